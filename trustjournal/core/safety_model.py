"""The learned stage of the safety check: a small linear model over words, read after the
cue tables of `trustjournal.core.danger` have had their say.

The cue tables are precise but only know the phrasings someone wrote down; this stage
was trained (tests/core/train_safety_model.py) on a few thousand labelled journal
sentences and scores the sentences the cues found nothing in, so a new phrasing of a
known harm ("he got rough with me again") still offers the panel. It adds hits only: it
never removes what the cues found, and never reports the writer's own behaviour.

How a sentence is read. Apostrophes are dropped ("won't" -> "wont"), the partner in any
form ("he", "my fiancée", a capitalised name) becomes one token, and the three words
after a negation ("never", "didn't") are marked as negated, so "he has never hit me"
and "he hit me" share no feature about hitting. The features are the words (function
words like "I've" only in pairs), the first five letters of long words (so "strangling"
meets "strangled"), each word's family ("thumped" and "punched" are both =HURT, see
safety_cues/en/model_words.py), adjacent pairs of words or families, and the partner or
the writer with the word after next ("he always hits"). A harm score (logistic
regression) decides whether the sentence is worth the panel, and a second set of
weights (one per category) says which category. A sentence framed as play, accident or
joke ("in a pillow fight") is left to the cue tables.

Cost. Building the features of a sentence costs some twenty microseconds, too much for
every sentence of a long entry, so a gate comes first: a third, much smaller model that
only adds up one weight per word (looked up once per word per session) and lets through
the sentences that may score high; then a quick score without building the features
sets most of those aside, and only the rest are read in full. All weights are dicts
from feature to numbers, loaded from `safety_cues/en/model.json` on first use.

Same words, same answer. The features and words of a sentence are sets, and the order
a set of strings hands them over in changes with PYTHONHASHSEED, from one run to the
next. A sum of floats taken in that order could differ in its last bit, which was enough
to put a sentence whose gate score was exactly at the bar on either side of it (a
self-harm sentence then found in one session and missed in the next), or to turn an
exact tie between two categories either way. The file's weights have three decimals at
most, so they are held here in thousandths, as integers: every sum is exact, whatever
the order, and a tie between categories goes to the more urgent one.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import field
from pathlib import Path

from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.safety_cues.en import model_words

MODEL_PATH = Path(__file__).with_name("safety_cues") / "en" / "model.json"

# Every form of the partner reads as this one token (names arrive marked, see danger).
PARTNER = "PX"
_PARTNER_WORDS = model_words.PARTNER_WORDS
_NEGATIONS = model_words.NEGATIONS
_CLAUSE = model_words.CLAUSE_WORDS
_FUNCTION = model_words.FUNCTION_WORDS
# A negation reaches this many words, and never past the start of a new clause.
_SCOPE = 3
# Features that put the partner in a sentence (see Weights.best_category): "him" and
# "his" are function words, read only in pairs, so their pairs are looked at too.
# A negation before them ("!him") leaves them the partner.
_PARTNER_SEEN = frozenset({"w" + PARTNER, "w!" + PARTNER, "whim", "whis"})
_PARTNER_PAIR = re.compile(r"b(?:\S+ )?!?(?:him|his)(?: |$)")
_WORD = re.compile(r"[^\W\d_]+")
# The bound of every per-word table kept across checks: it only keeps a pasted word
# list from growing them without end.
_KNOWN_WORDS = 50_000
_NAME_MARK = "\ue000"
# Weights are held in thousandths (see "Same words, same answer" above).
_SCALE = 1000


def tokens(sentence: str) -> list[str]:
    """The words of one lower-cased sentence as the model reads them."""
    out: list[str] = []
    negated = 0
    for raw in _WORD.findall(sentence.replace("'", "")):
        word = PARTNER if raw in _PARTNER_WORDS else raw
        if negated and word in _CLAUSE:
            negated = 0
        if negated:
            out.append("!" + word)
            negated -= 1
        else:
            out.append(word)
        if word in _NEGATIONS:
            negated = _SCOPE
    return out


def _names_as_partner(sentence: str) -> str:
    # A marked name ("\ue000mark") reads as the partner: the mark and the name go.
    return re.sub(_NAME_MARK + r"[^\W\d_]+", " he ", sentence)


# Each word's family ("" for none), once looked up; bounded like the other word tables.
_families: dict[str, str] = {}
_FAMILY_STARTS = tuple(sorted(
    ((start.rstrip("$"), start.endswith("$"), "=" + name)
     for name, starts in model_words.FAMILIES.items() for start in starts),
    key=lambda entry: -len(entry[0])))


def family(word: str) -> str:
    """The family token of a word ("=HURT", "!=HURT" when negated), or ""."""
    known = _families.get(word)
    if known is None:
        plain = word.lstrip("!")
        known = ""
        for start, whole, name in _FAMILY_STARTS:
            if (plain == start) if whole else plain.startswith(start):
                known = name if plain == word else "!" + name
                break
        if len(_families) < _KNOWN_WORDS:
            _families[word] = known
    return known


def features(sentence: str) -> set[str]:
    """The features of one lower-cased sentence (names marked as danger marks them)."""
    words = tokens(_names_as_partner(sentence) if _NAME_MARK in sentence else sentence)
    found = {"w" + word for word in words if word not in _FUNCTION}
    kinds = [family(word) or word for word in words]
    found.update("f" + kind for kind in kinds if "=" in kind)
    found.update("g" + a + " " + b for a, b in itertools.pairwise(kinds)
                 if "=" in a or "=" in b)
    found.update("t" + a + " " + c for a, c in zip(kinds, kinds[2:], strict=False)
                 if (a == PARTNER or a == "i") and "=" in c)
    found.update("p" + word[:5 + (word[0] == "!")] for word in words
                 if len(word) > 5 + (word[0] == "!"))
    found.update("b" + a + " " + b for a, b in itertools.pairwise(words))
    found.update("s" + a + " " + c for a, c in zip(words, words[2:], strict=False)
                 if a == PARTNER or a == "i")
    return found


# -- the weights ---------------------------------------------------------------------------


def _thousandths(value: float) -> int:
    """value (a weight of the file, three decimals at most) in thousandths, exactly."""
    scaled = round(value * _SCALE)
    if abs(value * _SCALE - scaled) > 1e-6:
        raise ValueError("a weight of the safety model has more than three decimals")
    return scaled


@lazy_dataclass(frozen=True, slots=True)
class Weights:
    """A trained model: the gate, the harm score and the category weights.

    Weights and biases are integers, in thousandths of the file's numbers, so that every
    sum of them is exact; thresholds and the scores the methods return are log-odds."""

    gate_bias: int
    gate: dict[str, int]  # one weight per word (see gate_word)
    gate_threshold: float  # gate score below which a sentence is not scored
    bias: int
    harm: dict[str, int]
    threshold: float  # harm score (log-odds) above which a sentence is a hit
    # The lower score that is enough when the category is self-harm: missing someone at
    # risk of suicide costs more than offering the panel once too often.
    self_harm_threshold: float
    categories: tuple[str, ...]
    category_bias: tuple[int, ...]
    category: dict[str, tuple[int, ...]]
    fingerprint: str  # of the training data, see tests/core/train_safety_model.py
    # The harm weights of word pairs as nested dicts (first word, then second), so a
    # quick score needs no string built per pair; and each word's own weight (word and
    # prefix) once computed.
    pairs: dict[str, dict[str, int]] = field(default_factory=dict)
    skips: dict[str, dict[str, int]] = field(default_factory=dict)
    singles: dict[str, int] = field(default_factory=dict)

    def quick_score(self, words: list[str]) -> float:
        """About harm_score(features(...)), cheaper: repeated prefixes, families and
        pairs count more than once, so callers confirm a high quick score with
        harm_score."""
        singles = self.singles
        total = self.bias
        for word in set(words):
            weight = singles.get(word)
            if weight is None:
                harm = self.harm
                cut = 5 + (word[0] == "!")
                weight = harm.get("w" + word, 0) + (
                    harm.get("p" + word[:cut], 0) if len(word) > cut else 0)
                kind = family(word)
                if kind:
                    weight += harm.get("f" + kind, 0)
                if len(singles) < _KNOWN_WORDS:
                    singles[word] = weight
            total += weight
        pairs, skips = self.pairs, self.skips
        previous = before = last_kind = ""
        for word in words:
            kind = family(word) or word
            row = pairs.get(previous)
            if row is not None:
                total += row.get(word, 0)
            if "=" in kind or "=" in last_kind:
                row = pairs.get("=" + last_kind)
                if row is not None:
                    total += row.get(kind, 0)
            if before == PARTNER or before == "i":
                total += skips[before].get(word, 0)
                if "=" in kind:
                    total += skips["=" + before].get(kind, 0)
            before, previous, last_kind = previous, word, kind
        return total / _SCALE

    def harm_score(self, found: Iterable[str]) -> float:
        """The log-odds that a sentence with these features points to harm."""
        harm = self.harm
        return (self.bias + sum(harm.get(f, 0) for f in found)) / _SCALE

    def best_category(self, found: set[str]) -> str:
        """The category whose weights these features favour most.

        Self-harm is about the writer alone: when the partner is in the sentence ("he",
        "him", a name) and self-harm comes first, the runner-up is taken, since the
        sentences the model meets that way (and the cues missed) are far more often
        about what the partner does ("I rehearse so Claire won't blow up at me")."""
        totals = list(self.category_bias)
        weights = self.category
        for f in found:
            row = weights.get(f)
            if row is not None:
                for k, value in enumerate(row):
                    totals[k] += value
        order = sorted(range(len(totals)), key=lambda k: (-totals[k], k))
        if self.categories[order[0]] == "self_harm" and _names_partner(found):
            return self.categories[order[1]]
        return self.categories[order[0]]

    def strongest(self, found: Iterable[str]) -> str:
        """The words of the feature that pushed hardest towards harm (for tests); a pair
        of words when one pushes at all, since one word alone is often just "he"."""
        harm = self.harm
        pairs = [f for f in found if f[0] in "bs" and harm.get(f, 0) > 0]
        best = max(sorted(pairs or found), key=lambda f: harm.get(f, 0))
        return best[1:].replace(PARTNER, "he").replace("!", "") or "?"


def _names_partner(found: set[str]) -> bool:
    return not found.isdisjoint(_PARTNER_SEEN) or any(
        f[0] == "b" and _PARTNER_PAIR.fullmatch(f) for f in found)


def gate_word(word: str) -> str:
    """A word as the gate reads it: letters only, the partner as one token."""
    plain = "".join(_WORD.findall(word.replace("'", "")))
    return PARTNER if plain in _PARTNER_WORDS else plain


def gate_words(sentence: str) -> set[str]:
    """The gate's words of one lower-cased sentence (split as danger splits it)."""
    return {gate_word(word) for word in sentence.replace(",", " ").split()}


