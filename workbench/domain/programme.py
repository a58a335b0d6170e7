"""Programme maths: the slum score an RT unit is projected to have, year by year, after the
planned (or realised) investments; gaps and over-coverage; hectares of slum remaining.

Pure pandas/numpy; no Qt, no SQL. Nothing here changes its inputs: a projection works on
copies of the baseline volumes (the assessment it starts from is never touched).

Rules
-----
* An investment reduces the problem volume of its criterion at its location from its
  *effective year* on (the last year money is allocated to it, i.e. the year it is finished);
  volumes accumulate over the years and never take a volume below 0.
* An investment coded to a kawasan (no RT) is shared among the kawasan's RT units in
  proportion to each RT's problem volume on that criterion (an RT without the problem gets
  none); when no RT of the kawasan has the problem, the whole volume is over-coverage.
* Each projected year is scored with the same rule set as the baseline (``score_frame``), from
  the reduced volumes and the baseline denominators, legality and other considerations.
* An RT *leaves slum status* in the first projected year whose level is not slum.
* Over-coverage: the cumulative volume planned for a criterion at a location above its
  baseline problem volume. A *gap*: a criterion that scores above 0 at a location on the agreed
  priority list with no volume planned for it over the whole period.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from workbench.domain.rules import RuleSet
from workbench.domain.scoring import score_frame
from workbench.domain.vocabulary import ACTIVITY_STATUSES  # noqa: F401 - re-exported

WORK_COLUMNS = ("kode_lokasi", "kawasan", "kriteria", "tahun", "volume")
APPROACHES = ("masyarakat", "institusi")
PLANNING_FIELDS = (
    "infrastruktur",
    "kebencanaan",
    "legalitas",
    "kesehatan",
    "sosial",
    "budaya",
    "ekonomi",
)

# The funding sources a new district starts with (code, name); the list is editable.
DEFAULT_FUNDING_SOURCES = (
    ("APBN", "APBN (Kementerian PUPR)"),
    ("DAK", "DAK"),
    ("APBD_PROV", "APBD Provinsi"),
    ("APBD_KAB", "APBD Kabupaten/Kota"),
    ("DANA_DESA", "Dana Desa / Dana Kelurahan"),
    ("CSR", "CSR / swasta"),
    ("SWADAYA", "Swadaya masyarakat"),
    ("DONOR", "Donor / pinjaman"),
    ("LAINNYA", "Lainnya"),
)
# The activity-type catalogue a new district starts with: (name, criterion, unit, typical unit
# cost in whole rupiah, a starting point for estimates only). Editable per district.
DEFAULT_ACTIVITY_TYPES = (
    ("Penataan bangunan", "1a", "unit", 15_000_000),
    ("Penataan kepadatan bangunan", "1b", "ha", 250_000_000),
    ("Perbaikan RTLH", "1c", "unit", 20_000_000),
    ("Jalan paving block", "2a", "m", 450_000),
    ("Jalan beton", "2b", "m", 650_000),
    ("Jalan aspal", "2b", "m", 550_000),
    ("Peningkatan jalan paving", "2b", "m", 400_000),
    ("Sambungan rumah PDAM", "3a", "KK", 1_500_000),
    ("Hidran umum", "3b", "KK", 900_000),
    ("Sumur bor", "3b", "KK", 1_200_000),
    ("Normalisasi saluran", "4a", "ha", 60_000_000),
    ("Saluran drainase", "4b", "m", 800_000),
    ("Penutup saluran", "4c", "m", 350_000),
    ("Rehabilitasi saluran", "4c", "m", 500_000),
    ("Septictank komunal", "5a", "KK", 2_800_000),
    ("IPAL komunal", "5a", "KK", 4_000_000),
    ("Jamban keluarga", "5b", "KK", 3_500_000),
    ("MCK", "5b", "KK", 2_000_000),
    ("Gerobak/motor sampah", "6a", "KK", 250_000),
    ("TPS 3R", "6b", "KK", 600_000),
    ("Hidran kebakaran", "7a", "unit", 300_000),
    ("APAR", "7b", "unit", 150_000),
)


def _distribute(baseline: pd.DataFrame, works: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Works per RT (kawasan works shared out) and the kawasan volume that found no problem."""
    rt = works[works["kode_lokasi"].astype(str) != ""][
        ["kode_lokasi", "kriteria", "tahun", "volume"]
    ]
    kaw = works[works["kode_lokasi"].astype(str) == ""]
    shared, unplaced = [], []
    for (area, crit), part in kaw.groupby(["kawasan", "kriteria"], sort=True):
        col = f"vol_{crit}"
        members = baseline[baseline["kawasan"] == area]
        if col not in members or members.empty:
            unplaced.append(part.assign(lebih=part["volume"]))
            continue
        problem = members[col].clip(lower=0).astype(float)
        total = float(problem.sum())
        if total <= 0:
            unplaced.append(part.assign(lebih=part["volume"]))
            continue
        share = problem / total
        for _, w in part.iterrows():
            shared.append(
                pd.DataFrame(
                    {
                        "kode_lokasi": members["kode_lokasi"].to_numpy(),
                        "kriteria": crit,
                        "tahun": int(w["tahun"]),
                        "volume": share.to_numpy() * float(w["volume"]),
                    }
                )
            )
    placed = pd.concat([rt, *shared], ignore_index=True) if shared else rt.reset_index(drop=True)
    extra = (
        pd.concat(unplaced, ignore_index=True)
        if unplaced
        else pd.DataFrame(columns=[*WORK_COLUMNS, "lebih"])
    )
    return placed, extra


