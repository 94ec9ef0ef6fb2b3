# shellcheck shell=bash
# Helpers shared by deploy/local/kafka.sh and deploy/local/elasticsearch.sh. Sourced, not run.
#
# Paths come from this file's own location, not from the caller's working directory, so the
# scripts work from anywhere (CI runs them from a fresh clone in another folder).

YQ_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
YQ_REPO_ROOT="$(cd "$YQ_LOCAL_DIR/../.." && pwd -P)"
# Everything the services write lives here (git-ignored). Override to keep it elsewhere.
YUQING_HOME_DIR="${YUQING_HOME_DIR:-$YQ_REPO_ROOT/.yuqing}"
# shellcheck disable=SC2034 # used by elasticsearch.sh
YQ_DOWNLOADS="$YUQING_HOME_DIR/downloads"

yq_log() { printf '%s\n' "$*"; }
yq_err() { printf '%s\n' "$*" >&2; }
yq_die() {
  yq_err "error: $*"
  exit 1
}

# Maven quietly, without colour codes; its output goes to a file and is shown only on failure,
# because -q still prints ANSI resets and a failed resolution is only readable in full.
yq_mvn() {
  local out
  out="$(mktemp)"
  if ! mvn -q -B -Dstyle.color=never "$@" >"$out" 2>&1; then
    yq_err "error: mvn $* failed:"
    tail -n 40 "$out" >&2
    rm -f "$out"
    return 1
  fi
  rm -f "$out"
}

# The Java to run the services with: $JAVA_HOME if set, else the one `java` on PATH resolves to
# (Java 17 on our machines). Both services need 17 or newer. Sets YQ_JAVA_HOME and YQ_JAVA.
yq_find_java() {
  local java_bin version
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    YQ_JAVA_HOME="$JAVA_HOME"
  else
    java_bin="$(command -v java || true)"
    [[ -n "$java_bin" ]] || yq_die "no java on PATH and JAVA_HOME is not set (need Java 17+)"
    java_bin="$(readlink -f "$java_bin")"
    YQ_JAVA_HOME="$(dirname "$(dirname "$java_bin")")"
  fi
  YQ_JAVA="$YQ_JAVA_HOME/bin/java"
  # `java -version` prints e.g.: openjdk version "17.0.15" 2025-04-15
  version="$("$YQ_JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  if [[ -z "$version" || "$version" -lt 17 ]]; then
    yq_die "$YQ_JAVA is Java ${version:-?}; Kafka 4.2 and Elasticsearch 8.19 need Java 17+"
  fi
}

# Prints the PID from a pid file if that process is alive AND its command line contains
# every further argument (e.g. the main class and our config path). That check keeps a stale pid file whose number was reused
# by an unrelated process from being taken for our service (and from being killed by `down`).
yq_live_pid() {
  local pid_file="$1" pid cmdline marker
  shift
  [[ -s "$pid_file" ]] || return 1
  pid="$(tr -dc '0-9' <"$pid_file")"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  for marker in "$@"; do
    [[ "$cmdline" == *"$marker"* ]] || return 1
  done
  printf '%s\n' "$pid"
}

# True if something accepts TCP connections on host:port (bash's /dev/tcp; no nc/ss needed).
yq_port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# Resident memory of a process in MiB.
yq_rss_mb() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || printf '?'
}

# yq_stop_pid_file NAME PID_FILE GRACE_SECONDS MARKER...
# Stops the process named in a pid file (checked as in yq_live_pid): SIGTERM, up to GRACE
# seconds to exit, then SIGKILL. Never by process name, so other brokers or nodes on the
# machine are left alone.
yq_stop_pid_file() {
  local name="$1" pid_file="$2" grace="$3" pid waited=0
  shift 3
  if ! pid="$(yq_live_pid "$pid_file" "$@")"; then
    rm -f "$pid_file"
    yq_log "$name: not running"
    return 0
  fi
  yq_log "stopping $name (pid $pid) …"
  kill -TERM "$pid" 2>/dev/null || true
  while [[ -e "/proc/$pid" ]] && ((waited < grace)); do
    sleep 1
    waited=$((waited + 1))
  done
  if [[ -e "/proc/$pid" ]]; then
    yq_err "$name did not stop within ${grace} s of SIGTERM; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    # A killed process disappears from /proc once its parent reaps it; give that a moment.
    for _ in 1 2 3 4 5; do
      [[ -e "/proc/$pid" ]] || break
      sleep 1
    done
    rm -f "$pid_file"
    yq_log "$name killed"
    return 0
  fi
  rm -f "$pid_file"
  yq_log "$name stopped in ${waited} s"
}

# Serialises `up`/`down` of one service (two `up`s at once would both start a JVM) by holding
# an exclusive lock on fd 9 until the script exits.
yq_lock() {
  mkdir -p "$(dirname "$1")"
  exec 9>"$1"
  flock -w 300 9 || yq_die "could not lock $1 within 300 s (another up/down still running?)"
}

# Prints the last lines of a log to stderr, framed, for failure messages; nothing if the log is
# missing or empty. Long lines (Kafka logs whole records) are cut to keep the message readable.
yq_tail_log() {
  local file="$1" lines="${2:-30}"
  [[ -s "$file" ]] || return 0
  yq_err "---- last $lines lines of $file ----"
  tail -n "$lines" "$file" | cut -c1-400 >&2
  yq_err "----"
}

# Usage line for the per-service scripts.
yq_usage() {
  yq_err "usage: $1 up|down|status"
  exit 2
}

# Says why a service did not start and shows its logs' tails; with stop=true, then stops the half-started
# process (after the tails, which would otherwise show only the shutdown) so that the next `up` starts clean.
# Usage: yq_start_failed NAME true|false PID_FILE MAIN_LOG OUT_LOG MESSAGE MARKER...
yq_start_failed() {
  local name="$1" stop="$2" pid_file="$3" main_log="$4" out_log="$5" message="$6"
  shift 6
  yq_err "error: $name $message"
  yq_tail_log "$main_log"
  yq_tail_log "$out_log" 20
  if [[ "$stop" == true ]]; then
    yq_stop_pid_file "$name" "$pid_file" 30 "$@" >&2
  fi
  exit 1
}
