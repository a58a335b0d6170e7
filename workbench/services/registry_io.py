"""Import and export of the stakeholder registry and the engagement log (.csv or .xlsx).

Stakeholders: one row per stakeholder. ``nama`` and ``kategori`` are required; lists (the
villages covered) are separated by ``|``. Engagements: one row per engagement, with the
villages concerned and the attendees (present, or invited but absent) as ``|`` lists of
registered names. Imports are all or nothing and report every error by row and column."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
from workbench.domain.baseline import Issue
from workbench.domain.collaboration import normalise_name
from workbench.domain.collation import name_key
from workbench.domain.columns import ENGAGEMENTS, STAKEHOLDERS, ColumnMap
from workbench.domain.validate import SEP, check_columns, sort_issues
from workbench.services.baseline import BaselineError
from workbench.services.baseline_io import read_columns
from workbench.services.collaboration import (
    EngagementData,
    StakeholderData,
    create_engagements,
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


@dataclass(frozen=True)
class ImportCount:
    added: int
    updated: int
    unchanged: int
    notices: tuple[Issue, ...] = ()  # how the file was read (its headers, its sheet)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def import_stakeholders(
    session: Session,
    path: Path,
    user: str = "",
    column_map: ColumnMap | None = None,
    *,
    dry_run: bool = False,
) -> ImportCount:
    """Add new stakeholders and update registered ones (matched by name after normalising),
    all rows or none (a refusal raises; the caller's unit of work then rolls back whole): an
    exported registry, edited in Excel, can be imported back. ``dry_run``: check every row
    against the registry and count what would be added and updated, writing nothing."""
    raw = read_columns(path, STAKEHOLDERS, column_map, all_text=True)
    frame = raw.frame
    rows = raw.row_numbers
    issues: list[Issue] = []
    if "nama" not in frame or "kategori" not in frame:
        for col in ("nama", "kategori"):
            if col not in frame:
                issues.append(Issue.of("error", "missing_column", 1, col))
        raise BaselineError(raw.source, issues)
    issues += check_lengths(frame, rows, STAKEHOLDER_TEXT)
    # every column's type, blanks and allowed values, checked by the one validator
    checked = check_columns(frame, STAKEHOLDERS, rows, decimal_comma=raw.decimal_comma)
    issues += checked.issues
    typed = checked.frame
    if not dry_run:
        serialize_imports(session, "stakeholders")
    villages = _villages(session)
    registered = {
        normalise_name(n): (sid, n)
        for sid, n in session.execute(select(Stakeholder.id, Stakeholder.name)).all()
    }
    areas = {a.name.lower(): a.id for a in session.scalars(select(Area))}
    n = len(frame)
    names = typed["nama"].tolist()
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if name:
            key = normalise_name(name)
            if key in seen:
                issues.append(
                    Issue.of("error", "name_in_file_twice", rows[i], "nama", name, other=seen[key])
                )
            seen.setdefault(key, rows[i])

    def column(name: str, default: Any = "") -> list[Any]:
        if name not in typed:
            return [default] * n
        values = typed[name]
        if values.dtype == "boolean":
            return values.fillna(default).astype(bool).tolist()
        return values.tolist()

    def ids(col: str, lookup: dict[str, int], key: str) -> list[list[int]]:
        found: list[list[int]] = []
        for i, items in enumerate(column(col, [])):
            got = []
            for item in items:
                known = lookup.get(item.lower())
                if known is None:
                    issues.append(Issue.of("error", key, rows[i], col, item, name=item))
                else:
                    got.append(known)
            found.append(sorted(set(got)))
        return found

    village_ids = ids("kelurahan", villages, "unknown_village")
    area_ids = ids("kawasan", areas, "unknown_area")
    scales = {
        col: [3 if v != v else int(v) for v in column(col, float("nan"))]
        for col in ("pengaruh", "kepentingan")
    }
    text = {c: column(c) for c in ("singkatan", "narahubung", "telepon", "email", "alamat")}
    text |= {c: column(c) for c in ("sk_pokja", "jabatan_pokja", "catatan")}
    category = column("kategori")
    level, role = column("tingkat"), column("peran")
    person, member = column("perorangan", False), column("anggota_pokja", False)
    data = [
        StakeholderData(
            name=names[i],
            category=category[i] or "other",
            short_name=text["singkatan"][i],
            is_person=person[i],
            contact_person=text["narahubung"][i],
            phone=text["telepon"][i],
            email=text["email"][i],
            address=text["alamat"][i],
            pokja_member=member[i],
            pokja_sk_number=text["sk_pokja"][i],
            pokja_position=text["jabatan_pokja"][i],
            notes=text["catatan"][i],
            village_ids=village_ids[i],
            area_ids=area_ids[i],
            gov_level=level[i] or "kabupaten",
            planning_role=role[i] or "mitra",
            influence=scales["pengaruh"][i],
            interest=scales["kepentingan"][i],
        )
        for i in range(n)
    ]
    issues = sort_issues(issues)
    resembling = _resembling(session, data, rows, registered) if not issues else []
    issues += [i for i in resembling if i.severity == "error"]
    if issues:
        raise BaselineError(raw.source, issues)
    raw.notices.extend(i for i in resembling if i.severity != "error")
    archived = column("diarsipkan", False)
    given = set(frame.columns)
    # new names: neither registered nor twice in the file (both checked above, once for the
    # whole file), so they are written together with no registry scan per row
    new = [i for i, d in enumerate(data) if normalise_name(d.name) not in registered]
    # what changes for each registered name, read before anything is written (a check
    # shows these counts before the import)
    plans: list[tuple[int, dict[str, Any], bool | None]] = []
    for i, d in enumerate(data):
        match = registered.get(normalise_name(d.name))
        if match is None:
            continue
        sid = match[0]
        current = stakeholder_data(session, sid)
        changes = {
            attr: getattr(d, attr)
            for col, attr in FILE_FIELDS
            if col in given and getattr(d, attr) != getattr(current, attr)
        }
        changes.pop("name", None)  # matched by name: keep the registered spelling
        archive: bool | None = None
        if "diarsipkan" in given:
            obj = session.get(Stakeholder, sid)
            assert obj is not None  # registered: read just above
            if obj.archived != bool(archived[i]):
                archive = bool(archived[i])
        plans.append((sid, changes, archive))
    updated = sum(1 for _sid, changes, archive in plans if changes or archive is not None)
    count = ImportCount(len(new), updated, len(plans) - updated, tuple(raw.notices))
    if dry_run:
        return count
    created = create_stakeholders(session, [data[i] for i in new], user)
    for sid, changes, archive in plans:
        if changes:
            update_stakeholder(session, sid, changes, user=user, allow_similar=True)
        if archive is not None:
            set_archived(session, sid, archive, user=user)
    if "diarsipkan" in given:
        for i, sid in zip(new, created, strict=True):
            if archived[i]:
                set_archived(session, sid, True, user=user)
    return count


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


def import_engagements(
    session: Session,
    path: Path,
    user: str = "",
    column_map: ColumnMap | None = None,
    *,
    dry_run: bool = False,
) -> ImportCount:
    """Add engagements, and update those already recorded with the same date and title.
    ``dry_run``: check every row and count what would change, writing nothing."""
    raw = read_columns(path, ENGAGEMENTS, column_map, all_text=True)
    frame = raw.frame
    rows = raw.row_numbers
    issues: list[Issue] = []
    for col in ("tanggal", "judul", "jenis", "tahap"):
        if col not in frame:
            issues.append(Issue.of("error", "missing_column", 1, col))
    if issues:
        raise BaselineError(raw.source, issues)
    issues += check_lengths(frame, rows, ENGAGEMENT_TEXT)
    checked = check_columns(frame, ENGAGEMENTS, rows, decimal_comma=raw.decimal_comma)
    issues += checked.issues
    typed = checked.frame
    if not dry_run:
        serialize_imports(session, "engagements")
    villages = _villages(session)
    people = {
        n.lower(): i for i, n in session.execute(select(Stakeholder.id, Stakeholder.name)).all()
    }
    n = len(frame)

    def column(name: str, default: Any = "") -> list[Any]:
        return typed[name].tolist() if name in typed else [default] * n

    data: list[EngagementData] = []
    lists = {c: column(c, []) for c in ("kelurahan", "hadir", "diundang_tidak_hadir")}
    text = {c: column(c) for c in ("judul", "jenis", "tahap", "tempat", "hasil", "keputusan")}
    dates, minutes = column("tanggal", None), column("berita_acara")
    for i in range(n):
        row = rows[i]
        vids = []
        for v in lists["kelurahan"][i]:
            if v.lower() in villages:
                vids.append(villages[v.lower()])
            else:
                issues.append(Issue.of("error", "unknown_village", row, "kelurahan", v, name=v))
        attendees = []
        for col, present in (("hadir", True), ("diundang_tidak_hadir", False)):
            for who in lists[col][i]:
                if who.lower() in people:
                    attendees.append((people[who.lower()], present))
                else:
                    issues.append(Issue.of("error", "unknown_stakeholder", row, col, who, name=who))
        data.append(
            EngagementData(
                date=dates[i] or date.today(),
                title=text["judul"][i],
                type=text["jenis"][i] or "other",
                stage=text["tahap"][i] or "dialogue",
                place=text["tempat"][i],
                outcomes=text["hasil"][i],
                decisions=text["keputusan"][i],
                minutes_path=minutes[i],
                village_ids=vids,
                attendees=attendees,
            )
        )
    first_row: dict[tuple[date, str], int] = {}
    for i, d in enumerate(data):
        if dates[i] is None or not d.title:
            continue
        key = (d.date, d.title.strip().lower())
        if key in first_row:
            issues.append(
                Issue.of(
                    "error", "engagement_twice", rows[i], "judul", d.title, other=first_row[key]
                )
            )
        first_row.setdefault(key, rows[i])
    if issues:
        raise BaselineError(raw.source, sort_issues(issues))
    known = {
        (d, t.strip().lower()): eid
        for eid, d, t in session.execute(
            select(Engagement.id, Engagement.date, Engagement.title)
        ).all()
    }
    new = [d for d in data if (d.date, d.title.strip().lower()) not in known]
    changed: list[tuple[int, EngagementData]] = []
    unchanged = 0
    for d in data:
        eid = known.get((d.date, d.title.strip().lower()))
        if eid is None:
            continue
        current = engagement_data(session, eid)
        same = (vars(current) | {"attendees": sorted(current.attendees)}) == (
            vars(d) | {"village_ids": sorted(set(d.village_ids)), "attendees": sorted(d.attendees)}
        )
        if same:
            unchanged += 1
        else:
            changed.append((eid, d))
    count = ImportCount(len(new), len(changed), unchanged, tuple(raw.notices))
    if dry_run:
        return count
    # the new engagements written together (a date and title is one engagement: twice in
    # the file was refused above)
    create_engagements(session, new, user=user)
    for eid, d in changed:
        update_engagement(session, eid, d, user=user)
    return count


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
