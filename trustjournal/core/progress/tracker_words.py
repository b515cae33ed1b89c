"""The words under the tracker charts: urges, promises, intentions and worries.

Same tone as captions.py: say plainly what happened, name a harder stretch kindly, and
never count what did not happen. No streaks. Small figures read as words ("one urge",
"both", "neither"), so a first week with one record still gets a natural sentence.

Like captions.py, every sentence is one translatable message (context "TrackerCaptions"),
each optional part written out as its own whole variant; the range ({span}) and the
sureness band are whole phrases chosen by key.
"""

from __future__ import annotations

from collections.abc import Sequence

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.progress.captions import (
    ENGLISH_FORMATS,
    FLAT_SCALE,
    Formats,
    over_weeks,
    sentences,
)

# A change in the resisted share smaller than this (in percentage points) is "about the
# same": with a few urges a week, one more or less moves it a lot.
FLAT_SHARE = 10.0

EMPTY = {
    "urges": QT_TRANSLATE_NOOP(
        "TrackerCaptions", "When the urge to check comes, “I want to check” helps you ride "
                           "it out. What happened with each urge will show here."),
    "urge_strength": QT_TRANSLATE_NOOP(
        "TrackerCaptions", "How strong your urges were will show here, week by week."),
    "promises": QT_TRANSLATE_NOOP(
        "TrackerCaptions", "Promises you or your partner make, and how they went, will show "
                           "here."),
    "intentions": QT_TRANSLATE_NOOP(
        "TrackerCaptions", "Set a small daily intention on Today, and it will show here once "
                           "you look back on it."),
    "calibration": QT_TRANSLATE_NOOP(
        "TrackerCaptions", "Write down a worry and how sure you are of it. When its day "
                           "comes, note what happened, and your own evidence will grow here."),
}

PERSON_NAMES = {"me": QT_TRANSLATE_NOOP("TrackerCaptions", "Yours"),
                "partner": QT_TRANSLATE_NOOP("TrackerCaptions", "Your partner's"),
                "us": QT_TRANSLATE_NOOP("TrackerCaptions", "Together")}
# How a sentence about one person's promises starts.
PERSON_PHRASES = {"me": QT_TRANSLATE_NOOP("TrackerCaptions", "Your own promises"),
                  "partner": QT_TRANSLATE_NOOP("TrackerCaptions", "Your partner's promises"),
                  "us": QT_TRANSLATE_NOOP("TrackerCaptions", "Promises you made together")}
# Small figures as words, as they read inside a sentence …
COUNT_WORDS = (
    QT_TRANSLATE_NOOP("TrackerCaptions", "no"), QT_TRANSLATE_NOOP("TrackerCaptions", "one"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "two"), QT_TRANSLATE_NOOP("TrackerCaptions", "three"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "four"), QT_TRANSLATE_NOOP("TrackerCaptions", "five"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "six"), QT_TRANSLATE_NOOP("TrackerCaptions", "seven"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "eight"), QT_TRANSLATE_NOOP("TrackerCaptions", "nine"),
)
# … and at the start of one.
COUNT_TITLES = (
    QT_TRANSLATE_NOOP("TrackerCaptions", "No"), QT_TRANSLATE_NOOP("TrackerCaptions", "One"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "Two"), QT_TRANSLATE_NOOP("TrackerCaptions", "Three"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "Four"), QT_TRANSLATE_NOOP("TrackerCaptions", "Five"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "Six"), QT_TRANSLATE_NOOP("TrackerCaptions", "Seven"),
    QT_TRANSLATE_NOOP("TrackerCaptions", "Eight"), QT_TRANSLATE_NOOP("TrackerCaptions", "Nine"),
)


def empty_text(chart: str) -> str:
    """The text a tracker chart shows while it has nothing to show."""
    return translate("TrackerCaptions", EMPTY[chart])


def count_word(count: int, fmt: Formats = ENGLISH_FORMATS) -> str:
    """'no', 'one', 'two' … 'nine', then digits: small figures read as words."""
    if 0 <= count < len(COUNT_WORDS):
        return translate("TrackerCaptions", COUNT_WORDS[count])
    return fmt.number(count)


def count_title(count: int, fmt: Formats = ENGLISH_FORMATS) -> str:
    """count_word() as it reads at the start of a sentence ('Three', '12')."""
    if 0 <= count < len(COUNT_TITLES):
        return translate("TrackerCaptions", COUNT_TITLES[count])
    return fmt.number(count)


