#!/usr/bin/env bash
# The release tarball: the binary, README, licences, man page, completions.
#   packaging/tarball.sh BIN ASSETS TRIPLE OUTDIR
# writes OUTDIR/sip-VERSION-TRIPLE.tar.gz (.zip for Windows) and prints its
# path. ASSETS is a folder made by packaging/assets.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
assets=$2
triple=$3
out=$4
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name="sip-$version-$triple"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name" "$out"
cp "$bin" "$stage/$name/"
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/$name/"
# The font built into the binary for PDF output.
cp fonts/LICENSE "$stage/$name/LICENSE-fonts"
cp -R "$assets/man" "$assets/completions" "$stage/$name/"
chmod -R u=rwX,go=rX "$stage/$name"
case "$triple" in
  *windows*)
    (cd "$stage" && zip -qr "$name.zip" "$name")
    mv "$stage/$name.zip" "$out/"
    echo "$out/$name.zip"
    ;;
  *)
    if tar --version 2>/dev/null | grep -q GNU; then
      # The same bytes for the same inputs: sorted, no owner, the commit's time.
      epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
      tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
        -C "$stage" -cf - "$name" | gzip -9n > "$out/$name.tar.gz"
    else
      tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
    fi
    echo "$out/$name.tar.gz"
    ;;
esac
