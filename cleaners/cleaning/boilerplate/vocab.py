"""Vocabularies of boilerplate lines and the normal form lines are looked up in.

A vocabulary is a set of whole lines ("sign in", "privacy policy") plus, for a few kinds,
prefixes ("share on ", "more from "). Lines are compared in their `bare` form: lower-cased,
decoration stripped, every number written as 0. Set and prefix look-ups cost the same whatever
the vocabulary's size and can never backtrack, which matters on a step that runs on every line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Rules only look at lines up to this length: boilerplate lines are short, and bounding the input
# keeps every pattern's cost small even on a pathological one-megabyte line.
MAX_RULE_CHARS = 600

# Bullets, arrows and counters that decorate menu items and headings without changing what they
# say ("» Related posts", "Comments (12)", "Share this:", "Next →"). Stripped with str methods:
# a regex anchored at the end of the line would be tried at every position.
LEADING_DECORATION = " \t-–—•·*►▶▸›»>|#✓✔+"
TRAILING_DECORATION = " \t:：.。…!！|»›>→←<«‹+*#-–—"
# Emoji and pictographs set before or after a heading ("🔥 Recommended Posts", "JUMP TO THE LIST
# ⤵") decorate it; the signs of a brand or a copyright line are its text.
EMOJI_JOINERS = frozenset("\ufe0f\u200d\u20e3")
KEPT_SYMBOLS = frozenset("©®™℗")
COUNTER = re.compile(r"\s*[(\[]\s*\d[\d,.]*\s*[)\]]$")
COUNTER_REACH = 20
NUMBER = re.compile(r"\d[\d,.]*")
BRACES = re.compile(r"\{([^{}]*)\}")
# A row of buttons flattened into one line without separators: how many items it needs, how many
# words an item may have, and how long a line is looked at as one.
ROW_ITEMS = 3
ROW_ITEM_WORDS = 3
ROW_MAX_WORDS = 8
# Two items make a row when they hold this many words between them ("Rezept drucken Bei
# Pinterest speichern"; "Home Team" is a subhead), or when their words are glued together
# ("Jump to RecipePrint Recipe": the lost space is a flattened row's own mark).
ROW_PAIR_WORDS = 4
ROW_GLUE = re.compile(r"(?<=[a-zß-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ])")
# The end of a line's first sentence, where a vocabulary opening may end too (not a comma:
# "Nehmen Sie an unserer Umfrage teil, bat der Bürgermeister" opens a sentence).
SENTENCE_JOINT = re.compile(r"[.:;!?] ")
# Separators between the links of a footer or share row flattened onto one line.
ROW_SEPARATOR = re.compile(r"\s*[|·•/]\s*")


def bare(text: str, *, numbers: bool = True) -> str:
    """Return a line's look-up form: lower-case, undecorated, numbers written as 0.

    ``numbers=False`` says the text holds no digit (the caller counted them): nothing to rewrite.
    """
    text = without_symbols(text[:MAX_RULE_CHARS]).lstrip(LEADING_DECORATION)
    if not numbers:
        return " ".join(text.rstrip(TRAILING_DECORATION).split()).lower()
    text = without_counter(text)
    return NUMBER.sub("0", " ".join(text.rstrip(TRAILING_DECORATION).split()).lower())


def without_symbols(text: str) -> str:
    """Return a line without the emoji and pictographs around it ("🔥 Recommended Posts")."""
    if text[:1].isascii() and text[-1:].isascii():
        return text
    start, end = 0, len(text)
    while start < end and _is_decoration(text[start]):
        start += 1
    while end > start and _is_decoration(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_decoration(char: str) -> bool:
    if char.isascii():
        return char == " "
    return char in EMOJI_JOINERS or (
        unicodedata.category(char) in ("So", "Sm") and char not in KEPT_SYMBOLS
    )


def bare_of_plain(lower: str, *, numbers: bool = True) -> str:
    """Return `bare` of a line from its lower-cased form.

    Only for a line of at most MAX_RULE_CHARS characters whose only whitespace is single spaces
    between words: its words need no re-spacing, and lower-casing changes no decoration, digit,
    bracket or space, and lengthens nothing after the last letter (a counter is found at the
    same distance from the end), so stripping and lower-casing can come in either order.
    """
    text = without_symbols(lower).lstrip(LEADING_DECORATION)
    if not numbers:
        return text.rstrip(TRAILING_DECORATION)
    return NUMBER.sub("0", without_counter(text).rstrip(TRAILING_DECORATION))


def without_counter(text: str) -> str:
    """Return a line without the counter that ends it ("Comments (12)"), if it has one."""
    if text.endswith((")", "]")):
        counter = COUNTER.search(text, max(0, len(text) - COUNTER_REACH))
        if counter:
            return text[: counter.start()]
    return text


def words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of a text (a word-list vocabulary)."""
    return frozenset(text.split())


