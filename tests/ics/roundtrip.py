#!/usr/bin/env python3
"""Parses `sip due --format ics` with an independent iCalendar parser.

    python3 tests/ics/roundtrip.py path/to/sip

Needs the `icalendar` package (`.ci/run` installs it). Checks that the
calendar parses, has one component per item of the JSON output (VEVENT for
follow-ups, VTODO for the rest), unique and stable UIDs, all-day dates, and
no identity numbers or full names.
"""
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

for event in events:
    start = event.decoded("DTSTART")
    assert type(start).__name__ == "date", f"not an all-day event: {start!r}"
    assert str(event["SUMMARY"]).startswith("Uppföljning: SIP "), event["SUMMARY"]

text = ics.decode("utf-8")
assert not re.search(r"\d{6,8}[-+]?\d{4}", text), "an identity number in the calendar"
for item in items:
    assert item["person"] not in text, f"a full name in the calendar: {item['person']}"
assert calendar.to_ical().count(b"BEGIN:") == ics.count(b"BEGIN:"), "re-serialising loses components"
print(f"calendar test ok: {len(events)} events and {len(todos)} to-dos parsed by icalendar {icalendar.__version__}")