def load(path: Path = MODEL_PATH) -> Weights:
    """The model stored at path (written by tests/core/train_safety_model.py)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    # Pairs of words ("b", "s") under their first word; pairs where a family stands
    # for a word ("g", "t") under "=" and their first word or family.
    harm = {feature: _thousandths(weight) for feature, weight in data["harm"].items()}
    pairs: dict[str, dict[str, int]] = {}
    skips: dict[str, dict[str, int]] = {PARTNER: {}, "i": {}, "=" + PARTNER: {}, "=i": {}}
    for feature, weight in harm.items():
        kind = feature[0]
        if kind in "bsgt":
            first, second = feature[1:].split(" ")
            if kind in "gt":
                first = "=" + first
            (pairs if kind in "bg" else skips).setdefault(first, {})[second] = weight
    return Weights(
        pairs=pairs,
        skips=skips,
        gate_bias=_thousandths(data["gate_bias"]),
        gate={word: _thousandths(weight) for word, weight in data["gate"].items()},
        # Checked here like every weight: the bar is compared in thousandths (read()).
        gate_threshold=_thousandths(data["gate_threshold"]) / _SCALE,
        bias=_thousandths(data["bias"]),
        harm=harm,
        threshold=data["threshold"],
        self_harm_threshold=data["self_harm_threshold"],
        categories=tuple(data["categories"]),
        category_bias=tuple(_thousandths(value) for value in data["category_bias"]),
        # The file holds these in hundredths (integers).
        category={f: tuple(_thousandths(value / 100) for value in row)
                  for f, row in data["category"].items()},
        fingerprint=data["fingerprint"],
    )


@functools.cache
def weights() -> Weights:
    """The shipped model, loaded on first use."""
    return load()


# -- reading a text ------------------------------------------------------------------------

# Each word's gate weight (keyed by the word as danger splits it, apostrophes and all),
# kept across checks like danger's own word table: autosave checks the same entry again
# and again. The bound only keeps a pasted word list from growing it without end.
_gate_weights: dict[str, int] = {}
_gate_positive: set[str] = set()


def _learn_gate_words(words: set[str], model: Weights) -> tuple[dict[str, int], set[str]]:
    """The word table, holding the gate weight of every one of words, and the set of
    its words whose weight is above zero (a sentence without one cannot pass the gate).

    A full table is replaced rather than cleared, so a check running at the same time
    keeps reading the table it was given."""
    global _gate_weights, _gate_positive
    known, positive = _gate_weights, _gate_positive
    new = words.difference(known)
    if new:
        if len(known) + len(new) > _KNOWN_WORDS:
            known, positive = _gate_weights, _gate_positive = {}, set()
            new = words
        gate = model.gate
        for word in new:
            weight = known[word] = gate.get(gate_word(word), 0)
            if weight > 0:
                positive.add(word)
    return known, positive


def gate_score(words: set[str], model: Weights) -> float:
    """The gate's log-odds for a sentence of these words (as danger splits them)."""
    known, _ = _learn_gate_words(words, model)
    return (model.gate_bias + sum(map(known.__getitem__, words))) / _SCALE


