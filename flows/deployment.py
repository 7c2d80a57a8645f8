"""The scheduled deployment of the presswash flow (served by ``presswash serve``)."""

from __future__ import annotations

from prefect.deployments.runner import RunnerDeployment

from flows.flow import presswash


def build_deployment(params: dict, cron: str, name: str) -> RunnerDeployment:
    """Return a deployment of the flow on a cron schedule whose parameters are the CLI's options."""
    return presswash.to_deployment(
        name=name,
        cron=cron,
        parameters=params,
        tags=["presswash", "scheduled"],
        description="Clean what is new in the raw folder and flag overlaps, on a schedule.",
    )
