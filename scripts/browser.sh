#!/usr/bin/env bash
# Headless Chromium for the dashboard's browser tests (DashboardBrowserTest drives it with Selenium).
#
#   scripts/browser.sh install   make sure chromium, chromedriver and an Arabic font exist
#                                (apt-get install chromium chromium-driver fonts-noto-core, as root)
#
# Prints the chromedriver path on stdout. The tests read RAQIB_CHROMEDRIVER and RAQIB_CHROMIUM
# (default /usr/bin/chromedriver and /usr/bin/chromium).
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

driver=${RAQIB_CHROMEDRIVER:-/usr/bin/chromedriver}
browser=${RAQIB_CHROMIUM:-/usr/bin/chromium}

has_font() { [[ -d /usr/share/fonts/truetype/noto ]] && ls /usr/share/fonts/truetype/noto/NotoNaskhArabic* >/dev/null 2>&1; }

do_install() {
  if [[ -x $driver && -x $browser ]] && has_font; then
    say "browser: using $browser and $driver"
    printf '%s\n' "$driver"
    return 0
  fi
  command -v apt-get >/dev/null || die "Chromium/chromedriver not found and no apt-get: install them and set RAQIB_CHROMIUM / RAQIB_CHROMEDRIVER"
  is_root || die "Chromium/chromedriver not found: run as root to apt-get install chromium chromium-driver fonts-noto-core"
  say "browser: installing Debian's chromium, chromium-driver and fonts-noto-core"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-noto-core >&2
  [[ -x $driver && -x $browser ]] || die "chromium installed but $browser or $driver is missing"
  printf '%s\n' "$driver"
}

case ${1:-} in
  install) do_install ;;
  *) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
