"""Cookie banners and consent dialogs: real scraped banners go, articles about cookies stay."""

from __future__ import annotations

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate

from .helpers import ARTICLE, removals, rule_of, with_lines

# Real banner lines (trafilatura-eval-dev, wcxb-dev, aeb-dev pages), in several languages.
BANNERS = [
    "Diese Webseite verwendet Cookies. Indem Sie weiter die Seite besuchen, stimmen Sie der "
    "Verwendung von Cookies zu.",
    "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin "
    "nutzt, stimmst du der Verwendung von Cookies zu.",
    "Indem Sie mit dem Besuch der Seite fortfahren, akzeptieren Sie die Verwendung von Cookies.",
    "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez "
    "davantage d'informations dans la déclaration sur la protection des données.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle "
    "publicidad relacionada con sus preferencias mediante el análisis de sus hábitos de "
    "navegación.",
    "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro "
    "sito. Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice.Ok",
    "This website uses cookies. Read RT Privacy policy to find out more.",
    "Hinweis zur Verwendung von Cookies",
    "Politique d'utilisation des cookies",
]
BANNER_IDS = ["de-sie", "de-du", "de-indem", "fr", "es", "it", "en-site", "de-link", "fr-link"]

# Article sentences that report on cookies, in several languages: none addresses the reader.
REPORTS = [
    "La CNIL a sanctionné Google pour l'utilisation des cookies sans consentement préalable.",
    "Die Verwendung von Cookies ist nach einem Urteil des Bundesgerichtshofs nur mit "
    "Einwilligung erlaubt.",
    "El uso de cookies sin consentimiento le costó a la empresa una multa de 30 millones.",
    "Regulators said the use of cookies by advertisers had grown sharply since 2019.",
    "Il Garante ha chiarito che l'uso dei cookie analitici richiede un'informativa chiara.",
]
REPORT_IDS = ["fr", "de", "es", "en", "it"]


@pytest.mark.parametrize("line", BANNERS, ids=BANNER_IDS)
def test_cookie_banner_line_is_a_cookie_notice(line):
    assert rule_of(line) == "cookie_notice"
    assert removals(with_lines(line)) == {line: "cookie_notice"}


@pytest.mark.parametrize("sentence", REPORTS, ids=REPORT_IDS)
def test_article_sentence_about_cookies_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}


# The cookie settings panel of battery-news.de, as a scraper flattens it below the article.
DIALOG = [
    "Diese Webseite verwendet Cookies. Indem Sie weiter die Seite besuchen, stimmen Sie der "
    "Verwendung von Cookies zu.",
    "Cookie- und Datenschutzeinstellungen",
    "Notwendige Website Cookies",
    "Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren "
    "Dienste und Funktionen zur Verfügung zu stellen.",
    "Hier klicken, um notwendige Cookies zu aktivieren/deaktivieren.",
    "Andere externe Dienste",
    "We also use different external services like Google Webfonts, Google Maps, and external "
    "Video providers.",
    "Google Maps Einstellungen:",
    "Hier klicken, um Google Maps zu aktivieren/deaktivieren.",
    "Vimeo und YouTube Einstellungen:",
    "Hier klicken, um Videoeinbettungen zu aktivieren/deaktivieren.",
    "Andere Cookies",
    "Sie können unsere Cookies und Datenschutzeinstellungen im Detail in unseren "
    "Datenschutzrichtlinie nachlesen.",
]


def test_consent_dialog_goes_whole_as_cookie_notice():
    text = "\n".join([*ARTICLE, *DIALOG])
    removed = removals(text)
    assert {line: removed.get(line) for line in DIALOG} == dict.fromkeys(DIALOG, "cookie_notice")
    kept = strip_boilerplate(text).text
    assert all(paragraph in kept for paragraph in ARTICLE[1:])


def test_consent_dialog_removal_is_idempotent():
    once = strip_boilerplate("\n".join([*ARTICLE, *DIALOG])).text
    assert strip_boilerplate(once).text == once


# A recipe says "cookies" on every line and has no banner: nothing in it is a dialog.
RECIPE = [
    "Chocolate Chip Cookies",
    "These cookies are soft in the middle and crisp at the edges, and they keep for a week.",
    "Cream the butter and sugar, then beat in the eggs one at a time until the dough is smooth.",
    "Scoop the cookie dough onto a lined sheet and bake the cookies for 11 minutes at 180 °C.",
    "Let the cookies cool on the sheet for five minutes before moving them to a rack.",
]


def test_recipe_about_cookies_is_not_a_consent_dialog():
    assert removals("\n".join(RECIPE)) == {}


# Consent statements of sign-up and comment forms (trafilatura-eval-dev, wcxb-dev), and sentences
# that report on a privacy policy.
CONSENTS = [
    "Mit der Anmeldung stimme ich der Bearbeitung meiner Daten entsprechend der "
    "Datenschutzerklärung von comparis.ch zu.",
    "Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden.",
    "Mehr Infos dazu bekommen Sie in unserer Datenschutzerklärung.",
    "By signing up, I agree to the Terms and Privacy Policy.",
    "By using Conductor, you agree to our Terms of Service and Privacy Policy.",
    "Ao se cadastrar em nossas newsletters, você concorda com os nossos Termos de Uso e Política "
    "de Privacidade.",
]
CONSENT_IDS = ["de-ich", "de-einverstanden", "de-unserer", "en-i", "en-our", "pt-nossa"]
POLICY_REPORTS = [
    "We read its privacy policy, which has been independently audited, and found no logging.",
    "Die Datenschutzerklärung von WhatsApp wurde nach Kritik der Verbraucherschützer geändert.",
    "La CNIL a jugé la politique de confidentialité de Google trop vague et incomplète.",
    "The EU says the company's privacy policy breaks the rules on data transfers.",
]
POLICY_REPORT_IDS = ["en-review", "de-news", "fr-news", "en-eu"]


@pytest.mark.parametrize("line", CONSENTS, ids=CONSENT_IDS)
def test_consent_statement_naming_the_privacy_policy_goes(line):
    assert rule_of(line) == "cookie_notice"
    assert removals(with_lines(line)) == {line: "cookie_notice"}


@pytest.mark.parametrize("sentence", POLICY_REPORTS, ids=POLICY_REPORT_IDS)
def test_sentence_reporting_on_a_privacy_policy_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}
