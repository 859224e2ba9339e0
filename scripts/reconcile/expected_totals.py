#!/usr/bin/env python3
"""Expected reconciliation totals computed straight from the bundled source files, with Python's csv and json modules only.

This is the second route the reconciliation tests compare the product with (STYLE.md rule 11): it shares no code with
the product's parsers. Usage: expected_totals.py cordis DIR | nfr FILE | nih FILE.json.gz   -> one JSON object on stdout.
"""
import csv
import gzip
import json
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path


def rows(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";", quotechar='"')
        header = next(reader)
        for row in reader:
            yield dict(zip(header, row))


def amount(text):
    text = text.strip()
    return Decimal(text.replace(",", ".")) if text else None


def cordis(folder):
    folder = Path(folder)
    files = {p.name: sum(1 for _ in rows(p)) for p in sorted(folder.glob("*.csv.gz"))}
    contributions = defaultdict(list)
    for r in rows(folder / "organization.csv.gz"):
        if amount(r["ecContribution"]) is not None:
            contributions[r["projectID"]].append(amount(r["ecContribution"]))
    funded, total, stated = 0, Decimal(0), 0
    for r in rows(folder / "project.csv.gz"):
        funding = amount(r["ecMaxContribution"])
        if funding is not None:
            stated += 1
        elif contributions.get(r["id"]):
            # The rule: ecMaxContribution, else the participants' ecContribution with an empty one counting as 0.
            funding = sum(contributions[r["id"]])
        if funding is not None:
            funded += 1
            total += funding
    return {
        "files": files,
        "contributions": sum(len(v) for v in contributions.values()),
        "contributions_eur": str(sum((sum(v) for v in contributions.values()), Decimal(0))),
        "projects_stating_funding": stated,
        "projects_with_funding": funded,
        "funding_eur": str(total),
    }


def nfr(path):
    data = list(rows(path))
    cents = [Decimal(r["Innvilget beløp organisasjon EUR"]).quantize(Decimal("0.01"), ROUND_HALF_UP) for r in data]
    return {
        "files": {Path(path).name: len(data)},
        "projects": len({r["Prosjektnr"] for r in data}),
        "contributions": len(data),
        "contributions_eur": str(sum(cents, Decimal(0))),
    }


# The ECB's first USD reference rate is of 1999-01-04: an award dated before it has no EUR value.
ECB_FIRST_USD = "1999-01-04"


def nih(path):
    """A RePORTER response: awards in USD; those dated before the ECB's first USD rate cannot be held in EUR."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        results = json.load(f)["results"]
    awarded = [r for r in results if r.get("award_amount") is not None]

    def day(r):
        return (r.get("award_notice_date") or r.get("budget_start") or r.get("project_start_date") or "")[:10]

    early = [r for r in awarded if day(r) < ECB_FIRST_USD]
    return {
        "records": len(results),
        "awards": len(awarded),
        "awards_usd": str(sum((Decimal(str(r["award_amount"])) for r in awarded), Decimal(0))),
        "unconvertible": len(early),
        "unconvertible_usd": str(sum((Decimal(str(r["award_amount"])) for r in early), Decimal(0))),
    }


if __name__ == "__main__":
    kind, where = sys.argv[1], sys.argv[2]
    print(json.dumps({"cordis": cordis, "nfr": nfr, "nih": nih}[kind](where)))
