#!/usr/bin/env bash
# Projects and indicators through the built opora-cli, cross-checked with plain SQL.
#   cli_projects.sh OPORA_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
db="$work/demo.sqlite"
"$cli" --db "$db" demo --seed 3 >/dev/null

projects=$("$cli" --db "$db" projects --json)
[ "$(echo "$projects" | jq length)" -eq 3 ] || fail "the demo should have three projects: $projects"
echo "$projects" | jq -e 'all(.[]; has("id") and has("name") and has("starts_on") and has("ends_on"))' \
    >/dev/null || fail "projects --json lacks id, name or period: $projects"

# Every method of counting is shown somewhere in the demo.
methods=$(for id in $(echo "$projects" | jq '.[].id'); do
    "$cli" --db "$db" indicators --project "$id" --json | jq -r '.indicators[].method'
done | sort -u | tr '\n' ' ')
for m in enrolled people_served families_served services events_held participants \
    specialists_trained volunteers improved_share support_length manual; do
    case " $methods" in *" $m "*) ;; *) fail "no demo indicator counts by $m (got: $methods)" ;; esac
done

# The JSON has the documented shape, and a fact equals the same count made in plain SQL.
json=$("$cli" --db "$db" indicators --project 1 --as-of 2026-09-30 --json)
echo "$json" | jq -e '.project.id == 1 and .as_of == "2026-09-30" and (.indicators | length) > 0
    and all(.indicators[]; has("name") and has("unit") and has("plan") and has("fact")
        and has("percent") and (.status | IN("achieved", "on_track", "behind", "not_planned")))' \
    >/dev/null || fail "indicators --json: $json"
fact=$(echo "$json" | jq '[.indicators[] | select(.method == "events_held")][0].fact')
expected=$(sqlite3 "$db" "SELECT count(*) FROM event e JOIN project p ON p.id = e.project_id
    WHERE p.id = 1 AND e.status = 'held' AND e.type = 'parents_school' AND e.archived_at IS NULL
    AND e.event_date BETWEEN p.starts_on AND min(p.ends_on, '2026-09-30')")
[ "$fact" = "$expected" ] || fail "events held: the engine says $fact, SQL says $expected"

set +e
"$cli" --db "$db" indicators --project abc 2>/dev/null; [ $? -eq 2 ] || fail "--project abc"
"$cli" --db "$db" indicators --project 1 --as-of 30.09.2026 2>/dev/null
[ $? -eq 2 ] || fail "a date not in YYYY-MM-DD"
"$cli" --db "$db" indicators --project 999 2>/dev/null; [ $? -eq 1 ] || fail "a missing project"
set -e
echo "projects and indicators: shape, methods and a fact checked against SQL"
