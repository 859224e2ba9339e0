#!/usr/bin/env python3
"""Cuts the ANR test fixtures from the real export (shared/data/anr-france-pia): the header and the rows of a handful
of projects, with every partner row of those projects. Each kept <row> element is copied byte for byte (its row number
r="..." included, so a fixture row names the real file's row), and every other part of the workbook is copied as is;
only the sheet's <dimension> is rewritten. Run from this folder:

    python3 cut_fixtures.py ../../../../../../shared/data/anr-france-pia
"""
import re
import sys
import zipfile
from pathlib import Path

STEM = "anr-dgpie-depuis-2010-projets-finances-20220512"

# Projects file rows, one reason each:
PROJECTS = [
    "ANR-22-PETQ-0010",     # row 2: aid 0 (not yet contracted), no start date, its one partner "Non renseigné"
    "ANR-21-RHUS-0001",     # row 44: RHUS 2021, aid 0, no start date
    "ANR-18-RHUS-0013",     # row 303: RHUS, start 43800, EUR 5,719,814; a partner abroad ("Etranger": AB SCIEX)
    "ANR-16-RHUS-0002",     # row 477: RHUS, EUR 2,832,180.73
    "ANR-10-SACL-0038-01",  # row 772: a code with a suffix; partner codes that do not extend it
    "ANR-10-INBS-0006",     # row 933: EUR 9999997.810000001 (a float artefact), with a French abstract
]


def cut(source, target, code_cell):
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    rows = re.findall(r"<row [^>]*>.*?</row>", sheet, flags=re.S)
    kept = [rows[0]] + [row for row in rows[1:] if code_cell(row) in PROJECTS]
    last = re.search(r'<row r="(\d+)"', kept[-1]).group(1)
    start, end = sheet.index("<sheetData>") + len("<sheetData>"), sheet.index("</sheetData>")
    sheet = sheet[:start] + "".join(kept) + sheet[end:]
    sheet = re.sub(r'<dimension ref="A1:([A-Z]+)\d+"/>', lambda m: f'<dimension ref="A1:{m.group(1)}{last}"/>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return len(kept) - 1


def first_cell(row):
    match = re.search(r'<c r="A\d+"[^>]*><is><t>([^<]*)</t></is></c>', row)
    return match.group(1) if match else None


if __name__ == "__main__":
    shared = Path(sys.argv[1])
    for part in ("projets", "partenaires"):
        n = cut(shared / f"{STEM}-{part}.xlsx", Path(f"{STEM}-{part}.xlsx"), first_cell)
        print(f"{STEM}-{part}.xlsx: {n} rows")
