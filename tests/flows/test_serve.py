"""The serve entry point registers a deployment with the cron schedule (read back through the API)."""

import pytest

pytestmark = pytest.mark.prefect


def test_deployment_carries_the_cron_schedule_and_the_cli_options(prefect_api, corpus, tmp_path):
    from prefect.client.orchestration import get_client

    from flows.cli import build_parser, chosen_options
    from flows.deployment import build_deployment
    from flows.run.settings import make_settings

    args = build_parser().parse_args(
        ["serve", "--cron", "*/15 * * * *", "--raw", str(corpus), "--out", str(tmp_path / "clean")]
    )
    parameters = make_settings(**chosen_options(args)).parameters()
    deployment_id = build_deployment(parameters, args.cron, "test-schedule").apply()
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment(deployment_id)
    assert deployment.name == "test-schedule"
    assert [s.schedule.cron for s in deployment.schedules] == ["*/15 * * * *"]
    assert deployment.parameters["raw"] == str(corpus)
    assert deployment.parameters["out"] == str(tmp_path / "clean")
    assert deployment.parameters["same_story_window_days"] == 7  # every setting, pinned
    assert "presswash" in deployment.tags


def test_serve_points_at_a_reachable_server_before_promising_a_trigger():
    from flows.cli import serve_banner

    # Without a configured server the runner's temporary server is private to the process: the
    # `prefect deployment run` hint would fail from any other shell, so it is not offered.
    private = serve_banner("scheduled", "0 * * * *", api_url=None)
    assert "prefect deployment run" not in private
    assert "PREFECT_API_URL" in private and "presswash ui" in private

    shared = serve_banner("scheduled", "0 * * * *", api_url="http://127.0.0.1:4200/api")
    assert "prefect deployment run 'presswash/scheduled'" in shared
    assert "temporary server" not in shared
