"""Properties that hold for any input: any bytes end in status 0 or 1 without a traceback, and
any valid dataset prints JSON that follows the published schema and carries its figures exactly."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govtargets.cli.main import cli

from .test_schemas import validator

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_give_status_0_or_1(tmp_path: Path, data: bytes) -> None:
    """Whatever a data file holds, the tool answers with 0 or 1, never a traceback."""
    path = tmp_path / "any.toml"
    path.write_bytes(b"format = 2\n" + data)
    result = CliRunner().invoke(
        cli, ["list", "--no-bundled", "--no-cache", "--data", str(path)], catch_exceptions=False
    )
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr


figures = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2, allow_nan=False, allow_infinity=False
)
kinds = st.sampled_from(["growth", "level", "decline"])


@SETTINGS
@given(
    st.lists(
        st.tuples(kinds, figures, st.sampled_from([[], ["左右"], ["力争", "以上"]])), min_size=1, max_size=8
    ),
    figures,
)
def test_any_valid_dataset_prints_schema_json_with_exact_figures(
    tmp_path: Path, targets: list[tuple[str, Decimal, list[str]]], actual: Decimal
) -> None:
    """Generated targets of any figure: their JSON follows the schema, each figure exactly as typed."""
    lines = [
        "format = 2",
        '[[sources]]\nid = "s"\ntitle = "t"\npublisher = "p"',
        '[[indicators]]\nkey = "i"\nname_zh = "指标"\nname_en = "Indicator"',
        '[[regions]]\nid = "r"\ncode = "990001"\nname_zh = "区"\nname_en = "R"\nlevel = "district"',
        '[[reports]]\nregion = "r"\nyear = 2023\nsource = "s"',
    ]
    for n, (kind, value, qualifiers) in enumerate(targets):
        unit = '\nunit = "亿元"' if kind == "level" else ""
        words = json.dumps(qualifiers, ensure_ascii=False)
        lines.append(
            f'[[reports.targets]]\nid = "t{n}"\nindicator = "i"\nkind = "{kind}"\nvalue = {value}{unit}\nqualifiers = {words}\nwording = "w"\nchecked = ["unusual-growth"]'
        )
    lines.append(
        f'[[outcomes]]\nregion = "r"\nyear = 2023\nindicator = "i"\ngrowth = {actual}\nwording = "w"\nsource = "s"'
    )
    path = tmp_path / "d.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["show", "r", "--json", "--no-bundled", "--no-cache", "--data", str(path)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout, parse_float=Decimal)
    assert not list(validator(True).iter_errors(json.loads(result.stdout)))
    assert [Decimal(t["value"]) for t in document["targets"]] == [value for _, value, _ in targets]
