"""The wheel must carry every package, the migrations and the resources."""

import configparser
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

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


# -- the sdist and the wheel built from it --------------------------------------------

_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
    ".ruff_cache", ".hypothesis", "screenshots", "out",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Build as a packager would: the sdist first, then the wheel from the sdist alone."""
    tree = tmp_path_factory.mktemp("src") / "trustjournal"
    shutil.copytree(ROOT, tree, ignore=_NOT_SOURCE)
    dist = tree.parent / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(tree)],
        check=True, capture_output=True, timeout=300,
    )
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    return sdist, wheel


def test_sdist_carries_licence_packaging_and_docs(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for wanted in ("LICENSE", "MANIFEST.in", "packaging/trustjournal.spec",
                   "packaging/io.github.trustjournal.TrustJournal.yml",
                   "docs/export-format.md", "resources/icons/trustjournal.svg"):
        assert wanted in names, wanted


def test_wheel_carries_licence_resources_migrations_and_both_entry_points(
    built: tuple[Path, Path],
) -> None:
    _, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (info,) = {n.split("/", 1)[0] for n in names if ".dist-info/" in n}
        metadata = archive.read(f"{info}/METADATA").decode()
        entry_points = configparser.ConfigParser()
        entry_points.read_string(archive.read(f"{info}/entry_points.txt").decode())
        licence = archive.read(f"{info}/licenses/LICENSE").decode()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3" in licence
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert entry_points["gui_scripts"]["trustjournal"] == "trustjournal.app:main"
    assert entry_points["console_scripts"]["trustjournal-cli"] == "trustjournal.app:main"
    assert "trustjournal/_resources/icons/trustjournal.svg" in names
    assert "trustjournal/_resources/exercises/challenge_a_thought.toml" in names
    # The compiled catalogues are committed, so the wheel carries them as they are.
    for language in ("en", "en_XA"):
        assert f"trustjournal/_resources/translations/trustjournal_{language}.qm" in names
    assert "trustjournal/_resources/translations/en_plurals/infra.toml" in names
    assert "trustjournal/storage/migrations/script.py.mako" in names
    assert "trustjournal/core/safety_cues/en/model.json" in names
    shipped = {n for n in names if n.startswith("trustjournal/storage/migrations/versions/")}
    in_tree = {
        f"trustjournal/storage/migrations/versions/{p.name}"
        for p in (ROOT / "trustjournal/storage/migrations/versions").glob("*.py")
    }
    assert in_tree and in_tree <= shipped


def test_flatpak_manifest_follows_the_app_and_stays_offline() -> None:
    import yaml

    from trustjournal import APP_ID

    manifest = yaml.safe_load((ROOT / "packaging" / f"{APP_ID}.yml").read_text())
    assert manifest["app-id"] == APP_ID
    assert manifest["command"] == "trustjournal"
    args = manifest["finish-args"]
    assert not any(arg.startswith("--share=network") for arg in args)
    assert "--system-talk-name=org.freedesktop.login1" in args
    commands = "\n".join(manifest["modules"][-1]["build-commands"])
    for shipped in (f"resources/desktop/{APP_ID}.desktop",
                    f"resources/desktop/{APP_ID}.metainfo.xml"):
        assert shipped in commands and (ROOT / shipped).is_file()


def test_metainfo_screenshots_are_files_in_the_repository() -> None:
    import xml.etree.ElementTree as ET

    from trustjournal import APP_ID

    root = ET.parse(ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml").getroot()
    images = [image.text or "" for image in root.iter("image")]
    assert len(images) >= 2
    prefix = "https://raw.githubusercontent.com/trustjournal/trustjournal/main/"
    for url in images:
        assert url.startswith(prefix), url
        picture = ROOT / url.removeprefix(prefix)
        assert picture.is_file() and picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", url
