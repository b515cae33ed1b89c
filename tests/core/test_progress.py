"""Progress figures on hand-built data with known answers: weeks, ranges, periods, every
chart's series, captions and empty states, and the weekly review's summary."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.progress import (
    EMPTY,
    EMPTY_JOURNAL,
    ActivityDay,
    CheckinDay,
    ExerciseDay,
    LabelCount,
    Names,
    ProgressData,
    ThoughtRecord,
    Victory,
    build_dashboard,
    first_weekday_from_env,
    make_periods,
    parse_week_start,
    range_bounds,
    range_start,
    review_week,
    stats_json,
    stats_report,
    week_start,
    week_summary,
)
from trustjournal.core.progress.names import builtin_names

D = dt.date
MON, SAT, SUN = 0, 5, 6

NAMES = Names(
    exercises={"challenge_a_thought": "Challenge a thought",
               "celebrate_small_victory": "Celebrate a small victory"},
    traps={"mind_reading": "Mind reading", "fortune_telling": "Fortune telling"},
    options={("root_source", "family"): "Family or childhood patterns",
             ("root_source", "fear_of_being_left"): "Fear of being left",
             ("root_where", "here"): "Mostly here: something between us",
             ("victory_kind", "asked"): "I asked instead of assuming",
             ("victory_kind", "trusted"): "I trusted instead of checking"},
)


def ci(day: dt.date, trust: float | None = None, anxiety: float | None = None,
       connection: float | None = None, n: int = 1, **newer: float) -> CheckinDay:
    """One day of check-ins: each given scale averaged over n answers (`newer`: the
    questions added for the other perspectives, e.g. felt_trusted=6)."""
    values = (trust, anxiety, connection)
    return CheckinDay(day, n, *values, *(0 if v is None else n for v in values), **newer,
                      **{f"{name}_count": n for name in newer})


def tr(day: dt.date, belief: tuple[float | None, float | None] = (None, None),
       feeling: tuple[float | None, float | None] = (None, None)) -> ThoughtRecord:
    return ThoughtRecord(day, f"uuid-{day}", *belief, *feeling)


def progress(start: dt.date | None, end: dt.date | None, *, checkins=(), exercises=(),
             thoughts=(), labels=(), victories=(), first=None, last=None,
             extra_days=()) -> ProgressData:
    """ProgressData with activity derived from the rows (one entry per row, as storage
    would count them)."""
    per_day: dict[dt.date, list[int]] = {}
    for row in checkins:
        per_day.setdefault(row.day, [0, 0])
        per_day[row.day][0] += row.checkins
        per_day[row.day][1] += row.checkins
    for row in (*exercises, *extra_days):
        count = row.count if isinstance(row, ExerciseDay) else 1
        day = row.day if isinstance(row, ExerciseDay) else row
        per_day.setdefault(day, [0, 0])[0] += count
    activity = tuple(ActivityDay(day, n, c) for day, (n, c) in sorted(per_day.items()))
    days = sorted(per_day)
    return ProgressData(start, end, first or (days[0] if days else None),
                        last or (days[-1] if days else None), tuple(checkins),
                        tuple(exercises), tuple(thoughts), tuple(labels), tuple(victories),
                        activity)


def weekly(first_monday: dt.date, values: list[float], metric: str) -> list[CheckinDay]:
    """One check-in each Monday, with only `metric` answered."""
    return [ci(first_monday + dt.timedelta(weeks=i), **{metric: value})
            for i, value in enumerate(values)]


# -- weeks and ranges ---------------------------------------------------------------------

@pytest.mark.parametrize(("day", "first_weekday", "expected"), [
    # A week that spans the new year, Monday and Sunday starts.
    (D(2024, 12, 30), MON, D(2024, 12, 30)),
    (D(2025, 1, 5), MON, D(2024, 12, 30)),
    (D(2025, 1, 6), MON, D(2025, 1, 6)),
    (D(2024, 12, 31), SUN, D(2024, 12, 29)),
    (D(2025, 1, 4), SUN, D(2024, 12, 29)),
    (D(2025, 1, 5), SUN, D(2025, 1, 5)),
    (D(2025, 1, 1), SAT, D(2024, 12, 28)),
    # Daylight-saving changes (Europe 31 Mar 2024, US 10 Mar 2024): only dates count.
    (D(2024, 3, 31), MON, D(2024, 3, 25)),
    (D(2024, 4, 1), MON, D(2024, 4, 1)),
    (D(2024, 3, 9), SUN, D(2024, 3, 3)),
    (D(2024, 3, 10), SUN, D(2024, 3, 10)),
    # A leap day.
    (D(2024, 2, 29), MON, D(2024, 2, 26)),
])
def test_week_start(day: dt.date, first_weekday: int, expected: dt.date) -> None:
    assert week_start(day, first_weekday) == expected


@pytest.mark.parametrize(("key", "today", "first_weekday", "expected"), [
    ("4w", D(2024, 3, 13), MON, (D(2024, 2, 19), D(2024, 3, 13))),
    ("4w", D(2024, 3, 13), SUN, (D(2024, 2, 18), D(2024, 3, 13))),
    ("12w", D(2024, 3, 13), MON, (D(2023, 12, 25), D(2024, 3, 13))),
    ("6m", D(2024, 3, 13), MON, (D(2023, 9, 18), D(2024, 3, 13))),
    ("1y", D(2025, 1, 2), MON, (D(2024, 1, 8), D(2025, 1, 2))),
    ("all", D(2024, 3, 13), MON, (None, None)),
])
def test_range_bounds(key: str, today: dt.date, first_weekday: int,
                      expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert range_bounds(key, today, first_weekday) == expected
    assert range_start(key, today, first_weekday) == expected[0]


def test_unknown_ranges_are_refused() -> None:
    with pytest.raises(ValueError):
        range_bounds("3d", D(2024, 1, 1))
    with pytest.raises(ValueError):
        range_start("0w", D(2024, 1, 1))
    assert range_start("3w", D(2024, 3, 13)) == D(2024, 2, 26)


@pytest.mark.parametrize(("name", "expected"), [
    ("mon", 0), ("sun", 6), ("sat", 5), ("Sunday", 6), ("MON", 0)])
def test_parse_week_start(name: str, expected: int) -> None:
    assert parse_week_start(name) == expected


def test_parse_week_start_refuses_other_words() -> None:
    with pytest.raises(ValueError, match="not a weekday"):
        parse_week_start("someday")


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "en_US.UTF-8"}, SUN),
    ({"LANG": "en_GB.UTF-8"}, MON),
    ({"LANG": "de_DE.UTF-8"}, MON),
    ({"LANG": "pt_BR.UTF-8"}, SUN),
    ({"LANG": "ar_EG.UTF-8"}, SAT),
    ({"LANG": "dv_MV"}, 4),
    ({"LC_ALL": "ar_EG.UTF-8", "LC_TIME": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, SAT),
    ({"LC_TIME": "en_CA.UTF-8", "LANG": "de_DE.UTF-8"}, SUN),
    ({"LC_ALL": "", "LANG": "ja_JP.UTF-8"}, SUN),
    ({"LANG": "C"}, MON),
    ({"LANG": "C.UTF-8"}, MON),
    ({"LANG": "sr_RS@latin"}, MON),
    ({}, MON),
])
def test_first_weekday_from_the_locale_environment(env: dict[str, str], expected: int) -> None:
    assert first_weekday_from_env(env) == expected


@pytest.mark.parametrize(("today", "first_weekday", "expected"), [
    (D(2024, 3, 10), MON, D(2024, 3, 4)),  # Sunday: this week, nearly done
    (D(2024, 3, 7), MON, D(2024, 3, 4)),  # Thursday: this week
    (D(2024, 3, 11), MON, D(2024, 3, 4)),  # Monday: the week that just ended
    (D(2024, 3, 12), MON, D(2024, 3, 4)),  # Tuesday: still the week before
    (D(2024, 3, 13), MON, D(2024, 3, 11)),
    (D(2025, 1, 1), SUN, D(2024, 12, 29)),  # Wednesday, Sunday weeks, over the new year
    (D(2024, 12, 30), SUN, D(2024, 12, 22)),  # Monday, Sunday weeks: the week just ended
])
def test_review_week(today: dt.date, first_weekday: int, expected: dt.date) -> None:
    assert review_week(today, first_weekday) == expected


# -- chart periods ------------------------------------------------------------------------

def test_short_ranges_have_one_period_per_week_across_the_new_year() -> None:
    monday = make_periods(D(2024, 12, 30), D(2025, 1, 12), MON)
    assert [(p.start, p.end) for p in monday.periods] == [
        (D(2024, 12, 30), D(2025, 1, 5)), (D(2025, 1, 6), D(2025, 1, 12))]
    assert [p.label for p in monday.periods] == ["30 Dec 2024", "6 Jan 2025"]
    assert monday.index_of(D(2025, 1, 1)) == 0 and monday.index_of(D(2025, 1, 6)) == 1
    assert monday.index_of(D(2024, 12, 29)) is None and monday.index_of(D(2025, 1, 13)) is None
    sunday = make_periods(D(2024, 12, 30), D(2025, 1, 12), SUN)
    assert [p.start for p in sunday.periods] == [D(2024, 12, 29), D(2025, 1, 5), D(2025, 1, 12)]
    assert sunday.index_of(D(2025, 1, 4)) == 0 and sunday.index_of(D(2025, 1, 5)) == 1
    assert monday.weeks == sunday.weeks == 1 and monday.gaps == 0


def test_one_day_is_one_period() -> None:
    periods = make_periods(D(2024, 5, 15), D(2024, 5, 15), MON)
    assert [(p.start, p.end, p.label) for p in periods.periods] == [
        (D(2024, 5, 13), D(2024, 5, 19), "13 May")]


def test_ten_years_are_grouped_into_quarters() -> None:
    start, end = D(2014, 7, 1), D(2024, 6, 30)
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    periods = make_periods(start, end, MON, days)
    # 522 weeks do not fit in 60 bars as 1, 2 or 4 weeks; 13-week bars do, in 41.
    assert periods.weeks == 13 and len(periods) == 41 and periods.gaps == 0
    assert periods.index_of(start) == 0 and periods.index_of(end) == 40


def test_an_entry_decades_back_costs_one_gap_not_thousands_of_weeks() -> None:
    recent = [D(2024, 1, 1) + dt.timedelta(days=i) for i in range(182)]  # to 30 Jun 2024
    periods = make_periods(D(1990, 5, 2), D(2024, 6, 30), MON, [D(1990, 5, 2), *recent])
    assert periods.weeks == 1 and periods.gaps == 1
    assert len(periods) == 1 + 1 + 26
    first, gap, after = periods.periods[:3]
    assert (first.start, first.end, first.gap) == (D(1990, 4, 30), D(1990, 5, 6), False)
    assert (gap.start, gap.end, gap.gap) == (D(1990, 5, 7), D(2023, 12, 31), True)
    assert gap.label == "… May 1990 – Dec 2023"
    assert after.start == D(2024, 1, 1)
    assert periods.index_of(D(1990, 5, 2)) == 0
    assert periods.index_of(D(2005, 1, 1)) is None  # inside the gap
    assert periods.index_of(D(2024, 6, 30)) == len(periods) - 1


def test_entries_far_in_the_future_are_folded_the_same_way() -> None:
    days = [D(2024, 6, 3), D(2024, 6, 10), D(2031, 1, 1)]
    periods = make_periods(D(2024, 6, 3), D(2031, 1, 1), MON, days)
    assert periods.gaps == 1 and len(periods) < 10
    assert periods.periods[-1].start == D(2030, 12, 30)


# -- check-in trends ----------------------------------------------------------------------

EIGHT_WEEKS = (D(2024, 1, 8), D(2024, 3, 3))  # Monday 8 Jan to Sunday 3 Mar: 8 weeks


def trend_of(checkins: list[CheckinDay], window=EIGHT_WEEKS, key: str = "8w",
             first_weekday: int = MON):
    data = progress(*window, checkins=checkins)
    return build_dashboard(data, today=window[1], first_weekday=first_weekday, range_key=key,
                           names=NAMES)


@pytest.mark.parametrize(("metric", "values", "caption"), [
    ("anxiety", [6.2, 6.0, 5.8, 5.5, 5.0, 4.8, 4.4, 4.2],
     "Your average anxiety fell from 6.1 to 4.3 over 8 weeks."),
    ("anxiety", [4.2, 4.4, 4.8, 5.0, 5.5, 5.8, 6.0, 6.2],
     "Anxiety was higher in recent weeks (4.3 → 6.1). Hard weeks are part of it, and every "
     "check-in still counts."),
    ("trust", [3, 3, 4, 4, 5, 5, 6, 6], "Your average trust rose from 3.0 to 6.0 over 8 weeks."),
    ("trust", [6, 6, 5, 5, 4, 4, 3, 3],
     "Trust was lower in recent weeks (6.0 → 3.0). Hard weeks are part of it, and every "
     "check-in still counts."),
    ("connection", [6, 6, 6, 6, 6, 6, 6, 6.4], "Connection stayed about the same (around 6.2)."),
    # Two or three weeks: the first and the last week are compared as they are.
    ("anxiety", [7, 5], "Your average anxiety fell from 7.0 to 5.0 over 2 weeks."),
    # The questions of the doubted partner: heavier distrust is named as a harder stretch.
    ("distrust_weight", [3, 3, 4, 4, 5, 5, 6, 6],
     "Weight of the distrust was higher in recent weeks (3.0 → 6.0). Hard weeks are part of "
     "it, and every check-in still counts."),
    ("distrust_weight", [7, 5],
     "Your average weight of the distrust fell from 7.0 to 5.0 over 2 weeks."),
    ("felt_trusted", [3, 5], "Your average sense of being trusted rose from 3.0 to 5.0 over "
     "2 weeks."),
    ("needs_met", [6, 4], "Sense that your own needs were met was lower in recent weeks "
     "(6.0 → 4.0). Hard weeks are part of it, and every check-in still counts."),
])
def test_trend_captions(metric: str, values: list[float], caption: str) -> None:
    dash = trend_of(weekly(D(2024, 1, 8), values, metric))
    assert dash.trend.caption == caption
    line = next(line for line in dash.trend.lines if line.metric == metric)
    assert [v for v in line.values if v is not None] == pytest.approx(values)


def test_newer_questions_get_a_line_only_where_answered() -> None:
    old = trend_of([ci(D(2024, 1, 8), trust=4, anxiety=6, connection=5)])
    assert [line.metric for line in old.trend.lines] == ["trust", "anxiety", "connection"]
    mixed = trend_of([ci(D(2024, 1, 8), trust=4, anxiety=6, connection=5),
                      ci(D(2024, 1, 15), connection=7, felt_trusted=6, distrust_weight=3)])
    assert [(line.metric, line.name) for line in mixed.trend.lines] == [
        ("trust", "Trust"), ("anxiety", "Anxiety"), ("connection", "Connection"),
        ("felt_trusted", "Felt trusted"), ("distrust_weight", "Weight of the distrust")]
    weight = mixed.trend.lines[4]
    assert weight.daily == ((D(2024, 1, 15), 3.0),)
    assert mixed.trend.lines[2].daily == ((D(2024, 1, 8), 5.0), (D(2024, 1, 15), 7.0))
    report = stats_report(mixed)
    assert ("Week of         Trust  Anxiety  Connection  Felt trusted  Weight of the distrust"
            in report)
    assert stats_json(mixed)["checkins"]["scales"]["distrust_weight"]["answers"][:2] == [0, 1]


def test_weeks_without_check_ins_are_gaps_not_zeros() -> None:
    checkins = [ci(D(2024, 2, 5), trust=4, anxiety=6, connection=5),
                ci(D(2024, 2, 21), trust=6, anxiety=4, connection=7)]
    dash = trend_of(checkins, window=(D(2024, 2, 5), D(2024, 3, 3)), key="4w")
    trust = dash.trend.lines[0]
    assert trust.values == (4.0, None, 6.0, None)
    assert trust.counts == (1, 0, 1, 0)
    assert trust.weekly == ((D(2024, 2, 5), 4.0), (D(2024, 2, 19), 6.0))
    assert trust.daily == ((D(2024, 2, 5), 4.0), (D(2024, 2, 21), 6.0))
    assert dash.trend.caption.startswith("Your average trust rose from 4.0 to 6.0 over 3 weeks.")


def test_a_single_check_in() -> None:
    dash = trend_of([ci(D(2024, 3, 1), trust=6, anxiety=3, connection=7)])
    assert not dash.trend.is_empty and dash.trend.checkins == 1
    assert dash.trend.caption == ("One check-in so far (trust 6, anxiety 3, connection 7). A few "
                                  "more, on different days, and a trend will start to show.")
    assert [v for v in dash.trend.lines[0].values if v is not None] == [6.0]


def test_several_check_ins_in_one_week_are_averaged_by_answer() -> None:
    # Two check-ins on Monday (trust 5 and 5) and one on Wednesday (trust 8): (5+5+8)/3.
    dash = trend_of([ci(D(2024, 2, 26), trust=5, anxiety=3, connection=7, n=2),
                     ci(D(2024, 2, 28), trust=8, anxiety=3, connection=7)])
    trust = dash.trend.lines[0]
    assert trust.values[-1] == pytest.approx(6.0) and trust.counts[-1] == 3
    assert dash.trend.checkins == 3
    assert dash.trend.caption == ("Averages so far: trust 6.0, anxiety 3.0, connection 7.0. A "
                                  "trend shows once there are check-ins from more than one "
                                  "week.")


def test_check_ins_with_only_some_values() -> None:
    dash = trend_of([ci(D(2024, 2, 19), anxiety=5), ci(D(2024, 2, 26), anxiety=4),
                     ci(D(2024, 2, 27), trust=6)])
    trust, _, connection = dash.trend.lines
    assert connection.daily == () and all(v is None for v in connection.values)
    assert trust.daily == ((D(2024, 2, 27), 6.0),)
    assert dash.trend.caption == ("Trust: 6.0 (one week of answers so far). Your average anxiety "
                                  "fell from 5.0 to 4.0 over 2 weeks.")


def test_no_check_ins_shows_the_empty_state() -> None:
    dash = trend_of([])
    assert dash.trend.is_empty and dash.trend.caption == ""
    assert dash.trend.empty_text == EMPTY["trend"] == (
        "Do a check-in to start seeing trends. A minute a day is plenty.")
    assert dash.is_empty and dash.journal_is_empty


@pytest.mark.parametrize(("first_weekday", "days", "weeks"), [
    # Europe's clocks went forward on Sunday 31 March 2024: Saturday and Sunday stay in
    # the week of 25 March, Monday starts the next.
    (MON, [D(2024, 3, 30), D(2024, 3, 31), D(2024, 4, 1)],
     [D(2024, 3, 25), D(2024, 3, 25), D(2024, 4, 1)]),
    # The US changed on Sunday 10 March 2024: with Sunday weeks that day starts a week.
    (SUN, [D(2024, 3, 9), D(2024, 3, 10), D(2024, 3, 11)],
     [D(2024, 3, 3), D(2024, 3, 10), D(2024, 3, 10)]),
    # New year: Monday weeks keep 30 Dec 2024 to 5 Jan 2025 together.
    (MON, [D(2024, 12, 31), D(2025, 1, 4), D(2025, 1, 5), D(2025, 1, 6)],
     [D(2024, 12, 30)] * 3 + [D(2025, 1, 6)]),
    (SUN, [D(2024, 12, 31), D(2025, 1, 4), D(2025, 1, 5), D(2025, 1, 6)],
     [D(2024, 12, 29)] * 2 + [D(2025, 1, 5)] * 2),
])
def test_days_fall_into_the_right_weeks(first_weekday: int, days: list[dt.date],
                                        weeks: list[dt.date]) -> None:
    checkins = [ci(day, trust=i + 1) for i, day in enumerate(days)]
    window = (week_start(days[0], first_weekday), days[-1])
    dash = trend_of(checkins, window=window, key="all", first_weekday=first_weekday)
    starts = [p.start for p in dash.periods.periods]
    assert [starts[dash.periods.index_of(day)] for day in days] == weeks
    trust = dash.trend.lines[0]
    expected: dict[dt.date, list[float]] = {}
    for i, week in enumerate(weeks):
        expected.setdefault(week, []).append(i + 1)
    assert dict(trust.weekly) == {w: pytest.approx(sum(v) / len(v)) for w, v in expected.items()}


# -- range edges: the future, the distant past, everything --------------------------------

def test_entries_dated_after_today_are_named_not_hidden() -> None:
    data = progress(D(2024, 6, 3), D(2024, 6, 30), checkins=[ci(D(2024, 6, 10), trust=5)],
                    last=D(2031, 1, 1))
    dash = build_dashboard(data, today=D(2024, 6, 30), range_key="4w", names=NAMES)
    assert "Some entries are dated after 30 Jun 2024; “All” includes them." in dash.notes


def test_all_with_an_entry_decades_back() -> None:
    checkins = [ci(D(1990, 5, 2), trust=2)] + [
        ci(D(2024, 1, 1) + dt.timedelta(days=i), trust=6) for i in range(0, 182, 3)]
    data = progress(None, None, checkins=checkins)
    dash = build_dashboard(data, today=D(2024, 6, 30), range_key="all", names=NAMES)
    assert dash.start == D(1990, 5, 2) and dash.end == D(2024, 6, 30)
    assert dash.span == "since 2 May 1990"
    assert len(dash.periods) == 28 and dash.periods.gaps == 1
    assert "Long stretches with no entries are folded into a single gap." in dash.notes
    assert dash.trend.lines[0].values[1] is None  # the gap
    assert len(dash.heatmap.cells) == 1 + 61


def test_all_over_ten_years_says_the_bars_are_longer() -> None:
    start = D(2014, 7, 1)
    checkins = [ci(start + dt.timedelta(days=i), trust=5) for i in range(0, 3653, 2)]
    dash = build_dashboard(progress(None, None, checkins=checkins), today=D(2024, 6, 30),
                           range_key="all", names=NAMES)
    assert dash.periods.weeks == 13 and len(dash.labels) == 41
    assert dash.notes[0] == ("Each bar covers a quarter of a year (13 weeks), so the whole "
                             "range fits.")
    assert "stayed about the same" in dash.trend.caption


def test_a_range_with_nothing_in_it_while_the_journal_has_entries() -> None:
    data = ProgressData(D(2024, 6, 3), D(2024, 6, 30), D(2020, 1, 1), D(2020, 2, 1))
    dash = build_dashboard(data, today=D(2024, 6, 30), range_key="4w", names=NAMES)
    assert dash.is_empty and not dash.journal_is_empty
    assert "Nothing is dated in the last 4 weeks; “All” shows every entry." in dash.notes


# -- exercises, thought records, traps, roots, victories, days ----------------------------

TWO_WEEKS = (D(2024, 3, 4), D(2024, 3, 17))


def two_weeks(**rows):  # type: ignore[no-untyped-def]
    return build_dashboard(progress(*TWO_WEEKS, **rows), today=TWO_WEEKS[1], range_key="2w",
                           names=NAMES)


def test_exercises_per_week_stacked_by_exercise() -> None:
    dash = two_weeks(exercises=[
        ExerciseDay(D(2024, 3, 4), "challenge_a_thought", 2),
        ExerciseDay(D(2024, 3, 11), "celebrate_small_victory", 1),
        ExerciseDay(D(2024, 3, 12), "challenge_a_thought", 1)])
    chart = dash.exercises
    assert [(s.exercise_id, s.name, s.counts, s.total) for s in chart.stacks] == [
        ("challenge_a_thought", "Challenge a thought", (2, 1), 3),
        ("celebrate_small_victory", "Celebrate a small victory", (0, 1), 1)]
    assert chart.caption == ("You finished 4 exercises in the last 2 weeks, most often "
                             "Challenge a thought (3).")
    assert two_weeks().exercises.is_empty
    assert two_weeks().exercises.empty_text == EMPTY["exercises"]


@pytest.mark.parametrize(("records", "caption"), [
    ([tr(D(2024, 3, 5), (80, 40), (70, 30))],
     "In your thought record, belief in the first thought dropped by 40 points (80 → 40) and "
     "the feelings with it eased by 40 points (70 → 30)."),
    ([tr(D(2024, 3, 5), (80, 40), (70, 30)), tr(D(2024, 3, 6), (60, 50), (50, 40))],
     "Across 2 thought records, belief in the first thought dropped by 25 points on average "
     "(70 → 45) and the feelings with it eased by 25 points on average (60 → 35)."),
    ([tr(D(2024, 3, 5), (50, 70), (40, 60))],
     "In your thought record, belief in the first thought was a little stronger afterwards "
     "(50 → 70) and the feelings with it were a little stronger afterwards (40 → 60). That "
     "happens sometimes; looking at a thought closely still counts."),
    ([tr(D(2024, 3, 5), (80, 79))],
     "In your thought record, belief in the first thought stayed about the same (80 → 79 out "
     "of 100)."),
])
def test_thought_record_captions(records: list[ThoughtRecord], caption: str) -> None:
    assert two_weeks(thoughts=records).thoughts.caption == caption


def test_thought_record_drops_per_week() -> None:
    chart = two_weeks(thoughts=[
        tr(D(2024, 3, 5), (80, 40), (70, 30)),
        tr(D(2024, 3, 6), (60, 50), (50, 40)),
        tr(D(2024, 3, 7), (90, None)),  # not re-rated: counted, but has no drop
    ]).thoughts
    assert chart.records == 3 and chart.per_period == (3, 0)
    assert chart.belief_drop == (pytest.approx(25.0), None)
    assert chart.feeling_drop == (pytest.approx(25.0), None)
    assert chart.belief == pytest.approx((70.0, 45.0))
    empty = two_weeks().thoughts
    assert empty.is_empty and empty.empty_text == EMPTY["thoughts"]


def test_traps_roots_and_here_or_past() -> None:
    labels = [
        LabelCount(D(2024, 3, 5), "trap", "mind_reading", 2),
        LabelCount(D(2024, 3, 12), "trap", "mind_reading", 1),
        LabelCount(D(2024, 3, 12), "trap", "other", 2),
        LabelCount(D(2024, 3, 12), "trap", "fortune_telling", 1),
        LabelCount(D(2024, 3, 6), "root_source", "family", 2),
        LabelCount(D(2024, 3, 6), "root_source", "fear_of_being_left", 1),
        LabelCount(D(2024, 3, 6), "root_where", "past", 3),
        LabelCount(D(2024, 3, 13), "root_where", "here", 1),
        LabelCount(D(2024, 2, 1), "trap", "fortune_telling", 9),  # before the range
    ]
    dash = two_weeks(labels=labels)
    assert dash.traps.top() == [("Mind reading", 3), ("Traps of my own", 2),
                                ("Fortune telling", 1)]
    assert dash.traps.caption == ("Most often, the thought fell into mind reading (3 times), "
                                  "then traps of my own (2).")
    assert dash.roots.top() == [("Family or childhood patterns", 2), ("Fear of being left", 1)]
    assert dash.roots.caption == ("Distrust most often seemed to come from family or childhood "
                                  "patterns (twice), then fear of being left (1).")
    assert [(i.id, i.name, i.count, i.share) for i in dash.where.items] == [
        ("here", "About here (between us)", 1, 0.25), ("past", "About my past", 3, 0.75)]
    assert dash.where.caption == (
        "Of 4 answers: 1 mostly about here (between you two), 3 mostly about your past. "
        "Either answer is fine; it shows where to start.")
    empty = two_weeks()
    assert (empty.traps.is_empty, empty.roots.is_empty, empty.where.is_empty) == (True,) * 3
    assert empty.traps.empty_text == EMPTY["traps"] and empty.where.caption == ""


def test_victories_per_week_and_the_wall() -> None:
    victories = [Victory(D(2024, 3, 5), "a", "Asked where she was", "asked", 7.0),
                 Victory(D(2024, 3, 12), "b", "Waited instead of checking", "trusted", 8.0),
                 Victory(D(2024, 3, 14), "c", "Asked again, calmly", "asked", None)]
    chart = two_weeks(victories=victories).victories
    assert chart.per_period == (1, 2)
    assert [(v.uuid, v.kind_name) for v in chart.wall] == [
        ("c", "I asked instead of assuming"), ("b", "I trusted instead of checking"),
        ("a", "I asked instead of assuming")]
    assert chart.caption == ("3 small victories in the last 2 weeks, most often “I asked "
                             "instead of assuming”. Each one counts.")
    one = two_weeks(victories=victories[:1]).victories
    assert one.caption == "1 small victory in the last 2 weeks. Each one counts."
    assert two_weeks().victories.empty_text == EMPTY["victories"]


def test_days_with_entries_and_the_gentle_consistency_count() -> None:
    dash = two_weeks(checkins=[ci(D(2024, 3, 4), trust=5), ci(D(2024, 3, 9), trust=6, n=2)],
                     extra_days=[D(2024, 3, 9), D(2024, 3, 15), D(2024, 3, 30)])
    assert dash.heatmap.cells == ((D(2024, 3, 4), 1), (D(2024, 3, 9), 3), (D(2024, 3, 15), 1))
    assert (dash.heatmap.start, dash.heatmap.end) == TWO_WEEKS
    assert dash.heatmap.caption == "You wrote or checked in on 3 days in the last 2 weeks."
    assert dash.checkin_days == 2
    assert dash.consistency_text == "You checked in on 2 days in the last 2 weeks."
    empty = two_weeks()
    assert empty.heatmap.is_empty and empty.heatmap.empty_text == EMPTY["heatmap"]
    assert empty.consistency_text == "No check-ins in the last 2 weeks yet. Whenever you're ready."


# -- tone -----------------------------------------------------------------------------------

UNKIND = ("missed", "streak", "fail", "broke", "should", "behind", "lazy", "only", "must",
          "guilt", "worse")


def every_text(dash) -> list[str]:  # type: ignore[no-untyped-def]
    charts = (dash.trend, dash.exercises, dash.thoughts, dash.traps, dash.roots, dash.where,
              dash.victories, dash.heatmap)
    return [*(c.caption for c in charts), *(c.empty_text for c in charts), *dash.notes,
            dash.consistency_text]


@pytest.mark.parametrize("values", [[2, 3, 5, 8], [8, 5, 3, 2], [5, 5, 5, 5]])
def test_no_guilt_wording_anywhere(values: list[float]) -> None:
    rows = weekly(D(2024, 2, 12), values, "anxiety") + weekly(D(2024, 2, 12), values, "trust")
    thoughts = [tr(D(2024, 2, 13), (50, 80), (40, 70))]
    for dash in (trend_of(rows, window=(D(2024, 2, 12), D(2024, 3, 10)), key="4w"),
                 trend_of([]), two_weeks(thoughts=thoughts)):
        for text in every_text(dash):
            assert not any(word in text.lower() for word in UNKIND), text


# -- the weekly review's summary --------------------------------------------------------

def review_data(**extra) -> ProgressData:  # type: ignore[no-untyped-def]
    rows = dict(
        checkins=[ci(D(2024, 2, 28), 5, 6, 5), ci(D(2024, 3, 4), 6, 4, 7),
                  ci(D(2024, 3, 6), 8, 2, 7)],
        exercises=[ExerciseDay(D(2024, 3, 5), "challenge_a_thought", 2),
                   ExerciseDay(D(2024, 3, 7), "celebrate_small_victory", 1)],
        labels=[LabelCount(D(2024, 3, 5), "trap", "mind_reading", 2),
                LabelCount(D(2024, 3, 5), "trap", "fortune_telling", 1),
                LabelCount(D(2024, 3, 8), "root_source", "family", 1),
                LabelCount(D(2024, 3, 8), "root_where", "past", 1),
                LabelCount(D(2024, 3, 1), "trap", "fortune_telling", 5)],  # the week before
        victories=[Victory(D(2024, 3, 7), "v", "Asked   instead\nof guessing", "asked", 7.0)],
    )
    rows.update(extra)
    return progress(D(2024, 2, 26), D(2024, 3, 10), **rows)


def test_week_summary() -> None:
    assert week_summary(review_data(), D(2024, 3, 4), NAMES) == (
        "*4 Mar – 10 Mar 2024*\n"
        "\n"
        "- **Check-ins:** 2 this week. Average trust 7.0, anxiety 3.0, connection 7.0. The week "
        "before: trust 5.0, anxiety 6.0, connection 5.0.\n"
        "- **Exercises done:** 3: Challenge a thought (2), Celebrate a small victory (1).\n"
        "- **Small victories:** 1\n"
        "  - Asked instead of guessing\n"
        "- **Thinking traps that came up most:** Mind reading (2), Fortune telling (1).\n"
        "- **Where distrust came from:** Family or childhood patterns (1); about my past (1).\n"
    )


def test_week_summary_mentions_promises_only_when_there_are_some() -> None:
    promises = [LabelCount(D(2024, 3, 6), "promise", "kept", 2),
                LabelCount(D(2024, 3, 7), "promise", "broken", 1)]
    text = week_summary(review_data(labels=promises), D(2024, 3, 4), NAMES)
    assert "- **Promises:** 2 kept, 1 not kept this time.\n" in text
    assert "Promises" not in week_summary(review_data(), D(2024, 3, 4), NAMES)


def test_week_summary_without_the_week_before_or_anything_at_all() -> None:
    data = review_data()
    only_week = ProgressData(D(2024, 3, 4), D(2024, 3, 10), data.first_day, data.last_day,
                             data.checkins[1:])
    text = week_summary(only_week, D(2024, 3, 4), NAMES)
    assert "Average trust 7.0, anxiety 3.0, connection 7.0.\n" in text  # no comparison
    quiet = week_summary(progress(D(2024, 3, 4), D(2024, 3, 10)), D(2024, 3, 4), NAMES)
    assert quiet == ("*4 Mar – 10 Mar 2024*\n\nNothing was recorded this week, and that's okay. "
                     "You can still look back on how it went.\n")


def test_week_summary_across_the_new_year() -> None:
    data = progress(D(2024, 12, 29), D(2025, 1, 4),
                    checkins=[ci(D(2024, 12, 31), 6, 3, 7), ci(D(2025, 1, 4), 8, 1, 7)])
    text = week_summary(data, D(2024, 12, 29), NAMES)
    assert text.startswith("*29 Dec 2024 – 4 Jan 2025*\n")
    assert "2 this week. Average trust 7.0, anxiety 2.0, connection 7.0." in text


# -- the CLI's text and JSON --------------------------------------------------------------

def test_stats_report_and_json_of_an_empty_journal() -> None:
    dash = build_dashboard(ProgressData(D(2024, 1, 1), D(2024, 3, 1), None, None),
                           today=D(2024, 3, 1), names=NAMES)
    assert stats_report(dash) == EMPTY_JOURNAL + "\n"
    data = stats_json(dash)
    assert data["empty_journal"] is True and data["checkins"]["empty"] is True
    assert data["checkins"]["empty_text"] == EMPTY["trend"]


def test_stats_json_has_a_stable_shape() -> None:
    dash = two_weeks(checkins=[ci(D(2024, 3, 4), 5, 6, 5), ci(D(2024, 3, 12), 7, 4, 6)],
                     thoughts=[tr(D(2024, 3, 5), (80, 40), (70, 30))])
    data = stats_json(dash)
    assert list(data) == ["format", "empty_journal", "range", "notes", "periods", "checkins",
                          "exercises", "thought_records", "traps", "root_sources",
                          "here_or_past", "victories", "days_with_entries", "consistency",
                          "trackers"]
    assert data["range"] == {"key": "2w", "words": "in the last 2 weeks", "start": "2024-03-04",
                             "end": "2024-03-17", "week_starts_on": "mon",
                             "weeks_per_period": 1}
    assert data["checkins"]["scales"]["trust"] == {"averages": [5.0, 7.0], "answers": [1, 1]}
    assert data["thought_records"]["per_period"] == [
        {"records": 1, "belief_drop": 40.0, "feeling_drop": 40.0},
        {"records": 0, "belief_drop": None, "feeling_drop": None}]
    text = stats_report(dash)
    assert text.startswith("Progress in the last 2 weeks (4 Mar 2024 – 17 Mar 2024; weeks "
                           "start on Mon)\n")
    assert "  4 Mar             5.0      6.0         5.0\n" in text
    assert "  11 Mar            7.0      4.0         6.0\n" in text


def test_builtin_names_come_from_the_shipped_files() -> None:
    names = builtin_names()
    assert names.exercise("challenge_a_thought") == "Challenge a thought"
    assert names.exercise("weekly_review") == "Weekly review"
    assert names.trap("mind_reading") == "Mind reading"
    assert names.option("root_source", "family") == "Family or childhood patterns"
    assert names.option("root_where", "past") == "About my past"
    assert names.option("victory_kind", "asked") == "I asked instead of assuming"
    assert names.exercise("my_own_exercise") == "My own exercise"


def test_builtin_names_follow_the_language_switched_to() -> None:
    """Names read in one language are not shown after a switch to another (a pseudo-locale
    test once left every later dashboard's exercise names in pseudo form)."""
    from trustjournal.core import i18n

    english = builtin_names().exercise("challenge_a_thought")
    assert not i18n.is_pseudo(english)
    i18n.install(lambda context, text, disambiguation, n: i18n.pseudo(text), i18n.PSEUDO)
    try:
        assert i18n.is_pseudo(builtin_names().exercise("challenge_a_thought"))
    finally:
        i18n.install(None)
    assert builtin_names().exercise("challenge_a_thought") == english
