#!/usr/bin/env bash
# Makes `git filter-repo` available for the retention rewrite test
# (tests/retention.rs) and prints the folder to put first on PATH. The
# Debian package when apt can install it, else the PyPI package (one
# Python file) in a virtualenv under target/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
if git filter-repo --version >/dev/null 2>&1; then
  dirname "$(command -v git-filter-repo)"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] \
  && apt-get install -y --no-install-recommends git-filter-repo >&2; then
  dirname "$(command -v git-filter-repo)"
  exit 0
fi
venv=target/ci-filter-repo
if [ ! -x "$venv/bin/git-filter-repo" ]; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "git-filter-repo==2.47.0" >&2
fi
cd "$venv/bin" && pwd
