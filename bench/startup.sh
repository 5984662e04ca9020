#!/usr/bin/env bash
# Start-up time of the executable jar to a healthy /actuator/health with the embedded PostgreSQL:
# once on an empty data directory (initdb, migrations, demo seed) and then on the same directory (a restart).
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/steward-*.jar | head -1)
port=18080
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

measure() {
    local dir=$1 start end
    start=$(date +%s%N)
    "$java" -jar "$jar" --server.port=$port --steward.embedded-database.data-dir="$dir" >"$dir.log" 2>&1 &
    local pid=$!
    until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 $pid 2>/dev/null; then echo "Steward exited; see $dir.log" >&2; exit 1; fi
        sleep 0.05
    done
    end=$(date +%s%N)
    kill $pid; wait $pid 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

for i in $(seq 1 "$runs"); do
    dir=$(mktemp -d /tmp/steward-startup.XXXXXX)
    first=$(measure "$dir/pg")
    again=$(measure "$dir/pg")
    echo "run $i: first start ${first} ms, restart ${again} ms"
    rm -rf "$dir"
done
