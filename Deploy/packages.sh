#!/bin/sh
# Deploy/packages.sh LIST... — installs the Debian packages of the lists (one package a line,
# # comments) that are not installed yet: with apt-get as root, with `sudo -n` where that works
# without a password; otherwise stops, printing the one command that installs them. `make run`
# and `make test` run it with Deploy/build-packages.txt and Deploy/runtime-packages.txt, .ci/run
# adds Deploy/ci-packages.txt; the image installs Deploy/runtime-packages.txt.
set -eu
cd "$(dirname "$0")/.."
wanted=$(sed 's/#.*//' "$@" | xargs)
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "packages.sh: not a Debian system; install the equivalents of: $wanted" >&2
  exit 0
fi
missing=
for package in $wanted; do
  dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q ' installed$' \
    || missing="$missing $package"
done
[ -n "$missing" ] || exit 0
install="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing"
if [ "$(id -u)" = 0 ]; then
  sudo=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "Debian packages missing:$missing. Install them (as root), then rerun:" >&2
  echo "  sudo sh -c 'apt-get update && apt-get install -y$missing'" >&2
  exit 1
fi
echo "packages.sh: installing$missing (Debian packages)" >&2
log=$(mktemp)
$sudo sh -c "$install" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
