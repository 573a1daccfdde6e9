#!/usr/bin/env bash
# Brings translations/opora_{ru,uk,en}.ts up to date with the sources (new texts appear as
# unfinished, texts gone from the sources are dropped). Translate them in Qt Linguist afterwards.
#
#   bash translations/update.sh [--ts-dir DIR]   (DIR: update copies there instead)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ts_dir=$here/translations
[ "${1:-}" = "--ts-dir" ] && ts_dir=$2
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}

for lang in ru uk en; do
    (cd "$here" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
        app core ui -ts "$ts_dir/opora_$lang.ts") >/dev/null
done
