"""The words under the tracker charts: urges, promises, intentions and worries.

Same tone as captions.py: say plainly what happened, name a harder stretch kindly, and
never count what did not happen. No streaks. Small figures read as words ("one urge",
"both", "neither"), so a first week with one record still gets a natural sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from trustjournal.core.progress.captions import FLAT_SCALE, duration

# A change in the resisted share smaller than this (in percentage points) is "about the
# same": with a few urges a week, one more or less moves it a lot.
FLAT_SHARE = 10.0

EMPTY = {
    "urges": "When the urge to check comes, “I want to check” helps you ride it out. "
             "What happened with each urge will show here.",
    "urge_strength": "How strong your urges were will show here, week by week.",
    "promises": "Promises you or your partner make, and how they went, will show here.",
    "intentions": "Set a small daily intention on Today, and it will show here once you "
                  "look back on it.",
    "calibration": "Write down a worry and how sure you are of it. When its day comes, "
                   "note what happened, and your own evidence will grow here.",
}

PERSON_NAMES = {"me": "Yours", "partner": "Your partner's", "us": "Together"}
PERSON_PHRASES = {"me": "your own promises", "partner": "your partner's promises",
                  "us": "promises you made together"}


def count_word(count: int) -> str:
    """'no', 'one', 'two' … 'nine', then digits: small figures read as words."""
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[count] if 0 <= count < len(words) else f"{count:,}"


def things(count: int, one: str, many: str | None = None) -> str:
    """'one urge', 'three urges', '1,204 urges'."""
    return f"{count_word(count)} {one if count == 1 else (many or one + 's')}"


def percent(share: float) -> str:
    """A share (0–1) as a whole percentage: '70 %'."""
    return f"{round(share * 100):d} %"


# -- urges -------------------------------------------------------------------------------


def urges_caption(urges: int, resisted: int, partly: int, span: str,
                  share_ends: tuple[float, float] | None = None,
                  peak_ends: tuple[float, float, int] | None = None) -> str:
    """Caption of the urges chart: how many urges, how many were resisted (fully or
    partly), and how the resisted share and the strength moved between the first and
    the latest weeks (`share_ends`: first, last share 0–1; `peak_ends`: first, last
    average strength and the weeks between)."""
    if not urges:
        return ""
    if urges == 1:
        how = ("you rode it out" if resisted else "you partly held back" if partly
               else "you acted on it")
        return f"One urge to check {span}, and {how}. Noticing an urge is already a step."
    if resisted == urges:
        text = f"You resisted {'both' if urges == 2 else f'all {urges:,}'} urges {span}"
    elif resisted:
        text = (f"You resisted {resisted:,} of {urges:,} urges {span} "
                f"({percent(resisted / urges)})")
    else:
        text = f"You logged {urges:,} urges {span}"
    if partly:
        more = "one more" if partly == 1 else f"{partly:,} more"
        text += f", and partly held back from {more if resisted else count_word(partly)}"
    text += "."
    sentences = [text]
    if not resisted and not partly:
        sentences.append("Logging them is how the pattern starts to show.")
    if share_ends is not None:
        first, last = share_ends
        change = (last - first) * 100
        if change >= FLAT_SHARE:
            sentences.append(f"The share you resisted rose from {percent(first)} to "
                             f"{percent(last)}.")
        elif change <= -FLAT_SHARE:
            sentences.append(f"Recent weeks were harder ({percent(first)} → {percent(last)} "
                             "resisted); every urge you log is still noticed.")
    if peak_ends is not None:
        first_peak, last_peak, weeks = peak_ends
        if abs(last_peak - first_peak) < FLAT_SCALE:
            sentences.append(f"Their strength stayed about the same (around {last_peak:.1f}"
                             " out of 10).")
        elif last_peak < first_peak:
            sentences.append(f"On average the urges eased from {first_peak:.1f} to "
                             f"{last_peak:.1f} out of 10 over {duration(weeks)}.")
        else:
            sentences.append(f"The urges felt stronger lately ({first_peak:.1f} → "
                             f"{last_peak:.1f} out of 10); that happens, and riding them out "
                             "still counts.")
    return " ".join(sentences)


def strength_caption(urges: int, mean_peak: float | None, span: str) -> str:
    """Caption of the urge strength chart: the average strength over the range."""
    if not urges or mean_peak is None:
        return ""
    if urges == 1:
        return f"The one urge {span} peaked at {mean_peak:g} out of 10."
    return (f"Across {things(urges, 'urge')} {span}, the average peak was {mean_peak:.1f} "
            "out of 10. Urges rise, peak and pass.")


# -- promises ----------------------------------------------------------------------------


def person_sentence(by: str, kept: int, broken: int, renegotiated: int) -> str:
    """One person's settled promises: 'Your own promises: 4 of 5 kept, 1 renegotiated.'"""
    settled = kept + broken + renegotiated
    lead = PERSON_PHRASES.get(by, by).capitalize()
    if settled == 1:
        how = ("kept" if kept else "renegotiated" if renegotiated
               else "not kept this time")
        return f"{lead}: one settled, {how}."
    if kept == settled:
        parts = [f"{'both' if settled == 2 else f'all {settled:,}'} kept"]
    else:
        parts = [f"{kept:,} of {settled:,} kept" if kept else f"{settled:,} settled"]
    if renegotiated:
        parts.append(f"{renegotiated:,} renegotiated")
    if broken and not kept:
        parts.append(f"{broken:,} not kept this time")
    return f"{lead}: {', '.join(parts)}."


