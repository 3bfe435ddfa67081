#!/usr/bin/env bash
# Every command's `--format json` output validates against its committed
# schema (schema/output/<command>.schema.json) with an independent validator,
# check-jsonschema. Runs on the bundled examples in a throwaway git
# repository with two commits, so that diff and log have history to show,
# a broken plan (list's `broken`, check's findings), and a commit message
# with a test identity number (check --history).
#
#     bash .ci/output-schema-check.sh [path/to/sip]   (default target/release/sip)
set -euo pipefail
cd "$(dirname "$0")/.."
sip=$(realpath "${1:-target/release/sip}")
schemas=$(realpath schema/output)
venv=$(realpath "$(bash .ci/python-tools.sh)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r examples/plans "$work/plans"
cd "$work"
git init -q .
git config user.name "Ada Exempel"
git config user.email ada@example.org
git add -A && git commit -qm "the examples"
sed -i 's/status: draft/status: active/' plans/2026-0140.sip.yaml
git mv plans/2025-0310.sip.yaml plans/2025-0311.sip.yaml
git commit -qam "establish 2026-0140 (test number 19121212-1212)"
sed -i 's/^status: .*/status: closed/' plans/2026-0101.sip.yaml
mkdir -p more && printf 'id: [unclosed\n' > more/broken.sip.yaml

out="$work/out"
mkdir "$out"
run() {  # name, then sip's arguments; exit 0, 1 (findings) and 2 (a broken plan) all give JSON
  local name=$1; shift
  "$sip" --as-of 2027-03-01 --lang en "$@" --format json > "$out/$name.json" || [ $? -le 2 ]
  [ -s "$out/$name.json" ] || { echo "$name: no JSON output" >&2; exit 1; }
}
run check check plans
run check-broken check plans more
run check-history check --history
run list list plans
run list-broken list plans more 2>/dev/null
run due due --within 400 plans
run diff diff
run diff-revs diff HEAD~1 HEAD
run log log plans/2025-0311.sip.yaml
run stats stats --min-cell 0 plans
run stats-by stats --by principal plans
printf '[retention]\nyears = 1\n' > sip.toml
run retention retention
rm sip.toml

for file in "$out"/*.json; do
  name=$(basename "$file" .json)
  command=${name%%-*}
  "$venv/bin/check-jsonschema" --schemafile "$schemas/$command.schema.json" "$file"
done
# The outputs show what they are meant to (not empty documents that pass trivially).
python3 - "$out" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
doc = lambda name: json.loads((out / f"{name}.json").read_text())
assert doc("check")["diagnostics"], "check: findings expected (2027 makes follow-ups overdue)"
assert doc("check-history")["history"], "check --history: the commit message has a test number"
assert "1212-1212" not in (out / "check-history.json").read_text(), "an identity number in the output"
assert doc("list-broken")["broken"], "list: more/broken.sip.yaml is broken"
assert doc("due")["items"], "due: items expected"
assert doc("diff")["plans"] and doc("diff-revs")["plans"], "diff: changed plans expected"
assert any(p["change"] == "renamed" for p in doc("diff-revs")["plans"]), "diff: the rename"
assert len(doc("log")["commits"]) == 2, "log: two commits"
assert doc("stats-by")["groups"], "stats: groups expected"
assert doc("retention")["plans"], "retention: 2025-0310 closed 2025-06-30 is past one year"
PY
# And the schemas can fail: a document without its version does not pass.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); del d["version"]; json.dump(d, open(sys.argv[2], "w"))' \
  "$out/list.json" "$work/no-version.json"
if "$venv/bin/check-jsonschema" --schemafile "$schemas/list.schema.json" "$work/no-version.json" >/dev/null; then
  echo "list.schema.json accepted a document without \"version\"" >&2
  exit 1
fi
echo "output schemas: $(ls "$out" | wc -l) JSON outputs of $(ls "$schemas" | wc -l) commands validated"
