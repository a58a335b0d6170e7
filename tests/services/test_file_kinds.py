"""A file dropped on the main window opens the import window of its kind: the kind is
read from the file's headers, the district's own included."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.services.test_column_maps import BASELINE_HEADERS, EVENT_HEADERS, PEOPLE_HEADERS
from tests.units import unit
from workbench.domain.demo import generate_baseline
from workbench.services.baseline_template import write_empty_template
from workbench.services.file_kinds import kind_of
from workbench.services.programme_io import export_programme
from workbench.services.registry_io import export_engagements, export_stakeholders
from workbench.services.workspace import open_database


def test_each_kind_is_known_by_its_headers_even_the_district_s_own(
    demo_sqlite: Path, workdir: Path
) -> None:
    engine = open_database(demo_sqlite, demo_if_new=False).engine
    people, events = unit(export_stakeholders, engine), unit(export_engagements, engine)
    programme = unit(export_programme, engine)
    engine.dispose()
    people.rename(columns=PEOPLE_HEADERS).to_excel(workdir / "lembaga.xlsx", index=False)
    events.rename(columns=EVENT_HEADERS).to_csv(
        workdir / "kegiatan.csv", index=False, sep=";", encoding="utf-8-sig"
    )
    programme.to_excel(workdir / "program.xlsx", index=False)
    write_empty_template(workdir / "template.xlsx")
    baseline = generate_baseline(12, (2025,), seed=3).rename(columns=BASELINE_HEADERS)
    # the data on a second sheet, under a title row: the kind is still found
    with pd.ExcelWriter(workdir / "data rt.xlsx") as book:
        pd.DataFrame({"Petunjuk": ["Isi lembar berikut"]}).to_excel(
            book, sheet_name="Sampul", index=False
        )
        baseline.to_excel(book, sheet_name="Data RT", index=False, startrow=1)
    expected = {
        "lembaga.xlsx": "stakeholders",
        "kegiatan.csv": "engagements",
        "program.xlsx": "programme",
        "template.xlsx": "baseline",
        "data rt.xlsx": "baseline",
    }
    for name, kind in expected.items():
        guess = kind_of(workdir / name)
        assert guess.kind == kind, (name, guess.scores[:2])
        assert guess.scores[0].share == 1.0


def test_a_file_of_no_kind_is_not_guessed(workdir: Path) -> None:
    pd.DataFrame({"Nomor": [1, 2], "Uraian": ["a", "b"], "Jumlah": [3, 4]}).to_csv(
        workdir / "lain.csv", index=False
    )
    guess = kind_of(workdir / "lain.csv")
    assert guess.kind is None and guess.scores[0].share < 0.6
    # a list of names alone is half a stakeholder file: not enough to say so
    pd.DataFrame({"Nama": ["BKM Maju"], "Alamat": ["Jl. Mawar"]}).to_csv(
        workdir / "nama.csv", index=False
    )
    names = kind_of(workdir / "nama.csv")
    assert names.scores[0].kind == "stakeholders" and names.scores[0].share == 0.5
    assert names.kind is None


def test_a_map_file_is_known_by_its_format(workdir: Path) -> None:
    for name in ("rt.kmz", "batas.geojson", "rt.shp", "rt.zip", "peta.gpkg"):
        assert kind_of(workdir / name).kind == "geometry"  # not opened: the import reads it
