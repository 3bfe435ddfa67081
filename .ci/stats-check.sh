#!/usr/bin/env bash
# `sip stats` recomputed by an independent program: generates plans with
# bench/gen_plans.py, varies them (tests/stats/augment.py: the keys stats
# counts, December 2026 additions included), and compares every cell of
# `sip stats --format json` with tests/stats/recompute.py, which reads the
# YAML itself with PyYAML from the spec's definitions. Exit 1 on any
# difference. Uses target/release/sip (built when missing).
#
#   bash .ci/stats-check.sh [COUNT]      # default 2,000 plans
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-2000}
as_of=2026-11-27
sip=target/release/sip
[ -x "$sip" ] || cargo build --locked --release --quiet
python=python3
if ! "$python" -c "import yaml" 2>/dev/null; then
  venv=$(bash .ci/python-tools.sh)
  "$venv/bin/python" -c "import yaml" 2>/dev/null \
    || "$venv/bin/pip" install --quiet --disable-pip-version-check "PyYAML==6.0.3" >&2
  python="$venv/bin/python"
fi

out=target/stats-check
rm -rf "$out" && mkdir -p "$out"
# Two "repositories": counted as one population.
"$python" bench/gen_plans.py "$out/a" "$count" --seed 17
"$python" bench/gen_plans.py "$out/b" $((count / 4)) --seed 18
"$python" tests/stats/augment.py "$out/a" --seed 1
"$python" tests/stats/augment.py "$out/b" --seed 2

runs=(
  "--min-cell 0"
  ""
  "--by lead"
  "--by principal --min-cell 0"
  "--by situation --min-cell 3"
  "--from 2026-01-01 --to 2026-06-30 --min-cell 0"
  "--from 2026-03-15 --to 2026-09-14 --by situation --min-cell 0"
  "--to 2026-10-31 --by lead --min-cell 10"
)
fail=0
for args in "${runs[@]}"; do
  # shellcheck disable=SC2086 # the options are words
  "$sip" -q --as-of "$as_of" stats "$out/a" "$out/b" --format json $args > "$out/sip.json"
  # shellcheck disable=SC2086
  "$python" tests/stats/recompute.py --as-of "$as_of" $args "$out/a" "$out/b" > "$out/python.json"
  if "$python" - "$out/sip.json" "$out/python.json" <<'PY'
import json, sys
ours, theirs = (json.load(open(p)) for p in sys.argv[1:3])
differences = []
def walk(a, b, path):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            walk(a.get(key, "<missing>"), b.get(key, "<missing>"), f"{path}/{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            walk(x, y, f"{path}/{i}")
    elif a != b or type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        differences.append(f"{path}: sip {json.dumps(a)[:80]}, recomputed {json.dumps(b)[:80]}")
walk(ours, theirs, "")
cells = 0
def count(v):
    global cells
    if isinstance(v, dict):
        for x in v.values(): count(x)
    elif isinstance(v, list):
        for x in v: count(x)
    else:
        cells += 1
count(ours)
for d in differences[:40]:
    print("  " + d)
print(f"  {cells} cells, {len(differences)} different")
sys.exit(1 if differences else 0)
PY
  then
    echo "stats ${args:-(defaults)}: same"
  else
    echo "stats ${args:-(defaults)}: DIFFERENT" >&2
    fail=1
  fi
done
exit "$fail"
