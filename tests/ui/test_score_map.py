"""Peta in the Skor Kumuh tab: the RT units drawn from their shapes, coloured by the measure
and year chosen, a click selecting the RT unit in the table and the table's selection
outlined on the map; a map imported elsewhere is drawn again."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt

from tests.services.test_geometry_io import _geojson, _square, _units
from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import Shape
from workbench.domain.formatting import format_ha
from workbench.services.geometry_io import import_geometry
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import MAP, Changes, announce
from workbench.ui.style import LEVEL_COLORS, SCORE_COLORS
from workbench.ui.tabs.score_map import total_colour


def _import_squares(window: MainWindow, workdir: Path, n: int = 8) -> list[dict]:
    """The demo's map taken away, then squares for its first ``n`` RT units imported."""
    engine = window.result.engine
    with session_scope(engine) as s:
        s.execute(sa.delete(Shape))
    units = _units(engine, n)
    path = _geojson(
        workdir / "rt.geojson",
        [(_square(u["lat"], u["lon"], u["ha"]), {"kode_lokasi": u["code"]}) for u in units],
    )
    unit(import_geometry, engine, path)
    announce(Changes.of(MAP))
    return units


def test_the_map_colours_follow_the_measure_and_the_year(
    window: MainWindow,
    qtbot,
    workdir: Path,  # noqa: ANN001
) -> None:
    tab = window.scores_tab
    units = _import_squares(window, workdir)
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.map_panel)
    view = tab.map_panel.view
    qtbot.waitUntil(
        lambda: len(view.items_by_owner) >= len(units) and not view.building, timeout=10_000
    )
    first = units[0]["id"]

    def row_of(year: int):  # noqa: ANN202
        return next(r for r in tab.model.rows if r.location_id == first and r.year == year)

    years = sorted({r.year for r in tab.model.rows})
    latest, earliest = row_of(years[-1]), row_of(years[0])
    item = view.items_by_owner[first]
    assert item.brush().color() == LEVEL_COLORS[latest.level]
    assert latest.code in item.toolTip() and str(latest.total) in item.toolTip()
    tab.year_box.setCurrentIndex(tab.year_box.findData(years[0]))
    assert item.brush().color() == LEVEL_COLORS[earliest.level]
    panel = tab.map_panel
    panel.measure.setCurrentIndex(panel.measure.findData("total"))
    assert item.brush().color() == total_colour(earliest.total)
    panel.measure.setCurrentIndex(panel.measure.findData("2a"))
    score = dict(zip(panel.codes, earliest.scores, strict=True))["2a"]
    assert item.brush().color() == SCORE_COLORS[score]
    panel.measure.setCurrentIndex(panel.measure.findData("level"))
    heavy = sum(r.area_ha for r in tab.model.rows if r.year == years[0] and r.level == "HEAVY")
    assert format_ha(heavy) in panel.legend.text().replace("&nbsp;", " ")
    # an RT unit without a shape is drawn at its point, coloured as the others
    shaped = {u["id"] for u in units}
    loose = next(r for r in tab.model.rows if r.location_id not in shaped and r.year == years[0])
    dot = view.items_by_owner[loose.location_id]
    assert dot.brush().color() == LEVEL_COLORS[loose.level]
    assert dot.path().boundingRect().width() < item.path().boundingRect().width()


