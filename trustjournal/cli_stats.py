"""Placeholder: filled in by the commands' own change."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO


def add_commands(
    sub: Any, parents: list[argparse.ArgumentParser]
) -> dict[str, Callable[[argparse.Namespace, TextIO], int]]:
    return {}
