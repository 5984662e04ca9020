#!/usr/bin/env bash
# The portfolio benchmarks of DESIGN §7, on a fresh embedded PostgreSQL (not ./var):
#  1. builds a synthetic bank of N customers (~5 holdings each) with the jar's --customers mode;
#  2. times a bare `select count(*) from holding`, then the full mismatch scan twice (--portfolio-scan), in one run;
#  3. times the holdings import of a file of L lines revaluing the bank's positions, twice (--holdings-import-bench).
# Usage: bench/portfolio-scan.sh [customers] [lines]   (defaults 1000000 and 1000000; build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-1000000}
lines=${2:-1000000}
jar=$(ls target/steward-*.jar | head -1)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
dir=${STEWARD_BENCH_DIR:-$(mktemp -d /tmp/steward-portfolio-bench.XXXXXX)}
key=$(head -c 32 /dev/urandom | base64)
common=(--steward.embedded-database.data-dir="$dir/pgdata" --steward.documents.dir="$dir/documents"
        --steward.crypto.key="$key" --logging.level.root=WARN --logging.level.io.steward=WARN)

echo "machine: nproc=$(nproc);$(lscpu | grep 'Model name' | sed 's/Model name://;s/  */ /g'); $("$java" -version 2>&1 | head -1)"
echo "load before: $(uptime)"
start=$(date +%s%N)
"$java" -jar "$jar" --customers="$customers" "${common[@]}"
echo "generation of $customers customers: $(( ($(date +%s%N) - start) / 1000000 )) ms wall"
echo "load before the scan: $(uptime)"
"$java" -jar "$jar" --portfolio-scan "${common[@]}"
echo "load before the import: $(uptime)"
"$java" -jar "$jar" --holdings-import-bench --lines="$lines" "${common[@]}"
echo "load after: $(uptime)"
echo "data directory: $dir (remove it when done)"
