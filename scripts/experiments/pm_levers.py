#!/usr/bin/python3
"""Which levers move the IcPerMed PM-relevance and challenge classifier? Honest nested-CV study (issue: F1 0.85 -> 0.92).

Protocol (see docs/classifier-levers.md):
* 20 % of the labelled rows, stratified by pm (seed 20240601), are held out; no choice sees them.
* On the other 80 % (development rows): outer 5-fold CV (stratified by pm); inside each outer training part an inner
  k-fold CV gives out-of-fold probabilities for every candidate model. Every choice (candidate / hyperparameter,
  lever on/off, threshold, second-stage fit) is made on those inner out-of-fold probabilities only; the outer test
  fold is then scored once. Pooled outer-fold decisions give the nested figures.
* Held-out: the same policy with the dev rows as training part (its "inner" CV = the outer folds), scored on the
  held-out rows.
* Challenge decisions are gated on the pm decision (a challenge is positive only when pm is predicted positive).
* Per-label F1 with bootstrap 95 % intervals (1,000 resamples of rows), and paired bootstrap deltas vs baseline.

TF-IDF is computed exactly as sklearn's TfidfVectorizer(sublinear_tf=True, min_df=2) fitted on each training part:
term counts are extracted once, then vocabulary (df >= 2 in the training part), idf and l2 norm come from the training
rows only, so nothing of the scored rows leaks into the features.

Run: /usr/bin/python3 scripts/experiments/pm_levers.py --json artifacts/experiments/pm_levers.json
"""

import argparse
import csv
import gzip
import json
import os
import pickle
import sys
import time
from multiprocessing import Pool

import numpy as np
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import StandardScaler, normalize
from sklearn.svm import LinearSVC

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tailoring  # noqa: E402

LABELS = ["pm", "c1", "c2", "c3", "c4", "c5"]
CHALLENGES = LABELS[1:]
HOLDOUT_SEED = 20240601
CHAR_SPECS = {"word": None, "c24": (2, 4), "c35": (3, 5), "c36": (3, 6), "c46": (4, 6)}
BASE = "lr_c35_C4_bal"


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------------------ data

def load(labels_path, text_paths):
    wanted, keys, Y = set(), [], []
    with open(labels_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            keys.append((row["source"], row["source_id"]))
            Y.append([int(row[l]) for l in LABELS])
    wanted = set(keys)
    objs = {}
    for p in text_paths:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    k = (str(o["source"]), str(o["source_id"]))
                    if k in wanted:
                        objs[k] = o
    missing = [k for k in keys if k not in objs]
    if missing:
        sys.exit(f"pm_levers.py: error: {len(missing)} labelled rows have no text, e.g. {missing[0]}")
    order = sorted(range(len(keys)), key=lambda i: keys[i])  # label-file order does not matter
    keys = [keys[i] for i in order]
    Y = np.array(Y, dtype=np.int8)[order]
    texts = [(objs[k].get("title") or "") + " " + (objs[k].get("abstract") or "") for k in keys]
    titles = [objs[k].get("title") or "" for k in keys]
    meta = [" ".join(str(objs[k].get(f) or "") for f in ("funder", "programme_or_topic")) for k in keys]
    return keys, Y, texts, titles, meta


def count_blocks(texts, meta):
    """Raw term counts for every row, per block; idf/min_df/norm are applied per training part later."""
    blocks = {"word": CountVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True).fit_transform(texts)}
    for n in range(2, 7):
        # sklearn's char_wb counts a padded word shorter than n once, at the range's smallest n; so block n keeps
        # those short tokens only when n opens the range ("char{n}"), and only exact n-grams otherwise ("char{n}x").
        v = CountVectorizer(analyzer="char_wb", ngram_range=(n, n), lowercase=True)
        X = v.fit_transform(texts).tocsc()
        exact = np.array(sorted(i for t, i in v.vocabulary_.items() if len(t) == n))
        blocks[f"char{n}"] = X
        blocks[f"char{n}x"] = X[:, exact]
    blocks["meta"] = CountVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True,
                                     token_pattern=r"(?u)\b[\w-]{2,}\b").fit_transform(meta)
    return {k: sp.csr_matrix(v, dtype=np.float64) for k, v in blocks.items()}