def test_a_click_on_the_map_selects_the_row_and_the_row_is_outlined(
    window: MainWindow,
    qtbot,
    workdir: Path,  # noqa: ANN001
) -> None:
    tab = window.scores_tab
    units = _import_squares(window, workdir, 4)
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.map_panel)
    view = tab.map_panel.view
    qtbot.waitUntil(
        lambda: not view.building and units[2]["id"] in view.items_by_owner, timeout=10_000
    )
    target = view.items_by_owner[units[2]["id"]]
    view.choose_at(target.path().boundingRect().center())  # what a click there does
    current = tab.view.currentIndex()
    assert current.isValid() and tab.proxy.index(current.row(), 0).data() == units[2]["code"]
    tab.views.setCurrentWidget(tab.view)
    tab.select_first_row()
    first = tab.proxy.index(0, 0).data()
    assert view.items_by_owner[view.selected].label == first
    assert view.items_by_owner[view.selected].pen().width() == 3  # outlined
    assert target.pen().width() != 3  # the one before no longer is
    # a real click on the viewport, where the RT unit is drawn
    from PySide6.QtCore import Qt

    tab.views.setCurrentWidget(tab.map_panel)
    other = view.items_by_owner[units[1]["id"]]
    view.centerOn(other)
    spot = view.mapFromScene(other.path().boundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert view.selected == units[1]["id"]
    current = tab.view.currentIndex()
    assert tab.proxy.index(current.row(), 0).data() == units[1]["code"]


def test_the_demo_opens_with_its_map(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """A fresh demo has RT, village and kawasan shapes: the map is drawn, not the hint."""
    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.map_panel)
    panel = tab.map_panel
    qtbot.waitUntil(lambda: panel.drawing is not None and not panel.view.building, timeout=10_000)
    shapes = panel.drawing.shapes
    assert len(shapes.rt) == len({r.location_id for r in tab.model.rows}) and not shapes.points
    assert shapes.villages and shapes.areas
    assert panel.stack.currentWidget() is panel.view


def test_planning_measures_and_the_year_slider_watch_the_red_shrink(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Priority code, harmonised decision and the programme's projected level in the plan
    year the slider shows: colours and hectares follow the slider."""
    from workbench.services.map_data import planning_measures
    from workbench.ui.tabs.priority_views import DECISION_COLORS
    from workbench.ui.tabs.score_map import PRIORITY_COLORS

    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.map_panel)
    panel, view = tab.map_panel, tab.map_panel.view
    qtbot.waitUntil(lambda: bool(view.items_by_owner) and not view.building, timeout=10_000)
    expected = unit(planning_measures, window.result.engine)
    panel.measure.setCurrentIndex(panel.measure.findData("projected"))
    qtbot.waitUntil(lambda: panel.planning is not None, timeout=10_000)
    assert panel.year_slider.isVisible()
    first, last = expected.years[0], expected.years[-1]
    assert (panel.year_slider.minimum(), panel.year_slider.maximum()) == (first, last)
    # an RT unit whose projected level changes over the plan
    moving = next(
        lid
        for lid, levels in expected.projected.items()
        if levels.get(first) != levels.get(last) and lid in view.items_by_owner
    )
    shown = {r.location_id for r in panel.rows}
    assert moving in shown
    for year in (first, last):
        panel.year_slider.setValue(year)
        level = expected.projected[moving][year]
        assert view.items_by_owner[moving].brush().color() == LEVEL_COLORS[level]
        heavy = sum(
            expected.area_ha[lid]
            for lid, lv in expected.projected.items()
            if lv.get(year) == "HEAVY" and lid in shown
        )
        legend = panel.legend.text().replace("&nbsp;", " ")
        assert format_ha(heavy) in legend and str(year) in legend
    qtbot.keyClick(panel.year_slider, Qt.Key.Key_Left)  # the keyboard moves the year too
    assert panel.year_slider.value() == last - 1
    panel.measure.setCurrentIndex(panel.measure.findData("priority"))
    lid, code = next((k, v) for k, v in expected.priority.items() if k in view.items_by_owner)
    assert view.items_by_owner[lid].brush().color() == PRIORITY_COLORS[code[0]]
    assert code in view.items_by_owner[lid].toolTip() and not panel.year_slider.isVisible()
    panel.measure.setCurrentIndex(panel.measure.findData("decision"))
    lid, status = next((k, v) for k, v in expected.decision.items() if k in view.items_by_owner)
    assert view.items_by_owner[lid].brush().color() == DECISION_COLORS[status]


def _map_beside(tab, qtbot):  # noqa: ANN001, ANN202
    """The tab's Map button pressed: the map beside its table, drawn and coloured."""
    tab.map_button.click()
    panel = tab.map_panel
    assert panel.isVisible()
    qtbot.waitUntil(
        lambda: (
            panel.drawing is not None
            and not panel.view.building
            and panel.rows
            and panel.planning is not None
        ),
        timeout=20_000,
    )
    return panel


def test_the_map_beside_the_ranking_chooses_the_candidate(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Harmonisasi Prioritas: Ctrl+M shows the map beside the ranking (and is remembered); a
    click on an RT unit selects its candidate, by RT unit or by kawasan; the rows selected
    are outlined on the map, a kawasan as all its RT units."""
    from workbench.services import harmonisation as hs
    from workbench.ui import settings
    from workbench.ui.tabs.priority_views import DECISION_COLORS

    tab = window.priorities_tab
    window.tabs.setCurrentWidget(tab)
    tab.sub.setCurrentIndex(2)
    panel = _map_beside(tab, qtbot)
    assert tab.sub.currentIndex() == 0  # the ranking, where the map is
    assert settings.get(settings.MAP_BESIDE["priorities"]) == 1
    assert panel.measure.currentData() == "decision"
    view = panel.view
    decided = next(r for r in tab.rows() if r.decision is not None and r.key.startswith("L"))
    lid = int(decided.key[1:])
    assert view.items_by_owner[lid].brush().color() == DECISION_COLORS[decided.decision.status]
    second = tab.rows()[1]
    item = view.items_by_owner[int(second.key[1:])]
    view.choose_at(item.path().boundingRect().center())
    assert [r.key for r in tab.selected_rows()] == [second.key]
    tab.select_row_where(lambda r: r.key == decided.key)
    assert view.selected_all == (lid,)
    assert view.items_by_owner[lid].pen().width() == 3
    # an RT unit that is no candidate (not slum): nothing chosen, and the map says why
    outside = next(r for r in panel.rows if f"L{r.location_id}" not in {c.key for c in tab.rows()})
    view.choose_at(view.items_by_owner[outside.location_id].path().boundingRect().center())
    assert not tab.selected_rows() and outside.code in panel.notice.text()
    assert not panel.notice.isHidden()

    # ranked by kawasan: a click on an RT unit chooses its kawasan, outlined whole
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.change_settings(
            hs.Settings(**{**vars(tab.payload.view.settings), "level": "kawasan"}), "k"
        )
    kawasan = tab.rows()[0]
    members = panel.locations_of_area(int(kawasan.key[1:]))
    assert len(members) > 1
    view.choose_at(view.items_by_owner[members[-1]].path().boundingRect().center())
    assert [r.key for r in tab.selected_rows()] == [kawasan.key]
    assert set(view.selected_all) == set(members)
    # Ctrl+M again hides it, and that is remembered too
    tab.map_button.click()
    assert not panel.isVisible() and settings.get(settings.MAP_BESIDE["priorities"]) == 0


def test_the_map_beside_the_programme_matrix(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Matriks Program: the map beside the matrix, coloured by the projected level with the
    year slider; a click chooses the RT unit's first activity, the chosen activity's RT unit
    is outlined."""
    tab = window.programme_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded, timeout=30_000)
    panel = _map_beside(tab, qtbot)
    assert panel.measure.currentData() == "projected" and panel.year_slider.isVisible()
    view = panel.view
    activity = next(r for r in tab.model.rows if r.code)
    unit_row = next(r for r in panel.rows if r.code == activity.code)
    level = panel.planning.projected[unit_row.location_id][panel.year_slider.value()]
    assert view.items_by_owner[unit_row.location_id].brush().color() == LEVEL_COLORS[level]
    view.choose_at(view.items_by_owner[unit_row.location_id].path().boundingRect().center())
    chosen = tab.selected_row()
    assert chosen is not None and chosen.code == activity.code
    other = next(r for r in tab.model.rows if r.code and r.code != activity.code)
    tab.select_row_where(lambda r: r.id == other.id)
    other_unit = next(r for r in panel.rows if r.code == other.code)
    assert view.selected_all == (other_unit.location_id,)
    planned = {r.code for r in tab.model.rows}
    bare = next(r for r in panel.rows if r.code not in planned and r.area not in planned)
    view.choose_at(view.items_by_owner[bare.location_id].path().boundingRect().center())
    assert tab.selected_row() is None and bare.code in panel.notice.text()


def test_the_whole_district_stays_in_view_as_the_map_is_resized(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Shown whole, the map keeps all the district in view when its pane is resized (the map
    beside a table, a window made smaller); once zoomed, a resize leaves the zoom alone."""
    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.map_panel)
    view = tab.map_panel.view
    qtbot.waitUntil(lambda: tab.map_panel.drawing is not None and not view.building, timeout=10_000)

    def shows_all() -> bool:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        return visible.contains(view.scene().itemsBoundingRect().adjusted(1, 1, -1, -1))

    assert shows_all()
    wide = view.viewport().width()
    total = sum(tab.splitter.sizes())
    tab.splitter.setSizes([total // 4, total - total // 4])  # the map's pane made narrow
    qtbot.waitUntil(lambda: view.viewport().width() < wide - 50, timeout=5_000)
    assert shows_all()
    view.zoom(4.0)
    scale = view.transform().m11()
    narrow = view.viewport().width()
    tab.splitter.setSizes([total - total // 4, total // 4])
    qtbot.waitUntil(lambda: view.viewport().width() > narrow + 50, timeout=5_000)
    assert view.transform().m11() == scale and not shows_all()
