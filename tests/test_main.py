"""Tests of the tool as a separate process: python -m, pipes, full disks, locales."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import MINI


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"GOVTARGETS_DATA", "NO_COLOR", "FORCE_COLOR"}}
    return {**env, **extra}


def _govtargets(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "govtargets", *args], capture_output=True, check=False, **kwargs
    )  # type: ignore[call-overload, no-any-return]


def test_python_m_runs_the_tool(tmp_path: Path) -> None:
    """python -m govtargets works from any folder, on the bundled data."""
    result = _govtargets("show", "jintan", "--json", cwd=tmp_path, env=_env())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("utf-8"))["region"]["name_zh"] == "金坛区"


def test_pipe_closed_early_is_quiet() -> None:
    """Output into a pipe whose reader has gone ends quietly with status 0, not BrokenPipeError."""
    process = subprocess.Popen(
        [sys.executable, "-m", "govtargets", "compare", "jintan", "liyang", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # before the child writes, so its first write meets a closed pipe
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=30) == 0
    assert stderr == b""


def test_shell_pipe_to_head() -> None:
    """In a real shell pipeline `| head -n 1` prints one line and no error."""
    command = f"{sys.executable} -m govtargets show jintan --format csv | head -n 1"
    result = subprocess.run(["sh", "-c", command], capture_output=True, env=_env(), check=False)
    assert result.stdout.startswith(b"record,section,region")
    assert result.stdout.count(b"\n") == 1
    assert result.stderr == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_full_disk() -> None:
    """Writing to a full device is a one-line error and status 1."""
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "govtargets", "show", "jintan"],
            stdout=full, stderr=subprocess.PIPE, env=_env(), check=False,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == b"govtargets: error: cannot write the output: No space left on device\n"


def test_no_colour_in_a_pipe_and_utf8_in_c_locale() -> None:
    """Under LANG=C, piped, the table is plain UTF-8 with no escape codes."""
    result = _govtargets("show", "jintan", env=_env(LANG="C", LC_ALL="C"))
    assert result.returncode == 0
    assert b"\x1b[" not in result.stdout
    assert "地区生产总值增长8%" in result.stdout.decode("utf-8")


def test_no_color_is_honoured_in_a_terminal() -> None:
    """With a terminal forced and NO_COLOR set, styles may be bold but carry no colour."""
    code = (
        "import sys; from govtargets.render import render; from govtargets.cache import open_index;"
        "from govtargets.queries import list_regions;"
        f"from pathlib import Path; result = list_regions(open_index(Path(r'{MINI}'), use_cache=False));"
        "sys.stdout.write(render(result, shape='RegionList', fmt='table', color=True, width=100))"
    )
    plain = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=_env(NO_COLOR="1"), check=True
    )
    assert b"\x1b[3" not in plain.stdout  # no foreground colour codes


def test_unknown_region_no_traceback() -> None:
    """An unknown region as a process: one line on stderr, status 1."""
    result = _govtargets("show", "no-such-region", env=_env())
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.startswith(b"govtargets: error: unknown region 'no-such-region'")


def _bash_completes(*words: str, env: dict[str, str]) -> list[str]:
    """What bash offers for the last of ``words``, through the script click writes for bash."""
    script = (
        'eval "$(_GOVTARGETS_COMPLETE=bash_source govtargets)"; '
        'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); '
        '_govtargets_completion govtargets; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    result = subprocess.run(
        ["bash", "-c", script, "bash", "govtargets", *words], capture_output=True, env=env, check=True
    )
    assert result.stderr == b""
    return result.stdout.decode("utf-8").split()


def _on_path() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)  # where the installed `govtargets` script is
    return _env(PATH=os.pathsep.join([bin_dir, os.environ.get("PATH", "")]))


@pytest.mark.skipif(not (Path(sys.executable).parent / "govtargets").exists(), reason="not installed")
@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (["sh"], ["show"]),
        (["show", "jin"], ["jintan"]),
        (["show", "金"], ["金坛", "金坛区"]),
        (["show", "3204"], ["320413", "320481"]),
        (["compare", "jintan", "li"], ["liyang"]),
        (["targets", "--region", "l"], ["liyang"]),
        (["targets", "--indicator", "ev"], ["ev_charging_piles"]),
        (["rank", "village_"], ["village_sewage_administrative", "village_sewage_natural"]),
        (["targets", "--kind", "g"], ["growth"]),
        (["show", "jintan", "--for"], ["--format"]),
        (["show", "--data", str(MINI), "nor"], ["north"]),
    ],
)
def test_bash_completion(words: list[str], offered: list[str]) -> None:
    """bash, through click's script, completes commands, options, regions and indicator keys."""
    assert _bash_completes(*words, env=_on_path()) == offered


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_completion(shell: str) -> None:
    """zsh and fish get regions with their ids as help, as their click scripts ask for them."""
    # zsh's script passes the index of the word being completed, fish's the word itself.
    cword = "2" if shell == "zsh" else "金坛"
    env = _env(_GOVTARGETS_COMPLETE=f"{shell}_complete", COMP_WORDS="govtargets show 金坛", COMP_CWORD=cword)
    result = _govtargets(env=env)
    assert result.returncode == 0
    lines = result.stdout.decode("utf-8").splitlines()
    if shell == "zsh":
        assert lines == ["plain", "金坛", "jintan", "plain", "金坛区", "jintan"]
    else:
        assert lines == ["plain,金坛\tjintan", "plain,金坛区\tjintan"]


def test_completion_on_a_broken_dataset_offers_nothing(tmp_path: Path) -> None:
    """A dataset that does not load offers no completions, and prints no error into the shell."""
    broken = tmp_path / "broken.toml"
    broken.write_text("[[regions]\n", "utf-8")
    words = f"govtargets show --data {broken} j"
    result = _govtargets(env=_env(_GOVTARGETS_COMPLETE="bash_complete", COMP_WORDS=words, COMP_CWORD="4"))
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, b"", b"")
