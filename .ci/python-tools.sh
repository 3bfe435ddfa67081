#!/usr/bin/env bash
# Installs the Python tools CI cross-checks sip with into a virtualenv under
# target/ (never committed) and prints the virtualenv's path.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/ci-venv
if [ ! -x "$venv/bin/check-jsonschema" ] || ! "$venv/bin/python" -c "import icalendar, openpyxl" 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    "check-jsonschema==0.39.0" "icalendar==7.3.2" "openpyxl==3.1.5" >&2
fi
echo "$venv"
