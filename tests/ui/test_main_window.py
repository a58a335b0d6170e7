"""The main window: four populated tabs, menus, status bar, remembered layout, export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt

from workbench.ui import dialogs
from workbench.ui import settings as st
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import wait_for_operations


def test_four_tabs_each_listing_demo_data(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Pemangku Kepentingan",
        "Skor Kumuh",
        "Harmonisasi Prioritas",
        "Matriks Program",
    ]
    for tab in window.work_tabs:
        assert tab.is_loaded
        assert tab.proxy.rowCount() > 10, tab.title()
    # The scoring tab opens on the latest year: one row per RT unit.
    scores = window.scores_tab
    years = {
        scores.proxy.index(r, scores.model.column_index("year")).data(Qt.UserRole + 1)
        for r in range(scores.proxy.rowCount())
    }
    assert years == {2025}
    assert scores.proxy.rowCount() == 72


def test_menus_are_indonesian_and_complete(window: MainWindow) -> None:
    menus = {
        a.text().replace("&", ""): [
            x.text().replace("&", "") for x in a.menu().actions() if x.text()
        ]
        for a in window.menuBar().actions()
    }
    assert list(menus) == ["Berkas", "Laporan", "Sunting", "Tampilan", "Bantuan"]
    assert menus["Laporan"] == [
        "Laporan dan Pencetakan…",
        "Pengesahan Rencana…",
        "Periksa dan Tandatangani PDF…",
    ]
    for item in (
        "Basis Data Baru…",
        "Buka…",
        "Simpan Sebagai…",
        "Terakhir Dibuka",
        "Ekspor Tabel…",
        "Cetak…",
        "Keluar",
    ):
        assert item in menus["Berkas"]
    assert menus["Sunting"][:3] == ["Item Baru…", "Urungkan", "Ulangi"]
    assert "Mode Proyeksi" in menus["Tampilan"]
    assert "Tentang" in menus["Bantuan"]
    assert window.projection_action.shortcut().toString() == "F11"


def test_status_bar_names_district_and_database(window: MainWindow) -> None:
    assert "Kabupaten Demo" in window.district_label.text()
    assert "demo copy.sqlite" in window.database_label.text()
    assert window.database_label.text().startswith("Basis data:")


def test_search_and_level_filter(window: MainWindow) -> None:
    tab = window.scores_tab
    tab.level_box.setCurrentIndex(tab.level_box.findData("HEAVY"))
    heavy = tab.proxy.rowCount()
    assert 0 < heavy < 72
    col = tab.model.column_index("level")
    assert all(tab.proxy.index(r, col).data(Qt.UserRole + 1) == "HEAVY" for r in range(heavy))
    tab.search.setText("Sukamaju")
    assert 0 < tab.proxy.rowCount() <= heavy


def test_sorting_uses_raw_numbers(window: MainWindow) -> None:
    tab = window.scores_tab
    col = tab.model.column_index("total")
    tab.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    totals = [tab.proxy.index(r, col).data(Qt.UserRole + 1) for r in range(tab.proxy.rowCount())]
    assert totals == sorted(totals, reverse=True)
    assert totals[0] > 9  # numeric, not "9" > "72" as text would sort


def test_geometry_and_last_tab_are_remembered(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    minimum = window.minimumSizeHint()
    # A 1024-pixel-wide laptop screen at 125 % scaling gives 819 logical pixels.
    assert minimum.width() <= 800 and minimum.height() <= 560, minimum
    window.resize(780, 560)  # the offscreen screen is 800x600
    window.tabs.setCurrentIndex(2)
    window.close()
    assert st.get(st.LAST_TAB) == 2
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (780, 560)
    assert st.get(st.RECENT)[0].endswith("demo copy.sqlite")


def test_export_current_table_to_xlsx_and_indonesian_csv(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
) -> None:
    window.tabs.setCurrentIndex(3)
    xlsx = workdir / "program ekspor.xlsx"
    window.export_table_to(str(xlsx))
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10_000)
    frame = pd.read_excel(xlsx)
    assert len(frame) == window.programme_tab.proxy.rowCount()
    assert "Kegiatan" in frame.columns and "2026" in [str(c) for c in frame.columns]
    money = window.programme_tab.model.rows
    assert int(frame["Total"].sum()) == sum(r.total_rp for r in money)
    window.tabs.setCurrentIndex(1)
    csv = workdir / "skor.csv"
    window.export_table_to(str(csv))
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10_000)
    raw = csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    assert header[0] == "Kode lokasi"
    first = dict(zip(header, lines[1].split(";"), strict=True))
    tab = window.scores_tab
    area = tab.proxy.index(0, tab.model.column_index("area_ha")).data(Qt.UserRole + 1)
    assert first["Luas"] == f"{area}".replace(".", ",")  # decimal comma, as Excel-ID reads
    assert len(lines) == tab.proxy.rowCount() + 1


def test_exported_scores_read_as_the_tab_shows_them(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
) -> None:
    """Issue 14.9: the export wrote HEAVY/NONE and the 16 scores as one text cell."""
    from openpyxl import load_workbook

    window.tabs.setCurrentIndex(1)
    tab = window.scores_tab
    xlsx = workdir / "skor kumuh.xlsx"
    window.export_table_to(str(xlsx))
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10_000)
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2" and all(c.font.bold for c in ws[1])
    scores = [h for h in header if h.startswith("Skor ")]
    assert scores[0] == "Skor 1a" and scores[-1] == "Skor 7b" and len(scores) == 16
    rows = [dict(zip(header, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    assert len(rows) == tab.proxy.rowCount()
    levels = {r["Tingkat kekumuhan"] for r in rows}
    assert levels <= {"kumuh berat", "kumuh sedang", "kumuh ringan", "tidak kumuh"}
    assert "HEAVY" not in levels and len(levels) >= 2
    first = tab.proxy.index(0, 0).data(Qt.UserRole + 3)  # the row object
    assert [rows[0][h] for h in scores] == list(first.scores)  # numbers, one per criterion
    assert rows[0]["Total skor"] == first.total == sum(first.scores)
    widths = {ws.cell(1, i + 1).value: ws.column_dimensions[chr(65 + i)].width for i in range(10)}
    assert widths["Kode lokasi"] >= len(first.code)  # not Excel's default 8.43


def test_open_missing_database_reports_and_keeps_current(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    no_real_dialogs,
    workdir: Path,
) -> None:
    bad = workdir / "bukan basis data.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    url_before = window.result.url
    window.open_database(str(bad))
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _ in no_real_dialogs), timeout=10_000)
    assert window.result.url == url_before
    assert window.scores_tab.proxy.rowCount() > 0


def test_new_database_through_the_file_menu(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
    workdir: Path,
) -> None:
    target = workdir / "Kota Baru.sqlite"
    answers = iter(["Kota Baru", "Jawa Tengah"])  # the district, then its province
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(target))
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.new_action.trigger()
    assert target.exists()
    assert "Kota Baru" in window.district_label.text()
    assert window.scores_tab.proxy.rowCount() == 0
    assert window.info is not None and window.info.province == "Jawa Tengah"


def test_save_as_copies_and_switches(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
    workdir: Path,
) -> None:
    target = workdir / "salinan pokja.sqlite"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(target))
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.save_as_action.trigger()
    assert target.exists()
    assert "salinan pokja.sqlite" in window.database_label.text()
    assert window.scores_tab.proxy.rowCount() == 72


def test_print_lays_the_table_out_as_a_document(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
) -> None:  # noqa: ANN001
    """Issue 14.10: Qt's HTML print split "Rp 190.000.0/00" and "DM301-0/1-001" and numbered
    pages as a bare "1"."""
    from pypdf import PdfReader

    from workbench.ui import report_dialog

    shown: list[str] = []
    monkeypatch.setattr(report_dialog, "preview", lambda _p, path: shown.append(path))
    for index, paper in ((1, "A4"), (3, "F4")):
        st.put(st.PAPER, paper)
        window.tabs.setCurrentIndex(index)
        before = len(shown)
        window.print_action.trigger()
        qtbot.waitUntil(lambda b=before: len(shown) > b, timeout=30_000)
        pdf = PdfReader(shown[-1])
        pages = [p.extract_text() for p in pdf.pages]
        box = pdf.pages[0].mediabox
        assert float(box.width) > float(box.height)  # wide table: landscape
        assert round(min(float(box.width), float(box.height)) / 72 * 25.4) == (
            210 if paper == "A4" else 215
        )
        assert len(pages) >= 2
        tab = window.current_tab()
        first = tab.model.header_titles()[0]
        for n, text in enumerate(pages, start=1):
            assert f"Halaman {n} dari {len(pages)}" in text
            assert "Kabupaten Demo" in text and "dicetak" in text
            assert first in text  # the header row repeats on every page
        everything = "\n".join(pages)
        for r in range(tab.proxy.rowCount()):
            assert tab.proxy.index(r, 0).data() in everything  # codes whole, never split
    money = [
        t for row in window.programme_tab.visible_table()[2] for t in row if t.startswith("Rp ")
    ]
    assert money and all(m in everything for m in money)


def test_undo_redo_are_wired_to_the_edit_menu(window: MainWindow) -> None:
    from PySide6.QtGui import QUndoCommand

    log: list[str] = []

    class Cmd(QUndoCommand):
        def redo(self) -> None:
            log.append("redo")

        def undo(self) -> None:
            log.append("undo")

    assert not window.undo_action.isEnabled()
    window.undo_stack.push(Cmd("ubah"))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert log == ["redo", "undo", "redo"]


def test_data_notes_show_in_full_as_a_tooltip(window: MainWindow) -> None:
    tab = window.scores_tab
    col = tab.model.column_index("flags")
    tab.year_box.setCurrentIndex(0)  # all years
    noted = [r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, col).data()]
    assert noted  # the demo has an RT without an ideal drainage length
    tip = tab.proxy.index(noted[0], col).data(Qt.ItemDataRole.ToolTipRole)
    assert "panjang_drainase_ideal_m nol/kosong (4b)" in tip.splitlines()


def test_first_window_fits_a_small_screen(app, qtbot, clean_settings) -> None:  # noqa: ANN001
    """Issue 14.11: the first window (1280×800) was taller than a 1366×768 screen."""
    from workbench.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    free = win.screen().availableGeometry()
    assert free.width() < 1280 or free.height() < 800  # the offscreen screen is small
    widest = max(free.width(), win.minimumSizeHint().width() + 8)
    qtbot.waitUntil(
        lambda: (
            win.frameGeometry().height() <= free.height() and win.frameGeometry().width() <= widest
        ),
        timeout=5_000,
    )
    assert win.minimumSizeHint().width() < 1000  # a 1024×768 screen holds it
    st.put(st.GEOMETRY, b"")  # nothing of this window is remembered for the others


def test_a_second_copy_on_the_same_file_says_so_and_can_only_read(
    window: MainWindow, qtbot, monkeypatch, no_real_dialogs
) -> None:  # noqa: ANN001
    """Issue 14.16: two copies on one SQLite file both wrote, silently."""
    from workbench.services.workspace import session_scope, sqlite_path

    path = str(sqlite_path(window.result.url))
    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or answer["yes"])
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_database(path)  # the user says no: nothing opened
    assert len(asked) == 1 and "sudah dibuka" in asked[0] and second.result is None
    answer["yes"] = True
    with qtbot.waitSignal(second.all_loaded, timeout=30_000):
        second.open_database(path)
    assert second.read_only and "hanya-baca" in second.database_label.text()
    assert not second.import_baseline_action.isEnabled()
    assert not second.restore_action.isEnabled()  # a read-only copy puts nothing back
    tab = second.stakeholders_tab
    dlh = next(r for r in tab.model.rows if r.short_name == "DLH")
    tab.select_stakeholder(dlh.id)
    tab.form.influence.setValue(1)
    tab.form.save_button.click()
    assert wait_for_operations()
    assert "hanya-baca" in tab.form.message.text()
    assert second.undo_stack.count() == 0
    with session_scope(window.result.engine) as s:  # the first copy still writes
        from workbench.services import collaboration as svc

        assert svc.stakeholder_data(s, dlh.id).influence == dlh.influence
    second.close()
    window.close()  # its lock goes with it: a copy opened now writes
    third = MainWindow()
    qtbot.addWidget(third)
    with qtbot.waitSignal(third.all_loaded, timeout=30_000):
        third.open_database(path)
    assert not third.read_only and len(asked) == 2
    third.close()


def test_an_empty_district_says_what_to_do_first_and_f1_opens_the_guide(
    app, qtbot, workdir: Path, monkeypatch, clean_settings
) -> None:  # noqa: ANN001
    """Issue 14.17: an empty district greeted the user with empty tabs; no user guide."""
    from PySide6.QtGui import QKeySequence

    from workbench.services.workspace import create_empty_database

    path = workdir / "Kota Baru.sqlite"
    create_empty_database(path, "Kota Baru").dispose()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.all_loaded, timeout=30_000):
        win.open_database(str(path))
    assert win.central.currentWidget() is win.welcome
    assert "Kota Baru" in win.welcome.title.text()
    from PySide6.QtWidgets import QPushButton

    buttons = {b.text() for b in win.welcome.findChildren(QPushButton)}
    assert any("Impor baseline" in t for t in buttons)
    win.welcome.stakeholder_requested.emit()
    assert win.central.currentWidget() is win.tabs
    assert win.tabs.currentWidget() is win.stakeholders_tab
    qtbot.waitUntil(win.stakeholders_tab.form.name.hasFocus)
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "run_dialog", lambda d: shown.append(d.browser.toPlainText()) or True
    )
    assert win.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    win.guide_action.trigger()
    assert shown and "Panduan singkat PKP Workbench" in shown[0]
    assert "Templat kosong" in shown[0] and "F11" in shown[0]
    win.close()


def test_a_lock_left_by_a_crashed_copy_is_taken_over(
    app,
    qtbot,
    workdir: Path,
    demo_sqlite,  # noqa: ANN001
    monkeypatch,
    clean_settings,
) -> None:
    """A copy that crashed leaves its lock file; the next start must not call it 'open'."""
    import shutil
    import subprocess
    import sys

    db = workdir / "setelah crash.sqlite"
    shutil.copy(demo_sqlite, db)
    subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import os\nfrom PySide6.QtCore import QCoreApplication, QLockFile\n"
                "QCoreApplication.setApplicationName('pkp-workbench')\n"
                f"l = QLockFile({str(db) + '.lock'!r}); l.setStaleLockTime(60000)\n"
                "assert l.tryLock(0)\nos._exit(0)\n"
            ),
        ],
        check=True,
        timeout=60,
    )
    assert Path(str(db) + ".lock").exists()  # left behind, its process gone
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: asked.append("?") or False)
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.all_loaded, timeout=30_000):
        win.open_database(str(db))
    assert not asked and not win.read_only
    win.close()


def test_the_window_module_is_light() -> None:
    """Issue 16: the main window is painted before pandas, SQLAlchemy and the tabs are
    imported; importing its module must not pull them in."""
    import subprocess
    import sys

    probe = (
        "import sys, workbench.ui.main_window, workbench.ui.app; "
        "print(sorted(m for m in ('pandas', 'sqlalchemy', 'numpy', 'reportlab', "
        "'workbench.ui.tabs.scores', 'workbench.services.workspace') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_the_window_shows_before_its_tabs_and_then_the_district(
    app,
    qtbot,
    workdir,
    demo_sqlite,
    clean_settings,  # noqa: ANN001
) -> None:
    """Built light (as ``run_gui`` does): the four tabs' names over a placeholder each, the
    table actions off; opening the district imports the rest off the GUI thread, puts the
    real tabs in the placeholders' places and loads them."""
    import shutil

    db = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, db)
    win = MainWindow(build_tabs=False)
    qtbot.addWidget(win)
    win.show()
    assert not win.tabs_ready and win.work_tabs == []
    assert [win.tabs.tabText(i) for i in range(4)] == [
        "Pemangku Kepentingan",
        "Skor Kumuh",
        "Harmonisasi Prioritas",
        "Matriks Program",
    ]
    assert win.tabs.currentWidget().objectName() == "tabPlaceholder"
    for action in (win.export_action, win.print_action, win.projection_action, win.new_item_action):
        assert not action.isEnabled()
    win.tabs.setCurrentIndex(2)  # a tab chosen meanwhile stays chosen
    with qtbot.waitSignal(win.tabs_built, timeout=30_000):
        win.open_database(str(db))
    assert win.tabs.currentWidget() is win.priorities_tab and win.tabs.count() == 4
    with qtbot.waitSignal(win.all_loaded, timeout=30_000):
        pass
    assert win.scores_tab.proxy.rowCount() == 72
    assert win.export_action.isEnabled() and win.projection_action.isEnabled()
    win.close()


