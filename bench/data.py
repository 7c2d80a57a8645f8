"""Where the benchmarks find their material: ``--data DIR``, by default ``../shared/bench``.

The scripts build their paths (sets, scorers) as module constants from `data_dir`, which reads
``--data`` from the command line before the script's own parser runs; `add_data_option` puts
the same option in that parser, so that ``--help`` shows it and parsing accepts it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
DATA_HELP = f"folder of the bench material (default: {DEFAULT_DATA})"


def data_parser(add_help: bool = True) -> argparse.ArgumentParser:
    """Return a parser that knows ``--data`` only."""
    parser = argparse.ArgumentParser(add_help=add_help)
    add_data_option(parser)
    return parser


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--data DIR`` to a benchmark's parser."""
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, metavar="DIR", help=DATA_HELP)


def data_dir(argv: list[str] | None = None) -> Path:
    """Return the folder of the bench material given by ``--data`` (argv: the command line's)."""
    known, _ = data_parser(add_help=False).parse_known_args(sys.argv[1:] if argv is None else argv)
    return known.data.expanduser()
