"""Output files are written whole or not at all: a temporary file beside the target, flushed
to disk, then an atomic rename, so an interrupted or failed run never leaves half a file (the
old file, if there was one, stays as it was)."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class OutputError(Exception):
    """An output that cannot be written; the message names the path and the reason."""


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _blocking_file(path: Path) -> Path | None:
    """The nearest of `path` and its ancestors that exists, when that is not a folder."""
    for candidate in (path, *path.parents):
        if candidate.exists() or candidate.is_symlink():
            return None if candidate.is_dir() else candidate
    return None


def ensure_writable_dir(path: Path) -> None:
    """Make the folder `path` (and its parents) if needed; `OutputError` when it cannot be
    made or written to."""
    path = Path(path)
    if blocking := _blocking_file(path):
        what = "it" if blocking == path else str(blocking)
        raise OutputError(f"cannot write to {path}: {what} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write to {path}: {_reason(exc)}") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write to {path}: permission denied")


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable, where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty temporary file beside the target (O_EXCL, mode 0o666: the umask applies,
    as for any new file)."""
    while True:
        candidate = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(
                candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            ), candidate
        except FileExistsError:
            continue


@contextlib.contextmanager
def atomic_writer_binary(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only when the block ends without an error, so output
    too large to hold in memory can be streamed with the same guarantees as
    `atomic_write_bytes`: on any error or interruption the old file (or no file) stays and no
    temporary file is left. The folder is checked before the block runs, so an unwritable
    place fails before any work is done."""
    path = Path(path)
    folder = path.parent
    ensure_writable_dir(folder)
    if path.is_dir():
        raise OutputError(f"cannot write to {path}: it is a folder")
    tmp: Path | None = None
    try:
        fd, tmp = _create_temp(folder, path.name)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)  # keep the permissions of the file replaced
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"cannot write to {path}: {_reason(exc)}") from exc
        raise
    _fsync_dir(folder)


@contextlib.contextmanager
def atomic_writer(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """`atomic_writer_binary` for text: newlines are written as given; text that cannot be
    encoded raises `OutputError` and writes nothing."""
    with atomic_writer_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        try:
            yield text
            text.flush()
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            raise OutputError(
                f"cannot write to {path}: the text cannot be encoded as {encoding} ({bad!r}: {exc.reason})"
            ) from exc
        finally:
            text.detach()  # the binary file is closed (and committed or removed) by its own block


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; on any error the old file (or no file) stays,
    no temporary file is left, and `OutputError` (or the interrupting exception) is raised."""
    with atomic_writer_binary(path) as fh:
        fh.write(data)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """`atomic_write_bytes` of `text` encoded; text that cannot be encoded writes nothing."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        raise OutputError(
            f"cannot write to {path}: the text cannot be encoded as {encoding} "
            f"({bad!r} at character {exc.start}: {exc.reason})"
        ) from exc
    atomic_write_bytes(path, data)


# A graph folder's writers take its lock; its files live in one generation directory that a
# single symlink names, so a reader or a user sees one whole generation or the one before it.

LOCK_FILE = ".lock"
CURRENT = ".current"  # symlink to the generation directory in use
GEN_PREFIX = ".gen-"
LOCK_WAIT = 5.0  # seconds a second writer waits before giving up (MOU_GRAPH_LOCK_WAIT)
_held: dict[str, tuple[int, int]] = {}  # folder -> (fd, depth): re-entrant within one process


class FolderBusy(OutputError):
    """Another process holds the folder's lock."""


@contextlib.contextmanager
def folder_lock(folder: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the folder's exclusive lock for a whole read-modify-write; wait at most `wait`
    seconds (default $MOU_GRAPH_LOCK_WAIT, else 5) for another writer, then `FolderBusy`."""
    folder = Path(folder)
    if wait is None:
        wait = float(os.environ.get("MOU_GRAPH_LOCK_WAIT") or LOCK_WAIT)
    ensure_writable_dir(folder)
    key = str(folder.resolve())
    if key in _held:
        fd, depth = _held[key]
        _held[key] = (fd, depth + 1)
        try:
            yield
        finally:
            _held[key] = (fd, _held[key][1] - 1)
        return
    lock = folder / LOCK_FILE
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {_reason(exc)}") from exc
    try:
        _acquire(fd, folder, lock, wait)
        _held[key] = (fd, 1)
        yield
    finally:
        _held.pop(key, None)
        os.close(fd)  # releases the lock


def _acquire(fd: int, folder: Path, lock: Path, wait: float) -> None:
    if fcntl is None:  # no flock (Windows): no locking
        return
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise FolderBusy(
                    f"{folder} is being written by another mou-graph (lock {lock}); try again when it finishes"
                ) from None
            time.sleep(0.05)


def current_dir(folder: Path) -> Path:
    """Where the folder's files are read from: its current generation, or the folder itself
    (a folder written before generations, or never written)."""
    folder = Path(folder)
    link = folder / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return folder
    return folder / target


def new_generation(folder: Path) -> Path:
    gen = folder / f"{GEN_PREFIX}{secrets.token_hex(6)}"
    gen.mkdir()
    return gen


def _symlink(target: str, path: Path) -> None:
    """Point `path` at `target` in one rename (a new link beside it, then os.replace)."""
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.link"
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _adopt_plain(folder: Path, names: list[str], step: Callable[[], None]) -> None:
    """A folder written before generations: its plain files become a generation of their own
    (hard links, so no copy) and each name a link to the same content, one rename at a time:
    an interruption leaves every name showing the old files."""
    plain = [n for n in names if (folder / n).is_file() and not (folder / n).is_symlink()]
    if not plain:
        return
    old = new_generation(folder)
    for name in plain:
        try:
            os.link(folder / name, old / name)
        except OSError:
            shutil.copy2(folder / name, old / name)
    _fsync_dir(old)
    _symlink(old.name, folder / CURRENT)
    step()
    for name in plain:
        _symlink(f"{CURRENT}/{name}", folder / name)
        step()


def switch_generation(folder: Path, gen: Path, names: list[str], step: Callable[[], None] = lambda: None) -> None:
    """Make `gen` the folder's current generation in ONE rename of the `.current` symlink. The
    user-facing names are links through `.current`, made before the switch (once: they never
    change after), so users and readers see the old generation or the new one, never a mix."""
    if not (folder / CURRENT).is_symlink():
        _adopt_plain(folder, names, step)
    for name in names:
        path, target = folder / name, f"{CURRENT}/{name}"
        if (gen / name).exists() and not (path.is_symlink() and os.readlink(path) == target):
            _symlink(target, path)
            step()
    _fsync_dir(gen)
    _symlink(gen.name, folder / CURRENT)  # the switch
    _fsync_dir(folder)
    step()
    for name in names:
        path = folder / name
        if not (gen / name).exists() and path.is_symlink() and os.readlink(path) == f"{CURRENT}/{name}":
            path.unlink()


def clean_stale(folder: Path, owned: list[str]) -> None:
    """Remove what interrupted writers left (call under the lock): generations other than the
    current one, and staged or temporary copies of the folder's own files."""
    keep = os.path.basename(os.readlink(folder / CURRENT)) if (folder / CURRENT).is_symlink() else None
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(GEN_PREFIX) and name != keep and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        elif any(name.startswith((f".{n}.", f"..{n}.")) for n in [*owned, CURRENT]) and name.endswith(
            (".tmp", ".staged", ".link")
        ):
            with contextlib.suppress(OSError):
                entry.unlink()
