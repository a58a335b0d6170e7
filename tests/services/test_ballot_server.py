"""The ballot server, over real HTTP on the loopback interface: the page and its guards,
one ballot per device (changed, not added), a second device, a closed round, malformed and
oversized requests, a wrong token, a vote without the device's CSRF token, HTML in a
candidate's name, a burst of requests from one device, and a flood that does not stop it."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator

import pytest

from tests.phones import Phone, ballot_server
from workbench.domain.ballots import FOR_AGAINST, POINTS, Candidate, RoundSpec
from workbench.services.ballot_server import (
    CSP,
    MAX_BODY,
    BallotServer,
    VotingRound,
)

CANDIDATES = (
    Candidate("L1", "DM101-01-001", "RT001-RW001", 1, 74, "HEAVY"),
    Candidate("L2", "DM102-01-002", "<script>alert('x')</script>", 2, 68, "MEDIUM"),
    Candidate("A3", "Kawasan Pasar Lama", "Kawasan", 3, 61, "LIGHT"),
)


@pytest.fixture
def server() -> Iterator[BallotServer]:
    with ballot_server(RoundSpec(FOR_AGAINST, CANDIDATES, title="Prioritas")) as made:
        yield made


def test_the_page_and_its_guards(server: BallotServer) -> None:
    phone = Phone(server)
    status, headers, body = phone.request("GET", phone.base)
    assert status == 200 and headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert "HttpOnly" in headers["set-cookie"] and "SameSite=Strict" in headers["set-cookie"]
    assert b"<script>" not in body and b"alert" not in body  # no data in the HTML
    assert "Python" not in headers.get("server", "")
    total = len(body)
    for name in ("app.js", "app.css"):
        status, headers, asset = phone.request("GET", phone.base + name)
        assert status == 200 and headers["content-security-policy"] == CSP
        total += len(asset)
    assert total <= 50_000  # the whole ballot page, for a slow hotspot
    for path in ("/", "/r/", f"/r/{server.round.token}x/", "/r/guess/", phone.base + "../etc"):
        assert phone.request("GET", path)[0] == 404


def test_vote_change_it_and_a_second_device(server: BallotServer) -> None:
    ani, budi = Phone(server), Phone(server)
    data = ani.open()
    assert [c["code"] for c in data["candidates"]] == [c.code for c in CANDIDATES]
    assert data["candidates"][1]["name"] == "<script>alert('x')</script>"  # as text, in JSON
    assert ani.vote({"choices": {"L1": "support"}}) == (200, {"ok": True})
    assert ani.vote({"choices": {"L1": "object", "A3": "support"}})[0] == 200  # changed
    budi.open()
    assert budi.vote({"choices": {"L1": "support"}})[0] == 200
    snap = server.round.snapshot()
    assert (snap.joined, snap.voted) == (2, 2)
    assert snap.tally.counts["L1"] == {"object": 1, "support": 1}
    assert snap.tally.counts["A3"] == {"support": 1}
    # the page reloaded (or the phone back on the hotspot): its ballot comes back
    again = json.loads(ani.request("GET", ani.base + "round")[2])
    assert again["mine"]["choices"] == {"L1": "object", "A3": "support"}


def test_malformed_oversized_and_forged_votes_are_refused(server: BallotServer) -> None:
    phone = Phone(server)
    phone.open()
    assert phone.vote({"choices": {"L1": "support"}}, csrf="")[0] == 403
    assert phone.vote({"choices": {"L1": "support"}}, csrf="ditebak")[0] == 403
    stranger = Phone(server)  # no cookie: not a device of this round
    assert stranger.vote({"choices": {"L1": "support"}}, csrf=phone.csrf)[0] == 403
    assert phone.vote({"choices": {"L9": "support"}}) == (
        422,
        {"ok": False, "error": "ballot_candidate"},
    )
    assert phone.vote({"choices": {"L1": "<b>ya</b>"}})[1]["error"] == "ballot_choice"
    big = json.dumps({"choices": {}, "name": "x" * MAX_BODY}).encode()
    status, _h, _b = phone.request(
        "POST", phone.base + "vote", big, {"Content-Type": "application/json", "X-CSRF": phone.csrf}
    )
    assert status == 413
    status, _h, _b = phone.request(
        "POST",
        phone.base + "vote",
        b"{not json",
        {"Content-Type": "application/json", "X-CSRF": phone.csrf},
    )
    assert status == 400
    status, _h, _b = phone.request(
        "POST",
        phone.base + "vote",
        b"choices=L1",
        {"Content-Type": "application/x-www-form-urlencoded", "X-CSRF": phone.csrf},
    )
    assert status == 415  # a form of another page cannot vote
    assert phone.request("POST", phone.base + "round", b"{}")[0] == 404
    assert server.round.snapshot().voted == 0  # nothing of it counted


def test_a_closed_round_refuses_politely_and_stops_listening(server: BallotServer) -> None:
    phone = Phone(server)
    phone.open()
    assert phone.vote({"choices": {"A3": "support"}})[0] == 200
    ballots = server.round.close()
    assert len(ballots) == 1
    assert phone.vote({"choices": {"A3": "object"}}) == (
        409,
        {"ok": False, "error": "round_closed"},
    )
    assert json.loads(phone.request("GET", phone.base + "round")[2])["open"] is False
    port = server.server_address[1]
    server.stop()
    with pytest.raises(OSError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/")
    server.stop = lambda: None  # (the fixture stops it again)


def test_a_burst_from_one_device_is_slowed_and_a_flood_does_not_stop_the_server(
    server: BallotServer,
) -> None:
    phone = Phone(server)
    phone.open()
    answers = [phone.vote({"choices": {"L1": "support"}})[0] for _ in range(40)]
    assert 429 in answers and answers.count(200) >= 10
    # a flood of requests from many connections at once
    results: list[int] = []

    def hammer() -> None:
        for _ in range(10):
            try:
                results.append(Phone(server).request("GET", "/r/nope/")[0])
            except OSError:
                results.append(0)

    threads = [threading.Thread(target=hammer) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results and set(results) <= {404, 429, 503, 0}
    other = Phone(server, "127.0.0.2")  # still there for a real phone (its own address)
    other.open()
    assert other.vote({"choices": {"L2": "support"}})[0] == 200


def test_a_points_round_refuses_more_than_the_budget() -> None:
    spec = RoundSpec(POINTS, CANDIDATES, budget=10, secret=False)
    made = BallotServer(VotingRound(spec), "127.0.0.1")
    made.start()
    try:
        phone = Phone(made)
        phone.open()
        assert (
            phone.vote({"points": {"L1": 6, "L2": 5}, "name": "Ibu Sari"})[1]["error"]
            == "ballot_budget"
        )
        assert phone.vote({"points": {"L1": 6, "L2": 4}})[1]["error"] == "ballot_name_needed"
        assert phone.vote({"points": {"L1": 6, "L2": 4}, "name": "Ibu Sari"})[0] == 200
        ballot = next(iter(made.round.snapshot().ballots.values()))
        assert ballot.name == "Ibu Sari" and ballot.points == {"L1": 6, "L2": 4}
    finally:
        made.stop()


def test_a_replayed_vote_counts_once_and_a_voided_ballot_not_at_all(server: BallotServer) -> None:
    phone = Phone(server)
    phone.open()
    for _ in range(3):  # the same request sent again (a flaky network, or on purpose)
        assert phone.vote({"choices": {"L1": "support"}})[0] == 200
    snap = server.round.snapshot()
    assert snap.voted == 1 and snap.tally.counts["L1"] == {"support": 1}
    device = next(iter(snap.ballots))
    assert server.round.void(device)
    assert server.round.snapshot().voted == 0
    assert not server.round.void(device)  # (gone already)


def test_the_rounds_address_has_no_letters_to_mistake_when_typed() -> None:
    from workbench.services.ballot_server import READABLE

    tokens = {VotingRound(RoundSpec(FOR_AGAINST, CANDIDATES)).token for _ in range(50)}
    assert len(tokens) == 50  # random
    for token in tokens:
        assert len(token) == 22 and set(token) <= set(READABLE)
    assert not set("0o1liIO") & set(READABLE)
