"""Train the learned stage of the safety check (trustjournal/core/safety_model.py).

Run `python -m tests.core.train_safety_model` after changing the training data or the
features; it rewrites trustjournal/core/safety_cues/en/model.json. Standard library only
and deterministic (fixed seed, fixed order), so the same data gives the same file;
tests/core/test_safety_model.py checks that the shipped file was trained on the data in
the repository (by fingerprint), so neither is edited without the other.

The training data: tests/core/safety_train.tsv (its "train" rows; "held" rows are kept
for measuring), every corpus of the cue tables' tests, and the exercises' own examples
as sentences that must find nothing. tests/core/safety_blind.py is left out on purpose:
it measures the check on sentences nobody tuned it to.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

from tests.core import safety_corpus, safety_corpus_broad, safety_corpus_later
from trustjournal.core import danger, safety_model

HERE = Path(__file__).parent
TRAIN_TSV = HERE / "safety_train.tsv"
EXERCISES = HERE.parent.parent / "resources" / "exercises"
NONE = "none"
OWN = "own_behaviour"
HARM_CATEGORIES = tuple(c.value for c in danger.Category if c is not danger.Category.OWN_BEHAVIOUR)

# Learning rate, regularisation and the harm threshold were compared by five-fold
# cross-validation on the "train" rows (the held-out rows and the blind set stay unseen);
# "threshold" is the harm score (log-odds) above which a sentence is a hit, "gate" the
# gate score below which a sentence is not scored, "prune" the smallest weight kept.
HYPER: dict[str, float | int] = {
    "features": 5,  # bump when safety_model.features changes
    "epochs": 25,
    "rate": 0.15,
    "l2": 1e-3,
    "seed": 13,
    "prune": 0.1,
    "threshold": 3.5,
    "gate": 0.0,
}


def tsv_rows(split: str | None = None) -> list[tuple[str, str]]:
    """(sentence, label) rows of safety_train.tsv, of one split or all."""
    rows = []
    for line in TRAIN_TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        part, label, sentence = line.split("\t")
        if split is None or part == split:
            rows.append((sentence, label))
    return rows


def _label(category: object) -> str:
    return NONE if category is None else str(getattr(category, "value", category))


def corpus_rows() -> list[tuple[str, str]]:
    """The cue tables' test corpora (not the blind set) as (sentence, label)."""
    rows: list[tuple[str, str]] = []
    for module in (safety_corpus, safety_corpus_broad, safety_corpus_later):
        for name in sorted(vars(module)):
            value = getattr(module, name)
            if not name.isupper() or not isinstance(value, list):
                continue
            for item in value:
                if isinstance(item, tuple):
                    rows.append((item[0], _label(item[1])))
                elif name == "OWN":
                    rows.append((item, OWN))
                else:
                    rows.append((item, NONE))
    return [(s, label) for s, label in rows if s]


