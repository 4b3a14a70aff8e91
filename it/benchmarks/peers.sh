#!/usr/bin/env bash
# flowkit side by side with its peers, in one run, ending with one table (both sides, flowkit's
# advantage per row, the targets):
#   HTTP   the Quote message action and a 100-object Load, served by FlowServer, by the Flow Java
#          SDK 2.0.1 (Undertow + RESTEasy) and by a bare Jetty 12 handler answering flowkit's bytes;
#          each server in its own JVM (-Xms512m -Xmx512m), wrk on loopback, warm-up then timed window
#   codec  JMH -prof gc: one Quote call's binding (20 inputs, 50 objects), generated codec vs SDK
#   codegen JMH: the 300-definition schema, flowkit vs jsonschema2pojo 1.3.3, per generated type;
#          and a no-change rebuild through Maven with each one's plugin
#   memory pass/fail: a 200 MB upload through FlowServer at -Xmx64m, a 20 MB state through the
#          store at -Xmx256m
# Needs wrk on the PATH (Debian: apt-get install -y wrk). Extra arguments go to the HTTP step,
# e.g. seconds=20 warmup=10 threads=2 connections=16. The raw answers, wrk outputs and server logs
# stay in it/benchmarks/target/peers.
#
#   bash it/benchmarks/peers.sh                     # builds first (flowkit's plugin is installed
#                                                   # into the local repository for the rebuild step)
#   SKIP_BUILD=1 bash it/benchmarks/peers.sh seconds=10 warmup=5
#   QUICK=1 ...                                     # short JMH iterations and one Maven rebuild, to try it out
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
MVN_ARGS=(-B -ntp -q)
JAVA_ARGS=()
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  MVN_ARGS+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
  JAVA_ARGS+=("repo=$MAVEN_REPO_LOCAL")
fi
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn "${MVN_ARGS[@]}" -pl plugin -am install -DskipTests
  mvn "${MVN_ARGS[@]}" -Dbench -pl cli,it/benchmarks -am package -DskipTests
fi
JAR=it/benchmarks/target/benchmarks.jar
OUT=it/benchmarks/target/peers
rm -rf "$OUT" && mkdir -p "$OUT"
ITERATIONS=5 JMH_SECONDS=2 RUNS=5
if [[ -n "${QUICK:-}" ]]; then ITERATIONS=2 JMH_SECONDS=1 RUNS=1; fi

echo "== $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" io.flowkit.benchmarks.peers.PeerHttpLoad jar="$JAR" out="$OUT" "$@"
echo "load after HTTP: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" io.flowkit.benchmarks.peers.PeerJmh out="$OUT" iterations="$ITERATIONS" seconds="$JMH_SECONDS"
echo "load after JMH: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" io.flowkit.benchmarks.peers.PeerMavenRebuild out="$OUT" runs="$RUNS" "${JAVA_ARGS[@]}"
java -cp "$JAR" io.flowkit.benchmarks.peers.PeerMemoryChecks jar="$JAR" \
  cli=cli/target/flowkit-cli-0.1.0-SNAPSHOT.jar out="$OUT"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp "$JAR" io.flowkit.benchmarks.peers.PeerTable "$OUT/results.tsv" | tee "$OUT/table.md"
