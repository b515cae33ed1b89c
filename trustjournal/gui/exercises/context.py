"""What step widgets need besides the step: the feelings vocabulary and the thinking traps."""

from __future__ import annotations

from dataclasses import field, replace
from functools import cache
from typing import TYPE_CHECKING

from trustjournal.core import own_feelings
from trustjournal.core.i18n import language, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.resources_data import (
    FeelingFamily,
    ResourceFileError,
    ThinkingTrap,
    builtin_feelings,
    builtin_traps,
    feeling_names,
    trap_names,
)

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal


class OwnWords:
    """One's own feeling words, kept as a journal setting (never in entries' text alone)."""

    def __init__(self, journal: Journal, builtin: tuple[FeelingFamily, ...]) -> None:
        self.journal = journal
        self.builtin = [f.label for family in builtin for f in family.feelings]

    def stored(self) -> object:
        return self.journal.get_setting(own_feelings.SETTING, [])

    def add(self, text: str) -> tuple[str, str]:
        """Keep a new word: (its id, its label); OwnFeelingError says why not."""
        records, new_id = own_feelings.add(self.stored(), text, self.builtin)
        self.journal.set_setting(own_feelings.SETTING, records)
        return new_id, own_feelings.names(records)[new_id]

    def remove(self, feeling_id: str) -> None:
        """Stop offering a word; saved entries keep it."""
        self.journal.set_setting(own_feelings.SETTING,
                                 own_feelings.remove(self.stored(), feeling_id))


@lazy_dataclass(frozen=True)
class StepContext:
    families: tuple[FeelingFamily, ...] = ()
    traps: tuple[ThinkingTrap, ...] = ()
    problems: tuple[str, ...] = ()  # resource files that could not be read
    feeling_names: dict[str, str] = field(default_factory=dict)
    trap_names: dict[str, str] = field(default_factory=dict)
    own_words: OwnWords | None = None  # lets the picker add words; None: no journal

    @classmethod
    def of(cls, families: tuple[FeelingFamily, ...], traps: tuple[ThinkingTrap, ...],
           problems: tuple[str, ...] = ()) -> StepContext:
        return cls(families, traps, problems, feeling_names(families), trap_names(traps))


def builtin_context() -> StepContext:
    """The shipped vocabulary in the app's language; a damaged file leaves that picker
    empty with a message."""
    return _builtin_context(language())


@cache
def _builtin_context(code: str) -> StepContext:
    del code  # the cache key: the loaders below read the app's language themselves
    problems: list[str] = []
    families: tuple[FeelingFamily, ...] = ()
    traps: tuple[ThinkingTrap, ...] = ()
    try:
        families = builtin_feelings()
    except (OSError, ResourceFileError) as exc:
        problems.append(translate("StepContext", "The feelings list could not be read ({error}).")
                        .format(error=exc))
    try:
        traps = builtin_traps()
    except (OSError, ResourceFileError) as exc:
        problems.append(translate("StepContext", "The thinking traps could not be read ({error}).")
                        .format(error=exc))
    return StepContext.of(families, traps, tuple(problems))


def context_for(journal: Journal) -> StepContext:
    """The shipped vocabulary plus this journal's own words (as their own group)."""
    base = builtin_context()
    own = OwnWords(journal, base.families)
    stored = own.stored()
    family = own_feelings.family(stored)
    families = base.families + ((family,) if family else ())
    # A fresh dict per run: steps add words to it, the shared context must not see them.
    names = {**own_feelings.names(stored), **base.feeling_names}
    return replace(base, families=families, feeling_names=names, own_words=own)
