"""The wheel must carry every package, the migrations and the resources."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "trustjournal").rglob("__init__.py")
    }
    assert found | {"trustjournal._resources"} == listed


def test_resources_are_found() -> None:
    from trustjournal.resources import resource

    assert resource("icons", "trustjournal.svg").is_file()
