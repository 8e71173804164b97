"""Access to the data tables shipped in ``models/`` (package ``notice_parser.models``)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_table(name: str):
    """Parsed JSON table ``models/<name>`` (cached; treat as read-only)."""
    path = resources.files("notice_parser.models") / name
    return json.loads(path.read_text(encoding="utf-8"))
