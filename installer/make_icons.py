"""Render resources/icons/fallakte.svg to the PNG sizes and the Windows .ico the bundles use.

Run after changing the SVG and commit the results (they are small):

    .venv/bin/python installer/make_icons.py

Qt draws the SVG (QtSvg ships with PySide6-Essentials), so no other tool is needed. The .ico
holds one PNG-compressed image per size, which Windows reads since Vista.
"""

import os
import struct
import sys
from pathlib import Path

from PySide6 import QtCore, QtGui
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "fallakte.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)  # hicolor sizes for Linux, all of them for the .ico


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    return bytes(buffer.data().data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO container (ICONDIR + ICONDIRENTRY per image) holding the PNGs as they are."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QtGui.QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, png in images.items():
        (ICONS / f"fallakte-{size}.png").write_bytes(png)
    (ICONS / "fallakte.ico").write_bytes(ico(images))
    print(f"make_icons: {len(images)} PNGs and fallakte.ico in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
