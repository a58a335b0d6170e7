"""Where the user's data and logs live. Kept free of heavy imports: the window's start-up
path (crash handler, the light main window) needs these before the database layer is loaded."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "PKP Workbench"


def data_dir() -> Path:
    """The user's data directory (override with PKP_WORKBENCH_DATA_DIR, e.g. for tests)."""
    override = os.environ.get("PKP_WORKBENCH_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("PKP_WORKBENCH_LOG_DIR")
    return Path(override) if override else Path(user_log_dir(APP_NAME, appauthor=False))