def promises_caption(people: Sequence[tuple[str, int, int, int]], open_promises: int,
                     span: str) -> str:
    """Caption of promises kept: one sentence per person with settled promises
    (by, kept, broken, renegotiated), and how many are still open."""
    settled = sum(kept + broken + again for _, kept, broken, again in people)
    if not settled:
        if open_promises:
            one = open_promises == 1
            return (f"{things(open_promises, 'promise').capitalize()} "
                    f"{'is' if one else 'are'} still open; how {'it goes' if one else 'they go'}"
                    " will show here.")
        return ""
    sentences = [f"{things(settled, 'promise').capitalize()} settled {span}."]
    sentences += [person_sentence(*person) for person in people
                  if sum(person[1:]) > 0]
    if open_promises:
        sentences.append(f"{count_word(open_promises).capitalize()} more "
                         f"{'is' if open_promises == 1 else 'are'} still open.")
    return " ".join(sentences)


# -- intentions --------------------------------------------------------------------------


def intentions_caption(done: int, partly: int, not_today: int, unchecked: int,
                       span: str) -> str:
    """Caption of daily intentions: how many were set and how they went."""
    looked = done + partly + not_today
    total = looked + unchecked
    if not total:
        return ""
    if total == 1:
        how = ("and you did it" if done else "and you partly did it" if partly
               else "and it waited for another day" if not_today
               else "to look back on from Today")
        return f"One intention {span}, {how}."
    text = f"You set {things(total, 'intention')} {span}"
    if looked:
        parts = [f"{done:,} done"]
        if partly:
            parts.append(f"{partly:,} partly")
        if not_today:
            parts.append(f"{not_today:,} for another day")
        text += f": {', '.join(parts)}"
    text += "."
    if unchecked:
        text += (f" {count_word(unchecked).capitalize()} more can be looked back on from "
                 "Today whenever you like." if looked else
                 " You can look back on them from Today whenever you like.")
    return text


# -- worries -----------------------------------------------------------------------------


def band_sentence(phrase: str, total: int, came_true: int, partly: int) -> str:
    """'Of the 23 fears you were at least 80 % sure of, 2 came true (1 partly).'"""
    if total == 1:
        how = ("it came true" if came_true else "it partly came true" if partly
               else "it did not come true")
        return f"You looked again at one fear you were {phrase} sure of, and {how}."
    if came_true == 0:
        happened = "neither came true" if total == 2 else "none came true"
    elif came_true == total:
        happened = "both came true" if total == 2 else f"all {total:,} came true"
    else:
        happened = f"{came_true:,} came true"
    lead = f"Of the {'two' if total == 2 else f'{total:,}'} fears you were {phrase} sure of"
    text = f"{lead}, {happened}"
    if partly:
        text += f" ({partly:,} partly)" if came_true else f", {partly:,} partly"
    return text + "."


def _waits(count: int) -> str:
    return "waits for its day" if count == 1 else "wait for their day"


def calibration_caption(bands: Sequence[tuple[str, int, int, int]], open_worries: int
                        ) -> str:
    """Caption of the worry calibration: a plain sentence for each sureness band with
    worries looked at again, the surest band first (phrase, total, came true, partly)."""
    looked = [band for band in bands if band[1]]
    if not looked:
        if open_worries:
            return (f"{things(open_worries, 'worry', 'worries').capitalize()} "
                    f"{_waits(open_worries)} to be looked at again.")
        return ""
    sentences = [band_sentence(*band) for band in reversed(looked)]
    sentences.append("This is your own evidence to weigh the next strong fear against.")
    if open_worries:
        sentences.append(f"{count_word(open_worries).capitalize()} more "
                         f"{_waits(open_worries)}.")
    return " ".join(sentences)


__all__ = ["EMPTY", "PERSON_NAMES", "band_sentence", "calibration_caption", "count_word",
           "intentions_caption", "percent", "person_sentence", "promises_caption",
           "strength_caption", "things", "urges_caption"]
