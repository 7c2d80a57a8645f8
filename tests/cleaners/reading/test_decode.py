import codecs
import gzip
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.reading.decode import UndecodableError, decode_bytes

# Real scraped text in the languages whose legacy encodings still turn up in crawls.
FRENCH = (
    "Le café était fermé ; « Où êtes-vous ? » demanda-t-il. Les élèves préfèrent la crème brûlée."
)
GERMAN = "Die Bürger der Stadt Köln müssen ab Montag höhere Gebühren zahlen. „Das ist ärgerlich“, sagte er."
ENGLISH = "The Mona Lisa doesn’t have eyebrows. “It’s true,” said the curator — who’s seen it…"
PORTUGUESE = "São Paulo é a maior cidade do Brasil — segundo o IBGE, são 12 milhões de habitantes."
RUSSIAN = "Москва — столица России, крупнейший по численности населения город страны и её центр."
JAPANESE = "東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。"

PAGE = (
    "<!DOCTYPE html>\n<html lang='{lang}'><head>{meta}<title>Nachrichten</title></head>\n"
    "<body><article><h1>Stadtrat</h1><p>{text}</p></article></body></html>\n"
)


def page(text: str, meta: str = "", lang: str = "de") -> str:
    return PAGE.format(text=text, meta=meta, lang=lang)


