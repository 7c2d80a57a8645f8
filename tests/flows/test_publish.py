"""Publishing a run without Prefect: texts in place, the manifest, titles, representatives only."""

import json
import shutil
from itertools import repeat

import pytest

from flows.run import overlaps as overlap_step
from flows.run import recurring as recurring_step
from flows.run.batch import process_items, profile_items
from flows.run.manifest import mark_duplicate_ids
from flows.run.plan import plan_run, split_batches
from flows.run.publish import publish
from flows.run.settings import make_settings
from tests.flows.conftest import COPY_FOOTER, COPY_HEADER, article_body

COPY = "copy-of-000"
ORIGINAL = "000_5fe9a8b6ae70ace9"


def run_plain(raw, out, *, representatives_only=False, batch_size=3, titles_of=frozenset()):
    """Run the flow's plain stages (plan, profile, clean, flag, publish); return the titles."""
    settings = make_settings(
        raw=raw, out=out, batch_size=batch_size, representatives_only=representatives_only
    )
    seen = (
        json.loads((settings.state / "seen.json").read_text())
        if (settings.state / "seen.json").exists()
        else {}
    )
    plan = plan_run(settings.raw, seen.get("inputs", {}), full=False)
    batches = split_batches(plan.items, repeat(batch_size))
    recurring, counts = recurring_step.learn(
        settings.state, [profile_items(b) for b in batches], full=False
    )
    staging = out / ".staging-test"
    staging.mkdir(parents=True)
    results = [process_items(b, staging, n, recurring) for n, b in enumerate(batches)]
    records = mark_duplicate_ids([record for r in results for record in r.records])
    winners = {r.id for r in records if r.status == "kept"}
    flagged = overlap_step.flag(settings, overlap_step.run_signatures(results, winners))
    titles = publish(settings, staging, records, flagged, plan, counts, titles_of)
    shutil.rmtree(staging)
    return titles


def manifest(out):
    return {r["id"]: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}


def test_every_kept_document_has_its_text_and_every_document_a_record(corpus, tmp_path):
    out = tmp_path / "clean"
    run_plain(corpus, out)
    records = manifest(out)
    assert len(records) == 9
    kept = {r["text_path"] for r in records.values() if r["status"] == "kept"}
    assert {p.name for p in out.glob("*.txt")} == kept
    assert not list(out.glob(".*tmp")), "no temporary file is left behind"
    assert (out / f"{COPY}.txt").read_text(encoding="utf-8").startswith("Russia is")


@pytest.mark.parametrize(
    "representatives_only", [False, True], ids=["all-texts", "representatives-only"]
)
def test_only_representatives_keep_their_text_when_asked(corpus, tmp_path, representatives_only):
    out = tmp_path / "clean"
    run_plain(corpus, out, representatives_only=representatives_only)
    records = manifest(out)
    representative = records[COPY]["representative"]
    assert records[COPY]["cluster"] == records[ORIGINAL]["cluster"] == representative
    other = COPY if representative == ORIGINAL else ORIGINAL
    assert (out / f"{representative}.txt").exists() and "text_path" in records[representative]
    assert (out / f"{other}.txt").exists() is not representatives_only
    assert ("text_path" in records[other]) is not representatives_only


def test_titles_come_from_this_run_and_from_earlier_records(corpus, tmp_path):
    out = tmp_path / "clean"
    first = run_plain(corpus, out, titles_of=frozenset({ORIGINAL, COPY, "no-such-document"}))
    assert first == {i: manifest(out)[i].get("title") or "" for i in (ORIGINAL, COPY)}
    body = article_body("002_12429d2f99e46768.txt")
    (corpus / "wire" / "repost-of-002.txt").write_text(
        f"{COPY_HEADER}{body}{COPY_FOOTER}", encoding="utf-8"
    )
    second = run_plain(corpus, out, titles_of=frozenset({"repost-of-002", "002_12429d2f99e46768"}))
    records = manifest(out)
    assert len(records) == 10
    assert second == {
        i: records[i].get("title") or "" for i in ("repost-of-002", "002_12429d2f99e46768")
    }
    assert second["002_12429d2f99e46768"], "an earlier document's title is read from its record"


# A real notice with nothing in common with the sample articles.
UNRELATED = (
    "The town library will close early on Friday for a staff training day. Books due that day "
    "may be returned on Saturday without a late fee, and the children's reading hour moves to "
    "next Tuesday afternoon in the community hall beside the post office.\n"
)


FEED_COPY, FEED_ORIGINAL = "feed-1", "003_2c30a861351b1e2d"


def replace_text(corpus, doc_id, text):
    """Give a document of the corpus fixture another text (a sample file, or the feed's line)."""
    if doc_id != FEED_COPY:
        (corpus / "samples" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        return
    feed = corpus / "feed.jsonl"
    lines = feed.read_text(encoding="utf-8").splitlines()
    lines[0] = json.dumps({**json.loads(lines[0]), "text": text})
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_copy_whose_representative_changes_gets_its_text_back(corpus, tmp_path):
    out = tmp_path / "clean"
    run_plain(corpus, out, representatives_only=True)
    first = manifest(out)
    representative = first[FEED_COPY]["representative"]
    other = FEED_COPY if representative == FEED_ORIGINAL else FEED_ORIGINAL
    assert first[other]["cluster"] == representative
    assert "text_path" not in first[other] and not (out / f"{other}.txt").exists()

    replace_text(corpus, representative, UNRELATED)
    run_plain(corpus, out, representatives_only=True)
    second = manifest(out)
    assert second[other].get("cluster") != representative, "it left the cluster without a read"
    assert second[other].get("representative", other) == other
    assert second[other]["text_path"] == f"{other}.txt"
    text = (out / f"{other}.txt").read_text(encoding="utf-8")
    assert len(text) > 1000 and "library" not in text, "the copy's own clean text"
    assert (out / second[representative]["text_path"]).read_text().startswith("The town library")
    held = {p.name for p in (out / ".presswash" / "held").iterdir()}
    textless = {r["id"] for r in second.values() if r["status"] == "kept" and "text_path" not in r}
    assert held == {f"{i}.txt" for i in textless}, "only copies without a text stay held"
