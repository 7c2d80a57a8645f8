"""Find the raw documents to process: walk the raw path, hash contents, plan batches of work.

Filesystem code, kept out of cleaners/: a raw path is walked without following directory symlinks
(no loops), files that cannot be read become rejected documents rather than errors, and raw/ is only
ever opened for reading.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import BinaryIO

from cleaners.reading.inputs import (
    MAX_DOCUMENT_BYTES,
    document_id,
    input_kind,
    read_file_bytes,
    read_jsonl_bytes,
    rejected_line,
)
from cleaners.records import RawDocument

# Files and over-long jsonl lines are hashed this much at a time, never held whole.
READ_PIECE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Span:
    """One line of an uncompressed jsonl file: where it starts, how long it is, its number."""

    offset: int
    length: int
    line: int
    digest: str = ""  # the line's content hash when planned: a batch reads it only if unchanged


@dataclass(frozen=True, slots=True)
class WorkItem:
    """A unit of raw input for a batch: a whole file, or chosen lines of a jsonl file."""

    path: str
    source: str  # path relative to the raw root, as recorded in the manifest
    kind: str  # "text" | "html" | "jsonl"
    spans: tuple[Span, ...] | None = None  # jsonl lines to read; None: the whole file
    size: int = 0


@dataclass(slots=True)
class ReadLog:
    """What a batch actually read: the run records these hashes as seen, never the plan's."""

    files: dict[str, str] = field(default_factory=dict)  # whole file source -> hash of bytes read
    lines: dict[str, list[str]] = field(
        default_factory=dict
    )  # jsonl source -> hashes of lines read
    changed: list[str] = field(default_factory=list)  # jsonl lines that changed since the plan

    def merge(self, other: ReadLog) -> None:
        """Add another batch's log to this one."""
        self.files.update(other.files)
        for source, digests in other.lines.items():
            self.lines.setdefault(source, []).extend(digests)
        self.changed.extend(other.changed)


class HashingReader:
    """A binary file that hashes what is read through it (for gzip streams, read once)."""

    mode = "rb"

    def __init__(self, handle: BinaryIO) -> None:
        self.handle, self.hasher = handle, hashlib.blake2b(digest_size=12)

    def read(self, size: int = -1) -> bytes:
        """Read and hash up to ``size`` bytes."""
        data = self.handle.read(size)
        self.hasher.update(data)
        return data

    def digest(self) -> str:
        """Read the rest of the file and return the hash of all of it."""
        while self.read(READ_PIECE_BYTES):
            pass
        return self.hasher.hexdigest()


def walk_inputs(raw: Path) -> Iterator[tuple[Path, str]]:
    """Yield (path, source) for every input file under ``raw`` (or ``raw`` itself), sorted."""
    if raw.is_file() or not raw.is_dir():
        yield raw, raw.name
        return
    for folder, dirs, files in os.walk(raw, followlinks=False, onerror=None):
        dirs.sort()
        for name in sorted(files):
            if input_kind(name) is not None:
                path = Path(folder) / name
                yield path, path.relative_to(raw).as_posix()


def content_hash(data: bytes | memoryview) -> str:
    """Return the short content hash that decides whether a document changed since the last run."""
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def hash_file(path: Path) -> tuple[str, int]:
    """Return a file's `content_hash` and size, reading it a piece at a time."""
    hasher, size = hashlib.blake2b(digest_size=12), 0
    with open_regular(path) as handle:
        while piece := handle.read(READ_PIECE_BYTES):
            hasher.update(piece)
            size += len(piece)
    return hasher.hexdigest(), size


def jsonl_line_hashes(handle: BinaryIO) -> Iterator[tuple[Span, str]]:
    """Yield the span and content hash of every non-blank line of an open jsonl file.

    Lines are those of ``data.split(b"\\n")``, read one at a time: a jsonl dump of millions of
    documents is gigabytes, and only a line, never the file, is held. A line longer than the
    document limit is hashed piece by piece (its documents are rejected when read).
    """
    offset, number = 0, 0
    while line := handle.readline(MAX_DOCUMENT_BYTES + 1):
        number += 1
        length = len(line) - line.endswith(b"\n")
        if length > MAX_DOCUMENT_BYTES:
            digest, length = hash_rest_of_line(handle, line)
            yield Span(offset, length, number), digest
        elif line[:1].isspace() and not line.strip():
            pass  # a blank line
        else:
            yield Span(offset, length, number), content_hash(memoryview(line)[:length])
        offset += length + 1


def hash_rest_of_line(handle: BinaryIO, start: bytes) -> tuple[str, int]:
    """Hash a line too long to hold, given its start; return its hash and length (no newline)."""
    hasher, length = hashlib.blake2b(digest_size=12), 0
    for piece in rest_of_line(handle, start):
        hasher.update(piece)
        length += len(piece)
    return hasher.hexdigest(), length


def rest_of_line(handle: BinaryIO, start: bytes) -> Iterator[bytes]:
    """Yield a line too long to hold piece by piece, from its start to its end (no newline)."""
    piece = start
    while piece and not piece.endswith(b"\n"):
        yield piece
        piece = handle.readline(READ_PIECE_BYTES)
    if piece:
        yield piece[:-1]


