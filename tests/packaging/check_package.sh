#!/usr/bin/env bash
# Builds the .deb with CPack from BUILD_DIR into a scratch directory and checks
# it as Debian's tools do: lintian (no error, no warning), desktop-file-validate
# on the installed desktop file, appstreamcli on the installed metainfo; then
# checks the installed layout (binaries, the bridge beside the binary's
# ../share, man pages, icon, the demo with its database and nothing else).
#
# usage: check_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; echo "check_package: cpack failed"; exit 1; }
deb=$(ls "$work"/strata_*.deb)
echo "check_package: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

fail=0
mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.strata.Strata.desktop" || {
    echo "check_package: desktop-file-validate failed"; fail=1; }

# appstreamcli: every error and warning fails, but one: AppStream >= 1.0 (Debian 13)
# warns url-homepage-missing, and Strata has no public homepage to name (README,
# "Installing the package"). lintian reports the same finding once more as
# appstream-metadata-validation-failed; it is let through only in that case.
accepted_appstream="url-homepage-missing"
lintian_suppress=()
set +e
appstream=$(appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.strata.Strata.metainfo.xml" 2>&1)
code=$?
set -e
echo "$appstream"
if [ "$code" -ne 0 ]; then
    if echo "$appstream" | grep -E '^[EW]: ' | grep -vqE ": ($accepted_appstream)\$"; then
        echo "check_package: appstreamcli validate failed"; fail=1
    else
        echo "check_package: appstreamcli: only $accepted_appstream (no public homepage yet)"
        lintian_suppress=(--suppress-tags appstream-metadata-validation-failed)
    fi
fi

# lintian: every error and warning fails (info and pedantic tags are printed)
lintian --tag-display-limit 0 "${lintian_suppress[@]}" "$deb" 2>&1 | grep -v "root privileges" || true
if ! lintian --fail-on error,warning "${lintian_suppress[@]}" "$deb" >/dev/null 2>&1; then
    echo "check_package: lintian reports errors or warnings"; fail=1
fi

for f in usr/bin/strata usr/bin/strata-cli usr/share/strata/python/strata_bridge.py \
         usr/share/man/man1/strata.1.gz usr/share/man/man1/strata-cli.1.gz \
         usr/share/icons/hicolor/scalable/apps/org.strata.Strata.svg \
         usr/share/doc/strata/copyright usr/share/doc/strata/changelog.gz usr/share/doc/strata/README.md \
         usr/share/strata/demo/alembic.ini usr/share/strata/demo/demo.db; do
    [ -e "$work/root/$f" ] || { echo "check_package: missing /$f"; fail=1; }
done
if find "$work/root" -name '__pycache__' | grep -q . || [ "$(find "$work/root" -name '*.db')" != "$work/root/usr/share/strata/demo/demo.db" ]; then
    echo "check_package: the package carries a Python cache, or a database other than the demo's"; fail=1
fi
# The extracted tree runs from where it lies: the bridge is found relative to the binary.
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/strata-cli" --version)
echo "check_package: strata-cli --version: $out"
[[ "$out" == *"0."* ]] || { echo "check_package: unexpected version output"; fail=1; }
# Alembic's offline SQL of the shipped demo through the shipped bridge, found
# relative to the binary (../share/strata/python), not by a fixed prefix.
cp -r "$work/root/usr/share/strata/demo" "$work/demo"
sql=$(cd "$work" && env -u STRATA_BRIDGE "$work/root/usr/bin/strata-cli" --project "$work/demo" sql --from base shop@head 2>&1) || true
if [[ "$sql" != *"CREATE TABLE authors"* ]]; then
    echo "check_package: the extracted strata-cli could not run the shipped bridge:"; echo "$sql" | tail -5; fail=1
fi
dpkg-deb -f "$deb" Depends | grep -q "libqt6core6" || { echo "check_package: Depends lacks the Qt libraries"; fail=1; }
[ "$fail" -eq 0 ] && echo "check_package: lintian, desktop-file-validate and appstreamcli pass"
exit "$fail"
