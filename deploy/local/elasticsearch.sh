#!/usr/bin/env bash
# Single-node Elasticsearch 8.19.21 for local development, tests and CI:
# deploy/local/elasticsearch.sh up|down|status
#
# The only Elasticsearch server build reachable from our machines is the integ-test zip on Maven
# Central (org.elasticsearch.distribution.integ-test-zip:elasticsearch, about 107 MB, no bundled
# JDK, a minimal module set: no ingest-geoip, ML, ILM, painless or extra analyzers). It runs on
# the machine's Java 17. Runtime files live in $YUQING_HOME_DIR/elasticsearch:
#   elasticsearch-8.19.21/  data/  logs/  tmp/  es.pid
# and the zip is cached in $YUQING_HOME_DIR/downloads (and in the local Maven repository).
#
# Elasticsearch refuses to run as root. When run as root, this script creates a system user
# (YUQING_ES_USER, default yuqing-es), gives it the elasticsearch folder and starts the node
# as that user; otherwise it runs as the current user.
#
# Environment: YUQING_HOME_DIR (default <repo>/.yuqing), ES_HEAP (default 512m),
# YUQING_ES_TIMEOUT (seconds to become healthy, default 120), YUQING_ES_USER,
# JAVA_HOME (default: java on PATH; passed to Elasticsearch as ES_JAVA_HOME).
#
# A second, private node beside the shared one (a fault test stops and restarts it without disturbing anybody):
#   YUQING_ES_PORT=29200 YUQING_ES_TRANSPORT_PORT=29300 YUQING_ES_DIR=/tmp/es-2 ES_HEAP=256m \
#   deploy/local/elasticsearch.sh up|down|status
# YUQING_ES_DIR holds that node's config/, data/, logs/, tmp/ and es.pid (default $YUQING_HOME_DIR/elasticsearch);
# it runs the shared node's unpacked install (from the same cached zip) with its own configuration, and keeps its
# data across `down` and `up`. `down` stops only the node whose pid file and tmp folder are in that directory.
# As root, YUQING_ES_USER must be able to reach it (a folder made by mktemp -d, mode 700, will not do).
#
# One node of several (deploy/local/cluster.sh): YUQING_ES_CLUSTER (cluster name), YUQING_ES_NODE_NAME, and
# YUQING_ES_SEED_HOSTS (host:transport-port,...) with YUQING_ES_MASTERS (the node names that bootstrap the cluster).
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ES_VERSION=8.19.21
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
ES_HOST=127.0.0.1
ES_PORT="${YUQING_ES_PORT:-9200}"
ES_TRANSPORT_PORT="${YUQING_ES_TRANSPORT_PORT:-9300}"
ES_HEAP="${ES_HEAP:-512m}"
ES_TIMEOUT="${YUQING_ES_TIMEOUT:-120}"
ES_USER="${YUQING_ES_USER:-yuqing-es}"

# The shared node's folder, which also holds the one unpacked install that every node of this checkout runs.
ES_SHARED_DIR="$YUQING_HOME_DIR/elasticsearch"
ES_DIR="$ES_SHARED_DIR"
if [[ -n "${YUQING_ES_DIR:-}" ]]; then
  # Elasticsearch wants absolute paths in its configuration.
  ES_DIR="$(realpath -m -- "$YUQING_ES_DIR")"
fi
ES_HOME="$ES_SHARED_DIR/elasticsearch-$ES_VERSION"
ES_ZIP="$YQ_DOWNLOADS/elasticsearch-$ES_VERSION.zip"
ES_DATA="$ES_DIR/data"
ES_LOGS="$ES_DIR/logs"
ES_TMP="$ES_DIR/tmp"
ES_PID_FILE="$ES_DIR/es.pid"
# The shared node keeps its configuration in the install, as it always has; a private node in its own folder.
ES_CONF="$ES_HOME/config"
if [[ "$ES_DIR" != "$ES_SHARED_DIR" ]]; then
  ES_CONF="$ES_DIR/config"
fi
ES_CLUSTER="${YUQING_ES_CLUSTER:-yuqing-local}"
ES_NODE_NAME="${YUQING_ES_NODE_NAME:-yuqing-local-1}"
# The server JVM's main class, our install path and the node's own tmp folder (every node of this checkout
# runs the same install), to recognise our node in /proc/<pid>/cmdline.
ES_MARKERS=("org.elasticsearch.bootstrap.Elasticsearch" "-Des.path.home=$ES_HOME " "-Djava.io.tmpdir=$ES_TMP ")
ES_URL="http://$ES_HOST:$ES_PORT"

