"""The wording data itself: every concept in every language, each line in one concept only."""

import re

import pytest

from cleaners.cleaning.boilerplate import names, vocabulary_index
from cleaners.cleaning.boilerplate.vocab import (
    PREFIX_MARK,
    Wording,
    bare,
    by_language,
    read_entries,
)
from cleaners.cleaning.boilerplate.wording import (
    LANGUAGES,
    account,
    chrome,
    credits,
    discussion,
    media,
    pointers,
    provenance,
    sharing,
    subscribing,
)
from cleaners.cleaning.boilerplate.wording.phrasing import CJK, phrases_of, whole_phrases


def merged(*wordings: Wording) -> Wording:
    """Return several concepts a rule's vocabulary is made of as one."""
    return dict(by_language(*wordings))


# The whole-line concepts and the rule that removes their lines.
LINE_CONCEPTS = {
    names.MEDIA_PLAYER: merged(media.PLAYER, media.VIEWER),
    names.DONATION_APPEAL: chrome.DONATION_LINES,
    names.COOKIE_NOTICE: media.EMBEDS,
    names.NAVIGATION: merged(chrome.NAVIGATION, account.PASSWORD),
    names.LEGAL_LINKS: merged(chrome.LEGAL, chrome.LEGAL_POINTERS),
    names.ADVERTISEMENT: chrome.ADVERTISEMENT,
    names.READING_TIME: chrome.READING_TIME,
    names.NEWSLETTER_PROMO: subscribing.NEWSLETTER,
    names.PAYWALL_PROMPT: merged(subscribing.PAYWALL, account.SAVE_PROMPTS, account.GUEST_PROMPTS),
    names.SHARE_PROMPT: sharing.SHARE,
    names.APP_BADGE: sharing.APP,
    names.CALL_TO_ACTION: merged(chrome.CALL_TO_ACTION, chrome.SURVEY_PROMPTS),
    names.COMMENTS: discussion.COMMENTS,
    names.COMMENT_FORM: discussion.COMMENT_FORM,
    names.RELATED_LINKS: merged(pointers.RELATED, pointers.AUTHOR_ARCHIVE),
}
# Concepts matched as phrases inside a line.
PHRASE_CONCEPTS = {
    "cookie notices": chrome.COOKIE_NOTICES,
    "rights reserved": chrome.RIGHTS_RESERVED,
    "newsletter calls": subscribing.NEWSLETTER_CALLS,
    "share appeals": sharing.SHARE_APPEALS,
    "donation appeals": chrome.DONATION_APPEALS,
    "staff labels": credits.STAFF_LABELS,
    "consent formulas": chrome.CONSENT_FORMULAS,
    "disclaimers": chrome.DISCLAIMERS,
    "licences": provenance.LICENSES,
    "views expressed": provenance.VIEWS_EXPRESSED,
    "channel invitations": provenance.CHANNEL_INVITES,
    "preferred source": provenance.PREFERRED_SOURCE,
    "sign-up confirmations": subscribing.SIGNUP_CONFIRMATIONS,
    "powered by": provenance.POWERED_BY,
    "author-box labels": credits.AUTHOR_LABELS,
    "post filing": pointers.POST_FILING,
}
# English whole lines live with their rule; the other thirteen languages need their own.
OTHERS = [language for language in LANGUAGES if language != "en"]


@pytest.mark.parametrize("concept", [*LINE_CONCEPTS.values(), *PHRASE_CONCEPTS.values()])
def test_every_concept_has_wording_in_every_language(concept):
    assert [language for language in OTHERS if not concept.get(language)] == []


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_each_line_is_removed_by_its_own_concept(language):
    # One place a concept: a line listed under two concepts, or shadowed by a rule earlier in the
    # registry (or too long for its vocabulary), would be removed under another rule's name.
    index = vocabulary_index(language)
    wrong = []
    for rule, wording in LINE_CONCEPTS.items():
        for written in [language] if language else LANGUAGES:
            lines, _ = read_entries(wording.get(written, ()))
            wrong += [(line, rule, index.find(line, len(line.split()))) for line in lines]
    assert [case for case in wrong if case[1] != case[2]] == []


def test_openings_in_cjk_scripts_need_no_space_after_them():
    # A Chinese or Japanese line runs on without a space: "続きを読むには、ログイン...".
    openings = [
        entry
        for wording in LINE_CONCEPTS.values()
        for entries in wording.values()
        for entry in entries
        if entry.endswith(PREFIX_MARK) and CJK.search(entry[-len(PREFIX_MARK) - 1 :])
    ]
    assert openings  # the check checks something
    assert [entry for entry in openings if entry.endswith(" " + PREFIX_MARK)] == []


def test_phrases_are_expanded_and_may_end_in_punctuation():
    found = phrases_of({"de": ("{artikel,beitrag} gefallen?",)})
    assert set(found) == {"artikel gefallen?", "beitrag gefallen?"}
    pattern = re.compile(whole_phrases(found), re.IGNORECASE)
    assert pattern.search("Beitrag gefallen? Dann teile ihn!")
    assert not pattern.search("Der Beitrag gefallener Soldaten")


@pytest.mark.parametrize("line", ["感谢订阅！", "感谢订阅。", "感谢订阅"])
def test_full_width_end_marks_are_decoration(line):
    assert bare(line) == "感谢订阅"


@pytest.mark.parametrize(
    "wording, hints",
    [
        (provenance.LICENSES, provenance.LICENSE_HINTS),
        (provenance.VIEWS_EXPRESSED, provenance.VIEWS_HINTS),
        (pointers.POST_FILING, pointers.POST_FILING_HINTS),
    ],
)
def test_every_phrase_holds_one_of_its_hints(wording, hints):
    # A phrase without a hint would never be asked about: the pre-check skips its lines.
    assert [phrase for phrase in phrases_of(wording) if not any(h in phrase for h in hints)] == []
