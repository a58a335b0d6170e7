"""Import and export of the stakeholder registry and the engagement log (.csv or .xlsx).

Stakeholders: one row per stakeholder. ``nama`` and ``kategori`` are required; lists (the
villages covered) are separated by ``|``. Engagements: one row per engagement, with the
villages concerned and the attendees (present, or invited but absent) as ``|`` lists of
registered names. Imports are all or nothing and report every error by row and column."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Area,
    Attendance,
    Coverage,
    Engagement,
    EngagementVillage,
    Stakeholder,
    Subdistrict,
    Village,
)
from workbench.db.models.stakeholders import (
    COLLAB_STAGES,
    ENGAGEMENT_TYPES,
    GOV_LEVELS,
    PLANNING_ROLES,
    STAKEHOLDER_CATEGORIES,
)
from workbench.domain.baseline import Issue
from workbench.domain.collaboration import normalise_name
from workbench.domain.collation import name_key
from workbench.domain.columns import ENGAGEMENTS, STAKEHOLDERS, ColumnMap
from workbench.domain.scoring import NO_WORDS, YES_WORDS
from workbench.services.baseline import BaselineError
from workbench.services.baseline_io import read_columns
from workbench.services.baseline_io import text_column as _text
from workbench.services.collaboration import (
    EngagementData,
    StakeholderData,
    create_engagement,
    create_stakeholders,
    engagement_data,
    set_archived,
    stakeholder_data,
    update_engagement,
    update_stakeholder,
)
from workbench.services.locks import serialize_imports
from workbench.services.text_limits import ENGAGEMENT_TEXT, STAKEHOLDER_TEXT, check_lengths

STAKEHOLDER_COLUMNS = (
    "nama",
    "singkatan",
    "perorangan",
    "kategori",
    "tingkat",
    "peran",
    "narahubung",
    "telepon",
    "email",
    "alamat",
    "anggota_pokja",
    "sk_pokja",
    "jabatan_pokja",
    "pengaruh",
    "kepentingan",
    "kelurahan",
    "kawasan",
    "catatan",
    "diarsipkan",
)
ENGAGEMENT_COLUMNS = (
    "tanggal",
    "judul",
    "jenis",
    "tahap",
    "tempat",
    "kelurahan",
    "hadir",
    "diundang_tidak_hadir",
    "hasil",
    "keputusan",
    "berita_acara",
)
SEP = "|"


def _split(text: str) -> list[str]:
    return [p.strip() for p in str(text).split(SEP) if p.strip()]


def _villages(session) -> dict[str, int]:  # noqa: ANN001
    """Lookup of 'name' (when unique) and 'name/kecamatan' -> village id, case-insensitive."""
    rows = session.execute(
        select(Village.id, Village.name, Subdistrict.name).join(Subdistrict)
    ).all()
    counts: dict[str, int] = {}
    for _vid, name, _kec in rows:
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    lookup = {}
    for vid, name, kec in rows:
        lookup[f"{name}/{kec}".lower()] = vid
        lookup[f"{name}/{kec.replace('Kecamatan ', '')}".lower()] = vid
        if counts[name.lower()] == 1:
            lookup[name.lower()] = vid
    return lookup


def _choice(
    value: str, allowed: tuple[str, ...], labels: dict[str, str] | None = None
) -> str | None:
    key = value.strip().lower().replace(" ", "_")
    if key in allowed:
        return key
    for k, text in (labels or {}).items():
        if value.strip().lower() == text.lower():
            return k
    return None


CATEGORY_WORDS = {
    "pokja": "anggota pokja pkp",
    "agency": "instansi pemerintah",
    "bkm_lkm": "bkm/lkm",
    "village_gov": "pemerintah desa/kelurahan",
    "ksm_pokmas": "ksm/pokmas",
    "facilitator": "fasilitator",
    "private_csr": "swasta/csr",
    "university": "perguruan tinggi",
    "ngo": "lsm",
    "dprd": "dprd",
    "other": "lainnya",
}


@dataclass(frozen=True)
class ImportCount:
    added: int
    updated: int
    unchanged: int
    notices: tuple[Issue, ...] = ()  # how the file was read (its headers, its sheet)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def _cells(frame: pd.DataFrame) -> Callable[[str, int], str]:
    """``cell(column, i)``: the text of a file cell, each column made text once (a column
    made again for every cell took a 1,000-row import 10 s, growing with the rows' square)."""
    columns: dict[str, list[str]] = {}

    def cell(column: str, i: int) -> str:
        values = columns.get(column)
        if values is None:
            values = columns[column] = _text(frame, column).tolist()
        return values[i]

    return cell


def import_stakeholders(
    session: Session, path: Path, user: str = "", column_map: ColumnMap | None = None
) -> ImportCount:
    """Add new stakeholders and update registered ones (matched by name after normalising),
    all rows or none (a refusal raises; the caller's unit of work then rolls back whole): an
    exported registry, edited in Excel, can be imported back."""
    raw = read_columns(path, STAKEHOLDERS, column_map, all_text=True)
    frame = raw.frame
    cell = _cells(frame)
    rows = raw.row_numbers
    issues: list[Issue] = []
    if "nama" not in frame or "kategori" not in frame:
        for col in ("nama", "kategori"):
            if col not in frame:
                issues.append(Issue.of("error", "missing_column", 1, col))
        raise BaselineError(raw.source, issues)
    issues += check_lengths(frame, rows, STAKEHOLDER_TEXT)
    serialize_imports(session, "stakeholders")
    villages = _villages(session)
    registered = {
        normalise_name(n): (sid, n)
        for sid, n in session.execute(select(Stakeholder.id, Stakeholder.name)).all()
    }
    areas = {a.name.lower(): a.id for a in session.scalars(select(Area))}
    seen: dict[str, int] = {}
    data: list[StakeholderData] = []
    for i in range(len(frame)):
        row = rows[i]
        name = cell("nama", i)
        if not name:
            issues.append(Issue.of("error", "blank", row, "nama", ""))
        else:
            key = normalise_name(name)
            if key in seen:
                issues.append(
                    Issue.of("error", "name_in_file_twice", row, "nama", name, other=seen[key])
                )
            seen.setdefault(key, row)
        cat = _choice(cell("kategori", i), STAKEHOLDER_CATEGORIES, CATEGORY_WORDS)
        if cat is None:
            issues.append(
                Issue.of(
                    "error",
                    "not_one_of",
                    row,
                    "kategori",
                    cell("kategori", i),
                    given=cell("kategori", i),
                    allowed=", ".join(STAKEHOLDER_CATEGORIES),
                )
            )
        fields: dict[str, Any] = {}
        for col, allowed, attr, default in (
            ("tingkat", GOV_LEVELS, "gov_level", "kabupaten"),
            ("peran", PLANNING_ROLES, "planning_role", "mitra"),
        ):
            value = cell(col, i)
            choice = _choice(value, allowed) if value else default
            if choice is None:
                issues.append(
                    Issue.of(
                        "error",
                        "not_one_of",
                        row,
                        col,
                        value,
                        given=value,
                        allowed=", ".join(allowed),
                    )
                )
            fields[attr] = choice or default
        for col, attr in (("pengaruh", "influence"), ("kepentingan", "interest")):
            value = cell(col, i)
            number = int(float(value)) if re.fullmatch(r"[1-5](\.0)?", value) else None
            if value and number is None:
                issues.append(Issue.of("error", "scale_1_5", row, col, value))
            fields[attr] = number or 3
        member = cell("anggota_pokja", i).lower()
        if member and member not in YES_WORDS | NO_WORDS:
            issues.append(Issue.of("error", "yes_no", row, "anggota_pokja", member))
        vids = []
        for v in _split(cell("kelurahan", i)):
            vid = villages.get(v.lower())
            if vid is None:
                issues.append(Issue.of("error", "unknown_village", row, "kelurahan", v, name=v))
            else:
                vids.append(vid)
        aids = []
        for a in _split(cell("kawasan", i)):
            if a.lower() in areas:
                aids.append(areas[a.lower()])
            else:
                issues.append(Issue.of("error", "unknown_area", row, "kawasan", a, name=a))
        data.append(
            StakeholderData(
                name=name,
                category=cat or "other",
                short_name=cell("singkatan", i),
                is_person=cell("perorangan", i).lower() in YES_WORDS,
                contact_person=cell("narahubung", i),
                phone=cell("telepon", i),
                email=cell("email", i),
                address=cell("alamat", i),
                pokja_member=member in YES_WORDS,
                pokja_sk_number=cell("sk_pokja", i),
                pokja_position=cell("jabatan_pokja", i),
                notes=cell("catatan", i),
                village_ids=sorted(set(vids)),
                area_ids=sorted(set(aids)),
                **fields,
            )
        )
    resembling = _resembling(session, data, rows, registered) if not issues else []
    issues += [i for i in resembling if i.severity == "error"]
    if issues:
        raise BaselineError(raw.source, issues)
    raw.notices.extend(i for i in resembling if i.severity != "error")
    archived = _text(frame, "diarsipkan").map(lambda v: v.lower() in YES_WORDS).tolist()
    added = updated = unchanged = 0
    given = set(frame.columns)
    # new names: neither registered nor twice in the file (both checked above, once for the
    # whole file), so they are written together with no registry scan per row
    new = [i for i, d in enumerate(data) if normalise_name(d.name) not in registered]
    created = dict(
        zip(new, create_stakeholders(session, [data[i] for i in new], user), strict=True)
    )
    added = len(new)
    for i, d in enumerate(data):
        match = registered.get(normalise_name(d.name))
        changes: dict[str, Any] = {}
        if match is None:
            sid = created[i]
        else:
            sid = match[0]
            current = stakeholder_data(session, sid)
            changes = {
                attr: getattr(d, attr)
                for col, attr in FILE_FIELDS
                if col in given and getattr(d, attr) != getattr(current, attr)
            }
            changes.pop("name", None)  # matched by name: keep the registered spelling
            if changes:
                update_stakeholder(session, sid, changes, user=user, allow_similar=True)
                updated += 1
        if "diarsipkan" in given:
            obj = session.get(Stakeholder, sid)
            assert obj is not None  # matched or created just above
            if obj.archived != bool(archived[i]):
                set_archived(session, sid, bool(archived[i]), user=user)
                if match is not None and not changes:
                    updated += 1
                continue
        if match is not None and not changes:
            unchanged += 1
    return ImportCount(added, updated, unchanged, tuple(raw.notices))


def _resembling(
    session: Session,
    data: list[StakeholderData],
    rows: list[int],
    registered: dict[str, tuple[int, str]],
) -> list[Issue]:
    """The file's new names (not registered as they are written) compared once, with the
    registry and with each other, as the form compares one name: the same body under other
    words ("Dinas PU" for "Dinas Pekerjaan Umum Kabupaten …") is refused, a name that
    contains or nearly equals another is imported with a warning to look at."""
    from workbench.db.models import District
    from workbench.domain.collaboration import duplicates_among

    new = [i for i, d in enumerate(data) if normalise_name(d.name) not in registered]
    district = session.scalar(select(District.name).order_by(District.id).limit(1)) or ""
    found = duplicates_among(
        [data[i].name for i in new], [(sid, n) for sid, n in registered.values()], district
    )
    out = []
    for position, (name, match) in sorted(found.items()):
        row = rows[new[position]]
        key = "name_same_body" if match.reason == "same" else "name_resembles"
        severity: Any = "error" if match.reason == "same" else "warning"
        if match.id < 0:  # a name earlier in the file
            out.append(
                Issue.of(
                    severity,
                    f"{key}_in_file",
                    row,
                    "nama",
                    name,
                    other=match.name,
                    other_row=rows[new[-1 - match.id]],
                )
            )
        else:
            out.append(Issue.of(severity, key, row, "nama", name, other=match.name))
    return out


# file column -> StakeholderData field, for updates (only columns present in the file count)
FILE_FIELDS = (
    ("singkatan", "short_name"),
    ("perorangan", "is_person"),
    ("kategori", "category"),
    ("tingkat", "gov_level"),
    ("peran", "planning_role"),
    ("narahubung", "contact_person"),
    ("telepon", "phone"),
    ("email", "email"),
    ("alamat", "address"),
    ("anggota_pokja", "pokja_member"),
    ("sk_pokja", "pokja_sk_number"),
    ("jabatan_pokja", "pokja_position"),
    ("pengaruh", "influence"),
    ("kepentingan", "interest"),
    ("kelurahan", "village_ids"),
    ("kawasan", "area_ids"),
    ("catatan", "notes"),
)


def parse_date(text: str) -> date | None:
    text = str(text).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def import_engagements(
    session: Session, path: Path, user: str = "", column_map: ColumnMap | None = None
) -> ImportCount:
    """Add engagements, and update those already recorded with the same date and title."""
    raw = read_columns(path, ENGAGEMENTS, column_map, all_text=True)
    frame = raw.frame
    cell = _cells(frame)
    rows = raw.row_numbers
    issues: list[Issue] = []
    for col in ("tanggal", "judul", "jenis", "tahap"):
        if col not in frame:
            issues.append(Issue.of("error", "missing_column", 1, col))
    if issues:
        raise BaselineError(raw.source, issues)
    issues += check_lengths(frame, rows, ENGAGEMENT_TEXT)
    serialize_imports(session, "engagements")
    villages = _villages(session)
    people = {
        n.lower(): i for i, n in session.execute(select(Stakeholder.id, Stakeholder.name)).all()
    }
    data: list[EngagementData] = []
    for i in range(len(frame)):
        row = rows[i]
        when = parse_date(cell("tanggal", i))
        if when is None:
            issues.append(Issue.of("error", "bad_date", row, "tanggal", cell("tanggal", i)))
        title = cell("judul", i)
        if not title:
            issues.append(Issue.of("error", "blank", row, "judul", ""))
        kind = _choice(cell("jenis", i), ENGAGEMENT_TYPES)
        stage = _choice(cell("tahap", i), COLLAB_STAGES)
        for col, value, allowed in (
            ("jenis", kind, ENGAGEMENT_TYPES),
            ("tahap", stage, COLLAB_STAGES),
        ):
            if value is None:
                v = cell(col, i)
                issues.append(
                    Issue.of(
                        "error", "not_one_of", row, col, v, given=v, allowed=", ".join(allowed)
                    )
                )
        vids = []
        for v in _split(cell("kelurahan", i)):
            if v.lower() in villages:
                vids.append(villages[v.lower()])
            else:
                issues.append(Issue.of("error", "unknown_village", row, "kelurahan", v, name=v))
        attendees = []
        for col, present in (("hadir", True), ("diundang_tidak_hadir", False)):
            for n in _split(cell(col, i)):
                if n.lower() in people:
                    attendees.append((people[n.lower()], present))
                else:
                    issues.append(Issue.of("error", "unknown_stakeholder", row, col, n, name=n))
        data.append(
            EngagementData(
                date=when or date.today(),
                title=title,
                type=kind or "other",
                stage=stage or "dialogue",
                place=cell("tempat", i),
                outcomes=cell("hasil", i),
                decisions=cell("keputusan", i),
                minutes_path=cell("berita_acara", i),
                village_ids=vids,
                attendees=attendees,
            )
        )
    if issues:
        raise BaselineError(raw.source, issues)
    known = {
        (d, t.strip().lower()): eid
        for eid, d, t in session.execute(
            select(Engagement.id, Engagement.date, Engagement.title)
        ).all()
    }
    added = updated = unchanged = 0
    for d in data:
        eid = known.get((d.date, d.title.strip().lower()))
        if eid is None:
            create_engagement(session, d, user=user)
            added += 1
            continue
        current = engagement_data(session, eid)
        same = (vars(current) | {"attendees": sorted(current.attendees)}) == (
            vars(d) | {"village_ids": sorted(set(d.village_ids)), "attendees": sorted(d.attendees)}
        )
        if same:
            unchanged += 1
        else:
            update_engagement(session, eid, d, user=user)
            updated += 1
    return ImportCount(added, updated, unchanged, tuple(raw.notices))


def export_stakeholders(session: Session) -> pd.DataFrame:
    names = {vid: n for vid, n in _village_labels(session).items()}
    area_names = {a.id: a.name for a in session.scalars(select(Area))}
    cover: dict[int, list[str]] = {}
    cover_areas: dict[int, list[str]] = {}
    for sid, vid, aid in session.execute(
        select(Coverage.stakeholder_id, Coverage.village_id, Coverage.area_id)
    ).all():
        if vid is not None:
            cover.setdefault(sid, []).append(names[vid])
        elif aid is not None:
            cover_areas.setdefault(sid, []).append(area_names[aid])
    rows = []
    for s in sorted(session.scalars(select(Stakeholder)), key=lambda s: name_key(s.name)):
        rows.append(
            [
                s.name,
                s.short_name,
                "ya" if s.is_person else "tidak",
                s.category,
                s.gov_level,
                s.planning_role,
                s.contact_person,
                s.phone,
                s.email,
                s.address,
                "ya" if s.pokja_member else "tidak",
                s.pokja_sk_number,
                s.pokja_position,
                s.influence,
                s.interest,
                SEP.join(sorted(cover.get(s.id, []))),
                SEP.join(sorted(cover_areas.get(s.id, []))),
                s.notes,
                "ya" if s.archived else "tidak",
            ]
        )
    return pd.DataFrame(rows, columns=list(STAKEHOLDER_COLUMNS))


def _village_labels(session) -> dict[int, str]:  # noqa: ANN001
    """Village id -> the name to write: plain when unique, else 'name/kecamatan'."""
    rows = session.execute(
        select(Village.id, Village.name, Subdistrict.name).join(Subdistrict)
    ).all()
    counts: dict[str, int] = {}
    for _v, name, _k in rows:
        counts[name] = counts.get(name, 0) + 1
    return {vid: name if counts[name] == 1 else f"{name}/{kec}" for vid, name, kec in rows}


def export_engagements(session: Session) -> pd.DataFrame:
    labels = _village_labels(session)
    villages: dict[int, list[str]] = {}
    for eid, vid in session.execute(
        select(EngagementVillage.engagement_id, EngagementVillage.village_id)
    ).all():
        villages.setdefault(eid, []).append(labels[vid])
    present: dict[int, list[str]] = {}
    absent: dict[int, list[str]] = {}
    for eid, name, was in session.execute(
        select(Attendance.engagement_id, Stakeholder.name, Attendance.present).join(
            Stakeholder, Attendance.stakeholder_id == Stakeholder.id
        )
    ).all():
        (present if was else absent).setdefault(eid, []).append(name)
    rows = [
        [
            e.date.isoformat(),
            e.title,
            e.type,
            e.stage,
            e.place,
            SEP.join(sorted(villages.get(e.id, []))),
            SEP.join(sorted(present.get(e.id, []))),
            SEP.join(sorted(absent.get(e.id, []))),
            e.outcomes,
            e.decisions,
            e.minutes_path,
        ]
        for e in session.scalars(select(Engagement).order_by(Engagement.date, Engagement.id))
    ]
    return pd.DataFrame(rows, columns=list(ENGAGEMENT_COLUMNS))
