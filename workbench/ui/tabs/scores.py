"""Skor Kumuh: RT units with total, level and a strip of the criterion scores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_ha, format_number
from workbench.services.scores import ScoreRow, score_rows
from workbench.ui.models import CENTER, RIGHT, Column
from workbench.ui.style import LevelDelegate, ScoreStripDelegate, level_label
from workbench.ui.tabs.base import TableTab


class ScoresTab(TableTab):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year_box = QComboBox()
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("All levels"), None)
        for key in ("HEAVY", "MEDIUM", "LIGHT", "NONE"):
            self.level_box.addItem(level_label(key), key)
        self.filter_bar.addWidget(QLabel(self.tr("Year:")))
        self.filter_bar.addWidget(self.year_box)
        self.filter_bar.addWidget(QLabel(self.tr("Level:")))
        self.filter_bar.addWidget(self.level_box)
        self.year_box.currentIndexChanged.connect(self._apply_filters)
        self.level_box.currentIndexChanged.connect(self._apply_filters)
        self.view.setItemDelegateForColumn(self.model.column_index("level"), LevelDelegate(self))
        self.view.setItemDelegateForColumn(self.model.column_index("scores"),
                                           ScoreStripDelegate(self))

    def title(self) -> str:
        return self.tr("Slum Scores")

    def columns(self) -> list[Column]:
        return [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Location code")),
            Column("name", QT_TRANSLATE_NOOP("Columns", "RT/RW")),
            Column("village", QT_TRANSLATE_NOOP("Columns", "Village")),
            Column("subdistrict", QT_TRANSLATE_NOOP("Columns", "Subdistrict")),
            Column("area", QT_TRANSLATE_NOOP("Columns", "Slum area (kawasan)")),
            Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), align=CENTER),
            Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"), fmt=format_ha, align=RIGHT),
            Column("total", QT_TRANSLATE_NOOP("Columns", "Total score"), align=RIGHT),
            Column("level", QT_TRANSLATE_NOOP("Columns", "Slum level"), fmt=level_label,
                   align=CENTER),
            Column("scores", QT_TRANSLATE_NOOP("Columns", "Criterion scores 1a–7b"),
                   fmt=lambda s: " ".join(str(x) for x in s)),
            Column("flags", QT_TRANSLATE_NOOP("Columns", "Data notes"),
                   tooltip=lambda r: r.flags.replace("; ", "\n") or None),
        ]

    def fetch(self, session: Session) -> list[ScoreRow]:
        return score_rows(session)

    def apply(self, payload: Any) -> None:
        years = sorted({r.year for r in payload})
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("All years"), None)
        for y in years:
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(len(years))  # the latest year
        self.year_box.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        year = self.year_box.currentData()
        level = self.level_box.currentData()
        self.proxy.set_exact(self.model.column_index("year"), year)
        self.proxy.set_exact(self.model.column_index("level"), level)
        rows = [r for r in self.model.rows
                if (year is None or r.year == year) and (level is None or r.level == level)]
        slum = [r for r in rows if r.level != "NONE"]
        self.summary.setText(
            self.tr("%1 RT units shown; %2 slum RT units covering %3.")
            .replace("%1", format_number(len(rows))).replace("%2", format_number(len(slum)))
            .replace("%3", format_ha(sum(r.area_ha for r in slum))))
