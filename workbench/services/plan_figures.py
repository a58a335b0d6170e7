"""The parts of a plan's snapshot beyond the programme itself: the key figures (slum RT units
and hectares by level now and projected per year), the agreed priority list as it was frozen,
and the stakeholders' commitments in the plan period. They are sealed with the plan, so a
printed summary shows exactly what was approved and ``verify`` notices when the database no
longer gives the same figures.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import Commitment, PlanVersion, Stakeholder
from workbench.domain.rules import LEVEL_KEYS
from workbench.services.harmonisation import frozen_list
from workbench.services.programme_analysis import analyse


def _tally(pairs: list[tuple[str, float]]) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {k: [0, 0.0] for k in LEVEL_KEYS}
    for level, ha in pairs:
        slot = out.setdefault(level, [0, 0.0])
        slot[0] += 1
        slot[1] += ha
    return {k: [int(v[0]), round(float(v[1]), 4)] for k, v in out.items()}


def figures(session: Session, plan: PlanVersion) -> dict[str, Any]:
    """RT units and hectares per slum level at the latest assessment, and projected at the
    end of each plan year with the plan's planned works."""
    years = list(range(plan.period_start, plan.period_end + 1))
    result = analyse(session, "planned", years, plan_id=plan.id)
    locs = result.locations
    base_years = sorted({o.baseline_year for o in locs})
    return {
        "ruleset": result.ruleset,
        "baseline_years": base_years,
        "baseline": _tally([(o.baseline_level, o.area_ha) for o in locs]),
        "years": {
            str(y): _tally([(o.levels.get(y, o.baseline_level), o.area_ha) for o in locs])
            for y in years
        },
    }


def agreed_list(session: Session, list_id: int | None) -> dict[str, Any] | None:
    if list_id is None:
        return None
    flist = frozen_list(session, list_id)
    cands = {c["key"]: c for c in flist.inputs.get("candidates", [])}
    entries = [
        {
            "rank": e.rank,
            "code": e.code,
            "name": e.name,
            "village": e.village,
            "subdistrict": cands.get(e.key, {}).get("subdistrict", ""),
            "area_ha": round(e.area_ha, 4),
            "total": e.total,
            "level": e.level,
            "priority_code": e.priority_code,
            "handling": e.handling,
            "authority": e.authority,
        }
        for e in flist.entries
        if e.status == "agreed"
    ]
    entries.sort(key=lambda e: (e["rank"], e["code"]))
    return {
        "name": flist.summary.name,
        "fingerprint": flist.summary.fingerprint,
        "frozen_at": flist.summary.frozen_at.date().isoformat(),
        "intact": flist.intact,
        "entries": entries,
    }


def commitments(session: Session, plan: PlanVersion) -> list[dict[str, Any]]:
    """Every stakeholder commitment for a year of the plan period."""
    rows = session.execute(
        select(
            Stakeholder.name,
            Commitment.form,
            Commitment.year,
            Commitment.value_rp,
            Commitment.in_kind,
            Commitment.status,
        )
        .join(Stakeholder, Commitment.stakeholder_id == Stakeholder.id)
        .where(Commitment.year.between(plan.period_start, plan.period_end))
    ).all()
    out = [
        {
            "stakeholder": name,
            "form": form,
            "year": int(year),
            "value_rp": None if value is None else int(value),
            "in_kind": in_kind or "",
            "status": status,
        }
        for name, form, year, value, in_kind, status in rows
    ]
    out.sort(
        key=lambda c: (
            c["stakeholder"],
            c["year"],
            c["form"],
            c["value_rp"] or 0,
            c["in_kind"],
            c["status"],
        )
    )
    return out
