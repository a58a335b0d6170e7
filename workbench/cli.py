"""The `pkp-workbench` command line (contract: shared/spec/interfaces.md).

Exit status: 0 success, 2 bad usage, 1 invalid input or failed operation (message on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.reports import REPORT_KINDS

IMPORT_KINDS = ("baseline", "stakeholders", "engagements", "programme", "geometry")
EXPORT_KINDS = (
    "locations",
    "scores",
    "baseline",
    "stakeholders",
    "engagements",
    "priorities",
    "programme",
    "form",
    "map",
)
NOT_YET = "is not available in this version yet"


class CliError(Exception):
    """A failure the user can act on; printed to stderr, exit status 1."""


def _err(message: str) -> None:
    if sys.stderr is not None:  # a windowed Windows build has no stderr
        print(f"pkp-workbench: {message}", file=sys.stderr)


def _out(message: str) -> None:
    if sys.stdout is not None:
        print(message)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pkp-workbench",
        description="Planning workbench for the district Pokja PKP. Without a command, opens "
        "the window on the default database (created with the demo district on "
        "first run).",
    )
    parser.add_argument("--version", action="version", version=f"pkp-workbench {__version__}")
    parser.add_argument(
        "--db",
        dest="gui_db",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL to open instead of the default",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="write a fresh demo-district database")
    demo.add_argument("--db", required=True, metavar="PATH", help="file (or URL) to write")
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    new = sub.add_parser("new", help="create an empty district database (no demo data)")
    new.add_argument("--db", required=True, metavar="PATH_OR_URL", help="file (or URL) to make")
    new.add_argument("--district", required=True, metavar="NAME", help="kabupaten/kota name")
    new.add_argument("--province", default="", metavar="NAME", help="the province, if known")

    score = sub.add_parser("score", help="score a baseline file without any database")
    score.add_argument("input", metavar="INPUT", help="baseline file (.csv or .xlsx)")
    score.add_argument(
        "--rules",
        default=None,
        metavar="ID",
        help="rule set id (default permen-14-2018; also permen-02-2016)",
    )
    score.add_argument("--out", metavar="FILE", help=".csv or .xlsx (default: CSV on stdout)")
    score.add_argument("--year", type=int, help="year for rows without a tahun column")
    score.add_argument(
        "--map",
        metavar="NAME_OR_FILE.toml",
        help='a column mapping: column = "their header" (and sheet = "…"); a saved '
        "mapping's name or a .toml file (default: headers matched by their known names)",
    )

    imp = sub.add_parser("import", help="load a file into a database, all or nothing")
    imp.add_argument(
        "what", choices=IMPORT_KINDS, metavar="WHAT", help=f"one of: {', '.join(IMPORT_KINDS)}"
    )
    imp.add_argument(
        "input",
        metavar="INPUT",
        help="the file (.csv or .xlsx; geometry: .kmz, .kml, .geojson, .shp, .zip or .gpkg)",
    )
    imp.add_argument("--layer", metavar="NAME", help="geometry: the file's layer (or KML folder)")
    imp.add_argument("--db", required=True, metavar="DB", help="database file or URL")
    imp.add_argument("--year", type=int, help="year for rows without a tahun column")
    imp.add_argument("--rules", default=None, metavar="ID", help="rule set id for baselines")
    imp.add_argument(
        "--map",
        metavar="NAME_OR_FILE.toml",
        help='a column mapping: column = "their header" (and sheet = "…"); a saved '
        "mapping's name or a .toml file (default: headers matched by their known names)",
    )
    imp.add_argument(
        "--add-new",
        action="store_true",
        help="add unknown funding sources and activity types (programme)",
    )
    imp.add_argument(
        "--update",
        action="store_true",
        help="baseline: rows the database holds for that year already replace "
        "them as a new revision (identical rows are left alone)",
    )

    exp = sub.add_parser("export", help="write a table from a database to .csv or .xlsx")
    exp.add_argument(
        "what", choices=EXPORT_KINDS, metavar="WHAT", help=f"one of: {', '.join(EXPORT_KINDS)}"
    )
    exp.add_argument(
        "--db", metavar="DB", help="database file or URL (every kind but form needs one)"
    )
    exp.add_argument(
        "--out", required=True, metavar="FILE", help=".csv or .xlsx; map: .geojson, .kml or .gpkg"
    )
    exp.add_argument(
        "--rules", default=None, metavar="ID", help="form: the rule set whose criteria it asks"
    )
    exp.add_argument(
        "--level",
        choices=("rt", "kawasan", "kelurahan"),
        default=None,
        help="scores: per RT unit (default), kawasan or kelurahan; priorities: rt "
        "or kawasan (default: as last set in the window)",
    )
    exp.add_argument(
        "--frozen",
        metavar="ID|latest",
        help="priorities: write a frozen agreed list instead of the live ranking",
    )
    exp.add_argument("--year", type=int, help="only this assessment year")

    rep = sub.add_parser("report", help="write a report (PDF, or its tables as .xlsx)")
    rep.add_argument(
        "kind", choices=REPORT_KINDS, metavar="KIND", help=f"one of: {', '.join(REPORT_KINDS)}"
    )
    rep.add_argument("--db", required=True, metavar="DB", help="database file or URL")
    rep.add_argument(
        "--out", required=True, metavar="FILE", help=".pdf for the report, .xlsx for its tables"
    )
    rep.add_argument(
        "--version",
        dest="plan_version",
        type=int,
        metavar="N",
        help="plan-summary: plan version (default: the latest approved one, else the draft)",
    )
    rep.add_argument(
        "--location",
        action="append",
        default=[],
        metavar="CODE",
        help="location-profile: only this RT code or kawasan (repeatable; default: every slum one)",
    )
    rep.add_argument(
        "--paper",
        choices=("A4", "F4", "A3"),
        default="A4",
        help="paper size: A4, F4/Folio (215 x 330 mm) as government offices use, or A3",
    )
    rep.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help="sk-map: each RT unit's latest assessment of this year or before",
    )
    rep.add_argument(
        "--level",
        choices=("rt", "kawasan"),
        default="rt",
        help="location-profile: one page per RT unit (default) or per kawasan",
    )

    _signing_arguments(
        rep,
        "plan-summary: sign the approved summary digitally (PAdES) with "
        "this PKCS#12 certificate (.p12/.pfx)",
    )

    ver = sub.add_parser(
        "verify",
        help="check a plan-summary PDF against the approved "
        "versions in a database, and its digital signatures",
    )
    ver.add_argument("pdf", metavar="FILE.pdf", help="the plan summary to check")
    ver.add_argument("--db", required=True, metavar="DB", help="database file or URL")
    _trust_argument(ver)

    sig = sub.add_parser(
        "sign",
        help="add a signatory's digital signature (PAdES) to a plan "
        "summary that verifies against the database",
    )
    sig.add_argument("pdf", metavar="FILE.pdf", help="the plan summary to sign")
    sig.add_argument("--db", required=True, metavar="DB", help="database file or URL")
    sig.add_argument(
        "--out", metavar="FILE.pdf", help="write the signed file here (default: replace FILE.pdf)"
    )
    _signing_arguments(sig, "the signatory's PKCS#12 certificate (.p12/.pfx)", required=True)
    _trust_argument(sig)

    bak = sub.add_parser(
        "backup",
        help="a consistent copy of a SQLite database (among its backups, or to --out)",
    )
    bak.add_argument("--db", required=True, metavar="PATH", help="the SQLite database file")
    bak.add_argument(
        "--out",
        metavar="FILE",
        help="write the copy here (default: the database's backups folder, NAME.backups, "
        "where the last 10 are kept)",
    )
    res = sub.add_parser(
        "restore",
        help="put a backup back as the database (the current file is kept aside first)",
    )
    res.add_argument("backup", metavar="FILE", help="the backup to put back")
    res.add_argument("--db", required=True, metavar="PATH", help="the SQLite database file")

    srv = sub.add_parser(
        "server",
        help="a shared PostgreSQL district database: set it up, give logins their roles",
    )
    srv_sub = srv.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    server_db = (
        "postgresql+psycopg://LOGIN@HOST/DATABASE (the password from PGPASSWORD, a "
        ".pgpass file, or asked for; never in the URL)"
    )
    s_init = srv_sub.add_parser(
        "init", help="create the schema, the district and the roles pkp_viewer … pkp_admin"
    )
    s_init.add_argument("--db", required=True, metavar="URL", help=server_db)
    s_init.add_argument("--district", required=True, metavar="NAME", help="kabupaten/kota name")
    s_init.add_argument("--province", default="", metavar="NAME", help="the province, if known")
    s_grant = srv_sub.add_parser(
        "grant", help="give a login a role here (viewer, editor, approver, admin, or none)"
    )
    s_grant.add_argument("login", metavar="LOGIN", help="an existing PostgreSQL login")
    s_grant.add_argument("role", metavar="ROLE", help="viewer, editor, approver, admin or none")
    s_grant.add_argument("--db", required=True, metavar="URL", help=server_db)
    scope = s_grant.add_mutually_exclusive_group()
    scope.add_argument(
        "--villages", metavar="K1,K2", help="only these kelurahan/desa (comma-separated)"
    )
    scope.add_argument("--kecamatan", metavar="NAME", help="only the villages of this kecamatan")
    s_users = srv_sub.add_parser("users", help="list who has which role, and where")
    s_users.add_argument("--db", required=True, metavar="URL", help=server_db)

    shot = sub.add_parser(
        "screenshot",
        help="render the window, each tab and the projection view to PNG files, then exit",
    )
    shot.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    shot.add_argument("--db", metavar="PATH_OR_URL", help="database (default: the user's)")
    return parser


def _signing_arguments(
    parser: argparse.ArgumentParser, help_text: str, required: bool = False
) -> None:
    parser.add_argument(
        "--sign", dest="cert", required=required, metavar="CERT.p12", help=help_text
    )
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="read the certificate's passphrase from this environment variable "
        "(default: ask at the terminal, or none)",
    )
    parser.add_argument(
        "--tsa",
        metavar="URL",
        help="time-stamp the signature at this RFC 3161 server (PAdES B-T), "
        "e.g. the certification authority's TSA",
    )


def _trust_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="ROOT.pem",
        help="a CA certificate (PEM or DER) to trust, e.g. Root CA Indonesia "
        "(repeatable); without it signatures are checked but their "
        "certificates are not judged trusted",
    )


def _credentials(args: argparse.Namespace) -> Any:
    from workbench.domain.messages import UserError
    from workbench.reports.signing import load_credentials

    if not args.cert:
        return None
    if args.passphrase_env:
        if args.passphrase_env not in os.environ:
            raise CliError(
                f"--passphrase-env: the environment variable {args.passphrase_env} is not set"
            )
        passphrase: str | None = os.environ[args.passphrase_env]
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"passphrase for {Path(args.cert).name}: ")
    else:
        passphrase = None
    try:
        return load_credentials(Path(args.cert), passphrase)
    except UserError as exc:
        if exc.key == "cert_unreadable" and passphrase is None:
            raise CliError(
                f"{Path(args.cert).name}: cannot open the certificate without its "
                "passphrase: give --passphrase-env VAR, or run at a terminal to be "
                "asked"
            ) from exc
        raise


def _trust_roots(args: argparse.Namespace) -> Any:
    from workbench.reports.signing import load_trust_roots

    return load_trust_roots([Path(p) for p in args.trust]) if args.trust else None


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.services.demo import TargetExistsError, create_demo_database

    try:
        engine = create_demo_database(args.db, force=args.force)
    except TargetExistsError as exc:
        raise CliError(str(exc)) from exc
    engine.dispose()
    _out(f"demo district written to {args.db}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from workbench.services.workspace import create_empty_database, display_name, to_url

    if not args.district.strip():
        raise CliError('new: --district needs a name, e.g. --district "Kota Pekalongan"')
    try:
        engine = create_empty_database(args.db, args.district, args.province)
    except FileExistsError as exc:
        raise CliError(
            f"{exc}: new never overwrites; choose another name (or another database)"
        ) from exc
    engine.dispose()
    _out(
        f"empty district database for {args.district.strip()} written to "
        f"{display_name(to_url(args.db))}; next: pkp-workbench import baseline FILE --db {args.db}"
    )
    return 0


def _sqlite_file(target: str) -> Path:
    from workbench.domain.messages import UserError
    from workbench.services.workspace import display_name, sqlite_path, to_url

    url = to_url(target)
    path = sqlite_path(url)
    if path is None:
        raise UserError("backup_sqlite_only", name=display_name(url))
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    from workbench.db.engine import copy_sqlite_file
    from workbench.db.migrate import check_ours
    from workbench.services.backups import make_backup

    path = _sqlite_file(args.db)
    if not path.is_file():
        raise CliError(f"{path}: no such database file")
    check_ours(path)
    if args.out:
        out = Path(args.out)
        if out.resolve() == path.resolve():
            raise CliError(f"--out {out}: that is the database itself; choose another file")
        written = copy_sqlite_file(path, out)
    else:
        written = make_backup(path, "manual")
    _out(f"backup of {path.name} written to {written}")
    return 0


def _in_use_by(path: Path) -> str | None:
    """Who has the database open in a workbench window (its lock file), or None."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(60_000)
    if lock.tryLock(0):
        lock.unlock()
        return None
    info = lock.getLockInfo()
    return f"process {info[0]} on {info[1]}" if info and len(info) >= 2 else "another program"


