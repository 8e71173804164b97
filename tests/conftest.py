"""Shared fixtures: where the real corpus lives (tests using it skip without it)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The real corpus folder ../shared/corpus; skips the test when absent."""
    if not (SHARED_CORPUS / "gold").is_dir():
        pytest.skip("../shared/corpus is not present (fresh checkout)")
    return SHARED_CORPUS
