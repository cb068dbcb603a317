"""Where a dataset is: the bundled data, the user's own paths, and the TOML files they hold.

A dataset is every file of the bundled data plus every file the user names (``--data``, which
may be repeated, or ``GOVTARGETS_DATA``, a list separated by the OS path separator), read
together; ``--no-bundled`` leaves the bundled data out.
"""

from __future__ import annotations

import errno
import os
import select
import stat
from collections.abc import Iterable, Sequence

from govtargets.errors import DataError, Problem

PathLike = str | os.PathLike[str]
# Paths are plain strings here: pathlib costs a query more to import than it saves.

ENV_DATA = "GOVTARGETS_DATA"
ENV_MANY_FILES = "GOVTARGETS_MANY_FILES"
MAX_FILES = 10_000
"""A folder with more TOML files than this (or a file system's root) is a slip, such as
``--data /``, unless GOVTARGETS_MANY_FILES=1: walking the whole disk took minutes."""
_ASK = f"{ENV_MANY_FILES}=1 reads it all the same"


def bundled_data() -> str:
    """The folder of the dataset that ships with govtargets."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    packaged = os.path.join(package, "data")
    if os.path.isfile(os.path.join(packaged, "targets.toml")):
        return packaged
    # A source checkout or an editable install: the dataset sits at the project's top.
    return os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(package))), "data")


def env_paths(value: str | None) -> list[str]:
    """The paths of ``GOVTARGETS_DATA``: a list separated by the OS path separator."""
    return [p for p in (value or "").split(os.pathsep) if p.strip()]


def dataset_files(paths: Sequence[PathLike] = (), *, bundled: bool = True) -> list[str]:
    """Every TOML file of the dataset: the bundled data's (unless left out), then each path's.

    A file named twice (or inside a folder named too) is read once. ``bundled_count`` says how
    many of the files are the bundled data's.
    """
    roots = [*([bundled_data()] if bundled else []), *(os.fspath(p) for p in paths)]
    if not roots:
        message = "no data to read: give --data PATH, or leave out --no-bundled"
        raise DataError([Problem(file="(no data)", message=message)])
    seen: set[tuple[int, int]] = set()
    files: list[str] = []
    for root in roots:
        for path in data_files(root):
            try:
                info = os.stat(path)
            except OSError:  # gone since the folder was listed: reading it says so
                files.append(path)
                continue
            # The file's identity, not its resolved path: os.path.realpath costs a system call
            # per folder of the path, which was a tenth of a warm query's time.
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                files.append(path)
    return files


def bundled_count(files: Sequence[str]) -> int:
    """How many of a dataset's first files are the bundled data's."""
    folder = os.path.realpath(bundled_data()) + os.sep
    count = 0
    for f in files:
        if not os.path.realpath(f).startswith(folder):
            break
        count += 1
    return count


def data_files(path: PathLike) -> list[str]:
    """The TOML files of one path: the path itself, or every ``*.toml`` under a folder.

    Symbolic links to folders are followed (each real folder once). A path that is not a
    folder is read as a file, whatever it is: a pipe (``--data <(cat a.toml)``) is read once,
    with a limit on time and size (``read_bytes``), and never cached.
    """
    path = os.fspath(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise DataError([Problem(file=path, message=f"cannot read: {exc.strerror or exc}")]) from None
    if not stat.S_ISDIR(info.st_mode):
        return [path]
    many = os.environ.get(ENV_MANY_FILES, "") == "1"
    real = os.path.realpath(path)
    if os.path.dirname(real) == real and not many:
        raise DataError([Problem(file=path, message=f"a file system's root: give a folder of data ({_ASK})")])
    files = []
    for found in _walk(path):
        files.append(found)
        if len(files) > MAX_FILES and not many:
            raise DataError(
                [Problem(file=path, message=f"folder holds more than {MAX_FILES:,} .toml files ({_ASK})")]
            )
    files.sort(key=lambda f: f.split(os.sep))
    if not files:
        unread = "".join(
            f" ({os.path.basename(f)} is not read: name it .toml)" for f in unread_files(path)[:1]
        )
        raise DataError([Problem(file=path, message=f"folder holds no .toml files{unread}")])
    return files


def unread_files(path: PathLike) -> list[str]:
    """The files of a folder that look like data but are not read: ``Wujin.TOML``, ``a.Toml``
    (only names ending in ``.toml``, in small letters, are)."""
    path = os.fspath(path)
    if not os.path.isdir(path):
        return []
    return sorted(_walk(path, case=False), key=lambda f: f.split(os.sep))


def is_regular(path: str) -> bool:
    """Whether a data file is a regular file (which can be stamped and cached, and read without blocking)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _walk(top: str, *, case: bool = True) -> Iterable[str]:
    """The data files under ``top`` (not ``case``: the files named .toml in other letters instead)."""
    visited: set[tuple[int, int]] = set()
    for folder, subfolders, names in os.walk(top, followlinks=True):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in visited:  # a link back up the tree: read it once
            subfolders.clear()
            continue
        visited.add((info.st_dev, info.st_ino))
        subfolders.sort()
        for name in names:
            if name.endswith(".toml") == case and name.lower().endswith(".toml") and not name.startswith("."):
                yield os.path.join(folder, name)


PIPE_TIMEOUT = 30.0
"""Seconds to wait for a pipe's next data before giving up on it."""


def read_bytes(path: str, *, limit: int) -> tuple[bytes, bool]:
    """A file's bytes, read once, and whether it is a regular file. A device is refused; a pipe
    is read without blocking forever: it must send its data within PIPE_TIMEOUT seconds of
    silence, and no more than ``limit`` bytes. Raises OSError with a reason a person can read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        regular = stat.S_ISREG(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            raise OSError(errno.EISDIR, "is a folder")
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            raise OSError(errno.EINVAL, "a device, not a file (is it a device such as /dev/zero?)")
        if regular and info.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit >> 20} MiB")
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                if not select.select([fd], [], [], PIPE_TIMEOUT)[0]:
                    raise OSError(errno.ETIMEDOUT, f"no data for {PIPE_TIMEOUT:.0f} seconds") from None
                continue
            if not chunk:
                return b"".join(chunks), regular
            size += len(chunk)
            if size > limit:
                raise OSError(errno.EFBIG, f"more than {limit >> 20} MiB: is it a device?")
            chunks.append(chunk)
    finally:
        os.close(fd)


def file_size(path: str) -> int:
    """The size of a regular file in bytes; 0 for anything else (a pipe, a device) or none."""
    try:
        info = os.stat(path)
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0