def cmd_restore(args: argparse.Namespace) -> int:
    from workbench.domain.messages import UserError
    from workbench.services.backups import restore_backup

    path = _sqlite_file(args.db)
    who = _in_use_by(path)
    if who is not None:
        raise UserError("database_in_use", name=path.name, who=who)
    kept = restore_backup(Path(args.backup), path)
    _out(
        f"{Path(args.backup).name} put back as {path}"
        + (f"; the file it replaced is kept as {kept}" if kept else "")
    )
    return 0


def _prompt_password(who: str) -> str | None:
    """Ask on the terminal (never echoed); None when there is no terminal to ask on."""
    import getpass

    if sys.stdin is None or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {who}: ")


def _server_engine(target: str):  # noqa: ANN202
    from workbench.db.engine import connect_engine, has_password, to_url
    from workbench.domain.messages import UserError

    url = to_url(target)
    if not url.startswith("postgresql"):
        raise UserError("server_needs_postgresql")
    if has_password(url):
        raise CliError(
            "--db: leave the password out of the URL (others can read a command line); "
            "set PGPASSWORD, put it in a .pgpass file, or type it when asked"
        )
    return connect_engine(url, _prompt_password)


def cmd_server(args: argparse.Namespace) -> int:
    from workbench.services import server

    engine = _server_engine(args.db)
    try:
        if args.server_command == "init":
            server.init_server(engine, args.district, args.province)
            _out(
                f"{args.district}: schema, roles ({', '.join(server.ROLES)}) and rules set up; "
                "give logins a role with 'pkp-workbench server grant LOGIN ROLE --db …'"
            )
        elif args.server_command == "grant":
            villages = [v for v in (args.villages or "").split(",") if v.strip()]
            given = server.grant(engine, args.login, args.role, villages, args.kecamatan)
            where = ", ".join(given.villages) if given.villages else "the whole district"
            _out(
                f"{given.login}: no role here any more"
                if given.role == server.NO_ROLE
                else f"{given.login}: {given.role} ({where})"
            )
        else:
            listed = server.users(engine)
            if not listed:
                _out("no login has a role here yet")
            for g in listed:
                _out(f"{g.login}\t{g.role}\t{', '.join(g.villages) or 'whole district'}")
    finally:
        engine.dispose()
    return 0


