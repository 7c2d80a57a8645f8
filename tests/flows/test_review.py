"""The per-document review of a run: built from real cleaned samples' fragments, no Prefect."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.records import Overlap, RawDocument
from flows.run import review as review_module
from flows.run.manifest import mark_duplicate_ids, write_fragment
from flows.run.output import clean_text_bytes, manifest_record
from flows.run.report import count_noun
from flows.run.review import (
    collect_review,
    document_rows,
    documents_description,
    escape,
    overlap_table,
    removals_markdown,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
STORY_PAIR = ("000_5fe9a8b6ae70ace9", "001_5cd9a229ee895793")


@dataclass(frozen=True, slots=True)
class OverlapWithTerms:
    """An overlap as the same-story change will record it: with the terms both documents share."""

    id: str
    kind: str
    similarity: float
    measure: str = "weighted_jaccard"
    terms: tuple[str, ...] = ()


def run_fragment(tmp_path: Path, extra: list[RawDocument] = ()):
    """Clean the five samples (and ``extra``) as a batch does; return the run's records and out."""
    out = tmp_path / "clean"
    out.mkdir()
    raws = [
        RawDocument(id=p.stem, source=p.name, text=p.read_text(encoding="utf-8"))
        for p in sorted(SAMPLES.glob("*.txt"))
    ] + list(extra)
    records = []
    for raw in raws:
        doc = clean_document(raw)
        record = manifest_record(doc)
        if doc.status == "kept":
            (out / record.text_path).write_bytes(clean_text_bytes(doc))
        records.append(record)
    return mark_duplicate_ids(write_fragment(tmp_path / "batch-000000.jsonl", records)), out


@pytest.fixture
def reviewed(tmp_path):
    extra = [
        RawDocument(id="empty", source="wire/empty.txt", error="empty file"),
        RawDocument(
            id="000_5fe9a8b6ae70ace9",
            source="again/000.txt",
            text=(SAMPLES / "000_5fe9a8b6ae70ace9.txt").read_text(encoding="utf-8"),
        ),
    ]
    records, out = run_fragment(tmp_path, extra)
    a, b = STORY_PAIR
    overlaps = {
        a: (Overlap(b, "same_story", 0.5347, "weighted_jaccard"),),
        b: (Overlap(a, "same_story", 0.5347, "weighted_jaccard"),),
    }
    return collect_review(records, overlaps, out, limit=1000), records


def test_every_changed_rejected_or_flagged_document_is_a_row_most_changed_first(reviewed):
    review, records = reviewed
    rows = document_rows(review)
    assert review.noted == len(rows) == len(records) == 7  # every sample loses a line
    by_id = {row["id"]: row for row in rows}
    # The rejected lose everything: first, with their reason.
    assert {rows[0]["id"], rows[1]["id"]} == {"empty", "000_5fe9a8b6ae70ace9~dup2"}
    assert by_id["empty"]["rejected_because"] == "empty file"
    assert by_id["000_5fe9a8b6ae70ace9~dup2"]["rejected_because"].startswith("duplicate id")
    shares = [float(row["removed"].rstrip("%")) for row in rows]
    assert shares == sorted(shares, reverse=True)
    sample = by_id["000_5fe9a8b6ae70ace9"]
    assert sample["title"] == "Russia is ‘helping China’ prepare for an invasion of Taiwan"
    assert sample["top_rules"].startswith("link_list ×")  # its related-story links
    assert sample["overlaps"] == "same_story 001_5cd9a229ee895793 (0.53)"
    assert sample["chars"].startswith("6,173 → ")


def test_the_table_is_capped_and_says_how_many_were_left_out(tmp_path):
    records, out = run_fragment(tmp_path)
    review = collect_review(records, {}, out, limit=2)
    assert len(document_rows(review)) == 2 and review.noted == 5
    assert documents_description(review, "clean/manifest.jsonl") == (
        "5 documents changed, rejected or flagged in this run, most changed first "
        "(3 left out: every record is in clean/manifest.jsonl)"
    )


def test_the_markdown_shows_each_removed_line_with_its_rule_and_the_kept_start(reviewed):
    review, _ = reviewed
    markdown = removals_markdown(review, "clean/manifest.jsonl")
    assert "| newsletter_promo | Sign up for The Week's Free Newsletters |" in markdown
    assert "**Rejected because:** empty file" in markdown
    assert "**Rejected because:** duplicate id '000\\_5fe9a8b6ae70ace9'" in markdown
    # The kept text starts with the article's first paragraph, not with the removed promo.
    start = markdown.split("### 000\\_5fe9a8b6ae70ace9:", 1)[1].split("**Kept text starts:**")[1]
    assert "Russia" in start.split("\n###")[0] and "Newsletter" not in start.split("\n###")[0]


def test_the_documents_that_lost_most_to_the_rules_are_detailed_first(tmp_path, monkeypatch):
    monkeypatch.setattr(review_module, "DETAILED", 2)
    records, out = run_fragment(tmp_path)
    review = collect_review(records, {}, out)
    assert [c.id for c in review.detailed] == ["000_5fe9a8b6ae70ace9", "001_5cd9a229ee895793"]
    assert all(c.removed for c in review.detailed)
    # Documents not detailed keep no removed lines in memory.
    assert not any(c.removed for c in review.rows if c not in review.detailed)


@pytest.mark.parametrize(
    "line, shown",
    [
        ("Sign up | get *deals* <b>now</b>", "Sign up \\| get \\*deals\\* \\<b\\>now\\</b\\>"),
        ("# Home\n[Menu]", "\\# Home \\[Menu\\]"),
    ],
    ids=["table-cell-and-html", "heading-and-link"],
)
def test_a_removed_line_shows_as_written_in_markdown(line, shown):
    assert escape(line) == shown


def test_the_overlap_table_has_both_titles_and_the_shared_terms_when_recorded():
    row = {
        "kind": "same_story",
        "similarity": 0.535,
        "id": STORY_PAIR[0],
        "other_id": STORY_PAIR[1],
        "title": "Russia is ‘helping China’ prepare for an invasion of Taiwan",
        "other_title": "Taiwan invasion soon? Report says Russia covertly boosting China’s "
        "military capabilities",
        "measure": "weighted_jaccard",
    }
    with_terms = {
        STORY_PAIR[0]: (
            OverlapWithTerms(
                STORY_PAIR[1], "same_story", 0.535, terms=("taiwan", "invasion", "russia")
            ),
        )
    }
    [shown] = overlap_table([row], with_terms)
    assert list(shown)[:4] == ["kind", "similarity", "title", "other_title"]
    assert shown["other_title"] == "Taiwan invasion soon? Report says Russia covertly boosting…"
    assert shown["evidence"] == "weighted_jaccard 0.535; shared terms: taiwan, invasion, russia"
    without = {STORY_PAIR[0]: (Overlap(STORY_PAIR[1], "same_story", 0.535, "weighted_jaccard"),)}
    assert overlap_table([row], without)[0]["evidence"] == "weighted_jaccard 0.535"


@pytest.mark.parametrize(
    "count, noun, text",
    [
        (1, "overlapping pair", "1 overlapping pair"),
        (2, "overlapping pair", "2 overlapping pairs"),
        (1, "batch", "1 batch"),
        (3, "batch", "3 batches"),
        (0, "document", "0 documents"),
        (12000, "document", "12,000 documents"),
    ],
)
def test_counts_take_the_right_number(count, noun, text):
    assert count_noun(count, noun) == text
