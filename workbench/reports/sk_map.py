"""The SK Kumuh's distribution map (*Peta Sebaran Lokasi Permukiman Kumuh*, Permen PUPR
14/2018 art. 37): the district's villages with the slum locations coloured by level and
numbered as the SK table numbers them, a coordinate grid, and beside the map the decree's
heading, the title, north arrow, scale bar, a legend with the hectares per level, the sources
and the head of region's signature block. One landscape page (A3, A4 or F4), vector, fonts
embedded."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import shapely
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from workbench.domain.colours import LEVEL_HEX
from workbench.domain.formatting import format_ha, format_number
from workbench.reports.map_drawing import Plane, bounds_of, draw_shape
from workbench.reports.pdf_base import (
    BOLD,
    FONT,
    INK,
    MUTED,
    ReportMeta,
    _style,
    content_width,
    esc,
    page_size,
    render,
)
from workbench.services.report_data import SkMap

LEVELS = ("HEAVY", "MEDIUM", "LIGHT")
LEVEL_WORDS = {"HEAVY": "Kumuh berat", "MEDIUM": "Kumuh sedang", "LIGHT": "Kumuh ringan"}
FILL = {k: colors.HexColor(v) for k, v in LEVEL_HEX.items()}
VILLAGE_FILL = colors.HexColor("#f7f7f2")
VILLAGE_LINE = colors.HexColor("#5d5d5d")
RT_LINE = colors.HexColor("#c4c4c4")
KAWASAN_LINE = colors.HexColor("#1a237e")
GRID = colors.HexColor("#9e9e9e")
HEAD = _style("map_head", BOLD, 8, 10)
HEAD_TEXT = _style("map_head_text", FONT, 7.5, 9.5)
TITLE = _style("map_title", BOLD, 11, 13.5, alignment=TA_CENTER)
TITLE_SUB = _style("map_title_sub", FONT, 8.5, 11, alignment=TA_CENTER)
NOTE = _style("map_note", FONT, 6.5, 8, textColor=MUTED)
SIGN = _style("map_sign", FONT, 8, 10, alignment=TA_CENTER)
SIGN_NAME = _style("map_sign_name", BOLD, 8, 10, alignment=TA_CENTER)
# grid spacings to choose from, in degrees: 30", 1', 2', 5', 10', 15', 30', 1°
GRID_STEPS = (1 / 120, 1 / 60, 2 / 60, 5 / 60, 10 / 60, 15 / 60, 30 / 60, 1.0)
BAR_METRES = (50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000)
PT_MM = 25.4 / 72  # one point in millimetres


def head_of_region(district: str) -> str:
    """'Kabupaten Demo' → 'Bupati Demo'; 'Kota Pekalongan' → 'Wali Kota Pekalongan'."""
    for prefix, title in (("kabupaten ", "Bupati "), ("kota ", "Wali Kota ")):
        if district.lower().startswith(prefix):
            return title + district[len(prefix) :]
    return f"Bupati/Wali Kota {district}".strip()


def _degrees(value: float, axis: str) -> str:
    """A grid line's label: 110°25'30" BT; the seconds only when not whole minutes."""
    hemi = ("LU" if value >= 0 else "LS") if axis == "lat" else ("BT" if value >= 0 else "BB")
    seconds = round(abs(value) * 3600)
    d, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{d}°{m:02d}'{s:02d}\" {hemi}" if s else f"{d}°{m:02d}' {hemi}"


def print_ratio(plane: Plane) -> float:
    """The printed scale's denominator: metres on the ground per metre on paper."""
    return 1000.0 / (plane.scale * PT_MM)


