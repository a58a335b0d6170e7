"""Baseline use cases: score a file, import it into a database (all or nothing), export scores,
locations and the baseline template."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import Area, Location, Subdistrict, Village
from workbench.domain.baseline import (
    BaselineResult,
    Issue,
    expected_columns,
    validate_baseline,
)
from workbench.domain.columns import ColumnMap, HeaderMatch, baseline_spec
from workbench.domain.rules import DEFAULT_RULESET, RuleSet, get_ruleset
from workbench.domain.scoring import aggregate_volumes, score_frame
from workbench.services.assessments import Progress, load_assessment_frame
from workbench.services.baseline_import import (
    BaselineChange,
    ImportPlan,
    apply_import,
    plan_import,
)
from workbench.services.baseline_io import BaselineError, RawTable, lower_header, read_columns
from workbench.services.text_limits import BASELINE_TEXT, check_lengths

Level = Literal["rt", "kawasan", "kelurahan"]


@dataclass
class Checked:
    raw: RawTable
    result: BaselineResult
    rules: RuleSet

    @property
    def warnings(self) -> list[Issue]:
        return [*self.raw.notices, *self.result.warnings]


def check_file(
    path: Path,
    rule_id: str = DEFAULT_RULESET,
    *,
    mode: Literal["score", "import"],
    default_year: int | None = None,
    column_map: ColumnMap | None = None,
) -> Checked:
    """Read and validate a baseline file; raises BaselineError listing every error."""
    rules = get_ruleset(rule_id)
    raw = read_columns(path, baseline_spec(rules), column_map)
    result = validate_baseline(
        raw.frame,
        rules,
        mode=mode,
        decimal_comma=raw.decimal_comma,
        default_year=default_year,
        row_numbers=raw.row_numbers,
    )
    too_long = _too_long(raw) if mode == "import" else []
    if not result.ok or too_long:
        raise BaselineError(raw.source, [*raw.notices, *result.issues, *too_long])
    return Checked(raw, result, rules)


def _too_long(raw: RawTable) -> list[Issue]:
    """Text longer than the database keeps (the same on SQLite and PostgreSQL)."""
    return check_lengths(lower_header(raw.frame), raw.row_numbers, BASELINE_TEXT)


@dataclass
class Inspection:
    """What the import wizard shows before anything is written, and what it then imports:
    the file is read and validated once, here."""

    source: str
    rows: int
    preview: pd.DataFrame  # the first rows as read (strings)
    issues: list[Issue]
    preview_rows: list[int] = field(default_factory=list)  # their spreadsheet row numbers
    checked: Checked | None = None  # the validated rows, when the file has no errors
    plan: ImportPlan | None = None  # what importing them would do to the database
    headers: HeaderMatch | None = None  # how the file's headers were read (to map them)
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets
    sheet: str = ""  # the one read
    column_map: ColumnMap | None = None  # the mapping it was read with

    @property
    def ok(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)

    @property
    def to_import(self) -> int:
        """Rows that would change the database (new, or there with other values)."""
        if self.plan is None:
            return self.rows
        return len(self.plan.new_rows) + len(self.plan.changed)


def inspect_file(
    path: Path,
    rule_id: str = DEFAULT_RULESET,
    default_year: int | None = None,
    preview_rows: int = 50,
    session: Session | None = None,
    column_map: ColumnMap | None = None,
) -> Inspection:
    """Read and check a baseline file for import without raising on bad rows; with
    ``session``, also against the database (RT units that moved, rows there already)."""
    rules = get_ruleset(rule_id)
    raw = read_columns(path, baseline_spec(rules), column_map, lenient=True)
    result = validate_baseline(
        raw.frame,
        rules,
        mode="import",
        decimal_comma=raw.decimal_comma,
        default_year=default_year,
        row_numbers=raw.row_numbers,
    )
    too_long = _too_long(raw)
    issues = [*raw.notices, *result.issues, *too_long]
    unread = any(i.severity == "error" for i in raw.notices)  # the mapping does not fit
    checked = Checked(raw, result, rules) if result.ok and not too_long and not unread else None
    plan = None
    if checked is not None and session is not None:
        plan = plan_import(session, result.frame, raw.row_numbers, rules)
        issues += plan.conflicts
    return Inspection(
        raw.source,
        len(raw.frame),
        raw.frame.head(preview_rows),
        issues,
        raw.row_numbers[:preview_rows],
        checked if not (plan and plan.conflicts) else None,
        plan,
        raw.headers,
        raw.sheets,
        raw.sheet,
        column_map,
    )


def template_frame(session: Session | None, rule_id: str = DEFAULT_RULESET) -> pd.DataFrame:
    """The stored data in the baseline-file format when there is some, else the columns."""
    if session is not None:
        frame = export_baseline(session)
        if not frame.empty:
            return frame
    return pd.DataFrame(columns=expected_columns(get_ruleset(rule_id)))


def score_table(frame: pd.DataFrame, rules: RuleSet) -> pd.DataFrame:
    """The score table of the contract (no internal columns)."""
    scored = score_frame(frame, rules).drop(columns=["_level"])
    return scored.reset_index(drop=True)


def score_file(
    path: Path,
    rule_id: str = DEFAULT_RULESET,
    default_year: int | None = None,
    column_map: ColumnMap | None = None,
) -> tuple[pd.DataFrame, list[Issue], str]:
    checked = check_file(
        path, rule_id, mode="score", default_year=default_year, column_map=column_map
    )
    return score_table(checked.result.frame, checked.rules), checked.warnings, checked.raw.source


ImportOutcome = BaselineChange  # what an import did (and what undoing it needs)


def import_checked(
    session: Session,
    checked: Checked,
    *,
    update: bool = False,
    user: str = "",
    progress: Progress | None = None,
) -> BaselineChange:
    """Write rows checked before (the wizard's inspection): no second reading or validation."""
    return apply_import(
        session,
        checked.result.frame,
        checked.raw.row_numbers,
        checked.rules,
        source=checked.raw.source,
        update=update,
        user=user,
        warnings=checked.warnings,
        progress=progress,
    )


def import_baseline(
    session: Session,
    path: Path,
    *,
    year: int | None = None,
    rule_id: str = DEFAULT_RULESET,
    user: str = "",
    update: bool = False,
    progress: Progress | None = None,
    column_map: ColumnMap | None = None,
) -> BaselineChange:
    """Import a baseline file: every row or none. Rows the database holds for that year
    already are refused (BaselineError, each named) unless ``update``: then those with other
    values become a new revision of that year's assessment, and identical ones are left."""
    checked = check_file(path, rule_id, mode="import", default_year=year, column_map=column_map)
    return import_checked(session, checked, update=update, user=user, progress=progress)


# -- exports --------------------------------------------------------------------------------


def _rules_groups(frame: pd.DataFrame) -> list[tuple[RuleSet, pd.DataFrame]]:
    return [(get_ruleset(str(rid)), part) for rid, part in frame.groupby("ruleset_id", sort=True)]


def export_scores(session: Session, level: Level = "rt", year: int | None = None) -> pd.DataFrame:
    frame = load_assessment_frame(session, year=year)
    if frame.empty:
        return pd.DataFrame(columns=["kode_lokasi", "tahun", "total_skor", "tingkat"])
    parts = []
    for rules, part in _rules_groups(frame):
        if level == "rt":
            table = score_table(part, rules)
            table.insert(2, "aturan", f"{rules.id} v{rules.version}")
        else:
            keys = (
                ["kawasan", "tahun"] if level == "kawasan" else ["kecamatan", "kelurahan", "tahun"]
            )
            data = part[part["kawasan"] != ""] if level == "kawasan" else part
            summed = aggregate_volumes(data, keys, rules)
            counts = data.groupby(keys, sort=True).size().reset_index(name="jumlah_rt")
            summed = summed.merge(counts, on=keys)
            scored = score_frame(summed.assign(kode_lokasi="", tahun=summed["tahun"]), rules)
            table = pd.concat(
                [
                    summed[[*keys, "jumlah_rt", "luas_ha"]],
                    scored.drop(columns=["kode_lokasi", "tahun", "_level"]),
                ],
                axis=1,
            )
            table.insert(len(keys), "aturan", f"{rules.id} v{rules.version}")
        parts.append(table)
    return pd.concat(parts, ignore_index=True)


def export_locations(session: Session) -> pd.DataFrame:
    rows = session.execute(
        select(
            Location.code.label("kode_lokasi"),
            Location.name.label("nama_lokasi"),
            Area.name.label("kawasan"),
            Village.name.label("kelurahan"),
            Subdistrict.name.label("kecamatan"),
            Location.rw,
            Location.rt,
            Location.latitude.label("lintang"),
            Location.longitude.label("bujur"),
        )
        .join(Village, Location.village_id == Village.id)
        .join(Subdistrict, Village.subdistrict_id == Subdistrict.id)
        .outerjoin(Area, Location.area_id == Area.id)
        .order_by(Location.code)
    ).all()
    frame = pd.DataFrame(
        rows,
        columns=[
            "kode_lokasi",
            "nama_lokasi",
            "kawasan",
            "kelurahan",
            "kecamatan",
            "rw",
            "rt",
            "lintang",
            "bujur",
        ],
    )
    frame["kawasan"] = frame["kawasan"].fillna("")
    return frame


def export_baseline(session: Session, year: int | None = None) -> pd.DataFrame:
    """The stored field data in the baseline-file format: edit it and import it elsewhere."""
    frame = load_assessment_frame(session, year=year)
    rules = get_ruleset(str(frame["ruleset_id"].iloc[0])) if not frame.empty else get_ruleset()
    cols = expected_columns(rules)
    if frame.empty:
        return pd.DataFrame(columns=cols)
    out = frame.reindex(columns=cols).copy()
    for col in ("legal_status_tanah", "legal_tata_ruang", "strategis", "sosial_ekonomi"):
        out[col] = frame[col].map({True: "ya", False: "tidak"})
    for col in ("jumlah_bangunan", "jumlah_kk", "jumlah_penduduk", "tahun"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    return out
