"""The first frame on screen: a light window in the main window's place, shown before the
program's heavy parts (pandas, SQLAlchemy, reportlab, the tabs) are imported, so a user
sees the workbench open at once instead of nothing for seconds. The main window takes its
place as soon as it is built; the district then loads in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
