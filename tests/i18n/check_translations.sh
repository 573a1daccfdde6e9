#!/usr/bin/env bash
# Checks that translations/opora_{ru,uk,en}.ts are current with the sources and complete:
# lupdate run on a copy changes nothing, and lrelease reports no unfinished or untranslated
# message. The committed files are never modified.
#
#   check_translations.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail

src=$1
export LUPDATE=$2
lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$src"/translations/opora_*.ts "$work"/
bash "$src/translations/update.sh" --ts-dir "$work"

status=0
for lang in ru uk en; do
    committed="$src/translations/opora_$lang.ts"
    copy="$work/opora_$lang.ts"
    if ! cmp -s "$committed" "$copy"; then
        echo "opora_$lang.ts is not current with the sources: run" \
            "bash translations/update.sh, then translate. Difference:"
        diff -u "$committed" "$copy" | grep '^[-+] *<source>' | head -20 || true
        status=1
    fi
    report=$("$lrelease" "$copy" -qm "$work/opora_$lang.qm" 2>&1)
    unfinished=$(sed -n 's/.*(\([0-9]*\) finished and \([0-9]*\) unfinished).*/\2/p' <<<"$report")
    untranslated=$(sed -n 's/.*Ignored \([0-9]*\) untranslated.*/\1/p' <<<"$report")
    echo "opora_$lang: ${unfinished:-0} unfinished, ${untranslated:-0} untranslated"
    if [ "${unfinished:-0}" != 0 ] || [ "${untranslated:-0}" != 0 ]; then
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20 || true
        status=1
    fi
done
exit $status
