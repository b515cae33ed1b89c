"""The Worries tab: a feared prediction, how sure of it I was, and — from the day set to
look again — what actually happened."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSlider, QWidget

from trustjournal.core.entries import Change
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import (
    SURENESS_MAX,
    TrackerKind,
    Worry,
    WorryOutcome,
    check_worry,
)
from trustjournal.gui.dates import date_text, number_text, qdate
from trustjournal.gui.trackers.common import (
    TrackerTab,
    caption_label,
    date_edit,
    now_utc,
    one_line,
    pydate,
    worry_word,
)

LOOK_AGAIN_AFTER = dt.timedelta(days=7)  # the default day to look again
NOT_YET = QT_TRANSLATE_NOOP("WorriesTab", "Not looked at again yet")
DEFAULT_SURENESS = 50


def worry_caption(worry: Worry, today: dt.date | None = None) -> str:
    """How sure I was, and when to look again or what happened."""
    today = today or dt.date.today()
    values = {"sure": number_text(worry.sureness), "date": date_text(worry.look_on)}
    if worry.outcome is not None:
        text = translate("WorriesTab", "{sure} % sure · {outcome}")
        values["outcome"] = worry_word(worry.outcome)
    elif worry.look_on == today:
        text = translate("WorriesTab", "{sure} % sure · look again today")
    elif worry.look_on > today:
        text = translate("WorriesTab", "{sure} % sure · look again on {date}")
    else:
        text = translate("WorriesTab", "{sure} % sure · ready to look again (since {date})")
    return text.format(**values)


def percent_text(value: int) -> str:
    """A sureness as the slider's label shows it ('50 %')."""
    return translate("WorriesTab", "{value} %").format(value=number_text(value))


