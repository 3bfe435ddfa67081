#!/usr/bin/env bash
# CI's one release build of sip, used by every later step and every package:
# maturin with zig, for x86_64 Linux with glibc 2.17 (manylinux2014), so the
# binary runs on enterprise Linux from RHEL/CentOS 7 on. It leaves
#   target/wheels/sip_plans-VERSION-…manylinux…x86_64.whl  the Python wheel
#   target/x86_64-unknown-linux-gnu/release/sip           the binary
#   target/release/sip                                    a copy, where the
#     other CI steps look (they run it; nothing builds it again: bench/run.sh
#     is told so by SIP_PREBUILT=1)
# libgit2 (vendored) and mimalloc are C, compiled by zig cc as well.
# With the `pdf` feature (`sip render --format pdf`, Typst in process): what
# the packages ship, and what .ci/pdf-check.sh checks.
set -euo pipefail
cd "$(dirname "$0")/.."
triple=x86_64-unknown-linux-gnu
target=${CARGO_TARGET_DIR:-target}

tools=target/pkg-venv
if [ ! -x "$tools/bin/maturin" ] || ! "$tools/bin/python" -m ziglang version >/dev/null 2>&1; then
  python3 -m venv "$tools"
  "$tools/bin/pip" install --quiet --disable-pip-version-check "maturin==1.16.0" "ziglang==0.17.1"
fi
rm -rf target/wheels
# maturin finds zig through the Python on the PATH.
PATH="$PWD/$tools/bin:$PATH" maturin build --locked --release --zig --features pdf \
  --target "$triple" --compatibility manylinux2014 --out target/wheels
bin="$target/$triple/release/sip"
# Nothing newer than glibc 2.17 (maturin's own check says so too).
newest=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1)
echo "newest glibc symbol version: $newest"
[ "$(printf '%s\n' "$newest" GLIBC_2.17 | sort -V | tail -n 1)" = GLIBC_2.17 ]
mkdir -p "$target/release"
# A new file, never written through: after a `cargo build --release`,
# target/release/sip is a hard link to cargo's own copy in deps/, which cargo
# would then take for its up-to-date build.
rm -f "$target/release/sip"
cp "$bin" "$target/release/sip"
"$target/release/sip" --version
# The feature is in: a plan becomes a PDF.
"$target/release/sip" -q render examples/plans/2026-0101.sip.yaml --format pdf | head -c 5 | grep -q '^%PDF-'
ls -l "$bin" target/wheels/*.whl
