"""What the reports print, read from the database without changing it: every function opens a
session that is rolled back, so producing a report can never write (the approval is the one
write, and it lives in ``plans``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Area,
    Commitment,
    Location,
    PlanVersion,
    Shape,
    Stakeholder,
    Village,
)
from workbench.domain.collation import name_key
from workbench.domain.formatting import format_dms, format_number
from workbench.domain.messages import UserError
from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import aggregate_volumes, score_frame
from workbench.services.assessments import district_of, load_assessment_frame
from workbench.services.collaboration import StakeholderRow, list_stakeholders
from workbench.services.harmonisation import candidates, frozen_list
from workbench.services.map_data import shape_rows
from workbench.services.plans import plan_snapshot
from workbench.services.programme import ProgrammeView, programme_view
from workbench.services.programme_edit import current_plan


@contextmanager
def read_only(engine: Engine) -> Iterator[Session]:
    session = Session(engine)
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def district_name(session: Session) -> str:
    district = district_of(session)
    return district.name if district else ""


# -- plan summary ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanVersionInfo:
    id: int
    version_no: int
    name: str
    status: str
    fingerprint: str | None


@dataclass(frozen=True)
class PlanSource:
    version: PlanVersionInfo
    snapshot: dict[str, Any]


def plan_versions(session: Session) -> list[PlanVersionInfo]:
    return [
        PlanVersionInfo(p.id, p.version_no, p.name, p.status, p.fingerprint)
        for p in session.scalars(select(PlanVersion).order_by(PlanVersion.version_no.desc()))
    ]


def plan_source(session: Session, version: int | None = None) -> PlanSource:
    """An approved version prints its sealed snapshot; a draft prints what it holds now. By
    default the latest approved version, or the draft when none is approved yet."""
    versions = plan_versions(session)
    if not versions:
        raise UserError("no_plan")
    chosen: PlanVersionInfo | None
    if version is None:
        chosen = next((v for v in versions if v.status == "approved"), versions[0])
    else:
        chosen = next((v for v in versions if v.version_no == version), None)
        if chosen is None:
            raise UserError("version_unknown", version=version)
    plan = session.get(PlanVersion, chosen.id)
    assert plan is not None
    snap = (
        json.loads(plan.snapshot_json)
        if plan.status == "approved" and plan.snapshot_json
        else plan_snapshot(session, plan)
    )
    return PlanSource(chosen, snap)


# -- the SK Kumuh location table -------------------------------------------------------------


@dataclass(frozen=True)
class SkRow:
    code: str
    name: str
    kawasan: str
    rt_rw: str
    village: str
    subdistrict: str
    area_ha: float
    latitude: float | None
    longitude: float | None
    year: int
    total: int
    level: str
    land_status: str
    priority_code: str
    agreed_rank: int | None  # position in the latest agreed list, if it is on it
    authority: str = ""  # kewenangan penanganan
    from_map: bool = False  # the coordinates are the shape's point (else the recorded ones)
    location_id: int = 0


@dataclass(frozen=True)
class SkTable:
    district: str
    ruleset: str
    agreed_list: str
    rows: list[SkRow]


def sk_table(session: Session, year: int | None = None) -> SkTable:
    """Every slum RT unit at its latest assessment (of ``year`` or before), as the SK Kumuh
    lists them."""
    cands, ruleset = candidates(session, "rt", up_to=year)
    locs = {loc.id: loc for loc in session.scalars(select(Location))}
    points = {
        lid: (lat, lon)
        for lid, lat, lon in session.execute(
            select(Shape.location_id, Shape.centroid_lat, Shape.centroid_lon).where(
                Shape.kind == "rt"
            )
        )
    }
    agreed: dict[str, int] = {}
    list_name = ""
    try:
        flist = frozen_list(session)
    except ValueError:
        flist = None
    if flist is not None:
        list_name = flist.summary.name
        mine = sorted(
            (e for e in flist.entries if e.status == "agreed"), key=lambda e: (e.rank, e.code)
        )
        agreed = {e.code: i for i, e in enumerate(mine, start=1)}
    rows = []
    for c in cands:
        loc = locs[c.target[1]]
        lat, lon = points.get(loc.id, (loc.latitude, loc.longitude))
        rows.append(
            SkRow(
                code=c.code,
                name=c.name,
                kawasan=c.area,
                rt_rw="/".join(p for p in (loc.rt, loc.rw) if p),
                village=c.village,
                subdistrict=c.subdistrict,
                area_ha=c.area_ha,
                latitude=lat,
                longitude=lon,
                year=c.year,
                total=c.total,
                level=c.level,
                land_status=c.land_status,
                priority_code=c.priority_code,
                agreed_rank=agreed.get(c.code),
                authority=c.authority,
                from_map=loc.id in points,
                location_id=loc.id,
            )
        )
    rows.sort(key=lambda r: (r.subdistrict, r.village, r.code))
    return SkTable(district_name(session), ruleset, list_name, rows)


# -- the SK Kumuh distribution map ----------------------------------------------------------


@dataclass(frozen=True)
class Outline:
    kind: str  # "rt", "village" or "area"
    owner: int  # its location, village or area id
    label: str  # the village's or kawasan's name, the RT unit's code
    wkb: bytes  # WGS84
    point: tuple[float, float]  # (lon, lat) of its label


@dataclass(frozen=True)
class SkMap:
    table: SkTable  # the locations, numbered as the SK table numbers them
    year: int | None
    outlines: list[Outline]
    sources: list[str]  # the files the shapes came from

    @property
    def numbers(self) -> dict[int, int]:
        """Location id → its number in the SK table."""
        return {r.location_id: i for i, r in enumerate(self.table.rows, start=1)}


def sk_map(session: Session, year: int | None = None) -> SkMap:
    """The SK table's locations (of ``year`` or before) and every shape to draw them on."""
    rows = shape_rows(session)
    if not rows:
        raise UserError("no_map")
    codes = dict(session.execute(select(Location.id, Location.code)).all())
    villages = dict(session.execute(select(Village.id, Village.name)).all())
    areas = dict(session.execute(select(Area.id, Area.name)).all())
    outlines = []
    for r in rows:
        owner = {"rt": r.location_id, "village": r.village_id, "area": r.area_id}[r.kind]
        names = {"rt": codes, "village": villages, "area": areas}[r.kind]
        outlines.append(
            Outline(
                r.kind, owner, names.get(owner, ""), r.geometry, (r.centroid_lon, r.centroid_lat)
            )
        )
    sources = sorted({r.source for r in rows if r.source})
    return SkMap(sk_table(session, year), year, outlines, sources)


