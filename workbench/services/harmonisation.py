"""Priority harmonisation: the candidate list with proposals and workshop tallies."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import Proposal, Vote
from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import score_frame
from workbench.services.assessments import load_assessment_frame


@dataclass(frozen=True)
class CandidateRow:
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
    land_status: str
    other_considerations: str
    handling: str
    priority_code: str
    sources: int
    mean_rank: float | None
    support: int
    object: int


def candidate_rows(session: Session, min_level_total: int | None = None) -> list[CandidateRow]:
    """Latest assessment of every RT unit that is slum (or all with ``min_level_total=0``),
    with how many sources propose it, its mean proposed rank, and workshop tallies."""
    frame = load_assessment_frame(session, latest_only=True)
    if frame.empty:
        return []
    rules = get_ruleset(str(frame["ruleset_id"].iloc[0]))
    scored = score_frame(frame, rules)
    props = pd.DataFrame(session.execute(
        select(Proposal.location_id, func.count(), func.avg(Proposal.rank))
        .where(Proposal.location_id.is_not(None)).group_by(Proposal.location_id)).all(),
        columns=["location_id", "sources", "mean_rank"]).set_index("location_id")
    votes = pd.DataFrame(session.execute(
        select(Vote.location_id, Vote.choice, func.sum(Vote.count))
        .where(Vote.location_id.is_not(None)).group_by(Vote.location_id, Vote.choice)
    ).all(), columns=["location_id", "choice", "n"])
    tally = (votes.pivot(index="location_id", columns="choice", values="n")
             if not votes.empty else pd.DataFrame())
    threshold = rules.levels[-2].min_total if min_level_total is None else min_level_total
    rows = []
    for i, r in frame.iterrows():
        total = int(scored.at[i, "total_skor"])
        if total < threshold:
            continue
        lid = int(r["location_id"])
        mean_rank = props["mean_rank"].get(lid) if lid in props.index else None

        def tal(choice: str, lid: int = lid) -> int:
            if choice in tally.columns and lid in tally.index:
                v = tally.at[lid, choice]
                return 0 if pd.isna(v) else int(v)
            return 0

        def txt(col: str, i: int = i) -> str:
            v = scored.at[i, col] if col in scored else None
            return "" if v is None or pd.isna(v) else str(v)

        rows.append(CandidateRow(
            location_id=lid, code=str(r["kode_lokasi"]), name=str(r["nama_lokasi"]),
            village=str(r["kelurahan"]), subdistrict=str(r["kecamatan"]),
            area=str(r["kawasan"]), year=int(r["tahun"]), area_ha=float(r["luas_ha"]),
            total=total, level=str(scored.at[i, "_level"]), land_status=txt("status_lahan"),
            other_considerations=txt("pertimbangan_lain"), handling=txt("pola_penanganan"),
            priority_code=txt("kode_prioritas"),
            sources=int(props["sources"].get(lid, 0)) if lid in props.index else 0,
            mean_rank=None if mean_rank is None or pd.isna(mean_rank) else float(mean_rank),
            support=tal("support"), object=tal("object")))
    rows.sort(key=lambda c: (-c.total, c.code))
    return rows
