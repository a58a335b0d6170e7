"""One limit for text on both engines: the length a column of the model declares.

PostgreSQL refuses a value longer than ``String(N)``; SQLite stores it. So that both refuse
the same files and edits the same way, and with the spreadsheet row number, an import checks
its text columns against the model here (the lengths are read from the model, never written
twice), and every flush checks the rest (``db.guards``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from workbench.db.models import (
    ActivityType,
    Area,
    Engagement,
    FundingSource,
    Location,
    Stakeholder,
    Subdistrict,
    Village,
)
from workbench.domain.baseline import Issue

# file column -> the model attribute it is stored in (or looked up by, for names)
BASELINE_TEXT = {
    "kode_lokasi": Location.code,
    "nama_lokasi": Location.name,
    "rw": Location.rw,
    "rt": Location.rt,
    "kelurahan": Village.name,
    "kecamatan": Subdistrict.name,
    "kawasan": Area.name,
}
STAKEHOLDER_TEXT = {
    "nama": Stakeholder.name,
    "singkatan": Stakeholder.short_name,
    "narahubung": Stakeholder.contact_person,
    "telepon": Stakeholder.phone,
    "email": Stakeholder.email,
    "sk_pokja": Stakeholder.pokja_sk_number,
    "jabatan_pokja": Stakeholder.pokja_position,
}
ENGAGEMENT_TEXT = {
    "judul": Engagement.title,
    "tempat": Engagement.place,
}
PROGRAMME_TEXT = {
    "kode_lokasi": Location.code,
    "kawasan": Area.name,
    "kegiatan": ActivityType.name,
    "sumber_dana": FundingSource.name,
}


def length_of(attribute: Any) -> int | None:
    """The declared length of a mapped String column (None for Text)."""
    column = attribute.property.columns[0]
    return getattr(column.type, "length", None)


def check_lengths(
    frame: pd.DataFrame, rows: list[int], spec: Mapping[str, Any], limit: int = 200
) -> list[Issue]:
    """An error for each cell longer than its column may be, naming row, column and the
    length; at most ``limit`` issues (a file of nothing but long names says so soon)."""
    issues: list[Issue] = []
    for col, attribute in spec.items():
        if col not in frame:
            continue
        most = length_of(attribute)
        if most is None:
            continue
        series = frame[col]
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue
        text = series.astype("string").str.strip()
        lengths = text.str.len().fillna(0).to_numpy()
        for i in np.flatnonzero(lengths > most)[: limit - len(issues)]:
            value = str(text.iat[i])
            issues.append(
                Issue.of(
                    "error",
                    "text_too_long",
                    rows[i],
                    col,
                    value[:40] + "…",
                    length=int(lengths[i]),
                    most=most,
                )
            )
        if len(issues) >= limit:
            break
    return issues