def read_work_item(
    item: WorkItem, *, texts_only: bool = False, log: ReadLog | None = None
) -> Iterator[RawDocument]:
    """Yield the raw documents of one work item; unreadable input becomes rejected documents.

    The lines of a jsonl file are read one at a time, so that a batch of 2,000 HTML pages does
    not hold 380 MB of them at once. A read that fails part way rejects the lines not yet read.
    ``texts_only``: leave out jsonl lines that cannot hold a plain text (`read_jsonl_bytes`).
    ``log``: gets the hash of what was read. A file is processed from the bytes read, whatever
    the plan hashed; a jsonl line whose bytes are no longer the planned line's (the file was
    rewritten since) is not read at all: the offsets of the plan no longer mean anything.
    """
    log = ReadLog() if log is None else log
    if item.spans is None and is_gzip_jsonl(item.path):
        yield from read_gzip_jsonl(item, texts_only=texts_only, log=log)
        return
    if item.spans is None:
        try:
            data = read_limited(Path(item.path))
        except OSError as err:
            yield from unreadable(item, err)
            return
        log.files[item.source] = content_hash(data)
        yield from read_file_bytes(item.path, item.source, data, texts_only=texts_only)
        return
    done, read = 0, log.lines.setdefault(item.source, [])
    try:
        with open_regular(Path(item.path)) as handle:
            for done, span in enumerate(item.spans):  # noqa: B007 - read by the except below
                if span.length > MAX_DOCUMENT_BYTES:
                    read.append(span.digest)
                    yield rejected_line(item.source, span.line, too_long())
                    continue
                handle.seek(span.offset)
                line = handle.read(span.length)
                digest = content_hash(line)
                if span.digest and digest != span.digest:
                    log.changed.append(f"{item.source}:{span.line}")
                    continue
                read.append(digest)
                yield from read_jsonl_bytes(
                    item.source, line, first_line=span.line, texts_only=texts_only
                )
            done = len(item.spans)
    except OSError as err:
        yield from unreadable(replace(item, spans=item.spans[done:]), err)


def is_gzip_jsonl(name: str) -> bool:
    """Tell whether a file is a gzipped jsonl file (read as a stream, whatever its size)."""
    return name.lower().endswith(".gz") and input_kind(PurePath(name).name) == "jsonl"


def read_gzip_jsonl(
    item: WorkItem, *, texts_only: bool = False, log: ReadLog | None = None
) -> Iterator[RawDocument]:
    """Yield the documents of a gzipped jsonl file, inflated one line at a time.

    A gzipped dump has no size limit, only its lines do: a line over the document limit is
    skipped unread and rejected. Corrupt or truncated gzip data ends the file with one rejected
    document (the file's id) after the lines read before it.
    """
    log = ReadLog() if log is None else log
    try:
        with open_regular(Path(item.path)) as handle:
            raw = HashingReader(handle)
            try:
                yield from read_gzip_lines(item, raw, texts_only=texts_only)
            finally:
                log.files[item.source] = raw.digest()
    except OSError as err:
        log.files.pop(item.source, None)
        yield from unreadable(item, err)


def read_gzip_lines(
    item: WorkItem, raw: HashingReader, *, texts_only: bool
) -> Iterator[RawDocument]:
    """Yield the documents of a gzipped jsonl stream (`read_gzip_jsonl`); OSError: unreadable."""
    number = 0
    try:
        with gzip.GzipFile(fileobj=raw) as lines:  # type: ignore[arg-type]
            while line := lines.readline(MAX_DOCUMENT_BYTES + 1):
                number += 1
                if len(line) - line.endswith(b"\n") > MAX_DOCUMENT_BYTES:
                    for _piece in rest_of_line(lines, line):  # skipped unread
                        pass
                    yield rejected_line(item.source, number, too_long())
                    continue
                yield from read_jsonl_bytes(
                    item.source, line, first_line=number, texts_only=texts_only
                )
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        reason = "truncated stream" if isinstance(err, EOFError) else str(err)
        yield RawDocument(
            id=document_id(item.source), source=item.source, error=f"corrupt gzip: {reason}"
        )


def read_limited(path: Path) -> bytes:
    """Read a whole file, refusing files larger than the document size limit."""
    with open_regular(path) as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise OSError(f"file larger than the {MAX_DOCUMENT_BYTES // 2**20} MB limit")
    return data


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading; refuse FIFOs, sockets and devices with an OSError.

    Opening a FIFO for reading would wait forever for a writer, and a device such as /dev/zero
    never ends: neither is a document. O_NONBLOCK makes the open itself return at once.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"not a regular file: {path.name}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def unreadable(item: WorkItem, err: OSError) -> list[RawDocument]:
    """Return the rejected documents standing for a file that could not be read.

    A whole file is one document; planned lines of a jsonl file are one document each (with the
    ids a bad line gets), so that every planned document is accounted for in the manifest.
    """
    error = f"unreadable file: {err.strerror or err}"
    if item.spans is None:
        return [RawDocument(id=document_id(item.source), source=item.source, error=error)]
    return [rejected_line(item.source, span.line, error) for span in item.spans]


def too_long() -> str:
    """Return the reason a jsonl line over the document limit is rejected."""
    return f"line larger than the {MAX_DOCUMENT_BYTES // 2**20} MB limit"
