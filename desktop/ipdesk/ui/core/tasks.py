"""The one background-work layer every tab uses (in the spirit of Anki's QueryOp).

    task = context.tasks.run(
        self.tr("Classify"), work, owner=self,
        on_result=self._show, on_error=self._error_label.setText, on_progress=self._bar.setValue2)

`work` is either an `async def work(ctx)` (runs on the qasync loop, i.e. the GUI thread: await, don't block)
or a plain `def work(ctx)` that may block (runs in a bounded ThreadPoolExecutor through
`loop.run_in_executor`). With `own_loop=True` an `async def work(ctx)` runs on a worker of that pool inside
its own asyncio loop (`asyncio.run`): for service coroutines (batch jobs) whose bookkeeping reads and writes
the store, which must not stall the GUI thread. Such a worker hands its partial results to the GUI thread
with a `GuiPost` (`post(run, fn, *args)`), which drops them once the receiver is gone or a newer run began. `ctx` (a Qt-free `TaskContext`) offers `ctx.cancel_event` (a threading.Event to
pass to PatSnapClient calls), `ctx.cancelled`, `ctx.check()` (raises TaskCancelled) and
`ctx.progress(done, total)` (callable from any thread).

Results, errors and progress reach the caller only on the GUI thread, through the event loop, and only
while the owner QObject is alive: the task is cancelled when the owner is destroyed and on
QCoreApplication.aboutToQuit. An exception becomes a user message (ApiError.message(lang) in the UI
language, or a short generic text) passed to `on_error` and shown in the status bar; the traceback goes to
the log. Cancelling a blocking function sets its cancel event and returns control at once; the worker
thread stops at its next check (its slot in the pool stays busy until then).
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:  # asyncio (~10 ms, OpenSSL) is imported once the window is shown, with the qasync loop
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

RUNNING, DONE, FAILED, CANCELLED, PAUSED = "running", "done", "failed", "cancelled", "paused"


class TaskCancelled(Exception):
    """Raised by TaskContext.check() when the task was cancelled."""


class TaskContext:
    """What the work function sees. Thread-safe; holds no Qt object."""

    def __init__(self, name: str, report: Callable[[int, int], None]) -> None:
        self.name = name
        self.cancel_event = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise TaskCancelled(self.name)

    def progress(self, done: int, total: int = 0) -> None:
        """Report progress (total 0 = unknown). Callable from worker threads."""
        self._report(int(done), int(total))


class Task(QObject):
    """One running piece of work. Signals are emitted on the GUI thread only."""

    progressChanged = Signal(int, int)  # done, total (0 = unknown)
    stateChanged = Signal(str)

    def __init__(self, name: str | Callable[[], str], manager: TaskManager, owner: QObject | None) -> None:
        super().__init__(None)  # owned by Python: lives while the manager or a caller holds it
        self._name = name
        self.state = RUNNING
        self.done = 0
        self.total = 0
        self.error_message: str | None = None
        self.error: BaseException | None = None  # kept so a caller can word it again after a language switch
        self._manager = manager
        self._owner = owner
        self._loop = _event_loop()
        self._thread = threading.get_ident()
        self.context = TaskContext(self.name, self._report_threadsafe)
        self._future: asyncio.Future | None = None
        self._callbacks: dict[str, Callable[..., Any] | None] = {}
        self.on_pause: Callable[[], None] | None = None
        self.shown = True
        self.ask_on_close = True  # False for automatic work that simply runs again next time
        self._owner_slot: Callable[..., None] | None = None

    def __repr__(self) -> str:
        return f"Task({self.name!r}, state={self.state})"

    @property
    def name(self) -> str:
        """The name in the current UI language (a task started with a callable follows a language switch)."""
        return self._name() if callable(self._name) else self._name

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    def _report_threadsafe(self, done: int, total: int) -> None:
        if threading.get_ident() == self._thread:  # on the loop (a coroutine): keep the order with the result
            self._set_progress(done, total)
            return
        try:
            self._loop.call_soon_threadsafe(self._set_progress, done, total)
        except RuntimeError:  # loop closed: the app is quitting
            pass

    def _set_progress(self, done: int, total: int) -> None:
        if self.state != RUNNING or not shiboken6.isValid(self):
            return
        self.done, self.total = done, total
        self.progressChanged.emit(done, total)
        self._call("progress", done, total)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _call(self, which: str, *args: Any) -> None:
        callback = self._callbacks.get(which)
        if callback is None or not self._owner_alive():
            return
        try:
            callback(*args)
        except Exception:  # a bug in a callback must not kill the loop
            log.exception("task %r: %s callback failed", self.name, which)

    def cancel(self, *, pause: bool = False) -> None:
        """Stop the task now (GUI thread). With pause=True the state is PAUSED and on_pause() runs."""
        if self.state != RUNNING:
            return
        self.context.cancel_event.set()
        if self._future is not None and not self._future.done():
            self._future.cancel()
        self._finish(PAUSED if pause else CANCELLED)
        if pause and self.on_pause is not None:
            try:
                self.on_pause()
            except Exception:
                log.exception("task %r: on_pause failed", self.name)

    def _finish(self, state: str) -> None:
        if self.state != RUNNING:
            return
        self.state = state
        if shiboken6.isValid(self):
            self.stateChanged.emit(state)
        if state in (CANCELLED, PAUSED):
            self._call("cancelled")
        self._call("finished", state)
        self._callbacks.clear()
        if self._owner_slot is not None and self._owner_alive() and self._owner is not None:
            try:
                self._owner.destroyed.disconnect(self._owner_slot)
            except (RuntimeError, TypeError):
                pass
        self._owner_slot = None
        self._owner = None
        self._manager._forget(self)


class TaskManager(QObject):
    """Starts tasks, lists the running ones (the status bar shows them), stops them at quit."""

    taskStarted = Signal(object)  # Task
    taskFinished = Signal(object)  # Task (any final state)
    message = Signal(str)  # a short user message for the status bar

    def __init__(
        self,
        lang: Callable[[], str] = lambda: "en",
        *,
        max_workers: int = 8,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._max_workers = max_workers
        self._executor_value: ThreadPoolExecutor | None = None  # made on first use
        self._tasks: list[Task] = []
        self._shut = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def executor(self) -> ThreadPoolExecutor:
        if self._executor_value is None:
            if self._shut:
                raise RuntimeError("the task manager was shut down")
            from concurrent.futures import ThreadPoolExecutor

            self._executor_value = ThreadPoolExecutor(
                max_workers=self._max_workers, thread_name_prefix="ipdesk-worker"
            )
        return self._executor_value

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def running(self) -> list[Task]:
        return [t for t in self._tasks if t.running]

    def run(
        self,
        name: str | Callable[[], str],
        work: Callable[[TaskContext], Any],
        *,
        owner: QObject | None,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[str], None] | None = None,
        on_pause: Callable[[], None] | None = None,
        show: bool = True,
        own_loop: bool = False,
        ask_on_close: bool = True,
    ) -> Task:
        """Start `work(ctx)` (coroutine function or blocking function). `show=False` keeps it out of the
        status bar list (tiny housekeeping tasks such as keyring reads). `own_loop=True` runs a coroutine
        function on a worker thread in its own asyncio loop instead of on the GUI loop. `ask_on_close=False` marks
        automatic work (e.g. the release monitor's refresh) that quitting stops without asking. `name` may be a
        function returning the translated name: the status bar then follows a language switch."""
        if own_loop:
            if not inspect.iscoroutinefunction(work):
                raise TypeError("own_loop=True needs an async def work(ctx)")
            work = functools.partial(_run_in_own_loop, work)
        if self._shut:
            raise RuntimeError("the task manager is shut down")
        task = Task(name, self, owner)
        task.on_pause = on_pause
        task._callbacks.update(
            result=on_result,
            error=on_error,
            progress=on_progress,
            cancelled=on_cancelled,
            finished=on_finished,
        )
        task.shown = show
        task.ask_on_close = ask_on_close
        if owner is not None:
            ref = weakref.ref(task)

            def owner_gone(*_: object) -> None:
                alive = ref()
                if alive is not None:
                    alive._callbacks.clear()  # the owner is going away: never call back into it
                    alive._owner_slot = None
                    alive._owner = None
                    alive.cancel()

            task._owner_slot = owner_gone
            owner.destroyed.connect(owner_gone)
        self._tasks.append(task)
        task._future = _event_loop().create_task(self._drive(task, work))
        if show:
            self.taskStarted.emit(task)
        return task

    async def _drive(self, task: Task, work: Callable[[TaskContext], Any]) -> None:
        import asyncio

        ctx = task.context
        try:
            if inspect.iscoroutinefunction(work):
                result = await work(ctx)
            else:
                loop = asyncio.get_running_loop()
                result = await loop.run_in_executor(self.executor, work, ctx)
        except asyncio.CancelledError:
            task._finish(PAUSED if task.state == PAUSED else CANCELLED)
            return
        except TaskCancelled:
            task._finish(CANCELLED)
            return
        except Exception as exc:
            if ctx.cancelled or _is_cancel_error(exc):
                task._finish(CANCELLED)
                return
            text = self.user_message(exc)
            log.error("task %r failed: %s", task.name, text, exc_info=exc)
            task.error_message = text
            task.error = exc
            task._call("error", text)
            self.message.emit(text)
            task._finish(FAILED)
            return
        if task.state != RUNNING:
            return
        if ctx.cancelled:
            task._finish(CANCELLED)
            return
        task._call("result", result)
        task._finish(DONE)

    def run_from_timer(self, *args: Any, **kwargs: Any) -> Task | None:
        """``run()`` for work a QTimer starts (a debounced save or read): None instead of an error when the timer
        fires while the app quits (the task layer shut down, or no event loop any more)."""
        try:
            return self.run(*args, **kwargs)
        except RuntimeError:
            log.info(
                "not started while quitting: %s", args[0] if args and isinstance(args[0], str) else "task"
            )
            return None

    def user_message(self, exc: BaseException) -> str:
        """The words a user sees for an exception (never a traceback)."""
        from ipdesk.api.errors import ApiError
        from ipdesk.messages import MessageError
        from ipdesk.services.secrets import KeyringUnavailable

        if isinstance(exc, ApiError | MessageError):  # catalogue messages: what is wrong and what to do
            return exc.message(self._lang())
        if callable(getattr(exc, "user_message", None)):
            return exc.user_message()
        if isinstance(exc, KeyringUnavailable):
            from ipdesk.ui.core.texts import keyring_reason

            return keyring_reason(exc.reason)
        return QCoreApplication.translate(
            "TaskManager", "Unexpected error ({0}). The details were written to the log."
        ).format(type(exc).__name__)

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            if getattr(task, "shown", True) and shiboken6.isValid(self):
                self.taskFinished.emit(task)

    def stop_all(self, *, pause: bool = True) -> int:
        """Cancel every running task (as paused by default); returns how many were stopped."""
        running = self.running()
        for task in running:
            task.cancel(pause=pause)
        return len(running)

    def shutdown(self) -> None:
        """aboutToQuit: stop every task (paused, so jobs resume later) and release the worker pool."""
        if self._shut:
            return
        self._shut = True
        self.stop_all(pause=True)
        if self._executor_value is not None:
            self._executor_value.shutdown(wait=False, cancel_futures=True)


def _run_in_own_loop(work: Callable[[TaskContext], Any], ctx: TaskContext) -> Any:
    """A worker thread's body for `own_loop=True`: the coroutine in a fresh asyncio loop."""
    import asyncio

    return asyncio.run(work(ctx))


def _event_loop() -> asyncio.AbstractEventLoop:
    """The GUI thread's asyncio loop (the qasync loop; app.run_gui sets it once the window is shown)."""
    import asyncio

    return asyncio.get_event_loop()


class GuiPost:
    """Delivers calls from worker threads to the GUI thread (through the qasync loop) for one receiver.

        post = GuiPost(self)           # in the receiver's __init__, on the GUI thread
        run = post.next_run()          # when a new run starts
        post(run, self.rowsAdded.emit, rows)   # from the worker: runs on the GUI thread

    A call is dropped when the receiver was deleted or a newer run began in the meantime.
    """

    def __init__(self, receiver: QObject) -> None:
        self._receiver = weakref.ref(receiver)
        self._loop = _event_loop()
        self.run = 0

    def next_run(self) -> int:
        self.run += 1
        return self.run

    def __call__(self, run: int, fn: Callable[..., Any], *args: Any) -> None:
        def deliver() -> None:
            receiver = self._receiver()
            if receiver is not None and shiboken6.isValid(receiver) and run == self.run:
                fn(*args)

        try:
            self._loop.call_soon_threadsafe(deliver)
        except RuntimeError:  # loop closed: the app is quitting
            pass


def _is_cancel_error(exc: BaseException) -> bool:
    try:
        from ipdesk.api.errors import CancelledError as ApiCancelled
    except ImportError:
        return False
    return isinstance(exc, ApiCancelled)
