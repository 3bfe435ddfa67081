#!/usr/bin/env python3
"""Generate a folder of varied, valid, invented SIP plans for benchmarks.

    gen_plans.py OUT_DIR COUNT [--seed N]

Every plan is valid as of 2026-11-27 (warnings allowed, no errors). Names are
invented; no personal identity numbers are generated. Output is deterministic
for a given seed, so runs are comparable.
"""
import argparse
import datetime as dt
import os
import random

FIRST = ["Alva", "Bo", "Cia", "Dan", "Eli", "Fia", "Gun", "Hugo", "Ida", "Jon", "Kim", "Lo", "Maj", "Nils", "Olle", "Pia"]
LAST = ["Påhittad", "Exempelsson", "Låtsasson", "Uppdiktad", "Testdotter", "Fiktivsson"]
ORGS_M = ["Hemtjänsten Norr", "Hemtjänsten Söder", "Socialpsykiatrin", "Familjeenheten", "Hemsjukvården", "Äldreomsorgen"]
ORGS_R = ["Vårdcentralen Ekbacken", "Psykiatriska öppenvården", "BUP Exempelstad", "Beroendemottagningen", "Medicinavdelning 12"]
ORGS_O = ["Försäkringskassan", "Exempelskolan", "Arbetsförmedlingen"]
NEEDS = ["Hjälp med personlig hygien.", "Stöd i vardagen.", "Läkemedelsgenomgång.", "Behandling för beroende.",
         "Anpassad skolgång.", "Träning för gångförmågan.", "Uppföljning av hjärtsvikt.", "Försörjning under behandling."]
GOALS = ["Jag vill bo kvar hemma.", "Jag vill orka gå ut.", "Jag vill gå i skolan.", "Jag vill vara drogfri.", "Jag vill ha ett arbete."]


def q(text):
    return '"' + text.replace('"', '\\"') + '"'


def plan(i, rng):
    year = 2025 + (i % 2)
    pid = f"{year}-{i:05d}"
    status = rng.choices(["active", "draft", "closed"], [8, 1, 1])[0]
    init = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 250))
    consent = init + dt.timedelta(days=rng.randrange(0, 4))
    est = consent + dt.timedelta(days=rng.randrange(0, 8))
    child = rng.random() < 0.15
    birth = dt.date(2012 if child else rng.randrange(1935, 2000), rng.randrange(1, 13), rng.randrange(1, 28))
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lead_p = rng.choice(["region", "municipality"])
    lead_org = rng.choice(ORGS_R if lead_p == "region" else ORGS_M)
    out = [
        "# yaml-language-server: $schema=../schema/sip.schema.json",
        "sip: 1",
        f'id: "{pid}"',
        f"status: {status}",
        "",
        "person:",
        f"  name: {name}",
        f"  birth_date: {birth}",
        "  language: sv",
    ]
    if child:
        out += ["guardians:", f"  - {{ name: {rng.choice(FIRST)} {rng.choice(LAST)}, phone: \"070-000 00 0{i % 10}\" }}"]
    out += [
        "consent:",
        f"  given: {'false' if status == 'draft' else 'true'}",
    ]
    if status != "draft":
        out += [f"  date: {consent}", f"  by: {'guardians' if child else 'person'}", "  form: oral"]
    out += [f"  relatives: {rng.choice(['true', 'false'])}", "initiated:", f"  date: {init}", f"  by: {q(rng.choice(ORGS_R + ORGS_M))}"]
    if rng.random() < 0.2:
        out += ["discharge:", f"  ready_notified: {init}", f"  called: {init + dt.timedelta(days=rng.randrange(0, 4))}"]
    if status != "draft":
        out.append(f"established: {est}")
    out += ["lead:", f"  principal: {lead_p}", f"  organisation: {q(lead_org)}",
            f"  contact: {{ name: {rng.choice(FIRST)} Samordnare, phone: \"010-{i % 1000:03d} 00 00\" }}", "participants:",
            f"  - {{ name: {name}, kind: person, attended: true }}",
            f"  - {{ name: {rng.choice(FIRST)} Läkare, kind: region, organisation: {q(rng.choice(ORGS_R))}, attended: true }}",
            f"  - {{ name: {rng.choice(FIRST)} Handläggare, kind: municipality, organisation: {q(rng.choice(ORGS_M))}, attended: true }}"]
    if rng.random() < 0.5:
        out.append(f"  - {{ name: {rng.choice(FIRST)} {rng.choice(LAST)}, kind: relative, role: anhörig, attended: false, absence_reason: arbete }}")
    ngoals = rng.randrange(1, 4)
    out.append("goals:")
    for g in range(ngoals):
        out.append(f"  - {{ id: M{g + 1}, text: {q(rng.choice(GOALS))} }}")
    nneeds = rng.randrange(2, 6)
    out.append("needs:")
    for n in range(nneeds):
        out.append(f"  - {{ id: B{n + 1}, text: {q(rng.choice(NEEDS))}, goals: [M{rng.randrange(1, ngoals + 1)}] }}")
    out.append("actions:")
    for n in range(nneeds):
        if n == 0:
            principal, service, org = "municipality", "social_services", rng.choice(ORGS_M)
        elif n == 1:
            principal, service, org = "region", "health_care", rng.choice(ORGS_R)
        else:
            principal, service, org = rng.choice([
                ("municipality", "social_services", rng.choice(ORGS_M)),
                ("region", "health_care", rng.choice(ORGS_R)),
                ("other", "other", rng.choice(ORGS_O)),
            ])
        start = est + dt.timedelta(days=rng.randrange(0, 10))
        out += [f"  - id: I{n + 1}", f"    text: {q(NEEDS[n % len(NEEDS)].replace('.', ' – insats.'))}", f"    needs: [B{n + 1}]",
                "    responsible:", f"      principal: {principal}", f"      service: {service}", f"      organisation: {q(org)}",
                f"    start: {start}", f"    status: {'done' if status == 'closed' else rng.choice(['planned', 'ongoing'])}"]
    out.append("follow_ups:")
    if status == "closed":
        held = est + dt.timedelta(days=30)
        out += [f"  - {{ date: {held}, convener: {q(lead_org)}, held: {held}, outcome: Klart. }}"]
    else:
        out += [f"  - {{ date: {dt.date(2026, 11, 1) + dt.timedelta(days=rng.randrange(0, 90))}, convener: {q(lead_org)} }}"]
    if status != "draft":
        out += ["shared:", f"  - {{ to: person, date: {est} }}"]
    if status == "closed":
        out += ["closed:", f"  date: {est + dt.timedelta(days=31)}", "  reason: Målen uppfyllda."]
    return pid, "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    per_dir = 1000
    for i in range(args.count):
        pid, text = plan(i, rng)
        sub = os.path.join(args.out, f"{i // per_dir:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{pid}.sip.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
