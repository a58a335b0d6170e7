"""Starting the GUI: QApplication, translation, crash handler, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workbench.ui import settings as st
from workbench.ui.crash import install_excepthook
from workbench.ui.i18n import install_translation
from workbench.ui.wheel import install_wheel_guard


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        if sys.platform == "win32":
            QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
                Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
            )
        QCoreApplication.setOrganizationName(st.ORGANISATION)
        QCoreApplication.setApplicationName(st.APPLICATION)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    install_wheel_guard(app)
    install_translation(
        app, language or os.environ.get("PKP_WORKBENCH_LANG") or st.get(st.LANGUAGE)
    )
    return app


def run_gui(database: str | None) -> int:
    app = make_app()
    install_excepthook()
    from workbench.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_database(database)
    return app.exec()
