"""The trackers' cards on Today: one intention for the day (and how the last one went),
promises around now, worries whose day to look again has come, and the urge log's
"how do you feel now?". Quiet by design: no red, no counts of anything missed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import (
    Intention,
    IntentionOutcome,
    Promise,
    PromiseStatus,
    TrackerKind,
    Worry,
    WorryOutcome,
    check_intention,
)
from trustjournal.gui.dates import date_text, number_text
from trustjournal.gui.events import AppEvents
from trustjournal.gui.today_cards import GAP, Card, label
from trustjournal.gui.trackers.common import (
    by_caption,
    intention_word,
    now_utc,
    one_line,
    safety_key,
    worry_word,
)
from trustjournal.gui.visibility import show_as
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.core.entries import Change
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

CHECK_BACK_DAYS = 7  # an unchecked intention older than this is left in peace
SHOWN = 5  # at most this many promises or worries on Today; the page has the rest
# How each answer to "how did it go?" is read out.
WENT_NAMES = {IntentionOutcome.DONE: QT_TRANSLATE_NOOP("IntentionCard", "It went: done"),
              IntentionOutcome.PARTLY: QT_TRANSLATE_NOOP("IntentionCard", "It went: partly"),
              IntentionOutcome.NOT_TODAY: QT_TRANSLATE_NOOP("IntentionCard",
                                                            "It went: not today")}


def quoted(text: str) -> str:
    """The person's own words in the language's quotation marks."""
    return translate("TodayTrackers", "“{text}”", "the person's own words, quoted").format(
        text=one_line(text))


def _row() -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(GAP)
    return row


class _Saver:
    """What every card needs to save a record: the journal, the events, the safety watch."""

    def __init__(self, journal: Journal, events: AppEvents, watch: SafetyWatch | None,
                 safety: Callable[[str], None], problem: Callable[[str], None]) -> None:
        self.journal, self.events, self.watch = journal, events, watch
        self.safety, self.problem = safety, problem

    def save(self, call: Callable[[], Change], kind: TrackerKind, uuid: str,
             typed: str) -> bool:
        try:
            change = call()
        except JournalError as exc:
            self.problem(str(exc))
            return False
        self.events.emit_change(change)
        if self.watch is not None and (section := self.watch.check(safety_key(kind, uuid),
                                                                   typed)):
            self.safety(section)
        return True


class IntentionCard(Card):
    """Today's one thing (set or changed inline), and the latest earlier one to look back
    on: done, partly or not today — any answer is fine."""

    def __init__(self, saver: _Saver, parent: QWidget | None = None) -> None:
        super().__init__("intentionCard", translate("IntentionCard", "One thing for today"),
                         parent)
        self.saver = saver
        self.today: Intention | None = None
        self.to_check: Intention | None = None
        self.hint = label(translate("IntentionCard", "One small thing you'll do today to build "
                                    "trust — e.g. “Say where I'll be tonight” or “Ask before "
                                    "assuming.”"), "secondary")
        self.edit = QLineEdit()
        self.edit.setObjectName("todayIntentionEdit")
        self.edit.setAccessibleName(translate("IntentionCard",
                                              "One thing I'll do today to build trust"))
        self.edit.setPlaceholderText(translate("IntentionCard", "One thing I'll do today…"))
        self.edit.returnPressed.connect(self.save_today)
        self.set_button = QPushButton(translate("IntentionCard", "Set"))
        self.set_button.setObjectName("todayIntentionSet")
        self.set_button.setAccessibleName(translate("IntentionCard", "Set today's intention"))
        self.set_button.clicked.connect(self.save_today)
        self.shown = label("")
        self.shown.setObjectName("todayIntentionText")
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(translate("IntentionCard", "Change"))
        self.change_button.setObjectName("todayIntentionChange")
        self.change_button.setAccessibleName(translate("IntentionCard",
                                                       "Change today's intention"))
        self.change_button.clicked.connect(self.start_editing)
        self.message = label("", "secondary")
        self.message.hide()
        edit_row = _row()
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.set_button)
        shown_row = _row()
        shown_row.addWidget(self.shown, 1)
        shown_row.addWidget(self.change_button)
        self.edit_box, self.shown_box = QWidget(), QWidget()
        self.edit_box.setLayout(edit_row)
        self.shown_box.setLayout(shown_row)
        for row in (edit_row, shown_row):
            row.setContentsMargins(0, 0, 0, 0)

        self.check_box = QFrame()
        self.check_box.setObjectName("intentionCheck")
        check = QVBoxLayout(self.check_box)
        check.setContentsMargins(0, GAP, 0, 0)
        self.check_text = label("")
        self.check_text.setObjectName("intentionCheckText")
        self.check_text.setTextFormat(Qt.TextFormat.PlainText)
        self.check_buttons: dict[IntentionOutcome, QPushButton] = {}
        buttons = _row()
        for outcome in IntentionOutcome:
            button = QPushButton(intention_word(outcome))
            button.setObjectName(f"intention_{outcome.value}")
            button.setAccessibleName(translate("IntentionCard", WENT_NAMES[outcome]))
            button.clicked.connect(lambda _=False, o=outcome: self.check_off(o))
            buttons.addWidget(button)
            self.check_buttons[outcome] = button
        buttons.addStretch(1)
        check.addWidget(self.check_text)
        check.addWidget(label(translate("IntentionCard", "How did it go? Any answer is fine."),
                              "caption"))
        check.addLayout(buttons)
        self.thanks = label("", "secondary")
        self.thanks.setObjectName("intentionThanks")
        self.thanks.hide()

        for widget in (self.hint, self.edit_box, self.shown_box, self.message,
                       self.check_box, self.thanks):
            self.body.addWidget(widget)

    def refresh(self, today: dt.date) -> None:
        journal = self.saver.journal
        self.today = journal.intention_on(today)
        earlier = journal.intentions_to_check(today)
        recent = [i for i in earlier if (today - i.local_date).days <= CHECK_BACK_DAYS]
        self.to_check = recent[0] if recent else None
        editing = self.edit_box.isVisible() and self.edit.hasFocus()
        if self.today is not None and not editing:
            self.shown.setText(quoted(self.today.text))
            show_as(self.shown_box, True)
            show_as(self.edit_box, False)
            show_as(self.hint, False)
        elif self.today is None:
            # Never cleared here: words typed but not yet set stay while the page refreshes.
            show_as(self.shown_box, False)
            show_as(self.edit_box, True)
            show_as(self.hint, True)
        if self.to_check is not None:
            day = self.to_check.local_date
            if day == today:
                text = translate("IntentionCard", "Today you meant to: {intention}")
            elif day == today - dt.timedelta(days=1):
                text = translate("IntentionCard", "Yesterday you meant to: {intention}")
            else:
                text = translate("IntentionCard", "On {date} you meant to: {intention}")
            self.check_text.setText(text.format(date=date_text(day),
                                                intention=quoted(self.to_check.text)))
        show_as(self.check_box, self.to_check is not None)

    def start_editing(self) -> None:
        if self.today is not None:
            self.edit.setText(self.today.text)
        self.shown_box.hide()
        self.edit_box.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def save_today(self) -> bool:
        """Set (or change) today's intention from the line."""
        text = self.edit.text().strip()
        day = dt.date.today()
        import uuid as uuidlib  # not at start-up: it loads the platform module

        intention = (dataclasses.replace(self.today, text=text, updated_utc=now_utc())
                     if self.today is not None else
                     Intention(uuid=str(uuidlib.uuid4()), local_date=day, text=text,
                               updated_utc=now_utc()))
        problems = check_intention(intention)
        if problems:
            self.say(" ".join(problems))
            return False
        self.message.hide()
        self.edit.clearFocus()
        saved = self.saver.save(lambda: self.saver.journal.save_intention(intention),
                                TrackerKind.INTENTION, intention.uuid, intention.text)
        if saved:
            self.today = intention
            self.refresh(day)
        return saved

    def check_off(self, outcome: IntentionOutcome) -> bool:
        """How the earlier intention went."""
        if self.to_check is None:
            return False
        checked = dataclasses.replace(self.to_check, outcome=outcome, updated_utc=now_utc())
        if not self.saver.save(lambda: self.saver.journal.save_intention(checked),
                               TrackerKind.INTENTION, checked.uuid, ""):
            return False
        self.thanks.setText({
            IntentionOutcome.DONE: translate("IntentionCard",
                                             "Noted — well done for following through."),
            IntentionOutcome.PARTLY: translate("IntentionCard",
                                               "Noted. Part of the way still counts."),
            IntentionOutcome.NOT_TODAY: translate(
                "IntentionCard", "Noted. Some days are like that; today is new."),
        }[outcome])
        self.thanks.show()
        self.refresh(dt.date.today())
        return True

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.today is not None:
            self.refresh(dt.date.today())
            self.shown_box.show()
            self.edit_box.hide()
            return
        super().keyPressEvent(event)


