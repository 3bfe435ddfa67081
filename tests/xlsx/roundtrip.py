#!/usr/bin/env python3
"""Reads the workbooks of `sip list`, `sip due` and `sip stats --format xlsx`
back with an independent reader (openpyxl) and compares them with the JSON
output of the same command.

    python3 tests/xlsx/roundtrip.py path/to/sip

Needs the `openpyxl` package (`.ci/python-tools.sh` installs it). Checks, for
each workbook: one sheet, a header row of the JSON keys, frozen below the
header, an autofilter over the whole table, every column given a width; then
the same rows as the JSON output, cell for cell, with dates stored as dates
(not text), counts as numbers, TRUE/FALSE as booleans, and å, ä, ö intact.
"""
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

sip = sys.argv[1]
tmp = tempfile.mkdtemp(prefix="sip-xlsx-")


def run(args):
    return subprocess.run([sip, *args], check=True, capture_output=True).stdout


def workbook(args, name):
    path = os.path.join(tmp, name)
    run([*args, "--format", "xlsx", "-o", path])
    book = openpyxl.load_workbook(path)
    assert len(book.worksheets) == 1, book.sheetnames
    return book.worksheets[0]


def table(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    header, body = list(rows[0]), [list(r) for r in rows[1:]]
    assert sheet.freeze_panes == "A2", f"{sheet.title}: header not frozen: {sheet.freeze_panes}"
    last = openpyxl.utils.get_column_letter(len(header))
    assert sheet.auto_filter.ref == f"A1:{last}{len(rows)}", (sheet.title, sheet.auto_filter.ref)
    for i in range(1, len(header) + 1):
        letter = openpyxl.utils.get_column_letter(i)
        width = sheet.column_dimensions[letter].width
        assert width and width >= 6, f"{sheet.title}: column {letter} has no width ({width})"
    for cell in sheet[1]:
        assert cell.font.bold, f"{sheet.title}: header cell {cell.coordinate} is not bold"
    return header, body


def cell(value):
    """A JSON value as openpyxl reads the cell: a date as a datetime, None for null or ""."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


# sip list
args = ["list", "--as-of", "2026-02-01", "--no-cache", "examples/plans"]
plans = json.loads(run([*args, "--format", "json"]))["plans"]
assert plans, "the examples have plans"
header, body = table(workbook(args, "list.xlsx"))
expected_header = ["file", "id", "status", "person", "lead_principal", "lead_organisation",
                   "needs", "actions", "next_follow_up", "overdue"]
assert header == expected_header, header
expected = []
for p in plans:
    flat = dict(p, lead_principal=p["lead"]["principal"], lead_organisation=p["lead"]["organisation"])
    expected.append([cell(flat[k]) for k in expected_header])
assert body == expected, f"list rows differ:\n{body}\n{expected}"
dates = [r[header.index("next_follow_up")] for r in body if r[header.index("next_follow_up")]]
assert dates and all(isinstance(d, dt.datetime) for d in dates), f"follow-ups are not dates: {dates}"
text = "".join(str(v) for r in body for v in r if isinstance(v, str))
for letter in "åäöÄ":
    assert letter in text, f"{letter} is missing from the list workbook: {text}"
assert all(isinstance(r[header.index("needs")], int) for r in body), "needs are not numbers"
assert all(isinstance(r[header.index("overdue")], bool) for r in body), "overdue is not a boolean"

# sip due: the items in the JSON's order, the check date on every row
args = ["due", "--as-of", "2027-03-01", "--within", "60", "--no-cache", "examples/plans"]
output = json.loads(run([*args, "--format", "json"]))
items = output["items"]
assert items, "the examples have items due by 2027-03-01"
header, body = table(workbook(args, "due.xlsx"))
assert header[-1] == "as_of", header
def due_cell(value):
    """`missing` is a list in JSON, its words joined by ", " in the sheet."""
    return cell(", ".join(value) if isinstance(value, list) else value)


expected = [[due_cell(i.get(k)) for k in header[:-1]] + [cell(output["as_of"])] for i in items]
assert body == expected, f"due rows differ:\n{body}\n{expected}"
assert any(isinstance(r[header.index("date")], dt.datetime) for r in body), "due dates are not dates"

# sip stats: the rows of the CSV, numbers as numbers
args = ["stats", "--as-of", "2027-03-01", "--min-cell", "0", "--no-cache", "examples/plans"]
csv_rows = run([*args, "--format", "csv"]).decode("utf-8").splitlines()
header, body = table(workbook(args, "stats.xlsx"))
assert header == csv_rows[0].split(","), header
assert len(body) == len(csv_rows) - 1, (len(body), len(csv_rows))
for row, line in zip(body, csv_rows[1:]):
    fields = line.split(",") if '"' not in line else None
    if fields is None:
        continue
    for got, want in zip(row, fields):
        if want == "":
            assert got is None, (row, line)
        elif isinstance(got, (int, float)):
            assert abs(got - float(want)) < 1e-9, (row, line)
        else:
            assert got == want, (row, line)

print(f"xlsx: {len(plans)} plans, {len(items)} due items and {len(body)} stats rows read back by openpyxl")