def percent(share: float, fmt: Formats = ENGLISH_FORMATS) -> str:
    """A share (0–1) as a whole percentage: '70 %'."""
    return translate("TrackerCaptions", "{number} %", "a percentage").format(
        number=fmt.number(round(share * 100)))


def person_name(by: str) -> str:
    """Whose promises a chart line shows ('Yours', 'Your partner's', 'Together')."""
    name = PERSON_NAMES.get(by)
    return translate("TrackerCaptions", name) if name else by


# -- urges -------------------------------------------------------------------------------


def _urges_first(urges: int, resisted: int, partly: int, span: str, fmt: Formats) -> str:
    """The first sentence about several urges: how many, how many resisted."""
    values = {"span": span, "resisted": fmt.number(resisted), "partly": fmt.number(partly),
              "partly_words": count_word(partly, fmt)}
    if resisted == urges:
        if urges == 2:
            return translate("TrackerCaptions", "You resisted both urges {span}.").format(
                **values)
        text = translate("TrackerCaptions", "You resisted all %Ln urges {span}.", None, urges)
    elif resisted:
        values["percent"] = percent(resisted / urges, fmt)
        if not partly:
            text = translate("TrackerCaptions", "You resisted {resisted} of %Ln urges {span} "
                             "({percent}).", None, urges)
        elif partly == 1:
            text = translate("TrackerCaptions", "You resisted {resisted} of %Ln urges {span} "
                             "({percent}), and partly held back from one more.", None, urges)
        else:
            text = translate("TrackerCaptions", "You resisted {resisted} of %Ln urges {span} "
                             "({percent}), and partly held back from {partly} more.", None,
                             urges)
    elif partly:
        text = translate("TrackerCaptions", "You logged %Ln urges {span}, and partly held "
                         "back from {partly_words}.", None, urges)
    else:
        text = translate("TrackerCaptions", "You logged %Ln urges {span}.", None, urges)
    return text.format(**values)


