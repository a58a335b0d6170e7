"""Registry benchmark: 5,000 stakeholders and 50,000 attendance records.

    uv run python benchmarks/bench_registry.py

Measures what the Pemangku Kepentingan tab does: the worker-side load (registry, engagement
log, coverage grid), preparing the table, the GUI-side swap, and the duplicate-name check that
runs as the user types a name; then `import stakeholders` of 5,000 rows from .xlsx.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import in_unit as _in_unit  # noqa: E402
from _timing import timed  # noqa: E402


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import select

    from workbench.db.engine import session_scope
    from workbench.db.models import Attendance, Engagement, EngagementVillage, Stakeholder, Village
    from workbench.services import collaboration as svc
    from workbench.services.collaboration import list_stakeholders
    from workbench.services.demo import create_demo_database

    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_demo_database(Path(tmp) / "reg.sqlite")
        with engine.begin() as conn:
            villages = [v for (v,) in conn.execute(select(Village.id))]
            cats = ["bkm_lkm", "ksm_pokmas", "village_gov", "private_csr", "ngo", "other"]
            conn.execute(
                Stakeholder.__table__.insert(),
                [
                    dict(
                        name=f"Kelompok Masyarakat {i:05d} {rng.choice(['Maju', 'Sejahtera'])}",
                        short_name=f"KM{i}",
                        is_person=False,
                        category=rng.choice(cats),
                        gov_level="non_gov",
                        planning_role="pelaksana",
                        contact_person="",
                        phone="",
                        email="",
                        address="",
                        pokja_member=False,
                        pokja_sk_number="",
                        pokja_position="",
                        influence=rng.randint(1, 5),
                        interest=rng.randint(1, 5),
                        archived=False,
                        notes="",
                    )
                    for i in range(5000 - 62)
                ],
            )
            people = [s for (s,) in conn.execute(select(Stakeholder.id))]
            start = date(2024, 1, 1)
            first_new = (
                conn.execute(select(Engagement.id).order_by(Engagement.id.desc())).scalar() or 0
            ) + 1
            conn.execute(
                Engagement.__table__.insert(),
                [
                    dict(
                        date=start + timedelta(days=i % 700),
                        title=f"Kegiatan {i}",
                        type="sosialisasi",
                        stage=rng.choice(["dialogue", "trust", "commitment"]),
                        place="",
                        outcomes="",
                        decisions="",
                        minutes_path="",
                    )
                    for i in range(2000)
                ],
            )
            events = [
                e for (e,) in conn.execute(select(Engagement.id).where(Engagement.id >= first_new))
            ]
            conn.execute(
                EngagementVillage.__table__.insert(),
                [dict(engagement_id=e, village_id=rng.choice(villages)) for e in events],
            )
            pairs: set[tuple[int, int]] = set()
            while len(pairs) < 50_000:
                pairs.add((rng.choice(events), rng.choice(people)))
            conn.execute(
                Attendance.__table__.insert(),
                [
                    dict(engagement_id=e, stakeholder_id=s, person_name="", present=True)
                    for e, s in pairs
                ],
            )
        print("5,000 stakeholders, 2,000 engagements, 50,000+ attendance records")

        def load():  # noqa: ANN202
            with session_scope(engine) as s:
                return (
                    list_stakeholders(s, include_archived=True),
                    svc.list_engagements(s),
                    svc.coverage_view(s),
                )

        rows, _events, _coverage = timed("load registry + engagements + coverage (worker)", load)
        from PySide6.QtWidgets import QApplication

        from workbench.ui.models import prepare
        from workbench.ui.tabs.stakeholders import StakeholdersTab

        QApplication.instance() or QApplication([])
        tab = StakeholdersTab()
        prepared = timed("prepare the table (worker)", lambda: prepare(tab.columns(), rows))
        timed("swap rows into the table (GUI)", lambda: tab.model.set_prepared(prepared))
        with session_scope(engine) as s:
            svc.duplicates_of(s, "warm the normalisation cache")
            timed(
                "duplicate check of a new name (GUI, after typing pauses)",
                lambda: svc.duplicates_of(s, "Yayasan Peduli Kali Bersih"),
            )
            timed(
                "duplicate check, worst case: 2,400 near-identical names",
                lambda: svc.duplicates_of(s, "Kelompok Masyarakat 01234 Maj"),
            )
        engine.dispose()
        import_figures(Path(tmp))
    return 0


def import_figures(tmp: Path) -> None:
    """`import stakeholders` of 5,000 new rows (an .xlsx as a district keeps its list) into
    the demo district, and of 5,000 engagements with their attendees, each against pandas
    reading the same file (issue #17's budget: ≤ 5 s and ≤ 3×)."""
    import pandas as pd

    from workbench.services.demo import create_demo_database
    from workbench.services.registry_io import (
        export_engagements,
        export_stakeholders,
        import_engagements,
        import_stakeholders,
    )

    engine = create_demo_database(tmp / "import.sqlite")
    people = _in_unit(engine, export_stakeholders)
    rows = [
        {**people.iloc[i % len(people)].to_dict(), "nama": f"Kelompok Warga {i:05d}"}
        for i in range(5000)
    ]
    path = tmp / "pemangku-5000.xlsx"
    pd.DataFrame(rows).to_excel(path, index=False)
    timed("pandas read_excel of the same file (the floor)", lambda: pd.read_excel(path))
    count = timed(
        "import stakeholders: 5,000 new rows (.xlsx), all or nothing",
        lambda: _in_unit(engine, import_stakeholders, path),
    )
    assert count.added == 5000
    events = _in_unit(engine, export_engagements)
    names = people["nama"].tolist()
    rows = [
        {
            **events.iloc[i % len(events)].to_dict(),
            "judul": f"Rembuk Warga {i:05d}",
            "hadir": "|".join(names[(i + k) % len(names)] for k in range(4)),
        }
        for i in range(5000)
    ]
    path = tmp / "kegiatan-5000.xlsx"
    pd.DataFrame(rows).to_excel(path, index=False)
    timed("pandas read_excel of the same file (the floor)", lambda: pd.read_excel(path))
    count = timed(
        "import engagements: 5,000 new rows with 20,000 attendees (.xlsx), all or nothing",
        lambda: _in_unit(engine, import_engagements, path),
    )
    assert count.added == 5000
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