class PromiseRow(QFrame):
    """One promise around now: its words, whose it is, and a quick "kept"."""

    def __init__(self, promise: Promise, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duePromise")
        self.promise = promise
        values = {"by": by_caption(promise.by), "text": one_line(promise.text),
                  "date": date_text(promise.due) if promise.due else ""}
        if promise.due == today:
            caption = translate("PromiseRow", "{by} · for today")
        elif promise.due:
            caption = translate("PromiseRow", "{by} · set for {date}")
        else:
            caption = "{by}"
        self.text = label(one_line(promise.text))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = label(caption.format(**values), "caption")
        self.kept_button = QPushButton(translate("PromiseRow", "Kept"))
        self.kept_button.setAccessibleName(
            translate("PromiseRow", "Mark “{text}” as kept").format(**values))
        self.open_button = QPushButton(translate("PromiseRow", "More…"))
        self.open_button.setToolTip(translate("PromiseRow", "Open it on the Trackers page: not "
                                              "kept, renegotiated, a new day or a note"))
        self.open_button.setAccessibleName(
            translate("PromiseRow", "Open “{text}” on the Trackers page").format(**values))
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.caption)
        layout = QHBoxLayout(self)
        layout.setSpacing(GAP)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(words, 1)
        layout.addWidget(self.kept_button)
        layout.addWidget(self.open_button)