def _headless_if_no_display() -> None:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_screenshot(args: argparse.Namespace) -> int:
    _headless_if_no_display()
    from workbench.ui.app import make_app
    from workbench.ui.screenshot import take_screenshots

    make_app()
    try:
        files = take_screenshots(Path(args.out), args.db)
    except RuntimeError as exc:
        raise CliError(str(exc)) from exc
    finally:
        _release_qt()
    for f in files:
        _out(str(f))
    return 0


def _release_qt() -> None:
    """Join worker threads and collect Qt wrappers before the interpreter shuts down, so no
    task is cut off mid-write and no wrapper outlives the QApplication."""
    import gc

    from workbench.ui.tasks import wait_for_all

    wait_for_all()
    gc.collect()


def _warn(issues: list, source: str) -> None:  # noqa: ANN001
    for issue in issues:
        _err(f"{issue.severity}: {issue.describe(source)}")


def _existing_db(target: str) -> str:
    from workbench.db.engine import sqlite_path, to_url

    url = to_url(target)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise CliError(
            f"{target}: no such database (create one with 'pkp-workbench demo' "
            "or from the window: Berkas > Baru)"
        )
    return url


def _open_engine(target: str):  # noqa: ANN202
    from workbench.services.workspace import open_database

    return open_database(_existing_db(target), demo_if_new=False).engine


