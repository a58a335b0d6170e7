"""Importing a checked baseline into the database: new RT-years are added, and rows the
database already holds for that year are, when the user says so, updated as a new revision of
that year's assessment (the replaced values kept in AssessmentHistory, audited). One import is
one change that can be undone (``undo_import``) and done again (``apply_import``).

The file is read and validated once (``baseline.check_file``); ``plan_import`` adds what only
the database can say (moved RT units, rows that exist already and whether they differ), so the
check the user sees and the import give the same verdict."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.db.models import (
    Area,
    Assessment,
    AssessmentHistory,
    AssessmentVolume,
    AuditEntry,
    District,
    Location,
    Subdistrict,
    Village,
)
from workbench.domain.baseline import Issue
from workbench.domain.messages import UserError
from workbench.domain.scoring import parse_yes_no, score_frame
from workbench.services.assessments import Progress, store_assessments
from workbench.services.locks import serialize_imports

DENOMINATORS = (
    "luas_ha",
    "jumlah_bangunan",
    "jumlah_penduduk",
    "jumlah_kk",
    "panjang_jalan_ideal_m",
    "panjang_drainase_ideal_m",
)
WHOLE = ("jumlah_bangunan", "jumlah_penduduk", "jumlah_kk")
FLAGS = (
    ("legal_status_tanah", "legal_land_tenure"),
    ("legal_tata_ruang", "legal_spatial_plan"),
    ("strategis", "strategic"),
    ("sosial_ekonomi", "socio_economic"),
)


@dataclass
class ImportPlan:
    """What importing a checked file would do to this database."""

    conflicts: list[Issue]  # errors: rows that contradict the database (a moved RT unit)
    new_rows: list[int]  # positions in the frame of RT-years the database does not have
    changed: dict[int, int]  # position -> assessment id: there already, with other values
    unchanged: dict[int, int]  # position -> assessment id: there already, the same values
    row_numbers: list[int]  # spreadsheet rows, per position

    @property
    def existing(self) -> int:
        return len(self.changed) + len(self.unchanged)

    def refusals(self) -> list[Issue]:
        """The rows that exist already, as errors (an import that may not update)."""
        return [
            Issue.of("error", "year_exists", self.row_numbers[i], "kode_lokasi", code, year=year)
            for i, (code, year) in sorted(self._existing_keys.items())
        ]

    _existing_keys: dict[int, tuple[str, int]] = field(default_factory=dict)


@dataclass
class BaselineChange:
    """What one import did, enough to undo it."""

    source: str
    rows: int  # rows of the file
    added: list[int]  # assessment ids made
    updated: list[tuple[int, dict[str, Any], int]]  # (assessment id, old values, old revision)
    unchanged: int
    years: list[int]
    new_places: dict[str, list[int]]  # "location"/"village"/"subdistrict"/"area" -> ids made
    warnings: list[Issue] = field(default_factory=list)

    @property
    def new_locations(self) -> int:
        return len(self.new_places.get("location", []))


def _values(a: Assessment) -> dict[str, Any]:
    """An assessment's field data and score, as stored (for history and undo)."""
    return {
        **{k: getattr(a, k) for k in DENOMINATORS},
        **{dst: getattr(a, dst) for _src, dst in FLAGS},
        "ruleset_id": a.ruleset_id,
        "ruleset_version": a.ruleset_version,
        "total_score": a.total_score,
        "level": a.level,
        "volumes": {v.criterion_code: v.volume for v in a.volumes},
    }


