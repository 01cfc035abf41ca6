"""Deduplication: do two reports describe the same incident, and what is the
incident's coding once they are merged?

Pure functions over event mappings (the flat keys of the extract output, with
``date_start``/``date_end`` as ``datetime.date``), so they are tested without a
database. The repository calls :func:`compare` for each candidate found by an
indexed query and :func:`aggregate` to recompute an incident after a change.

Rules (data: ``cronica/data/store/dedup.yaml``): two events from *different*
documents join when nothing vetoes it — compatible types, overlapping date
windows at their precision, no conflicting place (different admin1/admin2/admin3
unless within ``max_km``), a shared actor when both name actors, consistent counts —
and the agreeing signals (same day, same district, within ``max_km``, shared actor,
equal toll...) weigh at least ``threshold``. Every decision carries its reasons.
"""
from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

import yaml

from cronica.errors import DataFileError
from cronica.geo.distance import great_circle_km
from cronica.text.fold import strip_marks

DEDUP_FILE = Path(__file__).resolve().parent.parent / "data" / "store" / "dedup.yaml"
RELATIONS_FILE = DEDUP_FILE.with_name("actor_relations.yaml")
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class DedupConfig:
    compatible_types: tuple[frozenset[str], ...]
    date_slack_days: int = 1
    max_km: float = 25.0
    count_tolerance: float = 0.5
    count_slack: int = 2
    weights: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 3.0
    max_window_days: int = 31
    parents: Mapping[str, str] = field(default_factory=dict)  # casefolded names
    persons: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    collective: frozenset[str] = frozenset()  # casefolded names before " (country)"
    collective_filler: frozenset[str] = frozenset()

    def lineage(self, name: str) -> list[str]:
        """The actor and its broader actors, narrowest first (casefolded)."""
        out = [name]
        while out[-1] in self.parents and len(out) < 10:
            nxt = self.parents[out[-1]]
            if nxt in out:
                break
            out.append(nxt)
        return out

    def compatible(self, a: str, b: str) -> bool:
        if a == b:
            return True
        return any(a in g and b in g for g in self.compatible_types)

    def compatible_with(self, a: str) -> set[str]:
        out = {a}
        for g in self.compatible_types:
            if a in g:
                out |= g
        return out

    def replace(self, **kw: Any) -> "DedupConfig":
        from dataclasses import replace

        return replace(self, **kw)