def cmd_score(args: argparse.Namespace) -> int:
    from workbench.domain.rules import DEFAULT_RULESET
    from workbench.services.baseline import score_file
    from workbench.services.baseline_io import write_frame

    table, warnings, source = score_file(
        Path(args.input),
        args.rules or DEFAULT_RULESET,
        default_year=args.year,
        column_map=_column_map(args),
    )
    _warn(warnings, source)
    write_frame(table, Path(args.out) if args.out else None, sheet="skor")
    if args.out:
        _err(f"scored {len(table)} rows into {args.out}")
    return 0


def _column_map(args: argparse.Namespace) -> Any:
    """The ``--map`` given, read before anything else (a wrong name says so at once)."""
    if not getattr(args, "map", None):
        return None
    from workbench.services.column_maps import load_column_map

    return load_column_map(args.map)


def cmd_import(args: argparse.Namespace) -> int:
    column_map = _column_map(args)
    if args.what in ("stakeholders", "engagements"):
        from workbench.db.engine import session_scope
        from workbench.services import registry_io

        engine = _open_engine(args.db)
        try:
            fn = (
                registry_io.import_stakeholders
                if args.what == "stakeholders"
                else registry_io.import_engagements
            )
            with session_scope(engine) as session:  # one unit of work: all rows or none
                count = fn(session, Path(args.input), user="cli", column_map=column_map)
        finally:
            engine.dispose()
        _warn(list(count.notices), Path(args.input).name)
        _out(
            f"imported {count.total} {args.what} from {Path(args.input).name}: "
            f"{count.added} added, {count.updated} updated, {count.unchanged} unchanged"
        )
        return 0
    if args.what == "programme":
        return _import_programme(args, column_map)
    if args.what == "geometry":
        return _import_geometry(args, column_map)
    if args.what != "baseline":
        raise CliError(f"import {args.what} {NOT_YET}")
    from workbench.domain.rules import DEFAULT_RULESET
    from workbench.services.baseline import check_file, import_baseline

    rules = args.rules or DEFAULT_RULESET
    check_file(  # before the database is opened
        Path(args.input), rules, mode="import", default_year=args.year, column_map=column_map
    )
    from workbench.db.engine import session_scope

    engine = _open_engine(args.db)
    try:
        with session_scope(engine) as session:  # one unit of work: all rows or none
            outcome = import_baseline(
                session,
                Path(args.input),
                year=args.year,
                rule_id=rules,
                user="cli",
                update=args.update,
                column_map=column_map,
            )
    finally:
        engine.dispose()
    _warn(outcome.warnings, outcome.source)
    updated = (
        f"{len(outcome.added)} added, {len(outcome.updated)} updated, "
        f"{outcome.unchanged} unchanged; "
        if args.update
        else ""
    )
    _out(
        f"imported {outcome.rows} rows ({updated}{outcome.new_locations} new RT units; years "
        f"{', '.join(map(str, outcome.years))}) from {outcome.source}"
    )
    return 0