@pytest.mark.parametrize(
    "data, encoding",
    [
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + JAPANESE.encode("utf-32-be"), "utf-32-be"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom-japanese"],
)
def test_byte_order_mark_decides_and_is_dropped(data, encoding):
    text, used = decode_bytes(data)
    assert used == encoding
    assert text in (GERMAN, JAPANESE)


def test_utf16_with_bom_and_a_truncated_last_byte_keeps_the_text():
    text, used = decode_bytes(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le") + b"H")
    assert (text, used) == (GERMAN, "utf-16-le")


@pytest.mark.parametrize(
    "text, encoding",
    [
        (page(GERMAN), "utf-16-le"),
        (page(GERMAN), "utf-16-be"),
        (RUSSIAN, "utf-16-le"),
        (RUSSIAN, "utf-16-be"),
        (ENGLISH, "utf-32-le"),
    ],
    ids=["page-le", "page-be", "cyrillic-le", "cyrillic-be", "utf32le"],
)
def test_utf16_and_utf32_without_bom_are_recognised(text, encoding):
    assert decode_bytes(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize(
    "text", [GERMAN, RUSSIAN, JAPANESE, "plain ASCII line\n"], ids=["de", "ru", "ja", "ascii"]
)
def test_utf8_is_tried_first(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_utf8_page_that_declares_latin1_is_read_as_utf8():
    # Re-saved pages keep their old declaration; bytes that are valid UTF-8 are UTF-8.
    html = page(GERMAN, meta='<meta charset="iso-8859-1">')
    assert decode_bytes(html.encode("utf-8"), html=True) == (html, "utf-8")


@pytest.mark.parametrize(
    "meta, codec, expected",
    [
        ('<meta charset="windows-1252">', "cp1252", "cp1252"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
            "cp1252",
            "cp1252",
        ),
        ("<meta charset=latin1>", "latin-1", "cp1252"),
        (
            '<meta http-equiv="content-type" content="text/html;charset=windows-1251">',
            "cp1251",
            "cp1251",
        ),
        ('<meta charset="Shift_JIS">', "shift_jis", "cp932"),
    ],
    ids=["meta-charset", "http-equiv", "latin1-label", "cp1251", "shift-jis"],
)
def test_declared_charset_of_a_page_is_used(meta, codec, expected):
    body = {"cp1251": RUSSIAN, "shift_jis": JAPANESE, "latin-1": FRENCH}.get(
        codec, GERMAN + ENGLISH
    )
    html = page(body, meta=meta)
    text, used = decode_bytes(html.encode(codec), html=True)
    assert (text, used) == (html, expected)
    assert "\ufffd" not in text


def test_latin1_label_decodes_cp1252_punctuation_like_browsers():
    html = page("Preis: 5 \x80 \x93 ein \x84Schnäppchen\x93", meta='<meta charset="iso-8859-1">')
    text, _ = decode_bytes(html.encode("latin-1"), html=True)
    assert "Preis: 5 € “ ein „Schnäppchen“" in text


@pytest.mark.parametrize(
    "text, codec, expected",
    [
        (FRENCH, "cp1252", "cp1252"),
        (GERMAN, "cp1252", "cp1252"),
        (ENGLISH, "cp1252", "cp1252"),
        (PORTUGUESE, "cp1252", "cp1252"),
        (FRENCH.replace("’", "'"), "latin-1", "cp1252"),
        (RUSSIAN, "cp1251", "cp1251"),
        ("café", "cp1252", "cp1252"),
    ],
    ids=[
        "fr-cp1252",
        "de-cp1252",
        "en-cp1252",
        "pt-cp1252",
        "fr-latin1",
        "ru-cp1251",
        "short-word",
    ],
)
def test_undeclared_legacy_encoding_is_detected(text, codec, expected):
    assert decode_bytes(text.encode(codec)) == (text, expected)


def test_page_without_a_declaration_is_detected():
    html = page(GERMAN)
    assert decode_bytes(html.encode("cp1252"), html=True) == (html, "cp1252")


def test_mostly_utf8_with_a_cp1252_line_is_decoded_line_by_line():
    data = (
        (FRENCH + "\n").encode("utf-8") + (GERMAN + "\n").encode("cp1252") + ENGLISH.encode("utf-8")
    )
    text, used = decode_bytes(data)
    assert text == f"{FRENCH}\n{GERMAN}\n{ENGLISH}"
    assert used == "utf-8+cp1252"


def test_mixed_encodings_inside_one_line_are_decoded_by_segment():
    data = "Café ".encode() + "crème brûlée".encode("cp1252") + " — fin".encode()
    assert decode_bytes(data)[0] == "Café crème brûlée — fin"


@pytest.mark.parametrize("html", [True, False], ids=["declared-page", "undeclared-text"])
def test_cp1252_undefined_bytes_never_become_replacement_characters(html):
    # A stray byte cp1252 leaves undefined (0x81, 0x9D): browsers map it to U+0081, so do we.
    body = page(GERMAN, meta='<meta charset="windows-1252">') if html else GERMAN + "\n" + FRENCH
    data = body.encode("cp1252").replace(b"K\xf6ln", b"K\xf6ln\x81").replace(b"\xe9l", b"\xe9\x9dl")
    text, used = decode_bytes(data, html=html)
    assert used == "cp1252"
    assert "Köln\x81" in text
    assert "\ufffd" not in text


def test_nul_bytes_in_text_are_removed():
    data = ("Breaking news\x00 from the\x00 wire.\n" * 20).encode("utf-8")
    assert decode_bytes(data) == ("Breaking news from the wire.\n" * 20, "utf-8")


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", GERMAN)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "binary content (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary content (PNG)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "binary content (JPEG)"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "binary content (GIF)"),
        (_zip_bytes(), "binary content (ZIP)"),
        (gzip.compress(GERMAN.encode()), "binary content (gzip)"),
        (bytes(range(256)) * 8, "binary content (control bytes)"),
        (b"", "empty file"),
    ],
    ids=["pdf", "png", "jpeg", "gif", "zip", "gzip", "random-bytes", "empty"],
)
def test_binary_and_empty_input_is_undecodable_with_a_reason(data, reason):
    with pytest.raises(UndecodableError) as err:
        decode_bytes(data)
    assert str(err.value) == reason


def test_undecodable_error_is_a_value_error():
    assert issubclass(UndecodableError, ValueError)


def test_long_single_line_is_decoded_whole():
    line = ("Die Bürger der Stadt Köln " * 40_000).encode("utf-8") + "Schluß".encode("cp1252")
    text, used = decode_bytes(line)
    assert used == "utf-8+cp1252"
    assert text.endswith("Köln Schluß")
    assert len(text) == 26 * 40_000 + 6


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.booleans())
def test_any_bytes_decode_or_are_rejected_with_a_reason(data, html):
    try:
        text, encoding = decode_bytes(data, html=html)
    except UndecodableError as err:
        assert str(err)
    else:
        assert isinstance(text, str) and encoding
        assert "\x00" not in text
