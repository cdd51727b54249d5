"""The output folder of a build, written as a set: all files of one build appear together
or none does, whatever the writers are.

:func:`check_output_folder` says, before any extraction, whether a folder can take a
build (not a file, writable, roughly enough space). :func:`staged_output` holds a lock
on the folder (a second build into it fails at once with a clear message), hands out a
staging folder beside it for the writers, writes ``manifest.json`` (every file with its
SHA-256, and a generation id made of them) and switches the staging folder in with one
atomic exchange of the two folders (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two
renames, undone at the next build if a kill falls between them). Files in the folder
that no writer makes (notes of the user's) are carried over; outputs of an earlier
build that this one did not make are not, so the folder never mixes two builds.
Temporaries a killed build left behind are removed by the next one.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import ExportError

__all__ = ["MANIFEST", "OutputFolderError", "BuildLockedError", "check_output_folder", "estimate_output_bytes",
           "staged_output", "read_manifest", "unchanged_output"]

MANIFEST = "manifest.json"
# outputs weigh this many times the text read (measured on the fixtures: the RDF, the
# page and the tables of a build come to 20-40 times its input); a rough guess
OUTPUT_FACTOR = 40
MIN_FREE = 16 << 20


class OutputFolderError(ExportError):
    """The output folder cannot take a build (a file, not writable, disk too full)."""


class BuildLockedError(OutputFolderError):
    """Another build is writing into the same output folder."""


def estimate_output_bytes(inputs: Iterable[Path]) -> int:
    """A rough size of the outputs of a build of ``inputs`` (files already listed)."""
    total = 0
    for p in inputs:
        try:
            total += os.stat(p).st_size if Path(p).is_file() else 0
        except OSError:
            pass
    return total * OUTPUT_FACTOR + MIN_FREE


# files of one's own that a build carries over into its folder, at most (more: not a folder for kg)
MAX_FOREIGN = 100


def check_output_folder(outdir: str | Path, needed_bytes: int = MIN_FREE, output_names: Iterable[str] = ()) -> None:
    """Raise :class:`OutputFolderError` with a one-line reason when ``outdir`` cannot
    take a build: it is a file, it or its parent is not writable, the disk has less
    than ``needed_bytes`` free, or it holds folders kg did not make (``-o .`` in a
    project: the build replaces the folder as a whole and would carry all of it over)."""
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise OutputFolderError(f"output {out} is a file, not a folder; choose another -o")
    if out.is_dir():
        foreign = _foreign(Path(os.path.realpath(out)), set(output_names))
        folders = [p.name for p in foreign if p.is_dir() and not p.is_symlink()]
        if folders or len(foreign) > MAX_FOREIGN:
            what = f"folders kg did not make ({', '.join(sorted(folders)[:3])})" if folders else \
                f"{len(foreign)} files kg did not make"
            raise OutputFolderError(f"output {out} holds {what}; choose a new folder or one that holds "
                                    f"only kg's outputs")
    parent = _parent(out)
    existing = parent
    while not existing.exists():     # the folders that will be made: check the first one there is
        existing = existing.parent
    if not existing.is_dir():
        raise OutputFolderError(f"output {out}: {existing} is a file, not a folder")
    for folder in {existing, out} if out.is_dir() else {existing}:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputFolderError(f"output {out}: cannot write into {folder} (permission denied)")
    free = shutil.disk_usage(existing).free
    if free < needed_bytes:
        raise OutputFolderError(f"output {out}: only {free / 1e6:.0f} MB free on its disk; the build needs "
                                f"about {needed_bytes / 1e6:.0f} MB")


def _foreign(out: Path, output_names: set[str]) -> list[Path]:
    """Entries of the output folder no build made: the user's, carried over into each new build."""
    old = read_manifest(out) or {}
    ours = output_names | {MANIFEST} | {f.split("/", 1)[0] for f in old.get("files", {})}
    return [p for p in sorted(out.iterdir()) if p.name not in ours and not p.name.endswith(".tmp")]


def _parent(out: Path) -> Path:
    return Path(os.path.realpath(out)).parent


