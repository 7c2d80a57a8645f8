"""What the terminal shows besides a run's summary: one document's record, the last run, hints.

``presswash show ID`` and ``presswash report`` read the output folder (the manifest and the state
folder's ``last-run.json``); they need no Prefect. Colours only on a terminal, never when piped
or when ``NO_COLOR`` is set (https://no-color.org).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TextIO

from cleaners.reading.inputs import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, input_kind
from flows.run.manifest import read_records
from flows.run.report import count_noun, rank


def listed(suffixes: frozenset[str]) -> list[str]:
    """Return extensions in the order the help lists them (shortest first: .txt before .text)."""
    return sorted(suffixes, key=lambda s: (len(s), s))


READ_SUFFIXES = (*listed(TEXT_SUFFIXES), *listed(HTML_SUFFIXES), *listed(JSONL_SUFFIXES))
ANSI = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}
SUGGESTIONS = 3
STAGES = ("plan", "profile", "clean", "flag", "write")


class NotFound(LookupError):
    """The output folder has no such document, or no manifest or run yet (the message says)."""


@dataclass(frozen=True, slots=True)
class Style:
    """Colours for the terminal, or none."""

    colour: bool

    def __call__(self, text: str, *names: str) -> str:
        if not self.colour or not names:
            return text
        codes = ";".join(ANSI[name] for name in names)
        return f"\x1b[{codes}m{text}\x1b[0m"


def style_for(stream: TextIO) -> Style:
    """Return colours for a stream: on for a terminal, off when piped or NO_COLOR is set."""
    return Style(stream.isatty() and not os.environ.get("NO_COLOR"))


def find_record(manifest: Path, doc_id: str) -> dict:
    """Return a document's manifest record; raise NotFound with the closest ids if there is none."""
    if not manifest.exists():
        raise NotFound(f"no manifest at {manifest}: run `presswash run` first, or give --out")
    ids, starting = [], []
    for record in read_records(manifest):
        if record["id"] == doc_id:
            return record
        ids.append(record["id"])
        if record["id"].startswith(doc_id):
            starting.append(record)
    if len(starting) == 1:  # a unique prefix, e.g. `presswash show 001`
        return starting[0]
    if starting:
        names = ", ".join(r["id"] for r in starting[:SUGGESTIONS])
        more = ", ..." if len(starting) > SUGGESTIONS else ""
        raise NotFound(f"{len(starting)} documents' ids start with {doc_id!r}: {names}{more}")
    close = difflib.get_close_matches(doc_id, ids, n=SUGGESTIONS)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise NotFound(f"no document {doc_id!r} in {manifest}{hint}")


def show_document(record: dict, out: Path, style: Style) -> str:
    """Return one document's record as text: what was removed and why, its overlaps, its text."""
    chars_in, chars_out = record.get("chars_in", 0), record.get("chars_out", 0)
    status = record.get("status", "")
    share = (chars_in - chars_out) / chars_in if chars_in else 0.0
    lines = [
        (
            f"{style(record['id'], 'bold')}  {style(status, 'green' if status == 'kept' else 'red')}"
            f"  {record.get('source', '')}"
        ),
    ]
    for key in ("title", "url", "date", "language", "extraction", "reason"):
        if record.get(key):
            lines.append(f"{key}: {record[key]}")
    lines.append(f"characters: {chars_in:,} in, {chars_out:,} out ({share:.0%} removed)")
    if record.get("cluster") and record.get("representative") != record["id"]:
        lines.append(
            f"cluster: {record['cluster']} (representative {record.get('representative')})"
        )
    removed = record.get("removed", [])
    lines += ["", style(f"Removed lines and blocks: {len(removed)}", "bold")]
    width = max((len(r["rule"]) for r in removed), default=0)
    for removal in removed:
        text = removal["text"].replace("\n", "\n" + " " * (width + 4))
        lines.append(f"  {style(removal['rule'].ljust(width), 'yellow')}  {style(text, 'red')}")
    overlaps = record.get("overlaps", [])
    lines += ["", style(f"Overlaps: {len(overlaps)}", "bold")]
    for o in overlaps:
        terms = o.get("terms") or ()
        shared = f"; shared terms: {', '.join(terms)}" if terms else ""
        lines.append(
            f"  {style(o['kind'], 'cyan')}  {o['id']}  {o['similarity']:.3f} "
            f"({o.get('measure', '')}{shared})"
        )
    lines += [
        "",
        style(
            "Clean text" + (f" ({out / record['text_path']})" if record.get("text_path") else ""),
            "bold",
        ),
    ]
    lines.append(clean_text(record, out))
    return "\n".join(lines).rstrip() + "\n"


