"""Location profiles: one A4 page per RT unit (or kawasan), like the public profile pages
districts publish: header data, the criteria with volume, unit, percent and score, the aspect
means, total and level, what follows for handling, and the history across years."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd
import shapely
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, TableStyle

from workbench.domain.formatting import format_number
from workbench.reports.map_drawing import Plane, bounds_of, draw_shape
from workbench.reports.pdf_base import (
    BODY,
    BOLD,
    CELL_B,
    CELL_BR,
    H1,
    H2,
    LEVEL_COLORS,
    LEVEL_NAMES,
    MUTED,
    SMALL,
    LazyStory,
    ReportMeta,
    Table,
    cell,
    content_width,
    data_table,
    esc,
    key_value_table,
    render,
)
from workbench.services.report_data import Locator, Profile


def tables(profiles: list[Profile]) -> dict[str, pd.DataFrame]:
    crit = [
        {
            "kode": p.code,
            "tahun": p.year,
            "kriteria": c.code,
            "aspek": c.aspect,
            "nama_kriteria": c.name,
            "volume": c.volume,
            "satuan": c.unit,
            "persen": round(c.percent, 2),
            "skor": c.score,
        }
        for p in profiles
        for c in p.criteria
    ]
    summary = [
        {
            "kode": p.code,
            "tahun": p.year,
            "aturan": p.ruleset,
            "total_skor": p.total,
            "tingkat": LEVEL_NAMES.get(p.level, p.level),
            **{f"rata_aspek_{n}": round(m, 2) for n, _name, m in p.aspects},
            **{label.lower().replace(" ", "_"): v for label, v in p.considerations},
        }
        for p in profiles
    ]
    history = [
        {"kode": p.code, "tahun": y, "total_skor": t, "tingkat": LEVEL_NAMES.get(lv, lv)}
        for p in profiles
        for y, t, lv in p.history
    ]
    return {
        "ringkasan": pd.DataFrame(summary),
        "kriteria": pd.DataFrame(crit),
        "riwayat": pd.DataFrame(history),
    }


def _page(p: Profile, width: float) -> list[Any]:
    label = LEVEL_NAMES.get(p.level, p.level)
    white = ParagraphStyle(
        "badge",
        parent=CELL_B,
        fontSize=9,
        leading=11,
        textColor=colors.black if p.level == "LIGHT" else colors.white,
    )
    badge = Table(
        [[cell(f"{label} · skor {p.total} dari {p.max_total}", white)]], colWidths=[70 * mm]
    )
    badge.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LEVEL_COLORS.get(p.level, LEVEL_COLORS["NONE"])),
                ("TEXTCOLOR", (0, 0), (-1, -1), "white"),
            ]
        )
    )
    half = (width - 6 * mm) / 2
    facts = p.facts
    split = (len(facts) + 1) // 2
    head = Table(
        [
            [
                key_value_table(facts[:split], (32 * mm, half - 32 * mm)),
                key_value_table(
                    facts[split:] + [("Tahun penilaian", str(p.year)), ("Aturan", p.ruleset)],
                    (32 * mm, half - 32 * mm),
                ),
            ]
        ],
        colWidths=[half + 6 * mm, half],
    )
    head.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    rows: list[list[Any]] = []
    aspect_names = {n: name for n, name, _m in p.aspects}
    current = None
    for c in p.criteria:
        if c.aspect != current:
            current = c.aspect
            mean = next(m for n, _name, m in p.aspects if n == c.aspect)
            rows.append(
                [
                    cell(c.aspect, CELL_B),
                    cell(f"Aspek {c.aspect}: {aspect_names.get(c.aspect, '')}", CELL_B),
                    "",
                    "",
                    cell(f"rata-rata {format_number(mean, 2)} %", CELL_BR),
                    "",
                ]
            )
        rows.append(
            [
                c.code,
                c.name,
                "" if c.volume is None else format_number(c.volume, 2),
                c.unit,
                f"{format_number(c.percent, 2)} %",
                c.score,
            ]
        )
    widths = [10 * mm, 0, 22 * mm, 22 * mm, 30 * mm, 12 * mm]
    widths[1] = width - sum(widths)
    table = data_table(
        ["Kode", "Kriteria", "Volume", "Satuan", "Persen", "Skor"],
        rows,
        widths,
        right=[2, 4, 5],
        total=["", "Total skor", "", "", label, p.total],
    )
    history = data_table(
        ["Tahun", "Total skor", "Tingkat"],
        [[y, t, LEVEL_NAMES.get(lv, lv)] for y, t, lv in p.history],
        [20 * mm, 25 * mm, 40 * mm],
        right=[1],
    )
    story: list[Any] = [
        Paragraph(esc(f"Profil {'kawasan' if p.kind == 'kawasan' else 'lokasi'}: {p.title}"), H1),
        badge,
        Spacer(1, 3 * mm),
        head,
        Spacer(1, 3 * mm),
        table,
    ]
    side = 62 * mm if p.locator is not None else 0.0
    left = width - side - (4 * mm if side else 0)
    lower: list[Any] = []
    if p.considerations:
        lower += [
            Paragraph("Pertimbangan dan penanganan", H2),
            key_value_table(p.considerations, (40 * mm, left - 40 * mm)),
        ]
    lower += [Paragraph("Riwayat penilaian", H2), history]
    if p.locator is None:
        return story + lower
    level_colour = LEVEL_COLORS.get(p.level, LEVEL_COLORS["NONE"])
    locator = [
        Paragraph("Peta lokasi", H2),
        LocatorMap(p.locator, side, 52 * mm, level_colour),
        Paragraph(esc(p.locator.caption), SMALL),
    ]
    both = Table([[lower, locator]], colWidths=[left + 4 * mm, side])
    both.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [*story, KeepTogether([both])]


class LocatorMap(Flowable):
    """A small map: the unit's own shape in its level's colour, outlined, among its village
    (or, for a kawasan, the villages it touches) and the neighbouring RT units; north up."""

    def __init__(self, locator: Locator, width: float, height: float, colour: Any) -> None:
        super().__init__()
        self.locator, self.width, self.height, self.colour = locator, width, height, colour

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        loc = self.locator
        own = shapely.from_wkb(loc.atlas[loc.own])
        context = [(k, shapely.from_wkb(loc.atlas[k])) for k in loc.context]
        pad = 3 * mm
        box = (pad, pad, self.width - 2 * pad, self.height - 2 * pad)
        plane = Plane(bounds_of([g for _k, g in context] + [own]), box, room=1.0)

        def draw(geom: Any) -> None:
            draw_shape(c, plane, geom, point_radius=2.5)

        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        for key, geom in context:
            c.setFillColor(colors.HexColor("#f4f4ef") if key[0] == "village" else colors.white)
            c.setStrokeColor(MUTED if key[0] == "village" else colors.HexColor("#bdbdbd"))
            c.setLineWidth(0.6 if key[0] == "village" else 0.3)
            draw(geom)
        c.setFillColor(self.colour)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.0)
        draw(own)
        c.setFillColor(colors.black)
        c.setFont(BOLD, 7)
        c.drawCentredString(self.width - 4 * mm, self.height - 5 * mm, "U")
        c.line(
            self.width - 4 * mm, self.height - 5.5 * mm, self.width - 4 * mm, self.height - 9 * mm
        )


def render_profiles(
    district: str,
    profiles: list[Profile],
    progress: Callable[[int], None] | None = None,
    paper: str = "A4",
) -> bytes:
    """One page per profile, laid out as it is made (``LazyStory``): a province's 12,000
    profiles hold a few pages of flowables at a time, not 12,000."""
    width = content_width(paper=paper)
    meta = ReportMeta(title="Profil Lokasi", district=district)
    if not profiles:
        story = [Paragraph("Tidak ada lokasi kumuh pada penilaian terakhir.", BODY)]
        return render(story, meta, progress=progress, paper=paper)

    def pages() -> Iterator[list[Any]]:
        for i, p in enumerate(profiles):
            yield ([PageBreak()] if i else []) + _page(p, width)

    lazy = LazyStory(pages(), progress=progress)
    return render(lazy, meta, paper=paper, expected_pages=len(profiles))