def char_counts(counts, lo, hi):
    """Counts of TfidfVectorizer(analyzer="char_wb", ngram_range=(lo, hi)), from the per-n blocks."""
    return sp.hstack([counts[f"char{lo}"]] + [counts[f"char{n}x"] for n in range(lo + 1, hi + 1)])


def tfidf(C, train):
    """sklearn TfidfVectorizer(sublinear_tf, min_df=2, smooth_idf, l2) fitted on rows `train`, applied to all rows."""
    df = np.bincount(C[train].indices, minlength=C.shape[1])
    keep = np.flatnonzero(df >= 2)
    n = len(train)
    idf = np.log((1.0 + n) / (1.0 + df[keep])) + 1.0
    X = C[:, keep].tocsr(copy=True)
    X.data = 1.0 + np.log(X.data)
    X = X @ sp.diags(idf)
    return normalize(X, norm="l2")


# ------------------------------------------------------------------------------------------------------------ models

G = {}  # filled in main (counts, Y, T); inherited by forked workers


def lr(C=4.0, cw="balanced"):
    return LogisticRegression(solver="liblinear", C=C, class_weight=cw, max_iter=1000, random_state=0)


def sqrt_weights(y):
    pos, neg = max(1, int(y.sum())), max(1, int(len(y) - y.sum()))
    return {0: 1.0, 1: float(np.sqrt(neg / pos))}


def fit_prob(model, X, y, tr, pr):
    model.fit(X[tr], y[tr])
    return model.predict_proba(X[pr])[:, 1]


def nbsvm_prob(X, y, tr, pr):
    Xb = X[tr].copy()
    Xb.data[:] = 1.0
    p = 1.0 + np.asarray(Xb[y[tr] == 1].sum(0)).ravel()
    q = 1.0 + np.asarray(Xb[y[tr] == 0].sum(0)).ravel()
    r = np.log((p / p.sum()) / (q / q.sum()))
    Xr = normalize(X @ sp.diags(r))
    return fit_prob(lr(), Xr, y, tr, pr)


def run_set(job):
    """One training part: fit every candidate for every label, return probabilities on the rows to predict."""
    name, tr, pr, full = job
    counts, Y, T = G["counts"], G["Y"], G["T"]
    t0 = time.perf_counter()
    tr, pr = np.asarray(tr), np.asarray(pr)
    word = tfidf(counts["word"], tr)
    out = {l: {} for l in LABELS}
    specs = CHAR_SPECS if full else {"c35": (3, 5)}
    X35 = None
    for spec, rng in specs.items():
        if rng is None:
            X = word
        else:
            X = sp.hstack([word, tfidf(char_counts(counts, *rng).tocsr(), tr)]).tocsr()
        for j, l in enumerate(LABELS):
            out[l][f"lr_{spec}_C4_bal"] = fit_prob(lr(), X, Y[:, j], tr, pr)
        if spec == "c35":
            X35 = X
    if not full:
        return name, out, time.perf_counter() - t0
    X = X35
    meta = tfidf(counts["meta"], tr)
    Xmeta = sp.hstack([X, meta]).tocsr()
    sc = StandardScaler().fit(T[tr])
    Xtail = sp.hstack([X, sp.csr_matrix(0.1 * sc.transform(T))]).tocsr()
    for j, l in enumerate(LABELS):
        y = Y[:, j]
        o = out[l]
        for C in (1.0, 16.0, 64.0):
            o[f"lr_c35_C{C:g}_bal"] = fit_prob(lr(C=C), X, y, tr, pr)
        o["lr_c35_C4_none"] = fit_prob(lr(cw=None), X, y, tr, pr)
        o["lr_c35_C4_sqrt"] = fit_prob(lr(cw=sqrt_weights(y[tr])), X, y, tr, pr)
        o["svm_cal"] = fit_prob(CalibratedClassifierCV(LinearSVC(C=0.5, class_weight="balanced"), cv=3,
                                                       method="sigmoid"), X, y, tr, pr)
        o["nbsvm"] = nbsvm_prob(X, y, tr, pr)
        o["cnb_cal"] = fit_prob(CalibratedClassifierCV(ComplementNB(alpha=0.3), cv=3, method="sigmoid"), X, y, tr, pr)
        o["lr_meta"] = fit_prob(lr(), Xmeta, y, tr, pr)
        o["lr_tail"] = fit_prob(lr(), Xtail, y, tr, pr)
        if l != "pm":  # challenge model trained on pm-positive rows only: P(c | pm)
            trp = tr[Y[tr, 0] == 1]
            o["lr_pmonly"] = fit_prob(lr(), X, y, trp, pr)
    return name, out, time.perf_counter() - t0


