"""taxonomy: fine type (+ variants) → ACLED, CAMEO and PLOVER codes, from ONE table (data/taxonomy.yaml).

``codes_for`` codes one incident; ``family_of`` groups types that may describe one
incident; ``render_markdown`` writes docs/event-types.md from the same table.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

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
    plover_mode: Optional[str] = None


@dataclass(frozen=True, slots=True)
class _Table:
    types: dict[str, dict]
    acled: dict[str, tuple[str, str, str]]
    cameo: dict[str, tuple[str, Optional[str], Optional[str]]]
    readings: tuple[tuple[str, str], ...] = ()  # (question, the reading kept): rendered into the doc


def _check_entry(where: str, entry: dict, acled: dict, cameo: dict) -> None:
    if "acled" in entry and entry["acled"] not in acled:
        raise DataFileError(f"taxonomy.yaml: {where}: unknown ACLED sub-event {entry['acled']!r}")
    code = entry.get("cameo")
    if code is not None and code not in cameo:
        raise DataFileError(f"taxonomy.yaml: {where}: CAMEO code {code!r} is not in cameo_codes")


@lru_cache(maxsize=1)
def _load() -> _Table:
    raw = yaml.safe_load(resources.files("cronica.data").joinpath("taxonomy.yaml").read_text("utf-8")) or {}
    types = raw.get("types") or {}
    acled = {k: tuple(v) for k, v in (raw.get("acled_sub_events") or {}).items()}
    cameo = {str(k): tuple(v) for k, v in (raw.get("cameo_codes") or {}).items()}
    missing = set(EVENT_TYPES) - set(types)
    if missing:
        raise DataFileError(f"taxonomy.yaml lacks types: {sorted(missing)}")
    unknown = set(types) - set(EVENT_TYPES)
    if unknown:
        raise DataFileError(f"taxonomy.yaml: types not in cronica.model.EVENT_TYPES: {sorted(unknown)}")
    for k, v in acled.items():
        if len(v) != 3:
            raise DataFileError(f"taxonomy.yaml: acled_sub_events {k!r} needs [disorder, event, sub-event]")
    for k, v in cameo.items():
        if len(v) != 3 or not k.isdigit() or not 2 <= len(k) <= 4:
            raise DataFileError(f"taxonomy.yaml: cameo_codes {k!r} needs a 2-4 digit code and [label, plover, mode]")
    for name, entry in types.items():
        for key in ("family", "definition", "acled", "cameo"):
            if key not in entry:
                raise DataFileError(f"taxonomy.yaml: type {name!r} lacks {key!r}")
        _check_entry(name, entry, acled, cameo)
        if entry.get("when_target_civilians"):
            _check_entry(f"{name}.when_target_civilians", entry["when_target_civilians"], acled, cameo)
        for vname, v in (entry.get("variants") or {}).items():
            _check_entry(f"{name}.variants.{vname}", v or {}, acled, cameo)
    readings = []
    for i, r in enumerate(raw.get("readings") or []):
        if not isinstance(r, dict) or not r.get("question") or not r.get("reading"):
            raise DataFileError(f"taxonomy.yaml: readings[{i}] needs a question and a reading")
        readings.append((str(r["question"]).strip(), str(r["reading"]).strip()))
    return _Table(types, acled, cameo, tuple(readings))


def codes_for(fine_type: str, target_inter: Optional[int] = None, variants: Iterable[str] = ()) -> Codes:
    """The coding of one incident of ``fine_type``.

    ``target_inter`` 7 (civilians) applies ``when_target_civilians``; ``variants``
    (means, framing: "firearm", "aerial", "strike", ...) apply the type's variant
    overrides, the type's first-listed variant winning. Unknown variants are ignored.
    """
    table = _load()
    entry = table.types[fine_type]
    acled_key, cameo = entry["acled"], entry["cameo"]
    override = entry.get("when_target_civilians")
    if override and target_inter == 7:
        acled_key = override.get("acled", acled_key)
        cameo = override.get("cameo", cameo)
    defined = entry.get("variants") or {}
    active = set(variants)
    for vname in reversed(list(defined)):
        if vname in active:
            v = defined[vname] or {}
            acled_key = v.get("acled", acled_key)
            cameo = v.get("cameo", cameo)
    disorder, event_type, sub_event = table.acled[acled_key]
    plover = mode = None
    if cameo is not None:
        _, plover, mode = table.cameo[cameo]
    if entry.get("plover"):
        plover, mode = entry["plover"][0], entry["plover"][1] if len(entry["plover"]) > 1 else None
    return Codes(disorder, event_type, sub_event, cameo, plover, mode)


def family_of(fine_type: str) -> str:
    return _load().types[fine_type]["family"]


def variant_names(fine_type: str) -> tuple[str, ...]:
    return tuple(_load().types[fine_type].get("variants") or ())


def all_variant_names() -> frozenset[str]:
    return frozenset(v for t in _load().types.values() for v in (t.get("variants") or ()))


def cameo_label(code: Optional[str]) -> Optional[str]:
    return _load().cameo[code][0] if code in _load().cameo else None


def plover_mode_for(cameo: Optional[str]) -> Optional[str]:
    """The PLOVER mode of a CAMEO code in the table (None when unknown)."""
    hit = _load().cameo.get(cameo or "")
    return hit[2] if hit else None


def acled_sub_event_types() -> list[tuple[str, str, str]]:
    """Every ACLED (disorder type, event type, sub-event type) the table knows."""
    return list(_load().acled.values())


class _Families(Mapping):
    """fine type → family, read from the table on first use (nothing is loaded at import time);
    each type's family is remembered once read (the stages ask it of every trigger many times)."""

    def __init__(self) -> None:
        self._of: dict[str, str] = {}

    def __getitem__(self, key: str) -> str:
        fam = self._of.get(key)
        if fam is None:
            fam = self._of[key] = family_of(key)
        return fam

    def __iter__(self) -> Iterator[str]:
        return iter(_load().types)

    def __len__(self) -> int:
        return len(_load().types)


