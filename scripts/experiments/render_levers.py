#!/usr/bin/python3
"""Markdown tables from the JSON written by pm_levers.py (for docs/classifier-levers.md).

Usage: /usr/bin/python3 scripts/experiments/render_levers.py artifacts/experiments/pm_levers.json > tables.md
"""

import json
import sys

COLS = ["pm", "c1", "c2", "c3", "c4", "c5", "macro_c"]


def cell(r, with_delta):
    s = f"{r['f1']:.3f} [{r['ci'][0]:.2f}, {r['ci'][1]:.2f}]"
    if with_delta and "delta" in r:
        s += f"<br>Δ {r['delta']:+.3f} [{r['delta_ci'][0]:+.2f}, {r['delta_ci'][1]:+.2f}]"
    return s


def table(levers, part):
    lines = ["| lever | " + " | ".join("macro c1..c5" if c == "macro_c" else c for c in COLS) + " |",
             "|---" * (len(COLS) + 1) + "|"]
    for name, r in levers.items():
        lines.append(f"| {name} | " + " | ".join(cell(r[part][c], True) for c in COLS) + " |")
    return "\n".join(lines)


def main(path):
    with open(path, encoding="utf-8") as f:
        out = json.load(f)
    p = out["protocol"]
    print(f"Development rows {p['dev_rows']} (positives {p['dev_positives']}), held-out rows {p['holdout_rows']} "
          f"(positives {p['holdout_positives']}); inner folds {p['inner_folds']}; bootstrap {p['bootstrap']}.\n")
    print("### Nested CV (pooled outer test folds of the development rows)\n")
    print(table(out["levers"], "nested"))
    print("\n### Held-out 20 % (policy fitted on all development rows)\n")
    print(table(out["levers"], "holdout"))
    print("\n### Choices made by the inner CV (outer folds 1..5 | final model)\n")
    for name, r in out["levers"].items():
        if name == "baseline":
            continue
        per = {}
        for rec in r["choices_outer"]:
            for l, c in rec.items():
                per.setdefault(l, []).append(c)
        s = "; ".join(f"{l}: {', '.join(v)} → {r['choices_final'][l]}" for l, v in per.items())
        print(f"* **{name}**: {s}")
    print("\n### Learning curve (baseline, nested; training part subsampled, outer test folds unchanged)\n")
    print("| fraction | training rows | pm pos | c1 pos | c4 pos | pm F1 | c1 F1 | c4 F1 | c5 F1 | macro c1..c5 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for c in out["learning_curve"]:
        tp = c["train_positives"]
        print(f"| {c['fraction']:.1f} | {c['train_rows']:.0f} | {tp['pm']:.0f} | {tp['c1']:.0f} | {tp['c4']:.0f} | "
              + " | ".join(f"{c[k]['f1']:.3f} [{c[k]['ci'][0]:.2f}, {c[k]['ci'][1]:.2f}]"
                           for k in ("pm", "c1", "c4", "c5", "macro_c")) + " |")
    print("\n| label | goal | slope of log(1-F1) vs log(rows) | training rows the fit needs for the goal |")
    print("|---|---|---|---|")
    for l, e in out["learning_curve_extrapolation"].items():
        need = "not reached (flat or rising)" if e["rows_needed"] is None else f"{e['rows_needed']:,.0f}"
        print(f"| {l} | {e['goal']} | {e['slope']:.2f} | {need} |")
    print(f"\n### pm errors of the best pm policy ({out['best_pm_policy']}), nested\n")
    for e in out["pm_errors"]:
        cues = ", ".join(f"{k} {v:g}" for k, v in e["cues"].items())
        print(f"* {e['kind']}, p={e['p_pm']:.2f}: \"{e['title']}\" ({e['key'][0]} {e['key'][1]}); cues: {cues}")


if __name__ == "__main__":
    main(sys.argv[1])
