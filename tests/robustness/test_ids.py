"""Ids reused across runs and clean-text names that meet (issue 24, reproduction 3).

A document is its input and its id: a later run's document whose id an earlier run's document of
another input holds is rejected as a duplicate id (renamed ``<id>~dup<n>``), never written over
the earlier one; clean-text file names are unique by construction.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.robustness.nasty import story
from tests.robustness.support import read_manifest, run_cli

pytestmark = pytest.mark.prefect


def texts(out, records) -> dict[str, str]:
    """Return the clean text of each kept record, by id."""
    return {
        r["id"]: (out / r["text_path"]).read_text(encoding="utf-8")
        for r in records
        if r["status"] == "kept"
    }


def test_an_id_reused_by_a_later_run_never_replaces_the_earlier_document(api_env, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "clean"
    (raw / "site1").mkdir(parents=True)
    (raw / "site1" / "000123.txt").write_text(story(0), encoding="utf-8")
    (raw / "bar.txt").write_text(story(1), encoding="utf-8")
    args = ["run", "--raw", str(raw), "--out", str(out), "--workers", "1"]
    first = run_cli(args, api_env, tmp_path / "run-1")
    assert first.returncode == 0, first.stderr[-3000:]
    before = texts(out, read_manifest(out))

    (raw / "site2").mkdir()
    (raw / "site2" / "000123.txt").write_text(story(2), encoding="utf-8")
    (raw / "feed.jsonl").write_text(
        json.dumps({"id": "bar", "text": story(3)}) + "\n", encoding="utf-8"
    )
    second = run_cli(args, api_env, tmp_path / "run-2")
    assert second.returncode == 0, second.stderr[-3000:]
    records = {r["source"]: r for r in read_manifest(out)}
    assert len(records) == 4, "every input document has its record"
    assert texts(out, records.values()) == before, "the earlier documents keep their text"
    assert records["site2/000123.txt"]["status"] == "rejected"
    assert (
        records["site2/000123.txt"]["reason"]
        == "duplicate id '000123': first seen in site1/000123.txt"
    )
    assert records["feed.jsonl:1"]["id"] == "bar~dup2"

    third = run_cli([*args, "--full"], api_env, tmp_path / "run-3")  # the same decision again
    assert third.returncode == 0, third.stderr[-3000:]
    assert {r["source"]: (r["id"], r["status"]) for r in read_manifest(out)} == {
        s: (r["id"], r["status"]) for s, r in records.items()
    }


def old_name(doc_id: str) -> str:
    """Return the clean-text name earlier versions gave an id that is not a safe name as it is."""
    digest = hashlib.blake2b(doc_id.encode(), digest_size=4).hexdigest()
    return f"{doc_id.replace('?', '_')}-{digest}"


def test_ids_whose_safe_names_met_get_a_text_each(api_env, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    lines = [{"id": "a?b", "text": story(4)}, {"id": old_name("a?b"), "text": story(5)}]
    (raw / "feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    finished = run_cli(
        ["run", "--raw", str(raw), "--out", str(out), "--workers", "1"], api_env, tmp_path / "run"
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    records = read_manifest(out)
    assert {r["status"] for r in records} == {"kept"}
    assert len({r["text_path"] for r in records}) == 2
    got = texts(out, records)
    assert got["a?b"].startswith(story(4)[:80]) and got[old_name("a?b")].startswith(story(5)[:80])
