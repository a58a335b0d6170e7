"""Scores of RT units for the scoring tab (all years), computed from stored volumes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy.orm import Session

from workbench.db.models import Assessment, AssessmentVolume, AuditEntry
from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import score_frame
from workbench.services.assessments import load_assessment_frame
from workbench.services.submissions import status_of
from workbench.services.versions import touch


@dataclass(frozen=True)
class ScoreRow:
    assessment_id: int
    location_id: int
    code: str
    name: str
    village: str
    subdistrict: str
    area: str
    year: int
    area_ha: float
    total: int
    level: str
    scores: tuple[int, ...]
    flags: str
    ruleset: str


def score_rows(session: Session, location_ids: list[int] | None = None) -> list[ScoreRow]:
    return rows_of(load_assessment_frame(session, location_ids=location_ids))


def rows_of(frame: pd.DataFrame) -> list[ScoreRow]:
    """The scored rows of an assessment frame (``load_assessment_frame``)."""
    if frame.empty:
        return []
    rows: list[ScoreRow] = []
    for rule_id, part in frame.groupby("ruleset_id", sort=False):
        rules = get_ruleset(str(rule_id))
        scored = score_frame(part, rules)
        score_cols = scored[[f"skor_{c}" for c in rules.codes]].to_numpy().tolist()
        label = f"{rules.id} v{rules.version}"
        columns = zip(
            part["assessment_id"].tolist(),
            part["location_id"].tolist(),
            part["kode_lokasi"].tolist(),
            part["nama_lokasi"].tolist(),
            part["kelurahan"].tolist(),
            part["kecamatan"].tolist(),
            part["kawasan"].tolist(),
            part["tahun"].tolist(),
            part["luas_ha"].tolist(),
            scored["total_skor"].tolist(),
            scored["_level"].tolist(),
            score_cols,
            scored["catatan"].tolist(),
            strict=True,
        )
        rows.extend(
            ScoreRow(
                assessment_id=int(aid),
                location_id=int(lid),
                code=str(code),
                name=str(name or ""),
                village=str(vil),
                subdistrict=str(kec),
                area=str(area or ""),
                year=int(year),
                area_ha=float(ha),
                total=int(total),
                level=str(level),
                scores=tuple(int(x) for x in strip),
                flags=str(flags),
                ruleset=label,
            )
            for aid, lid, code, name, vil, kec, area, year, ha, total, level, strip, flags in (
                columns
            )
        )
    return rows


@dataclass(frozen=True)
class AssessmentDetail:
    """One RT unit in one year, for the location panel: field data and its history."""

    assessment_id: int
    location_id: int
    code: str
    name: str
    village: str
    subdistrict: str
    area: str
    year: int
    ruleset_id: str
    values: dict[str, float | None]  # denominators, jumlah_penduduk and vol_<code>
    history: list[ScoreRow]  # every year of this RT unit, oldest first
    scored: dict[str, Any]  # score_values(values): percents, scores, means, total, level
    version: int = 0  # the assessment's, as read (an edit made on it names it)
    village_id: int = 0
    submission: str | None = None  # the kelurahan's year: diajukan, disetujui, dikembalikan


def score_values(values: dict[str, float | None], ruleset_id: str) -> dict[str, Any]:
    """One RT unit's field values scored (``pct_<c>``, ``skor_<c>``, ``rata_<aspect>``,
    ``total_skor``, ``_level``, ``catatan``): the panel's live figures, made off the GUI
    thread (a one-row frame is some tens of milliseconds of pandas)."""
    out = score_frame(pd.DataFrame([values]), get_ruleset(ruleset_id)).iloc[0]
    return {str(k): v for k, v in out.items()}


EDITABLE_DENOMINATORS = (
    "luas_ha",
    "jumlah_bangunan",
    "jumlah_penduduk",
    "jumlah_kk",
    "panjang_jalan_ideal_m",
    "panjang_drainase_ideal_m",
)
WHOLE = ("jumlah_bangunan", "jumlah_penduduk", "jumlah_kk")


def assessment_detail(
    session: Session, assessment_id: int, rows: list[ScoreRow] | None = None
) -> AssessmentDetail:
    """``rows``: the scored rows of the RT unit's years, when the caller has them (an edit
    just scored them), so they are not scored again."""
    a = session.get(Assessment, assessment_id)
    if a is None:
        raise LookupError(f"assessment {assessment_id} does not exist")
    if rows is None:
        rows = score_rows(session, location_ids=[a.location_id])
    rules = get_ruleset(a.ruleset_id)
    values: dict[str, float | None] = {k: getattr(a, k) for k in EDITABLE_DENOMINATORS}
    vols = {v.criterion_code: v.volume for v in a.volumes}
    values.update({f"vol_{c}": vols.get(c) for c in rules.codes})
    this = next(r for r in rows if r.assessment_id == assessment_id)
    village_id = a.location.village_id
    submission = status_of(session, village_id, a.year)
    return AssessmentDetail(
        version=a.version,
        village_id=village_id,
        submission=submission,
        assessment_id=a.id,
        location_id=a.location_id,
        code=this.code,
        name=this.name,
        village=this.village,
        subdistrict=this.subdistrict,
        area=this.area,
        year=a.year,
        ruleset_id=a.ruleset_id,
        values=values,
        history=sorted(rows, key=lambda r: r.year),
        scored=score_values(values, a.ruleset_id),
    )


def set_assessment_value(
    session: Session, assessment_id: int, field: str, value: float | None, user: str = ""
) -> ScoreRow:
    """Change one field value (a denominator or ``vol_<code>``) of an assessment, recompute its
    stored total and level, and record the change in the audit log. Returns the new row."""
    return _set_value(session, assessment_id, field, value, user)[0]


def _set_value(
    session: Session, assessment_id: int, field: str, value: float | None, user: str
) -> tuple[ScoreRow, list[ScoreRow]]:
    a = session.get(Assessment, assessment_id)
    if a is None:
        raise LookupError(f"assessment {assessment_id} does not exist")
    rules = get_ruleset(a.ruleset_id)
    if value is not None and (value != value or value < 0):
        raise ValueError(f"{field}: expected a number of 0 or more, not {value}")
    if field in WHOLE and value is not None and value % 1:
        raise ValueError(f"{field}: expected a whole number, not {value}")
    if field.startswith("vol_"):
        code = field[4:]
        if code not in rules.codes:
            raise ValueError(f"{field}: not a criterion of {rules.id}")
        if value is None:
            raise ValueError(f"{field}: a volume cannot be blank (write 0 for none)")
        vol = next((v for v in a.volumes if v.criterion_code == code), None)
        old = vol.volume if vol else None
        if vol is None:
            a.volumes.append(AssessmentVolume(criterion_code=code, volume=float(value)))
        else:
            vol.volume = float(value)
    elif field in EDITABLE_DENOMINATORS:
        if value is None and field != "jumlah_penduduk":
            raise ValueError(f"{field}: cannot be blank (write 0 if there is none)")
        old = getattr(a, field)
        setattr(
            a, field, None if value is None else (int(value) if field in WHOLE else float(value))
        )
    else:
        raise ValueError(f"{field}: not an editable field")
    session.flush()
    # the RT unit's years scored once: this year's total and level stored, and the rows
    # returned (the table's row, the panel's history)
    rows = rows_of(load_assessment_frame(session, location_ids=[a.location_id]))
    mine = next(r for r in rows if r.assessment_id == a.id)
    a.total_score, a.level = mine.total, mine.level
    touch(a)  # a volume alone changed: the assessment's version counts it too
    session.add(
        AuditEntry(
            user=user,
            entity="assessment",
            entity_id=a.id,
            action="update",
            field=field,
            old_value=None if old is None else repr(old),
            new_value=None if value is None else repr(value),
        )
    )
    session.flush()
    return mine, rows


def set_assessment_value_with_detail(
    session: Session, assessment_id: int, field: str, value: float | None, user: str = ""
) -> tuple[ScoreRow, AssessmentDetail]:
    """``set_assessment_value`` and the RT unit's detail after it, scored once."""
    row, rows = _set_value(session, assessment_id, field, value, user)
    return row, assessment_detail(session, assessment_id, rows)