@lru_cache(maxsize=1)
def default_config() -> DedupConfig:
    try:
        raw = yaml.safe_load(DEDUP_FILE.read_text("utf-8"))
        rel = yaml.safe_load(RELATIONS_FILE.read_text("utf-8"))
        cf = str.casefold
        return DedupConfig(
            compatible_types=tuple(frozenset(g) for g in raw["compatible_types"]),
            date_slack_days=int(raw["date_slack_days"]),
            max_km=float(raw["max_km"]),
            count_tolerance=float(raw["count_tolerance"]),
            count_slack=int(raw["count_slack"]),
            weights={k: float(v) for k, v in raw["weights"].items()},
            threshold=float(raw["threshold"]),
            max_window_days=int(raw["max_window_days"]),
            parents={cf(k): cf(v) for k, v in (rel.get("parents") or {}).items()},
            persons=frozenset(cf(x) for x in rel.get("persons") or ()),
            generic=frozenset(cf(x) for x in rel.get("generic") or ()),
            collective=frozenset(cf(x) for x in rel.get("collective") or ()),
            collective_filler=frozenset(strip_marks(cf(x)) for x in rel.get("collective_filler") or ()),
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise DataFileError(f"cronica/data/store/dedup.yaml or actor_relations.yaml: {exc}") from exc


@dataclass(slots=True)
class Match:
    joined: bool
    score: float
    reasons: list[str]
    veto: Optional[str] = None
    hard: bool = False  # a contradiction (type, date, place, actors, counts), not a low score


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return great_circle_km(lat1, lon1, lat2, lon2, radius=_R_KM)


def _norm(s: Any) -> Optional[str]:
    if s is None:
        return None
    return _norm_str(s) if isinstance(s, str) else _norm_str(str(s))


@lru_cache(maxsize=1 << 16)
def _norm_str(s: str) -> Optional[str]:
    # place and actor names repeat across reports: compare() normalises each a few times
    s = " ".join(s.split()).casefold()
    return s or None


def _group_words(cfg: "DedupConfig", text: Any) -> frozenset[str]:
    """The words that say which group a collective actor is, as written ("Miles de
    transportistas" → {"transportistas"}): folded, longer than 3 letters, no filler."""
    if not text:
        return frozenset()
    return frozenset(w for w in strip_marks(str(text).casefold()).replace(",", " ").split()
                     if len(w) > 3 and w.isalpha() and w not in cfg.collective_filler)


def _window(e: Mapping[str, Any]) -> Optional[tuple[_dt.date, _dt.date]]:
    s, t = e.get("date_start"), e.get("date_end")
    if s is None and t is None:
        return None
    s = s or t
    t = t or s
    return (s, t) if s <= t else (t, s)


def _range(e: Mapping[str, Any], key: str) -> Optional[tuple[int, int]]:
    best = e.get(key)
    low = e.get(f"{key}_low") if key == "killed" else None
    high = e.get(f"{key}_high") if key == "killed" else None
    vals = [v for v in (best, low, high) if v is not None]
    if not vals:
        return None
    return min(vals), max(vals)


def _actors(e: Mapping[str, Any]) -> set[str]:
    return {a for a in (_norm(e.get("actor1")), _norm(e.get("actor2"))) if a}


def _fmt_date(e: Mapping[str, Any]) -> str:
    return f"{e.get('date') or e.get('date_start')} ({e.get('date_precision') or '?'})"


_COUNT_KEYS = ("killed", "wounded", "kidnapped", "arrested")
_LEVELS = ("admin1", "admin2", "admin3")
_SAME_LEVEL = ("same_admin1", "same_admin2", "same_admin3")
_R_KM = 6371.0088  # (haversine_km)


@lru_cache(maxsize=256)
def _compatible_set(groups: tuple[frozenset[str], ...], t: str) -> frozenset[str]:
    return frozenset({t}.union(*(g for g in groups if t in g)))


class Report:
    """What :func:`compare` reads of one report, normalised once: the store compares
    each report with several others (a candidate with several reports of a batch).
    Type, date window and place are prepared at once (every comparison reads them);
    actors and counts on first use (:meth:`who`), as most pairs are told apart by date
    or place before. Built for one :class:`DedupConfig` (the window's vagueness, the
    generic and collective names and the actors' lineage depend on it). ``e``: the
    report itself (the words of an explanation quote it)."""

    __slots__ = ("e", "cfg", "type", "compat", "win", "vague", "day", "lon", "phi", "cos_phi",
                 "gp", "adm", "loc", "ready", "r1", "r2", "lin1", "lin2", "names", "group1", "group2",
                 "ranges", "vals")

    def __init__(self, e: Mapping[str, Any], cfg: DedupConfig) -> None:
        self.e, self.cfg = e, cfg
        t = e.get("type")
        self.type = t
        self.compat = _compatible_set(cfg.compatible_types, t) if t else frozenset()
        s, u = e.get("date_start"), e.get("date_end")
        if s is None and u is None:
            self.win = self.day = None
            self.vague = False
        else:  # (_window, as day numbers)
            s, u = (s or u).toordinal(), (u or s).toordinal()
            if s > u:
                s, u = u, s
            self.win = (s, u)
            self.vague = u - s + 1 > cfg.max_window_days
            self.day = s if s == u else None
        lat, lon = e.get("latitude"), e.get("longitude")
        self.gp = e.get("geo_precision")
        if lat is None or lon is None or self.gp == 3:
            self.lon = self.phi = self.cos_phi = None  # (no distance is measured)
        else:
            self.lon = lon
            self.phi = math.radians(lat)
            self.cos_phi = math.cos(self.phi)
        self.adm = (_norm(e.get("admin1")), _norm(e.get("admin2")), _norm(e.get("admin3")))
        self.loc = _norm(e.get("location"))
        self.ready = False

    def who(self) -> "Report":
        """The actors (roles, collective words) and counts, prepared once."""
        if self.ready:
            return self
        e, cfg = self.e, self.cfg
        r1, r2 = _norm(e.get("actor1")), _norm(e.get("actor2"))
        self.r1 = r1 = None if r1 in cfg.generic else r1
        self.r2 = r2 = None if r2 in cfg.generic else r2
        self.lin1 = self.lin2 = None  # (their lineage: on first use, see lineage())
        self.names = frozenset(x for x in (r1, r2) if x)
        self.group1 = (_group_words(cfg, e.get("actor1_text"))
                       if r1 and r1.split(" (")[0] in cfg.collective else None)
        self.group2 = (_group_words(cfg, e.get("actor2_text"))
                       if r2 and r2.split(" (")[0] in cfg.collective else None)
        k, w, kd, ar = self.vals = (e.get("killed"), e.get("wounded"), e.get("kidnapped"), e.get("arrested"))
        lo, hi = e.get("killed_low"), e.get("killed_high")
        if lo is None and hi is None:  # (_range, term by term)
            rk = (k, k) if k is not None else None
        else:
            vals = [v for v in (k, lo, hi) if v is not None]
            rk = (min(vals), max(vals))
        self.ranges = (rk, (w, w) if w is not None else None, (kd, kd) if kd is not None else None,
                       (ar, ar) if ar is not None else None)
        self.ready = True
        return self

    def lineage(self, name: str) -> frozenset:
        """The lineage (DedupConfig.lineage) of this report's actor ``name``."""
        if name == self.r1:
            if self.lin1 is None:
                self.lin1 = frozenset(self.cfg.lineage(name))
            return self.lin1
        if self.lin2 is None:
            self.lin2 = frozenset(self.cfg.lineage(name))
        return self.lin2


def _veto(score: float, reasons: list[str], why: str) -> Match:
    """A pair told apart (a hard "no": no score makes up for it)."""
    return Match(False, score, reasons, veto=why, hard=True)


def compare(a: Mapping[str, Any], b: Mapping[str, Any], cfg: DedupConfig | None = None,
            explain: bool = True) -> Match:
    """Could event ``a`` (new) and event ``b`` (stored) be the same incident?

    ``explain=False``: the same decision and score (``joined``, ``score``, ``hard``),
    without the texts — ``reasons`` empty, ``veto`` a bare ``"veto"`` / ``"score"`` —
    for the store's loops over every candidate pair, which keep the words of the few
    pairs they report only (call again with ``explain=True`` for those). Loops that
    meet a report several times build its :class:`Report` once and call
    :func:`compare_reports`."""
    cfg = cfg or default_config()
    return compare_reports(Report(a, cfg), Report(b, cfg), cfg, explain)


def compare_reports(ka: Report, kb: Report, cfg: DedupConfig, explain: bool = False) -> Match:
    """:func:`compare` of two prepared reports (built with the same ``cfg``)."""
    w = cfg.weights
    a, b = ka.e, kb.e
    reasons: list[str] = []
    add = reasons.append
    score = 0.0

    # --- type
    ta, tb = ka.type, kb.type
    if not ta or not tb or tb not in ka.compat:
        return _veto(score, reasons, f"type: {ta} and {tb} are not compatible" if explain else "veto")
    if ta == tb:
        score += w.get("same_type", 0)
        if explain:
            add(f"type: both {ta}")
    elif explain:
        add(f"type: {ta} ~ {tb} (compatible)")

    # --- date windows at their precision (as day numbers)
    wa, wb = ka.win, kb.win
    if wa is None or wb is None:
        return _veto(score, reasons, "date: an undated report is never merged" if explain else "veto")
    for kx in (ka, kb):
        if kx.vague:
            if explain:
                wx = _window(kx.e)
                return _veto(score, reasons, f"date: window {wx[0]}..{wx[1]} too vague to merge on")
            return _veto(score, reasons, "veto")
    slack = cfg.date_slack_days
    if wa[0] > wb[1] + slack or wb[0] > wa[1] + slack:
        return _veto(score, reasons, f"date: {_fmt_date(a)} and {_fmt_date(b)} do not overlap" if explain else "veto")
    if ka.day is not None and ka.day == kb.day:
        score += w.get("same_day", 0)
        if explain:
            add(f"date: same day {_window(a)[0].isoformat()}")
    elif explain:
        add(f"date: {_fmt_date(a)} overlaps {_fmt_date(b)}")

    # --- place
    dist = None
    measured = near = False
    if ka.phi is not None and kb.phi is not None:
        measured = True
        dp = kb.phi - ka.phi
        # (the great-circle distance is at least R·|Δlatitude|: farther than max_km in
        # latitude alone, it is not near, and only an explanation needs the figure)
        if explain or abs(dp) * _R_KM <= cfg.max_km + 1e-6:
            dl = math.radians(kb.lon - ka.lon)  # (haversine_km, term by term)
            h = math.sin(dp / 2) ** 2 + ka.cos_phi * kb.cos_phi * math.sin(dl / 2) ** 2
            dist = 2 * _R_KM * math.asin(min(1.0, math.sqrt(h)))
            near = dist <= cfg.max_km
    na, nb = ka.adm, kb.adm
    if not near:
        for i in range(3):
            x, y = na[i], nb[i]
            if x and y and x != y:
                level = _LEVELS[i]
                return _veto(score, reasons, f"place: {level} {a.get(level)} vs {b.get(level)}" if explain else "veto")
        if measured and ka.gp == 1 and kb.gp == 1:
            return _veto(score, reasons, f"place: {dist:.0f} km apart (> {cfg.max_km:g} km)" if explain else "veto")
    best: Optional[tuple[float, int]] = None  # (weight, signal): the strongest place signal
    for i in (2, 1, 0):
        x = na[i]
        if x and x == nb[i]:
            best = (w.get(_SAME_LEVEL[i], 0), 2 - i)
            break
    if near and (best is None or w.get("within_km", 0) > best[0]):
        best = (w.get("within_km", 0), 3)  # (a tie keeps the named level, as its text sorts after)
    if best is not None:
        score += best[0]
        if explain:
            if best[1] == 3:
                add(f"place: {dist:.1f} km apart (≤ {cfg.max_km:g} km)")
            else:
                level = ("admin3", "admin2", "admin1")[best[1]]
                add(f"place: same {level} {a.get(level)}")
    la = ka.loc
    # a shared place name counts only when it is more specific than the region named
    if la and la == kb.loc and la not in (na[0], na[1], nb[0], nb[1]):
        score += w.get("same_location_name", 0)
        if explain:
            add(f"place: both name {a.get('location')}")

    # --- actors: same actor, or one is the other's broader actor (leader → group,
    # unit → institution); unknown perpetrators neither veto nor count. Only the same
    # role can conflict (two different perpetrators, or two different targets), and
    # not when the name appears in the other report's other role (roles swapped).
    ka, kb = ka.who(), kb.who()

    def rel(x: Optional[str], y: Optional[str]) -> bool:  # x: a name of a, y: of b
        return bool(x and y) and (x == y or x in kb.lineage(y) or y in ka.lineage(x))

    a1, a2, b1, b2 = ka.r1, ka.r2, kb.r1, kb.r2
    if (a1 or a2) and (b1 or b2):
        for x, y, xo, yo in ((a1, b1, a2, b2), (a2, b2, a1, b1)):
            if x and y and not rel(x, y) and not (rel(x, yo) or rel(xo, y)):
                return _veto(score, reasons, f"actors: {x} vs {y}" if explain else "veto")
        for x, y, ga, gb, k in ((a1, b1, ka.group1, kb.group1, "actor1"),
                                (a2, b2, ka.group2, kb.group2, "actor2")):
            if x and x == y and ga is not None:  # a collective name: "transportistas" vs "docentes"
                if ga and gb and not ga & gb:
                    return _veto(score, reasons, f"actors: {a.get(k + '_text')} vs {b.get(k + '_text')}"
                                 if explain else "veto")
        xa, xb = ka.names, kb.names
        shared = xa & xb
        if shared & cfg.persons:
            score += w.get("shared_person", 0)
            if explain:
                add(f"actors: both name {', '.join(sorted(shared & cfg.persons))}")
        elif shared:
            score += w.get("shared_actor", 0)
            if explain:
                add(f"actors: share {', '.join(sorted(shared))}")
        elif explain:
            related = sorted(f"{x} ~ {y}" for x in xa for y in xb if x != y and rel(x, y))
            if related:
                score += w.get("related_actor", 0)
                add(f"actors: related {'; '.join(related)}")
        elif any(rel(x, y) for x in xa for y in xb if x != y):
            score += w.get("related_actor", 0)

    # --- counts
    for i, key in enumerate(_COUNT_KEYS):
        ra, rb = ka.ranges[i], kb.ranges[i]
        if ra is None or rb is None:
            continue
        tol = max(cfg.count_slack, cfg.count_tolerance * max(ra[1], rb[1]))
        if ra[0] > rb[1] + tol or rb[0] > ra[1] + tol:
            return _veto(score, reasons,
                         f"counts: {key} {a.get(key)} vs {b.get(key)} inconsistent" if explain else "veto")
        va = ka.vals[i]
        if va is not None and va == kb.vals[i] and va > 0:
            score += w.get("equal_count", 0)
            if explain:
                add(f"counts: same {key} {va}")
        elif explain:
            add(f"counts: {key} {va} vs {kb.vals[i]} consistent")

    score = round(score, 3)
    if score < cfg.threshold:
        return Match(False, score, reasons,
                     veto=f"score {score:g} < threshold {cfg.threshold:g}" if explain else "score")
    return Match(True, score, reasons)


def _mode(values: Sequence[Any]) -> Any:
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)  # ties → the earliest report


