"""Write outputs atomically: clean text files, the manifest, state files.

Every file is written to a temporary name in its own folder, flushed to disk and renamed over the
final name, so a reader (or a rerun after a crash) never sees a half-written file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from cleaners.records import Document, ManifestRecord

# Characters allowed in an output file name; anything else becomes "_" (ids come from the input
# and may hold "/", "..", newlines or control characters).
UNSAFE_NAME_CHARS = re.compile(r"[^\w.\-]+")
MAX_NAME_LENGTH = 120
# An id that is not a safe name as it stands gets its hash after this mark, which no id kept as
# it stands can hold ("~" is unsafe): the two kinds of names never meet. 128 bits: among a
# billion ids, the chance of two hashes meeting is about 1e-21 (32 bits met among ~170k URLs).
HASHED_NAME_MARK = "~"
NAME_HASH_BYTES = 16
# A file written atomically is first a hidden temporary next to its final name; a killed run may
# leave one behind, which the next run removes (flows.run.state.clear_staging).
TEMPORARY_SUFFIX = ".presswash-tmp"
TEMPORARY_FILES = f".*{TEMPORARY_SUFFIX}"
# A lone surrogate (from a "\ud800" escape in input JSON) is written as the JSON escape it came
# from, so the manifest stays valid UTF-8 and valid JSON.
JSON_ERRORS = "backslashreplace"
# One encoder for every JSON line (``json.dumps`` given an option builds a new one a call: a
# fifth of the time of a short line). Configuration only: it keeps no state between calls.
JSON_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False)


def safe_name(doc_id: str) -> str:
    """Return a file name for a document id that cannot escape the output folder or collide."""
    name = UNSAFE_NAME_CHARS.sub("_", doc_id).strip("._")[:MAX_NAME_LENGTH]
    # File systems limit a name to 255 bytes, not characters: cut non-ASCII names by their bytes.
    name = name.encode("utf-8")[:MAX_NAME_LENGTH].decode("utf-8", "ignore")
    if name != doc_id or not name:
        digest = hashlib.blake2b(
            doc_id.encode("utf-8", "surrogatepass"), digest_size=NAME_HASH_BYTES
        ).hexdigest()
        name = f"{name or 'doc'}{HASHED_NAME_MARK}{digest}"
    return name


def text_path(doc_id: str) -> str:
    """Return where a kept document's clean text lives, relative to the output folder."""
    return f"{safe_name(doc_id)}.txt"


def staged_text_path(fragment: str | Path, doc_text_path: str) -> str:
    """Return where a batch stages a kept document's text, relative to the run's staging folder."""
    return f"{Path(fragment).stem}/{doc_text_path}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file appears whole or not at all."""
    write_chunks_atomic(path, [data])


def write_chunks_atomic(
    path: Path, chunks: Iterable[bytes], before_rename: Callable[[], object] | None = None
) -> None:
    """Write chunks of bytes, one after another, to ``path``: the file appears whole or not at all.

    ``before_rename`` as in `write_atomic_with`.
    """
    write_atomic_with(path, lambda handle: handle.writelines(chunks), before_rename)


def write_atomic_with(
    path: Path,
    write: Callable[[BinaryIO], object],
    before_rename: Callable[[], object] | None = None,
) -> None:
    """Write ``path`` by calling ``write(handle)``: the file appears whole or not at all.

    ``before_rename`` is called once the data is on disk, just before the file appears (to wait
    for what must appear first); if it raises, the file does not appear.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name[:40]}.{secrets.token_hex(6)}{TEMPORARY_SUFFIX}"
    # os.open with mode 0o666 honours the umask (tempfile.mkstemp would make the file private).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_staged(path: Path, data: bytes) -> None:
    """Write a file into a run's staging folder, which no reader sees.

    No temporary name and no fsync per file: a staged file becomes visible only by its rename
    into the output folder, and the run syncs the file system once before writing the manifest.
    The folder must exist (a batch makes its own once, not once a file).
    """
    with open(path, "wb") as handle:
        handle.write(data)


def check_writable(folder: Path) -> None:
    """Create a folder if needed and prove that a file can be written in it (else OSError)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=folder):
        pass


def write_json_atomic(path: Path, value: object) -> None:
    """Write a JSON value atomically."""
    write_atomic(
        path, json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8", JSON_ERRORS)
    )


def json_line(record: dict) -> bytes:
    """Return a record as one line of a jsonl file (UTF-8, newline included)."""
    return (JSON_LINE_ENCODER.encode(record) + "\n").encode("utf-8", JSON_ERRORS)


def manifest_record(doc: Document) -> ManifestRecord:
    """Return a document's manifest record (its overlaps and cluster come after flagging)."""
    return ManifestRecord.of_document(doc, text_path(doc.id))


def record_line(record: ManifestRecord) -> bytes:
    """Return a manifest record as its line of the manifest."""
    return json_line(record.to_json())


def clean_text_bytes(doc: Document) -> bytes:
    """Return the bytes of a kept document's clean text file (UTF-8, ending in one newline)."""
    return (doc.text.rstrip("\n") + "\n").encode("utf-8", "replace")
