"""The "do this instead" list: the shipped file is valid and kind, broken files are named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustjournal.gui.urges.alternatives import (
    FALLBACK,
    AlternativesError,
    load_alternatives,
)
from trustjournal.resources import resource

UNKIND = re.compile(r"\b(streaks?|should|must|failed?|weak|guilt\w*|bad|wrong|shame\w*)\b",
                    re.IGNORECASE)


def test_the_shipped_list_loads_with_short_kind_lines_and_a_way_to_write() -> None:
    alternatives = load_alternatives(resource("urge_alternatives.toml"))
    assert len(alternatives) >= 5
    ids = [a.id for a in alternatives]
    assert {"breathe", "write", "walk", "friend"} <= set(ids)
    assert [a.id for a in alternatives if a.action == "write"] == ["write"]
    for alternative in alternatives:
        # Short enough to read in one breath, and never a reproach.
        assert len(alternative.line.split()) <= 20, alternative.id
        assert len(alternative.title.split()) <= 7, alternative.id
        for text in (alternative.title, alternative.line, alternative.done):
            assert not UNKIND.search(text), (alternative.id, text)
    assert FALLBACK[0].id == "breathe"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "lists no [[alternative]] items"),
    ("[[alternative]]\nid = 'a'\ntitle = 'A'\nline = 'x'\n", "needs a text for 'done'"),
    ("[[alternative]]\nid = 'a'\ntitle = 'A'\nline = 'x'\ndone = 'y'\n"
     "[[alternative]]\nid = 'a'\ntitle = 'B'\nline = 'x'\ndone = 'y'\n", "repeats the id 'a'"),
    ("[[alternative]]\nid = 'a'\ntitle = 'A'\nline = 'x'\ndone = 'y'\naction = 'call'\n",
     "unknown action 'call'"),
    ("[[alternative]]\nid = 'a'\ntitle = 'A'\nline = 'x'\ndone = 'y'\ncolour = 'red'\n",
     "unknown fields: colour"),
    ("[[alternative]\n", "can't be read"),
])
def test_a_broken_file_gets_a_message_naming_it_and_the_problem(
        tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AlternativesError) as caught:
        load_alternatives(path)
    assert "mine.toml" in str(caught.value)
    assert reason in str(caught.value)
