#!/usr/bin/env bash
# An independent validator must agree with sip about the committed schema:
# the example plans pass, and the broken schema example fails on the same
# number of places sip reports as `schema` findings.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(bash .ci/python-tools.sh)
"$venv/bin/check-jsonschema" --schemafile schema/sip.schema.json examples/plans/*.sip.yaml

broken=examples/broken/schema.sip.yaml
theirs=$("$venv/bin/check-jsonschema" --schemafile schema/sip.schema.json "$broken" | grep -c "^  $broken::" || true)
# sip exits 1 here: the file has errors, which is the point.
json=$(target/release/sip check --format json "$broken" || [ $? -eq 1 ])
ours=$(printf '%s' "$json" \
  | python3 -c 'import json,sys; print(sum(d["rule"] == "schema" for d in json.load(sys.stdin)["diagnostics"]))')
echo "check-jsonschema: $theirs findings; sip: $ours schema findings"
if [ "$theirs" -ne "$ours" ] || [ "$ours" -eq 0 ]; then
  echo "the validators disagree about $broken" >&2
  exit 1
fi
