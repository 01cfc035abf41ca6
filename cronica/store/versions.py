"""Document versions: what makes a document "changed", and carrying analysts'
reviews from an old version's events to the new version's (docs/store.md,
"Versions and reviews").

* **Identity.** A document's content hash covers its id, its URL without tracking
  parameters (``utm_*``, ``fbclid``... and the ``#fragment``: :func:`canonical_url`)
  and its normalised text. A URL that differs only by such parameters is the same
  document: no new version.
* **Carrying reviews.** When a document gets a new version, every reviewed event of
  the old version (accepted, rejected, edited) is looked for among the new
  version's events (:func:`plan`), one to one, best match first:

  1. *same evidence*: the evidence sentence is the same (folded);
  2. *same incident*: the dedup rules say both codings describe the same incident
     (:func:`cronica.store.dedup.compare`);
  3. *similar evidence*: compatible types and evidence sharing at least
     ``SIMILAR`` of its words (a sentence that was reworded).

  Found → the decision is carried: the status, and every analyst edit whose field
  the machine still codes as it did in the old version. A field the new text
  changed is a *conflict* (the analyst's value is not applied), and a key field
  that changed under an accept or reject means the decision no longer covers the
  event: either way the event is marked ``needs_review`` (a second look). A
  rejected event stays rejected (out of exports) even then; an accepted one whose
  coding changed goes back to ``unreviewed``. Not found → the decision stays in
  the history of the superseded event, and the new version's unmatched events are
  marked ``needs_review``. Every case is counted in the ingest summary and said in
  one line.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence
from urllib.parse import urlsplit, urlunsplit

from cronica.store import dedup as _dedup
from cronica.store.search import fold

#: Query parameters that track a reader, not name an article (case-insensitive;
#: a trailing ``*`` is a prefix). Sources: Google Analytics (utm_*, _ga, gclid,
#: dclid), Meta (fbclid), Microsoft (msclkid), Mailchimp (mc_cid, mc_eid),
#: Instagram (igshid), Yandex (yclid), HubSpot (_hsenc, _hsmi), Adobe (s_cid).
TRACKING_PARAMS = ("utm_*", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga",
                   "igshid", "yclid", "_hsenc", "_hsmi", "s_cid")
#: Fields whose change in the machine coding means a decision about the old coding
#: no longer covers the new one.
KEY_FIELDS = ("type", "date", "location", "admin1", "actor1", "actor2", "killed", "wounded",
              "kidnapped", "arrested")
#: Share of the evidence words two sentences must have in common to be "similar".
SIMILAR = 0.5
MATCH_ORDER = {"same evidence": 3, "same incident": 2, "similar evidence": 1}
_WORD = re.compile(r"\w+")


def _tracking(key: str) -> bool:
    k = key.lower()
    return any(k.startswith(p[:-1]) if p.endswith("*") else k == p for p in TRACKING_PARAMS)


def canonical_url(url: Optional[str]) -> str:
    """``url`` without tracking parameters and fragment; unchanged when it has none."""
    if not url or ("?" not in url and "#" not in url):
        return url or ""
    parts = urlsplit(url)
    pairs = [p for p in parts.query.split("&") if p]
    kept = [p for p in pairs if not _tracking(p.split("=", 1)[0])]
    if len(kept) == len(pairs) and not parts.fragment and "#" not in url:
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))


def _words(s: Optional[str]) -> set[str]:
    return set(_WORD.findall(fold(s)))


def similarity(a: Optional[str], b: Optional[str]) -> float:
    """Jaccard similarity of the folded words of two evidence sentences."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


