"""Language data for the safety check (`trustjournal.core.danger`): one module per language.

Each language module is pure data, read by `danger` and compiled once:

- `SLOTS`: named regex pieces ("{S}" the partner as subject, "{I}" the writer as subject,
  "{ME}" the writer as object, ...) that the cues below refer to by name;
- `PARTNER`: per category, verb phrases that follow the partner as subject ("{S}" is put
  in front of them);
- `WRITER`: verb phrases that follow the writer as subject ("{I}"), for the writer's own
  behaviour;
- `FREE`: per category, whole cues that bring their own subject or need none;
- `TRIGGERS`: per category, word beginnings of which at least one must occur in a
  sentence before its cues are tried (the cheap prefilter; every cue needs one);
- `GENERAL_PARTNER`, `GENERAL_FREE`, `GENERAL_TRIGGERS` (optional): the same three for
  broad cues built from word lists (verbs in every tense with what they act on); they
  have prefilter entries of their own, so a sentence pays for them only when its words
  could complete one;
- `FIGURATIVE`: phrases blanked out before matching ("dying to see him");
- `NEGATIONS`: words that, just before a cue, say it did not happen;
- `CLAUSE_WORDS`: words that start a new clause, so a negation before them is not ours;
- `NOT_NAMES`: capitalised words that are not a person's name;
- `DETERMINERS`: words after which a capitalised word is a thing, not a person.

A second language is added as a module (or package) with the same names plus its own test corpus,
and listed in LANGUAGES.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en",)
