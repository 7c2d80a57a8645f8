"""Per-run settings: one frozen, validated object; the CLI options and flow parameters share names."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BATCH_SIZE = 2000
ENGINES = ("auto", "inline", "process", "dask")


class SettingsError(ValueError):
    """A run cannot start with these settings (the message is shown to the user as is)."""


@dataclass(frozen=True, slots=True)
class Settings:
    raw: Path
    out: Path
    state: Path
    full: bool = False
    batch_size: int = DEFAULT_BATCH_SIZE
    representatives_only: bool = False
    workers: int = 1
    engine: str = "auto"  # "auto" | "inline" | "process" | "dask"
    dask_address: str | None = None

    @property
    def manifest(self) -> Path:
        return self.out / "manifest.jsonl"


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


def make_settings(
    raw: str | os.PathLike = "raw",
    out: str | os.PathLike = "clean",
    state: str | os.PathLike | None = None,
    full: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    representatives_only: bool = False,
    workers: int | None = None,
    engine: str = "auto",
    dask_address: str | None = None,
) -> Settings:
    """Return validated settings; raise SettingsError with one clear message when they are not."""
    raw_path, out_path = Path(raw).expanduser().absolute(), Path(out).expanduser().absolute()
    state_path = Path(state).expanduser().absolute() if state else out_path / ".presswash"
    if not raw_path.exists():
        raise SettingsError(f"raw path does not exist: {raw_path}")
    if not os.access(raw_path, os.R_OK):
        raise SettingsError(f"raw path is not readable: {raw_path}")
    for name, folder in (("output", out_path), ("state", state_path)):
        clash = raw_clash(raw_path, folder)
        if clash:
            raise SettingsError(f"the {name} folder {folder} {clash} (raw/ is never modified)")
    if out_path.exists() and not out_path.is_dir():
        raise SettingsError(f"output path is not a folder: {out_path}")
    if batch_size < 1:
        raise SettingsError("batch size must be at least 1")
    cores = os.cpu_count() or 1
    workers = cores if workers is None else workers
    if workers < 1:
        raise SettingsError("workers must be at least 1")
    if engine not in ENGINES:
        raise SettingsError(f"engine must be one of {', '.join(ENGINES)}")
    return Settings(
        raw=raw_path,
        out=out_path,
        state=state_path,
        full=full,
        batch_size=batch_size,
        representatives_only=representatives_only,
        workers=workers,
        engine=engine,
        dask_address=dask_address or os.environ.get("PRESSWASH_DASK_ADDRESS") or None,
    )
