"""A closed voting round stored as the meeting's workshop votes, in one step (audited, one
undo step for the window): the ballots of the phones become ``Vote`` rows of the workshop,
as the tallies typed by hand are.

- A secret round is one voter group of its own (*Ponsel <code> <time>*): per candidate the
  count of each choice, or the sum of the points (a points or top-N round); no device, no
  name is kept.
- A named round keeps one voter per name typed: a name that is a stakeholder's in the
  registry (its name or short name, letter case and spaces aside) is that stakeholder;
  another name is a voter group of that name. A stakeholder's earlier votes on the same
  candidates in this workshop are replaced (and given back by ``unstore_round``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import Engagement, Stakeholder, Vote
from workbench.domain.ballots import FOR_AGAINST, Ballot, RoundSpec, borda, tally
from workbench.domain.messages import UserError
from workbench.services.audit import audit
from workbench.services.priority_inputs import Target, target_columns, target_filter

_COLUMNS = (
    "engagement_id",
    "stakeholder_id",
    "group_label",
    "location_id",
    "area_id",
    "choice",
    "count",
    "points",
)


@dataclass(frozen=True)
class Stored:
    """What storing a round did: the rows it made, and those it replaced (for undo)."""

    made: tuple[int, ...]
    replaced: tuple[dict[str, Any], ...]
    group: str
    voters: int


def _who(session: Session) -> dict[str, int]:
    names: dict[str, int] = {}
    for sid, name, short in session.execute(
        select(Stakeholder.id, Stakeholder.name, Stakeholder.short_name).where(
            Stakeholder.archived.is_(False)
        )
    ):
        for label in (name, short):
            if label:
                names.setdefault(" ".join(label.casefold().split()), sid)
    return names


def store_round(
    session: Session,
    engagement_id: int | None,
    spec: RoundSpec,
    ballots: Mapping[str, Ballot],
    targets: Mapping[str, Target],
    code: str,
    user: str = "",
    now: datetime | None = None,
) -> Stored:
    """The round's ballots as votes of the workshop ``engagement_id``."""
    if engagement_id is not None and session.get(Engagement, engagement_id) is None:
        raise UserError("gone", what=f"Engagement #{engagement_id}")
    if set(targets) != spec.keys:
        raise ValueError("every candidate of the round needs its target")
    rows: list[dict[str, Any]] = []
    replaced: list[dict[str, Any]] = []
    group = f"Ponsel {code} {(now or datetime.now()):%H:%M}"
    base: dict[str, Any] = {"engagement_id": engagement_id}
    if spec.secret:
        counted = tally(spec, ballots.values())
        for key, counts in counted.counts.items():
            for choice, value in counts.items():
                row: dict[str, Any] = {**base, "stakeholder_id": None, "group_label": group}
                row.update(target_columns(targets[key]))
                if choice == "points":
                    row.update(choice="points", count=0, points=float(value))
                else:
                    row.update(choice=choice, count=int(value), points=None)
                rows.append(row)
        voters = counted.ballots
    else:
        names = _who(session)
        voters = 0
        for ballot in ballots.values():
            voters += 1
            sid = names.get(" ".join(ballot.name.casefold().split()))
            who: dict[str, Any] = {"stakeholder_id": sid, "group_label": "" if sid else ballot.name}
            given: list[tuple[str, str, int, float | None]]
            if spec.kind == FOR_AGAINST:
                given = [(k, c, 1, None) for k, c in ballot.choices.items()]
            else:
                points = ballot.points if ballot.order == () else borda(spec, ballot.order)
                given = [(k, "points", 0, float(v)) for k, v in points.items()]
            for key, choice, count, amount in given:
                if sid is not None:
                    replaced += _take_out(session, engagement_id, sid, targets[key], choice)
                row = {**base, **who, "choice": choice, "count": count, "points": amount}
                row.update(target_columns(targets[key]))
                rows.append(row)
    made = []
    for row in rows:
        vote = Vote(**row)
        session.add(vote)
        session.flush()
        made.append(vote.id)
    audit(
        session,
        user,
        "vote",
        engagement_id,
        "round",
        group if spec.secret else f"round {code}",
        None,
        f"{voters} ballots, {len(made)} votes",
    )
    return Stored(tuple(made), tuple(replaced), group, voters)


def _take_out(
    session: Session, engagement_id: int | None, sid: int, target: Target, choice: str
) -> list[dict[str, Any]]:
    """A stakeholder's earlier vote of this choice on this candidate, removed; its values."""
    out = []
    wanted = (
        Vote.engagement_id.is_(None)
        if engagement_id is None
        else Vote.engagement_id == engagement_id
    )
    for v in session.scalars(
        select(Vote).where(
            wanted, Vote.stakeholder_id == sid, Vote.choice == choice, *target_filter(Vote, target)
        )
    ):
        out.append({c: getattr(v, c) for c in _COLUMNS})
        session.delete(v)
    session.flush()
    return out


def unstore_round(session: Session, stored: Stored, user: str = "") -> None:
    """Take a stored round back (undo): its votes go, the ones it replaced come back."""
    for vote_id in stored.made:
        vote = session.get(Vote, vote_id)
        if vote is not None:
            session.delete(vote)
    session.flush()
    for row in stored.replaced:
        session.add(Vote(**row))
    audit(session, user, "vote", None, "round undone", stored.group, None, None)
