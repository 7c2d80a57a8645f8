"""Fixtures for robustness tests: one Prefect API for the session, environments for CLI runs."""

from __future__ import annotations

import pytest

from tests.robustness.support import cli_env


@pytest.fixture(scope="session")
def api_env(prefect_api) -> dict[str, str]:
    """Return the environment of a `presswash run` subprocess that reports to the test server.

    Pointing runs at the session's server spares each of them Prefect's temporary server
    (10-20 s to start on these machines).
    """
    from prefect.settings import PREFECT_API_URL

    return cli_env(PREFECT_API_URL=PREFECT_API_URL.value())


@pytest.fixture
def offline_env(tmp_path) -> dict[str, str]:
    """Return the environment of a run that must stop before Prefect starts (usage errors).

    Its API address refuses connections, so a run that got as far as Prefect fails fast instead
    of starting a temporary server.
    """
    return cli_env(
        PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_URL="http://127.0.0.1:9/api"
    )
