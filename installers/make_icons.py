"""Render the SVG icon to the raster formats installers need (PNG; ICO on Windows).

Run with a Python that has PySide6: ``python installers/make_icons.py OUTDIR``. Generated at
build time so the repository holds one vector source and no binary copies of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

SOURCE = Path(__file__).resolve().parent / "icons" / "idtoolkit.svg"


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(["make_icons", "-platform", "offscreen"])
    icon = QIcon(str(SOURCE))
    for size in (16, 32, 48, 64, 128, 256):
        pixmap: QPixmap = icon.pixmap(QSize(size, size))
        if pixmap.isNull() or not pixmap.save(str(out / f"idtoolkit-{size}.png")):
            print(f"error: cannot render the icon at {size}px", file=sys.stderr)
            return 1
    icon.pixmap(QSize(256, 256)).save(str(out / "idtoolkit.ico"))  # Windows installers
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
