"""What the Harmonisasi Prioritas tab shows: the payload loaded in a worker, the columns of
its tables and grids, and the words they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from workbench.domain.formatting import format_ha, format_number, parse_user_number
from workbench.services import harmonisation as hs
from workbench.services import priority_inputs as pi
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column, Prepared
from workbench.ui.style import level_label
from workbench.ui.tabs.priority_views import DECISION_COLORS

_WORDS = {
    "agreed": QT_TRANSLATE_NOOP("PriorityWords", "agreed"),
    "contested": QT_TRANSLATE_NOOP("PriorityWords", "contested"),
    "deferred": QT_TRANSLATE_NOOP("PriorityWords", "deferred"),
    "very_weak": QT_TRANSLATE_NOOP("PriorityWords", "very weak"),
    "weak": QT_TRANSLATE_NOOP("PriorityWords", "weak"),
    "moderate": QT_TRANSLATE_NOOP("PriorityWords", "moderate"),
    "strong": QT_TRANSLATE_NOOP("PriorityWords", "strong"),
    "very_strong": QT_TRANSLATE_NOOP("PriorityWords", "very strong"),
    "support": QT_TRANSLATE_NOOP("PriorityWords", "for"),
    "object": QT_TRANSLATE_NOOP("PriorityWords", "against"),
    "abstain": QT_TRANSLATE_NOOP("PriorityWords", "abstain"),
    "points": QT_TRANSLATE_NOOP("PriorityWords", "points"),
    "borda_points": QT_TRANSLATE_NOOP("PriorityWords", "Borda points: %1"),
    "authority_tip": QT_TRANSLATE_NOOP(
        "PriorityWords",
        "Kewenangan penanganan (UU 23/2014) by the area of the kawasan, or of the village's "
        "slum part outside any kawasan: under 10 ha the kabupaten/kota, 10 to under 15 ha the "
        "province, 15 ha and more the central government (a rule-set setting).",
    ),
    "bad_proposal": QT_TRANSLATE_NOOP(
        "PriorityWords",
        "“%1” is not a rank or points: type a whole number from 1 (1 = first), "
        "or points such as “70 p”; leave empty to remove.",
    ),
}


def word(key: str) -> str:
    return QCoreApplication.translate("PriorityWords", _WORDS[key])


def decision_label(status: str | None) -> str:
    return word(status) if status in ("agreed", "contested", "deferred") else ""


def agreement_label(band: str) -> str:
    return word(band) if band in _WORDS else band


@dataclass
class PriorityPayload:
    view: hs.PriorityView
    frozen: list[hs.FrozenSummary]
    sources: list[pi.SourceRow]
    proposals: dict[tuple[int, str], pi.ProposalValue]
    voters: list[pi.Voter]
    votes: dict[tuple[int, str, str], float]
    voting_workshop: int | None
    stakeholders: list[tuple[int, str]]
    villages: list[tuple[int, str]]
    prepared: dict[str, Prepared] = field(default_factory=dict)
    first_frozen: Any = None  # the newest frozen list in full (read in the worker)


def ranking_columns() -> list[Column]:
    return [
        Column("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), value=lambda r: r.rank, align=CENTER),
        Column(
            "decision",
            QT_TRANSLATE_NOOP("Columns", "Decision"),
            value=lambda r: r.decision.status if r.decision else None,
            fmt=decision_label,
            align=CENTER,
            foreground=lambda r: DECISION_COLORS.get(r.decision.status) if r.decision else None,
            tooltip=lambda r: r.decision.note if r.decision else "",
        ),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Location"), value=lambda r: r.info.code),
        Column("village", QT_TRANSLATE_NOOP("Columns", "Village"), value=lambda r: r.info.village),
        Column(
            "total",
            QT_TRANSLATE_NOOP("Columns", "Total score"),
            value=lambda r: r.info.total,
            align=RIGHT,
        ),
        Column(
            "level",
            QT_TRANSLATE_NOOP("Columns", "Slum level"),
            value=lambda r: r.info.level,
            fmt=level_label,
            align=CENTER,
        ),
        Column(
            "priority_code",
            QT_TRANSLATE_NOOP("Columns", "Priority code"),
            value=lambda r: r.info.priority_code,
            align=CENTER,
        ),
        Column(
            "authority",
            QT_TRANSLATE_NOOP("Columns", "Handled by"),
            value=lambda r: r.info.authority,
            tooltip=lambda r: word("authority_tip"),
        ),
        Column(
            "composite",
            QT_TRANSLATE_NOOP("Columns", "Composite"),
            value=lambda r: r.composite,
            fmt=lambda v: format_number(v, 3),
            align=RIGHT,
        ),
        Column(
            "borda_rank",
            QT_TRANSLATE_NOOP("Columns", "Borda rank"),
            value=lambda r: r.borda_rank,
            align=RIGHT,
            tooltip=lambda r: word("borda_points").replace("%1", format_number(r.borda, 2)),
        ),
        Column(
            "sources",
            QT_TRANSLATE_NOOP("Columns", "Sources"),
            value=lambda r: len(r.source_ranks),
            align=RIGHT,
        ),
        Column(
            "spread",
            QT_TRANSLATE_NOOP("Columns", "Rank spread"),
            value=lambda r: r.spread,
            fmt=lambda v: format_number(v, 0),
            align=RIGHT,
            background=lambda r: spread_color(r.spread),
        ),
        Column(
            "support", QT_TRANSLATE_NOOP("Columns", "For"), value=lambda r: r.support, align=RIGHT
        ),
        Column(
            "object", QT_TRANSLATE_NOOP("Columns", "Against"), value=lambda r: r.object, align=RIGHT
        ),
        Column(
            "points",
            QT_TRANSLATE_NOOP("Columns", "Points"),
            value=lambda r: r.points,
            fmt=lambda v: format_number(v, 0) if v else "",
            align=RIGHT,
        ),
        Column(
            "stability",
            QT_TRANSLATE_NOOP("Columns", "In top N"),
            value=lambda r: r.stability,
            fmt=lambda v: f"{format_number(100 * v, 0)} %",
            align=RIGHT,
        ),
        Column(
            "range",
            QT_TRANSLATE_NOOP("Columns", "Rank range"),
            value=lambda r: (r.best, r.worst),
            fmt=lambda v: f"{v[0]}–{v[1]}" if v[0] != v[1] else str(v[0]),
            align=CENTER,
        ),
        Column(
            "area", QT_TRANSLATE_NOOP("Columns", "Slum area (kawasan)"), value=lambda r: r.info.area
        ),
        Column(
            "area_ha",
            QT_TRANSLATE_NOOP("Columns", "Area"),
            value=lambda r: r.info.area_ha,
            fmt=format_ha,
            align=RIGHT,
        ),
        Column(
            "oc",
            QT_TRANSLATE_NOOP("Columns", "Other considerations"),
            value=lambda r: r.info.other_considerations,
            fmt=label,
        ),
        Column(
            "land",
            QT_TRANSLATE_NOOP("Columns", "Land status"),
            value=lambda r: r.info.land_status,
            fmt=label,
        ),
    ]


def frozen_columns() -> list[Column]:
    return [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Agreed list")),
        Column(
            "frozen_at",
            QT_TRANSLATE_NOOP("Columns", "Frozen"),
            fmt=lambda v: v.strftime("%Y-%m-%d %H:%M"),
        ),
        Column("engagement", QT_TRANSLATE_NOOP("Columns", "Meeting")),
        Column("agreed", QT_TRANSLATE_NOOP("Columns", "Agreed"), align=RIGHT),
        Column(
            "fingerprint",
            QT_TRANSLATE_NOOP("Columns", "Fingerprint (SHA-256)"),
            fmt=lambda v: v[:16] + "…",
        ),
    ]


def entry_columns() -> list[Column]:
    return [
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Decision"),
            fmt=decision_label,
            foreground=lambda e: DECISION_COLORS.get(e.status),
        ),
        Column("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), align=CENTER),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Location")),
        Column("village", QT_TRANSLATE_NOOP("Columns", "Village")),
        Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"), fmt=format_ha, align=RIGHT),
        Column("total", QT_TRANSLATE_NOOP("Columns", "Total score"), align=RIGHT),
        Column("priority_code", QT_TRANSLATE_NOOP("Columns", "Priority code"), align=CENTER),
        Column("handling", QT_TRANSLATE_NOOP("Columns", "Handling pattern"), fmt=label),
        Column("authority", QT_TRANSLATE_NOOP("Columns", "Handled by")),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note")),
    ]


def matrix_columns(p: PriorityPayload) -> list[Column]:
    base = {c.key: c for c in ranking_columns()}
    cols = [base["rank"], base["code"], base["total"]]
    for s in p.sources:
        cols.append(
            Column(
                f"src{s.id}",
                s.name,
                value=lambda r, sid=s.id: proposal_text(p.proposals.get((sid, r.key))),
                align=CENTER,
                tooltip=lambda r, s=s: f"{s.name} ({s.kind})",
            )
        )
    return cols


def votes_columns(p: PriorityPayload) -> list[Column]:
    base = {c.key: c for c in ranking_columns()}
    cols = [base["rank"], base["code"], base["village"]]
    choices = [(c, word(c)) for c in ("support", "object", "abstain", "points")]
    for i, voter in enumerate(p.voters):
        for choice, noun in choices:
            if i and choice == "abstain":
                continue
            cols.append(
                Column(
                    f"v{i}:{choice}",
                    f"{voter.label}: {noun}",
                    value=lambda r, i=i, c=choice: p.votes.get((i, r.key, c)),
                    fmt=lambda v: "" if not v else format_number(v, 0),
                    align=RIGHT,
                )
            )
    return cols


def spread_color(spread: float) -> QColor | None:
    if spread >= 60:
        return QColor("#ffcdd2")
    if spread >= 30:
        return QColor("#fff3c4")
    return None


def proposal_text(value: pi.ProposalValue | None) -> str:
    if value is None:
        return ""
    if value.rank is not None:
        return str(value.rank)
    return f"{format_number(value.points or 0, 0)} p"


def parse_proposal(text: str) -> pi.ProposalValue | None:
    t = text.strip().lower()
    if not t:
        return None
    if t.endswith(("p", "poin", "points")):
        number = t.rstrip("ointsp ").strip()
        try:
            return pi.ProposalValue(None, parse_user_number(number))
        except ValueError:
            pass
    elif t.isdigit() and int(t) >= 1:
        return pi.ProposalValue(int(t), None)
    raise ValueError(word("bad_proposal").replace("%1", text))
