"""The background-work helper delivers results and errors on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from workbench.ui.tasks import Cancelled, run_task


def test_result_arrives_on_the_gui_thread(app, qtbot) -> None:  # noqa: ANN001
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(ctx):  # noqa: ANN001, ANN202
        seen["worker"] = threading.get_ident()
        ctx.progress(1, 2, "separuh")
        return 42

    progress: list[tuple[int, int, str]] = []
    handle = run_task(
        work,
        lambda r: seen.update(result=r, on=threading.get_ident()),
        on_progress=lambda d, t, s: progress.append((d, t, s)),
    )
    with qtbot.waitSignal(handle.done, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["on"] == gui and seen["worker"] != gui
    assert progress == [(1, 2, "separuh")]


def test_error_is_delivered_not_swallowed(app, qtbot) -> None:  # noqa: ANN001
    errors: list[BaseException] = []

    def work(ctx):  # noqa: ANN001, ANN202
        raise ValueError("berkas rusak")

    handle = run_task(work, on_error=errors.append)
    with qtbot.waitSignal(handle.failed, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "berkas rusak"


def test_cancel_reaches_the_worker(app, qtbot) -> None:  # noqa: ANN001
    started = threading.Event()

    def work(ctx):  # noqa: ANN001, ANN202
        started.set()
        for _ in range(500):
            ctx.check()
            threading.Event().wait(0.01)
        return "selesai"

    errors: list[BaseException] = []
    handle = run_task(work, on_error=errors.append)
    assert started.wait(5)
    handle.cancel()
    with qtbot.waitSignal(handle.failed, timeout=5000):
        pass
    assert isinstance(errors[0], Cancelled)


def test_cancelled_is_an_exception_type() -> None:
    with pytest.raises(Cancelled):
        raise Cancelled()
