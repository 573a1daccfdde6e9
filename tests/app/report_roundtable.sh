#!/usr/bin/env bash
# The round-table document through the built opora-cli, read back with poppler-utils:
# the engine's facts are in it, no recipient's surname, phone or case number is, fonts are
# embedded, and the named variant names the target group.
#   report_roundtable.sh OPORA_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
db="$work/demo.sqlite"
"$cli" --db "$db" demo --seed 7 >/dev/null

# English figures: 1,234.5 (the document writes numbers as the interface's locale does).
english() { sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }

for id in $("$cli" --db "$db" projects --json | jq '.[].id'); do
    pdf="$work/roundtable-$id.pdf"
    "$cli" --db "$db" report roundtable --project "$id" --pdf "$pdf" --lang en \
        --as-of 2026-09-30 >/dev/null || fail "report of project $id"
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    [ "$pages" -ge 2 ] || fail "project $id: $pages page(s)"
    # Every font embedded.
    pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") exit 1 }' \
        || fail "project $id: a font is not embedded: $(pdffonts "$pdf")"
    pdftotext -layout "$pdf" "$work/text.txt"
    # Every indicator's fact as the engine counts it.
    "$cli" --db "$db" indicators --project "$id" --as-of 2026-09-30 --json |
        jq -r '.indicators[] | .fact | (. * 10 | round) / 10 | tostring' | english |
        while read -r fact; do
            grep -qw -- "$fact" "$work/text.txt" || fail "project $id: the fact $fact is missing"
        done
    # Anonymised: no surname, phone or case number of anyone in the register.
    sqlite3 "$db" "SELECT surname FROM person UNION SELECT phone FROM person WHERE phone <> ''
        UNION SELECT number FROM case_file" >"$work/personal.txt"
    if grep -F -w -f "$work/personal.txt" "$work/text.txt" >"$work/found.txt"; then
        fail "project $id: personal data in the anonymised document: $(head -3 "$work/found.txt")"
    fi
done

# Ukrainian text reads back, and the named variant names the target group.
"$cli" --db "$db" report roundtable --project 1 --pdf "$work/uk.pdf" --lang uk >/dev/null
# (Through files: grep -q closing the pipe early would fail the pipeline under pipefail.)
pdftotext "$work/uk.pdf" "$work/uk.txt"
grep -q "Показники: план і факт" "$work/uk.txt" || fail "the Ukrainian headings"
"$cli" --db "$db" report roundtable --project 1 --pdf "$work/named.pdf" --named >/dev/null
surname=$(sqlite3 "$db" "SELECT p.surname FROM project_enrolment e JOIN person p ON
    p.id = e.person_id WHERE e.project_id = 1 ORDER BY p.surname LIMIT 1")
pdftotext "$work/named.pdf" "$work/named.txt"
grep -qw -- "$surname" "$work/named.txt" || fail "the named variant lacks $surname"

# A bad call changes nothing and writes no file.
set +e
"$cli" --db "$db" report roundtable --project 999 --pdf "$work/none.pdf" 2>/dev/null
[ $? -eq 1 ] || fail "a missing project"
"$cli" --db "$db" report roundtable --project 1 --pdf "$work/no/such/folder/x.pdf" 2>/dev/null
[ $? -eq 1 ] || fail "an unwritable path"
"$cli" --db "$db" report roundtable --project 1 --pdf "$work/x.pdf" --lang fr 2>/dev/null
[ $? -eq 2 ] || fail "an unknown language"
set -e
[ ! -e "$work/none.pdf" ] || fail "a PDF was left for a missing project"
echo "round-table documents: facts, fonts, no personal data, named variant"
