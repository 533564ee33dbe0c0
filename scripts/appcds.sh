#!/usr/bin/env bash
# The service's class archive, made by a training run: the packaged service is started on a real
# database, answers a few requests once it is up, and is stopped; the JVM writes the archive as it exits.
# On JDK 25+ (service_java, scripts/lib.sh) it is the JDK's ahead-of-time cache (-XX:AOTCacheOutput,
# app.aot: classes loaded and linked, and method profiles); on JDK 17, an AppCDS archive
# (-XX:ArchiveClassesAtExit, app-cds.jsa) of every class it loaded. Quarkus' own archive
# (quarkus.package.jar.appcds.enabled) stops after static initialisation, before the database: it held
# ~6,900 of the ~17,300 classes loaded to ready, and the start read the other ~10,400 from the jars.
#
#   scripts/appcds.sh train [--app DIR] [--ready-wait S] -- JAVA_OPTIONS...
#
#   --app DIR        the packaged service (default <repo>/target/quarkus-app); writes DIR/app.aot or
#                    DIR/app-cds.jsa
#   --ready-wait S   seconds to wait for /q/health/ready after /q/health/live answers (default 60;
#                    without Elasticsearch, as in the image build, it is never ready: the run goes on)
#   JAVA_OPTIONS     the service's JVM flags and its configuration (-D…: database, Elasticsearch, profile),
#                    as it will run; the port is chosen here
#
# An archive serves only the JVM and the class path that made it: start the service from DIR, on the
# same JVM, as `java -XX:AOTCache=app.aot … -jar quarkus-run.jar` (or -XX:SharedArchiveFile=app-cds.jsa
# on JDK 17), as ./raqib up, the bench and the image do.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

app="$RAQIB_REPO_DIR/target/quarkus-app"
ready_wait=60
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

cmd=${1:-}
[[ $cmd == train ]] || { usage; exit 2; }
shift
while [[ $# -gt 0 ]]; do
  case $1 in
    --app) app=$2; shift 2 ;;
    --ready-wait) ready_wait=$2; shift 2 ;;
    --) shift; break ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ -f $app/quarkus-run.jar ]] || die "no $app/quarkus-run.jar (build the service first)"

java_bin=$(service_java)
archive=$(archive_file "$java_bin")
port=$(free_port)
log="$app/app-cds-training.log"
rm -f "$app/app-cds.jsa" "$app/app.aot"
say "appcds: training run of the service on $java_bin, port $port (log: $log)"
(cd "$app" && exec "$java_bin" "$(archive_train_flag "$java_bin")" "$@" \
  -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -jar quarkus-run.jar >"$log" 2>&1 </dev/null) &
pid=$!
base="http://127.0.0.1:$port"

stop() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

i=0
until [[ $(http_status "$base/q/health/live") == 200 ]]; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "the service exited during the training run"; }
  ((++i < 600)) || { stop; die "the service did not start within 300 s"; }
  sleep 0.5
done
for ((i = 0; i < ready_wait * 2; i++)); do
  [[ $(http_status "$base/q/health/ready") == 200 ]] && break
  sleep 0.5
done
# The first requests' classes: reads of each feature, a search, the contract, the health checks.
for path in /q/health/ready /q/health/live /articles /articles/search?q=training /claims /claims?q=training \
  /deadlines /sources /changes /q/openapi /q/metrics /no-such-path; do
  http_status "$base$path" >/dev/null
done
say "appcds: stopping it; the JVM writes the archive as it exits"
stop
[[ -s $app/$archive ]] || die "no archive written (see $log)"
say "appcds: $app/$archive ($(du -h "$app/$archive" | cut -f1))"
