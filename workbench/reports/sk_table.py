"""The SK Kumuh location table: every slum RT unit with its area, administrative scope,
coordinates, level, score, land status and priority; A4 landscape, headers repeated on every
page, totals at the end and a recapitulation by level and kecamatan."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pandas as pd
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from workbench.domain.formatting import format_dms, format_ha, format_number
from workbench.reports.pdf_base import (
    BODY,
    CELL,
    H1,
    H2,
    LEVEL_NAMES,
    LEVEL_TINTS,
    ReportMeta,
    content_width,
    data_table,
    esc,
    long_table,
    render,
)
from workbench.services.report_data import SkRow, SkTable

LEVELS = ("HEAVY", "MEDIUM", "LIGHT")


def _coordinate(value: float | None, axis: str) -> Paragraph | str:
    """One half of the titik koordinat as the SK writes it: degrees-minutes-seconds over the
    decimal degrees."""
    if value is None:
        return ""
    dms = esc(format_dms(value, axis)).replace(" ", "&nbsp;")
    return Paragraph(f"{dms}<br/>{format_number(value, 5)}", CELL)


def _coordinate_source(r: SkRow) -> str:
    if r.latitude is None:
        return ""
    return "peta" if r.from_map else "data lokasi"


def _coordinate_note(data: SkTable) -> str:
    mapped = sum(1 for r in data.rows if r.from_map)
    if not mapped:
        return ". Titik koordinat dari data lokasi."
    if mapped == len(data.rows):
        return ". Titik koordinat: titik tengah bidang RT pada peta."
    return (
        f". Titik koordinat: titik tengah bidang RT pada peta untuk {mapped} RT, "
        f"dari data lokasi untuk {len(data.rows) - mapped} RT."
    )


def tables(data: SkTable) -> dict[str, pd.DataFrame]:
    rows = [
        {
            "no": i,
            "kode_lokasi": r.code,
            "nama_lokasi": r.name,
            "kawasan": r.kawasan,
            "rt_rw": r.rt_rw,
            "kelurahan": r.village,
            "kecamatan": r.subdistrict,
            "luas_ha": r.area_ha,
            "lintang": None if r.latitude is None else round(r.latitude, 7),  # about 1 cm
            "bujur": None if r.longitude is None else round(r.longitude, 7),
            "lintang_dms": format_dms(r.latitude, "lat"),
            "bujur_dms": format_dms(r.longitude, "lon"),
            "koordinat_dari": _coordinate_source(r),
            "tahun_penilaian": r.year,
            "total_skor": r.total,
            "tingkat": LEVEL_NAMES.get(r.level, r.level),
            "status_lahan": r.land_status,
            "kode_prioritas": r.priority_code,
            "kewenangan": r.authority,
            "urutan_kesepakatan": r.agreed_rank,
        }
        for i, r in enumerate(data.rows, start=1)
    ]
    return {"lokasi_sk_kumuh": pd.DataFrame(rows), "rekap": _recap_frame(data)}


def _recap(data: SkTable) -> dict[str, dict[str, list[float]]]:
    out: dict[str, dict[str, list[float]]] = defaultdict(lambda: {k: [0, 0.0] for k in LEVELS})
    for r in data.rows:
        slot = out[r.subdistrict].setdefault(r.level, [0, 0.0])
        slot[0] += 1
        slot[1] += r.area_ha
    return dict(sorted(out.items()))


def _recap_frame(data: SkTable) -> pd.DataFrame:
    rows = []
    for kec, per in _recap(data).items():
        rec: dict[str, object] = {"kecamatan": kec}
        for k in LEVELS:
            rec[f"rt_{k.lower()}"], rec[f"ha_{k.lower()}"] = per[k][0], round(per[k][1], 4)
        rows.append(rec)
    return pd.DataFrame(rows)


def render_sk_table(
    data: SkTable, progress: Callable[[int], None] | None = None, paper: str = "A4"
) -> bytes:
    width = content_width(landscape_pages=True, paper=paper)
    story = [
        Paragraph(esc(f"Lampiran SK Kumuh: Daftar Lokasi Permukiman Kumuh {data.district}"), H1),
        Paragraph(
            esc(
                f"{len(data.rows)} RT kumuh pada penilaian terakhir; aturan "
                f"{data.ruleset or '-'}"
                + (
                    f"; urutan kesepakatan dari daftar “{data.agreed_list}”"
                    if data.agreed_list
                    else ""
                )
                + _coordinate_note(data)
            ),
            BODY,
        ),
        Spacer(1, 3 * mm),
    ]
    header = [
        "No",
        "Kode lokasi",
        "Nama lokasi",
        "Kawasan",
        "RT/RW",
        "Kelurahan",
        "Kecamatan",
        "Luas (ha)",
        "Lintang",
        "Bujur",
        "Skor",
        "Tingkat",
        "Status lahan",
        "Prioritas",
        "Kewenangan",
        "Urut. sepakat",
    ]
    widths = [7, 22, 20, 24, 11, 18, 18, 12, 21, 24, 8, 15, 0, 14, 23, 13]
    widths[12] = width / mm - sum(widths)
    rows = [
        [
            i,
            r.code,
            r.name,
            r.kawasan,
            r.rt_rw,
            r.village,
            r.subdistrict,
            format_number(r.area_ha, 2),
            _coordinate(r.latitude, "lat"),
            _coordinate(r.longitude, "lon"),
            r.total,
            LEVEL_NAMES.get(r.level, r.level),
            r.land_status,
            r.priority_code,
            r.authority,
            r.agreed_rank or "",
        ]
        for i, r in enumerate(data.rows, start=1)
    ]
    total = [
        "",
        f"{len(rows)} RT",
        "",
        "",
        "",
        "",
        "Jumlah",
        format_number(sum(r.area_ha for r in data.rows), 2),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    colours = {i: LEVEL_TINTS[r.level] for i, r in enumerate(data.rows) if r.level in LEVEL_TINTS}
    story.extend(
        long_table(
            header,
            rows,
            [w * mm for w in widths],
            right=[0, 7, 10, 15],
            total=total,
            row_colors=colours,
            color_col=11,
        )
    )
    story += [Paragraph("Rekapitulasi per kecamatan dan tingkat kekumuhan", H2)]
    recap = _recap(data)
    head = ["Kecamatan"] + [f"{LEVEL_NAMES[k]} ({u})" for k in LEVELS for u in ("RT", "ha")]
    body = [
        [kec] + [v for k in LEVELS for v in (per[k][0], format_ha(per[k][1]))]
        for kec, per in recap.items()
    ]
    sums = ["Jumlah"] + [
        v
        for k in LEVELS
        for v in (
            sum(p[k][0] for p in recap.values()),
            format_ha(sum(p[k][1] for p in recap.values())),
        )
    ]
    story.append(
        data_table(
            head, body, [50 * mm] + [(width - 50 * mm) / 6] * 6, right=list(range(1, 7)), total=sums
        )
    )
    meta = ReportMeta(title="Tabel Lokasi SK Kumuh", district=data.district, version=data.ruleset)
    return render(story, meta, landscape_pages=True, progress=progress, paper=paper)
