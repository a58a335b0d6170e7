"""Pemangku Kepentingan: add, duplicate warning, edit, archive/delete rules, engagements
changing the coverage grid, and undo for each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.helpers import count_full_reads, count_loads_before_each_row, written_elsewhere
from workbench.services.collaboration import EngagementData
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow
from workbench.ui.models import RowRole
from workbench.ui.operations import wait_for_operations


def _names(tab) -> list[str]:  # noqa: ANN001
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def _reload(window: MainWindow, qtbot, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.stakeholders_tab.loaded, timeout=20_000):
        action()


def test_add_a_stakeholder_then_undo_and_redo(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    before = tab.proxy.rowCount()
    tab.new_stakeholder()
    form = tab.form
    form.name.setText("Karang Taruna Tunas Muda Sukamaju")
    form.category.setCurrentIndex(form.category.findData("other"))
    form.influence.setValue(2)
    form.interest.setValue(5)
    form.villages.item(0).setCheckState(Qt.CheckState.Checked)
    _reload(window, qtbot, form.save_button.click)
    assert "Karang Taruna Tunas Muda Sukamaju" in _names(tab)
    assert tab.proxy.rowCount() == before + 1
    assert form.sid and form.name.text() == "Karang Taruna Tunas Muda Sukamaju"
    _reload(window, qtbot, window.undo_action.trigger)
    assert "Karang Taruna Tunas Muda Sukamaju" not in _names(tab)
    _reload(window, qtbot, window.redo_action.trigger)
    assert "Karang Taruna Tunas Muda Sukamaju" in _names(tab)


def test_typing_a_known_name_warns_and_an_identical_one_is_refused(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    tab.new_stakeholder()
    qtbot.keyClicks(tab.form.name, "Dinas PUPR Kabupaten Demo")
    qtbot.waitUntil(
        lambda: "Dinas Pekerjaan Umum dan Penataan Ruang" in tab.form.duplicate_note.text(),
        timeout=3000,
    )
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or False)
    before = tab.proxy.rowCount()
    tab.form.save_button.click()  # the same body after expanding PUPR: refused, not asked
    assert not asked and tab.proxy.rowCount() == before
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo" in tab.form.message.text()
    tab.form.name.setText("BKM Sukamaju")  # contained in 'BKM Sukamaju Sejahtera': ask
    tab.form.category.setCurrentIndex(tab.form.category.findData("bkm_lkm"))
    tab.form.save_button.click()
    assert len(asked) == 1 and "BKM Sukamaju Sejahtera" in asked[0]
    assert tab.proxy.rowCount() == before  # the user said no: nothing made


def test_edit_then_undo_restores(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    assert tab.select_stakeholder(next(r.id for r in tab.model.rows if r.short_name == "DLH"))
    tab.form.influence.setValue(5)
    _reload(window, qtbot, tab.form.save_button.click)
    assert next(r for r in tab.model.rows if r.short_name == "DLH").influence == 5
    _reload(window, qtbot, window.undo_action.trigger)
    assert next(r for r in tab.model.rows if r.short_name == "DLH").influence == 3


def test_deleting_one_in_use_is_refused_archiving_hides_it(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    sid = next(r.id for r in tab.model.rows if r.short_name == "Bappeda")
    tab.select_stakeholder(sid)
    tab.form.delete_button.click()
    assert wait_for_operations()
    assert "Archive it instead" in tab.form.message.text() or "Arsipkan" in tab.form.message.text()
    assert any(r.id == sid for r in tab.model.rows)
    _reload(window, qtbot, tab.form.archive_button.click)
    assert "Badan Perencanaan Pembangunan Daerah Kabupaten Demo" not in _names(tab)
    tab.show_archived.setChecked(True)
    assert "Badan Perencanaan Pembangunan Daerah Kabupaten Demo" in _names(tab)
    _reload(window, qtbot, window.undo_action.trigger)
    assert not next(r for r in tab.model.rows if r.id == sid).archived


def test_recording_an_engagement_fills_the_coverage_grid_and_undo_empties_it(
    window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    grid = tab.coverage
    view = grid.view
    vid, village, _kec = next(
        v for v in view.villages if view.grid[(v[0], "university")] != "engaged"
    )
    assert grid.state(village, "university") != "engaged"
    uni = next(r.id for r in tab.model.rows if r.category == "university")
    data = EngagementData(
        date=date(2026, 3, 2),
        title="FGD bersama kampus",
        type="fgd",
        stage="understanding",
        village_ids=[vid],
        attendees=[(uni, True)],
    )
    _reload(window, qtbot, lambda: tab.add_engagement(data))
    assert grid.state(village, "university") == "engaged"
    titles = [
        tab.engagement_table.item(r, 1).text() for r in range(tab.engagement_table.rowCount())
    ]
    assert "FGD bersama kampus" in titles
    _reload(window, qtbot, window.undo_action.trigger)
    assert grid.state(village, "university") != "engaged"


def test_engagement_dialog_collects_villages_and_attendance(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
) -> None:
    from workbench.ui.tabs.engagement_dialog import EngagementDialog

    tab = window.stakeholders_tab
    dialog = EngagementDialog(tab.payload.villages, tab.payload.rows)
    qtbot.addWidget(dialog)
    dialog.title.setText("Rapat koordinasi RPLP")
    dialog._accept()
    assert "village" in dialog.message.text() or "kelurahan" in dialog.message.text()
    first_v = dialog.villages.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.set_checked(dialog.villages, {first_v: Qt.CheckState.Checked})
    a = dialog.attendees.item(0).data(Qt.ItemDataRole.UserRole)
    b = dialog.attendees.item(1).data(Qt.ItemDataRole.UserRole)
    dialog.set_checked(
        dialog.attendees, {a: Qt.CheckState.Checked, b: Qt.CheckState.PartiallyChecked}
    )
    data = dialog.data()
    assert data.village_ids == [first_v]
    assert data.attendees == [(a, True), (b, False)]
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: True)
    monkeypatch.setattr(EngagementDialog, "data", lambda self: data)
    _reload(window, qtbot, tab.record_engagement)
    assert tab.payload.engagements[0].title == "Rapat koordinasi RPLP"
    assert (tab.payload.engagements[0].present, tab.payload.engagements[0].invited) == (1, 2)


def test_add_a_commitment_then_undo(window: MainWindow, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from workbench.ui.tabs.commitment_dialog import CommitmentDialog

    tab = window.stakeholders_tab
    sid = next(r.id for r in tab.model.rows if r.short_name == "CSR BPD")
    tab.select_stakeholder(sid)
    before = next(r for r in tab.model.rows if r.id == sid).committed_rp
    dialog = CommitmentDialog("CSR BPD")
    qtbot.addWidget(dialog)
    dialog.value.setText("Rp 75.000.000")
    assert dialog.values()["value_rp"] == 75_000_000
    dialog.value.setText("banyak")
    dialog._accept()
    assert "banyak" in dialog.message.text()
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: True)
    monkeypatch.setattr(
        CommitmentDialog,
        "values",
        lambda self: {
            "form": "uang",
            "year": 2026,
            "value_rp": 75_000_000,
            "in_kind": "",
            "status": "disepakati",
        },
    )
    _reload(window, qtbot, lambda: tab.add_commitment(sid))
    assert next(r for r in tab.model.rows if r.id == sid).committed_rp == before + 75_000_000
    assert tab.form.commitments.rowCount() >= 1
    _reload(window, qtbot, window.undo_action.trigger)
    assert next(r for r in tab.model.rows if r.id == sid).committed_rp == before


def test_import_errors_are_listed_and_nothing_changes(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
    no_real_dialogs,
    workdir,
) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    path = workdir / "daftar.csv"
    path.write_text("nama;kategori;pengaruh\nYayasan Baru;lsm;7\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    before = len(tab.model.rows)
    tab.import_file("stakeholders")
    dialog = tab.import_dialog
    # the check runs every row against the registry: the problem is listed before any
    # import, and Import stays off
    qtbot.waitUntil(
        lambda: any(
            dialog.issues.item(r, 1).text() == "pengaruh" for r in range(dialog.issues.rowCount())
        ),
        timeout=10_000,
    )
    rows = [
        [dialog.issues.item(r, c).text() for c in range(4)] for r in range(dialog.issues.rowCount())
    ]
    assert ["2", "pengaruh", "7", "harus bilangan bulat 1 sampai 5"] in rows
    assert not dialog.import_button.isEnabled() and "1 galat" in dialog.status.text()
    dialog.run_import()  # (a file changed after its check is refused by the import itself)
    assert wait_for_operations()
    assert len(tab.model.rows) == before
    dialog.close()


def test_change_a_recorded_engagement_then_undo(window: MainWindow, qtbot, monkeypatch) -> None:  # noqa: ANN001
    tab = window.stakeholders_tab
    tab.pages.setCurrentIndex(1)
    tab.engagement_table.selectRow(0)
    original = tab.engagement_table.item(0, 1).text()
    shown: list[str] = []

    def fake_run(dialog) -> bool:  # noqa: ANN001
        shown.append(dialog.title.text())  # the dialog opened filled in
        dialog.title.setText("Rapat pleno Pokja PKP (diperbaiki)")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", fake_run)
    _reload(window, qtbot, tab.change_engagement)
    assert shown == [original]
    assert tab.payload.engagements[0].title == "Rapat pleno Pokja PKP (diperbaiki)"
    _reload(window, qtbot, window.undo_action.trigger)
    assert tab.payload.engagements[0].title == original


def test_filter_by_category(window: MainWindow) -> None:
    tab = window.stakeholders_tab
    tab.category_box.setCurrentIndex(tab.category_box.findData("university"))
    rows = [tab.proxy.index(r, 0).data(Qt.UserRole + 3) for r in range(tab.proxy.rowCount())]
    assert rows and {r.category for r in rows} == {"university"}
    tab.category_box.setCurrentIndex(0)
    assert tab.proxy.rowCount() == sum(1 for r in tab.model.rows if not r.archived)


def test_a_refused_delete_leaves_no_undo_step_and_undo_still_works(
    window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    """Issue 14.4: deleting an executor raised IntegrityError from the slot and left a broken
    step (Ctrl+Z then raised KeyError)."""
    tab = window.stakeholders_tab
    dlh = next(r for r in tab.model.rows if r.short_name == "DLH")
    tab.select_stakeholder(dlh.id)
    tab.form.influence.setValue(5)
    _reload(window, qtbot, tab.form.save_button.click)
    steps, text = window.undo_stack.count(), window.undo_stack.undoText()
    executor = next(r for r in tab.model.rows if r.name == "Dinas Perkim Provinsi Contoh")
    tab.select_stakeholder(executor.id)
    tab.form.delete_button.click()
    assert wait_for_operations()
    assert "pelaksana" in tab.form.message.text() and "Arsipkan" in tab.form.message.text()
    assert window.undo_stack.count() == steps and window.undo_stack.undoText() == text
    assert any(r.id == executor.id for r in tab.model.rows)
    _reload(window, qtbot, window.undo_action.trigger)  # undoes the edit before, no error
    assert next(r for r in tab.model.rows if r.id == dlh.id).influence == dlh.influence


def test_an_undo_the_data_no_longer_allows_is_refused_and_dropped(
    window: MainWindow, qtbot, no_real_dialogs
) -> None:  # noqa: ANN001
    """Undoing 'add' after someone recorded an engagement with the new stakeholder: refused in
    words, the step leaves the stack, nothing raises."""
    from workbench.services import collaboration as svc
    from workbench.services.workspace import session_scope

    tab = window.stakeholders_tab
    tab.new_stakeholder()
    tab.form.name.setText("Komunitas Peduli Kali Bersih")
    _reload(window, qtbot, tab.form.save_button.click)
    sid = next(r.id for r in tab.model.rows if r.name == "Komunitas Peduli Kali Bersih")
    steps = window.undo_stack.count()
    with session_scope(tab.engine) as s:  # a colleague, outside this window's undo stack
        svc.create_engagement(
            s,
            EngagementData(
                date=date(2026, 5, 1),
                title="Rapat",
                type="fgd",
                stage="dialogue",
                attendees=[(sid, True)],
            ),
        )
    tab.pages.setCurrentIndex(1)  # the message then comes as a dialog
    window.undo_action.trigger()
    assert wait_for_operations()
    assert window.undo_stack.count() == steps - 1
    assert "Komunitas Peduli Kali Bersih" in no_real_dialogs[-1][1]
    assert any(r.id == sid for r in tab.model.rows)
    window.undo_action.trigger()  # the steps below still work


def test_attendance_records_invited_but_absent_and_finds_names(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """Issue 14.7: the list only toggled ✓/empty although it promised a third state."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from workbench.ui.tabs.engagement_dialog import EngagementDialog

    tab = window.stakeholders_tab
    dialog = EngagementDialog(tab.payload.villages, tab.payload.rows, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = dialog.attendees
    assert names.height() > 8 * names.sizeHintForRow(0)  # more than six names in view

    def click(row: int) -> None:
        item = names.item(row)
        names.scrollToItem(item)
        rect = names.visualItemRect(item)
        opt = QStyleOptionViewItem()
        opt.initFrom(names)
        opt.rect = rect
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = names.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, names
        )
        qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=box.center())

    click(0)
    assert names.item(0).checkState() == Qt.CheckState.Checked  # once: present
    click(1)
    click(1)
    assert names.item(1).checkState() == Qt.CheckState.PartiallyChecked  # invited, absent
    click(2)
    click(2)
    click(2)
    assert names.item(2).checkState() == Qt.CheckState.Unchecked  # not invited
    assert "1" in dialog.attendee_count.text()
    ids = [names.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)]
    assert dialog.data().attendees == [(ids[0], True), (ids[1], False)]
    dialog.attendee_search.setText("bappeda")
    shown = [names.item(i).text() for i in range(names.count()) if not names.item(i).isHidden()]
    assert shown and all("bappeda" in n.casefold() for n in shown)


