#!/usr/bin/env bash
# The pre-commit `language: python` hook needs no Rust: in a fresh virtual
# environment with only the wheel and pre-commit, in a repository made by
# `sip init`, a commit that adds a plan whose id another plan already has is
# blocked.
#   .ci/pre-commit-check.sh WHEEL
# Case 1 (two new plans with one id, staged together) and case 2 (a new plan
# whose id an already committed plan has: needs `sip check FILE…` to compare
# ids with every plan in the plans folder, SIP012).
set -euo pipefail
cd "$(dirname "$0")/.."
wheel=$(realpath "$1")
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# pip inside pre-commit's hook environment finds packages only here: the
# wheel, and the setuptools that builds pre-commit's placeholder package for
# a `repo: local` hook.
links="$work/links"
mkdir -p "$links"
cp "$wheel" "$links/"
pip_args=(--quiet --disable-pip-version-check)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install "${pip_args[@]}" "pre-commit==4.7.0" "$wheel"
"$work/venv/bin/pip" download "${pip_args[@]}" --no-deps --dest "$links" \
  "setuptools==84.2.1" "wheel==0.48.0"
export PATH="$work/venv/bin:$PATH"
export PIP_FIND_LINKS="$links" PIP_NO_INDEX=1
export PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME="Testa Testsson" GIT_AUTHOR_EMAIL=testa@example.se
export GIT_COMMITTER_NAME="Testa Testsson" GIT_COMMITTER_EMAIL=testa@example.se

repo="$work/repo"
sip -q init "$repo"
cd "$repo"
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: local
    hooks:
      - id: sip-check
        name: sip check
        entry: sip check
        language: python
        additional_dependencies: ["sip-plans==$version"]
        files: \.sip\.yaml$
        require_serial: true
EOF
sip -q new --no-input 2026-0001
git add -A
git commit -q -m "A plan repository with one plan"
pre-commit install

# Copies plan 2026-0001 to FILE, keeping its id.
same_id() { cp plans/2026-0001.sip.yaml "plans/$1"; }

blocked() { # CASE: the commit must fail, naming SIP012
  local out
  if out=$(git commit -m "$1" 2>&1); then
    echo "$out"
    echo "pre-commit-check: the commit was not blocked: $1" >&2
    return 1
  fi
  echo "$out"
  grep -q SIP012 <<<"$out" || {
    echo "pre-commit-check: blocked, but not for SIP012: $1" >&2
    return 1
  }
  echo "pre-commit-check: blocked as it should be: $1"
}

# Case 1: two new plans with one id, staged together.
sip -q new --no-input 2026-0002
sed 's/^id: .*/id: "2026-0002"/' plans/2026-0002.sip.yaml > plans/2026-0003.sip.yaml
git add plans/2026-0002.sip.yaml plans/2026-0003.sip.yaml
blocked "two new plans with one id"
git reset -q
rm plans/2026-0002.sip.yaml plans/2026-0003.sip.yaml

# A commit with a good plan goes through the hook.
sip -q new --no-input 2026-0004
git add plans/2026-0004.sip.yaml
git commit -q -m "A good plan"

# Case 2: a new plan with the id of a committed one.
same_id 2026-0005.sip.yaml
git add plans/2026-0005.sip.yaml
blocked "a new plan with a committed plan's id"