def project(
    baseline: pd.DataFrame, works: pd.DataFrame, years: Sequence[int], rules: RuleSet
) -> pd.DataFrame:
    """One row per RT unit and projected year: the reduced ``vol_*`` columns, the score table
    (``total_skor``, ``tingkat``, ``_level`` …) and ``luas_ha``.

    ``baseline``: one row per RT unit in the baseline-file shape (``kode_lokasi``,
    ``kawasan``, denominators, ``vol_*``, optional legality columns). ``works``: the columns
    ``WORK_COLUMNS`` (``kode_lokasi`` empty for a kawasan work; ``tahun`` the effective year).
    """
    base = baseline.reset_index(drop=True)
    vol_cols = [f"vol_{c.code}" for c in rules.criteria if f"vol_{c.code}" in base]
    placed, _extra = _distribute(base, works)
    frames = []
    codes = base["kode_lokasi"].astype(str)
    row_of = {c: i for i, c in enumerate(codes)}
    for year in years:
        frame = base.copy()
        frame["tahun"] = year
        done = placed[placed["tahun"] <= year]
        if not done.empty:
            cum = (
                done.assign(kode_lokasi=done["kode_lokasi"].astype(str))
                .groupby(["kode_lokasi", "kriteria"], sort=False)["volume"]
                .sum()
                .unstack(fill_value=0.0)
            )
            cum = cum[cum.index.isin(row_of)]  # works at RT units not in this baseline
            rows = np.array([row_of[c] for c in cum.index], dtype=np.int64)
            for crit in cum.columns:
                col = f"vol_{crit}"
                if col not in frame:
                    continue
                values = frame[col].to_numpy(dtype=float, copy=True)
                values[rows] = np.maximum(0.0, values[rows] - cum[crit].to_numpy(dtype=float))
                frame[col] = values
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["kode_lokasi", "tahun", "total_skor", "tingkat", "_level"])
    stacked = pd.concat(frames, ignore_index=True)
    scored = score_frame(stacked, rules)
    out = pd.concat(
        [
            stacked[["kode_lokasi", "kawasan", "luas_ha", *vol_cols]],
            scored.drop(columns=["kode_lokasi"]),
        ],
        axis=1,
    )
    return out


def slum_exit_year(projection: pd.DataFrame, slum_levels: Iterable[str]) -> dict[str, int | None]:
    """The first projected year each RT unit is no longer at a slum level (None: never)."""
    slum = set(slum_levels)
    out: dict[str, int | None] = {str(c): None for c in projection["kode_lokasi"].unique()}
    clear = projection[~projection["_level"].isin(slum)]
    for code, year in clear.groupby("kode_lokasi", sort=False)["tahun"].min().items():
        out[str(code)] = int(year)
    return out


