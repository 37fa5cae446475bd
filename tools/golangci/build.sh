#!/usr/bin/env bash
# Builds golangci-lint v2 with the phivet module plugin compiled in, from
# the Go module proxy (or the module cache) and this repository alone:
# the offline equivalent of "golangci-lint custom".
#
# Usage: tools/golangci/build.sh [output]   (default: bin/golangci-lint at the repo root)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/bin/golangci-lint}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$(dirname "$out")"
cd "$here"
# -mod=mod: the root module (replaced by ../..) changes as the project
# grows; let go add what its new imports need instead of failing.
go build -mod=mod -trimpath -o "$out" .
"$out" version >/dev/null
echo "$out"
