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
