#!/usr/bin/env bash
# Builds Opora on Debian 12 (or Astra Linux / Ubuntu with the same packages).
#
#   bash installer/build.sh run    install what is missing, build, start the program
#   bash installer/build.sh test   install what is missing, build, run the whole test suite,
#                                  then again built with AddressSanitizer + UBSan
#   bash installer/build.sh package   install what is missing, build, make the Debian package
#
# Both can be run again safely: packages already present are skipped, the build is incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${OPORA_BUILD_DIR:-$here/build/dev}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite qt6-translations-l10n
    qt6-qpa-plugins libgl-dev
    catch2 libsodium-dev sqlite3 jq poppler-utils
    fonts-dejavu-core fonts-noto-core
    # packaging: the .deb, its checks, and the icon renderings
    dpkg-dev file lintian appstream desktop-file-utils librsvg2-bin icoutils
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" --parallel "$jobs"
}

# The whole suite once more, built with AddressSanitizer and UndefinedBehaviorSanitizer: any
# bad memory access, leak or undefined behaviour fails the test that caused it. Light
# optimisation and line tables only keep the build short; the benchmarks are left out.
sanitized_tests() {
    local dir=${OPORA_SANITIZE_BUILD_DIR:-$here/build/sanitize}
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DOPORA_SANITIZE=ON \
        -DOPORA_BUILD_BENCHMARKS=OFF
    cmake --build "$dir" --parallel "$jobs"
    ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --label-exclude i18n
}

case "${1:-}" in
run)
    install_missing
    configure_and_build
    exec "$build_dir/app/opora" "${@:2}"
    ;;
test)
    install_missing
    # The package test builds the .deb, installs it, runs it and removes it again.
    configure_and_build -DOPORA_PACKAGE_TESTS=ON
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs"
    sanitized_tests
    ;;
package)
    install_missing
    configure_and_build
    cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$build_dir/package"
    ls "$build_dir"/package/opora_*.deb
    ;;
*)
    echo "usage: bash installer/build.sh run|test|package" >&2
    exit 2
    ;;
esac
