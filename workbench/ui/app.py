"""Starting the GUI: QApplication, translation, crash handler, main window."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from workbench.ui import settings as st
from workbench.ui.crash import install_excepthook
from workbench.ui.i18n import install_translation


class GarbageCollector(QObject):
    """Python's cycle collector, run on the GUI thread only (after calibre's recipe).

    Left automatic, a collection runs in whichever thread happens to allocate: a worker
    loading 50,000 rows then set one off every ~0.1 s, each scanning the whole heap while
    the window waited (60-270 ms freezes), and a cycle holding a Qt widget could be freed —
    the widget destroyed — on that worker thread, which crashes Qt. Automatic collection is
    off; a timer on the GUI thread collects a generation when its count is past these
    thresholds: the youngest after 50,000 new objects (not 700), so that the full scans
    of the heap, the long ones, are rare. Objects made at start-up are frozen out of every
    scan."""

    INTERVAL_MS = 250
    THRESHOLDS = (50_000, 50, 100)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = self.THRESHOLDS
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


_COLLECTOR: list[GarbageCollector] = []


def collect_on_gui_thread(app: QCoreApplication) -> None:
    if not _COLLECTOR:
        _COLLECTOR.append(GarbageCollector(app))


def freeze_startup_objects() -> None:
    """After the program's modules are imported: they are never collected, so no
    collection needs to look at them again."""
    gc.freeze()


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
    collect_on_gui_thread(app)
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
