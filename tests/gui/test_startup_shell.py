"""What the window does before its first paint, and how cheaply (issue 15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

from trustjournal.gui import application, import_check
from trustjournal.storage import open_journal


def _pyside_check():  # type: ignore[no-untyped-def]
    feature = sys.modules["shibokensupport.feature"]
    return feature._mod_uses_pyside


def test_the_window_answers_pysides_import_question_with_its_own_check() -> None:
    """Importing the application puts the cheaper check in PySide6's place, once."""
    assert application.import_check is import_check
    check = _pyside_check()
    assert getattr(check, "_trustjournal_bytes_check", False)
    assert import_check.install()
    assert _pyside_check() is check  # not wrapped twice


def test_the_bytes_check_gives_pysides_own_answers(tmp_path: Path) -> None:
    original = _pyside_check().__wrapped__
    check = import_check.bytes_check(original)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    with_source = [m for m in modules
                   if str(getattr(getattr(m, "__spec__", None), "origin", "")).endswith(".py")]
    assert len(with_source) > 100
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    # Both kinds are among them: the window's modules that use Qt, and ones that don't.
    assert answers["trustjournal.gui.application"] is True
    assert answers["trustjournal.core.i18n"] is False
    # A file that cannot be read any more, and a module with no file at all.
    gone = tmp_path / "gone.py"
    gone.write_text("import PySide6\n", encoding="utf-8")
    module = types.ModuleType("gone")
    module.__spec__ = types.SimpleNamespace(origin=str(gone))  # type: ignore[assignment]
    module.__file__ = str(gone)
    assert check(module) is True
    gone.unlink()
    assert check(module) is original(module) is False
    assert check(types.ModuleType("no_file")) is original(types.ModuleType("no_file"))


# Which enums PySide6 has built by the shell's first paint, and on which thread.
PAINT_PROBE = """\
import enum, sys, threading

made = {}
create = enum.EnumType._create_

def recording(cls, class_name, names, **kw):
    made.setdefault(class_name, threading.current_thread().name)
    return create(cls, class_name, names, **kw)

enum.EnumType._create_ = recording
from trustjournal.gui import startup_probe

seen = {}
stamp = startup_probe.stamp

def watched(moment):
    if moment == "painted":
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        sheet = app.styleSheet()
        app.setStyleSheet("")  # the style under the stylesheet's
        seen.update(made=dict(made), style=app.style().name(), sheet=bool(sheet),
                    threads=sorted(t.name for t in threading.enumerate()),
                    json="json" in sys.modules)
    stamp(moment)

startup_probe.stamp = watched
from trustjournal.app import main
code = main(["--data-dir", sys.argv[1]])
import json
print(json.dumps(seen))
sys.exit(code)
"""


def test_before_the_first_paint_qt_names_are_built_beside_qapplication(
    tmp_path: Path,
) -> None:
    """Qt's namespace (94 enums) is built on a thread while QApplication starts, and the
    thread is gone before anything else names Qt; QStyle's enums are not built before
    the shell is painted, though the app is themed and drawn with Fusion."""
    with open_journal(tmp_path / "notes.db") as journal:
        journal.create_entry(body="still here")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_STARTUP_PROBE": "shown"}
    done = subprocess.run([sys.executable, "-c", PAINT_PROBE, str(tmp_path)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    made = seen["made"]
    assert made["AlignmentFlag"] == made["Key"] == made["ColorScheme"] == "qt-names"
    assert "qt-names" not in seen["threads"]
    assert "PixelMetric" not in made and "StandardPixmap" not in made
    assert seen["style"] == "fusion" and seen["sheet"] is True
    # No theme or language kept in the data folder (the usual start): nothing to parse.
    assert seen["json"] is False


def test_kept_theme_and_language_choices_are_still_read(tmp_path: Path) -> None:
    from trustjournal.gui import translation
    from trustjournal.gui.theme import choice

    assert choice.load_choice(tmp_path) == "system"
    assert translation.load_choice(tmp_path) == ""
    choice.save_choice(tmp_path, "dark")
    translation.save_choice(tmp_path, "de")
    assert choice.load_choice(tmp_path) == "dark"
    assert translation.load_choice(tmp_path) == "de"
    (tmp_path / choice.FILE).write_text("{not json", "utf-8")
    (tmp_path / translation.FILE).write_text("[1, 2]", "utf-8")
    assert choice.load_choice(tmp_path) == "system"
    assert translation.load_choice(tmp_path) == ""


def test_the_sidebar_and_the_view_menu_share_each_pages_icon(qtbot) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    for row, action in enumerate(window.page_actions):
        assert window.sidebar.item(row).icon().cacheKey() == action.icon().cacheKey()
        assert not action.icon().isNull()
    assert window.safety_button.icon().cacheKey() == window.safety_action.icon().cacheKey()


# Probing and opening a plain journal, as the window's opening thread does.
OPEN_PROBE = """\
import sys
from pathlib import Path
from trustjournal.storage.session import JournalSession

session = JournalSession(Path(sys.argv[1]))
assert session.probe().kind == "plain", session.probe()
journal = session.open(verify=False)
assert journal.count_entries() == 1
print(sorted(m for m in ("_hashlib", "hashlib", "hmac", "secrets") if m in sys.modules))
journal.close()
"""


def test_opening_a_plain_journal_does_not_load_openssl(tmp_path: Path) -> None:
    """hashlib and hmac bring OpenSSL (about 6 ms to load): opening needs neither."""
    with open_journal(tmp_path / "notes.db") as journal:
        journal.create_entry(body="still here")
    done = subprocess.run([sys.executable, "-c", OPEN_PROBE, str(tmp_path / "notes.db")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _plain_journal(path: Path) -> Path:
    with open_journal(path) as journal:
        journal.create_entry(body="still here")
    return path


def test_a_plain_journal_is_probed_and_opened_in_one_trip(qtbot, journal_file: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    """No hop to the GUI thread between the probe and the open: one task does both."""
    from trustjournal.gui.gate import Gate
    from trustjournal.gui.main_window import MainWindow

    _plain_journal(journal_file)
    runs: list[str] = []
    run = Gate._run

    def counted(self, fn, done, failed, *, folder):  # type: ignore[no-untyped-def]
        runs.append("task")
        run(self, fn, done, failed, folder=folder)

    monkeypatch.setattr(Gate, "_run", counted)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    assert runs == ["task"]
    assert window.journal is not None and window.journal.count_entries() == 1
    assert window.current_page() == "Today"
    window.close()
    window.shutdown()


def test_a_failed_open_after_the_probe_is_still_said(qtbot, journal_file: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    """Damage found while opening shows the damaged screen; another error is said."""
    from trustjournal.gui import gate as gate_module
    from trustjournal.gui.damaged import DamagedView
    from trustjournal.storage.errors import JournalDamagedError, JournalError

    _plain_journal(journal_file)

    def damaged(_session):  # type: ignore[no-untyped-def]
        raise JournalDamagedError("the file fails its check")

    monkeypatch.setattr(gate_module, "_open", damaged)
    gate = gate_module.Gate()
    qtbot.addWidget(gate)
    gate.start(journal_file)
    qtbot.waitUntil(lambda: isinstance(gate.view, DamagedView), timeout=15_000)
    gate.wait()

    def refused(_session):  # type: ignore[no-untyped-def]
        raise JournalError("That journal cannot be opened just now.")

    monkeypatch.setattr(gate_module, "_open", refused)
    other = gate_module.Gate()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.open_failed, timeout=15_000) as said:
        other.start(journal_file)
    assert said.args == ["That journal cannot be opened just now."]
    other.wait()
