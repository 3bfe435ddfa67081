#!/usr/bin/env python3
"""Parses `sip due --format ics` with an independent iCalendar parser.

    python3 tests/ics/roundtrip.py path/to/sip

Needs the `icalendar` package (`.ci/run` installs it). Checks that the
calendar parses, has one component per item of the JSON output (VEVENT for
follow-ups, VTODO for the rest), unique and stable UIDs, all-day dates for
follow-ups without a time and local times in Europe/Stockholm for those with
one, and no identity numbers or full names. Then, on tests/ics/plans, that
timed follow-ups on both sides of the daylight-saving changes in late March
and late October keep their local time and get the right UTC offset, both
from icalendar's own zone and from the VTIMEZONE the calendar carries.
"""
import datetime as dt
import json
import re
import subprocess
import sys

import icalendar

sip = sys.argv[1]
args = ["due", "--as-of", "2027-03-01", "--within", "60", "--no-cache", "examples/plans"]
ics = subprocess.run([sip, *args, "--format", "ics"], check=True, capture_output=True).stdout
items = json.loads(subprocess.run([sip, *args, "--format", "json"], check=True, capture_output=True).stdout)["items"]
assert items, "the examples have items due by 2027-03-01"

calendar = icalendar.Calendar.from_ical(ics)
events = [c for c in calendar.walk() if c.name == "VEVENT"]
todos = [c for c in calendar.walk() if c.name == "VTODO"]
assert len(events) == sum(i["kind"] == "follow_up" for i in items), (len(events), items)
assert len(todos) == sum(i["kind"] != "follow_up" for i in items), (len(todos), items)

uids = [str(c["UID"]) for c in events + todos]
assert len(set(uids)) == len(uids), f"duplicate UIDs: {uids}"
again = subprocess.run([sip, *args, "--format", "ics"], check=True, capture_output=True).stdout
assert again == ics, "the calendar differs between two runs"

timed_items = {(i["plan"], i["date"]): i for i in items if i["kind"] == "follow_up" and i.get("time")}
for event in events:
    start = event.decoded("DTSTART")
    plan = str(event["UID"]).split(".")[0]
    if isinstance(start, dt.datetime):
        item = timed_items.get((plan, start.date().isoformat()))
        assert item, f"a timed event for a follow-up without a time: {event['UID']}"
        assert event["DTSTART"].params.get("TZID") == "Europe/Stockholm", event["DTSTART"].params
        assert start.strftime("%H:%M") == item["time"], (start, item)
    else:
        assert type(start).__name__ == "date", f"not an all-day event: {start!r}"
    assert str(event["SUMMARY"]).startswith("Uppföljning: SIP "), event["SUMMARY"]
assert timed_items, "the examples have a timed follow-up due by 2027-03-01"
assert sum(isinstance(e.decoded("DTSTART"), dt.datetime) for e in events) == len(timed_items)

text = ics.decode("utf-8")
assert not re.search(r"\d{6,8}[-+]?\d{4}", text), "an identity number in the calendar"
for item in items:
    assert item["person"] not in text, f"a full name in the calendar: {item['person']}"
assert calendar.to_ical().count(b"BEGIN:") == ics.count(b"BEGIN:"), "re-serialising loses components"

# Across the daylight-saving changes: (date, local time, UTC offset in hours, minutes long).
dst_args = ["due", "--as-of", "2027-03-01", "--within", "300", "--no-cache", "--format", "ics", "tests/ics/plans"]
dst = icalendar.Calendar.from_ical(subprocess.run([sip, *dst_args], check=True, capture_output=True).stdout)
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
print(f"calendar test ok: {len(events)} events and {len(todos)} to-dos parsed by icalendar {icalendar.__version__}; "
      f"across daylight saving: {seen}")
