"""The blind set as a floor: what the safety check found the first time it met these
sentences must not be lost (see tests/core/safety_blind.py)."""

from __future__ import annotations

from tests.core.safety_blind import BLIND_B
from trustjournal.core.danger import Category, Section, find_concerns

HARM = [(s, label) for s, label in BLIND_B if label not in (None, "own_behaviour")]
QUIET = [s for s, label in BLIND_B if label is None]


def test_the_blind_set_is_whole_and_labelled() -> None:
    labels = {label for _, label in BLIND_B}
    assert labels <= {c.value for c in Category} | {None}
    assert len(HARM) >= 130 and len(QUIET) >= 130


def test_recall_false_alarms_and_category_on_the_blind_set_do_not_drop() -> None:
    hits = right = 0
    for sentence, label in HARM:
        found = [c for c in find_concerns(sentence) if c.section is not Section.OWN_BEHAVIOUR]
        if found:
            hits += 1
            right += found[0].category.value == label
    alarms = sum(1 for sentence in QUIET if find_concerns(sentence))
    recall, false_alarms = hits / len(HARM), alarms / len(QUIET)
    print(f"\nblind set: recall {hits}/{len(HARM)} = {recall:.1%}, false alarms "
          f"{alarms}/{len(QUIET)} = {false_alarms:.1%}, category right {right}/{hits}")
    # First measured with the cue tables alone: 53 %, 1.5 %, 94 %. With the learned stage
    # (safety_model, which never trained on this set): 71.6 %, 1.5 %, 88.5 %. The model's
    # own hits are sentences no cue knows, and it names their category less surely
    # (about three in four right), hence the lower category floor. Floors a few
    # sentences below what was measured.
    assert recall >= 0.70
    assert false_alarms <= 0.03
    assert right / hits >= 0.87
