#!/usr/bin/env bash
# Prints the slowest tests of a run from its .trx files (dotnet test --logger trx), slowest first: where the time goes.
# Also each test class's total, since a class's tests run one after another. Bash and awk only (CI has no Python).
# Usage: scripts/slowest-tests.sh [-n 10] FILE.trx...
set -euo pipefail
n=10
if [ "${1:-}" = "-n" ]; then n=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-n N] FILE.trx..." >&2; exit 2; }

# One line per test: seconds, class, name. A result's attributes are all on its opening tag's line.
results=$(awk '
  /<UnitTestResult / {
    name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name)
    gsub(/&quot;/, "\"", name); gsub(/&apos;/, "'\''", name); gsub(/&lt;/, "<", name); gsub(/&gt;/, ">", name); gsub(/&amp;/, "\\&", name)
    d = $0; sub(/.*duration="/, "", d); sub(/".*/, "", d)
    split(d, t, ":"); seconds = t[1] * 3600 + t[2] * 60 + t[3]
    cls = name; sub(/\(.*/, "", cls); sub(/\.[^.]*$/, "", cls)
    printf "%.2f\t%s\t%s\n", seconds, cls, name
  }' "$@")

[ -n "$results" ] || { echo "== no test results in $*"; exit 0; }
echo "== the $n slowest tests"
printf '%s\n' "$results" | sort -t$'\t' -k1,1 -rn | awk -F'\t' -v n="$n" 'NR <= n { printf "%8.1f s  %s\n", $1, $3 }'
echo "== the $n slowest test classes (their tests in sequence)"
printf '%s\n' "$results" | awk -F'\t' '{ total[$2] += $1; count[$2]++ } END { for (c in total) printf "%.2f\t%d\t%s\n", total[c], count[c], c }' \
  | sort -t$'\t' -k1,1 -rn | awk -F'\t' -v n="$n" 'NR <= n { printf "%8.1f s  %s (%d tests)\n", $1, $3, $2 }'
