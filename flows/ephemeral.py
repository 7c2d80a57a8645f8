"""The Prefect internals presswash relies on, to start a run's temporary server before Prefect.

Prefect's own launcher (``prefect.server.api.server.SubprocessASGIServer``) sits in Prefect's
server package, and its settings (``prefect.settings.get_current_settings``) in Prefect's package
too: importing either takes seconds that a one-off run would wait for, and Prefect fixes a
process's settings when it is imported, so the run's API must be in the environment before that.
So presswash reads where Prefect would find an API, and starts Prefect's server the way Prefect
does, itself. tests/flows/test_server.py checks both against Prefect's own answers.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

# Prefect's private switches for its temporary server, read by its app factory: services of a
# temporary server only (no scheduler), and the app built once.
EPHEMERAL_ENVIRONMENT = {"PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def server_command(port: int) -> list[str]:
    """Return the command that serves Prefect's API on a loopback port, as Prefect itself does."""
    package = importlib.util.find_spec("prefect")  # found, not imported
    app_dir = Path(package.origin).parent.parent if package and package.origin else Path(".")
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(app_dir),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]


def configured_api_url(folder: Path | None = None) -> str | None:
    """Return the API URL Prefect's settings name, in the order Prefect reads them, if any.

    The environment, ``.env``, ``prefect.toml`` and ``pyproject.toml`` in the working folder
    (``folder``), then the active profile.
    """
    folder = folder or Path.cwd()
    found = (
        os.environ.get("PREFECT_API_URL")
        or dotenv_value(folder / ".env", "PREFECT_API_URL")
        or toml_value(folder / "prefect.toml", "api", "url")
        or toml_value(folder / "pyproject.toml", "tool", "prefect", "api", "url")
        or profile_value("PREFECT_API_URL")
    )
    return found or None


def profile_value(name: str) -> Any:
    """Return a setting of the active Prefect profile (``PREFECT_PROFILE`` or the file's)."""
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    profiles = read_toml(path)
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    profile = profiles.get("profiles", {}).get(active, {})
    return profile.get(name) if isinstance(profile, dict) else None


def toml_value(path: Path, *keys: str) -> Any:
    """Return the value at ``keys`` in a TOML file (None if the file or a key is missing)."""
    value: Any = read_toml(path)
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def dotenv_value(path: Path, name: str) -> str | None:
    """Return a variable's value in a ``.env`` file (``NAME=value`` lines), if set there."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        key, _, value = line.removeprefix("export ").partition("=")
        if key.strip() == name:
            return value.strip().strip("'\"") or None
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """Return a TOML file's tables (empty when it is missing or damaged)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
