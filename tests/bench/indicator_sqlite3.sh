#!/usr/bin/env bash
# Runs the fact statements written by opora_indicator_bench in the sqlite3 shell, each five
# times with the same page cache as Opora, and prints the median milliseconds of each.
#   indicator_sqlite3.sh FILE   (FILE.sql must exist: run opora_indicator_bench FILE first)
set -euo pipefail
db=$1
n=0
total=0
while IFS= read -r statement; do
    n=$((n + 1))
    times=$( { echo ".timer on"; echo "PRAGMA cache_size = -32768;"
               for _ in 1 2 3 4 5; do echo "$statement"; done; } |
             sqlite3 "$db" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | tail -5 | sort -n)
    median=$(echo "$times" | sed -n 3p)
    ms=$(awk -v s="$median" 'BEGIN { printf "%.1f", s * 1000 }')
    total=$(awk -v a="$total" -v b="$ms" 'BEGIN { printf "%.1f", a + b }')
    echo "statement $n: $ms ms"
done <"$db.sql"
echo "all $n statements: $total ms"
