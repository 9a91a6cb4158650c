"""Running one function over many inputs on Dask distributed, results handed back in input order.

``workers_for(workers, scheduler)`` opens a client: a local cluster of worker
processes (one thread each) or a running scheduler (``tcp://HOST:PORT``), with
a worker plugin that loads the spaCy pipeline once per worker. ``ordered(...)``
submits a bounded window of tasks and yields each item's result in the order of
the inputs, so a single writer in the client process stores documents in the
same order as a serial run (cross-document resolution then gives the same
store), while the workers extract the next documents. Without a cluster
(``client is None``) the same generator runs the function in this process.
A task that cannot finish (its worker died, more than the scheduler allows)
is yielded as a ``Lost`` for that item; the others go on.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from ..errors import BadClusterOptionError, ClusterStartError, SchedulerError
from ..settings import SCHEDULER_TIMEOUT, number

ADDRESS = re.compile(r"^(tcp|tls|inproc)://[^\s/]+(:\d+)?$|^[\w.\-]+:\d+$")
QUIET_MONITORING = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "500ms",
                    "distributed.admin.system-monitor.interval": "2s",
                    "distributed.admin.system-monitor.disk": False,
                    "distributed.admin.system-monitor.gil.enabled": False,
                    "distributed.worker.memory.monitor-interval": "1s",
                    # Tasks of like size on a few workers: nothing to steal or rebalance (both run
                    # periodically in the scheduler, in this process, next to the writer).
                    "distributed.scheduler.work-stealing": False,
                    "distributed.scheduler.active-memory-manager.start": False,
                    # Each worker holds its share of the window (``ordered`` bounds it) and starts
                    # the next document at once, instead of asking the scheduler for it after each
                    # one: a round trip through this busy process (the writer holds its GIL).
                    "distributed.scheduler.worker-saturation": float("inf")}
WINDOW_PER_WORKER = 4       # tasks in flight per worker: keeps workers busy, bounds buffered results


@dataclass
class Lost:
    """An item whose task never came back (its worker died, or the task could not be run)."""
    reason: str


def check_options(workers: int, scheduler: str | None) -> None:
    if workers < 1:
        raise BadClusterOptionError(f"--workers {workers} is not a number of worker processes",
                                    fix="Use --workers 1 (no cluster) or more.")
    if scheduler is not None and not ADDRESS.match(scheduler.strip()):
        raise BadClusterOptionError(f"--scheduler '{scheduler}' is not a scheduler address",
                                    fix="Use tcp://HOST:PORT, the address `dask scheduler` prints.")


class _InterruptNoise(logging.Filter):
    """Tracebacks the event loop logs because Ctrl+C stopped the run: distributed's ``sync()`` cancel
    callback raises NameError ('future') when the interrupt lands before its future exists, and once
    interrupted, futures and tasks cut short log their errors as they are dropped. The run is stopping
    and foothold says what is stored, so those records are dropped; before an interrupt, every other
    error still shows."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, NameError) and "'future'" in str(exc):
            return False
        return not (_INTERRUPTED.is_set() and (exc is not None or record.levelno >= logging.ERROR))


_INTERRUPTED = threading.Event()
_NOISE_FILTER = _InterruptNoise()
# Loggers whose records come from the event loop or the client as a run is cut short.
_LOOP_LOGGERS = ("tornado.application", "asyncio", "distributed.client", "distributed.utils", "distributed.core")


def _quiet_logs() -> None:
    # distributed logs cluster life (worker start/stop, closing comms) at INFO/WARNING on stderr;
    # foothold reports per-file outcomes itself.
    for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.worker",
                 "distributed.core", "distributed.comm", "distributed.batched", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)
    for name in _LOOP_LOGGERS:
        logging.getLogger(name).addFilter(_NOISE_FILTER)     # adding it twice is a no-op


def _unraisable_after_interrupt(unraisable) -> None:
    if not _INTERRUPTED.is_set():
        sys.__unraisablehook__(unraisable)


@contextmanager
def _interrupt_noted() -> Iterator[None]:
    """While the cluster runs, Ctrl+C first marks the run as interrupted (for ``_InterruptNoise``),
    then raises KeyboardInterrupt as usual."""
    import signal
    _INTERRUPTED.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum, frame):
        _INTERRUPTED.set()
        # A Future whose __init__ the interrupt cut short fails in __del__ ("no attribute '_cleared'")
        # when it is collected, possibly after this block: Python prints that as "Exception ignored"
        # with a traceback. The run is stopping, so such errors are dropped from here on.
        sys.unraisablehook = _unraisable_after_interrupt
        raise KeyboardInterrupt
    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _ctrl_c_left_to_this_process() -> Iterator[None]:
    """Worker processes started meanwhile ignore Ctrl+C (SIGINT reaches the whole terminal's process
    group): this process stops the run cleanly, says what is stored, and closes the cluster."""
    import signal
    import threading
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)     # inherited by the spawned workers
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_forkserver() -> dict:
    """Local workers are forked from one process that imported foothold and loaded the pipeline
    (``extract.preload``, multiprocessing's forkserver) instead of each being spawned to import and
    load it again: two spawned workers cost ~8 s of CPU before their first document, which 200
    short documents on 2 cores do not amortise (bench/parallel.py). Started first, so that it loads
    the pipeline while this process imports Dask and starts the scheduler. Returns the Dask
    settings that make the nannies fork from it, kept for the cluster's whole life (a worker its
    nanny restarts is forked the same way). Where there is no forkserver (Windows), workers are
    spawned as before."""
    import multiprocessing
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return {}
    import multiprocessing.forkserver
    multiprocessing.get_context("forkserver").set_forkserver_preload([f"{__package__}.preload"])
    with _ctrl_c_left_to_this_process():        # it, and the workers it forks, ignore Ctrl+C
        multiprocessing.forkserver.ensure_running()
    return {"distributed.worker.multiprocessing-method": "forkserver"}


