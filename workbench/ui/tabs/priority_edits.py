"""Edits of the Harmonisasi Prioritas tab's inputs: proposals and their sources, workshop
tallies and points, and freezing the agreed list. Mixed into PrioritiesTab (which provides
``payload``, ``push``, ``engine`` and the widgets); each edit is one undo step.

Strings are translated in the PrioritiesTab context, like the tab's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from workbench.domain.formatting import parse_user_number
from workbench.services import harmonisation as hs
from workbench.services import priority_inputs as pi
from workbench.services.versions import expect
from workbench.ui import dialogs
from workbench.ui.errors import error_text
from workbench.ui.models import prepare
from workbench.ui.operations import PRIORITY, Changes, Seen
from workbench.ui.tabs.base import Work, fit_columns
from workbench.ui.tabs.priority_columns import parse_proposal
from workbench.ui.tabs.priority_dialogs import FreezeDialog, SourceDialog
from workbench.ui.tasks import run_task

translate = QCoreApplication.translate


class InputEdits:
    """Proposal, source, vote and freeze edits (see the module note)."""

    payload: Any
    engine: Any

    def set_proposal_text(self, source_id: int, row: hs.PriorityRow, text: str) -> None:
        try:
            value = parse_proposal(text)
        except ValueError as exc:
            dialogs.show_error(self, translate("PrioritiesTab", "Not changed"), error_text(exc))
            return
        old = self.payload.proposals.get((source_id, row.key)) if self.payload else None
        target, code = row.info.target, row.info.code
        text = translate("PrioritiesTab", "Set proposal for %1").replace("%1", code)

        def put(new: pi.ProposalValue | None, shown: pi.ProposalValue | None) -> Work:
            # the cell as the grid showed it (or as this step left it): someone else's
            # proposal meanwhile is not written over without asking
            def work(s: Session) -> None:
                was = pi.set_proposal(s, source_id, target, new)
                expect(s, shown, was, "proposal", code, code, source_id, writing=new)

            return work

        self.push(text, put(value, old), put(old, value))

    def _source_choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        assert self.payload is not None
        return self.payload.stakeholders, self.payload.villages

    def new_source(self) -> None:
        if self.payload is None:
            return
        dialog = SourceDialog(None, *self._source_choices(), parent=self)
        if not dialogs.run_dialog(dialog):
            return
        data = dialog.data()
        created: dict[str, int] = {}

        def redo(s: Session) -> None:
            created["id"] = pi.create_source(s, data)

        def undo(s: Session) -> None:
            pi.delete_source(s, created["id"])

        text = translate("PrioritiesTab", "Add source %1").replace("%1", data.name)
        self.push(text, redo, undo)

    def current_source(self) -> pi.SourceRow | None:
        sid = self.source_box.currentData()
        return (
            next((s for s in self.payload.sources if s.id == sid), None) if self.payload else None
        )

    def edit_source(self) -> None:
        src = self.current_source()
        if src is None:
            return
        current = pi.SourceData(
            src.name, src.kind, src.year, src.stakeholder_id, src.village_id, src.document
        )
        dialog = SourceDialog(current, *self._source_choices(), parent=self)
        if not dialogs.run_dialog(dialog):
            return
        data = dialog.data()
        self.push(
            translate("PrioritiesTab", "Change source %1").replace("%1", data.name),
            lambda s: pi.update_source(s, src.id, data),
            lambda s: pi.update_source(s, src.id, current),
            # made on the source as the tab showed it: someone else's change meanwhile is
            # not written over without asking
            seen=[Seen("proposal_source", src.id, src.version)],
        )

    def delete_source(self) -> None:
        src = self.current_source()
        if src is None:
            return
        question = translate(
            "PrioritiesTab", "Delete “%1” and its %2 proposal(s)? (Undo brings them back.)"
        )
        if not dialogs.ask_yes_no(
            self,
            translate("PrioritiesTab", "Delete source"),
            question.replace("%1", src.name).replace("%2", str(src.proposals)),
        ):
            return
        kept: dict[str, Any] = {"id": src.id}

        def redo(s: Session) -> None:
            kept["data"] = pi.delete_source(s, kept["id"])

        def undo(s: Session) -> None:
            kept["id"] = pi.restore_source(s, kept["data"])

        text = translate("PrioritiesTab", "Delete source %1").replace("%1", src.name)
        self.push(text, redo, undo)

    # votes
    def set_vote_text(self, column_key: str, row: hs.PriorityRow, text: str) -> None:
        if self.payload is None:
            return
        voter_index, choice = column_key[1:].split(":")
        voter = self.payload.voters[int(voter_index)]
        try:
            number = parse_user_number(text) if text else 0.0
        except ValueError:
            number = None
        if number is None or number < 0 or (choice != "points" and number != int(number)):
            message = translate(
                "PrioritiesTab", "“%1” is not a count: type a whole number from 0."
            ).replace("%1", text)
            dialogs.show_error(self, translate("PrioritiesTab", "Not changed"), message)
            return
        ws = self.payload.voting_workshop
        target = row.info.target
        old = self.payload.votes.get((int(voter_index), row.key, choice), 0.0)
        budget = self.payload.view.settings.points_budget
        code = row.info.code
        field = f"{code} {choice}"

        def put(value: float, shown: float) -> Work:
            # the count as the grid showed it (or as this step left it): another count
            # recorded meanwhile is not written over without asking
            def work(s: Session) -> None:
                if choice == "points":
                    was = pi.set_points(
                        s, ws, target, value or None, budget, voter.group, voter.stakeholder_id
                    )
                else:
                    was = pi.set_tally(
                        s, ws, target, choice, int(value), voter.group, voter.stakeholder_id
                    )
                expect(
                    s,
                    float(shown or 0),
                    float(was or 0),
                    "vote",
                    code,
                    field,
                    writing=float(value or 0),
                    cell=(voter.group, voter.stakeholder_id),
                )

            return work

        what = translate("PrioritiesTab", "Record votes for %1").replace("%1", code)
        self.push(what, put(number, old), put(old, number))

    def adjust_tally(self, key: str, choice: str, delta: int) -> None:
        """+/− from the projection view: the plenary show of hands of the voting workshop."""
        row = next((r for r in self.rows() if r.key == key), None)
        if row is None or self.payload is None:
            return
        ws = self.payload.voting_workshop
        target = row.info.target

        def counted(step: int) -> Work:
            def work(s: Session) -> tuple[str, str, int]:
                before = pi.get_tally(s, ws, target, choice, pi.SHOW_OF_HANDS)
                return key, choice, pi.adjust_tally(s, ws, target, choice, step) - before

            return work

        self.push(
            translate("PrioritiesTab", "Tally %1 for %2")
            .replace("%1", f"{delta:+d}")
            .replace("%2", row.info.code),
            counted(delta),
            counted(-delta),
            done=self._rerank,
            changes=Changes.of(PRIORITY),
        )

    def _rerank(self, counted: tuple[str, str, int]) -> None:
        """A counted hand (or its undo): the candidates re-ranked in memory, no database
        read (40 ms at 2,000 RT units), each hand on top of the one before however fast
        they come; the ranking table is prepared in a worker, and only the newest is shown.
        A full computation in flight (older tallies) is dropped; it runs again, with the
        sensitivity draws and the per-voter grid, when the counting pauses (``settle``)."""
        key, choice, change = counted
        payload = self.payload
        if payload is None or payload.view.inputs is None:
            self.reload()
            return
        handle = getattr(self, "_handle", None)
        if handle is not None and not handle.finished:
            handle.cancel()
        self.show_view(hs.retallied(payload.view, key, choice, change))
        self.settle.start()

    def show_view(self, view: hs.PriorityView) -> None:
        """A view computed in memory shown: its table prepared in a worker, only the newest
        of several put on screen; the proposal and vote grids keep their rows."""
        payload = self.payload
        assert payload is not None
        fresh = replace(payload, view=view, prepared=dict(payload.prepared))
        self.payload = fresh
        self._rank_seq = getattr(self, "_rank_seq", 0) + 1
        seq, columns = self._rank_seq, self.columns()

        def shown(result: Any) -> None:
            if seq == self._rank_seq:
                self._on_loaded(result)

        run_task(lambda _ctx: (fresh, prepare(columns, view.rows)), shown, name="re-rank")

    # frozen lists
    def freeze_list(self) -> None:
        if self.payload is None:
            return
        decided = [r.decision.status for r in self.rows() if r.decision]
        default = translate("PrioritiesTab", "Priority locations %1").replace(
            "%1", date.today().isoformat()
        )
        dialog = FreezeDialog(
            decided.count("agreed"),
            decided.count("contested"),
            decided.count("deferred"),
            self.payload.view.workshops,
            default,
            self,
        )
        if decided.count("agreed") == 0:
            message = translate(
                "PrioritiesTab",
                "No location is marked agreed yet: select "
                "rows and use Decide → Agreed (Ctrl+1), or A in the "
                "projection view.",
            )
            dialogs.show_error(self, translate("PrioritiesTab", "Nothing to freeze"), message)
            return
        if not dialogs.run_dialog(dialog):
            return
        name, eid = dialog.name.text(), dialog.engagement.currentData()
        made: dict[str, int] = {}

        def redo(s: Session) -> None:
            made["id"] = hs.freeze(s, name, eid)

        def undo(s: Session) -> None:
            hs.unfreeze(s, made["id"])

        text = translate("PrioritiesTab", "Freeze %1").replace("%1", name)
        self.push(text, redo, undo)
        self.sub.setCurrentIndex(4)  # the frozen lists, where the new one comes

    def _frozen_selected(self, current: Any, _previous: Any = None) -> None:
        if current is not None and current.isValid():
            row = self.frozen_model.rows[self.frozen_model.source_position(current.row())]
            self._show_frozen(row.id)

    def _show_frozen(self, list_id: int) -> None:
        if self.engine is None:
            return
        self._show_frozen_list(self.query(lambda session: hs.frozen_list(session, list_id)))

    def _show_frozen_list(self, flist: Any) -> None:
        self.frozen_entries_model.set_rows(flist.entries)
        fit_columns(self.frozen_entries_view, self.frozen_entries_model)
        seal = (
            translate("PrioritiesTab", "Fingerprint verified: the record is as it was frozen.")
            if flist.intact
            else translate(
                "PrioritiesTab", "WARNING: the stored record no longer matches its fingerprint."
            )
        )
        self.frozen_status.setText(
            f"<b>{flist.summary.name}</b> · SHA-256 "
            f"<code>{flist.summary.fingerprint}</code><br>{seal}"
        )
