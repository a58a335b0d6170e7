"""Matriks Program: activities per location and criterion, money per year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_number, format_rp
from workbench.services.programme import ProgrammeView, programme_view
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column
from workbench.ui.tabs.base import TableTab


def _base_columns() -> list[Column]:
    return [
        Column("subdistrict", QT_TRANSLATE_NOOP("Columns", "Subdistrict")),
        Column("village", QT_TRANSLATE_NOOP("Columns", "Village")),
        Column("target", QT_TRANSLATE_NOOP("Columns", "Location")),
        Column("criterion", QT_TRANSLATE_NOOP("Columns", "Criterion"), align=CENTER),
        Column("activity_type", QT_TRANSLATE_NOOP("Columns", "Activity")),
        Column("volume", QT_TRANSLATE_NOOP("Columns", "Volume"),
               value=lambda r: (r.volume, r.unit),
               fmt=lambda v: f"{format_number(v[0], 2 if v[1] == 'ha' else 0)} {v[1]}",
               align=RIGHT),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), fmt=label),
        Column("sources", QT_TRANSLATE_NOOP("Columns", "Funding sources")),
        Column("executor", QT_TRANSLATE_NOOP("Columns", "Executed by")),
    ]


class ProgrammeTab(TableTab):
    def title(self) -> str:
        return self.tr("Programme Matrix")

    def columns(self) -> list[Column]:
        return _base_columns()

    def fetch(self, session: Session) -> ProgrammeView:
        return programme_view(session)

    def table(self, payload: Any) -> tuple[list[Column], list[Any]]:
        view: ProgrammeView = payload
        cols = _base_columns()
        for year in view.years:
            cols.append(Column(f"y{year}", str(year),
                               value=lambda r, y=year: r.by_year.get(y, 0),
                               fmt=lambda v: format_rp(v) if v else "", align=RIGHT))
        cols.append(Column("total_rp", QT_TRANSLATE_NOOP("Columns", "Total"),
                           fmt=format_rp, align=RIGHT))
        return cols, view.rows

    def apply(self, payload: Any) -> None:
        view: ProgrammeView = payload
        totals = {y: sum(r.by_year.get(y, 0) for r in view.rows) for y in view.years}
        grand = sum(totals.values())
        per_year = ", ".join(f"{y}: {format_rp(v)}" for y, v in totals.items())
        self.summary.setText(
            self.tr("%1: %2 activities, %3 in total (%4).")
            .replace("%1", view.plan_name or self.tr("No plan"))
            .replace("%2", format_number(len(view.rows))).replace("%3", format_rp(grand))
            .replace("%4", per_year))
