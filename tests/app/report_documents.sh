#!/usr/bin/env bash
# The case file, the plan form, the sign-in sheet, the period report and one person's data
# (JSON and PDF) through opora-cli, read
# back with poppler-utils: each has pages, says what it must, and the period report names nobody.
#   report_documents.sh OPORA_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
db="$work/demo.sqlite"
"$cli" --db "$db" demo --seed 9 >/dev/null
text() { pdftotext -layout "$1" "$work/out.txt"; cat "$work/out.txt"; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }

case=$(sqlite3 "$db" "SELECT number FROM case_file c WHERE household_id IS NOT NULL AND
    EXISTS (SELECT 1 FROM plan_line WHERE case_id = c.id) ORDER BY id LIMIT 1")
family=$(sqlite3 "$db" "SELECT h.name FROM case_file c JOIN household h ON h.id = c.household_id
    WHERE c.number = '$case'")
"$cli" --db "$db" report case --case "$case" --pdf "$work/case.pdf" --lang en >/dev/null
[ "$(pages "$work/case.pdf")" -ge 1 ] || fail "case file pages"
text "$work/case.pdf" >"$work/case.txt"
grep -q "$case" "$work/case.txt" || fail "the case file lacks its number"
grep -q "$family" "$work/case.txt" || fail "the case file lacks the family"
grep -q "Individual plan" "$work/case.txt" || fail "the case file lacks the plan"

"$cli" --db "$db" report plan --case "$case" --pdf "$work/plan.pdf" --lang en >/dev/null
text "$work/plan.pdf" >"$work/plan.txt"
grep -q "Head of department" "$work/plan.txt" || fail "the plan form lacks signature lines"
item=$(sqlite3 "$db" "SELECT si.name FROM plan_line l JOIN service_item si ON si.id = l.item_id
    JOIN case_file c ON c.id = l.case_id WHERE c.number = '$case' ORDER BY l.starts_on, l.id LIMIT 1")
grep -q "${item:0:20}" "$work/plan.txt" || fail "the plan form lacks $item"

event=$(sqlite3 "$db" "SELECT event_id FROM event_participant GROUP BY event_id ORDER BY
    count(*) DESC LIMIT 1")
name=$(sqlite3 "$db" "SELECT p.surname FROM event_participant ep JOIN person p ON
    p.id = ep.person_id WHERE ep.event_id = $event ORDER BY p.surname LIMIT 1")
"$cli" --db "$db" report attendance --event "$event" --pdf "$work/sheet.pdf" --lang uk >/dev/null
text "$work/sheet.pdf" >"$work/sheet.txt"
grep -q "$name" "$work/sheet.txt" || fail "the sign-in sheet lacks $name"
grep -q "Підпис" "$work/sheet.txt" || fail "the sign-in sheet lacks the signature column"

"$cli" --db "$db" report period --from 2026-01-01 --to 2026-06-30 --pdf "$work/period.pdf" \
    --lang ru >/dev/null
text "$work/period.pdf" >"$work/period.txt"
grep -q "Услуги по видам и месяцам" "$work/period.txt" || fail "the period report headings"
services=$(sqlite3 "$db" "SELECT count(*) FROM service_record WHERE archived_at IS NULL AND
    service_date BETWEEN '2026-01-01' AND '2026-06-30'")
grep -q "Всего *$services\b" "$work/period.txt" || fail "the period report total ($services)"
sqlite3 "$db" "SELECT surname FROM person UNION SELECT number FROM case_file" >"$work/personal.txt"
if grep -F -w -f "$work/personal.txt" "$work/period.txt" >"$work/found.txt"; then
    fail "personal data in the period report: $(head -3 "$work/found.txt")"
fi

who=$(sqlite3 "$db" "SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM service_record r
    WHERE r.person_id = p.id) AND EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = p.id)
    ORDER BY p.id LIMIT 1")
full=$(sqlite3 "$db" "SELECT surname || ' ' || first_name FROM person WHERE id = $who")
"$cli" --db "$db" personal-data "$who" "$work/person.json" >/dev/null
grep -q "\"surname\": \"${full%% *}\"" "$work/person.json" || fail "the personal data JSON"
"$cli" --db "$db" report personal --person "$who" --pdf "$work/person.pdf" --lang ru >/dev/null
text "$work/person.pdf" >"$work/person.txt"
grep -q "$full" "$work/person.txt" || fail "the personal data PDF lacks $full"
grep -q "Оказанные услуги" "$work/person.txt" || fail "the personal data PDF lacks the services"

set +e
"$cli" --db "$db" personal-data 999999 "$work/none.json" 2>/dev/null
[ $? -eq 1 ] || fail "personal data of nobody"
[ ! -e "$work/none.json" ] || fail "a JSON file was left for nobody"
"$cli" --db "$db" report case --case 1999-9999 --pdf "$work/none.pdf" 2>/dev/null
[ $? -eq 1 ] || fail "a missing case"
"$cli" --db "$db" report period --from 2026-06-30 --to 2026-01-01 --pdf "$work/none.pdf" 2>/dev/null
[ $? -eq 2 ] || fail "a period that ends before it starts"
"$cli" --db "$db" report nonsense --pdf "$work/none.pdf" 2>/dev/null
[ $? -eq 2 ] || fail "an unknown report"
set -e
[ ! -e "$work/none.pdf" ] || fail "a PDF was left by a failed report"
echo "case file, plan form, sign-in sheet, period report and personal data"
