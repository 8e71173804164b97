"""Access to the data tables shipped in ``models/`` (package ``notice_parser.models``)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=None)
def load_table(name: str):
    """Parsed JSON table ``models/<name>`` (cached; treat as read-only)."""
    return json.loads(_models_dir().joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _models_dir():
    try:
        return resources.files("notice_parser.models")
    except ModuleNotFoundError:
        # Running from a source checkout without installing: models/ sits beside the package.
        return Path(__file__).resolve().parents[1] / "models"
