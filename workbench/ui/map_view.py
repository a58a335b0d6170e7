"""Peta: the district's RT units, villages and kawasan drawn from their imported shapes, offline
(no web engine, no tiles), coloured by what the tab shows: slum level, total score or one
criterion's score in the year chosen. Pan by dragging, zoom with the wheel (or + and -, 0 to
fit), hover for the RT unit, click to select it in the table; the table's selection is
outlined on the map.

Drawing stays fast at 10,000 polygons: the outlines arrive as ready ``QPainterPath``s built
in the worker that read them, the items are added to the scene a batch per event-loop turn
(the window never waits for all of them), every item is painted by Qt's own C++ (no Python
per item and frame: a Python paint() was 80 ms a frame at 10,000, one path per colour
600 ms), pens are cosmetic (one pixel at any zoom), and the outlines were simplified to
half a metre when read; Qt's scene index paints and finds only what is in view."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from workbench.services.map_data import MapShape, MapShapes

BATCH = 1500  # items added to the scene per event-loop turn
NO_DATA = QColor("#cfd8dc")
OUTLINE = QColor(60, 60, 60, 160)
VILLAGE_PEN = QColor("#37474f")
AREA_PEN = QColor("#6a1b9a")
SELECTED_PEN = QColor("#0d47a1")
POINT_M = 25.0  # an RT unit known only by its point: a dot of this radius (metres)


def path_of(shape: MapShape) -> QPainterPath:
    """The outline as Qt draws it (y flipped: the scene's y grows downwards). Built in the
    worker that read the shapes: a QPainterPath is a plain value, not a widget."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    if shape.is_point:
        x, y = shape.point
        path.addEllipse(QPointF(x, -y), POINT_M, POINT_M)
        return path
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(float(x), float(-y)) for x, y in ring]))
        path.closeSubpath()
    return path


@dataclass
class MapDrawing:
    """The map ready to draw: each shape with its path (worker-built)."""

    shapes: MapShapes
    rt: list[tuple[MapShape, QPainterPath]]
    villages: list[tuple[MapShape, QPainterPath]]
    areas: list[tuple[MapShape, QPainterPath]]


def drawing_of(shapes: MapShapes) -> MapDrawing:
    return MapDrawing(
        shapes,
        [(s, path_of(s)) for s in [*shapes.rt, *shapes.points]],
        [(s, path_of(s)) for s in shapes.villages],
        [(s, path_of(s)) for s in shapes.areas],
    )


def _pen(colour: QColor, width: float = 0) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)  # in pixels at any zoom
    return pen


class RtItem(QGraphicsPathItem):
    """One RT unit: filled by the measure shown, outlined thin, outlined blue when chosen
    (painted by Qt itself: no Python per frame)."""

    def __init__(self, owner: int, label: str, path: QPainterPath, parent: QGraphicsItem) -> None:
        super().__init__(path, parent)
        self.owner, self.label = owner, label
        self.setPen(_pen(OUTLINE))
        self.setBrush(QBrush(NO_DATA))
        self.setToolTip(label)

    def mark(self, on: bool) -> None:
        self.setPen(_pen(SELECTED_PEN, 3) if on else _pen(OUTLINE))
        self.setZValue(1 if on else 0)


