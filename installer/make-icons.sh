#!/usr/bin/env bash
# Renders resources/icons/opora.svg into the PNG sizes and the Windows .ico kept beside it.
# Run it after changing the SVG and commit the results:
#
#   bash installer/make-icons.sh            # rewrites the files in resources/icons/
#   bash installer/make-icons.sh --check    # fails when a committed file is not the rendering
#
# Needs rsvg-convert (librsvg2-bin) and icotool (icoutils); installer/build.sh installs both.
# Both write no time stamps, so the same SVG gives byte-identical files.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
icons=$here/resources/icons
sizes=(16 22 24 32 48 64 128 256)

render() {
    local out=$1
    for size in "${sizes[@]}"; do
        rsvg-convert --width "$size" --height "$size" --format png "$icons/opora.svg" \
            --output "$out/opora-$size.png"
    done
    # Windows shows 16-48 px in lists and 256 px in large views; the 256 px image stays PNG.
    icotool --create --output "$out/opora.ico" \
        "$out/opora-16.png" "$out/opora-24.png" "$out/opora-32.png" "$out/opora-48.png" \
        "$out/opora-64.png" "$out/opora-128.png" --raw="$out/opora-256.png"
}

for tool in rsvg-convert icotool; do
    command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing" >&2; exit 1; }
done

if [ "${1:-}" != --check ]; then
    render "$icons"
    exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
render "$scratch"
stale=0
for file in "$scratch"/*; do
    if ! cmp -s "$file" "$icons/$(basename "$file")"; then
        echo "resources/icons/$(basename "$file") is not the rendering of opora.svg" >&2
        stale=1
    fi
done
[ $stale -eq 0 ] || echo "Run: bash installer/make-icons.sh" >&2
exit $stale
