#!/usr/bin/env python3
"""Recompute `sip stats --format json` from the plan files, independently of sip.

    recompute.py --as-of DATE [--from DATE] [--to DATE] [--by none|lead|principal|situation]
                 [--min-cell N] [--establish-within-days N] PATH...

Reads every `*.sip.yaml` under the PATHs with PyYAML and applies the definitions of
the spec (stats.md, S1-S12; format.md for the keys) directly: nothing here is taken
from sip's code or output. Prints the JSON document of stats.md. Every plan is
assumed to fit the schema (the generated plans do; sip leaves out those that do not).

Reading choices where the spec leaves room, made the same way in sip:
- a 10-digit identity number's century is the latest that does not put the birth
  after the `established` date (a year earlier with `+`: 100 or older);
- S12 counts each goal id assessed in a follow-up held in the period; of several
  assessments on the same day, the later in the list counts;
- S1d and S6 list the situations and kinds that occur; a participant with no
  `kind` is of kind `unknown`; grouping by a missing value gives `unknown`;
- with `--to` alone the period starts 364 days before it.
"""
import argparse
import datetime as dt
import json
import os
import sys

import yaml


def as_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def as_text(value):
    """A non-blank string as it is; a number or boolean as written; else None."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def get(mapping, *keys):
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


def items(value):
    return value if isinstance(value, list) else []


def identity_birth(text, on):
    """Birth date of a personnummer or samordningsnummer (SKV 704), or None."""
    if not isinstance(text, str) or not text.isascii():
        return None
    if len(text) in (11, 13) and text[-5] in "-+":
        head, sep, last4 = text[:-5], text[-5], text[-4:]
    elif len(text) in (10, 12):
        head, sep, last4 = text[:-4], None, text[-4:]
    else:
        return None
    if not (head + last4).isdigit() or len(head) not in (6, 8):
        return None
    yymmdd = head[-6:]
    digits = yymmdd + last4
    total = 0
    for i, ch in enumerate(digits[:9]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    if int(digits[9]) != (10 - total % 10) % 10:
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    if dd > 60:
        dd -= 60  # samordningsnummer

    def make(year):
        try:
            return dt.date(year, mm, dd)
        except ValueError:
            return None

    if len(head) == 8:
        year = int(head[:2]) * 100 + yy
    else:
        year = on.year - ((on.year - yy) % 100)
        guess = make(year)
        if guess is not None and guess > on:
            year -= 100
        if sep == "+":
            year -= 100
    return make(year)


def age_on(birth, day):
    if birth is None or day is None or day < birth:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def rank(values, num, den):
    """Nearest rank: the value at position ceil(p*n) of the sorted values, p = num/den."""
    if not values:
        return None
    values = sorted(values)
    k = max(1, -(-num * len(values) // den))
    return values[k - 1]


class Ratio:
    def __init__(self):
        self.num = 0
        self.den = 0

    def count(self, yes):
        self.den += 1
        self.num += 1 if yes else 0


class Group:
    def __init__(self):
        self.e = 0
        self.r = {k: Ratio() for k in ["S1a", "S1b", "S1c", "S2a", "S3", "S4", "S4a", "S5", "S7",
                                       "S7a", "S8", "S8a", "S9", "S10", "S11"]}
        self.situations = {}
        self.s2 = []
        self.s5a = []
        self.s9a = []
        self.s6 = {}
        self.s12 = {"reached": 0, "partly": 0, "not_reached": 0}
        self.s12_den = 0


def plan_days(a, b):
    return (b - a).days


def add(g, plan, a):
    f, t, as_of, within = a["from"], a["to"], a["as_of"], a["within"]

    def in_period(d):
        return d is not None and f <= d <= t

    status = plan.get("status")
    est = as_date(plan.get("established"))
    person = plan.get("person") if isinstance(plan.get("person"), dict) else {}
    birth = as_date(person.get("birth_date"))
    if birth is None and est is not None:
        birth = identity_birth(as_text(person.get("personal_id")), est)
    age = age_on(birth, est)
    follow_ups = [fu for fu in items(plan.get("follow_ups")) if isinstance(fu, dict)]
    actions = [x for x in items(plan.get("actions")) if isinstance(x, dict)]

    if in_period(est):
        g.e += 1
        if age is not None:
            g.r["S1a"].count(age < 18)
            g.r["S1b"].count(age >= 65)
        g.r["S1c"].count(isinstance(plan.get("discharge"), dict))
        situation = as_text(plan.get("situation")) or "unknown"
        g.situations[situation] = g.situations.get(situation, 0) + 1
        initiated = as_date(get(plan, "initiated", "date"))
        if initiated is not None:
            g.s2.append(plan_days(initiated, est))
        g.r["S2a"].count(initiated is not None and plan_days(initiated, est) <= within)
        participants = [p for p in items(plan.get("participants")) if isinstance(p, dict)]
        g.r["S3"].count(any(as_text(p.get("kind")) == "person" and p.get("attended") is True
                            for p in participants))
        g.r["S4"].count(len(items(plan.get("goals"))) > 0)
        for need in items(plan.get("needs")):
            g.r["S4a"].count(len(items(get(need, "goals"))) > 0)
        copies = []
        for s in items(plan.get("shared")):
            to = as_text(get(s, "to"))
            d = as_date(get(s, "date"))
            if d is None or not (est <= d <= as_of):
                continue
            if to == "person" or (to == "guardian" and age is not None and age < 18):
                copies.append(d)
        g.r["S5"].count(bool(copies))
        if copies:
            g.s5a.append(plan_days(est, min(copies)))
        for p in participants:
            kind = as_text(p.get("kind")) or "unknown"
            if kind == "person" or not isinstance(p.get("attended"), bool):
                continue
            g.s6.setdefault(kind, Ratio()).count(p["attended"])
        for x in actions:
            g.r["S8a"].count(as_text(x.get("type")) in ("preventive", "rehabilitative"))

    # S7: follow-ups in any plan dated in the period and by the check date.
    for fu in follow_ups:
        d = as_date(fu.get("date"))
        if in_period(d) and d <= as_of:
            g.r["S7"].count(as_date(fu.get("held")) is not None)
    # S7a
    if status in ("active", "closed") and est is not None and plan_days(est, as_of) >= 90 and est <= t:
        g.r["S7a"].count(any(as_date(fu.get("held")) is not None for fu in follow_ups))
    # S8
    for x in actions:
        end = as_date(x.get("end"))
        st = x.get("status") if isinstance(x.get("status"), str) else "planned"
        if in_period(end) and end <= as_of and st != "cancelled":
            g.r["S8"].count(st == "done")
    # S9, S9a
    ready = as_date(get(plan, "discharge", "ready_notified"))
    if in_period(ready):
        called = as_date(get(plan, "discharge", "called"))
        g.r["S9"].count(called is not None and called <= ready + dt.timedelta(days=3))
        if est is not None:
            g.s9a.append(plan_days(ready, est))
    # S10
    if status == "active":
        consent = plan.get("consent") if isinstance(plan.get("consent"), dict) else {}
        withdrawn = as_date(consent.get("withdrawn"))
        expires = as_date(consent.get("expires"))
        g.r["S10"].count(consent.get("given") is not True
                         or (withdrawn is not None and withdrawn <= as_of)
                         or (expires is not None and expires <= as_of))
    # S11
    if status == "closed" and in_period(as_date(get(plan, "closed", "date"))):
        g.r["S11"].count(est is None)
    # S12
    latest = {}
    for fu in follow_ups:
        held = as_date(fu.get("held"))
        if not in_period(held) or held > as_of:
            continue
        for entry in items(fu.get("goals")):
            goal = as_text(get(entry, "goal"))
            progress = as_text(get(entry, "progress"))
            if goal is None or progress not in g.s12:
                continue
            if goal not in latest or held >= latest[goal][0]:
                latest[goal] = (held, progress)
    for _, progress in latest.values():
        g.s12[progress] += 1
        g.s12_den += 1


def shown(n, min_cell):
    return None if 1 <= n < min_cell else n


def share(num, den, min_cell):
    if shown(num, min_cell) is None or shown(den, min_cell) is None or den == 0:
        return None
    return ((num * 2000 + den) // (2 * den)) / 1000


def ratio(num, den, m):
    return {"numerator": shown(num, m), "denominator": shown(den, m), "share": share(num, den, m)}


def days(values, m, p90):
    n = shown(len(values), m)
    out = {"n": n, "median": None if n is None else rank(values, 1, 2)}
    if p90:
        out["p90"] = None if n is None else rank(values, 9, 10)
    return out


def measures(g, m):
    r = lambda k: ratio(g.r[k].num, g.r[k].den, m)  # noqa: E731
    return {
        "S1": {"value": shown(g.e, m)},
        "S1a": r("S1a"), "S1b": r("S1b"), "S1c": r("S1c"),
        "S1d": {k: shown(v, m) for k, v in sorted(g.situations.items())},
        "S2": days(g.s2, m, True),
        "S2a": r("S2a"), "S3": r("S3"), "S4": r("S4"), "S4a": r("S4a"), "S5": r("S5"),
        "S5a": days(g.s5a, m, False),
        "S6": {k: ratio(v.num, v.den, m) for k, v in sorted(g.s6.items())},
        "S7": r("S7"), "S7a": r("S7a"), "S8": r("S8"), "S8a": r("S8a"), "S9": r("S9"),
        "S9a": days(g.s9a, m, False),
        "S10": r("S10"), "S11": r("S11"),
        "S12": {k: ratio(v, g.s12_den, m) for k, v in g.s12.items()},
    }


def plan_files(paths):
    seen = set()
    for path in paths:
        if os.path.isfile(path):
            found = [path]
        else:
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found += [os.path.join(root, n) for n in files if n.endswith(".sip.yaml")]
        for f in sorted(found):
            real = os.path.realpath(f)
            if real not in seen:
                seen.add(real)
                yield f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--as-of", required=True, type=dt.date.fromisoformat)
    ap.add_argument("--from", dest="from_", type=dt.date.fromisoformat)
    ap.add_argument("--to", type=dt.date.fromisoformat)
    ap.add_argument("--by", default="none", choices=["none", "lead", "principal", "situation"])
    ap.add_argument("--min-cell", type=int, default=5)
    ap.add_argument("--establish-within-days", type=int, default=14)
    a = ap.parse_args()
    to = a.to or a.as_of
    if to > a.as_of:
        sys.exit("--to is after the check date")
    start = a.from_ or to - dt.timedelta(days=364)
    args = {"from": start, "to": to, "as_of": a.as_of, "within": a.establish_within_days}

    groups, total = {}, Group()
    for path in plan_files(a.paths):
        with open(path, encoding="utf-8") as f:
            plan = yaml.safe_load(f)
        if not isinstance(plan, dict):
            continue
        if a.by != "none":
            value = {
                "lead": get(plan, "lead", "organisation"),
                "principal": get(plan, "lead", "principal"),
                "situation": plan.get("situation"),
            }[a.by]
            name = as_text(value) or "unknown"
            add(groups.setdefault(name, Group()), plan, args)
        add(total, plan, args)

    doc = {
        "version": 1,
        "as_of": a.as_of.isoformat(),
        "from": start.isoformat(),
        "to": to.isoformat(),
        "by": a.by,
        "min_cell": a.min_cell,
        "groups": [{"group": name, "measures": measures(g, a.min_cell)}
                   for name, g in sorted(groups.items(), key=lambda kv: kv[0].encode())]
                  + [{"group": "total", "measures": measures(total, a.min_cell)}],
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
