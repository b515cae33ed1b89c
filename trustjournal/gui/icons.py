"""Icons: the app icon in every form a desktop asks for, and the interface icons.

Nothing here is committed as an image: the PyInstaller build (Windows .ico, macOS
.icns, PNGs) and `--install-desktop-entry` (hicolor PNGs) render them when they need
them, so the SVG stays the single source.

The interface icons are Lucide's (ISC licence, resources/icons/lucide/LICENSE): line
drawings in `currentColor`, drawn here in the palette's text colour of the theme on
screen, so they suit light and dark alike. Only the icons named in ICONS are shipped.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from trustjournal.resources import resource

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, by pixel size.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def app_svg() -> Path:
    return resource("icons", "trustjournal.svg")


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent `size`×`size` PNG."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_png needs a QGuiApplication")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(svg: Path) -> bytes:
    """A Windows .ico holding PNG images of every size in ICO_SIZES."""
    images = [render_png(svg, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 stands for 256 in the directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + directory + b"".join(images)


def icns_bytes(svg: Path) -> bytes:
    """A macOS .icns holding PNG images from 16 to 1024 pixels."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = render_png(svg, size)
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_hicolor(svg: Path, root: Path, name: str) -> list[Path]:
    """Write `root`/hicolor/SIZExSIZE/apps/`name`.png for every size, and the SVG."""
    written = []
    for size in HICOLOR_SIZES:
        target = root / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(svg, size))
        written.append(target)
    scalable = root / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    return written


# What each icon stands for in the app, and Lucide's file for it.
ICONS = {
    "today": "sun", "journal": "notebook-pen", "exercises": "sprout",
    "trackers": "list-checks", "progress": "chart-line", "search": "search",
    "safety": "life-buoy", "lock": "lock",
    "settings": "settings", "backups": "archive", "export": "file-output",
    "import": "file-input", "privacy": "shield", "about": "info", "shortcuts": "keyboard",
    "theme": "sun-moon", "new": "square-pen", "help": "circle-help", "quit": "log-out",
    "save": "save", "history": "history", "preview": "eye", "not-therapy": "heart-handshake",
}
ICON_SIZES = (16, 20, 24, 32, 48)


def icon_svg(name: str) -> Path:
    """The bundled SVG of the interface icon `name` (a key of ICONS)."""
    return resource("icons", "lucide", f"{ICONS[name]}.svg")


def _tinted(svg: bytes, colour: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.encode())))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)


class _TintedEngine(QIconEngine):
    """Draws the icon in a mode's colour at the size asked, the first time it is asked.

    Drawing every size and mode up front cost ~80 ms before the window's first paint,
    for icons mostly never shown (menus) or shown at one size only."""

    def __init__(self, svg: bytes, colours: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._svg = svg
        self._colours = colours
        self._drawn: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        return self._colours.get(mode, self._colours[QIcon.Mode.Normal])

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * max(scale, 1.0)))
        key = (side, side, mode)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = self._drawn[key] = _tinted(self._svg, self._colour(mode), side)
        result = QPixmap(pixmap)
        result.setDevicePixelRatio(max(scale, 1.0))
        return result

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in ICON_SIZES]

    def clone(self) -> QIconEngine:
        return _TintedEngine(self._svg, self._colours)

    def isNull(self) -> bool:
        return False


def icon(name: str, theme: str | None = None) -> QIcon:
    """The interface icon `name`, drawn in the text colour of `theme` (the theme on
    screen when None), with a greyed form for disabled actions. Show it with a text
    label or a tooltip: an icon alone says too little."""
    from trustjournal.gui.theme import current_theme, palette

    colours = palette(theme or current_theme())  # type: ignore[arg-type]
    svg = icon_svg(name).read_bytes()
    return QIcon(_TintedEngine(svg, {
        QIcon.Mode.Normal: colours.text,
        QIcon.Mode.Disabled: colours.disabled_text,
        QIcon.Mode.Selected: colours.on_accent_soft,
    }))
