#!/usr/bin/env python3
"""Vary generated plans (bench/gen_plans.py) for the stats cross-check.

    augment.py DIR [--seed N]

The generator writes plans that are alike in what `sip stats` counts (every
copy shared on the day, no goal progress, no situation). This rewrites each
`*.sip.yaml` under DIR in place, deterministically, with the keys of format.md
(including its December 2026 additions) set at random: situations, published
test identity numbers (personnummer and samordningsnummer, 10 and 12 digits),
ages of exactly 18 and 65, held follow-ups with goal progress, actions with
types, ends and statuses, consents that expire or are withdrawn around the
check date, copies to guardians or too late, requests closed before a plan.
Every plan stays within the schema (rule findings are expected).
"""
import argparse
import datetime as dt
import os
import random

import yaml

AS_OF = dt.date(2026, 11, 27)
SITUATIONS = ["discharge", "psychiatry", "substance_use", "child_school", "older_person",
              "disability", "placement", "other"]
# Skatteverket's published test numbers only (Tolvan Tolvansson), as 12 and 10 digits,
# and samordningsnummer (day + 60).
NUMBERS = ["19121212-1212", "191212121212", "121212-1212", "121212+1212", "20121212-1212",
           "19121272-1219", "20121272-1219", "121272-1219"]
PROGRESS = ["reached", "partly", "not_reached", "not_assessed"]


def day(rng, start, span):
    return start + dt.timedelta(days=rng.randrange(span))


def vary(plan, rng):
    est = plan.get("established")
    if rng.random() < 0.8:
        plan["situation"] = rng.choice(SITUATIONS)
    person = plan["person"]
    r = rng.random()
    if r < 0.2:
        del person["birth_date"]
        person["personal_id"] = rng.choice(NUMBERS)
    elif r < 0.3 and est:
        years = rng.choice([18, 65])
        try:
            person["birth_date"] = est.replace(year=est.year - years)
        except ValueError:
            pass
    elif r < 0.35:
        del person["birth_date"]
    if rng.random() < 0.3:
        plan["initiated"]["date"] = day(rng, dt.date(2025, 10, 1), 420)
    for a in plan["actions"]:
        if rng.random() < 0.6:
            a["type"] = rng.choice(["preventive", "rehabilitative", "treatment", "support", "other"])
        if rng.random() < 0.6:
            a["end"] = day(rng, dt.date(2025, 10, 1), 450)
            a["status"] = rng.choice(["planned", "ongoing", "done", "done", "cancelled"])
    for p in plan["participants"]:
        r = rng.random()
        if r < 0.15:
            p.pop("attended", None)
            p.pop("absence_reason", None)
        elif r < 0.35:
            p["attended"] = not p.get("attended", False)
            p.pop("absence_reason", None)
            if not p["attended"]:
                p["absence_reason"] = "sjuk"
    if rng.random() < 0.1:
        plan["participants"].append({"name": "Gull Vårdnadshavare", "kind": "guardian",
                                     "attended": rng.random() < 0.5})
    r = rng.random()
    if r < 0.05:
        plan["goals"] = []
        for need in plan["needs"]:
            need.pop("goals", None)
    elif r < 0.2:
        for need in plan["needs"]:
            if rng.random() < 0.5:
                need.pop("goals", None)
    goals = [g["id"] for g in plan.get("goals", [])]
    for n in rng.sample(range(3), rng.randrange(0, 3)):
        date = day(rng, dt.date(2025, 11, 1), 420)
        fu = {"date": date, "convener": plan["lead"]["organisation"]}
        if rng.random() < 0.7:
            fu["held"] = date + dt.timedelta(days=rng.randrange(0, 3))
            fu["goals"] = [{"goal": g, "progress": rng.choice(PROGRESS)}
                           for g in goals if rng.random() < 0.7]
            if n == 2 and goals:  # the same goal twice on one day: the later counts
                fu["goals"].append({"goal": goals[0], "progress": rng.choice(PROGRESS)})
        plan["follow_ups"].append(fu)
    consent = plan["consent"]
    r = rng.random()
    if r < 0.1:
        consent["expires"] = AS_OF + dt.timedelta(days=rng.randrange(-3, 3))
    elif r < 0.15:
        consent["withdrawn"] = AS_OF + dt.timedelta(days=rng.randrange(-3, 3))
    shared = plan.get("shared")
    if shared and est:
        r = rng.random()
        if r < 0.15:
            shared[0]["date"] = est + dt.timedelta(days=rng.randrange(-2, 400))
        elif r < 0.25:
            shared[0]["to"] = "guardian"
        elif r < 0.3:
            shared[0]["to"] = "Vårdcentralen Ekbacken"
    d = plan.get("discharge")
    if d and rng.random() < 0.5:
        d["ready_notified"] = day(rng, dt.date(2025, 11, 1), 400)
        d["called"] = d["ready_notified"] + dt.timedelta(days=rng.randrange(0, 7))
    if plan["status"] == "closed" and rng.random() < 0.3:
        del plan["established"]
        plan.pop("shared", None)
        plan["closed"]["cause"] = "no_consent"
    if plan["status"] == "active" and rng.random() < 0.05:
        plan.pop("discharge", None)
        plan["discharge"] = {"ready_notified": day(rng, dt.date(2025, 11, 1), 400)}
    return plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    paths = []
    for root, _, files in os.walk(args.dir):
        paths += [os.path.join(root, n) for n in files if n.endswith(".sip.yaml")]
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            plan = yaml.safe_load(f)
        plan = vary(plan, rng)
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(plan, f, allow_unicode=True, sort_keys=False, width=1000)


if __name__ == "__main__":
    main()