def clean_text(record: dict, out: Path) -> str:
    """Return a document's clean text, or why it has none."""
    if record.get("status") != "kept":
        return "(none: the document was rejected)"
    if not record.get("text_path"):
        return f"(not written: {record.get('representative')} represents its cluster)"
    try:
        return (out / record["text_path"]).read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        return f"(cannot read {out / record['text_path']}: {err.strerror or err})"


def load_last_run(state: Path) -> dict:
    """Return the last run's numbers from the state folder; raise NotFound if there was none."""
    path = state / "last-run.json"
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise NotFound(
            f"no run recorded in {state}: run `presswash run` first, or give --out"
        ) from None


def last_run_text(summary: dict, style: Style) -> str:
    """Return the last run's summary as text."""
    pairs = summary.get("overlaps_by_kind", {})
    index = summary.get("overlap_index", {})
    lines = [
        style("Last presswash run", "bold")
        + (f" (flow run {summary['flow_run_id']})" if summary.get("flow_run_id") else "")
    ]
    if summary.get("finished"):
        lines.append(f"finished: {summary['finished']}")
    lines += [
        f"input files: {summary.get('files', 0):,}",
        (
            f"documents read: {summary.get('read', 0):,} ({summary.get('changed', 0):,} changed "
            f"since the run before; {summary.get('unchanged', 0):,} unchanged, skipped)"
        ),
        f"kept: {summary.get('kept', 0):,}; rejected: {summary.get('rejected', 0):,}",
        (
            f"characters: {summary.get('chars_in', 0):,} in, {summary.get('chars_out', 0):,} out; "
            f"{summary.get('removed_chars', 0):,} removed by the rules"
        ),
        f"overlapping pairs: {sum(pairs.values()):,}"
        + (
            f" ({', '.join(f'{n:,} {kind}' for kind, n in sorted(pairs.items()))})" if pairs else ""
        ),
        (
            f"overlap index: {index.get('documents', 0):,} documents, "
            f"{index.get('bytes', 0) / 2**20:,.1f} MB"
        ),
    ]
    rules = sorted(summary.get("removed_by_rule", {}).items(), key=rank)
    if rules:
        lines += ["", style("Removals per rule", "bold")]
        width = max(len(rule) for rule, _ in rules)
        lines += [f"  {style(rule.ljust(width), 'yellow')}  {n:>7,}" for rule, n in rules]
    seconds = summary.get("seconds", {})
    if seconds:
        lines += ["", style("Seconds per stage", "bold")]
        # Stages in run order (the state file stores its keys sorted).
        order = {stage: n for n, stage in enumerate(STAGES)}
        lines += [
            f"  {stage:<8}  {sec:>8.2f}"
            for stage, sec in sorted(seconds.items(), key=lambda s: order.get(s[0], 99))
        ]
    for key, what in (("out", "clean texts"), ("manifest", "manifest")):
        if summary.get(key):
            lines.append(f"{what}: {summary[key]}")
    return "\n".join(lines) + "\n"


