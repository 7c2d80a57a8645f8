"""The article guard gives back the lists and uneven tables the page rules cut from an article.

The excerpts are real scraped lines of pages the text path used to destroy: a mountaineering
shop's product story whose feature bullets followed the body, a wedding checklist, a baking
site's steps between "Bild anzeigen" buttons, a training plan whose table spills cells over
lines. The guard is given the rules' decisions directly, so the tests hold whatever the rules
before it decide.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import read_lines


def guarded(texts: list[str], rules: list[str | None]) -> list[str | None]:
    """Return the guard's decisions for lines given with the rules' decisions."""
    return keep_article(read_lines("\n".join(texts)), rules)


MENU = ["Touren", "Ausrüstung", "Magazin"]
GEAR_BODY = [
    (
        "Wenn man am Zenit angelangt ist und die Messlatte so hoch legen muss, um erfolgreich zu "
        "sein, spielen auch die kleinsten Details eine Rolle: Wir sprechen von scheinbar kleinen "
        "Details, die sich als entscheidend erweisen."
    ),
    (
        "Das Ergebnis unserer Entwicklung - wir sprechen vom rekordverdächtigen Alp Race Gurtzeug, "
        "dem leichtesten der Welt mit einem Gewicht von nur 68 Gramm, dem Rapid Racing Rucksack mit "
        "dem exklusiven X-Press System und den Piz Alu Stöcken - ist das Herzstück des Triumphs "
        "unserer Athleten."
    ),
    "Der leichteste Gurt der Welt, nur 68 Gramm schwer!",
    "Extrem kompakt: Gefaltet und verpackt ist er nicht größer als eine Brieftasche",
]
GEAR_FEATURES = [
    (
        "Innovative Konstruktion aus Monofilament-Nylon und hochfestem UHMW-PE (Ultra High "
        "Molecular Weight Polyethylene)"
    ),
    "Regulierbarer Hüftgurt mit elastischer Schnur",
    "Regulierbares Beinschlaufen-Verbindungssystem mit elastischer Schnur",
    "Hochbeständige Befestigungspunkte aus UHMW-Polyethylen",
    "Sehr atmungsaktiv",
    "Rapid Racing Rucksack",
    (
        "Neuer exklusiver X-Press-Hauptskihalter mit innovativem, regulierbarem Haken für maximale "
        "Schnelligkeit und Effizienz"
    ),
    (
        "Der Haken hat eine ergonomische Lasche und kehrt bei Nichtgebrauch automatisch in die "
        "Ausgangsposition zurück"
    ),
    "Zweite Skihalterung mit versenkbarer Schlinge oben und abnehmbarem Riemen unten",
]
GEAR_FOOTER = ["Kommentare", "Neuer Kommentar", "Impressum", "Datenschutz", "Kontakt"]


def test_feature_bullets_after_the_body_come_back():
    texts = [*MENU, *GEAR_BODY, *GEAR_FEATURES, *GEAR_FOOTER]
    rules = (
        ["page_header"] * 3
        + [None] * len(GEAR_BODY)
        + ["page_footer"] * len(GEAR_FEATURES)
        + ["comments", "comments", "legal_links", "legal_links", "page_footer"]
    )
    decided = guarded(texts, rules)
    assert decided[3 + len(GEAR_BODY) : -len(GEAR_FOOTER)] == [None] * len(GEAR_FEATURES)
    assert decided[:3] == rules[:3] and decided[-len(GEAR_FOOTER) :] == rules[-len(GEAR_FOOTER) :]


CHECKLIST_BODY = [
    (
        "The following checklists provide tools you can print or save for quick reference during "
        "your planning. They're designed to be genuinely useful as you organize your Cincinnati "
        "wedding."
    ),
    "Week of Wedding",
    "Final venue walk-through – if possible, do a quick check of setup details",
    "Pack for wedding day (dress, veil, suit/tux, rings, license, emergency kit, overnight bag)",
]
CHECKLIST_CUT = [
    "Attend rehearsal – run through ceremony with officiant and party",
    "Rehearsal dinner – relax and enjoy time with close friends/family",
    "Get a good night's sleep before the big day",
    "Wedding Day",
    "Eat breakfast and stay hydrated",
    "Breathe & Enjoy – be present and have fun!",
]


def test_a_checklist_cut_by_the_page_footer_comes_back_whole():
    texts = [*CHECKLIST_BODY, *CHECKLIST_CUT, "About Us", "Contact", "Advertise", "Careers"]
    rules = [None] * len(CHECKLIST_BODY) + ["page_footer"] * (len(CHECKLIST_CUT) + 4)
    decided = guarded(texts, rules)
    assert decided[:-4] == [None] * (len(CHECKLIST_BODY) + len(CHECKLIST_CUT))
    assert decided[-4:] == ["page_footer"] * 4  # the menu after it: short lines in a row


def test_teaser_headlines_after_the_list_stay_removed():
    teasers = [
        "More Japan Travel Guides",
        "How to Spend 3 Days in Tottori- My Itinerary",
        "9 Ways to Experience Japanese Traditions in the Chubu Region of Japan",
        "Koyasan- Guide to Visiting the Sacred Sites of Mt. Koya",
    ]
    texts = [*CHECKLIST_BODY, *CHECKLIST_CUT, *teasers]
    rules = [None] * len(CHECKLIST_BODY) + ["page_footer"] * (len(CHECKLIST_CUT) + len(teasers))
    decided = guarded(texts, rules)
    assert decided[len(CHECKLIST_BODY) : -len(teasers)] == [None] * len(CHECKLIST_CUT)
    assert decided[-len(teasers) :] == ["page_footer"] * len(teasers)


def test_a_body_ending_in_prose_does_not_take_the_list_below_it():
    texts = [CHECKLIST_BODY[0], *CHECKLIST_CUT]
    rules = [None] + ["page_footer"] * len(CHECKLIST_CUT)
    assert guarded(texts, rules) == rules


SLIDES = [
    "Mische in einer Rührschüssel 150 g Weizenmehl mit 2 gestrichenen TL Backpulver.",
    "Füge 125 g Zucker und 1 Päckchen Vanillezucker hinzu.",
    "Zuletzt fehlen 125 g Butter (weich) und 4 Eier (Größe M).",
    "Verrühre alle Zutaten mit den Rührstäben des Mixers 2 Min. zu einem glatten Teig.",
]
RECIPE_BODY = [
    (
        "Damit sich der Kuchen nach dem Backen gut aus der Form lösen lässt, fette den Boden der "
        "Springform mit etwas Butter ein."
    ),
    (
        "Damit der Backofen heiß ist, wenn du mit dem Teig fertig bist, heize ihn schon einmal auf "
        "180 °C Ober- und Unterhitze (160 °C Umluft) vor."
    ),
]


def slideshow() -> tuple[list[str], list[str | None]]:
    """Return a recipe's steps as a slideshow after its body, with the page rules' decisions."""
    texts, rules = list(RECIPE_BODY), [None, None]
    for number, step in enumerate(SLIDES, start=3):
        texts += ["Bild anzeigen", "Bild schließen", f"{number} von 17", step]
        rules += ["navigation", "page_footer", "page_footer", "page_footer"]
    return texts, rules


def test_steps_of_a_slideshow_come_back_and_its_buttons_stay_removed():
    texts, rules = slideshow()
    decided = guarded(texts, rules)
    assert [decided[texts.index(step)] for step in SLIDES] == [None] * len(SLIDES)
    assert all(
        decided[i] == "navigation" for i, text in enumerate(texts) if text == "Bild anzeigen"
    )


def test_the_guard_only_turns_removals_into_keeps():
    texts, rules = slideshow()
    decided = guarded(texts, rules)
    assert all(after in (None, before) for before, after in zip(rules, decided, strict=True))


PLAN_INTRO = [
    (
        "Most runners don’t pace themselves very well in marathons, and the plan below is built to "
        "keep you from slowing down in the last miles of your long runs."
    ),
    "Follow along with the bite-sized plans below to get through the 24 weeks without skipping a beat.",
]
PLAN_TABLE = [
    "Zero to 5K Plan",
    "Week | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday",
    "1 | Rest | Walk/Run Easy",
    "10x(Walk 2 min/ Run Easy 1 min) | Rest | Walk/Run Easy",
    "30 min | Walk/Run Easy",
    "6 miles Easy",
    "2 | Rest | Speed Play",
    "40 min Easy with 4×30 sec Hard sprinkled in | Optional Non-Impact Cardio",
    "30 min | Fast Finish",
]


def test_an_unevenly_flattened_table_under_its_introduction_comes_back():
    texts = [*PLAN_INTRO, *PLAN_TABLE, "Add run as a preferred source on Google"]
    rules = [None, None] + ["page_footer"] * len(PLAN_TABLE) + ["page_footer"]
    decided = guarded(texts, rules)
    assert decided[2:-1] == [None] * len(PLAN_TABLE)
    assert decided[-1] == "page_footer"


def test_an_uneven_table_nobody_introduces_stays_removed():
    texts = [*PLAN_INTRO, "Sign up for our newsletter", *PLAN_TABLE]
    rules = [None, None, "newsletter_promo"] + ["page_footer"] * len(PLAN_TABLE)
    assert guarded(texts, rules) == rules


QA_MENU = ["Tour", "Help Center", "Meta", "About Us", "Business", "Questions", "Tags", "Users"]
QA_QUESTION = [
    'When to use "wurde" versus "war" (eg "Ich wurde ausgeraubt" vs "Ich war ausgeraubt")',
    "Asked",
    "8 years, 2 months ago",
    "How does one know when to use wurde vs war in forming sentences like the following?",
    "My book gave an example for I was robbed as being",
    "Ich wurde ausgeraubt",
    "but wouldn't that translate to I became robbed with the verb of werden?",
    "Why didn't they use Ich war ausgeraubt in that context?",
]
QA_ANSWERS = [
    "6 Answers",
    "I don't quite agree with the other two answers.",
    (
        'Even in English, "I was robbed" is usually not the past tense of the state of "being '
        'robbed", but rather understood to mean that someone robbed you.'
    ),
    (
        'Same in German. "Ich wurde ausgeraubt" is the correct passive construction (in the '
        'Präteritum/simple past) of "ausrauben".'
    ),
    "Improve this answer",
    "answered Feb 6, 2014 at 23:35",
    "Der Vorgang, der in der Vergangenheit stattfand:",
    "Ich wurde ausgeraubt.",
    "Der Zustand danach:",
    "Ich war ausgeraubt.",
]
QA_FOOTER = ["Hot Network Questions", "Company", "Stack Overflow", "Teams", "Advertising"]


def qa_page() -> tuple[list[str], list[str | None]]:
    """Return a Q&A page the body finder got wrong (it kept one blurb), with the decisions."""
    texts = [
        "Sign up or log in to customize your list.",
        *QA_MENU,
        *QA_QUESTION,
        *QA_ANSWERS,
        *QA_FOOTER,
    ]
    rules = (
        [None]
        + ["page_header"] * len(QA_MENU)
        + ["page_footer"] * len(QA_QUESTION)
        + ["comments"] * len(QA_ANSWERS)
        + ["related_links"]
        + ["page_footer"] * (len(QA_FOOTER) - 1)
    )
    return texts, rules


def test_a_page_left_almost_empty_gets_its_question_and_answers_back():
    texts, rules = qa_page()
    decided = guarded(texts, rules)
    assert [decided[texts.index(line)] for line in QA_QUESTION[3:]] == [None] * 5
    assert decided[texts.index(QA_ANSWERS[3])] is None
    assert [decided[texts.index(line)] for line in QA_MENU] == ["page_header"] * len(QA_MENU)
    assert decided[-len(QA_FOOTER) :] == rules[-len(QA_FOOTER) :]


def test_a_short_article_that_keeps_its_share_of_the_page_is_left_alone():
    texts, rules = qa_page()
    texts[0] = " ".join([HARBOUR_STORY, HARBOUR_STORY])
    assert guarded(texts, rules) == rules


HARBOUR_STORY = (
    "Fishermen in Porto Velho have rebuilt the northern pier with timber from a forest the "
    "cooperative replanted thirty years ago, and the first boats moored there on Tuesday."
)
