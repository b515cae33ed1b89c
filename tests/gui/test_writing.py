"""The writing surface driven as a person would: the column, the line height, the
distraction-free mode, and spelling (marks, suggestions, own words, off)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QWidget

from trustjournal.gui import spelling
from trustjournal.gui.editor import EditorWidget
from trustjournal.gui.events import AppEvents
from trustjournal.gui.writing import COLUMN_CHARS, LINE_HEIGHT

LONG = ("When I sat with the feeling this morning I noticed how often I reach for my "
        "phone before I have even asked myself what I want from the day, and it helps "
        "to write that down here where nobody is waiting for an answer. ") * 3


_EDITORS: list[EditorWidget] = []


@pytest.fixture(autouse=True)
def _save_editors(journal):  # type: ignore[no-untyped-def]
    # Typed text is saved before the journal closes, so no autosave fires later.
    yield
    while _EDITORS:
        assert _EDITORS.pop().save()


def make_editor(qtbot, journal, width: int = 1000) -> EditorWidget:  # type: ignore[no-untyped-def]
    editor = EditorWidget(journal, AppEvents())
    _EDITORS.append(editor)
    qtbot.addWidget(editor)
    editor.resize(width, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def first_line_chars(editor: EditorWidget) -> int:
    block = editor.body_edit.document().firstBlock()
    return block.layout().lineAt(0).textLength()


def test_the_column_holds_about_70_characters_wide_or_narrow(qtbot, journal) -> None:
    for width in (1400, 800):
        editor = make_editor(qtbot, journal, width)
        qtbot.keyClicks(editor.body_edit, LONG)
        qtbot.waitUntil(lambda e=editor: first_line_chars(e) > 0)
        chars = first_line_chars(editor)
        assert 0.8 * COLUMN_CHARS <= chars <= 1.2 * COLUMN_CHARS, (width, chars)
        # Centred: the same room left and right of the text.
        body = editor.body_edit
        left = body.viewport().geometry().left()
        right = body.width() - body.viewport().geometry().right()
        assert abs(left - right) <= body.verticalScrollBar().width() + 4
        assert left > 40  # there really is a margin at these widths
        text_width = body.viewport().width() - 2 * body.document().documentMargin()
        expected = QFontMetricsF(body.font()).averageCharWidth() * COLUMN_CHARS
        assert abs(text_width - expected) < 0.05 * expected + 2
        assert body.horizontalScrollBar().maximum() == 0


def test_a_narrow_window_uses_its_whole_width(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal, 420)
    assert editor.body_edit.viewport().geometry().left() <= editor.body_edit.frameWidth() + 1


def test_the_body_font_is_at_least_15_px(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal)
    font = editor.body_edit.font()
    dpi = editor.body_edit.logicalDpiY()
    pixels = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72
    assert pixels >= 15


def test_new_paragraphs_keep_the_line_height_and_the_text_is_saved_as_typed(
        qtbot, journal) -> None:
    editor = make_editor(qtbot, journal)
    body = editor.body_edit
    qtbot.keyClicks(body, "# Tonight")
    for _ in range(2):
        qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "We **talked** and *it was* ok.")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "- one")
    document = body.document()
    assert document.blockCount() == 4
    block = document.firstBlock()
    while block.isValid():
        fmt = block.blockFormat()
        assert fmt.lineHeight() == LINE_HEIGHT, block.text()
        assert fmt.lineHeightType() == 1  # proportional
        block = block.next()
    assert editor.save()
    [entry] = list(journal.iter_entries())
    assert journal.get_entry(entry.uuid).body == (
        "# Tonight\n\nWe **talked** and *it was* ok.\n- one")


def test_loaded_entries_get_the_line_height_without_becoming_unsaved(qtbot, journal) -> None:
    entry, _ = journal.create_entry(body="first\nsecond")
    editor = make_editor(qtbot, journal)
    assert editor.load(entry.uuid)
    assert not editor.dirty
    assert editor.body_edit.document().lastBlock().blockFormat().lineHeight() == LINE_HEIGHT
    assert not editor.body_edit.document().isUndoAvailable()


def placeholder_ink_rows(body) -> list[int]:  # type: ignore[no-untyped-def]
    """Rows of the empty body's viewport where something is drawn over its background."""
    image = body.viewport().grab().toImage()
    background = image.pixel(image.width() - 2, image.height() - 2)
    return [y for y in range(image.height())
            if any(image.pixel(x, y) != background for x in range(0, image.width(), 1))]


