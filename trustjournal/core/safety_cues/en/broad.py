"""The second, broad stage of the English safety check: one sentence at a time.

The literal cues (partner.py, free.py, writer.py) match whole verb phrases and miss the
many other ways people put the same thing ("my whole salary goes into his account",
"I have a plan now"). This stage reads only sentences in which they found nothing and
scores them with rules that are looser about order and wording: each rule is a core
phrase (a harm word in its family of phrasings) plus words that must stand anywhere in
the same sentence (the partner as doer, the writer as the one harmed, a body part, ...).

Guards keep the looseness from turning into false alarms: a negation just before the
core ("he never locked me in"), words that make the whole sentence mutual, chosen or
happy ("we both", "which is sweet", "like he does every night"), and per-rule words that
point to another reading ("end it with him" is a break-up). Figures of speech are
blanked out by `danger` before this stage sees the sentence.

Text arrives as in the literal stage: lower-cased, straight apostrophes, single spaces,
names marked with NAME_MARK. `read(...)` returns, for each sentence a rule fits, the
category value and the matched words. The rules live in `broad_rules`, the named regex
pieces they use in `broad_pieces`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trustjournal.core.safety_cues.en.broad_pieces import expand as _expand
from trustjournal.core.safety_cues.en.broad_rules import RULES
from trustjournal.core.safety_cues.en.slots import NAME_MARK

_GUARD = re.compile(
    r"\b(?:we both|both of us|we each|each other's|we agreed|we decided|which is (?:sweet"
    r"|nice|fine|lovely|normal|good|great|kind)|which i (?:like|love|appreciate)|it was"
    r" (?:lovely|sweet|nice|fun)|no big deal|haha|lol|in a good way|i'm happy with"
    r"|is his right|is her right|her right|his right)\b"
)
# Where the guard above holds, only these categories still count: a mutual or happy
# frame does not undo violence, threats or self-harm.
_GUARD_KEEPS = frozenset({"self_harm", "violence", "threat", "sexual_coercion"})

_NEGATIONS = frozenset({
    "not", "never", "no", "nor", "don't", "dont", "didn't", "didnt", "doesn't", "doesnt",
    "isn't", "isnt", "wasn't", "wasnt", "won't", "wont", "wouldn't", "wouldnt", "hasn't",
    "hasnt", "haven't", "havent", "hadn't", "hadnt", "cannot", "can't", "cant", "couldn't",
    "couldnt", "aren't", "weren't", "nobody", "hardly",
})
_CLAUSE = frozenset({
    "but", "and", "because", "so", "when", "while", "although", "though", "since", "after",
    "before", "until", "then", "or", "if", "unless", "cause", "cos", "that",
})
# "He never checks my phone": a negation between the partner and the verb of a cue.
_STARTS_WITH_SUBJECT = re.compile(r"(?:he|she|they|my \w+|\ue000\w+)(?:'[a-z]+)? ")
# Negations that belong to the phrase itself ("not allowed", "never allowed").
_OWN_NEGATION = re.compile(r"(?:not|never) allowed|no (?:reason|point)|i said no")
# Cues whose meaning holds a negation of their own ("can't find one reason to go on",
# "can't buy food without his approval"): a negation before them is part of it.
_POLAR = re.compile(r"\b(?:without (?:his|her|their)|(?:any|one|a) (?:real )?(?:reason|point"
                    r"|purpose))\b")


def _negated(sentence: str, start: int, cue: str = "") -> bool:
    if _OWN_NEGATION.match(sentence, start) or _POLAR.search(cue):
        return False
    words = sentence[max(0, start - 60):start].split()
    for count, word in enumerate(reversed(words)):
        if count == 3 or word.endswith(",") or word in _CLAUSE:
            return False
        if word in _NEGATIONS:
            return True
    return False


# (category, core as a quick probe (unbounded), core, needed, unless). The probe reads the sentence
# before names are marked, so a name in the core is read as any word there.
_Compiled = tuple[str, str, re.Pattern[str], tuple[re.Pattern[str], ...],
                  re.Pattern[str] | None]


def _bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w'])")


_LEADING_SUBJECT = re.compile(r"(?:^|(?<=\|))\{S\} \(\?:\\w\+ \)\{0,2\}")

# Built on first use (compiling takes a while, which app start-up should not pay).
_compiled: list[_Compiled] = []
_anchors: dict[str, int] = {}  # word beginnings
_whole: dict[str, int] = {}  # whole words
# The rules each word anchors, looked up once per session: autosave reads the same
# words again and again. Bounded so a pasted word list cannot grow it without end.
_word_bits: dict[str, int] = {}
_WORD_BITS = 50_000


def _rules() -> list[_Compiled]:
    if not _compiled:
        for number, (category, anchors, core, needed, unless) in enumerate(RULES):
            for anchor in anchors.split():
                table, key = ((_whole, anchor[:-1]) if anchor.endswith("=")
                              else (_anchors, anchor[:4]))
                table[key] = table.get(key, 0) | 1 << number
            exact = _expand(core)
            # The probe is only a necessary condition: a leading "the partner as subject"
            # (a long alternation tried at every position) is left to the exact core.
            quick = _expand(_LEADING_SUBJECT.sub("", core))
            _compiled.append((
                category,
                quick.replace(NAME_MARK, ""),
                _bounded(exact),
                tuple(re.compile(_expand(need)) for need in needed),
                re.compile(_expand(unless)) if unless else None,
            ))
    return _compiled


_probes: dict[int, re.Pattern[str]] = {}


def _probe(chosen: int, rules: list[_Compiled]) -> re.Pattern[str]:
    """One pattern trying the probes of all chosen rules at once (few sets of rules
    occur, so they are kept)."""
    probe = _probes.get(chosen)
    if probe is None:
        # \b rather than the exact stage's look-behind: it lets the regex engine skip
        # ahead to possible first letters, which halves the cost of a probe.
        probe = re.compile(r"\b(?:" + "|".join(
            rules[number][1] for number in range(len(rules))
            if chosen >> number & 1) + r")(?![\w'])")
        if len(_probes) < 4096:
            _probes[chosen] = probe
    return probe


def read(lowered: list[str], word_sets: list[set[str]], prepare: Callable[[int], str],
         prefilter: bool = True,
         vocabulary: set[str] | None = None) -> list[tuple[int, str, str]]:
    """(sentence index, category value, matched words) for each sentence of a text that
    a broad rule fits. lowered holds the sentences lower-cased and word_sets their words;
    prepare(index) gives a sentence with names marked and figures of speech blanked.

    Cheap for ordinary text: each distinct word is looked up once per session for the rules it may
    start (anchors), a sentence without one costs a set intersection, and one combined
    probe of the chosen rules' cores decides whether the full rules are worth trying.
    Without the prefilter every rule is tried on every sentence (for tests).
    vocabulary, when the caller has it already, is the union of word_sets."""
    rules = _rules()
    bits: dict[str, int] = {}
    if vocabulary is None:
        vocabulary = set().union(*word_sets)
    if not prefilter:
        bits = dict.fromkeys(vocabulary, (1 << len(rules)) - 1)
    else:
        if len(_word_bits) > _WORD_BITS:
            _word_bits.clear()
        for word in vocabulary:
            found = _word_bits.get(word)
            if found is None:
                found = _word_bits[word] = _anchors.get(word[:4], 0) | _whole.get(word, 0)
            if found:
                bits[word] = found
    active = set(bits)
    # Sentences are probed in groups of the same rules, one probe after another: a
    # probe stays in the processor's caches while it reads its whole group.
    groups: dict[int, list[int]] = {}
    for index, words in enumerate(word_sets):
        present = active & words
        if not present:
            continue
        chosen = 0
        for word in present:
            chosen |= bits[word]
        groups.setdefault(chosen, []).append(index)
    probed: list[tuple[int, int]] = []
    for chosen, indexes in groups.items():
        search = _probe(chosen, rules).search
        probed.extend((index, chosen) for index in indexes
                      if search(lowered[index]) is not None)
    probed.sort()
    out: list[tuple[int, str, str]] = []
    for index, chosen in probed:
        scored = _score(prepare(index), chosen, rules)
        if scored is not None:
            out.append((index, *scored))
    return out


def _score(sentence: str, chosen: int, rules: list[_Compiled]) -> tuple[str, str] | None:
    guarded: bool | None = None
    while chosen:
        number = (chosen & -chosen).bit_length() - 1
        chosen ^= 1 << number
        category, _, core, needed, unless = rules[number]
        for match in core.finditer(sentence):
            if _negated(sentence, match.start(), match.group(0)) or (
                    not _NEGATIONS.isdisjoint(match.group(0).split()[:4])
                    and not _POLAR.search(match.group(0))
                    and not _OWN_NEGATION.search(match.group(0))
                    and _STARTS_WITH_SUBJECT.match(match.group(0))):
                continue
            if category not in _GUARD_KEEPS:
                if guarded is None:
                    guarded = _GUARD.search(sentence) is not None
                if guarded:
                    break
            if unless is not None and unless.search(sentence):
                break
            if all(need.search(sentence) for need in needed):
                return category, match.group(0)
            break
    return None
