"""The Prefect API observes a run: when it goes away, the run finishes without it.

Task runs, progress and artifacts are reported to the API; none of them is needed for the outputs.
Once a call to the API fails (after the client's own retries), the run stops asking it: the rest
of its tasks run as plain functions in the flow's process, progress and artifacts are skipped,
and the command says in one line what was not reported (a server killed mid-run made the run
throw its finished work away, exit 1 with 223 lines of traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import httpx
from prefect.exceptions import PrefectHTTPStatusError
from prefect.utilities.annotations import BaseAnnotation

# What a call to an API that has gone away raises (connection refused, timeouts, a dying server's
# 5xx answers).
API_ERRORS = (httpx.HTTPError, PrefectHTTPStatusError)

# The reports of the runs this process finished, and what each could not report: the command
# reads them when Prefect's engine fails after the run's work (setting its final state).
FINISHED: list[tuple[Any, frozenset[str]]] = []


class Observer:
    """Track whether the Prefect API still answers during one run, and what went unreported."""

    def __init__(self, logger) -> None:
        self.logger, self.down, self.unreported = logger, False, set()

    def report(self, what: str, call: Callable, *args, **kwargs) -> Any:
        """Call the API for ``what`` (progress, artifacts); skip it once the API has gone."""
        if self.down:
            self.unreported.add(what)
            return None
        try:
            return call(*args, **kwargs)
        except API_ERRORS as err:
            self.lost(what, err)
            return None

    def run(self, task, **kwargs) -> Any:
        """Run a task; its plain function in this process once the API has gone."""
        if self.down:
            return task.fn(**unwrapped(kwargs))
        try:
            return task(**kwargs)
        except API_ERRORS as err:
            self.lost("task runs", err)
            return task.fn(**unwrapped(kwargs))

    def result(self, future, task, call: dict) -> Any:
        """Return a submitted task run's result; run its function here if the API went away."""
        try:
            return future.result()
        except API_ERRORS as err:
            self.lost("task runs", err)
            return task.fn(**unwrapped(call))

    def lost(self, what: str, err: Exception) -> None:
        """Record that the API stopped answering; warn once."""
        self.unreported.add(what)
        if not self.down:
            self.down = True
            self.logger.warning(
                "the Prefect API stopped answering (%s); the run goes on without it",
                type(err).__name__,
            )

    def finish(self, report) -> None:
        """Remember a finished run's report and what it could not report."""
        FINISHED.append((report, frozenset(self.unreported)))


def unwrapped(kwargs: dict) -> dict:
    """Return task arguments without Prefect's annotations (``quote``), as a task run gets them."""
    return {k: v.unwrap() if isinstance(v, BaseAnnotation) else v for k, v in kwargs.items()}


def not_reported_line(unreported: frozenset[str]) -> str | None:
    """Return the line saying what a run could not report to the API, if anything."""
    if not unreported:
        return None
    return (
        "presswash: the Prefect API stopped answering during the run: its outputs are complete, "
        f"but its {', '.join(sorted(unreported))} were not reported"
    )


def warn_unreported(also: frozenset[str] = frozenset()) -> int:
    """Print what the last finished run could not report to the API, if anything; return 0."""
    line = not_reported_line(FINISHED[-1][1] | also) if FINISHED else None
    if line:
        print(line, file=sys.stderr)
    return 0