class PromisesDueCard(Card):
    """Open promises due by today, earliest first; it is hidden when there are none."""

    open_record = Signal(str, str)

    def __init__(self, saver: _Saver, parent: QWidget | None = None) -> None:
        super().__init__("promisesDueCard", translate("PromisesDueCard", "Promises around now"),
                         parent)
        self.saver = saver
        self.rows: list[PromiseRow] = []
        self.body.addWidget(label(translate(
            "PromisesDueCard", "A gentle look at what was meant for about now. Keeping "
            "promises, small ones too, is how trust grows back."), "secondary"))
        self.list = QVBoxLayout()
        self.list.setSpacing(GAP)
        self.body.addLayout(self.list)
        self.note = label("", "secondary")
        self.note.setObjectName("promisesDueNote")
        self.note.hide()
        self.body.addWidget(self.note)

    def refresh(self, today: dt.date) -> None:
        due = self.saver.journal.promises_due(today)
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for promise in due[:SHOWN]:
            row = PromiseRow(promise, today)
            row.kept_button.clicked.connect(lambda _=False, p=promise: self.kept(p))
            row.open_button.clicked.connect(
                lambda _=False, u=promise.uuid: self.open_record.emit(
                    TrackerKind.PROMISE.value, u))
            self.list.addWidget(row)
            show_as(row, True)  # now (in a card on screen), not after the next turn
            self.rows.append(row)
        show_as(self, bool(due) or not self.note.isHidden())

    def kept(self, promise: Promise) -> bool:
        kept = dataclasses.replace(promise, status=PromiseStatus.KEPT,
                                   settled_on=dt.date.today(), updated_utc=now_utc())
        if not self.saver.save(lambda: self.saver.journal.save_promise(kept),
                               TrackerKind.PROMISE, kept.uuid, ""):
            return False
        self.note.setText(translate("PromisesDueCard", "Kept: {promise}. Nicely done.").format(
            promise=quoted(kept.text)))
        self.note.show()
        return True


class WorryRow(QFrame):
    """One worry whose day has come: what it said, and — after "Look again" — what
    actually happened, saved with one of three answers."""

    def __init__(self, worry: Worry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueWorry")
        self.worry = worry
        self.text = label(quoted(worry.text))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = label(translate("WorryRow", "Written on {date} · you were {sure} % sure"
                                       ).format(date=date_text(worry.made_on),
                                                sure=number_text(worry.sureness)),
                             "caption")
        self.look_button = QPushButton(translate("WorryRow", "Look again"))
        self.look_button.setAccessibleName(translate("WorryRow", "Look again at {worry}").format(
            worry=quoted(worry.text)))
        self.look_button.clicked.connect(self.open_answer)
        self.happened = QLineEdit()
        self.happened.setAccessibleName(translate("WorryRow", "What actually happened"))
        self.happened.setPlaceholderText(translate("WorryRow",
                                                   "What actually happened? (optional)"))
        self.answers: dict[WorryOutcome, QPushButton] = {}
        answer_row = _row()
        for outcome in WorryOutcome:
            button = QPushButton(worry_word(outcome))
            button.setObjectName(f"worry_{outcome.value}")
            button.setAccessibleName(translate("WorryRow", "{answer}: save what happened"
                                               ).format(answer=worry_word(outcome)))
            answer_row.addWidget(button)
            self.answers[outcome] = button
        answer_row.addStretch(1)
        self.answer_box = QWidget()
        answer = QVBoxLayout(self.answer_box)
        answer.setContentsMargins(0, 0, 0, 0)
        answer.addWidget(self.happened)
        answer.addLayout(answer_row)
        self.answer_box.hide()
        top = _row()
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.caption)
        top.addLayout(words, 1)
        top.addWidget(self.look_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.answer_box)

    def open_answer(self) -> None:
        self.look_button.hide()
        self.answer_box.show()
        self.happened.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.answer_box.isVisible():
            self.answer_box.hide()
            self.look_button.show()
            self.look_button.setFocus()
            return
        super().keyPressEvent(event)


