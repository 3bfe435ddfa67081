#!/usr/bin/env python3
"""Parses `sip due --format ics` with an independent iCalendar parser.

    python3 tests/ics/roundtrip.py path/to/sip

Needs the `icalendar` package (`.ci/run` installs it). Checks that the
calendar parses and has only VEVENTs (Outlook and Google Calendar drop
VTODOs on import), one per item of the JSON output, with unique and stable
UIDs that end in the repository's UID domain; all-day dates for items
without a time, overdue items on the check date with their own date in the
text, local times in Europe/Stockholm for timed follow-ups; no identity
numbers or full names; alarms when asked; a valid calendar when nothing is
due; a 90-day default window. Then, on tests/ics/plans, that timed
follow-ups on both sides of the daylight-saving changes in late March and
late October keep their local time and get the right UTC offset, both from
icalendar's own zone and from the VTIMEZONE the calendar carries.
"""
import datetime as dt
import json
import re
import subprocess
import sys

import icalendar

sip = sys.argv[1]


def run(*args):
    return subprocess.run([sip, *args], check=True, capture_output=True).stdout


as_of = dt.date(2027, 1, 16)
args = ["due", "--as-of", as_of.isoformat(), "--within", "60", "--no-cache", "examples/plans"]
ics = run(*args, "--format", "ics")
items = json.loads(run(*args, "--format", "json"))["items"]
assert items, "the examples have items due by 2027-01-16"
assert any(i["overdue"] for i in items), "the examples have overdue items on 2027-01-16"

calendar = icalendar.Calendar.from_ical(ics)
events = list(calendar.walk("VEVENT"))
assert not list(calendar.walk("VTODO")), "a VTODO in the calendar"
assert len(events) == len(items), (len(events), items)

uids = [str(c["UID"]) for c in events]
assert len(set(uids)) == len(uids), f"duplicate UIDs: {uids}"
domains = {u.split("@", 1)[1] for u in uids}
assert len(domains) == 1 and all(d for d in domains), domains
again = run(*args, "--format", "ics")
assert again == ics, "the calendar differs between two runs"

timed_items = {(i["plan"], i["date"]): i for i in items
               if i["kind"] == "follow_up" and i.get("time") and not i["overdue"]}
by_uid = dict(zip(uids, events))
for event, item in zip(events, items):
    start = event.decoded("DTSTART")
    if item["overdue"]:
        assert start == as_of, f"an overdue item not on the check date: {event['UID']} {start!r}"
        if item["date"]:
            assert item["date"] in str(event["DESCRIPTION"]), event["DESCRIPTION"]
        assert str(event["SUMMARY"]).startswith("Försenad: "), event["SUMMARY"]
    elif isinstance(start, dt.datetime):
        key = (item["plan"], start.date().isoformat())
        assert key in timed_items, f"a timed event for a follow-up without a time: {event['UID']}"
        assert event["DTSTART"].params.get("TZID") == "Europe/Stockholm", event["DTSTART"].params
        assert start.strftime("%H:%M") == item["time"], (start, item)
    else:
        assert type(start).__name__ == "date", f"not an all-day event: {start!r}"
        assert start.isoformat() == item["date"], (start, item)
    assert "VALARM" not in [c.name for c in event.subcomponents], "an alarm nobody asked for"
assert timed_items, "the examples have a timed follow-up due by 2027-01-16"
assert sum(isinstance(e.decoded("DTSTART"), dt.datetime) for e in events) == len(timed_items)

text = ics.decode("utf-8")
assert not re.search(r"\d{6,8}[-+]?\d{4}", text), "an identity number in the calendar"
for item in items:
    assert item["person"] not in text, f"a full name in the calendar: {item['person']}"
assert calendar.to_ical().count(b"BEGIN:") == ics.count(b"BEGIN:"), "re-serialising loses components"

