#!/usr/bin/env bash
# Local Elasticsearch for Raqib: the minimal 8.19 distribution from Maven Central plus the
# raqib-analysis stable plugin (es-plugin/), run as an unprivileged user on 127.0.0.1.
#
#   scripts/elasticsearch.sh install                 download + unzip the node, build + install the plugin;
#                                                    prints the node's home
#   scripts/elasticsearch.sh start [--port N] [--state DIR]
#   scripts/elasticsearch.sh stop [--state DIR] [--purge]
#   scripts/elasticsearch.sh status [--state DIR]    exit 0 when running, 3 when not
#
# Options (or environment):
#   --home DIR   (RAQIB_ES_HOME)   the node's home; default <repo>/.raqib/elasticsearch-<version>, the
#                                  version being es-plugin/pom.xml's <elasticsearch.version>
#   --state DIR  (RAQIB_ES_STATE)  config, data, logs, pid of one instance; default <repo>/.raqib/state/elasticsearch
#   --port N     (RAQIB_ES_PORT)   HTTP port on 127.0.0.1; default 9200
#   --heap SIZE  (RAQIB_ES_HEAP)   JVM heap; default 512m
#   --purge      (stop only)       delete the state directory after stopping
#   RAQIB_ES_JAVA_HOME             the JDK to run it with (default: JAVA_HOME, else the `java` on PATH)
#   RAQIB_ES_TIMEOUT               seconds to wait for the cluster to turn yellow (default 180)
#   RAQIB_USER                     the unprivileged user when run as root (default raqib, created if missing)
#
# Where things live: as root, the node runs as RAQIB_USER, which must reach its home and state. When
# it cannot (a repo under /root, say), the directory is made as /var/tmp/raqib-<hash of the path>
# and the requested path becomes a symlink to it (see place_dir in scripts/lib.sh).
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ES_VERSION=$(es_version)
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
PLUGIN_NAME=raqib-analysis
PLUGIN_DIR="$RAQIB_REPO_DIR/es-plugin"

home=${RAQIB_ES_HOME:-}
state=${RAQIB_ES_STATE:-}
port=${RAQIB_ES_PORT:-9200}
heap=${RAQIB_ES_HEAP:-512m}
purge=false

usage() { sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

cmd=${1:-}
[[ -n $cmd ]] || { usage; exit 2; }
shift
while [[ $# -gt 0 ]]; do
  case $1 in
    --home) home=$2; shift 2 ;;
    --state) state=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --purge) purge=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done

[[ -n $home ]] || home="$RAQIB_REPO_DIR/.raqib/elasticsearch-$ES_VERSION"
[[ -n $state ]] || state="$RAQIB_REPO_DIR/.raqib/state/elasticsearch"

# Makes the parent of the home reachable by the unprivileged user; updates $home to the real path.
place_home() {
  [[ $home == "$RAQIB_REPO_DIR/.raqib/"* ]] && place_dir "$RAQIB_REPO_DIR/.raqib" >/dev/null
  home="$(place_dir "$(dirname "$home")")/$(basename "$home")"
}

# ---------------------------------------------------------------------------------------- install