def start_early(workers: int = 1, scheduler: str | None = None) -> None:
    """For local workers: start their forkserver now (it loads the pipeline in the background while
    the caller opens the store and lists its files); ``workers_for`` then finds it running."""
    if scheduler is None and isinstance(workers, int) and workers > 1:
        _start_forkserver()


def _stop_forkserver() -> None:
    """The forkserver ends with the cluster (its CPU is then counted to this process, and a later
    cluster starts one that loads the pipeline as configured then)."""
    import multiprocessing.forkserver as forkserver
    server = getattr(forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is not None:
        try:
            stop()
        except OSError:
            pass


@contextmanager
def workers_for(workers: int = 1, scheduler: str | None = None) -> Iterator[object | None]:
    """A Dask client for ``workers`` local processes or the ``scheduler`` given; None for one worker and no scheduler."""
    check_options(workers, scheduler)
    if scheduler is None and workers == 1:
        yield None
        return
    local = scheduler is None
    forked = _start_forkserver() if local else {}
    import dask
    from distributed import Client, LocalCluster
    _quiet_logs()
    timeout = number(SCHEDULER_TIMEOUT)
    if local:
        import distributed.utils
        # Our forkserver preload list (set in _start_forkserver) stands: distributed would
        # otherwise replace it with its own, importing pandas, bokeh, ... here and in the forkserver.
        distributed.utils._forkserver_preload_set = True
    with _interrupt_noted(), dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s",
                          "distributed.scheduler.allowed-failures": 2,
                          "distributed.worker.daemon": False,
                          # Each task takes ~0.1-1 s of CPU: background monitoring at millisecond
                          # intervals (and the statistical profiler) would take CPU from extraction.
                          **QUIET_MONITORING, **forked}):
        if scheduler is not None:
            try:
                client = Client(scheduler.strip(), timeout=f"{timeout}s", set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} within {timeout:g} s "
                                     f"({exc.__class__.__name__})",
                                     fix="Start it (`dask scheduler`, then `dask worker ADDRESS` where foothold is "
                                         "installed), check the address, or drop --scheduler to use local workers.") from exc
            cluster = None
        else:
            try:
                with _ctrl_c_left_to_this_process():
                    # Local workers log nothing below CRITICAL: a task's error reaches this process with
                    # its future (and foothold reports it per file), while a worker whose heartbeat finds
                    # the scheduler already closed (Ctrl+C, then cluster.close() on a loaded machine)
                    # would print a traceback after foothold has said what is stored.
                    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.CRITICAL)
                client = Client(cluster, set_as_default=False)
            except Exception as exc:
                _stop_forkserver()
                raise ClusterStartError(f"could not start {workers} local Dask workers "
                                        f"({exc.__class__.__name__}: {exc})",
                                        fix="Try fewer --workers, or --workers 1 (no cluster).") from exc
        try:
            try:
                from .worker_plugin import ModelPlugin
                client.register_plugin(ModelPlugin())
            except Exception as exc:
                raise ClusterStartError(f"the Dask workers could not load foothold's pipeline "
                                        f"({exc.__class__.__name__}: {exc})",
                                        fix="Install foothold (and its spaCy model) on every worker, "
                                            "with the same version as here.") from exc
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
                _stop_forkserver()


def worker_count(client) -> int:
    """How many workers the client has (at least 1)."""
    if client is None:
        return 1
    return max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))


def ordered(client, fn: Callable, items: list, *, args: tuple = (),
            window: int | None = None) -> Iterator[tuple[int, object]]:
    """``(index, fn(items[index], *args))`` in input order; a task that was lost gives ``Lost``.

    ``fn`` must catch its own errors (it runs on a worker: return a failure value instead);
    at most ``window`` tasks are out at once, and the results that came back early wait in
    a buffer until every earlier item was yielded.
    """
    if client is None:
        for i, item in enumerate(items):
            yield i, fn(item, *args)
        return
    from distributed import as_completed
    window = window or WINDOW_PER_WORKER * worker_count(client)
    futures: dict[object, int] = {}
    done: dict[int, object] = {}
    next_submit, next_yield = 0, 0
    pending = as_completed(loop=client.loop)

    def submit() -> None:
        nonlocal next_submit
        while next_submit < len(items) and next_submit - next_yield < window:
            future = client.submit(fn, items[next_submit], *args, pure=False)
            futures[future] = next_submit
            pending.add(future)
            next_submit += 1

    try:
        submit()
        while next_yield < len(items):
            if next_yield in done:
                yield next_yield, done.pop(next_yield)
                next_yield += 1
                submit()
                continue
            future = next(pending)
            index = futures.pop(future)
            try:
                done[index] = future.result()
            except Exception as exc:    # KilledWorker, a task that could not be unpickled, ...
                done[index] = Lost(f"{exc.__class__.__name__}: {exc}".strip().rstrip(":"))
            finally:
                future.release()
    finally:
        for future in list(futures):    # interrupted: nothing more is extracted
            future.cancel()


def share(client, value):
    """``value`` sent once to every worker (a future to pass in ``args``); the value itself without a cluster."""
    if client is None:
        return value
    return client.scatter([value], broadcast=True, hash=False)[0]    # a list: its items are scattered one each
