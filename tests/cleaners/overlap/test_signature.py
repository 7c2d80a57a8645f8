import pickle
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from cleaners.overlap.dates import parse_date
from cleaners.overlap.signature import (
    MAX_HASH,
    MINHASH_SCHEME,
    MINHASH_SEED,
    NUM_PERM,
    UPDATE_BLOCK,
    empty_minhash,
    minhash_values,
    shingle_hashes,
    sign_document,
)
from cleaners.overlap.tokens import word_hashes

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"
THE_WEEK = (FIXTURES / "000_5fe9a8b6ae70ace9.txt").read_text(encoding="utf-8")
LEAD = (
    "Russia and China have long been allies, but there are new indications that they may be "
    "taking their military alliance to unprecedented heights."
)


def test_minhash_is_datasketchs_minhash_of_each_shingle():
    shingles = shingle_hashes(word_hashes(THE_WEEK).hashes)
    reference = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, hashfunc=int)
    for shingle in shingles.tolist():
        reference.update(shingle)
    assert np.array_equal(minhash_values(shingles), reference.hashvalues)


def test_a_long_text_is_fed_in_blocks_to_the_same_minhash():
    shingles = np.arange(3 * UPDATE_BLOCK + 7, dtype=np.uint32) * np.uint32(2654435761)
    whole = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, hashfunc=int)
    whole.update_batch(shingles.tolist())
    assert np.array_equal(minhash_values(shingles), whole.hashvalues)


def test_documents_get_their_own_hash_values_and_leave_the_template_empty():
    shingles = shingle_hashes(word_hashes(THE_WEEK).hashes)
    first, second = minhash_values(shingles), minhash_values(shingles[:10])
    empty = sign_document("empty", " -- ").hashvalues
    assert not np.shares_memory(first, second) and not np.shares_memory(empty, first)
    assert empty.flags.writeable and not np.shares_memory(empty, empty_minhash().hashvalues)
    assert (empty_minhash().hashvalues == MAX_HASH).all()
    assert first.dtype == second.dtype == empty.dtype == np.uint32


def test_lean_minhash_estimates_the_same_jaccard():
    a = sign_document("a", THE_WEEK)
    b = sign_document("b", THE_WEEK.split("The Week\n")[0])
    ours = float((a.hashvalues == b.hashvalues).mean())
    assert a.lean_minhash().jaccard(b.lean_minhash()) == ours
    assert 0.2 < ours < 0.9


def test_rewrapping_a_text_keeps_its_signature():
    words = LEAD.split()
    rewrapped = "\n".join(" ".join(words[i : i + 7]) for i in range(0, len(words), 7))
    assert rewrapped != LEAD
    assert np.array_equal(
        sign_document("a", LEAD).hashvalues, sign_document("b", rewrapped).hashvalues
    )


def test_short_and_empty_texts():
    assert sign_document("short", "Taiwan braces").shingles == 1
    empty = sign_document("empty", " -- ")
    assert empty.is_empty and (empty.hashvalues == MAX_HASH).all() and len(empty.terms) == 0


def test_a_title_repeated_on_the_first_line_counts_once():
    title = "Russia is ‘helping China’ prepare for an invasion of Taiwan"
    with_title_line = sign_document("a", f"{title}\n{LEAD}", title=title)
    without = sign_document("b", LEAD, title=title)
    assert np.array_equal(with_title_line.terms, without.terms)
    assert np.array_equal(with_title_line.term_boosts, without.term_boosts)


def test_signature_is_small_and_picklable():
    signature = sign_document("000", THE_WEEK, title="Russia is ‘helping China’", date="2025-09-30")
    copy = pickle.loads(pickle.dumps(signature))
    assert np.array_equal(copy.hashvalues, signature.hashvalues) and copy.date == date(2025, 9, 30)
    assert len(pickle.dumps(signature)) < 4096


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-10-15", date(2024, 10, 15)),
        ("2024-10-15T04:58:00+03:00", date(2024, 10, 15)),
        (" 2024-10-15 ", date(2024, 10, 15)),
        ("Tuesday, 15 October 2024", None),
        (None, None),
    ],
    ids=["iso-date", "timestamp", "spaces", "prose", "unknown"],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected
