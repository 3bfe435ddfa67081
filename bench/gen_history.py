#!/usr/bin/env python3
"""Turn a folder of generated plans into a git repository with history, for
benchmarking `sip diff` and `sip log`.

    gen_history.py PLANS_DIR REPO_DIR [--changed 1000] [--log-commits 1000]

The history, oldest first (written with `git fast-import`, so it takes seconds):
1. one commit adding every plan, flat, under `plans/`;
2. LOG_COMMITS commits that each change the first plan (a follow-up held, a
   note added): `sip log` on it walks that many commits of its history;
3. one commit that changes CHANGED plans (every n-th): an action moves to the
   other principal, a follow-up is added, a note changes. So
   `sip diff HEAD~1 HEAD` compares CHANGED of all the plans.
Authors are invented; nothing here is a real person.
"""
import argparse
import os
import subprocess
import sys

AUTHORS = ["Sara Samordnare <sara@example.se>", "Erik Läkare <erik@example.se>",
           "Maja Sköterska <maja@example.se>"]


def data(b):
    return b"data %d\n" % len(b) + b + b"\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plans")
    ap.add_argument("repo")
    ap.add_argument("--changed", type=int, default=1000)
    ap.add_argument("--log-commits", type=int, default=1000)
    args = ap.parse_args()

    files = []
    for dirpath, _, names in os.walk(args.plans):
        for n in names:
            if n.endswith(".sip.yaml"):
                full = os.path.join(dirpath, n)
                # One flat plans/ folder, as most teams keep it: the worst case
                # for `sip log`, whose every commit has a 10,000-entry tree.
                files.append((n, full))
    files.sort()
    if not files:
        sys.exit("no plans in " + args.plans)

    os.makedirs(args.repo, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", args.repo], check=True)
    out = bytearray()
    clock = 1_767_600_000  # 2026-01-05

    def commit(message, changes):
        nonlocal clock
        who = AUTHORS[clock % len(AUTHORS)].encode()
        out.extend(b"commit refs/heads/main\n")
        out.extend(b"author %s %d +0100\n" % (who, clock))
        out.extend(b"committer %s %d +0100\n" % (who, clock))
        out.extend(data(message.encode()))
        for path, text in changes:
            out.extend(b"M 100644 inline plans/%s\n" % path.encode())
            out.extend(data(text))
        clock += 3600

    texts = {}
    for rel, full in files:
        with open(full, "rb") as f:
            texts[rel] = f.read()
    commit("Alla planer", [(rel, texts[rel]) for rel, _ in files])

    first = files[0][0]
    for n in range(args.log_commits):
        # Generated plans have no notes; each commit sets a new one.
        text = texts[first] + ('notes: "Anteckning %d."\n' % (n + 1)).encode()
        commit(f"Anteckning {n + 1} i den första planen", [(first, text)])

    step = max(1, len(files) // max(1, args.changed))
    changed = []
    for rel, _ in files[::step][: args.changed]:
        t = texts[rel]
        t = t.replace(b"principal: region", b"principal: TMP", 1)
        t = t.replace(b"principal: municipality", b"principal: region", 1)
        t = t.replace(b"principal: TMP", b"principal: municipality", 1)
        t = t.replace(b"follow_ups:\n", b'follow_ups:\n  - { date: 2027-03-01, convener: "Socialtj\xc3\xa4nsten" }\n', 1)
        t += b'notes: "Uppdaterad vid uppf\xc3\xb6ljning."\n'
        changed.append((rel, t))
    commit(f"{len(changed)} planer uppdaterade", changed)

    subprocess.run(["git", "-C", args.repo, "fast-import", "--quiet"], input=bytes(out), check=True)
    subprocess.run(["git", "-C", args.repo, "checkout", "-q", "-f", "main"], check=True)
    touched = 1 + args.log_commits + any(rel == first for rel, _ in changed)
    print(f"{args.repo}: {len(files)} plans, {args.log_commits + 2} commits, "
          f"{len(changed)} plans changed in the last, plans/{first} changed in {touched}")


if __name__ == "__main__":
    main()
