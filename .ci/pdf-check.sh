#!/usr/bin/env bash
# `sip render --format pdf` checked by tools that are not sip: every example
# in Swedish and English, and a plan full of Typst markup, rendered by the
# release binary (.ci/release-build.sh builds it with the `pdf` feature; this
# script never builds) and read by pikepdf, pdfua (PyPI) and pdftotext
# (tests/pdf/check.py). Then page one of two examples as pictures (pdftoppm),
# what a reader sees: target/pdf/*.png. Installs poppler-utils and the Python
# packages when they are missing.
#
# veraPDF, the reference PDF/UA and PDF/A validator, is Java and published
# only on Maven Central and verapdf.org, which this CI cannot reach; pdfua
# checks the machine-checkable part of PDF/UA-1 it covers, pikepdf the
# structure and the identification.
set -euo pipefail
cd "$(dirname "$0")/.."
sip=${SIP:-target/release/sip}
[ -x "$sip" ] || { echo "no $sip: run .ci/release-build.sh first" >&2; exit 2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "installing poppler-utils"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq poppler-utils >/dev/null
fi
venv=target/pdf-venv
if ! "$venv/bin/python" -c "import pikepdf, pdfua, yaml" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    "pikepdf==10.18.0" "pdfua==0.1.3" "PyYAML==6.0.4"
fi

out=target/pdf
rm -rf "$out" && mkdir -p "$out"
"$venv/bin/python" tests/pdf/check.py "$sip" "$out"
for name in 2026-0101 2026-0140; do
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/$name.sv.pdf" "$out/$name.sv.page1"
done
ls -l "$out"/*.png
