"""The baseline template a district fills in: the columns of the baseline file, their units
under them, one example row, and a sheet "Petunjuk" saying in Indonesian what each column
means, its unit and whether it is required. The importer leaves the units and example rows
out by itself (``baseline_io.skip_template_rows``), so a filled template imports as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy.orm import Session

from workbench.domain.baseline import expected_columns, required_columns
from workbench.domain.columns import baseline_spec
from workbench.domain.rules import DEFAULT_RULESET, RuleSet, get_ruleset
from workbench.services.baseline_io import InputFileError
from workbench.services.files import replacing

# the unit column of the guide for a column without a unit of measure
TYPE_UNITS = {"text": "teks", "year": "tahun", "yes_no": "ya/tidak"}
EXAMPLE = {
    "kode_lokasi": "CONTOH-001",
    "nama_lokasi": "RT001-RW002",
    "kawasan": "Kawasan Contoh",
    "kelurahan": "Sukamaju",
    "kecamatan": "Kecamatan Contoh",
    "tahun": 2026,
    "luas_ha": 2.5,
    "jumlah_bangunan": 120,
    "jumlah_penduduk": 480,
    "jumlah_kk": 130,
    "panjang_jalan_ideal_m": 800,
    "panjang_drainase_ideal_m": 1200,
    "legal_status_tanah": "ya",
    "legal_tata_ruang": "ya",
    "strategis": "ya",
    "sosial_ekonomi": "tidak",
    "lintang": -6.8897,
    "bujur": 109.6753,
}
EXAMPLE_SHARE = (
    0.30,
    0.10,
    0.25,
    0.40,
    0.55,
    0.20,
    0.15,
    0.05,
    0.35,
    0.60,
    0.45,
    0.30,
    0.25,
    0.20,
    0.80,
    0.70,
    0.10,
    0.05,
    0.50,
)  # of the denominator, per criterion


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """A template-layout CSV as Indonesian Excel writes it: semicolons, decimal commas."""
    as_written = [
        [str(v).replace(".", ",") if isinstance(v, float) else v for v in r] for r in rows
    ]
    with replacing(path) as tmp:
        pd.DataFrame(as_written, columns=header).to_csv(
            tmp, sep=";", index=False, encoding="utf-8-sig"
        )


def column_guide(rules: RuleSet) -> list[tuple[str, str, str, str]]:
    """(column, required, meaning, unit) for every column of the baseline file, as the
    baseline's column declarations (``domain.columns``) say them."""
    spec = baseline_spec(rules)
    required = set(required_columns(rules))
    out = []
    for col in expected_columns(rules):
        c = spec.column(col)
        assert c is not None  # the declarations name every column of the template
        unit = c.unit or TYPE_UNITS.get(c.type, "")
        out.append((col, "wajib" if col in required else "boleh kosong", c.help or col, unit))
    return out


def template_rows(rules: RuleSet) -> tuple[list[str], list[str], list[Any]]:
    """(header, units row, example row)."""
    guide = column_guide(rules)
    header = [g[0] for g in guide]
    units = [f"[{g[3]}]" for g in guide]
    crit = {f"vol_{c.code}": (i, c) for i, c in enumerate(rules.criteria)}
    example: list[Any] = []
    for col in header:
        if col in crit:
            i, c = crit[col]
            base = float(EXAMPLE.get(c.denominator, 100))  # type: ignore[arg-type]
            value = round(base * EXAMPLE_SHARE[i % len(EXAMPLE_SHARE)], 2)
            example.append(int(value) if c.unit in ("unit", "KK") else value)
        else:
            example.append(EXAMPLE.get(col, ""))
    return header, units, example


def write_empty_template(path: Path, rule_id: str = DEFAULT_RULESET) -> Path:
    """The empty template as .xlsx (sheets "baseline" and "Petunjuk") or .csv (header, units,
    example row), written atomically."""
    rules = get_ruleset(rule_id)
    header, units, example = template_rows(rules)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(path, header, [units, example])
        return path
    if suffix != ".xlsx":
        raise InputFileError(f"{path.name}: the template is a .xlsx or .csv file")
    from workbench.services.table_files import write_sheets

    guide = [
        (c, w, m, u, "" if ex == "" else str(ex).replace(".", ","))
        for (c, w, m, u), ex in zip(column_guide(rules), example, strict=True)
    ]
    intro = [
        (
            "Cara mengisi",
            "",
            f"Satu baris per RT per tahun, mulai baris 4 lembar "
            f"'baseline'. Baris 2 (satuan) dan baris contoh ({example[0]}) dilewati saat "
            f"impor; boleh dihapus atau ditimpa. Aturan penilaian: {rules.name}.",
            "",
            "",
        ),
        (
            "Angka",
            "",
            "Desimal dengan koma atau titik (12,5 atau 12.5); volume 0 bila "
            "tidak ada masalah; pembagi 0 bila tidak ada (persen ditandai).",
            "",
            "",
        ),
        ("", "", "", "", ""),
    ]
    write_sheets(
        path,
        {
            "baseline": (header, [units, example]),
            "Petunjuk": (["Kolom", "Wajib", "Arti", "Satuan", "Contoh"], [*intro, *guide]),
        },
        help_rows={"baseline": (2, 3)},
    )
    return path


def write_year_for_editing(session: Session, year: int, path: Path) -> int:
    """A year's stored baseline in the template's layout (header, units row, the rows), to be
    edited and imported back as an update; returns the number of rows (0 writes nothing)."""
    from workbench.services.baseline import export_baseline

    frame = export_baseline(session, year)
    if frame.empty:
        return 0
    rules = get_ruleset(DEFAULT_RULESET)
    units_of = {g[0]: f"[{g[3]}]" for g in column_guide(rules)}
    header = [str(c) for c in frame.columns]
    units = [units_of.get(c, "[]") for c in header]
    rows = [
        list(r)
        for r in frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
    ]
    path = Path(path)
    if path.suffix.lower() == ".csv":
        _write_csv(path, header, [units, *rows])
        return len(rows)
    if path.suffix.lower() != ".xlsx":
        raise InputFileError(f"{path.name}: write a .xlsx or .csv file")
    from workbench.services.table_files import write_sheets

    write_sheets(path, {"baseline": (header, [units, *rows])}, help_rows={"baseline": (2,)})
    return len(rows)
