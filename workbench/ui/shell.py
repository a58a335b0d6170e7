"""The first frame on screen: a light window in the main window's place, shown before the
program's heavy parts (pandas, SQLAlchemy, reportlab, the tabs) are imported, so a user
sees the workbench open at once instead of nothing for seconds. The main window takes its
place as soon as it is built; the district then loads in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from workbench.ui import settings as st


class StartupFrame(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("startupFrame")
        self.setWindowTitle("PKP Workbench")
        geometry = st.get(st.GEOMETRY)
        if not (geometry and self.restoreGeometry(geometry)):
            self.resize(1280, 800)
        fit_to_screen(self)  # where the main window will be
        title = QLabel("PKP Workbench")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        note = QLabel(QCoreApplication.translate("Startup", "Opening the workbench…"))
        busy = QProgressBar()
        busy.setRange(0, 0)  # a moving bar: something is happening
        busy.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, note, busy):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


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
