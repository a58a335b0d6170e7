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
        score_cols = scored[[f"skor_{c}" for c in rules.codes]].to_numpy()
        for pos, (idx, r) in enumerate(part.iterrows()):
            rows.append(ScoreRow(
                assessment_id=int(r["assessment_id"]), location_id=int(r["location_id"]),
                code=str(r["kode_lokasi"]), name=str(r["nama_lokasi"]),
                village=str(r["kelurahan"]), subdistrict=str(r["kecamatan"]),
                area=str(r["kawasan"]), year=int(r["tahun"]), area_ha=float(r["luas_ha"]),
                total=int(scored.at[idx, "total_skor"]), level=str(scored.at[idx, "_level"]),
                scores=tuple(int(s) for s in score_cols[pos]),
                flags=str(scored.at[idx, "catatan"]), ruleset=f"{rules.id} v{rules.version}"))
    return rows
