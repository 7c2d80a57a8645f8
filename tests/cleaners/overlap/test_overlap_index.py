import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from cleaners.overlap.flags import OverlapIndex, OverlapIndexError, flag_overlaps
from cleaners.overlap.index import FORMAT
from cleaners.overlap.signature import sign_document
from flows.run.output import write_atomic

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"
TODAY = date(2025, 9, 30)


def indexed() -> OverlapIndex:
    signatures = [
        sign_document(
            p.stem,
            p.read_text(encoding="utf-8"),
            date="2025-09-28" if p.stem.startswith("001") else None,
        )
        for p in sorted(FIXTURES.glob("*.txt"))
    ]
    index = OverlapIndex()
    index.add(signatures, flag_overlaps(signatures, index, today=TODAY))
    return index


def test_save_and_load_round_trip(tmp_path):
    index = indexed()
    path = tmp_path / "index.npz"
    write_atomic(path, index.to_bytes())
    loaded = OverlapIndex.load(path)
    assert sorted(loaded.signatures) == sorted(index.signatures)
    assert loaded.pairs == index.pairs and loaded.counted == index.counted
    assert loaded.first_seen == index.first_seen
    for name, array in index.to_arrays().items():
        assert np.array_equal(loaded.to_arrays()[name], array), name
    assert loaded.signatures["001_5cd9a229ee895793"].date == date(2025, 9, 28)


def test_saving_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "index.npz"
    write_atomic(path, OverlapIndex().to_bytes())
    write_atomic(path, indexed().to_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["index.npz"]
    assert len(OverlapIndex.load(path)) == 7


def test_a_missing_file_is_an_empty_index(tmp_path):
    assert len(OverlapIndex.load(tmp_path / "none.npz")) == 0
    write_atomic(tmp_path / "empty.npz", OverlapIndex().to_bytes())
    assert len(OverlapIndex.load(tmp_path / "empty.npz")) == 0


def test_a_damaged_file_says_how_to_reset(tmp_path):
    path = tmp_path / "index.npz"
    write_atomic(path, indexed().to_bytes())
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(OverlapIndexError, match="delete it"):
        OverlapIndex.load(path)


def test_an_index_of_other_settings_is_refused(tmp_path):
    path = tmp_path / "index.npz"
    arrays = indexed().to_arrays()
    arrays["format"] = np.array(json.dumps({"format": "presswash-overlap-index", "version": 0}))
    with open(path, "wb") as out:
        np.savez(out, **arrays)
    with pytest.raises(OverlapIndexError, match="other signature settings"):
        OverlapIndex.load(path)


def test_the_index_takes_under_4_kb_a_document(tmp_path):
    path = tmp_path / "index.npz"
    index = indexed()
    write_atomic(path, index.to_bytes())
    write_atomic(tmp_path / "empty.npz", OverlapIndex().to_bytes())
    # Per document, past the archive's own headers (a few hundred bytes an array).
    extra = path.stat().st_size - (tmp_path / "empty.npz").stat().st_size
    assert extra / len(index) < 4096


def test_an_earlier_document_whose_pairs_a_run_replaces_leaves_its_cluster():
    index = indexed()
    original = "000_5fe9a8b6ae70ace9"
    partners = {p.b for p in index.pairs.values() if p.a == original}
    assert partners == {"000_excerpt", "000_republished"}
    # Both copies come back as copies of another text.
    texts = {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    run = [
        sign_document(doc_id, texts[other])
        for doc_id, other in [
            ("000_excerpt", "004_3bd3082e180324b4"),
            ("000_republished", "004_3bd3082e180324b4"),
        ]
    ]
    flags = flag_overlaps(run, index, today=TODAY)
    assert flags.unclustered == {original}
    assert original not in flags.overlaps and original not in flags.clusters
    assert flags.clusters["000_excerpt"] == flags.clusters["004_3bd3082e180324b4"]


def test_headline_specifics_and_codes_survive_a_round_trip(tmp_path):
    signature = sign_document(
        "deals",
        "The PS4 DualShock controller dropped to $39; Apple AirPods 2 are $139.",
        title="Daily Deals: PS4 DualShock Controller and a 65-inch TV",
    )
    index = OverlapIndex()
    index.add([signature], flag_overlaps([signature], index, today=TODAY))
    path = tmp_path / "index.npz"
    write_atomic(path, index.to_bytes())
    loaded = OverlapIndex.load(path).signatures["deals"]
    assert loaded.title_specs == "ps4 65-inch"
    assert np.array_equal(loaded.codes, signature.codes) and len(loaded.codes) == 1


def test_an_index_of_version_3_is_read_with_its_specifics_unknown(tmp_path):
    path = tmp_path / "index.npz"
    arrays = {
        name: array
        for name, array in indexed().to_arrays().items()
        if not name.startswith(("title_specs", "code"))
    }
    arrays["format"] = np.array(json.dumps({**FORMAT, "version": 3}))
    with open(path, "wb") as out:
        np.savez(out, **arrays)
    index = OverlapIndex.load(path)
    assert len(index) == 7
    # Unknown: no headline spec of theirs disagrees, and they are taken to write any code.
    assert all(s.title_specs == "" and s.codes is None for s in index.signatures.values())
    run = [sign_document("later", FIXTURES.joinpath("001_5cd9a229ee895793.txt").read_text())]
    flag_overlaps(run, index, today=TODAY)
    write_atomic(path, index.to_bytes())  # written again, as this version, still unknown
    again = OverlapIndex.load(path)
    assert json.loads(str(again.to_arrays()["format"]))["version"] == FORMAT["version"]
    assert again.signatures["000_excerpt"].codes is None


def test_an_index_of_version_4_is_read_with_its_terms_taken_as_rare(tmp_path):
    signature = sign_document(
        "study",
        FIXTURES.joinpath("001_5cd9a229ee895793.txt").read_text(encoding="utf-8"),
        language="en",
    )
    assert signature.term_zipf is not None and (signature.term_zipf > 4).any()
    index = OverlapIndex()
    index.add([signature], flag_overlaps([signature], index, today=TODAY))
    path = tmp_path / "index.npz"
    write_atomic(path, index.to_bytes())
    loaded = OverlapIndex.load(path).signatures["study"]  # version 5: one byte a term, exact
    assert np.array_equal(loaded.term_zipf, signature.term_zipf)
    arrays = {name: array for name, array in index.to_arrays().items() if name != "zipf"}
    arrays["format"] = np.array(json.dumps({**FORMAT, "version": 4}))
    with open(path, "wb") as out:
        np.savez(out, **arrays)
    old = OverlapIndex.load(path).signatures["study"]
    assert old.term_zipf is None and np.array_equal(old.terms, signature.terms)
