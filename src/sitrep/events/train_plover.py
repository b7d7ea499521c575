"""Train the PLOVER type classifier (plover_model.py) on the tune half of PLOVER's gold records.

    python -m sitrep.events.train_plover ../shared/eval/events/PLOVER_GSR_CAMEO.json

Reproducible: the tune split is fixed (odd record numbers), the regularisation strength is
chosen by 5-fold cross-validation on the tune half alone, and the fit is full-batch gradient
descent from zero weights. The held-out half (even record numbers) is never read here, so
`sitrep eval events PLOVER_GSR_CAMEO.json` reports the model on records it has not seen.
The data are CC BY-SA 4.0 (the PLOVER project); the weights carry that licence (data/README.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from sitrep.events.plover_model import MODEL_PATH, PloverModel, features

STRENGTHS = (0.3, 1.0, 3.0, 10.0)  # C: inverse L2 strength, as in the usual logistic regression


def sentence_features(texts: list[str]) -> list[dict[str, float]]:
    """Features of each text's first event sentence, read from the rules alone (no model)."""
    from sitrep.evaluate.parses import parse_all
    from sitrep.events.detect import detect, sentence_choice
    from sitrep.nlp import load_nlp
    from sitrep.record import Article, Record

    nlp = load_nlp()
    out = []
    for i, doc in enumerate(parse_all(nlp, texts, batch_size=32)):
        found = detect(doc, Record(Article(id=str(i), text=texts[i])), model=None)
        sent = doc[found[0].trigger].sent if found else next(doc.sents)
        here = [d for d in found if doc[d.trigger].sent.start == sent.start]
        out.append(features(sent, here, sentence_choice(here, doc)))
    return out


def fit(
    x: np.ndarray, y: np.ndarray, n_classes: int, c: float, steps: int = 600
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression, L2 penalty 1/(2C)·|W|² on the mean log-loss times n."""
    n, m = x.shape
    w, b = np.zeros((m, n_classes)), np.zeros(n_classes)
    onehot = np.eye(n_classes)[y]
    lr = 0.5
    for _ in range(steps):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - onehot
        w -= lr * (x.T @ g / n + w / (c * n))
        b -= lr * g.mean(axis=0)
    return w, b


def _matrix(feats: list[dict[str, float]], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(feats), len(vocab)))
    for i, f in enumerate(feats):
        for k, v in f.items():
            if k in vocab:
                x[i, vocab[k]] = v
    return x


def choose_strength(feats: list[dict[str, float]], y: np.ndarray, n_classes: int, folds: int = 5) -> float:
    """The C with the best 5-fold cross-validated accuracy on the training records."""
    best, best_acc = STRENGTHS[0], -1.0
    for c in STRENGTHS:
        right = 0
        for k in range(folds):
            test = [i for i in range(len(feats)) if i % folds == k]
            train = [i for i in range(len(feats)) if i % folds != k]
            vocab = {f: j for j, f in enumerate(sorted({f for i in train for f in feats[i]}))}
            w, b = fit(_matrix([feats[i] for i in train], vocab), y[train], n_classes, c)
            pred = (_matrix([feats[i] for i in test], vocab) @ w + b).argmax(axis=1)
            right += int((pred == y[test]).sum())
        acc = right / len(feats)
        print(f"C={c}: cross-validated accuracy {acc:.3f}", file=sys.stderr)
        if acc > best_acc:
            best, best_acc = c, acc
    return best


def train(gsr_path: Path) -> PloverModel:
    from sitrep.evaluate.plover_gsr import read_plover_gsr
    from sitrep.events.ontology import PLOVER_TYPES

    rows = [r for r in read_plover_gsr(gsr_path) if r.split == "tune"]
    feats = sentence_features([r.text for r in rows])
    classes = [t for t in PLOVER_TYPES if any(r.event == t for r in rows)]
    y = np.array([classes.index(r.event) for r in rows])
    c = choose_strength(feats, y, len(classes))
    vocab = {f: j for j, f in enumerate(sorted({f for fs in feats for f in fs}))}
    w, b = fit(_matrix(feats, vocab), y, len(classes), c)
    weights = {f: [round(float(v), 4) for v in w[j]] for f, j in vocab.items() if np.abs(w[j]).max() >= 1e-3}
    print(f"trained on {len(rows)} tune records, C={c}, {len(weights)} features", file=sys.stderr)
    return PloverModel(classes, weights, [round(float(v), 4) for v in b])


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        raise SystemExit("usage: python -m sitrep.events.train_plover PLOVER_GSR_CAMEO.json")
    model = train(Path(args[0]))
    out = Path(__file__).resolve().parents[1] / MODEL_PATH[1]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
