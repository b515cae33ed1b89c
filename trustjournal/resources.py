"""The one locator for files under resources/, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """resources/ as installed inside the package, else beside the package in a checkout."""
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one file under resources/ (it may not exist; callers report that)."""
    return resources_dir().joinpath(*parts)
