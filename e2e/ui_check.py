"""Check presswash end to end in the Prefect UI: server, run, artifacts, Chromium screenshots.

Starts ``prefect server`` on a free loopback port with a temporary PREFECT_HOME, runs presswash
against it, reads the run's artifacts back through the Prefect client, then renders the flow run's
Artifacts tab and the summary artifact with headless Chromium: each page must show what the API
holds (checked in the rendered DOM) and its screenshot must not be blank. Exits non-zero with a
message on any failure; the server is always stopped.

    python e2e/ui_check.py [--raw raw] [--screenshots DIR] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from pages import MARKDOWN_HEADING, Browser, check_png, expect_headings, expect_in_page, render
from processes import CheckFailed, last_lines, run_group, stop_group, tail
from review_pages import REVIEW_KEYS, expect_cells, expect_removed_line, expected, make_raw

REPO = Path(__file__).resolve().parents[1]
SUMMARY_KEY = "presswash-summary"
TABLE_KEYS = ("presswash-documents", "presswash-overlaps", "presswash-rejected")
PROGRESS_KEY = "presswash-progress"
# The old UI at / ignores ?tab=Artifacts (it opens Logs); the v2 UI honours it (PREFECT-NOTES.md).
TAB_PAGE = "/v2/runs/flow-run/{flow_run_id}?tab=Artifacts"
SUMMARY_PAGE = ARTIFACT_PAGE = "/v2/artifacts/artifact/{artifact_id}"
# Output of presswash's CLI: "See the run in the Prefect UI: <base>/runs/flow-run/<id>".
# A flow run's name says what it ran: "raw → clean: 9 documents, 9 new".
RUN_NAME = re.compile(r"raw → clean: \d+ documents?, \d+ new.*")
RUN_LINK = re.compile(
    r"/runs/flow-run/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
)


def main(argv: list[str] | None = None) -> int:
    """Run the check; return the process exit code."""
    args = parse_args(argv)
    chromium = args.chromium or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(chromium, os.X_OK):
        print(
            f"ui_check: FAILED: no Chromium at {chromium} (apt-get install chromium)",
            file=sys.stderr,
        )
        return 2
    # A CI timeout sends SIGTERM: turn it into SystemExit so that the server is still stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("ui_check: stopped by SIGTERM"))
    work = Path(tempfile.mkdtemp(prefix="presswash-e2e-"))
    # Screenshots outlive the work folder: they are the check's output.
    shots = Path(args.screenshots or tempfile.mkdtemp(prefix="presswash-ui-screenshots-")).resolve()
    started = time.monotonic()
    try:
        pngs = check(args, Browser(chromium, args.window_size, work), shots, started)
    except CheckFailed as err:
        print(f"ui_check: FAILED: {err}", file=sys.stderr)
        print(f"ui_check: kept {work} (server.log, clean/)", file=sys.stderr)
        return 1
    for png in pngs:
        print(f"ui_check: screenshot {png}")
    if args.keep:
        print(f"ui_check: kept {work} (server.log, clean/)")
    else:
        shutil.rmtree(work, ignore_errors=True)
    print(f"ui_check: OK in {time.monotonic() - started:.0f} s")
    return 0


def check(args: argparse.Namespace, browser: Browser, shots: Path, started: float) -> list[Path]:
    """Start the server, run presswash, check its artifacts and pages; return the screenshots."""
    port = free_port()
    env = prefect_env(browser.work / "prefect-home", port)
    log = browser.work / "server.log"
    server = start_server(env, port, log)
    try:
        wait_healthy(port, server, args.server_timeout, log)
        check_ui_settings(port)
        step(started, f"server healthy on port {port}")
        out = browser.work / "clean"
        raw = make_raw(
            browser.work / "raw", Path(args.raw).resolve(), Path(args.bench), args.dev_pages
        )
        flow_run_id = run_presswash(env, raw, out, args.run_timeout)
        step(started, f"presswash run {flow_run_id} finished")
        found = check_artifacts(env, flow_run_id)
        summary = str(found[SUMMARY_KEY].data)
        want = expected(
            out / "manifest.jsonl",
            table_rows(found["presswash-documents"].data),
            table_rows(found["presswash-overlaps"].data),
        )
        step(started, "artifacts read back through the Prefect client")
        shots.mkdir(parents=True, exist_ok=True)
        base = f"http://127.0.0.1:{port}"
        tab = shots / "artifacts-tab.png"
        dom = render(browser, base + TAB_PAGE.format(flow_run_id=flow_run_id), tab)
        expect_in_page(dom, [SUMMARY_KEY, *TABLE_KEYS, *REVIEW_KEYS], f"Artifacts tab ({tab})")
        pngs = [tab]

        def page(key: str, png: str) -> str:
            pngs.append(shots / png)
            url = base + ARTIFACT_PAGE.format(artifact_id=found[key].id)
            return render(browser, url, pngs[-1])

        dom = page(SUMMARY_KEY, "summary-artifact.png")
        expect_headings(dom, summary, f"summary page ({pngs[-1]})")
        dom = page("presswash-removals", "removals-artifact.png")
        expect_removed_line(dom, want, f"removals page ({pngs[-1]})")
        dom = page("presswash-documents", "documents-artifact.png")
        expect_cells(dom, [want.rejected_id, want.reason], f"documents page ({pngs[-1]})")
        dom = page("presswash-overlaps", "overlaps-artifact.png")
        expect_cells(dom, list(want.titles), f"overlaps page ({pngs[-1]})")
        for png in pngs:
            check_png(png, browser.window)
        step(
            started,
            f"pages rendered and checked: {want.rule} removed {want.line!r}; "
            f"{want.rejected_id} rejected ({want.reason}); pair {want.titles}",
        )
        return pngs
    finally:
        stop_group(server)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--raw",
        default=str(REPO / "raw"),
        help="the sample to run presswash on (copied with dev pages and a blank file)",
    )
    parser.add_argument(
        "--bench",
        default=str(REPO.parent / "shared" / "bench"),
        help="dev data with extraction/wcxb-dev/html (default: ../shared/bench)",
    )
    parser.add_argument("--dev-pages", type=int, default=3, help="dev pages added (default: 3)")
    parser.add_argument(
        "--screenshots", default=None, help="folder for the PNGs (default: a new temporary folder)"
    )
    parser.add_argument("--chromium", default=None, help="Chromium binary (default: chromium)")
    parser.add_argument("--server-timeout", type=float, default=120.0, help="seconds (default 120)")
    parser.add_argument("--run-timeout", type=float, default=900.0, help="seconds (default 900)")
    parser.add_argument(
        "--window-size",
        type=window_size,
        default=(1400, 1000),
        help="browser window WIDTH,HEIGHT (default: 1400,1000)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, outputs)")
    return parser.parse_args(argv)


def window_size(text: str) -> tuple[int, int]:
    """Parse WIDTH,HEIGHT."""
    width, _, height = text.partition(",")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTH,HEIGHT, not {text!r}") from None


def step(started: float, message: str) -> None:
    """Print a progress line with the seconds since the check started."""
    print(f"ui_check: {time.monotonic() - started:5.1f} s  {message}", flush=True)


def free_port() -> int:
    """Return a loopback TCP port that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prefect_env(home: Path, port: int) -> dict[str, str]:
    """Return the environment for the server and the run: private home, this server's API."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    api = f"http://127.0.0.1:{port}/api"
    env.update(
        {
            "PREFECT_HOME": str(home),
            "PREFECT_API_URL": api,
            # `prefect server start --port` does not tell the UI where the API is: it would call :4200.
            "PREFECT_UI_API_URL": api,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
        }
    )
    return env


def start_server(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    """Start ``prefect server`` on loopback in its own process group, logging to a file."""
    command = [
        sys.executable,
        "-m",
        "prefect",
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with log.open("wb") as out:
        return subprocess.Popen(
            command,
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def wait_healthy(port: int, server: subprocess.Popen, timeout: float, log: Path) -> None:
    """Wait until the server's health endpoint answers, or fail with its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CheckFailed(f"prefect server exited with {server.returncode}:\n{tail(log)}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise CheckFailed(f"prefect server not healthy after {timeout:.0f} s:\n{tail(log)}")


