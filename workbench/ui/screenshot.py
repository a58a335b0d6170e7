"""`pkp-workbench screenshot`: render the main window, each tab and the projection view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from workbench.ui.main_window import MainWindow

TAB_FILES = (
    "1-pemangku-kepentingan",
    "2-skor-kumuh",
    "3-harmonisasi-prioritas",
    "4-matriks-program",
)
PROJECTION_SIZES = ((1920, 1080), (1024, 768))


def wait_until(condition: object, timeout_ms: int = 60_000) -> bool:
    app = QApplication.instance()
    assert app is not None
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(timeout_ms)
    while not condition() and timer.isActive():  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return bool(condition())  # type: ignore[operator]


def take_screenshots(
    out_dir: Path, database: str | None, size: tuple[int, int] = (1366, 768)
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window._fitted = True  # the pictures keep their size, whatever the offscreen screen
    window.resize(*size)
    window.show()
    opened: list[str] = []
    failed: list[str] = []
    window.database_opened.connect(opened.append)
    window.all_loaded.connect(lambda: opened.append("loaded"))
    from workbench.ui import dialogs

    original = dialogs.show_error
    dialogs.show_error = lambda _p, title, msg: failed.append(f"{title}: {msg}")
    try:
        window.open_database(database)
        if not wait_until(lambda: "loaded" in opened or failed):
            raise RuntimeError("the database did not load within a minute")
    finally:
        dialogs.show_error = original
    if failed:
        raise RuntimeError(failed[0])
    written = []
    for i, name in enumerate(TAB_FILES):
        window.tabs.setCurrentIndex(i)
        window.work_tabs[i].select_first_row()
        QApplication.processEvents()
        path = out_dir / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)
    # the sub-views people use most, each in its own picture
    extra = (
        ("1b-cakupan", 0, lambda: window.stakeholders_tab.pages.setCurrentIndex(2)),
        ("1c-pengaruh-kepentingan", 0, lambda: window.stakeholders_tab.pages.setCurrentIndex(3)),
        ("1d-kegiatan", 0, lambda: window.stakeholders_tab.pages.setCurrentIndex(1)),
        ("2b-ringkasan", 1, lambda: window.scores_tab.side.setCurrentIndex(1)),
        ("3b-sumber-usulan", 2, lambda: window.priorities_tab.sub.setCurrentIndex(1)),
        ("3c-suara-lokakarya", 2, lambda: window.priorities_tab.sub.setCurrentIndex(2)),
        ("3d-sensitivitas", 2, lambda: window.priorities_tab.sub.setCurrentIndex(3)),
        ("3e-daftar-disepakati", 2, lambda: window.priorities_tab.sub.setCurrentIndex(4)),
        ("4b-per-sumber-dana", 3, lambda: window.programme_tab.sub.setCurrentIndex(1)),
        ("4c-per-kecamatan", 3, lambda: window.programme_tab.sub.setCurrentIndex(2)),
        ("4d-analisis", 3, lambda: window.programme_tab.sub.setCurrentIndex(3)),
        ("4e-katalog", 3, lambda: window.programme_tab.sub.setCurrentIndex(4)),
    )
    for name, tab_index, show in extra:
        window.tabs.setCurrentIndex(tab_index)
        show()
        QApplication.processEvents()
        path = out_dir / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)
    window.stakeholders_tab.pages.setCurrentIndex(0)
    window.scores_tab.side.setCurrentIndex(0)
    window.priorities_tab.sub.setCurrentIndex(0)
    window.programme_tab.sub.setCurrentIndex(0)
    main = out_dir / "0-main-window.png"
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    window.grab().save(str(main))
    written.insert(0, main)
    for w, h in PROJECTION_SIZES:
        view = window.make_projection()
        view.resize(w, h)
        view.current = 2
        view.show()
        QApplication.processEvents()
        path = out_dir / f"5-projection-{w}x{h}.png"
        view.grab().save(str(path))
        view.close()
        written.append(path)
    for name, make in (
        ("6-laporan", window.make_report_dialog),
        ("6b-pengesahan-rencana", window.make_approval_dialog),
    ):
        dialog = make()
        if dialog is None:
            continue
        dialog.show()
        QApplication.processEvents()
        path = out_dir / f"{name}.png"
        dialog.grab().save(str(path))
        dialog.close()
        written.append(path)
    written.extend(_verify_shot(window, out_dir))
    window.close()
    return written


def _verify_shot(window: object, out_dir: Path) -> list[Path]:
    """The check window on the approved plan summary, written to a temporary file."""
    import tempfile

    from workbench.reports.build import write_report
    from workbench.services.report_data import plan_versions
    from workbench.ui.operations import read

    dialog = window.make_verify_dialog()  # type: ignore[attr-defined]
    if dialog is None or not any(
        v.status == "approved" for v in read(dialog.engine, plan_versions)
    ):
        return []
    pdf = Path(tempfile.mkdtemp(prefix="pkp-shot-")) / "ringkasan-rencana.pdf"
    write_report(dialog.engine, "plan-summary", pdf)
    dialog.pdf_edit.setText(str(pdf))
    dialog.show()
    dialog.check()
    wait_until(lambda: dialog.result is not None)
    QApplication.processEvents()
    path = out_dir / "6c-periksa-pdf.png"
    dialog.grab().save(str(path))
    dialog.close()
    return [path]
