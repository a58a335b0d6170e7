"""Investment records in and out (.csv or .xlsx), as districts keep them.

One row per activity, year and funding source: ``tahun, kode_lokasi (or kawasan), kriteria,
volume, kegiatan, sumber_dana, anggaran`` and optionally ``status, pelaksana,
realisasi_volume, realisasi_anggaran, id_kegiatan``. Rows that share an ``id_kegiatan`` are one
activity funded over several years or from several sources (their volume, and the
activity's realisation where given, must agree; each is counted once); without it every row is
an activity of its own. The export writes
``id_kegiatan`` so that an exported file comes back as it went out.

Import is all or nothing and lists every error by row and column. Funding sources and activity
types not yet known are refused with the known ones listed, unless ``add_new``; a ``mapping``
(label in the file -> known name, per column) lets the window map ``APBD II (KOTA/KAB)`` onto
*APBD Kabupaten/Kota*. An activity already recorded identically (same place, criterion, type,
volume and money) is counted as unchanged rather than added twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Area,
    DbSetting,
    FundingSource,
    Location,
    Stakeholder,
)
from workbench.domain.baseline import Issue
from workbench.domain.collaboration import normalise_name
from workbench.domain.columns import PROGRAMME, ColumnMap
from workbench.domain.validate import check_columns, sort_issues
from workbench.services.baseline import BaselineError
from workbench.services.baseline_io import RawTable, read_columns, text_column
from workbench.services.locks import serialize_imports
from workbench.services.programme import in_current_plan
from workbench.services.programme_edit import (
    ActivityData,
    TypeData,
    add_activities,
    criterion_codes,
    ensure_catalogue,
    save_activity_type,
    save_funding_source,
)
from workbench.services.text_limits import PROGRAMME_TEXT, check_lengths

REQUIRED = ("tahun", "kriteria", "volume", "kegiatan", "sumber_dana", "anggaran")
OPTIONAL = (
    "kode_lokasi",
    "kawasan",
    "status",
    "pelaksana",
    "realisasi_volume",
    "realisasi_anggaran",
    "id_kegiatan",
)
EXPORT_COLUMNS = (
    "id_kegiatan",
    "tahun",
    "kode_lokasi",
    "kawasan",
    "kelurahan",
    "kecamatan",
    "kriteria",
    "volume",
    "satuan",
    "kegiatan",
    "sumber_dana",
    "anggaran",
    "status",
    "pelaksana",
    "realisasi_volume",
    "realisasi_anggaran",
)
MAPPING_KEY = "programme.import_mapping"
Progress = Callable[[int, int, str], None]


def label_key(text: str) -> str:
    """How labels are compared: case, spaces and punctuation do not matter."""
    return re.sub(r"[^0-9a-z]+", "", str(text).lower())


@dataclass
class ProgrammeImport:
    source: str
    rows: int
    added: int
    unchanged: int
    new_sources: list[str] = field(default_factory=list)
    new_types: list[str] = field(default_factory=list)
    notices: list[Issue] = field(default_factory=list)  # how the file was read


@dataclass(frozen=True)
class Unknown:
    """Labels in a file that match nothing known (for the window's mapping step)."""

    sources: list[str]
    types: list[tuple[str, str]]  # (label, criterion)


def _crit(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text).lower()


def load_mapping(session: Session) -> dict[str, dict[str, str]]:
    import json

    row = session.get(DbSetting, MAPPING_KEY)
    if row is None or not row.value:
        return {"sumber_dana": {}, "kegiatan": {}}
    data = json.loads(row.value)
    return {
        "sumber_dana": dict(data.get("sumber_dana", {})),
        "kegiatan": dict(data.get("kegiatan", {})),
    }


def save_mapping(session: Session, mapping: dict[str, dict[str, str]]) -> None:
    import json

    current = load_mapping(session)
    for col, pairs in mapping.items():
        current.setdefault(col, {}).update(pairs)
    value = json.dumps(current, ensure_ascii=False, sort_keys=True)
    row = session.get(DbSetting, MAPPING_KEY)
    if row is None:
        session.add(DbSetting(key=MAPPING_KEY, value=value))
    else:
        row.value = value


class _Catalogue:
    """Known funding sources and activity types, looked up by label (and a mapping)."""

    def __init__(self, session: Session, mapping: dict[str, dict[str, str]]) -> None:
        self.sources: dict[str, int] = {}
        self.source_names: list[str] = []
        for s in session.scalars(select(FundingSource).order_by(FundingSource.sort_order)):
            self.sources[label_key(s.name)] = s.id
            self.sources.setdefault(label_key(s.code), s.id)
            self.source_names.append(s.name)
        self.types: dict[tuple[str, str], int] = {}
        self.type_names: dict[str, list[str]] = {}
        for t in session.scalars(select(ActivityType).order_by(ActivityType.name)):
            crit = t.criterion_code or ""
            self.types[(label_key(t.name), crit)] = t.id
            self.type_names.setdefault(crit, []).append(t.name)
        self.map_sources = {
            label_key(k): label_key(v) for k, v in mapping.get("sumber_dana", {}).items()
        }
        self.map_types = {
            label_key(k): label_key(v) for k, v in mapping.get("kegiatan", {}).items()
        }

    def source(self, label: str) -> int | None:
        key = label_key(label)
        return self.sources.get(self.map_sources.get(key, key))

    def activity_type(self, label: str, crit: str) -> int | None:
        key = label_key(label)
        key = self.map_types.get(key, key)
        return self.types.get((key, crit)) or self.types.get((key, ""))


def _lookups(session: Session) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    locs = {c.lower(): i for i, c in session.execute(select(Location.id, Location.code)).all()}
    areas = {label_key(n): i for i, n in session.execute(select(Area.id, Area.name)).all()}
    people: dict[str, int] = {}
    for sid, name, short in session.execute(
        select(Stakeholder.id, Stakeholder.name, Stakeholder.short_name)
    ).all():
        people[normalise_name(name)] = sid
        if short:
            people.setdefault(normalise_name(short), sid)
    return locs, areas, people


def unknown_labels(
    session: Session,
    path: Path,
    column_map: ColumnMap | None = None,
    raw: RawTable | None = None,
) -> Unknown:
    """Funding sources and activity types in the file that the catalogue (with the remembered
    mapping) does not know; for the window's mapping step. Read-only: the catalogue it may
    fill in to compare is rolled back (give it a session of its own)."""
    frame = (raw or read_columns(path, PROGRAMME, column_map, all_text=True)).frame
    ensure_catalogue(session)
    cat = _Catalogue(session, load_mapping(session))
    session.rollback()
    sources = sorted({v for v in text_column(frame, "sumber_dana") if v and cat.source(v) is None})
    types = sorted(
        {
            (v, _crit(k))
            for v, k in zip(
                text_column(frame, "kegiatan"), text_column(frame, "kriteria"), strict=True
            )
            if v and cat.activity_type(v, _crit(k)) is None
        }
    )
    return Unknown(sources, types)


def import_programme(
    session: Session,
    path: Path,
    *,
    add_new: bool = False,
    mapping: dict[str, dict[str, str]] | None = None,
    user: str = "",
    progress: Progress | None = None,
    column_map: ColumnMap | None = None,
    dry_run: bool = False,
) -> ProgrammeImport:
    """Add the file's activities (rows with one ``id_kegiatan`` are one activity), all rows
    or none; an activity recorded already is counted, not added again. ``dry_run``: check
    every row and count, writing nothing of the file (the catalogue's first seeding aside:
    give it a session to roll back)."""
    raw = read_columns(path, PROGRAMME, column_map, all_text=True)
    frame = raw.frame
    rows = raw.row_numbers
    issues: list[Issue] = [
        Issue.of("error", "missing_column", 1, col) for col in REQUIRED if col not in frame
    ]
    if "kode_lokasi" not in frame and "kawasan" not in frame:
        issues.append(Issue.of("error", "missing_column", 1, "kode_lokasi"))
    if issues:
        raise BaselineError(raw.source, issues)
    issues += check_lengths(frame, rows, PROGRAMME_TEXT)
    # every column's type, blanks and allowed values, checked by the one validator
    checked = check_columns(frame, PROGRAMME, rows, decimal_comma=raw.decimal_comma)
    issues += checked.issues
    typed = checked.frame
    n = len(frame)
    # plain lists: one pandas lookup per cell would dominate a 60,000-row import
    text = {c: text_column(frame, c).tolist() for c in (*REQUIRED, *OPTIONAL)}

    def column(name: str) -> list[Any]:
        if name not in typed:
            return [None] * n
        return typed[name].astype(object).where(typed[name].notna(), None).tolist()

    years, volumes, real_vol = column("tahun"), column("volume"), column("realisasi_volume")
    amounts, realised = column("anggaran"), column("realisasi_anggaran")
    statuses = column("status")
    bad_vol = checked.bad.get("volume", [False] * n)

    def err(key: str, i: int, col: str, value: str = "", **params: object) -> None:
        issues.append(Issue.of("error", key, rows[i], col, value, **params))

    if not dry_run:
        serialize_imports(session, "programme")
    ensure_catalogue(session)
    if mapping and not dry_run:
        save_mapping(session, mapping)
    cat = _Catalogue(session, load_mapping(session))
    units = criterion_codes(session)
    locs, areas, people = _lookups(session)
    new_sources: dict[str, str] = {}  # key -> label as first written
    new_types: dict[tuple[str, str], str] = {}
    records: list[dict] = []
    for i in range(len(frame)):
        rec: dict = {"row": rows[i]}
        if years[i] is not None:
            rec["year"] = int(years[i])
        code, kaw = text["kode_lokasi"][i], text["kawasan"][i]
        if code:
            if code.lower() in locs:
                rec["location_id"] = locs[code.lower()]
            else:
                err("unknown_location", i, "kode_lokasi", code, code=code)
        elif kaw:
            if label_key(kaw) in areas:
                rec["area_id"] = areas[label_key(kaw)]
            else:
                err("unknown_area", i, "kawasan", kaw, name=kaw)
        else:
            err("blank", i, "kode_lokasi", "")
        crit_text = text["kriteria"][i]
        crit = _crit(crit_text)
        if crit not in units:
            err(
                "not_one_of",
                i,
                "kriteria",
                crit_text,
                given=crit_text,
                allowed=", ".join(units),
            )
        rec["criterion"] = crit
        unit = units.get(crit, "")
        if text["volume"][i] == "":
            err("blank_volume", i, "volume", "", unit=unit)
        elif not bad_vol[i]:
            if volumes[i] < 0:
                err("negative_volume", i, "volume", text["volume"][i], unit=unit)
            else:
                rec["volume"] = float(volumes[i])
        if real_vol[i] is not None:
            rec["realised_volume"] = float(real_vol[i])
        rec["amount"] = None if amounts[i] is None else int(amounts[i])
        rec["realised_rp"] = None if realised[i] is None else int(realised[i])
        src_label = text["sumber_dana"][i]
        rec["source"] = cat.source(src_label) if src_label else None
        if src_label and rec["source"] is None:
            if add_new:
                new_sources.setdefault(label_key(src_label), src_label)
            else:
                err(
                    "unknown_source",
                    i,
                    "sumber_dana",
                    src_label,
                    name=src_label,
                    known="; ".join(cat.source_names),
                )
        type_label = text["kegiatan"][i]
        rec["type"] = cat.activity_type(type_label, crit) if type_label else None
        if type_label and rec["type"] is None and crit in units:
            if add_new:
                new_types.setdefault((label_key(type_label), crit), type_label)
            else:
                err(
                    "unknown_type",
                    i,
                    "kegiatan",
                    type_label,
                    name=type_label,
                    code=crit,
                    known="; ".join(cat.type_names.get(crit, [])) or "-",
                )
        rec["type_label"], rec["source_label"] = type_label, src_label
        rec["status"] = statuses[i] or "usulan"
        who = text["pelaksana"][i]
        if who and normalise_name(who) not in people:
            err("unknown_stakeholder", i, "pelaksana", who, name=who)
        rec["executor"] = people.get(normalise_name(who)) if who else None
        rec["group"] = text["id_kegiatan"][i] or f"row{rows[i]}"
        records.append(rec)
    groups = _group(records, issues)
    if issues:
        raise BaselineError(raw.source, sort_issues(issues))
    source_ids = (
        {}
        if dry_run
        else {
            k: save_funding_source(session, None, label, user=user)[0]
            for k, label in new_sources.items()
        }
    )
    type_ids = (
        {}
        if dry_run
        else {
            k: save_activity_type(session, None, TypeData(label, k[1], ""), user=user)[0]
            for k, label in new_types.items()
        }
    )
    existing = _fingerprints(session)
    fresh: list[ActivityData] = []
    unchanged = with_new_labels = 0
    for n, members in enumerate(groups):
        first = members[0]
        if dry_run and (first["type"] is None or any(m["source"] is None for m in members)):
            with_new_labels += 1  # a label to be added: a new activity
            continue
        allocs: dict[tuple[int, int], int] = {}
        for m in members:
            sid = m["source"] or source_ids[label_key(m["source_label"])]
            allocs[(m["year"], sid)] = allocs.get((m["year"], sid), 0) + (m["amount"] or 0)
        tid = first["type"] or type_ids[(label_key(first["type_label"]), first["criterion"])]
        realised = [m["realised_rp"] for m in members if m.get("realised_rp") is not None]
        real_vol = [m["realised_volume"] for m in members if m.get("realised_volume") is not None]
        data = ActivityData(
            location_id=first.get("location_id"),
            area_id=first.get("area_id"),
            criterion_code=first["criterion"],
            activity_type_id=tid,
            volume=first["volume"],
            status=first["status"],
            executor_id=first["executor"],
            realised_volume=real_vol[0] if real_vol else None,
            realised_rp=realised[0] if realised else None,
            allocations=tuple(sorted((y, s, a) for (y, s), a in allocs.items())),
        )
        print_key = _fingerprint(data)
        if existing[print_key] > 0:  # already recorded (each record matches one activity)
            existing[print_key] -= 1
            unchanged += 1
        else:
            fresh.append(data)
        if progress is not None and n % 1000 == 0:
            progress(n, len(groups), "activities")
    if not dry_run:
        add_activities(session, fresh, user=user)
    added = len(fresh) + with_new_labels
    return ProgrammeImport(
        raw.source,
        len(records),
        added,
        unchanged,
        sorted(new_sources.values()),
        sorted(new_types.values()),
        list(raw.notices),
    )


def _group(records: list[dict], issues: list[Issue]) -> list[list[dict]]:
    """Rows with the same id_kegiatan form one activity: place, criterion, type and volume
    must agree between them."""
    groups: dict[str, list[dict]] = {}
    for rec in records:
        members = groups.setdefault(rec["group"], [])
        if members:
            first = members[0]
            for field_, col in (
                ("location_id", "kode_lokasi"),
                ("area_id", "kawasan"),
                ("criterion", "kriteria"),
                ("volume", "volume"),
                ("type_label", "kegiatan"),
            ):
                if first.get(field_) != rec.get(field_):
                    issues.append(
                        Issue.of(
                            "error",
                            "group_differs",
                            rec["row"],
                            col,
                            str(rec.get(field_, "")),
                            group=rec["group"],
                            other=first["row"],
                        )
                    )
                    break
            for field_, col in (
                ("realised_volume", "realisasi_volume"),
                ("realised_rp", "realisasi_anggaran"),
            ):
                given = [m for m in members if m.get(field_) is not None]
                if rec.get(field_) is not None and given and given[0][field_] != rec[field_]:
                    issues.append(
                        Issue.of(
                            "error",
                            "group_realised",
                            rec["row"],
                            col,
                            str(rec[field_]),
                            group=rec["group"],
                            other=given[0]["row"],
                        )
                    )
        members.append(rec)
    return list(groups.values())


def _fingerprint(d: ActivityData) -> tuple:
    return (
        d.location_id,
        d.area_id,
        d.criterion_code,
        d.activity_type_id,
        round(d.volume, 6),
        tuple(sorted(d.allocations)),
    )


def _fingerprints(session: Session) -> Counter[tuple]:
    """How many activities of each fingerprint the database holds (two identical purchases
    in one year are two activities, and a file listing them twice adds both)."""
    allocs: dict[int, list[tuple[int, int, int]]] = {}
    for aid, y, s, amt in session.execute(
        select(
            Allocation.activity_id,
            Allocation.year,
            Allocation.funding_source_id,
            Allocation.amount_rp,
        )
    ).all():
        allocs.setdefault(aid, []).append((y, s, int(amt)))
    return Counter(
        (
            a.location_id,
            a.area_id,
            a.criterion_code,
            a.activity_type_id,
            round(a.volume, 6),
            tuple(sorted(allocs.get(a.id, []))),
        )
        for a in session.scalars(select(Activity).where(in_current_plan(session)))
    )


def export_programme(session: Session) -> pd.DataFrame:
    """One row per activity, year and source (an activity with no money yet: one row with
    tahun and anggaran blank); money as whole rupiah integers."""
    from workbench.services.programme import programme_view

    view = programme_view(session)
    out = []
    for r in view.rows:
        base = dict(
            id_kegiatan=r.id,
            kode_lokasi=r.code,
            kawasan=r.kawasan,
            kelurahan=r.village,
            kecamatan=r.subdistrict,
            kriteria=r.criterion,
            volume=r.volume,
            satuan=r.unit,
            kegiatan=r.activity_type,
            status=r.status,
            pelaksana=r.executor_name,
            realisasi_volume=r.realised_volume,
            realisasi_anggaran=r.realised_rp,
        )
        if not r.allocations:
            out.append(base | dict(tahun=None, sumber_dana="", anggaran=None))
        for year, source, amount in r.allocations:
            out.append(base | dict(tahun=year, sumber_dana=source, anggaran=amount))
    frame = pd.DataFrame(out, columns=list(EXPORT_COLUMNS))
    for col in ("tahun", "anggaran", "realisasi_anggaran"):
        frame[col] = frame[col].astype("Int64")
    return frame
