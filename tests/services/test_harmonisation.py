"""Harmonisation services on the demo district (SQLite, and PostgreSQL when available):
settings, proposals, votes, decisions, kawasan roll-up and frozen agreed lists."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from workbench.db.engine import session_scope
from workbench.db.models import (
    Area,
    Assessment,
    Engagement,
    Location,
    PriorityList,
    Proposal,
    ProposalSource,
    Vote,
)
from workbench.services import harmonisation as hs
from workbench.services import priority_inputs as pi
from workbench.services.demo import create_demo_database


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url, approved=False)  # a draft, no frozen list
    yield engine
    engine.dispose()


def _loc(session, code: str) -> int:  # noqa: ANN001
    return session.scalar(sa.select(Location.id).where(Location.code == code))


def _workshop(session) -> int:  # noqa: ANN001
    return session.scalar(
        sa.select(Engagement.id).where(Engagement.type == "lokakarya").order_by(Engagement.id)
    )


def test_view_ranks_the_slum_candidates_with_sources_and_agreement(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        view = hs.harmonised_view(s)
        n_sources = s.scalar(sa.select(sa.func.count()).select_from(ProposalSource))
    assert [r.rank for r in view.rows] == list(range(1, len(view.rows) + 1))
    assert all(r.info.total >= 16 for r in view.rows)  # kumuh ringan and worse only
    assert len(view.sources) == n_sources
    assert view.sources[0].kind == "sk_kumuh"
    assert view.concordance is not None and 0 <= view.concordance.w <= 1
    assert view.ruleset.startswith("permen-14-2018")
    composites = [r.composite for r in view.rows]
    assert composites == sorted(composites, reverse=True)
    top = view.settings.top_n
    assert sum(r.stability for r in view.rows) == pytest.approx(top)


def test_a_proposal_moves_a_candidate_and_undo_puts_it_back(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        last = hs.harmonised_view(s).rows[-1]
        sid = pi.create_source(s, pi.SourceData("Usulan Dinas Kesehatan", "agency", 2026))
    target = last.info.target
    for _ in range(3):  # three new sources all put the last candidate first
        with session_scope(engine) as s:
            sid = pi.create_source(s, pi.SourceData(f"Forum {_}", "community"))
            assert pi.set_proposal(s, sid, target, pi.ProposalValue(1, None)) is None
    with session_scope(engine) as s:
        moved = next(r for r in hs.harmonised_view(s).rows if r.key == last.key)
        assert moved.rank < last.rank and moved.borda > last.borda
        assert len(moved.source_ranks) == len(last.source_ranks) + 3
        previous = pi.set_proposal(s, sid, target, None)  # remove one again
        assert previous == pi.ProposalValue(1, None)
        assert pi.get_proposal(s, sid, target) is None


def test_proposal_values_are_checked(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        sid = pi.create_source(s, pi.SourceData("RPLP Uji", "rplp"))
        loc = ("location", _loc(s, "DM101-01-001"))
        with pytest.raises(ValueError, match="whole number from 1"):
            pi.set_proposal(s, sid, loc, pi.ProposalValue(0, None))
        with pytest.raises(ValueError, match="negative"):
            pi.set_proposal(s, sid, loc, pi.ProposalValue(None, -5))
        with pytest.raises(ValueError, match="already exists"):
            pi.create_source(s, pi.SourceData("rplp uji", "rplp"))
        with pytest.raises(ValueError, match="needs a name"):
            pi.create_source(s, pi.SourceData("  ", "rplp"))


def test_points_only_proposals_rank_by_points(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        rows = hs.harmonised_view(s).rows
        sid = pi.create_source(s, pi.SourceData("Musrenbang poin", "community"))
        a, b = rows[-1].info.target, rows[-2].info.target
        pi.set_proposal(s, sid, a, pi.ProposalValue(None, 70))
        pi.set_proposal(s, sid, b, pi.ProposalValue(None, 30))
    with session_scope(engine) as s:
        by_key = {r.key: r for r in hs.harmonised_view(s).rows}
    assert by_key[rows[-1].key].source_ranks[sid] == 1
    assert by_key[rows[-2].key].source_ranks[sid] == 2


def test_delete_and_restore_a_source_with_its_proposals(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        sid = s.scalar(sa.select(ProposalSource.id).where(ProposalSource.kind == "rplp"))
        before = s.scalar(sa.select(sa.func.count()).where(Proposal.source_id == sid))
        kept = pi.delete_source(s, sid)
    with session_scope(engine) as s:
        assert s.get(ProposalSource, sid) is None
        new_id = pi.restore_source(s, kept)
    with session_scope(engine) as s:
        assert s.scalar(sa.select(sa.func.count()).where(Proposal.source_id == new_id)) == before


def test_tallies_count_floor_at_zero_and_feed_the_ranking(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        ws = _workshop(s)
        hs.save_settings(s, hs.Settings(workshop_id=ws))
        last = hs.harmonised_view(s).rows[-1]
        target = last.info.target
        assert pi.adjust_tally(s, ws, target, "support", 40) == 40
        assert pi.adjust_tally(s, ws, target, "object", -3) == 0
        assert pi.get_tally(s, ws, target, "object") == 0
    with session_scope(engine) as s:
        row = next(r for r in hs.harmonised_view(s).rows if r.key == last.key)
        assert row.support == last.support + 40
        assert row.criteria["votes"] == pytest.approx(1.0)  # now the most supported
        pi.set_tally(s, ws, target, "support", 0)
        assert (
            s.scalar(
                sa.select(sa.func.count()).where(
                    Vote.location_id == target[1], Vote.group_label == pi.SHOW_OF_HANDS
                )
            )
            == 0
        )


def test_a_counted_hand_re_ranked_in_memory_equals_the_full_computation(engine) -> None:  # noqa: ANN001
    """Issue 16: the projection's + re-ranks the candidates without reading the database;
    the ranking must be exactly the one computed from the stored tallies."""
    with session_scope(engine) as s:
        ws = _workshop(s)
        hs.save_settings(s, hs.Settings(workshop_id=ws))
        view = hs.harmonised_view(s)
        last = view.rows[-1]
        quick = hs.retallied(view, last.key, "support", 25)
        quick = hs.retallied(quick, view.rows[0].key, "object", 4)
        pi.adjust_tally(s, ws, last.info.target, "support", 25)
        pi.adjust_tally(s, ws, view.rows[0].info.target, "object", 4)
    with session_scope(engine) as s:
        full = hs.harmonised_view(s)
    assert [r.key for r in quick.rows] == [r.key for r in full.rows]
    for a, b in zip(quick.rows, full.rows, strict=True):
        assert (a.rank, a.support, a.object, a.borda_rank) == (
            b.rank,
            b.support,
            b.object,
            b.borda_rank,
        )
        assert a.composite == pytest.approx(b.composite)
        assert a.criteria == pytest.approx(b.criteria)
    assert quick.concordance == full.concordance


def test_points_budget_is_enforced(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        ws = _workshop(s)
        rows = hs.harmonised_view(s).rows
        a, b = rows[0].info.target, rows[1].info.target
        pi.set_points(s, ws, a, 60, budget=100, group="Kelompok BKM/LKM")
        with pytest.raises(ValueError, match="has 40 of 100 points left"):
            pi.set_points(s, ws, b, 50, budget=100, group="Kelompok BKM/LKM")
        pi.set_points(s, ws, b, 40, budget=100, group="Kelompok BKM/LKM")
        assert pi.set_points(s, ws, a, 30, budget=100, group="Kelompok BKM/LKM") == 60
        view = hs.harmonised_view(s, hs.Settings(workshop_id=ws))
        assert {r.key: r.points for r in view.rows}[rows[1].key] == 40


def test_decisions_set_change_and_clear(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        demo = hs.working_decisions(s)
        assert {d.status for d in demo.values()} == {"agreed", "contested", "deferred"}
        target = next(r for r in hs.harmonised_view(s).rows if r.decision is None).info.target
        ws = _workshop(s)
        assert hs.set_decision(s, target, hs.Decision("agreed", "sepakat", ws)) is None
        assert hs.set_decision(s, target, hs.Decision("contested")) == hs.Decision(
            "agreed", "sepakat", ws
        )
        with pytest.raises(ValueError, match="agreed, contested or deferred"):
            hs.set_decision(s, target, hs.Decision("maybe"))
        assert hs.working_decisions(s)[f"L{target[1]}"].status == "contested"
        hs.set_decision(s, target, None)
        assert hs.working_decisions(s) == demo


def test_kawasan_level_rolls_rt_inputs_up(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        rt = hs.harmonised_view(s)
        kaw = hs.harmonised_view(s, hs.Settings(level="kawasan"))
        area_of = dict(s.execute(sa.select(Location.id, Location.area_id)).all())
        names = dict(s.execute(sa.select(Area.id, Area.name)).all())
    assert kaw.rows and all(r.info.target[0] == "area" for r in kaw.rows)
    assert all(r.info.rt_units >= 1 for r in kaw.rows)
    for k in kaw.rows:
        aid = k.info.target[1]
        members = [r for r in rt.rows if area_of[r.info.target[1]] == aid]
        # slum RTs' support adds up (the kawasan may hold non-slum RTs with votes too)
        assert k.support >= sum(r.support for r in members)
        for sid, rank in k.source_ranks.items():
            ranked = [r.source_ranks[sid] for r in members if sid in r.source_ranks]
            if ranked:  # best rank the source gave any of the kawasan's slum RTs
                assert rank <= min(ranked)
        assert k.info.name == names[aid]


def test_settings_round_trip_and_are_checked(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        new = hs.Settings(
            level="kawasan",
            weights={"kumuh": 1, "other": 0, "proposals": 2, "votes": 0},
            top_n=3,
            spread_pct=35,
            draws=200,
            seed=5,
        )
        assert hs.save_settings(s, new) == hs.Settings()
    with session_scope(engine) as s:
        assert hs.get_settings(s) == new
        with pytest.raises(ValueError, match="at least one weight"):
            hs.save_settings(
                s, hs.Settings(weights={"kumuh": 0, "other": 0, "proposals": 0, "votes": 0})
            )
        with pytest.raises(ValueError, match="0–100 %"):
            hs.save_settings(s, hs.Settings(spread_pct=150))


def test_freeze_keeps_its_record_when_inputs_change(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        for key in hs.working_decisions(s):  # start from a clean slate
            hs.set_decision(s, ("location", int(key[1:])), None)
        with pytest.raises(ValueError, match="No location is marked agreed"):
            hs.freeze(s, "Daftar kosong", None)
        view = hs.harmonised_view(s)
        ws = _workshop(s)
        for r in view.rows[:3]:
            hs.set_decision(s, r.info.target, hs.Decision("agreed", "", ws))
        hs.set_decision(s, view.rows[3].info.target, hs.Decision("contested", "lahan sengketa"))
        list_id = hs.freeze(s, "Prioritas 2026", ws)
    with session_scope(engine) as s:
        before = hs.frozen_list(s, list_id)
        assert before.intact
        assert [e.code for e in before.entries if e.status == "agreed"] == [
            r.info.code for r in view.rows[:3]
        ]
        assert len(before.summary.fingerprint) == 64
        with pytest.raises(ValueError, match="already exists"):
            hs.freeze(s, "Prioritas 2026", ws)
    # now change everything the list was made from
    with session_scope(engine) as s:
        target = view.rows[0].info.target
        hs.set_decision(s, target, hs.Decision("deferred"))
        pi.adjust_tally(s, ws, view.rows[-1].info.target, "support", 500)
        src = pi.create_source(s, pi.SourceData("Usulan baru", "other"))
        pi.set_proposal(s, src, view.rows[-1].info.target, pi.ProposalValue(1, None))
        hs.save_settings(
            s, hs.Settings(weights={"kumuh": 0, "other": 0, "proposals": 0, "votes": 1})
        )
        assert hs.harmonised_view(s).rows[0].key == view.rows[-1].key
    with session_scope(engine) as s:
        after = hs.frozen_list(s, list_id)
        assert after.intact
        assert after.entries == before.entries
        assert after.settings == before.settings and after.inputs == before.inputs
        assert hs.frozen_lists(s)[0].agreed == 3
        # tampering with the stored record breaks the seal
        plist = s.get(PriorityList, list_id)
        inputs = json.loads(plist.inputs_json)
        inputs["candidates"][0]["total"] += 1
        plist.inputs_json = json.dumps(inputs)
    with session_scope(engine) as s:
        assert not hs.frozen_list(s, list_id).intact
        hs.unfreeze(s, list_id)
    with session_scope(engine) as s:
        assert hs.frozen_lists(s) == []
        with pytest.raises(ValueError, match="No agreed list"):
            hs.frozen_list(s)


def test_priorities_table_has_one_row_per_candidate_and_source_columns(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        view = hs.harmonised_view(s)
    table = hs.priorities_table(view)
    assert len(table) == len(view.rows)
    assert table["peringkat"].tolist() == list(range(1, len(view.rows) + 1))
    assert {
        "kode_lokasi",
        "skor_komposit",
        "poin_borda",
        "sebaran_peringkat",
        "setuju",
        "menolak",
        "keputusan",
        "stabilitas_top10_pct",
    } <= set(table.columns)
    sk = next(s for s in view.sources if s.kind == "sk_kumuh")
    assert table[f"usulan: {sk.name}"].notna().sum() == sum(
        1 for r in view.rows if sk.id in r.source_ranks
    )
    assert set(table["tingkat"]) <= {"kumuh berat", "kumuh sedang", "kumuh ringan"}
    assert table["kewenangan"].tolist() == [r.info.authority for r in view.rows]
    assert all(table["kewenangan"].str.startswith("Pemerintah"))


def _latest(session, location_id: int) -> int:  # noqa: ANN001
    return session.scalar(
        sa.select(Assessment.id)
        .where(Assessment.location_id == location_id)
        .order_by(Assessment.year.desc())
    )


def _set_volumes(session, location_id: int, value: float) -> None:  # noqa: ANN001
    from workbench.domain.rules import get_ruleset
    from workbench.services.scores import set_assessment_value

    aid = _latest(session, location_id)
    rules = get_ruleset(session.get(Assessment, aid).ruleset_id)
    for code in rules.codes:
        set_assessment_value(session, aid, f"vol_{code}", value)


@pytest.mark.parametrize("level", ["rt", "kawasan"])
def test_a_rescored_view_is_the_view_read_again(engine, level: str) -> None:  # noqa: ANN001
    """After an assessment changes, re-scoring only its candidate gives the same ranking
    (with sensitivity draws and decisions) as reading and scoring every RT unit again:
    a candidate whose score falls out of slum leaves, one that becomes slum enters."""
    with session_scope(engine) as s:
        settings = hs.Settings(level=level)
        hs.save_settings(s, settings)
        before = hs.harmonised_view(s)
        listed = {r.info.target[1] for r in before.rows} if level == "rt" else set()
        all_rt = list(s.scalars(sa.select(Location.id).order_by(Location.id)))
        if level == "rt":
            leaving = before.rows[0].info.target[1]
            entering = next(i for i in all_rt if i not in listed and _latest(s, i) is not None)
        else:
            area = before.rows[0].info.target[1]
            leaving = s.scalar(sa.select(Location.id).where(Location.area_id == area))
            entering = next(
                i
                for i in all_rt
                if s.get(Location, i).area_id not in {r.info.target[1] for r in before.rows}
                and s.get(Location, i).area_id is not None
                and _latest(s, i) is not None
            )
        _set_volumes(s, leaving, 0.0)
        _set_volumes(s, entering, 1e6)
        s.flush()
        fresh = hs.harmonised_view(s)
        assert fresh != before  # the change moved the ranking
        narrow = hs.rescored(s, before, [leaving, entering])
        assert narrow == fresh
        keys = {r.key for r in narrow.rows}
        if level == "rt":
            assert f"L{leaving}" not in keys and f"L{entering}" in keys
        # nothing changed at the RT units named: the view as it was
        s.rollback()
    with session_scope(engine) as s:
        again = hs.harmonised_view(s)
        assert hs.rescored(s, again, [all_rt[0]]) == again


def _latest_of(session, kawasan: str) -> list[Assessment]:  # noqa: ANN001
    """The latest assessment of each RT unit of ``kawasan``."""
    out = []
    locs = session.scalars(
        sa.select(Location).join(Area, Location.area_id == Area.id).where(Area.name == kawasan)
    ).all()
    for loc in locs:
        out.append(
            session.scalars(
                sa.select(Assessment)
                .where(Assessment.location_id == loc.id)
                .order_by(Assessment.year.desc())
            ).first()
        )
    return out


@pytest.mark.parametrize(
    ("area_ha", "who"),
    [
        (9.99, "Pemerintah Kabupaten/Kota"),
        (10.0, "Pemerintah Provinsi"),
        (14.99, "Pemerintah Provinsi"),
        (15.0, "Pemerintah Pusat"),
    ],
)
def test_kewenangan_follows_the_area_of_the_kawasan(engine, area_ha: float, who: str) -> None:  # noqa: ANN001
    """Every RT unit of a kawasan is handled by whoever handles the kawasan, decided by the
    kawasan's area (the sum of its RT units' verified areas), at RT and kawasan level."""
    with session_scope(engine) as s:
        cands, _ = hs.candidates(s, "rt")
        kawasan = next(c.area for c in cands if c.area)
        rows = _latest_of(s, kawasan)
        for a in rows:
            a.luas_ha = area_ha / len(rows)
    with session_scope(engine) as s:
        rt = [c for c in hs.candidates(s, "rt")[0] if c.area == kawasan]
        whole = [c for c in hs.candidates(s, "kawasan")[0] if c.code == kawasan]
    assert rt and {c.authority for c in rt} == {who}
    assert [c.authority for c in whole] in ([who], [])  # the kawasan itself, when slum


def test_kewenangan_outside_any_kawasan_is_by_the_village_s_slum_part(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        loose = [c for c in hs.candidates(s, "rt")[0] if not c.area]
        assert loose, "the demo has slum RT units outside any kawasan"
        village = loose[0].village
        mine = [c for c in loose if c.village == village]
        part = sum(c.area_ha for c in mine)
        expected = (
            "Pemerintah Kabupaten/Kota"
            if part < 10
            else ("Pemerintah Provinsi" if part < 15 else "Pemerintah Pusat")
        )
        assert {c.authority for c in mine} == {expected}
        # grow one of them to 15 ha: the whole slum part of the village is now the centre's
        loc = s.scalar(sa.select(Location).where(Location.code == mine[0].code))
        latest = s.scalars(
            sa.select(Assessment)
            .where(Assessment.location_id == loc.id)
            .order_by(Assessment.year.desc())
        ).first()
        latest.luas_ha = 15.0
    with session_scope(engine) as s:
        again = [c for c in hs.candidates(s, "rt")[0] if not c.area and c.village == village]
    assert mine[0].code in {c.code for c in again}
    assert {c.authority for c in again} == {"Pemerintah Pusat"}
