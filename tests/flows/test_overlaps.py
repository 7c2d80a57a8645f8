"""An earlier document's overlap fields follow the current clusters across runs."""

import json

import pytest

from tests.flows.conftest import COPY_FOOTER, COPY_HEADER, article_body

pytestmark = pytest.mark.prefect

ORIGINAL = "002_12429d2f99e46768"
REPOST = "repost-of-002"
# A real notice with nothing in common with the sample articles.
UNRELATED = (
    "The town library will close early on Friday for a staff training day. Books due that day "
    "may be returned on Saturday without a late fee, and the children's reading hour moves to "
    "next Tuesday afternoon in the community hall beside the post office.\n"
)


def manifest(out):
    return {r["id"]: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}


def test_an_earlier_document_leaves_a_cluster_its_copy_no_longer_makes(
    prefect_api, corpus, tmp_path
):
    from flows.flow import presswash

    out = tmp_path / "clean"
    repost = corpus / "wire" / f"{REPOST}.txt"
    repost.write_text(f"{COPY_HEADER}{article_body(ORIGINAL + '.txt')}{COPY_FOOTER}", "utf-8")
    presswash(raw=str(corpus), out=str(out), workers=1)
    first = manifest(out)
    assert first[ORIGINAL]["cluster"] == first[REPOST]["cluster"]
    assert (REPOST, "near_duplicate") in {(o["id"], o["kind"]) for o in first[ORIGINAL]["overlaps"]}

    repost.write_text(UNRELATED, "utf-8")  # the copy is replaced by another text
    second_run = presswash(raw=str(corpus), out=str(out), workers=1)
    assert second_run.read == 1, "only the changed file is processed again"
    second = manifest(out)
    for doc_id in (ORIGINAL, REPOST):
        record = second[doc_id]
        assert not record.get("overlaps"), doc_id
        assert "cluster" not in record and "representative" not in record, doc_id
    # Documents the change does not concern keep their cluster.
    assert second["copy-of-000"]["cluster"] == first["copy-of-000"]["cluster"]
