"""A raw folder of nasty inputs, as scrapers and file systems produce them, built in a test."""

from __future__ import annotations

import gzip
import json
import os
import random
import struct
import zlib
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
BOMB_MEMBER_BYTES = 2**20
BOMB_MEMBERS = 300  # expands to 300 MB, past the 256 MB document limit


def sample(name: str = "002_12429d2f99e46768.txt") -> str:
    """Return a real scraped article from the test fixtures."""
    return (SAMPLES / name).read_text(encoding="utf-8")


def paragraphs(name: str = "002_12429d2f99e46768.txt", count: int = 3, skip: int = 0) -> list[str]:
    """Return long paragraphs of a sample article (``count`` of them after the first ``skip``)."""
    return [line for line in sample(name).splitlines() if len(line) > 200][skip : skip + count]


# Long lines of the samples that are page furniture (an author bio, related-story teasers).
NOT_ARTICLE = ("Justin Klawans has worked", "Book reviews:", "What will happen in 2026?")


def story(number: int) -> str:
    """Return a short article of its own: two paragraphs that no other story shares.

    Paragraphs that three documents of one folder share are recurring site lines for presswash,
    and removed: every nasty document gets text of its own so that only its nastiness is tested.
    """
    pool = [
        p
        for name in sorted(SAMPLES.iterdir())
        for p in paragraphs(name.name, count=99)
        if not p.startswith(NOT_ARTICLE)
    ]
    return f"{pool[2 * number]}\n\n{pool[2 * number + 1]}\n"


# Western European news text with letters that legacy encodings (latin-1, cp1252) hold.
LATIN_ARTICLE = (
    "Zürich: Bürgermeisterin eröffnet neues Café am Seeufer\n\n"
    "Die Stadtpräsidentin von Zürich hat am Donnerstag das neue Café am Seeufer eröffnet. Die "
    "Straße entlang des Ufers bleibt wegen der Bauarbeiten noch bis Ende Mai für den Verkehr "
    "gesperrt, teilte das Tiefbauamt mit.\n\n"
    "À Genève, le maire a salué une « réussite » après deux années de travaux ; les façades "
    "rénovées du quartier des Pâquis attirent déjà les touristes.\n"
)
# The same kind of text with the punctuation only cp1252 (not latin-1) can encode.
CP1252_ARTICLE = (
    "Grid operator warns of “tight” winter as gas prices climb\n\n"
    "The operator said on Tuesday that reserves would be “adequate but tight” this winter, "
    "after wholesale prices rose to €180 per megawatt-hour – the highest since March. "
    "It’s the second warning this year, and households’ bills are expected to rise again.\n"
)

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Will China help Russian troops? | World News</title>
<meta property="og:title" content="Will China help Russian troops?">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a></nav>
<article><h1>Will China help Russian troops?</h1>
{body}
</article>
<footer><p>Copyright © 2022 World News. All rights reserved.</p></footer>
</body></html>
"""

HOSTILE_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://127.0.0.1:9/dtd/xhtml1-strict.dtd">
<html><head>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/redirect">
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<link rel="canonical" href="http://127.0.0.1:9/canonical">
<link rel="preload" href="http://127.0.0.1:9/font.woff2" as="font">
<base href="http://127.0.0.1:9/">
<script src="http://127.0.0.1:9/app.js"></script>
<script>fetch("http://127.0.0.1:9/beacon"); require("child_process").exec("touch /tmp/pwned");</script>
</head><body onload="location='http://127.0.0.1:9/onload'">
<iframe src="http://127.0.0.1:9/frame"></iframe><img src="http://127.0.0.1:9/pixel.gif">
<object data="http://127.0.0.1:9/object"></object><embed src="http://127.0.0.1:9/embed">
"""
XXE_PAGE = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">
<!ENTITY remote SYSTEM "http://127.0.0.1:9/entity">]>
<html><body><article><h1>Entities</h1><p>&secret; &remote;</p>{body}</article></body></html>
"""


def html_body(number: int) -> str:
    """Return the paragraphs of a story as HTML."""
    return "\n".join(f"<p>{p}</p>" for p in story(number).strip().split("\n\n"))


def article_page(number: int) -> str:
    """Return a realistic news page around a story's paragraphs."""
    return ARTICLE_PAGE.format(body=html_body(number))


