#!/usr/bin/env python3
"""Parses `sip invite` with an independent iCalendar parser (icalendar).

    python3 tests/ics/invite.py path/to/sip

In a new git repository holding tests/ics/plans/2027-0300.sip.yaml with
e-mail addresses added, checks: METHOD:REQUEST, the organiser, one attendee
per participant with an e-mail (RSVP), a VTIMEZONE for Europe/Stockholm,
and the right local time and UTC offset for meetings on both sides of the
daylight-saving changes (from icalendar's zone and from the calendar's own
VTIMEZONE); a second invitation after moving the meeting in a new commit has
the same UID and a higher SEQUENCE; --cancel gives METHOD:CANCEL with that
UID; no name but initials, no need text, no identity number.
"""
import datetime as dt
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import icalendar

sip = str(pathlib.Path(sys.argv[1]).resolve())
source = pathlib.Path("tests/ics/plans/2027-0300.sip.yaml").read_text(encoding="utf-8")
plan = (source
        .replace('contact: { name: Sara Samordnare, phone: "010-123 45 67" }',
                 'contact: { name: Sara Samordnare, phone: "010-123 45 67", email: sara@example.se }')
        .replace("{ name: Erik Läkare, kind: region, attended: true }",
                 "{ name: Erik Läkare, kind: region, attended: true, email: erik@example.se }")
        .replace("{ name: Tyra Tidsson, kind: person, attended: true }",
                 "{ name: Tyra Tidsson, kind: person, attended: true, email: tyra@example.se }"))
assert plan.count("@example.se") == 3, "the fixture changed: update this test"

repo = pathlib.Path(tempfile.mkdtemp(prefix="sip-invite-"))
import atexit
atexit.register(shutil.rmtree, repo, True)
git = ["git", "-C", str(repo), "-c", "user.name=Sara Samordnare", "-c", "user.email=sara@example.se"]
subprocess.run(["git", "init", "-q", str(repo)], check=True)
(repo / "plans").mkdir()
path = repo / "plans" / "2027-0300.sip.yaml"


def commit(text, message):
    path.write_text(text, encoding="utf-8")
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", message], check=True)


def invite(*args):
    out = subprocess.run([sip, "-C", str(repo), "--as-of", "2027-03-01", "invite", "2027-0300", *args],
                         check=True, capture_output=True)
    assert not out.stderr, out.stderr
    text = out.stdout.decode("utf-8")
    assert not re.search(r"\d{6,8}[-+]?\d{4}", text), "an identity number in the invitation"
    unfolded = text.replace("\r\n ", "")
    without_addresses = "\n".join(line.split("mailto:")[0] for line in unfolded.split("\r\n"))
    for word in ["Tyra", "Tidsson", "Sara", "Samordnare", "Erik", "Läkare", "Hemtjänst", "Hemsjukvård",
                 "klara mig", "Vårdcentralen Ekbacken"]:
        assert word not in without_addresses, f"`{word}` in the invitation:\n{text}"
    calendar = icalendar.Calendar.from_ical(out.stdout)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1, events
    return calendar, events[0]


commit(plan, "Ny plan")

# The next follow-up after 2027-03-01: 2027-03-26 10:00, CET.
calendar, event = invite()
assert str(calendar["METHOD"]) == "REQUEST", calendar["METHOD"]
zones = list(calendar.walk("VTIMEZONE"))
assert len(zones) == 1 and str(zones[0]["TZID"]) == "Europe/Stockholm", zones
ours = zones[0].to_tz(lookup_tzid=False)
assert str(event["ORGANIZER"]) == "mailto:sara@example.se", event["ORGANIZER"]
assert event["ORGANIZER"].params["CN"] == "S. S.", event["ORGANIZER"].params
attendees = event.get("ATTENDEE")
attendees = attendees if isinstance(attendees, list) else [attendees]
assert sorted(str(a) for a in attendees) == ["mailto:erik@example.se", "mailto:tyra@example.se"], attendees
for a in attendees:
    assert a.params["RSVP"] == "TRUE" and a.params["ROLE"] == "REQ-PARTICIPANT", a.params
    assert re.fullmatch(r"(\w\. )*\w\.", a.params["CN"]), a.params["CN"]
assert str(event["LOCATION"]) == "Rum 1"
uid_first = str(event["UID"])
assert uid_first.startswith("2027-0300.follow_up.2027-03-26.invite@"), uid_first
assert int(event["SEQUENCE"]) == 0

# Across the daylight-saving changes: (local time, UTC offset in hours, minutes).
expected = {
    "2027-03-26": ("10:00", 1, 60),
    "2027-03-29": ("10:00", 2, 90),
    "2027-10-29": ("14:30", 2, 60),
    "2027-11-01": ("14:30", 1, 60),
}
seen = {}
for date, (local, offset, minutes) in expected.items():
    _, event = invite("--follow-up", date)
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert event["DTSTART"].params.get("TZID") == "Europe/Stockholm", event["DTSTART"].params
    assert start.date().isoformat() == date and start.strftime("%H:%M") == local, (date, start)
    assert start.utcoffset() == dt.timedelta(hours=offset), (date, start.utcoffset())
    naive = start.replace(tzinfo=None)
    assert naive.replace(tzinfo=ours).utcoffset() == dt.timedelta(hours=offset), (date, ours)
    assert end - start == dt.timedelta(minutes=minutes), (date, start, end)
    seen[date] = start.astimezone(dt.timezone.utc).strftime("%H:%M UTC")
# Mode in the text: the follow-up on 2027-03-29 is by video.
_, video = invite("--follow-up", "2027-03-29")
assert "Mode: video" in str(video["DESCRIPTION"]) or "Mötesform: video" in str(video["DESCRIPTION"]), video["DESCRIPTION"]

# Moving the meeting in a new commit: the same UID, a higher SEQUENCE.
moved = plan.replace('{ date: 2027-03-26, time: "10:00", place: "Rum 1"',
                     '{ date: 2027-03-30, time: "13:00", place: "Rum 2"')
assert moved != plan
commit(moved, "Mötet flyttat")
_, event = invite("--follow-up", "2027-03-30")
assert str(event["UID"]) == uid_first, (event["UID"], uid_first)
assert int(event["SEQUENCE"]) == 1, event["SEQUENCE"]
start = event.decoded("DTSTART")
assert start.isoformat() == "2027-03-30T13:00:00+02:00", start

# Cancelled: METHOD:CANCEL with that UID.
calendar, event = invite("--follow-up", "2027-03-30", "--cancel")
assert str(calendar["METHOD"]) == "CANCEL", calendar["METHOD"]
assert str(event["UID"]) == uid_first
assert str(event["STATUS"]) == "CANCELLED"
assert int(event["SEQUENCE"]) > 1, event["SEQUENCE"]

# No time: refused with exit 2.
no_time = subprocess.run([sip, "-C", str(repo), "--as-of", "2027-03-01", "invite", "2027-0300",
                          "--follow-up", "2027-12-01"], capture_output=True)
assert no_time.returncode == 2 and not no_time.stdout, no_time
print(f"invitation test ok: parsed by icalendar {icalendar.__version__}; REQUEST, organiser, "
      f"{len(attendees)} attendees, UID {uid_first} kept after a move (SEQUENCE 0 → 1), CANCEL; "
      f"across daylight saving: {seen}")
