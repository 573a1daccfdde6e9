#!/usr/bin/env bash
# A database in a folder or file this user may not write opens read-only: it reads, a write is
# refused with a clear message, and the file stays byte-for-byte as it was.
#   cli_readonly.sh OPORA_CLI EXAMPLE_CSV
set -euo pipefail
cli=$1
csv=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

# Root may write anything; run the checks as an unprivileged user then.
as_user() { if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }

mkdir "$work/folder"
"$cli" --db "$work/folder/x.sqlite" demo --seed 5 >/dev/null
cp "$csv" "$work/people.csv"
chmod 0444 "$work/folder/x.sqlite" "$work/people.csv"
chmod 0555 "$work/folder" "$work"
before=$(sha256sum "$work/folder/x.sqlite")

as_user "$cli" --db "$work/folder/x.sqlite" check >/dev/null || fail "check of a read-only database"
as_user "$cli" --db "$work/folder/x.sqlite" stats --json | grep -q '"people":' \
    || fail "stats of a read-only database"
set +e
message=$(as_user "$cli" --db "$work/folder/x.sqlite" import people "$work/people.csv" 2>&1)
code=$?
set -e
[ $code -eq 1 ] || fail "an import into a read-only database exited $code"
echo "$message" | grep -qi "read-only\|только для чтения\|лише для читання" || fail "the refusal said: $message"
[ "$before" = "$(sha256sum "$work/folder/x.sqlite")" ] || fail "the read-only file changed"
ls "$work/folder" | grep -qv '^x\.sqlite$' && fail "files were left beside the database"
echo "read-only database: reads work, writes are refused, the file is unchanged"
