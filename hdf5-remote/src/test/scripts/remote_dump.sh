#!/usr/bin/env bash
# run.sh's CMD for the remote conformance run: `remote_dump.sh [ARGS] FILE` dumps FILE through its URL on the
# local HTTP server ($REMOTE_BASE serves $REMOTE_ROOT), so the dump is read with range requests, not from disk.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
args=("${@:1:$#-1}")
file=${!#}
case "$file" in
  "$REMOTE_ROOT"/*) url="$REMOTE_BASE/${file#"$REMOTE_ROOT"/}" ;;
  *) echo "remote_dump.sh: $file is not under $REMOTE_ROOT" >&2; exit 2 ;;
esac
exec "$root/nwbj" dump --json "${args[@]}" "$url"
