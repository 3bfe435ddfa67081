#!/usr/bin/env bash
# `sip check --format sarif` validated against the SARIF 2.1.0 JSON Schema
# (from the serde-sarif package on crates.io, see .ci/sarif-schema/), on the
# broken examples, which raise most rules.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(bash .ci/python-tools.sh)
manifest=.ci/sarif-schema/Cargo.toml
cargo fetch --locked --quiet --manifest-path "$manifest"
package=$(cargo metadata --locked --format-version 1 --manifest-path "$manifest" |
  python3 -c "import json,sys; print(next(p['manifest_path'] for p in json.load(sys.stdin)['packages'] if p['name'] == 'serde-sarif'))")
# The published schema's pattern for `language` is not a valid regular
# expression (an unmatched `]`; corrected in the SARIF errata to the one
# below), so check-jsonschema refuses the schema itself. Patch that one
# pattern in a copy; sip's output has no `language`.
schema=target/sarif-schema-2.1.0.json
python3 - "$(dirname "$package")/src/schema.json" "$schema" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = '"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"'
assert bad in text, "the SARIF schema changed; look again at this patch"
open(sys.argv[2], "w", encoding="utf-8").write(text.replace(bad, '"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"'))
PY
out=target/sarif-examples.json
status=0
target/release/sip --as-of 2026-11-27 check examples/broken --format sarif > "$out" || status=$?
if [ "$status" != 1 ]; then echo "sip check examples/broken exited $status, expected 1" >&2; exit 1; fi
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]['results']; assert len(r) > 20, len(r); print(f'{len(r)} results')" "$out"
"$venv/bin/check-jsonschema" --schemafile "$schema" "$out"
