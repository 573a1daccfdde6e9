#!/usr/bin/env bash
# The register's commands through the built opora-cli: demo, check, stats, search.
#   cli_register.sh OPORA_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

"$cli" --db "$work/a.sqlite" demo --seed 11 >/dev/null
"$cli" --db "$work/b.sqlite" demo --seed 11 >/dev/null
"$cli" --db "$work/a.sqlite" check >/dev/null || fail "check of the demo database"
[ "$("$cli" --db "$work/a.sqlite" stats --json)" = "$("$cli" --db "$work/b.sqlite" stats --json)" ] \
    || fail "the same seed gave different stats"
"$cli" --db "$work/a.sqlite" stats --json | grep -q '"cases":1[2-9][0-9]' || fail "too few cases"

# Usage errors exit 2, a second demo over an existing file is refused and changes nothing.
before=$(sha256sum "$work/a.sqlite")
set +e
"$cli" --db "$work/a.sqlite" demo 2>/dev/null; [ $? -eq 2 ] || fail "demo over an existing file"
"$cli" --db "$work/c.sqlite" demo --profile xx 2>/dev/null; [ $? -eq 2 ] || fail "bad profile"
"$cli" --db "$work/a.sqlite" search 2>/dev/null; [ $? -eq 2 ] || fail "search without text"
set -e
[ "$before" = "$(sha256sum "$work/a.sqlite")" ] || fail "the refused demo changed the file"

# search --json: a stable array of kind, id, title, detail, archived.
json=$("$cli" --db "$work/a.sqlite" search 2025-0001 --json)
echo "$json" | grep -q '^\[{"archived":false,"detail":"[^"]*","id":[0-9]*,"kind":"case","title":"2025-0001"}' \
    || fail "search --json printed: $json"
surname=$(sqlite3 "$work/a.sqlite" "SELECT surname FROM person WHERE id = 1")
"$cli" --db "$work/a.sqlite" search "$surname" --json | grep -q "\"title\":\"$surname " \
    || fail "search by surname"
[ "$("$cli" --db "$work/a.sqlite" search "' OR 1=1 --" --json)" = "[]" ] || fail "hostile search"
# --user signs in with OPORA_PASSWORD: the demo's administrator is admin / demo.
OPORA_PASSWORD=demo "$cli" --db "$work/a.sqlite" --user admin stats >/dev/null \
    || fail "signing in as the demo administrator"
set +e
OPORA_PASSWORD=wrong "$cli" --db "$work/a.sqlite" --user admin stats 2>/dev/null
[ $? -eq 1 ] || fail "a wrong password must fail"
"$cli" --db "$work/a.sqlite" --user admin stats 2>/dev/null
[ $? -eq 2 ] || fail "--user without OPORA_PASSWORD is a usage error"
set -e
# backup and restore: a checked copy; restore keeps the current file and refuses a bad one.
"$cli" --db "$work/a.sqlite" backup --to "$work/copy.sqlite" >/dev/null || fail "backup"
"$cli" --db "$work/copy.sqlite" check >/dev/null || fail "the backup does not pass check"
echo "not a database" >"$work/bad.sqlite"
before=$(sha256sum "$work/a.sqlite")
set +e
"$cli" --db "$work/a.sqlite" restore "$work/bad.sqlite" 2>/dev/null
[ $? -eq 1 ] || fail "restoring a bad file must fail"
set -e
[ "$before" = "$(sha256sum "$work/a.sqlite")" ] || fail "a refused restore changed the database"
"$cli" --db "$work/a.sqlite" restore "$work/copy.sqlite" >/dev/null || fail "restore"
ls "$work"/backups/before-restore-opora-*.sqlite >/dev/null || fail "no copy kept before restoring"
# audit verify: 0 on an intact trail, 1 naming the entry after an outside edit.
"$cli" --db "$work/b.sqlite" audit verify >/dev/null || fail "audit verify on an intact trail"
sqlite3 "$work/b.sqlite" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET fields = '' WHERE id = 7;"
set +e
message=$("$cli" --db "$work/b.sqlite" audit verify 2>&1)
[ $? -eq 1 ] || fail "audit verify must fail after an outside edit"
set -e
echo "$message" | grep -q "7" || fail "audit verify must name the entry: $message"
# --user: the password typed on a terminal (script gives the command one) signs in; without a
# terminal and without OPORA_PASSWORD it is a usage error, not a wait.
logins=$(sqlite3 "$work/a.sqlite" "SELECT count(*) FROM audit_log WHERE action = 'login'")
printf 'demo\n' | script -qec "'$cli' --db '$work/a.sqlite' --user admin stats" /dev/null \
    | grep -q "people" || fail "--user with the password typed on the terminal"
[ "$(sqlite3 "$work/a.sqlite" "SELECT count(*) FROM audit_log WHERE action = 'login'")" -eq \
    $((logins + 1)) ] || fail "the terminal sign-in is not in the audit trail"
set +e
"$cli" --db "$work/a.sqlite" --user admin stats </dev/null >/dev/null 2>&1
[ $? -eq 2 ] || fail "--user without a terminal or OPORA_PASSWORD"
OPORA_PASSWORD=wrong "$cli" --db "$work/a.sqlite" --user admin stats >/dev/null 2>&1
[ $? -eq 1 ] || fail "--user with a wrong password"
set -e
# retention: a preview stores nothing; a period out of range is a usage error.
before=$(sqlite3 "$work/a.sqlite" "SELECT count(*) FROM audit_log")
"$cli" --db "$work/a.sqlite" retention --years 1 | grep -q "$(date -d '1 year ago' +%F)" \
    || fail "retention preview names the cutoff"
[ "$before" = "$(sqlite3 "$work/a.sqlite" "SELECT count(*) FROM audit_log")" ] \
    || fail "a retention preview wrote something"
set +e
"$cli" --db "$work/a.sqlite" retention --years 0 2>/dev/null
[ $? -eq 2 ] || fail "a retention period of 0 years"
set -e
echo "ok"
