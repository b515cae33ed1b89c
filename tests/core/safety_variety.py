"""A varied corpus for comparing two versions of the safety check: every sentence of the
safety corpora and of the model's training data, each written several other ways
(capitals, curly apostrophes, markup, HTML entities, names, negations, accents, emoji,
odd spacing and punctuation), text made from every cue of every category (walked from
the compiled cue patterns, put in sentences), and long entries made of all of these.

Everything is built in a fixed order from a fixed seed, so two runs see the same texts."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.core.safety_sentences import corpus_sentences

TRAINING = Path(__file__).with_name("safety_train.tsv")


def training_sentences() -> list[str]:
    """The sentences of the model's labelled training data."""
    out = []
    for line in TRAINING.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2].strip():
            out.append(parts[2])
    return out


def _names(text: str) -> str:
    return re.sub(r"\b(?:he|she)\b", "Mark", text, count=1, flags=re.IGNORECASE)


def _curly(text: str) -> str:
    return text.replace("'", "\u2019")


# Each way of rewriting a sentence; a sentence gets a few of them, in turn.
VARIANTS: tuple[Callable[[str], str], ...] = (
    str.upper,
    str.lower,
    str.title,
    _curly,
    _names,
    lambda t: f"**{t}**",
    lambda t: f"<p><b>{t}</b></p>",
    lambda t: f"[{t}](https://example.org/x) &amp; more",
    lambda t: f"\u201c{t}\u201d she wrote &#8217;s",
    lambda t: f"I don't think {t[:1].lower()}{t[1:]}",
    lambda t: f"Never. {t} - and then he left...",
    lambda t: f"Mark said that {t[:1].lower()}{t[1:]}, and then he laughed",
    lambda t: f"{t}\n\n\t  {t}",
    lambda t: t.replace(" ", "  ").replace(",", " , ,"),
    lambda t: t.replace("e", "\u00e9", 2) + " fianc\u00e9e",
    lambda t: f"\U0001f60a {t} \u2764\ufe0f\u2026 \u2014 ok",
    lambda t: f"{t}\ue000 ; ; ! ? \u2013 {t.swapcase()}",
    lambda t: f"My Facebook, My Husband and Jos\u00e9: {t}",
    lambda t: f"\u03a3\u039f\u03a3. {t} \u0130stanbul \u03a3.",
)


def variants(texts: list[str], per_text: int = 3) -> list[str]:
    """Each text as it is, then per_text of its rewrites, taken in turn."""
    out = []
    count = len(VARIANTS)
    for index, text in enumerate(texts):
        out.append(text)
        for step in range(per_text):
            out.append(VARIANTS[(index * per_text + step) % count](text))
    return out


# -- text made from the cue patterns ------------------------------------------------------


def _walk(items: list, rng: random.Random, out: list[str]) -> None:  # type: ignore[type-arg]
    """Append one string the parsed pattern items could match (look-arounds aside)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is c.ANY:
            out.append("a")
        elif op is c.IN:
            chars = [chr(a) for o, a in av if o is c.LITERAL]
            chars += [chr(a[0]) for o, a in av if o is c.RANGE]
            negated = any(o is c.NEGATE for o, _ in av)
            if negated:
                out.append(" " if " " not in chars else "~")
            elif chars:
                out.append(rng.choice(chars))
            else:  # a category: \w, \s, \d
                out.append(rng.choice("aeiou"))
        elif op is c.BRANCH:
            _walk(list(rng.choice(av[1]).data), rng, out)
        elif op is c.SUBPATTERN:
            _walk(list(av[3].data), rng, out)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            for _ in range(rng.randint(low, min(high, low + 2))):
                _walk(list(sub.data), rng, out)
        elif op is c.ATOMIC_GROUP:
            _walk(list(av.data), rng, out)
        # Look-arounds, anchors and group references add nothing to the text.


def cue_texts(per_cue: int = 3, seed: int = 15) -> list[str]:
    """Text from every cue of every category of every cue language: per_cue random
    walks of each (the partner's cues after a subject), put in a sentence."""
    from re import _parser  # type: ignore[attr-defined]

    from trustjournal.core import danger, safety_cues

    rng = random.Random(seed)
    out = []
    for code in safety_cues.LANGUAGES:
        module = safety_cues.module(code)
        slots = module.SLOTS
        cues: list[str] = []
        for table in (module.PARTNER, getattr(module, "GENERAL_PARTNER", {})):
            for phrases in table.values():
                cues.extend("{S} " + phrase for phrase in phrases)
        for table in (module.FREE, getattr(module, "GENERAL_FREE", {})):
            for found in table.values():
                cues.extend(found)
        cues.extend("{I} " + phrase for phrase in module.WRITER)
        cues.extend(module.FIGURATIVE)
        for cue in cues:
            parsed = _parser.parse(danger._expand(cue, slots))
            for _ in range(per_cue):
                words: list[str] = []
                _walk(list(parsed.data), rng, words)
                phrase = "".join(words)
                out.append(f"Yesterday {phrase} again.")
                out.append(f"{phrase[:1].upper()}{phrase[1:]}")
    return out


def long_texts(sentences: list[str], size: int = 40) -> Iterator[str]:
    """The sentences as entries of `size` sentences, joined in several ways, and one
    long run with no sentence end at all (read in overlapping windows)."""
    joins = (". ", "\n", "! ", " - ", "; ", " ", "\u2026 ")
    for number, start in enumerate(range(0, len(sentences), size)):
        yield joins[number % len(joins)].join(sentences[start:start + size])
    yield " ".join(s.strip(".!?") for s in sentences[:300])


def corpus() -> list[str]:
    """The whole varied corpus, in a fixed order."""
    out = variants(corpus_sentences(), per_text=3) + variants(training_sentences(), per_text=1)
    out += variants(cue_texts(), per_text=1)
    return out + list(long_texts(out[::3]))
