"""Reviewing a real run: `presswash show` and `presswash report` on its output, and its artifacts."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from uuid import UUID

import pytest

pytestmark = pytest.mark.prefect

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "fixtures" / "samples"
FIRST, SECOND = "000_5fe9a8b6ae70ace9", "001_5cd9a229ee895793"


@pytest.fixture(scope="module")
def run(prefect_api, tmp_path_factory):
    """Run the flow once on the samples, a blank file and a feed with a broken line."""
    from flows.flow import presswash

    root = tmp_path_factory.mktemp("review-run")
    raw = root / "raw"
    shutil.copytree(SAMPLES, raw)
    (raw / "blank.txt").write_text("\n \n", encoding="utf-8")
    (raw / "feed.jsonl").write_text(
        '{"id": "feed-1", "text": "Short."}\n{broken json\n', encoding="utf-8"
    )
    report = presswash(raw=str(raw), out=str(root / "clean"), workers=1)
    return report, root / "clean"


def cli_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("NO_COLOR", None)
    return env


def cli(*args: str) -> subprocess.CompletedProcess:
    """Run the presswash command (output piped)."""
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_show_prints_removed_lines_with_their_rules_overlaps_and_clean_text(run):
    _, out = run
    shown = cli("show", FIRST, "--out", str(out))
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert "\x1b[" not in text  # piped: plain
    assert text.startswith(f"{FIRST}  kept  {FIRST}.txt\n")
    assert "  newsletter_promo  Sign up for The Week's Free Newsletters\n" in text
    assert f"same_story  {SECOND}" in text
    clean = (out / f"{FIRST}.txt").read_text(encoding="utf-8")
    assert text.rstrip().endswith(clean.rstrip())
    assert "Sign up for The Week" not in clean


def test_show_colours_the_rules_on_a_terminal(run):
    _, out = run
    main, terminal = os.openpty()
    try:
        shown = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "show", SECOND, "--out", str(out)],
            stdout=terminal,
            stderr=subprocess.PIPE,
            env=cli_env(),
            cwd=REPO,
        )
        os.close(terminal)
        received = b""
        while chunk := read_pty(main):
            received += chunk
        assert shown.wait(timeout=120) == 0, shown.stderr.read()
    finally:
        os.close(main)
    assert b"\x1b[33mpage_header" in received  # the rule, in yellow
    assert f"\x1b[1m{SECOND}\x1b[0m".encode() in received


def read_pty(fd: int) -> bytes:
    """Read what a process wrote to a pseudo-terminal (b"" once it is closed)."""
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the other side is closed
        return b""


def test_show_a_rejected_document_says_why(run):
    _, out = run
    shown = cli("show", "feed.jsonl:2", "--out", str(out))
    assert shown.returncode == 0, shown.stderr
    assert "reason: invalid jsonl line" in shown.stdout
    assert "(none: the document was rejected)" in shown.stdout


def test_show_an_unknown_id_suggests_close_ones(run):
    _, out = run
    shown = cli("show", "000_5fe9a8b6ae70ace8", "--out", str(out))
    assert shown.returncode == 1
    assert f"did you mean {FIRST}" in shown.stderr


def test_report_prints_the_last_run_and_its_json(run):
    report, out = run
    printed = cli("report", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    assert f"(flow run {report.flow_run_id})" in printed.stdout
    assert f"kept: {report.kept}; rejected: {report.rejected}" in printed.stdout
    assert "newsletter_promo" in printed.stdout
    as_json = cli("report", "--out", str(out), "--json")
    saved = json.loads((out / ".presswash" / "last-run.json").read_text(encoding="utf-8"))
    assert json.loads(as_json.stdout) == saved
    assert saved["read"] == report.read == 8 and saved["manifest"] == str(out / "manifest.jsonl")


def test_report_without_a_run_says_so(tmp_path):
    printed = cli("report", "--out", str(tmp_path))
    assert printed.returncode == 1
    assert "no run recorded" in printed.stderr


def test_the_run_is_named_after_what_it_processed_and_publishes_the_review(run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    report, _ = run
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(UUID(report.flow_run_id))
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(report.flow_run_id)])
            )
        )
    assert flow_run.name == "raw → clean: 8 documents, 8 new"
    by_key = {a.key: a for a in found}
    rows = json.loads(by_key["presswash-documents"].data)
    by_id = {row["id"]: row for row in rows}
    assert by_id["blank"]["rejected_because"] == "empty file"
    assert by_id[FIRST]["overlaps"].startswith(f"same_story {SECOND}")
    removals = by_key["presswash-removals"].data
    assert "| newsletter_promo | Sign up for The Week's Free Newsletters |" in removals
    pairs = json.loads(by_key["presswash-overlaps"].data)
    assert {(p["title"], p["other_title"]) for p in pairs} >= {
        (
            "Russia is ‘helping China’ prepare for an invasion of Taiwan",
            "Taiwan invasion soon? Report says Russia covertly boosting…",
        )
    }


def test_a_run_that_finds_no_input_says_what_is_read_and_links_to_a_ui_that_outlives_it(
    prefect_api, tmp_path
):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "notes.md").write_text("# What to scrape next\n", encoding="utf-8")
    # The session's Prefect home (prefect_api), and no API: the run starts its temporary server.
    env = {k: v for k, v in cli_env().items() if k not in ("PREFECT_API_URL", "PREFECT_UI_URL")}
    finished = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "presswash: 0 documents read" in finished.stdout
    assert "0 overlapping pairs flagged" in finished.stdout
    assert "reads .txt .text .htm .html .xhtml .jsonl .ndjson files" in finished.stderr
    assert "1 file skipped as not one of these (1 .md)" in finished.stderr
    # Prefect's own link goes to the UI `presswash ui` serves, not to the temporary server.
    links = re.findall(r"View at (\S+)", finished.stderr + finished.stdout)
    assert links and all(link.startswith("http://127.0.0.1:4200/") for link in links), links
