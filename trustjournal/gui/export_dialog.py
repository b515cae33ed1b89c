"""The Export dialog: a format, what goes in (dates, kinds, exercises, tags, entries one
by one), then a place to save. exchange.runner does the work on a thread with a progress
bar and Cancel; a cancelled export leaves no file behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.exchange.model import ExportFilter, ExportOptions
from trustjournal.gui import file_dialogs
from trustjournal.gui.dates import ExportDates, date_format, date_text
from trustjournal.gui.progress_task import ProgressPanel, WorkDialog
from trustjournal.gui.tasks import Task, Tasks

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

# The order formats are offered in, and one plain line about each. These tables are
# shown as translate("ExportDialog", text).
FORMAT_NOTES = {
    "json": QT_TRANSLATE_NOOP(
        "ExportDialog", "Everything, exactly: for moving to another computer or keeping a "
        "full copy. TrustJournal can import it back."),
    "markdown": QT_TRANSLATE_NOOP(
        "ExportDialog", "A folder with one text file per entry, readable in any editor."),
    "markdown-single": QT_TRANSLATE_NOOP("ExportDialog", "All entries in one text file."),
    "csv": QT_TRANSLATE_NOOP(
        "ExportDialog", "Check-in, exercise and tracker figures, one row each, for a "
        "spreadsheet."),
    "html": QT_TRANSLATE_NOOP(
        "ExportDialog", "One web page you can open offline, read and print."),
    "pdf": QT_TRANSLATE_NOOP(
        "ExportDialog", "A printable packet, e.g. to share with a therapist: choose the "
        "dates, the exercises and the entries that go in."),
}
KINDS = (("free", QT_TRANSLATE_NOOP("ExportDialog", "Free writing")),
         ("exercise", QT_TRANSLATE_NOOP("ExportDialog", "Exercises")),
         ("checkin", QT_TRANSLATE_NOOP("ExportDialog", "Check-ins")))
ENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Your journal is encrypted, but the exported file will not be: anyone who can open "
    "the file can read it. Keep it somewhere safe, and delete it when you no longer need it."
)
PICK_LIMIT = 5000  # entries listed for picking one by one


def default_export_name(today: dt.date | None = None) -> str:
    """The name offered for an export: the app and the day, never words from entries."""
    today = today or dt.date.today()
    return translate("ExportDialog", "TrustJournal export {day}").format(day=today.isoformat())


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ExportDialog(WorkDialog):
    """Choose a format and what goes in; then a place to save, and go."""

    def __init__(self, journal: Journal, *, encrypted: bool, parent: QWidget | None = None,
                 exercise_titles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        from trustjournal.exchange import registry

        self.journal = journal
        self.task: Task | None = None
        self.tasks = Tasks(self)
        self.target: Path | None = None
        self.excluded: frozenset[str] = frozenset()
        self._any_trackers: bool | None = None
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.resize(620, 560)
        available = registry.exporters()
        self.formats = [name for name in FORMAT_NOTES if name in available]
        self.formats += sorted(set(available) - set(self.formats))
        self.exporters = available

        self.format_box = QComboBox()
        self.format_box.setAccessibleName(translate("ExportDialog", "Format"))
        for name in self.formats:
            self.format_box.addItem(available[name].label, name)
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        # Keep the note to its lines; spare height goes below the form, not into it.
        self.format_note.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Maximum)

        self.limit_dates = QCheckBox(translate("ExportDialog", "Only entries from"))
        first, last = self._date_bounds()
        self.start = QDateEdit(QDate(first.year, first.month, first.day))
        self.end = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setEnabled(False)
            edit.dateChanged.connect(self._filter_changed)
        self.start.setAccessibleName(translate("ExportDialog", "From"))
        self.end.setAccessibleName(translate("ExportDialog", "To"))
        self.limit_dates.toggled.connect(self.start.setEnabled)
        self.limit_dates.toggled.connect(self.end.setEnabled)
        self.limit_dates.toggled.connect(self._filter_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.start)
        dates.addWidget(QLabel(translate("ExportDialog", "to", "between the two dates")))
        dates.addWidget(self.end)
        dates.addStretch(1)

        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind, label in KINDS:
            box = QCheckBox(translate("ExportDialog", label))
            box.setChecked(True)
            box.toggled.connect(self._filter_changed)
            self.kind_boxes[kind] = box
            kinds.addWidget(box)
        kinds.addStretch(1)

        self.exercise_list = self._checklist(translate("ExportDialog", "Exercises"), sorted(
            (exercise_titles or {}).items(), key=lambda item: item[1]))
        self.tag_list = self._checklist(
            translate("ExportDialog", "Tags"),
            [(t.name, translate("ExportDialog", "{tag} ({count})").format(
                tag=t.name, count=t.count)) for t in journal.tag_counts()],
            checked=False)
        self.tag_list.setToolTip(translate(
            "ExportDialog", "Tick tags to export only entries with any of them; none ticked "
            "exports entries with or without tags."))

        self.include_trash = QCheckBox(translate("ExportDialog", "Include entries in the trash"))
        self.revisions = QCheckBox(
            translate("ExportDialog", "Include earlier versions of each entry"))
        self.summary = QCheckBox(
            translate("ExportDialog", "Start with a short summary of progress"))
        self.trackers = QCheckBox(translate(
            "ExportDialog", "Include the trackers (urges, promises, intentions, worries)"))
        self.trackers.setToolTip(translate(
            "ExportDialog", "Those made or settled within the dates: urges logged, promises "
            "and how they went, daily intentions, worries and what happened"))
        for box in (self.include_trash, self.revisions, self.summary, self.trackers):
            box.toggled.connect(self._filter_changed)
        self.pick_button = QPushButton(translate("ExportDialog", "Choose entries…"))
        self.pick_button.setToolTip(translate("ExportDialog", "Leave out entries one by one"))
        self.pick_button.clicked.connect(self.pick_entries)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("ExportDialog", "What will be exported"))

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format"), self.format_box)
        form.addRow("", self.format_note)
        form.addRow(translate("ExportDialog", "Dates"), dates)
        form.addRow(translate("ExportDialog", "Kinds"), kinds)
        form.addRow(translate("ExportDialog", "Exercises"), self.exercise_list)
        form.addRow(translate("ExportDialog", "Tags"), self.tag_list)
        form.addRow("", self.include_trash)
        form.addRow("", self.revisions)
        form.addRow("", self.summary)
        form.addRow("", self.trackers)
        picks = QHBoxLayout()
        picks.addWidget(self.count_label, 1)
        picks.addWidget(self.pick_button)

        self.warning = QLabel(translate("ExportDialog", ENCRYPTED_WARNING))
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warning")
        self.warning.setStyleSheet("font-weight: bold;")
        self.warning.setVisible(encrypted)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel = ProgressPanel()
        self.panel.cancel_requested.connect(self.cancel)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.show_button = self.buttons.addButton(
            translate("ExportDialog", "Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.hide()
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.choose_target)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addLayout(picks)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # -- building blocks -----------------------------------------------------------------

    def _checklist(self, name: str, items: list[tuple[str, str]],
                   checked: bool = True) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setMaximumHeight(90)
        for key, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.itemChanged.connect(self._filter_changed)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _date_bounds() -> tuple[dt.date, dt.date]:
        """The last three months: a common span for a therapist packet."""
        today = dt.date.today()
        return today - dt.timedelta(days=91), today

    # -- state ---------------------------------------------------------------------------

    @property
    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def export_filter(self) -> ExportFilter:
        """The choices on screen as a filter."""
        kinds = tuple(k for k, box in self.kind_boxes.items() if box.isChecked())
        exercise_ids: tuple[str, ...] = ()
        if self.kind_boxes["exercise"].isChecked() and self.exercise_list.count():
            chosen = self._checked(self.exercise_list)
            if len(chosen) < self.exercise_list.count():
                # Only the ticked exercises; check-ins and free entries still follow `kinds`.
                exercise_ids = tuple(chosen)
        limit = self.limit_dates.isChecked()
        return ExportFilter(
            start=_to_date(self.start.date()) if limit else None,
            end=_to_date(self.end.date()) if limit else None,
            tags=tuple(self._checked(self.tag_list)),
            kinds=kinds if len(kinds) < len(KINDS) else (),
            exercise_ids=exercise_ids,
            exclude=self.excluded,
            include_trash=self.include_trash.isChecked(),
            include_revisions=self.revisions.isChecked() and self.format_name == "json",
        )

    def _format_changed(self) -> None:
        name = self.format_name
        note = FORMAT_NOTES.get(name)
        self.format_note.setText(translate("ExportDialog", note) if note else "")
        self.revisions.setVisible(name == "json")
        self.summary.setVisible(name == "pdf")
        # Each format's own default: on for the complete JSON and the figures-only CSV,
        # off for a packet meant to be shown to someone.
        default = getattr(self.exporters[name], "trackers_default", None)
        self.trackers.setVisible(default is not None)
        self.trackers.setChecked(bool(default))
        self._filter_changed()

    def _filter_changed(self, *_: Any) -> None:
        self.exercise_list.setEnabled(self.kind_boxes["exercise"].isChecked())
        kinds = [box for box in self.kind_boxes.values() if box.isChecked()]
        if not kinds:
            self.count_label.setText(translate("ExportDialog", "Tick at least one kind of entry."))
            self.export_button.setEnabled(False)
            return
        count = self.journal.export_count(self.export_filter())
        if self.excluded:
            # Two counts: the plural follows the entries; the hand-picked number is shown
            # as it is ("left out" reads the same for one or many).
            text = translate("ExportDialog", "%Ln entries will be exported ({left_out} left "
                             "out by hand).", None, count).format(left_out=len(self.excluded))
        else:
            text = translate("ExportDialog", "%Ln entries will be exported.", None, count)
        self.count_label.setText(text)
        # Trackers alone are worth exporting too (a JSON copy of a journal that has no
        # entries yet, say).
        something = count > 0 or (not self.trackers.isHidden() and self.trackers.isChecked()
                                   and self._has_trackers())
        self.export_button.setEnabled(something and self.task is None)

    def _has_trackers(self) -> bool:
        """Whether the journal holds any tracker record (asked once per dialog)."""
        if self._any_trackers is None:
            self._any_trackers = not self.journal.tracker_set().empty
        return self._any_trackers

    def pick_entries(self) -> None:
        """List the entries the filter takes; unticked ones are left out."""
        picker = EntryPickerDialog(self.journal, self.export_filter(), self.excluded, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.excluded = picker.excluded()
            self._filter_changed()

    # -- running -------------------------------------------------------------------------

    def choose_target(self) -> None:
        exporter = self.exporters[self.format_name]
        default = file_dialogs.last_folder(self.journal) / default_export_name()
        if exporter.folder:
            parent = file_dialogs.folder(
                self, translate("ExportDialog", "Choose where to put the export folder"),
                default.parent)
            if not parent:
                return
            target = parent / default.name
        else:
            chosen = file_dialogs.save_file(
                self, translate("ExportDialog", "Export to"),
                default.with_name(default.name + exporter.suffix),
                f"{exporter.label} (*{exporter.suffix})")  # the format's own name
            if not chosen:
                return
            target = chosen
            if exporter.suffix and not target.name.endswith(exporter.suffix):
                target = target.with_name(target.name + exporter.suffix)
        file_dialogs.remember_folder(self.journal, target.parent)
        # The save dialog already asked about replacing an existing file.
        self.start_export(target, overwrite=not exporter.folder)

    def start_export(self, target: Path, *, overwrite: bool = False) -> None:
        """Export to `target` on a thread (tests call this directly)."""
        from trustjournal.exchange import runner
        from trustjournal.exchange.model import ExchangeError
        from trustjournal.gui.progress_view import locale_first_weekday

        flt = self.export_filter()
        fmt, journal = self.format_name, self.journal
        try:
            # The same rule as the command line: never into, onto or over the journal's
            # own files; said at once, before any work starts.
            target = runner.check_target(journal, fmt, target, overwrite=overwrite)
        except ExchangeError as error:
            self.show_button.hide()
            self.message.setText(str(error))
            return
        options = ExportOptions(
            single_file=self.format_name == "markdown-single",
            charts=self.summary.isChecked() and self.format_name == "pdf",
            summary=self._summary_lines(flt) if self.summary.isChecked() else (),
            trackers=None if self.trackers.isHidden() else self.trackers.isChecked(),
            first_weekday=locale_first_weekday(),
            dates=ExportDates(),
        )
        self.target = target
        self.message.setText("")
        self.show_button.hide()
        self._set_running(True)
        self.panel.begin(translate("ExportDialog", "Exporting…"))
        self.task = self.tasks.run(
            lambda progress: runner.export(journal, fmt, target, flt, options, progress,
                                           overwrite=overwrite),
            name="export", progress=True, progressed=self.panel.update_progress,
            done=self._export_done, failed=self._failed)

    def _summary_lines(self, flt: ExportFilter) -> tuple[str, ...]:
        from trustjournal.core.progress import build_dashboard, summary_captions
        from trustjournal.gui.progress_view import locale_first_weekday

        data = self.journal.progress_data(flt.start, flt.end)
        dash = build_dashboard(data, today=dt.date.today(),
                               first_weekday=locale_first_weekday(),
                               range_key="range" if flt.start else "all")
        return summary_captions(dash)

    def _set_running(self, running: bool) -> None:
        for widget in (self.export_button, self.format_box, self.pick_button):
            widget.setEnabled(not running)
        self.close_button.setEnabled(not running)

    def _export_done(self, count: object) -> None:
        self.task = None
        self.panel.finish()
        self._set_running(False)
        self.message.setText(translate("ExportDialog", "Exported %Ln entries to {target}.",
                                       None, count).format(target=self.target))
        self.show_button.show()
        self._filter_changed()

    def _failed(self, message: str, error: object) -> None:
        from trustjournal.exchange.model import Cancelled, ExchangeError

        self.task = None
        self.panel.finish()
        self._set_running(False)
        if isinstance(error, Cancelled):
            self.message.setText(
                translate("ExportDialog", "Export cancelled. No file was left behind."))
        elif isinstance(error, ExchangeError):
            self.message.setText(str(error))
        else:
            self.message.setText(message)
        self._filter_changed()

    def show_in_folder(self) -> None:
        if self.target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target.parent)))



class EntryPickerDialog(QDialog):
    """Every entry the filter takes, ticked; untick one to leave it out."""

    def __init__(self, journal: Journal, flt: ExportFilter, excluded: frozenset[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EntryPickerDialog", "Choose entries"))
        self.resize(560, 520)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("EntryPickerDialog", "Entries"))
        taken = ExportFilter(start=flt.start, end=flt.end, tags=flt.tags, kinds=flt.kinds,
                             exercise_ids=flt.exercise_ids, include_trash=flt.include_trash)
        shown = 0
        for record in journal.iter_records(taken):
            if shown >= PICK_LIMIT:
                break
            title = record.title or translate("EntryPickerDialog", "(untitled)")
            item = QListWidgetItem(f"{date_text(record.local_date)}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, record.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if record.uuid in excluded
                               else Qt.CheckState.Checked)
            self.list.addItem(item)
            shown += 1
        if shown >= PICK_LIMIT:
            note = QLabel(translate(
                "EntryPickerDialog", "Untick the entries to leave out. Space ticks and "
                "unticks. Only the first %Ln are listed; narrow the dates to see the rest.",
                None, PICK_LIMIT))
        else:
            note = QLabel(translate(
                "EntryPickerDialog", "Untick the entries to leave out. Space ticks and "
                "unticks."))
        note.setWordWrap(True)
        all_button = QPushButton(translate("EntryPickerDialog", "Tick all"))
        all_button.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        none_button = QPushButton(translate("EntryPickerDialog", "Untick all"))
        none_button.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._before = frozenset(excluded)

    def _set_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def excluded(self) -> frozenset[str]:
        """The uuids left out: the unticked ones (and earlier choices not listed now)."""
        items = [self.list.item(row) for row in range(self.list.count())]
        listed = {item.data(Qt.ItemDataRole.UserRole) for item in items}
        unticked = {
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() != Qt.CheckState.Checked
        }
        return frozenset(unticked | (self._before - listed))
