#!/bin/sh
# Starts the custom handler. The Functions host runs this as "sh run.sh" from the package root (host.json),
# so the script itself needs no executable bit. Deployment zips do not always keep the handler's executable
# bit (azd's zips do not): restore it, or, where the package is mounted read-only, run a copy from a
# writable folder (the Azure package is one self-contained file, so a copy runs on its own).
# The handler listens on 127.0.0.1:$FUNCTIONS_CUSTOMHANDLER_PORT, which the host sets.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
app="$root/LeadsNotLikes.Functions"
if [ ! -x "$app" ] && ! chmod u+x "$app" 2>/dev/null; then
  copy_dir="${TMPDIR:-/tmp}/leadsnotlikes-handler"
  mkdir -p "$copy_dir"
  cp "$app" "$copy_dir/LeadsNotLikes.Functions.$$"
  chmod u+x "$copy_dir/LeadsNotLikes.Functions.$$"
  mv -f "$copy_dir/LeadsNotLikes.Functions.$$" "$copy_dir/LeadsNotLikes.Functions"
  app="$copy_dir/LeadsNotLikes.Functions"
fi
exec "$app" --contentRoot "$root"
