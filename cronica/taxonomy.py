"""taxonomy: fine type → ACLED event/sub-event type, CAMEO root, PLOVER (from data/taxonomy.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from cronica.errors import DataFileError
from cronica.model import EVENT_TYPES


@dataclass(frozen=True, slots=True)
class Codes:
    disorder_type: str
    event_type: str
    sub_event_type: str
    cameo: Optional[str]
    plover: Optional[str]


@lru_cache(maxsize=1)
def _load() -> dict[str, dict]:
    raw = yaml.safe_load(resources.files("cronica.data").joinpath("taxonomy.yaml").read_text("utf-8"))
    types = (raw or {}).get("types") or {}
    missing = set(EVENT_TYPES) - set(types)
    if missing:
        raise DataFileError(f"taxonomy.yaml lacks types: {sorted(missing)}")
    for name, entry in types.items():
        for key in ("disorder_type", "event_type", "sub_event_type", "cameo", "plover"):
            if key not in entry:
                raise DataFileError(f"taxonomy.yaml: type {name!r} lacks {key!r}")
    return types


def codes_for(fine_type: str, target_inter: Optional[int] = None) -> Codes:
    """The coding of a fine type; ``target_inter`` 7 (civilians) applies the override."""
    entry = dict(_load()[fine_type])
    override = entry.pop("when_target_civilians", None)
    if override and target_inter == 7:
        entry.update(override)
    return Codes(entry["disorder_type"], entry["event_type"], entry["sub_event_type"],
                 entry["cameo"], entry["plover"])
