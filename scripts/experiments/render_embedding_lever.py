#!/usr/bin/python3
"""Markdown tables of the JSON scripts/experiments/embedding_lever.py writes (docs/classifier-levers.md, "Sentence
embeddings (MiniLM)"): F1 per label with 95 % intervals, and paired deltas against the baseline (a), nested and held-out.

Run: /usr/bin/python3 scripts/experiments/render_embedding_lever.py docs/embedding-lever.json
"""

import json
import sys

LABELS = ["pm", "c1", "c2", "c3", "c4", "c5"]
ORDER = ("a", "b_first", "b_chunk", "c_first", "c_chunk", "s_first", "s_chunk", "a-pm", "c-pm_first", "c-pm_chunk")


def render(path):
    """Prints the tables of one JSON."""
    with open(path, encoding="utf-8") as f:
        r = json.load(f)["systems"]
    names = [n for n in ORDER if n in r]
    rows = LABELS + ["macro"]
    lines = []
    for part in ("nested", "holdout"):
        lines += [f"F1 {part} [95 % interval]:", "", "| system | " + " | ".join(rows) + " |", "|---" * (len(rows) + 1) + "|"]
        for n in names:
            lines.append(f"| {n} | " + " | ".join(f"{r[n][part][l]['f1']:.3f} [{r[n][part][l]['ci'][0]:.2f}, {r[n][part][l]['ci'][1]:.2f}]"
                                                     for l in rows) + " |")
        lines += ["", f"Paired delta against (a), {part} [95 % interval]:", "",
                  "| system | " + " | ".join(rows) + " |", "|---" * (len(rows) + 1) + "|"]
        for n in names[1:]:
            lines.append(f"| {n} | " + " | ".join(f"{r[n][part][l]['delta']:+.3f} [{r[n][part][l]['delta_ci'][0]:+.2f}, "
                                                     f"{r[n][part][l]['delta_ci'][1]:+.2f}]" for l in rows) + " |")
        lines.append("")
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: render_embedding_lever.py JSON")
    render(sys.argv[1])
