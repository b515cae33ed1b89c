"""Translations in the command line, the exchange formats and core's messages (#20).

The English path (no backend installed) reads plural forms from
resources/translations/en_plurals; the CLI picks its language from the environment and
stays free of Qt when that language is English or has no catalogue; dates follow the
locale through core.locale_dates, testable without the locale installed by handing the
formatter a locale's conventions.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import locale
import os
import string
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustjournal.app import _cli_language
from trustjournal.core import i18n
from trustjournal.core.i18n import translate
from trustjournal.core.locale_dates import (
    ENGLISH,
    ISO,
    DateConventions,
    LocaleDates,
    conventions_from,
    environment_conventions,
    time_language,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "trustjournal"
# The files this area owns: every plural in them needs English forms, every placeholder
# a value.
OWN_FILES = sorted(
    [*PACKAGE.glob("cli*.py"), *(PACKAGE / "exchange").glob("*.py"),
     *(PACKAGE / "storage").glob("*.py"),
     *(PACKAGE / "core" / name for name in (
         "entries.py", "locale_dates.py", "passphrase.py", "plain.py", "records.py",
         "revisions.py", "rotation.py", "search.py", "text.py", "trackers.py"))]
)

GERMAN = DateConventions(
    date_format="%d.%m.%Y", time_format="%H:%M",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
              "Sonntag"),
)
US = DateConventions(
    date_format="%m/%d/%Y", time_format="%I:%M %p",
    months=ENGLISH.months, weekdays=ENGLISH.weekdays, am_pm=("AM", "PM"),
)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Each test starts and ends with plain English (no backend)."""
    i18n.install(None)
    yield
    i18n.install(None)


# -- plurals on the English path --------------------------------------------------------


@pytest.mark.parametrize(("context", "text", "one", "five"), [
    ("Cli", "%n entries", "1 entry", "5 entries"),
    ("Cli", "{path}: damaged (%n problems found):", "{path}: damaged (1 problem found):",
     "{path}: damaged (5 problems found):"),
    ("CliExchange", "Exported %Ln entries to {path}.", "Exported 1 entry to {path}.",
     "Exported 5 entries to {path}."),
    ("ExchangeModel", "%n duplicates skipped", "1 duplicate skipped", "5 duplicates skipped"),
    ("PdfTrackers", "%n urges were logged; {resisted} of them passed without acting on them.",
     "1 urge was logged; {resisted} of them passed without acting on them.",
     "5 urges were logged; {resisted} of them passed without acting on them."),
    ("HtmlExport", "%n entries · {day}", "1 entry · {day}", "5 entries · {day}"),
])
def test_english_plurals_read_right_for_one_and_five(context: str, text: str, one: str,
                                                    five: str) -> None:
    assert translate(context, text, None, 1) == one
    assert translate(context, text, None, 5) == five


def test_grouped_plural_counts_and_whole_summaries() -> None:
    from trustjournal.exchange.model import ImportPreview

    assert translate("CliExchange", "Exported %Ln entries to {path}.", None, 12345) \
        == "Exported 12,345 entries to {path}."
    one = ImportPreview(total=1, new=1, duplicates=1, first=None, last=None, tags=1,
                        trackers=(("urges", 1),))
    five = ImportPreview(total=9, new=5, duplicates=4, first=dt.date(2024, 3, 1),
                         last=dt.date(2024, 3, 9), tags=5,
                         trackers=(("urges", 5), ("promises", 1), ("worries", 2)))
    assert one.describe() == ("1 entry, 1 tag, 1 duplicate skipped, and from the trackers "
                              "1 urge")
    assert five.describe() == ("5 entries, 2024-03-01 to 2024-03-09, 5 tags, 4 duplicates "
                               "skipped, and from the trackers 5 urges, 1 promise and 2 "
                               "worries")


def test_the_passphrase_hint_counts_characters_as_a_plural() -> None:
    from trustjournal.core.passphrase import MIN_LENGTH, hint, strength

    assert strength("abc")[1] == hint("short")
    assert f"at least {MIN_LENGTH} characters" in hint("short")


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
            yield node


