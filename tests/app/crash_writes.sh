#!/usr/bin/env bash
# Crash test: an import of people is killed with SIGKILL at a random moment, fifty times over.
# After each kill the file passes the full check, the import is there wholly or not at all, and
# every import that reported success before the kill is present.
#   crash_writes.sh OPORA_CLI [ROUNDS]
set -euo pipefail
cli=$1
rounds=${2:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
db="$work/crash.sqlite"
"$cli" --db "$db" init --profile ru >/dev/null

# Each round imports 1,500 new people (the surname carries the round, so none is a duplicate).
make_csv() {
    local round=$1
    echo "Фамилия;Имя;Отчество;Дата рождения"
    for i in $(seq 1 1500); do
        echo "Раунд${round}ова;Анна;Тестовна;$(printf '%02d' $((i % 28 + 1))).0$((i % 9 + 1)).19$((50 + i % 50))"
    done
}

count() { sqlite3 "$db" "SELECT count(*) FROM person"; }

# One import runs to its end first, to learn how long one takes on this machine (and build:
# a sanitized build is several times slower).
make_csv 0 >"$work/people.csv"
started=$(date +%s%N)
"$cli" --db "$db" import people "$work/people.csv" >/dev/null
took_ms=$((($(date +%s%N) - started) / 1000000))
expected=$(count)

for round in $(seq 1 "$rounds"); do
    make_csv "$round" >"$work/people.csv"
    "$cli" --db "$db" import people "$work/people.csv" >"$work/out.txt" 2>&1 &
    pid=$!
    # Somewhere between 0 and 1.5 times the length of an import, so the kill falls before,
    # during or after its transaction.
    sleep "$(awk -v ms=$((RANDOM % (took_ms * 3 / 2 + 1))) 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null && reported=yes || reported=no
    "$cli" --db "$db" check >/dev/null || fail "round $round: the file does not pass the check"
    now=$(count)
    if [ "$now" -eq $((expected + 1500)) ]; then
        expected=$now
    elif [ "$now" -ne "$expected" ]; then
        fail "round $round: $now people, expected $expected or $((expected + 1500)): a partial import"
    fi
    if [ "$reported" = yes ] && [ "$now" -ne "$expected" ]; then
        fail "round $round: the import reported success but its rows are missing"
    fi
done
[ "$expected" -gt 1500 ] || fail "no import ever finished: the kills came too early to test anything"
echo "crash test: $rounds kills (an import takes $took_ms ms), every file checked, $expected people from whole imports only"
