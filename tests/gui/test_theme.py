"""The design system: contrast computed from the palette, the theme applied to real
widgets, the choice kept across starts, and the tinted icons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton

from trustjournal.gui import icons, theme
from trustjournal.gui.theme.palette import (
    CHART_COLOURS,
    MARK_CONTRAST,
    TEXT_CONTRAST,
    TEXT_PAIRS,
    contrast,
)


def test_wcag_contrast_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_text_pair_has_at_least_4_5_to_1(name: theme.Theme) -> None:
    colours = theme.palette(name).colours()
    low = {f"{fg} on {bg}": round(contrast(colours[fg], colours[bg]), 2)
           for fg, bg in TEXT_PAIRS if contrast(colours[fg], colours[bg]) < TEXT_CONTRAST}
    assert not low, f"{name}: {low}"


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_chart_colour_has_at_least_3_to_1_on_the_chart_background(
        name: theme.Theme) -> None:
    background = theme.chart_background(name)
    marks = theme.chart_colours(name)
    assert len(marks) >= 6 and len(set(marks)) == len(marks)
    low = {mark: round(contrast(mark, background), 2) for mark in marks
           if contrast(mark, background) < MARK_CONTRAST}
    assert not low, f"{name}: {low}"
    # The same series keeps its place in both themes.
    assert len(CHART_COLOURS["light"]) == len(CHART_COLOURS["dark"])


def test_the_stylesheet_uses_only_palette_colours_and_nothing_red_but_errors() -> None:
    for name in theme.THEMES:
        colours = theme.palette(name)
        sheet = theme.stylesheet(colours)
        import re

        used = set(re.findall(r"#[0-9a-f]{6}", sheet))
        assert used <= set(colours.colours().values())
        for role, value in colours.colours().items():
            if role in ("error", "on_error"):
                continue
            hue = QColor(value).hslHue()
            reddish = QColor(value).hslSaturation() > 90 and (hue < 15 or hue > 345)
            assert not reddish, f"{name}.{role} {value} looks red"


def test_spacing_is_on_an_8_pixel_grid_and_the_type_scale_is_as_designed() -> None:
    assert [theme.space(n) for n in (1, 2, 3)] == [8, 16, 24]
    assert list(theme.TYPE_SCALE.values()) == [26, 20, 16, 14, 12]


def test_switching_the_theme_changes_a_real_widgets_colours(qtbot, restore_app) -> None:
    button = QPushButton("Write")
    label = QLabel("Today")
    theme.set_role(label, "page-title")
    for widget in (button, label):
        qtbot.addWidget(widget)
        widget.show()
    appearance = theme.Appearance(restore_app, None)
    appearance.set_choice("light")
    light_window = label.palette().color(QPalette.ColorRole.Window).name()
    light_text = label.palette().color(QPalette.ColorRole.WindowText).name()
    light_pixel = button.grab().toImage().pixelColor(button.width() // 2, 3).name()
    appearance.set_choice("dark")
    assert theme.current_theme() == "dark"
    assert label.palette().color(QPalette.ColorRole.Window).name() == theme.palette("dark").window
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == \
        theme.palette("dark").text
    assert (light_window, light_text) == (theme.palette("light").window,
                                          theme.palette("light").text)
    dark_pixel = button.grab().toImage().pixelColor(button.width() // 2, 3).name()
    assert light_pixel != dark_pixel
    assert QColor(dark_pixel).lightness() < QColor(light_pixel).lightness()
    # The page-title role takes its size from the type scale.
    assert label.fontInfo().pixelSize() == theme.TYPE_SCALE["page-title"]


def test_the_choice_is_kept_for_the_next_start(tmp_path: Path, restore_app) -> None:
    folder = tmp_path / "data"
    assert theme.load_choice(folder) == "system"
    theme.Appearance(restore_app, folder).set_choice("dark")
    saved = folder / "appearance.json"
    assert saved.stat().st_mode & 0o777 == 0o600
    assert theme.load_choice(folder) == "dark"
    again = theme.Appearance(restore_app, folder)
    assert again.choice == "dark" and again.theme() == "dark"
    saved.write_text("{not json", "utf-8")
    assert theme.load_choice(folder) == "system"


def test_system_follows_the_desktops_colour_scheme(restore_app, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    appearance = theme.Appearance(restore_app, None)
    appearance.set_choice("system")
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    assert appearance.theme() == "dark"
    appearance._system_changed(Qt.ColorScheme.Dark)
    assert theme.current_theme() == "dark"
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Light)
    appearance._system_changed(Qt.ColorScheme.Light)
    assert theme.current_theme() == "light"


def test_every_icon_is_bundled_and_tinted_to_the_theme(qapp) -> None:
    licence = icons.icon_svg("lock").parent / "LICENSE"
    assert "ISC License" in licence.read_text("utf-8")
    for name in icons.ICONS:
        assert icons.icon_svg(name).is_file(), name
    for name in theme.THEMES:
        image = icons.icon("lock", name).pixmap(48, 48).toImage()
        drawn = [image.pixelColor(x, y) for x in range(48) for y in range(48)
                 if image.pixelColor(x, y).alpha() == 255]
        assert drawn, "the icon drew nothing"
        assert {c.name() for c in drawn} == {theme.palette(name).text}


def test_ticks_and_radio_dots_are_drawn_in_the_accent(qtbot, restore_app) -> None:
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    from trustjournal.resources import resource

    appearance = theme.Appearance(restore_app, None)
    for name in theme.THEMES:
        tick = resource("icons", "indicators", f"check-{name}.svg").read_text("utf-8")
        assert f'stroke="{theme.palette(name).on_accent}"' in tick
        appearance.set_choice(name)
        colours = theme.palette(name)
        for kind in (QCheckBox, QRadioButton):
            box = kind("Show what I type")
            qtbot.addWidget(box)
            box.show()
            before = {box.grab().toImage().pixelColor(x, y).name()
                      for x in range(20) for y in range(box.height())}
            box.setChecked(True)
            after = {box.grab().toImage().pixelColor(x, y).name()
                     for x in range(20) for y in range(box.height())}
            assert colours.accent in after, (name, kind.__name__)
            assert before != after
            if kind is QCheckBox:
                assert colours.on_accent in after  # the tick itself


def test_a_button_that_becomes_the_default_keeps_its_whole_label(qtbot, restore_app,
                                                                 journal) -> None:
    from PySide6.QtCore import Qt

    from trustjournal.gui.export_dialog import ExportDialog

    theme.Appearance(restore_app, None).set_choice("light")
    dialog = ExportDialog(journal, encrypted=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    button = dialog.pick_button
    button.setFocus(Qt.FocusReason.TabFocusReason)  # focus makes an auto-default the default
    qtbot.waitUntil(button.isDefault)
    qtbot.wait(50)

    def ink_width(widget: QPushButton) -> int:
        """How wide the drawn label is: its light pixels on the accent."""
        image = widget.grab().toImage()
        columns = [x for x in range(image.width())
                   for y in range(image.height() // 4, 3 * image.height() // 4)
                   if image.pixelColor(x, y).lightness() > 200]
        return max(columns) - min(columns) if columns else 0

    # The same label, default too, on a button far wider than it needs.
    roomy = QPushButton(button.text())
    qtbot.addWidget(roomy)
    roomy.setDefault(True)
    roomy.resize(button.width() * 2, button.height())
    roomy.show()
    assert ink_width(button) >= ink_width(roomy) - 2, "the label is cut"
    dialog.reject()