def phrases(*patterns: str) -> frozenset[str]:
    """Expand brace alternatives ("{sign,log} {in,up}") into the set of lines they spell."""
    expanded: set[str] = set()
    for pattern in patterns:
        expanded |= _expand(pattern)
    return frozenset(" ".join(phrase.split()) for phrase in expanded)


def _expand(pattern: str) -> set[str]:
    braces = BRACES.search(pattern)
    if braces is None:
        return {pattern}
    head, tail = pattern[: braces.start()], pattern[braces.end() :]
    return set().union(*(_expand(head + choice + tail) for choice in braces.group(1).split(",")))


# A vocabulary entry ending in PREFIX_MARK is a line opening ("partager sur ..."), not a whole line.
PREFIX_MARK = "..."
Wording = dict[str, tuple[str, ...]]  # language (ISO 639-1) -> entries, in `phrases` syntax


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Whole lines and line openings of one kind of boilerplate, for lines up to max_words.

    ``lines`` and ``prefixes`` hold for every document; ``languages`` adds, per language, the
    entries that hold only for documents in that language (see `for_languages`).
    """

    lines: frozenset[str]
    prefixes: tuple[str, ...] = ()
    max_words: int = 8
    languages: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def matches(self, bare_text: str, words: int) -> bool:
        """Tell whether a line (its bare form and word count) belongs to the vocabulary."""
        if not bare_text or words > self.max_words:
            return False
        return bare_text in self.lines or (
            bool(self.prefixes) and bare_text.startswith(self.prefixes)
        )

    def for_languages(self, languages: tuple[str, ...]) -> Vocabulary:
        """Return the vocabulary with the entries of the given languages added."""
        entries = [
            entry for language, found in self.languages if language in languages for entry in found
        ]
        lines, prefixes = read_entries(entries)
        return Vocabulary(self.lines | lines, (*self.prefixes, *prefixes), self.max_words)


def by_language(*wordings: Wording) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return concepts' wording, merged per language, as a vocabulary's ``languages``."""
    merged: dict[str, tuple[str, ...]] = {}
    for wording in wordings:
        for language, entries in wording.items():
            merged[language] = (*merged.get(language, ()), *entries)
    return tuple(sorted(merged.items()))