def test_every_plural_message_of_this_area_has_its_english_forms() -> None:
    known: set[tuple[str, str]] = set()
    for toml in (ROOT / "resources" / "translations" / "en_plurals").glob("*.toml"):
        for context, table in tomllib.loads(toml.read_text(encoding="utf-8")).items():
            for source, forms in table.items():
                assert len(forms) == 2 and all(isinstance(f, str) for f in forms), source
                known.add((context, source))
    missing = []
    for path in OWN_FILES:
        for call in _calls(path):
            context, text = call.args[0], call.args[1]
            if isinstance(text, ast.Constant) and "%" in text.value and (
                    "%n" in text.value or "%Ln" in text.value):
                assert isinstance(context, ast.Constant)
                assert len(call.args) == 4, f"{path.name}:{call.lineno} plural without a count"
                if (context.value, text.value) not in known:
                    missing.append(f"{path.name}:{call.lineno} {text.value}")
    assert missing == []


def test_every_translated_placeholder_gets_a_value() -> None:
    # translate("...{a}...").format(a=...) with the names on both sides the same, so a
    # translation that moves a placeholder can never meet a KeyError.
    wrong = []
    for path in OWN_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "format" and isinstance(node.func.value, ast.Call)
                    and getattr(node.func.value.func, "id", None) == "translate"):
                continue
            text = node.func.value.args[1]
            if not isinstance(text, ast.Constant):
                continue
            names = {n for _, n, _, _ in string.Formatter().parse(text.value) if n}
            if names != {k.arg for k in node.keywords}:
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_translate_is_only_called_with_literal_context_and_text() -> None:
    # What pyside6-lupdate can read: both first arguments literals, except where a table
    # marked with QT_TRANSLATE_NOOP is shown (the same context, a variable text).
    for path in OWN_FILES:
        for call in _calls(path):
            assert isinstance(call.args[0], ast.Constant), f"{path.name}:{call.lineno}"


# -- the CLI's language -----------------------------------------------------------------


def test_the_cli_language_comes_from_the_override_then_the_locale() -> None:
    assert i18n.environment_language({}) == "en"
    assert i18n.environment_language({"LANG": "C.UTF-8"}) == "en"
    assert i18n.environment_language({"LANG": "de_DE.UTF-8"}) == "de_DE"
    assert i18n.environment_language({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}
                                     ) == "fr_FR"
    assert i18n.environment_language({"LC_ALL": "pt_BR.UTF-8", "LANG": "de_DE.UTF-8"}
                                     ) == "pt_BR"
    assert i18n.environment_language({"TRUSTJOURNAL_LANGUAGE": "en_XA", "LC_ALL": "de_DE"}
                                     ) == "en_XA"


def test_a_language_without_a_catalogue_stays_english_and_the_pseudo_locale_is_pseudo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "TRUSTJOURNAL_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    try:
        monkeypatch.setenv("LANG", "xx_NOWHERE.UTF-8")
        _cli_language()
        assert i18n.language() == "en"
        assert translate("Cli", "Nothing found.") == "Nothing found."
        monkeypatch.setenv("TRUSTJOURNAL_LANGUAGE", "en_XA")
        _cli_language()
        assert i18n.language() == "en_XA"
        assert i18n.is_pseudo(translate("Cli", "Nothing found."))
        shown = translate("Cli", "%n entries", None, 1)
        assert i18n.is_pseudo(shown) and "1" in shown and "%n" not in shown
    finally:
        i18n.install(None)


def _run_cli(tmp_path: Path, env_extra: dict[str, str], *args: str) -> dict[str, object]:
    probe = (
        "import json, sys\n"
        "from trustjournal.app import main\n"
        "code = main(sys.argv[1:])\n"
        "sys.stdout.flush()\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "sys.stderr.write('\\nPROBE ' + json.dumps({'code': code, 'qt': qt}) + '\\n')\n"
    )
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LC_TIME", "LANGUAGE",
                        "TRUSTJOURNAL_LANGUAGE", "TRUSTJOURNAL_PASSPHRASE")}
    env.update(env_extra)
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path)
    line = next(x for x in done.stderr.splitlines() if x.startswith("PROBE "))
    report = json.loads(line.removeprefix("PROBE "))
    report["out"] = done.stdout
    return report