def hostile_page(number: int) -> str:
    """Return a page whose markup asks a browser to fetch things and run scripts."""
    return (
        f"{HOSTILE_HEAD}<article><h1>Hostile markup</h1>{html_body(number)}</article></body></html>"
    )


def xxe_page(number: int) -> str:
    """Return an XHTML page whose entities point at a local file and a URL."""
    return XXE_PAGE.format(body=html_body(number))


def png_bytes() -> bytes:
    """Return a real 1x1 PNG image followed by the random bytes of a larger picture's data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
    noise = random.Random(7).randbytes(20_000)
    return header + pixels + chunk(b"tEXt", b"Comment\x00" + noise) + chunk(b"IEND", b"")


def pdf_bytes() -> bytes:
    """Return a small real PDF: one page of text in a compressed stream, with its binary marker."""
    stream = zlib.compress(b"BT /F1 24 Tf 72 720 Td (Quarterly results) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        + b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def gzip_bomb() -> bytes:
    """Return a small gzip file (a few hundred KB) that expands to 300 MB of zeros."""
    member = gzip.compress(b"\0" * BOMB_MEMBER_BYTES, compresslevel=9)
    return member * BOMB_MEMBERS


def deep_page(number: int, depth: int = 10_000) -> str:
    """Return a page whose article sits inside ``depth`` nested elements."""
    return (
        "<html><body>" + "<div>" * depth + html_body(number) + "</div>" * depth + "</body></html>"
    )


# The story each document carries (see `story`): no two documents share paragraphs.
STORIES = {
    "nul-bytes": 0,
    "invalid-utf8": 1,
    "deep": 2,
    "truncated": 3,
    "malformed": 4,
    "hostile": 5,
    "xxe": 6,
    "with space": 7,
    "ünïcödé 日本": 8,
    "new\nline": 9,
    "non-utf8-name": 10,
    "feed-good": 11,
    "feed-dup": 12,
    "../../etc/passwd": 13,
    "/tmp/absolute-escape": 14,
    "..": 15,
    "line\nbreak": 16,
    "日本語の記事" * 30: 17,
    "lone-surrogate": 18,
    "feed-html": 19,
}
NON_UTF8_NAME = os.fsdecode(b"caf\xe9-latin1-name")  # a file name that is not valid UTF-8


def jsonl_feed() -> list[str]:
    """Return the lines of a scraped jsonl feed: good records, broken ones, and hostile ids."""
    text = {doc_id: story(number) for doc_id, number in STORIES.items()}
    records: list = [
        {"id": "feed-good", "text": text["feed-good"], "url": "https://example.org/a"},
        "{broken json",
        {"id": "feed-no-text", "url": "https://example.org/b"},
        {"id": "feed-number", "text": 42},
        {"id": "feed-null", "text": None},
        {"id": "feed-list", "text": [text["feed-good"]]},
        {"id": "feed-dup", "text": text["feed-dup"]},
        {"id": "feed-dup", "text": text["feed-dup"]},  # scrapers emit a record twice
    ]
    records += [
        {"id": doc_id, "text": text[doc_id]}
        for doc_id in (
            "../../etc/passwd",
            "/tmp/absolute-escape",
            "..",
            "line\nbreak",
            "日本語の記事" * 30,
        )
    ]
    records += [
        {"id": "lone-surrogate", "text": f"Broken \ud800 escape.\n\n{text['lone-surrogate']}"},
        ["not", "an", "object"],
        {
            "id": "feed-html",
            "html": f"<html><body><article>{html_body(STORIES['feed-html'])}"
            "</article></body></html>",
        },
    ]
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    lines.insert(3, "")  # blank lines are not documents
    return lines


def write_nasty_corpus(raw: Path) -> dict[str, tuple[str, str | None]]:
    """Write the nasty raw folder; return each document's id -> (source, status or None: either)."""
    raw.mkdir(parents=True)
    expected: dict[str, tuple[str, str | None]] = {}

    def put(name: str, data: bytes, status: str | None) -> None:
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
        expected[name.rsplit("/", 1)[-1].split(".")[0]] = (name, status)

    def text(doc_id: str) -> str:
        return story(STORIES[doc_id])

    put("empty.txt", b"", "rejected")
    put("whitespace.txt", b"  \n\t\r\n   \n", "rejected")
    put("unicode-spaces.txt", "\u00a0\u2003\n\u3000\u200b\n".encode(), "rejected")
    put("image.txt", png_bytes(), "rejected")
    put("report.html", pdf_bytes(), "rejected")
    put("nul-bytes.txt", text("nul-bytes").replace("\n\n", "\n\0\0\0\n", 1).encode(), None)
    put(
        "invalid-utf8.txt",
        text("invalid-utf8").encode().replace(b" the ", b" th\xff\xfee ", 2),
        "kept",
    )
    # The legacy-encoded copies share their text: one folder each, or it would recur in a folder.
    put("enc1/cp1252.txt", CP1252_ARTICLE.encode("cp1252"), "kept")
    put("enc2/latin1.txt", LATIN_ARTICLE.encode("latin-1"), "kept")
    put("enc3/utf16-bom.txt", LATIN_ARTICLE.encode("utf-16"), "kept")
    put("enc4/utf16-nobom.txt", LATIN_ARTICLE.encode("utf-16-le"), "kept")
    put("enc5/mixed.txt", LATIN_ARTICLE.encode() + b"\n" + CP1252_ARTICLE.encode("cp1252"), "kept")
    put("deep.html", deep_page(STORIES["deep"]).encode(), None)
    page = article_page(STORIES["truncated"])
    put("truncated.html", page[: page.index("</p>", page.index("<p>") + 3) + 60].encode(), "kept")
    malformed = article_page(STORIES["malformed"]).replace("</p>", "")
    malformed = malformed.replace("<article>", "<article><b><i></b>").replace(
        "</body></html>", "</div></span>"
    )
    put("malformed.html", malformed.encode(), "kept")
    put(
        "scripts-only.html",
        b"<html><head><script>var a = 1;</script></head><body><script>"
        b"document.write('<p>' + 'x'.repeat(500) + '</p>');</script><noscript></noscript>"
        b"</body></html>",
        "rejected",
    )
    put("hostile.html", hostile_page(STORIES["hostile"]).encode(), "kept")
    put("xxe.html", xxe_page(STORIES["xxe"]).encode(), "kept")
    put("corrupt.txt.gz", gzip.compress(text("nul-bytes").encode())[:-40], "rejected")
    put("bomb.txt.gz", gzip_bomb(), "rejected")
    for doc_id in ("with space", "ünïcödé 日本", "new\nline"):
        put(f"names/{doc_id}.txt", text(doc_id).encode(), "kept")
    put(f"names/{NON_UTF8_NAME}.txt", text("non-utf8-name").encode(), "kept")

    (raw / "feed.jsonl").write_text("\n".join(jsonl_feed()) + "\n", encoding="utf-8")
    feed = {
        "feed-good": "kept",
        "feed.jsonl:2": "rejected",
        "feed-no-text": "rejected",
        "feed-number": "rejected",
        "feed-null": "rejected",
        "feed-list": "rejected",
        "feed-dup": "kept",
        "feed-dup~dup2": "rejected",
        "../../etc/passwd": "kept",
        "/tmp/absolute-escape": "kept",
        "..": "kept",
        "line\nbreak": "kept",
        "日本語の記事" * 30: "kept",
        "lone-surrogate": "kept",
        "feed.jsonl:16": "rejected",
        "feed-html": "kept",
    }
    expected.update({doc_id: ("feed.jsonl", status) for doc_id, status in feed.items()})

    (raw / "loops").mkdir()
    (raw / "loops" / "parent").symlink_to("..", target_is_directory=True)  # a folder loop
    (raw / "loops" / "ping.txt").symlink_to("pong.txt")  # a file loop
    (raw / "loops" / "pong.txt").symlink_to("ping.txt")
    (raw / "loops" / "dangling.txt").symlink_to("nowhere.txt")
    os.mkfifo(raw / "loops" / "pipe.txt")  # opening it for reading would wait forever
    for name in ("ping", "pong", "dangling", "pipe"):
        expected[name] = (f"loops/{name}.txt", "rejected")
    return expected