# ------------------------------------------------------------------------------------------------------------ metrics

def best_threshold(p, y):
    """Threshold maximising F1 of (p >= t) among the distinct probabilities; ties -> higher threshold."""
    order = np.argsort(-p, kind="mergesort")
    ps, ys = p[order], y[order]
    P = int(y.sum())
    best = None
    tp, i, n = 0, 0, len(ps)
    while i < n:
        t = ps[i]
        while i < n and ps[i] == t:
            tp += int(ys[i])
            i += 1
        if best is None or tp * (best[1] + P) > best[0] * (i + P):
            best = (tp, i, float(t))
    f1 = 2 * best[0] / (best[1] + P) if (best[1] + P) else 0.0
    return best[2], f1


def f1(d, y):
    tp = int((d & (y == 1)).sum())
    s = int(d.sum()) + int(y.sum())
    return 2 * tp / s if s else 0.0


def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


# ------------------------------------------------------------------------------------------------------------ policies
# A unit: training rows R with inner out-of-fold probabilities I[label][cand] (aligned with R), test rows S with
# probabilities S_[label][cand]. A policy returns decisions (len(S) x 6) using only R's labels and I.

ENSEMBLES = {"ens_lr+svm": ["lr_c35_C4_bal", "svm_cal"], "ens_lr+nbsvm": ["lr_c35_C4_bal", "nbsvm"],
             "ens_lr+cnb": ["lr_c35_C4_bal", "cnb_cal"],
             "ens_all4": ["lr_c35_C4_bal", "svm_cal", "nbsvm", "cnb_cal"]}


def prob(store, l, cand):
    if cand in ENSEMBLES:
        return np.mean([store[l][c] for c in ENSEMBLES[cand]], axis=0)
    return store[l][cand]


def choose(cands, l, unit, gate=None):
    """Candidate with the best inner F1 (ties -> first listed) and its threshold; gate masks rows pm-negative."""
    yR = G["Y"][unit["R"], LABELS.index(l)]
    best = None
    for c in cands:
        p = prob(unit["I"], l, c)
        if gate is not None:
            p = np.where(gate, p, -1.0)
        t, f = best_threshold(p, yR)
        if best is None or f > best[2] + 1e-12:
            best = (c, t, f)
    return best


def stage2(featR, yR, featS, base_f1, seed=0):
    """Small LR on a few features; its own 5-fold CV on R picks the threshold and whether it beats base_f1."""
    def model():
        return LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", max_iter=1000)
    sc = StandardScaler().fit(featR)
    ZR, ZS = sc.transform(featR), sc.transform(featS)
    oof = np.zeros(len(yR))
    for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(ZR, yR):
        oof[b] = model().fit(ZR[a], yR[a]).predict_proba(ZR[b])[:, 1]
    t, f = best_threshold(oof, yR)
    if f <= base_f1 + 1e-12:
        return None
    m = model().fit(ZR, yR)
    return m.predict_proba(ZS)[:, 1], t, f, oof


