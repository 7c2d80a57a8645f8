"""The presswash command: run the flow once, serve it on a schedule, start the Prefect UI, or
review a run's output (show one document, report the last run)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flows.run.settings import OPTIONS, option_kind, read_config

if TYPE_CHECKING:
    from flows.run.settings import Settings
    from flows.server import TemporaryServer

# Offline machines: Prefect's telemetry would log an error on every run; a loaded machine needs
# more than the default 20 s for the temporary server to start (../shared/PREFECT-NOTES.md).
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}
UI_URL = "http://127.0.0.1:4200"
METAVARS = {Path: "PATH", int: "N", float: "X"}
DESCRIPTION = """\
Clean a folder of scraped news documents into clean text plus a manifest that says, for every
document, what was removed and why and which other documents it overlaps. Runs are incremental:
only what is new or changed since the last run into the same output folder is processed."""
RUN_DESCRIPTION = """\
Clean every new or changed document under --raw into --out and flag overlapping documents."""


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser; option names match the flow's parameters."""
    from flows.run.terminal import HELP_FILES

    parser = argparse.ArgumentParser(
        prog="presswash",
        description=DESCRIPTION,
        epilog=HELP_FILES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="clean what is new in the raw path once",
        description=RUN_DESCRIPTION,
        epilog=HELP_FILES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_run_options(run)
    serve = commands.add_parser("serve", help="serve a deployment of the flow on a cron schedule")
    add_run_options(serve)
    serve.add_argument("--cron", default="0 * * * *", help='cron schedule (default: "0 * * * *")')
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    ui = commands.add_parser("ui", help="start the Prefect server and UI on 127.0.0.1:4200")
    ui.add_argument("--port", type=int, default=4200)
    show = commands.add_parser("show", help="print one document's record: removals, overlaps, text")
    show.add_argument("id", help="document id (or the start of one)")
    show.add_argument("--out", default="clean", help="output folder (default: clean)")
    report = commands.add_parser("report", help="print the last run's summary")
    report.add_argument("--out", default="clean", help="output folder (default: clean)")
    report.add_argument("--state", default=None, help="state folder (default: OUT/.presswash)")
    report.add_argument("--json", action="store_true", help="print the last run's numbers as JSON")
    return parser


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """Add the options shared by ``run`` and ``serve``: one per field of `Settings`."""
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read options from a TOML file (keys: the options' names, e.g. "
        "batch_size = 500); options given here win",
    )
    for option in OPTIONS:
        flag, kind = f"--{option.name.replace('_', '-')}", option_kind(option.name)
        about = option.metadata["help"]
        if kind is bool:  # --full / --no-full: a flag can undo a config file's true
            parser.add_argument(
                flag, action=argparse.BooleanOptionalAction, default=None, help=about
            )
            continue
        if option.default is not None:
            about = f"{about} (default: {option.default})"
        parser.add_argument(
            flag,
            type=str if kind is Path else kind,
            default=None,
            help=about,
            choices=option.metadata["choices"],
            metavar=METAVARS.get(kind),
        )


def chosen_options(args: argparse.Namespace) -> dict[str, Any]:
    """Return the options a user chose: the config file's, then the command line's on top."""
    chosen = read_config(args.config) if args.config else {}
    given = {o.name: getattr(args, o.name) for o in OPTIONS if getattr(args, o.name) is not None}
    return chosen | given


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    from flows.run.terminal import reject_unknown

    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        reject_unknown(parser, args.command, unknown)
    if args.command in ("show", "report"):
        from flows.run.terminal import report_command, show_command

        if args.command == "show":
            return show_command(args.id, args.out)
        return report_command(args.out, args.state, as_json=args.json)
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    from flows.run.settings import SettingsError, make_settings

    if args.command == "ui":
        return start_ui(args.port)
    try:
        settings = make_settings(**chosen_options(args))
    except SettingsError as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 2
    if args.command == "serve":  # absolute paths: a deployment runs later, maybe elsewhere
        return serve(settings.parameters(), args.cron, args.name)
    return run_once(settings.parameters(), settings)


def run_once(params: dict, settings: Settings) -> int:
    """Run the flow once and print its summary and where to see it in the UI.

    The output folder is checked and locked before Prefect starts (seconds), so that a second run
    on the same folder, or an unwritable folder, stops at once with one clear message.
    """
    from flows.signals import stop_on_signals, unblocked_signals

    # First: a thread started before (numpy's, at its import) could take Ctrl-C (flows/signals.py).
    stop_on_signals(lambda: clear_staging(settings.out, settings.state))
    from flows.run.output import check_writable
    from flows.run.state import (
        RunLockedError,
        StateError,
        claim_state,
        clear_staging,
        lock_folder,
        run_lock,
    )
    from flows.server import ServerStartError, start_temporary_server

    for folder in (settings.out, settings.state):
        try:
            check_writable(folder)
        except OSError as err:
            print(f"presswash: cannot write to {folder}: {err.strerror or err}", file=sys.stderr)
            return 2
    try:
        with run_lock(lock_folder(settings.out), command_line=True):
            claim_state(settings.state, settings.out)
            # The server starts before anything heavy is imported here (numpy alone: 0.2 s): its
            # boot is what a run waits for first.
            with unblocked_signals():
                server = start_temporary_server()
            if server is not None:  # Prefect's "View at" link: the UI `presswash ui` starts
                os.environ.setdefault("PREFECT_UI_URL", UI_URL)
            return run_flow(params, server)
    except StateError as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 2
    except ServerStartError as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 6
    except RunLockedError as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 3
    except OSError as err:
        print(f"presswash: cannot write outputs: {err}", file=sys.stderr)
        return 4


def run_flow(params: dict, server: TemporaryServer | None) -> int:
    """Import the flow while the temporary server boots, run it, and print what it did."""
    from prefect import tags

    from cleaners.overlap.index import OverlapIndexError
    from flows.flow import presswash
    from flows.observer import API_ERRORS, FINISHED, warn_unreported
    from flows.run.report import terminal_summary
    from flows.runners import DaskClusterError

    if server is not None:
        import_while_waiting()
        server.wait_ready()
    try:
        with tags("presswash", "cli"):
            report = presswash(**params)
    except OverlapIndexError as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 5
    except DaskClusterError as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 7
    except API_ERRORS as err:  # after the run's work, if it finished (flows/observer.py)
        if not FINISHED:
            print(f"presswash: the Prefect API stopped answering: {err}", file=sys.stderr)
            return 8
        print(terminal_summary(FINISHED[-1][0]))
        return warn_unreported(frozenset({"final state"}))
    print(terminal_summary(report))
    if not report.files:
        from flows.run.terminal import no_documents_hint

        print(no_documents_hint(Path(params["raw"])), file=sys.stderr)
    print(ui_hint(report.flow_run_id, temporary=server is not None))
    return warn_unreported()


def import_while_waiting() -> None:
    """Import, while the temporary server boots, what a run would import later on its critical path.

    This process only waits for the server meanwhile (2-3 s after the flow's own imports here).
    datasketch: a run that signs documents in this process (small runs, ``--engine inline``)
    imports it at its first signature, ~0.9 s as datasketch's package imports scipy (worker
    processes import it in their first batch). fastapi's encoder: Prefect imports it to send the
    flow run's parameters when it creates the run (0.3 s).
    """
    import datasketch  # noqa: F401
    import fastapi.encoders  # noqa: F401


def ui_hint(flow_run_id: str | None, *, temporary: bool) -> str:
    """Return how to look at a run in the Prefect UI."""
    from flows.server import configured_api_url

    api = configured_api_url()
    if api and not temporary:
        base = api.rstrip("/").removesuffix("/api")
        return f"See the run in the Prefect UI: {base}/v2/runs/flow-run/{flow_run_id}?tab=Artifacts"
    return (
        "This run used Prefect's temporary local server. To see it in the Prefect UI, start the UI "
        f"with `presswash ui` and open {UI_URL}/v2/runs/flow-run/{flow_run_id}?tab=Artifacts"
    )


def serve_banner(name: str, cron: str, *, api_url: str | None) -> str:
    """Return what `presswash serve` prints first: what it serves and how to trigger a run."""
    head = f"presswash: serving deployment 'presswash/{name}' on cron {cron!r}; Ctrl-C to stop."
    if api_url:
        return f"{head}\nTrigger a run now with: prefect deployment run 'presswash/{name}'"
    # The temporary server lives inside this process: no other shell or UI can reach it.
    return (
        f"{head}\nNo Prefect server is set up (PREFECT_API_URL is unset), so the schedule runs on a "
        "temporary server inside this process, which no other shell or UI can reach. To trigger "
        "runs by hand and see them in the UI, start `presswash ui` and "
        f"`export PREFECT_API_URL={UI_URL}/api` before `presswash serve`."
    )


def serve(params: dict, cron: str, name: str) -> int:
    """Serve a deployment of the flow on a cron schedule (a long-lived process)."""
    from flows.deployment import build_deployment
    from flows.foreground import serve_deployment
    from flows.server import configured_api_url

    print(serve_banner(name, cron, api_url=configured_api_url()), flush=True)
    serve_deployment(build_deployment(params, cron, name))
    return 0


def start_ui(port: int) -> int:
    """Start the Prefect server with its UI in the foreground."""
    from flows.foreground import run_server

    print(
        f"presswash: starting the Prefect UI at http://127.0.0.1:{port} (Ctrl-C to stop).\n"
        f"Point runs at it with: export PREFECT_API_URL=http://127.0.0.1:{port}/api"
    )
    prefect = os.path.join(os.path.dirname(sys.executable), "prefect")
    command = [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    # The UI asks the API on PREFECT_SERVER_API_PORT: without it, any port but 4200 breaks the UI.
    return run_server(command, {**os.environ, "PREFECT_SERVER_API_PORT": str(port)})


if __name__ == "__main__":
    sys.exit(main())