es_fetch() {
  if [[ -s "$ES_ZIP" ]]; then
    return 0
  fi
  local start=$SECONDS tmp="$YQ_DOWNLOADS/.es-download"
  yq_log "fetching Elasticsearch $ES_VERSION (107 MB) with Maven …"
  mkdir -p "$YQ_DOWNLOADS"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # No pom needed: the dependency plugin copies one artifact by its coordinates. Run inside the
  # empty temporary folder, because in a folder with a pom.xml (the repo root) Maven would run
  # the goal once per module of that project. The temporary folder also keeps an interrupted
  # download from looking like a cached zip.
  (cd "$tmp" && yq_mvn org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
    -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$tmp") ||
    yq_die "could not download $ES_ARTIFACT from Maven (see above)"
  mv "$tmp/elasticsearch-$ES_VERSION.zip" "$ES_ZIP"
  rm -rf "$tmp"
  yq_log "Elasticsearch downloaded in $((SECONDS - start)) s"
}

# Unpacks once; the marker file is written last, so a half-finished unpack is redone.
es_extract() {
  [[ -f "$ES_HOME/.yuqing-unpacked" ]] && return 0
  local tmp="$ES_SHARED_DIR/.unpack"
  yq_log "unpacking Elasticsearch $ES_VERSION …"
  rm -rf "$tmp" "$ES_HOME"
  mkdir -p "$tmp"
  if command -v unzip >/dev/null; then
    unzip -q "$ES_ZIP" -d "$tmp"
  else
    # `jar` ships with every JDK, but does not keep the executable bits.
    (cd "$tmp" && "$YQ_JAVA_HOME/bin/jar" xf "$ES_ZIP")
    chmod +x "$tmp/elasticsearch-$ES_VERSION"/bin/*
  fi
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rm -rf "$tmp"
  touch "$ES_HOME/.yuqing-unpacked"
}

# A private node runs the shared node's install, which it fetches and unpacks only if that never happened, and
# then under the shared node's lock, so that it never unpacks over a node that is starting from it.
es_install() {
  if [[ "$ES_DIR" == "$ES_SHARED_DIR" ]]; then
    es_fetch
    es_extract
    return 0
  fi
  [[ -f "$ES_HOME/.yuqing-unpacked" ]] && return 0
  mkdir -p "$ES_SHARED_DIR"
  exec 8>"$ES_SHARED_DIR/.lock"
  flock -w 300 8 || yq_die "could not lock $ES_SHARED_DIR/.lock within 300 s to unpack Elasticsearch"
  es_fetch
  es_extract
  exec 8>&-
}

# One node alone, or one of the nodes that YUQING_ES_SEED_HOSTS names.
es_discovery() {
  if [[ -z "${YUQING_ES_SEED_HOSTS:-}" ]]; then
    printf 'discovery.type: single-node\n'
    return 0
  fi
  printf 'discovery.seed_hosts: [%s]\ncluster.initial_master_nodes: [%s]\n' "$YUQING_ES_SEED_HOSTS" "$YUQING_ES_MASTERS"
}

# Rewritten on every `up` so that changes to this script take effect on the next start.
es_write_config() {
  if [[ "$ES_CONF" != "$ES_HOME/config" ]]; then
    # The launcher and the node read the stock JVM options and logging setup from the node's config folder.
    mkdir -p "$ES_CONF/jvm.options.d"
    cp "$ES_HOME/config/jvm.options" "$ES_HOME/config/log4j2.properties" "$ES_CONF/"
  fi
  cat >"$ES_CONF/elasticsearch.yml" <<EOF
# Generated by deploy/local/elasticsearch.sh on every start; edit the script, not this file.
cluster.name: $ES_CLUSTER
node.name: $ES_NODE_NAME
$(es_discovery)
network.host: $ES_HOST
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
path.data: $ES_DATA
path.logs: $ES_LOGS
# Local use only: plain HTTP, no users or passwords.
xpack.security.enabled: false
# Developer disks are often nearly full; the default watermarks would then make indices
# read-only or leave replicas/primaries unassigned and fail tests for no real reason.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  # The stock jvm.options keeps up to 32 x 64 MB of GC logs inside the unpacked folder; keep
  # a small GC log next to the other logs instead. Files in jvm.options.d come after jvm.options.
  cat >"$ES_CONF/jvm.options.d/yuqing.options" <<EOF
# Generated by deploy/local/elasticsearch.sh.
-Xlog:disable
-Xlog:all=warning:stderr:utctime,level,tags
-Xlog:gc*,safepoint:file=$ES_LOGS/gc.log:utctime,level,pid,tags:filecount=2,filesize=10m
EOF
}

# As root: make sure the service user exists and owns everything Elasticsearch writes to.
# Sets ES_RUN (the command prefix that starts things as that user).
es_prepare_user() {
  ES_RUN=()
  if ((EUID != 0)); then
    return 0
  fi
  if ! getent passwd "$ES_USER" >/dev/null; then
    yq_log "creating system user $ES_USER (Elasticsearch refuses to run as root) …"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
  fi
  # Also repairs root-owned files (keystore, logs) left by a start attempted as root.
  chown -R "$ES_USER:" "$ES_DIR"
  # The user must be able to reach the folder: a repo under /root (mode 700) would not do.
  if ! runuser -u "$ES_USER" -- test -w "$ES_DATA"; then
    yq_die "user $ES_USER cannot reach $ES_DIR (a parent folder is not world-searchable);" \
      "set YUQING_HOME_DIR to a folder it can reach"
  fi
  ES_RUN=(runuser -u "$ES_USER" --)
}

es_health() {
  # `GET /` answers 405 on the integ-test build; cluster health is the readiness check.
  curl -sf --max-time "$1" "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=$(($1 - 1))s" 2>/dev/null
}

# Reports a failed start (see yq_start_failed); --stop also stops the half-started node.
es_fail() {
  local stop=false
  if [[ "$1" == --stop ]]; then
    stop=true
    shift
  fi
  yq_start_failed Elasticsearch "$stop" "$ES_PID_FILE" "$ES_LOGS/$ES_CLUSTER.log" "$ES_LOGS/startup.out" "$*" \
    "${ES_MARKERS[@]}"
}

es_up() {
  local pid start body status
  if pid="$(yq_live_pid "$ES_PID_FILE" "${ES_MARKERS[@]}")"; then
    es_health 5 >/dev/null ||
      yq_die "Elasticsearch pid $pid is running but $ES_URL/_cluster/health does not answer (see $ES_LOGS)"
    yq_log "Elasticsearch already running (pid $pid, $ES_URL)"
    return 0
  fi
  rm -f "$ES_PID_FILE"
  local port
  for port in "$ES_PORT" "$ES_TRANSPORT_PORT"; do
    ! yq_port_open "$ES_HOST" "$port" ||
      yq_die "$ES_HOST:$port is already in use by a process not started by this script"
  done

  yq_find_java
  mkdir -p "$ES_DIR" "$ES_DATA" "$ES_LOGS" "$ES_TMP"
  es_install
  es_write_config
  es_prepare_user

  yq_log "starting Elasticsearch $ES_VERSION (heap $ES_HEAP) …"
  start=$SECONDS
  # -d: the launcher returns once the node has started (or failed) and leaves the server JVM
  # running detached; -p makes the server write its own PID. `timeout` bounds a hung launcher.
  # 9>&-: the node must not inherit (and hold) our lock.
  # The default open-files limit (often 1024 or 20000) makes Elasticsearch warn at every start.
  if ! (cd "$ES_HOME" && { ulimit -n 65535 2>/dev/null || true; } && timeout "$ES_TIMEOUT" "${ES_RUN[@]}" env \
    ES_JAVA_HOME="$YQ_JAVA_HOME" ES_TMPDIR="$ES_TMP" ES_PATH_CONF="$ES_CONF" \
    ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_JAVA_OPTS:-}" \
    bin/elasticsearch -d -p "$ES_PID_FILE" >"$ES_LOGS/startup.out" 2>&1 </dev/null 9>&-); then
    # A launcher killed by `timeout` may leave its server behind: --stop ends it by its pid file.
    es_fail --stop "failed to start, or its launcher did not return within $ES_TIMEOUT s"
  fi
  pid="$(yq_live_pid "$ES_PID_FILE" "${ES_MARKERS[@]}")" || es_fail "exited right after starting"

  yq_log "waiting for Elasticsearch on $ES_URL …"
  while ((SECONDS - start < ES_TIMEOUT)); do
    [[ -e "/proc/$pid" ]] || es_fail "exited during startup"
    if body="$(es_health 5)"; then
      status="$(sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' <<<"$body")"
      yq_log "Elasticsearch healthy in $((SECONDS - start)) s (pid $pid, status ${status:-?})"
      return 0
    fi
    sleep 1
  done
  es_fail --stop "did not become healthy within $ES_TIMEOUT s"
}

es_down() {
  yq_stop_pid_file Elasticsearch "$ES_PID_FILE" 30 "${ES_MARKERS[@]}"
}

# One line; exit status 0 when running, 3 when stopped (the LSB convention for `status`).
es_status() {
  local pid body health
  if pid="$(yq_live_pid "$ES_PID_FILE" "${ES_MARKERS[@]}")"; then
    if body="$(curl -sf --max-time 3 "$ES_URL/_cluster/health" 2>/dev/null)"; then
      health="$(sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' <<<"$body")"
    else
      health="not answering"
    fi
    printf 'elasticsearch  running  pid %s  %s (%s)  rss %s MB\n' \
      "$pid" "$ES_URL" "${health:-?}" "$(yq_rss_mb "$pid")"
    return 0
  fi
  if yq_port_open "$ES_HOST" "$ES_PORT"; then
    printf 'elasticsearch  stopped  (but %s:%s is in use by another process)\n' "$ES_HOST" "$ES_PORT"
  else
    printf 'elasticsearch  stopped\n'
  fi
  return 3
}

case "${1:-}" in
  up) yq_lock "$ES_DIR/.lock" && es_up ;;
  down) yq_lock "$ES_DIR/.lock" && es_down ;;
  status) es_status ;;
  *) yq_usage "$0" ;;
esac
