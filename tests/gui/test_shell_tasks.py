"""The task layer: cancel keeps the GUI responsive, errors become user messages, owners bound lifetimes,
closing with a running job asks."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox

from ipdesk.api.errors import ERROR_KEYS, error_for_code
from ipdesk.messages import t
from ipdesk.ui.core.tasks import CANCELLED, DONE, FAILED, PAUSED, TaskManager


def _long_work(started: threading.Event, stopped: threading.Event):
    def work(ctx):
        started.set()
        for i in range(600):  # 30 s unless cancelled
            if ctx.cancelled:
                stopped.set()
                return None
            ctx.progress(i, 600)
            time.sleep(0.05)
        return "finished"

    return work


def test_long_task_can_be_cancelled_and_the_gui_keeps_ticking(window, qtbot):
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    started, stopped = threading.Event(), threading.Event()
    results = []
    task = window.context.tasks.run(
        "Long job", _long_work(started, stopped), owner=window, on_result=results.append
    )
    bar = window.status.jobs.bar
    qtbot.waitUntil(lambda: bar.maximum() == 600 and bar.value() > 2, timeout=5000)
    assert window.findChild(QLabel, "jobsLabel").text() == "Long job"
    assert window.status.jobs.isVisible()
    qtbot.wait(300)
    cancel_button = window.findChild(QAbstractButton, "jobsCancelButton")
    assert cancel_button.isVisible()
    clicked_at = clock.elapsed()
    cancel_button.click()
    assert task.state == CANCELLED  # at once, without waiting for the worker
    assert clock.elapsed() - clicked_at < 50
    assert stopped.wait(2), "the worker saw the cancel event"
    qtbot.wait(200)
    timer.stop()
    assert results == []  # a cancelled task never delivers
    assert not window.status.jobs.isVisible()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 40, "the GUI-thread timer kept ticking while the worker ran"
    assert max(gaps) < 150, f"the GUI thread stalled for {max(gaps)} ms"


def test_coroutine_task_progress_and_result(window, qtbot):
    progress, results, finished = [], [], []

    async def work(ctx):
        for i in range(3):
            await asyncio.sleep(0.01)
            ctx.progress(i + 1, 3)
        return 42

    task = window.context.tasks.run(
        "Async job",
        work,
        owner=window,
        on_result=results.append,
        on_progress=lambda d, t: progress.append(d),
        on_finished=finished.append,
    )
    qtbot.waitUntil(lambda: finished == [DONE], timeout=5000)
    assert results == [42] and progress == [1, 2, 3] and task.state == DONE


def test_api_error_becomes_the_mapped_message_in_the_ui_language(window, qtbot, caplog):
    def work(ctx):
        raise error_for_code(67200003, http_status=401, operation="P022")

    errors: list[str] = []
    caplog.set_level(logging.ERROR, logger="ipdesk.ui.core.tasks")
    task = window.context.tasks.run("Failing job", work, owner=window, on_error=errors.append)
    qtbot.waitUntil(lambda: task.state == FAILED, timeout=5000)
    assert errors == [t(ERROR_KEYS[67200003], "en")]
    assert "Traceback" not in errors[0]
    assert "Traceback" in caplog.text  # the details went to the log
    assert window.statusBar().currentMessage() == t(ERROR_KEYS[67200003], "en")

    window.context.language.apply("zh_CN")
    try:
        task = window.context.tasks.run("Failing job", work, owner=window, on_error=errors.append)
        qtbot.waitUntil(lambda: task.state == FAILED, timeout=5000)
        assert errors[-1] == t(ERROR_KEYS[67200003], "zh")
    finally:
        window.context.language.apply("en")


def test_unexpected_error_is_a_short_message_never_a_traceback(window, qtbot):
    def work(ctx):
        raise KeyError("internal detail")

    errors: list[str] = []
    task = window.context.tasks.run("Buggy job", work, owner=window, on_error=errors.append)
    qtbot.waitUntil(lambda: task.state == FAILED, timeout=5000)
    assert errors == ["Unexpected error (KeyError). The details were written to the log."]


def test_task_is_cancelled_when_its_owner_is_destroyed(window, qtbot):
    owner = QObject()
    started, stopped = threading.Event(), threading.Event()
    delivered = []
    task = window.context.tasks.run(
        "Owned job",
        _long_work(started, stopped),
        owner=owner,
        on_result=delivered.append,
        on_progress=lambda *a: delivered.append(a),
        on_cancelled=lambda: delivered.append("cancelled"),
    )
    qtbot.waitUntil(started.is_set, timeout=2000)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=2000)
    assert task.state == CANCELLED
    count = len(delivered)
    assert stopped.wait(2)
    qtbot.wait(100)
    assert "cancelled" not in delivered and len(delivered) == count  # nothing reaches a dead owner


def test_about_to_quit_stops_tasks_as_paused(qloop, qtbot):
    manager = TaskManager()
    started, stopped = threading.Event(), threading.Event()
    paused = []
    task = manager.run("Job", _long_work(started, stopped), owner=None, on_pause=lambda: paused.append(True))
    qtbot.waitUntil(started.is_set, timeout=2000)
    manager.shutdown()  # what QCoreApplication.aboutToQuit triggers
    assert task.state == PAUSED and paused == [True]
    assert stopped.wait(2)


def test_closing_with_a_running_job_asks(window, qtbot):
    started, stopped = threading.Event(), threading.Event()
    paused = []
    task = window.context.tasks.run(
        "Classify 10,000 patents",
        _long_work(started, stopped),
        owner=window,
        on_pause=lambda: paused.append(1),
    )
    qtbot.waitUntil(started.is_set, timeout=2000)
    window.close()
    box = window.findChild(QMessageBox, "confirmStopJobs")
    assert box is not None and box.isVisible()
    assert window.isVisible() and task.running
    assert "Jobs still running: 1." in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # keep running
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmStopJobs") is None, timeout=2000)
    assert window.isVisible() and task.running

    window.close()
    box = window.findChild(QMessageBox, "confirmStopJobs")
    box.button(QMessageBox.StandardButton.Yes).click()  # stop and quit
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert task.state == PAUSED and paused == [1]
    assert stopped.wait(2)


def test_closing_does_not_ask_about_automatic_work(window, qtbot):
    started, stopped = threading.Event(), threading.Event()
    task = window.context.tasks.run(
        "Release monitor refresh", _long_work(started, stopped), owner=window, ask_on_close=False
    )
    qtbot.waitUntil(started.is_set, timeout=2000)
    assert task in window.context.tasks.running()  # shown in the status bar like any job
    window.close()
    assert window.findChild(QMessageBox, "confirmStopJobs") is None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert stopped.wait(2)


def test_own_loop_runs_a_service_coroutine_off_the_gui_thread_and_posts_back(qloop, qtbot):
    from ipdesk.ui.core.tasks import GuiPost

    manager = TaskManager()
    receiver = QObject()
    post = GuiPost(receiver)
    gui_thread = threading.get_ident()
    seen: list[tuple[str, int]] = []
    results = []
    run = post.next_run()

    async def work(ctx):
        worker_thread = threading.get_ident()
        assert worker_thread != gui_thread
        assert asyncio.get_running_loop() is not qloop
        await asyncio.sleep(0.01)
        post(run, lambda: seen.append(("posted", threading.get_ident())))
        post(run - 1, lambda: seen.append(("stale run", threading.get_ident())))  # an older run: dropped
        return worker_thread

    manager.run("Service job", work, owner=receiver, on_result=results.append, own_loop=True)
    qtbot.waitUntil(lambda: bool(results and seen), timeout=5000)
    assert results[0] != gui_thread
    assert seen == [("posted", gui_thread)]  # delivered on the GUI thread, the stale one dropped
    late = []
    post(run, lambda: late.append(1))
    shiboken6.delete(receiver)  # the receiver is gone before delivery: nothing runs
    qtbot.wait(50)
    assert late == []
    manager.shutdown()


def test_own_loop_needs_a_coroutine_function(qloop):
    manager = TaskManager()
    try:
        with pytest.raises(TypeError):
            manager.run("Blocking", lambda ctx: None, owner=None, own_loop=True)
    finally:
        manager.shutdown()


def test_a_running_job_name_follows_a_language_switch(window, qtbot):
    from ipdesk.ui.risk.refresh import refresh_task_name

    started, stopped = threading.Event(), threading.Event()
    task = window.context.tasks.run(refresh_task_name, _long_work(started, stopped), owner=window)
    label = window.findChild(QLabel, "jobsLabel")
    qtbot.waitUntil(lambda: label.text() == "Refresh risk data", timeout=5000)
    language = window.context.language
    try:
        language.apply("zh_CN")
        qtbot.waitUntil(lambda: label.text() == "刷新风险数据", timeout=5000)
        assert task.context.name == "Refresh risk data"  # the worker's copy is the name it started with
    finally:
        language.apply("en")
        task.cancel()
    assert stopped.wait(2)
