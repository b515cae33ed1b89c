"""The read-only recap before saving."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    Step,
    StepKind,
    render_sections,
)
from trustjournal.core.i18n import translate
from trustjournal.gui.exercises.context import StepContext
from trustjournal.gui.exercises.steps.base import (
    StepWidget,
    register,
)

if TYPE_CHECKING:
    from trustjournal.core.exercises.run import ExerciseRun


@register(StepKind.SUMMARY)
class SummaryStep(StepWidget):
    """Everything answered so far, each with a "Change" link back to its step (Tab reaches
    the links, Enter follows one)."""

    go_to = Signal(str)
    fills_page = True

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(translate("SummaryStep", "Your answers"))
        self.view.setMinimumHeight(200)
        self.view.anchorClicked.connect(self._follow)
        self.links: list[str] = []  # step ids, in the order their links appear
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def value(self) -> Any:
        return None

    def _load(self, run: ExerciseRun, value: Any) -> None:
        self.links = []
        parts: list[str] = []
        sections = render_sections(run.exercise, run.answers,
                                   feeling_names=self.context.feeling_names,
                                   trap_names=self.context.trap_names)
        change = escape(translate("SummaryStep", "Change"))
        for step, body in sections:
            parts.append(f"<p style='margin-bottom:2px'><b>{escape(step.heading)}</b>"
                         f"&nbsp;&nbsp;{self._link(step, change)}</p>"
                         f"<p style='margin-top:0; margin-left:14px'>{answer_html(body)}</p>")
        missing = run.missing_required()
        if missing:
            items = "".join(f"<li>{self._link(step, escape(step.heading))}</li>"
                            for step in missing)
            still = escape(translate("SummaryStep", "Still to answer before you can save:"))
            parts.append(f"<p><b>{still}</b></p><ul>{items}</ul>")
        if run.dropped:
            kept = escape("; ".join(str(v) for v in run.dropped.values()))
            parts.append(translate("SummaryStep", "<p><i>Kept from an earlier version of this "
                                                  "exercise, and saved with it:</i> {kept}</p>")
                         .format(kept=kept))
        nothing = escape(translate("SummaryStep", "Nothing answered yet."))
        self.view.setHtml("".join(parts) or f"<p>{nothing}</p>")

    def _link(self, step: Step, text: str) -> str:
        self.links.append(step.id)
        return f"<a href='step:{escape(step.id)}'>{text}</a>"

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "step":
            self.go_to.emit(url.path())

    def focus_first(self) -> None:
        pass  # the runner puts focus on "Save to journal"


def answer_html(markdown: str) -> str:
    """One answer's Markdown from render_sections as simple rich text: "- " lines become
    bullets, other lines stay as written (escaped, never interpreted)."""
    lines = []
    for line in markdown.splitlines():
        lines.append("• " + escape(line[2:]) if line.startswith("- ") else escape(line))
    return "<br/>".join(lines)


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _clear(item.layout())