def _file_values(frame: pd.DataFrame, rules: Any) -> list[dict[str, Any]]:
    """Each row of a checked frame in the form ``_values`` gives (score computed)."""
    scored = score_frame(frame, rules)
    flags = {
        dst: (
            parse_yes_no(frame[src])
            if src in frame
            else pd.Series(pd.NA, index=frame.index, dtype="boolean")
        )
        for src, dst in FLAGS
    }
    out = []
    codes = rules.codes
    for i in range(len(frame)):
        row = frame.iloc[i]
        values: dict[str, Any] = {}
        for k in DENOMINATORS:
            v = row.get(k)
            if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
                values[k] = None
            else:
                v = float(v)
                values[k] = int(round(v)) if k in WHOLE else v
        for dst, series in flags.items():
            v = series.iloc[i]
            values[dst] = None if v is pd.NA else bool(v)
        values.update(
            ruleset_id=rules.id,
            ruleset_version=rules.version,
            total_score=int(scored["total_skor"].iloc[i]),
            level=str(scored["_level"].iloc[i]),
        )
        vols = {}
        for c in codes:
            v = row.get(f"vol_{c}")
            if v is not None and not (isinstance(v, float) and math.isnan(v)):
                vols[c] = float(v)
        values["volumes"] = vols
        out.append(values)
    return out


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    def close(x: Any, y: Any) -> bool:
        if (
            isinstance(x, float | int)
            and isinstance(y, float | int)
            and not isinstance(x, bool)
            and not isinstance(y, bool)
        ):
            return math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-9)
        return x == y

    keys = [*DENOMINATORS, *(dst for _s, dst in FLAGS), "ruleset_id"]
    if not all(close(a.get(k), b.get(k)) for k in keys):
        return False
    va, vb = a["volumes"], b["volumes"]
    return set(va) == set(vb) and all(close(va[c], vb[c]) for c in va)


def plan_import(session: Session, frame: pd.DataFrame, rows: list[int], rules: Any) -> ImportPlan:
    """Compare a checked frame with the database: conflicts, new rows, rows there already
    (with or without other values)."""
    issues: list[Issue] = []
    known = {
        code: (kel, kec)
        for code, kel, kec in session.execute(
            select(Location.code, Village.name, Subdistrict.name)
            .join(Village, Location.village_id == Village.id)
            .join(Subdistrict, Village.subdistrict_id == Subdistrict.id)
        ).all()
    }
    existing = {
        (code, int(year)): aid
        for aid, code, year in session.execute(
            select(Assessment.id, Location.code, Assessment.year).join(Location)
        ).all()
    }
    new_rows: list[int] = []
    found: dict[int, int] = {}
    keys: dict[int, tuple[str, int]] = {}
    for i, (code, kel, kec, year) in enumerate(
        zip(
            frame["kode_lokasi"],
            frame["kelurahan"],
            frame["kecamatan"],
            frame["tahun"],
            strict=True,
        )
    ):
        where = known.get(code)
        if where is not None and where != (kel, kec):
            issues.append(
                Issue.of(
                    "error",
                    "moved_location",
                    rows[i],
                    "kode_lokasi",
                    code,
                    village=where[0],
                    subdistrict=where[1],
                    new_village=kel,
                    new_subdistrict=kec,
                )
            )
        aid = existing.get((code, int(year)))
        if aid is None:
            new_rows.append(i)
        else:
            found[i] = aid
            keys[i] = (code, int(year))
    changed: dict[int, int] = {}
    unchanged: dict[int, int] = {}
    if found:
        stored = {
            a.id: _values(a)
            for a in session.scalars(
                select(Assessment).where(Assessment.id.in_(list(found.values())))
            )
        }
        positions = sorted(found)
        file_values = _file_values(frame.iloc[positions].reset_index(drop=True), rules)
        for pos, values in zip(positions, file_values, strict=True):
            aid = found[pos]
            (unchanged if _same(stored[aid], values) else changed)[pos] = aid
    return ImportPlan(issues, new_rows, changed, unchanged, rows, keys)