# -- location profiles -----------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionLine:
    code: str
    aspect: int
    name: str
    volume: float | None
    unit: str
    percent: float
    score: int


@dataclass(frozen=True)
class Profile:
    kind: str  # "rt" or "kawasan"
    code: str
    title: str
    facts: list[tuple[str, str]]  # header data, already in words
    year: int
    ruleset: str
    criteria: list[CriterionLine]
    aspects: list[tuple[int, str, float]]  # number, name, mean percent
    total: int
    max_total: int
    level: str
    considerations: list[tuple[str, str]]
    history: list[tuple[int, int, str]]  # year, total, level key
    locator: Locator | None = None  # where it lies, drawn from the shapes


@dataclass(frozen=True)
class Locator:
    """What a profile's small locator map draws: the unit's own shape among its context (its
    village and the village's other RT units; for a kawasan, the villages it touches), as keys
    into one atlas of shapes shared by every profile (a province's 12,000 profiles hold the
    district's shapes once, not once each)."""

    own: tuple[str, str]  # ("rt", code) or ("area", name)
    context: tuple[tuple[str, str], ...]  # ("village", name) and ("rt", code) keys
    atlas: dict[tuple[str, str], bytes]  # key → WKB (WGS84)
    caption: str


def _num(v: Any) -> float | None:
    return None if v is None or pd.isna(v) else float(v)


