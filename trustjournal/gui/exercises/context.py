"""What step widgets need besides the step: the feelings vocabulary and the thinking traps."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from trustjournal.core.resources_data import (
    FeelingFamily,
    ResourceFileError,
    ThinkingTrap,
    builtin_feelings,
    builtin_traps,
    feeling_names,
    trap_names,
)


@dataclass(frozen=True)
class StepContext:
    families: tuple[FeelingFamily, ...] = ()
    traps: tuple[ThinkingTrap, ...] = ()
    problems: tuple[str, ...] = ()  # resource files that could not be read
    feeling_names: dict[str, str] = field(default_factory=dict)
    trap_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, families: tuple[FeelingFamily, ...], traps: tuple[ThinkingTrap, ...],
           problems: tuple[str, ...] = ()) -> StepContext:
        return cls(families, traps, problems, feeling_names(families), trap_names(traps))


@cache
def builtin_context() -> StepContext:
    """The shipped vocabulary; a damaged file leaves that picker empty with a message."""
    problems: list[str] = []
    families: tuple[FeelingFamily, ...] = ()
    traps: tuple[ThinkingTrap, ...] = ()
    try:
        families = builtin_feelings()
    except (OSError, ResourceFileError) as exc:
        problems.append(f"The feelings list could not be read ({exc}).")
    try:
        traps = builtin_traps()
    except (OSError, ResourceFileError) as exc:
        problems.append(f"The thinking traps could not be read ({exc}).")
    return StepContext.of(families, traps, tuple(problems))
