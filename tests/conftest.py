"""Fixtures shared by every test folder: one Prefect test API for the whole session."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """Run the session's flow tests against Prefect's test harness (a real local API)."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    os.environ.pop("PREFECT_API_URL", None)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
