"""Suara dari ponsel: a workshop voting round the participants answer on their phones, over
the laptop's own network (its hotspot), without the internet.

The facilitator chooses the question, the candidates and whether the round is secret, and
the network to listen on; the window then shows a QR code, the short address and the
round's code (large enough for the projector), how many phones have joined and voted, and,
when the facilitator reveals them, the tallies and the re-ranked list. Closing the round
stops the server and stores the ballots as the meeting's votes in one step (one undo step,
audited). The web server runs on threads of its own (``services.ballot_server``); this
window only looks at the round's counts twice a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.ballots import FOR_AGAINST, POINTS, TOP_N, BallotError, Candidate, RoundSpec
from workbench.services.ballot_server import BallotServer, VotingRound
from workbench.ui import dialogs

KIND_LABELS = {
    FOR_AGAINST: QT_TRANSLATE_NOOP("VotingWindow", "For / against / abstain on each candidate"),
    POINTS: QT_TRANSLATE_NOOP("VotingWindow", "Points from a budget"),
    TOP_N: QT_TRANSLATE_NOOP("VotingWindow", "Choose the top N, in order"),
}


def network_addresses() -> list[tuple[str, str]]:
    """(address, label) of this computer's IPv4 addresses that are up: the hotspot's or the
    room's network first, this computer alone last."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    out: list[tuple[str, str]] = []
    own: list[tuple[str, str]] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = ip.toString()
            label = f"{text} ({iface.humanReadableName()})"
            (own if ip.isLoopback() else out).append((text, label))
    alone = QCoreApplication.translate("VotingWindow", "this computer only")
    return out + [(a, f"{label} – {alone}") for a, label in own]


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of ``text``, about ``size`` pixels wide, dark on white."""
    import io

    import segno

    qr = segno.make(text, error="m")
    modules = qr.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=max(2, size // modules), border=4)
    image = QImage.fromData(buffer.getvalue(), "PNG")
    return QPixmap.fromImage(image)


class VotingWindow(QDialog):
    """Opened by the priorities tab with its candidates; ``on_close(round, ballots)`` stores
    the result (the tab's one undo step)."""

    def __init__(
        self,
        candidates: list[Candidate],
        selected: list[str],
        on_close: Callable[[VotingRound, dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Votes from phones"))
        self.candidates, self.selected, self.on_close = candidates, selected, on_close
        self.voting: VotingRound | None = None
        self.server: BallotServer | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._live_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._show_counts)
        self._seen_changes = -1
        self.resize(900, 640)

    # -- setting the round up --------------------------------------------------------------
    def _setup_page(self) -> QWidget:
        page = QWidget()
        self.kind = QComboBox()
        for key, text in KIND_LABELS.items():
            self.kind.addItem(self.tr(text), key)
        self.budget = QSpinBox()
        self.budget.setRange(1, 1000)
        self.budget.setValue(100)
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 50)
        self.top_n.setValue(3)
        self.which = QComboBox()
        self.which.addItem(self.tr("The top of the ranking"), "top")
        self.which.addItem(self.tr("All candidates"), "all")
        if self.selected:
            self.which.addItem(
                self.tr("The %1 rows selected").replace("%1", str(len(self.selected))), "selected"
            )
        self.how_many = QSpinBox()
        self.how_many.setRange(1, max(1, len(self.candidates)))
        self.how_many.setValue(min(10, len(self.candidates)))
        self.secret = QCheckBox(self.tr("Secret (no names kept)"))
        self.secret.setChecked(True)
        self.network = QComboBox()
        for address, label in network_addresses():
            self.network.addItem(label, address)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.kind)
        form.addRow(self.tr("Points per voter"), self.budget)
        form.addRow(self.tr("Choices per voter (N)"), self.top_n)
        form.addRow(self.tr("Candidates"), self.which)
        form.addRow(self.tr("How many from the top"), self.how_many)
        form.addRow("", self.secret)
        form.addRow(self.tr("Network the phones join"), self.network)
        intro = QLabel(
            self.tr(
                "The participants vote on their own phones over this laptop's network (its "
                "hotspot): no internet, no app, no account. The laptop listens only while "
                "the round is open, only on the network chosen."
            )
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the round"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_round)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter opens the round, never cancels it
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.open_button)
        box = QVBoxLayout(page)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.which.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        return page

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.budget.setEnabled(kind == POINTS)
        self.top_n.setEnabled(kind == TOP_N)
        self.how_many.setEnabled(self.which.currentData() == "top")

    def chosen_candidates(self) -> list[Candidate]:
        which = self.which.currentData()
        if which == "all":
            return list(self.candidates)
        if which == "selected":
            wanted = set(self.selected)
            return [c for c in self.candidates if c.key in wanted]
        return self.candidates[: self.how_many.value()]

    def open_round(self) -> None:
        address = self.network.currentData()
        if not address:
            self.message.setText(self.tr("This computer is on no network: open its hotspot first."))
            return
        try:
            spec = RoundSpec(
                self.kind.currentData(),
                tuple(self.chosen_candidates()),
                secret=self.secret.isChecked(),
                budget=self.budget.value(),
                top_n=self.top_n.value(),
                title=self.tr("Workshop priorities"),
            )
        except BallotError as exc:
            self.message.setText(self._round_problem(exc))
            return
        voting = VotingRound(spec)
        try:
            server = BallotServer(voting, address)  # a random free port
        except OSError as exc:
            self.message.setText(
                self.tr("Could not listen on %1: %2").replace("%1", address).replace("%2", str(exc))
            )
            return
        server.start()
        self.voting, self.server = voting, server
        self.address.setText(server.url)
        self.code.setText(self.tr("Round code: %1").replace("%1", voting.code))
        self._fit()
        self.pages.setCurrentIndex(1)
        self._show_counts()
        self.timer.start()

    def _round_problem(self, exc: BallotError) -> str:
        if exc.key == "round_top_n":
            return self.tr("N cannot be more than the candidates in the round.")
        if exc.key == "round_candidates":
            return self.tr("Choose at least one candidate.")
        return str(exc)

    # -- the round, live -------------------------------------------------------------------
    def _live_page(self) -> QWidget:
        page = QWidget()
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(240, 240)
        big = QFont()
        big.setPointSize(20)
        big.setBold(True)
        self.code = QLabel()
        self.code.setFont(big)
        self.code.setWordWrap(True)
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setFont(big)
        self.counts.setWordWrap(True)  # (its width is the screen's, not the text's)
        self.reveal = QCheckBox(self.tr("Show the results (R) · whole screen: F11"))
        self.reveal.toggled.connect(lambda _on: self._show_counts(force=True))
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Place"), self.tr("Candidate"), self.tr("Votes"), self.tr("Before")]
        )
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.results.horizontalHeader()
        # sized once per refresh (below), not on every cell set: a column sized to its
        # contents measures all its rows each time one cell changes
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.setWordWrap(False)
        self.results.setVisible(False)
        self.void_button = QPushButton(self.tr("Void a ballot…"))
        self.void_button.clicked.connect(self.void_ballot)
        self.close_button = QPushButton(self.tr("Close the round"))
        self.close_button.clicked.connect(self.close_round)
        left = QVBoxLayout()
        left.addWidget(self.qr)
        left.addWidget(self.code)
        left.addWidget(self.address)
        right = QVBoxLayout()
        right.addWidget(self.counts)
        right.addWidget(self.reveal)
        right.addWidget(self.results, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        row = QHBoxLayout(page)
        row.addLayout(left)
        row.addLayout(right, 1)
        QShortcut(QKeySequence("R"), page, activated=self.reveal.toggle)
        return page

    def _show_counts(self, force: bool = False) -> None:
        if self.voting is None:
            return
        snap = self.voting.snapshot()
        self.counts.setText(
            self.tr("%1 phones joined · %2 voted")
            .replace("%1", str(snap.joined))
            .replace("%2", str(snap.voted))
        )
        shown = self.reveal.isChecked()
        self.results.setVisible(shown)
        if not shown or (snap.changes == self._seen_changes and not force):
            return
        self._seen_changes = snap.changes
        spec = self.voting.spec
        by_key = {c.key: c for c in spec.candidates}
        table = self.results
        table.setUpdatesEnabled(False)
        if table.rowCount() != len(snap.tally.order):
            table.setRowCount(len(snap.tally.order))
            for i in range(table.rowCount()):
                for col in range(table.columnCount()):
                    table.setItem(i, col, QTableWidgetItem())
        for i, key in enumerate(snap.tally.order):
            c, counts = by_key[key], snap.tally.counts[key]
            if spec.kind == FOR_AGAINST:
                votes = self.tr("%1 for · %2 against · %3 abstain")
                votes = (
                    votes.replace("%1", str(int(counts.get("support", 0))))
                    .replace("%2", str(int(counts.get("object", 0))))
                    .replace("%3", str(int(counts.get("abstain", 0))))
                )
            else:
                votes = self.tr("%1 points").replace("%1", f"{counts.get('points', 0):g}")
            for col, text in enumerate((str(i + 1), c.code, votes, f"#{c.place}")):
                item = table.item(i, col)
                if item.text() != text:
                    item.setText(text)
            table.item(i, 1).setToolTip(c.name)  # the code fits the wall; the name on hover
        for col in (0, 2, 3):
            table.resizeColumnToContents(col)
        table.setUpdatesEnabled(True)

    def void_ballot(self) -> None:
        """A ballot that should not count (a phone that did not belong in the room)."""
        if self.voting is None:
            return
        ballots = self.voting.snapshot().ballots
        if not ballots:
            return
        labels = {f"{device[:6]} {b.name}".strip(): device for device, b in ballots.items()}
        chosen = dialogs.ask_choice(
            self, self.tr("Void a ballot"), self.tr("Which phone's ballot?"), list(labels)
        )
        if chosen:
            self.voting.void(labels[chosen])
            self._show_counts(force=True)

    def close_round(self) -> None:
        if self.voting is None:
            return
        self.timer.stop()
        ballots = self.voting.close()
        self._stop_server()
        self.on_close(self.voting, ballots)
        self.accept()

    def _stop_server(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            from workbench.ui.tasks import run_task

            # stopping waits for the server's loop (a fifth of a second): not on this thread
            run_task(lambda _ctx: server.stop(), lambda _r: None, name="stop-ballots")

    # -- on the projector -------------------------------------------------------------------
    def _fit(self) -> None:
        """The QR code, the code, the counts and the tallies in type the back of the room
        can read: sized from the window (F11: the whole screen)."""
        h, w = max(self.height(), 400), max(self.width(), 600)
        if self.server is not None:
            self.qr.setPixmap(qr_pixmap(self.server.url, int(min(h * 0.55, w * 0.38))))
        big = QFont(self.font())
        big.setPixelSize(max(18, int(h / 26)))
        big.setBold(True)
        self.code.setFont(big)
        self.counts.setFont(big)
        small = QFont(self.font())
        small.setPixelSize(max(13, int(h / 42)))
        self.address.setFont(small)
        self.results.setFont(small)
        self.results.verticalHeader().setDefaultSectionSize(int(small.pixelSize() * 1.7))
        self._show_counts(force=True)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        if self.pages.currentIndex() == 0:
            self.open_button.setFocus()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.pages.currentIndex() == 1:
            self._fit()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        key = event.key()  # type: ignore[attr-defined]
        if key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
            return
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()  # out of the whole screen; Esc again asks to stop the round
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def reject(self) -> None:
        if self.voting is not None and self.voting.is_open:
            if not dialogs.ask_yes_no(
                self,
                self.tr("Votes from phones"),
                self.tr("Stop the round without storing its votes?"),
            ):
                return
            self.timer.stop()
            self.voting.close()
            self._stop_server()
        super().reject()
