#!/usr/bin/env bash
# Saves/s and loads/s of 8 KB states over HTTP against the standalone store jar, on H2 and
# PostgreSQL, SunEC (jdk) and the native provider side by side. The load generator is another
# process (io.flowkit.benchmarks.StoreHttpLoad) that signs and encrypts every request before the
# timed windows. Extra arguments go to it, e.g. databases=h2 threads=16 seconds=20.
#
#   bash it/benchmarks/store-load.sh            # builds both jars first
#   SKIP_BUILD=1 bash it/benchmarks/store-load.sh databases=h2
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN_ARGS=(-B -ntp -q)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then MVN_ARGS+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn "${MVN_ARGS[@]}" -Dbench -pl cli,it/benchmarks -am package -DskipTests
fi
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp it/benchmarks/target/benchmarks.jar io.flowkit.benchmarks.StoreHttpLoad \
  jar=cli/target/flowkit-cli-0.1.0-SNAPSHOT.jar "$@"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
