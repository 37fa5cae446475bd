#!/usr/bin/env bash
# Checks that the custom golangci-lint (phivet plugin included) finds
# exactly the known leaks of testdata/sampleservice, then lints the
# repository with .golangci.yml.
#
# Usage: tools/golangci/check.sh [golangci-lint binary]   (default: build it with build.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-}"
if [ -z "$bin" ]; then
	bin="$("$here/build.sh")"
fi

echo "== golangci-lint phivet on testdata/sampleservice"
sample="$root/testdata/sampleservice"
set +e
out="$(cd "$sample" && "$bin" run --config "$here/sampleservice.golangci.yml" --output.text.path stdout --show-stats=false ./... 2>&1)"
code=$?
set -e
if [ "$code" -ne 1 ]; then
	echo "$out"
	echo "check.sh: golangci-lint exited $code on the sample service, want 1 (findings)" >&2
	exit 1
fi
# Every line of phivet.golden (file:line:col: message) must be reported.
missing=0
while IFS= read -r line; do
	if ! grep -qF -- "$line" <<<"$out"; then
		echo "check.sh: missing: $line" >&2
		missing=1
	fi
done <"$sample/phivet.golden"
got="$(grep -c '(phivet)$' <<<"$out" || true)"
want="$(wc -l <"$sample/phivet.golden")"
if [ "$missing" -ne 0 ] || [ "$got" -ne "$want" ]; then
	echo "$out"
	echo "check.sh: got $got phivet findings, want $want" >&2
	exit 1
fi
echo "ok: $got known leaks found"

# Then the repository itself, with .golangci.yml (phivet included).
# Set LINT_REPO=0 to check the plugin only.
if [ "${LINT_REPO:-1}" != 0 ]; then
	echo "== golangci-lint run ./... (repository)"
	(cd "$root" && "$bin" run ./...)
fi
