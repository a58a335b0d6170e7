"""The programme report (every activity with its money per year, then totals by funding source
and kecamatan) and the stakeholders report (the registry and the commitments); A4 landscape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from workbench.domain.formatting import format_number, format_rp
from workbench.reports.pdf_base import (
    BODY,
    H1,
    H2,
    WORDS,
    Money,
    ReportMeta,
    content_width,
    data_table,
    esc,
    long_table,
    money_frame,
    money_table,
    render,
)
from workbench.services.collaboration import StakeholderRow
from workbench.services.programme import ProgrammeView
from workbench.services.report_data import CommitmentLine


def programme_tables(view: ProgrammeView) -> dict[str, pd.DataFrame]:
    years = view.years
    acts = [
        {
            "kecamatan": r.subdistrict,
            "lokasi": r.target,
            "kelurahan": r.village,
            "kriteria": r.criterion,
            "kegiatan": r.activity_type,
            "volume": r.volume,
            "satuan": r.unit,
            "pelaksana": r.executor_name,
            "status": r.status,
            "sumber_dana": r.sources,
            **{str(y): r.by_year.get(y, 0) for y in years},
            "jumlah": r.total_rp,
        }
        for r in view.rows
    ]

    return {
        "kegiatan": pd.DataFrame(acts),
        "per_sumber_dana": money_frame(view.by_source, years, "sumber_dana"),
        "per_kecamatan": money_frame(view.by_subdistrict, years, "kecamatan"),
    }


def _pivot(title: str, label: str, data: Money, years: list[int], width: float) -> list[Any]:
    return [
        CondPageBreak(40 * mm),
        Paragraph(title, H2),
        money_table(label, data, years, width, first=60 * mm),
    ]


def render_programme(
    district: str,
    view: ProgrammeView,
    version: str,
    progress: Callable[[int], None] | None = None,
    paper: str = "A4",
) -> bytes:
    width = content_width(landscape_pages=True, paper=paper)
    years = view.years
    story: list[Any] = [
        Paragraph(esc(f"Matriks Program: {view.plan_name}"), H1),
        Paragraph(esc(f"{len(view.rows)} kegiatan · {version} · nilai dalam rupiah"), BODY),
        Spacer(1, 3 * mm),
    ]
    fixed = [20, 21, 7, 0, 17, 22, 14]  # room for the bold year totals (Rp 30.743.225.000)
    year_w = max(14.0, min(22.5, (width / mm - 132) / (len(years) + 1)))
    widths = fixed + [year_w] * len(years) + [year_w + 2]
    widths[3] = width / mm - sum(widths)
    rows = [
        [
            r.subdistrict.removeprefix("Kecamatan "),
            r.target,
            r.criterion,
            r.activity_type,
            f"{format_number(r.volume, 2)} {r.unit}",
            r.executor,
            r.status,
            *(format_number(r.by_year.get(y, 0)) if r.by_year.get(y) else "" for y in years),
            format_number(r.total_rp),
        ]
        for r in view.rows
    ]
    totals = view.year_totals
    total = [
        "Jumlah",
        f"{len(rows)} kegiatan",
        "",
        "",
        "",
        "",
        "",
        *(format_number(totals.get(y, 0)) for y in years),
        format_number(sum(totals.values())),
    ]
    story.extend(
        long_table(
            [
                "Kecamatan",
                "Lokasi",
                "Krit.",
                "Kegiatan",
                "Volume",
                "Pelaksana",
                "Status",
                *map(str, years),
                "Jumlah",
            ],
            rows,
            [w * mm for w in widths],
            right=list(range(7, 8 + len(years))),
            total=total,
            size=6.5,
        )
    )
    story += _pivot("Per sumber dana dan tahun (Rp)", "Sumber dana", view.by_source, years, width)
    story += _pivot("Per kecamatan dan tahun (Rp)", "Kecamatan", view.by_subdistrict, years, width)
    meta = ReportMeta(title="Matriks Program", district=district, version=version)
    return render(story, meta, landscape_pages=True, progress=progress, paper=paper)


def stakeholder_tables(
    rows: list[StakeholderRow], commits: list[CommitmentLine]
) -> dict[str, pd.DataFrame]:
    return {
        "pemangku_kepentingan": pd.DataFrame(
            [
                {
                    "nama": r.name,
                    "singkatan": r.short_name,
                    "kategori": r.category,
                    "tingkat_pemerintahan": r.gov_level,
                    "peran": r.planning_role,
                    "anggota_pokja": r.pokja_member,
                    "jabatan_pokja": r.pokja_position,
                    "pengaruh": r.influence,
                    "kepentingan": r.interest,
                    "jumlah_desa": r.villages,
                    "jumlah_kegiatan": r.engagements,
                    "komitmen_rp": r.committed_rp,
                }
                for r in rows
            ]
        ),
        "komitmen": pd.DataFrame([c.__dict__ for c in commits]),
    }


def render_stakeholders(
    district: str,
    rows: list[StakeholderRow],
    commits: list[CommitmentLine],
    progress: Callable[[int], None] | None = None,
    paper: str = "A4",
) -> bytes:
    width = content_width(landscape_pages=True, paper=paper)
    widths = [0, 22, 28, 22, 24, 40, 16, 16, 16, 32]
    widths[0] = width / mm - sum(widths)
    body = [
        [
            r.name + (f" ({r.short_name})" if r.short_name else ""),
            WORDS.get(r.category, r.category),
            WORDS.get(r.gov_level, r.gov_level),
            WORDS.get(r.planning_role, r.planning_role),
            "ya" if r.pokja_member else "",
            r.pokja_position,
            f"{r.influence}/{r.interest}",
            r.villages,
            r.engagements,
            format_rp(r.committed_rp) if r.committed_rp else "",
        ]
        for r in rows
    ]
    total = [
        f"{len(rows)} pemangku kepentingan",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        format_rp(sum(r.committed_rp for r in rows)),
    ]
    story: list[Any] = [
        Paragraph(esc(f"Pemangku Kepentingan {district}"), H1),
        data_table(
            [
                "Nama",
                "Kategori",
                "Tingkat",
                "Peran",
                "Pokja",
                "Jabatan Pokja",
                "Pengaruh/ minat",
                "Desa",
                "Kegiatan",
                "Komitmen",
            ],
            body,
            [w * mm for w in widths],
            right=[6, 7, 8, 9],
            total=total,
        ),
        CondPageBreak(40 * mm),
        Paragraph("Komitmen (kontribusi dan kemitraan)", H2),
    ]
    cw = [0, 16, 24, 40, 70, 28]
    cw[0] = width / mm - sum(cw)
    story.append(
        data_table(
            ["Pemangku kepentingan", "Tahun", "Bentuk", "Nilai", "Natura / keterangan", "Status"],
            [
                [
                    c.stakeholder,
                    c.year,
                    c.form,
                    format_rp(c.value_rp) if c.value_rp else "",
                    c.in_kind,
                    c.status,
                ]
                for c in commits
            ],
            [w * mm for w in cw],
            right=[1, 3],
            total=["Jumlah", "", "", format_rp(sum(c.value_rp or 0 for c in commits)), "", ""],
        )
    )
    meta = ReportMeta(title="Pemangku Kepentingan", district=district)
    return render(story, meta, landscape_pages=True, progress=progress, paper=paper)
