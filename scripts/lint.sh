#!/usr/bin/env bash
# The project's linters, run by the test suite (io.raqib.common.LintTest) and by ./raqib lint.
#
#   scripts/lint.sh install      make sure shellcheck (Debian package) and Spectral (npm, version pinned in
#                                tools/lint/package-lock.json) are there; as root, apt-get installs the
#                                missing ones (shellcheck; nodejs and npm for Spectral)
#   scripts/lint.sh spectral     Spectral with .spectral.yaml (spectral:oas) on openapi/openapi.yaml
#   scripts/lint.sh shellcheck   shellcheck on raqib, .ci/run and scripts/*.sh (.shellcheckrc)
#   scripts/lint.sh all          install, then both (the default)
#
# spectral and shellcheck print what they find and exit non-zero on any finding, even a hint or a
# style note: the contract and the scripts stay clean rather than below a threshold.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LINT_DIR="$RAQIB_REPO_DIR/tools/lint"
SPECTRAL="$LINT_DIR/node_modules/.bin/spectral"

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

install_shellcheck() {
  command -v shellcheck >/dev/null || apt_install shellcheck
  command -v shellcheck >/dev/null || die "shellcheck still missing after apt-get"
}

# npm ci from the checked-in lock file, again whenever the lock file changes.
install_spectral() {
  local sum marker="$LINT_DIR/node_modules/.raqib-package-lock.sha1"
  sum=$(sha1sum "$LINT_DIR/package-lock.json" | cut -c1-40)
  if [[ -x $SPECTRAL && -f $marker && $(cat "$marker") == "$sum" ]]; then
    return 0
  fi
  command -v npm >/dev/null || apt_install nodejs npm
  say "lint: installing Spectral (npm ci in tools/lint)"
  # --ignore-scripts: the linter needs no install scripts (one of its dependencies only reports usage)
  (cd "$LINT_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2) \
    || die "npm ci in $LINT_DIR failed"
  [[ -x $SPECTRAL ]] || die "npm ci did not install $SPECTRAL"
  printf '%s\n' "$sum" >"$marker"
}

install_locked() {
  install_shellcheck
  install_spectral
}

do_install() {
  with_lock "/tmp/raqib-lint-$(short_hash "$LINT_DIR").lock" install_locked
}

run_spectral() {
  [[ -x $SPECTRAL ]] || die "Spectral is not installed: run '$0 install'"
  cd "$RAQIB_REPO_DIR"
  "$SPECTRAL" lint --ruleset .spectral.yaml --fail-severity=hint openapi/openapi.yaml
}

run_shellcheck() {
  command -v shellcheck >/dev/null || die "shellcheck is not installed: run '$0 install'"
  cd "$RAQIB_REPO_DIR"
  # an explicit status: set -e does not apply where the caller tests the result (run_all)
  if ! shellcheck raqib .ci/run scripts/*.sh; then
    return 1
  fi
  say "shellcheck: no findings in raqib, .ci/run, scripts/*.sh"
}

run_all() {
  local rc=0
  do_install
  (run_spectral) || rc=1
  (run_shellcheck) || rc=1
  return "$rc"
}

case ${1:-all} in
  install) do_install ;;
  spectral) run_spectral ;;
  shellcheck) run_shellcheck ;;
  all) run_all ;;
  help | -h | --help) usage ;;
  *) usage; exit 2 ;;
esac