def _import_geometry(args: argparse.Namespace, column_map: Any = None) -> int:
    from workbench.db.engine import session_scope
    from workbench.services.geometry_io import import_geometry

    engine = _open_engine(args.db)
    try:
        with session_scope(engine) as session:  # one unit of work: all shapes or none
            result = import_geometry(
                session, Path(args.input), layer=args.layer, column_map=column_map, user="cli"
            )
    finally:
        engine.dispose()
    for issue in result.notices:
        where = f"{result.source}, feature {issue.row}" if issue.row else result.source
        value = f" '{issue.value}'" if issue.value else ""
        _err(f"{issue.severity}: {where}{value}: {issue.message}")
    _out(
        f"imported {result.matched} shapes from {result.source}: {result.rt} RT units, "
        f"{result.villages} kelurahan/desa, {result.areas} kawasan ({result.replaced} replaced); "
        f"{result.unmatched} of {result.features} features matched nothing"
    )
    return 0


def _import_programme(args: argparse.Namespace, column_map: Any = None) -> int:
    from workbench.db.engine import session_scope
    from workbench.services.programme_io import import_programme

    engine = _open_engine(args.db)
    try:
        with session_scope(engine) as session:  # one unit of work: all rows or none
            result = import_programme(
                session, Path(args.input), add_new=args.add_new, user="cli", column_map=column_map
            )
    finally:
        engine.dispose()
    _warn(result.notices, result.source)
    for what, names in (
        ("funding sources", result.new_sources),
        ("activity types", result.new_types),
    ):
        if names:
            _err(f"added {len(names)} new {what}: {', '.join(names)}")
    _out(
        f"imported {result.rows} rows from {result.source}: {result.added} activities added, "
        f"{result.unchanged} already recorded"
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.services.baseline_io import write_frame

    out = Path(args.out)
    if args.what == "form":
        return _export_form(args, out)
    if not args.db:
        raise CliError(f"export {args.what}: --db DB is needed (the database to read)")
    if args.what == "map":
        return _export_map(args, out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError(f"{out.name}: the output must be a .csv or .xlsx file")
    from workbench.db.engine import session_scope

    engine = _open_engine(args.db)
    try:
        with session_scope(engine) as session:  # one read: a consistent picture
            frame = _export_frame(session, args)
    finally:
        engine.dispose()
    write_frame(frame, out, sheet=args.what)
    _out(f"wrote {len(frame)} rows to {out}")
    return 0


def _export_map(args: argparse.Namespace, out: Path) -> int:
    """The district's shapes with their figures, for QGIS or Google Earth."""
    from workbench.db.engine import session_scope
    from workbench.services.map_export import district_map, write_map

    engine = _open_engine(args.db)
    try:
        with session_scope(engine) as session:  # one read: a consistent picture
            data = district_map(session, args.year)
    finally:
        engine.dispose()
    write_map(data, out)
    counts = ", ".join(f"{len(data.layers[k].rows)} {k}" for k in ("rt", "kelurahan", "kawasan"))
    _out(f"wrote the map to {out}: {counts}")
    return 0


def _export_form(args: argparse.Namespace, out: Path) -> int:
    """The RT baseline survey as an XLSForm, for KoboToolbox or ODK Collect."""
    from workbench.domain.rules import DEFAULT_RULESET
    from workbench.services.xlsform import write_form

    if out.suffix.lower() != ".xlsx":
        raise CliError(f"{out.name}: an XLSForm is an .xlsx file")
    write_form(out, args.rules or DEFAULT_RULESET)
    _out(
        f"wrote the baseline survey form to {out}: upload it to KoboToolbox or ODK Central; "
        "the submissions export imports with `pkp-workbench import baseline`"
    )
    return 0


def _export_frame(session: Any, args: argparse.Namespace) -> Any:
    from workbench.services import baseline as svc

    if args.what == "scores":
        return svc.export_scores(session, args.level or "rt", args.year)
    if args.what == "locations":
        return svc.export_locations(session)
    if args.what == "baseline":
        return svc.export_baseline(session, args.year)
    if args.what in ("stakeholders", "engagements"):
        from workbench.services import registry_io

        if args.what == "stakeholders":
            return registry_io.export_stakeholders(session)
        return registry_io.export_engagements(session)
    if args.what == "priorities":
        return _export_priorities(session, args)
    if args.what == "programme":
        from workbench.services.programme_io import export_programme

        return export_programme(session)
    raise CliError(f"export {args.what} {NOT_YET}")


def _export_priorities(session: Any, args: argparse.Namespace) -> Any:
    from workbench.services import harmonisation as hs

    if args.level not in (None, "rt", "kawasan"):
        raise CliError(f"export priorities: --level must be rt or kawasan, not {args.level}")
    frozen: int | None | str = None
    if args.frozen is not None:
        if args.frozen != "latest" and not args.frozen.isdigit():
            raise CliError(f"--frozen must be a list number or 'latest', not {args.frozen!r}")
        frozen = "latest" if args.frozen == "latest" else int(args.frozen)
    try:
        return hs.export_priorities(session, level=args.level, frozen=frozen)
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def cmd_report(args: argparse.Namespace) -> int:
    from workbench.reports.build import ReportOptions, write_report

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise CliError(f"{out.name}: the output must be a .pdf (report) or .xlsx (its tables)")
    if args.cert and (args.kind != "plan-summary" or out.suffix.lower() != ".pdf"):
        raise CliError("--sign: only the plan summary, written as .pdf, is signed digitally")
    if args.tsa and not args.cert:
        raise CliError("--tsa: time-stamps a digital signature; give --sign CERT.p12 too")
    credentials = _credentials(args)  # before any work: a wrong passphrase costs nothing
    engine = _open_engine(args.db)
    try:
        report = write_report(
            engine,
            args.kind,
            out,
            ReportOptions(
                version=args.plan_version,
                locations=args.location,
                level=args.level,
                paper=args.paper,
                year=args.year,
            ),
            sign_with=credentials,
            tsa_url=args.tsa,
        )
    finally:
        engine.dispose()
    _out(f"wrote {args.kind} to {out}: {report.note}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from workbench.reports.verify import verify_pdf

    path = Path(args.pdf)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    roots = _trust_roots(args)
    engine = _open_engine(args.db)
    try:
        result = verify_pdf(engine, path, roots)
    finally:
        engine.dispose()
    for line in result.lines():
        (_out if result.ok else _err)(line)
    return 0 if result.ok else 1


def cmd_sign(args: argparse.Namespace) -> int:
    from workbench.reports.verify import countersign

    path = Path(args.pdf)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    credentials, roots = _credentials(args), _trust_roots(args)
    engine = _open_engine(args.db)
    try:
        result = countersign(
            engine, path, credentials, Path(args.out) if args.out else None, roots, args.tsa
        )
    finally:
        engine.dispose()
    if result.written is None:
        for line in result.lines():
            _err(line)
        _err(f"{path.name} was not signed: it does not match an approved plan version")
        return 1
    _out(f"signed {result.written} as {credentials.subject}")
    for line in result.lines():
        (_out if result.ok else _err)(line)
    return 0 if result.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None:  # the window registers them with its modules, off its thread
        from workbench.domain.rules import ruleset_problems
        from workbench.services.workspace import register_user_rulesets

        register_user_rulesets()
        for problem in ruleset_problems() if args.command in ("score", "import") else []:
            _err(f"warning: rule-set file skipped: {problem}")
    try:
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "new":
            return cmd_new(args)
        if args.command == "screenshot":
            return cmd_screenshot(args)
        if args.command == "score":
            return cmd_score(args)
        if args.command == "import":
            return cmd_import(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "verify":
            return cmd_verify(args)
        if args.command == "sign":
            return cmd_sign(args)
        if args.command == "backup":
            return cmd_backup(args)
        if args.command == "restore":
            return cmd_restore(args)
        if args.command == "server":
            return cmd_server(args)
        from workbench.ui.app import run_gui

        try:
            return run_gui(args.gui_db)
        finally:
            _release_qt()
    except CliError as exc:
        _err(str(exc))
        return 1
    except BrokenPipeError:  # e.g. `pkp-workbench score x.csv | head`: the reader left
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - every failure is said in words, never a traceback
        return _report_failure(exc, args)


def _report_failure(exc: Exception, args: argparse.Namespace) -> int:
    """The one place the command line turns a failure into a message a planning officer can
    act on (exit 1); what it does not know is logged with its traceback, and the log named."""
    from workbench.domain.messages import UserError
    from workbench.domain.rules import RuleSetError
    from workbench.services.baseline import BaselineError
    from workbench.services.baseline_io import InputFileError

    if isinstance(exc, BaselineError):
        errors = exc.lines()
        verb = "imported" if args.command == "import" else "scored"
        _err(f"{exc.source}: {len(errors)} error(s); nothing was {verb}")
        for line in errors:
            _err(f"error: {line}")
        return 1
    if isinstance(exc, (InputFileError, RuleSetError, UserError)):
        _err(str(exc))
        return 1
    from workbench.services.failures import explain

    known = explain(exc, getattr(args, "db", None))
    if known is not None:
        _log_unexpected(exc)  # the details stay in the log, the user reads the words
        _err(str(known))
        return 1
    log_path = _log_unexpected(exc)
    _err(
        f"unexpected error ({type(exc).__name__}: {exc}); nothing was changed. The details "
        f"are in {log_path}; please send that file with your report"
    )
    return 1


def _log_unexpected(exc: BaseException) -> str:
    import logging
    import traceback

    from workbench.services.paths import log_dir

    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "pkp-workbench.log"
        with open(path, "a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(exc)))
        return str(path)
    except OSError:
        logging.getLogger(__name__).exception("unexpected error")
        return "the log (it could not be written)"


if __name__ == "__main__":
    sys.exit(main())
