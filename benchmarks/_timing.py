"""Timing and peak-memory helpers shared by the benchmark scripts."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / 1024 / 1024 if sys.platform == "darwin" else usage / 1024


def timed(label: str, fn: Callable[[], T], width: int = 56) -> T:
    """Run ``fn``, print its wall time and the peak memory, return its result."""
    start = time.perf_counter()
    result = fn()
    print(
        f"{label:<{width}} {time.perf_counter() - start:8.3f} s   peak {peak_mb():7.0f} MB",
        flush=True,
    )
    return result


def in_unit(engine, fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
    """A service in one unit of work, as the command line and the window run it."""
    from workbench.db.engine import session_scope

    with session_scope(engine) as session:
        return fn(session, *args, **kwargs)


def user_env() -> dict[str, str]:
    """The environment of a user's machine for a process under test: Python's bytecode
    cache on (these machines set PYTHONDONTWRITEBYTECODE, which recompiles every module)."""
    import os

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def process_seconds(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of one process, start to end (it must succeed)."""
    import subprocess

    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, capture_output=True, timeout=3600)
    return time.perf_counter() - start


def score_command(src: str, out: str) -> list[str]:
    """`pkp-workbench score SRC --out OUT` as a user runs it."""
    return [sys.executable, "-m", "workbench", "score", src, "--out", out]
