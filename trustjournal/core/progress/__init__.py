"""Progress over weeks: pure functions from aggregated rows to chart series and words.

Storage (`Journal.progress_data(start, end)`) returns a ProgressData of plain rows; this
package turns it into what the Progress page draws, the weekly review's summary and
`trustjournal stats`. Standard library only; weeks start on a given weekday and use
local dates.

- `data`: ProgressData and its rows.
- `weeks`: week starts, ranges ("4w" … "all"), chart periods, the locale's first weekday.
- `names`: display names for exercises, traps and answer options.
- `captions`: the sentence under each chart and the empty-state texts.
- `dashboard`: build_dashboard() → Dashboard with one value per chart.
- `report`: week_summary() for the weekly review; stats_report()/stats_json() for the CLI.
- `trackers`: tracker rows (core.trackers.TrackerData) → urges, promises, intentions and
  worry-calibration charts; `tracker_words` their captions; `tracker_report` their lines
  in the weekly review and in `trustjournal stats`.

Import from here; every public name is re-exported.
"""

from trustjournal.core.progress.captions import EMPTY
from trustjournal.core.progress.dashboard import (
    Dashboard,
    ExercisesChart,
    ExerciseStack,
    Heatmap,
    RankedItem,
    RankingChart,
    ShareChart,
    ShareItem,
    ThoughtChart,
    TrendChart,
    TrendLine,
    VictoriesChart,
    WallItem,
    build_dashboard,
    describe_range,
)
from trustjournal.core.progress.data import (
    CHECKIN_METRICS,
    LABEL_METRICS,
    ActivityDay,
    CheckinDay,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
)
from trustjournal.core.progress.names import Names, builtin_names
from trustjournal.core.progress.report import (
    EMPTY_JOURNAL,
    JSON_FORMAT,
    review_week,
    stats_json,
    stats_report,
    summary_captions,
    week_summary,
)
from trustjournal.core.progress.trackers import (
    SURENESS_BANDS,
    CalibrationBand,
    CalibrationChart,
    IntentionsChart,
    PromiseLine,
    PromisesChart,
    TrackerCharts,
    UrgesChart,
    fold_trackers,
)
from trustjournal.core.progress.weeks import (
    MAX_PERIODS,
    RANGES,
    Period,
    Periods,
    first_weekday_from_env,
    make_periods,
    parse_week_start,
    range_bounds,
    range_start,
    range_weeks,
    week_start,
)

__all__ = [
    "CHECKIN_METRICS", "EMPTY", "EMPTY_JOURNAL", "JSON_FORMAT", "LABEL_METRICS", "MAX_PERIODS",
    "RANGES", "SURENESS_BANDS", "ActivityDay", "CalibrationBand", "CalibrationChart",
    "CheckinDay", "Dashboard", "ExerciseDay", "ExerciseStack", "ExercisesChart", "Heatmap",
    "IntentionsChart", "LabelCount", "Names", "Period", "Periods", "ProgressData", "PromiseLine",
    "PromisesChart", "RankedItem", "RankingChart", "ShareChart", "ShareItem", "ThoughtChart",
    "ThoughtRecord", "TrackerCharts", "TrendChart", "TrendLine", "UrgesChart", "VictoriesChart",
    "Victory", "WallItem", "build_dashboard", "builtin_names", "describe_range",
    "first_weekday_from_env", "fold_trackers", "make_periods", "parse_week_start", "range_bounds",
    "range_start", "range_weeks", "review_week", "stats_json", "stats_report", "summary_captions",
    "week_start", "week_summary",
]
