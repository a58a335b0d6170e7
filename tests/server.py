"""A shared district server for tests (the ``server`` fixture, module-scoped, is in
conftest): the demo district on a throw-away PostgreSQL database, set up with
``server init``, and real logins for each role."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Engine

from workbench.db.engine import make_engine


@dataclass
class Server:
    url: str
    admin: Engine
    logins: dict[str, str]  # what for -> login name
    village_a: str  # a village an editor is limited to
    village_b: str  # a village outside that scope

    def as_(self, who: str) -> Engine:
        url = sa.engine.make_url(self.url).set(username=self.logins[who])
        engine = make_engine(url.render_as_string(hide_password=False))
        self._engines.append(engine)
        return engine

    _engines: list[Engine]

    def over_tcp(self, who: str, password: str, role: str) -> str:
        """The URL of ``who`` over TCP, where the server asks for the password it is
        given here; ``role`` granted first (PKP_TEST_PG_TCP: host:port)."""
        import os

        from workbench.services.server import grant

        login = self.logins[who]
        with self.admin.begin() as conn:
            conn.exec_driver_sql(f"ALTER ROLE \"{login}\" PASSWORD '{password}'")
        grant(self.admin, login, role)
        database = sa.engine.make_url(self.url).database
        return f"postgresql+psycopg://{login}@{os.environ['PKP_TEST_PG_TCP']}/{database}"