def test_the_cli_under_a_german_locale_without_its_catalogue_works_in_english_without_qt(
        tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    german = {"LANG": "de_DE.UTF-8"}
    added = _run_cli(tmp_path, german, "--data-dir", data, "add", "--title", "Walk",
                     "--date", "2024-03-05", "by the river")
    assert added["code"] == 0 and added["qt"] == []
    # No de_DE catalogue ships yet, so the words are English; the date follows the locale
    # when the machine has it installed, else it is ISO (never English words).
    out = str(added["out"])
    assert out.startswith("Saved entry ")
    assert out.rstrip().endswith(("for 2024-03-05.", "for 05.03.2024."))
    checked = _run_cli(tmp_path, german, "--data-dir", data, "check")
    assert checked["code"] == 0 and checked["qt"] == []
    assert "healthy — 1 entry, 0 in the trash." in str(checked["out"])


def test_the_cli_in_the_pseudo_locale_translates_its_output(tmp_path: Path) -> None:
    """The pseudo-locale has a compiled catalogue, so this is also the CLI reading a
    catalogue with QtCore (English alone stays free of Qt, tested above)."""
    data = str(tmp_path / "data")
    pseudo = {"TRUSTJOURNAL_LANGUAGE": "en_XA"}
    added = _run_cli(tmp_path, pseudo, "--data-dir", data, "add", "plain words")
    assert added["code"] == 0
    assert i18n.is_pseudo(str(added["out"]))
    listed = _run_cli(tmp_path, pseudo, "--data-dir", data, "list", "--trash")
    assert listed["code"] == 0
    assert str(listed["out"]).strip() == i18n.pseudo("The trash is empty.")
    helped = subprocess.run([sys.executable, "-m", "trustjournal", "list", "--help"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path,
                            env={**os.environ, **pseudo})
    # argparse's own "usage:" and "options:" come from Python's gettext; ours are pseudo.
    assert helped.returncode == 0
    assert i18n.pseudo("how many (default 20)") in helped.stdout


# -- dates ------------------------------------------------------------------------------

DAY = dt.date(2024, 3, 5)
MOMENT = dt.datetime(2024, 3, 12, 9, 14)


def test_english_dates_keep_the_apps_own_wording() -> None:
    dates = LocaleDates(ENGLISH)
    assert dates.long_date(DAY) == "Tuesday, 5 March 2024"
    assert dates.month_title(DAY) == "March 2024"
    assert dates.short_date(DAY) == "2024-03-05"
    assert dates.compact_date(DAY) == "5 Mar 2024"
    assert dates.date_time(MOMENT) == "Tuesday 12 March 2024, 09:14"


def test_a_date_on_a_german_locale() -> None:
    dates = LocaleDates(GERMAN)
    assert dates.long_date(DAY) == "Dienstag, 05.03.2024"
    assert dates.month_title(DAY) == "März 2024"
    assert dates.short_date(DAY) == dates.compact_date(DAY) == "05.03.2024"
    assert dates.date_time(MOMENT) == "Dienstag, 12.03.2024, 09:14"


def test_a_date_on_a_us_locale() -> None:
    dates = LocaleDates(US)
    assert dates.short_date(DAY) == "03/05/2024"
    assert dates.date_time(dt.datetime(2024, 3, 12, 21, 14)) == "Tuesday, 03/12/2024, 09:14 PM"


def test_unreadable_conventions_give_iso_dates_not_english_words() -> None:
    dates = LocaleDates(ISO)
    assert dates.long_date(DAY) == dates.short_date(DAY) == "2024-03-05"
    assert dates.month_title(DAY) == "2024-03"
    assert dates.date_time(MOMENT) == "2024-03-12 09:14"


def test_conventions_are_read_from_the_locale_database() -> None:
    german = {locale.D_FMT: "%d.%m.%Y", locale.T_FMT: "%T", locale.AM_STR: "",
              locale.PM_STR: ""}
    german.update({getattr(locale, f"MON_{i}"): m for i, m in enumerate(GERMAN.months, 1)})
    days = ("Sonntag", *GERMAN.weekdays[:6])  # the database starts on Sunday
    german.update({getattr(locale, f"DAY_{i}"): d for i, d in enumerate(days, 1)})
    german.update({getattr(locale, f"ABMON_{i}"): m[:3] for i, m in enumerate(GERMAN.months, 1)})
    german.update({getattr(locale, f"ABDAY_{i}"): d[:2] for i, d in enumerate(days, 1)})
    read = conventions_from(german.__getitem__)
    assert read.weekdays == GERMAN.weekdays and read.months == GERMAN.months
    assert read.time_format == "%H:%M" and read.date_format == "%d.%m.%Y"
    assert LocaleDates(read).long_date(DAY) == "Dienstag, 05.03.2024"
    assert read.short_weekdays[:2] == ("Mo", "Di") and read.short_months[2] == "Mär"


def test_short_names_are_the_locales_own_not_cut_to_three_letters() -> None:
    # French writes "févr." and "mar." for February and Tuesday; three letters would
    # give "fév" and "mar" (and "jui" for both June and July).
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
    short = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", "déc.")
    days = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    french = DateConventions(date_format="%a %d %b %Y", months=months, weekdays=days,
                             short_months=short,
                             short_weekdays=("lun.", "mar.", "mer.", "jeu.", "ven.",
                                             "sam.", "dim."))
    dates = LocaleDates(french)
    assert dates.short_date(dt.date(2024, 2, 6)) == "mar. 06 févr. 2024"
    assert dates.short_date(dt.date(2024, 7, 1)) == "lun. 01 juil. 2024"
    assert dates.short_date(dt.date(2024, 6, 3)) == "lun. 03 juin 2024"
    # Conventions without short names keep the first three letters.
    assert LocaleDates(GERMAN)._format("%a %b", dt.date(2024, 3, 5)) == "Die Mär"


def test_the_environment_decides_between_english_the_locale_and_iso() -> None:
    assert time_language({"LC_ALL": "", "LC_TIME": "de_DE.UTF-8", "LANG": "C"}) == "de"
    assert environment_conventions({"LANG": "C.UTF-8"}) is ENGLISH
    assert environment_conventions({"LANG": "en_GB.UTF-8"}) is ENGLISH
    assert environment_conventions({"LANG": "xx_NOWHERE.UTF-8"}) is ISO
    before = locale.setlocale(locale.LC_TIME)
    environment_conventions({"LANG": "de_DE.UTF-8"})
    assert locale.setlocale(locale.LC_TIME) == before  # the process's locale is left as it was


def test_when_text_and_the_cli_follow_the_formatter(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustjournal.core import locale_dates, rotation

    monkeypatch.setattr(locale_dates, "locale_dates", lambda: LocaleDates(GERMAN))
    assert rotation.when_text(MOMENT) == "Dienstag, 12.03.2024, 09:14"
    from trustjournal.cli import saved_entry

    assert saved_entry("abc", DAY) == "Saved entry abc for 05.03.2024."


def test_an_export_uses_the_formatter_it_is_given(tmp_path: Path) -> None:
    from trustjournal.exchange import registry
    from trustjournal.exchange.markup import write_with_dates
    from trustjournal.exchange.model import EntryRecord, ExportOptions

    record = EntryRecord(
        uuid="3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f", kind="free", title="A walk",
        body="by the river", local_date=DAY, created_utc=dt.datetime(2024, 3, 5, tzinfo=dt.UTC),
        updated_utc=dt.datetime(2024, 3, 5, tzinfo=dt.UTC), deleted_utc=None, tags=(),
        starred=False, exercise_id=None, exercise_version=None, answers=None, metrics=(),
        revisions=(),
    )
    german, english = tmp_path / "de.html", tmp_path / "en.html"
    html = registry.exporter("html")
    write_with_dates(html, [record], german, ExportOptions(dates=LocaleDates(GERMAN)))
    write_with_dates(html, [record], english, ExportOptions(dates=LocaleDates(ENGLISH)))
    page = german.read_text(encoding="utf-8")
    assert "<h2>März 2024</h2>" in page and ">Dienstag, 05.03.2024</time>" in page
    assert "Tuesday, 5 March 2024" in english.read_text(encoding="utf-8")
    single = tmp_path / "one.md"
    write_with_dates(registry.exporter("markdown-single"), [record], single,
                     ExportOptions(dates=LocaleDates(GERMAN)))
    assert "Dienstag, 05.03.2024 · Entry" in single.read_text(encoding="utf-8")


def test_no_context_spans_two_modules() -> None:
    # A context is a class or a module (I18N.md): translators see one place per context.
    owners: dict[str, set[str]] = {}
    for path in [*OWN_FILES, PACKAGE / "core" / "records.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(node.args[0], ast.Constant)):
                owners.setdefault(node.args[0].value, set()).add(path.name)
    assert {c: sorted(m) for c, m in owners.items() if len(m) > 1} == {}


