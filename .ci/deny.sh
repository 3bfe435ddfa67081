#!/usr/bin/env bash
# Licences, banned crates and sources of every dependency (deny.toml).
# Advisories are not checked here: they need the RustSec database from the
# network, which CI cannot reach (see deny.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x target/tools/bin/cargo-deny ]; then
  cargo install --quiet --locked --root target/tools cargo-deny --version 0.20.2
fi
target/tools/bin/cargo-deny --locked check licenses bans sources
