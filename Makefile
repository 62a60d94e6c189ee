# The two entry points of the README's quick start, plus a few helpers.
# `make run` and `make test` install missing Debian packages first (needs root or sudo).

BUILD_DIR ?= build
# CMake preset (CMakePresets.json): default, or quick (-O1, no debug info; the Debian 13 tree uses it)
PRESET ?= default
JOBS ?= 2
DEMO ?= resources/demo

.PHONY: run test test-debian13 build deps configure bench fuzz clean translations package

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

# The demo's SQLite database, part-way up the shop branch so there is something to see.
resources/demo/demo.db:
	@cd resources/demo && /usr/bin/python3 -m alembic upgrade shop@92a3b4c5d6e7 >/dev/null 2>&1 \
	    || echo "make run: could not create the demo database (python3-alembic missing?)"

run: build resources/demo/demo.db
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	    echo "make run: no display found; starting under xvfb-run (set DISPLAY to see the window)"; \
	    xvfb-run -a $(BUILD_DIR)/src/app/strata $(DEMO); \
	else \
	    $(BUILD_DIR)/src/app/strata $(DEMO); \
	fi

# The whole suite here, then the whole suite again on Debian 13 in a debootstrap
# tree (tests/platform/test_in_tree.sh). The Debian 13 tree and the Debian
# unstable tree whose Alembic 1.18 some tests use are made (or found in
# /var/cache/strata) while this machine builds. STRATA_SKIP_OTHER_RELEASES=1 leaves the other releases
# out (quick local runs; CI never sets it).
test: configure
	@if [ -z "$$STRATA_SKIP_OTHER_RELEASES" ]; then \
	    mkdir -p $(BUILD_DIR); \
	    bash tests/platform/test_in_tree.sh trixie --prepare >$(BUILD_DIR)/tree-trixie.log 2>&1 & \
	    prepare=$$!; \
	    bash tests/platform/with_alembic_tree.sh sid --prepare >$(BUILD_DIR)/tree-sid.log 2>&1 & \
	    prepare_sid=$$!; \
	fi; \
	status=0; start=$$(date +%s); \
	cmake --build --preset $(PRESET) && built=$$(date +%s) || exit 1; \
	if [ -n "$$prepare_sid" ] && ! wait $$prepare_sid; then \
	    cat $(BUILD_DIR)/tree-sid.log; echo "make test: the Debian unstable tree could not be made"; exit 1; \
	fi; \
	(cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)) || status=$$?; \
	echo "make test: this machine: build $$(( $${built:-$$start} - start )) s, suite $$(( $$(date +%s) - $${built:-$$start} )) s"; \
	if [ -n "$$STRATA_SKIP_OTHER_RELEASES" ]; then \
	    echo "make test: STRATA_SKIP_OTHER_RELEASES is set: no other Debian release was tested"; \
	    exit $$status; \
	fi; \
	wait $$prepare || { cat $(BUILD_DIR)/tree-trixie.log; echo "make test: the Debian 13 tree could not be made"; exit 1; }; \
	cat $(BUILD_DIR)/tree-trixie.log; \
	[ $$status -eq 0 ] || exit $$status; \
	bash tests/platform/test_in_tree.sh trixie test

# The whole suite on Debian 13 (Qt 6.8, KSyntaxHighlighting, Alembic 1.13, PostgreSQL 17, MariaDB 11.8).
test-debian13: deps
	@bash tests/platform/test_in_tree.sh trixie test

# The .deb for this distribution (in build/), checked by lintian, desktop-file-validate and appstreamcli.
package: build
	@cd $(BUILD_DIR) && cpack -G DEB
	@bash tests/packaging/check_package.sh $(BUILD_DIR)

# Brings translations/*.ts up to date with the sources (then translate what is new).
translations:
	@/usr/bin/python3 tests/check_translations.py /usr/lib/qt6/bin/lupdate . --update

bench: build
	@/usr/bin/python3 tests/bench/bench_revisions.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_status.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_runs.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_locks.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_schema.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_lint.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_mariadb.py --build $(BUILD_DIR)
	@/usr/bin/python3 tests/bench/bench_gui.py --build $(BUILD_DIR)

# Every libFuzzer target, FUZZ_SECONDS each (default 60), on a copy of its corpus.
fuzz: deps
	@cmake --preset fuzz >/dev/null && cmake --build --preset fuzz
	@mkdir -p build-fuzz/corpus build-fuzz/corpus_config build-fuzz/corpus_lint
	@cp -n tests/fuzz/corpus/* build-fuzz/corpus/ 2>/dev/null || true
	@cp -n tests/fuzz/corpus_config/* build-fuzz/corpus_config/ 2>/dev/null || true
	@cp -n tests/fuzz/corpus_lint/* build-fuzz/corpus_lint/ 2>/dev/null || true
	build-fuzz/tests/fuzz/fuzz_header_parser -max_total_time=$${FUZZ_SECONDS:-60} -max_len=1048576 build-fuzz/corpus
	build-fuzz/tests/fuzz/fuzz_config -max_total_time=$${FUZZ_SECONDS:-60} -max_len=1048576 build-fuzz/corpus_config
	build-fuzz/tests/fuzz/fuzz_lint -max_total_time=$${FUZZ_SECONDS:-60} -max_len=262144 build-fuzz/corpus_lint

clean:
	rm -rf $(BUILD_DIR) build-fuzz build-release
