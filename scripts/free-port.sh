#!/usr/bin/env bash
# Prints N (default 1) distinct TCP ports on 127.0.0.1 that nothing listens on right now, one per line.
# (Java tests pick their own with ServerSocket(0); this is for scripts and ./raqib.)
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:-1}
[[ $count =~ ^[0-9]+$ ]] || die "usage: $0 [COUNT]"
declare -A seen=()
while ((${#seen[@]} < count)); do
  p=$(free_port)
  [[ -n ${seen[$p]:-} ]] && continue
  seen[$p]=1
  printf '%s\n' "$p"
done
