"""Storing and loading RT assessments (baseline rows) in the database.

A baseline frame has the columns of the baseline file (``kode_lokasi``, ``kelurahan``,
``kecamatan``, denominators, ``vol_<code>``...). Loading returns the same shape, so scoring,
export and the UI all work on one frame format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Area,
    Assessment,
    AssessmentVolume,
    District,
    Location,
    Subdistrict,
    Village,
)
from workbench.domain.rules import RuleSet
from workbench.domain.scoring import parse_yes_no, score_frame

DENOMINATOR_COLUMNS = (
    "luas_ha",
    "jumlah_bangunan",
    "jumlah_kk",
    "panjang_jalan_ideal_m",
    "panjang_drainase_ideal_m",
)
_CHUNK = 5000
_FETCH = 5_000  # rows fetched and transposed at a time (each part ~30 ms of C)


def _frame(session: Session, query: Any) -> pd.DataFrame:
    """Run a select through Core (not the ORM) and build the frame column-wise: building it
    from Row mappings costs seconds per 100,000 rows."""
    result = session.connection().execute(query)
    keys = list(result.keys())
    # In parts, each made a Series at once: one fetchall, one transpose or one conversion
    # of an 800,000-row list to an array is a single C call that holds the interpreter lock
    # for 50-150 ms, and the window cannot repaint meanwhile. A Series per part infers the
    # column's type as the whole list would (ints with a None in a later part: floats).
    columns: list[list[pd.Series]] = [[] for _ in keys]
    for part in result.partitions(_FETCH):
        for column, values in zip(columns, zip(*part, strict=True), strict=True):
            column.append(pd.Series(list(values)))
    if not columns or not columns[0]:
        return pd.DataFrame(columns=keys)
    return pd.DataFrame(
        {
            key: parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
            for key, parts in zip(keys, columns, strict=True)
        }
    )


def _insert(session: Session, model: Any, rows: list[dict], chunk: int = _CHUNK) -> None:
    if rows:
        _insert_columns(session, model, {k: [r[k] for r in rows] for k in rows[0]}, chunk)


Progress = Callable[[int, int, str], None]


def _insert_columns(
    session: Session,
    model: Any,
    data: dict[str, list[Any]],
    chunk: int = _CHUNK,
    progress: Progress | None = None,
    label: str = "",
) -> None:
    """Bulk insert of column lists: the driver's executemany with plain tuples, in the
    session's transaction. SQLAlchemy's per-row parameter processing cost more than the
    inserts. Scalar column defaults are filled in, as the ORM would."""
    n = len(next(iter(data.values()), []))
    if not n:
        return
    conn = session.connection()
    table = model.__table__
    data = dict(data)
    for c in table.columns:
        if c.name not in data and c.default is not None and c.default.is_scalar:
            data[c.name] = [c.default.arg] * n
    columns = list(data)
    style = conn.dialect.paramstyle
    marks = ", ".join("?" if style == "qmark" else "%s" for _ in columns)
    names = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    into = f"INSERT INTO {conn.dialect.identifier_preparer.format_table(table)} ({names})"
    if conn.dialect.name == "postgresql":
        # one statement per chunk, each column one array parameter (unnest): on a shared
        # server the row-level security checks what does not depend on the row once per
        # statement (an InitPlan), not once per row; and the statement stays short for
        # the driver to read, however many rows it carries
        types = {c.name: c.type.compile(conn.dialect) for c in table.columns}
        arrays = ", ".join(f"%s::{types[c]}[]" for c in columns)
        sql = f"{into} SELECT * FROM unnest({arrays})"
        for start in range(0, n, chunk):
            conn.exec_driver_sql(sql, tuple(data[c][start : start + chunk] for c in columns))
            if progress is not None:
                progress(min(n, start + chunk), n, label)
        return
    sql = f"{into} VALUES ({marks})"
    for start in range(0, n, chunk):  # the rows made chunk by chunk: short C calls
        rows = list(zip(*(data[c][start : start + chunk] for c in columns), strict=True))
        conn.exec_driver_sql(sql, rows)
        if progress is not None:
            progress(min(n, start + chunk), n, label)


def _none_if_na(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def ensure_places(session: Session, district_id: int, frame: pd.DataFrame) -> dict[str, int]:
    """Create missing kecamatan, kelurahan, kawasan and RT units; return code -> location id."""
    sub_ids = {
        s.name: s.id
        for s in session.scalars(select(Subdistrict).where(Subdistrict.district_id == district_id))
    }
    for name in sorted(set(frame["kecamatan"]) - set(sub_ids)):
        sub = Subdistrict(district_id=district_id, name=name)
        session.add(sub)
        session.flush()
        sub_ids[name] = sub.id
    vill_ids = {
        (v.subdistrict_id, v.name): v.id
        for v in session.scalars(
            select(Village).join(Subdistrict).where(Subdistrict.district_id == district_id)
        )
    }
    pairs = frame[["kecamatan", "kelurahan"]].drop_duplicates()
    for kec, kel in pairs.itertuples(index=False):
        key = (sub_ids[kec], kel)
        if key not in vill_ids:
            v = Village(subdistrict_id=key[0], name=kel)
            session.add(v)
            session.flush()
            vill_ids[key] = v.id
    area_ids = {
        a.name: a.id for a in session.scalars(select(Area).where(Area.district_id == district_id))
    }
    if "kawasan" in frame:
        for name in sorted(
            {a for a in frame["kawasan"].dropna() if str(a).strip()} - set(area_ids)
        ):
            a = Area(district_id=district_id, name=str(name))
            session.add(a)
            session.flush()
            area_ids[a.name] = a.id
    loc_ids = dict(session.execute(select(Location.code, Location.id)).all())
    firsts = frame.drop_duplicates("kode_lokasi", keep="last")
    new_rows = []
    for row in firsts.itertuples(index=False):
        code = row.kode_lokasi
        if code in loc_ids:
            continue
        area = getattr(row, "kawasan", None)
        name = getattr(row, "nama_lokasi", "") or ""
        rt, rw = _rt_rw(str(name))
        new_rows.append(
            dict(
                code=code,
                name=str(name) if isinstance(name, str) else "",
                village_id=vill_ids[(sub_ids[row.kecamatan], row.kelurahan)],
                area_id=area_ids.get(area) if isinstance(area, str) and area.strip() else None,
                rt=rt,
                rw=rw,
                latitude=_none_if_na(getattr(row, "lintang", None)),
                longitude=_none_if_na(getattr(row, "bujur", None)),
            )
        )
    _insert(session, Location, new_rows)
    if new_rows:
        loc_ids = dict(session.execute(select(Location.code, Location.id)).all())
    return loc_ids


def _rt_rw(name: str) -> tuple[str, str]:
    import re

    rt = re.search(r"RT\s*0*(\d+)", name, re.I)
    rw = re.search(r"RW\s*0*(\d+)", name, re.I)
    return (rt.group(1) if rt else "", rw.group(1) if rw else "")


def store_assessments(
    session: Session,
    district_id: int,
    frame: pd.DataFrame,
    rules: RuleSet,
    progress: Progress | None = None,
) -> int:
    """Insert one assessment per row (RT unit and year) with its volumes and computed score.

    The caller owns the transaction: on any error nothing is kept."""
    loc_ids = ensure_places(session, district_id, frame)
    scored = score_frame(frame, rules)
    bool_cols = {}
    for src, dst in (
        ("legal_status_tanah", "legal_land_tenure"),
        ("legal_tata_ruang", "legal_spatial_plan"),
        ("strategis", "strategic"),
        ("sosial_ekonomi", "socio_economic"),
    ):
        bool_cols[dst] = (
            parse_yes_no(frame[src])
            if src in frame
            else pd.Series(pd.NA, index=frame.index, dtype="boolean")
        )
    num = {c: pd.to_numeric(frame[c], errors="coerce") for c in DENOMINATOR_COLUMNS}
    penduduk = (
        pd.to_numeric(frame["jumlah_penduduk"], errors="coerce")
        if "jumlah_penduduk" in frame
        else pd.Series(np.nan, index=frame.index)
    )
    out = pd.DataFrame(
        {
            "location_id": frame["kode_lokasi"].map(loc_ids).astype("int64"),
            "year": pd.to_numeric(frame["tahun"]).astype("int64"),
            "luas_ha": num["luas_ha"].astype(float),
            "jumlah_bangunan": num["jumlah_bangunan"].round().astype("int64"),
            "jumlah_penduduk": penduduk.round().astype("Int64"),
            "jumlah_kk": num["jumlah_kk"].round().astype("int64"),
            "panjang_jalan_ideal_m": num["panjang_jalan_ideal_m"].astype(float),
            "panjang_drainase_ideal_m": num["panjang_drainase_ideal_m"].astype(float),
            "ruleset_id": rules.id,
            "ruleset_version": rules.version,
            "total_score": scored["total_skor"].astype("int64"),
            "level": scored["_level"].astype(str),
            **bool_cols,
        }
    )
    columns = {c: _python_values(out[c]) for c in out.columns}
    _insert_columns(session, Assessment, columns, progress=progress, label="assessments")
    ids = dict(
        ((loc, yr), aid)
        for aid, loc, yr in session.execute(
            select(Assessment.id, Assessment.location_id, Assessment.year)
        ).all()
    )
    aid = np.fromiter(
        (ids[k] for k in zip(columns["location_id"], columns["year"], strict=True)),
        dtype="int64",
        count=len(out),
    )
    codes = np.array(rules.codes, dtype=object)
    vol_matrix = frame[[f"vol_{c}" for c in rules.codes]].to_numpy(dtype="float64")
    present = ~np.isnan(vol_matrix)
    rows_idx, cols_idx = np.nonzero(present)
    _insert_columns(
        session,
        AssessmentVolume,
        {
            "assessment_id": aid[rows_idx].tolist(),
            "criterion_code": codes[cols_idx].tolist(),
            "volume": vol_matrix[rows_idx, cols_idx].tolist(),
        },
        progress=progress,
        label="volumes",
    )
    return len(out)


def _python_values(col: pd.Series) -> list[Any]:
    """Plain Python values for the driver: numpy scalars become int/float/bool, NA None."""
    values = col.tolist()
    if col.isna().any():
        return [
            None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v
            for v in values
        ]
    return values


def load_assessment_frame(
    session: Session,
    year: int | None = None,
    latest_only: bool = False,
    location_ids: list[int] | None = None,
    up_to: int | None = None,
) -> pd.DataFrame:
    """All assessments as a baseline-shaped frame, plus ids, names and stored level/total
    (of ``year`` only; of ``up_to`` and before: with ``latest_only``, the picture in that
    year)."""
    q = (
        select(
            Assessment.id.label("assessment_id"),
            Location.id.label("location_id"),
            Location.code.label("kode_lokasi"),
            Location.name.label("nama_lokasi"),
            Area.name.label("kawasan"),
            Village.name.label("kelurahan"),
            Subdistrict.name.label("kecamatan"),
            Assessment.year.label("tahun"),
            Assessment.luas_ha,
            Assessment.jumlah_bangunan,
            Assessment.jumlah_penduduk,
            Assessment.jumlah_kk,
            Assessment.panjang_jalan_ideal_m,
            Assessment.panjang_drainase_ideal_m,
            Assessment.legal_land_tenure.label("legal_status_tanah"),
            Assessment.legal_spatial_plan.label("legal_tata_ruang"),
            Assessment.strategic.label("strategis"),
            Assessment.socio_economic.label("sosial_ekonomi"),
            Assessment.ruleset_id,
            Assessment.ruleset_version,
            Assessment.total_score,
            Assessment.level,
            Location.latitude.label("lintang"),
            Location.longitude.label("bujur"),
        )
        .join(Location, Assessment.location_id == Location.id)
        .join(Village, Location.village_id == Village.id)
        .join(Subdistrict, Village.subdistrict_id == Subdistrict.id)
        .outerjoin(Area, Location.area_id == Area.id)
        .order_by(Location.code, Assessment.year)
    )
    if year is not None:
        q = q.where(Assessment.year == year)
    if up_to is not None:
        q = q.where(Assessment.year <= up_to)
    if location_ids is not None:
        q = q.where(Location.id.in_(location_ids))
    frame = _frame(session, q)
    if frame.empty:
        return frame
    if latest_only:
        frame = frame.drop_duplicates("location_id", keep="last").reset_index(drop=True)
    vq = select(
        AssessmentVolume.assessment_id, AssessmentVolume.criterion_code, AssessmentVolume.volume
    )
    if year is not None or location_ids is not None or up_to is not None:
        vq = vq.join(Assessment)
    if year is not None:
        vq = vq.where(Assessment.year == year)
    if up_to is not None:
        vq = vq.where(Assessment.year <= up_to)
    if location_ids is not None:
        vq = vq.where(Assessment.location_id.in_(location_ids))
    vols = _frame(session, vq)
    vols.columns = ["assessment_id", "code", "volume"]
    wide = vols.pivot(index="assessment_id", columns="code", values="volume")
    wide.columns = [f"vol_{c}" for c in wide.columns]
    frame = frame.join(wide, on="assessment_id")
    frame["kawasan"] = frame["kawasan"].fillna("")
    return frame


def latest_areas(session: Session, up_to: int | None = None) -> pd.DataFrame:
    """Each RT unit's latest assessment (of ``up_to`` or before) in brief: location_id,
    kawasan, kelurahan, luas_ha and the stored level, without its volumes (what the
    kewenangan of a kawasan or a village's slum part needs of the units not re-scored)."""
    q = (
        select(
            Location.id.label("location_id"),
            Area.name.label("kawasan"),
            Village.name.label("kelurahan"),
            Assessment.luas_ha,
            Assessment.level,
        )
        .join(Location, Assessment.location_id == Location.id)
        .join(Village, Location.village_id == Village.id)
        .outerjoin(Area, Location.area_id == Area.id)
        .order_by(Location.id, Assessment.year)
    )
    if up_to is not None:
        q = q.where(Assessment.year <= up_to)
    frame = _frame(session, q)
    if frame.empty:
        return pd.DataFrame(columns=["location_id", "kawasan", "kelurahan", "luas_ha", "level"])
    frame = frame.drop_duplicates("location_id", keep="last").reset_index(drop=True)
    frame["kawasan"] = frame["kawasan"].fillna("")
    return frame


def district_of(session: Session) -> District | None:
    return session.scalars(select(District).order_by(District.id)).first()


def locations_of(session: Session, assessment_ids: Iterable[int]) -> list[int]:
    """The RT units these assessments are of (an assessment deleted since: none)."""
    ids = sorted({int(i) for i in assessment_ids})
    if not ids:
        return []
    q = select(Assessment.location_id).where(Assessment.id.in_(ids)).distinct()
    return sorted(int(i) for i in session.scalars(q))
