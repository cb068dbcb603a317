"""Tests of the installed command in a process of its own: streams, signals, pipes, the exit path."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govtargets.index import cache

from .conftest import MINI

SCRIPT = shutil.which("govtargets", path=os.path.dirname(sys.executable)) or "govtargets"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVTARGETS_")}
    return {**env, "LANG": "C.UTF-8", **extra}


def _run(*args: str, stdin: int | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [SCRIPT, *args], capture_output=True, env=_env(), timeout=60, stdin=stdin, check=False, **kwargs
    )  # type: ignore[call-overload,no-any-return]


def test_the_installed_command_runs_from_anywhere(tmp_path: Path) -> None:
    """The installed script finds the bundled data from any folder."""
    result = _run("show", "jintan", "--json", cwd=tmp_path)
    assert result.returncode == 0
    assert b'"id": "jintan"' in result.stdout


def test_closed_stderr_does_not_fail_a_good_command() -> None:
    """govtargets list 2>&- >/dev/null exits 0 (and so does --version)."""
    for args in (["list"], ["--version"]):
        result = subprocess.run(
            [SCRIPT, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_env(),
            check=False,
            close_fds=True,
            pass_fds=(),
            preexec_fn=lambda: os.close(2),
        )
        assert result.returncode == 0


def test_closed_stdout_is_a_message_not_a_traceback() -> None:
    """govtargets --version >&- : one line on stderr, status 1, no traceback."""
    for args in (["--version"], ["list"], ["--help"]):
        result = subprocess.run(
            [SCRIPT, *args],
            capture_output=False,
            stderr=subprocess.PIPE,
            env=_env(),
            check=False,
            preexec_fn=lambda: os.close(1),
        )
        assert b"Traceback" not in result.stderr
        assert result.returncode in (0, 1)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["show", "--help"], ["plot", "history", "--help"]])
def test_help_to_a_full_disk_is_a_message_not_a_traceback(args: list[str]) -> None:
    """govtargets --help > /dev/full: one line on stderr, status 1 (it was a traceback, and an
    internal error for a command's --help)."""
    with open("/dev/full", "wb") as full:
        result = subprocess.run([SCRIPT, *args], stdout=full, stderr=subprocess.PIPE, env=_env(), check=False)
    assert (result.returncode, result.stderr) == (
        1,
        b"govtargets: error: cannot write the output: No space left on device\n",
    )


def test_a_closed_pipe_is_the_readers_choice() -> None:
    """govtargets targets --format csv | head -1: status 0, no message."""
    with subprocess.Popen(
        [SCRIPT, "targets", "--year", "all", "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    ) as process:
        assert process.stdout is not None
        process.stdout.readline()
        process.stdout.close()
        assert process.wait(timeout=30) == 0
        assert process.stderr is not None
        assert process.stderr.read() == b""


def _wait_until_reading_a_pipe(pid: int) -> None:
    """Until the process waits on a pipe (Linux tells, in /proc), so that a signal finds its
    handlers set; elsewhere, a while."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(1.5)
        return
    deadline = time.monotonic() + 30
    while "pipe" not in wchan.read_text() and time.monotonic() < deadline:
        time.sleep(0.02)


def test_interrupt_exits_130() -> None:
    """Ctrl-C while a command waits on a pipe: status 130 and a line saying so."""
    # A shell's background job (pytest … &) ignores SIGINT, and so does every process it starts,
    # Python then setting no handler of its own (the test failed so, status 1, with /proc saying
    # SigIgn): the command is started as from a terminal's foreground, SIGINT at its default.
    ignored = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [SCRIPT, "extract", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(),
        )
    finally:
        signal.signal(signal.SIGINT, ignored)
    with process:
        _wait_until_reading_a_pipe(process.pid)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert b"interrupted" in err
    assert b"Traceback" not in err


def test_escapes_in_an_error_message_are_shown_not_run(tmp_path: Path) -> None:
    """An id holding a terminal escape (OSC title, clear screen) or a line break is escaped in the error."""
    path = tmp_path / "d.toml"
    path.write_text(
        'format = 2\n[[regions]]\nid = "x\\u001b]0;pwned\\u0007\\u001b[2J\\ny"\n', encoding="utf-8"
    )
    result = _run("list", "--no-bundled", "--data", str(path))
    assert result.returncode == 1
    assert b"\x1b" not in result.stderr
    assert b"\\x1b]0;pwned" in result.stderr
    assert all(line.startswith((str(path).encode(), b"govtargets:")) for line in result.stderr.splitlines())


def test_a_pipe_as_data_is_read_once() -> None:
    """--data <(cat mini.toml): a FIFO is read once, not cached, and works."""
    result = subprocess.run(
        ["bash", "-c", f'"{SCRIPT}" list --no-bundled --data <(cat "{MINI}") --json'],
        capture_output=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b'"north"' in result.stdout


def test_a_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    """A FIFO nobody writes to reads as empty at once: an error, not a hang."""
    fifo = tmp_path / "f.toml"
    os.mkfifo(fifo)
    result = _run("list", "--no-bundled", "--data", str(fifo))
    assert result.returncode == 1
    assert b"no regions defined" in result.stderr


def test_a_device_as_data_is_refused() -> None:
    """/dev/zero never ends: refused after a bounded read, with a message."""
    result = _run("list", "--no-bundled", "--data", "/dev/zero")
    assert result.returncode == 1
    assert b"is it a device" in result.stderr


def _complete_show(data: Path, *, timeout: int) -> subprocess.CompletedProcess[bytes]:
    """Shell completion of ``govtargets show `` with GOVTARGETS_DATA naming ``data``."""
    env = _env(
        GOVTARGETS_DATA=str(data),
        _GOVTARGETS_COMPLETE="bash_complete",
        COMP_WORDS="govtargets show ",
        COMP_CWORD="2",
    )
    return subprocess.run([SCRIPT], capture_output=True, env=env, timeout=timeout, check=False)


def test_completion_never_reads_a_pipe(tmp_path: Path) -> None:
    """GOVTARGETS_DATA naming a FIFO with no writer: completion returns nothing, at once."""
    fifo = tmp_path / "f.toml"
    os.mkfifo(fifo)
    result = _complete_show(fifo, timeout=20)
    assert result.stdout.strip() == b""
    assert b"Traceback" not in result.stderr


def test_completion_on_broken_data_is_quiet(tmp_path: Path) -> None:
    """GOVTARGETS_DATA naming a file nested 5,000 deep: completion offers nothing and prints no traceback."""
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = _complete_show(deep, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == b""
    assert result.stderr == b""


@pytest.mark.parametrize("columns", ["-5", "abc", "0"])
def test_a_nonsense_columns_is_ignored(columns: str) -> None:
    """COLUMNS=-5 is not a width: the output is the pipe's full output."""
    result = subprocess.run(
        [SCRIPT, "list"], capture_output=True, env=_env(COLUMNS=columns), timeout=60, check=False
    )
    assert result.returncode == 0
    assert b"jintan" in result.stdout


# --- 2, 3 and 9, done before this round: their reproductions ------------------------------------


def test_an_undecodable_argument_is_a_usage_error_and_the_index_stays() -> None:
    """`show "$(printf 'r00\\xff')"` threw the cached index away and ended in "internal error":
    now a usage error, status 2, and the index is the same file as before."""
    data = ["--no-bundled", "--data", str(MINI)]
    assert (
        subprocess.run(
            [sys.executable, "-m", "govtargets", "list", *data], capture_output=True, timeout=60
        ).returncode
        == 0
    )
    where = cache._cache_path([MINI], False)
    assert where is not None
    before = os.stat(where)
    argv = [sys.executable.encode(), b"-m", b"govtargets", b"show", b"r00\xff", *map(str.encode, data)]
    done = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr == (
        b"govtargets: error: the argument b'r00\\xff' is neither UTF-8 nor GB18030 text (see 'govtargets --help')\n"
    )
    after = os.stat(where)
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )
