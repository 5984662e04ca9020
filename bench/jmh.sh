#!/usr/bin/env bash
# Runs the JMH benchmarks of the test sources (src/test/java/io/steward/benchmarks) from the test classpath.
# Arguments go to JMH unchanged, e.g.:
#   bash bench/jmh.sh Suitability -f 1 -wi 3 -w 2s -i 5 -r 2s
# Needs JDK 21+; set JAVA_HOME if the java on the PATH is older.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main "$@"
