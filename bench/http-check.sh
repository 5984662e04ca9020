#!/usr/bin/env bash
# HTTP load on POST /api/v1/suitability/check from a second process (wrk, Debian's package), beside the same
# tool's figure for GET /actuator/health on the same run, so the framework's own ceiling is visible.
# Usage: bench/http-check.sh [base-url] [seconds] [connections]   (Steward with the demo bank must be running)
set -euo pipefail
cd "$(dirname "$0")"
base=${1:-http://localhost:8080}
seconds=${2:-30}
connections=${3:-32}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

echo "== warm-up"
wrk -t2 -c"$connections" -d10s -s suitability-check.lua "$base/api/v1/suitability/check" >/dev/null
wrk -t2 -c"$connections" -d5s "$base/actuator/health" >/dev/null
echo "== GET /actuator/health"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base/actuator/health"
echo "== POST /api/v1/suitability/check"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s suitability-check.lua "$base/api/v1/suitability/check"
