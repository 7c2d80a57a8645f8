"""How well presswash decodes legacy-encoded pages, beside the detectors it could lean on.

Three measurements, in one run:
  legacy-dev   real pages in 30+ legacy encodings (../shared/bench/encoding/legacy-dev): share of
               pages decoded right, on both halves of a split by a hash of the id (develop on one,
               report both), and the CJK pages read as mojibake; presswash beside
               charset-normalizer alone and every other detector installed (chardet, cchardet,
               chardetng-py), each decoding with the encoding it names.
  re-encoded   real texts of the extraction sets and of legacy-dev, encoded in every legacy code
               page that can hold them (the same Russian text in cp1251, KOI8-R, cp866...) and cut
               to a short and a long window: detection on text it was not tuned on.
  utf-8        (--before OLD_DECODE.py) every HTML page of aeb-dev, wcxb-dev and
               trafilatura-eval-dev and every seed decoded by presswash and by an older decode.py:
               pages whose text or encoding changed, and the time to decode them all (median of
               --repeats passes, interleaved).

A page is right when at least 97% of the non-ASCII letters of the output (NFKC, as a multiset)
occur in the true text and the output has some (../shared/bench/README.md).

    python bench/encoding.py [--data ../shared/bench] [--before /tmp/decode_before.py]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # import cleaners/ from the checkout, not bench/ scripts as modules

import charset_normalizer

from cleaners.reading.decode import UndecodableError, decode_bytes

MIN_RIGHT_SHARE = 0.97
CJK_TRUTH = ("shift_jis", "cp932", "euc-jp", "euc-kr", "johab", "gb2312", "big5", "iso-2022")
# Code pages the re-encoded set tries on every text of their script (the script of most of a
# text's non-ASCII letters: a German text is not published in GB18030, which could hold it).
REENCODE_CODECS = {
    "LATIN": ("cp1252", "cp1250", "iso8859-2", "cp1254", "iso8859-9", "cp1257"),
    "CYRILLIC": ("cp1251", "koi8-r", "cp866", "iso8859-5", "mac-cyrillic"),
    "GREEK": ("cp1253", "iso8859-7"),
    "HEBREW": ("cp1255",),
    "THAI": ("tis-620",),
    "JAPANESE": ("shift_jis", "euc-jp"),
    "CJK": ("gb18030", "big5"),
    "HANGUL": ("euc-kr",),
}
CODEC_ORDER = [codec for codecs in REENCODE_CODECS.values() for codec in codecs]
# Windows (characters) the texts are cut to: a short page and a long one.
WINDOWS = (300, 3000)
MIN_LETTERS = 5

Decoder = Callable[[bytes], tuple[str, str]]


def non_ascii_letters(text: str) -> Counter:
    """Return the multiset of non-ASCII letters of a text, NFKC-normalised."""
    text = unicodedata.normalize("NFKC", text)
    return Counter(c for c in text if c.isalpha() and not c.isascii())


def is_right(output: str, truth: str) -> bool:
    """Tell whether ≥97% of the output's non-ASCII letters occur in the true text."""
    out, true = non_ascii_letters(output), non_ascii_letters(truth)
    total = sum(out.values())
    return total > 0 and sum(min(n, true[c]) for c, n in out.items()) / total >= MIN_RIGHT_SHARE


def script_of(text: str) -> str:
    """Return the script of most of a text's non-ASCII letters (kana make it JAPANESE)."""
    scripts = Counter()
    for char, count in non_ascii_letters(text).items():
        name = unicodedata.name(char, "")
        kana = name.startswith(("HIRAGANA", "KATAKANA"))
        scripts["JAPANESE" if kana else name.split()[0]] += count
    if scripts["JAPANESE"]:
        return "JAPANESE"
    return scripts.most_common(1)[0][0] if scripts else ""


def half_of(page_id: str) -> str:
    """Return the half ("A" or "B") a page falls in, by a hash of its id."""
    return "AB"[hashlib.sha1(page_id.encode()).digest()[0] % 2]


def decode_named(data: bytes, encoding: str | None) -> str:
    """Decode with a detector's answer (replacement characters for what does not fit)."""
    try:
        return data.decode(encoding, "replace") if encoding else ""
    except LookupError:
        return ""


def presswash(data: bytes) -> tuple[str, str]:
    """Decode as presswash does; a rejected page gives no text."""
    try:
        text, encoding = decode_bytes(data)[:2]
    except UndecodableError as err:
        return "", f"rejected: {err}"
    return text, encoding


