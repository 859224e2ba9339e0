#!/usr/bin/python3
"""Does a sentence-embedding model pay as a lever for the PM and challenge classifier? (issue 18)

On the rows and folds of the protocol file `icpermed evaluate` writes (source,source_id,split,inner), per label
(pm, c1..c5, macro = mean F1 of c1..c5), nested and held-out, with bootstrap 95 % intervals:
  (a) the baseline: word 1-2-gram + char_wb 3-5-gram TF-IDF -> LogisticRegression(liblinear, C=4, balanced), as
      scripts/bench/sklearn_baseline.py (same parameters and random_state, so the same decisions);
  (b) LogisticRegression(liblinear, balanced) on the stored MiniLM embeddings (the --out CSV of the embed program
      bench/IcPerMed.Embeddings, formerly `icpermed embed`), C per label
      from {0.25, 1, 4, 16, 64} by inner cross-validation;
  (c) the mean of (a)'s and (b)'s probabilities, (b)'s C per label chosen on the mean's inner F1;
  (s) per label, whichever of (a) alone and the (c) means has the higher inner F1 (ties -> (a));
  and the lever "challenge models trained on pm rows only" applied to (a) and (c) as fixed variants (a-pm, c-pm):
  the challenge models see only the training part's pm-positive rows; pm's model is unchanged.
Paired deltas against (a) use the same bootstrap resamples.

The protocol, as `icpermed evaluate` applies it: nested = each outer fold decided by models fitted on the other
development rows, thresholds (and C) chosen by the inner CV of that training part (the `inner` column); held-out =
models fitted on all development rows, thresholds by CV over the outer folds. Thresholds maximise F1 on the inner
out-of-fold probabilities (ties -> higher); challenge thresholds are chosen among the rows whose inner pm decision is
yes (all positives still count) and challenge decisions are gated on the pm decision.

The embeddings come from bench/IcPerMed.Embeddings, a program outside IcPerMed.Analytics.sln (the lever did not pay,
so the product does not carry ONNX Runtime and the model):
  dotnet run --project bench/IcPerMed.Embeddings -c Release -- --texts labelled --out /tmp/labelled-first.csv --models /tmp/m
  dotnet run --project bench/IcPerMed.Embeddings -c Release -- --texts labelled --input chunk-mean --out /tmp/labelled-chunk.csv --models /tmp/m

Run: nice -n 15 /usr/bin/python3 scripts/experiments/embedding_lever.py --protocol PROTOCOL.csv \
        --embeddings first=/tmp/labelled-first.csv --embeddings chunk=/tmp/labelled-chunk.csv --json docs/embedding-lever.json
"""

import argparse
import csv
import json
import os
import sys
import time
from multiprocessing import Pool

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sklearn_baseline as base  # noqa: E402  (labels, texts, protocol, thresholds: the baseline's own code)
from pm_levers import boot_weights, f1_boot, tfidf  # noqa: E402  (TF-IDF per training part, bootstrap)

LABELS = base.LABELS
SEED = 20240601
C_GRID = (0.25, 1.0, 4.0, 16.0, 64.0)
G = {}  # counts, embeddings, Y: filled in main, inherited by the forked workers


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def read_embeddings(path, keys):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = {(r[0], r[1]): np.array(r[2:], dtype=np.float64) for r in reader}
    missing = [k for k in keys if k not in rows]
    if missing:
        sys.exit(f"embedding_lever.py: error: {path}: {len(missing)} protocol row(s) have no embedding, e.g. {missing[0]}")
    E = np.stack([rows[k] for k in keys])
    log(f"{path}: {E.shape[1]} dimensions ({len(header) - 2} columns), norms {np.linalg.norm(E, axis=1).min():.4f}.."
        f"{np.linalg.norm(E, axis=1).max():.4f}")
    return E


def lr(C):
    return LogisticRegression(solver="liblinear", penalty="l2", C=C, class_weight="balanced", max_iter=1000,
                              random_state=SEED)


def fit_predict(X, y, tr, pr, C):
    if y[tr].min() == y[tr].max():
        return np.full(len(pr), float(y[tr][0]))
    return lr(C).fit(X[tr], y[tr]).predict_proba(X[pr])[:, 1]


def fit_part(job):
    """Probabilities for rows pr of every model fitted on rows tr: {model: (len(pr) x 6)}."""
    name, tr, pr = job
    t0 = time.perf_counter()
    Y = G["Y"]
    import scipy.sparse as sp
    X = sp.hstack([tfidf(G["word"], tr), tfidf(G["char"], tr)]).tocsr()
    feats = {"tfidf": (X, (4.0,))}
    feats.update({f"emb_{v}": (E, C_GRID) for v, E in G["emb"].items()})
    out = {}
    pm_rows = tr[Y[tr, 0] == 1]
    for feat, (M, grid) in feats.items():
        for C in grid:
            P = np.column_stack([fit_predict(M, Y[:, j], tr, pr, C) for j in range(6)])
            Q = P.copy()  # challenge models on pm rows only
            for j in range(1, 6):
                Q[:, j] = fit_predict(M, Y[:, j], pm_rows, pr, C)
            out[f"{feat}|C{C:g}"] = P
            out[f"{feat}|C{C:g}|pmonly"] = Q
    return name, out, time.perf_counter() - t0


