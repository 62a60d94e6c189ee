# Shared by the scripts that work in Debian trees made with debootstrap:
# tests/platform/test_in_tree.sh (the whole suite on another Debian release)
# and tests/packaging/install_test.sh (the .deb installed into a fresh tree).
# Source it; it needs root (debootstrap, chroot, mount).
#
# Layout of the cache (kept outside any clone, reused between runs):
#   $STRATA_CACHE_DIR/base/SUITE-minbase   debootstrap --variant=minbase SUITE
#   $STRATA_CACHE_DIR/base/SUITE-archives  the .debs apt downloaded for SUITE
#   $STRATA_CACHE_DIR/SUITE-build          SUITE with Strata's build and test packages
# Each tree carries a .strata-key saying how it was made; a tree whose key
# differs from the one asked for is made again.

tree_cache=${STRATA_CACHE_DIR:-/var/cache/strata}
tree_mirror=${STRATA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
tree_mounts=()

tree_say() { echo "${tree_tag:-tree}: $*"; }

# Refuses to delete a directory with anything mounted below it (a bound /dev
# or cache must never be deleted through a tree).
tree_remove() {
    local dir=$1
    [ -e "$dir" ] || return 0
    if awk -v d="$(realpath "$dir")/" 'index($2"/", d) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        tree_say "not removing $dir: something is still mounted below it"; return 1
    fi
    rm -rf "$dir"
}

# tree_minbase SUITE: prints the path of the cached minimal tree, making it first if needed.
tree_minbase() {
    local suite=$1 base=$tree_cache/base/$1-minbase clock=$SECONDS
    local key="debootstrap --variant=minbase $suite $tree_mirror; apt-get update"
    [ "$suite" = sid ] || [ "$suite" = unstable ] && key="$key (no Valid-Until)"
    mkdir -p "$tree_cache/base"
    if [ "$(cat "$base/.strata-key" 2>/dev/null)" != "$key" ]; then
        tree_say "making the minimal $suite tree (cached in $base)" >&2
        tree_remove "$base" && tree_remove "$base.tmp" || return 1
        if ! debootstrap --variant=minbase "$suite" "$base.tmp" "$tree_mirror" \
                >"$tree_cache/base/$suite-debootstrap.log" 2>&1; then
            tail -20 "$tree_cache/base/$suite-debootstrap.log" >&2; tree_say "debootstrap $suite failed" >&2; return 1
        fi
        # The archive this machine reaches may be a frozen copy whose unstable
        # Release file is past its Valid-Until date; signatures are still checked.
        echo 'Acquire::Check-Valid-Until "false";' >"$base.tmp/etc/apt/apt.conf.d/99strata-frozen-archive"
        chroot "$base.tmp" apt-get update -q >/dev/null || { tree_say "apt-get update in the $suite tree failed" >&2; return 1; }
        echo "$key" >"$base.tmp/.strata-key"
        mv "$base.tmp" "$base"
        tree_say "minimal $suite tree made in $((SECONDS - clock)) s" >&2
    fi
    echo "$base"
}

# tree_mount ROOT SUITE: proc, sys, a private /dev, and apt's download cache.
# Undone by tree_unmount (call it from an EXIT trap).
tree_mount() {
    local root=$1 suite=$2
    mkdir -p "$tree_cache/base/$suite-archives/partial"
    mount -t proc proc "$root/proc" && tree_mounts=("$root/proc" "${tree_mounts[@]}")
    mount -t sysfs -o ro sysfs "$root/sys" && tree_mounts=("$root/sys" "${tree_mounts[@]}")
    # A small /dev of its own: the host's device nodes are never exposed to rm.
    mount -t tmpfs -o mode=755,size=64m devtmp "$root/dev" && tree_mounts=("$root/dev" "${tree_mounts[@]}")
    local n
    for n in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
        set -- $n; mknod -m 666 "$root/dev/$1" c "$2" "$3"
    done
    mkdir -p "$root/dev/pts" "$root/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts" && tree_mounts=("$root/dev/pts" "${tree_mounts[@]}")
    ln -sf pts/ptmx "$root/dev/ptmx"
    mount -t tmpfs -o mode=1777 shm "$root/dev/shm" && tree_mounts=("$root/dev/shm" "${tree_mounts[@]}")
    ln -sf /proc/self/fd "$root/dev/fd"
    mount --bind "$tree_cache/base/$suite-archives" "$root/var/cache/apt/archives" \
        && tree_mounts=("$root/var/cache/apt/archives" "${tree_mounts[@]}")
}

# tree_bind SOURCE ROOT TARGET: binds a host directory into the tree.
tree_bind() {
    mkdir -p "$2$3"
    mount --bind "$1" "$2$3" && tree_mounts=("$2$3" "${tree_mounts[@]}")
}

# Stops what is left running in ROOT (a keyring daemon, a test's server), then
# unmounts everything tree_mount and tree_bind mounted.
tree_unmount() {
    local root=${1:-} p
    if [ -n "$root" ]; then
        root=$(realpath "$root")
        for p in /proc/[0-9]*; do
            [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
        done
        sleep 0.2
    fi
    for p in "${tree_mounts[@]}"; do umount "$p" 2>/dev/null || umount -l "$p" 2>/dev/null || true; done
    tree_mounts=()
}

# tree_run ROOT COMMAND...: runs a command in the tree with a clean environment.
tree_run() {
    local root=$1; shift
    chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive "$@"
}

# tree_with_packages SUITE NAME PACKAGE...: prints the path of a cached tree
# ($STRATA_CACHE_DIR/SUITE-NAME) holding the minimal SUITE tree plus the
# packages, made first when missing or made with another package list.
tree_with_packages() {
    local suite=$1 name=$2; shift 2
    local tree=$tree_cache/$suite-$name clock=$SECONDS base
    local key="$suite: $*"
    if [ "$(cat "$tree/.strata-key" 2>/dev/null)" != "$key" ]; then
        base=$(tree_minbase "$suite") || return 1
        tree_say "making $tree: the minimal $suite tree with $*" >&2
        tree_remove "$tree" && tree_remove "$tree.tmp" || return 1
        cp -a "$base" "$tree.tmp"
        tree_mount "$tree.tmp" "$suite"
        if ! tree_run "$tree.tmp" apt-get install -y -q --no-install-recommends "$@" >"$tree_cache/$suite-$name.log" 2>&1; then
            tree_unmount "$tree.tmp"
            tail -20 "$tree_cache/$suite-$name.log" >&2; tree_say "installing $* in the $suite tree failed" >&2; return 1
        fi
        tree_unmount "$tree.tmp"
        echo "$key" >"$tree.tmp/.strata-key"
        mv "$tree.tmp" "$tree"
        tree_say "$tree made in $((SECONDS - clock)) s" >&2
    fi
    echo "$tree"
}
