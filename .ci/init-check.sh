#!/usr/bin/env bash
# The CI files `sip init` writes are valid for the services that run them:
# check-jsonschema's built-in schemas for GitHub workflows and GitLab CI.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(bash .ci/python-tools.sh)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/sip -q init "$dir/repo"
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$dir/repo/.github/workflows/sip.yml"
"$venv/bin/check-jsonschema" --builtin-schema vendor.gitlab-ci "$dir/repo/.gitlab-ci.yml"
