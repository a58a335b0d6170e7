"""Window placement shared by the main window and its dialogs: within the screen a user
has (a 1366×768 or 1024×768 laptop, or a size remembered from a larger monitor)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """The window within the screen's free area (a 1366×768 or 1024×768 laptop, or a size
    remembered from a larger monitor), centred when it had to shrink."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar, borders
    frame = frame.expandedTo(QSize(8, 32))  # before the window manager has framed it
    width = min(window.width(), free.width() - frame.width())
    height = min(window.height(), free.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(
            free.x() + (free.width() - width - frame.width()) // 2,
            free.y() + (free.height() - height - frame.height()) // 2,
        )
        return
    # a place remembered from a larger or another monitor: back inside this screen
    x = min(max(window.x(), free.x()), free.right() - width - frame.width() + 1)
    y = min(max(window.y(), free.y()), free.bottom() - height - frame.height() + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
