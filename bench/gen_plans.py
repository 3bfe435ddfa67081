#!/usr/bin/env python3
"""Generate a folder of varied, valid, invented SIP plans for benchmarks.

    gen_plans.py OUT_DIR COUNT [--seed N]

Every plan is valid as of 2026-11-27 (warnings allowed, no errors). Names are
invented; no personal identity numbers are generated. Output is deterministic
for a given seed, so runs are comparable.

About half of the plans also carry the keys of the December 2026 additions
(situation, initiated.by_kind, preparation, transition, needs[].met, a
cancelled action with its reason, a follow-up's time, place, mode,
attendance and goal progress, closed.cause). Those are drawn from a second
random stream per plan, so the first-version content is drawn as before for a
given seed (only an active plan's action whose start has passed is now
`ongoing` rather than `planned`, as SIP026 asks).
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
SITUATIONS = ["discharge", "psychiatry", "substance_use", "child_school", "older_person", "disability", "placement", "other"]
BY_KINDS = ["person", "relative", "municipality", "region", "school", "other"]
TRANSITIONS = ["sis", "hvb", "foster_care", "prison", "psychiatric_inpatient", "other"]
PROGRESS = ["reached", "partly", "not_reached", "not_assessed"]
CAUSES = ["goals_reached", "moved", "not_needed", "other"]
GOALS = ["Jag vill bo kvar hemma.", "Jag vill orka gå ut.", "Jag vill gå i skolan.", "Jag vill vara drogfri.", "Jag vill ha ett arbete."]


def q(text):
    return '"' + text.replace('"', '\\"') + '"'


AS_OF = dt.date(2026, 11, 27)


def action_status(status, start, rng):
    """`done` in a closed plan; else planned or ongoing, drawn as before, but
    an action of an active plan whose start has passed is ongoing, as SIP026
    asks (the draw stays, so the random stream does not change)."""
    if status == "closed":
        return "done"
    drawn = rng.choice(["planned", "ongoing"])
    if status == "active" and start < AS_OF:
        return "ongoing"
    return drawn


def plan(i, rng, seed=42):
    # The December 2026 keys, from their own stream (see the module doc).
    rng2 = random.Random(seed * 1_000_003 + i)
    dec = rng2.random() < 0.5
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
    ]
    if dec:
        out.append(f"situation: {rng2.choice(SITUATIONS)}")
    out += [
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
    if dec:
        out.append(f"  by_kind: {rng2.choice(BY_KINDS)}")
    if dec and rng2.random() < 0.6:
        out += ["preparation:", f"  date: {consent}", f"  by: {rng2.choice(FIRST)} Samordnare",
                f"  important_to_me: {q(rng2.choice(GOALS))}"]
        if rng2.random() < 0.3:
            out.append(f"  support_person: {rng2.choice(FIRST)} {rng2.choice(LAST)}")
    if dec and status == "active" and rng2.random() < 0.2:
        # Ends well ahead of the check date, or planning has started: no error.
        end = dt.date(2027, 3, 1) + dt.timedelta(days=rng2.randrange(0, 200))
        out += ["transition:", f"  kind: {rng2.choice(TRANSITIONS)}", f"  expected_end: {end}"]
        if rng2.random() < 0.5:
            out.append(f"  planning_started: {dt.date(2026, 10, 1) + dt.timedelta(days=rng2.randrange(0, 50))}")
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
        met = f", met: {est + dt.timedelta(days=20)}" if dec and status == "closed" else ""
        out.append(f"  - {{ id: B{n + 1}, text: {q(rng.choice(NEEDS))}, goals: [M{rng.randrange(1, ngoals + 1)}]{met} }}")
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
                f"    start: {start}", f"    status: {action_status(status, start, rng)}"]
    if dec and rng2.random() < 0.3:
        # An extra action that was decided and cancelled; B1 keeps its own action.
        out += [f"  - id: I{nneeds + 1}", "    text: Dagverksamhet.", "    needs: [B1]",
                "    responsible: { principal: municipality, service: social_services, organisation: Dagverksamheten }",
                f"    start: {est}", "    status: cancelled", "    cancelled_reason: Personen tackade nej."]
    meeting = ""
    if dec:
        meeting = (f", time: \"{rng2.randrange(8, 17):02d}:{rng2.choice(['00', '15', '30', '45'])}\"" 
                   f", duration_minutes: {rng2.choice([30, 45, 60, 90])}, place: {q(lead_org)}"
                   f", mode: {rng2.choice(['in_person', 'video', 'phone'])}")
    out.append("follow_ups:")
    if status == "closed":
        held = est + dt.timedelta(days=30)
        if dec:
            goals = ", ".join(f"{{ goal: M{g + 1}, progress: {rng2.choice(PROGRESS)} }}" for g in range(ngoals))
            out += [f"  - {{ date: {held}{meeting}, convener: {q(lead_org)}, held: {held}, attended: [{name}], goals: [{goals}], outcome: Klart. }}"]
        else:
            out += [f"  - {{ date: {held}, convener: {q(lead_org)}, held: {held}, outcome: Klart. }}"]
    else:
        out += [f"  - {{ date: {dt.date(2026, 11, 1) + dt.timedelta(days=rng.randrange(0, 90))}{meeting}, convener: {q(lead_org)} }}"]
    if status != "draft":
        out += ["shared:", f"  - {{ to: person, date: {est} }}"]
    if status == "closed":
        out += ["closed:", f"  date: {est + dt.timedelta(days=31)}", "  reason: Målen uppfyllda."]
        if dec:
            out.append(f"  cause: {rng2.choice(CAUSES)}")
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
        pid, text = plan(i, rng, args.seed)
        sub = os.path.join(args.out, f"{i // per_dir:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{pid}.sip.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
