"""What a user waits for in the window (issue #16), on the demo district and a 2,000-RT one.

    uv run python benchmarks/bench_interaction.py [--reps 20]

Launch figures come from real process starts (bytecode cache on, one warm-up each): the time
from starting the process to the main window's first paint (menus, tab bar, status bar, a
placeholder in each tab), against a bare PySide6 window started the same way; to the four
tabs built in it; and to all tabs loaded with the district's data. The rest runs in this
process on the offscreen platform: medians of ``--reps`` repetitions, and a watchdog (a
10 ms QTimer) records the longest the GUI thread went without serving the event loop during
all of it and during an import of 50,000 rows. The last line is one JSON object with the
issue's keys.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(f"trace visible {time.time():.4f}", file=sys.stderr, flush=True)
            app.quit()
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        PKP_WORKBENCH_DATA_DIR=str(data),
        PKP_WORKBENCH_TRACE_STARTUP="quit",
        PKP_WORKBENCH_NO_CRASH_DIALOG="1",
    )
    return env


def _launch(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    proc = subprocess.run(argv, capture_output=True, env=env, timeout=120)
    marks = {}
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        if line.startswith("trace "):
            _, what, when = line.split()
            marks[what] = float(when) - started
    return marks


def launch_figures(db: Path, work: Path, reps: int) -> tuple[float, float, float, float]:
    env = _env(work / "data")
    bare = [sys.executable, "-c", BARE]
    app = [sys.executable, "-m", "workbench", "--db", str(db)]
    _launch(bare, env), _launch(app, env)  # warm-up: bytecode written once
    bare_t = [_launch(bare, env)["visible"] for _ in range(reps)]
    marks = [_launch(app, env) for _ in range(reps)]
    visible = statistics.median(m["visible"] for m in marks)  # the main window's first paint
    tabs = statistics.median(m["tabs"] for m in marks)  # its four tabs built in it
    data = statistics.median(m["data"] for m in marks)
    return statistics.median(bare_t), visible, tabs, data


class Watchdog:
    """The longest gap between ticks of a 10 ms timer: how long the GUI thread was busy. A
    sampler thread notes what the GUI thread was doing while a gap grows past 50 ms, so the
    worst block comes with the code that caused it."""

    def __init__(self) -> None:
        import threading

        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.where = ""
        self.phase = ""
        self.stack = ""
        self._current_stack = ""
        self.by_phase: dict[str, float] = {}
        self.stopped = False
        self._gui = threading.get_ident()
        threading.Thread(target=self._sample, daemon=True).start()

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last - 0.010
        if gap > self.worst:
            self.worst, self.where, self.stack = gap, self.phase, self._current_stack
        if gap > self.by_phase.get(self.phase, 0.0):
            self.by_phase[self.phase] = gap
        self._current_stack = ""
        self.last = now

    def _sample(self) -> None:
        import traceback

        while not self.stopped:
            time.sleep(0.02)
            if time.perf_counter() - self.last > 0.06:
                frame = sys._current_frames().get(self._gui)
                if frame is not None:
                    lines = traceback.format_stack(frame)[-12:]
                    self._current_stack = "".join(lines)


def wait_until(app, condition: Callable[[], bool], timeout: float = 60) -> float:  # noqa: ANN001
    started = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError
        time.sleep(0.0005)
    return time.perf_counter() - started


def settle(app, seconds: float) -> None:  # noqa: ANN001
    """Let background work of an earlier step finish, as between two things a user does."""
    from workbench.ui.tasks import wait_for_all

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    wait_for_all()


def open_window(app, db: Path):  # noqa: ANN001, ANN201
    from workbench.ui.main_window import MainWindow

    window = MainWindow(build_tabs=False)  # as the program starts it: tabs built in turns
    window.show()  # tabs not on screen then refresh when shown, as for a user
    loaded = []
    window.all_loaded.connect(lambda: loaded.append(1))
    window.open_database(str(db))
    wait_until(app, lambda: bool(loaded), 300)
    return window


def projection_figures(app, window, reps: int, dog: Watchdog) -> tuple[float, float]:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dog.phase = "opening the projection view"
    window.show_projection()
    view = window.projection
    assert view is not None
    tab = window.priorities_tab
    rows, ranks = [], []
    loads: list[int] = []
    tab.loaded.connect(lambda: loads.append(1))
    dog.phase = "projection"
    for i in range(reps):
        key = view.current_key
        before = next(r.support for r in view.rows if r.key == key)
        count = len(loads)
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Plus if i % 2 == 0 else Qt.Key.Key_Minus)

        def row_shown(key: str | None = key, before: int = before) -> bool:
            row = next((r for r in view.rows if r.key == key), None)
            return row is not None and row.support != before

        wait_until(app, row_shown)
        rows.append(time.perf_counter() - started)
        wait_until(app, lambda c=count: len(loads) > c)
        ranks.append(time.perf_counter() - started)
    view.close()
    app.processEvents()
    return statistics.median(rows) * 1000, statistics.median(ranks) * 1000


def edit_figures(app, window, reps: int, dog: Watchdog) -> tuple[float, float]:  # noqa: ANN001
    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    row = next(r for r in tab.model.rows if r.level != "NONE")
    tab.show_assessment(row.assessment_id)
    panel = tab.panel
    wait_until(  # read off the GUI thread
        app, lambda: panel.detail is not None and panel.detail.assessment_id == row.assessment_id
    )
    table = panel.criteria
    first = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "1a")
    original = table.item(first, 2).text()
    shown, spread = [], []
    dog.start("edit")
    for i in range(reps):
        others = [window.priorities_tab, window.programme_tab]
        started = time.perf_counter()
        before = next(r.total for r in tab.model.rows if r.assessment_id == row.assessment_id)
        table.item(first, 2).setText("0" if i % 2 == 0 else original)
        wait_until(
            app,
            lambda before=before: (
                next(r.total for r in tab.model.rows if r.assessment_id == row.assessment_id)
                != before
            ),
        )
        shown.append(time.perf_counter() - started)
        for other in others:  # as a user does: the tab shown, its refreshed data awaited
            window.tabs.setCurrentWidget(other)
            wait_until(app, lambda other=other: other.is_loaded and not other._stale)
        spread.append(time.perf_counter() - started)
        window.tabs.setCurrentWidget(tab)
        settle(app, 0.2)  # back on the scores tab, the user clicks into the next cell
    return statistics.median(shown) * 1000, statistics.median(spread)


def report_figures(app, window, reps: int, dog: Watchdog) -> tuple[float, float]:  # noqa: ANN001
    from workbench.ui import report_dialog

    opens, previews = [], []
    shown: list[float] = []
    original = report_dialog.preview
    report_dialog.preview = lambda _parent, _path: shown.append(time.perf_counter())
    dog.start("reports")
    try:
        for _ in range(reps):
            started = time.perf_counter()
            dialog = window.make_report_dialog()
            dialog.show()
            app.processEvents()
            opens.append(time.perf_counter() - started)
            # a user reads the dialog before pressing Preview: the main window behind it
            # has repainted as inactive by then (with a preview started in the same
            # instant, that repaint waits on the worker rendering the pages)
            settle(app, 0.3)
            started = time.perf_counter()
            count = len(shown)
            dialog.print_preview()
            wait_until(app, lambda c=count: len(shown) > c, 120)
            previews.append(shown[-1] - started)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
    finally:
        report_dialog.preview = original
    return statistics.median(opens) * 1000, statistics.median(previews)


def import_block(app, work: Path, dog: Watchdog) -> None:  # noqa: ANN001
    from workbench.domain.demo import generate_baseline
    from workbench.services.workspace import create_empty_database

    dog.timer.stop()  # making the test file is the benchmark's work, not the window's
    frame = generate_baseline(n_locations=16_667, years=(2023, 2024, 2025)).head(50_000)
    path = work / "baseline-50000.csv"
    frame.to_csv(path, index=False, sep=";", decimal=",", encoding="utf-8-sig")
    db = work / "kosong.sqlite"
    create_empty_database(db, "Provinsi Uji").dispose()
    window = open_window(app, db)
    dialog = window.make_import_dialog()
    dog.start("import 50,000 rows")
    dialog.set_file(str(path))
    wait_until(app, lambda: dialog.inspection is not None, 300)
    loaded = []
    window.all_loaded.connect(lambda: loaded.append(1))
    dialog.import_button.click()
    wait_until(app, lambda: dialog.outcome is not None, 600)
    wait_until(app, lambda: bool(loaded), 600)
    dialog.close()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--launch-reps", type=int, default=5)
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PKP_WORKBENCH_NO_CRASH_DIALOG"] = "1"
    work = Path(tempfile.mkdtemp(prefix="pkp-interaction-"))
    os.environ["PKP_WORKBENCH_DATA_DIR"] = str(work / "data")
    from workbench.services.demo import create_demo_database

    demo = work / "demo.sqlite"
    create_demo_database(demo).dispose()
    big = work / "rt2000.sqlite"
    create_demo_database(big, n_locations=2000).dispose()
    bare, visible, tabs, data = launch_figures(demo, work, args.launch_reps)
    print(
        f"launch: bare PySide6 window {bare:.2f} s, main window {visible:.2f} s, "
        f"its tabs built {tabs:.2f} s, data {data:.2f} s"
    )

    from workbench.ui.app import make_app

    app = make_app([sys.argv[0]], "id")
    dog = Watchdog()
    dog.start("opening the demo district")
    window = open_window(app, demo)
    row_ms, rank_ms = projection_figures(app, window, args.reps, dog)
    print(f"projection (demo): row {row_ms:.0f} ms, ranking {rank_ms:.0f} ms")
    edit_ms, spread_s = edit_figures(app, window, args.reps, dog)
    print(f"edit a volume: score shown {edit_ms:.0f} ms, ranking and analysis {spread_s:.2f} s")
    open_ms, preview_s = report_figures(app, window, max(3, args.reps // 4), dog)
    print(f"reports window {open_ms:.0f} ms, plan summary preview {preview_s:.2f} s")
    dog.phase = "closing the demo window"
    window.close()
    dog.phase = "opening the 2,000-RT district"
    big_window = open_window(app, big)
    settle(app, 2.0)  # what the closed demo window still had running, done first
    _row, rank_2000 = projection_figures(app, big_window, max(5, args.reps // 2), dog)
    print(f"projection (2,000 RT units): ranking {rank_2000:.0f} ms")
    dog.phase = "closing the 2,000-RT window"
    big_window.close()
    if not args.skip_import:
        import_block(app, work, dog)
    dog.timer.stop()
    dog.stopped = True
    print(f"longest GUI-thread block: {dog.worst * 1000:.0f} ms (during {dog.where})")
    print(
        "  by phase: "
        + ", ".join(f"{phase} {gap * 1000:.0f} ms" for phase, gap in dog.by_phase.items())
    )
    if dog.stack:
        print("the GUI thread then (sampled):\n" + dog.stack)
    figures = {
        "window_ratio": round(visible / bare, 2),
        "tabs_ready_s": round(tabs, 2),
        "data_visible_s": round(data, 2),
        "projection_row_ms": round(row_ms, 1),
        "projection_rank_ms": round(rank_ms, 1),
        "projection_rank_2000_ms": round(rank_2000, 1),
        "edit_score_ms": round(edit_ms, 1),
        "edit_propagate_s": round(spread_s, 3),
        "max_block_ms": round(dog.worst * 1000, 1),
        "reports_open_ms": round(open_ms, 1),
        "print_preview_s": round(preview_s, 2),
    }
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
