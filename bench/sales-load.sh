#!/usr/bin/env bash
# Complete sales cases per second over HTTP, from a second process (io.steward.benchmarks.SalesLoad), against a
# running Steward with the demo bank, started with --steward.rate-limits.exempt-address-prefixes=127. (the driver plays
# every customer from one loopback address). Usage: bench/sales-load.sh [base-url] [workers] [seconds] [product]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench.cp)" io.steward.benchmarks.SalesLoad \
    "${1:-http://localhost:8080}" "${2:-16}" "${3:-60}" "${4:-FI-90D}"