@pytest.mark.parametrize("width", [380, 480])
def test_the_placeholder_shows_whole_where_it_wraps(qtbot, journal, width) -> None:
    """In a narrow body (the Journal page at 1024×700) the hint wraps onto more lines:
    each shows whole, not cut through the middle at the first line's height."""
    body = make_editor(qtbot, journal, width).body_edit
    hint = body.placeholderText()
    assert hint and body.document().isEmpty()
    margin = int(body.document().documentMargin())
    area = body.viewport().rect().adjusted(margin, margin, -margin, -margin)
    metrics = body.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
    lines = round(metrics.boundingRect(area, flags, hint).height() / metrics.lineSpacing())
    assert lines >= 2, area.width()  # it does wrap at this width
    # The last line's baseline, and the descent of its "g" below it, are drawn.
    baseline = margin + (lines - 1) * metrics.lineSpacing() + metrics.ascent()
    rows = placeholder_ink_rows(body)
    assert rows and rows[0] >= margin - 1
    assert baseline <= rows[-1] <= baseline + metrics.descent() + 1, (rows[-1], baseline)


def test_the_placeholder_goes_once_there_is_text(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal, 420)
    body = editor.body_edit
    assert placeholder_ink_rows(body)
    qtbot.keyClicks(body, "a")
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert body.document().isEmpty() and placeholder_ink_rows(body)
    qtbot.keyClicks(body, "x")
    text_rows = placeholder_ink_rows(body)
    # Only the typed letter (and the cursor): a line's height at most, no hint under it.
    assert text_rows and text_rows[-1] - text_rows[0] <= 2 * body.fontMetrics().lineSpacing()
    # And pixel for pixel what the same text shows with no hint at all.
    body.setCursorWidth(0)  # no blink between the two grabs
    with_hint = body.viewport().grab().toImage()
    hint = body.placeholderText()
    body.setPlaceholderText("")
    assert body.viewport().grab().toImage() == with_hint
    body.setPlaceholderText(hint)
    editor.body_edit.clear()


def test_f11_enters_and_esc_or_f11_leaves_distraction_free(qtbot, window) -> None:
    window.write_new()
    view = window.journal_view
    editor = view.editor
    qtbot.keyClicks(editor.title_edit, "Morning")
    qtbot.keyClicks(editor.body_edit, "Only this page")
    view_menu = window.menus["view"]
    action = next(a for a in view_menu.actions() if "Distraction-free" in a.text())
    assert action.isCheckable()
    chrome: list[QWidget] = [window.menuBar(), window.toolbar, window.side,
                             view.toolbar, view.timeline, editor.title_edit,
                             editor.tags_edit, editor.status_label]
    assert all(w.isVisible() for w in chrome)

    for leave in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_F11)
        assert action.isChecked()
        assert window.isFullScreen()
        assert not any(w.isVisible() for w in chrome)
        assert editor.body_edit.isVisible()
        assert window.current_page() == "Journal"
        qtbot.keyClicks(editor.body_edit, ".")
        qtbot.keyClick(editor.body_edit, leave)
        assert not action.isChecked()
        assert not window.isFullScreen()
        assert all(w.isVisible() for w in chrome)
    assert editor.title_edit.text() == "Morning"
    assert editor.body_edit.toPlainText() == "Only this page.."
    assert editor.body_edit.textCursor().position() == len("Only this page..")
    assert editor.dirty