def check_ui_settings(port: int) -> None:
    """Fail unless the server tells its UI to call this server's API."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ui-settings", timeout=10) as resp:
            api_url = json.load(resp).get("api_url")
    except (OSError, ValueError) as err:
        raise CheckFailed(f"cannot read the UI's settings: {err}") from err
    if api_url != f"http://127.0.0.1:{port}/api":
        raise CheckFailed(
            f"the UI would call the API at {api_url}, not this server's (port {port})"
        )


def run_presswash(env: dict[str, str], raw: Path, out: Path, timeout: float) -> str:
    """Run presswash once against the server; return the id of its flow run."""
    # Relative to the repo, as a user types it: the flow run's name is made from it.
    shown = raw.relative_to(REPO) if raw.is_relative_to(REPO) else raw
    command = [sys.executable, "-m", "flows.cli", "run", "--raw", str(shown), "--out", str(out)]
    code, out, err = run_group(command, env, REPO, timeout)
    if code != 0:
        raise CheckFailed(f"presswash run exited with {code}:\n{last_lines(err + out)}")
    ids = RUN_LINK.findall(out)
    return ids[-1] if ids else latest_flow_run_id(env)


def latest_flow_run_id(env: dict[str, str]) -> str:
    """Return the id of the newest flow run on the (private, so far empty) server."""
    os.environ.update(env)  # Prefect reads its settings from the environment when imported.
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=1)
    if not runs:
        raise CheckFailed("presswash finished but the server has no flow run")
    return str(runs[0].id)


def check_artifacts(env: dict[str, str], flow_run_id: str) -> dict:
    """Check the run completed, named after what it ran, with its artifacts; return them by key."""
    os.environ.update(env)  # Prefect reads its settings from the environment when imported.
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(flow_run_id)
        state = flow_run.state
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    if state is None or not state.is_completed():
        raise CheckFailed(f"flow run {flow_run_id} is {state and state.type.value}, not COMPLETED")
    if not RUN_NAME.fullmatch(flow_run.name):
        raise CheckFailed(f"flow run named {flow_run.name!r}, not after its folders and counts")
    by_key = {a.key: a for a in found}
    missing = [k for k in (SUMMARY_KEY, *TABLE_KEYS, *REVIEW_KEYS, PROGRESS_KEY) if k not in by_key]
    if missing:
        raise CheckFailed(f"flow run {flow_run_id} lacks artifacts {missing}; has {sorted(by_key)}")
    summary = by_key[SUMMARY_KEY]
    if summary.type != "markdown" or not MARKDOWN_HEADING.search(str(summary.data or "")):
        raise CheckFailed(f"{SUMMARY_KEY} is not markdown with headings: {summary.data!r:.200}")
    for key in TABLE_KEYS:
        rows = table_rows(by_key[key].data) if by_key[key].type == "table" else None
        if rows is None:
            raise CheckFailed(f"{key} is not a table: {by_key[key].data!r:.200}")
        print(f"ui_check: {key}: {len(rows)} rows, columns {list(rows[0]) if rows else []}")
    if float(by_key[PROGRESS_KEY].data or 0) != 100.0:
        raise CheckFailed(f"{PROGRESS_KEY} ended at {by_key[PROGRESS_KEY].data}, not 100")
    return by_key


def table_rows(data: object) -> list[dict] | None:
    """Return a table artifact's rows (JSON of a list of dicts, or of a dict of columns)."""
    try:
        table = json.loads(data) if isinstance(data, str) else data
        if isinstance(table, dict) and all(isinstance(c, list) for c in table.values()):
            table = [
                dict(zip(table, row, strict=True)) for row in zip(*table.values(), strict=True)
            ]
    except ValueError:  # not JSON, or columns of different lengths
        return None
    if isinstance(table, list) and all(isinstance(row, dict) for row in table):
        return table
    return None


if __name__ == "__main__":
    sys.exit(main())
