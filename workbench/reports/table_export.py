"""Write a table (headers + raw values) to .xlsx, or to .csv the way Indonesian Excel reads it
(semicolon separator, decimal comma, UTF-8 with BOM)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd


def _cell(value: Any) -> Any:
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value)
    return value


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                sheet: str = "Tabel") -> Path:
    frame = pd.DataFrame([[_cell(v) for v in row] for row in rows], columns=list(headers))
    path = Path(path)
    suffix = path.suffix.lower()
    tmp = path.with_name(path.name + ".partial" + suffix)
    if suffix == ".xlsx":
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            frame.to_excel(writer, sheet_name=sheet[:31] or "Tabel", index=False)
    elif suffix == ".csv":
        frame.to_csv(tmp, sep=";", decimal=",", index=False, encoding="utf-8-sig")
    else:
        raise ValueError(f"{path.name}: choose a .xlsx or .csv file name")
    tmp.replace(path)
    return path
