"""Stakeholder registry services: create, update, archive, delete rules, duplicates,
engagements and the coverage view, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from workbench.db.engine import session_scope
from workbench.db.models import AuditEntry, Coverage, Stakeholder, Village
from workbench.services.collaboration import (
    DuplicateNameError,
    EngagementData,
    InUseError,
    StakeholderData,
    coverage_view,
    create_commitment,
    create_engagement,
    create_stakeholder,
    delete_engagement,
    delete_stakeholder,
    list_engagements,
    set_archived,
    update_stakeholder,
)
from workbench.services.demo import create_demo_database


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url)
    yield engine
    engine.dispose()


def _village(session, name: str) -> int:  # noqa: ANN001
    return session.scalar(sa.select(Village.id).where(Village.name == name))


def test_create_update_archive_and_audit(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        vid = _village(s, "Sukamaju")
        sid = create_stakeholder(
            s,
            StakeholderData(
                name="Karang Taruna Sukamaju",
                category="other",
                gov_level="desa",
                planning_role="mitra",
                influence=2,
                interest=4,
                village_ids=[vid],
            ),
            user="t",
        )
    with session_scope(engine) as s:
        old = update_stakeholder(s, sid, {"influence": 4, "phone": "0812"}, user="t")
        assert old == {"influence": 2, "phone": ""}
        set_archived(s, sid, True, user="t")
    with session_scope(engine) as s:
        obj = s.get(Stakeholder, sid)
        assert (obj.influence, obj.archived) == (4, True)
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(Coverage)
                .where(Coverage.stakeholder_id == sid)
            )
            == 1
        )
        actions = s.scalars(
            sa.select(AuditEntry.action).where(
                AuditEntry.entity == "stakeholder", AuditEntry.entity_id == sid
            )
        ).all()
        assert actions == ["create", "update", "update", "archive"]


def test_duplicate_names_are_caught_before_they_are_made(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s, pytest.raises(DuplicateNameError) as err:
        create_stakeholder(s, StakeholderData(name="Dinas PUPR Kabupaten Demo", category="pokja"))
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo" in str(err.value)
    with session_scope(engine) as s, pytest.raises(DuplicateNameError):  # same is final
        create_stakeholder(
            s,
            StakeholderData(name="bappeda  kabupaten demo", category="pokja"),
            allow_similar=False,
        )
    with session_scope(engine) as s:  # a 'contains' match may be confirmed as different
        sid = create_stakeholder(
            s, StakeholderData(name="BKM Sukamaju", category="bkm_lkm"), allow_similar=True
        )
        assert sid


def test_bad_values_are_refused_with_field_names(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s, pytest.raises(ValueError) as err:
        create_stakeholder(
            s, StakeholderData(name=" ", category="alien", influence=9, email="tanpa-at")
        )
    text = str(err.value)
    for part in (
        "name: must not be blank",
        "category: 'alien'",
        "influence: expected",
        "email: 'tanpa-at'",
    ):
        assert part in text


def test_deleting_a_stakeholder_in_use_is_refused_not_cascaded(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        busy = s.scalar(sa.select(Stakeholder.id).where(Stakeholder.short_name == "Bappeda"))
        with pytest.raises(InUseError, match="Archive it instead"):
            delete_stakeholder(s, busy)
    with session_scope(engine) as s:
        assert s.get(Stakeholder, busy) is not None
        fresh = create_stakeholder(s, StakeholderData(name="Yayasan Baru", category="ngo"))
    with session_scope(engine) as s:
        data = delete_stakeholder(s, fresh)
        assert data.name == "Yayasan Baru"
        assert s.get(Stakeholder, fresh) is None


def test_recording_an_engagement_changes_the_coverage_grid(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        view = coverage_view(s)
        quiet = next(v for v in view.villages if view.grid[(v[0], "private_csr")] == "absent")
        csr = s.scalar(sa.select(Stakeholder.id).where(Stakeholder.short_name == "CSR Semen"))
        eid = create_engagement(
            s,
            EngagementData(
                date=date(2026, 2, 3),
                title="Kunjungan CSR",
                type="kunjungan_lapangan",
                stage="trust",
                village_ids=[quiet[0]],
                attendees=[(csr, True)],
            ),
        )
    with session_scope(engine) as s:
        view = coverage_view(s)
        assert view.grid[(quiet[0], "private_csr")] == "engaged"
        assert view.stages[quiet[0]]["trust"] >= 1
        row = next(r for r in list_engagements(s) if r.id == eid)
        assert (row.present, row.invited) == (1, 1) and row.villages == quiet[1]
        delete_engagement(s, eid)
    with session_scope(engine) as s:
        assert coverage_view(s).grid[(quiet[0], "private_csr")] == "absent"


def test_demo_shows_gaps_and_duplicate_bodies(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        view = coverage_view(s)
        cells = list(view.grid.values())
        assert {"engaged", "registered", "absent"} <= set(cells)
        assert view.duplicate_bodies  # some village has two implementing community groups


def test_commitment_rules(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        sid = s.scalar(sa.select(Stakeholder.id).where(Stakeholder.short_name == "CSR BPD"))
        assert create_commitment(s, sid, "uang", 2026, value_rp=75_000_000)
        with pytest.raises(ValueError, match="whole rupiah"):
            create_commitment(s, sid, "uang", 2026, value_rp=-1)
        with pytest.raises(ValueError, match="in kind"):
            create_commitment(s, sid, "tenaga", 2026)


def test_kawasan_coverage_is_kept_and_undoable(engine) -> None:  # noqa: ANN001
    from workbench.services.collaboration import area_choices, stakeholder_data

    with session_scope(engine) as s:
        areas = [a for a, _n in area_choices(s)][:2]
        sid = create_stakeholder(
            s, StakeholderData(name="Forum Bantaran Kali", category="ngo", area_ids=areas[:1])
        )
    with session_scope(engine) as s:
        assert stakeholder_data(s, sid).area_ids == areas[:1]
        old = update_stakeholder(s, sid, {"area_ids": areas})
        assert old == {"area_ids": areas[:1]}
    with session_scope(engine) as s:
        assert stakeholder_data(s, sid).area_ids == sorted(areas)


def test_changing_an_engagement_and_back(engine) -> None:  # noqa: ANN001
    from workbench.services.collaboration import engagement_data, update_engagement

    with session_scope(engine) as s:
        eid = list_engagements(s)[0].id
        before = engagement_data(s, eid)
        changed = EngagementData(
            **{**vars(before), "title": "Rapat pleno (revisi)", "attendees": before.attendees[:1]}
        )
        old = update_engagement(s, eid, changed)
        assert old == before
    with session_scope(engine) as s:
        now = engagement_data(s, eid)
        assert now.title == "Rapat pleno (revisi)" and len(now.attendees) == 1
        update_engagement(s, eid, before)
    with session_scope(engine) as s:
        assert engagement_data(s, eid) == before


def test_every_reference_counts_as_a_use_and_is_named(engine) -> None:  # noqa: ANN001
    """Issue 14.4: an executor of activities (no engagements, no commitments) raised an
    IntegrityError out of the window instead of being refused."""
    from workbench.db.models import Activity, PlanSignatory, ProposalSource
    from workbench.services.collaboration import usage

    with session_scope(engine) as s:
        executor = s.scalar(
            sa.select(Stakeholder.id).where(Stakeholder.name == "Dinas Perkim Provinsi Contoh")
        )
        executes = s.scalar(
            sa.select(sa.func.count()).select_from(Activity).where(Activity.executor_id == executor)
        )
        used = usage(s, executor)
        assert executes > 0 and used.activities == executes
        with pytest.raises(InUseError) as err:
            delete_stakeholder(s, executor)
        assert f"executes {executes} programme activities" in str(err.value)
        assert f"pelaksana {executes} kegiatan program" in err.value.text("id")
        assert "Archive it instead" in str(err.value)
    with session_scope(engine) as s:  # refused whole: still there, activities untouched
        assert s.get(Stakeholder, executor) is not None
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(Activity)
                .where(Activity.executor_id == executor)
            )
            == executes
        )
        # a proposal source behind it and a signature block naming it count too
        lone = create_stakeholder(
            s, StakeholderData(name="Ir. Siti Rahma", category="other", is_person=True)
        )
        assert usage(s, lone).total == 0
        s.add(ProposalSource(name="Usulan Ir. Siti", kind="other", stakeholder_id=lone))
        plan_id = s.scalar(sa.select(PlanSignatory.plan_version_id).limit(1))
        s.add(PlanSignatory(plan_version_id=plan_id, position="Ketua", name="ir. siti rahma "))
        s.flush()
        used = usage(s, lone)
        assert (used.sources, used.signatures, used.total) == (1, 1, 2)
        with pytest.raises(InUseError, match="is behind 1 proposal source, is named in 1 plan"):
            delete_stakeholder(s, lone)


def test_registry_and_its_report_sort_names_as_people_read_them(engine) -> None:  # noqa: ANN001
    from workbench.domain.collation import name_key
    from workbench.services.collaboration import list_stakeholders
    from workbench.services.report_data import stakeholders

    with session_scope(engine) as s:
        for name in ("aliansi warga peduli", "Zeta Konsultan", "yayasan Ibu Bumi"):
            create_stakeholder(s, StakeholderData(name=name, category="ngo"))
    with session_scope(engine) as s:
        names = [r.name for r in list_stakeholders(s)]
    assert names == sorted(names, key=name_key) and names != sorted(names)
    assert names.index("aliansi warga peduli") < names.index("Zeta Konsultan")
    with session_scope(engine) as s:
        _district, rows, _commits = stakeholders(s)  # what the PDF lists
    assert [r.name for r in rows] == names


def test_the_common_case_of_a_short_agency_name_is_warned(engine) -> None:  # noqa: ANN001
    """Issue 14.8: 'Dinas PU' raised no warning while 'Dinas Pekerjaan Umum dan Penataan
    Ruang Kabupaten Demo' was registered."""
    from workbench.services.collaboration import duplicates_of

    with session_scope(engine) as s:
        for typed in ("Dinas PU", "Dinas Pekerjaan Umum"):
            found = duplicates_of(s, typed)
            assert [m.name for m in found][:1] == [
                "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo"
            ], typed
        assert [m.name for m in duplicates_of(s, "Dinas Perkim")][:1] == [
            "Dinas Perumahan dan Kawasan Permukiman Kabupaten Demo"
        ]
        assert duplicates_of(s, "Dinas Perkim Provinsi Jawa Barat") == []
