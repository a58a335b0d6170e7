"""Write the generated demo district (``domain/demo.py``) into a database."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from workbench.db.engine import make_engine, session_scope, sqlite_path, to_url
from workbench.db.migrate import upgrade_if_needed
from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Area,
    Attendance,
    AuditEntry,
    Commitment,
    Coverage,
    District,
    Engagement,
    EngagementVillage,
    FundingSource,
    Location,
    PlanSignatory,
    PlanVersion,
    PriorityDecision,
    Proposal,
    ProposalSource,
    Stakeholder,
    Subdistrict,
    Village,
    Vote,
)
from workbench.domain.demo import DEMO_SEED, DemoData, generate_demo
from workbench.domain.rules import get_ruleset
from workbench.services.assessments import store_assessments
from workbench.services.programme_edit import DEFAULT_SIGNATORIES


class TargetExistsError(FileExistsError):
    """The demo target exists and --force was not given."""


def write_demo(session: Session, data: DemoData, approved: bool = True) -> int:
    """Fill an empty, migrated database with the demo district; returns the district id."""
    rules = get_ruleset()
    district = District(**data.district)
    session.add(district)
    session.flush()
    subs = {}
    for name in data.subdistricts:
        sub = Subdistrict(district_id=district.id, name=name)
        session.add(sub)
        subs[name] = sub
    session.flush()
    villages = {}
    for v in data.villages:
        vill = Village(subdistrict_id=subs[v["subdistrict"]].id, name=v["name"], kind=v["kind"])
        session.add(vill)
        villages[v["name"]] = vill
    for a in data.areas:
        session.add(Area(district_id=district.id, **a))
    session.flush()
    store_assessments(session, district.id, data.baseline, rules)
    loc_ids = dict(session.execute(select(Location.code, Location.id)).all())
    from workbench.services.geometry_io import store_demo_shapes

    store_demo_shapes(session, DEMO_SEED)

    objs: dict[str, Stakeholder] = {}
    for st in data.stakeholders:
        obj = Stakeholder(**st)
        session.add(obj)
        objs[st["name"]] = obj
    session.flush()
    st_ids = {k: v.id for k, v in objs.items()}
    session.execute(
        insert(Coverage),
        [dict(stakeholder_id=st_ids[s], village_id=villages[v].id) for s, v in data.coverage],
    )

    eng_ids = {}
    for e in data.engagements:
        eng = Engagement(
            date=e["date"],
            title=e["title"],
            type=e["type"],
            stage=e["stage"],
            place=e["place"],
            outcomes=e["outcomes"],
        )
        session.add(eng)
        session.flush()
        eng_ids[e["title"]] = eng.id
        for v in e["villages"]:
            session.add(EngagementVillage(engagement_id=eng.id, village_id=villages[v].id))
        seen = set()
        for name, present in e["attendance"]:
            if name in seen:
                continue
            seen.add(name)
            session.add(
                Attendance(engagement_id=eng.id, stakeholder_id=st_ids[name], present=present)
            )

    fs_ids = {}
    for i, (code, name) in enumerate(data.funding_sources):
        fs = FundingSource(code=code, name=name, sort_order=i)
        session.add(fs)
        fs_ids[code] = fs
    type_ids = {}
    for name, crit, unit, cost in data.activity_types:
        at = ActivityType(name=name, criterion_code=crit, unit=unit, unit_cost_rp=cost)
        session.add(at)
        type_ids[name] = at
    plan = PlanVersion(
        district_id=district.id,
        version_no=1,
        name=data.plan["name"],
        period_start=data.plan["period_start"],
        period_end=data.plan["period_end"],
        status="draft",
    )
    session.add(plan)
    session.flush()
    for i, position in enumerate(DEFAULT_SIGNATORIES):
        name, nip = DEMO_SIGNATORIES[i] if approved else ("", "")
        session.add(
            PlanSignatory(
                plan_version_id=plan.id,
                sort_order=i,
                position=position,
                name=name,
                nip=nip,
                place="Kota Demo",
                sign_date=DEMO_APPROVED.date() if approved else None,
            )
        )
    for a in data.activities:
        act = Activity(
            plan_version_id=plan.id,
            location_id=loc_ids[a["code"]],
            criterion_code=a["criterion"],
            activity_type_id=type_ids[a["type"]].id,
            volume=a["volume"],
            unit_cost_rp=a["unit_cost"],
            status=a["status"],
            approach=a["approach"],
            executor_id=st_ids[a["executor"]],
            realised_volume=a["realised_volume"],
            realised_rp=a["realised_rp"],
        )
        for year, src, amount in a["allocations"]:
            act.allocations.append(
                Allocation(year=year, funding_source_id=fs_ids[src].id, amount_rp=amount)
            )
        session.add(act)
    session.flush()
    for c in data.commitments:
        session.add(
            Commitment(
                stakeholder_id=st_ids[c["stakeholder"]],
                form=c["form"],
                value_rp=c["value_rp"],
                status=c["status"],
                year=c["year"],
                in_kind=c["in_kind"],
            )
        )

    src_ids = {}
    village_ids = {k: v.id for k, v in villages.items()}
    for s in data.proposal_sources:
        ps = ProposalSource(
            name=s["name"],
            kind=s["kind"],
            year=s.get("year"),
            stakeholder_id=st_ids.get(s.get("stakeholder", "")),
            village_id=village_ids.get(s.get("village", "")),
        )
        session.add(ps)
        src_ids[s["name"]] = ps
    session.flush()
    session.execute(
        insert(Proposal),
        [
            dict(source_id=src_ids[p["source"]].id, location_id=loc_ids[p["code"]], rank=p["rank"])
            for p in data.proposals
        ],
    )
    session.execute(
        insert(Vote),
        [
            dict(
                engagement_id=eng_ids[v["engagement"]],
                group_label=v["group"],
                location_id=loc_ids[v["code"]],
                choice=v["choice"],
                count=v["count"],
            )
            for v in data.votes
        ],
    )
    session.execute(
        insert(PriorityDecision),
        [
            dict(
                location_id=loc_ids[d["code"]],
                status=d["status"],
                note=d["note"],
                engagement_id=eng_ids[d["engagement"]],
            )
            for d in data.decisions
        ],
    )
    session.add(
        AuditEntry(
            user="system",
            entity="district",
            entity_id=district.id,
            action="create",
            new_value=f"demo district generated (seed {DEMO_SEED})",
        )
    )
    session.flush()
    if approved:
        _approve_first_version(
            session, eng_ids[data.decisions[0]["engagement"]] if data.decisions else None
        )
    return district.id


# the demo's plan went through the whole cycle once: the workshop's agreed list was frozen,
# version 1 approved and signed, and version 2 is the draft being worked on
DEMO_APPROVED = datetime(2025, 12, 15, 10, 0)
DEMO_SIGNATORIES = (
    ("Drs. Ahmad Fauzi, M.Si.", "197204151998031005"),
    ("Ir. Siti Rahmawati, M.T.", "197808222003122002"),
    ("Bambang Setiawan, S.T., M.Eng.", "198101302006041011"),
)


def _approve_first_version(session: Session, engagement_id: int | None) -> None:
    from workbench.services.harmonisation import freeze
    from workbench.services.plans import approve, new_draft

    list_id = freeze(
        session,
        "Kesepakatan lokakarya prioritas 2025",
        engagement_id,
        user="system",
        now=DEMO_APPROVED - timedelta(days=5),
    )
    approve(
        session,
        "Rapat pleno Pokja PKP",
        list_id,
        user="system",
        now=DEMO_APPROVED,
        keep_backup=False,  # a file being made: nothing to keep yet
    )
    new_draft(session, user="system")


def _drop_workbench_tables(engine: Engine) -> None:
    """Our tables and the schema version on a server database (nothing else of it)."""
    from sqlalchemy import text

    from workbench.db.base import Base

    Base.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


def create_demo_database(
    target: str | os.PathLike[str],
    *,
    force: bool = False,
    seed: int = DEMO_SEED,
    n_locations: int = 72,
    approved: bool = True,
) -> Engine:
    """Create (or with ``force`` replace) a SQLite file, or fill an empty server database
    (with ``force``, a server database's workbench tables are dropped and made anew).
    ``approved=False`` stops before the agreed list is frozen and version 1 approved."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if path.exists():
            if not force:
                raise TargetExistsError(f"{path} already exists; use --force to replace it")
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    if path is None and force:
        _drop_workbench_tables(engine)
    upgrade_if_needed(engine)
    with session_scope(engine) as session:
        if session.scalars(select(District)).first() is not None:
            raise TargetExistsError(f"{url} already holds a district; use an empty database")
        write_demo(session, generate_demo(seed=seed, n_locations=n_locations), approved)
    return engine
