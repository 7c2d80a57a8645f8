"""Keep the tracebacks of disk, state and API errors out of Prefect's logs of a run.

A full disk, an unwritable state file or a Prefect API that went away is not a bug: the command
ends with one line naming it (flows/cli.py, flows/observer.py), and Prefect's engine would log
each failed task run's and the flow run's traceback before it (over a hundred lines for one full
disk). Their one-line messages stay.
"""

from __future__ import annotations

import logging

from flows.observer import API_ERRORS

# What is reported in one line, not as a bug.
QUIET_ERRORS = (OSError, *API_ERRORS)

# The loggers of Prefect's task and flow run engines, which log a failure with its traceback.
ENGINE_LOGGERS = ("prefect.task_runs", "prefect.flow_runs")


class NoTracebackForOSError(logging.Filter):
    """Drop the traceback of a log record about a `QUIET_ERRORS` error; keep its message."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Strip the traceback of a disk or API error from a record; let every record through."""
        if record.exc_info and isinstance(record.exc_info[1], QUIET_ERRORS):
            record.exc_info, record.exc_text = None, None
        return True


def quiet_os_errors() -> None:
    """Install `NoTracebackForOSError` on Prefect's engine loggers (once per process)."""
    for name in ENGINE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, NoTracebackForOSError) for f in logger.filters):
            logger.addFilter(NoTracebackForOSError())
