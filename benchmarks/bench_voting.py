"""Workshop voting from phones (#20): 100 simulated phones casting and changing their votes
over 30 s against the real voting window (its server, its live counts with the results
revealed), on this machine.

Measured: every phone's last vote recorded once; how far behind the projector's tallies
are (from a vote's answer to the window showing a count that includes it); the longest the
GUI thread was kept from its event loop; the ballot page's size.

    uv run python benchmarks/bench_voting.py [--phones 100] [--seconds 30]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: its tests
from tests.phones import Phone as _Phone  # noqa: E402


class Phone(_Phone):
    """A phone of the crowd: it votes at random and remembers its last accepted vote."""

    def __init__(self, url: str, address: str) -> None:
        super().__init__(url, address)
        self.keys: list[str] = []
        self.last: dict[str, str] | None = None
        self.sent = 0

    def open(self) -> int:  # type: ignore[override]
        size = sum(
            len(self.request("GET", self.base + name)[2]) for name in ("", "app.js", "app.css")
        )
        self.keys = [c["key"] for c in super().open()["candidates"]]
        return size

    def cast(self) -> float | None:
        choices = {
            k: random.choice(("support", "support", "object", "abstain"))
            for k in random.sample(self.keys, min(5, len(self.keys)))
        }
        status, _answer = self.vote({"choices": choices})
        self.sent += 1
        if status == 200:
            self.last = choices
            return time.monotonic()
        return None


def _crowd(url: str, n: int, seconds: float, results: object) -> None:
    """The phones (another process): open the page, vote, change the vote, for ``seconds``."""
    phones = [Phone(url, f"127.0.{1 + i // 250}.{2 + i % 250}") for i in range(n)]
    page = phones[0].open()
    for p in phones[1:]:
        p.open()
    accepted: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def run(phone: Phone) -> None:
        while time.monotonic() < stop:
            at = phone.cast()
            if at is not None:
                with lock:
                    accepted.append(at)
            time.sleep(random.uniform(0.5, 3.0))

    threads = [threading.Thread(target=run, args=(p,), daemon=True) for p in phones]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sent = sum(p.sent for p in phones)
    results.put((page, accepted, [p.last for p in phones], sent))  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.domain.ballots import Candidate
    from workbench.ui.voting_window import VotingWindow

    app = QApplication.instance() or QApplication([])
    candidates = [
        Candidate(f"L{i}", f"DM{100 + i}-01-001", f"RT00{i % 9 + 1}-RW001", i, 70 - i / 2, "HEAVY")
        for i in range(1, 41)
    ]
    window = VotingWindow(candidates, [], lambda _v, _b: None)
    window.network.setCurrentIndex(window.network.findData("127.0.0.1"))
    window.which.setCurrentIndex(window.which.findData("all"))
    window.open_round()
    window.reveal.setChecked(True)
    window.show()
    url = window.server.url
    # the phones in a process of their own (as phones are other machines): the window's
    # process holds only its server and its GUI thread
    import multiprocessing as mp

    results: mp.Queue = mp.Queue()
    crowd = mp.Process(target=_crowd, args=(url, args.phones, args.seconds, results))
    # the GUI thread: a 10 ms heartbeat measures how long it is kept from its loop; the
    # window's own 500 ms timer shows the counts and the re-ranked tallies meanwhile
    shown: list[float] = []
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    original = window._show_counts

    durations: list[float] = []

    def show_counts(force: bool = False) -> None:
        before = window._seen_changes
        began = time.monotonic()
        original(force)
        durations.append(time.monotonic() - began)
        if window._seen_changes != before:
            shown.append(time.monotonic())  # a tally newly on the screen

    window.timer.timeout.disconnect()
    window.timer.timeout.connect(show_counts)
    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()
    crowd.start()
    outcome = None
    while outcome is None:
        app.processEvents()
        time.sleep(0.002)
        if not results.empty():
            outcome = results.get()
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)
    heart.stop()
    crowd.join(10)
    page, accepted, lasts, sent = outcome
    snap = window.voting.snapshot()
    lags = sorted(
        next(t for t in shown if t >= at) - at for at in accepted if any(t >= at for t in shown)
    )
    kept = sorted(json.dumps(dict(b.choices), sort_keys=True) for b in snap.ballots.values())
    wanted = sorted(json.dumps(b, sort_keys=True) for b in lasts if b is not None)
    recorded_once = kept == wanted
    print(f"phones: {args.phones}, over {args.seconds:g} s: {sent} votes sent, ", end="")
    print(f"{len(accepted)} accepted")
    print(f"ballots at the end: {snap.voted} (one per phone, its last vote): {recorded_once}")
    print(f"ballot page (HTML + script + style): {page / 1024:.1f} KB")
    print(
        f"projector behind a vote's answer: median {lags[len(lags) // 2] * 1000:.0f} ms, "
        f"worst {lags[-1] * 1000:.0f} ms"
    )
    print(f"showing the counts and tallies (GUI thread): worst {max(durations) * 1000:.0f} ms")
    worst = max(gaps[1:]) if len(gaps) > 1 else 0.0
    print(f"longest the GUI thread was kept from its loop: {worst * 1000:.0f} ms (heartbeat 10 ms)")
    window.voting.close()
    window.server.stop()
    return 0 if recorded_once else 1


if __name__ == "__main__":
    raise SystemExit(main())
