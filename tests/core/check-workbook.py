#!/usr/bin/python3
# The leadership workbook, read back by an independent reader (Debian's openpyxl).
#   check-workbook.py PASSERELLE EXPORT_EXPECTATIONS LOCALE
# Fills a small demo workspace, exports it with `passerelle --export` in LOCALE,
# and checks against what export-expectations prints in the same locale (the
# exporter's own sheet and header names, and pas_indicators_compute's values):
# the sheets, their header rows, that numbers and dates are stored as such,
# the summary's values, the layout of the detail sheets, the document
# properties, that no real name appears without --with-names, that people
# without consent are never named in a story, that pseudonyms stay the same
# from one export to the next, and that small groups are hidden.
import datetime
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import openpyxl

passerelle, expectations_exe, test_locale = sys.argv[1:4]
failures = []

PEOPLE_STATISTICS = {"attendance", "training_completion", "skill_level", "readiness_barrier",
                     "divide_index", "at_risk", "change_load", "referent_coverage"}
SUMMARY, SKILLS = 0, 5
DETAIL_SHEETS = (1, 2, 3, 4, 6, 7, 8)


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


env = dict(os.environ, LC_ALL=test_locale, TZ="UTC")
for name in ("LANGUAGE", "LANG", "DISPLAY", "WAYLAND_DISPLAY"):
    env.pop(name, None)


def run(*argv):
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


def export(workspace, out, *options):
    run(passerelle, "--export", out, "--workspace", workspace, *options)
    expected = json.loads(run(expectations_exe, "--workspace", workspace,
                              *[o for o in options if o not in ("--with-names", "--force")]))
    return openpyxl.load_workbook(out), expected


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def rows_of(sheet):
    return list(sheet.iter_rows())


def find_row(rows, first_values):
    for index, row in enumerate(rows):
        if [c.value for c in row[:len(first_values)]] == list(first_values):
            return index
    return None