def gated_f1(p, y, gate):
    """Inner F1 of a challenge at its best threshold among gated rows, every positive counting."""
    _, tp, k = base.best_threshold(p[gate], y[gate], positives=int(y.sum()))
    s = k + int(y.sum())
    return 2 * tp / s if s else 0.0


def systems(I, S, Y_R, variant):
    """Per system, (inner probabilities, test probabilities), C chosen per label on the inner F1. I, S: {model: array}."""
    tf, tfp = "tfidf|C4", "tfidf|C4|pmonly"
    out = {"a": (I[tf], S[tf]), "a-pm": (I[tfp], S[tfp])}
    # pm first: its inner decisions gate the challenges' C choice, as they gate the challenges' thresholds
    for name, mix in (("b", False), ("c", True), ("c-pm", True), ("s", True)):
        suffix = "|pmonly" if name.endswith("-pm") else ""
        PI, PS = np.zeros_like(I[tf]), np.zeros_like(S[tf])
        chosen = []
        for j in range(6):
            cands = []
            # s: per label, the baseline alone (C 0) or a mean, whichever has the higher inner F1 (ties -> baseline)
            for C in ((0.0,) if name == "s" else ()) + C_GRID:
                key = f"emb_{variant}|C{C:g}" + (suffix if j else "")
                if C == 0.0:
                    pi, ps = I[tf][:, j], S[tf][:, j]
                else:
                    pi, ps = I[key][:, j], S[key][:, j]
                if mix and C != 0.0:
                    pi = (pi + I[tf + (suffix if j else "")][:, j]) / 2
                    ps = (ps + S[tf + (suffix if j else "")][:, j]) / 2
                if j == 0:
                    _, tp, k = base.best_threshold(pi, Y_R[:, 0])
                    score = 2 * tp / (k + Y_R[:, 0].sum())
                else:
                    score = gated_f1(pi, Y_R[:, j], PI[:, 0] >= base.best_threshold(PI[:, 0], Y_R[:, 0])[0])
                cands.append((score, -C, pi, ps))
            score, negC, pi, ps = max(cands, key=lambda c: (round(c[0], 12), c[1]))  # ties -> smaller C (baseline first)
            PI[:, j], PS[:, j] = pi, ps
            chosen.append(-negC)
        out[f"{name}_{variant}"] = (PI, PS, chosen)
    return out


def decide(PI, PS, Y_R):
    t = base.gated_thresholds(PI, Y_R)
    D = PS >= t
    D[:, 1:] &= D[:, [0]]
    return D