def read_entries(entries: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split vocabulary entries into whole lines and openings, in bare form.

    Entries are expanded as `phrases` expands them and written as `bare` writes a line, and an
    entry with a straight apostrophe also stands for its typographic one ("l'article").
    """
    lines: set[str] = set()
    prefixes: set[str] = set()
    for entry in entries:
        for phrase in phrases(entry):
            variants = {phrase, phrase.replace("'", "’")}
            if phrase.endswith(PREFIX_MARK):
                prefixes |= {v[: -len(PREFIX_MARK)].lower() for v in variants}
            else:
                lines |= {bare(v) for v in variants}
    return frozenset(lines - {""}), tuple(sorted(prefixes))


@dataclass(frozen=True, slots=True)
class VocabularyIndex:
    """Several named vocabularies merged for one look-up per line; the first named wins."""

    lines: dict[str, tuple[str, int]]  # bare line -> (name, max_words)
    prefixes: tuple[tuple[str, tuple[str, ...], int], ...]  # (name, prefixes, max_words)
    any_prefix: tuple[str, ...] = ()  # every vocabulary's prefixes: most lines start with none
    # The first and last words of the whole lines: a row of them starts and ends with one.
    first_words: frozenset[str] = frozenset()
    last_words: frozenset[str] = frozenset()

    def find(self, bare_text: str, words: int) -> str | None:
        """Return the name of the first vocabulary that holds the line, or None."""
        if not bare_text:
            return None
        found = self.lines.get(bare_text)
        if found is not None and words <= found[1]:
            return found[0]
        found = self._find_opening(bare_text, words)
        if found is None and SENTENCE_JOINT.search(bare_text):
            # An opening may end where the line's first sentence does: "deine e-mail-adresse
            # wird nicht veröffentlicht. erforderliche felder…" opens "… veröffentlicht ...".
            found = self._find_opening(SENTENCE_JOINT.sub(" ", bare_text), words)
        if found is not None:
            return found
        return self.find_row(bare_text) if ROW_ITEMS <= words <= ROW_MAX_WORDS else None

    def _find_opening(self, bare_text: str, words: int) -> str | None:
        if bare_text.startswith(self.any_prefix):
            for name, prefixes, max_words in self.prefixes:
                if words <= max_words and bare_text.startswith(prefixes):
                    return name
        return None

    def find_row(self, bare_text: str) -> str | None:
        """Return the vocabulary of a row of buttons flattened into one line, or None.

        "Zum Rezept Drucken Pinnen", "Partager Tweeter Imprimer": the line splits into at least
        ROW_ITEMS whole lines of the vocabularies (each of at most ROW_ITEM_WORDS words), or two
        of ROW_PAIR_WORDS words or more; it is named for its first item. Two one-word items are
        not enough: "Home Team" is a subhead.
        """
        tokens = bare_text.split(" ")
        if tokens[0] not in self.first_words or tokens[-1] not in self.last_words:
            return None
        # first[i]: the first item's name and the item count of the split of tokens[:i] into
        # the most items
        first: dict[int, tuple[str, int]] = {0: ("", 0)}
        for start in range(len(tokens)):
            if start not in first:
                continue
            name, count = first[start]
            for end in range(start + 1, min(len(tokens), start + ROW_ITEM_WORDS) + 1):
                item = self.lines.get(" ".join(tokens[start:end]))
                if item is not None and count + 1 > first.get(end, ("", 0))[1]:
                    first[end] = (name or item[0], count + 1)
        found = first.get(len(tokens))
        if found is None or found[1] < 2:
            return None
        return found[0] if found[1] >= ROW_ITEMS or len(tokens) >= ROW_PAIR_WORDS else None

    def find_line(self, bare_text: str, text: str, words: int) -> str | None:
        """Return the vocabulary of a line (its bare form, text and word count), glued rows too."""
        return self.find(bare_text, words) or self.find_glued(text, words)

    def find_glued(self, text: str, words: int) -> str | None:
        """Return the vocabulary of buttons glued into one line ("Jump to RecipePrint Recipe")."""
        if words > ROW_MAX_WORDS or ROW_GLUE.search(text) is None:
            return None
        spaced = bare(ROW_GLUE.sub(" ", text))
        return self.find_row(spaced) if spaced.count(" ") + 1 <= ROW_MAX_WORDS else None


def index_vocabularies(named: tuple[tuple[str, Vocabulary], ...]) -> VocabularyIndex:
    """Merge named vocabularies into one index, earlier names taking precedence."""
    lines: dict[str, tuple[str, int]] = {}
    for name, vocabulary in named:
        for line in vocabulary.lines:
            lines.setdefault(line, (name, vocabulary.max_words))
    prefixes = tuple((name, v.prefixes, v.max_words) for name, v in named if v.prefixes)
    any_prefix = tuple(prefix for _, v in named for prefix in v.prefixes)
    return VocabularyIndex(
        lines=lines,
        prefixes=prefixes,
        any_prefix=any_prefix,
        first_words=frozenset(line.split(" ")[0] for line in lines),
        last_words=frozenset(line.split(" ")[-1] for line in lines),
    )


def split_row(bare_text: str) -> list[str]:
    """Split a flattened row of links ("privacy policy | terms of use") into its items."""
    return [item for item in ROW_SEPARATOR.split(bare_text) if item]


def mentions(lower_text: str, hints: tuple[str, ...]) -> bool:
    """Tell whether a lower-cased line contains one of the literal hints (a cheap pre-check)."""
    return any(hint in lower_text for hint in hints)


def literal_pattern(strings: Iterable[str]) -> str:
    """Return a pattern matching the longest of the strings that starts where it is tried.

    Factored by common prefixes: a flat alternation of a hundred literals tries every one at every
    position, a factored one tests a position's first character once.
    """
    trie: dict[str, dict] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return _alternation(trie)


def _alternation(node: dict[str, dict]) -> str:
    branches = [
        re.escape(char) + _alternation(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    if "" in node:  # a string ends here: the longer ones are optional, and tried first
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
