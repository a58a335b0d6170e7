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
    if who == "owner":  # the database's owner: the admin who ran server init
        return server.url
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


@pytest.mark.skipif(
    not __import__("os").environ.get("PKP_TEST_PG_TCP"),
    reason="needs PKP_TEST_PG_TCP (the server over TCP, passwords)",
)
def test_the_window_asks_a_logins_password_and_remembers_the_server_without_it(
    app,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    server: Server,
    clean_settings: None,
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.services.server import grant
    from workbench.ui import dialogs
    from workbench.ui import settings as st
    from workbench.ui.main_window import MainWindow

    login = server.logins["other"]
    url = server.over_tcp("other", "rahasia-2", "editor")
    asked: list[str] = []
    typed = iter(["salah", "rahasia-2"])  # a wrong one first: said, and asked again
    monkeypatch.setattr(
        dialogs, "ask_password", lambda _p, _t, label: asked.append(label) or next(typed)
    )
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.all_loaded, timeout=30_000):
            win.open_database(url)
        assert len(asked) == 2 and "tidak menerima" not in asked[0]
        assert "Server tidak menerima kata sandi itu." in asked[1]
        assert "rahasia" not in asked[1] and "***" not in asked[1]
        assert f"Masuk sebagai <b>{login}</b>" in win.database_label.text()
        assert "rahasia" not in win.database_label.text()
        assert st.get(st.RECENT)[0] == url and "rahasia" not in st.get(st.LAST_DATABASE)
    finally:
        win.close()
        wait_for_all()
        grant(server.admin, login, "none")


def test_connect_to_a_server_from_the_file_menu(
    app,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    server: Server,
    clean_settings: None,
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.ui import dialogs
    from workbench.ui.main_window import MainWindow

    url = sa.engine.make_url(server.url)

    def filled(dialog) -> bool:  # noqa: ANN001 - the user fills the dialog in
        dialog._accept()  # an empty form is refused in words, not closed
        assert "Isi" in dialog.message.text() or "Fill" in dialog.message.text()
        dialog.host.setText(url.query["host"])
        dialog.port.setValue(int(url.query["port"]))
        dialog.database.setText(url.database)
        dialog.login.setText(server.logins["approver"])
        dialog._accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", filled)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.all_loaded, timeout=30_000):
            win.connect_action.trigger()
        assert f"Masuk sebagai <b>{server.logins['approver']}</b>" in win.database_label.text()
        assert win.approval_action.isEnabled()
    finally:
        win.close()
        wait_for_all()


def test_server_urls_for_a_host_and_a_socket_folder() -> None:
    from workbench.ui.connect_dialog import server_url

    assert server_url(" db.pemda.go.id ", 5432, "kota_demo", "budi") == (
        "postgresql+psycopg://budi@db.pemda.go.id:5432/kota_demo"
    )
    assert server_url("/var/run/postgresql", 5433, "kota demo", "budi.s") == (
        "postgresql+psycopg://budi.s@/kota%20demo?host=%2Fvar%2Frun%2Fpostgresql&port=5433"
    )


def test_what_the_login_may_not_change_is_greyed_out_with_the_reason(
    open_as,  # noqa: ANN001
    server: Server,
    qtbot,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from tests.ui.helpers import select_rt

    win = open_as("scoped")
    tab = win.scores_tab
    win.tabs.setCurrentWidget(tab)
    outside = next(r for r in tab.model.rows if r.village == server.village_b)
    inside = next(r for r in tab.model.rows if r.village == server.village_a)
    select_rt(win, outside.code)
    qtbot.waitUntil(lambda: tab.panel.detail is not None, timeout=5000)
    assert f"{server.village_b} bukan salah satu kelurahan Anda" in tab.panel.note.text()
    assert tab.panel.criteria.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    select_rt(win, inside.code)
    qtbot.waitUntil(
        lambda: tab.panel.detail is not None and tab.panel.detail.code == inside.code,
        timeout=5000,
    )
    assert tab.panel.note.isHidden()
    assert tab.panel.criteria.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    # the catalogues are the admin's
    programme = win.programme_tab
    assert not any(b.isEnabled() for b in programme.catalogue_buttons)
    assert not programme.catalogue_note.isHidden()


def test_the_admin_may_change_the_catalogues(open_as, server: Server) -> None:  # noqa: ANN001
    win = open_as("owner")
    assert all(b.isEnabled() for b in win.programme_tab.catalogue_buttons)
    assert win.programme_tab.catalogue_note.isHidden()


def test_only_an_approver_is_offered_to_freeze_the_agreed_list(open_as) -> None:  # noqa: ANN001
    assert not open_as("editor").priorities_tab.freeze_button.isEnabled()
    assert open_as("approver").priorities_tab.freeze_button.isEnabled()