@dataclass(slots=True)
class Carry:
    """What happens to the review of one old event."""

    old: Mapping[str, Any]  # the old event: current coding + pk, status, incident_pk
    machine: Mapping[str, Any]  # its machine coding
    new: Optional[int] = None  # index of the matching new event, None if not found
    match: str = ""  # "same evidence" | "same incident" | "similar evidence"
    applied: dict[str, Any] = field(default_factory=dict)  # analyst edits carried
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)  # edits the new text contradicts
    changed: list[str] = field(default_factory=list)  # key fields the new text recodes
    status: str = "unreviewed"  # the new event's status

    @property
    def needs_review(self) -> bool:
        """A second look: something contradicts the decision, the match is only by a
        similar sentence, or the old event was itself still waiting for one."""
        return self.new is not None and bool(self.conflicts or self.changed or self.match == "similar evidence"
                                             or self.old.get("needs_review"))

    def describe(self, doc_id: str, version: int) -> str:
        o = self.old
        what = f"{o['status']} event {o['event_id']} ({o['type']}, {o.get('date') or 'undated'})"
        if self.new is None:
            return (f"{doc_id} version {version}: the {what} of the previous version was not found "
                    "in the new text; its review stays in that event's history and the new "
                    "version's unmatched events need a second look")
        bits = [f"{doc_id} version {version}: carried the review of {what} ({self.match})"]
        if self.applied:
            bits.append("edits kept: " + ", ".join(sorted(self.applied)))
        if self.conflicts:
            bits.append("edits not applied, the new text says otherwise: " + ", ".join(
                f"{k} {c['analyst']!r} vs {c['new_text']!r}" for k, c in sorted(self.conflicts.items())))
        if self.changed:
            bits.append("recoded by the new text: " + ", ".join(self.changed))
        if self.needs_review:
            bits.append(f"status {self.status}, needs a second look")
        return "; ".join(bits)


def _typed(e: Mapping[str, Any]) -> dict[str, Any]:
    """The event with its date window as dates (stored codings hold ISO strings)."""
    out = dict(e)
    for k in ("date_start", "date_end"):
        if isinstance(out.get(k), str):
            out[k] = _dt.date.fromisoformat(out[k][:10])
    return out


def _match(old_m: Mapping[str, Any], new: Mapping[str, Any], cfg: _dedup.DedupConfig) -> tuple[int, float, str]:
    """(tier, tie-break, name) of the best reason to think ``new`` is ``old_m`` again."""
    sim = similarity(old_m.get("evidence"), new.get("evidence"))
    if fold(old_m.get("evidence")) == fold(new.get("evidence")):
        return 3, sim, "same evidence"
    if not cfg.compatible(old_m.get("type") or "", new.get("type") or ""):
        return 0, 0.0, ""
    m = _dedup.compare(_typed(new), _typed(old_m), cfg)
    if m.joined:
        return 2, m.score + sim, "same incident"
    if sim >= SIMILAR:
        return 1, sim, "similar evidence"
    return 0, 0.0, ""


def plan(old: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]], new_rows: Sequence[Mapping[str, Any]],
         editable: Sequence[str], cfg: _dedup.DedupConfig) -> tuple[list[Carry], list[int]]:
    """Match the old version's events (``(current coding, machine coding)`` pairs) to
    the new version's event rows, one to one, best match first; then decide, per
    reviewed old event, which edits carry and whether the event needs a second look.
    Unreviewed old events take part in the matching (so a reviewed event cannot
    take the continuation of another) but carry nothing. Returns the reviewed
    ones' carries and the indexes of the new events that continue no old event."""
    carries = [Carry(o, m) for o, m in old]
    scored = []
    for i, c in enumerate(carries):
        for j, n in enumerate(new_rows):
            tier, tie, name = _match(c.machine, n, cfg)
            if tier:
                scored.append((-tier, -tie, i, j, name))
    scored.sort()
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for _t, _s, i, j, name in scored:
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        carries[i].new, carries[i].match = j, name
    reviewed = [c for c in carries if (c.old.get("revision") or 0) > 0]
    for c in reviewed:
        if c.new is not None:
            _decide(c, new_rows[c.new], editable)
    return reviewed, [j for j in range(len(new_rows)) if j not in taken_new]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    return a == b


def _decide(c: Carry, new: Mapping[str, Any], editable: Sequence[str]) -> None:
    old, machine = c.old, c.machine
    edits = {k: old.get(k) for k in editable if k in machine and not _same(old.get(k), machine.get(k))}
    for k, v in edits.items():
        if _same(new.get(k), machine.get(k)):
            c.applied[k] = v
        else:
            c.conflicts[k] = {"analyst": v, "machine_before": machine.get(k), "new_text": new.get(k)}
    c.changed = [k for k in KEY_FIELDS if k not in edits and not _same(new.get(k), machine.get(k))]
    status = old["status"]
    if status == "edited" and not c.applied:
        status = "unreviewed"  # nothing of the edit survives: the event is the machine's again
    elif status == "accepted" and (c.changed or c.conflicts):
        status = "unreviewed"  # what was accepted is not what the new text says
    c.status = status  # a rejection stays: a false positive must not come back


__all__ = ["Carry", "KEY_FIELDS", "TRACKING_PARAMS", "canonical_url", "plan", "similarity"]
