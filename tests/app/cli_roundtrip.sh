#!/usr/bin/env bash
# A whole database through CSV with the built opora-cli: every kind exported from a demo and
# imported in the documented order into a new database gives the same `stats --json`; a second
# import adds nothing.
#   cli_roundtrip.sh OPORA_CLI PROFILE
set -euo pipefail
cli=$1
profile=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
"$cli" --db "$work/demo.sqlite" demo --profile "$profile" --seed 5 >/dev/null
"$cli" --db "$work/new.sqlite" init --profile "$profile" >/dev/null
kinds="staff projects people households cases case-notes consents services events attendance
volunteers mentoring volunteer-hours"
for kind in $kinds; do
    "$cli" --db "$work/demo.sqlite" export "$kind" "$work/$kind.csv" >/dev/null
    "$cli" --db "$work/new.sqlite" import "$kind" "$work/$kind.csv" >/dev/null ||
        fail "the $kind file does not import"
done
before=$("$cli" --db "$work/demo.sqlite" stats --json)
after=$("$cli" --db "$work/new.sqlite" stats --json)
[ "$before" = "$after" ] || fail "stats differ: $before against $after"
for kind in $kinds; do
    "$cli" --db "$work/new.sqlite" import "$kind" "$work/$kind.csv" >/dev/null
done
again=$("$cli" --db "$work/new.sqlite" stats --json)
[ "$again" = "$after" ] || fail "a second import changed stats: $again"
echo "the same stats after the round trip: $after"