download_and_unzip() {
  local tmp
  command -v mvn >/dev/null || die "mvn not found"
  tmp=$(mktemp -d "$(dirname "$home")/.es-download.XXXXXX")
  say "elasticsearch: fetching $ES_ARTIFACT (cached in the local Maven repository)"
  (cd "$tmp" && mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$tmp" -Dmdep.overWriteReleases=true) \
    || { rm -rf "$tmp"; die "could not fetch $ES_ARTIFACT"; }
  mkdir -p "$tmp/unzipped"
  if [[ -z ${RAQIB_NO_UNZIP:-} ]] && command -v unzip >/dev/null; then
    unzip -q "$tmp/elasticsearch-${ES_VERSION}.zip" -d "$tmp/unzipped"
  else
    # no unzip on a minimal machine: the JDK's jar tool, which drops the executable bits
    local java_home
    java_home=$(find_java_home)
    (cd "$tmp/unzipped" && "$java_home/bin/jar" xf "$tmp/elasticsearch-${ES_VERSION}.zip")
    find "$tmp/unzipped" -type d -name bin -exec chmod -R a+x {} +
  fi
  rm -rf "$home"
  mv "$tmp/unzipped/elasticsearch-${ES_VERSION}" "$home"
  rm -rf "$tmp"
  chmod -R a+rX "$home"
  say "elasticsearch: unzipped into $home"
}

plugin_zip() { printf '%s/target/%s-1.0.0.zip\n' "$PLUGIN_DIR" "$PLUGIN_NAME"; }

# Builds the plugin unless its zip is newer than every source file.
build_plugin() {
  local zip
  zip=$(plugin_zip)
  if [[ -f $zip ]] && [[ -z $(find "$PLUGIN_DIR/pom.xml" "$PLUGIN_DIR/src" -newer "$zip" -print -quit) ]]; then
    return 0
  fi
  say "elasticsearch: building the $PLUGIN_NAME plugin (es-plugin/)"
  mvn -B -q -Dstyle.color=never -f "$PLUGIN_DIR/pom.xml" package || die "plugin build failed"
  [[ -f $zip ]] || die "plugin build did not produce $zip"
}

install_plugin() {
  local zip sum marker
  zip=$(plugin_zip)
  sum=$(sha1sum "$zip" | cut -c1-40)
  marker="$home/.raqib-plugin.sha1"
  if [[ -d $home/plugins/$PLUGIN_NAME && -f $marker && $(cat "$marker") == "$sum" ]]; then
    return 0
  fi
  local java_home
  java_home=$(find_java_home)
  if [[ -d $home/plugins/$PLUGIN_NAME ]]; then
    say "elasticsearch: replacing the $PLUGIN_NAME plugin (restart running nodes to load it)"
    ES_JAVA_HOME=$java_home "$home/bin/elasticsearch-plugin" remove --purge "$PLUGIN_NAME" >/dev/null
  fi
  ES_JAVA_HOME=$java_home "$home/bin/elasticsearch-plugin" install --batch "file://$zip" 2>&1 \
    | grep -v -e 'policy file with no additional entitlements' -e '^-> Downloading' >&2 || true
  [[ -d $home/plugins/$PLUGIN_NAME ]] || die "plugin install failed"
  printf '%s\n' "$sum" >"$marker"
  chmod -R a+rX "$home"
}

do_install() {
  ensure_user
  place_home
  local lock
  lock="$(dirname "$home")/.elasticsearch-install.lock"
  # stdout carries only the home: what Maven and the plugin tool print goes to stderr
  with_lock "$lock" install_locked >&2
  say "elasticsearch: installed in $home"
  printf '%s\n' "$home"
}

install_locked() {
  [[ -x $home/bin/elasticsearch ]] || download_and_unzip
  build_plugin
  install_plugin
}

# ------------------------------------------------------------------------------------ start / stop

pidfile() { printf '%s/elasticsearch.pid\n' "$state"; }

# The node's pid file names a live Elasticsearch (not a reused pid).
node_alive() { pid_is "$(pidfile)" org.elasticsearch; }

write_config() {
  mkdir -p "$state/config" "$state/data" "$state/logs" "$state/tmp"
  # everything but elasticsearch.yml from the distribution, keeping a keystore made before
  local f
  for f in "$home"/config/*; do
    [[ $(basename "$f") == elasticsearch.yml ]] && continue
    [[ $(basename "$f") == elasticsearch.keystore && -e $state/config/elasticsearch.keystore ]] && continue
    cp -r "$f" "$state/config/"
  done
  # the distribution's jvm.options writes gc logs relative to the working directory
  sed -i 's|file=gc.log|file='"$state"'/logs/gc.log|' "$state/config/jvm.options"
  cat >"$state/config/elasticsearch.yml" <<EOF
# written by scripts/elasticsearch.sh on each start
cluster.name: raqib-local
node.name: raqib-local
path.data: $state/data
path.logs: $state/logs
network.host: 127.0.0.1
http.port: $port
discovery.type: single-node
xpack.security.enabled: false
# a small local disk must not turn indices read-only
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
  give_to_user "$state"
}

health_url() { printf 'http://127.0.0.1:%s/_cluster/health?wait_for_status=yellow&timeout=%ss\n' "$1" "$2"; }

running_port() { [[ -s $state/http.port ]] && cat "$state/http.port"; }

is_running() {
  node_alive || return 1
  local p
  p=$(running_port) || return 1
  [[ $(http_status "http://127.0.0.1:$p/_cluster/health") == 200 ]]
}

do_start() {
  ensure_user
  place_home
  [[ -x $home/bin/elasticsearch ]] || die "no Elasticsearch in $home: run '$0 install' first"
  [[ -d $home/plugins/$PLUGIN_NAME ]] || die "the $PLUGIN_NAME plugin is not installed in $home: run '$0 install'"
  state=$(place_dir "$state")
  if node_alive; then
    if is_running; then
      say "elasticsearch: already running on 127.0.0.1:$(running_port) (pid $(cat "$(pidfile)"))"
      printf '%s\n' "$(running_port)"
      return 0
    fi
    die "elasticsearch: a process from $state is alive (pid $(cat "$(pidfile)")) but not healthy; stop it first"
  fi
  if port_in_use "$port"; then
    die "port $port on 127.0.0.1 is already in use"
  fi
  write_config
  local java_home started now
  java_home=$(find_java_home)
  started=$(date +%s%N)
  say "elasticsearch: starting on 127.0.0.1:$port (state $state)"
  rm -f "$state/http.port" "$(pidfile)"
  # -d: daemonize once started; the CLI returns non-zero when the node fails to start
  if ! (cd "$state" && as_user env ES_PATH_CONF="$state/config" ES_JAVA_HOME="$java_home" \
    ES_JAVA_OPTS="-Xms$heap -Xmx$heap ${RAQIB_ES_EXTRA_JAVA_OPTS:-}" ES_TMPDIR="$state/tmp" \
    "$home/bin/elasticsearch" -d -p "$(pidfile)" >"$state/logs/startup.log" 2>&1); then
    say "elasticsearch: failed to start; last lines of $state/logs/startup.log:"
    tail -n 30 "$state/logs/startup.log" >&2 || true
    exit 1
  fi
  printf '%s\n' "$port" >"$state/http.port"
  local body
  local timeout=${RAQIB_ES_TIMEOUT:-180}
  body=$(http_get "$(health_url "$port" "$timeout")" $((timeout + 10))) || true
  if [[ $body != *'"status":"green"'* && $body != *'"status":"yellow"'* ]]; then
    say "elasticsearch: not healthy: ${body:-no answer}"
    tail -n 30 "$state/logs/raqib-local.log" >&2 || true
    exit 1
  fi
  now=$(date +%s%N)
  say "elasticsearch: up on http://127.0.0.1:$port (pid $(cat "$(pidfile)")) in $(((now - started) / 1000000)) ms"
  printf '%s\n' "$port"
}

do_stop() {
  if [[ -e $state ]]; then
    if node_alive; then
      say "elasticsearch: stopping pid $(cat "$(pidfile)")"
      stop_pid "$(pidfile)" elasticsearch 60
    fi
    rm -f "$(pidfile)"
    rm -f "$state/http.port"
  fi
  if $purge; then
    remove_placed_dir "$state"
  fi
  return 0
}

do_status() {
  if is_running; then
    local p
    p=$(running_port)
    say "elasticsearch: running on http://127.0.0.1:$p (pid $(cat "$(pidfile)"), state $state)"
    http_get "http://127.0.0.1:$p/_cluster/health" >&2 || true
    printf '\n' >&2
    return 0
  fi
  if node_alive; then
    say "elasticsearch: process alive (pid $(cat "$(pidfile)")) but not answering"
    return 3
  fi
  say "elasticsearch: not running (state $state)"
  return 3
}

case $cmd in
  install) do_install ;;
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  help | -h | --help) usage ;;
  *) usage; exit 2 ;;
esac