def apply_import(
    session: Session,
    frame: pd.DataFrame,
    rows: list[int],
    rules: Any,
    *,
    source: str,
    update: bool,
    user: str = "",
    warnings: list[Issue] | None = None,
    progress: Progress | None = None,
) -> BaselineChange:
    """Write a checked frame: new RT-years added; rows there already with other values
    updated when ``update`` (else the whole import is refused, naming each row); rows there
    already with the same values left alone. All or nothing (the caller's transaction)."""
    from workbench.services.baseline import BaselineError

    serialize_imports(session, "baseline")  # before reading what exists
    district = session.scalars(select(District).order_by(District.id)).first()
    if district is None:
        raise BaselineError(source, [Issue.of("error", "no_district")])
    plan = plan_import(session, frame, rows, rules)
    if plan.conflicts:
        raise BaselineError(source, plan.conflicts)
    if plan.existing and not update:
        raise BaselineError(source, plan.refusals())
    before = _place_ids(session)
    added: list[int] = []
    if plan.new_rows:
        fresh = frame.iloc[plan.new_rows].reset_index(drop=True)
        top = session.scalar(select(func.max(Assessment.id))) or 0
        store_assessments(session, district.id, fresh, rules, progress)
        added = list(session.scalars(select(Assessment.id).where(Assessment.id > top)))
    after = _place_ids(session)
    updated: list[tuple[int, dict[str, Any], int]] = []
    if plan.changed:
        positions = sorted(plan.changed)
        new_values = _file_values(frame.iloc[positions].reset_index(drop=True), rules)
        for pos, values in zip(positions, new_values, strict=True):
            a = session.get(Assessment, plan.changed[pos])
            assert a is not None
            old, old_rev = _values(a), a.revision
            session.add(
                AssessmentHistory(
                    assessment_id=a.id,
                    revision=old_rev,
                    user=user,
                    source=source[:300],
                    values_json=json.dumps(old, sort_keys=True),
                )
            )
            _write(session, a, values)
            a.revision = old_rev + 1
            session.add(
                AuditEntry(
                    user=user,
                    entity="assessment",
                    entity_id=a.id,
                    action="update",
                    field="revision",
                    old_value=str(old_rev),
                    new_value=f"{old_rev + 1} from {source}",
                )
            )
            updated.append((a.id, old, old_rev))
    years = sorted({int(y) for y in frame["tahun"]})
    session.add(
        AuditEntry(
            user=user,
            entity="assessment",
            action="import",
            new_value=f"{len(added)} added, {len(updated)} updated, "
            f"{len(plan.unchanged)} unchanged from {source} "
            f"({rules.id} v{rules.version}), years "
            f"{', '.join(map(str, years))}",
        )
    )
    session.flush()
    return BaselineChange(
        source,
        len(frame),
        added,
        updated,
        len(plan.unchanged),
        years,
        {k: sorted(after[k] - before[k]) for k in after},
        warnings or [],
    )


def _write(session: Session, a: Assessment, values: dict[str, Any]) -> None:
    for k in DENOMINATORS:
        setattr(a, k, values[k])
    for _src, dst in FLAGS:
        setattr(a, dst, values[dst])
    a.ruleset_id, a.ruleset_version = values["ruleset_id"], values["ruleset_version"]
    a.total_score, a.level = values["total_score"], values["level"]
    session.execute(delete(AssessmentVolume).where(AssessmentVolume.assessment_id == a.id))
    session.expire(a, ["volumes"])
    for code, volume in sorted(values["volumes"].items()):
        session.add(AssessmentVolume(assessment_id=a.id, criterion_code=code, volume=volume))
    session.flush()


def _place_ids(session: Session) -> dict[str, set[int]]:
    return {
        "location": set(session.scalars(select(Location.id))),
        "village": set(session.scalars(select(Village.id))),
        "subdistrict": set(session.scalars(select(Subdistrict.id))),
        "area": set(session.scalars(select(Area.id))),
    }


def undo_import(session: Session, change: BaselineChange, user: str = "") -> None:
    """Take an import back: its added assessments and the places it made go, the updated
    ones get their replaced values and revision back (their history entry goes too).
    Refused (UserError) when something made since refers to what it added."""
    for aid, old, old_rev in change.updated:
        a = session.get(Assessment, aid)
        if a is None:
            raise UserError("gone", what=f"assessment #{aid}")
        _write(session, a, old)
        a.revision = old_rev
        session.execute(
            delete(AssessmentHistory).where(
                AssessmentHistory.assessment_id == aid, AssessmentHistory.revision == old_rev
            )
        )
    try:
        if change.added:
            session.execute(
                delete(AssessmentVolume).where(AssessmentVolume.assessment_id.in_(change.added))
            )
            session.execute(delete(Assessment).where(Assessment.id.in_(change.added)))
        for kind, model in (
            ("location", Location),
            ("village", Village),
            ("subdistrict", Subdistrict),
            ("area", Area),
        ):
            ids = change.new_places.get(kind, [])
            if ids:
                session.execute(delete(model).where(model.id.in_(ids)))
        session.flush()
    except IntegrityError as exc:
        raise UserError("import_undo_used", source=change.source) from exc
    session.add(
        AuditEntry(
            user=user,
            entity="assessment",
            action="undo import",
            new_value=f"{len(change.added)} removed, {len(change.updated)} "
            f"restored from {change.source}",
        )
    )
