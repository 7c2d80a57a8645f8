"""The one Prefect internal presswash relies on: how Prefect launches its temporary API server.

Prefect's launcher (``prefect.server.api.server.SubprocessASGIServer``) sits in Prefect's server
package, whose import alone takes seconds that a one-off run would wait for; presswash starts the
same command before Prefect is imported instead (flows/server.py). tests/flows/test_server.py
checks this command and environment against Prefect's own launcher.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

# Prefect's private switches for its temporary server, read by its app factory: services of a
# temporary server only (no scheduler), and the app built once.
EPHEMERAL_ENVIRONMENT = {"PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def server_command(port: int) -> list[str]:
    """Return the command that serves Prefect's API on a loopback port, as Prefect itself does."""
    package = importlib.util.find_spec("prefect")  # found, not imported
    app_dir = Path(package.origin).parent.parent if package and package.origin else Path(".")
    return [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
            "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]
