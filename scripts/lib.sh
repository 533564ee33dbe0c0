# shellcheck shell=bash
# Helpers shared by scripts/elasticsearch.sh, scripts/postgres.sh, scripts/lint.sh and ./raqib.
# Source it; it defines functions and a few defaults and changes nothing by itself.

RAQIB_SCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck disable=SC2034 # used by the scripts that source this file
RAQIB_REPO_DIR=$(cd "$RAQIB_SCRIPTS_DIR/.." && pwd -P)
# Elasticsearch and PostgreSQL refuse to run as root: as root, they run as this system user.
RAQIB_USER=${RAQIB_USER:-raqib}

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# The Elasticsearch version, written in one place: <elasticsearch.version> in es-plugin/pom.xml
# (a stable plugin must be built for exactly the node's version, so the node follows the plugin).
es_version() {
  local v
  v=$(sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$RAQIB_REPO_DIR/es-plugin/pom.xml" | head -n1)
  [[ $v =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "no <elasticsearch.version> in $RAQIB_REPO_DIR/es-plugin/pom.xml"
  printf '%s\n' "$v"
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# apt_install PACKAGE...: installs Debian packages a command needs (as root, with apt-get).
apt_install() {
  command -v apt-get >/dev/null || die "$* not found and no apt-get: install $*"
  is_root || die "$* not found: run as root to apt-get install $*, or install it"
  say "installing $* (apt-get)"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2
}

# Creates the unprivileged system user when running as root and it does not exist yet.
ensure_user() {
  is_root || return 0
  id -u "$RAQIB_USER" >/dev/null 2>&1 && return 0
  command -v useradd >/dev/null || die "useradd not found; cannot create user $RAQIB_USER"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$RAQIB_USER" 2>/dev/null \
    || id -u "$RAQIB_USER" >/dev/null 2>&1 \
    || die "could not create user $RAQIB_USER"
  say "created system user $RAQIB_USER"
}

# Runs a command as the unprivileged user when root, else as ourselves.
as_user() {
  if is_root; then
    runuser -u "$RAQIB_USER" -- "$@"
  else
    "$@"
  fi
}

# Gives a directory (recursively) to the unprivileged user when root.
give_to_user() {
  if is_root; then
    chown -R "$RAQIB_USER:$RAQIB_USER" "$@"
  fi
}

# True when the unprivileged user can reach (traverse and read) directory $1.
user_can_reach() {
  is_root || return 0
  runuser -u "$RAQIB_USER" -- test -x "$1" -a -r "$1" 2>/dev/null
}

abs_path() {
  local p=$1
  [[ $p == /* ]] || p="$PWD/$p"
  printf '%s\n' "$p"
}

short_hash() { printf '%s' "$1" | sha1sum | cut -c1-12; }

# place_dir DIR: makes DIR exist and be reachable by the unprivileged user, and prints the real
# directory to use. When running as root and the user cannot reach DIR (a repo under /root, say),
# the directory is created as /var/tmp/raqib-<hash of DIR> instead and DIR becomes a symlink to it.
place_dir() {
  local want real alt
  want=$(abs_path "$1")
  ensure_user
  if [[ -L $want ]]; then
    real=$(readlink -f "$want")
    mkdir -p "$real"
    chmod 755 "$real"
    printf '%s\n' "$real"
    return
  fi
  mkdir -p "$want"
  real=$(cd "$want" && pwd -P)
  if user_can_reach "$real"; then
    printf '%s\n' "$real"
    return
  fi
  alt="/var/tmp/raqib-$(short_hash "$want")"
  mkdir -p "$alt"
  chmod 755 "$alt"
  if rmdir "$want" 2>/dev/null; then
    ln -sfn "$alt" "$want"
    say "note: $RAQIB_USER cannot reach $want; using $alt (symlinked from $want)"
  else
    say "note: $RAQIB_USER cannot reach $want (not empty); using $alt"
  fi
  printf '%s\n' "$alt"
}

# Removes a directory made by place_dir, including the /var/tmp directory a symlink points to.
remove_placed_dir() {
  local dir=$1 real
  if [[ -L $dir ]]; then
    real=$(readlink -f "$dir")
    rm -f "$dir"
    [[ -n $real && $real == /var/tmp/raqib-* ]] && rm -rf "$real"
  else
    rm -rf "$dir"
  fi
}

# The JDK to run Elasticsearch with: $RAQIB_ES_JAVA_HOME, else $JAVA_HOME, else the one of `java`.
find_java_home() {
  if [[ -n ${RAQIB_ES_JAVA_HOME:-} ]]; then
    printf '%s\n' "$RAQIB_ES_JAVA_HOME"
  elif [[ -n ${JAVA_HOME:-} && -x ${JAVA_HOME}/bin/java ]]; then
    printf '%s\n' "$JAVA_HOME"
  else
    local java
    java=$(command -v java) || die "no java on PATH and JAVA_HOME unset"
    java=$(readlink -f "$java")
    printf '%s\n' "${java%/bin/java}"
  fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Prints a TCP port on 127.0.0.1 that nothing listens on (below the kernel's ephemeral range).
free_port() {
  local port i
  for i in $(seq 1 200); do
    port=$((15000 + (RANDOM * 32768 + RANDOM) % 17000))
    if ! port_in_use "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
    : "$i"
  done
  die "no free port found"
}

# curl when there is one (RAQIB_NO_CURL=1 forces the bash fallback, for testing it).
have_curl() { [[ -z ${RAQIB_NO_CURL:-} ]] && command -v curl >/dev/null; }

# http_status URL: prints the HTTP status code of a GET (000 when nothing answers).
http_status() {
  local url=$1
  if have_curl; then
    curl -s -o /dev/null -m 10 -w '%{http_code}' "$url" 2>/dev/null || true
    return 0
  fi
  # bash fallback for http://host:port/path (no curl on a minimal machine)
  local rest host port path line
  rest=${url#http://}
  host=${rest%%/*}
  path=/${rest#*/}
  [[ $rest == */* ]] || path=/
  port=${host##*:}
  host=${host%:*}
  [[ $host == localhost ]] && host=127.0.0.1
  # shellcheck disable=SC2016 # expanded by the inner bash
  line=$(timeout 10 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$2" "$0" >&3
    head -n1 <&3' "$host" "$port" "$path" 2>/dev/null) || { printf '000'; return 0; }
  line=${line#HTTP/* }
  printf '%s' "${line:0:3}"
}

# http_get URL [SECONDS]: prints the body of a GET.
http_get() {
  local url=$1 max=${2:-70}
  if have_curl; then
    curl -s -m "$max" "$url"
    return
  fi
  local rest host port path
  rest=${url#http://}
  host=${rest%%/*}
  path=/${rest#*/}
  port=${host##*:}
  host=${host%:*}
  [[ $host == localhost ]] && host=127.0.0.1
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout "$max" bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$2" "$0" >&3
    sed "1,/^\r\{0,1\}$/d" <&3' "$host" "$port" "$path"
}

# http_call METHOD URL BODY [HEADER...]: sends a request; prints the body, then the status code
# alone on the last line (000 when nothing answers). BODY may be empty.
http_call() {
  local method=$1 url=$2 body=$3
  shift 3
  if have_curl; then
    local args=(-s -m 60 -X "$method" -w '\n%{http_code}')
    local h
    for h in "$@"; do args+=(-H "$h"); done
    [[ -n $body ]] && args+=(--data-binary "$body")
    curl "${args[@]}" "$url" || printf '\n000'
    return 0
  fi
  local rest host port path
  rest=${url#http://}
  host=${rest%%/*}
  path=/${rest#*/}
  port=${host##*:}
  host=${host%:*}
  [[ $host == localhost ]] && host=127.0.0.1
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 60 bash -c '
    host=$0 port=$1 method=$2 path=$3 body=$4
    shift 5
    exec 3<>"/dev/tcp/$host/$port" || { printf "\n000"; exit 0; }
    {
      printf "%s %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\nContent-Length: %s\r\n" \
        "$method" "$path" "$host" "$(printf "%s" "$body" | wc -c)"
      for h in "$@"; do printf "%s\r\n" "$h"; done
      printf "\r\n%s" "$body"
    } >&3
    response=$(cat <&3)
    status=$(printf "%s" "$response" | head -n1 | cut -d" " -f2)
    printf "%s\n%s" "$(printf "%s" "$response" | sed "1,/^\r\{0,1\}$/d")" "$status"' \
    "$host" "$port" "$method" "$path" "$body" -- "$@"
}

# pid_alive PIDFILE: true when the file names a live process.
pid_alive() {
  local pid
  [[ -s $1 ]] || return 1
  pid=$(tr -dc '0-9' <"$1")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

# pid_is PIDFILE TEXT: true when the file names a live process whose command line contains TEXT
# (so a stale pid file whose pid was reused does not make us signal a stranger).
pid_is() {
  pid_alive "$1" || return 1
  local pid
  pid=$(tr -dc '0-9' <"$1")
  [[ ! -r /proc/$pid/cmdline ]] && return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2"
}

# stop_pid PIDFILE NAME [SECONDS]: TERM, wait, then KILL.
stop_pid() {
  local file=$1 name=$2 wait=${3:-60} pid i
  pid_alive "$file" || { rm -f "$file"; return 0; }
  pid=$(tr -dc '0-9' <"$file")
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < wait * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name (pid $pid) did not stop in ${wait}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$file"
}

# with_lock FILE COMMAND...: runs COMMAND holding an exclusive lock on FILE (no-op without flock).
with_lock() {
  local file=$1
  shift
  if command -v flock >/dev/null; then
    (
      flock -w 900 9 || die "timed out waiting for lock $file"
      "$@"
    ) 9>"$file"
  else
    "$@"
  fi
}

# The packaged service's JVM and its class archive. From JDK 25 on, the JDK's ahead-of-time cache
# (JEP 483, 514, 515: classes loaded and linked, and method profiles, from a training run) replaces
# AppCDS and starts the service in about half the CPU time (README "Start-up and memory"). The service
# runs on RAQIB_SERVICE_JAVA when set, else on `java` when it is 25 or newer, else on the newest JDK
# 25+ under /usr/lib/jvm (Debian's and Temurin's packages install there), else on `java` (17: AppCDS).
java_feature() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

service_java() {
  if [[ -n ${RAQIB_SERVICE_JAVA:-} ]]; then
    printf '%s\n' "$RAQIB_SERVICE_JAVA"
    return 0
  fi
  local candidate best="" best_feature=0 feature
  for candidate in "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [[ -x $candidate ]] || continue
    feature=$(java_feature "$candidate")
    [[ -n $feature ]] || continue
    if ((feature >= 25 && feature > best_feature)); then
      best=$candidate
      best_feature=$feature
    fi
  done
  printf '%s\n' "${best:-java}"
}

# archive_file JAVA: the archive's file name in target/quarkus-app for this JVM.
archive_file() {
  local feature
  feature=$(java_feature "$1")
  if ((${feature:-0} >= 25)); then printf 'app.aot\n'; else printf 'app-cds.jsa\n'; fi
}

# archive_use_flag JAVA / archive_train_flag JAVA: the JVM flag that reads / writes that archive.
archive_use_flag() {
  if [[ $(archive_file "$1") == app.aot ]]; then printf -- '-XX:AOTCache=app.aot\n'; else printf -- '-XX:SharedArchiveFile=app-cds.jsa\n'; fi
}
archive_train_flag() {
  if [[ $(archive_file "$1") == app.aot ]]; then printf -- '-XX:AOTCacheOutput=app.aot\n'; else printf -- '-XX:ArchiveClassesAtExit=app-cds.jsa\n'; fi
}
