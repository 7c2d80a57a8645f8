"""Per-run settings: one frozen, validated object, declared once.

Every field of `Settings` is a user option: the CLI's ``--batch-size`` (flows/cli.py), the flow's
``batch_size`` parameter (flows/flow.py, whose signature is `parameters_signature`) and a config
file's ``batch_size`` key (`read_config`) are derived from the field, its default and its help.
The thresholds' defaults are the constants the cleaners declare; the cleaners take them as plain
arguments.
"""

from __future__ import annotations

import inspect
import os
import tomllib
from dataclasses import Field, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

from cleaners.cleaning.recurring import MIN_DOCUMENTS
from cleaners.overlap.thresholds import MERGE_SCALED, NEAR_CONTAINMENT, NEAR_JACCARD, WINDOW_DAYS

DEFAULT_BATCH_SIZE = 2000
ENGINES = ("auto", "inline", "process", "dask")
PATH_OPTIONS = ("raw", "out", "state")  # resolved to absolute paths; relative to a config file


class SettingsError(ValueError):
    """A run cannot start with these settings (the message is shown to the user as is)."""


def option(
    default: Any,
    help: str,
    *,
    low: float | None = None,
    high: float | None = None,
    choices: tuple[str, ...] | None = None,
) -> Any:
    """Declare a user option: its default, its help line and the bounds of a valid value."""
    return field(
        default=default, metadata={"help": help, "low": low, "high": high, "choices": choices}
    )


@dataclass(frozen=True, slots=True)
class Settings:
    """One run's settings. From `make_settings`, paths are absolute and nothing is None but
    ``dask_address`` (no Dask scheduler)."""

    raw: Path = option(Path("raw"), "raw folder or single file")
    out: Path = option(Path("clean"), "output folder")
    state: Path | None = option(None, "state folder (default: OUT/.presswash)")
    full: bool = option(False, "reprocess everything, not only what changed")
    batch_size: int = option(DEFAULT_BATCH_SIZE, "most documents a batch holds", low=1)
    representatives_only: bool = option(
        False, "write clean text only for one representative of each overlap cluster"
    )
    workers: int | None = option(None, "worker processes (default: all cores)", low=1)
    engine: str = option(
        "auto",
        "where batches run: auto (worker processes for big runs), "
        "inline, process, dask (a local Dask cluster)",
        choices=ENGINES,
    )
    dask_address: str | None = option(
        None, "send batches to this Dask scheduler (or set PRESSWASH_DASK_ADDRESS)"
    )
    near_duplicate_jaccard: float = option(
        NEAR_JACCARD,
        "flag two texts as copies from this Jaccard similarity of their word 4-grams",
        low=0.01,
        high=1.0,
    )
    near_duplicate_containment: float = option(
        NEAR_CONTAINMENT,
        "flag an excerpt as a copy from this share of its word 4-grams found in the other text",
        low=0.01,
        high=1.0,
    )
    same_story_threshold: float = option(
        MERGE_SCALED,
        "merge documents into one story from this locally scaled similarity "
        "(higher: fewer, surer same_story flags)",
        low=0.01,
    )
    same_story_window_days: int = option(
        WINDOW_DAYS,
        "compare documents for same_story only when their dates are at most this many days apart",
        low=0,
    )
    recurring_min_documents: int = option(
        MIN_DOCUMENTS,
        "remove a line as the site's boilerplate once this many of the site's documents carry it",
        low=2,
    )

    @property
    def manifest(self) -> Path:
        return self.out / "manifest.jsonl"

    def parameters(self) -> dict[str, Any]:
        """Return the settings as the flow's parameters (JSON values: paths as strings)."""
        return {
            name: str(value) if isinstance(value, Path) else value
            for name, value in asdict(self).items()
        }


OPTIONS = fields(Settings)
OPTION_TYPES = get_type_hints(Settings)
OPTION_NAMES = frozenset(f.name for f in OPTIONS)


def option_kind(name: str) -> type:
    """Return the type of an option's value, None aside (``int`` for ``int | None``)."""
    kinds = [
        t
        for t in getattr(OPTION_TYPES[name], "__args__", (OPTION_TYPES[name],))
        if t is not type(None)
    ]
    return kinds[0]