def summarise(D, Y, W, Dref=None):
    def point(Dx):
        tp = (Dx & (Y == 1)).sum(0)
        s = Dx.sum(0) + (Y == 1).sum(0)
        return np.where(s > 0, 2 * tp / np.maximum(s, 1), 0.0)
    p, bs = point(D), f1_boot(W, D, Y)
    pr, br = (point(Dref), f1_boot(W, Dref, Y)) if Dref is not None else (None, None)
    res = {}
    for name, j in [(l, i) for i, l in enumerate(LABELS)] + [("macro", None)]:
        pick = (lambda a: a[..., 1:].mean(-1)) if j is None else (lambda a, j=j: a[..., j])
        dist = pick(bs)
        r = dict(f1=float(pick(p)), ci=[float(np.percentile(dist, 2.5)), float(np.percentile(dist, 97.5))])
        if Dref is not None:
            dd = dist - pick(br)
            r.update(delta=float(pick(p) - pick(pr)), delta_ci=[float(np.percentile(dd, 2.5)), float(np.percentile(dd, 97.5))])
        res[name] = r
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description="Sentence-embedding lever (issue 18) under the honest protocol of "
                                             "`icpermed evaluate`: TF-IDF LR vs embedding LR vs their mean.")
    ap.add_argument("--protocol", required=True, help="protocol.csv (source,source_id,split,inner) from icpermed evaluate")
    ap.add_argument("--labels", default="data/labels/train.csv", help="labels CSV (default data/labels/train.csv)")
    ap.add_argument("--texts", action="append", help="JSONL.gz texts (repeatable; default data/abstracts/*.jsonl.gz)")
    ap.add_argument("--embeddings", action="append", required=True, metavar="NAME=CSV",
                    help="the --out CSV (source,source_id,e0..) of `dotnet run --project bench/IcPerMed.Embeddings -c Release -- "
                         "--texts labelled --out CSV`, repeatable, e.g. first=a.csv chunk=b.csv")
    ap.add_argument("--bootstrap", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", required=True, help="output JSON (scripts/experiments/render_embedding_lever.py JSON prints its tables)")
    args = ap.parse_args(argv)
    t_start = time.perf_counter()
    protocol = base.read_protocol(args.protocol)
    keys = list(protocol)
    label_keys, Y_all = base.read_labels(args.labels)
    index = {k: i for i, k in enumerate(label_keys)}
    absent = [k for k in keys if k not in index]
    if absent:
        sys.exit(f"embedding_lever.py: error: {args.protocol}: {len(absent)} row(s) not in {args.labels}, e.g. {absent[0]}")
    Y = Y_all[[index[k] for k in keys]]
    paths = args.texts or [f"data/abstracts/{f}.jsonl.gz" for f in ("projects", "projects_pages", "projects_repos")]
    text_of = base.read_texts(paths, set(keys))
    texts = [text_of[k] for k in keys]
    split = np.array([protocol[k][0] for k in keys])
    inner = np.array([protocol[k][1] for k in keys])
    dev = np.flatnonzero(split != "holdout")
    hold = np.flatnonzero(split == "holdout")
    outer = np.array([int(s) if s != "holdout" else -1 for s in split])
    G["Y"] = Y
    G["word"] = CountVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True).fit_transform(texts).astype(np.float64).tocsr()
    G["char"] = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=True).fit_transform(texts).astype(np.float64).tocsr()
    G["emb"] = dict((spec.split("=", 1)[0], read_embeddings(spec.split("=", 1)[1], keys)) for spec in args.embeddings)
    log(f"{len(keys)} rows ({len(dev)} development, {len(hold)} held out); counts ready")

    # units: (test rows, training rows, the training rows' folds for thresholds)
    units = {f"o{o}": (dev[outer[dev] == o], dev[outer[dev] != o], inner[dev[outer[dev] != o]]) for o in sorted(set(outer[dev]))}
    units["holdout"] = (hold, dev, outer[dev])
    jobs = []
    for u, (S, R, F) in units.items():
        jobs.append((f"{u}|final", R, S))
        jobs += [(f"{u}|f{k}", R[F != k], R[F == k]) for k in sorted(set(F))]
    results = {}
    with Pool(args.workers) as pool:
        for n, (name, out, secs) in enumerate(pool.imap_unordered(fit_part, jobs), start=1):
            results[name] = out
            log(f"  {n}/{len(jobs)} {name} {secs:.1f} s")

    decisions, chosen = {}, {}
    for u, (S, R, F) in units.items():
        I = {}
        for k in sorted(set(F)):
            for m, P in results[f"{u}|f{k}"].items():
                I.setdefault(m, np.zeros((len(R), 6)))[F == k] = P
        for variant in G["emb"]:
            for name, val in systems(I, results[f"{u}|final"], Y[R], variant).items():
                D = decide(val[0], val[1], Y[R])
                decisions.setdefault(name, {})[u] = (S, D)
                if len(val) > 2:
                    chosen.setdefault(name, {})[u] = val[2]
    W_dev = boot_weights(len(dev), args.bootstrap, SEED)
    W_hold = boot_weights(len(hold), args.bootstrap, SEED + 1)
    pos = {r: i for i, r in enumerate(dev)}
    pooled = {}
    for name, per_unit in decisions.items():
        Dn = np.zeros((len(dev), 6), dtype=bool)
        for u, (S, D) in per_unit.items():
            if u != "holdout":
                Dn[[pos[r] for r in S]] = D
        pooled[name] = (Dn, per_unit["holdout"][1])
    report = {}
    for name, (Dn, Dh) in pooled.items():
        ref = None if name == "a" else pooled["a"]
        report[name] = dict(nested=summarise(Dn, Y[dev], W_dev, None if ref is None else ref[0]),
                            holdout=summarise(Dh, Y[hold], W_hold, None if ref is None else ref[1]),
                            C_per_unit=chosen.get(name))
        r = report[name]
        log(f"{name:<10} nested pm {r['nested']['pm']['f1']:.3f} macro {r['nested']['macro']['f1']:.3f} | "
            f"held-out pm {r['holdout']['pm']['f1']:.3f} macro {r['holdout']['macro']['f1']:.3f}")
    out = dict(protocol=args.protocol, rows=len(keys), development=len(dev), held_out=len(hold),
               positives_dev={l: int(Y[dev, j].sum()) for j, l in enumerate(LABELS)},
               positives_held_out={l: int(Y[hold, j].sum()) for j, l in enumerate(LABELS)},
               bootstrap=args.bootstrap, c_grid=C_GRID, embeddings=[s.split("=", 1)[0] for s in args.embeddings],
               systems=report, seconds=time.perf_counter() - t_start)
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
    log(f"written {args.json} in {out['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
