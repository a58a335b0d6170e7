"""No lost update, on SQLite and PostgreSQL: an edit made on a record as it was shown is
refused when someone else changed the record since, with who, when and what; two sessions
writing the same row at the same moment: the second is refused; one's own quick edits in a
row are not taken for someone else's."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.services.test_baseline_files import create_empty_database_url
from workbench.db.engine import session_scope
from workbench.db.models import Stakeholder
from workbench.domain.messages import UserError
from workbench.operations import guarded
from workbench.services import collaboration as svc
from workbench.services.versions import Seen, VersionConflict, version_of


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_empty_database_url(db_url)
    yield engine
    engine.dispose()


def _stakeholder(engine) -> int:  # noqa: ANN001
    with session_scope(engine) as s:
        return svc.create_stakeholder(
            s, svc.StakeholderData(name="Lurah Sukamaju", category="village_gov"), user="ui"
        )


def _notes(engine, sid: int, text: str):  # noqa: ANN001, ANN202
    def work(session: Session) -> None:
        svc.update_stakeholder(session, sid, {"notes": text}, user="ui")

    return work


def test_an_edit_on_a_record_changed_since_it_was_shown_is_refused_with_who(engine) -> None:  # noqa: ANN001
    sid = _stakeholder(engine)
    with session_scope(engine) as s:
        shown = Seen("stakeholder", sid, version_of(s, "stakeholder", sid))
    # someone else (another window, another login) edits it first
    with session_scope(engine) as s:
        svc.update_stakeholder(s, sid, {"notes": "dari Budi"}, user="ui")
    with pytest.raises(VersionConflict) as info, session_scope(engine) as s:
        guarded(_notes(engine, sid, "dari Ani"), [shown])(s)
    said = info.value.text("id")
    assert said.startswith("Pemangku kepentingan “Lurah Sukamaju” telah diubah oleh")
    assert "notes: – → dari Budi" in said or "notes:  → dari Budi" in said
    with session_scope(engine) as s:
        who = s.get(Stakeholder, sid)
        assert who is not None and who.notes == "dari Budi"  # theirs kept, nothing written
        expected_login = s.execute(
            __import__("sqlalchemy").text("SELECT db_user FROM audit_log ORDER BY id DESC")
        ).scalar()
    assert expected_login and f"diubah oleh {expected_login}" in said
    # applied on top: with the versions it has now
    with session_scope(engine) as s:
        guarded(_notes(engine, sid, "dari Ani"), info.value.now)(s)
    with session_scope(engine) as s:
        assert s.get(Stakeholder, sid).notes == "dari Ani"  # type: ignore[union-attr]


def test_a_deleted_record_is_said_gone(engine) -> None:  # noqa: ANN001
    sid = _stakeholder(engine)
    with session_scope(engine) as s:
        shown = Seen("stakeholder", sid, version_of(s, "stakeholder", sid))
        svc.delete_stakeholder(s, sid, user="ui")
    with pytest.raises(VersionConflict) as info, session_scope(engine) as s:
        guarded(_notes(engine, sid, "x"), [shown])(s)
    assert info.value.key == "version_gone"


def test_ones_own_edits_in_a_row_are_not_a_conflict(engine) -> None:  # noqa: ANN001
    sid = _stakeholder(engine)
    with session_scope(engine) as s:
        shown = Seen("stakeholder", sid, version_of(s, "stakeholder", sid))
    for text in ("satu", "dua", "tiga"):  # each made on the panel as shown before the first
        with session_scope(engine) as s:
            guarded(_notes(engine, sid, text), [shown])(s)
    with session_scope(engine) as s:
        assert s.get(Stakeholder, sid).notes == "tiga"  # type: ignore[union-attr]


def test_two_sessions_writing_one_row_at_once_the_second_is_refused(engine) -> None:  # noqa: ANN001
    sid = _stakeholder(engine)
    with pytest.raises(UserError) as info, session_scope(engine) as mine:
        b = mine.get(Stakeholder, sid)
        assert b is not None
        with session_scope(engine) as theirs:  # writes between this read and its write
            a = theirs.get(Stakeholder, sid)
            assert a is not None
            a.notes = "pertama"
        b.notes = "kedua"  # its UPDATE names the version it read: no row matches
        mine.flush()
    assert info.value.key == "version_race"
    with session_scope(engine) as s:
        assert s.get(Stakeholder, sid).notes == "pertama"  # type: ignore[union-attr]


def test_a_change_of_coverage_alone_counts_as_a_change(engine) -> None:  # noqa: ANN001
    from workbench.db.models import Subdistrict, Village

    sid = _stakeholder(engine)
    with session_scope(engine) as s:
        sub = Subdistrict(district_id=1, name="Kec A")
        s.add(sub)
        s.flush()
        village = Village(subdistrict_id=sub.id, name="Kel B")
        s.add(village)
        s.flush()
        before = version_of(s, "stakeholder", sid)
        svc.update_stakeholder(s, sid, {"village_ids": [village.id]}, user="ui")
        assert version_of(s, "stakeholder", sid) == before + 1