def policy(unit, pm_cands, c_cands, pm_stage2=None, c_stage2=False, record=None):
    R, S = unit["R"], unit["S"]
    YR = G["Y"][R]
    c, t, f = choose(pm_cands, "pm", unit)
    pR, pS = prob(unit["I"], "pm", c), prob(unit["S_"], "pm", c)
    chosen = {"pm": c}
    if pm_stage2:
        cols = pm_stage2
        fR = np.column_stack([logit(pR), G["T"][R][:, cols]])
        fS = np.column_stack([logit(pS), G["T"][S][:, cols]])
        r = stage2(fR, YR[:, 0], fS, f)
        if r is not None:
            pS, t, f, pR = r
            chosen["pm"] += "+stage2"
    dR = pR >= t
    dS = pS >= t
    D = np.zeros((len(S), 6), dtype=bool)
    D[:, 0] = dS
    PS = {"pm": pS}
    for j, l in enumerate(CHALLENGES, start=1):
        cc, tc, fc = choose(c_cands, l, unit, gate=dR)
        qR, qS = prob(unit["I"], l, cc), prob(unit["S_"], l, cc)
        chosen[l] = cc
        if c_stage2:
            fR = np.column_stack([logit(qR), logit(pR)])
            fS = np.column_stack([logit(qS), logit(pS)])
            r = stage2(fR, YR[:, j], fS, fc)
            if r is not None:
                qS2, t2, f2, oof = r
                # the stage-2 threshold is re-read under the gate
                t2, f2g = best_threshold(np.where(dR, oof, -1.0), YR[:, j])
                if f2g > fc + 1e-12:
                    qS, tc = qS2, t2
                    chosen[l] += "+pmprob"
        D[:, j] = (qS >= tc) & dS
        PS[l] = qS
    if record is not None:
        record.append(chosen)
        record.append(PS)
    return D


def lever_policies():
    T = tailoring.NAMES
    allT = list(range(len(T)))
    sent = [T.index(n) for n in ("s_verb_noun", "s_verb_noun_care", "s_verb_noun_share")]
    specs = [f"lr_{s}_C4_bal" for s in CHAR_SPECS]
    Cs = ["lr_c35_C4_bal", "lr_c35_C1_bal", "lr_c35_C16_bal", "lr_c35_C64_bal"]
    cws = ["lr_c35_C4_bal", "lr_c35_C4_none", "lr_c35_C4_sqrt"]
    ens = ["lr_c35_C4_bal"] + list(ENSEMBLES)
    b = [BASE]
    everything = list(dict.fromkeys(Cs + specs + cws + ens + ["lr_meta", "lr_tail"]))
    return {
        "baseline": dict(pm_cands=b, c_cands=b),
        "C tuning {1,4,16,64}": dict(pm_cands=Cs, c_cands=Cs),
        "char n-grams {none,2-4,3-5,3-6,4-6}": dict(pm_cands=["lr_c35_C4_bal"] + [s for s in specs if s != BASE],
                                                   c_cands=["lr_c35_C4_bal"] + [s for s in specs if s != BASE]),
        "class weights {balanced,none,sqrt}": dict(pm_cands=cws, c_cands=cws),
        "ensembles (LR+SVM/NB-SVM/CNB avg)": dict(pm_cands=ens, c_cands=ens),
        "source signals (funder+programme tokens)": dict(pm_cands=b + ["lr_meta"], c_cands=b + ["lr_meta"]),
        "challenge model trained on pm rows only": dict(pm_cands=b, c_cands=b + ["lr_pmonly"]),
        "challenge stage-2 sees pm probability": dict(pm_cands=b, c_cands=b, c_stage2=True),
        "tailoring features appended to TF-IDF": dict(pm_cands=b + ["lr_tail"], c_cands=b + ["lr_tail"]),
        "pm stage-2: tailoring features + p(pm)": dict(pm_cands=b, c_cands=b, pm_stage2=allT),
        "pm stage-2: sentence features + p(pm)": dict(pm_cands=b, c_cands=b, pm_stage2=sent),
        "combined (all of the above, chosen by inner CV)": dict(pm_cands=everything, c_cands=everything + ["lr_pmonly"],
                                                                pm_stage2=allT, c_stage2=True),
    }


# ------------------------------------------------------------------------------------------------------------ bootstrap

def boot_weights(n, B, seed):
    rng = np.random.RandomState(seed)
    return np.stack([np.bincount(rng.randint(0, n, n), minlength=n) for _ in range(B)]).astype(np.float64)


def f1_boot(W, D, Y):
    """F1 per resample per label: (B x 6)."""
    tp = W @ (D & (Y == 1)).astype(np.float64)
    s = W @ D.astype(np.float64) + W @ (Y == 1).astype(np.float64)
    return np.where(s > 0, 2 * tp / np.maximum(s, 1e-12), 0.0)


