"""Every kept HTML document names its language: detected from its text, else the page's own."""

from pathlib import Path

from cleaners.cleaning.pipeline import clean_document
from cleaners.reading.extract import extract_html
from cleaners.records import RawDocument

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def clean_page(html: str):
    return clean_document(RawDocument(id="page", source="page.html", html=html))


def test_a_confident_detection_wins_over_the_language_the_page_declares():
    # A real German blog post whose template declares lang="en" (comwrap.com, aeb-dev).
    html = (PAGES / "comwrap_patientenakte_lang_en.html").read_text(encoding="utf-8")
    assert extract_html(html).language == "en"
    document = clean_page(html)
    assert document.status == "kept"
    assert "Die Digitalisierung als Wachstums- und Entwicklungstreiber" in document.text
    assert document.language == "de"


def test_the_declared_language_names_a_page_whose_text_says_too_little():
    # A starting grid: names and lap times, which no identifier can place.
    rows = [("Felipe Fraga", "1:21.345"), ("Daniel Serra", "1:21.456"),
            ("Ricardo Maurício", "1:21.502"), ("Thiago Camilo", "1:21.611"),
            ("Rubens Barrichello", "1:21.790")]  # fmt: skip
    table = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{time}</td></tr>"
        for n, (name, time) in enumerate(rows, 1)
    )
    html = (
        '<html lang="pt-BR"><head><title>Resultado</title></head><body><article>'
        f"<h1>Grid de largada</h1><table>{table}</table></article></body></html>"
    )
    document = clean_page(html)
    assert document.status == "kept" and "Rubens Barrichello" in document.text
    assert document.language == "pt"


def test_every_kept_fixture_page_names_its_language():
    languages = {
        page.name: clean_page(page.read_text(encoding="utf-8")).language
        for page in sorted(PAGES.glob("*.html"))
    }
    assert languages == {
        "comwrap_patientenakte_lang_en.html": "de",
        "dealbreaker_opening_bell.html": "en",
        "ecocult_affordable_fashion.html": "en",
        "harvard_healthy_eating_plate.html": "en",
        "logitech_workstation_mojibake.html": "en",
        "rt_bolivia_clashes.html": "en",
        "uwsp_coffee.html": "en",
    }