def test_export_and_import_run_off_the_gui_thread_and_the_tab_follows(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
    no_real_dialogs,
    workdir,
) -> None:  # noqa: ANN001
    """The registry file is read and written through the operations layer in a worker (one
    unit of work), and the tab shows what was imported without F5."""
    import pandas as pd

    tab = window.stakeholders_tab
    out = workdir / "daftar.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(out))
    tab.export_file("stakeholders")
    qtbot.waitUntil(lambda: out.exists() and "daftar.xlsx" in tab.summary.text(), timeout=10_000)
    frame = pd.read_excel(out, dtype=str).fillna("")
    assert len(frame) == len(tab.model.rows)
    new = frame.iloc[[0]].copy()
    new["nama"] = "Yayasan Kampung Hijau Demo"
    new["singkatan"] = ""
    path = workdir / "baru.csv"
    new.to_csv(path, index=False)
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    before = len(tab.model.rows)
    tab.import_file("stakeholders")
    qtbot.waitUntil(tab.import_dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.import_dialog.import_button.click()
    assert len(tab.model.rows) == before + 1
    assert any(r.name == "Yayasan Kampung Hijau Demo" for r in tab.model.rows)
    assert any(k == "info" and "1 ditambahkan" in m for k, m in no_real_dialogs), no_real_dialogs


def test_an_edit_shows_in_the_list_with_its_answer_before_the_tab_loads(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Issue 16: the list showed an edit only after the whole registry (log, coverage grid,
    map) had loaded again; now the row comes with the edit's answer, the load after it."""
    tab = window.stakeholders_tab
    dlh = next(r for r in tab.model.rows if r.short_name == "DLH")
    tab.select_stakeholder(dlh.id)
    tab.form.influence.setValue(5 if dlh.influence != 5 else 4)
    wanted = tab.form.influence.value()
    loads, replaced = count_loads_before_each_row(tab)
    tab.form.save_button.click()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: bool(loads), timeout=30_000)
    assert replaced == [0]  # the row came with the edit's answer, before any load
    assert next(r for r in tab.model.rows if r.id == dlh.id).influence == wanted


def test_add_archive_delete_change_the_list_without_reading_it_again(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Each command's answer puts its row in (or out of) the list, sorted and filtered as
    shown; only the log, coverage and map beside it are read again. After each step, and
    its undo, the list is what a full read gives."""
    from workbench.operations import read
    from workbench.services.collaboration import list_stakeholders

    tab = window.stakeholders_tab
    full = count_full_reads(monkeypatch, tab)

    def same_as_a_full_read() -> None:
        assert wait_for_operations()
        qtbot.waitUntil(lambda: tab.is_loaded, timeout=20_000)
        fresh = read(tab.engine, lambda s: list_stakeholders(s, include_archived=True))
        assert sorted(tab.model.rows, key=lambda r: r.id) == sorted(fresh, key=lambda r: r.id)
        shown = {tab.proxy.index(r, 0).data(RowRole).id for r in range(tab.proxy.rowCount())}
        assert shown == {r.id for r in fresh if not r.archived}  # archived ones hidden

    tab.new_stakeholder()
    tab.form.name.setText("Forum Warga Peduli Sungai")
    tab.form.category.setCurrentIndex(tab.form.category.findData("other"))
    tab.form.save_button.click()
    same_as_a_full_read()
    sid = tab.form.sid
    assert sid and "Forum Warga Peduli Sungai" in _names(tab)
    tab.form.archive_button.click()
    same_as_a_full_read()
    assert "Forum Warga Peduli Sungai" not in _names(tab)
    window.undo_action.trigger()  # restored
    same_as_a_full_read()
    assert tab.select_stakeholder(sid)
    tab.form.delete_button.click()  # nothing refers to it: deleted
    same_as_a_full_read()
    assert all(r.id != sid for r in tab.model.rows)
    window.undo_action.trigger()  # back, under a new id, and selected
    same_as_a_full_read()
    assert tab.form.name.text() == "Forum Warga Peduli Sungai"
    assert full == []


def test_a_registry_with_its_own_headers_is_mapped_in_the_import_window(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
    no_real_dialogs,
    workdir,
) -> None:  # noqa: ANN001
    """The stakeholders import window reads known headers by themselves ('Nama Lembaga',
    'No. HP'); a header of the district's own ('Unsur') is mapped in the columns dialog,
    then the rows import."""
    from workbench.ui.column_mapping import ColumnMappingDialog

    tab = window.stakeholders_tab
    path = workdir / "lembaga.csv"
    path.write_text(
        "Nama Lembaga;Golongan;No. HP\nYayasan Sungai Bersih;lsm;0812 3456 789\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    tab.import_file("stakeholders")
    dialog = tab.import_dialog
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled()  # kategori: no header known for it
    assert dialog.preview.rowCount() == 1 and dialog.preview.verticalHeaderItem(0).text() == "2"
    assert any(
        dialog.issues.item(r, 1).text() == "kategori" for r in range(dialog.issues.rowCount())
    )

    def map_it(d: ColumnMappingDialog) -> bool:
        assert d.boxes["nama"].currentData() == "Nama Lembaga"
        d.boxes["kategori"].setCurrentIndex(d.boxes["kategori"].findData("Golongan"))
        return True

    monkeypatch.setattr(dialogs, "run_dialog", map_it)
    dialog.columns.map_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dialog.import_button.click()
    row = next(r for r in tab.model.rows if r.name == "Yayasan Sungai Bersih")
    assert row.category == "ngo"


def _written_elsewhere(window: MainWindow, sid: int, notes: str) -> None:
    """Another program (a second window, another login) changes the record."""
    from workbench.services.collaboration import update_stakeholder

    with written_elsewhere(window) as s:
        update_stakeholder(s, sid, {"notes": notes}, user="ui")


def test_saving_a_record_someone_else_changed_asks_reload_or_apply_on_top(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    tab = window.stakeholders_tab
    sid = next(r.id for r in tab.model.rows if r.short_name == "DLH")
    assert tab.select_stakeholder(sid)
    asked: list[str] = []
    answer = {"apply": False}
    monkeypatch.setattr(
        dialogs, "ask_conflict", lambda _p, message: asked.append(message) or answer["apply"]
    )
    _written_elsewhere(window, sid, "catatan dari jendela lain")
    tab.form.influence.setValue(5)  # made on the record as the form showed it
    _reload(window, qtbot, tab.form.save_button.click)
    assert len(asked) == 1 and "catatan dari jendela lain" in asked[0]
    row = next(r for r in tab.model.rows if r.id == sid)
    assert row.influence == 3  # reloaded: theirs kept, mine not written
    assert tab.form.influence.value() == 3 and tab.form.sid == sid  # the form shows theirs
    assert tab.form.notes.toPlainText() == "catatan dari jendela lain"
    assert not window.undo_action.isEnabled() or window.undo_stack.count() == 0
    # the second time the user chooses to apply theirs on top
    assert tab.select_stakeholder(next(r.id for r in tab.model.rows if r.id != sid))
    assert tab.select_stakeholder(sid)
    _written_elsewhere(window, sid, "lagi dari jendela lain")
    answer["apply"] = True
    tab.form.influence.setValue(4)
    _reload(window, qtbot, tab.form.save_button.click)
    assert len(asked) == 2
    assert next(r for r in tab.model.rows if r.id == sid).influence == 4
    from workbench.db.engine import session_scope
    from workbench.db.models import Stakeholder

    with session_scope(window.result.engine) as s:
        kept = s.get(Stakeholder, sid)
        assert kept is not None and kept.notes == "lagi dari jendela lain" and kept.influence == 4


def test_a_refresh_from_elsewhere_keeps_what_the_user_typed_and_asks_on_save(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.ui.operations import Changes, announce

    tab = window.stakeholders_tab
    sid = next(r.id for r in tab.model.rows if r.short_name == "DLH")
    assert tab.select_stakeholder(sid)
    checked = [
        tab.form.villages.item(i).text()
        for i in range(tab.form.villages.count())
        if tab.form.villages.item(i).checkState() == Qt.CheckState.Checked
    ]
    tab.form.address.setText("Jl. Merdeka 5")  # typed, not saved yet
    _written_elsewhere(window, sid, "dari jendela lain")
    _reload(window, qtbot, lambda: announce(Changes.everything()))  # as the live watch does
    assert tab.form.sid == sid and tab.form.address.text() == "Jl. Merdeka 5"
    assert tab.view.currentIndex().data(RowRole).id == sid
    assert [
        tab.form.villages.item(i).text()
        for i in range(tab.form.villages.count())
        if tab.form.villages.item(i).checkState() == Qt.CheckState.Checked
    ] == checked
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_conflict", lambda _p, m: asked.append(m) or True)
    _reload(window, qtbot, tab.form.save_button.click)
    assert len(asked) == 1 and "dari jendela lain" in asked[0]
    from workbench.db.engine import session_scope
    from workbench.db.models import Stakeholder

    with session_scope(window.result.engine) as s:
        kept = s.get(Stakeholder, sid)
        assert kept is not None and kept.address == "Jl. Merdeka 5"
        assert kept.notes == "dari jendela lain"  # theirs kept, mine on top


def test_a_refresh_with_nothing_typed_shows_the_record_as_it_is_now(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    from workbench.ui.operations import Changes, announce

    tab = window.stakeholders_tab
    sid = next(r.id for r in tab.model.rows if r.short_name == "DLH")
    assert tab.select_stakeholder(sid)
    _written_elsewhere(window, sid, "dari jendela lain")
    _reload(window, qtbot, lambda: announce(Changes.everything()))
    assert tab.form.sid == sid and tab.form.notes.toPlainText() == "dari jendela lain"