def summarise(D, Y, W, Dbase=None):
    point = np.array([f1(D[:, j], Y[:, j]) for j in range(6)])
    bs = f1_boot(W, D, Y)
    res = {}
    cols = {l: j for j, l in enumerate(LABELS)}
    for name, pick in list(cols.items()) + [("macro_c", None)]:
        val = point[1:].mean() if pick is None else point[pick]
        dist = bs[:, 1:].mean(1) if pick is None else bs[:, pick]
        r = dict(f1=float(val), ci=[float(np.percentile(dist, 2.5)), float(np.percentile(dist, 97.5))])
        if Dbase is not None:
            pb = np.array([f1(Dbase[:, j], Y[:, j]) for j in range(6)])
            bb = f1_boot(W, Dbase, Y)
            dv = val - (pb[1:].mean() if pick is None else pb[pick])
            dd = dist - (bb[:, 1:].mean(1) if pick is None else bb[:, pick])
            r["delta"] = float(dv)
            r["delta_ci"] = [float(np.percentile(dd, 2.5)), float(np.percentile(dd, 97.5))]
        res[name] = r
    return res


# ------------------------------------------------------------------------------------------------------------ main

def build_units(results, dev, hold, outer, inner):
    units = []
    for k, (otr, ote) in enumerate(outer):
        R = dev[otr]
        I = {l: {} for l in LABELS}
        pos = {r: i for i, r in enumerate(R)}
        for j, (itr, ite) in enumerate(inner[k]):
            out = results[f"o{k}i{j}"]
            for l in LABELS:
                for c, p in out[l].items():
                    I[l].setdefault(c, np.zeros(len(R)))[[pos[r] for r in R[ite]]] = p
        units.append(dict(R=R, S=dev[ote], I=I, S_=results[f"o{k}"]))
    I = {l: {} for l in LABELS}
    pos = {r: i for i, r in enumerate(dev)}
    for k, (otr, ote) in enumerate(outer):
        for l in LABELS:
            for c, p in results[f"o{k}"][l].items():
                I[l].setdefault(c, np.zeros(len(dev)))[[pos[r] for r in dev[ote]]] = p
    final = dict(R=dev, S=hold, I=I, S_=results["final"])
    return units, final


