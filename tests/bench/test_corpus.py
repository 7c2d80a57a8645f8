"""The benchmark corpora: unique versions of real pages and texts that keep their structure."""

from pathlib import Path

import lxml.html
import pytest
import trafilatura

from bench.corpus import COPY_EVERY, document, letters, vary, vary_page

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def read_page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def structure(page: str) -> list[tuple]:
    """Every element's tag and attributes, and the text of its scripts, in document order."""
    tree = lxml.html.document_fromstring(page)
    return [
        (el.tag, sorted(el.attrib.items()), el.text if el.tag == "script" else None)
        for el in tree.iter()
        if isinstance(el.tag, str)
    ]


@pytest.mark.parametrize(
    "name", ["dealbreaker_opening_bell.html", "rt_bolivia_clashes.html", "uwsp_coffee.html"]
)
def test_a_page_version_is_the_page_with_its_text_tagged(name):
    page = read_page(name)
    version = vary_page(page, 777)
    assert structure(version) == structure(page)  # tags, attributes and JSON-LD as they were
    main_text = trafilatura.extract(page)
    assert main_text and vary(main_text, 777) != main_text
    # trafilatura finds the same article in the version, with the version's words.
    assert trafilatura.extract(version) == vary(main_text, 777)


def test_entities_and_short_words_are_not_tagged():
    tag = letters(1)
    assert vary_page("<p>Caf&eacute; prices&nbsp;rise&#8217;s</p>", 1) == (
        f"<p>Caf&eacute; prices{tag}&nbsp;rise{tag}&#8217;s</p>"
    )
    assert lxml.html.fromstring(vary_page("<p>Caf&eacute; at&nbsp;noon</p>", 1)).text_content() == (
        f"Caf\u00e9 at\u00a0noon{tag}"
    )


@pytest.mark.parametrize("field", ["html", "text"])
def test_every_twentieth_document_is_a_copy_and_the_others_are_versions(field):
    bodies = [read_page("dealbreaker_opening_bell.html"), read_page("rt_bolivia_clashes.html")]
    if field == "text":
        bodies = [trafilatura.extract(b) for b in bodies]
    copy = COPY_EVERY - 1
    original = copy - COPY_EVERY // 2
    same_body = original + len(bodies) * 3  # the same page or text, another version
    docs = [document(bodies, i, field) for i in (copy, original, same_body)]
    if field == "html":
        assert docs[0] == docs[1]
    else:  # a text copy keeps its own edition line
        assert docs[0].split("\n", 1)[1] == docs[1].split("\n", 1)[1]
    assert docs[2] != docs[1]
    assert len(docs[2]) == pytest.approx(len(docs[1]), rel=0.02)
