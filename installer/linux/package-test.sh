#!/usr/bin/env bash
# The Debian package end to end, as an administrator would meet it:
#   build it with CPack, check its contents, desktop entry, AppStream data and lintian,
#   install it with apt-get, run the installed programs, purge it, check nothing is left.
#
#   bash installer/linux/package-test.sh BUILD_DIR VERSION APP_ID
#
# CTest runs it (label "package") when configured with -DOPORA_PACKAGE_TESTS=ON. Installing
# needs root or password-less sudo; without either the test stops after lintian with exit
# code 77, which CTest reports as skipped.
set -euo pipefail

build=$1
version=$2
app_id=$3
started=$(date +%s)

work=$(mktemp -d)
chmod 755 "$work"  # apt's sandbox user must be able to read the .deb
installed_by_us=0
sudo=()
gui=

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
cleanup() {
    [ -z "$gui" ] || kill "$gui" 2>/dev/null || true
    if [ $installed_by_us -eq 1 ] && dpkg-query -W -f='${Status}' opora 2>/dev/null | grep -q "ok installed"; then
        echo "Removing the package after a failure"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq opora >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "Build the package with CPack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { tail -20 "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$work/out/opora_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "cpack did not produce $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Installed-Size Depends Recommends

step "The package holds the programs and their desktop integration, nothing else"
dpkg-deb --extract "$deb" "$work/root"
files=$(cd "$work/root" && find . -type f | sed 's|^\./||' | sort)
expected=(
    usr/bin/opora usr/bin/opora-cli
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/opora.svg
    usr/share/man/man1/opora.1.gz usr/share/man/man1/opora-cli.1.gz
    usr/share/doc/opora/copyright usr/share/doc/opora/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/opora.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" <<<"$files" || fail "the package lacks /$path"
done
unexpected=$(grep -vxF -f <(printf '%s\n' "${expected[@]}") <<<"$files" || true)
[ -z "$unexpected" ] || fail "the package holds unexpected files: $unexpected"
for program in opora opora-cli; do
    if readelf --dynamic "$work/root/usr/bin/$program" | grep -qE 'RPATH|RUNPATH'; then
        fail "$program carries a library search path (RPATH/RUNPATH)"
    fi
done
depends=$(dpkg-deb --field "$deb" Depends)
# Computed by dpkg-shlibdeps from what the programs link, plus the plug-in packages listed.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite \
    qt6-translations-l10n; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

step "Desktop entry, AppStream metadata and changelog"
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
zcat "$work/root/usr/share/doc/opora/changelog.gz" >"$work/changelog"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$version" ] \
    || fail "installer/linux/changelog has no entry for $version at the top"
release=$(grep -om1 '<release version="[^"]*"' "$work/root/usr/share/metainfo/$app_id.metainfo.xml")
[ "$release" = "<release version=\"$version\"" ] \
    || fail "the newest release in the AppStream metadata is not $version"

step "lintian"
lintian --fail-on error,warning --info "$deb" || fail "lintian found problems (above)"
echo "lintian: no errors, no warnings"

step "Install with apt-get"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "SKIPPED: installing the package needs root or password-less sudo."
        exit 77
    fi
fi
# Several checkouts on one machine share its dpkg: one package test at a time.
exec 9>"${TMPDIR:-/tmp}/opora-package-test.lock"
flock --timeout 200 9 || fail "another package test held the lock for over three minutes"
if dpkg-query -W -f='${Status}' opora 2>/dev/null | grep -q "ok installed"; then
    fail "opora is already installed here; the test would replace and then remove it. Purge it first: apt-get purge opora"
fi
installed_by_us=1
(cd "$work/out" && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 ./opora_*.deb) \
    >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "apt-get could not install the package"; }
echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${db:Status-Status}' opora)"

step "Run the installed programs (no display, a fresh home)"
home=$work/home
mkdir -p "$home"
# env -i: no DISPLAY, no QT_QPA_PLATFORM, no XDG_* folders, nothing from the build.
as_user() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

[ "$(as_user opora-cli --version)" = "opora-cli $version" ] || fail "opora-cli --version"
[ "$(as_user opora --version)" = "opora $version" ] || fail "opora --version without a display"
as_user opora --help | grep -q -- "--db" || fail "opora --help without a display"

db=$work/x.sqlite
as_user opora-cli demo --db "$db" && as_user opora-cli --db "$db" check \
    || fail "making and checking the demo database"

# The default database lands in the documented per-user folder.
as_user opora-cli init --profile ua >/dev/null
default_db=$home/.local/share/Opora/opora/opora.sqlite
[ -f "$default_db" ] || fail "the default database is not at ~/.local/share/Opora/opora/opora.sqlite"

# The window: offscreen, until Qt's accessibility log reports Opora's main window shown. A
# real database asks for the password first; the demo signs in by itself.
# Started directly (not through a function) so that $gui is opora itself; 9>&- keeps the
# lock from living on in it should it outlive the test.
env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES="qt.accessibility.cache.debug=true" \
    opora --demo >"$work/opora.log" 2>&1 9>&- &
gui=$!
shown=0
for _ in $(seq 100); do
    if grep -q 'role=Window.*obj=opora::ui::MainWindow' "$work/opora.log"; then
        shown=1
        break
    fi
    kill -0 $gui 2>/dev/null || break
    sleep 0.1
done
if [ $shown -eq 1 ] && kill -0 $gui 2>/dev/null; then
    kill $gui
    wait $gui || true
    gui=
    echo "opora showed its main window"
else
    kill $gui 2>/dev/null || true
    tail -20 "$work/opora.log"
    fail "the installed opora did not show its main window within 10 seconds"
fi

step "Purge"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 opora \
    >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "apt-get could not purge the package"; }
installed_by_us=0
status=$(dpkg-query -W -f='${db:Status-Status}' opora 2>/dev/null || echo not-installed)
[ "$status" = not-installed ] || fail "dpkg lists opora as $status after the purge"
while read -r path; do
    [ ! -e "/$path" ] || fail "/$path is still there after the purge"
done <<<"$files"
[ -f "$default_db" ] || fail "the purge touched the user's data"

echo
echo "Package test passed in $(($(date +%s) - started)) s"
