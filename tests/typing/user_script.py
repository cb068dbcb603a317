"""A user's script, as the issue's researchers wrote theirs: `mypy --strict` must pass it
(tests/test_api.py runs mypy on it, and on a copy with a misspelt key, which it must refuse)."""

import govtargets
from govtargets.dataset.shapes import TargetRow


def gaps(rows: list[TargetRow]) -> dict[str, float]:
    """Each region's mean gap between result and target, in the targets' units."""
    found: dict[str, list[float]] = {}
    for r in rows:
        if r["actual"] is not None and r["value"] is not None:
            found.setdefault(r["region"], []).append(r["actual"] - r["value"])
    return {region: sum(each) / len(each) for region, each in found.items()}


def main() -> None:
    """Print the cities' mean GDP gaps of 2023, the first of the ranking, and the frame's shape."""
    with govtargets.open() as data:
        rows = data.targets(indicators="gdp", year=2023, level="prefecture")
        print(sorted(gaps(rows).items())[:3])
        first = data.rank("gdp", year=2023)["groups"][0]["entries"][0]
        if first["value"] is not None and first["actual"] is not None:
            print(first["region"], round(first["actual"] - first["value"], 2))
        history = data.history("suzhou", "gdp")["years"]
        print([t["difference"] for year in history for t in year["targets"]])
        print(govtargets.to_frame(rows).shape, govtargets.to_frame(data.rank("gdp")).shape)


if __name__ == "__main__":
    main()