def _profile(
    kind: str,
    code: str,
    title: str,
    facts: list[tuple[str, str]],
    rows: pd.DataFrame,
    scored: pd.DataFrame,
    rules: Any,
    authority: str = "",
    locator: Locator | None = None,
) -> Profile:
    last = rows.index[-1]
    s = scored.loc[last]
    r = rows.loc[last]
    lines = [
        CriterionLine(
            c.code,
            c.aspect,
            c.name,
            _num(r.get(f"vol_{c.code}")),
            c.unit,
            float(s[f"pct_{c.code}"]),
            int(s[f"skor_{c.code}"]),
        )
        for c in rules.criteria
    ]
    considerations = [
        (label, str(s[col]))
        for label, col in (
            ("Status lahan", "status_lahan"),
            ("Pertimbangan lain", "pertimbangan_lain"),
            ("Pola penanganan", "pola_penanganan"),
            ("Kode prioritas", "kode_prioritas"),
            ("Catatan data", "catatan"),
        )
        if col in s and str(s[col]) not in ("", "nan", "None")
    ]
    if authority:
        considerations.insert(3, ("Kewenangan penanganan", authority))
    history = [
        (int(y), int(t), str(lv))
        for y, t, lv in zip(rows["tahun"], scored["total_skor"], scored["_level"], strict=True)
    ]
    return Profile(
        kind,
        code,
        title,
        facts,
        int(r["tahun"]),
        f"{rules.id} v{rules.version}",
        lines,
        [(n, name, float(s[f"rata_{n}"])) for n, name in sorted(rules.aspects.items())],
        int(s["total_skor"]),
        rules.max_total,
        str(s["_level"]),
        considerations,
        history,
        locator,
    )


def _atlas(session: Session) -> tuple[dict[tuple[str, str], bytes], dict[str, tuple[float, float]]]:
    """Every shape by ("rt", code) / ("village", name) / ("area", name), and each shaped RT
    unit's point (lat, lon)."""
    atlas: dict[tuple[str, str], bytes] = {}
    points: dict[str, tuple[float, float]] = {}
    q = (
        select(Shape.kind, Location.code, Village.name, Area.name, Shape.geometry)
        .add_columns(Shape.centroid_lat, Shape.centroid_lon)
        .outerjoin(Location, Shape.location_id == Location.id)
        .outerjoin(Village, Shape.village_id == Village.id)
        .outerjoin(Area, Shape.area_id == Area.id)
    )
    for kind, code, village, area, wkb, lat, lon in session.execute(q):
        name = {"rt": code, "village": village, "area": area}[kind]
        if name:
            atlas[(kind, name)] = wkb
        if kind == "rt" and code:
            points[code] = (lat, lon)
    return atlas, points


def _fmt(v: Any, decimals: int = 0) -> str:
    return "" if v is None or pd.isna(v) else format_number(float(v), decimals)


