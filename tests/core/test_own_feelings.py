"""One's own feeling words: ids that never clash, labels kept as typed, removal that
forgets nothing an entry needs."""

from __future__ import annotations

import pytest

from trustjournal.core import own_feelings
from trustjournal.core.resources_data import builtin_feelings, feeling_names


def test_ids_are_prefixed_unique_and_never_a_builtin_id() -> None:
    builtin = feeling_names(builtin_feelings())
    stored, first = own_feelings.add([], "  Half   seen ", builtin.values())
    stored, second = own_feelings.add(stored, "Half-seen", builtin.values())
    stored, third = own_feelings.add(stored, "!!!", builtin.values())
    assert (first, second, third) == ("own_half_seen", "own_half_seen_2", "own_word")
    assert not set(builtin) & {first, second, third}
    assert own_feelings.names(stored)[first] == "Half seen"  # trimmed, case kept


@pytest.mark.parametrize("word", ["", "   ", "x" * 41, "half SEEN", "Sad"])
def test_refused_words_say_why(word: str) -> None:
    stored, _ = own_feelings.add([], "Half seen")
    with pytest.raises(own_feelings.OwnFeelingError) as caught:
        own_feelings.add(stored, word, ["Sad"])
    assert str(caught.value)


def test_a_removed_word_keeps_its_name_and_comes_back_under_its_id() -> None:
    stored, raw = own_feelings.add([], "Raw")
    stored = own_feelings.remove(stored, raw)
    assert own_feelings.family(stored) is None
    assert own_feelings.names(stored) == {raw: "Raw"}
    stored, again = own_feelings.add(stored, "RAW")
    assert again == raw
    family = own_feelings.family(stored)
    assert family is not None and [f.label for f in family.feelings] == ["RAW"]


def test_a_damaged_setting_is_read_as_no_words() -> None:
    assert own_feelings.family("nonsense") is None
    assert own_feelings.names([{"id": "sad", "label": "x"}, 5]) == {}
