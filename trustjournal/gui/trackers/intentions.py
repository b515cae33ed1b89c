"""The Intentions tab: the day's "one thing I'll do today to build trust", and how the
earlier ones went."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from trustjournal.core.entries import Change
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import (
    Intention,
    IntentionOutcome,
    TrackerKind,
    check_intention,
)
from trustjournal.gui.dates import date_text
from trustjournal.gui.today_cards import day_text
from trustjournal.gui.trackers.common import (
    TrackerTab,
    caption_label,
    intention_word,
    now_utc,
    one_line,
)
from trustjournal.storage.errors import JournalError

NOT_CHECKED = QT_TRANSLATE_NOOP("IntentionsTab", "Not looked back on yet")


def intention_caption(intention: Intention, today: dt.date | None = None) -> str:
    """Its day, and how it went once that was said."""
    day = day_text(intention.local_date, today)
    if intention.outcome is None:
        return day
    return translate("IntentionsTab", "{day} · {outcome}").format(
        day=day, outcome=intention_word(intention.outcome))


class IntentionsTab(TrackerTab):
    kind = TrackerKind.INTENTION

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.empty.setText(translate("IntentionsTab", "No intentions yet. One small thing a "
                                     "day is plenty — e.g. “Ask instead of assuming.”"))
        self.day = dt.date.today()  # the day of the intention in the form
        self.day_line = caption_label()
        self.day_line.setObjectName("intentionDay")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("intentionText")
        self.text_edit.setAccessibleName(translate("IntentionsTab",
                                                   "One thing I'll do today to build trust"))
        self.text_edit.setPlaceholderText(translate(
            "IntentionsTab", "One thing I'll do today to build trust — e.g. “Tell them how my "
            "day really was”"))
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("intentionOutcome")
        self.outcome_combo.setAccessibleName(translate("IntentionsTab", "How it went"))
        self.outcome_combo.addItem(translate("IntentionsTab", NOT_CHECKED), None)
        for outcome in IntentionOutcome:
            self.outcome_combo.addItem(intention_word(outcome), outcome.value)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("intentionNote")
        self.note_edit.setAccessibleName(translate("IntentionsTab", "A note on how it went"))
        self.note_edit.setPlaceholderText(translate("IntentionsTab", "A note (optional)"))
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(caption_label(translate("IntentionsTab", "How it went")))
        outcome_row.addWidget(self.outcome_combo)
        outcome_row.addStretch(1)
        outcome_row.setContentsMargins(0, 0, 0, 0)
        self.outcome_row = QWidget()
        self.outcome_row.setLayout(outcome_row)
        self.form_layout.addWidget(self.day_line)
        self.form_layout.addWidget(self.text_edit)
        self.form_layout.addWidget(self.outcome_row)
        self.form_layout.addWidget(self.note_edit)
        self.save_button.setText(translate("IntentionsTab", "Save intention"))
        self.reload()
        self.new()

    def list_name(self) -> str:
        return translate("IntentionsTab", "Your intentions")

    def deleted_text(self) -> str:
        return translate("IntentionsTab", "The intention was deleted.")

    def records(self) -> list[object]:
        return list(self.journal.intentions())

    def item_text(self, record: object) -> tuple[str, str]:
        intention: Intention = record  # type: ignore[assignment]
        return one_line(intention.text), intention_caption(intention)

    def get(self, uuid: str) -> object:
        return self.journal.get_intention(uuid)

    def new(self) -> None:
        """Today's intention: the one already set (to change it), or a new one."""
        try:
            today = self.journal.intention_on(dt.date.today())
        except JournalError:  # a closing journal: an empty form is fine
            today = None
        if today is not None and self.select(today.uuid):
            self.first_field().setFocus()
            return
        super().new()

    def load(self, record: object) -> None:
        intention: Intention = record  # type: ignore[assignment]
        self.day = intention.local_date
        self.form_title.setText(translate("IntentionsTab", "Intention"))
        today = dt.date.today()
        if intention.local_date == today:
            self.day_line.setText(translate("IntentionsTab", "For today"))
        elif intention.local_date == today - dt.timedelta(1):
            self.day_line.setText(translate("IntentionsTab", "For yesterday"))
        else:
            self.day_line.setText(translate("IntentionsTab", "For {date}").format(
                date=date_text(intention.local_date)))
        self.text_edit.setText(intention.text)
        index = self.outcome_combo.findData(
            intention.outcome.value if intention.outcome else None)
        self.outcome_combo.setCurrentIndex(max(index, 0))
        self.note_edit.setText(intention.note)

    def clear_form(self) -> None:
        self.day = dt.date.today()
        self.form_title.setText(translate("IntentionsTab", "Today's intention"))
        self.day_line.setText(translate("IntentionsTab", "For today"))
        self.text_edit.clear()
        self.outcome_combo.setCurrentIndex(0)
        self.note_edit.clear()

    def collect(self) -> object | str:
        current: Intention | None = self.current  # type: ignore[assignment]
        data = self.outcome_combo.currentData()
        intention = Intention(
            uuid=current.uuid if current is not None else str(uuidlib.uuid4()),
            local_date=current.local_date if current is not None else self.day,
            text=self.text_edit.text().strip(), updated_utc=now_utc(),
            outcome=IntentionOutcome(data) if data else None,
            note=self.note_edit.text().strip())
        problems = check_intention(intention)
        return " ".join(problems) if problems else intention

    def save_record(self, record: object) -> Change:
        return self.journal.save_intention(record)  # type: ignore[arg-type, no-any-return]

    def remove(self, record: object) -> Change:
        return self.journal.delete_intention(self.uuid_of(record))  # type: ignore[no-any-return]

    def typed_text(self, record: object) -> str:
        intention: Intention = record  # type: ignore[assignment]
        return "\n".join((intention.text, intention.note))

    def first_field(self) -> QWidget:
        return self.text_edit
