"""The safety check as it read a text before its preparation was made faster (issue 15):
sentences cut with one regex and their spaces made single one by one, names looked for
word by word, the prefilter's entries tested one part at a time, every cue tried sentence
by sentence through `first_match`, the broad stage's probes tried sentence by sentence,
and the cue tables compiled as written. Tests run it beside
`trustjournal.core.danger.find_concerns` and ask for the same concerns, cues and order.

The cue tables, the broad rules and the model are the check's own (they did not
change); only the steps that were rewritten are kept here as they were."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from unittest import mock

from trustjournal.core import danger, safety_cues, safety_model
from trustjournal.core import danger_text as text_module
from trustjournal.core.danger import Category, Concern
from trustjournal.core.danger_text import carry_subject, first_match
from trustjournal.core.safety_cues.en import broad

_SENTENCE = re.compile(r"[.!?;\n\r…–—]+")


def sentences(text: str) -> list[str]:
    """The old `danger_text.sentences`."""
    if "&" in text:
        text = html.unescape(text)
    text = text_module._PRIVATE.sub(" ", text)
    if "<" in text:
        text = text_module._TAG.sub(" ", text)
    if "](" in text:
        text = text_module._LINK.sub(r"\1", text)
    for apostrophe in text_module._APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    text = text_module._MARKUP.sub(" ", text)
    text = text_module._LOOSE_APOSTROPHE.sub(" ", text)
    if " -" in text:
        text = text_module._DASH.sub(". ", text)
    out: list[str] = []
    window, overlap = text_module._WINDOW, text_module._OVERLAP
    for piece in _SENTENCE.split(text):
        piece = " ".join(piece.split()).strip(",")
        if len(piece) <= window:
            if piece:
                out.append(piece)
            continue
        start = 0
        while start < len(piece):
            out.append(piece[start:start + window])
            start += window - overlap
    return out


def mark_names(raw: str, lowered: str, lang: danger._Language) -> str:
    """The old `danger_text.mark_names`."""
    capitalised = text_module._CAPITALISED
    if not any(word.lower() not in lang.not_names for word in capitalised.findall(raw)):
        return lowered

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in lang.not_names:
            return word
        before = raw[max(0, match.start() - 8):match.start()].lower().split()
        if before and before[-1] in lang.determiners:
            return word
        return lang.name_mark + word

    return capitalised.sub(mark, raw).lower()


# The old prefilter's per-word lookups, by language (danger keeps its own in another
# form); each language is held, so its id is never taken by another.
_seen_words: dict[int, tuple[danger._Language, dict[str, object]]] = {}


def _learn(word: str, lang: danger._Language) -> object:
    """The old `danger._learn`."""
    single, atoms, starting = danger._word_info(word, lang)
    if not atoms:
        return None
    groups: dict[int, dict[tuple[int, ...], None]] = {}
    for number in starting:
        for bit, parts in lang.combined[number]:
            if not single & bit:
                groups.setdefault(bit, {})[tuple(danger._as_bits(part) for part in parts)] = None
    if not (single or groups):
        return danger._as_bits(atoms), None
    return danger._as_bits(atoms), (single, tuple(
        (bit, tuple(alternatives)) for bit, alternatives in groups.items()))


class _Prefilter:
    """The old `danger._Prefilter`: which categories' cues are worth trying on a
    sentence, from its words alone.

    Each distinct word is looked up once per session (_learn); then a sentence with no
    word of interest costs one set test. Words like "my" or "when" only complete an
    entry started by a rarer word ("ruin" + "job"), so they alone never make a sentence
    worth reading."""

    def __init__(self, lang: danger._Language, vocabulary: set[str]) -> None:
        self.active: set[str] = set()  # reach a category, or start an entry
        self._known: set[str] = set()  # hold any atom
        self._atoms: dict[str, int] = {}  # as bits
        # Per active word: the categories it reaches alone, and the entries it starts
        # grouped by category bit (looked up once per text, not once per sentence).
        self._info: dict[str, tuple[int, tuple[tuple[int, tuple[
            tuple[int, ...], ...]], ...]]] = {}
        seen = _seen_words.setdefault(id(lang), (lang, {}))[1]
        if len(seen) > danger._SEEN_WORDS:
            seen.clear()
        for word in vocabulary:
            known = seen.get(word, danger._UNSEEN)
            if known is danger._UNSEEN:
                known = seen[word] = _learn(word, lang)
            if known is None:
                continue
            atoms, info = known
            self._known.add(word)
            self._atoms[word] = atoms
            if info is not None:
                self.active.add(word)
                self._info[word] = info

    def mask(self, present: set[str]) -> int:
        """The categories whose prefilter entries these words satisfy, as bits."""
        active = present & self.active
        if not active:
            return 0
        mask = 0
        pending = []
        info = self._info
        for word in active:
            single, groups = info[word]
            mask |= single
            if groups:
                pending.append(groups)
        if not pending:
            return mask
        seen = -1  # the sentence's atoms as bits, once needed
        for groups in pending:
            for bit, alternatives in groups:
                if mask & bit:
                    continue
                if seen < 0:
                    seen = 0
                    atoms = self._atoms
                    for other in present & self._known:
                        seen |= atoms[other]
                for parts in alternatives:
                    for part in parts:
                        if not part & seen:
                            break
                    else:
                        mask |= bit
                        break
        return mask


def _find(text: str, lang: danger._Language, second: bool = True,
          learned: bool = True) -> dict[Category, Concern]:
    """The old `danger._find` (with the prefilter, as the check always runs it)."""
    found: dict[Category, Concern] = {}
    if not text or not text.strip():
        return found
    wanted = lang.cues.channels
    compiled = lang.cues.compiled
    raws = sentences(text)
    lowered_all = [raw.lower() for raw in raws]
    word_sets = [set(low.replace(",", " ").split()) for low in lowered_all]
    vocabulary = set().union(*word_sets)
    cheap = _Prefilter(lang, vocabulary)
    matched: set[int] = set()
    for index, (raw, lowered, words) in enumerate(zip(raws, lowered_all, word_sets,
                                                      strict=True)):
        if words.isdisjoint(cheap.active):
            continue
        mask = cheap.mask(words) & wanted
        if not mask:
            continue
        sentence = mark_names(raw, lowered, lang)
        if "and" in words or "then" in words:
            sentence = carry_subject(sentence, lang)
        plain = False
        for category, channels in danger._in_mask(mask):
            match = None
            for channel in channels:
                pattern = compiled.get(channel) or lang.cues[channel]
                match = first_match(pattern, sentence, lang)
                if match and not plain:
                    plain = True
                    blanked = lang.figurative.sub(" ~ ", sentence)
                    if blanked != sentence:
                        sentence = blanked
                        match = first_match(pattern, sentence, lang)
                if match:
                    break
            if match:
                matched.add(index)
                found[category] = Concern(category, match.replace(lang.name_mark, ""))
                wanted &= ~danger._bits(category)
        if not wanted:
            break
    if not second:
        return found

    def marked(i: int) -> str:
        return mark_names(raws[i], lowered_all[i], lang)

    def prepare(i: int) -> str:
        return lang.figurative.sub(" ~ ", marked(i))

    for index, key, cue in _broad_read(lowered_all, word_sets, prepare,
                                      vocabulary=vocabulary):
        if Category(key) not in found and not _find(raws[index], lang, second=False):
            matched.add(index)
            found[Category(key)] = Concern(Category(key), cue)
    if learned and not danger._HARM.issubset(found):
        for index, key, cue in safety_model.read(word_sets, vocabulary, marked, prepare,
                                                 matched.__contains__):
            if Category(key) not in found and not _find(raws[index], lang, learned=False):
                found[Category(key)] = Concern(Category(key), cue)
    return found


def _broad_read(lowered: list[str], word_sets: list[set[str]], prepare: Callable[[int], str],
                prefilter: bool = True,
                vocabulary: set[str] | None = None) -> list[tuple[int, str, str]]:
    """The old `broad.read`."""
    rules = broad._rules()
    bits: dict[str, int] = {}
    if vocabulary is None:
        vocabulary = set().union(*word_sets)
    if not prefilter:
        bits = dict.fromkeys(vocabulary, (1 << len(rules)) - 1)
    else:
        if len(broad._word_bits) > broad._WORD_BITS:
            broad._word_bits.clear()
        for word in vocabulary:
            found = broad._word_bits.get(word)
            if found is None:
                found = broad._word_bits[word] = (broad._anchors.get(word[:4], 0)
                                                  | broad._whole.get(word, 0))
            if found:
                bits[word] = found
    active = bits.keys()
    out: list[tuple[int, str, str]] = []
    for index, words in enumerate(word_sets):
        present = active & words
        if not present:
            continue
        chosen = 0
        for word in present:
            chosen |= bits[word]
        if broad._probe(chosen, rules).search(lowered[index]) is None:
            continue
        scored = broad._score(prepare(index), chosen, rules)
        if scored is not None:
            out.append((index, *scored))
    return out


@functools.cache
def old_language(code: str) -> danger._Language:
    """One language's cues compiled as written in its table, without the rewrite into
    the form the regex engine passes over quickly (`safety_patterns.alternatives`)."""
    with mock.patch.object(danger, "alternatives", lambda cues: "(?:" + "|".join(cues) + ")"):
        return danger._compile(safety_cues.module(code))


def find_concerns(text: str, language: str | None = None) -> list[Concern]:
    """The old `danger.find_concerns`, over the cues as written (not rewritten)."""
    found: dict[Category, Concern] = {}
    for code in safety_cues.languages_for(language):
        english = code == "en"
        for category, concern in _find(text, old_language(code), second=english,
                                       learned=english).items():
            found.setdefault(category, concern)
    return [found[category] for category in danger._ORDER if category in found]


def cue_sources(module: object) -> dict[int, str]:
    """Each channel's cue pattern as the old `danger._compile_cues` wrote it, by
    channel number."""
    slots: dict[str, str] = module.SLOTS  # type: ignore[attr-defined]
    order = danger._ORDER
    parts: dict[int, list[str]] = {}
    layers = ((module.PARTNER, module.FREE),  # type: ignore[attr-defined]
              (getattr(module, "GENERAL_PARTNER", {}), getattr(module, "GENERAL_FREE", {})))
    for layer, (partner, free) in enumerate(layers):
        offset = layer * len(order)
        for key, phrases in partner.items():
            parts.setdefault(danger._RANK[Category(key)] + offset, []).append(
                "{S} (?:" + "|".join(phrases) + ")")
        for key, cues in free.items():
            parts.setdefault(danger._RANK[Category(key)] + offset, []).extend(cues)
    parts.setdefault(danger._RANK[Category.OWN_BEHAVIOUR], []).append(
        "{I} (?:" + "|".join(module.WRITER) + ")")  # type: ignore[attr-defined]
    return {
        channel: r"(?<![\w'])(?:" + "|".join(danger._expand(cue, slots) for cue in cues)
        + r")(?![\w'])"
        for channel, cues in parts.items()
    }
