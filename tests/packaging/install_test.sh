#!/usr/bin/env bash
# Installs the .deb built from BUILD_DIR into a fresh minimal Debian tree with
# `apt-get install ./strata_*.deb` (so its dependencies resolve from Debian's
# archive), then runs, inside the tree: strata-cli --version, strata-cli status
# on the shipped demo, and `strata --screenshot` under xvfb-run, and checks the
# screenshot is not empty.
#
# The minimal tree (debootstrap --variant=minbase SUITE) is made once and kept
# under $STRATA_CACHE_DIR (default /var/cache/strata, see tests/platform/tree_lib.sh),
# with the .debs apt downloads. Each run installs into a fresh copy of it.
# Needs root (debootstrap, chroot, mounts).
#
# usage: install_test.sh BUILD_DIR [SUITE]
#   SUITE: the Debian release the package was built for (the running system's by default)
set -euo pipefail
build=$(cd "$1" && pwd)
suite=${2:-$(. /etc/os-release && echo "$VERSION_CODENAME")}
tree_tag="install_test($suite)"
. "$(dirname "$0")/../platform/tree_lib.sh"
say() { tree_say "$@"; }

if [ "$(id -u)" -ne 0 ]; then
    say "needs root (debootstrap, chroot, mount); make test runs as root"; exit 1
fi
base=$(tree_minbase "$suite")

work=$(mktemp -d /var/tmp/strata-install.XXXXXX)
root=$work/root
cleanup() {
    tree_unmount "$root"
    tree_remove "$work"
}
trap cleanup EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; say "cpack failed"; exit 1; }
deb=$(ls "$work"/deb/strata_*.deb)
cp -a "$base" "$root"
cp "$deb" "$root/tmp/"
tree_mount "$root" "$suite"

clock=$SECONDS
in_tree() { tree_run "$root" "$@"; }
if ! in_tree sh -c "apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb") xvfb xauth" \
        >"$work/apt.log" 2>&1; then
    tail -30 "$work/apt.log"; say "apt-get install ./$(basename "$deb") failed"; exit 1
fi
say "installed $(basename "$deb") and its dependencies in $((SECONDS - clock)) s"

fail=0
version=$(in_tree strata-cli --version)
say "strata-cli --version: $version"
[[ "$version" == "strata-cli "* ]] || { say "unexpected version"; fail=1; }

set +e
status=$(in_tree sh -c "cd /tmp && strata-cli --project /usr/share/strata/demo status" 2>&1)
code=$?
set -e
say "strata-cli status on the demo (exit $code): $(echo "$status" | head -1)"
# exit 10: behind (the demo's database is part-way up its shop branch)
[[ $code -eq 10 && "$status" == *"behind by 5"* ]] || { echo "$status"; say "the demo's status is not 'behind by 5'"; fail=1; }

set +e
in_tree xvfb-run -a -s "-screen 0 1280x800x24" strata --screenshot /tmp/shot.png /usr/share/strata/demo \
    >"$work/shot.log" 2>&1
code=$?
set -e
size=$(stat -c %s "$root/tmp/shot.png" 2>/dev/null || echo 0)
say "strata --screenshot (exit $code): $size bytes"
# A blank 1100x720 window compresses to a few kilobytes; the demo's graph, docks and text do not.
if [ "$code" -ne 0 ] || [ "$size" -lt 40000 ]; then
    cat "$work/shot.log"; say "the screenshot is missing or empty"; fail=1
fi
[ -n "${STRATA_SCREENSHOT:-}" ] && cp "$root/tmp/shot.png" "$STRATA_SCREENSHOT.$suite.png"
[ "$fail" -eq 0 ] && say "the package installs and runs"
exit "$fail"
