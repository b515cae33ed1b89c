"""The system locale's country picks which help lines the safety panel shows first."""

from __future__ import annotations

import pytest

from trustjournal.core.resources_data import builtin_safety
from trustjournal.core.safety_regions import region_for_country


@pytest.mark.parametrize(
    ("code", "region"),
    [("GB", "uk"), ("US", "us"), ("CA", "ca"), ("IE", "ie"), ("AU", "au"), ("NZ", "nz"),
     ("DE", "de"), ("gb", "uk"), (" UK ", "uk"),
     # EU countries without their own entry, and anything unknown or missing.
     ("FR", "elsewhere"), ("AT", "elsewhere"), ("ZZ", "elsewhere"), ("", "elsewhere"),
     (None, "elsewhere")],
)
def test_country_to_region(code: str | None, region: str) -> None:
    assert region_for_country(code, builtin_safety().regions) == region


def test_elsewhere_says_112_and_the_local_emergency_number() -> None:
    safety = builtin_safety()
    elsewhere = safety.region(region_for_country("FR", safety.regions))
    (line,) = elsewhere.lines_for("emergency")
    assert line.number == "112"
    assert "local emergency number" in line.note
    assert safety.region("no-such-region") == elsewhere
