"""Digest every clean text and manifest record presswash writes for the seeds and the dev sets.

Runs ``presswash run`` (one worker, Prefect's temporary server) over each corpus into a temporary
folder and writes one JSON file of sha256 digests: per corpus, one per clean text file and one per manifest record. Corpora:
the seeds (raw/) and, for every set of DATA/extraction, its HTML pages and its scraped_text.jsonl.
Two digests from two commits say whether a change altered any output; ``--compare`` lists what
differs, by corpus and id.

    python bench/snapshot.py [--data ../shared/bench] --out /tmp/before.json
    python bench/snapshot.py --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # import cleaners/ and flows/ from the checkout

SETS = ("aeb-dev", "wcxb-dev", "trafilatura-eval-dev")


def corpora(data: Path) -> dict[str, Path]:
    """Return the raw folder of every corpus by name (a jsonl set is given as its file)."""
    found = {"seeds": REPO / "raw"}
    for name in SETS:
        folder = data / "extraction" / name
        if (folder / "html").is_dir():
            found[f"{name}/html"] = folder / "html"
        if (folder / "scraped_text.jsonl").is_file():
            found[f"{name}/text"] = folder / "scraped_text.jsonl"
    return found


def run_corpus(raw: Path, work: Path) -> Path:
    """Run ``presswash run`` over one raw folder into work/out (one worker); return the out folder.

    The CLI, not the flow's stages called one by one: the snapshot then follows whatever the flow
    does (a copy of its stages drifted from it once and crashed).
    """
    if raw.is_file():  # a jsonl set: a raw folder holding only it
        folder = work / "raw"
        folder.mkdir()
        shutil.copyfile(raw, folder / raw.name)
        raw = folder
    out = work / "out"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(work / "prefect"), PYTHONPATH=str(REPO), NO_COLOR="1")
    command = [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(out)]
    finished = subprocess.run(
        [*command, "--workers", "1"], env=env, cwd=work, capture_output=True, text=True
    )
    if finished.returncode != 0:
        raise SystemExit(f"presswash run failed on {raw}:\n{finished.stderr[-2000:]}")
    return out


def digest_outputs(out: Path) -> dict[str, dict[str, str]]:
    """Return the sha256 of every manifest record (by id) and clean text (by text_path)."""
    records: dict[str, str] = {}
    texts: dict[str, str] = {}
    with open(out / "manifest.jsonl", "rb") as manifest:
        for line in manifest:
            record = json.loads(line)
            key = record["id"] if record["id"] not in records else f"{record['id']}#{len(records)}"
            records[key] = hashlib.sha256(line).hexdigest()
            path = record.get("text_path")
            if path:
                texts[path] = hashlib.sha256((out / path).read_bytes()).hexdigest()
    return {"records": records, "texts": texts}


def snapshot(data: Path, only: list[str] | None) -> dict[str, dict[str, dict[str, str]]]:
    """Return the digests of every corpus's outputs."""
    digests = {}
    for name, raw in corpora(data).items():
        if only and not any(part in name for part in only):
            continue
        with tempfile.TemporaryDirectory(prefix="presswash-snapshot-") as work:
            digests[name] = digest_outputs(run_corpus(raw, Path(work)))
        print(
            f"{name}: {len(digests[name]['records'])} records, {len(digests[name]['texts'])} texts",
            file=sys.stderr,
        )
    return digests


def compare(before: dict, after: dict) -> int:
    """Print every corpus, kind and id whose digest differs; return how many differ."""
    differing = 0
    for corpus in sorted(before.keys() | after.keys()):
        for kind in ("texts", "records"):
            old, new = before.get(corpus, {}).get(kind, {}), after.get(corpus, {}).get(kind, {})
            ids = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
            differing += len(ids)
            print(f"{corpus} {kind}: {len(ids)} of {len(old.keys() | new.keys())} differ")
            for key in ids:
                print(f"  {key}")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench")
    parser.add_argument("--out", type=Path, help="write the digests here (JSON)")
    parser.add_argument("--only", nargs="*", help="corpora whose name holds one of these")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = parser.parse_args()
    if args.compare:
        first, second = (json.loads(path.read_text()) for path in args.compare)
        return 1 if compare(first, second) else 0
    digests = snapshot(args.data, args.only)
    text = json.dumps(digests, indent=1, sort_keys=True)
    if args.out:
        args.out.write_text(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
