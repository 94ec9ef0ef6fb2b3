#!/usr/bin/env bash
# The test command: starts the real Kafka and Elasticsearch (fetching them on a fresh machine), runs every
# unit and integration test with Maven, and stops the services again if this script started them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVICES="$ROOT/deploy/local/services.sh"

started_here=()
for service in kafka elasticsearch; do
  if ! "$SERVICES" status "$service" | grep -q running; then
    started_here+=("$service")
  fi
done
stop_started() {
  for service in "${started_here[@]}"; do
    "$SERVICES" down "$service" || true
  done
}
trap stop_started EXIT

"$SERVICES" up
# The weekly briefing's tests embed a Chinese font in a PDF: installed from Debian if missing.
"$ROOT/deploy/local/fonts.sh"
mvn -B -f "$ROOT/pom.xml" verify "$@"