def decoder_of(module) -> Decoder:
    """Return a decoder made of another decode module's decode_bytes (an older presswash)."""

    def decode(data: bytes) -> tuple[str, str]:
        try:
            return tuple(module.decode_bytes(data)[:2])
        except module.UndecodableError as err:
            return "", f"rejected: {err}"

    return decode


def charset_normalizer_alone(data: bytes) -> tuple[str, str]:
    """Decode with charset-normalizer's best guess."""
    best = charset_normalizer.from_bytes(data).best()
    return (str(best), best.encoding) if best else ("", "none")


def optional_detectors() -> dict[str, Decoder]:
    """Return the other detectors that are installed, each as a decoder."""
    found: dict[str, Decoder] = {}
    try:
        import chardet

        found[f"chardet {chardet.__version__}"] = lambda b: _named(b, chardet.detect(b)["encoding"])
    except ImportError:
        pass
    try:
        import cchardet

        found["cchardet"] = lambda b: _named(b, cchardet.detect(b)["encoding"])
    except ImportError:
        pass
    try:
        import chardetng_py

        found["chardetng"] = lambda b: _named(b, chardetng_py.detect(b))
    except ImportError:
        pass
    return found


def _named(data: bytes, encoding: str | None) -> tuple[str, str]:
    """Return the decoding with a detector's answer, and the answer."""
    return decode_named(data, encoding), str(encoding)


