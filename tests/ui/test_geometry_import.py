"""Impor Peta in the window: a map file dropped on the main window opens the map import,
checked without writing (every feature with what it matched), then imported in the
background."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.services.test_geometry_io import _geojson, _square, _units
from workbench.db.engine import session_scope
from workbench.db.models import Shape
from workbench.services.map_data import shape_rows
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import wait_for_operations


def test_a_dropped_map_is_checked_listed_and_imported(
    window: MainWindow,
    qtbot,
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    engine = window.result.engine
    with session_scope(engine) as s:  # the demo's own map taken away
        s.execute(sa.delete(Shape))
    units = _units(engine, 3)
    from shapely.geometry import box

    path = _geojson(
        workdir / "batas rt.geojson",
        [(_square(u["lat"], u["lon"], u["ha"]), {"Kode RT": u["code"]}) for u in units]
        + [(box(0, 0, 1, 1), {"Nama": "Lapangan"})],
    )
    shown: list = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: shown.append(d) or False)
    window.import_any(str(path))
    assert shown and type(shown[0]).__name__ == "GeometryImportDialog"
    dialog = shown[0]
    assert window.tabs.currentWidget() is window.scores_tab
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "3 RT" in dialog.status.text() and "1 " in dialog.status.text()
    matched = [dialog.preview.item(r, 3).text() for r in range(dialog.preview.rowCount())]
    assert matched == [f"RT {u['code']}" for u in units] + [""]
    problems = [dialog.issues.item(r, 0).text() for r in range(dialog.issues.rowCount())]
    assert "4" in problems  # the feature that matched nothing, by its number
    with session_scope(engine) as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Shape)) == 0  # checked only
    dialog.run_import()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    with session_scope(engine) as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Shape)) == 3
    assert "3 RT" in window.statusBar().currentMessage()


def _import_in_window(window: MainWindow, qtbot, monkeypatch, path: Path):  # noqa: ANN001, ANN202
    """*Berkas → Impor Peta…* on ``path``: checked, then imported; the window's dialog."""
    shown: list = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: shown.append(d) or False)
    window.import_map(str(path))
    dialog = shown[0]
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    dialog.run_import()
    assert wait_for_operations()
    return dialog


def test_a_map_imported_in_the_window_is_drawn_on_the_map_shown(
    window: MainWindow,
    qtbot,
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    """The map on screen before the import shows the new shapes after it, unasked."""
    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.map_panel)
    panel = tab.map_panel
    qtbot.waitUntil(lambda: panel.drawing is not None and not panel.view.building, timeout=10_000)
    before = panel.drawing
    engine = window.result.engine
    unit = _units(engine, 1)[0]
    from shapely.geometry import box

    path = _geojson(
        workdir / "satu.geojson", [(box(110.0, -7.0, 110.1, -6.9), {"kode": unit["code"]})]
    )
    _import_in_window(window, qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: panel.drawing is not before and not panel.view.building, timeout=10_000)
    item = panel.view.items_by_owner[unit["id"]]
    assert item.path().boundingRect().width() > 5_000  # the 0.1° box, not the demo's hexagon


def test_ctrl_z_takes_a_map_import_back_and_ctrl_y_does_it_again(
    window: MainWindow,
    qtbot,
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    """One undo step: the shapes the import replaced come back as they were (and those it
    added go); redo writes its shapes again; the map on screen follows each."""
    from shapely.geometry import box

    engine = window.result.engine

    def stored() -> dict:
        with session_scope(engine) as s:
            return {
                (r.kind, r.location_id, r.village_id, r.area_id): (bytes(r.geometry), r.area_ha)
                for r in shape_rows(s)
            }

    first = _units(engine, 1)[0]
    with session_scope(engine) as s:  # a unit without a shape gets one: undo takes it away
        s.execute(sa.delete(Shape).where(Shape.location_id == _units(engine, 2)[1]["id"]))
    demo = stored()
    second = _units(engine, 2)[1]
    path = _geojson(
        workdir / "dua.geojson",
        [
            (box(110.0, -7.0, 110.1, -6.9), {"kode": first["code"]}),
            (box(110.2, -7.0, 110.3, -6.9), {"kode": second["code"]}),
        ],
    )
    dialog = _import_in_window(window, qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    imported = stored()
    assert imported != demo and ("rt", second["id"], None, None) in imported
    assert "dua.geojson" in window.undo_action.text()
    window.undo_action.trigger()
    assert wait_for_operations()
    assert stored() == demo  # the demo's own shape back, byte for byte; the new one gone
    window.redo_action.trigger()
    assert wait_for_operations()
    assert stored() == imported
