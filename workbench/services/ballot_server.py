"""The ballot server of a workshop voting round: a small web server on the facilitator's
laptop that the participants' phones open (over the laptop's hotspot, no internet).

Qt-free; it runs on threads of its own (one to accept, one per request), never the GUI's.
What it serves is only the ballot page, its script and style, the round as JSON and the
vote: nothing of the database is reachable through it.

Its guards, because a web server in a government office is an attack surface:

- it listens only while a round is open, only on the address chosen, on a random port;
- every path carries the round's token (random, unguessable; compared in constant time);
  any other path is 404;
- a device gets a random token of its own (an HttpOnly, SameSite=Strict cookie) on its
  first visit: one ballot per device per round, replaced when it votes again;
- a vote must carry the device's CSRF token in a header (a page of another origin can send
  neither the header nor read the token), be JSON, at most ``MAX_BODY`` bytes, and pass
  ``domain.ballots.check_ballot``;
- requests are rate-limited per device and per address; connections time out; at most
  ``MAX_ACTIVE`` requests are served at once (the rest get 503 at once);
- the page builds itself with ``textContent`` (no HTML from data) under a
  Content-Security-Policy allowing only its own script and style.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from workbench.domain.ballots import Ballot, BallotError, RoundSpec, Tally, check_ballot, tally

MAX_BODY = 8 * 1024
MAX_ACTIVE = 48  # requests served at once
TIMEOUT_S = 10.0  # a connection that sends nothing for this long is closed
RATE_PER_S = 4.0  # requests a device (or an address) may make per second, on average
BURST = 20
MAX_DEVICES_PER_ADDRESS = 8  # (a phone that clears its cookies gets a few new devices)
COOKIE = "pkp_dev"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
STATIC = {"app.js": "application/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}


# letters and digits that cannot be taken for one another when the address is typed from
# the projector (no 0/o, 1/l/i, no capitals)
READABLE = "23456789abcdefghjkmnpqrstuvwxyz"


def readable_token(length: int) -> str:
    return "".join(secrets.choice(READABLE) for _ in range(length))


def _static(name: str) -> bytes:
    return resources.files("workbench.services").joinpath("ballot_page", name).read_bytes()


@dataclass
class _Bucket:
    tokens: float = BURST
    at: float = field(default_factory=time.monotonic)

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(BURST, self.tokens + (now - self.at) * RATE_PER_S)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass
class _Device:
    csrf: str
    address: str
    bucket: _Bucket = field(default_factory=_Bucket)


class VotingRound:
    """One round's state, shared by the request threads and the window (under a lock)."""

    def __init__(self, spec: RoundSpec) -> None:
        self.spec = spec
        self.token = readable_token(22)  # in every path: 22 of 31 letters, ~109 random bits
        self.code = secrets.token_hex(2).upper()  # what the projector shows beside the QR
        self._lock = threading.Lock()
        self._devices: dict[str, _Device] = {}
        self._ballots: dict[str, Ballot] = {}
        self._addresses: dict[str, _Bucket] = {}
        self._per_address: dict[str, int] = {}
        self.is_open = True
        self.changes = 0  # counts every ballot cast, changed or voided (the projector polls)
        self.refused = 0  # requests refused (bad, too many, too late): for the facilitator

    # -- devices and ballots ---------------------------------------------------------------
    def join(self, address: str) -> tuple[str, str] | None:
        """A new device: its token and CSRF token; None when the address made too many."""
        with self._lock:
            if self._per_address.get(address, 0) >= MAX_DEVICES_PER_ADDRESS:
                self.refused += 1
                return None
            self._per_address[address] = self._per_address.get(address, 0) + 1
            device = secrets.token_urlsafe(18)
            self._devices[device] = _Device(secrets.token_urlsafe(18), address)
            return device, self._devices[device].csrf

    def known(self, device: str | None) -> _Device | None:
        with self._lock:
            return self._devices.get(device) if device else None

    def allowed(self, device: str | None, address: str) -> bool:
        """The request's rate limit: per device when it has one, else per address."""
        with self._lock:
            known = self._devices.get(device) if device else None
            bucket = known.bucket if known else self._addresses.setdefault(address, _Bucket())
            ok = bucket.take()
            if not ok:
                self.refused += 1
            return ok

    def cast(self, device: str, csrf: str, raw: Any) -> Ballot:
        """The device's ballot, replacing its earlier one; ``BallotError`` if refused."""
        with self._lock:
            known = self._devices.get(device)
            if known is None or not hmac.compare_digest(known.csrf, csrf or ""):
                self.refused += 1
                raise BallotError("ballot_csrf")
            if not self.is_open:
                self.refused += 1
                raise BallotError("round_closed")
        ballot = check_ballot(self.spec, raw)  # (outside the lock: it is pure)
        with self._lock:
            if not self.is_open:
                self.refused += 1
                raise BallotError("round_closed")
            self._ballots[device] = ballot
            self.changes += 1
        return ballot

    def ballot_of(self, device: str) -> Ballot | None:
        with self._lock:
            return self._ballots.get(device)

    def void(self, device: str) -> bool:
        """The facilitator takes a ballot out (a device that should not have voted)."""
        with self._lock:
            gone = self._ballots.pop(device, None) is not None
            if gone:
                self.changes += 1
            return gone

    def close(self) -> dict[str, Ballot]:
        """No more votes; the ballots as they stand."""
        with self._lock:
            self.is_open = False
            self.changes += 1
            return dict(self._ballots)

    @dataclass(frozen=True)
    class Snapshot:
        joined: int
        voted: int
        tally: Tally
        changes: int
        refused: int
        ballots: dict[str, Ballot]

    def snapshot(self) -> VotingRound.Snapshot:
        """What the projector shows: devices joined and voted, the tally so far."""
        with self._lock:
            ballots = dict(self._ballots)
            joined, changes, refused = len(self._devices), self.changes, self.refused
        return VotingRound.Snapshot(
            joined, len(ballots), tally(self.spec, ballots.values()), changes, refused, ballots
        )

    def page_data(self, device: str) -> dict[str, Any]:
        """The round as the phone's page builds it (JSON; the page sets only text)."""
        spec, mine = self.spec, self.ballot_of(device)
        known = self.known(device)
        return {
            "open": self.is_open,
            "code": self.code,
            "title": spec.title,
            "kind": spec.kind,
            "secret": spec.secret,
            "budget": spec.budget,
            "top_n": spec.top_n,
            "csrf": known.csrf if known else "",
            "candidates": [
                {
                    "key": c.key,
                    "code": c.code,
                    "name": c.name,
                    "place": c.place,
                    "score": c.score,
                    "level": c.level,
                }
                for c in spec.candidates
            ],
            "mine": None
            if mine is None
            else {
                "choices": dict(mine.choices),
                "points": dict(mine.points),
                "order": list(mine.order),
                "name": mine.name,
            },
        }