def test_a_file_dropped_on_the_window_opens_the_import_of_its_kind(
    window: MainWindow,
    qtbot,
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Stakeholders with the district's own headers, dropped on the window: the stakeholder
    import window opens on its tab, on that file, already checked; a baseline opens the
    baseline's window; a file of no kind asks which kind it is, and a cancel opens nothing."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.services.test_column_maps import BASELINE_HEADERS
    from workbench.domain.demo import generate_baseline

    frame = pd.DataFrame(
        {"Nama Lembaga": ["Karang Taruna Maju"], "Kelompok": ["lsm"], "No. HP": ["0812"]}
    )
    people = workdir / "lembaga baru.xlsx"
    frame.to_excel(people, index=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(people))])
    drop = QDropEvent(
        QPointF(QPoint(200, 200)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    tab = window.stakeholders_tab
    qtbot.waitUntil(lambda: getattr(tab, "import_dialog", None) is not None, timeout=10_000)
    dialog = tab.import_dialog
    assert window.tabs.currentWidget() is tab and dialog.path.text() == str(people)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert "1" in dialog.status.text()
    dialog.close()

    shown: list = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: shown.append(d) or False)
    baseline = workdir / "baseline kota.csv"
    generate_baseline(6, (2025,), seed=5).rename(columns=BASELINE_HEADERS).to_csv(
        baseline, index=False, sep=";", encoding="utf-8-sig"
    )
    window.import_any(str(baseline))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert type(shown[0]).__name__ == "ImportBaselineDialog"
    assert (
        shown[0].path.text() == str(baseline) and window.tabs.currentWidget() is window.scores_tab
    )

    asked: list = []
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: asked.append(a[3]) or ("", False))
    other = workdir / "lain.csv"
    pd.DataFrame({"Nomor": [1], "Uraian": ["x"]}).to_csv(other, index=False)
    window.import_any(str(other))
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert len(asked[0]) == 4 and len(shown) == 1  # the four kinds offered; nothing opened


