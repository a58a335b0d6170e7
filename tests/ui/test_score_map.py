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
    assert format_ha(heavy) in panel.legend.text()
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
        assert format_ha(heavy) in panel.legend.text() and str(year) in panel.legend.text()
    qtbot.keyClick(panel.year_slider, Qt.Key.Key_Left)  # the keyboard moves the year too
    assert panel.year_slider.value() == last - 1
    panel.measure.setCurrentIndex(panel.measure.findData("priority"))
    lid, code = next((k, v) for k, v in expected.priority.items() if k in view.items_by_owner)
    assert view.items_by_owner[lid].brush().color() == PRIORITY_COLORS[code[0]]
    assert code in view.items_by_owner[lid].toolTip() and not panel.year_slider.isVisible()
    panel.measure.setCurrentIndex(panel.measure.findData("decision"))
    lid, status = next((k, v) for k, v in expected.decision.items() if k in view.items_by_owner)
    assert view.items_by_owner[lid].brush().color() == DECISION_COLORS[status]
