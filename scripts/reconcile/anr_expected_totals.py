#!/usr/bin/env python3
"""Expected figures of the ANR PIA / France 2030 export, read straight from its two XLSX files with zipfile and
xml.etree only (no openpyxl, no code shared with the product's XLSX reader): the second route the ANR tests compare the
connector and the warehouse with (STYLE.md rule 11).

Usage: anr_expected_totals.py FOLDER            (the folder holding <stem>-projets.xlsx and <stem>-partenaires.xlsx)
       anr_expected_totals.py FOLDER --starts   (CSV: each project's code and start date, yyyy-mm-dd or empty)
Prints one JSON object. Amounts are rounded to the cent row by row (the file carries float artefacts such as
9999997.810000001), then summed as decimals.
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
CENT = Decimal("0.01")


def column(reference):
    number = 0
    for letter in re.match(r"[A-Z]+", reference).group(0):
        number = number * 26 + ord(letter) - 64
    return number - 1


def sheet_rows(path):
    """(row number, header-keyed dict) for every data row of the first worksheet; cells as their text."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for item in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                shared.append("".join(t.text or "" for t in item.iter(MAIN + "t")))
        root = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    header = None
    for row in root.iter(MAIN + "row"):
        cells = {}
        for cell in row.findall(MAIN + "c"):
            kind = cell.get("t")
            value = cell.find(MAIN + "v")
            if kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(MAIN + "t"))
            elif kind == "s":
                text = shared[int(value.text)]
            else:
                text = value.text if value is not None else ""
            cells[column(cell.get("r"))] = text
        values = [cells.get(i, "") for i in range(max(cells) + 1 if cells else 0)]
        if header is None:
            header = values
            continue
        yield int(row.get("r")), dict(zip(header, values))


def eur(text):
    return Decimal(text).quantize(CENT, ROUND_HALF_UP)


def anr(folder):
    folder = Path(folder)
    projects_file = next(folder.glob("*-projets.xlsx"))
    partners_file = next(folder.glob("*-partenaires.xlsx"))
    projects = [r for _, r in sheet_rows(projects_file)]
    partners = [r for _, r in sheet_rows(partners_file)]
    amounts = [eur(p["Projet.Aide_allouee"]) for p in projects]
    funded = [a for a in amounts if a != 0]
    rhus = [eur(p["Projet.Aide_allouee"]) for p in projects if p["Action.Titre.Francais"] == "RHUS"]
    actions = Counter(p["Action.Titre.Francais"] for p in projects)
    return {
        "files": {projects_file.name: len(projects), partners_file.name: len(partners)},
        "projects": len(projects),
        "distinct_codes": len({p["Projet.Code_Decision_ANR"] for p in projects}),
        "without_start_date": sum(1 for p in projects if not p["Projet.Date_debut"].strip()),
        "with_abstract": sum(1 for p in projects if p["Projet.Resume.Francais"].strip()),
        "zero_amount": len(amounts) - len(funded),
        "funded": len(funded),
        "funding_eur": str(sum(funded, Decimal(0))),
        "rhus": len(rhus),
        "rhus_zero_amount": sum(1 for a in rhus if a == 0),
        "rhus_eur": str(sum(rhus, Decimal(0))),
        "actions": len(actions),
        "partners": len(partners),
        "coordinators": sum(1 for p in partners if p["Projet.Partenaire.Est_coordinateur"] in ("1", "true")),
        "unknown_organisations": sum(1 for p in partners if p["Projet.Partenaire.Nom_organisme"] == "Non renseigné"),
        "abroad": sum(1 for p in partners if "Etranger" in (p["Projet.Partenaire.Adresse.Region"], p["Projet.Partenaire.Categorie_organisme"])),
    }


def starts(folder):
    """Each project's start: the Excel serial of the 1900 date system as days after 1899-12-30 (valid from 1900-03-01)."""
    print("source_id,start")
    for _, p in sheet_rows(next(Path(folder).glob("*-projets.xlsx"))):
        serial = p["Projet.Date_debut"].strip()
        day = (date(1899, 12, 30) + timedelta(days=int(float(serial)))).isoformat() if serial else ""
        print(f"{p['Projet.Code_Decision_ANR']},{day}")


if __name__ == "__main__":
    if sys.argv[2:] == ["--starts"]:
        starts(sys.argv[1])
    else:
        print(json.dumps(anr(sys.argv[1]), ensure_ascii=False))
