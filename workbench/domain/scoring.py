"""Slum scoring, vectorised over a pandas DataFrame (one row per RT unit and year).

Input columns: the rule set's denominator keys (``luas_ha``, ``jumlah_bangunan``, ...) and one
``vol_<code>`` column per criterion; optionally ``kode_lokasi``, ``tahun``, ``jumlah_penduduk``,
``legal_status_tanah``, ``legal_tata_ruang``, ``strategis``, ``sosial_ekonomi`` (booleans or
missing).

Formulas (Permen PUPR 14/2018, see shared/domain/README.md section 3):

* ``pct_c  = round_half_up(100 * vol_c / den_c, 2)``; a zero denominator gives 0 and a flag.
* ``skor_c`` = score of the first band with ``min_percent <= pct_c`` (76 -> 5, 51 -> 3, 25 -> 1,
  else 0), so values in the gaps of the printed bands fall to the lower score.
* ``rata_a`` = plain mean of aspect ``a``'s criterion percentages.
* ``total_skor`` = sum of the criterion scores; ``tingkat`` from the level thresholds.

Nothing is fixed silently: zero denominators, negative or missing volumes, volumes above their
denominator and implausible densities are scored as written and listed in ``catatan``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from workbench.domain.rules import RuleSet

# Plausibility bounds for the density flags (people and buildings per hectare).
MAX_PLAUSIBLE_PEOPLE_PER_HA = 1500.0
MAX_PLAUSIBLE_BUILDINGS_PER_HA = 400.0


def round_half_up(values: np.ndarray | pd.Series, decimals: int = 2) -> np.ndarray:
    """Round half away from zero, as spreadsheets do (numpy's round is half-to-even).

    A tiny relative nudge absorbs binary representation error (e.g. 100*1/8 = 12.5 exactly,
    but 100*0.29/1 = 28.999999999999996 must still print as 29.00).
    """
    arr = np.asarray(values, dtype="float64")
    factor = 10.0**decimals
    scaled = np.abs(arr) * factor
    scaled = scaled * (1 + 1e-12)
    return np.sign(arr) * np.floor(scaled + 0.5) / factor


def percent_frame(df: pd.DataFrame, rules: RuleSet) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Percentages per criterion and a frame of per-criterion flags (text or empty)."""
    pct = {}
    flags = {}
    for crit in rules.criteria:
        vol = pd.to_numeric(df.get(f"vol_{crit.code}"), errors="coerce")
        den = pd.to_numeric(df.get(crit.denominator), errors="coerce")
        if vol is None:
            vol = pd.Series(np.nan, index=df.index)
        vol_arr = np.asarray(vol, dtype="float64")
        den_arr = np.asarray(den, dtype="float64") if den is not None else np.full(len(df), np.nan)
        missing = np.isnan(vol_arr)
        den_bad = ~(den_arr > 0)  # zero, negative or missing
        with np.errstate(divide="ignore", invalid="ignore"):
            raw = np.where(den_bad | missing, 0.0, 100.0 * vol_arr / den_arr)
        pct[f"pct_{crit.code}"] = round_half_up(raw, 2)
        msg = np.full(len(df), "", dtype=object)
        msg = np.where(missing, f"vol_{crit.code} kosong", msg)
        msg = np.where(~missing & (vol_arr < 0), f"vol_{crit.code} negatif", msg)
        msg = np.where(~missing & den_bad, f"{crit.denominator} nol/kosong ({crit.code})", msg)
        msg = np.where(
            ~missing & ~den_bad & (vol_arr > den_arr),
            f"vol_{crit.code} melebihi {crit.denominator}",
            msg,
        )
        flags[crit.code] = msg
    return pd.DataFrame(pct, index=df.index), pd.DataFrame(flags, index=df.index)


def _join_flags(parts: list[np.ndarray], n: int) -> np.ndarray:
    """'; '-joined non-empty notes per row, built only for the rows that have any."""
    out = np.full(n, "", dtype=object)
    if not parts:
        return out
    stacked = np.stack([np.asarray(p, dtype=object) for p in parts], axis=1)
    flagged = np.flatnonzero((stacked != "").any(axis=1))
    for i in flagged:
        out[i] = "; ".join(x for x in stacked[i] if x)
    return out


YES_WORDS = frozenset({"ya", "yes", "y", "1", "true", "benar"})
NO_WORDS = frozenset({"tidak", "no", "n", "0", "false", "salah", "t"})


def parse_yes_no(series: pd.Series) -> pd.Series:
    """ya/tidak (also yes/no, 1/0, booleans) to a nullable boolean; anything else is <NA>.

    Callers that must refuse unknown words (the importer) check ``is_yes_no_word`` first."""
    if series.dtype == bool or str(series.dtype) == "boolean":
        return series.astype("boolean")
    text = series.astype("string").str.strip().str.lower()
    text = text.str.replace(r"\.0$", "", regex=True)
    out = pd.Series(pd.NA, index=series.index, dtype="boolean")
    out[text.isin(YES_WORDS).fillna(False).astype(bool)] = True
    out[text.isin(NO_WORDS).fillna(False).astype(bool)] = False
    return out


def score_frame(df: pd.DataFrame, rules: RuleSet) -> pd.DataFrame:
    """Score every row; returns the score table of the interface contract."""
    n = len(df)
    pct, crit_flags = percent_frame(df, rules)
    band_mins = [b.min_percent for b in rules.bands]
    band_scores = [b.score for b in rules.bands]
    out = pd.DataFrame(index=df.index)
    out["kode_lokasi"] = (
        df["kode_lokasi"] if "kode_lokasi" in df else pd.Series([""] * n, index=df.index)
    )
    out["tahun"] = df["tahun"] if "tahun" in df else pd.NA
    total = np.zeros(n, dtype="int64")
    for crit in rules.criteria:
        p = pct[f"pct_{crit.code}"].to_numpy()
        score = np.select([p >= m for m in band_mins], band_scores, default=0).astype("int64")
        out[f"pct_{crit.code}"] = p
        out[f"skor_{crit.code}"] = score
        total += score
    for aspect in sorted(rules.aspects):
        cols = [f"pct_{c.code}" for c in rules.criteria if c.aspect == aspect]
        out[f"rata_{aspect}"] = round_half_up(pct[cols].mean(axis=1).to_numpy(), 2)
    out["total_skor"] = total
    level_keys = level_for_totals(total, rules)
    out["tingkat"] = pd.Series(level_keys, index=df.index).map(
        {lv.key: lv.label for lv in rules.levels}
    )
    out["_level"] = level_keys

    parts = [crit_flags[c.code].to_numpy() for c in rules.criteria]
    parts.extend(_density_flags(df))
    out["catatan"] = _join_flags(parts, n)
    _add_non_physical(df, out, rules)
    return out


def level_for_totals(total: np.ndarray, rules: RuleSet) -> np.ndarray:
    mins = [lv.min_total for lv in rules.levels]
    keys = [lv.key for lv in rules.levels]
    return np.select([total >= m for m in mins], keys, default=keys[-1]).astype(object)


def _density_flags(df: pd.DataFrame) -> list[np.ndarray]:
    parts: list[np.ndarray] = []
    if "luas_ha" not in df:
        return parts
    area = pd.to_numeric(df["luas_ha"], errors="coerce").to_numpy(dtype="float64")
    for col, limit, label in (
        ("jumlah_penduduk", MAX_PLAUSIBLE_PEOPLE_PER_HA, "kepadatan penduduk"),
        ("jumlah_bangunan", MAX_PLAUSIBLE_BUILDINGS_PER_HA, "kepadatan bangunan"),
    ):
        if col not in df:
            continue
        qty = pd.to_numeric(df[col], errors="coerce").to_numpy(dtype="float64")
        with np.errstate(divide="ignore", invalid="ignore"):
            density = qty / area
        bad = (area > 0) & (density > limit)
        parts.append(np.where(bad, f"{label} > {limit:g}/ha", ""))
    return parts


def _add_non_physical(df: pd.DataFrame, out: pd.DataFrame, rules: RuleSet) -> None:
    """Land status, other-considerations class, handling pattern and priority code."""
    comps = [c for c in rules.legality_components if c in df]
    if len(comps) != len(rules.legality_components):
        return
    legal_parts = [parse_yes_no(df[c]) for c in comps]
    legal = legal_parts[0]
    for part in legal_parts[1:]:
        legal = legal & part
    status = pd.Series(pd.NA, index=df.index, dtype="object")
    status[legal.fillna(False).astype(bool)] = "legal"
    status[(~legal).fillna(False).astype(bool)] = "ilegal"
    out["status_lahan"] = status

    oc_class = other_considerations_class(df, rules)
    out["pertimbangan_lain"] = oc_class

    level = out["_level"]
    pattern = pd.Series("", index=df.index, dtype="object")
    code = pd.Series("", index=df.index, dtype="object")
    for lv_key, by_status in rules.handling_pattern.items():
        for st, pat in by_status.items():
            mask = (level == lv_key) & (status == st).fillna(False)
            pattern[mask] = pat
            number = rules.priority_numbers.get(st, {}).get(lv_key)
            for cls, letter in rules.priority_letters.items():
                m2 = mask & (oc_class == cls).fillna(False)
                if number is not None:
                    code[m2] = f"{letter}{number}"
    pattern[status.isna()] = pd.NA
    code[status.isna() | oc_class.isna()] = pd.NA
    out["pola_penanganan"] = pattern
    out["kode_prioritas"] = code


def other_considerations_class(df: pd.DataFrame, rules: RuleSet) -> pd.Series:
    """tinggi/sedang/rendah from strategic value, population density and socio-economy."""
    idx = df.index
    if not {"strategis", "sosial_ekonomi", "jumlah_penduduk", "luas_ha"} <= set(df.columns):
        return pd.Series(pd.NA, index=idx, dtype="object")
    yes, no = rules.oc_yes_score, rules.oc_no_score
    strat = parse_yes_no(df["strategis"])
    socio = parse_yes_no(df["sosial_ekonomi"])
    area = pd.to_numeric(df["luas_ha"], errors="coerce")
    people = pd.to_numeric(df["jumlah_penduduk"], errors="coerce")
    density = (people / area.where(area > 0)).to_numpy(dtype="float64")
    dens_score = np.full(len(df), np.nan)
    for max_density, score in reversed(rules.oc_density_scores):
        dens_score = np.where(density <= max_density, score, dens_score)
    total = (
        np.where(strat.fillna(False), yes, no) + np.where(socio.fillna(False), yes, no) + dens_score
    )
    known = ~(strat.isna() | socio.isna()).to_numpy() & ~np.isnan(dens_score)
    keys = [k for k, _ in rules.oc_classes]
    mins = [m for _, m in rules.oc_classes]
    cls = np.select([total >= m for m in mins], keys, default=keys[-1]).astype(object)
    result = pd.Series(cls, index=idx, dtype="object")
    result[~known] = pd.NA
    return result


def aggregate_volumes(df: pd.DataFrame, by: list[str], rules: RuleSet) -> pd.DataFrame:
    """Sum volumes and denominators per group (kawasan/kelurahan scores come from these sums,
    never from averaging RT scores)."""
    cols = [f"vol_{c.code}" for c in rules.criteria] + list(rules.denominators)
    if "jumlah_penduduk" in df:
        cols.append("jumlah_penduduk")
    cols = [c for c in cols if c in df]
    summed = df.groupby(by, dropna=False, sort=True)[cols].sum(min_count=1).reset_index()
    return summed
