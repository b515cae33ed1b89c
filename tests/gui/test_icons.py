"""The app icon drawn from the SVG: PNG sizes, the Windows .ico and the macOS .icns."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtGui import QImage

from trustjournal.gui import icons


def image(png: bytes) -> QImage:
    loaded = QImage.fromData(png, "PNG")
    assert not loaded.isNull()
    return loaded


def test_png_has_the_size_asked_and_is_not_blank(qapp) -> None:  # type: ignore[no-untyped-def]
    for size in (16, 512):
        drawn = image(icons.render_png(icons.app_svg(), size))
        assert (drawn.width(), drawn.height()) == (size, size)
        centre = drawn.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # the notebook is drawn there
        assert drawn.pixelColor(0, 0).alpha() == 0  # the corner stays transparent


def test_ico_lists_every_size_with_its_png(qapp) -> None:  # type: ignore[no-untyped-def]
    data = icons.ico_bytes(icons.app_svg())
    _, kind, count = struct.unpack_from("<HHH", data, 0)
    assert kind == 1 and count == len(icons.ICO_SIZES)
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert width == height == (0 if size == 256 else size)
        assert image(data[offset:offset + length]).width() == size


def test_icns_holds_pngs_from_16_to_1024(qapp) -> None:  # type: ignore[no-untyped-def]
    data = icons.icns_bytes(icons.app_svg())
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack_from(">I", data, at + 4)[0]
        found[kind] = image(data[at + 8:at + length]).width()
        at += length
    assert found == {kind: size for kind, size in icons.ICNS_TYPES}


def test_hicolor_tree_has_every_size_and_the_svg(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = icons.write_hicolor(icons.app_svg(), tmp_path, "app.id")
    for size in icons.HICOLOR_SIZES:
        png = tmp_path / f"hicolor/{size}x{size}/apps/app.id.png"
        assert png in written and image(png.read_bytes()).width() == size
    assert (tmp_path / "hicolor/scalable/apps/app.id.svg").read_bytes() == (
        icons.app_svg().read_bytes())


def test_interface_icons_are_drawn_only_at_the_size_and_mode_shown(
    qapp, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QIcon

    from trustjournal.gui import theme

    drawn: list[tuple[str, int]] = []
    real = icons._tinted

    def counted(svg: bytes, colour: str, size: int):  # type: ignore[no-untyped-def]
        drawn.append((colour, size))
        return real(svg, colour, size)

    monkeypatch.setattr(icons, "_tinted", counted)
    made = [icons.icon(name, "light") for name in icons.ICONS]
    assert drawn == []  # making the window's icons draws nothing before its first paint
    colours = theme.palette("light")
    lock = made[list(icons.ICONS).index("lock")]
    first = lock.pixmap(20, 20).toImage()
    again = lock.pixmap(20, 20).toImage()
    greyed = lock.pixmap(20, 20, QIcon.Mode.Disabled).toImage()
    assert drawn == [(colours.text, 20), (colours.disabled_text, 20)]  # once per size, mode
    assert first == again and (first.width(), first.height()) == (20, 20)
    assert {greyed.pixelColor(x, y).name() for x in range(20) for y in range(20)
            if greyed.pixelColor(x, y).alpha() == 255} == {colours.disabled_text}