class _Handler(BaseHTTPRequestHandler):
    server: BallotServer
    protocol_version = "HTTP/1.1"
    timeout = TIMEOUT_S
    server_version = "PKP"  # (no Python version in the headers)
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        return  # nothing of the phones' requests goes to the console

    # -- answers ---------------------------------------------------------------------------
    def _send(
        self,
        status: int,
        body: bytes,
        kind: str,
        cookie: str | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Frame-Options", "DENY")
        if cookie:
            self.send_header("Set-Cookie", cookie)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: dict[str, Any], cookie: str | None = None) -> None:
        body = json.dumps(data, ensure_ascii=True).encode()
        self._send(status, body, "application/json; charset=utf-8", cookie)

    def _refuse(self, status: int, key: str) -> None:
        self._json(status, {"ok": False, "error": key})

    # -- the round's paths -----------------------------------------------------------------
    def _route(self) -> tuple[str, str] | None:
        """(``page``|``app.js``|``app.css``|``round``|``vote``, the device) or None (404)."""
        parts = self.path.split("?", 1)[0].split("/")
        # "", "r", token, name
        if len(parts) != 4 or parts[1] != "r":
            return None
        token, name = parts[2], parts[3] or "page"
        if not hmac.compare_digest(token.encode(), self.server.round.token.encode()):
            return None
        if name not in ("page", "app.js", "app.css", "round", "vote"):
            return None
        cookie = SimpleCookie()
        try:
            cookie.load(self.headers.get("Cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie is no cookie
            cookie = SimpleCookie()
        device = cookie[COOKIE].value if COOKIE in cookie else ""
        return name, device

    def _guarded(self, serve: Callable[[], None]) -> None:
        if not self.server.slots.acquire(blocking=False):
            self.close_connection = True
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "busy")
            return
        try:
            serve()
        except BallotError as exc:
            self._refuse(HTTPStatus.UNPROCESSABLE_ENTITY, exc.key)
        finally:
            self.server.slots.release()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._guarded(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._guarded(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._guarded(self._post)

    def _get(self) -> None:
        r = self.server.round
        route = self._route()
        address = self.client_address[0]
        if route is None:
            self._refuse(HTTPStatus.NOT_FOUND, "not_found")
            return
        name, device = route
        if not r.allowed(device, address):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too_many")
            return
        if name in STATIC:
            self._send(HTTPStatus.OK, self.server.static[name], STATIC[name])
            return
        cookie = None
        if r.known(device) is None:
            joined = r.join(address)
            if joined is None:
                self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too_many_devices")
                return
            device = joined[0]
            cookie = (
                f"{COOKIE}={device}; Path=/r/{r.token}/; HttpOnly; SameSite=Strict; Max-Age=86400"
            )
        if name == "round":
            self._json(HTTPStatus.OK, r.page_data(device), cookie)
            return
        self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8", cookie)

    def _post(self) -> None:
        r = self.server.round
        route = self._route()
        address = self.client_address[0]
        if route is None or route[0] != "vote":
            self._refuse(HTTPStatus.NOT_FOUND, "not_found")
            return
        _name, device = route
        if not r.allowed(device, address):
            self.close_connection = True
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too_many")
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self.close_connection = True
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "length_required")
            return
        if int(length) > MAX_BODY:
            self.close_connection = True
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large")
            return
        if self.headers.get_content_type() != "application/json":
            self.close_connection = True
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "json_only")
            return
        body = self.rfile.read(int(length))
        try:
            raw = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._refuse(HTTPStatus.BAD_REQUEST, "ballot_shape")
            return
        try:
            r.cast(device, self.headers.get("X-CSRF", ""), raw)
        except BallotError as exc:
            status = (
                HTTPStatus.CONFLICT
                if exc.key == "round_closed"
                else (
                    HTTPStatus.FORBIDDEN
                    if exc.key == "ballot_csrf"
                    else HTTPStatus.UNPROCESSABLE_ENTITY
                )
            )
            self._refuse(status, exc.key)
            return
        self._json(HTTPStatus.OK, {"ok": True})


class BallotServer(ThreadingHTTPServer):
    """The round's web server on ``host`` (the interface chosen), a random free port."""

    daemon_threads = True
    allow_reuse_address = False
    request_queue_size = 64

    def __init__(self, voting: VotingRound, host: str, port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.round = voting
        self.slots = threading.BoundedSemaphore(MAX_ACTIVE)
        self.page = _static("index.html")
        self.static = {name: _static(name) for name in STATIC}
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{shown}:{port}/r/{self.round.token}/"

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.2}, name="ballots", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (the round is closed): the port is given back at once."""
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(5)
