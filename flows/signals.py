"""Stop a `presswash run` on SIGINT or SIGTERM: within seconds, one line, no process left behind.

A run's outputs survive any kill (flows/run/publish.py publishes in an order a rerun repairs), so
stopping needs no cooperation from the stages: the command's process ends every process it
started, removes its staging folder, says so in one line and exits 130 (SIGINT) or 143 (SIGTERM).
Prefect's own handling (its SIGTERM handler raises into the flow, its crash reporting talks to an
API that may be stopping too) waited minutes and printed hundreds of lines of tracebacks.

The signals are blocked in every thread of the command's process and taken by one thread of its
own: Prefect replaces the SIGTERM handler while a flow runs, but a blocked signal never reaches a
handler. Processes started later inherit the block; worker processes also move to a process
group of their own (`leave_run_group`), so that a Ctrl-C to the terminal's process group reaches
the command alone, which then ends them. The temporary Prefect server starts with them unblocked
(it is stopped with SIGTERM at the end of a run).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from multiprocessing import resource_tracker

import psutil

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
# How long the processes of a stopped run get to go after SIGKILL (they cannot refuse it).
KILL_WAIT_SECONDS = 5.0
# Linux's prctl option that sends a process a signal when its parent dies.
PR_SET_PDEATHSIG = 1


def stop_on_signals(cleanup: Callable[[], object], what: str = "run") -> None:
    """Stop this process and every process it starts on SIGINT or SIGTERM, once ``cleanup`` ran.

    Call it in the main thread before any other thread starts (the block is inherited by threads,
    and by the processes started after it).
    """
    # multiprocessing starts its resource tracker (with the first worker pool) between a block
    # and an unblock of these very signals, which would undo ours: started now, it never does.
    resource_tracker.ensure_running()
    for signum in STOP_SIGNALS:  # for the moments they are unblocked (`unblocked_signals`)
        signal.signal(signum, lambda number, _frame: stop(number, cleanup, what))
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    waiter = threading.Thread(
        target=wait_and_stop, args=(cleanup, what), name="presswash-signals", daemon=True
    )
    waiter.start()


@contextmanager
def unblocked_signals() -> Iterator[None]:
    """Let this thread take the stop signals for a moment: a process started meanwhile can be
    stopped with SIGTERM (the temporary server is), as it would be with them blocked."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def wait_and_stop(cleanup: Callable[[], object], what: str) -> None:
    """Wait for a stop signal, then stop the run (the body of the signal thread)."""
    signum = signal.sigwait(STOP_SIGNALS)
    stop(signum, cleanup, what)


def stop(signum: int, cleanup: Callable[[], object], what: str) -> None:
    """End every process of the run, run ``cleanup``, print one line and exit 128 + ``signum``."""
    stderr = os.dup(2)
    # Whatever the run's threads print while they die is noise: the one line below says it all.
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        os.dup2(devnull, fd)
    end_descendants()
    # Stopping must not fail on its cleanup: the next run removes what is left.
    with suppress(Exception):
        cleanup()
    name = signal.Signals(signum).name
    os.write(
        stderr,
        (
            f"presswash: {what} stopped by {name}; the outputs are consistent, run again "
            "to finish it\n"
        ).encode(),
    )
    os._exit(128 + signum)


def end_descendants() -> None:
    """SIGKILL every process this one started, theirs too, and wait until all are gone."""
    me = psutil.Process()
    while True:
        try:
            children = me.children(recursive=True)
        except psutil.Error:
            return
        if not children:
            return
        for child in children:
            with suppress(psutil.NoSuchProcess):
                child.kill()
        psutil.wait_procs(children, timeout=KILL_WAIT_SECONDS)


def leave_run_group() -> None:
    """Move a worker process out of the run's process group; end it if the run's process dies.

    A Ctrl-C (or `kill -INT -<pgid>`) then reaches the command alone, which ends its workers
    itself; a worker that got it would print a KeyboardInterrupt traceback. Linux only for the
    second part: elsewhere a worker whose run was SIGKILLed ends when it next reads its queue.
    """
    parent = os.getppid()
    try:
        os.setpgid(0, 0)
    except OSError:
        return  # a session leader (not started by the run): leave it as it is
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:  # the run died before prctl: nobody would signal
            os._exit(1)
