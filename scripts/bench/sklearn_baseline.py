#!/usr/bin/python3
"""scikit-learn baseline for the classifier benchmark (issue 3).

TF-IDF + logistic regression, one binary model per label (pm, c1..c5), evaluated with out-of-fold probabilities on
the same folds as the C# trainer, plus training time, prediction throughput and peak memory.
Run with Debian's interpreter (/usr/bin/python3); scripts/bench/install_sklearn.sh installs python3-sklearn for it.
See scripts/bench/README.md.
"""

import argparse
import csv
import gzip
import json
import os
import platform
import resource
import sys
import time

LABELS = ["pm", "c1", "c2", "c3", "c4", "c5"]
N_FOLDS_FALLBACK = 5
PREDICT_BATCH = 50_000


try:
    import numpy as np
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.pipeline import FeatureUnion
except ImportError as e:  # pragma: no cover - environment problem, not a code path
    sys.exit(f"sklearn_baseline.py: error: {e}. Run scripts/bench/install_sklearn.sh and call /usr/bin/python3 "
             f"explicitly (this is {sys.executable}).")

# The one classifier configuration (see README.md, "Configuration").
LR_PARAMS = dict(solver="liblinear", penalty="l2", C=4.0, class_weight="balanced", max_iter=1000)
WORD_PARAMS = dict(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2, lowercase=True)
CHAR_PARAMS = dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2, lowercase=True)
FEATURISATIONS = ["word", "word+char"]


def describe(params):
    return {k: (v.__name__ if isinstance(v, type) else list(v) if isinstance(v, tuple) else v) for k, v in params.items()}


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def peak_rss_mb():
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# ---------------------------------------------------------------------------------------------------------- input

