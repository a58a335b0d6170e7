"""A phone, for the tests and the benchmark of the ballot server: HTTP from an address of
its own, with its own cookie, as a browser on a phone keeps it."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from contextlib import contextmanager
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlparse


class Phone:
    """One device: its own cookie jar, as a browser keeps it."""

    def __init__(self, server: Any, address: str = "127.0.0.1") -> None:
        """``server``: a BallotServer, or its URL (a phone in another process)."""
        url = urlparse(server if isinstance(server, str) else server.url)
        self.host, self.port, self.base = url.hostname, url.port, url.path
        self.address = address  # the phone's own address (loopback has a whole /8)
        self.cookie = ""
        self.csrf = ""

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection(
            self.host, self.port, timeout=10, source_address=(self.address, 0)
        )
        sent = dict(headers or {})
        if self.cookie:
            sent["Cookie"] = self.cookie
        conn.request(method, path, body=body, headers=sent)
        answer = conn.getresponse()
        data = answer.read()
        got = {k.lower(): v for k, v in answer.getheaders()}
        conn.close()
        if "set-cookie" in got:
            jar = SimpleCookie()
            jar.load(got["set-cookie"])
            self.cookie = "; ".join(f"{k}={m.value}" for k, m in jar.items())
        return answer.status, got, data

    def open(self) -> dict:
        status, _h, _b = self.request("GET", self.base)
        assert status == 200
        status, _h, body = self.request("GET", self.base + "round")
        assert status == 200
        data = json.loads(body)
        self.csrf = data["csrf"]
        return dict(data)

    def vote(self, ballot: dict, csrf: str | None = None) -> tuple[int, dict]:
        status, _h, body = self.request(
            "POST",
            self.base + "vote",
            json.dumps(ballot).encode(),
            {"Content-Type": "application/json", "X-CSRF": self.csrf if csrf is None else csrf},
        )
        return status, json.loads(body)


@contextmanager
def ballot_server(spec: Any) -> Iterator[Any]:
    """A round's ballot server on the loopback interface, stopped afterwards."""
    from workbench.services.ballot_server import BallotServer, VotingRound

    made = BallotServer(VotingRound(spec), "127.0.0.1")
    made.start()
    try:
        yield made
    finally:
        made.stop()