# Alarms when asked: one per event, two days before it.
alarmed = icalendar.Calendar.from_ical(run(*args, "--format", "ics", "--alarm-days", "2"))
for event in alarmed.walk("VEVENT"):
    alarms = [c for c in event.subcomponents if c.name == "VALARM"]
    assert len(alarms) == 1, event["UID"]
    assert alarms[0].decoded("TRIGGER") == -dt.timedelta(days=2), alarms[0]["TRIGGER"]
    assert str(alarms[0]["ACTION"]) == "DISPLAY"

# Nothing due: still a calendar, with a component (RFC 5545 3.6).
empty_bytes = run("due", "--as-of", "2027-03-01", "--no-cache", "--kind", "establish",
                  "--format", "ics", "tests/ics/plans")
empty = icalendar.Calendar.from_ical(empty_bytes)
assert not list(empty.walk("VEVENT")), empty_bytes
assert len(empty.subcomponents) >= 1, "a calendar with no component"
assert str(empty["VERSION"]) == "2.0" and str(empty["PRODID"])

# The calendar looks 90 days ahead by default, the list 14: the follow-up
# on 2027-03-26 is 80 days after 2027-01-05.
ahead = icalendar.Calendar.from_ical(run("due", "--as-of", "2027-01-05", "--no-cache",
                                         "--format", "ics", "tests/ics/plans"))
assert any(e.decoded("DTSTART").date() == dt.date(2027, 3, 26) for e in ahead.walk("VEVENT")
           if isinstance(e.decoded("DTSTART"), dt.datetime)), "the 90-day window"
listed = json.loads(run("due", "--as-of", "2027-01-05", "--no-cache", "--format", "json", "tests/ics/plans"))
assert not any(i["date"] == "2027-03-26" for i in listed["items"]), listed

# Across the daylight-saving changes: (date, local time, UTC offset in hours, minutes long).
dst_args = ["due", "--as-of", "2027-03-01", "--within", "300", "--no-cache", "--format", "ics", "tests/ics/plans"]
dst = icalendar.Calendar.from_ical(run(*dst_args))
zones = [c for c in dst.walk() if c.name == "VTIMEZONE"]
assert len(zones) == 1 and str(zones[0]["TZID"]) == "Europe/Stockholm", zones
# Built from the RRULEs in the calendar, not looked up by name.
ours = zones[0].to_tz(lookup_tzid=False)
expected = {
    "2027-03-26": ("10:00", 1, 60),   # CET, the Friday before the change
    "2027-03-29": ("10:00", 2, 90),   # CEST, the Monday after
    "2027-10-29": ("14:30", 2, 60),   # CEST, the Friday before the change back
    "2027-11-01": ("14:30", 1, 60),   # CET, the Monday after
}
seen = {}
for event in dst.walk("VEVENT"):
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    if not isinstance(start, dt.datetime):
        assert start == dt.date(2027, 12, 1), f"an all-day event that should be timed: {start!r}"
        continue
    local, offset, minutes = expected[start.date().isoformat()]
    assert start.strftime("%H:%M") == local, (start, local)
    assert start.utcoffset() == dt.timedelta(hours=offset), (start, start.utcoffset())
    # The calendar's own VTIMEZONE gives the same offset (its RRULEs are right).
    naive = start.replace(tzinfo=None)
    assert naive.replace(tzinfo=ours).utcoffset() == dt.timedelta(hours=offset), (naive, ours)
    assert end - start == dt.timedelta(minutes=minutes), (start, end)
    seen[start.date().isoformat()] = start.astimezone(dt.timezone.utc).strftime("%H:%M UTC")
assert set(seen) == set(expected), seen
print(f"calendar test ok: {len(events)} events ({sum(i['overdue'] for i in items)} overdue, on the check date) "
      f"parsed by icalendar {icalendar.__version__}, UID domain {domains.pop()}, alarms, an empty calendar, "
      f"the 90-day window; across daylight saving: {seen}")
