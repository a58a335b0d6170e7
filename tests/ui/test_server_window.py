"""The window on a shared PostgreSQL server, as real logins: it says who is signed in with
which role, greys out what the role may not do, and shows another login's change within
two seconds (LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from tests.conftest import PG_URL
from tests.server import Server
from workbench.db.engine import session_scope
from workbench.ui.tasks import wait_for_all

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs PKP_TEST_PG_URL (a PostgreSQL server)")


def _url_of(server: Server, who: str) -> str:
    url = sa.engine.make_url(server.url).set(username=server.logins[who])
    return url.render_as_string(hide_password=False)


@pytest.fixture
def open_as(app, qtbot, server: Server, clean_settings: None) -> Iterator:  # noqa: ANN001
    from workbench.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def opened(who: str) -> MainWindow:
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.all_loaded, timeout=30_000):
            win.open_database(_url_of(server, who))
        windows.append(win)
        return win

    yield opened
    for win in windows:
        win.close()
    wait_for_all()
    app.processEvents()


def test_an_editor_sees_their_role_and_may_not_approve(open_as, server: Server) -> None:  # noqa: ANN001
    win = open_as("scoped")
    label = win.database_label.text()
    assert f"Masuk sebagai <b>{server.logins['scoped']}</b>" in label
    assert f"Penyunting · {server.village_a}" in label
    assert win.import_baseline_action.isEnabled()
    assert not win.approval_action.isEnabled()


def test_a_viewer_window_is_read_only(open_as, server: Server) -> None:  # noqa: ANN001
    win = open_as("viewer")
    assert "Peninjau · seluruh daerah" in win.database_label.text()
    assert win.read_only
    assert not win.import_baseline_action.isEnabled() and not win.new_item_action.isEnabled()


def test_another_logins_change_appears_within_two_seconds(open_as, server: Server, qtbot) -> None:  # noqa: ANN001
    win = open_as("editor")
    tab = win.stakeholders_tab
    sid = tab.model.rows[0].id
    qtbot.waitUntil(lambda: win.server_live.listener.listening.is_set(), timeout=5000)
    import psycopg

    from workbench.services.notify import libpq_dsn

    # another program, as another login (this process's own writes it has announced itself)
    with psycopg.connect(libpq_dsn(_url_of(server, "approver")), application_name="lain") as c:
        c.execute("UPDATE stakeholder SET influence = 1 WHERE id = %s", (sid,))
    start = time.monotonic()
    qtbot.waitUntil(
        lambda: next(r for r in tab.model.rows if r.id == sid).influence == 1, timeout=3000
    )
    assert time.monotonic() - start < 2.0
    with session_scope(server.admin) as s:
        s.execute(sa.text("UPDATE stakeholder SET influence = 3 WHERE id = :s"), {"s": sid})