def test_leaving_the_page_leaves_distraction_free(qtbot, window) -> None:
    window.write_new()
    qtbot.keyClick(window.journal_view.editor.body_edit, Qt.Key.Key_F11)
    assert window.isFullScreen()
    window.show_page(0)
    assert not window.isFullScreen()
    assert window.side.isVisible() and window.menuBar().isVisible()


# -- spelling -------------------------------------------------------------------------------

def underline_at(editor: EditorWidget, position: int) -> bool:
    block = editor.body_edit.document().findBlock(position)
    offset = position - block.position()
    for fmt_range in block.layout().formats():
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            style = fmt_range.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.WaveUnderline:
                return True
    return False


def point_at(editor: EditorWidget, position: int) -> QPoint:
    cursor = QTextCursor(editor.body_edit.document())
    cursor.setPosition(position)
    return editor.body_edit.cursorRect(cursor).center()


def menu_action(editor: EditorWidget, position: int, text: str):  # type: ignore[no-untyped-def]
    menu = editor.body_edit.context_menu_at(point_at(editor, position + 1))
    texts = [a.text() for a in menu.actions()]
    found = [a for a in menu.actions() if a.text() == text]
    assert found, texts
    return found[0], texts


def test_a_misspelt_word_is_marked_and_a_correct_one_is_not(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal)
    qtbot.keyClicks(editor.body_edit, "I feel betrayd today")
    assert underline_at(editor, 7)  # betrayd
    assert not underline_at(editor, 2)  # feel
    assert not underline_at(editor, 16)  # today


def test_markdown_links_tags_numbers_and_code_are_not_checked(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal)
    text = "**Bold** #qwrtz `zxqv` https://exmpl.org/qwx 42kg NASA"
    qtbot.keyClicks(editor.body_edit, text)
    for word in ("qwrtz", "zxqv", "exmpl", "42kg", "NASA", "Bold"):
        assert not underline_at(editor, text.index(word) + 1), word


def test_a_suggestion_replaces_the_word(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal)
    qtbot.keyClicks(editor.body_edit, "We talked about trsut again")
    action, texts = menu_action(editor, 16, "trust")
    suggestions = texts[:texts.index("Add to my words")]
    assert 1 <= len(suggestions) <= spelling.MAX_SUGGESTIONS
    action.trigger()
    assert editor.body_edit.toPlainText() == "We talked about trust again"
    assert not underline_at(editor, 17)
    assert editor.save()
    [entry] = list(journal.iter_entries())
    assert journal.get_entry(entry.uuid).body == "We talked about trust again"


def test_add_to_my_words_keeps_the_word_in_the_journal(qtbot, journal) -> None:
    editor = make_editor(qtbot, journal)
    qtbot.keyClicks(editor.body_edit, "Talked with Jorunn today")
    assert underline_at(editor, 13)
    action, _ = menu_action(editor, 12, "Add to my words")
    action.trigger()
    assert not underline_at(editor, 13)
    assert journal.get_setting(spelling.SETTING_WORDS) == ["jorunn"]
    # A fresh editor (next start) knows the word too.
    again = make_editor(qtbot, journal)
    qtbot.keyClicks(again.body_edit, "Jorunn")
    assert not underline_at(again, 1)


def test_adding_a_word_or_restyling_is_not_an_edit(qtbot, journal) -> None:
    entry, _ = journal.create_entry(body="Talked with Jorunn")
    editor = make_editor(qtbot, journal)
    assert editor.load(entry.uuid)
    action, _ = menu_action(editor, 12, "Add to my words")
    action.trigger()
    assert not editor.dirty


