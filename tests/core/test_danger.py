"""The safety check: what it must notice, what it must leave alone, and how fast."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.safety_corpus import HELD_OUT, HELD_OUT_3, OWN, QUIET, TRIGGER
from tests.core.safety_corpus_later import HELD_OUT_4, HELD_OUT_5, HELD_OUT_6
from trustjournal.core import danger
from trustjournal.core.danger import (
    Category,
    Section,
    danger_cues,
    find_concerns,
    first_concern,
    sounds_unsafe,
)
from trustjournal.core.safety_cues import LANGUAGES, en

# -- the examples the API was first written against ---------------------------------------


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


# -- the sentences of the issue ------------------------------------------------------------

ISSUE_MISSED = [
    ("I want to kill myself", Category.SELF_HARM),
    ("I've been thinking about ending my life", Category.SELF_HARM),
    ("He put his hands around my neck", Category.VIOLENCE),
    ("He installed a tracker on my car", Category.STALKING),
    ("She demands all my passwords", Category.MONITORING),
    ("He keeps my passport locked away", Category.FINANCIAL),
    ("He's been stalking me", Category.STALKING),
    ("I'm terrified of my husband", Category.FEAR),
]


@pytest.mark.parametrize(("text", "category"), ISSUE_MISSED)
def test_what_the_old_check_missed_is_noticed(text: str, category: Category) -> None:
    concern = first_concern(text)
    assert concern is not None, text
    assert concern.category is category
    assert sounds_unsafe(text)


@pytest.mark.parametrize("text", ["He won't let me see his phone", "He pushed me to try therapy"])
def test_what_the_old_check_wrongly_flagged_is_left_alone(text: str) -> None:
    assert find_concerns(text) == []


def test_self_harm_is_answered_by_the_crisis_section_first() -> None:
    concerns = find_concerns("He hit me again and I just want to die.")
    assert [c.category for c in concerns] == [Category.SELF_HARM, Category.VIOLENCE]
    assert concerns[0].section is Section.CRISIS
    assert concerns[1].section is Section.ABUSE


# -- the corpus ------------------------------------------------------------------------------


LATER = HELD_OUT + HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6
LATER_TRIGGER = [(t, c) for t, c in LATER if c is not None and c is not Category.OWN_BEHAVIOUR]
LATER_QUIET = [t for t, c in LATER if c is None]
LATER_OWN = [t for t, c in LATER if c is Category.OWN_BEHAVIOUR]


def _rates(trigger: list[tuple[str, Category]], quiet: list[str]
           ) -> tuple[float, float, float, list[str]]:
    problems: list[str] = []
    hits = right = 0
    for text, expected in trigger:
        concern = first_concern(text)
        if concern is None or concern.category is Category.OWN_BEHAVIOUR:
            problems.append(f"missed [{expected}]: {text}")
            continue
        hits += 1
        if concern.category is expected:
            right += 1
        else:
            problems.append(f"as {concern.category} not {expected}: {text}")
    alarms = [text for text in quiet if find_concerns(text)]
    problems += [f"false alarm: {text}" for text in alarms]
    return hits / len(trigger), len(alarms) / len(quiet), right / max(hits, 1), problems


def test_corpus_is_big_enough_and_covers_every_category() -> None:
    assert len(TRIGGER) >= 150
    assert len(QUIET) >= 150
    assert len(OWN) >= 15
    assert len(LATER) >= 60
    per_category = {c: sum(1 for _, e in TRIGGER if e is c) for c in Category}
    assert per_category.pop(Category.OWN_BEHAVIOUR) == 0  # OWN holds those
    assert min(per_category.values()) >= 10, per_category
    everything = [t for t, _ in TRIGGER] + QUIET + OWN + [t for t, _ in LATER]
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(("name", "trigger", "quiet"), [
    ("corpus", TRIGGER, QUIET),
    ("later batches", LATER_TRIGGER, LATER_QUIET),
])
def test_recall_false_alarms_and_category_accuracy(
        name: str, trigger: list[tuple[str, Category]], quiet: list[str]) -> None:
    recall, false_alarms, accuracy, problems = _rates(trigger, quiet)
    print(f"\nsafety {name}: {len(trigger)} to notice, {len(quiet)} to leave alone; "
          f"recall {recall:.1%}, false alarms {false_alarms:.1%}, "
          f"category right {accuracy:.1%}")
    for problem in problems:
        print("  " + problem)
    assert recall >= 0.95
    assert false_alarms <= 0.05
    assert accuracy >= 0.90


@pytest.mark.parametrize("text", OWN + LATER_OWN)
def test_the_writers_own_behaviour_is_its_own_category(text: str) -> None:
    concerns = find_concerns(text)
    assert [c.category for c in concerns] == [Category.OWN_BEHAVIOUR], text
    assert concerns[0].section is Section.OWN_BEHAVIOUR
    assert not sounds_unsafe(text)
    assert danger_cues(text) == []


def test_own_behaviour_does_not_hide_harm_to_the_writer() -> None:
    text = "He hit me and I hit him back."
    assert [c.category for c in find_concerns(text)] == [
        Category.VIOLENCE, Category.OWN_BEHAVIOUR]
    assert sounds_unsafe(text)


def test_the_prefilter_never_changes_a_result() -> None:
    lang = danger._language("en")
    texts = [t for t, _ in TRIGGER] + QUIET + OWN + [t for t, _ in LATER]
    for text in texts:
        assert danger._find(text, lang) == danger._find(text, lang, prefilter=False), text
    assert danger._find(" ".join(texts), lang) == danger._find(
        " ".join(texts), lang, prefilter=False)


# -- how the words are read ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "category"), [
    ("HE CHOKED ME LAST NIGHT", Category.VIOLENCE),
    ("he   has   been    reading my   messages", Category.MONITORING),
    ("She’d taken my keys again", Category.CONFINEMENT),
    ("he didn't stop when i said no", Category.SEXUAL_COERCION),
    ("hes been following me home from work", Category.STALKING),
    ("My ex-husband won't let me see my kids", Category.ISOLATION),
    ("My spouse keeps my ID in a locked drawer", Category.FINANCIAL),
    ("My fiancé threatened to post our videos", Category.THREAT),
    ("Daniel locked me out of the flat", Category.CONFINEMENT),
    ("I don't know why he hits me", Category.VIOLENCE),
    ("I wasn't sure what to write, but he slapped me", Category.VIOLENCE),
])
def test_tense_contractions_caps_spaces_and_names(text: str, category: Category) -> None:
    concern = first_concern(text)
    assert concern is not None and concern.category is category, text


@pytest.mark.parametrize("text", [
    "**he hit me**",
    "<b>he hit me</b>",
    "_He_ *hit* me.",
    "<p>He <em>hit</em> me</p>",
    "> he hit me",
    "He hit me &amp; left",
    "He [hit me](https://example.org)",
])
def test_markup_around_the_words_is_ignored(text: str) -> None:
    assert [c.category for c in find_concerns(text)] == [Category.VIOLENCE], text


@pytest.mark.parametrize("text", [
    '<div class="kill-myself">We had a calm evening</div>',
    "<hit me>nothing happened</hit>",
    "[a song](https://example.org/he-hit-me-and-locked-me-in)",
    "`grabbed` *__pushed__*",
])
def test_markup_itself_raises_no_alarm(text: str) -> None:
    assert find_concerns(text) == [], text


def test_the_cue_words_are_returned_without_the_name_mark() -> None:
    concern = first_concern("Mark takes my whole paycheck.")
    assert concern is not None and concern.category is Category.FINANCIAL
    assert concern.cue == "mark takes my whole paycheck"


def test_a_negation_in_an_earlier_clause_does_not_cancel_a_later_one() -> None:
    assert first_concern("He never apologises, and he hit me again") is not None
    assert first_concern("He didn't hit me") is None


# -- unusual input ---------------------------------------------------------------------------


def test_a_100000_character_entry_is_read_to_the_end() -> None:
    calm = " ".join(QUIET[40:80])
    text = (calm + " ") * (100_000 // (len(calm) + 1))
    assert len(text) > 90_000
    assert find_concerns(text) == []
    text = text[:100_000 - 40] + " He locked me in the cellar."
    assert len(text) <= 100_000
    assert [c.category for c in find_concerns(text)] == [Category.CONFINEMENT]


def test_a_100000_character_entry_without_full_stops() -> None:
    words = "we walked and talked about the week and the garden and my sister "
    text = words * (50_000 // len(words)) + "he grabbed my throat " + words * (
        50_000 // len(words))
    assert len(text) > 99_000
    assert [c.category for c in find_concerns(text)] == [Category.VIOLENCE]
    assert find_concerns("x" * 100_000) == []


@pytest.mark.parametrize("text", [
    "",
    "   \n\t  ",
    "😊😊😊",
    "He 💔 me. 🙃",
    "Я боюсь своего мужа.",
    "他打了我。我很害怕。",
    "안녕하세요",
    "\u0000\ue000\ue000",
    "مرحبا",
    "'''",
    "&&&;;;<<<>>>",
])
def test_odd_text_finds_nothing_and_never_fails(text: str) -> None:
    assert find_concerns(text) == []
    assert first_concern(text) is None
    assert not sounds_unsafe(text)


def test_emoji_beside_the_words_does_not_hide_them() -> None:
    assert first_concern("😢 he hit me 😢") is not None
    assert first_concern("He's been stalking me 👀👀") is not None


# -- the language data -----------------------------------------------------------------------


def test_the_language_data_names_only_real_categories() -> None:
    assert LANGUAGES[0] == "en"
    values = {c.value for c in Category}
    assert set(en.PARTNER) <= values
    assert set(en.FREE) <= values
    assert set(en.TRIGGERS) == values
    for entries in en.TRIGGERS.values():
        for entry in entries:
            assert re.fullmatch(r"[\w'$/|+-]+", entry), entry


def test_every_category_has_cues_in_both_directions() -> None:
    noticed = {c for _, c in TRIGGER}
    assert noticed == set(Category) - {Category.OWN_BEHAVIOUR}


# -- any text at all ---------------------------------------------------------------------

_VOCABULARY = ["he", "she", "my", "me", "i", "not", "never", "hit", "kill", "myself",
               "phone", "passwords", "locked", "scared", "of", "him", "<b>", "**", ",",
               ".", "’", "Mark", "won't", "let", "see", "😢", "я", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=400),
                 st.lists(st.sampled_from(_VOCABULARY), max_size=60).map(" ".join)))
def test_any_text_gives_ordered_unique_concerns(text: str) -> None:
    concerns = find_concerns(text)
    ranks = [list(Category).index(c.category) for c in concerns]
    assert ranks == sorted(set(ranks))
    assert first_concern(text) == (concerns[0] if concerns else None)
    assert sounds_unsafe(text) == any(
        c.category is not Category.OWN_BEHAVIOUR for c in concerns)
    assert all(c.cue and "\ue000" not in c.cue for c in concerns)


def test_importing_the_check_compiles_nothing_yet() -> None:
    # Compiling the cue tables takes a few hundred milliseconds; app start must not pay.
    script = ("import trustjournal.core.danger as d; print(d._language.cache_info().currsize);"
              "d.sounds_unsafe('he hit me'); print(d._language.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["0", "1"]


def test_the_first_check_compiles_only_the_tables_it_needs() -> None:
    # An everyday sentence compiles nothing; warm_up compiles every category at once.
    script = ("import trustjournal.core.danger as d; d.sounds_unsafe('We had soup for lunch.');"
              "cues = d._language('en').cues; print(len(cues.compiled));"
              "d.sounds_unsafe('she bit my hand'); print(len(cues.compiled) < 11);"
              "d.warm_up(); print(len(cues.compiled))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[:2] == ["0", "True"]
    assert int(out[2]) >= len(Category)


@pytest.mark.parametrize(("text", "category"), [
    ("Kevin twisted my thumb back until it cracked.", Category.VIOLENCE),
    ("I keep getting smacked for talking back.", Category.VIOLENCE),
    ("She chucked a bottle near my feet.", Category.VIOLENCE),
    ("He swore he would burn my car if I left.", Category.THREAT),
    ("She guilted me into sleeping with her again.", Category.SEXUAL_COERCION),
    ("He demands that I share my location codes with him.", Category.MONITORING),
    ("He came home drunk and then shoved me into the wardrobe.", Category.VIOLENCE),
])
def test_words_from_the_broad_lists_are_read_in_any_tense(
        text: str, category: Category) -> None:
    assert first_concern(text).category is category, text


@pytest.mark.parametrize("text", [
    "She pushed me out of my comfort zone and I'm grateful.",
    "He threw a pillow at me and we both laughed.",
    "She said she would send the photos from the wedding.",
    "I scratched my arm on a rose bush.",
    "I'm scared to tell him I spent too much on shoes.",
    "He hit me with a pillow in a pillow fight.",
    "She locked me out of the shared document by accident.",
    "He kept going even though I was crying at the film.",
    "My heart races when I hear his voice, I love him so much.",
    "She controls every penny of the club budget.",
    "I'm only allowed to see my mum when she's not working.",
    "My cat scratched my arm this morning.",
    "He said he'd take the kids to the zoo on Saturday.",
])
def test_play_accidents_and_other_peoples_things_are_left_alone(text: str) -> None:
    # Written to trip the broad word lists: the same verbs, harmless objects or owners.
    assert find_concerns(text) == [], text


@pytest.mark.parametrize("text", [
    "I should just die.",
    "honestly i wanna die",
    "I begged God to let me die.",
    "I keep wishing somebody would just kill me.",
    "i hope something kills me in my sleep",
    "I looked up how to kill myself on my phone at 3am.",
    "I googled how to end my own life.",
    "God, please take me tonight.",
    "I don't want to keep living like this.",
])
def test_plain_wishes_to_die_are_self_harm(text: str) -> None:
    assert [c.category for c in find_concerns(text)][:1] == [Category.SELF_HARM], text


@pytest.mark.parametrize("text", [
    "I could just die of embarrassment after that speech.",
    "I'd just die for a week off.",
    "we wanna die laughing at his jokes every time",
    "I asked the broker how to end my life insurance policy.",
    "Please take me to the station tonight.",
    "Let me die my hair red this weekend.",
])
def test_figures_and_errands_near_die_are_left_alone(text: str) -> None:
    assert find_concerns(text) == [], text


def test_taking_my_life_savings_is_money_not_self_harm() -> None:
    found = [c.category for c in find_concerns("He took my life savings and spent them.")]
    assert Category.SELF_HARM not in found


@pytest.mark.parametrize("text", [
    "i'm not suicidal, only worn out and low",
    "I am not suicidal at all, I want things to change.",
    "My brother beat me at darts three times in a row.",
    "she beat us in the pub quiz by two points",
    "He thrashed me at FIFA again last night.",
    "Jo beat me to the finish line at parkrun.",
    "He broke my record on the rowing machine.",
    "My cousin tackled me during five-a-side and apologised.",
    "He threw me a dirty look when I laughed.",
    "She threw me a smile across the table.",
    "My manager threw me under the bus in the meeting.",
    "We got hit with a huge energy bill this month.",
    "The landlord hit us with another rent rise.",
    "My mum will murder me if I forget her present.",
    "my flatmate's going to kill me when she sees the kitchen",
    "He'll kill me if I spoil the last episode for him.",
    "She will strangle me if I'm late to the wedding, haha",
])
def test_games_gestures_bills_and_family_jokes_are_left_alone(text: str) -> None:
    assert find_concerns(text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("I'm so suicidal tonight.", Category.SELF_HARM),
    ("He beat me at home after the party.", Category.VIOLENCE),
    ("She beat me in the car on the way back.", Category.VIOLENCE),
    ("He tackled me to the ground in the hallway.", Category.VIOLENCE),
    ("He threw me against the fridge.", Category.VIOLENCE),
    ("He hit me with the remote when I changed the channel.", Category.VIOLENCE),
    ("He said he'll kill me if I ever leave him.", Category.THREAT),
    ("She'll kill me if I tell anyone what she did.", Category.THREAT),
])
def test_the_same_words_still_count_outside_those_frames(text: str, category: Category) -> None:
    assert [c.category for c in find_concerns(text)][:1] == [category], text


@pytest.mark.parametrize(("text", "category"), [
    ("I'm frightened of my husband's rages.", Category.FEAR),
    ("we live in complete fear of his moods", Category.FEAR),
    ("I'm so scared of getting her angry again.", Category.FEAR),
    ("she's threatning to take the kids", Category.THREAT),
    ("He says he'll break every bone in my body.", Category.THREAT),
    ("My ex said he'd hurt any guy I date.", Category.THREAT),
    ("He forces sex on me when he's drunk.", Category.SEXUAL_COERCION),
    ("What happened that night was not consensual.", Category.SEXUAL_COERCION),
    ("My wife has gradually cut me off from my friends.", Category.ISOLATION),
    ("He keeps me away from my family and friends.", Category.ISOLATION),
])
def test_fear_threats_coercion_and_isolation_in_more_words(
        text: str, category: Category) -> None:
    assert [c.category for c in find_concerns(text)][:1] == [category], text


@pytest.mark.parametrize("text", [
    "I'm scared of making her upset about the holiday plans.",
    "I broke nearly every bone in my body in the crash as a kid.",
    "I keep the puppy away from everyone until he's had his jabs.",
    "We talked about consent and both said what we're comfortable with.",
])
def test_the_same_words_in_ordinary_life_are_left_alone(text: str) -> None:
    assert find_concerns(text) == [], text


@pytest.mark.parametrize("text", [
    "Since my second attempt I've been scared of being alone at night.",
    "i have tried suicide twice and the thoughts are back",
    "I burned my fingers on the hob deliberately to punish myself.",
    "I bashed my head on the steering wheel on purpose.",
    "I held a lighter to my wrist last night.",
    "i stubbed a cigarette out on my thigh",
    "I don't expect to be alive by the summer.",
    "I've been cutting most nights this month.",
    "The urges to self harm are so strong tonight.",
])
def test_attempts_meant_injuries_and_urges_are_self_harm(text: str) -> None:
    assert [c.category for c in find_concerns(text)][:1] == [Category.SELF_HARM], text


@pytest.mark.parametrize("text", [
    "My last attempt at the driving test went badly.",
    "my first attempt was a disaster, the bread never rose",
    "I burned my hand on the oven tray again, so clumsy.",
    "I don't plan to be around for the school run tomorrow.",
    "I felt the urge to cut my hair really short.",
    "She pressed a cold cloth to my arm after the wasp sting.",
])
def test_attempts_burns_and_urges_of_ordinary_life_are_left_alone(text: str) -> None:
    assert find_concerns(text) == [], text


@pytest.mark.parametrize("text", [
    "I'm not safe from myself tonight.",
    "i dont feel safe with myself right now",
    "I can't trust myself alone with the pills.",
    "I don't trust myself not to hurt myself tonight.",
])
def test_unsafe_from_oneself_is_a_crisis_first(text: str) -> None:
    assert [c.category for c in find_concerns(text)][:1] == [Category.SELF_HARM], text


@pytest.mark.parametrize("text", [
    "I don't trust myself to pick a good wine.",
    "I can't trust myself around chocolate, ha.",
])
def test_not_trusting_oneself_with_small_things_is_left_alone(text: str) -> None:
    assert find_concerns(text) == [], text
