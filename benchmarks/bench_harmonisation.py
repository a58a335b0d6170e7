"""Harmonisation benchmark: the consensus maths at realistic and national scale, and the
service that feeds the tab and the projection view.

    uv run python benchmarks/bench_harmonisation.py

The issue's bar: recomputing a 2,000-candidate ranking with 1,000 sensitivity draws stays
under a second. Also measured: a province (50,000 RT candidates, 1,000 draws, computed in
blocks to bound memory) and the full service path (harmonised_view) on a 2,000-RT database.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import timed  # noqa: E402


def _inputs(n: int, sources: int, per_source: int, seed: int = 1):  # noqa: ANN202
    from workbench.domain.consensus import Candidate, Inputs, Tally

    rng = random.Random(seed)
    cands = [
        Candidate(
            f"k{i}",
            f"RT{i:06d}",
            rng.randint(16, 80),
            rng.choice(["tinggi", "sedang", "rendah"]),
            rng.random() * 8,
        )
        for i in range(n)
    ]
    rankings = {
        f"S{s}": {f"k{i}": j + 1 for j, i in enumerate(rng.sample(range(n), min(n, per_source)))}
        for s in range(sources)
    }
    votes = {f"k{i}": Tally(rng.randint(0, 30), rng.randint(0, 8)) for i in range(0, n, 3)}
    return Inputs(cands, rankings, votes)


def main() -> int:
    from workbench.domain.consensus import DEFAULT_WEIGHTS, harmonise, sensitivity

    for n, sources, per_source in ((2_000, 25, 300), (50_000, 60, 2_000)):
        inputs = _inputs(n, sources, per_source)
        label = f"{n:,} candidates, {sources} sources"
        timed(f"harmonise: {label}", lambda i=inputs: harmonise(i, DEFAULT_WEIGHTS))
        timed(
            f"sensitivity 1,000 draws: {label}",
            lambda i=inputs: sensitivity(i, DEFAULT_WEIGHTS, 50, 0.2, 1000, seed=7),
        )

    from sqlalchemy import select

    from workbench.db.engine import session_scope
    from workbench.db.models import Location, Proposal, ProposalSource
    from workbench.services.demo import create_demo_database
    from workbench.services.harmonisation import harmonised_view

    with tempfile.TemporaryDirectory() as tmp:
        engine = timed(
            "demo database with 2,000 RT units",
            lambda: create_demo_database(Path(tmp) / "h.sqlite", n_locations=2_000),
        )
        rng = random.Random(3)
        with engine.begin() as conn:
            locs = [i for (i,) in conn.execute(select(Location.id))]
            for s in range(20):
                sid = conn.execute(
                    ProposalSource.__table__.insert().values(name=f"Forum {s}", kind="community")
                ).inserted_primary_key[0]
                conn.execute(
                    Proposal.__table__.insert(),
                    [
                        dict(source_id=sid, location_id=lid, rank=j + 1)
                        for j, lid in enumerate(rng.sample(locs, 200))
                    ],
                )

        def view() -> int:
            with session_scope(engine) as session:
                return len(harmonised_view(session).rows)

        n = timed("harmonised_view (worker side of the tab)", view)
        print(f"  ({n:,} slum candidates ranked, 1,000 sensitivity draws)")
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
