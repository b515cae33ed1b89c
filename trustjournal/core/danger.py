"""Does what the person wrote sound like they may be unsafe? A calm, offline hint.

Used only to offer the safety panel once, gently; it never blocks, labels or stores
anything. It looks for self-harm, and for harm or control aimed at the writer ("he hit
me", "she reads my messages", "I'm afraid of him"), not for the writer's own worries
about a partner ("I checked his phone"), which the exercises are there to work through.
The writer's own controlling or violent behaviour is found too, but it leads to the
panel's "worried about your own behaviour" section rather than to help lines for
victims.

API (used by the GUI and the CLI; keep it stable):
- `find_concerns(text)` -> every Concern found, most urgent first, one per category;
- `first_concern(text)` -> the most urgent Concern or None;
- `sounds_unsafe(text)` -> True when a concern other than the writer's own behaviour
  was found;
- `Concern.section` -> which part of the safety panel answers it.

How it reads a text. Markup (HTML tags and entities, Markdown emphasis, links, quotes)
is dropped, the text is cut into sentences (a very long one into overlapping windows),
and each sentence is lower-cased with straight apostrophes; a capitalised word that may
be a name is marked so "Mark takes my whole paycheck" reads like "he takes ...", unless
it follows "my", "the" and the like ("my Facebook"). A cheap prefilter (word beginnings
per category, some needed together) decides which categories' cues are worth trying on
a sentence at all. Each category has two channels, each one compiled alternation with
its own prefilter bit: phrase cues (verb phrases after the partner as subject - "he",
"my ex-wife", a name -, after the writer as subject for own behaviour, and cues that
need no subject, "I want to die"), and broad cues built from word lists, where a verb
in any tense ("twist", "shove", "hurl", "kneel on") meets what it lands on ("me", "my
arm", "the baby", "near my head"), or a report ("he swore") meets a harm ("he'd break
my legs"). The phrase channel is read first. A clause joined by "and" with no subject
of its own takes the partner named at the start ("she locked the door and wouldn't let
me leave"). A match is dropped
when a negation ("not", "never", "didn't") stands in the three words before it within
its clause, unless the cue itself opens a clause ("until I give in"); negations between
subject and verb never match in the first place ("he has never hit me"). Common figures
of speech ("dying to see him", "killing it at work", "he hit the gym") are blanked out
before a match is accepted. Tense, contractions, curly apostrophes, capitals and extra
spaces are all read alike. The preparing of the text (splitting, names, the carried
subject, negations) lives in `danger_text`.

Compiling a channel takes a few milliseconds; each is compiled the first time a
sentence needs it, and `warm_up()` compiles the rest (the GUI calls it once a journal
is open), so no check pays for all of them at once.

A third, learned stage (`safety_model`) reads the sentences where no cue found anything
at all: a small linear model trained on a few thousand labelled sentences, which finds
new phrasings of known harms. It only adds concerns, never the writer's own behaviour,
and is kept cheap by a gate that lets through few sentences of an ordinary entry.

What it cannot do. It reads words, not meaning: a phrasing neither the cue tables nor
the model's training met may be missed (the tests keep held-out sentences with the share
found), and a sentence like "I stood on the bridge for a long time" says nothing by its
words alone. It never replaces the panel's always-available button.

Where the writer's own behaviour starts (Category.OWN_BEHAVIOUR). One look driven by
worry is not it: "I checked his phone", "I looked at her messages while she slept", "I
wanted to track her" find nothing, because the exercises are made for exactly that.
Behaviour that is repeated, forceful or coercive is: reading a partner's messages every
night, "I keep checking her location", demanding or forcing passwords, installing a
tracker or spyware, hitting, pushing or grabbing, threats of any kind, not letting a
partner see friends, locking them in or out, taking their keys, phone or money, and
pressuring them into sex. Own behaviour never makes `sounds_unsafe` true.

The language data lives in `trustjournal.core.safety_cues` (English first); this module
holds no words of its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import field
from enum import StrEnum
from types import ModuleType

from trustjournal.core import safety_cues, safety_model
from trustjournal.core.danger_text import CARRY as _CARRY
from trustjournal.core.danger_text import carry_subject as _carry_subject
from trustjournal.core.danger_text import first_match as _first_match
from trustjournal.core.danger_text import mark_names as _mark_names
from trustjournal.core.danger_text import sentences as _sentences
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.safety_cues.en import broad
from trustjournal.core.safety_patterns import alternatives


class Section(StrEnum):
    """The part of the safety panel that answers a concern."""

    CRISIS = "crisis"  # suicidal thoughts, self-harm
    ABUSE = "abuse"  # harm, threats, fear or control aimed at the writer
    OWN_BEHAVIOUR = "own_behaviour"  # the writer worried about their own behaviour


class Category(StrEnum):
    """What kind of concern the wording points to, in order of urgency."""

    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    THREAT = "threat"
    SEXUAL_COERCION = "sexual_coercion"
    FEAR = "fear"
    STALKING = "stalking"
    MONITORING = "monitoring"
    ISOLATION = "isolation"
    FINANCIAL = "financial"
    CONFINEMENT = "confinement"
    OWN_BEHAVIOUR = "own_behaviour"

    @property
    def section(self) -> Section:
        """The safety panel section that answers this category."""
        if self is Category.SELF_HARM:
            return Section.CRISIS
        if self is Category.OWN_BEHAVIOUR:
            return Section.OWN_BEHAVIOUR
        return Section.ABUSE


@lazy_dataclass(frozen=True, slots=True)
class Concern:
    """One category found in a text, with the words that matched (for tests only:
    never store, log or show them)."""

    category: Category
    cue: str

    @property
    def section(self) -> Section:
        """The safety panel section that answers this concern."""
        return self.category.section


_ORDER = tuple(Category)
_HARM = frozenset(_ORDER) - {Category.OWN_BEHAVIOUR}
_RANK = {category: rank for rank, category in enumerate(_ORDER)}
# Each category has two channels, each with its own cues and prefilter bit: the phrase
# cues, and the broad cues built from word lists. A sentence pays for the broad cues
# only when its words could complete one of them.
_LAYERS = 2
_CHANNELS = tuple((category, layer) for layer in range(_LAYERS) for category in _ORDER)


def _bits(category: Category) -> int:
    """Every channel bit of one category."""
    rank = _RANK[category]
    return sum(1 << (rank + layer * len(_ORDER)) for layer in range(_LAYERS))


# -- compiling the language data ---------------------------------------------------------

_SLOT = re.compile(r"\{([A-Z]+)\}")


def _expand(pattern: str, slots: dict[str, str]) -> str:
    for _ in range(6):  # slots refer to slots a few levels deep at most
        expanded = _SLOT.sub(lambda m: slots[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError("safety cue slots refer to each other in a loop")


class _Cues:
    """Each category's compiled cues, compiled the first time a sentence needs them:
    compiling all of them at once would make the first check of a session slow."""

    def __init__(self, sources: dict[int, str]) -> None:
        self._sources = sources  # by channel number
        self.channels = sum(1 << channel for channel in sources)  # those with cues, as bits
        self.compiled: dict[int, re.Pattern[str]] = {}

    def __getitem__(self, channel: int) -> re.Pattern[str]:
        pattern = self.compiled.get(channel)
        if pattern is None:
            pattern = self.compiled[channel] = re.compile(self._sources[channel])
        return pattern

    def compile_all(self) -> None:
        """Compile every category now (see `warm_up`)."""
        for channel in self._sources:
            self[channel]


@lazy_dataclass(frozen=True, slots=True)
class _Language:
    cues: _Cues
    # The prefilter: word beginnings ("atoms") indexed by their first three letters;
    # categories reached by one atom alone; and entries needing several atoms, indexed
    # by an atom of their first part.
    atoms: dict[str, tuple[tuple[str, int], ...]]  # word beginnings, by first three letters
    exact: dict[str, frozenset[int]]  # whole words
    single: dict[int, int]
    combined: dict[int, tuple[tuple[int, tuple[frozenset[int], ...]], ...]]
    completing: int  # every atom of an entry's later parts, as bits
    figurative: re.Pattern[str]
    carry: re.Pattern[str]
    negations: frozenset[str]
    clause_words: frozenset[str]
    not_names: frozenset[str]
    # The same words as they stand capitalised ("When"), for a one-step test of a
    # sentence's capitalised words (see danger_text.mark_names).
    capitalised_not_names: frozenset[str]
    determiners: frozenset[str]
    name_mark: str
    # Each word's prefilter entry once looked up (see _Prefilter), shared by all checks.
    seen_words: dict[str, object] = field(default_factory=dict)



def _compile_cues(module: ModuleType) -> _Cues:
    slots: dict[str, str] = module.SLOTS

    def ready(cues: list[str] | tuple[str, ...]) -> list[str]:
        # Expanded one by one, so they can be put in the form the regex engine passes
        # over quickly (safety_patterns; it reads the same).
        return [_expand(cue, slots) for cue in cues]

    parts: dict[int, list[str]] = {}
    layers = ((module.PARTNER, module.FREE),
              (getattr(module, "GENERAL_PARTNER", {}), getattr(module, "GENERAL_FREE", {})))
    subject, writer = _expand("{S}", slots), _expand("{I}", slots)
    for layer, (partner, free) in enumerate(layers):
        offset = layer * len(_ORDER)
        for key, phrases in partner.items():
            parts.setdefault(_RANK[Category(key)] + offset, []).append(
                subject + " " + alternatives(ready(phrases)))
        for key, cues in free.items():
            parts.setdefault(_RANK[Category(key)] + offset, []).extend(ready(cues))
    parts.setdefault(_RANK[Category.OWN_BEHAVIOUR], []).append(
        writer + " " + alternatives(ready(module.WRITER)))
    return _Cues({
        channel: r"(?<![\w'])" + alternatives(cues) + r"(?![\w'])"
        for channel, cues in parts.items()
    })


def _compile(module: ModuleType) -> _Language:
    atom_ids: dict[str, int] = {}

    def atom(text: str) -> int:
        return atom_ids.setdefault(text, len(atom_ids))

    single: dict[int, int] = {}
    combined: dict[int, list[tuple[int, tuple[frozenset[int], ...]]]] = {}
    layers = (module.TRIGGERS, getattr(module, "GENERAL_TRIGGERS", {}))
    for key, entries, layer in [(k, e, n) for n, table in enumerate(layers)
                                for k, e in table.items()]:
        bit = 1 << (_RANK[Category(key)] + layer * len(_ORDER))
        for entry in entries:
            parts = tuple(frozenset(atom(a) for a in part.split("|"))
                          for part in entry.split("+"))
            if len(parts) == 1:
                for one in parts[0]:
                    single[one] = single.get(one, 0) | bit
            else:
                for one in parts[0]:
                    combined.setdefault(one, []).append((bit, parts[1:]))
    atoms: dict[str, list[tuple[str, int]]] = {}
    exact: dict[str, set[int]] = {}
    for text, number in atom_ids.items():
        if text.endswith("$"):
            exact.setdefault(text[:-1], set()).add(number)
        else:
            atoms.setdefault(text[:3], []).append((text, number))
    figurative = re.compile(r"(?<![\w'])(?:" + "|".join(module.FIGURATIVE) + r")(?![\w'])")
    return _Language(
        cues=_compile_cues(module),
        atoms={head: tuple(found) for head, found in atoms.items()},
        exact={word: frozenset(numbers) for word, numbers in exact.items()},
        single=single,
        combined={number: tuple(found) for number, found in combined.items()},
        completing=_as_bits(frozenset(atom for found in combined.values()
                                      for _, parts in found for part in parts
                                      for atom in part)),
        figurative=figurative,
        carry=re.compile(_CARRY.replace("{P}", _expand("{P}", module.SLOTS))),
        negations=module.NEGATIONS,
        clause_words=module.CLAUSE_WORDS,
        not_names=module.NOT_NAMES,
        capitalised_not_names=_capitalised(module.NOT_NAMES),
        determiners=module.DETERMINERS,
        name_mark=module.NAME_MARK,
    )


def _capitalised(words: frozenset[str]) -> frozenset[str]:
    # Only a word of two or more ASCII letters can be the lower case of a capitalised
    # word as danger_text reads them ("[A-Z][a-z]+"); for those the capitalised form is
    # the one word whose lower case it is.
    return frozenset(word[0].upper() + word[1:] for word in words
                     if len(word) > 1 and word.isascii() and word.isalpha()
                     and word.islower())


@functools.cache
def _language(code: str) -> _Language:
    """The compiled cues of one language, built on first use: compiling them takes a
    few hundred milliseconds, which app start-up should not pay."""
    return _compile(safety_cues.module(code))


# What one word brings to the prefilter: the categories it reaches alone, every atom it
# holds, and those of its atoms that begin a multi-part entry.
_WordInfo = tuple[int, frozenset[int], tuple[int, ...]]
_NOTHING: _WordInfo = (0, frozenset(), ())


def _word_info(word: str, lang: _Language) -> _WordInfo:
    whole = lang.exact.get(word)
    found = lang.atoms.get(word[:3])
    if found:
        atoms = frozenset(number for stem, number in found if word.startswith(stem))
        if whole:
            atoms |= whole
    elif whole:
        atoms = whole
    else:
        return _NOTHING
    if not atoms:
        return _NOTHING
    single = 0
    for number in atoms:
        single |= lang.single.get(number, 0)
    return single, atoms, tuple(n for n in atoms if n in lang.combined)


# What the prefilter keeps of one word: its atoms, and what it reaches alone and the
# entries it starts, by category bit (channels without cues left out). Sets of atoms
# are integers, one bit per atom, so a test is one AND; a group whose entries all have
# two parts also holds all their second parts as one (its "union"; 0 otherwise).
_Group = tuple[int, int, tuple[tuple[int, ...], ...]]  # bit, union, the parts after its own
_Learnt = tuple[int, tuple[int, tuple[_Group, ...]] | None] | None
_UNSEEN = object()
# Words are looked up once per session rather than once per check: autosave checks the
# same entry again and again, and a writer's vocabulary is a few thousand words. The
# bound only keeps a pasted word list from growing the table without end.
_SEEN_WORDS = 50_000


def _as_bits(atoms: frozenset[int]) -> int:
    bits = 0
    for number in atoms:
        bits |= 1 << number
    return bits


def _learn(word: str, lang: _Language) -> _Learnt:
    single, atoms, starting = _word_info(word, lang)
    if not atoms:
        return None
    wanted = lang.cues.channels
    single &= wanted
    groups: dict[int, dict[tuple[int, ...], None]] = {}
    for number in starting:
        for bit, parts in lang.combined[number]:
            if bit & wanted and not single & bit:
                groups.setdefault(bit, {})[tuple(_as_bits(part) for part in parts)] = None
    if not (single or groups):
        return _as_bits(atoms), None
    learnt: list[_Group] = []
    for bit, entries in groups.items():
        union = 0
        if all(len(parts) == 1 for parts in entries):
            for (part,) in entries:
                union |= part
        learnt.append((bit, union, tuple(entries)))
    return _as_bits(atoms), (single, tuple(learnt))


class _Prefilter:
    """Which categories' cues are worth trying on a sentence, from its words alone.

    Each distinct word is looked up once per session (_learn); then a sentence with no
    word of interest costs one set test. Words like "my" or "when" only complete an
    entry started by a rarer word ("ruin" + "job"), so they alone never make a sentence
    worth reading."""

    def __init__(self, lang: _Language, vocabulary: set[str]) -> None:
        self.active: set[str] = set()  # reach a category, or start an entry
        self._known: set[str] = set()  # hold an atom of an entry's later parts
        self._atoms: dict[str, int] = {}  # as bits
        # Per active word: the categories it reaches alone, and the entries it starts
        # grouped by category bit (looked up once per text, not once per sentence).
        self._info: dict[str, tuple[int, tuple[_Group, ...]]] = {}
        seen = lang.seen_words
        if len(seen) > _SEEN_WORDS:
            seen.clear()
        completing = lang.completing
        for word in vocabulary:
            known = seen.get(word, _UNSEEN)
            if known is _UNSEEN:
                known = seen[word] = _learn(word, lang)
            if known is None:
                continue
            atoms, info = known
            if atoms & completing:
                self._known.add(word)
                self._atoms[word] = atoms
            if info is not None:
                self.active.add(word)
                self._info[word] = info

    def masks(self, word_sets: list[set[str]]) -> list[tuple[int, int]]:
        """(index, categories as bits) of each sentence whose words satisfy an entry."""
        out = []
        active, known, info, atoms = self.active, self._known, self._info, self._atoms
        for index, words in enumerate(word_sets):
            present = words & active
            if not present:
                continue
            mask = 0
            for word in present:
                mask |= info[word][0]
            seen = -1  # the sentence's atoms as bits, once needed
            for word in present:
                for bit, union, entries in info[word][1]:
                    if mask & bit:
                        continue
                    if seen < 0:
                        seen = 0
                        for other in words & known:
                            seen |= atoms[other]
                    if union:
                        if union & seen:
                            mask |= bit
                        continue
                    for parts in entries:
                        for part in parts:
                            if not part & seen:
                                break
                        else:
                            mask |= bit
                            break
            if mask:
                out.append((index, mask))
        return out


@functools.cache
def _in_mask(mask: int) -> tuple[tuple[Category, tuple[int, ...]], ...]:
    """The categories with a channel set in mask, most urgent first, each with those
    channels (phrase cues before broad ones)."""
    out: dict[Category, list[int]] = {}
    for channel, (category, _) in enumerate(_CHANNELS):
        if mask & (1 << channel):
            out.setdefault(category, []).append(channel)
    return tuple(sorted(((category, tuple(channels)) for category, channels in out.items()),
                        key=lambda pair: _RANK[pair[0]]))


def _misses(todo: list[tuple[int, int, str]], lang: _Language) -> list[int]:
    """For each sentence of todo (index, channels, prepared text), the channels known to
    find nothing in it, as bits.

    Each channel is tried on all its sentences in turn, so one large pattern at a time
    stays in the processor's caches. A try whose matches are all negated finds nothing.
    A channel, and its category's later one, stop at the first sentence where it finds
    something: what follows depends on what was found (figures of speech blanked,
    categories done), so the sentence loop reads the rest itself. The answers hold while
    a sentence is as prepared, which it is until something matched in it."""
    misses = [0] * len(todo)
    waiting: dict[int, list[int]] = {}
    for number, (_, mask, _) in enumerate(todo):
        for _, channels in _in_mask(mask):
            for channel in channels:
                waiting.setdefault(channel, []).append(number)
    stops: dict[Category, int] = {}  # where a category's first channel found something
    for channel in sorted(waiting):  # phrase cues before broad ones
        category = _CHANNELS[channel][0]
        stop = stops.get(category, len(todo))
        pattern = lang.cues.compiled.get(channel) or lang.cues[channel]
        search = pattern.search
        bit = 1 << channel
        for number in waiting[channel]:
            if number >= stop:
                break
            sentence = todo[number][2]
            if search(sentence) and _first_match(pattern, sentence, lang):
                stops[category] = number
                break
            misses[number] |= bit
    return misses


def _find(text: str, lang: _Language, prefilter: bool = True,
          second: bool = True, learned: bool = True) -> dict[Category, Concern]:
    found: dict[Category, Concern] = {}
    if not text or not text.strip():
        return found
    wanted = lang.cues.channels
    compiled = lang.cues.compiled
    raws = _sentences(text)
    lowered_all = [raw.lower() for raw in raws]
    word_sets = [set(low.replace(",", " ").split()) for low in lowered_all]
    vocabulary = set().union(*word_sets)
    cheap = _Prefilter(lang, vocabulary) if prefilter else None
    matched: set[int] = set()  # sentences a cue matched in, which the model need not read
    # The sentences worth reading: index, channels as bits, text ready for the cues.
    todo: list[tuple[int, int, str]] = []
    names: dict[int, str] = {}  # sentences with their names marked, once made
    for index, mask in (cheap.masks(word_sets) if cheap is not None
                        else [(index, wanted) for index in range(len(raws))]):
        words = word_sets[index]
        sentence = names[index] = _mark_names(raws[index], lowered_all[index], lang)
        if "and" in words or "then" in words:
            sentence = _carry_subject(sentence, lang)
        todo.append((index, mask, sentence))
    misses = _misses(todo, lang)
    for (index, mask, sentence), miss in zip(todo, misses, strict=True):
        mask &= wanted
        if not mask & ~miss:
            continue
        plain = False  # figures of speech are blanked only once something matched
        for category, channels in _in_mask(mask):
            match = None
            for channel in channels:
                if not plain and miss >> channel & 1:
                    continue
                pattern = compiled.get(channel) or lang.cues[channel]
                match = _first_match(pattern, sentence, lang)
                if match and not plain:
                    plain = True
                    blanked = lang.figurative.sub(" ~ ", sentence)
                    if blanked != sentence:
                        sentence = blanked
                        match = _first_match(pattern, sentence, lang)
                if match:
                    break
            if match:
                matched.add(index)
                found[category] = Concern(category, match.replace(lang.name_mark, ""))
                wanted &= ~_bits(category)
        if not wanted:
            break
    # Second stage: sentences the cues above found nothing in (not even the writer's own
    # behaviour) are scored by the broad, order-tolerant rules of safety_cues.en.broad.
    if not second:
        return found

    def marked(i: int) -> str:
        done = names.get(i)
        return done if done is not None else _mark_names(raws[i], lowered_all[i], lang)

    def prepare(i: int) -> str:
        return lang.figurative.sub(" ~ ", marked(i))

    for index, key, cue in broad.read(lowered_all, word_sets, prepare,
                                      vocabulary=vocabulary):
        if Category(key) not in found and not _find(raws[index], lang, second=False):
            matched.add(index)
            found[Category(key)] = Concern(Category(key), cue)
    # Third stage: the learned model (safety_model) scores the sentences where no cue of
    # either stage found anything; it only adds, and never the writer's own behaviour.
    if learned and not _HARM.issubset(found):
        for index, key, cue in safety_model.read(word_sets, vocabulary, marked, prepare,
                                                 matched.__contains__):
            if Category(key) not in found and not _find(raws[index], lang, learned=False):
                found[Category(key)] = Concern(Category(key), cue)
    return found


# -- the API -----------------------------------------------------------------------------


def find_concerns(text: str, language: str | None = None) -> list[Concern]:
    """Every category of concern in text, most urgent first, one Concern per category.
    Read with the cues of the app's language (or `language`) when it has its own, and
    always with every English stage (see safety_cues.languages_for)."""
    found: dict[Category, Concern] = {}
    for code in safety_cues.languages_for(language):
        english = code == "en"  # the broad rules and the model are English only
        for category, concern in _find(text, _language(code), second=english,
                                       learned=english).items():
            found.setdefault(category, concern)
    return [found[category] for category in _ORDER if category in found]


def first_concern(text: str, language: str | None = None) -> Concern | None:
    """The most urgent concern in text, or None."""
    concerns = find_concerns(text, language)
    return concerns[0] if concerns else None


def warm_up() -> None:
    """Compile every cue table now, so no later check pays for it. Optional: the GUI
    calls it once its window is on screen; without it each table is compiled the first
    time a sentence needs it."""
    for code in safety_cues.languages_for():
        _language(code).cues.compile_all()
    safety_model.weights()


def danger_cues(text: str) -> list[str]:
    """The words in text that point to harm or control aimed at the writer."""
    return [c.cue for c in find_concerns(text) if c.section is not Section.OWN_BEHAVIOUR]


def sounds_unsafe(text: str) -> bool:
    """True when the wording suggests self-harm, or that the writer may be hurt,
    threatened or controlled (not for the writer's own behaviour)."""
    return any(c.section is not Section.OWN_BEHAVIOUR for c in find_concerns(text))
