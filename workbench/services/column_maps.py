"""Saved column mappings: which of a district's own headers holds which column, kept by name
in the user's data folder (``mappings/NAME.toml``) or in any TOML file, so that a workbook
mapped once in the window imports the same way next time, and on the command line
(``--map NAME_OR_FILE.toml``).

The file says ``target = "their header"`` for each column, and for a workbook ``sheet =
"…"`` (and ``join = "…"``, the key column of a second sheet)::

    # mapping "Baseline Kota Pekalongan 2024"
    sheet = "Data RT"
    kode_lokasi = "ID RT"
    luas_ha = "Luas Permukiman"
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from workbench.domain.columns import ColumnMap
from workbench.services.baseline_io import InputFileError
from workbench.services.files import replacing
from workbench.services.paths import data_dir

SPECIAL = ("sheet", "join")
NAME = re.compile(r"^[\w][\w .,()-]{0,79}$")


def maps_dir() -> Path:
    return data_dir() / "mappings"


def saved_maps() -> list[str]:
    """The names of the mappings saved in the user's data folder."""
    folder = maps_dir()
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def _file_of(name: str) -> Path:
    if not NAME.match(name) or name.strip() != name:
        raise InputFileError(
            f"'{name}': a mapping's name may have letters, digits, spaces and . , ( ) - _ "
            "(at most 80 characters)"
        )
    return maps_dir() / f"{name}.toml"


def load_column_map(name_or_file: str | Path) -> ColumnMap:
    """A mapping from a TOML file, or saved under this name."""
    path = Path(name_or_file)
    if not (path.suffix.lower() == ".toml" and path.exists()):
        if path.suffix.lower() == ".toml" and (path.parent != Path(".") or path.is_absolute()):
            raise InputFileError(f"{path}: no such mapping file")
        saved = _file_of(str(name_or_file).removesuffix(".toml"))
        if not saved.exists():
            known = ", ".join(saved_maps()) or "none yet"
            raise InputFileError(
                f"no mapping named '{name_or_file}' (saved mappings: {known}; or give a "
                ".toml file's path)"
            )
        path = saved
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{path.name}: cannot read the mapping ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputFileError(
            f"{path.name}: not a valid mapping ({exc}); each line is "
            'column = "their header", e.g. kode_lokasi = "Kode RT"'
        ) from exc
    sheets = data.get("sheet")
    more: tuple[str, ...] = ()
    if isinstance(sheets, list):  # sheet = ["Data Dasar", "Volume"]: joined on `join`
        if not sheets or not all(isinstance(v, str) and v.strip() for v in sheets):
            raise InputFileError(
                f"{path.name}: sheet: expected a sheet name, or a list of them, e.g. sheet = "
                '["Data Dasar", "Volume"]'
            )
        data["sheet"], more = sheets[0], tuple(sheets[1:])
    bad = [k for k, v in data.items() if not isinstance(v, str) or not v.strip()]
    if bad:
        raise InputFileError(
            f'{path.name}: {", ".join(bad)}: expected a header in quotes, e.g. {bad[0]} = "Kode RT"'
        )
    columns = {k: v for k, v in data.items() if k not in SPECIAL}
    return ColumnMap(columns, data.get("sheet"), data.get("join"), path.stem, more)


def save_column_map(name: str, column_map: ColumnMap) -> Path:
    """Save (or replace) the mapping under ``name``; written whole or not at all."""
    path = _file_of(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# PKP Workbench column mapping '{name}': column = \"the file's header\""]
    sheets = [s for s in (column_map.sheet, *column_map.more_sheets) if s]
    if sheets:
        value = sheets[0] if len(sheets) == 1 else sheets
        lines.append(f"sheet = {json.dumps(value, ensure_ascii=False)}")
    if column_map.join:
        lines.append(f"join = {json.dumps(column_map.join, ensure_ascii=False)}")
    for target, theirs in column_map.columns.items():
        lines.append(f"{target} = {json.dumps(theirs, ensure_ascii=False)}")
    with replacing(path) as tmp:
        Path(tmp).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
