"""Pemangku Kepentingan: the registry (list and form), the engagement log, the coverage grid
(who has not been involved yet, where) and the influence-interest map. Every change is an
undoable command that goes through services.collaboration and is audited."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_date, format_rp
from workbench.services import collaboration as svc
from workbench.services.collaboration import StakeholderData, StakeholderRow, list_stakeholders
from workbench.services.versions import version_of
from workbench.ui import dialogs
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column, RowRole
from workbench.ui.operations import (
    ENGAGEMENT,
    STAKEHOLDER,
    SUBMISSION,
    Changes,
    Seen,
    announce,
    read_async,
)
from workbench.ui.tabs.base import ServiceEdits, TableTab, error_text, shrinkable
from workbench.ui.tabs.collaboration_views import CoverageGrid, InfluenceMap
from workbench.ui.tabs.commitment_dialog import CommitmentDialog
from workbench.ui.tabs.engagement_dialog import TYPE_LABELS, EngagementDialog
from workbench.ui.tabs.stakeholder_form import StakeholderForm


@dataclass(frozen=True)
class RegistryPayload:
    rows: list[StakeholderRow]
    engagements: list[svc.EngagementRow]
    coverage: svc.CoverageView
    villages: list[tuple[int, str, str]]
    areas: list[tuple[int, str]]
    rows_kept: bool = False  # the list as shown: only what is beside it was read again


@dataclass(frozen=True)
class Written:
    """What a stakeholder command changed: rows as they are now, ids gone, the one to
    select."""

    rows: list[StakeholderRow]
    removed: list[int]
    select: int | None = None


_BLANK = StakeholderData(name="", category="other")  # the new-stakeholder form, untouched


class StakeholdersTab(ServiceEdits, TableTab):
    edits = STAKEHOLDER
    watches = frozenset({STAKEHOLDER, ENGAGEMENT, SUBMISSION})

    def __init__(self, parent: Any = None) -> None:
        self.form = StakeholderForm()
        self.engagement_table = QTableWidget()
        self.coverage = CoverageGrid()
        self.map = InfluenceMap()
        super().__init__(parent)
        self.payload: RegistryPayload | None = None
        self._select_after_load: int | None = None
        # the form's record as it was read (its version, its data): what an edit is made on
        self._shown: tuple[Seen, svc.StakeholderData] | None = None
        self._discard_typed = False  # the next load shows the record as it is, untyped
        self.new_button = QPushButton(self.tr("New stakeholder"))
        self.new_button.setToolTip(self.tr("New stakeholder (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_stakeholder)
        self.category_box = QComboBox()
        shrinkable(self.category_box)
        self.category_box.addItem(self.tr("All categories"), None)
        for key in svc.STAKEHOLDER_CATEGORIES:
            self.category_box.addItem(label(key), key)
        self.category_box.currentIndexChanged.connect(self._apply_filters)
        self.filter_bar.addWidget(self.category_box)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self._apply_filters)
        self.filter_bar.addWidget(self.show_archived)
        self.filter_bar.addWidget(self.new_button)
        self.file_button = QToolButton()  # one compact button keeps the bar narrow
        self.file_button.setText(self.tr("Registry file"))
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.file_button)
        self.import_people = menu.addAction(self.tr("Import registry…"))
        self.import_people.triggered.connect(lambda: self.import_file("stakeholders"))
        self.export_people = menu.addAction(self.tr("Export registry…"))
        self.export_people.triggered.connect(lambda: self.export_file("stakeholders"))
        self.file_button.setMenu(menu)
        self.filter_bar.addWidget(self.file_button)
        self.form.check_duplicates = self._check_duplicates
        self.form.save_requested.connect(self.save_form)
        self.form.archive_requested.connect(self.archive)
        self.form.delete_requested.connect(self.delete)
        self.form.commitment_requested.connect(self.add_commitment)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def body(self) -> QWidget:
        self.pages = QTabWidget()
        registry = QSplitter(Qt.Orientation.Horizontal)
        registry.addWidget(self.view)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        registry.addWidget(scroll)
        registry.setStretchFactor(0, 3)
        registry.setStretchFactor(1, 2)
        log = QWidget()
        log_layout = QVBoxLayout(log)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record an engagement…"))
        self.record_button.clicked.connect(self.record_engagement)
        buttons.addWidget(self.record_button)
        self.edit_event_button = QPushButton(self.tr("Change…"))
        self.edit_event_button.clicked.connect(self.change_engagement)
        buttons.addWidget(self.edit_event_button)
        self.export_events = QPushButton(self.tr("Export engagements…"))
        self.export_events.clicked.connect(lambda: self.export_file("engagements"))
        buttons.addWidget(self.export_events)
        self.import_events = QPushButton(self.tr("Import engagements…"))
        self.import_events.clicked.connect(lambda: self.import_file("engagements"))
        buttons.addWidget(self.import_events)
        buttons.addStretch(1)
        log_layout.addLayout(buttons)
        log_layout.addWidget(self.engagement_table, 1)
        self.engagement_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.engagement_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.engagement_table.cellDoubleClicked.connect(lambda *_: self.change_engagement())
        self.engagement_table.verticalHeader().setVisible(False)
        self.pages.addTab(registry, self.tr("Registry"))
        self.pages.addTab(log, self.tr("Engagements"))
        self.pages.addTab(self.coverage, self.tr("Coverage"))
        self.pages.addTab(self.map, self.tr("Influence–interest"))
        return self.pages

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
            Column(
                "engagements", QT_TRANSLATE_NOOP("Columns", "Engagements attended"), align=RIGHT
            ),
            Column(
                "committed_rp",
                QT_TRANSLATE_NOOP("Columns", "Committed (Rp)"),
                fmt=lambda v: format_rp(v) if v else "",
                align=RIGHT,
            ),
            Column("influence", QT_TRANSLATE_NOOP("Columns", "Influence"), align=CENTER),
            Column("interest", QT_TRANSLATE_NOOP("Columns", "Interest"), align=CENTER),
            Column(
                "archived",
                QT_TRANSLATE_NOOP("Columns", "Archived"),
                fmt=lambda v: "✓" if v else "",
                align=CENTER,
            ),
        ]

    def fetch(self, session: Session) -> RegistryPayload:
        return RegistryPayload(
            list_stakeholders(session, include_archived=True),
            svc.list_engagements(session),
            svc.coverage_view(session),
            svc.village_choices(session),
            svc.area_choices(session),
        )

    def table(self, payload: Any) -> tuple[list[Column], list[Any]] | None:
        return None if payload.rows_kept else (self.columns(), payload.rows)

    def _show_summary(self, rows: list[StakeholderRow]) -> None:
        active = [r for r in rows if not r.archived]
        cats = Counter(r.category for r in active)
        never = sum(1 for r in active if r.engagements == 0)
        self.summary.setText(
            self.tr("%1 stakeholders in %2 categories; %3 have not attended any engagement yet.")
            .replace("%1", str(len(active)))
            .replace("%2", str(len(cats)))
            .replace("%3", str(never))
        )

    def apply(self, payload: Any) -> None:
        # what the form shows, and what the user has typed there and not saved: a refresh
        # (someone else's change, live) must not lose it. It stays, made on the version
        # the user read, so saving it asks first if that record was changed meanwhile.
        sid, archived, typed, kept = (
            self.form.sid,
            self.form.archived,
            self.form.data(),
            self._shown,
        )
        typing = typed != (kept[1] if sid and kept and kept[0].id == sid else _BLANK)
        if self._discard_typed:  # the user took the others' version of the record
            typing, self._discard_typed = False, False
        self.payload = payload
        self._show_summary(payload.rows)
        self.form.set_villages(payload.villages)
        self.form.set_areas(payload.areas)
        self._fill_engagements(payload.engagements)
        self.coverage.set_view(payload.coverage)
        self.map.set_rows(payload.rows)
        if payload.rows_kept:  # the list, its filter and its selection as they are
            self.form.show_data(typed if sid or typing else None, sid, archived)
            return
        self._apply_filters()
        target = self._select_after_load
        self._select_after_load = None
        if target:
            self.select_stakeholder(target)
        elif sid and self.select_stakeholder(sid):  # the record looked at stays in view
            if typing:
                self._shown = kept
                self.form.show_data(typed, sid, archived)
        else:
            self.form.show_data(typed if typing else None, 0)

    def _apply_filters(self) -> None:
        self.proxy.set_exacts(
            {
                self.model.column_index("archived"): None
                if self.show_archived.isChecked()
                else False,
                self.model.column_index("category"): self.category_box.currentData(),
            }
        )

    def _fill_engagements(self, rows: list[svc.EngagementRow]) -> None:
        t = self.engagement_table
        headers = [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Stage"),
            self.tr("Villages"),
            self.tr("Present / invited"),
        ]
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setRowCount(len(rows))
        for r, e in enumerate(rows):
            values = [
                format_date(e.date),
                e.title,
                TYPE_LABELS.get(e.type, e.type),
                self.coverage.stage_title(e.stage),
                e.villages,
                f"{e.present} / {e.invited}",
            ]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                t.setItem(r, c, item)
        t.resizeColumnsToContents()

    # -- selection and form ----------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole) if current.isValid() else None
        if row is None or self.engine is None:
            return
        data, commitments, version = self.query(
            lambda s: (
                svc.stakeholder_data(s, row.id),
                svc.list_commitments(s, row.id),
                version_of(s, "stakeholder", row.id),
            )
        )
        self._shown = Seen("stakeholder", row.id, version), data
        self.form.show_data(data, row.id, row.archived)
        self.form.show_commitments(commitments)

    def select_stakeholder(self, sid: int) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(RowRole)
            if row.id == sid:
                self.view.setCurrentIndex(self.proxy.index(r, 0))
                return True
        return False

    def can_add_item(self) -> bool:
        return True

    def new_item(self) -> None:
        self.new_stakeholder()

    def new_stakeholder(self) -> None:
        self.view.clearSelection()
        self.pages.setCurrentIndex(0)
        self.form.show_data(None, 0)
        self.form.name.setFocus()

    def _check_duplicates(self, name: str, sid: int) -> list[Any]:
        if self.engine is None:
            return []
        return self.query(lambda session: svc.duplicates_of(session, name, ignore_id=sid or None))

    # -- commands --------------------------------------------------------------------------
    def _name(self, sid: int) -> str:
        return next((r.name for r in self.model.rows if r.id == sid), "")

    def refused(self, exc: BaseException) -> None:
        """A refusal about the stakeholder shown in the form is said there; elsewhere in a
        message box."""
        if self.pages.currentIndex() == 0 and self.form.isVisible():
            self.form.message.setText(error_text(exc))
        else:
            super().refused(exc)

    def save_form(self, data: svc.StakeholderData, sid: int) -> None:
        self.form.message.clear()
        problems = svc.validate_stakeholder(data)
        if problems:
            self.form.message.setText("\n".join(problems))
            return
        allow = False
        matches = self.query(
            lambda session: svc.duplicates_of(session, data.name, ignore_id=sid or None)
        )  # type: ignore[arg-type]
        if matches:
            if any(m.reason == "same" for m in matches):
                self.form.message.setText(
                    self.tr("'%1' is already registered as '%2'.")
                    .replace("%1", data.name)
                    .replace("%2", next(m.name for m in matches if m.reason == "same"))
                )
                return
            allow = dialogs.ask_yes_no(
                self,
                self.tr("Possible duplicate"),
                self.tr("'%1' looks like %2. Register it anyway as a different body?")
                .replace("%1", data.name)
                .replace("%2", "; ".join(m.name for m in matches)),
            )
            if not allow:
                return
        if sid:
            self._edit(sid, data, allow)
        else:
            self._add(data, allow)

    def _rows(self, session: Session, sid: int) -> Written:
        """An edit's answer: the stakeholder's row as it is now (for the list at once)."""
        return Written(list_stakeholders(session, include_archived=True, ids=[sid]), [], sid)

    def _add(self, data: svc.StakeholderData, allow: bool) -> None:
        made: dict[str, int] = {}

        def redo(session: Session) -> Written:
            made["id"] = svc.create_stakeholder(
                session, data, user="ui", allow_similar=True if allow or "id" in made else False
            )
            return self._rows(session, made["id"])

        def undo(session: Session) -> Written:
            svc.delete_stakeholder(session, made["id"], user="ui")
            return Written([], [made["id"]])

        self.push(
            self.tr("Add %1").replace("%1", data.name), redo, undo, done=self._stakeholder_written
        )

    def _edit(self, sid: int, data: svc.StakeholderData, allow: bool) -> None:
        """What the user changed in the form, against the record as the form showed it:
        if someone else changed the record since, they are asked before it is written."""
        seen, current = self._shown if self._shown and self._shown[0].id == sid else (None, None)
        if current is None:
            current = self.query(lambda session: svc.stakeholder_data(session, sid))  # type: ignore[arg-type]
        new = {k: v for k, v in vars(data).items() if v != getattr(current, k)}
        if not new:
            return
        old = {k: getattr(current, k) for k in new}

        def redo(session: Session) -> Written:
            svc.update_stakeholder(session, sid, new, user="ui", allow_similar=True)
            return self._rows(session, sid)

        def undo(session: Session) -> Written:
            svc.update_stakeholder(session, sid, old, user="ui", allow_similar=True)
            return self._rows(session, sid)

        self.push(
            self.tr("Edit %1").replace("%1", data.name),
            redo,
            undo,
            done=self._stakeholder_written,
            seen=[seen] if seen is not None else (),
        )

    def discard_unsaved(self) -> None:
        """After a refused save whose user chose the others' version (reload)."""
        self._discard_typed = True

    def _stakeholder_written(self, written: Written) -> None:
        """An edit's answer: the stakeholder's row in (or out of) the list at once; the
        engagement log, coverage grid and influence map follow with a read of only them
        behind it (the list is not read again)."""
        self.model.remove_ids(written.removed)
        self.model.upsert_rows(written.rows)
        if self._shown is not None and any(r.id == self._shown[0].id for r in written.rows):
            sid = self._shown[0].id  # the form's record, as this edit left it
            self._shown = self.query(
                lambda s: (
                    Seen("stakeholder", sid, version_of(s, "stakeholder", sid)),
                    svc.stakeholder_data(s, sid),
                )
            )
        if self.payload is not None:
            self.payload = replace(self.payload, rows=list(self.model.rows))
            self._show_summary(self.payload.rows)
        if written.select is not None:
            self.select_stakeholder(written.select)
        elif written.removed:
            self.form.show_data(None, 0)
        self._load(self._fetch_around, [])

    def _fetch_around(self, session: Session) -> RegistryPayload:
        """What the tab shows beside the list, read again; the list's rows kept as shown."""
        rows = list(self.model.rows)
        return RegistryPayload(
            rows,
            svc.list_engagements(session),
            svc.coverage_view(session),
            svc.village_choices(session),
            svc.area_choices(session),
            rows_kept=True,
        )

    def archive(self, sid: int, archived: bool) -> None:
        def redo(session: Session) -> Written:
            svc.set_archived(session, sid, archived, user="ui")
            return self._rows(session, sid)

        def undo(session: Session) -> Written:
            svc.set_archived(session, sid, not archived, user="ui")
            return self._rows(session, sid)

        text = self.tr("Archive stakeholder") if archived else self.tr("Restore stakeholder")
        seen = self._shown[0] if self._shown and self._shown[0].id == sid else None
        self.push(text, redo, undo, done=self._stakeholder_written, seen=[seen] if seen else ())

    def delete(self, sid: int) -> None:
        """Refused by the service (with every reason) while anything refers to it."""
        kept: dict[str, Any] = {"id": sid}

        def redo(session: Session) -> Written:
            kept["data"] = svc.delete_stakeholder(session, kept["id"], user="ui")
            return Written([], [kept["id"]])

        def undo(session: Session) -> Written:
            kept["id"] = svc.create_stakeholder(
                session, kept["data"], user="ui", allow_similar=True
            )
            return self._rows(session, kept["id"])

        seen = self._shown[0] if self._shown and self._shown[0].id == sid else None
        self.push(
            self.tr("Delete %1").replace("%1", self._name(sid)),
            redo,
            undo,
            done=self._stakeholder_written,
            seen=[seen] if seen else (),  # not one someone else changed meanwhile
        )

    def record_engagement(self) -> None:
        if self.payload is None:
            return
        dialog = EngagementDialog(self.payload.villages, self.payload.rows, self)
        if not dialogs.run_dialog(dialog):
            return
        self.add_engagement(dialog.data())

    def change_engagement(self) -> None:
        item = self.engagement_table.item(self.engagement_table.currentRow(), 0)
        if item is None or self.payload is None or self.engine is None:
            return
        eid = int(item.data(Qt.ItemDataRole.UserRole))
        current, version = self.query(
            lambda session: (
                svc.engagement_data(session, eid),
                version_of(session, "engagement", eid),
            )
        )
        dialog = EngagementDialog(self.payload.villages, self.payload.rows, self)
        dialog.show_data(current)
        if not dialogs.run_dialog(dialog):
            return
        # made on the engagement as the dialog showed it: someone else's change meanwhile
        # is not written over without asking
        self.update_engagement(eid, dialog.data(), Seen("engagement", eid, version))

    def update_engagement(
        self, eid: int, data: svc.EngagementData, seen: Seen | None = None
    ) -> None:
        kept: dict[str, svc.EngagementData] = {}

        def redo(session: Session) -> None:
            kept["old"] = svc.update_engagement(session, eid, data, user="ui")

        def undo(session: Session) -> None:
            svc.update_engagement(session, eid, kept["old"], user="ui")

        self.push(
            self.tr("Change %1").replace("%1", data.title),
            redo,
            undo,
            changes=Changes.of(ENGAGEMENT),
            seen=[seen] if seen is not None else (),
        )

    def export_file(self, what: str) -> None:
        from workbench.services import registry_io
        from workbench.services.baseline_io import write_frame

        path = dialogs.ask_save_file(
            self,
            self.tr("Export to a file"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            {"stakeholders": "pemangku-kepentingan", "engagements": "kegiatan-kolaborasi"}[what]
            + ".xlsx",
        )
        if not path or self.engine is None:
            return
        engine = self.engine
        fn = (
            registry_io.export_stakeholders
            if what == "stakeholders"
            else registry_io.export_engagements
        )
        read_async(  # read and written in the worker
            engine,
            fn,
            lambda _r: self.summary.setText(self.tr("Written to %1").replace("%1", path)),
            lambda exc: dialogs.show_error(self, self.tr("Export failed"), error_text(exc)),
            name=f"export-{what}",
            after=lambda frame, _ctx: write_frame(frame, Path(path), sheet=what),
        )

    def add_engagement(self, data: svc.EngagementData) -> None:
        made: dict[str, int] = {}

        def redo(session: Session) -> None:
            made["id"] = svc.create_engagement(session, data, user="ui")

        def undo(session: Session) -> None:
            svc.delete_engagement(session, made["id"], user="ui")

        self.push(
            self.tr("Record %1").replace("%1", data.title),
            redo,
            undo,
            changes=Changes.of(ENGAGEMENT),
        )

    def add_commitment(self, sid: int) -> None:
        row = next((r for r in self.model.rows if r.id == sid), None)
        if row is None:
            return
        dialog = CommitmentDialog(row.name, self)
        if not dialogs.run_dialog(dialog):
            return
        self.record_commitment(sid, dialog.values())

    def record_commitment(self, sid: int, values: dict[str, Any]) -> None:
        made: dict[str, int] = {}

        def redo(session: Session) -> None:
            made["id"] = svc.create_commitment(session, sid, user="ui", **values)
            self._select_after_load = sid

        def undo(session: Session) -> None:
            svc.delete_commitment(session, made["id"], user="ui")
            self._select_after_load = sid

        self.push(self.tr("Add commitment to %1").replace("%1", self._name(sid)), redo, undo)

    def import_file(self, what: str, path: str = "") -> None:
        """Impor…: the file chosen (or dropped on the main window), then checked in the
        import window (its sheet and columns, a mapping if its headers are its own), then
        imported all or nothing."""
        from workbench.ui.table_import import ImportTableDialog

        path = path or dialogs.ask_open_file(
            self, self.tr("Import from a file"), self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if not path or self.engine is None:
            return
        dialog = ImportTableDialog(self.engine, what, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda n: self._imported(what, n))
        self.import_dialog = dialog  # (for tests and for a second look)
        dialog.open()
        dialog.set_file(path)

    def _imported(self, what: str, n: Any) -> None:
        from workbench.ui.i18n import ui_language

        announce(Changes.of(STAKEHOLDER if what == "stakeholders" else ENGAGEMENT, origin=self))
        warnings = [
            f"{i.row} · {i.column} · '{i.value}': {i.text(ui_language())}"
            for i in n.notices
            if i.severity == "warning"
        ]
        text = (
            self.tr("%1 added, %2 updated, %3 unchanged.")
            .replace("%1", str(n.added))
            .replace("%2", str(n.updated))
            .replace("%3", str(n.unchanged))
        )
        if warnings:
            text += "\n\n" + self.tr("To look at (row · column · value):") + "\n"
            text += "\n".join(warnings[:40])
        dialogs.show_info(self, self.tr("Import"), text)