class WorriesTab(TrackerTab):
    kind = TrackerKind.WORRY

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.empty.setText(translate(
            "WorriesTab", "No worries written down. When a fear comes, writing it here and "
            "looking again later shows how often fears come true."))
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("worryText")
        self.text_edit.setAccessibleName(translate("WorriesTab", "What I'm afraid will happen"))
        self.text_edit.setPlaceholderText(translate(
            "WorriesTab", "What I'm afraid will happen — e.g. “They'll cancel our weekend”"))
        self.sure_slider = QSlider(Qt.Orientation.Horizontal)
        self.sure_slider.setObjectName("worrySureness")
        self.sure_slider.setAccessibleName(translate("WorriesTab", "How sure I am, in percent"))
        self.sure_slider.setRange(0, SURENESS_MAX)
        self.sure_slider.setSingleStep(5)
        self.sure_slider.setPageStep(10)
        self.sure_value = QLabel()
        self.sure_value.setObjectName("worrySurenessValue")
        self.sure_value.setMinimumWidth(48)
        self.sure_slider.valueChanged.connect(
            lambda v: self.sure_value.setText(percent_text(v)))
        self.look_edit = date_edit(dt.date.today() + LOOK_AGAIN_AFTER,
                                   translate("WorriesTab", "When to look again"))
        self.look_edit.setObjectName("worryLookOn")
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("worryOutcome")
        self.outcome_combo.setAccessibleName(translate("WorriesTab", "What actually happened"))
        self.outcome_combo.addItem(translate("WorriesTab", NOT_YET), None)
        for outcome in WorryOutcome:
            self.outcome_combo.addItem(worry_word(outcome), outcome.value)
        self.happened_edit = QLineEdit()
        self.happened_edit.setObjectName("worryHappened")
        self.happened_edit.setAccessibleName(translate("WorriesTab", "What happened, in my words"))
        self.happened_edit.setPlaceholderText(translate("WorriesTab",
                                                        "What happened, in your words (optional)"))

        sure_row = QHBoxLayout()
        sure_row.addWidget(caption_label(translate("WorriesTab", "How sure I am")))
        sure_row.addWidget(self.sure_slider, 1)
        sure_row.addWidget(self.sure_value)
        look_row = QHBoxLayout()
        look_row.addWidget(caption_label(translate("WorriesTab", "Look again on")))
        look_row.addWidget(self.look_edit)
        look_row.addStretch(1)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(caption_label(translate("WorriesTab", "What happened")))
        outcome_row.addWidget(self.outcome_combo)
        outcome_row.addStretch(1)
        outcome_row.setContentsMargins(0, 0, 0, 0)
        self.outcome_box = QWidget()
        self.outcome_box.setLayout(outcome_row)
        self.form_layout.addWidget(self.text_edit)
        self.form_layout.addLayout(sure_row)
        self.form_layout.addLayout(look_row)
        self.form_layout.addWidget(self.outcome_box)
        self.form_layout.addWidget(self.happened_edit)
        self.save_button.setText(translate("WorriesTab", "Save worry"))
        self.clear_form()
        self._editing(False)
        self.reload()

    def list_name(self) -> str:
        return translate("WorriesTab", "Your worries")

    def deleted_text(self) -> str:
        return translate("WorriesTab", "The worry was deleted.")

    def records(self) -> list[object]:
        return list(self.journal.worries())

    def grouped(self, records: list[object]) -> list[tuple[str, list[object]]]:
        waiting = [w for w in records if w.outcome is None]  # type: ignore[attr-defined]
        settled = [w for w in records if w.outcome is not None]  # type: ignore[attr-defined]
        return [(title, group) for title, group in
                ((translate("WorriesTab", "Waiting to look again"), waiting),
                 (translate("WorriesTab", "Looked at again"), settled)) if group]

    def item_text(self, record: object) -> tuple[str, str]:
        worry: Worry = record  # type: ignore[assignment]
        return one_line(worry.text), worry_caption(worry)

    def get(self, uuid: str) -> object:
        return self.journal.get_worry(uuid)

    def load(self, record: object) -> None:
        worry: Worry = record  # type: ignore[assignment]
        self.form_title.setText(translate("WorriesTab", "A worry from {date}").format(
            date=date_text(worry.made_on)))
        self.text_edit.setText(worry.text)
        self.sure_slider.setValue(worry.sureness)
        self.sure_value.setText(percent_text(worry.sureness))
        self.look_edit.setDate(qdate(worry.look_on))
        index = self.outcome_combo.findData(worry.outcome.value if worry.outcome else None)
        self.outcome_combo.setCurrentIndex(max(index, 0))
        self.happened_edit.setText(worry.what_happened)

    def clear_form(self) -> None:
        self.form_title.setText(translate("WorriesTab", "A new worry"))
        self.text_edit.clear()
        self.sure_slider.setValue(DEFAULT_SURENESS)
        self.sure_value.setText(percent_text(DEFAULT_SURENESS))
        self.look_edit.setDate(qdate(dt.date.today() + LOOK_AGAIN_AFTER))
        self.outcome_combo.setCurrentIndex(0)
        self.happened_edit.clear()

    def editing_changed(self, existing: bool) -> None:
        # A new worry has nothing to look back on yet.
        self.outcome_box.setVisible(existing)
        self.happened_edit.setVisible(existing)

    def look_again(self, uuid: str) -> bool:
        """Choose the worry and put the keyboard on what happened."""
        if not self.select(uuid):
            return False
        self.outcome_combo.setFocus()
        return True

    def collect(self) -> object | str:
        current: Worry | None = self.current  # type: ignore[assignment]
        data = self.outcome_combo.currentData()
        outcome = WorryOutcome(data) if data else None
        settled_on = None
        if outcome is not None:
            settled_on = (current.settled_on if current is not None and current.settled_on
                          else dt.date.today())
        worry = Worry(
            uuid=current.uuid if current is not None else str(uuidlib.uuid4()),
            text=self.text_edit.text().strip(), sureness=self.sure_slider.value(),
            made_on=current.made_on if current is not None else dt.date.today(),
            look_on=pydate(self.look_edit.date()), updated_utc=now_utc(),
            outcome=outcome, what_happened=self.happened_edit.text().strip(),
            settled_on=settled_on)
        problems = check_worry(worry)
        return " ".join(problems) if problems else worry

    def save_record(self, record: object) -> Change:
        return self.journal.save_worry(record)  # type: ignore[arg-type, no-any-return]

    def remove(self, record: object) -> Change:
        return self.journal.delete_worry(self.uuid_of(record))  # type: ignore[no-any-return]

    def typed_text(self, record: object) -> str:
        worry: Worry = record  # type: ignore[assignment]
        return "\n".join((worry.text, worry.what_happened))

    def first_field(self) -> QWidget:
        return self.text_edit