Tally = tuple[int, float]  # RT units, hectares


@dataclass(frozen=True)
class LevelSummary:
    """RT units and hectares per slum level, per year and per kecamatan and year: plain
    look-ups, made once with the rows (off the GUI thread), so that showing them is only
    filling a few table cells."""

    years: list[int]
    by_year: dict[tuple[int, str], Tally]  # (year, level) -> tally
    by_subdistrict: dict[int, dict[str, dict[str, Tally]]]  # year -> kecamatan -> level -> tally

    def count(self, row: ScoreRow, sign: int = 1) -> None:
        """Add (or with ``sign`` -1 take away) one RT unit's row: an edit moves a row from
        one level to another without summarising every row again."""
        rt, ha = self.by_year.get((row.year, row.level), (0, 0.0))
        self.by_year[(row.year, row.level)] = (rt + sign, ha + sign * row.area_ha)
        levels = self.by_subdistrict.setdefault(row.year, {}).setdefault(row.subdistrict, {})
        rt, ha = levels.get(row.level, (0, 0.0))
        levels[row.level] = (rt + sign, ha + sign * row.area_ha)
        if row.year not in self.years:
            self.years.append(row.year)
            self.years.sort()


def summarise(rows: list[ScoreRow]) -> LevelSummary:
    summary = LevelSummary([], {}, {})
    for r in rows:
        summary.count(r)
    return summary
