#!/usr/bin/env bash
# Builds Strata in a Debian tree of another release and runs the whole suite
# there: `make test` inside the tree (its own PostgreSQL, MariaDB, keyring,
# Alembic, Qt and, on Debian 13, KSyntaxHighlighting), including the install
# test of the package built there into a fresh minimal tree of that release.
#
# The tree (debootstrap minbase, then packaging/install-deps.sh inside it) is
# kept in $STRATA_CACHE_DIR/SUITE-build (default /var/cache/strata) and reused
# while install-deps.sh is unchanged; the build directory inside it is kept
# too, so a second run rebuilds only what changed. The sources are copied in
# with their timestamps (tracked and untracked files that git does not ignore).
#
# usage: test_in_tree.sh SUITE [make target...]   (default target: test)
#        test_in_tree.sh SUITE --prepare           (only make the tree; `make test`
#                                                   does it while the host builds)
# Environment: STRATA_SCREENSHOT=PREFIX copies the tree's screenshots out.
set -euo pipefail
suite=$1; shift
targets=("${@:-test}")
src=$(cd "$(dirname "$0")/../.." && pwd)
tree_tag="test_in_tree($suite)"
. "$src/tests/platform/tree_lib.sh"
say() { tree_say "$@"; }

if [ "$(id -u)" -ne 0 ]; then
    say "needs root (debootstrap, chroot, mount); make test runs as root"; exit 1
fi
total=$SECONDS
tree=$tree_cache/$suite-build
key="$suite: $(sha256sum "$src/packaging/install-deps.sh" | cut -c1-16)"
trap 'tree_unmount "$tree"' EXIT

if [ "$(cat "$tree/.strata-key" 2>/dev/null)" != "$key" ]; then
    clock=$SECONDS
    if [ ! -e "$tree/.strata-key" ]; then
        base=$(tree_minbase "$suite")
        tree_remove "$tree"
        say "copying the minimal tree to $tree"
        cp -a "$base" "$tree"
    fi
    say "installing the build and test packages in the tree (install-deps.sh changed or new tree)"
    tree_mount "$tree" "$suite"
    mkdir -p "$tree/strata/packaging"
    cp "$src/packaging/install-deps.sh" "$tree/strata/packaging/"
    if ! tree_run "$tree" sh -c "apt-get update -q >/dev/null && STRATA_DEPS_NO_FUZZ=1 bash /strata/packaging/install-deps.sh" \
            >"$tree_cache/$suite-build.log" 2>&1; then
        tail -30 "$tree_cache/$suite-build.log"; say "installing the packages failed (log: $tree_cache/$suite-build.log)"; exit 1
    fi
    tree_unmount "$tree"
    echo "$key" >"$tree/.strata-key"
    say "tree ready in $((SECONDS - clock)) s"
fi
if [ "${targets[0]}" = "--prepare" ]; then
    say "the tree is ready ($tree)"; exit 0
fi

# The sources, with their timestamps, so the kept build directory rebuilds only what changed.
clock=$SECONDS
mkdir -p "$tree/strata/src"
find "$tree/strata/src" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z -co --exclude-standard | tar --null -T - -cf -) | tar -xpf - -C "$tree/strata/src"
else
    (cd "$src" && tar --exclude='./build*' -cf - .) | tar -xpf - -C "$tree/strata/src"
fi

tree_mount "$tree" "$suite"
# The package install test inside makes its own minimal tree: share the cache of those.
tree_bind "$tree_cache/base" "$tree" /var/cache/strata/base
say "running make ${targets[*]} in the tree"
set +e
# The quick preset: -O1 without debug info, about half the compile time of the default.
tree_run "$tree" env STRATA_SKIP_OTHER_RELEASES=1 STRATA_DEPS_NO_FUZZ=1 PRESET=quick \
    STRATA_OTHER_ALEMBICS_ELSEWHERE="the Debian 12 suite runs the tests on the other Alembic versions" \
    ${STRATA_SCREENSHOT:+STRATA_SCREENSHOT=/tmp/strata-shot} sh -c "cd /strata/src && make ${targets[*]}"
code=$?
set -e
if [ -n "${STRATA_SCREENSHOT:-}" ]; then
    for f in "$tree"/tmp/strata-shot*; do [ -e "$f" ] && cp "$f" "$STRATA_SCREENSHOT.$suite${f#"$tree"/tmp/strata-shot}"; done
fi
[ "${targets[0]}" = test ] && say "skipped there by design: integration.differential_alembic118," \
    "integration.runs_postgresql_alembic118 and integration.schema_postgresql_alembic118 (the Debian 12" \
    "suite runs them, on Debian unstable's Alembic 1.18)"
say "make ${targets[*]} exited $code after $((SECONDS - clock)) s (the whole run: $((SECONDS - total)) s)"
exit "$code"