def skipped_files(raw: Path) -> Counter:
    """Count the files under ``raw`` that presswash does not read, by extension."""
    skipped: Counter = Counter()
    if raw.is_file():
        return skipped
    for _, _, files in os.walk(raw):
        for name in files:
            if input_kind(name) is None:
                skipped["".join(Path(name).suffixes[-2:]).lower() or "(no extension)"] += 1
    return skipped


def no_documents_hint(raw: Path) -> str:
    """Say why a run found no document: which extensions are read, which files were skipped."""
    read = " ".join(READ_SUFFIXES)
    skipped = skipped_files(raw)
    text = (
        f"presswash: no input file found in {raw}. presswash reads {read} files "
        "(each may also be gzipped: .gz), in folders at any depth"
    )
    if skipped:
        kinds = ", ".join(f"{n:,} {suffix}" for suffix, n in skipped.most_common(5))
        more = "" if len(skipped) <= 5 else f" and {len(skipped) - 5} more kinds"
        text += (
            f"; {count_noun(sum(skipped.values()), 'file')} skipped as not one of these "
            f"({kinds}{more})"
        )
    return text + "."


def help_files() -> str:
    """Return the help's description of what presswash reads and writes."""
    return "\n".join(
        [
            "inputs: --raw, a folder (read at any depth) or one file, never modified:",
            f"  {' '.join(listed(TEXT_SUFFIXES)):<20}scraped plain text, a document a file",
            f"  {' '.join(listed(HTML_SUFFIXES)):<20}scraped web pages (the article is extracted)",
            (
                f"  {' '.join(listed(JSONL_SUFFIXES)):<20}"
                'a JSON object a line: "id", "text" or "html", and "url", "title", "date"'
            ),
            f"  {'... .gz':<20}any of these gzipped; other files are skipped",
            "outputs: --out (default: clean):",
            f"  {'ID.txt':<20}the clean text of each kept document",
            f"  {'manifest.jsonl':<20}a record a document: status or reason for rejection, each",
            f"  {'':<20}removed line and its rule, overlaps with other documents",
            f"  {'.presswash/':<20}state for the next run (--state): inputs seen, overlap index,",
            f"  {'':<20}last-run.json (see `presswash report`)",
        ]
    )


HELP_FILES = help_files()


def reject_unknown(parser: argparse.ArgumentParser, command: str, unknown: list[str]) -> NoReturn:
    """Exit with the command's usage, naming each unknown argument and the option it resembles."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    target = sub.choices.get(command, parser)
    options = [s for action in target._actions for s in action.option_strings]
    notes = []
    for arg in unknown:
        name = arg.split("=", 1)[0]
        close = (
            difflib.get_close_matches(name, options, n=1, cutoff=0.6) if arg.startswith("-") else []
        )
        if close:
            notes.append(f"{arg} (did you mean {close[0]}?)")
        elif not arg.startswith("-") and "--raw" in options and os.path.exists(arg):
            notes.append(f"{arg} (the raw path is given as --raw {arg})")
        else:
            notes.append(arg)
    target.error(f"unrecognized arguments: {', '.join(notes)}")


def show_command(doc_id: str, out: str) -> int:
    """Print one document's record (exit code 1 when it is not in the manifest)."""
    folder = Path(out)
    try:
        record = find_record(folder / "manifest.jsonl", doc_id)
    except NotFound as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 1
    try:
        sys.stdout.write(show_document(record, folder, style_for(sys.stdout)))
    except BrokenPipeError:  # `presswash show ID | head`
        sys.stderr.close()
    return 0


def report_command(out: str, state: str | None, *, as_json: bool) -> int:
    """Print the last run's summary from the state folder (exit code 1 when there is none)."""
    folder = Path(state) if state else Path(out) / ".presswash"
    try:
        summary = load_last_run(folder)
    except NotFound as err:
        print(f"presswash: {err}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(summary, indent=2, ensure_ascii=False, sort_keys=True))
    else:
        sys.stdout.write(last_run_text(summary, style_for(sys.stdout)))
    return 0
