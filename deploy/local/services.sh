#!/usr/bin/env bash
# Local Kafka and Elasticsearch for development, tests and CI.
#
#   deploy/local/services.sh up     [kafka|elasticsearch]   fetch if missing, start, wait until healthy
#   deploy/local/services.sh down   [kafka|elasticsearch]   stop (SIGTERM, SIGKILL after 30 s)
#   deploy/local/services.sh status [kafka|elasticsearch]   one line per service
#
# Without a service name it acts on both. `up` is idempotent: a running service is left alone.
# Kafka: 127.0.0.1:9092 (controller 9093), topics yuqing.raw (2 partitions), yuqing.dlq and
# yuqing.alerts (1 each). Elasticsearch: http://127.0.0.1:9200 (transport 9300), no security.
# Data and logs: <repo>/.yuqing/ (or $YUQING_HOME_DIR). See kafka.sh and elasticsearch.sh.
#
# Exit status: 0 on success; 1 if a service failed (its log tail is printed); for `status`,
# 3 if a service is stopped; 2 on bad usage.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

usage() {
  echo "usage: $0 up|down|status [kafka|elasticsearch]" >&2
  exit 2
}

(($# >= 1 && $# <= 2)) || usage
action="$1"
case "$action" in up | down | status) ;; *) usage ;; esac

case "${2:-all}" in
  all) services=(kafka elasticsearch) ;;
  kafka) services=(kafka) ;;
  elasticsearch | es) services=(elasticsearch) ;;
  *) usage ;;
esac

# Run each service's script even if an earlier one failed, so `down` always stops both and
# `status` always reports both; the worst exit status wins.
rc=0
for service in "${services[@]}"; do
  set +e
  "$HERE/$service.sh" "$action"
  service_rc=$?
  set -e
  if ((service_rc != 0)); then
    if [[ "$action" == up ]]; then
      echo "error: $service did not come up (exit $service_rc)" >&2
    fi
    # 1 (failure) outranks 3 (stopped, from status).
    if ((rc == 0 || service_rc == 1)); then rc=$service_rc; fi
  fi
done
exit "$rc"