def aggregate(members: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The incident's coding from its member reports (earliest first).

    - type: the most frequent fine type (ties: the earliest report); ACLED types from
      a member of that type.
    - date: the most precise member's date (ties: earliest).
    - place: the most precise member's place (lowest geo_precision, then most admin levels).
    - actors: the most frequent actor1/actor2.
    - fatalities (ACLED): the most conservative figure — the lowest stated ``killed``;
      when no report states a number, the lowest conventional floor (``killed_low``).
    - deaths_low/best/high (UCDP): low = lowest low, high = highest high over reports,
      best = the median of the stated figures (lower median), clamped into [low, high].
    - wounded, kidnapped, arrested: the lowest stated figure (conservative).
    """
    out: dict[str, Any] = {}
    if not members:
        return {"n_events": 0, "n_documents": 0}
    typ = _mode([m.get("type") for m in members])
    out["type"] = typ
    typed = next(m for m in members if m.get("type") == typ)
    out["event_type"] = typed.get("event_type")
    out["sub_event_type"] = typed.get("sub_event_type")

    dated = [m for m in members if m.get("date_start") is not None]
    if dated:
        d = min(dated, key=lambda m: PRECISION_RANK.get(m.get("date_precision") or "year", 4))
        out.update(date=d.get("date"), date_precision=d.get("date_precision"),
                   date_start=d.get("date_start"), date_end=d.get("date_end"))
    else:
        out.update(date=None, date_precision=None, date_start=None, date_end=None)

    def place_rank(m: Mapping[str, Any]) -> tuple:
        filled = sum(1 for k in ("admin1", "admin2", "admin3", "latitude") if m.get(k) is not None)
        gp = m.get("geo_precision")
        return (gp if gp is not None else 9, -filled)

    placed = [m for m in members if m.get("admin1") or m.get("location") or m.get("latitude") is not None]
    p = min(placed, key=place_rank) if placed else {}
    for k in ("location", "admin1", "admin2", "admin3", "country", "iso", "latitude",
              "longitude", "geo_precision", "where_prec"):
        out[k] = p.get(k)

    for n in ("1", "2"):
        name = _mode([m.get(f"actor{n}") for m in members])
        out[f"actor{n}"] = name
        src = next((m for m in members if m.get(f"actor{n}") == name), {}) if name else {}
        out[f"inter{n}"] = src.get(f"inter{n}")

    bests = sorted(m["killed"] for m in members if m.get("killed") is not None)
    lows = [m.get("killed_low") if m.get("killed_low") is not None else m.get("killed")
            for m in members]
    lows = [v for v in lows if v is not None]
    highs = [next((m.get(k) for k in ("killed_high", "killed", "killed_low")
                   if m.get(k) is not None), None) for m in members]
    highs = [v for v in highs if v is not None]
    out["fatalities"] = bests[0] if bests else (min(lows) if lows else None)
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    best = bests[(len(bests) - 1) // 2] if bests else low
    if best is not None:
        if low is not None:
            best = max(best, low)
        if high is not None:
            best = min(best, high)
    out["deaths_low"], out["deaths_best"], out["deaths_high"] = low, best, high
    for key in ("wounded", "kidnapped", "arrested"):
        vals = [m[key] for m in members if m.get(key) is not None]
        out[key] = min(vals) if vals else None
    out["n_events"] = len(members)
    out["n_documents"] = len({m.get("doc_id") for m in members})
    ds = out.get("date_start")
    # a year-precision incident counts under its year ("2011"), never under January
    ym = ds.isoformat() if isinstance(ds, _dt.date) else (str(ds) if ds else None)
    out["month"] = (ym[:4] if out.get("date_precision") == "year" else ym[:7]) if ym else None
    return out


# --------------------------------------------------------------------------- clustering
def canonical_key(e: Mapping[str, Any]) -> tuple:
    """The order reports are clustered in: a function of the report alone (never of
    its arrival), so the same reports always give the same incidents. Earliest date
    first, then the more precise date, then document and event id."""
    ds = e.get("date_start")
    return (ds.isoformat() if isinstance(ds, _dt.date) else (str(ds) if ds else "9999"),
            PRECISION_RANK.get(e.get("date_precision") or "", 9), str(e.get("doc_id")),
            str(e.get("event_id")))


@dataclass(slots=True)
class Placement:
    """Where :func:`cluster` put one report: its cluster and why."""
    cluster: int
    via: Optional[int] = None  # index of the member it matched best (None: founder)
    score: Optional[float] = None
    reasons: list[str] = field(default_factory=list)


_SAME_DOC = "the same document (its reports are distinct)"


class Comparer:
    """Memoised :func:`compare` over a list of reports (symmetric: done once a pair).

    Calls give the decision without its texts (``compare(explain=False)``);
    :meth:`explain` gives the words of the pairs a placement reports. Each report is
    prepared once (:class:`Report`); ``reports``: those the caller already has (the
    same order as ``events``, None where not)."""

    def __init__(self, events: Sequence[Mapping[str, Any]], cfg: DedupConfig,
                 reports: Sequence[Optional[Report]] | None = None) -> None:
        self.events, self.cfg = events, cfg
        self.reports: list[Optional[Report]] = list(reports) if reports is not None else [None] * len(events)
        self._memo: dict[tuple[int, int], Match] = {}

    def report(self, i: int) -> Report:
        r = self.reports[i]
        if r is None:
            r = self.reports[i] = Report(self.events[i], self.cfg)
        return r

    def __call__(self, i: int, j: int) -> Match:
        key = (i, j)
        m = self._memo.get(key)
        if m is None:
            a, b = self.events[i], self.events[j]
            if a.get("doc_id") == b.get("doc_id"):
                m = Match(False, 0.0, [], veto=_SAME_DOC, hard=True)
            else:
                m = compare_reports(self.report(i), self.report(j), self.cfg)
            self._memo[key] = m
        return m

    def explain(self, i: int, j: int) -> Match:
        """The decision of (i, j) with its reasons and veto in words (not memoised)."""
        a, b = self.events[i], self.events[j]
        if a.get("doc_id") == b.get("doc_id"):
            return Match(False, 0.0, [], veto=_SAME_DOC, hard=True)
        return compare_reports(self.report(i), self.report(j), self.cfg, explain=True)


def components(n: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components of ``n`` nodes (sorted lists, ordered by first node)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    out: dict[int, list[int]] = {}
    for i in range(n):
        out.setdefault(find(i), []).append(i)
    return sorted(out.values(), key=lambda c: c[0])


def cluster(events: Sequence[Mapping[str, Any]], cfg: DedupConfig | None = None,
            links: Sequence[tuple[int, int]] = (), unlinks: Sequence[tuple[int, int]] = (),
            comparer: Comparer | None = None) -> list[Placement]:
    """Cluster reports into incidents, independently of their order in ``events``.

    Complete linkage in canonical order (:func:`canonical_key`): a report (or a group
    of reports an analyst linked, ``links``: pairs of indexes) joins an incident only
    when **no member contradicts it** (type, date window, place, actors, counts: the
    vetoes of :func:`compare`; reports of one document never share an incident) and at
    least one member agrees with it strongly enough (``compare(...).joined``); among
    such incidents the one with the highest score (ties: the earliest founded).
    Analysts' ``unlinks`` (pairs of indexes) keep two reports apart; ``links`` keep
    them together whatever the machine says. Returns one Placement per report.
    """
    cfg = cfg or default_config()
    cmp = comparer or Comparer(events, cfg)
    n = len(events)
    keys = [canonical_key(e) for e in events]
    atoms = components(n, links)
    for a in atoms:
        a.sort(key=lambda i: keys[i])
    atoms.sort(key=lambda a: keys[a[0]])
    apart = {frozenset(p) for p in unlinks}
    out: list[Optional[Placement]] = [None] * n
    clusters: list[list[int]] = []
    for atom in atoms:
        best = None  # (score, -cluster, via, member, match)
        for ci, members in enumerate(clusters):
            ok, top = True, None
            for x in atom:
                for m in members:
                    if frozenset((x, m)) in apart:
                        ok = False
                        break
                    r = cmp(x, m)
                    if r.hard:
                        ok = False
                        break
                    if r.joined and (top is None or r.score > top[0]):
                        top = (r.score, x, m, r)
                if not ok:
                    break
            if ok and top is not None and (best is None or top[0] > best[0]):
                best = (top[0], ci) + top[1:]
        if best is None:
            ci = len(clusters)
            clusters.append([])
            head = atom[0]
            out[head] = Placement(ci, reasons=["first report of this incident (earliest in canonical "
                                               "order): no other report agrees with it"])
        else:
            _, ci, x, m, r = best
            head = x
            out[x] = Placement(ci, m, r.score, [f"joined report {events[m].get('event_id')} "
                                               f"({events[m].get('doc_id')})"] + cmp.explain(x, m).reasons)
        for y in atom:
            if y != head:
                out[y] = Placement(ci, head, None, [f"linked by an analyst with report "
                                                    f"{events[head].get('event_id')} ({events[head].get('doc_id')})"])
        clusters[ci].extend(atom)
    return out  # type: ignore[return-value]
