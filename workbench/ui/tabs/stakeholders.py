"""Pemangku Kepentingan: the stakeholder registry."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_rp
from workbench.services.stakeholders import StakeholderRow, list_stakeholders
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column
from workbench.ui.tabs.base import TableTab


class StakeholdersTab(TableTab):
    def title(self) -> str:
        return self.tr("Stakeholders")

    def columns(self) -> list[Column]:
        return [
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
            Column("short_name", QT_TRANSLATE_NOOP("Columns", "Short name")),
            Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), fmt=label),
            Column("gov_level", QT_TRANSLATE_NOOP("Columns", "Level"), fmt=label),
            Column("planning_role", QT_TRANSLATE_NOOP("Columns", "Planning role"), fmt=label),
            Column("pokja_position", QT_TRANSLATE_NOOP("Columns", "Pokja position")),
            Column("villages", QT_TRANSLATE_NOOP("Columns", "Villages covered"), align=RIGHT),
            Column("engagements", QT_TRANSLATE_NOOP("Columns", "Engagements attended"),
                   align=RIGHT),
            Column("committed_rp", QT_TRANSLATE_NOOP("Columns", "Committed (Rp)"),
                   fmt=lambda v: format_rp(v) if v else "", align=RIGHT),
            Column("influence", QT_TRANSLATE_NOOP("Columns", "Influence"), align=CENTER),
            Column("interest", QT_TRANSLATE_NOOP("Columns", "Interest"), align=CENTER),
        ]

    def fetch(self, session: Session) -> list[StakeholderRow]:
        return list_stakeholders(session)

    def apply(self, payload: Any) -> None:
        cats = Counter(r.category for r in payload)
        never = sum(1 for r in payload if r.engagements == 0)
        self.summary.setText(
            self.tr("%1 stakeholders in %2 categories; %3 have not attended any engagement yet.")
            .replace("%1", str(len(payload))).replace("%2", str(len(cats)))
            .replace("%3", str(never)))