def parameters_signature() -> inspect.Signature:
    """Return the flow's signature: one keyword parameter per option, with its default."""
    return inspect.Signature(
        [
            inspect.Parameter(
                f.name,
                inspect.Parameter.KEYWORD_ONLY,
                default=f.default,
                annotation=OPTION_TYPES[f.name],
            )
            for f in OPTIONS
        ]
    )


def read_config(path: str | os.PathLike) -> dict[str, Any]:
    """Return the options a TOML config file sets (relative paths: from the file's folder)."""
    path = Path(path).expanduser()
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise SettingsError(f"cannot read the config file {path}: {err.strerror or err}") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"the config file {path} is not valid TOML: {err}") from err
    found = {key.replace("-", "_"): value for key, value in values.items()}
    unknown = sorted(set(found) - OPTION_NAMES)
    if unknown:
        raise SettingsError(
            f"unknown option(s) in {path}: {', '.join(unknown)} "
            f"(known: {', '.join(f.name for f in OPTIONS)})"
        )
    for name in PATH_OPTIONS:
        if isinstance(found.get(name), str):
            found[name] = str(path.parent / Path(found[name]).expanduser())
    return found


def checked(option: Field, value: Any) -> Any:
    """Return an option's value as its type; raise SettingsError when it is not valid."""
    name, meta, kind = option.name, option.metadata, option_kind(option.name)
    if value is None:
        if type(None) in getattr(OPTION_TYPES[name], "__args__", ()):
            return None
        raise SettingsError(f"{name} needs a value")
    if kind is Path and isinstance(value, str | os.PathLike):
        return Path(value)
    # bool is an int in Python: a number option refuses it, as a flag refuses a number.
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise SettingsError(f"{name} must be {kind.__name__}, not {value!r}")
    if meta["choices"] and value not in meta["choices"]:
        raise SettingsError(f"{name} must be one of {', '.join(meta['choices'])}")
    if meta["low"] is not None and value < meta["low"]:
        raise SettingsError(f"{name} must be at least {meta['low']}")
    if meta["high"] is not None and value > meta["high"]:
        raise SettingsError(f"{name} must be at most {meta['high']}")
    return value


def same_or_within(path: Path, folder: Path) -> bool:
    """Return whether ``path`` is ``folder`` or lies below it, judged on the file system objects.

    Paths are resolved first (``..``, symlinks), then each existing ancestor is compared by device
    and inode, so a bind mount or a second symlink to the same folder is caught as well.
    """
    real_path, real_folder = Path(os.path.realpath(path)), Path(os.path.realpath(folder))
    if real_path == real_folder or real_folder in real_path.parents:
        return True
    try:
        target = real_folder.stat()
    except OSError:
        return False
    for candidate in (real_path, *real_path.parents):
        try:
            found = candidate.stat()
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def raw_clash(raw: Path, folder: Path) -> str | None:
    """Return how a folder presswash writes to would touch the raw path, or None when it would not."""
    if same_or_within(folder, raw):
        return "is the raw path" if same_or_within(raw, folder) else "is inside the raw folder"
    if same_or_within(raw, folder):
        return "contains the raw path"
    return None


def make_settings(**options: Any) -> Settings:
    """Return validated settings from option values (missing ones take their defaults).

    Raise SettingsError with one clear message when they are not valid.
    """
    unknown = sorted(set(options) - OPTION_NAMES)
    if unknown:
        raise SettingsError(f"unknown option(s): {', '.join(unknown)}")
    values = {f.name: checked(f, options.get(f.name, f.default)) for f in OPTIONS}
    raw, out = values["raw"].expanduser().absolute(), values["out"].expanduser().absolute()
    state = values["state"].expanduser().absolute() if values["state"] else out / ".presswash"
    if not raw.exists():
        raise SettingsError(f"raw path does not exist: {raw}")
    if not os.access(raw, os.R_OK):
        raise SettingsError(f"raw path is not readable: {raw}")
    for name, folder in (("output", out), ("state", state)):
        clash = raw_clash(raw, folder)
        if clash:
            raise SettingsError(f"the {name} folder {folder} {clash} (raw/ is never modified)")
    if out.exists() and not out.is_dir():
        raise SettingsError(f"output path is not a folder: {out}")
    return Settings(
        **{
            **values,
            "raw": raw,
            "out": out,
            "state": state,
            "workers": values["workers"] or os.cpu_count() or 1,
            "dask_address": values["dask_address"]
            or os.environ.get("PRESSWASH_DASK_ADDRESS")
            or None,
        }
    )
