#!/usr/bin/env bash
# Measures Ngupi side by side in one run (benchmarks/load/Compare.java): the production jar on a
# throw-away embedded PostgreSQL with N hosts seeded (the bench profile), start-up, the discovery
# page, a host page and a constant page of the same size in interleaved wrk rounds, statements per
# page, RSS, booking through the form over HTTP and pgbench running the booking transaction.
# Installs wrk and pgbench from Debian's packages when missing. Options are passed on, e.g.
#   benchmarks/load/compare.sh --hosts=1000 --seconds=5 --rounds=3 --connections=16 \
#       --jvm="-XX:TieredStopAtLevel=1" --jar=web/target/ngupi.jar
# See docs/benchmarks.md for what it measures and what it found.
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=()
command -v wrk > /dev/null || missing+=(wrk)
command -v pgbench > /dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
	sudo=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
	$sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}"
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
	./mvnw -q -pl web -am package -DskipTests
fi
exec java benchmarks/load/Compare.java "$@"
