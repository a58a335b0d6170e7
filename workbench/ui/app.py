"""Starting the GUI: QApplication, translation, crash handler, main window."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from workbench.ui import settings as st
from workbench.ui.crash import install_excepthook
from workbench.ui.i18n import install_translation


def tune_garbage_collector() -> None:
    """Python's cycle collector runs in whichever thread allocates, holding the interpreter:
    with its default threshold (700 new objects) a worker loading 50,000 rows set off a
    collection every ~0.1 s, each scanning the whole heap, and the window froze 60-270 ms
    each time (the load took twice as long too). Collect after 50,000 new objects instead,
    and leave what start-up made (modules, classes: never garbage) out of every scan."""
    gc.set_threshold(GC_THRESHOLD, 50, 1000)


def freeze_startup_objects() -> None:
    """After the program's modules are imported: they are never collected, so no
    collection needs to look at them again."""
    gc.freeze()


GC_THRESHOLD = 50_000


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    tune_garbage_collector()
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
    install_translation(
        app, language or os.environ.get("PKP_WORKBENCH_LANG") or st.get(st.LANGUAGE)
    )
    return app


def run_gui(database: str | None) -> int:
    """The main window at once: it is light (menus, tab bar, status bar, a placeholder in
    each tab) and is painted before pandas, SQLAlchemy and the tabs are imported, which then
    happens off the GUI thread; the district opens after that, also in the background."""
    app = make_app()
    install_excepthook()
    trace = os.environ.get("PKP_WORKBENCH_TRACE_STARTUP")
    from workbench.ui.main_window import MainWindow

    window = MainWindow(build_tabs=False)
    if trace:
        _trace_paint(window, "visible")
        _trace_loaded(window, quit_after=trace == "quit")
        window.tabs_built.connect(lambda: _trace_mark("tabs"))
    window.show()
    window.open_database(database)
    return app.exec()


def _trace_paint(widget: QWidget, what: str) -> None:
    """For benchmarks/bench_interaction.py: the wall-clock time of a window's first paint,
    on standard error."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print(f"trace {what} {time.time():.4f}", file=sys.stderr, flush=True)
                watched.removeEventFilter(self)
            return False

    spy = FirstPaint(widget)
    widget.installEventFilter(spy)


def _trace_mark(what: str) -> None:
    import time

    print(f"trace {what} {time.time():.4f}", file=sys.stderr, flush=True)


def _trace_loaded(window: QWidget, quit_after: bool) -> None:
    import time

    def loaded() -> None:
        print(f"trace data {time.time():.4f}", file=sys.stderr, flush=True)
        if quit_after:
            QApplication.instance().quit()  # type: ignore[union-attr]

    window.all_loaded.connect(loaded)  # type: ignore[attr-defined]