def _lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """An exclusive lock on ``out`` for this process; the kernel drops it if the process dies."""
    lock = _lock_path(out)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock, builds must not overlap
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as err:
                if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                raise BuildLockedError(f"another kg build{f' (process {holder})' if holder else ''} is writing "
                                       f"into {out}; wait for it to finish or choose another -o") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def _clean_stale(out: Path) -> None:
    """Staging and old folders of killed builds of ``out``, and hidden temporaries in it."""
    parent, name = out.parent, out.name
    olds = sorted(parent.glob(f".{name}.old-*"))
    if not out.exists() and olds:   # killed between the two renames of the fallback: put it back
        os.rename(olds[-1], out)
        olds = olds[:-1]
    for stale in [*parent.glob(f".{name}.staging-*"), *olds]:
        shutil.rmtree(stale, ignore_errors=True)
    if out.is_dir():
        for tmp in out.glob(".*.tmp"):   # atomic_write's temporaries (".graph.ttl.k3j2.tmp")
            if tmp.is_file():
                tmp.unlink(missing_ok=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where not available."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _files_under(folder: Path) -> list[str]:
    """Every file under ``folder``, as relative POSIX paths, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def write_manifest(folder: Path, names: Iterable[str]) -> dict:
    """``manifest.json``: each output file's SHA-256, and the generation id they make together."""
    files = {}
    for name in sorted(names):
        h = hashlib.sha256()
        with open(folder / name, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        files[name] = h.hexdigest()
    generation = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    manifest = {"generation": generation, "files": files}
    with open(folder / MANIFEST, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    return manifest


def read_manifest(folder: str | Path) -> dict | None:
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def staged_output(outdir: str | Path, output_names: Iterable[str] = ()) -> Iterator[Path]:
    """Write a build into the folder this yields; on a clean exit it becomes ``outdir`` in
    one step, with ``manifest.json``. On an exception nothing in ``outdir`` changes.

    ``output_names``: every file name any writer may make (kept out of the carry-over).
    """
    out = Path(os.path.realpath(outdir))   # a link to a folder: the build goes where it points
    with _locked(out):
        _clean_stale(out)
        parent, name = out.parent, out.name
        staging = parent / f".{name}.staging-{os.getpid()}"
        staging.mkdir(parents=True)
        try:
            yield staging
            built = _files_under(staging)
            for rel in built:
                with open(staging / rel, "rb") as fh:
                    os.fsync(fh.fileno())
            write_manifest(staging, built)
            # the user's own files stay; outputs of any build (the writers' names, what
            # the last manifest lists) are not carried over
            if out.is_dir():
                for item in _foreign(out, set(output_names)):
                    if not (staging / item.name).exists():
                        _carry(item, staging / item.name)
            _fsync_dir(staging)
            if not out.exists():
                os.rename(staging, out)
            elif _exchange(staging, out):
                shutil.rmtree(staging, ignore_errors=True)      # now the old build
            else:
                old = parent / f".{name}.old-{os.getpid()}"
                os.rename(out, old)
                os.rename(staging, out)
                shutil.rmtree(old, ignore_errors=True)
            _fsync_dir(parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


@contextlib.contextmanager
def unchanged_output(outdir: str | Path) -> Iterator[dict | None]:
    """For a build that finds nothing to do: holds the same lock as :func:`staged_output`
    and cleans what killed builds left behind, then yields the folder's manifest (``None``
    when there is none, or a file it lists is missing) and changes nothing else."""
    out = Path(os.path.realpath(outdir))
    with _locked(out):
        _clean_stale(out)
        manifest = read_manifest(out) if out.is_dir() else None
        if manifest is not None and not all((out / name).is_file() for name in manifest.get("files", {})):
            manifest = None
        yield manifest


def _carry(src: Path, dst: Path) -> None:
    if src.is_dir() and not src.is_symlink():
        shutil.copytree(src, dst, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(src, dst)


def _link_or_copy(src, dst) -> None:
    try:
        if os.path.islink(src):
            os.symlink(os.readlink(src), dst)
        else:
            os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)
