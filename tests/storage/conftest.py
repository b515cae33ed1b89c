"""Storage tests derive keys with tiny Argon2 settings: the settings live in each slot,
so the code paths are the same and the suite stays quick. Tests that are about the
real settings ask for `real_kdf`."""

from __future__ import annotations

import pytest

from trustjournal.storage import keyslots

REAL_KDF = keyslots.DEFAULT_KDF
FAST_KDF = keyslots.KdfParams(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> keyslots.KdfParams:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
    return FAST_KDF


@pytest.fixture
def real_kdf(monkeypatch: pytest.MonkeyPatch) -> keyslots.KdfParams:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", REAL_KDF)
    return REAL_KDF
