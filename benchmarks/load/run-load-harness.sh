#!/usr/bin/env bash
# Builds Ngupi and runs web/src/test/java/id/ngupi/LoadHarness.java: the app on a throw-away
# embedded PostgreSQL on 127.0.0.1, 1 000 hosts seeded through the Hosting API, booking throughput
# through Bookings and through the booking form over HTTP, then wrk against the discovery page.
# Needs wrk on the PATH.
# Usage: benchmarks/load/run-load-harness.sh [hosts] [threads] [wrk seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl web -am test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/harness.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "web/target/test-classes:web/target/classes:$(cat web/target/harness.classpath)" \
	id.ngupi.LoadHarness "$@"
