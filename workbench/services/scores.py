"""Scores of RT units for the scoring tab (all years), computed from stored volumes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import score_frame
from workbench.services.assessments import load_assessment_frame


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


def score_rows(session: Session) -> list[ScoreRow]:
    frame = load_assessment_frame(session)
    if frame.empty:
        return []
    rows: list[ScoreRow] = []
    for rule_id, part in frame.groupby("ruleset_id", sort=False):
        rules = get_ruleset(str(rule_id))
        scored = score_frame(part, rules)
        score_cols = scored[[f"skor_{c}" for c in rules.codes]].to_numpy().tolist()
        label = f"{rules.id} v{rules.version}"
        columns = zip(part["assessment_id"].tolist(), part["location_id"].tolist(),
                      part["kode_lokasi"].tolist(), part["nama_lokasi"].tolist(),
                      part["kelurahan"].tolist(), part["kecamatan"].tolist(),
                      part["kawasan"].tolist(), part["tahun"].tolist(), part["luas_ha"].tolist(),
                      scored["total_skor"].tolist(), scored["_level"].tolist(), score_cols,
                      scored["catatan"].tolist(), strict=True)
        rows.extend(
            ScoreRow(assessment_id=int(aid), location_id=int(lid), code=str(code),
                     name=str(name or ""), village=str(vil), subdistrict=str(kec),
                     area=str(area or ""), year=int(year), area_ha=float(ha), total=int(total),
                     level=str(level), scores=tuple(int(x) for x in strip), flags=str(flags),
                     ruleset=label)
            for aid, lid, code, name, vil, kec, area, year, ha, total, level, strip, flags
            in columns)
    return rows