def main(argv=None):
    ap = argparse.ArgumentParser(description="Nested-CV study of classifier levers for IcPerMed PM relevance and the "
                                             "five Action Plan challenges (TF-IDF + LR baseline). Writes a JSON of "
                                             "all figures. Run with /usr/bin/python3.")
    ap.add_argument("--labels", default="data/labels/train.csv", help="labels CSV (default data/labels/train.csv)")
    ap.add_argument("--texts", action="append", help="JSONL.gz texts (repeatable; default: data/abstracts/*.jsonl.gz)")
    ap.add_argument("--inner-folds", type=int, default=4, help="inner CV folds (default 4)")
    ap.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (default 1000)")
    ap.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    ap.add_argument("--curve-fractions", default="0.2,0.4,0.6,0.8",
                    help="learning-curve fractions of the outer training parts (1.0 = the baseline run); '' skips")
    ap.add_argument("--errors", type=int, default=20, help="pm errors of the best policy to list (default 20)")
    ap.add_argument("--cache", metavar="PICKLE",
                    help="probabilities of fitted training parts: read when present, written after fitting (lets the "
                         "policies be re-run without refitting; delete it after changing models or data)")
    ap.add_argument("--json", default="artifacts/experiments/pm_levers.json", help="output JSON")
    args = ap.parse_args(argv)
    t_start = time.perf_counter()
    texts_paths = args.texts or [f"data/abstracts/{f}.jsonl.gz" for f in ("projects", "projects_pages", "projects_repos")]
    keys, Y, texts, titles, meta = load(args.labels, texts_paths)
    log(f"{len(keys)} rows; positives " + ", ".join(f"{l} {int(Y[:, j].sum())}" for j, l in enumerate(LABELS)))
    idx = np.arange(len(keys))
    dev, hold = train_test_split(idx, test_size=0.2, stratify=Y[:, 0], random_state=HOLDOUT_SEED)
    dev, hold = np.sort(dev), np.sort(hold)
    outer = list(StratifiedKFold(5, shuffle=True, random_state=HOLDOUT_SEED).split(dev, Y[dev, 0]))
    inner = [list(StratifiedKFold(args.inner_folds, shuffle=True, random_state=HOLDOUT_SEED + 1 + k)
                  .split(dev[otr], Y[dev[otr], 0])) for k, (otr, _) in enumerate(outer)]
    t0 = time.perf_counter()
    G["counts"] = count_blocks(texts, meta)
    G["Y"] = Y
    G["T"] = np.array([tailoring.features(t) for t in texts])
    log(f"counts and tailoring features in {time.perf_counter() - t0:.1f} s")

    jobs = [("final", dev, hold, True)]
    for k, (otr, ote) in enumerate(outer):
        jobs.append((f"o{k}", dev[otr], dev[ote], True))
        for j, (itr, ite) in enumerate(inner[k]):
            jobs.append((f"o{k}i{j}", dev[otr][itr], dev[otr][ite], True))
    fracs = [float(x) for x in args.curve_fractions.split(",") if x.strip()]
    curve_sets = {}
    for fr in fracs:
        for k, (otr, ote) in enumerate(outer):
            R = dev[otr]
            sub, _ = train_test_split(R, train_size=fr, stratify=Y[R, 0], random_state=HOLDOUT_SEED + k)
            sub = np.sort(sub)
            curve_sets[(fr, k)] = sub
            jobs.append((f"lc{fr}o{k}", sub, dev[ote], False))
            for j, (itr, ite) in enumerate(StratifiedKFold(args.inner_folds, shuffle=True, random_state=HOLDOUT_SEED + 1 + k)
                                           .split(sub, Y[sub, 0])):
                jobs.append((f"lc{fr}o{k}i{j}", sub[itr], sub[ite], False))
    results = {}
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            results = pickle.load(f)
        log(f"{len(results)} training parts read from {args.cache}")
    todo = [j for j in jobs if j[0] not in results]
    log(f"{len(todo)} training parts to fit on {args.workers} workers")
    with Pool(args.workers) as pool:
        for n, (name, out, secs) in enumerate(pool.imap_unordered(run_set, todo), start=1):
            results[name] = out
            log(f"  {n}/{len(todo)} {name} {secs:.1f} s")
    if args.cache and todo:
        os.makedirs(os.path.dirname(os.path.abspath(args.cache)), exist_ok=True)
        with open(args.cache, "wb") as f:
            pickle.dump(results, f)

    units, final = build_units(results, dev, hold, outer, inner)
    W_dev = boot_weights(len(dev), args.bootstrap, HOLDOUT_SEED)
    W_hold = boot_weights(len(hold), args.bootstrap, HOLDOUT_SEED + 1)
    levers = lever_policies()
    report = {}
    decisions = {}
    for name, pol in levers.items():
        recs = []
        Dn = np.zeros((len(dev), 6), dtype=bool)
        Pn = np.zeros((len(dev), 6))
        pos = {r: i for i, r in enumerate(dev)}
        for u in units:
            rec = []
            D = policy(u, record=rec, **pol)
            ii = [pos[r] for r in u["S"]]
            Dn[ii] = D
            Pn[ii] = np.column_stack([rec[1][l] for l in LABELS])
            recs.append(rec[0])
        rec = []
        Dh = policy(final, record=rec, **pol)
        decisions[name] = (Dn, Dh, Pn)
        base = decisions.get("baseline")
        report[name] = dict(
            nested=summarise(Dn, Y[dev], W_dev, None if name == "baseline" else base[0]),
            holdout=summarise(Dh, Y[hold], W_hold, None if name == "baseline" else base[1]),
            choices_outer=recs, choices_final=rec[0])
        r = report[name]
        log(f"{name:<50} nested pm {r['nested']['pm']['f1']:.3f} macro-c {r['nested']['macro_c']['f1']:.3f} | "
            f"held-out pm {r['holdout']['pm']['f1']:.3f} macro-c {r['holdout']['macro_c']['f1']:.3f}")

    # learning curve: baseline policy on subsampled outer training parts, scored on the full outer test folds
    curve = []
    for fr in fracs + [1.0]:
        Dn = np.zeros((len(dev), 6), dtype=bool)
        pos = {r: i for i, r in enumerate(dev)}
        sizes, positives = [], []
        for k, (otr, ote) in enumerate(outer):
            if fr == 1.0:
                u = units[k]
            else:
                sub = curve_sets[(fr, k)]
                I = {l: {BASE: np.zeros(len(sub))} for l in LABELS}
                p2 = {r: i for i, r in enumerate(sub)}
                for j, (itr, ite) in enumerate(StratifiedKFold(args.inner_folds, shuffle=True,
                                                               random_state=HOLDOUT_SEED + 1 + k).split(sub, Y[sub, 0])):
                    for l in LABELS:
                        I[l][BASE][[p2[r] for r in sub[ite]]] = results[f"lc{fr}o{k}i{j}"][l][BASE]
                u = dict(R=sub, S=dev[ote], I=I, S_=results[f"lc{fr}o{k}"])
            sizes.append(len(u["R"]))
            positives.append(Y[u["R"]].sum(0))
            Dn[[pos[r] for r in u["S"]]] = policy(u, [BASE], [BASE])
        s = summarise(Dn, Y[dev], W_dev)
        curve.append(dict(fraction=fr, train_rows=float(np.mean(sizes)),
                          train_positives={l: float(np.mean(positives, axis=0)[j]) for j, l in enumerate(LABELS)},
                          **s))
        log(f"curve {fr:.1f}: {np.mean(sizes):.0f} rows, pm {s['pm']['f1']:.3f}, c1 {s['c1']['f1']:.3f}, "
            f"c4 {s['c4']['f1']:.3f}, macro-c {s['macro_c']['f1']:.3f}")
    # power-law fit of the error (1 - F1) in training rows, and the rows each goal would need
    extrap = {}
    for l, goal in [("pm", 0.92), ("c1", 0.55), ("c2", 0.55), ("c3", 0.55), ("c4", 0.55), ("c5", 0.55),
                    ("macro_c", 0.70)]:
        n = np.array([c["train_rows"] for c in curve])
        e = np.array([1 - c[l]["f1"] for c in curve])
        b, a = np.polyfit(np.log(n), np.log(np.maximum(e, 1e-3)), 1)
        need = float(np.exp((np.log(1 - goal) - a) / b)) if b < 0 else None
        extrap[l] = dict(goal=goal, slope=float(b), rows_needed=need)

    # best policy by nested macro over pm and challenges: list pm errors (nested, dev rows)
    best = max(levers, key=lambda n: report[n]["nested"]["pm"]["f1"])
    Dn, _, Pn = decisions[best]
    yd = Y[dev, 0]
    fp = [i for i in np.argsort(-Pn[:, 0]) if Dn[i, 0] and not yd[i]]
    fn = [i for i in np.argsort(Pn[:, 0]) if not Dn[i, 0] and yd[i]]
    half = args.errors // 2
    errs = []
    for kind, lst in (("false positive", fp[:half]), ("false negative", fn[:args.errors - half])):
        for i in lst:
            r = dev[i]
            T = G["T"][r]
            errs.append(dict(kind=kind, key=list(keys[r]), title=titles[r], p_pm=float(Pn[i, 0]),
                             cues={n: round(float(np.expm1(T[q])), 0) for q, n in enumerate(tailoring.NAMES)
                                   if n.startswith(("t_", "n_", "s_verb_noun_care")) and T[q] > 0},
                             abstract_start=texts[r][len(titles[r]):len(titles[r]) + 400]))
    out = dict(protocol=dict(holdout_seed=HOLDOUT_SEED, dev_rows=int(len(dev)), holdout_rows=int(len(hold)),
                             dev_positives={l: int(Y[dev, j].sum()) for j, l in enumerate(LABELS)},
                             holdout_positives={l: int(Y[hold, j].sum()) for j, l in enumerate(LABELS)},
                             outer_folds=5, inner_folds=args.inner_folds, bootstrap=args.bootstrap,
                             tailoring_features=tailoring.NAMES),
               levers=report, learning_curve=curve, learning_curve_extrapolation=extrap,
               best_pm_policy=best, pm_errors=errs, seconds=time.perf_counter() - t_start)
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
    log(f"written {args.json} in {out['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