def urges_caption(urges: int, resisted: int, partly: int, span: str,
                  share_ends: tuple[float, float] | None = None,
                  peak_ends: tuple[float, float, int] | None = None,
                  fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the urges chart: how many urges, how many were resisted (fully or
    partly), and how the resisted share and the strength moved between the first and
    the latest weeks (`share_ends`: first, last share 0–1; `peak_ends`: first, last
    average strength and the weeks between)."""
    if not urges:
        return ""
    if urges == 1:
        if resisted:
            text = translate("TrackerCaptions", "One urge to check {span}, and you rode it "
                             "out. Noticing an urge is already a step.")
        elif partly:
            text = translate("TrackerCaptions", "One urge to check {span}, and you partly "
                             "held back. Noticing an urge is already a step.")
        else:
            text = translate("TrackerCaptions", "One urge to check {span}, and you acted on "
                             "it. Noticing an urge is already a step.")
        return text.format(span=span)
    said = [_urges_first(urges, resisted, partly, span, fmt)]
    if not resisted and not partly:
        said.append(translate("TrackerCaptions", "Logging them is how the pattern starts to "
                                                 "show."))
    if share_ends is not None:
        first, last = share_ends
        change = (last - first) * 100
        values = {"first": percent(first, fmt), "last": percent(last, fmt)}
        if change >= FLAT_SHARE:
            said.append(translate("TrackerCaptions", "The share you resisted rose from "
                                  "{first} to {last}.").format(**values))
        elif change <= -FLAT_SHARE:
            said.append(translate("TrackerCaptions", "Recent weeks were harder ({first} → "
                                  "{last} resisted); every urge you log is still noticed."
                                  ).format(**values))
    if peak_ends is not None:
        first_peak, last_peak, weeks = peak_ends
        values = {"first": fmt.decimal(first_peak, 1), "last": fmt.decimal(last_peak, 1)}
        if abs(last_peak - first_peak) < FLAT_SCALE:
            said.append(translate("TrackerCaptions", "Their strength stayed about the same "
                                  "(around {last} out of 10).").format(**values))
        elif last_peak < first_peak:
            said.append(translate("TrackerCaptions", "On average the urges eased from "
                                  "{first} to {last} out of 10 {over}.").format(
                                      over=over_weeks(weeks), **values))
        else:
            said.append(translate("TrackerCaptions", "The urges felt stronger lately "
                                  "({first} → {last} out of 10); that happens, and riding "
                                  "them out still counts.").format(**values))
    return sentences(said)


def strength_caption(urges: int, mean_peak: float | None, span: str,
                     fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the urge strength chart: the average strength over the range."""
    if not urges or mean_peak is None:
        return ""
    if urges == 1:
        return translate("TrackerCaptions", "The one urge {span} peaked at {value} out of 10."
                         ).format(span=span, value=fmt.short(mean_peak))
    return translate("TrackerCaptions", "Across %n urges {span}, the average peak was "
                     "{value} out of 10. Urges rise, peak and pass.", None, urges).format(
                         count=count_word(urges, fmt), span=span,
                         value=fmt.decimal(mean_peak, 1))


# -- promises ----------------------------------------------------------------------------


def person_sentence(by: str, kept: int, broken: int, renegotiated: int,
                    fmt: Formats = ENGLISH_FORMATS) -> str:
    """One person's settled promises: 'Your own promises: 4 of 5 kept, 1 renegotiated.'"""
    settled = kept + broken + renegotiated
    phrase = PERSON_PHRASES.get(by)
    values = {"who": translate("TrackerCaptions", phrase) if phrase else by,
              "kept": fmt.number(kept), "settled": fmt.number(settled),
              "renegotiated": fmt.number(renegotiated), "broken": fmt.number(broken)}
    if settled == 1:
        if kept:
            text = translate("TrackerCaptions", "{who}: one settled, kept.")
        elif renegotiated:
            text = translate("TrackerCaptions", "{who}: one settled, renegotiated.")
        else:
            text = translate("TrackerCaptions", "{who}: one settled, not kept this time.")
    elif kept == settled:
        text = (translate("TrackerCaptions", "{who}: both kept.") if settled == 2 else
                translate("TrackerCaptions", "{who}: all %Ln kept.", None, settled))
    elif kept:
        text = (translate("TrackerCaptions", "{who}: {kept} of {settled} kept, {renegotiated} "
                          "renegotiated.") if renegotiated else
                translate("TrackerCaptions", "{who}: {kept} of {settled} kept."))
    elif renegotiated and broken:
        text = translate("TrackerCaptions", "{who}: {settled} settled, {renegotiated} "
                         "renegotiated, {broken} not kept this time.")
    elif renegotiated:
        text = translate("TrackerCaptions", "{who}: {settled} settled, {renegotiated} "
                         "renegotiated.")
    else:
        text = translate("TrackerCaptions", "{who}: {settled} settled, {broken} not kept this "
                         "time.")
    return text.format(**values)


def promises_caption(people: Sequence[tuple[str, int, int, int]], open_promises: int,
                     span: str, fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of promises kept: one sentence per person with settled promises
    (by, kept, broken, renegotiated), and how many are still open."""
    settled = sum(kept + broken + again for _, kept, broken, again in people)
    if not settled:
        if open_promises:
            return translate("TrackerCaptions", "%n promises are still open; how they go "
                             "will show here.", None, open_promises).format(
                                 count=count_title(open_promises, fmt))
        return ""
    said = [translate("TrackerCaptions", "%n promises settled {span}.", None, settled
                      ).format(count=count_title(settled, fmt), span=span)]
    said += [person_sentence(*person, fmt=fmt) for person in people if sum(person[1:]) > 0]
    if open_promises:
        said.append(translate("TrackerCaptions", "%n more are still open.", None,
                              open_promises).format(count=count_title(open_promises, fmt)))
    return sentences(said)


# -- intentions --------------------------------------------------------------------------


def _intentions_first(total: int, done: int, partly: int, not_today: int, span: str,
                      fmt: Formats) -> str:
    values = {"count": count_word(total, fmt), "span": span, "done": fmt.number(done),
              "partly": fmt.number(partly), "not_today": fmt.number(not_today)}
    if not done + partly + not_today:
        text = translate("TrackerCaptions", "You set %n intentions {span}.", None, total)
    elif partly and not_today:
        text = translate("TrackerCaptions", "You set %n intentions {span}: {done} done, "
                         "{partly} partly, {not_today} for another day.", None, total)
    elif partly:
        text = translate("TrackerCaptions", "You set %n intentions {span}: {done} done, "
                         "{partly} partly.", None, total)
    elif not_today:
        text = translate("TrackerCaptions", "You set %n intentions {span}: {done} done, "
                         "{not_today} for another day.", None, total)
    else:
        text = translate("TrackerCaptions", "You set %n intentions {span}: {done} done.",
                         None, total)
    return text.format(**values)


def intentions_caption(done: int, partly: int, not_today: int, unchecked: int,
                       span: str, fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of daily intentions: how many were set and how they went."""
    looked = done + partly + not_today
    total = looked + unchecked
    if not total:
        return ""
    if total == 1:
        if done:
            text = translate("TrackerCaptions", "One intention {span}, and you did it.")
        elif partly:
            text = translate("TrackerCaptions", "One intention {span}, and you partly did it.")
        elif not_today:
            text = translate("TrackerCaptions", "One intention {span}, and it waited for "
                                                "another day.")
        else:
            text = translate("TrackerCaptions", "One intention {span}, to look back on from "
                                                "Today.")
        return text.format(span=span)
    said = [_intentions_first(total, done, partly, not_today, span, fmt)]
    if unchecked and looked:
        said.append(translate("TrackerCaptions", "%n more can be looked back on from "
                              "Today whenever you like.", None, unchecked).format(
                                  count=count_title(unchecked, fmt)))
    elif unchecked:
        said.append(translate("TrackerCaptions", "You can look back on them from Today "
                                                 "whenever you like."))
    return sentences(said)


# -- worries -----------------------------------------------------------------------------


def band_sentence(phrase: str, total: int, came_true: int, partly: int,
                  fmt: Formats = ENGLISH_FORMATS) -> str:
    """'Of the 23 fears you were at least 80 % sure of, 2 came true (1 partly).'

    `phrase` is the band as a whole phrase in the current language ("at least 80 %")."""
    values = {"band": phrase, "came": fmt.number(came_true), "partly": fmt.number(partly),
              "total": count_word(2, fmt) if total == 2 else fmt.number(total)}
    if total == 1:
        if came_true:
            text = translate("TrackerCaptions", "You looked again at one fear you were {band} "
                             "sure of, and it came true.")
        elif partly:
            text = translate("TrackerCaptions", "You looked again at one fear you were {band} "
                             "sure of, and it partly came true.")
        else:
            text = translate("TrackerCaptions", "You looked again at one fear you were {band} "
                             "sure of, and it did not come true.")
        return text.format(**values)
    if came_true == 0 and total == 2:
        text = (translate("TrackerCaptions", "Of the two fears you were {band} sure of, "
                          "neither came true, {partly} partly.") if partly else
                translate("TrackerCaptions", "Of the two fears you were {band} sure of, "
                          "neither came true."))
    elif came_true == 0:
        text = (translate("TrackerCaptions", "Of the %n fears you were {band} sure of, "
                          "none came true, {partly} partly.", None, total) if partly else
                translate("TrackerCaptions", "Of the %n fears you were {band} sure of, "
                          "none came true.", None, total))
    elif came_true == total:
        text = (translate("TrackerCaptions", "Of the two fears you were {band} sure of, both "
                          "came true.") if total == 2 else
                translate("TrackerCaptions", "Of the %n fears you were {band} sure of, "
                          "all %n came true.", None, total))
    else:
        text = (translate("TrackerCaptions", "Of the %n fears you were {band} sure of, "
                          "{came} came true ({partly} partly).", None, total) if partly else
                translate("TrackerCaptions", "Of the %n fears you were {band} sure of, "
                          "{came} came true.", None, total))
    return text.format(**values)


def calibration_caption(bands: Sequence[tuple[str, int, int, int]], open_worries: int,
                        fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the worry calibration: a plain sentence for each sureness band with
    worries looked at again, the surest band first (phrase, total, came true, partly)."""
    looked = [band for band in bands if band[1]]
    if not looked:
        if open_worries:
            return translate("TrackerCaptions", "%n worries wait for their day to be "
                             "looked at again.", None, open_worries).format(
                                 count=count_title(open_worries, fmt))
        return ""
    said = [band_sentence(*band, fmt=fmt) for band in reversed(looked)]
    said.append(translate("TrackerCaptions", "This is your own evidence to weigh the next "
                                             "strong fear against."))
    if open_worries:
        said.append(translate("TrackerCaptions", "%n more wait for their day.", None,
                              open_worries).format(count=count_title(open_worries, fmt)))
    return sentences(said)


__all__ = ["EMPTY", "PERSON_NAMES", "band_sentence", "calibration_caption", "count_title",
           "count_word", "empty_text", "intentions_caption", "percent", "person_name",
           "person_sentence", "promises_caption", "strength_caption", "urges_caption"]
