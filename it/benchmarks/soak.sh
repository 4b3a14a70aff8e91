#!/usr/bin/env bash
# A 60 s fixed-rate soak of the example Orders jar: requests at a fixed rate whatever the answers
# take (io.flowkit.benchmarks.FixedRateSoak, another process, an open model: Debian's wrk has no
# fixed-rate mode), asserting zero errors and a flat heap after full GCs (jcmd) between the end of
# the warm-up and the end of the run. Exits 1 when either fails. Extra arguments go to the load
# generator, e.g. rate=1000 seconds=120 heapSlackMiB=8.
#
#   bash it/benchmarks/soak.sh            # builds the jars first
#   SKIP_BUILD=1 bash it/benchmarks/soak.sh rate=200
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN_ARGS=(-B -ntp -q)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then MVN_ARGS+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn "${MVN_ARGS[@]}" -Dbench -pl it/orders-example,it/benchmarks -am package -DskipTests
fi
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
java -cp it/benchmarks/target/benchmarks.jar io.flowkit.benchmarks.FixedRateSoak "$@" || status=$?
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
