"""The RT baseline survey as an XLSForm (KoboToolbox, ODK Collect): a kelurahan team fills it
on a phone, RT by RT, and the submissions export (.xlsx or .csv) imports as a baseline file
through the same pipeline, with no mapping: the question names are the baseline file's
column names, and the group prefixes and metadata the servers add (``aspek1/vol_1a``,
``_id``, ``_submission_time``, ``_lokasi_gps_latitude`` …) are read by ``domain.columns``.

The form follows the rule set: its denominators, and per aspect its criteria's volumes in
their units with what each is divided by, a photo per aspect, legality and other
considerations, and a GPS point.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from workbench.domain.rules import DEFAULT_RULESET, RuleSet, get_ruleset
from workbench.services.table_files import write_sheets

SURVEY = (
    "type",
    "name",
    "label",
    "hint",
    "required",
    "constraint",
    "constraint_message",
    "default",
    "appearance",
    "parameters",
)
NOT_NEGATIVE = ". >= 0"
YES_NO_QUESTIONS = (
    ("legal_status_tanah", "Status tanah jelas (sertifikat, dokumen sah, izin pemilik)?"),
    ("legal_tata_ruang", "Sesuai rencana tata ruang (RTRW/RDTR)?"),
    ("strategis", "Lokasi bernilai strategis?"),
    ("sosial_ekonomi", "Kondisi sosial, ekonomi dan budaya mendukung?"),
)
GPS = "lokasi_gps"  # a geopoint: the servers add its latitude and longitude as columns


def _q(kind: str, name: str, label: str, **more: Any) -> dict[str, Any]:
    return {"type": kind, "name": name, "label": label, **more}


def survey_rows(rules: RuleSet, year: int | None = None) -> list[dict[str, Any]]:
    """The survey sheet's rows, in order."""
    deno = rules.denominators
    year = year or date.today().year
    rows: list[dict[str, Any]] = [
        _q("start", "start", ""),
        _q("end", "end", ""),
        _q("today", "today", ""),
        _q("begin_group", "lokasi", "Lokasi RT"),
        _q(
            "text",
            "kode_lokasi",
            "Kode lokasi RT",
            hint="Kode RT yang dipakai Pokja (mis. kode SIM KOTAKU), unik per tahun",
            required="yes",
        ),
        _q("text", "nama_lokasi", "Nama lokasi", hint="mis. RT001-RW005"),
        _q("text", "kawasan", "Kawasan kumuh", hint="Nama kawasan (SK Kumuh); kosong bila tidak"),
        _q("text", "kelurahan", "Kelurahan/desa", required="yes"),
        _q("text", "kecamatan", "Kecamatan", required="yes"),
        _q(
            "integer",
            "tahun",
            "Tahun pendataan",
            required="yes",
            constraint=". >= 1990 and . <= 2100",
            constraint_message="Tahun antara 1990 dan 2100",
            default=str(year),
        ),
        _q("geopoint", GPS, "Titik lokasi (GPS)", hint="Berdiri di tengah RT, lalu rekam"),
        _q("end_group", "", ""),
        _q("begin_group", "data_dasar", "Data dasar RT"),
    ]
    whole = {"jumlah_bangunan", "jumlah_kk"}
    for key, (label, unit) in deno.items():
        rows.append(
            _q(
                "integer" if key in whole else "decimal",
                key,
                f"{label} ({unit})",
                required="yes",
                constraint=NOT_NEGATIVE,
                constraint_message="Tidak boleh negatif; tulis 0 bila tidak ada",
            )
        )
        if key == "jumlah_bangunan":
            rows.append(
                _q(
                    "integer",
                    "jumlah_penduduk",
                    "Jumlah penduduk (jiwa)",
                    constraint=NOT_NEGATIVE,
                    constraint_message="Tidak boleh negatif",
                )
            )
    rows.append(_q("end_group", "", ""))
    for number, aspect in sorted(rules.aspects.items()):
        rows.append(_q("begin_group", f"aspek{number}", f"Aspek {number}: {aspect}"))
        for c in (c for c in rules.criteria if c.aspect == number):
            over, _unit = deno.get(c.denominator, (c.denominator, ""))
            rows.append(
                _q(
                    "decimal",
                    f"vol_{c.code}",
                    f"{c.code} {c.name} ({c.unit})",
                    hint=f"Volume masalah dalam {c.unit}; dibagi {over.lower()}. "
                    "Tulis 0 bila tidak ada.",
                    required="yes",
                    constraint=NOT_NEGATIVE,
                    constraint_message="Tidak boleh negatif; tulis 0 bila tidak ada",
                )
            )
        rows.append(
            _q(
                "image",
                f"foto_aspek{number}",
                f"Foto kondisi aspek {number}",
                parameters="max-pixels=1280",  # a phone's photo sent small, over a slow line
            )
        )
        rows.append(_q("end_group", "", ""))
    rows.append(_q("begin_group", "pertimbangan", "Legalitas dan pertimbangan lain"))
    for name, label in YES_NO_QUESTIONS:
        rows.append(_q("select_one ya_tidak", name, label, appearance="horizontal"))
    rows.append(_q("end_group", "", ""))
    return rows


def write_form(path: Path, rule_id: str = DEFAULT_RULESET, year: int | None = None) -> Path:
    """Write the XLSForm (sheets survey, choices, settings), atomically."""
    rules = get_ruleset(rule_id)
    survey = [[row.get(col) or None for col in SURVEY] for row in survey_rows(rules, year)]
    choices = [["ya_tidak", "ya", "Ya"], ["ya_tidak", "tidak", "Tidak"]]
    version = date.today().strftime("%Y%m%d")
    settings = [
        [
            f"Baseline RT kumuh ({rules.name})",
            f"pkp_baseline_{rules.id.replace('-', '_')}",
            version,
            "concat(${kode_lokasi}, ' ', ${tahun})",
        ]
    ]
    return write_sheets(
        Path(path),
        {
            "survey": (list(SURVEY), survey),
            "choices": (["list_name", "name", "label"], choices),
            "settings": (["form_title", "form_id", "version", "instance_name"], settings),
        },
    )
