"""The Promises tab: promises by me, my partner or both of us, and how each turned out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as uuidlib

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import (
    Promise,
    PromiseBy,
    PromiseStatus,
    TrackerKind,
    check_promise,
)
from trustjournal.gui.dates import date_text, qdate
from trustjournal.gui.trackers.common import (
    TrackerTab,
    by_caption,
    by_word,
    caption_label,
    date_edit,
    now_utc,
    one_line,
    pydate,
    status_word,
)

SETTLE = (PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.RENEGOTIATED)
SETTLE_LABELS = {PromiseStatus.KEPT: QT_TRANSLATE_NOOP("PromisesTab", "Kept"),
                 PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("PromisesTab", "Not kept"),
                 PromiseStatus.RENEGOTIATED: QT_TRANSLATE_NOOP("PromisesTab", "Renegotiated")}
SETTLE_NAMES = {PromiseStatus.KEPT: QT_TRANSLATE_NOOP("PromisesTab", "Mark as kept"),
                PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("PromisesTab", "Mark as not kept"),
                PromiseStatus.RENEGOTIATED: QT_TRANSLATE_NOOP("PromisesTab",
                                                              "Mark as renegotiated")}


def promise_caption(promise: Promise, today: dt.date | None = None) -> str:
    """Whose promise, and by when or how it turned out: plain words, never a scolding."""
    today = today or dt.date.today()
    values = {"by": by_caption(promise.by), "status": status_word(promise.status)}
    if promise.status is PromiseStatus.OPEN:
        if promise.due is None:
            text = translate("PromisesTab", "{by} · no set day")
        elif promise.due == today:
            text = translate("PromisesTab", "{by} · for today")
        else:
            text = translate("PromisesTab", "{by} · by {date}")
            values["date"] = date_text(promise.due)
    elif promise.settled_on:
        text = translate("PromisesTab", "{by} · {status} on {date}")
        values["date"] = date_text(promise.settled_on)
    else:
        text = translate("PromisesTab", "{by} · {status}")
    return text.format(**values)


class PromisesTab(TrackerTab):
    kind = TrackerKind.PROMISE

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.empty.setText(translate(
            "PromisesTab", "No promises written down yet. A small one counts: being home "
            "when you said you would, or calling back."))
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("promiseText")
        self.text_edit.setAccessibleName(translate("PromisesTab", "What was promised"))
        self.text_edit.setPlaceholderText(translate(
            "PromisesTab", "What was promised — e.g. “Call if I'm running late”"))
        self.by_combo = QComboBox()
        self.by_combo.setObjectName("promiseBy")
        self.by_combo.setAccessibleName(translate("PromisesTab", "Whose promise"))
        for by in PromiseBy:
            self.by_combo.addItem(by_word(by), by.value)
        self.due_check = QCheckBox(translate("PromisesTab", "Due by"))
        self.due_check.setObjectName("promiseHasDue")
        self.due_check.setAccessibleName(translate("PromisesTab",
                                                   "The promise has a day it is due by"))
        self.due_edit = date_edit(dt.date.today(), translate("PromisesTab", "Due by"))
        self.due_edit.setObjectName("promiseDue")
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("promiseNote")
        self.note_edit.setAccessibleName(translate("PromisesTab", "A note"))
        self.note_edit.setPlaceholderText(translate(
            "PromisesTab", "A note (optional) — e.g. what you agreed instead"))
        self.status_line = caption_label()
        self.status_line.setObjectName("promiseStatus")

        by_row = QHBoxLayout()
        by_row.addWidget(caption_label(translate("PromisesTab", "Whose promise")))
        by_row.addWidget(self.by_combo)
        by_row.addStretch(1)
        due_row = QHBoxLayout()  # its own line, so the list beside keeps room on a laptop
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        self.form_layout.addWidget(self.text_edit)
        self.form_layout.addLayout(by_row)
        self.form_layout.addLayout(due_row)
        self.form_layout.addWidget(self.note_edit)
        self.form_layout.addWidget(self.status_line)

        self.settle_buttons: dict[PromiseStatus, QPushButton] = {}
        settle_row = QHBoxLayout()
        settle_row.addWidget(caption_label(translate("PromisesTab", "How did it go?")))
        for status in SETTLE:
            button = QPushButton(translate("PromisesTab", SETTLE_LABELS[status]))
            button.setObjectName(f"promise_{status.value}")
            button.setAccessibleName(translate("PromisesTab", SETTLE_NAMES[status]))
            button.clicked.connect(lambda _=False, s=status: self.settle(s))
            settle_row.addWidget(button)
            self.settle_buttons[status] = button
        self.reopen_button = QPushButton(translate("PromisesTab", "Reopen"))
        self.reopen_button.setObjectName("promiseReopen")
        self.reopen_button.setAccessibleName(translate("PromisesTab", "Reopen the promise"))
        self.reopen_button.clicked.connect(self.reopen)
        settle_row.addWidget(self.reopen_button)
        settle_row.addStretch(1)
        settle_row.setContentsMargins(0, 0, 0, 0)
        self.settle_row = QWidget()
        self.settle_row.setLayout(settle_row)
        self.form_layout.addWidget(self.settle_row)
        self.save_button.setText(translate("PromisesTab", "Save promise"))
        self.clear_form()
        self._editing(False)
        self.reload()

    # -- TrackerTab ----------------------------------------------------------------------

    def list_name(self) -> str:
        return translate("PromisesTab", "Your promises")

    def deleted_text(self) -> str:
        return translate("PromisesTab", "The promise was deleted.")

    def records(self) -> list[object]:
        return list(self.journal.promises())

    def grouped(self, records: list[object]) -> list[tuple[str, list[object]]]:
        open_ = [p for p in records if p.status is PromiseStatus.OPEN]  # type: ignore[attr-defined]
        settled = [p for p in records if p.status is not PromiseStatus.OPEN]  # type: ignore[attr-defined]
        return [(title, group) for title, group in
                ((translate("PromisesTab", "Open"), open_),
                 (translate("PromisesTab", "Settled"), settled)) if group]

    def item_text(self, record: object) -> tuple[str, str]:
        promise: Promise = record  # type: ignore[assignment]
        return one_line(promise.text), promise_caption(promise)

    def get(self, uuid: str) -> object:
        return self.journal.get_promise(uuid)

    def load(self, record: object) -> None:
        promise: Promise = record  # type: ignore[assignment]
        self.form_title.setText(translate("PromisesTab", "Promise"))
        self.text_edit.setText(promise.text)
        self.by_combo.setCurrentIndex(self.by_combo.findData(promise.by.value))
        self.due_check.setChecked(promise.due is not None)
        self.due_edit.setDate(qdate(promise.due or dt.date.today()))
        self.note_edit.setText(promise.note)
        self.status_line.setText(promise_caption(promise))
        self._show_settle(promise)

    def clear_form(self) -> None:
        self.form_title.setText(translate("PromisesTab", "A new promise"))
        self.text_edit.clear()
        self.by_combo.setCurrentIndex(0)
        self.due_check.setChecked(False)
        self.due_edit.setDate(qdate(dt.date.today()))
        self.note_edit.clear()
        self.status_line.clear()
        self.settle_row.hide()

    def editing_changed(self, existing: bool) -> None:
        self.settle_row.setVisible(existing)

    def _show_settle(self, promise: Promise) -> None:
        open_ = promise.status is PromiseStatus.OPEN
        for button in self.settle_buttons.values():
            button.setVisible(open_)
        self.reopen_button.setVisible(not open_)

    def collect(self, status: PromiseStatus | None = None) -> object | str:
        current: Promise | None = self.current  # type: ignore[assignment]
        made_on = current.made_on if current is not None else dt.date.today()
        due = pydate(self.due_edit.date()) if self.due_check.isChecked() else None
        status = status or (current.status if current is not None else PromiseStatus.OPEN)
        settled_on = None
        if status is not PromiseStatus.OPEN:
            keep = current is not None and current.status is status and current.settled_on
            settled_on = current.settled_on if keep else dt.date.today()  # type: ignore[union-attr]
        promise = Promise(
            uuid=current.uuid if current is not None else str(uuidlib.uuid4()),
            text=self.text_edit.text().strip(),
            by=PromiseBy(self.by_combo.currentData()),
            made_on=made_on, updated_utc=now_utc(), due=due, status=status,
            note=self.note_edit.text().strip(), settled_on=settled_on)
        problems = check_promise(promise)
        return " ".join(problems) if problems else promise

    def save_record(self, record: object) -> Change:
        return self.journal.save_promise(record)  # type: ignore[arg-type, no-any-return]

    def remove(self, record: object) -> Change:
        return self.journal.delete_promise(self.uuid_of(record))  # type: ignore[no-any-return]

    def typed_text(self, record: object) -> str:
        promise: Promise = record  # type: ignore[assignment]
        return "\n".join((promise.text, promise.note))

    def first_field(self) -> QWidget:
        return self.text_edit

    # -- settling ------------------------------------------------------------------------

    def settle(self, status: PromiseStatus) -> bool:
        """Mark the chosen promise kept, not kept or renegotiated, with the form's note."""
        if self.current is None:
            return False
        record = self.collect(status)
        if isinstance(record, str):
            self.show_message(record)
            return False
        return self.store(record)

    def reopen(self) -> bool:
        """Back to open: it was settled too soon, or by mistake."""
        current: Promise | None = self.current  # type: ignore[assignment]
        if current is None:
            return False
        record = self.collect(PromiseStatus.OPEN)
        if isinstance(record, str):
            self.show_message(record)
            return False
        return self.store(dataclasses.replace(record, settled_on=None))  # type: ignore[type-var]