def test_a_backup_is_put_back_from_the_file_menu(
    window: MainWindow, qtbot, monkeypatch, no_real_dialogs
) -> None:  # noqa: ANN001
    """Berkas → Cadangkan Sekarang, then a change, then Berkas → Pulihkan dari Cadangan…:
    the change is gone, the file it replaced is among the backups, the window reopened on
    the database (its undo history cleared: it spoke of the replaced file)."""
    from workbench.services import backups as bk
    from workbench.services import collaboration as svc
    from workbench.services.workspace import session_scope, sqlite_path
    from workbench.ui.restore_dialog import RestoreDialog

    path = sqlite_path(window.result.url)
    window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: any(b.reason == "manual" for b in bk.list_backups(path)), timeout=10_000
    )
    (manual,) = [b for b in bk.list_backups(path) if b.reason == "manual"]
    tab = window.stakeholders_tab
    dlh = next(r for r in tab.model.rows if r.short_name == "DLH")
    tab.select_stakeholder(dlh.id)
    tab.form.influence.setValue(1 if dlh.influence != 1 else 2)
    tab.form.save_button.click()
    assert wait_for_operations() and window.undo_stack.count() == 1
    with session_scope(window.result.engine) as s:
        assert svc.stakeholder_data(s, dlh.id).influence != dlh.influence

    seen: list[RestoreDialog] = []

    def choose_manual(dialog) -> bool:  # noqa: ANN001
        assert isinstance(dialog, RestoreDialog)
        seen.append(dialog)
        row = next(i for i, b in enumerate(dialog.backups) if b.path == manual.path)
        dialog.table.selectRow(row)
        return True

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "run_dialog", choose_manual)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or True)
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        window.restore_action.trigger()
    assert "Dibuat manual" in asked[0]  # the copy named by its time and why
    with session_scope(window.result.engine) as s:
        assert svc.stakeholder_data(s, dlh.id).influence == dlh.influence
    assert window.undo_stack.count() == 0
    kept = [b for b in bk.list_backups(path) if b.reason == "restore"]
    assert len(kept) == 1
    restored = next(r for r in window.stakeholders_tab.model.rows if r.id == dlh.id)
    assert restored.influence == dlh.influence  # the tab shows the file put back
