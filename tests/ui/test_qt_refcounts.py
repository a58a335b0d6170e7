"""Guard against a PySide6 binding bug that aborted the app (PySide6 6.12.0 on Python 3.11):
void QPainter calls released a reference to None they never took, until Python died with
'deallocating None'. On Python 3.12+ None is immortal and this cannot happen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_painting_does_not_release_none(app) -> None:  # noqa: ANN001
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.setBrush(QColor("red"))
        painter.setPen(QColor("blue"))
        painter.fillRect(QRectF(0, 0, 4, 4), QColor("green"))
        painter.drawRoundedRect(QRectF(0, 0, 8, 8), 2, 2)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references while painting"
