import pytest

from cleaners.records import Document, Removal
from flows.run.manifest import read_records
from flows.run.output import (
    json_line,
    manifest_record,
    safe_name,
    write_atomic,
    write_chunks_atomic,
)


@pytest.mark.parametrize(
    "doc_id",
    ["../../etc/passwd", "a/b", "line\nbreak", "..", "", "con:tröl\x00", "x" * 500, ".hidden"],
    ids=["traversal", "slash", "newline", "dotdot", "empty", "control", "long", "hidden"],
)
def test_safe_names_stay_inside_the_output_folder(tmp_path, doc_id):
    name = safe_name(doc_id)
    target = (tmp_path / f"{name}.txt").resolve()
    assert target.parent == tmp_path.resolve()
    assert (
        name and not name.startswith(".") and "/" not in name and len(name.encode()) <= 200
    )  # far below the 255-byte limit


def test_safe_ids_are_kept_as_they_are_and_unsafe_ones_do_not_collide():
    assert safe_name("000_5fe9a8b6ae70ace9") == "000_5fe9a8b6ae70ace9"
    assert safe_name("a/b") != safe_name("a_b") and safe_name("a/b") != safe_name("a?b")


@pytest.mark.parametrize(
    "doc_id", ["a?b", "https://example.org/" + "x" * 150, "日本語 ニュース", ".."]
)
def test_a_renamed_id_never_meets_an_id_kept_as_it_is(doc_id):
    name = safe_name(doc_id)
    assert name != doc_id and safe_name(name) != name, "a hashed name is never a safe id as it is"
    assert len(name.rpartition("~")[2]) == 32


def test_atomic_write_replaces_whole_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out" / "manifest.jsonl"
    write_chunks_atomic(target, [json_line({"id": "a", "text": "\ud800 lone surrogate"})])
    write_atomic(target, b'{"id": "b"}\n')
    assert list(read_records(target)) == [{"id": "b"}]
    assert [p.name for p in target.parent.iterdir()] == ["manifest.jsonl"]


def test_a_file_appears_only_after_what_must_appear_first(tmp_path):
    target = tmp_path / "manifest.jsonl"
    seen = []
    write_chunks_atomic(
        target, [b'{"id": "a"}\n'], before_rename=lambda: seen.append(target.exists())
    )
    assert seen == [False] and target.read_bytes() == b'{"id": "a"}\n'

    def texts_failed():
        raise OSError("a text could not be moved")

    with pytest.raises(OSError, match="could not be moved"):
        write_chunks_atomic(target, [b'{"id": "b"}\n'], before_rename=texts_failed)
    assert target.read_bytes() == b'{"id": "a"}\n', "the old file stays whole"
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.jsonl"], "no temporary is left"


def test_lone_surrogates_are_written_as_valid_json(tmp_path):
    target = tmp_path / "m.jsonl"
    write_chunks_atomic(target, [json_line({"id": "a", "text": "bad \ud800 char"})])
    assert [r["text"] for r in read_records(target)] == ["bad \ud800 char"]


def test_manifest_record_says_what_extraction_dropped():
    doc = Document(id="rt", source="rt.html", status="kept", text="Body.", extraction="trafilatura",
                   extraction_dropped_chars=2176, extraction_dropped_blocks=97,
                   removed=(Removal("extraction", "Trends:"),))  # fmt: skip
    record = manifest_record(doc).to_json()
    assert (record["extraction_dropped_chars"], record["extraction_dropped_blocks"]) == (2176, 97)
    assert record["removed"] == [{"rule": "extraction", "text": "Trends:"}]
    assert list(record)[-2:] == ["removed", "overlaps"]