def exercise_rows() -> list[tuple[str, str]]:
    """Every example text of the shipped exercises, as sentences that find nothing."""
    rows = []
    for path in sorted(EXERCISES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for step in data.get("steps", []):
            example = step.get("example")
            if isinstance(example, str) and example.strip():
                rows.append((example, NONE))
    return rows


def training_data() -> list[tuple[str, str]]:
    """Everything the model learns from, each sentence once, in a fixed order."""
    held = {sentence for sentence, _ in tsv_rows("held")}
    seen: dict[str, str] = {}
    for sentence, label in tsv_rows("train") + corpus_rows() + exercise_rows():
        if sentence not in held:
            seen.setdefault(sentence, label)
    return sorted(seen.items())


def fingerprint(data: Iterable[tuple[str, str]]) -> str:
    """A short hash of the training data and the settings, stored beside the weights."""
    blob = json.dumps([sorted(data), HYPER], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


_LANG = None


def prepared(text: str) -> set[str]:
    """The features of a text as the check reads it: markup dropped, cut into sentences,
    lower-cased, names marked, figures of speech blanked; all its sentences together."""
    global _LANG
    if _LANG is None:
        _LANG = danger._language("en")
    found: set[str] = set()
    for raw in danger._sentences(text):
        found |= safety_model.features(
            _LANG.figurative.sub(" ~ ", danger._mark_names(raw, raw.lower(), _LANG)))
    return found


def gate_prepared(text: str) -> set[str]:
    """The gate's words of a text, split as the check splits it."""
    found: set[str] = set()
    for raw in danger._sentences(text):
        found |= safety_model.gate_words(raw.lower())
    return found


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit_harm(xs: list[list[str]], ys: list[int]) -> tuple[float, dict[str, float]]:
    """Logistic regression (plain SGD with L2) of harm against everything else."""
    rate, l2 = float(HYPER["rate"]), float(HYPER["l2"])
    w: dict[str, float] = {}
    b = 0.0
    order = list(range(len(xs)))
    rng = random.Random(int(HYPER["seed"]))
    for epoch in range(int(HYPER["epochs"])):
        rng.shuffle(order)
        step = rate / (1 + 0.1 * epoch)
        for i in order:
            x = xs[i]
            g = _sigmoid(b + sum(w.get(f, 0.0) for f in x)) - ys[i]
            b -= step * g
            for f in x:
                old = w.get(f, 0.0)
                w[f] = old - step * (g + l2 * old)
    return b, w


def fit_category(xs: list[list[str]], ys: list[int], classes: int
                 ) -> tuple[list[float], dict[str, list[float]]]:
    """Softmax regression of the harm category, on harm sentences only."""
    rate, l2 = float(HYPER["rate"]), float(HYPER["l2"])
    w: dict[str, list[float]] = {}
    b = [0.0] * classes
    order = list(range(len(xs)))
    rng = random.Random(int(HYPER["seed"]) + 1)
    for epoch in range(int(HYPER["epochs"])):
        rng.shuffle(order)
        step = rate / (1 + 0.1 * epoch)
        for i in order:
            x = xs[i]
            z = b[:]
            rows = [w.setdefault(f, [0.0] * classes) for f in x]
            for row in rows:
                for k in range(classes):
                    z[k] += row[k]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            grad = [e[k] / total - (k == ys[i]) for k in range(classes)]
            for k in range(classes):
                b[k] -= step * grad[k]
            for row in rows:
                for k in range(classes):
                    row[k] -= step * (grad[k] + l2 * row[k])
    return b, w


def train(data: list[tuple[str, str]]) -> dict[str, object]:
    """The model file's content for this training data."""
    feats = [sorted(prepared(s)) for s, _ in data]
    harmful = [int(label not in (NONE, OWN)) for _, label in data]
    bias, harm = fit_harm(feats, harmful)
    gate_bias, gate = fit_harm([sorted(gate_prepared(s)) for s, _ in data], harmful)
    index = {c: k for k, c in enumerate(HARM_CATEGORIES)}
    chosen = [i for i, (_, label) in enumerate(data) if label in index]
    cat_bias, cat = fit_category([feats[i] for i in chosen],
                                 [index[data[i][1]] for i in chosen], len(HARM_CATEGORIES))
    prune = float(HYPER["prune"])
    return {
        "fingerprint": fingerprint(data),
        "threshold": HYPER["threshold"],
        "gate_threshold": HYPER["gate"],
        "gate_bias": round(gate_bias, 3),
        "gate": {f: round(v, 3) for f, v in sorted(gate.items()) if abs(v) >= prune},
        "bias": round(bias, 3),
        "harm": {f: round(v, 2) for f, v in sorted(harm.items()) if abs(v) >= prune},
        "categories": list(HARM_CATEGORIES),
        "category_bias": [round(v, 3) for v in cat_bias],
        # In hundredths, to keep the file small.
        "category": {f: [round(100 * v) for v in row] for f, row in sorted(cat.items())
                     if max(abs(v) for v in row) >= 2 * prune},
    }


def write(model: dict[str, object], path: Path = safety_model.MODEL_PATH) -> None:
    """Store the model compactly, one feature a line so a diff stays readable."""
    text = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text.replace('],"', '],\n"').replace(',"w', ',\n"w') + "\n",
                    encoding="utf-8")


def main() -> int:
    data = training_data()
    model = train(data)
    write(model)
    print(f"trained on {len(data)} sentences; {len(model['harm'])} harm features, "  # type: ignore[arg-type]
          f"{len(model['category'])} category features -> {safety_model.MODEL_PATH}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
