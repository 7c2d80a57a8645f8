import gzip
import json
from pathlib import Path

import pytest

from cleaners.reading.inputs import (
    document_id,
    gunzip,
    input_kind,
    may_hold_text_field,
    read_file_bytes,
    read_jsonl_bytes,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ARTICLE = "Russia and China strengthen defence cooperation – ISW\n\nExperts from the Institute…\n"


@pytest.mark.parametrize(
    "name, kind, doc_id",
    [
        ("000_5fe9a8b6ae70ace9.txt", "text", "000_5fe9a8b6ae70ace9"),
        ("page.HTML", "html", "page"),
        ("page.htm.gz", "html", "page"),
        ("dump.jsonl.gz", "jsonl", "dump"),
        ("notes.v2.txt", "text", "notes.v2"),
        ("image.png", None, "image.png"),
    ],
    ids=["sample", "upper-html", "gz-htm", "gz-jsonl", "dotted-stem", "not-input"],
)
def test_kind_and_id_come_from_the_file_name(name, kind, doc_id):
    assert input_kind(name) == kind
    assert document_id(name) == doc_id


def test_text_file_becomes_one_text_document():
    [doc] = read_file_bytes("a/b/story.txt", "b/story.txt", ARTICLE.encode("utf-8"))
    assert (doc.id, doc.source, doc.text, doc.html, doc.error) == (
        "story",
        "b/story.txt",
        ARTICLE,
        None,
        None,
    )


def test_gzipped_html_is_decompressed_and_kept_as_html():
    page = "<html><body><p>Beijing will send a contingent of troops.</p></body></html>"
    [doc] = read_file_bytes("p.html.gz", "p.html.gz", gzip.compress(page.encode()))
    assert doc.html == page and doc.text is None


def test_corrupt_gzip_is_a_rejected_document_not_an_error():
    data = gzip.compress(ARTICLE.encode())[:-12]
    [doc] = read_file_bytes("x.txt.gz", "x.txt.gz", data)
    assert doc.error.startswith("corrupt gzip")


def test_gzip_bomb_stops_at_the_limit():
    bomb = gzip.compress(b"\0" * (3 * 2**20))
    with pytest.raises(ValueError, match="expands past"):
        gunzip(bomb, limit=2**20)


def test_empty_file_is_rejected_with_its_reason():
    [doc] = read_file_bytes("e.txt", "e.txt", b"  \n\t \n")
    assert doc.error == "empty file"


def test_jsonl_lines_good_and_bad_each_become_one_document():
    lines = [
        json.dumps(
            {"id": "a1", "text": ARTICLE, "url": "https://example.com/a1", "date": "2024-10-15"}
        ),
        "{not json",
        json.dumps({"id": "a2", "html": "<p>China and Russia have traded arms for decades.</p>"}),
        json.dumps({"id": "a3", "text": 42}),
        json.dumps({"text": "no id here"}),
        json.dumps(["a", "list"]),
        "",
    ]
    docs = read_jsonl_bytes("d.jsonl", "\n".join(lines).encode())
    assert [d.id for d in docs] == ["a1", "d.jsonl:2", "a2", "a3", "d.jsonl:5", "d.jsonl:6"]
    assert docs[0].url == "https://example.com/a1" and docs[0].date == "2024-10-15"
    assert docs[0].source == "d.jsonl:1"
    assert docs[1].error.startswith("invalid jsonl line")
    assert docs[2].html is not None
    assert docs[3].error == "jsonl record's text is not a string"
    assert docs[4].error == "jsonl record has no string id"
    assert docs[5].error == "invalid jsonl line: not an object"


def scraped_feed() -> list[bytes]:
    """A scraper's jsonl: real pages as HTML records, texts, and texts written in unusual ways."""
    pages = sorted((FIXTURES / "html").glob("*.html"))
    lines = [
        json.dumps(
            {
                "id": p.stem,
                "url": f"https://example.com/{p.stem}",
                "html": p.read_text(encoding="utf-8", errors="replace"),
            }
        )
        for p in pages
    ]
    lines += [
        json.dumps({"id": "t1", "text": ARTICLE}),
        json.dumps({"id": "t2", "text": ARTICLE}).replace('"text"', '"text"   '),
        '{"id": "t3", "\\u0074e\\u0078t": "Keys may be written with escapes, and still name text."}',
        json.dumps({"id": "t4", "text": "Beijing’s drills — day two"}, ensure_ascii=False),
        json.dumps({"id": "t5", "html": "<p>Both fields: the page wins.</p>", "text": ARTICLE}),
        json.dumps(
            {"id": "t6", "meta": {"text": "nested"}, "html": "<p>A page with a nested text.</p>"}
        ),
        json.dumps({"id": "t7", "text": ARTICLE}).replace('"text"', '"te\u0000xt"'),
    ]
    return [line.encode() for line in lines]


def test_texts_only_skips_html_records_and_finds_every_text():
    data = b"\n".join(scraped_feed())
    every = read_jsonl_bytes("feed.jsonl", data)
    texts = read_jsonl_bytes("feed.jsonl", data, texts_only=True)
    expected = [(d.id, d.source, d.text) for d in every if d.text is not None]
    assert [(d.id, d.source, d.text) for d in texts if d.text is not None] == expected
    assert [d.id for d in every if d.text is not None] == ["t1", "t2", "t3", "t4", "t7"]
    assert len(texts) < len(every) - 4  # the real pages' records were not decoded


def test_a_gzipped_feed_read_for_texts_only_gives_the_same_texts():
    data = gzip.compress(b"\n".join(scraped_feed()))
    every = read_file_bytes("feed.jsonl.gz", "feed.jsonl.gz", data)
    texts = read_file_bytes("feed.jsonl.gz", "feed.jsonl.gz", data, texts_only=True)
    assert [d.text for d in texts if d.text is not None] == [
        d.text for d in every if d.text is not None
    ]
    assert len(texts) < len(every) - 4


def test_an_html_record_cannot_hold_a_text_field_but_a_text_record_can():
    feed = scraped_feed()
    pages, texts = feed[:-7], feed[-7:]
    assert pages and not any(map(may_hold_text_field, pages))
    assert all(map(may_hold_text_field, texts[:5]))  # t5 holds both; t6 a nested "text" key