def test_turning_spell_check_off_removes_the_marks(qtbot, window, journal) -> None:
    from trustjournal.gui.settings import SettingsDialog

    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "I feel betrayd")
    assert underline_at(editor, 8)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    settings.spell_check.setChecked(False)
    assert journal.get_setting(spelling.SETTING_ON) is False
    assert not underline_at(editor, 8)
    assert not settings.spell_language.isEnabled()
    settings.spell_check.setChecked(True)
    assert underline_at(editor, 8)


def test_the_language_can_be_chosen_and_is_kept_in_the_journal(
        qtbot, window, journal) -> None:
    from trustjournal.gui.settings import SettingsDialog

    window.write_new()
    editor = window.journal_view.editor
    editor.speller.set_language("en")
    qtbot.keyClicks(editor.body_edit, "Hoy nosotros con calma")
    assert underline_at(editor, 5)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    names = [settings.spell_language.itemText(i)
             for i in range(settings.spell_language.count())]
    assert "English" in names and "Español" in names
    settings.spell_language.setCurrentIndex(settings.spell_language.findData("es"))
    settings.spell_language.activated.emit(settings.spell_language.currentIndex())
    assert journal.get_setting(spelling.SETTING_LANGUAGE) == "es"
    assert not underline_at(editor, 5)


def test_typing_checks_only_the_paragraph_typed_in(qtbot, journal) -> None:
    paragraphs = [f"Paragraph {n} where I wrote about trust and worry." for n in range(200)]
    entry, _ = journal.create_entry(body="\n\n".join(paragraphs))
    editor = make_editor(qtbot, journal)
    assert editor.load(entry.uuid)
    checked: list[str] = []
    real = editor.speller.misspelt
    editor.speller.misspelt = lambda text: checked.append(text) or real(text)  # type: ignore[method-assign]
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(editor.body_edit.document().findBlockByNumber(200).position() + 4)
    editor.body_edit.setTextCursor(cursor)
    qtbot.keyClicks(editor.body_edit, "x")
    assert checked == ["Paraxgraph 100 where I wrote about trust and worry."]
    assert underline_at(editor, cursor.position())


def test_the_styling_follows_a_theme_switch(qtbot, window) -> None:
    from PySide6.QtGui import QColor

    from trustjournal.gui.theme import palette

    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "> a quiet line")

    def quote_colour() -> QColor:
        formats = editor.body_edit.document().firstBlock().layout().formats()
        return formats[0].format.foreground().color()

    for theme in ("dark", "light"):
        window.choose_theme(theme)
        assert quote_colour() == QColor(palette(theme).text_secondary)
    assert editor.save()
    [entry] = list(window.journal.iter_entries())
    assert window.journal.get_entry(entry.uuid).body == "> a quiet line"


def test_an_unreadable_word_list_only_turns_the_marks_off(qtbot, journal, monkeypatch) -> None:
    def broken(_language: str) -> None:
        raise OSError("word list missing")

    monkeypatch.setattr(spelling, "_checker", broken)
    editor = make_editor(qtbot, journal)
    qtbot.keyClicks(editor.body_edit, "I feel betrayd")
    assert not underline_at(editor, 8)
    menu = editor.body_edit.context_menu_at(point_at(editor, 9))
    assert "Add to my words" not in [a.text() for a in menu.actions()]
    assert editor.body_edit.toPlainText() == "I feel betrayd"


def test_the_window_keeps_one_distraction_free_mode_across_a_lock(qtbot, window, journal  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    """A Journal page made again (after locking) is followed by the window's own mode,
    found among its children: no second mode with a second F11."""
    from trustjournal.gui.distraction_free import DistractionFree
    from trustjournal.storage import open_journal

    first = window.findChildren(DistractionFree)
    assert len(first) == 1
    path = journal.path
    assert window.lock()
    again = open_journal(path, create=False)
    window.attach_journal(again)
    view = window.journal_view
    assert window.findChildren(DistractionFree) == first
    assert first[0].view is view
    window.write_new()
    qtbot.keyClick(view.editor.body_edit, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(view.editor.body_edit, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
