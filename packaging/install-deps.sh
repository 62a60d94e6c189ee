#!/usr/bin/env bash
# Installs the Debian packages Strata needs to build, run and test, on Debian 12
# (bookworm) and Debian 13 (trixie; there also KF6 KSyntaxHighlighting).
# Idempotent: it asks dpkg what is present and installs only what is missing.
# Needs root, or sudo without a password prompt when run non-interactively.
# STRATA_DEPS_NO_FUZZ=1 leaves out clang (only `make fuzz` needs it); the
# Debian 13 test tree uses it.
set -euo pipefail

codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6: Core/Gui/Widgets/Sql/Concurrent/Test/DBus, Linguist tools, SVG icons
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-svg-dev libgl-dev libvulkan-dev libxkbcommon-dev
    qt6-qpa-plugins
    # Qt SQL drivers, and libpq itself (the PostgreSQL statement runner)
    libqt6sql6-psql libqt6sql6-sqlite libqt6sql6-mysql libpq-dev
    # keychain
    qtkeychain-qt6-dev
    # the PostgreSQL server's own SQL grammar, for the migration-safety lint
    libpg-query-dev
    # Alembic, the executor and the reference implementation for differential tests
    python3 python3-alembic python3-sqlalchemy python3-psycopg2
    # real components the tests start themselves
    postgresql postgresql-client gnome-keyring dbus dbus-x11 libsecret-tools
    # MariaDB: the server the tests start themselves, and PyMySQL for Alembic
    mariadb-server mariadb-client python3-pymysql
    # GUI tests and screenshots
    xvfb xauth x11-apps
    # the package: CPack's .deb checked by lintian, desktop-file-validate and appstreamcli
    lintian desktop-file-utils appstream dpkg-dev
    # ... installed into a fresh minimal Debian tree made with debootstrap
    debootstrap
)
case "$codename" in
    bookworm|"") clang_rt=libclang-rt-14-dev ;;
    *)
        clang_rt=libclang-rt-19-dev
        # KF6 KSyntaxHighlighting, the code views' highlighting (needs Qt >= 6.5: not in Debian 12)
        packages+=(libkf6syntaxhighlighting-dev)
        ;;
esac
if [ -z "${STRATA_DEPS_NO_FUZZ:-}" ]; then
    # fuzzing (libFuzzer ships with clang's runtime)
    packages+=(clang "$clang_rt")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "install-deps: missing packages (${missing[*]}) and not root; run as root or install sudo" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists; refresh them once per installer run.
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
