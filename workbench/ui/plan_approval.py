"""The plan approval window: the signatories of the draft (position, name, NIP, place, date),
the agreed list it rests on, who approves; approving freezes the version and seals it with a
SHA-256 fingerprint; an approved version can only be followed by a new draft."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.formatting import format_date
from workbench.domain.messages import UserError
from workbench.services import plans
from workbench.ui import dialogs
from workbench.ui.combos import select_data
from workbench.ui.errors import error_text
from workbench.ui.operations import (
    PLAN,
    Operations,
    Seen,
    VersionConflict,
    guarded,
    run_in_background,
)

COLUMNS = ("position", "name", "nip", "place", "sign_date")


class PlanApprovalDialog(Operations, QDialog):
    edits = PLAN
    changed = Signal()  # approved, new draft or signatories saved: the tabs reload

    def __init__(self, engine: Engine, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.user = engine, user
        self.setWindowTitle(self.tr("Plan approval"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Position"),
                self.tr("Name"),
                self.tr("NIP"),
                self.tr("Place"),
                self.tr("Date (dd-mm-yyyy)"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add signatory"))
        self.remove_button = QPushButton(self.tr("&Remove signatory"))
        self.add_button.clicked.connect(lambda: self._append(plans.Signatory("")))
        self.remove_button.clicked.connect(
            lambda: (
                self.table.removeRow(max(self.table.currentRow(), 0))
                if self.table.rowCount()
                else None
            )
        )
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.list_box = QComboBox()
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("e.g. Rapat pleno Pokja PKP"))
        form = QFormLayout()
        form.addRow(self.tr("Agreed &list:"), self.list_box)
        form.addRow(self.tr("Approved &by:"), self.by_edit)
        self.save_button = QPushButton(self.tr("&Save signatories"))
        self.approve_button = QPushButton(self.tr("&Approve this version…"))
        self.draft_button = QPushButton(self.tr("Start a new &draft"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.save_button, self.approve_button, self.draft_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_signatories)
        self.approve_button.clicked.connect(self.approve)
        self.draft_button.clicked.connect(self.new_draft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.state: plans.ApprovalState | None = None
        self.load()

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.state = self.query(plans.approval_state)
        st = self.state
        self.table.setRowCount(0)
        self.list_box.clear()
        if st is None:
            self.state_label.setText(
                self.tr("There is no plan yet: set the plan period in the programme tab first.")
            )
            for w in (self.save_button, self.approve_button, self.draft_button):
                w.setEnabled(False)
            return
        for s in st.signatories:
            self._append(s)
        for list_id, name in st.lists:
            self.list_box.addItem(name, list_id)
        if st.priority_list_id is not None:
            select_data(self.list_box, st.priority_list_id)
        self.by_edit.setText(st.approved_by)
        approved = st.status == "approved"
        if approved:
            when = format_date(st.approved_at.date()) if st.approved_at else ""
            text = self.tr(
                "Version %1 “%2” was approved on %3 by %4. It is frozen: to change "
                "the plan, start a new draft.\nFingerprint SHA-256: %5"
            )
            self.state_label.setText(
                text.replace("%1", str(st.version_no))
                .replace("%2", st.name)
                .replace("%3", when)
                .replace("%4", st.approved_by)
                .replace("%5", st.fingerprint or "")
            )
        else:
            self.state_label.setText(
                self.tr(
                    "Version %1 “%2” is a draft. Name the signatories, choose the agreed "
                    "list and approve: the version is then frozen and sealed."
                )
                .replace("%1", str(st.version_no))
                .replace("%2", st.name)
            )
        for w in (
            self.table,
            self.add_button,
            self.remove_button,
            self.list_box,
            self.by_edit,
            self.save_button,
            self.approve_button,
        ):
            w.setEnabled(not approved)
        self.draft_button.setEnabled(approved)

    def _append(self, s: plans.Signatory) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        when = s.sign_date.strftime("%d-%m-%Y") if s.sign_date else ""
        for col, value in enumerate((s.position, s.name, s.nip, s.place, when)):
            self.table.setItem(row, col, QTableWidgetItem(value))

    def signatories(self) -> list[plans.Signatory]:
        """The table's rows; raises UserError on a date that cannot be read."""
        out = []
        for row in range(self.table.rowCount()):
            values = [
                (self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                for c in range(len(COLUMNS))
            ]
            if not any(values):
                continue
            when: date | None = None
            if values[4]:
                parsed = QDate.fromString(values[4], "dd-MM-yyyy")
                if not parsed.isValid():
                    raise UserError("date_bad", row=row + 1, value=values[4])
                when = date(parsed.year(), parsed.month(), parsed.day())
            out.append(plans.Signatory(*values[:4], sign_date=when))
        return out

    # -- actions ---------------------------------------------------------------------------
    def _error(self, exc: BaseException) -> None:
        message = error_text(exc)
        dialogs.show_error(self, self.tr("Plan approval"), message)

    def save_signatories(self) -> bool:
        assert self.state is not None
        try:
            items = self.signatories()
            plan_id = self.state.plan_id
            # made on the plan as this window read it: someone else's signature blocks
            # saved meanwhile are not written over (their change is shown, reloaded)
            seen = [Seen("plan_version", plan_id, self.state.version)]
            self.run(
                lambda session: guarded(
                    lambda s: plans.set_signatories(s, plan_id, items, self.user), seen
                )(session)
            )
        except VersionConflict as exc:
            self._error(exc)
            self.load()
            return False
        except UserError as exc:
            self._error(exc)
            return False
        self.changed.emit()
        self.load()
        return True

    def approve(self) -> None:
        """Every field is checked before the question is asked (a sealed summary keeps an
        empty date or place for good)."""
        assert self.state is not None
        try:
            if self.list_box.currentData() is None:
                raise UserError("approve_no_list")
            plans.check_approval(self.signatories(), self.by_edit.text())
        except UserError as exc:
            self._error(exc)
            return
        if not dialogs.ask_yes_no(
            self,
            self.tr("Approve the plan"),
            self.tr(
                "Approve version %1? It is then frozen: the programme can no longer be edited "
                "in this version, and its summary carries a fingerprint."
            ).replace("%1", str(self.state.version_no)),
        ):
            return
        list_id, by = self.list_box.currentData(), self.by_edit.text()  # before the reload
        if not self.save_signatories():
            return
        self.by_edit.setText(by)

        self.approve_button.setEnabled(False)
        run_in_background(
            self.engine,
            lambda session, _ctx: plans.approve(session, by, list_id, self.user),
            self._approved,
            lambda exc: (self._error(exc), self.load()),
            name="approve-plan",
        )

    def _approved(self, _result: object) -> None:
        self.changed.emit()
        self.load()

    def new_draft(self) -> None:
        self.draft_button.setEnabled(False)
        run_in_background(  # copies the whole programme: off the GUI thread
            self.engine,
            lambda session, _ctx: plans.new_draft(session, self.user),
            self._approved,
            lambda exc: (self._error(exc), self.load()),
            name="new-draft",
        )