# A quick score this far below the threshold cannot reach it once pairs are counted once.
_QUICK_MARGIN = 1.5


def judge(sentence: str, model: Weights | None = None) -> tuple[str, str] | None:
    """(category, strongest words) when the model finds harm in one prepared sentence
    (lower-cased, names marked, figures of speech blanked), else None. No gate."""
    model = model or weights()
    found = features(sentence)
    score = model.harm_score(found)
    if score <= model.self_harm_threshold or model_words.PLAY.search(sentence):
        return None
    category = model.best_category(found)
    if score <= model.threshold and category != "self_harm":
        return None
    return category, model.strongest(found)


def read(word_sets: list[set[str]], vocabulary: set[str], marked: Callable[[int], str],
         prepare: Callable[[int], str], skip: Callable[[int], bool]
         ) -> Iterator[tuple[int, str, str]]:
    """(sentence index, category, strongest words) for each sentence the model finds
    harm in, among those the gate lets through and skip(i) does not exclude.

    word_sets[i] are sentence i's words as danger splits them (vocabulary all of them),
    marked(i) the sentence lower-cased with names marked, and prepare(i) the sentence
    ready to read (figures of speech blanked as well), built only for sentences that
    score high."""
    model = weights()
    known, positive = _learn_gate_words(vocabulary, model)
    weight = known.__getitem__
    bar = _thousandths(model.gate_threshold) - model.gate_bias  # in thousandths
    # Where the bar is above zero, a sentence with no word weighing above zero is out
    # at the cost of one set test.
    needs_risky = bar > 0
    risky = vocabulary & positive
    if needs_risky and not risky:
        return
    quick_bar = min(model.threshold, model.self_harm_threshold) - _QUICK_MARGIN
    for index, words in enumerate(word_sets):
        if needs_risky and words.isdisjoint(risky):
            continue
        if sum(map(weight, words)) < bar or skip(index):
            continue
        sentence = marked(index)
        if _NAME_MARK in sentence:
            sentence = _names_as_partner(sentence)
        if model.quick_score(tokens(sentence)) <= quick_bar:
            continue
        verdict = judge(prepare(index), model)
        if verdict is not None:
            yield index, verdict[0], verdict[1]
