"""The `pkp-workbench` command line (contract: shared/spec/interfaces.md).

Exit status: 0 success, 2 bad usage, 1 invalid input or failed operation (message on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from workbench import __version__


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
                    "first run).")
    parser.add_argument("--version", action="version", version=f"pkp-workbench {__version__}")
    parser.add_argument("--db", dest="gui_db", metavar="PATH_OR_URL",
                        help="SQLite file or SQLAlchemy URL to open instead of the default")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="write a fresh demo-district database")
    demo.add_argument("--db", required=True, metavar="PATH", help="file (or URL) to write")
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    shot = sub.add_parser("screenshot", help="render the window, each tab and the projection "
                                             "view to PNG files, then exit")
    shot.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    shot.add_argument("--db", metavar="PATH_OR_URL", help="database (default: the user's)")
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.services.demo import TargetExistsError, create_demo_database

    try:
        engine = create_demo_database(args.db, force=args.force)
    except TargetExistsError as exc:
        raise CliError(str(exc)) from exc
    engine.dispose()
    _out(f"demo district written to {args.db}")
    return 0


def _headless_if_no_display() -> None:
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")):
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "screenshot":
            return cmd_screenshot(args)
        from workbench.ui.app import run_gui

        try:
            return run_gui(args.gui_db)
        finally:
            _release_qt()
    except CliError as exc:
        _err(str(exc))
        return 1
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return 1


if __name__ == "__main__":
    sys.exit(main())
