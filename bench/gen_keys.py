"""Two hostile plans for the benchmark: the example plan with 80,000 `x-`
keys, and with 80,000 unknown keys, each under the 1 MB file limit. Every
command must stay fast on them (issue 23: no command over 0.5 s).

    python3 bench/gen_keys.py OUT_DIR
"""
import os
import sys

out = sys.argv[1]
base = open(os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "base.sip.yaml"), encoding="utf-8").read()
for name, key in (("x-keys", "x-k"), ("unknown-keys", "k")):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "2026-0042.sip.yaml"), "w", encoding="utf-8") as f:
        f.write(base)
        f.writelines(f"{key}{i}: 1\n" for i in range(80000))
