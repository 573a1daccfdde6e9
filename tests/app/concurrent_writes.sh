#!/usr/bin/env bash
# Two Opora processes write one file at once, 1,000 saves each: none is lost, the file is sound.
#   concurrent_writes.sh OPORA_CLI WRITER
set -euo pipefail
cli=$1
writer=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
db="$work/shared.sqlite"
"$cli" --db "$db" init --profile ru >/dev/null
"$writer" "$db" 1000 A & a=$!
"$writer" "$db" 1000 B & b=$!
wait "$a" || fail "writer A failed"
wait "$b" || fail "writer B failed"
for tag in A B; do
    n=$(sqlite3 "$db" "SELECT count(*) FROM person WHERE surname = 'Писатель$tag'")
    [ "$n" -eq 1000 ] || fail "writer $tag: $n of 1000 people stored"
done
"$cli" --db "$db" check >/dev/null || fail "the shared file does not pass the check"
"$cli" --db "$db" audit verify >/dev/null || fail "the audit chain broke under two writers"
echo "two writers, 2,000 saves, none lost"
