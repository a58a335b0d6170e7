"""The signed plan summary: cover with key figures and the fingerprint as QR code, charts of
slum RT units and hectares by level now and per plan year, the agreed priority list, the
programme by year x funding source and by kecamatan, the stakeholders' commitments, and the
signature blocks.

It is drawn from the plan's snapshot alone (the sealed JSON of an approved version, or the live
one of a draft), so the same approved version always gives the same pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

import pandas as pd
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from workbench.domain.formatting import format_date, format_ha, format_number, format_rp
from workbench.reports.pdf_base import (
    BODY,
    BOLD,
    CENTER,
    COND,
    FONT,
    H1,
    H2,
    LEVEL_COLORS,
    LEVEL_NAMES,
    MONO,
    SMALL_CENTER,
    SUBTITLE,
    TITLE,
    ReportMeta,
    Table,
    content_width,
    data_table,
    esc,
    key_value_table,
    money_frame,
    money_table,
    render,
)

LEVELS = ("HEAVY", "MEDIUM", "LIGHT", "NONE")
SIGN_NAME = ParagraphStyle("sign_name", parent=CENTER, fontName=COND)  # long titles fit
SLUM = LEVELS[:3]
FORMS = {
    "uang": "uang",
    "program": "program",
    "event": "kegiatan",
    "natura": "natura",
    "tenaga": "tenaga",
    "waktu": "waktu",
}


def _date(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else ""


def _years(snap: dict[str, Any]) -> list[int]:
    start, end = snap["plan"]["period"]
    return list(range(int(start), int(end) + 1))


def money_tables(
    snap: dict[str, Any],
) -> tuple[dict[str, dict[int, int]], dict[str, dict[int, int]]]:
    """Programme money by funding source x year and by kecamatan x year (whole rupiah)."""
    by_source: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_kec: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for act in snap["programme"]:
        for year, source, amount in act["anggaran"]:
            by_source[source][int(year)] += int(amount)
            by_kec[act.get("kecamatan") or "(kawasan)"][int(year)] += int(amount)
    return (
        {k: dict(v) for k, v in sorted(by_source.items())},
        {k: dict(v) for k, v in sorted(by_kec.items())},
    )


def _slum(tally: dict[str, list[float]], index: int) -> float:
    return sum(tally.get(k, [0, 0.0])[index] for k in SLUM)


def tables(snap: dict[str, Any]) -> dict[str, pd.DataFrame]:
    """Every table of the summary, for the Excel export."""
    years = _years(snap)
    fig = snap["figures"]
    cols = ["awal"] + [str(y) for y in years]
    tallies = [fig["baseline"]] + [fig["years"][str(y)] for y in years]
    level_rows = []
    for k in LEVELS:
        level_rows.append(
            {
                "tingkat": LEVEL_NAMES[k],
                "ukuran": "RT",
                **{c: t.get(k, [0, 0])[0] for c, t in zip(cols, tallies, strict=True)},
            }
        )
        level_rows.append(
            {
                "tingkat": LEVEL_NAMES[k],
                "ukuran": "ha",
                **{c: t.get(k, [0, 0.0])[1] for c, t in zip(cols, tallies, strict=True)},
            }
        )
    by_source, by_kec = money_tables(snap)

    plist = snap.get("priority_list") or {"entries": []}
    return {
        "angka_kunci": pd.DataFrame(level_rows),
        "prioritas": pd.DataFrame(plist["entries"]),
        "per_sumber_dana": money_frame(by_source, years, "sumber_dana"),
        "per_kecamatan": money_frame(by_kec, years, "kecamatan"),
        "komitmen": pd.DataFrame(snap.get("commitments", [])),
        "penandatangan": pd.DataFrame(snap.get("signatories", [])),
    }


def _bar_chart(snap: dict[str, Any], index: int, title: str, width: float) -> Drawing:
    years = _years(snap)
    fig = snap["figures"]
    tallies = [fig["baseline"]] + [fig["years"][str(y)] for y in years]
    height = 62 * mm
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 22
    chart.width, chart.height = width - 150, height - 40
    chart.data = [[float(t.get(k, [0, 0.0])[index]) for t in tallies] for k in SLUM]
    chart.categoryAxis.categoryNames = ["Awal"] + [str(y) for y in years]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    totals = [_slum(t, index) for t in tallies]
    top = max(totals + [1.0]) * 1.15
    magnitude = 10 ** max(len(str(int(top))) - 1, 0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = -(-top // magnitude) * magnitude
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labelTextFormat = lambda v: format_number(v)
    chart.barWidth = 12
    for i, k in enumerate(SLUM):
        chart.bars[i].fillColor = LEVEL_COLORS[k]
        chart.bars[i].strokeColor = None
    d.add(chart)
    step = chart.width / len(tallies)
    for i, total in enumerate(totals):
        y = chart.y + chart.height * total / chart.valueAxis.valueMax
        d.add(
            String(
                chart.x + step * (i + 0.5),
                y + 2,
                format_number(total, 1 if index else 0),
                fontName=FONT,
                fontSize=6.5,
                textAnchor="middle",
            )
        )
    legend = Legend()
    legend.x, legend.y = width - 108, height - 22
    legend.fontName, legend.fontSize = FONT, 7
    legend.colorNamePairs = [(LEVEL_COLORS[k], LEVEL_NAMES[k]) for k in SLUM]
    legend.alignment = "right"
    d.add(legend)
    d.add(String(0, height - 8, title, fontName=BOLD, fontSize=8.5))
    return d


def _qr(fingerprint: str, size: float = 32 * mm) -> Drawing:
    widget = QrCodeWidget(f"sha256:{fingerprint}")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    d.add(widget)
    return d


def _cover(snap: dict[str, Any], status: str, fingerprint: str | None, width: float) -> list[Any]:
    plan, district, fig = snap["plan"], snap["district"], snap["figures"]
    years = _years(snap)
    last = fig["years"][str(years[-1])] if years else fig["baseline"]
    total_rp = sum(int(a) for act in snap["programme"] for _y, _s, a in act["anggaran"])
    plist = snap.get("priority_list")
    pledged = sum(c["value_rp"] or 0 for c in snap.get("commitments", []))
    approval = snap.get("approval") or {}
    if status == "approved":
        state = (
            f"Versi {plan['version']} · disahkan {_date(approval.get('date'))}"
            f"{' oleh ' + approval['by'] if approval.get('by') else ''}"
        )
    else:
        state = f"Versi {plan['version']} · DRAF, belum disahkan"
    story: list[Any] = [
        Spacer(1, 8 * mm),
        Paragraph("RINGKASAN RENCANA PENANGANAN PERMUKIMAN KUMUH", SUBTITLE),
        Spacer(1, 3 * mm),
        Paragraph(esc(plan["name"]), TITLE),
        Paragraph(
            esc(f"{district['name']} · {district.get('province') or ''}".rstrip(" ·")), SUBTITLE
        ),
        Paragraph(f"Periode {years[0]}–{years[-1]}" if years else "", SUBTITLE),
        Spacer(1, 2 * mm),
        Paragraph(esc(state), CENTER),
        Spacer(1, 6 * mm),
    ]
    base_years = ", ".join(str(y) for y in fig.get("baseline_years", []))
    pairs = [
        (
            "Kumuh saat ini",
            f"{format_number(_slum(fig['baseline'], 0))} RT · "
            f"{format_ha(_slum(fig['baseline'], 1))} (penilaian {base_years})",
        ),
        (
            f"Proyeksi akhir {years[-1] if years else ''}",
            f"{format_number(_slum(last, 0))} RT · {format_ha(_slum(last, 1))}",
        ),
        ("Pengurangan luas kumuh", format_ha(_slum(fig["baseline"], 1) - _slum(last, 1))),
        (
            "Lokasi prioritas disepakati",
            f"{len(plist['entries'])} ({plist['name']})" if plist else "belum ada",
        ),
        ("Kegiatan dalam program", format_number(len(snap["programme"]))),
        ("Total anggaran program", format_rp(total_rp)),
        ("Komitmen pemangku kepentingan", format_rp(pledged)),
        ("Aturan penilaian", fig.get("ruleset", "")),
    ]
    facts = key_value_table(pairs, (55 * mm, width - 55 * mm - (40 * mm if fingerprint else 0)))
    if fingerprint:
        seal = Table(
            [[facts, [_qr(fingerprint), Paragraph("Sidik jari SHA-256", SMALL_CENTER)]]],
            colWidths=[width - 40 * mm, 40 * mm],
        )
        seal.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER")])
        )
        story.append(seal)
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(f'<font name="{MONO}" size="7.5">{fingerprint}</font>', CENTER))
    else:
        story.append(facts)
    story += [
        Spacer(1, 6 * mm),
        _bar_chart(snap, 1, "Luas kumuh (ha) menurut tingkat: awal dan proyeksi per tahun", width),
        Spacer(1, 3 * mm),
        _bar_chart(snap, 0, "Jumlah RT kumuh menurut tingkat: awal dan proyeksi per tahun", width),
    ]
    return story


def _figures_table(snap: dict[str, Any], width: float) -> list[Any]:
    years = _years(snap)
    fig = snap["figures"]
    tallies = [fig["baseline"]] + [fig["years"][str(y)] for y in years]
    header = ["Tingkat kekumuhan", "", "Awal", *map(str, years)]
    rows: list[list[Any]] = []
    for k in LEVELS:
        rows.append([LEVEL_NAMES[k], "RT", *(format_number(t.get(k, [0, 0])[0]) for t in tallies)])
        rows.append(["", "ha", *(format_number(t.get(k, [0, 0.0])[1], 2) for t in tallies)])
    total = ["Jumlah kumuh (ha)", "ha", *(format_number(_slum(t, 1), 2) for t in tallies)]
    first = 40 * mm
    rest = (width - first - 10 * mm) / (len(years) + 1)
    right = list(range(2, len(header)))
    return [
        Paragraph("1. Angka kunci", H1),
        Paragraph(
            "Jumlah RT dan luas menurut tingkat kekumuhan pada penilaian terakhir "
            "(awal) dan proyeksi pada akhir setiap tahun rencana bila semua "
            "kegiatan yang direncanakan terlaksana.",
            BODY,
        ),
        Spacer(1, 2 * mm),
        data_table(header, rows, [first, 10 * mm] + [rest] * (len(years) + 1), right, total=total),
    ]


def _priorities(snap: dict[str, Any], width: float) -> list[Any]:
    plist = snap.get("priority_list")
    story: list[Any] = [Paragraph("2. Lokasi prioritas yang disepakati", H1)]
    if not plist:
        return story + [Paragraph("Belum ada daftar prioritas yang dibekukan.", BODY)]
    story.append(
        Paragraph(
            esc(
                f"Daftar “{plist['name']}”, dibekukan "
                f"{_date(plist.get('frozen_at'))}; sidik jari daftar "
                f"{plist['fingerprint'][:16]}…"
            ),
            BODY,
        )
    )
    story.append(Spacer(1, 2 * mm))
    header = [
        "No",
        "Kode lokasi",
        "Nama",
        "Kelurahan",
        "Kecamatan",
        "Luas",
        "Skor",
        "Tingkat",
        "Prioritas",
        "Pola penanganan",
        "Kewenangan",
    ]
    widths = [7, 21, 19, 19, 19, 14, 8, 14, 14, 0, 21]
    widths[-2] = width / mm - sum(widths)
    rows = [
        [
            i,
            e["code"],
            e["name"],
            e["village"],
            e["subdistrict"],
            format_ha(e["area_ha"]),
            e["total"],
            LEVEL_NAMES.get(e["level"], e["level"]),
            e["priority_code"],
            e["handling"],
            e.get("authority", ""),  # not in snapshots sealed before it was recorded
        ]
        for i, e in enumerate(plist["entries"], 1)
    ]
    total = [
        "",
        f"{len(rows)} lokasi",
        "",
        "",
        "",
        format_ha(sum(e["area_ha"] for e in plist["entries"])),
        "",
        "",
        "",
        "",
        "",
    ]
    return story + [data_table(header, rows, [w * mm for w in widths], [0, 5, 6], total=total)]


def _money(snap: dict[str, Any], width: float) -> list[Any]:
    years = _years(snap)
    by_source, by_kec = money_tables(snap)
    story: list[Any] = [Paragraph("3. Program investasi", H1)]
    for title, table, label in (
        ("Per sumber dana dan tahun (Rp)", by_source, "Sumber dana"),
        ("Per kecamatan dan tahun (Rp)", by_kec, "Kecamatan"),
    ):
        story += [
            Paragraph(title, H2),
            money_table(label, table, years, width, first=34 * mm, size=7),
        ]
    return story


def _commitments(snap: dict[str, Any], width: float) -> list[Any]:
    items = snap.get("commitments", [])
    story: list[Any] = [CondPageBreak(40 * mm), Paragraph("4. Komitmen pemangku kepentingan", H1)]
    if not items:
        return story + [Paragraph("Tidak ada komitmen dalam periode rencana.", BODY)]
    rows = [
        [
            c["stakeholder"],
            c["year"],
            FORMS.get(c["form"], c["form"]),
            format_rp(c["value_rp"]) if c["value_rp"] is not None else "",
            c["in_kind"],
            c["status"],
        ]
        for c in items
    ]
    widths = [70, 12, 18, 32, 0, 22]
    widths[4] = width / mm - sum(widths)
    total = ["Jumlah", "", "", format_rp(sum(c["value_rp"] or 0 for c in items)), "", ""]
    return story + [
        data_table(
            ["Pemangku kepentingan", "Tahun", "Bentuk", "Nilai", "Natura / keterangan", "Status"],
            rows,
            [w * mm for w in widths],
            [1, 3],
            total=total,
        )
    ]


def _signatures(snap: dict[str, Any], status: str, width: float) -> list[Any]:
    people = snap.get("signatories", [])
    blocks = []
    for s in people:
        when = ", ".join(p for p in (s.get("place") or "", _date(s.get("date"))) if p)
        name = esc(s["name"]) if s.get("name") else "(nama belum diisi)"
        blocks.append(
            [
                Paragraph(esc(when) or "&nbsp;", CENTER),
                Paragraph(esc(s["position"]), CENTER),
                Spacer(1, 20 * mm),
                Paragraph(f"<u><b>{name}</b></u>", SIGN_NAME),
                Paragraph(f"NIP {esc(s['nip'])}" if s.get("nip") else "&nbsp;", CENTER),
            ]
        )
    per_row = 3
    grid = [blocks[i : i + per_row] for i in range(0, len(blocks), per_row)]
    for row in grid:
        row += [[]] * (per_row - len(row))
    intro = (
        "Rencana ini disahkan oleh:"
        if status == "approved"
        else "Draf ini belum disahkan; tanda tangan setelah pengesahan."
    )
    story: list[Any] = [Paragraph("5. Pengesahan", H1), Paragraph(intro, BODY), Spacer(1, 4 * mm)]
    if grid:
        table = Table(grid, colWidths=[width / per_row] * per_row)
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm)]
            )
        )
        story.append(table)
    return [KeepTogether(story)]


def render_plan_summary(
    snap: dict[str, Any],
    status: str,
    fingerprint: str | None,
    progress: Callable[[int], None] | None = None,
    paper: str = "A4",
) -> bytes:
    width = content_width(paper=paper)
    plan = snap["plan"]
    meta = ReportMeta(
        title="Ringkasan Rencana",
        district=snap["district"]["name"],
        version=f"Versi {plan['version']} · " + ("disahkan" if status == "approved" else "DRAF"),
        fingerprint=fingerprint if status == "approved" else None,
        draft=status != "approved",
        subject=f"{plan['name']}, versi {plan['version']}",
    )
    story = _cover(snap, status, meta.fingerprint, width)
    story += [
        PageBreak(),
        *_figures_table(snap, width),
        *_priorities(snap, width),
        *_money(snap, width),
        *_commitments(snap, width),
        CondPageBreak(80 * mm),
        *_signatures(snap, status, width),
    ]
    return render(story, meta, progress=progress, paper=paper)