FAMILY: Mapping[str, str] = _Families()


def _reached_by(table: _Table) -> dict[str, list[str]]:
    """ACLED sub-event key → the fine types / variants that produce it."""
    out: dict[str, list[str]] = {k: [] for k in table.acled}
    for name, entry in table.types.items():
        out[entry["acled"]].append(f"`{name}`")
        if entry.get("when_target_civilians", {}).get("acled"):
            out[entry["when_target_civilians"]["acled"]].append(f"`{name}` (civilian target)")
        for vname, v in (entry.get("variants") or {}).items():
            if (v or {}).get("acled"):
                out[v["acled"]].append(f"`{name}` + {vname}")
    return out


def render_markdown() -> str:
    """docs/event-types.md, rendered from data/taxonomy.yaml."""
    table = _load()
    lines = [
        "# Event types",
        "",
        "<!-- Rendered from cronica/data/taxonomy.yaml by `cronica taxonomy render`;",
        "     do not edit by hand (tests/test_taxonomy.py checks that this file equals the rendering). -->",
        "",
        "Cronica's fine types (`type` in the output). The type follows the text's own",
        "framing. Each maps to ACLED, CAMEO and PLOVER codes through one table,",
        "`cronica/data/taxonomy.yaml`; a *variant* (the means or framing the text shows:",
        "a trigger such as \"bombardeo\", or cue words such as \"arma de fuego\" in the",
        "trigger's sentence) refines the codes.",
        "",
        "## Fine types",
        "",
        "| type | family | definition | Spanish cues | ACLED event / sub-event | CAMEO | PLOVER |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, entry in table.types.items():
        c = codes_for(name)
        civ = entry.get("when_target_civilians")
        acled = f"{c.event_type} / {c.sub_event_type}"
        if civ:
            cc = codes_for(name, target_inter=7)
            acled += f" (civilian target: {cc.event_type} / {cc.sub_event_type})"
        plover = f"{c.plover} ({c.plover_mode})" if c.plover_mode else (c.plover or "—")
        lines.append(f"| `{name}` | {entry['family']} | {entry['definition']} | {entry.get('cues', '')} | "
                     f"{acled} | {c.cameo or '—'} | {plover} |")
    lines += ["", "## Variants", "",
              "The first variant listed for a type wins when several apply.", "",
              "| type | variant | ACLED event / sub-event | CAMEO | PLOVER |", "|---|---|---|---|---|"]
    for name, entry in table.types.items():
        for vname in entry.get("variants") or {}:
            c = codes_for(name, variants=[vname])
            plover = f"{c.plover} ({c.plover_mode})" if c.plover_mode else (c.plover or "—")
            lines.append(f"| `{name}` | {vname} | {c.event_type} / {c.sub_event_type} | {c.cameo or '—'} | {plover} |")
    lines += ["", "## ACLED sub-event types", "",
              "Every ACLED sub-event type and how Cronica reaches it.", "",
              "| disorder type | event type | sub-event type | reached by |", "|---|---|---|---|"]
    reached = _reached_by(table)
    for key, (disorder, event_type, sub_event) in table.acled.items():
        lines.append(f"| {disorder} | {event_type} | {sub_event} | {', '.join(reached[key]) or '—'} |")
    lines += ["", "## CAMEO codes used", "",
              "| CAMEO | root | label | PLOVER type | PLOVER mode |", "|---|---|---|---|---|"]
    for code, (label, plover, mode) in table.cameo.items():
        lines.append(f"| {code} | {code[:2]} | {label} | {plover or '—'} | {mode or '—'} |")
    if table.readings:
        lines += ["", "## Codebook readings", "",
                  "Questions the CAMEO codebook's labels leave open, and the reading this table keeps.", "",
                  "| question | reading kept |", "|---|---|"]
        lines += [f"| {q} | {r} |" for q, r in table.readings]
    lines += ["", "## Examples", "", "Sentences written for the documentation (tests check each is typed as shown).", "",
              "| type | example |", "|---|---|"]
    for name, entry in table.types.items():
        if entry.get("example"):
            lines.append(f"| `{name}` | {entry['example']} |")
    lines += [
        "",
        "## What is an event",
        "",
        "Only specific incidents are events: undated background (\"desde la captura de",
        "Abimael Guzmán\"), aggregates, generic statements (\"evitar emboscadas\") and",
        "announced future acts (\"convocan un paro\") are not. One incident is one event:",
        "phases of one engagement at one place and time are merged; an arrest, a seizure",
        "and a clash reported in one raid are separate events. Burning or looting inside",
        "an attack or a protest told in the same sentence belongs to that incident.",
        "",
    ]
    return "\n".join(lines)
