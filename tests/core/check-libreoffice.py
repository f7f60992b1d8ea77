#!/usr/bin/python3
# LibreOffice (Debian's libreoffice-calc) opens every sheet of the demo's workbooks.
#   check-libreoffice.py PASSERELLE
# Exports the small demo twice (C locale with pseudonyms, French locale with names),
# has `soffice --headless --convert-to csv` write every sheet of both (one CSV per
# sheet, LibreOffice ≥ 7.2), with a private profile, and checks that it exits 0
# without an error, and that each sheet gives a CSV holding as many rows as
# openpyxl reads in it.
import csv
import os
import subprocess
import sys
import tempfile

import openpyxl

passerelle = sys.argv[1]
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
# Printed by every LibreOffice without a Java runtime; harmless for Calc.
KNOWN_NOISE = ("failed to launch javaldx",)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(argv, env, timeout=120):
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result


def rows_with_content(rows):
    return sum(1 for row in rows if any(value not in (None, "") for value in row))


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, HOME=tmp, TZ="UTC")
    for name in ("LANGUAGE", "LANG", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    workspace = os.path.join(tmp, "demo.passerelle")
    run([passerelle, "--demo", "small", "--workspace", workspace], dict(env, LC_ALL="C.UTF-8"))
    workbooks = {
        os.path.join(tmp, "pseudonyms.xlsx"): ("C.UTF-8", []),
        os.path.join(tmp, "names.xlsx"): ("fr_FR.UTF-8", ["--with-names"]),
    }
    for path, (locale, options) in workbooks.items():
        run([passerelle, "--export", path, "--workspace", workspace, *options], dict(env, LC_ALL=locale))

    out = os.path.join(tmp, "csv")
    result = run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
                  "--convert-to", CSV_ALL_SHEETS, "--outdir", out, *workbooks],
                 dict(env, LC_ALL="C.UTF-8"), timeout=240)
    complaints = [line for line in result.stderr.splitlines()
                  if line.strip() and not any(known in line for known in KNOWN_NOISE)]
    complaints += [line for line in result.stdout.splitlines() if "error" in line.lower()]
    check(not complaints, f"soffice complained: {complaints}")

    for path in workbooks:
        base = os.path.splitext(os.path.basename(path))[0]
        workbook = openpyxl.load_workbook(path)
        check(len(workbook.sheetnames) == 10, f"{path}: {len(workbook.sheetnames)} sheets")
        for sheet in workbook.worksheets:
            name = os.path.join(out, f"{base}-{sheet.title}.csv")
            if not os.path.exists(name):
                check(False, f"{path}: LibreOffice wrote no CSV for the sheet {sheet.title!r}")
                continue
            with open(name, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            expected = rows_with_content(sheet.iter_rows(values_only=True))
            check(expected > 1 and rows_with_content(rows) == expected,
                  f"{path}: {sheet.title}: LibreOffice read {rows_with_content(rows)} rows, openpyxl {expected}")
        print(f"{os.path.basename(path)}: {len(workbook.sheetnames)} sheets opened by LibreOffice")

if failures:
    print(f"{len(failures)} problems:")
    for failure in failures:
        print(" -", failure)
    sys.exit(1)
print("LibreOffice: ok")
