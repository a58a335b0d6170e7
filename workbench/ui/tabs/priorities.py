"""Harmonisasi Prioritas: the candidate list with proposals and workshop tallies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QPushButton
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_ha, format_number
from workbench.services.harmonisation import CandidateRow, candidate_rows
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column
from workbench.ui.style import LevelDelegate, level_label
from workbench.ui.tabs.base import TableTab


class PrioritiesTab(TableTab):
    projection_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.projection_button = QPushButton(self.tr("Projection mode (F11)"))
        self.projection_button.clicked.connect(self.projection_requested)
        self.filter_bar.addWidget(self.projection_button)
        self.model._id_of = lambda r: r[1].location_id
        self.view.setItemDelegateForColumn(self.model.column_index("level"), LevelDelegate(self))

    def title(self) -> str:
        return self.tr("Priority Harmonisation")

    def columns(self) -> list[Column]:
        return [
            Column("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), value=lambda r: r[0],
                   align=CENTER),
            Column("code", QT_TRANSLATE_NOOP("Columns", "Location code"),
                   value=lambda r: r[1].code),
            Column("village", QT_TRANSLATE_NOOP("Columns", "Village"),
                   value=lambda r: r[1].village),
            Column("area", QT_TRANSLATE_NOOP("Columns", "Slum area (kawasan)"),
                   value=lambda r: r[1].area),
            Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"), value=lambda r: r[1].area_ha,
                   fmt=format_ha, align=RIGHT),
            Column("total", QT_TRANSLATE_NOOP("Columns", "Total score"),
                   value=lambda r: r[1].total, align=RIGHT),
            Column("level", QT_TRANSLATE_NOOP("Columns", "Slum level"),
                   value=lambda r: r[1].level, fmt=level_label, align=CENTER),
            Column("priority_code", QT_TRANSLATE_NOOP("Columns", "Priority code"),
                   value=lambda r: r[1].priority_code, align=CENTER),
            Column("land", QT_TRANSLATE_NOOP("Columns", "Land status"),
                   value=lambda r: r[1].land_status, fmt=label),
            Column("oc", QT_TRANSLATE_NOOP("Columns", "Other considerations"),
                   value=lambda r: r[1].other_considerations, fmt=label),
            Column("handling", QT_TRANSLATE_NOOP("Columns", "Handling pattern"),
                   value=lambda r: r[1].handling, fmt=label),
            Column("sources", QT_TRANSLATE_NOOP("Columns", "Proposed by (sources)"),
                   value=lambda r: r[1].sources, align=RIGHT),
            Column("mean_rank", QT_TRANSLATE_NOOP("Columns", "Mean proposed rank"),
                   value=lambda r: r[1].mean_rank,
                   fmt=lambda v: "" if v is None else format_number(v, 1), align=RIGHT),
            Column("support", QT_TRANSLATE_NOOP("Columns", "Support"),
                   value=lambda r: r[1].support, align=RIGHT),
            Column("object", QT_TRANSLATE_NOOP("Columns", "Object"),
                   value=lambda r: r[1].object, align=RIGHT),
        ]

    def fetch(self, session: Session) -> list[CandidateRow]:
        return candidate_rows(session)

    def table(self, payload: Any) -> tuple[list[Column], list[Any]]:
        return self.columns(), list(enumerate(payload, start=1))

    def apply(self, payload: Any) -> None:
        self.summary.setText(
            self.tr("%1 candidate RT units (latest assessment, slum levels only), ranked by "
                    "total score; %2 proposed by at least one source.")
            .replace("%1", str(len(payload)))
            .replace("%2", str(sum(1 for c in payload if c.sources))))

    def candidates(self) -> list[CandidateRow]:
        return [r[1] for r in self.model.rows]