class WorriesDueCard(Card):
    """Worries whose day to look again has come; hidden when there are none."""

    def __init__(self, saver: _Saver, parent: QWidget | None = None) -> None:
        super().__init__("worriesDueCard", translate("WorriesDueCard", "Time to look again"),
                         parent)
        self.saver = saver
        self.rows: list[WorryRow] = []
        self.body.addWidget(label(translate(
            "WorriesDueCard", "You wrote these fears down to check them later. Today is the "
            "day: what actually happened?"), "secondary"))
        self.list = QVBoxLayout()
        self.list.setSpacing(GAP)
        self.body.addLayout(self.list)
        self.note = label("", "secondary")
        self.note.setObjectName("worriesDueNote")
        self.note.hide()
        self.body.addWidget(self.note)

    def refresh(self, today: dt.date) -> None:
        due = self.saver.journal.worries_due(today)
        # A row being answered stays open with its words through a refresh.
        opened = {row.worry.uuid: row.happened.text() for row in self.rows
                  if not row.answer_box.isHidden()}
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for worry in due[:SHOWN]:
            row = WorryRow(worry)
            for outcome, button in row.answers.items():
                button.clicked.connect(lambda _=False, r=row, o=outcome: self.settle(r, o))
            if worry.uuid in opened:
                row.happened.setText(opened[worry.uuid])
                row.open_answer()
            self.list.addWidget(row)
            show_as(row, True)  # now (in a card on screen), not after the next turn
            self.rows.append(row)
        show_as(self, bool(due) or not self.note.isHidden())

    def settle(self, row: WorryRow, outcome: WorryOutcome) -> bool:
        """Record what happened to the worry in the row."""
        happened = row.happened.text().strip()
        settled = dataclasses.replace(row.worry, outcome=outcome, what_happened=happened,
                                      settled_on=dt.date.today(), updated_utc=now_utc())
        if not self.saver.save(lambda: self.saver.journal.save_worry(settled),
                               TrackerKind.WORRY, settled.uuid,
                               "\n".join((settled.text, happened))):
            return False
        self.note.setText({
            WorryOutcome.DID_NOT: translate(
                "WorriesDueCard", "Noted: this fear did not come true. Worth remembering next "
                "time it visits."),
            WorryOutcome.PARTLY: translate(
                "WorriesDueCard", "Noted: partly. Real life is often somewhere in between."),
            WorryOutcome.CAME_TRUE: translate(
                "WorriesDueCard", "Noted. That sounds hard; writing about it may help."),
        }[outcome])
        self.note.show()
        return True


def urge_follow_up_card(journal: Journal, events: AppEvents,
                        watch: SafetyWatch | None, parent: QWidget | None = None) -> QWidget:
    """The urge log's "how do you feel now?" card (imported when Today first needs it),
    hidden until the tracker cards' first refresh reads whether an urge waits."""
    from trustjournal.gui.urges.follow_up import UrgeFollowUpCard

    return UrgeFollowUpCard(journal, events, parent, watch=watch, read=False)


class TrackerCards(QWidget):
    """Every tracker card Today shows, refreshed together when a tracker changes. They
    read nothing until the first refresh()."""

    open_record = Signal(str, str)  # (TrackerKind value, uuid): show it on Trackers
    safety_requested = Signal(str)

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerCards")
        saver = _Saver(journal, events, watch, self.safety_requested.emit, self._problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * GAP)
        # Made inside this widget, in the order they are shown and Tab visits them: not
        # made apart and then moved in, which restyles each card's whole tree again.
        self.urge_card = urge_follow_up_card(journal, events, watch, self)
        if self.urge_card is not None and hasattr(self.urge_card, "safety_requested"):
            self.urge_card.safety_requested.connect(self.safety_requested)
        self.intention = IntentionCard(saver, self)
        self.promises = PromisesDueCard(saver, self)
        self.promises.open_record.connect(self.open_record)
        self.worries = WorriesDueCard(saver, self)
        if self.urge_card is not None:
            layout.addWidget(self.urge_card)
        for card in (self.intention, self.promises, self.worries):
            layout.addWidget(card)

    def refresh(self, today: dt.date | None = None) -> None:
        """Read what is due today again (a JournalError leaves the cards as they were)."""
        today = today or dt.date.today()
        try:
            self.intention.refresh(today)
            self.promises.refresh(today)
            self.worries.refresh(today)
        except JournalError:
            return
        refresh = getattr(self.urge_card, "refresh", None)
        if refresh is not None:
            refresh()

    def rows(self) -> list[QWidget]:
        """The rows the cards made when they last read what is due, in the order shown."""
        return [*self.promises.rows, *self.worries.rows]

    def _problem(self, text: str) -> None:
        self.intention.say(translate("TrackerCards", "That could not be saved just now: "
                                                     "{reason}").format(reason=text))
