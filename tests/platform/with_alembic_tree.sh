#!/usr/bin/env bash
# Runs a command with another Alembic for the bridge: the Python of a minimal
# Debian tree (Debian unstable by default: Alembic 1.18 on SQLAlchemy 2.0),
# with only python3, python3-alembic, python3-sqlalchemy, python3-psycopg2
# and python3-pymysql in it. Everything else (strata-cli, the test, the
# PostgreSQL and MariaDB servers) stays on this machine; the bridge reaches the
# servers over loopback.
#
# The command gets STRATA_TEST_BRIDGE_PYTHON: an interpreter that runs the
# tree's /usr/bin/python3 in the tree, in the caller's working directory. /tmp
# and the source and build directories are bound into the tree at the same
# paths, so projects, the bridge script and temporary files are where the
# bridge looks. STRATA_TEST_ALEMBIC_VERSION says which Alembic it is.
#
# The tree is kept in $STRATA_CACHE_DIR/SUITE-alembic (see tree_lib.sh).
# usage: with_alembic_tree.sh SUITE COMMAND...   (SUITE: sid, trixie, ...)
#        with_alembic_tree.sh SUITE --prepare      (only make the tree; `make test`
#                                                   does it while this machine builds)
set -euo pipefail
suite=$1; shift
src=$(cd "$(dirname "$0")/../.." && pwd)
tree_tag="with_alembic_tree($suite)"
. "$src/tests/platform/tree_lib.sh"

if [ -n "${STRATA_OTHER_ALEMBICS_ELSEWHERE:-}" ]; then
    # Inside the Debian 13 tree of `make test`: the Debian 12 suite runs these.
    tree_say "skipped here: $STRATA_OTHER_ALEMBICS_ELSEWHERE"; exit 77
fi
if [ "$(id -u)" -ne 0 ]; then
    tree_say "needs root (debootstrap, chroot, mount); make test runs as root"; exit 1
fi
# One user of the tree at a time (ctest runs tests side by side; the binds are shared).
mkdir -p "$tree_cache"
exec 9>"$tree_cache/$suite-alembic.lock"
flock 9
tree=$(tree_with_packages "$suite" alembic python3 python3-alembic python3-sqlalchemy python3-psycopg2 python3-pymysql)
if [ "${1:-}" = "--prepare" ]; then
    tree_say "the tree is ready ($tree)"; exit 0
fi
work=$(mktemp -d /tmp/strata-alembic-tree.XXXXXX)
cleanup() {
    tree_unmount "$tree"
    rm -rf "$work"
}
trap cleanup EXIT
tree_mount "$tree" "$suite"
tree_bind /tmp "$tree" /tmp
tree_bind "$src" "$tree" "$src"
build=${STRATA_BUILD_DIR:-}
if [ -n "$build" ] && [ "${build#"$src"/}" = "$build" ]; then
    tree_bind "$build" "$tree" "$build"
fi

cat >"$work/python3" <<EOF
#!/bin/sh
# The Python of $tree, in this directory (the same path is bound there).
exec chroot "$tree" /usr/bin/env -C "\$PWD" /usr/bin/python3 "\$@"
EOF
chmod +x "$work/python3"
version=$("$work/python3" -c "import alembic, sqlalchemy; print(alembic.__version__, sqlalchemy.__version__)")
tree_say "Alembic ${version% *} on SQLAlchemy ${version#* } from $tree"
set +e
STRATA_TEST_BRIDGE_PYTHON=$work/python3 STRATA_TEST_ALEMBIC_VERSION=${version% *} "$@"
code=$?
set -e
exit "$code"
