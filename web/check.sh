#!/bin/sh
# check.sh fails when the committed bundle (web/dist) is not what the sources
# build: it copies the sources to a temporary folder, installs exactly
# package-lock.json there (npm ci) and builds, then compares byte for byte.
# Needs Node 20 and npm; run from anywhere.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -cf - --exclude=./node_modules --exclude=./dist . | tar -xf - -C "$tmp"
(cd "$tmp" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm run build >/dev/null)
if ! diff -r dist "$tmp/dist" >"$tmp/diff"; then
	echo "web/dist differs from what web/ builds: run make web and commit web/dist" >&2
	head -20 "$tmp/diff" >&2
	exit 1
fi
echo "web/dist matches the sources"