def check_raw_xml(path, expected):
    """Numbers written in the C locale, whatever the program's locale."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        charts = [n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        check(len(charts) == 4, f"{path}: {len(charts)} charts instead of 4")
        for name in names:
            if not name.endswith(".xml"):
                continue
            xml = archive.read(name).decode()
            bad = re.search(r"<v>[^<]*,[^<]*</v>|\b(val|width|left|right|top|bottom|header|footer|defaultRowHeight)"
                            r"=\"-?[0-9]+,[0-9]+\"", xml)
            check(bad is None, f"{path}: {name} holds a number with a decimal comma: {bad and bad.group(0)}")
            if name in charts:
                check(expected["sheets"][SUMMARY]["name"] in xml, f"{path}: {name} does not read the summary")
        app = archive.read("docProps/app.xml").decode()
    return app


def check_workbook(path, workbook, expected, organisation):
    no_value = expected["no_value"]
    sheets = expected["sheets"]
    check(workbook.sheetnames == [s["name"] for s in sheets],
          f"{path}: sheets {workbook.sheetnames}, expected {[s['name'] for s in sheets]}")
    if failures:
        return

    app = check_raw_xml(path, expected)
    check(expected["project"] in (workbook.properties.title or ""), f"{path}: title {workbook.properties.title!r}")
    check(bool(workbook.properties.creator), f"{path}: no author")
    if organisation:
        check(f"<Company>{escape(organisation)}</Company>" in app, f"{path}: company is not {organisation!r}")

    # Header rows, layout and types of the detail sheets.
    numbers_seen = dates_seen = 0
    for index in DETAIL_SHEETS + (SKILLS, len(sheets) - 1):
        spec = sheets[index]
        sheet = workbook[spec["name"]]
        rows = rows_of(sheet)
        header = [c.value for c in rows[0]]
        if index == SKILLS:
            expected_header = spec["headers"] + expected["skills"]
        else:
            expected_header = spec["headers"]
        check(header[:len(expected_header)] == expected_header and all(v is None for v in header[len(expected_header):]),
              f"{path}: {spec['name']}: header {header}, expected {expected_header}")
        check(sheet.freeze_panes == ("B2" if index == SKILLS else "A2"),
              f"{path}: {spec['name']}: frozen at {sheet.freeze_panes}")
        check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"),
              f"{path}: {spec['name']}: no autofilter ({sheet.auto_filter.ref})")
        check(sheet.page_setup.orientation == "landscape", f"{path}: {spec['name']}: not landscape")
        # fitToWidth is 1 when absent (ECMA-376), fitToHeight 0: as many pages as needed.
        check(sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage
              and sheet.page_setup.fitToWidth in (None, 1, "1") and sheet.page_setup.fitToHeight in (0, "0"),
              f"{path}: {spec['name']}: not fitted to the width of the page")
        widths = [d for d in sheet.column_dimensions.values() if d.customWidth and d.width and d.width > 5]
        for column in range(1, len(expected_header) + 1):
            check(any(d.min <= column <= d.max for d in widths),
                  f"{path}: {spec['name']}: column {openpyxl.utils.get_column_letter(column)} has no width")

        types = spec["types"] + (["decimal"] * len(expected["skills"]) if index == SKILLS else [])
        last = len(expected["departments"]) + 1 if index == SKILLS else len(rows)
        if index == len(sheets) - 1:
            last = 1 + len(expected["indicators"])  # the indicators of the dictionary, then prose
        for row in rows[1:last]:
            for column, kind in enumerate(types):
                if column >= len(row) or row[column].value is None or kind == "text":
                    continue
                cell = row[column]
                if kind in ("date", "datetime"):
                    dates_seen += check(isinstance(cell.value, datetime.datetime),
                                        f"{path}: {spec['name']}!{cell.coordinate}: {cell.value!r} is not a date")
                elif cell.value != no_value:
                    numbers_seen += check(is_number(cell.value),
                                          f"{path}: {spec['name']}!{cell.coordinate}: {cell.value!r} is not a number")
                    if kind == "percent":
                        check("%" in cell.number_format,
                              f"{path}: {spec['name']}!{cell.coordinate}: no percent format ({cell.number_format})")
    check(numbers_seen > 100 and dates_seen > 100,
          f"{path}: only {numbers_seen} numbers and {dates_seen} dates in the detail sheets")

    # The summary's figures are the core's.
    summary = workbook[sheets[SUMMARY]["name"]]
    rows = rows_of(summary)
    start = find_row(rows, sheets[SUMMARY]["headers"])
    if not check(start is not None, f"{path}: no indicator table in the summary"):
        return
    shown = {row[0].value: row for row in rows[start + 1:start + 1 + len(expected["indicators"])]}
    compared = 0
    for indicator in expected["indicators"]:
        row = shown.get(indicator["name"])
        if not check(row is not None, f"{path}: summary: no row for {indicator['name']!r}"):
            continue
        for column, field in ((1, "value"), (2, "previous")):
            cell, value = row[column].value, indicator[field]
            if indicator["hidden"] or value is None:
                check(cell == no_value, f"{path}: summary: {indicator['key']} {field} is {cell!r}, expected {no_value}")
            else:
                compared += check(is_number(cell) and close(cell, value),
                                  f"{path}: summary: {indicator['key']} {field} is {cell!r}, the core says {value!r}")
    print(f"{os.path.basename(path)}: {numbers_seen} numbers and {dates_seen} dates in the detail sheets,"
          f" {compared} figures of the summary equal to the core's")


def all_strings(workbook):
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    yield sheet.title, value


def check_no_names(path, workbook, names, expected):
    found = [(sheet, value) for sheet, value in all_strings(workbook) for name in names if name in value]
    check(not found, f"{path}: real names without --with-names: {found[:5]}")
    pattern = re.compile("^" + re.sub(r"\d+", r"\\d{4}", re.escape(expected["pseudonym_example"])) + "$")
    pseudonyms = sum(1 for _, value in all_strings(workbook) if pattern.match(value))
    check(pseudonyms > 100, f"{path}: only {pseudonyms} pseudonyms like {expected['pseudonym_example']!r}")


def check_stories(path, workbook, expected, db, project):
    """With names: the colleagues of a story are named only with their consent."""
    stories = {}
    for story_id, title, day in db.execute("SELECT s.id, s.title, s.story_date FROM success_story s"
                                           " JOIN project p ON p.id = s.project_id WHERE p.name = ?", (project,)):
        people = db.execute("SELECT p.name, sp.consent FROM story_person sp JOIN person p ON p.id = sp.person_id"
                            " WHERE sp.story_id = ?", (story_id,)).fetchall()
        stories[(day, title)] = people
    sheet = workbook[expected["sheets"][8]["name"]]
    unnamed_total = checked = 0
    for row in list(sheet.iter_rows(values_only=True))[1:]:
        day = row[0].strftime("%Y-%m-%d") if isinstance(row[0], datetime.datetime) else None
        people = stories.get((day, row[1]))
        if not check(people is not None, f"{path}: unknown story {row[1]!r}"):
            continue
        listed = row[9] or ""
        consenting = {name for name, consent in people if consent}
        for name, consent in people:
            if not consent and name not in consenting:
                checked += 1
                check(name not in listed, f"{path}: {name!r} is named in {row[1]!r} without consent")
        unnamed = sum(1 for _, consent in people if not consent)
        unnamed_total += unnamed
        check(row[10] == unnamed, f"{path}: story {row[1]!r}: {row[10]!r} not named, expected {unnamed}")
        check(all(name in listed for name in consenting), f"{path}: story {row[1]!r}: {listed!r} misses someone")
    check(checked > 0 and unnamed_total > 0, f"{path}: no story with someone who did not consent to check")


def feedback_authors(workbook, expected):
    sheet = workbook[expected["sheets"][3]["name"]]
    return {(row[0], row[5]): row[7] for row in list(sheet.iter_rows(values_only=True))[1:]}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        workspace = os.path.join(tmp, "demo.passerelle")
        run(passerelle, "--demo", "small", "--workspace", workspace)
        db = sqlite3.connect(workspace)
        names = sorted({n.strip() for (n,) in db.execute("SELECT name FROM person") if len(n.strip()) > 3})
        projects = [n for (n,) in db.execute("SELECT name FROM project ORDER BY name COLLATE NOCASE, id")]
        organisation = (db.execute("SELECT value FROM setting WHERE key = 'organisation_name'").fetchone() or [None])[0]
        low, high = db.execute("SELECT min(created_at), max(created_at) FROM feedback f JOIN project p"
                               " ON p.id = f.project_id WHERE p.name = ?", (projects[0],)).fetchone()
        since = datetime.datetime.utcfromtimestamp(low + (high - low) // 3).strftime("%Y-%m-%d")
        until = datetime.datetime.utcfromtimestamp(low + 2 * (high - low) // 3).strftime("%Y-%m-%d")

        # Pseudonyms, every date, the first project.
        path = os.path.join(tmp, "all.xlsx")
        workbook, expected = export(workspace, path)
        if test_locale.startswith("fr"):
            check(expected["decimal_point"] == ",",
                  f"{test_locale} is not available on this machine (make test generates it):"
                  f" the decimal point is {expected['decimal_point']!r}")
        check(expected["project"] == projects[0], f"the first project is {expected['project']!r}, not {projects[0]!r}")
        check_workbook(path, workbook, expected, organisation)
        check_no_names(path, workbook, names, expected)
        authors = feedback_authors(workbook, expected)

        # A period: other values, the same pseudonyms.
        path = os.path.join(tmp, "period.xlsx")
        workbook, expected = export(workspace, path, "--project", projects[0], "--since", since, "--until", until)
        check_workbook(path, workbook, expected, organisation)
        check_no_names(path, workbook, names, expected)
        period = [row for row in workbook[expected["sheets"][SUMMARY]["name"]].iter_rows(values_only=True)
                  if isinstance(row[1], str) and since in row[1] and until in row[1]]
        check(len(period) == 1, f"{path}: the summary does not show the period {since} – {until}")
        same = [authors[key] == author for key, author in feedback_authors(workbook, expected).items() if key in authors]
        check(len(same) > 20 and all(same), f"{path}: pseudonyms changed from one export to the next")

        # Names, the last project: the stories still hide who did not consent.
        path = os.path.join(tmp, "names.xlsx")
        workbook, expected = export(workspace, path, "--project", projects[-1], "--with-names")
        check_workbook(path, workbook, expected, organisation)
        named = {name for _, value in all_strings(workbook) for name in names if name in value}
        check(len(named) > 10, f"{path}: --with-names shows only {len(named)} names")
        check_stories(path, workbook, expected, db, projects[-1])
        db.close()

        # A privacy threshold above everyone: every statistic about people is hidden.
        hidden_workspace = os.path.join(tmp, "hidden.passerelle")
        shutil.copy(workspace, hidden_workspace)
        with sqlite3.connect(hidden_workspace) as hidden_db:
            hidden_db.execute("UPDATE setting SET value = '100000' WHERE key = 'privacy_k'")
        path = os.path.join(tmp, "hidden.xlsx")
        workbook, expected = export(hidden_workspace, path)
        check_workbook(path, workbook, expected, organisation)
        for indicator in expected["indicators"]:
            check(indicator["hidden"] == (indicator["key"] in PEOPLE_STATISTICS),
                  f"{path}: {indicator['key']} hidden: {indicator['hidden']}")
        heatmap = list(workbook[expected["sheets"][SKILLS]["name"]].iter_rows(min_row=2, min_col=2, values_only=True))
        check(heatmap and all(v == expected["no_value"] for row in heatmap for v in row if v is not None),
              f"{path}: the heatmap shows small groups")

    if failures:
        print(f"{len(failures)} problems under {test_locale}:")
        for failure in failures[:50]:
            print(" -", failure)
        sys.exit(1)
    print(f"workbooks checked under {test_locale}: ok")


main()
