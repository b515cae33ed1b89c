from __future__ import annotations

import pytest

from trustjournal.core.danger import danger_cues, sounds_unsafe


@pytest.mark.parametrize("text", [
    "Last night he hit me when I asked about the message.",
    "She threatened to take the kids if I leave.",
    "He said he would hurt me if I told anyone.",
    "I'm really scared of him when he drinks.",
    "I am afraid for my safety.",
    "I don't feel safe at home any more.",
    "My partner reads my messages every evening.",
    "He goes through my phone while I sleep.",
    "She tracks my location all day.",
    "He won't let me see my sister.",
    "My husband controls my money.",
    "They locked me in the bedroom.",
    "He is cutting me off from my friends.",
    "She makes me check in every hour.",
    "HE PUSHED ME against the wall",
    "He’s threatening to kill himself if I go — he said he'd hurt me too.",
])
def test_harm_or_control_aimed_at_the_writer_is_noticed(text: str) -> None:
    assert sounds_unsafe(text), text
    assert danger_cues(text)


@pytest.mark.parametrize("text", [
    "",
    "I checked his phone while he was in the shower.",
    "I read her messages and felt awful afterwards.",
    "He was late and didn't text me back.",
    "I'm afraid she'll leave me one day.",
    "She hit the nail on the head when she said I was anxious.",
    "We talked calmly and I felt safe with him.",
    "I felt scared, but it was my old fear, not anything he did.",
    "He let me see the messages himself, without me asking.",
    "My partner checks in when he travels, which I like.",
    "Kicked myself for assuming the worst again.",
])
def test_ordinary_worries_and_own_actions_are_not_flagged(text: str) -> None:
    assert not sounds_unsafe(text), danger_cues(text)