def slum_hectares(projection: pd.DataFrame, slum_levels: Iterable[str]) -> dict[int, float]:
    """Hectares still at a slum level in each projected year (none: no year projected)."""
    if projection.empty or "luas_ha" not in projection:
        return {}
    slum = projection[projection["_level"].isin(set(slum_levels))]
    years = sorted(int(y) for y in projection["tahun"].unique())
    sums = slum.groupby("tahun")["luas_ha"].sum()
    return {y: float(np.round(sums.get(y, 0.0), 4)) for y in years}


def over_coverage(baseline: pd.DataFrame, works: pd.DataFrame) -> pd.DataFrame:
    """Planned volume above the problem volume: ``kode_lokasi``/``kawasan``, ``kriteria``,
    ``masalah`` (baseline volume), ``rencana`` (planned), ``lebih`` (the excess)."""
    base = baseline.reset_index(drop=True)
    placed, extra = _distribute(base, works)
    rows = []
    if not placed.empty:
        cum = placed.groupby(["kode_lokasi", "kriteria"], sort=True)["volume"].sum()
        by_code = base.set_index(base["kode_lokasi"].astype(str))
        for (code, crit), planned in cum.items():
            col = f"vol_{crit}"
            if str(code) not in by_code.index or col not in by_code:
                continue
            problem = float(by_code.at[str(code), col])
            if planned > problem + 1e-9:
                rows.append(
                    {
                        "kode_lokasi": str(code),
                        "kawasan": "",
                        "kriteria": crit,
                        "masalah": problem,
                        "rencana": float(planned),
                        "lebih": float(planned) - problem,
                    }
                )
    for (area, crit), part in (
        extra.groupby(["kawasan", "kriteria"], sort=True) if not extra.empty else []
    ):
        planned = float(part["volume"].sum())
        rows.append(
            {
                "kode_lokasi": "",
                "kawasan": area,
                "kriteria": crit,
                "masalah": 0.0,
                "rencana": planned,
                "lebih": planned,
            }
        )
    return pd.DataFrame(
        rows, columns=["kode_lokasi", "kawasan", "kriteria", "masalah", "rencana", "lebih"]
    )


def gaps(
    baseline: pd.DataFrame, works: pd.DataFrame, priority_codes: Iterable[str], rules: RuleSet
) -> pd.DataFrame:
    """Criteria scoring above 0 at agreed priority RT units with no planned volume:
    ``kode_lokasi``, ``kriteria``, ``skor``, ``volume_masalah``."""
    wanted = {str(c) for c in priority_codes}
    base = baseline[baseline["kode_lokasi"].astype(str).isin(wanted)].reset_index(drop=True)
    if base.empty:
        return pd.DataFrame(columns=["kode_lokasi", "kriteria", "skor", "volume_masalah"])
    scored = score_frame(base, rules)
    placed, _extra = _distribute(baseline.reset_index(drop=True), works)
    planned = (
        set(zip(placed["kode_lokasi"].astype(str), placed["kriteria"].astype(str), strict=True))
        if not placed.empty
        else set()
    )
    rows = []
    for i, code in enumerate(base["kode_lokasi"].astype(str)):
        for crit in rules.criteria:
            score = int(scored.at[i, f"skor_{crit.code}"])
            if score > 0 and (code, crit.code) not in planned:
                rows.append(
                    {
                        "kode_lokasi": code,
                        "kriteria": crit.code,
                        "skor": score,
                        "volume_masalah": float(base.at[i, f"vol_{crit.code}"]),
                    }
                )
    return pd.DataFrame(rows, columns=["kode_lokasi", "kriteria", "skor", "volume_masalah"])


def money_by(allocations: pd.DataFrame, keys: Sequence[str]) -> dict[tuple, int]:
    """Whole-rupiah sums of ``amount_rp`` by the given columns (exact: Python integers)."""
    out: dict[tuple, int] = {}
    for row in allocations[[*keys, "amount_rp"]].itertuples(index=False):
        key = tuple(row[:-1])
        out[key] = out.get(key, 0) + int(row[-1])
    return out