class MapSheet(Flowable):
    """The whole sheet: the map on the left, the panel on the right."""

    def __init__(self, data: SkMap, width: float, height: float) -> None:
        super().__init__()
        self.data, self.width, self.height = data, width, height
        self.panel_w = max(72 * mm, width * 0.24)

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        gap = 4 * mm
        label_room = 5 * mm  # the grid's labels left of and under the map
        box = (label_room, label_room, self.width - self.panel_w - gap - label_room, 0.0)
        box = (box[0], box[1], box[2], self.height - label_room)
        geoms = [(o, shapely.from_wkb(o.wkb)) for o in self.data.outlines]
        points = [
            (r.longitude, r.latitude)
            for r in self.data.table.rows
            if not r.from_map and r.latitude is not None and r.longitude is not None
        ]
        bounds = bounds_of([g for _o, g in geoms], points)
        plane = Plane(bounds, box)
        c.saveState()
        clip = c.beginPath()
        clip.rect(*box)
        c.clipPath(clip, stroke=0, fill=0)
        self._shapes(plane, geoms)
        self._grid(plane, box, labels=False)
        c.restoreState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(*box, stroke=1, fill=0)
        self._grid(plane, box, labels=True)
        self._panel(plane, self.width - self.panel_w, self.panel_w)

    # -- the map ---------------------------------------------------------------------------
    def _shapes(self, plane: Plane, geoms: list[tuple[Any, Any]]) -> None:
        c = self.canv
        numbers = self.data.numbers
        level_of = {r.location_id: r.level for r in self.data.table.rows}
        c.setLineJoin(1)
        c.setFillColor(VILLAGE_FILL)
        c.setStrokeColor(VILLAGE_LINE)
        c.setLineWidth(0.6)
        for o, g in geoms:
            if o.kind == "village":
                draw_shape(c, plane, g)
        for o, g in geoms:
            if o.kind != "rt":
                continue
            level = level_of.get(o.owner)
            c.setStrokeColor(colors.white if level in FILL else RT_LINE)
            c.setLineWidth(0.25)
            c.setFillColor(FILL[level] if level in FILL else colors.white)
            draw_shape(c, plane, g)
        for r in self.data.table.rows:  # slum RT units with coordinates but no shape
            if not r.from_map and r.latitude is not None and r.longitude is not None:
                x, y = plane.xy(r.longitude, r.latitude)
                c.setFillColor(FILL.get(r.level, colors.white))
                c.setStrokeColor(INK)
                c.setLineWidth(0.3)
                c.circle(x, y, 2.2, stroke=1, fill=1)
        c.setStrokeColor(KAWASAN_LINE)
        c.setLineWidth(0.9)
        c.setDash(3, 1.5)
        for o, g in geoms:
            if o.kind == "area":
                draw_shape(c, plane, g, fill=False)
        c.setDash()
        # the villages' names, then the locations' numbers over everything
        c.setFont(FONT, 6)
        c.setFillColor(MUTED)
        for o, _g in geoms:
            if o.kind == "village" and o.label:
                x, y = plane.xy(*o.point)
                c.drawCentredString(x, y + 6, o.label.upper())
        for o, _g in geoms:
            if o.kind == "rt" and o.owner in numbers:
                self._number(plane, o.point, numbers[o.owner], level_of.get(o.owner, ""))
        for r in self.data.table.rows:
            if not r.from_map and r.latitude is not None and r.longitude is not None:
                self._number(plane, (r.longitude, r.latitude), numbers[r.location_id], r.level)

    def _number(self, plane: Plane, point: tuple[float, float], no: int, level: str) -> None:
        c = self.canv
        x, y = plane.xy(*point)
        c.setFont(BOLD, 5.5)
        c.setFillColor(colors.white if level in ("HEAVY", "MEDIUM") else INK)
        c.drawCentredString(x, y - 2, str(no))

    def _grid(self, plane: Plane, box: tuple[float, ...], labels: bool) -> None:
        c = self.canv
        x0, y0, w, h = box
        west, east = plane.lon_at(x0), plane.lon_at(x0 + w)
        south, north = plane.lat_at(y0), plane.lat_at(y0 + h)
        step = next((s for s in GRID_STEPS if (east - west) / s <= 6), GRID_STEPS[-1])
        c.setLineWidth(0.3)
        c.setStrokeColor(GRID)
        c.setFillColor(INK)
        c.setFont(FONT, 5.5)
        lon = math.ceil(west / step) * step
        while lon < east:
            x = plane.xy(lon, plane.cy)[0]
            if labels:
                c.drawCentredString(x, y0 - 3.6 * mm, _degrees(lon, "lon"))
                c.line(x, y0, x, y0 - 1.2 * mm)
            else:
                c.setDash(1, 2)
                c.line(x, y0, x, y0 + h)
                c.setDash()
            lon += step
        lat = math.ceil(south / step) * step
        while lat < north:
            y = plane.xy(plane.cx, lat)[1]
            if labels:
                c.saveState()
                c.translate(x0 - 1.8 * mm, y)
                c.rotate(90)
                c.drawCentredString(0, 0, _degrees(lat, "lat"))
                c.restoreState()
                c.line(x0, y, x0 - 1.2 * mm, y)
            else:
                c.setDash(1, 2)
                c.line(x0, y, x0 + w, y)
                c.setDash()
            lat += step

    # -- the panel -------------------------------------------------------------------------
    def _para(self, text: str, style: Any, x: float, top: float, width: float) -> float:
        p = Paragraph(text, style)
        _w, h = p.wrap(width, self.height)
        p.drawOn(self.canv, x, top - h)
        return top - h

    def _panel(self, plane: Plane, x: float, width: float) -> None:
        c = self.canv
        data = self.data
        district = data.table.district
        head = head_of_region(district)
        inner = width - 6 * mm
        left = x + 3 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(x, 0, width, self.height, stroke=1, fill=0)
        top = self.height - 3 * mm
        top = self._para(
            "LAMPIRAN<br/>"
            f"KEPUTUSAN {esc(head.upper())}<br/>"
            "NOMOR&nbsp;&nbsp;&nbsp;: ..............................<br/>"
            "TANGGAL : ..............................<br/>"
            "TENTANG : PENETAPAN LOKASI PERUMAHAN KUMUH DAN PERMUKIMAN KUMUH",
            HEAD_TEXT,
            left,
            top,
            inner,
        )
        top -= 3 * mm
        c.line(x, top, x + width, top)
        top -= 3 * mm
        year = (
            f"Penilaian tahun {data.year}"
            if data.year
            else "Penilaian terakhir tahun "
            + ", ".join(str(y) for y in sorted({r.year for r in data.table.rows}))
        )
        top = self._para("PETA SEBARAN LOKASI<br/>PERMUKIMAN KUMUH", TITLE, left, top, inner)
        top = self._para(f"{esc(district.upper())}<br/>{esc(year)}", TITLE_SUB, left, top, inner)
        top -= 3 * mm
        c.line(x, top, x + width, top)
        top = self._north_and_scale(plane, left, top - 3 * mm, inner)
        top -= 3 * mm
        c.line(x, top, x + width, top)
        top = self._legend(left, top - 3 * mm, inner)
        top -= 2 * mm
        sources = "; ".join(data.sources) or "-"
        top = self._para(
            esc(
                f"Sumber: batas wilayah dan bidang RT dari {sources}; penilaian "
                f"{data.table.ruleset or '-'}. Sistem koordinat geografis WGS 84. Nomor lokasi "
                "sesuai nomor urut pada tabel lokasi lampiran keputusan ini."
            ),
            NOTE,
            left,
            top,
            inner,
        )
        # the signature block at the foot of the panel
        block = [
            Paragraph(esc(f"{head.upper()},"), SIGN),
            Paragraph("&nbsp;", SIGN),
            Paragraph("&nbsp;", SIGN),
            Paragraph("&nbsp;", SIGN),
            Paragraph("......................................", SIGN_NAME),
        ]
        heights = [p.wrap(inner, self.height)[1] for p in block]
        y = 3 * mm + sum(heights)
        if y + 2 * mm < top:
            c.line(x, y + 2 * mm, x + width, y + 2 * mm)
            for p, h in zip(block, heights, strict=True):
                p.drawOn(c, left, y - h)
                y -= h

    def _north_and_scale(self, plane: Plane, left: float, top: float, width: float) -> float:
        c = self.canv
        # north arrow: a split triangle with U (utara) over it
        ax, size = left + 8 * mm, 9 * mm
        base = top - 3.5 * mm - size
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        c.setFont(BOLD, 8)
        c.drawCentredString(ax, top - 3 * mm, "U")
        p = c.beginPath()
        p.moveTo(ax, base + size)
        p.lineTo(ax - size / 3, base)
        p.lineTo(ax, base + size / 4)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        p = c.beginPath()
        p.moveTo(ax, base + size)
        p.lineTo(ax + size / 3, base)
        p.lineTo(ax, base + size / 4)
        p.close()
        c.setFillColor(colors.white)
        c.drawPath(p, stroke=1, fill=1)
        # scale bar: a round length filling at most the rest of the row
        bar_left = left + 20 * mm
        room = width - 22 * mm
        metres = max((m for m in BAR_METRES if m * plane.scale <= room), default=BAR_METRES[0])
        length = metres * plane.scale
        y = base + 2 * mm
        for i in range(4):
            c.setFillColor(INK if i % 2 == 0 else colors.white)
            c.rect(bar_left + i * length / 4, y, length / 4, 1.6 * mm, stroke=1, fill=1)
        c.setFillColor(INK)
        c.setFont(FONT, 6)
        for frac in (0, 0.5, 1):
            m = metres * frac
            text = (
                format_number(m / 1000, 2 if m % 1000 else 0) + " km" if m >= 1000 else f"{m:g} m"
            )
            if frac == 0:
                text = "0"
            c.drawCentredString(bar_left + frac * length, y + 2.4 * mm, text)
        ratio = round(print_ratio(plane), -2 if print_ratio(plane) < 100_000 else -3)
        c.drawString(bar_left, y - 3.2 * mm, f"Skala 1 : {format_number(ratio)} (pada kertas ini)")
        return base - 1 * mm

    def _swatch(
        self, left: float, y: float, text: str, fill: Any, line: Any = None, width: float = 0
    ) -> float:
        """A legend entry: a box in ``fill`` (outlined in ``line`` when given), its words; the
        next entry's baseline."""
        c = self.canv
        if line is not None:
            c.setStrokeColor(line)
            c.setLineWidth(width)
        c.setFillColor(fill)
        c.rect(left, y - 1, 7 * mm, 3.6 * mm, stroke=int(line is not None), fill=1)
        c.setFillColor(INK)
        c.drawString(left + 9 * mm, y, text)
        return y - 5 * mm

    def _legend(self, left: float, top: float, width: float) -> float:
        c = self.canv
        rows = self.data.table.rows
        c.setFont(BOLD, 8)
        c.setFillColor(INK)
        c.drawString(left, top - 8, "LEGENDA")
        y = top - 8 - 5 * mm
        c.setFont(FONT, 7)
        for key in LEVELS:
            mine = [r for r in rows if r.level == key]
            ha = format_ha(sum(r.area_ha for r in mine))
            y = self._swatch(left, y, f"{LEVEL_WORDS[key]}: {len(mine)} lokasi, {ha}", FILL[key])
        total = format_ha(sum(r.area_ha for r in rows))
        c.setFont(BOLD, 7)
        c.drawString(left + 9 * mm, y, f"Jumlah: {len(rows)} lokasi, {total}")
        y -= 5.5 * mm
        c.setFont(FONT, 7)
        y = self._swatch(left, y, "RT tidak kumuh / belum dinilai", colors.white, RT_LINE, 0.3)
        y = self._swatch(left, y, "Batas kelurahan/desa", VILLAGE_FILL, VILLAGE_LINE, 0.6)
        c.setStrokeColor(KAWASAN_LINE)
        c.setLineWidth(0.9)
        c.setDash(3, 1.5)
        c.line(left, y + 1.2 * mm, left + 7 * mm, y + 1.2 * mm)
        c.setDash()
        c.drawString(left + 9 * mm, y, "Batas kawasan")
        y -= 5 * mm
        c.setFont(BOLD, 7)
        c.drawCentredString(left + 3.5 * mm, y, "12")
        c.setFont(FONT, 7)
        c.drawString(left + 9 * mm, y, "Nomor lokasi pada tabel lampiran")
        return y - 3 * mm


def render_sk_map(
    data: SkMap, progress: Callable[[int], None] | None = None, paper: str = "A4"
) -> bytes:
    width = content_width(landscape_pages=True, paper=paper)
    height = page_size(paper, landscape_pages=True)[1] - 15 * mm - 20 * mm - 1
    meta = ReportMeta(
        title="Peta Sebaran Lokasi Permukiman Kumuh",
        district=data.table.district,
        version=data.table.ruleset,
    )
    return render(
        [MapSheet(data, width, height)], meta, landscape_pages=True, progress=progress, paper=paper
    )