class MapView(QGraphicsView):
    clicked = Signal(int)  # an RT unit's location id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#f7f9fa"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # panned by dragging, as a map is: scroll bars that come and go as it is fitted would
        # resize the view, which fits it again
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_by_owner: dict[int, RtItem] = {}
        self._pending: list[Callable[[], None]] = []
        self._batches = QTimer(self)
        self._batches.setInterval(0)
        self._batches.timeout.connect(self._next_batch)
        self._colours: dict[int, QColor] = {}
        self._tips: dict[int, str] = {}
        self._selected: tuple[int, ...] = ()
        self._fitted = False
        self._whole = False  # the whole district shown, not zoomed or moved since
        self._layer = self._container()  # the RT items' parent
        self._marker: QGraphicsPathItem | None = None
        self._press = QPointF()

    def _container(self) -> QGraphicsItem:
        holder = QGraphicsRectItem()
        holder.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.scene().addItem(holder)
        return holder

    # -- building ---------------------------------------------------------------------------
    def show_drawing(self, drawing: MapDrawing) -> None:
        """Replace what is drawn; the items go in a batch per event-loop turn."""
        self._batches.stop()
        self.scene().clear()
        self.items_by_owner = {}
        self._marker = None
        self._layer = self._container()
        self._fitted = False
        # the scene's extent known before its items: Qt's index is not rebuilt as it grows
        bounds = QRectF()
        for _shape, path in [*drawing.rt, *drawing.villages, *drawing.areas]:
            bounds = bounds.united(path.boundingRect())
        if not bounds.isEmpty():
            pad = max(bounds.width(), bounds.height()) * 0.05
            self.scene().setSceneRect(bounds.adjusted(-pad, -pad, pad, pad))
        steps: list[Callable[[], None]] = []
        for start in range(0, len(drawing.rt), BATCH):
            part = drawing.rt[start : start + BATCH]
            steps.append(lambda part=part: self._add_rt(part))
        steps.append(
            lambda: self._add_outlines(drawing.areas, AREA_PEN, 1.5, Qt.PenStyle.DashLine, 2)
        )
        steps.append(
            lambda: self._add_outlines(drawing.villages, VILLAGE_PEN, 1.2, Qt.PenStyle.SolidLine, 3)
        )
        steps.append(self._built)
        self._pending = steps
        self._batches.start()

    def _next_batch(self) -> None:
        if not self._pending:
            self._batches.stop()
            return
        self._pending.pop(0)()

    @property
    def building(self) -> bool:
        return bool(self._pending)

    def _add_rt(self, part: list[tuple[MapShape, QPainterPath]]) -> None:
        for shape, path in part:
            item = RtItem(shape.owner, shape.label, path, self._layer)
            if shape.owner in self._colours:
                item.setBrush(QBrush(self._colours[shape.owner]))
            if shape.owner in self._tips:
                item.setToolTip(self._tips[shape.owner])
            self.items_by_owner[shape.owner] = item
        if not self._fitted:
            self.fit()

    def _add_outlines(
        self,
        shapes: list[tuple[MapShape, QPainterPath]],
        colour: QColor,
        width: float,
        style: Qt.PenStyle,
        z: float,
    ) -> None:
        scene = self.scene()
        pen = QPen(colour, width, style)
        pen.setCosmetic(True)
        font = QFont()
        font.setPointSizeF(8.5)
        for shape, path in shapes:
            item = scene.addPath(path, pen, QBrush(Qt.BrushStyle.NoBrush))
            item.setZValue(z)
            text = QGraphicsSimpleTextItem(shape.label)
            text.setFont(font)
            text.setBrush(colour)
            text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            x, y = shape.point
            text.setPos(x, -y)
            text.setZValue(z + 1)
            scene.addItem(text)

    def _built(self) -> None:
        self.fit()
        if self._selected:
            self.select(self._selected, centre=False)

    # -- what it shows ----------------------------------------------------------------------
    def set_colours(self, colours: dict[int, QColor], tips: dict[int, str]) -> None:
        """Fill each RT unit by ``colours`` (grey where none) with its tooltip. Only what
        changed is set (every item shows the previous colours and tips: they are given to
        items made later too), so a year-slider step touches the units whose level moved."""
        old_colours, old_tips = self._colours, self._tips
        self._colours, self._tips = colours, tips
        for owner, item in self.items_by_owner.items():
            colour = colours.get(owner, NO_DATA)
            if colour != old_colours.get(owner, NO_DATA):
                item.setBrush(QBrush(colour))
            tip = tips.get(owner)
            if tip != old_tips.get(owner):
                item.setToolTip(item.label if tip is None else tip)

    def select(self, owner: int | Iterable[int] | None, centre: bool = True) -> None:
        """Outline the RT unit chosen in the table, or several (a kawasan's), and bring them
        into view."""
        for previous in self._selected:
            item = self.items_by_owner.get(previous)
            if item is not None:
                item.mark(False)
        if self._marker is not None:
            self.scene().removeItem(self._marker)
            self._marker = None
        owners = () if owner is None else (owner,) if isinstance(owner, int) else tuple(owner)
        self._selected = owners
        items = [i for o in owners if (i := self.items_by_owner.get(o)) is not None]
        if not items:
            return
        outline = QPainterPath()
        for item in items:
            item.mark(True)
            outline.addPath(item.path())
        # above the village and kawasan outlines too
        self._marker = self.scene().addPath(
            outline, _pen(SELECTED_PEN, 3), QBrush(Qt.BrushStyle.NoBrush)
        )
        self._marker.setZValue(5)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        wanted = outline.boundingRect()
        if centre and not visible.contains(wanted):
            self._whole = False
            self.centerOn(wanted.center())

    @property
    def selected(self) -> int | None:
        """The RT unit outlined (the first of several)."""
        return self._selected[0] if self._selected else None

    @property
    def selected_all(self) -> tuple[int, ...]:
        return self._selected

    def item_at(self, scene_point: QPointF) -> RtItem | None:
        """The RT unit under a point of the scene (Qt's index finds it)."""
        for item in self.scene().items(scene_point):
            if isinstance(item, RtItem):
                return item
        return None

    def choose_at(self, scene_point: QPointF) -> None:
        """A click: the RT unit under it is chosen, and said to the tab."""
        item = self.item_at(scene_point)
        if item is not None:
            self.select(item.owner, centre=False)
            self.clicked.emit(item.owner)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            return
        margin = max(rect.width(), rect.height()) * 0.03
        self.fitInView(
            rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        self._fitted = True
        self._whole = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """While the whole district is shown (not zoomed or moved since), a map beside a
        table or in a window resized keeps showing all of it."""
        super().resizeEvent(event)
        if self._whole:
            self.fit()

    # -- pointer, wheel and keys ------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        moved = event.position() - self._press
        if event.button() == Qt.MouseButton.LeftButton and moved.manhattanLength() < 4:
            self.choose_at(self.mapToScene(event.position().toPoint()))  # a click, not a drag
        else:
            self._whole = False

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        if not (1e-4 < current * factor < 1e3):
            return
        self._whole = False
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
