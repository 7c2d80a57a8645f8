import codecs
import gzip
import io
import random
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
    text, used, _ = decode_bytes(data)
    assert used == encoding
    assert text in (GERMAN, JAPANESE)


def test_utf16_with_bom_and_a_truncated_last_byte_keeps_the_text():
    text, used, _ = decode_bytes(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le") + b"H")
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
    assert decode_bytes(text.encode(encoding))[:2] == (text, encoding)


@pytest.mark.parametrize(
    "text", [GERMAN, RUSSIAN, JAPANESE, "plain ASCII line\n"], ids=["de", "ru", "ja", "ascii"]
)
def test_utf8_is_tried_first(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8", False)


def test_utf8_page_that_declares_latin1_is_read_as_utf8():
    # Re-saved pages keep their old declaration; bytes that are valid UTF-8 are UTF-8.
    html = page(GERMAN, meta='<meta charset="iso-8859-1">')
    assert decode_bytes(html.encode("utf-8"), html=True) == (html, "utf-8", False)


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
    text, used, _ = decode_bytes(html.encode(codec), html=True)
    assert (text, used) == (html, expected)
    assert "\ufffd" not in text


def test_latin1_label_decodes_cp1252_punctuation_like_browsers():
    html = page("Preis: 5 \x80 \x93 ein \x84Schnäppchen\x93", meta='<meta charset="iso-8859-1">')
    text = decode_bytes(html.encode("latin-1"), html=True).text
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
    assert decode_bytes(text.encode(codec))[:2] == (text, expected)


def test_page_without_a_declaration_is_detected():
    html = page(GERMAN)
    assert decode_bytes(html.encode("cp1252"), html=True)[:2] == (html, "cp1252")


def test_mostly_utf8_with_a_cp1252_line_is_decoded_line_by_line():
    data = (
        (FRENCH + "\n").encode("utf-8") + (GERMAN + "\n").encode("cp1252") + ENGLISH.encode("utf-8")
    )
    text, used, _ = decode_bytes(data)
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
    text, used, _ = decode_bytes(data, html=html)
    assert used == "cp1252"
    assert "Köln\x81" in text
    assert "\ufffd" not in text


def test_nul_bytes_in_text_are_removed():
    data = ("Breaking news\x00 from the\x00 wire.\n" * 20).encode("utf-8")
    assert decode_bytes(data)[:2] == ("Breaking news from the wire.\n" * 20, "utf-8")


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
    text, used, _ = decode_bytes(line)
    assert used == "utf-8+cp1252"
    assert text.endswith("Köln Schluß")
    assert len(text) == 26 * 40_000 + 6


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.booleans())
def test_any_bytes_decode_or_are_rejected_with_a_reason(data, html):
    try:
        text, encoding, guessed = decode_bytes(data, html=html)
    except UndecodableError as err:
        assert str(err)
    else:
        assert isinstance(text, str) and encoding and isinstance(guessed, bool)
        assert "\x00" not in text


# Real news sentences in the languages whose legacy code pages still turn up in crawls, with the
# codecs a right reading may be named (code pages that agree on every letter of the sentence).
HUNGARIAN = (
    "A kormány hétfőn bejelentette, hogy jövő évtől emelkedik a nyugdíjak összege. A döntést az "
    "ellenzék bírálta, szerintük az infláció miatt ez sem lesz elég."
)
CZECH = (
    "Vláda ve středu schválila návrh zákona o státním rozpočtu na příští rok. Ministr financí "
    "řekl, že schodek bude nižší, než se očekávalo. Opozice kritizuje především škrty ve školství."
)
POLISH = (
    "Rząd przyjął we wtorek projekt ustawy o podatku od nieruchomości. Minister finansów "
    "zapowiedział, że zmiany wejdą w życie w przyszłym roku. Opozycja zarzuca, że stracą na tym "
    "właściciele małych mieszkań."
)
TURKISH = (
    "Türkiye Büyük Millet Meclisi bugün yeni vergi düzenlemesini görüşmeye başladı. Maliye "
    "Bakanı, değişikliklerin gelecek yıl yürürlüğe gireceğini söyledi."
)
RUSSIAN_NEWS = (
    "Правительство России в среду одобрило проект федерального бюджета на следующий год. Министр "
    "финансов заявил, что дефицит окажется меньше, чем ожидалось."
)
GREEK = (
    "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών. Ο υπουργός "
    "Οικονομικών δήλωσε ότι οι αυξήσεις στις συντάξεις θα ισχύσουν από τον Ιανουάριο."
)
HEBREW = (
    "הממשלה אישרה היום את תקציב המדינה לשנה הבאה. שר האוצר אמר כי הגירעון יהיה נמוך מהצפוי. "
    "חברי הכנסת מהאופוזיציה מתחו ביקורת על הקיצוצים בחינוך."
)
JAPANESE_NEWS = (
    "政府は水曜日、来年度の予算案を閣議決定した。財務大臣は、財政赤字が予想よりも小さくなると"
    "述べた。野党は教育予算の削減を批判している。"
)
KOREAN = (
    "정부는 수요일 내년도 예산안을 국무회의에서 의결했다. 기획재정부 장관은 재정 적자가 예상보다 "
    "줄어들 것이라고 밝혔다. 야당은 교육 예산 삭감을 비판했다."
)
CHINESE_SIMPLIFIED = (
    "国务院周三通过了明年的财政预算草案。财政部长表示，财政赤字将低于预期。"
    "反对派批评了教育经费的削减。"
)
CHINESE_TRADITIONAL = (
    "行政院週三通過了明年度的總預算案。財政部長表示，財政赤字將低於預期。"
    "在野黨批評教育經費遭到削減。"
)


@pytest.mark.parametrize(
    "text, codec, names",
    [
        (HUNGARIAN, "iso8859-2", {"iso8859-2", "cp1250"}),
        (HUNGARIAN, "cp1250", {"iso8859-2", "cp1250"}),
        (CZECH, "cp1250", {"cp1250"}),
        (POLISH, "iso8859-2", {"iso8859-2"}),
        (TURKISH, "cp1254", {"cp1254"}),
        (TURKISH, "iso8859-9", {"cp1254"}),
        (RUSSIAN_NEWS, "koi8-r", {"koi8-r", "koi8-u"}),
        (RUSSIAN_NEWS, "cp1251", {"cp1251"}),
        (GREEK, "cp1253", {"cp1253", "iso8859-7"}),
        (GREEK, "iso8859-7", {"cp1253", "iso8859-7"}),
        (HEBREW, "cp1255", {"cp1255", "iso8859-8"}),
        (JAPANESE_NEWS, "shift_jis", {"cp932", "shift_jis_2004"}),
        (JAPANESE_NEWS, "euc-jp", {"euc_jis_2004"}),
        (KOREAN, "euc-kr", {"cp949"}),
        (CHINESE_SIMPLIFIED, "gb2312", {"gb18030"}),
        (CHINESE_TRADITIONAL, "big5", {"big5hkscs"}),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None,
)
def test_legacy_text_gets_the_code_page_of_its_language(text, codec, names):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding in names
    assert not decoded.guessed


def test_cjk_bytes_in_a_mostly_english_page_are_never_read_one_byte_a_character():
    # A Hong Kong blog's feed: English markup around a few lines of Cantonese in Big5.
    feed = (
        "a kenneth kam blog\nhttp://unoriginalblog.com\nThu, 22 Dec 2005 15:22:05 +0000\n"
        "Hong Kong\nDiary\n試下今日用中文打日記先… 打得差唔好怪我! 學下中文啦.\n"
        "呢幾日都幾開心啦~ 見到班朋友~ 好似好耐冇見咁~ 食左lunch啦…\n"
        "http://unoriginalblog.com/2005/12/aiya/#comments\nKen\n"
    )
    decoded = decode_bytes(feed.encode("big5"))
    assert decoded.text == feed
    assert decoded.encoding == "big5hkscs"


def test_a_few_gb18030_lines_in_an_english_page_are_not_read_as_cp1252():
    page = (
        "Sections\nSkip to content\nBusiness\nToday’s Paper\nAdvertisement\n"
        "The central bank kept its benchmark rate unchanged on Wednesday, citing slowing growth.\n"
        "中国人民银行周三宣布维持基准利率不变。\n"
        "Analysts had expected the decision, which follows weeks of weak export data.\n"
        "Read in Chinese: 阅读简体中文版\nRelated Coverage\n"
    )
    decoded = decode_bytes(page.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (page, "gb18030")


def test_iso2022_jp_is_not_taken_for_ascii_utf8():
    decoded = decode_bytes(JAPANESE_NEWS.encode("iso2022_jp"))
    assert decoded.text == JAPANESE_NEWS
    assert decoded.encoding.startswith("iso2022_jp")


def test_hz_chinese_is_not_taken_for_ascii_utf8_and_a_stray_tilde_brace_is():
    decoded = decode_bytes(CHINESE_SIMPLIFIED.encode("hz"))
    assert (decoded.text, decoded.encoding) == (CHINESE_SIMPLIFIED, "hz")
    code = b"if (x) ~{ return y; }\nThe template uses ~{name} as its placeholder.\n"
    assert decode_bytes(code) == (code.decode(), "utf-8", False)


def test_iso2022_kr_shift_bytes_are_not_taken_for_binary():
    decoded = decode_bytes(KOREAN.encode("iso2022_kr"))
    assert (decoded.text, decoded.encoding) == (KOREAN, "iso2022_kr")


@pytest.mark.parametrize(
    "meta, codec, body",
    [
        ('<meta charset="windows-1250">', "cp1250", CZECH),
        ('<meta charset="iso-8859-2">', "iso8859-2", POLISH),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
            "koi8-r",
            RUSSIAN_NEWS,
        ),
        ('<meta charset="euc-kr">', "euc-kr", KOREAN),
    ],
    ids=["cp1250", "iso8859-2", "koi8-r", "euc-kr"],
)
def test_declared_charset_is_honoured_over_detection(meta, codec, body):
    html = page(body, meta=meta)
    decoded = decode_bytes(html.encode(codec), html=True)
    assert decoded.text == html
    assert not decoded.guessed


def test_a_stray_c1_byte_never_changes_the_letters_of_an_iso_8859_page():
    # cp1250 would read ą, ś, ź of ISO-8859-2 as other characters: one stray 0x96 keeps ISO.
    data = POLISH.encode("iso8859-2") + b" \x96 koniec"
    decoded = decode_bytes(data)
    assert decoded.text.startswith(POLISH)
    assert decoded.encoding == "iso8859-2"


def test_a_declared_charset_wins_even_where_detection_would_differ():
    # Hungarian letters read the same in cp1250 and ISO-8859-2: the page's word decides the name.
    html = page(HUNGARIAN, meta='<meta charset="iso-8859-2">')
    assert decode_bytes(html.encode("iso8859-2"), html=True).encoding == "iso8859-2"


@pytest.mark.parametrize("size", [60, 400, 5000], ids=["short", "medium", "long"])
def test_an_unidentifiable_blob_is_decoded_best_effort_and_flagged_as_a_guess(size):
    # Bytes no language makes: a fixed pseudo-random draw of printable and high bytes.
    draw = random.Random(size)
    blob = bytes(draw.choice(range(32, 256)) for _ in range(size))
    decoded = decode_bytes(blob)
    assert decoded.guessed
    assert decoded.text and decoded.encoding
    assert "\x00" not in decoded.text


def test_utf8_and_identified_legacy_text_are_not_flagged_as_guesses():
    assert not decode_bytes(GERMAN.encode("utf-8")).guessed
    assert not decode_bytes(RUSSIAN_NEWS.encode("cp1251")).guessed