def load_legacy(data_dir: Path) -> list[tuple[str, str, bytes, str]]:
    """Return (id, true encoding, bytes, true text) for every legacy-dev page."""
    folder = data_dir / "encoding" / "legacy-dev"
    pages = []
    with open(folder / "truth.jsonl", encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            data = (folder / "raw" / f"{row['id']}.txt").read_bytes()
            pages.append((row["id"], row["encoding"], data, row["text"]))
    return sorted(pages)


def load_reencoded(data_dir: Path) -> list[tuple[str, str, bytes, str]]:
    """Return (id, codec, bytes, text): real texts encoded in every code page that holds them."""
    texts = [page[3] for page in load_legacy(data_dir)]
    for name in ("aeb-dev", "wcxb-dev", "trafilatura-eval-dev"):
        with open(data_dir / "extraction" / name / "scraped_text.jsonl", encoding="utf-8") as rows:
            texts += [json.loads(line)["text"] for line in rows]
    cases = []
    for number, text in enumerate(texts):
        for window in WINDOWS:
            cut = text[:window]
            if sum(non_ascii_letters(cut).values()) < MIN_LETTERS:
                continue
            for codec in REENCODE_CODECS.get(script_of(cut), ()):
                try:
                    data = cut.encode(codec)
                except UnicodeEncodeError:
                    continue
                cases.append((f"{number}:{window}:{codec}", codec, data, cut))
    return cases


def score(decoder: Decoder, pages: list[tuple[str, str, bytes, str]]) -> tuple[dict, float]:
    """Decode every page; return {id: (right, encoding used)} and the seconds it took."""
    results = {}
    start = time.perf_counter()
    for page_id, _, data, truth in pages:
        text, encoding = decoder(data)
        results[page_id] = (is_right(text, truth), encoding)
    return results, time.perf_counter() - start


def report_legacy(systems: dict[str, Decoder], pages: list, verbose: bool) -> None:
    """Print the share of legacy-dev pages each system decodes right, by half."""
    true_encoding = {page[0]: page[1] for page in pages}
    cjk = {pid for pid, enc in true_encoding.items() if enc.lower().startswith(CJK_TRUTH)}
    halves = {h: [p[0] for p in pages if half_of(p[0]) == h] for h in "AB"}
    print(f"legacy-dev: {len(pages)} pages (half A {len(halves['A'])}, B {len(halves['B'])})")
    heads = ("all", "half A", "half B")
    print(f"{'system':22s} " + " ".join(f"{h:>7s}" for h in heads) + "  CJK wrong  ms/page")
    for name, decoder in systems.items():
        results, seconds = score(decoder, pages)
        share = {h: sum(results[p][0] for p in ids) / len(ids) for h, ids in halves.items()}
        overall = sum(r for r, _ in results.values()) / len(results)
        cjk_wrong = sum(not results[p][0] for p in cjk)
        print(
            f"{name:22s} {100 * overall:6.1f}% {100 * share['A']:6.1f}% {100 * share['B']:6.1f}%"
            f" {cjk_wrong:10d} {1000 * seconds / len(pages):8.2f}"
        )
        if verbose:
            for pid, (right, used) in results.items():
                if not right:
                    print(f"    wrong: {pid} ({half_of(pid)}) {true_encoding[pid]} -> {used}")


def report_reencoded(systems: dict[str, Decoder], cases: list) -> None:
    """Print the share of re-encoded texts each system decodes right, by code page."""
    codecs_seen = sorted({case[1] for case in cases}, key=CODEC_ORDER.index)
    print(f"\nre-encoded: {len(cases)} texts (windows {WINDOWS} characters)")
    print(f"{'system':22s} {'all':>7s}  " + " ".join(f"{c[:9]:>9s}" for c in codecs_seen))
    for name, decoder in systems.items():
        results, _ = score(decoder, cases)
        right, total = Counter(), Counter()
        for (_, codec, _, _), (ok, _) in zip(cases, results.values(), strict=True):
            right[codec] += ok
            total[codec] += 1
        overall = sum(right.values()) / len(cases)
        cells = " ".join(f"{100 * right[c] / total[c]:8.1f}%" for c in codecs_seen)
        print(f"{name:22s} {100 * overall:6.1f}%  {cells}")
    counts = " ".join(f"{total[c]:9d}" for c in codecs_seen)
    print(f"{'(texts per code page)':22s} {'':7s}  {counts}")


def load_module(path: Path, name: str):
    """Import a module from a file path under another name (an older decode.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_utf8(data_dir: Path, before: Path, repeats: int) -> None:
    """Print how many real pages decode differently from an older decode.py, and the time ratio."""
    old = load_module(before, "decode_before")
    files = sorted((data_dir / "extraction").glob("*/html/*.html"))
    seeds = data_dir.parent / "seeds"
    files += sorted(seeds.iterdir()) if seeds.is_dir() else []
    pages = [(path, path.read_bytes(), path.suffix == ".html") for path in files]

    def run(decode: Callable, subset: list) -> tuple[list, float]:
        start = time.perf_counter()
        out = []
        for _, data, html in subset:
            try:
                out.append(tuple(decode(data, html=html)[:2]))
            except (UndecodableError, old.UndecodableError) as err:
                out.append(("", f"rejected: {err}"))
        return out, time.perf_counter() - start

    results = {"before": run(old.decode_bytes, pages)[0], "after": run(decode_bytes, pages)[0]}
    changed = [
        (path, was[1], now[1])
        for (path, _, _), was, now in zip(pages, results["before"], results["after"], strict=True)
        if was != now
    ]
    utf8 = [page for page, was in zip(pages, results["before"], strict=True) if was[1] == "utf-8"]
    print(
        f"\nutf-8 regression: {len(pages)} pages ({len(utf8)} UTF-8 before), {len(changed)} changed"
    )
    for path, was, now in changed:
        print(f"    changed: {path.relative_to(data_dir.parent)}: {was} -> {now}")
    for label, subset in (("all pages", pages), ("UTF-8 pages", utf8)):
        times: dict[str, list[float]] = {"before": [], "after": []}
        for round_number in range(repeats):
            order = ("before", "after") if round_number % 2 == 0 else ("after", "before")
            for side in order:  # alternated, so neither side always runs on a warm cache
                decode = old.decode_bytes if side == "before" else decode_bytes
                times[side].append(run(decode, subset)[1])
        before, after = (statistics.median(times[k]) for k in ("before", "after"))
        print(
            f"decode time of {label}, median of {repeats}: before {before:.3f} s, "
            f"after {after:.3f} s, ratio after/before {after / before:.3f}"
        )
        # Each page's fastest of the repeats, summed: the passes above also time the box's noise.
        best = {"before": 0.0, "after": 0.0}
        for page in subset:
            for side, decode in (("before", old.decode_bytes), ("after", decode_bytes)):
                best[side] += min(run(decode, [page])[1] for _ in range(repeats))
        print(
            f"    sum of each page's fastest of {repeats}: before {best['before']:.3f} s, "
            f"after {best['after']:.3f} s, ratio {best['after'] / best['before']:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench")
    parser.add_argument("--before", type=Path, help="an older decode.py to compare UTF-8 pages")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--verbose", action="store_true", help="list the pages decoded wrong")
    parser.add_argument("--skip-reencoded", action="store_true")
    args = parser.parse_args()
    systems: dict[str, Decoder] = {"presswash": presswash}
    if args.before:
        systems["presswash --before"] = decoder_of(load_module(args.before, "decode_before"))
    systems |= {"charset-normalizer": charset_normalizer_alone, **optional_detectors()}
    report_legacy(systems, load_legacy(args.data), args.verbose)
    if not args.skip_reencoded:
        report_reencoded(systems, load_reencoded(args.data))
    if args.before:
        report_utf8(args.data, args.before, args.repeats)


if __name__ == "__main__":
    main()
