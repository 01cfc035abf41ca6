"""tolls: casualty figures that no mention of their sentence takes.

An arrest carries no toll of its own (``assemble._assign_counts``); a death or wound told in
the same sentence is either the toll of the incident the arrests followed ("hubo ocho muertos y
dos detenidos", "cinco heridos y doce detenidos") or the crime the arrested are held for
("detuvieron a seis acusados de matar a once pasajeros"). Only the first is a toll.
"""
from __future__ import annotations

from typing import Sequence

_CUSTODY_FAMILIES = ("arrest", "seizure")


def tolls_beside_arrests(sdoc, mentions: Sequence, left: Sequence) -> list:
    """The killed/wounded figures of ``left`` (figures no mention took) in a sentence whose
    mentions are all arrests or seizures, when the figure stands beside the arrest: not inside
    the arrest trigger's phrase (the crime the arrested are held for, "acusados de matar a
    11") and not naming the arrested themselves ("240 detenidos han fallecido")."""
    from cronica.extraction.triggers import FAMILY

    if not mentions or any(m.trigger is None or FAMILY[m.type] not in _CUSTODY_FAMILIES for m in mentions):
        return []
    out = []
    for c in left:
        if c.category not in ("killed", "wounded") or not c.best or c.cumulative or c.several:
            continue
        span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        inside = False
        for m in mentions:
            trig = sdoc[m.trigger.token_i]
            if c.start <= trig.idx < c.end or any(a.i == trig.i for a in span.root.ancestors) \
                    or any(t.i == trig.i for t in span):
                inside = True
                break
        if not inside:
            out.append(c)
    return out