def location_profiles(
    session: Session, codes: list[str] | None = None, level: str = "rt"
) -> tuple[str, list[Profile]]:
    """One profile per RT unit (or kawasan): the latest assessment's 16 criteria with volume,
    unit, percent and score, the aspect means, total and level, and every year's total. By
    default every RT unit (kawasan) that is slum at its latest assessment."""
    frame = load_assessment_frame(session)
    name = district_name(session)
    locs = {
        code: (rt, rw, lat, lon)
        for code, rt, rw, lat, lon in session.execute(
            select(Location.code, Location.rt, Location.rw, Location.latitude, Location.longitude)
        )
    }
    if frame.empty:
        raise UserError("no_locations")
    atlas, points = _atlas(session)
    authority = {c.code: c.authority for c in candidates(session, level)[0]}
    latest = frame.drop_duplicates("location_id", keep="last")
    rts_of_village = latest.groupby("kelurahan")["kode_lokasi"].agg(list).to_dict()
    villages_of_area = (
        latest[latest["kawasan"] != ""].groupby("kawasan")["kelurahan"].agg(set).to_dict()
    )
    wanted = set(codes or [])
    out: list[Profile] = []
    for rid, part in frame.groupby("ruleset_id", sort=True):
        rules = get_ruleset(str(rid))
        slum = {lv.key for lv in rules.levels if lv.min_total > 0}
        if level == "kawasan":
            part = part[part["kawasan"] != ""]
            summed = aggregate_volumes(part, ["kawasan", "tahun"], rules)
            counts = part.groupby(["kawasan", "tahun"]).size().reset_index(name="jumlah_rt")
            villages = part.groupby("kawasan")["kelurahan"].agg(lambda s: ", ".join(sorted(set(s))))
            kecs = part.groupby("kawasan")["kecamatan"].agg(lambda s: ", ".join(sorted(set(s))))
            part = summed.merge(counts, on=["kawasan", "tahun"]).assign(
                kode_lokasi=lambda f: f["kawasan"]
            )
        part = part.sort_values(["kode_lokasi", "tahun"]).reset_index(drop=True)
        scored_all = score_frame(part, rules)  # once for every row: vectorised
        for key, rows in part.groupby("kode_lokasi", sort=True):
            key = str(key)
            if wanted and key not in wanted:
                continue
            scored = scored_all.loc[rows.index]
            if not wanted and scored["_level"].iloc[-1] not in slum:
                continue
            last = rows.iloc[-1]
            if level == "kawasan":
                facts = [
                    ("Kawasan", key),
                    ("Kelurahan", villages[key]),
                    ("Kecamatan", kecs[key]),
                    ("Jumlah RT", _fmt(last["jumlah_rt"])),
                ]
                title = f"Kawasan {key}"
                context = tuple(("village", v) for v in sorted(villages_of_area.get(key, ())))
                locator = _locator(("area", key), context, atlas, f"Letak {key}")
            else:
                rt, rw, lat, lon = locs.get(key, ("", "", None, None))
                lat, lon = points.get(key, (lat, lon))
                coords = (
                    ""
                    if lat is None or lon is None
                    else f"{format_dms(lat, 'lat')}, {format_dms(lon, 'lon')} "
                    f"({_fmt(lat, 5)}; {_fmt(lon, 5)})"
                )
                village = str(last["kelurahan"])
                context = (("village", village),) + tuple(
                    ("rt", c) for c in rts_of_village.get(village, []) if c != key
                )
                locator = _locator(("rt", key), context, atlas, f"Letak di {village}")
                facts = [
                    ("Kode lokasi", key),
                    ("Nama", str(last["nama_lokasi"] or "")),
                    ("RT/RW", "/".join(p for p in (rt, rw) if p)),
                    ("Kawasan", str(last["kawasan"] or "")),
                    ("Kelurahan", str(last["kelurahan"])),
                    ("Kecamatan", str(last["kecamatan"])),
                    ("Titik koordinat", coords),
                ]
                title = f"{key} {last['nama_lokasi'] or ''}".strip()
            facts += [
                ("Luas", f"{_fmt(last['luas_ha'], 2)} ha"),
                ("Jumlah bangunan", _fmt(last["jumlah_bangunan"])),
                ("Jumlah penduduk", _fmt(last.get("jumlah_penduduk"))),
                ("Jumlah KK", _fmt(last["jumlah_kk"])),
            ]
            out.append(
                _profile(
                    level, key, title, facts, rows, scored, rules, authority.get(key, ""), locator
                )
            )
    if wanted:
        missing = wanted - {p.code for p in out}
        if missing:
            raise UserError("location_unknown", code=sorted(missing)[0])
    out.sort(key=lambda p: p.code)
    return name, out


def _locator(
    own: tuple[str, str],
    context: tuple[tuple[str, str], ...],
    atlas: dict[tuple[str, str], bytes],
    caption: str,
) -> Locator | None:
    if own not in atlas:
        return None
    return Locator(own, tuple(k for k in context if k in atlas), atlas, caption)


# -- programme and stakeholders --------------------------------------------------------------


def programme(session: Session) -> tuple[str, ProgrammeView, str]:
    """The programme of the latest plan version, and that version in words."""
    view = programme_view(session)
    plan = current_plan(session)
    label = (
        ""
        if plan is None
        else (f"Versi {plan.version_no} · " + ("disahkan" if plan.status == "approved" else "draf"))
    )
    return district_name(session), view, label


@dataclass(frozen=True)
class CommitmentLine:
    stakeholder: str
    year: int
    form: str
    value_rp: int | None
    in_kind: str
    status: str


def stakeholders(session: Session) -> tuple[str, list[StakeholderRow], list[CommitmentLine]]:
    rows = list_stakeholders(session)
    commits = [
        CommitmentLine(n, int(y), f, v, k or "", st)
        for n, y, f, v, k, st in session.execute(
            select(
                Stakeholder.name,
                Commitment.year,
                Commitment.form,
                Commitment.value_rp,
                Commitment.in_kind,
                Commitment.status,
            )
            .join(Stakeholder, Commitment.stakeholder_id == Stakeholder.id)
            .order_by(Commitment.year, Commitment.id)
        )
    ]
    commits.sort(key=lambda c: (c.year, name_key(c.stakeholder)))
    return district_name(session), rows, commits
