"""Learning recurring site lines over many batches, in bounded memory."""

from cleaners.cleaning.recurring import count_lines, fingerprint_line, recurring_fingerprints
from flows.run.recurring import PRUNE_FROM_DOCUMENTS, learn, prune_rare_lines

FOOTER = "Sign up for The Morning Brief, our daily newsletter"


def article(n: int, footer: bool) -> str:
    """A site's article: its own paragraphs, and the site's footer in some of them."""
    town = "".join(chr(ord("a") + int(d)) for d in str(n)).title()  # digits would read as 0
    body = (
        f"Officials in {town}ville said on Tuesday that the bridge would reopen "
        f"after repairs lasting most of the summer.\n\n"
        f"Residents of {town} Heights had waited since spring for the crossing to open."
    )
    return f"{body}\n\n{FOOTER}" if footer else body


def batch(site: str, start: int, size: int, every: int):
    return count_lines((site, article(n, n % every == 0)) for n in range(start, start + size))


def test_lines_of_one_document_are_dropped_for_big_sites_only():
    big = batch("example.com", 0, PRUNE_FROM_DOCUMENTS, every=5)
    small = batch("folder:raw/blog", 0, 10, every=5)
    counts = prune_rare_lines({**big, **small})
    footer = fingerprint_line(FOOTER)
    assert set(counts["example.com"]["lines"]) == {footer}  # every article line occurs once
    assert len(counts["folder:raw/blog"]["lines"]) > 10  # a small site keeps every count
    assert counts["example.com"]["documents"] == PRUNE_FROM_DOCUMENTS


def test_a_footer_in_a_tenth_of_the_documents_is_still_learned_across_pruned_batches(tmp_path):
    # 2,000 articles in 20 batches; the footer is in every 9th: ~11%, at most 1 or 2 a batch apart
    # from the rest, and every batch is pruned.
    profiles = [
        prune_rare_lines(batch("example.com", start, 100, every=9)) for start in range(0, 2000, 100)
    ]
    recurring, counts = learn(tmp_path, profiles, full=True)
    assert recurring["example.com"] == {fingerprint_line(FOOTER)}
    assert len(counts["example.com"]["lines"]) == 1  # not 4,000 one-off paragraph lines
    exact = recurring_fingerprints(batch("example.com", 0, 2000, every=9), "example.com")
    assert exact == recurring["example.com"]