def read_labels(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ["source", "source_id"] + LABELS if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit(f"sklearn_baseline.py: error: {path}: missing column(s) {', '.join(missing)}")
        keys, y, seen = [], [], set()
        for line, row in enumerate(reader, start=2):
            key = (row["source"], row["source_id"])
            if key in seen:
                sys.exit(f"sklearn_baseline.py: error: {path}:{line}: duplicate row for {key}")
            seen.add(key)
            try:
                values = [int(row[label]) for label in LABELS]
            except ValueError:
                sys.exit(f"sklearn_baseline.py: error: {path}:{line}: labels must be 0 or 1")
            if any(v not in (0, 1) for v in values):
                sys.exit(f"sklearn_baseline.py: error: {path}:{line}: labels must be 0 or 1")
            keys.append(key)
            y.append(values)
    if not keys:
        sys.exit(f"sklearn_baseline.py: error: {path}: no rows")
    return keys, np.array(y, dtype=np.int8)


def open_text(path):
    with open(path, "rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rt", encoding="utf-8") if gz else open(path, encoding="utf-8")


def read_texts(paths, wanted):
    """(source, source_id) -> title + " " + abstract, for the wanted keys, from JSON-lines files (gzip or plain)."""
    texts = {}
    for path in paths:
        with open_text(path) as f:
            for line_no, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    key = (str(obj["source"]), str(obj["source_id"]))
                except (json.JSONDecodeError, KeyError, TypeError) as e:
                    sys.exit(f"sklearn_baseline.py: error: {path}:{line_no}: not a project object ({e})")
                if key not in wanted:
                    continue
                text = (obj.get("title") or "") + " " + (obj.get("abstract") or "")
                if key in texts and texts[key] != text:
                    log(f"warning: {key} appears twice with different texts; keeping the one in {path}")
                texts[key] = text
    return texts


def read_folds(path, keys):
    folds = {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("source", "source_id", "fold") if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit(f"sklearn_baseline.py: error: {path}: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            try:
                folds[(row["source"], row["source_id"])] = int(row["fold"])
            except ValueError:
                sys.exit(f"sklearn_baseline.py: error: {path}:{line}: fold must be an integer")
    absent = [k for k in keys if k not in folds]
    if absent:
        sys.exit(f"sklearn_baseline.py: error: {path}: {len(absent)} labelled row(s) have no fold, "
                 f"e.g. {absent[0][0]},{absent[0][1]}")
    fold = np.array([folds[k] for k in keys], dtype=np.int64)
    if len(set(fold.tolist())) < 2:
        sys.exit(f"sklearn_baseline.py: error: {path}: needs at least two folds")
    return fold


def make_folds(keys, pm, seed, n_folds=N_FOLDS_FALLBACK):
    """Deterministic pm-stratified split (used when --folds is not given).

    Rows are sorted by (source, source_id), so the order of the labels file does not matter. Within each pm class
    the sorted rows are shuffled with numpy.random.RandomState(seed).permutation and dealt round-robin: the i-th row
    of the shuffled class gets fold i mod 5. Each fold thus holds 1/5 of the pm positives and of the negatives
    (+-1).
    """
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    fold = np.empty(len(keys), dtype=np.int64)
    rng = np.random.RandomState(seed)
    for cls in (0, 1):
        members = [i for i in order if pm[i] == cls]
        for rank, pos in enumerate(rng.permutation(len(members))):
            fold[members[pos]] = rank % n_folds
    return fold


def make_parent(path):
    parent = os.path.dirname(os.path.abspath(path))
    os.makedirs(parent, exist_ok=True)


def write_folds(path, keys, fold):
    make_parent(path)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "source_id", "fold"])
        for (source, source_id), k in sorted(zip(keys, fold.tolist())):
            w.writerow([source, source_id, k])


# ---------------------------------------------------------------------------------------------------------- model

def make_vectorizer(featurisation):
    if featurisation == "word":
        return TfidfVectorizer(**WORD_PARAMS)
    if featurisation == "word+char":
        return FeatureUnion([("word", TfidfVectorizer(**WORD_PARAMS)), ("char", TfidfVectorizer(**CHAR_PARAMS))])
    raise ValueError(featurisation)


class Constant:
    """Stands in for a label whose training rows are all one class (can happen for rare labels in small folds)."""

    def __init__(self, value):
        self.value = float(value)

    def predict_proba(self, X):
        p = np.full(X.shape[0], self.value)
        return np.column_stack([1.0 - p, p])


def fit_label(X, y, seed):
    if y.min() == y.max():
        return Constant(y[0])
    return LogisticRegression(random_state=seed, **LR_PARAMS).fit(X, y)


def fit_all(featurisation, texts, Y, seed):
    """Fits the vectoriser (once, shared by the six labels: it does not look at labels) and one model per label.

    Returns (vectoriser, models, n_features, vectorise_seconds, fit_seconds)."""
    t0 = time.perf_counter()
    vec = make_vectorizer(featurisation)
    X = vec.fit_transform(texts)
    t1 = time.perf_counter()
    models = [fit_label(X, Y[:, j], seed) for j in range(len(LABELS))]
    t2 = time.perf_counter()
    return vec, models, X.shape[1], t1 - t0, t2 - t1


def out_of_fold(featurisation, texts, Y, fold, seed):
    """Out-of-fold probabilities (n x 6): each fold scored by a vectoriser and models fitted on the other folds."""
    oof = np.zeros(Y.shape, dtype=np.float64)
    for k in sorted(set(fold.tolist())):
        train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        vec = make_vectorizer(featurisation)
        X_train = vec.fit_transform([texts[i] for i in train])
        X_test = vec.transform([texts[i] for i in test])
        for j in range(len(LABELS)):
            model = fit_label(X_train, Y[train, j], seed)
            oof[test, j] = model.predict_proba(X_test)[:, 1]
    return oof


def best_threshold(p, y, positives=None):
    """The threshold that maximises F1 when predicting positive iff probability >= threshold; ties -> higher threshold.

    Candidates are the distinct probabilities. F1 = 2TP / (predicted positives + actual positives) is compared
    exactly in integers (positives: all the label's positives, when p holds only the rows that can be a yes), walking the candidates from the highest down and replacing the best only on a strictly
    higher F1, so a tie keeps the higher threshold. Returns (threshold, tp, predicted_positives)."""
    order = np.argsort(-p, kind="stable")
    ps, ys = p[order], y[order].astype(np.int64)
    positives = int(ys.sum()) if positives is None else positives
    if len(ps) == 0:
        return float("inf"), 0, 0
    best = None  # (tp, k, threshold)
    tp = 0
    i, n = 0, len(ps)
    while i < n:
        t = ps[i]
        while i < n and ps[i] == t:
            tp += int(ys[i])
            i += 1
        k = i
        # f1(tp, k) > f1(best): 2tp/(k+P) > 2btp/(bk+P)  <=>  tp*(bk+P) > btp*(k+P)
        if best is None or tp * (best[1] + positives) > best[0] * (k + positives):
            best = (tp, k, float(t))
    return best[2], best[0], best[1]


def label_metrics(p, y):
    threshold, tp, predicted = best_threshold(p, y)
    positives = int(y.sum())
    precision = tp / predicted if predicted else 0.0
    recall = tp / positives if positives else 0.0
    f1 = 2 * tp / (predicted + positives) if (predicted + positives) else 0.0
    ap = float(average_precision_score(y, p)) if 0 < positives < len(y) else None
    return dict(positives=positives, precision=precision, recall=recall, f1=f1, threshold=threshold,
                predicted_positives=predicted, true_positives=tp, average_precision=ap)


def evaluate(oof, Y):
    labels = {label: label_metrics(oof[:, j], Y[:, j]) for j, label in enumerate(LABELS)}
    macro = float(np.mean([m["f1"] for m in labels.values()]))
    return labels, macro


# ---------------------------------------------------------------------------------------------------------- protocol

def read_protocol(path):
    """source,source_id,split,inner as written by `icpermed evaluate` (split: holdout or the outer fold; inner: the
    inner fold of a development row). Returns {key: (split, inner)} in file order."""
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("source", "source_id", "split", "inner") if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit(f"sklearn_baseline.py: error: {path}: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            split = row["split"].strip()
            try:
                inner = -1 if split == "holdout" else int(row["inner"])
                if split != "holdout":
                    int(split)
            except ValueError:
                sys.exit(f"sklearn_baseline.py: error: {path}:{line}: split must be holdout or an integer, "
                         f"inner an integer for a development row")
            rows[(row["source"], row["source_id"])] = (split, inner)
    if not rows:
        sys.exit(f"sklearn_baseline.py: error: {path}: no rows")
    return rows


def gated_thresholds(oof, Y):
    """Per-label thresholds on out-of-fold probabilities, chosen as ours are: pm first; each challenge only among the
    rows whose pm decision is yes (a challenge is never a yes where pm is no), its F1 still counting every positive."""
    t_pm = best_threshold(oof[:, 0], Y[:, 0])[0]
    pm_yes = oof[:, 0] >= t_pm
    thresholds = [t_pm]
    for j in range(1, len(LABELS)):
        thresholds.append(best_threshold(oof[pm_yes, j], Y[pm_yes, j], positives=int(Y[:, j].sum()))[0])
    return np.array(thresholds)


def decide_split(featurisation, texts, Y, train, selection_fold, test, seed):
    """Thresholds by cross-validation on the training rows only (folds selection_fold), then models fitted on all the
    training rows deciding the test rows: p >= threshold per label (the C# side gates challenges on pm)."""
    oof = out_of_fold(featurisation, [texts[i] for i in train], Y[train], selection_fold, seed)
    thresholds = gated_thresholds(oof, Y[train])
    vec, models, _, _, _ = fit_all(featurisation, [texts[i] for i in train], Y[train], seed)
    X = vec.transform([texts[i] for i in test])
    P = np.column_stack([m.predict_proba(X)[:, 1] for m in models])
    return P >= thresholds, thresholds


def protocol_main(args, keys, Y, texts):
    """Decisions under the honest protocol of issue 18 (nested outer-test rows and held-out rows), written as
    source,source_id,split,pm,c1..c5 for `icpermed evaluate` to score with the same code as ours."""
    protocol = read_protocol(args.protocol)
    absent = [k for k in protocol if k not in set(keys)]
    if absent:
        sys.exit(f"sklearn_baseline.py: error: {args.protocol}: {len(absent)} row(s) are not in --labels, "
                 f"e.g. {absent[0][0]},{absent[0][1]}")
    index = {k: i for i, k in enumerate(keys)}
    rows = np.array([index[k] for k in protocol], dtype=np.int64)
    split = np.array([protocol[k][0] for k in protocol])
    inner = np.array([protocol[k][1] for k in protocol], dtype=np.int64)
    development = split != "holdout"
    outer = np.array([int(s) if s != "holdout" else -1 for s in split], dtype=np.int64)
    featurisation = "word+char" if args.featurisation == "both" else args.featurisation
    out = []
    chosen = []
    t0 = time.perf_counter()
    for o in sorted(set(outer[development].tolist())):
        train, test = np.flatnonzero(development & (outer != o)), np.flatnonzero(outer == o)
        log(f"outer fold {o + 1}: thresholds by inner CV on {len(train)} rows, deciding {len(test)}")
        D, thresholds = decide_split(featurisation, texts, Y, rows[train], inner[train], rows[test], args.seed)
        out += [(keys[rows[t]], str(o), D[n]) for n, t in enumerate(test)]
        chosen.append(dict(split=str(o), thresholds=dict(zip(LABELS, thresholds.tolist()))))
    train, test = np.flatnonzero(development), np.flatnonzero(~development)
    log(f"held out: thresholds by CV on the {len(train)} development rows (outer folds), deciding {len(test)}")
    D, thresholds = decide_split(featurisation, texts, Y, rows[train], outer[train], rows[test], args.seed)
    out += [(keys[rows[t]], "holdout", D[n]) for n, t in enumerate(test)]
    chosen.append(dict(split="holdout", thresholds=dict(zip(LABELS, thresholds.tolist()))))
    make_parent(args.decisions_out)
    with open(args.decisions_out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "source_id", "split"] + LABELS)
        for (source, source_id), s, d in out:
            w.writerow([source, source_id, s] + [int(x) for x in d])
    log(f"{len(out)} decisions written to {args.decisions_out} ({time.perf_counter() - t0:.1f} s)")
    if args.json:
        make_parent(args.json)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(dict(featurisation=featurisation, sklearn_version=sklearn.__version__,
                           logistic_regression=LR_PARAMS, thresholds=chosen,
                           seconds=time.perf_counter() - t0), f, indent=2)
            f.write("\n")
    return 0


# ---------------------------------------------------------------------------------------------------------- output

def print_table(results, chosen):
    names = list(results)
    head = f"{'label':<6}{'pos':>6}" + "".join(
        f"  | {name:^40}" for name in names)
    sub = f"{'':<6}{'':>6}" + "".join(f"  | {'prec':>7}{'recall':>8}{'F1':>7}{'thresh':>9}{'AP':>7}  " for _ in names)
    print(head)
    print(sub)
    for label in LABELS:
        row = f"{label:<6}{results[names[0]]['labels'][label]['positives']:>6}"
        for name in names:
            m = results[name]["labels"][label]
            ap = f"{m['average_precision']:.3f}" if m["average_precision"] is not None else "  -  "
            row += f"  | {m['precision']:>7.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}{m['threshold']:>9.4f}{ap:>7}  "
        print(row)
    row = f"{'macro':<6}{'':>6}"
    for name in names:
        row += f"  | {'':>7}{'':>8}{results[name]['macro_f1']:>7.3f}{'':>9}{'':>7}  "
    print(row)
    if len(names) > 1:
        print(f"chosen featurisation: {chosen} (higher out-of-fold macro-F1)")


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="scikit-learn TF-IDF + logistic regression baseline for the IcPerMed classifier benchmark: "
                    "out-of-fold per-label precision/recall/F1 (thresholds tuned on the out-of-fold probabilities to "
                    "maximise F1, ties to the higher threshold), macro-F1, training seconds, predictions per second "
                    "and peak RSS. Run it with /usr/bin/python3.",
        epilog="Without --folds the split is a deterministic pm-stratified 5-fold split from --seed "
               "(rows sorted by source,source_id; each pm class shuffled with numpy RandomState(seed) and dealt "
               "round-robin). --write-folds saves it so the C# trainer can use the same folds.")
    ap.add_argument("--labels", required=True, metavar="CSV", help="source,source_id,pm,c1,c2,c3,c4,c5")
    ap.add_argument("--texts", required=True, action="append", metavar="JSONL[.gz]",
                    help="project texts (source, source_id, title, abstract, ...); repeat for several files")
    ap.add_argument("--folds", metavar="FOLDS.csv", help="source,source_id,fold as written by the C# trainer")
    ap.add_argument("--write-folds", metavar="OUT.csv", help="write the folds used (given or generated) to this file")
    ap.add_argument("--seed", type=int, default=42, help="seed for the fallback split, resampling and liblinear "
                                                         "(default 42)")
    ap.add_argument("--train-rows", type=int, metavar="N",
                    help="also time training on N rows resampled with replacement from the labelled rows "
                         "(e.g. 50000)")
    ap.add_argument("--predict-rows", type=int, default=PREDICT_BATCH, metavar="N",
                    help=f"size of the resampled batch for predictions per second (default {PREDICT_BATCH}); "
                         f"0 skips it")
    ap.add_argument("--featurisation", choices=["both"] + FEATURISATIONS, default="both",
                    help="evaluate both featurisations and keep the better one (default), or only one")
    ap.add_argument("--timing-featurisation", choices=["chosen", "both"] + FEATURISATIONS, default="chosen",
                    help="which featurisation(s) the --train-rows and --predict-rows tests time (default: the chosen "
                         "one; word+char is slow at 50,000 rows, see README.md)")
    ap.add_argument("--json", metavar="OUT.json", help="write all figures to this JSON file")
    ap.add_argument("--protocol", metavar="PROTOCOL.csv",
                    help="honest protocol mode (issue 18): source,source_id,split,inner as written by `icpermed "
                         "evaluate`; thresholds by inner CV inside each outer training part, models fitted on it, the "
                         "outer test fold and the held-out rows decided; needs --decisions-out; featurisation "
                         "word+char unless --featurisation word")
    ap.add_argument("--decisions-out", metavar="OUT.csv", help="with --protocol: source,source_id,split,pm,c1..c5 "
                                                               "decisions (0/1; challenges not gated on pm)")
    args = ap.parse_args(argv)
    if args.protocol and not args.decisions_out:
        ap.error("--protocol needs --decisions-out")
    if args.train_rows is not None and args.train_rows < 1:
        ap.error("--train-rows must be positive")
    if args.predict_rows < 0:
        ap.error("--predict-rows must be >= 0")
    if args.featurisation != "both" and args.timing_featurisation not in ("chosen", args.featurisation):
        ap.error(f"--timing-featurisation {args.timing_featurisation} needs that featurisation evaluated "
                 f"(--featurisation both or {args.timing_featurisation})")

    t_start = time.perf_counter()
    keys, Y = read_labels(args.labels)
    texts_by_key = read_texts(args.texts, set(keys))
    absent = [k for k in keys if k not in texts_by_key]
    if absent:
        sys.exit(f"sklearn_baseline.py: error: {len(absent)} labelled row(s) have no text in --texts, "
                 f"e.g. {absent[0][0]},{absent[0][1]}")
    texts = [texts_by_key[k] for k in keys]
    log(f"{len(keys)} labelled rows joined with their texts; positives "
        + ", ".join(f"{label} {int(Y[:, j].sum())}" for j, label in enumerate(LABELS)))
    if Y[Y[:, 0] == 0, 1:].any():
        log("warning: some rows have a challenge label without pm")
    if args.protocol:
        return protocol_main(args, keys, Y, texts)

    if args.folds:
        fold = read_folds(args.folds, keys)
        fold_source = f"file {args.folds}"
    else:
        fold = make_folds(keys, Y[:, 0], args.seed)
        fold_source = (f"fallback: pm-stratified {N_FOLDS_FALLBACK}-fold, rows sorted by (source, source_id), "
                       f"each pm class shuffled with numpy RandomState({args.seed}) and dealt round-robin")
    if args.write_folds:
        write_folds(args.write_folds, keys, fold)
        log(f"folds written to {args.write_folds}")
    n_folds = len(set(fold.tolist()))
    log(f"folds: {fold_source}; sizes " + ", ".join(
        f"{k}:{int((fold == k).sum())}" for k in sorted(set(fold.tolist()))))

    # --- cross-validation, each featurisation
    featurisations = FEATURISATIONS if args.featurisation == "both" else [args.featurisation]
    results = {}
    for name in featurisations:
        t0 = time.perf_counter()
        oof = out_of_fold(name, texts, Y, fold, args.seed)
        labels, macro = evaluate(oof, Y)
        results[name] = dict(labels=labels, macro_f1=macro, cv_seconds=time.perf_counter() - t0)
        log(f"{name}: out-of-fold macro-F1 {macro:.3f} ({results[name]['cv_seconds']:.1f} s for {n_folds} folds)")
    # Ties keep the simpler (earlier) featurisation.
    chosen = max(featurisations, key=lambda n: (results[n]["macro_f1"], -featurisations.index(n)))
    thresholds = np.array([results[chosen]["labels"][label]["threshold"] for label in LABELS])

    # --- training on all rows (every evaluated featurisation; cheap). These are the final models.
    final = {}
    for name in featurisations:
        vec, models, n_features, s_vec, s_fit = fit_all(name, texts, Y, args.seed)
        results[name]["train_all_rows"] = dict(rows=len(texts), seconds=s_vec + s_fit, vectorise_seconds=s_vec,
                                               fit_seconds=s_fit, n_features=n_features)
        log(f"{name}: trained on all {len(texts)} rows in {s_vec + s_fit:.2f} s "
            f"(vectorise {s_vec:.2f} s, 6 fits {s_fit:.2f} s, {n_features} features)")
        final[name] = (vec, models)
    rss_after_all_rows = peak_rss_mb()

    # --- scale tests, cheapest featurisation first so that the peak RSS read after each is that one's peak
    # (ru_maxrss only grows).
    timed = [chosen] if args.timing_featurisation == "chosen" else \
        FEATURISATIONS if args.timing_featurisation == "both" else [args.timing_featurisation]
    timed = [name for name in FEATURISATIONS if name in timed]
    for name in timed:
        r = results[name]
        r["train_n_rows"] = r["predict"] = None
        # Training on N rows resampled with replacement (seeded) from the labelled rows.
        if args.train_rows:
            idx = np.random.RandomState(args.seed).randint(0, len(texts), size=args.train_rows)
            sample_texts = [texts[i] for i in idx]
            _, _, n_features, s_vec, s_fit = fit_all(name, sample_texts, Y[idx], args.seed)
            r["train_n_rows"] = dict(rows=args.train_rows, seconds=s_vec + s_fit, vectorise_seconds=s_vec,
                                     fit_seconds=s_fit, n_features=n_features)
            log(f"{name}: trained on {args.train_rows} resampled rows in {s_vec + s_fit:.2f} s "
                f"(vectorise {s_vec:.2f} s, 6 fits {s_fit:.2f} s, {n_features} features)")
            del sample_texts, idx
        # Predictions per second: vectorise + six probabilities + decisions (challenges forced to 0 when pm is 0,
        # as in production) for one batch resampled with replacement (seed + 1), with the final models.
        if args.predict_rows:
            batch = [texts[i] for i in np.random.RandomState(args.seed + 1).randint(0, len(texts),
                                                                                   size=args.predict_rows)]
            vec, models = final[name]
            thresholds = np.array([r["labels"][label]["threshold"] for label in LABELS])
            t0 = time.perf_counter()
            X = vec.transform(batch)
            P = np.column_stack([m.predict_proba(X)[:, 1] for m in models])
            D = P >= thresholds
            D[:, 1:] &= D[:, :1]
            seconds = time.perf_counter() - t0
            r["predict"] = dict(rows=args.predict_rows, seconds=seconds, per_second=args.predict_rows / seconds,
                                positive_rate={label: float(D[:, j].mean()) for j, label in enumerate(LABELS)})
            log(f"{name}: predicted {args.predict_rows} texts in {seconds:.2f} s "
                f"({r['predict']['per_second']:.0f} per second)")
            del batch, X, P, D
        r["peak_rss_mb_after_timing"] = peak_rss_mb()
    headline = chosen if chosen in timed else timed[0]

    peak = peak_rss_mb()
    config = dict(
        text="title + ' ' + abstract",
        featurisations={"word": {"tfidf": describe(WORD_PARAMS)},
                        "word+char": {"union": ["word", {"tfidf": describe(CHAR_PARAMS)}]}},
        chosen_featurisation=chosen,
        vectoriser="fitted on the training rows of each fold (all rows for the final models), shared by the six "
                   "labels",
        logistic_regression={k: v for k, v in LR_PARAMS.items()},
        per_label="independent binary model per label; metrics on each label's own out-of-fold probabilities "
                  "(challenge decisions are NOT forced to 0 where pm is 0 for the CV figures)",
        threshold_rule="per label, among the distinct out-of-fold probabilities, the one maximising F1 of "
                       "(p >= threshold); ties -> higher threshold",
        folds=fold_source, n_folds=n_folds, seed=args.seed,
        timing="wall clock (time.perf_counter), one process, one thread (liblinear and sparse TF-IDF are "
               "single-threaded); training = vectoriser fit + six model fits; predictions = vectorise + six "
               "probabilities + decisions for one batch resampled with replacement (seed+1) from the labelled "
               "texts, with the final models trained on all labelled rows",
        timed_featurisations=timed,
        headline_featurisation=headline,
        peak_rss="resource.getrusage(RUSAGE_SELF).ru_maxrss of the whole run, in MiB; per featurisation: read "
                 "after its scale tests, run cheapest first",
    )
    h = results[headline]
    out = dict(
        labels=results[chosen]["labels"],
        macro_f1=results[chosen]["macro_f1"],
        train_seconds_all_rows=results[chosen]["train_all_rows"]["seconds"],
        train_seconds_n_rows=h["train_n_rows"]["seconds"] if h["train_n_rows"] else None,
        n_rows=args.train_rows,
        predictions_per_second=h["predict"]["per_second"] if h["predict"] else None,
        peak_rss_mb=peak,
        sklearn_version=sklearn.__version__,
        config=config,
        featurisations=results,
        peak_rss_mb_after_cv_and_all_rows=rss_after_all_rows,
        environment=dict(python=platform.python_version(), numpy=np.__version__, executable=sys.executable,
                         machine=platform.machine(), cpus=os.cpu_count()),
        total_seconds=time.perf_counter() - t_start,
    )

    print()
    print(f"scikit-learn {sklearn.__version__}: TF-IDF + LogisticRegression("
          f"{', '.join(f'{k}={v}' for k, v in LR_PARAMS.items())}), one model per label")
    print(f"{len(texts)} rows, {n_folds} folds ({fold_source})")
    print("out-of-fold figures; per-label threshold maximising F1 on the out-of-fold probabilities (ties -> higher)")
    print()
    print_table(results, chosen)
    print()
    print(f"{'featurisation':<14}{'phase':<34}{'seconds':>9}{'vectorise':>11}{'fit':>9}{'features':>10}{'per s':>9}")
    for name in featurisations:
        r = results[name]
        phases = [(f"train all {len(texts)} rows", r["train_all_rows"])]
        if r.get("train_n_rows"):
            phases.append((f"train {r['train_n_rows']['rows']} resampled rows", r["train_n_rows"]))
        for phase, t in phases:
            print(f"{name:<14}{phase:<34}{t['seconds']:>9.2f}{t['vectorise_seconds']:>11.2f}{t['fit_seconds']:>9.2f}"
                  f"{t['n_features']:>10}{'':>9}")
        if r.get("predict"):
            t = r["predict"]
            print(f"{name:<14}{'predict ' + str(t['rows']) + ' resampled texts':<34}{t['seconds']:>9.2f}{'':>11}{'':>9}"
                  f"{'':>10}{t['per_second']:>9.0f}")
        if r.get("peak_rss_mb_after_timing"):
            print(f"{name:<14}{'peak RSS after its scale tests':<34}{r['peak_rss_mb_after_timing']:>9.0f} MB")
    print()
    print(f"peak RSS (whole run): {peak:.0f} MB (after CV and all-rows training: {rss_after_all_rows:.0f} MB); "
          f"total {out['total_seconds']:.1f} s")

    if args.json:
        make_parent(args.json)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
            f.write("\n")
        log(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
