#!/usr/bin/env bash
# Installs the .deb built from BUILD_DIR into a fresh minimal Debian tree with
# `apt-get install ./strata_*.deb` (so its dependencies resolve from Debian's
# archive), then runs, inside the tree: strata-cli --version, strata-cli status
# on the shipped demo, and `strata --screenshot` under xvfb-run, and checks the
# screenshot is not empty.
#
# The minimal tree (debootstrap --variant=minbase SUITE) is made once and kept
# under $STRATA_CACHE_DIR (default /var/cache/strata), with the .debs apt
# downloads; it is made again when the way it is made changes. Each run
# installs into a fresh copy of it. Needs root (debootstrap, chroot, mounts).
#
# usage: install_test.sh BUILD_DIR [SUITE]   (SUITE: bookworm by default)
set -euo pipefail
build=$(cd "$1" && pwd)
suite=${2:-bookworm}
mirror=${STRATA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${STRATA_CACHE_DIR:-/var/cache/strata}
say() { echo "install_test($suite): $*"; }

if [ "$(id -u)" -ne 0 ]; then
    say "needs root (debootstrap, chroot, mount); make test runs as root"; exit 1
fi
mkdir -p "$cache"
base=$cache/$suite-minbase
key="debootstrap --variant=minbase $suite $mirror; apt-get update"
clock=$SECONDS
if [ "$(cat "$base/.strata-key" 2>/dev/null)" != "$key" ]; then
    say "making the minimal tree (cached in $base)"
    rm -rf "$base" "$base.tmp"
    debootstrap --variant=minbase "$suite" "$base.tmp" "$mirror" >"$cache/$suite-debootstrap.log" 2>&1 || {
        tail -20 "$cache/$suite-debootstrap.log"; say "debootstrap failed"; exit 1; }
    chroot "$base.tmp" apt-get update -q >/dev/null
    echo "$key" >"$base.tmp/.strata-key"
    mv "$base.tmp" "$base"
    say "tree made in $((SECONDS - clock)) s"
fi

work=$(mktemp -d /var/tmp/strata-install.XXXXXX)
root=$work/root
mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; say "cpack failed"; exit 1; }
deb=$(ls "$work"/deb/strata_*.deb)
cp -a "$base" "$root"
cp "$deb" "$root/tmp/"
archives=$cache/$suite-archives
mkdir -p "$archives/partial"
mount --bind "$archives" "$root/var/cache/apt/archives"; mounted=("$root/var/cache/apt/archives" "${mounted[@]}")
mount -t proc proc "$root/proc"; mounted=("$root/proc" "${mounted[@]}")

clock=$SECONDS
in_tree() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp LANG=C.UTF-8 "$@"; }
if ! in_tree sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb") xvfb xauth" \
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
