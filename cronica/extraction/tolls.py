"""tolls: casualty figures that no mention of their sentence takes.

An arrest carries no toll of its own (``assemble._assign_counts``); a death or wound told in
the same sentence is either the toll of the incident the arrests followed ("hubo ocho muertos y
dos detenidos", "cinco heridos y doce detenidos") or the crime the arrested are held for
("detuvieron a seis acusados de matar a once pasajeros"). Only the first is a toll.
"""
from __future__ import annotations

from typing import Sequence

from cronica.extraction.counts import some_of_them

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
        if c.category not in ("killed", "wounded") or c.best is None or c.cumulative or c.several:
            continue
        span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        inside = False
        for m in mentions:
            trig = sdoc[m.trigger.token_i]
            if c.start <= trig.idx < c.end or any(t.i == trig.i for t in span) or (
                    any(a.i == trig.i for a in span.root.ancestors) and not _conjoined_after(span.root, trig)):
                inside = True
                break
        if not inside or _wounded_of_the_arrested(sdoc, c):
            out.append(c)
    return out


def _wounded_of_the_arrested(sdoc, c) -> bool:
    """ "capturados otros tres, uno de ellos herido", "fueron detenidas tres personas, una de ellas
    herida" (corpus train zb-010, r-015, x-005): the arrested wounded in the incident the arrests
    followed are its wounded (the gold counts them there), though the figure hangs on the arrest."""
    return c.category == "wounded" and some_of_them(c, sdoc)


def _conjoined_after(tok, trig) -> bool:
    """``tok`` hangs from the arrest trigger through a conjunct after it ("Seis personas fueron
    detenidas y catorce agentes resultaron heridos", "cinco campesinos fueron detenidos y una mujer
    resultó herida"): a second clause beside the arrest, not a part of its phrase (train l-024,
    dev n-065)."""
    t = tok
    while t.head.i != t.i and t.head.i != trig.i:
        t = t.head
    if t.head.i != trig.i or t.i <= trig.i:
        return False
    # (or a clause of its own after a semicolon, "Los tres fueron detenidos ...; los rehenes no
    # sufrieron lesiones", which the parser may hang on the arrest as an adverbial clause)
    return t.dep_ == "conj" or (t.dep_ in ("advcl", "parataxis") and any(
        w.text == ";" for w in trig.doc[trig.i + 1:t.i]) and any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in t.children))


_TOLL_FAMILIES = ("violent", "protest", "operation")
_SHARED_TOLLS = ("killed", "wounded")


def share_tolls(events: Sequence) -> None:
    """One sentence read as two events of kinds that both carry a toll (a protest and the charge
    that broke it up, an eviction and the clash with the evicted: the same evidence) tells one
    toll: an event without a figure of killed or wounded takes the one its twin has. In place."""
    from cronica.extraction.counts import carries_toll
    from cronica.extraction.triggers import FAMILY

    told = [(ev, {cat: (getattr(ev, cat), getattr(ev, cat + "_sides")) for cat in _SHARED_TOLLS})
            for ev in events if FAMILY.get(ev.type) in _TOLL_FAMILIES]
    for ev, own in told:
        for cat in _SHARED_TOLLS:
            if own[cat][0] is not None or not carries_toll(ev.type, cat):
                continue
            # (not a twin of the same type: members of one counted noun, "la primera ... y otra ...,
            # con dos heridos", each tell their own figures; enumeration.py)
            twin = next((figs[cat] for other, figs in told if other is not ev and figs[cat][0] is not None
                         and other.type != ev.type
                         and (other.evidence.start, other.evidence.end) == (ev.evidence.start, ev.evidence.end)),
                        None)
            if twin is not None:
                setattr(ev, cat, twin[0])
                setattr(ev, cat + "_sides", twin[1])


def _denied_by_body(mentions: Sequence) -> set[str]:
    """Categories the body's report of the incident tells as none ("sin causar víctimas", "no
    hubo heridos"): a headline's figure of one of them is another incident's, the one a roundup
    headline names beside it ("Lanzan explosivo contra un cuartel; en X asesinan a dos hombres")."""
    return {c.category for m in mentions if not m.sentence.headline for c in m.counts
            if c.best == 0 and not c.cumulative and not c.several}


def counts_told(mentions: Sequence) -> list:
    """The figures of an incident's mentions, less a headline's figures of a category whose sum the
    body tells again as one figure under other words ("dos oficiales heridos" over "Dos funcionarios
    ... resultaron heridos"): the same people, not more. A headline's revised toll ("Sube a once
    ...") stays, and so does a headline's list the body tells only in parts ("Un guardia y un
    miembro de ETA mueren" over "murieron el cabo ..."). A headline's figure of a category the
    body tells as none is dropped too (``_denied_by_body``)."""
    body = {(c.category, c.best) for m in mentions if not m.sentence.headline for c in m.counts
            if c.best and not c.cumulative and not c.several}
    head: dict[str, int] = {}
    for m in mentions:
        for c in m.counts if m.sentence.headline else ():
            if c.best and not c.update:
                head[c.category] = head.get(c.category, 0) + c.best
    told = {cat for cat, total in head.items() if (cat, total) in body} | _denied_by_body(mentions)
    return [c for m in mentions for c in m.counts
            if not (m.sentence.headline and c.best and not c.update and c.category in told)]


# a category of figures and the family of incident that owns it when a document tells both apart
_OWNED_BY = {"killed": "violent", "kidnapped": "abduction"}


def split_abduction_tolls(events: Sequence) -> None:
    """A document that tells an abduction and a violent incident apart (people taken, then found
    dead; a kidnapping, then the killing of the hostage) counts each figure once, on the incident
    it belongs to: the dead on the violent incident, the captives on the abduction. A summary
    sentence that tells both ("Hallan sin vida a dos productores secuestrados", "Levantan a tres
    obreros; dos aparecen muertos") lends its figures to whichever incident it joined. The
    abduction gives up a killed figure (to the document's only violent incident when that one
    has none: the bodies found are its dead) and the violent incident a kidnapped figure when an
    abduction has one of its own. The corpus's gold never gives both (train a-399, a-223,
    b-157, c-017; every train, dev and shared document with both families). In place."""
    from cronica.extraction.triggers import FAMILY

    for cat, owner in _OWNED_BY.items():
        owners = [ev for ev in events if FAMILY.get(ev.type) == owner]
        lenders = [ev for ev in events if FAMILY.get(ev.type) == ("abduction" if owner == "violent" else "violent")
                   and getattr(ev, cat) is not None]
        if not owners or not lenders:
            continue
        figured = any(getattr(ev, cat) is not None and getattr(ev, cat).best for ev in owners)
        if not figured and (cat != "killed" or len(owners) > 1 or len(lenders) > 1 or owners[0].killed is not None):
            continue  # (a violent incident's hostages stay its own when no abduction counts them)
        for ev in lenders:
            if not figured:
                _move_count(ev, owners[0], cat)
            _drop_count(ev, cat)


def _move_count(src, dst, cat: str) -> None:
    """``dst`` takes ``src``'s figure of ``cat`` (and its deaths by side and its words)."""
    setattr(dst, cat, getattr(src, cat))
    if cat == "killed":
        dst.killed_sides = src.killed_sides
    if cat in src.extra_spans:
        dst.extra_spans[cat] = src.extra_spans[cat]


def _drop_count(ev, cat: str) -> None:
    setattr(ev, cat, None)
    if cat == "killed":
        ev.killed_sides = None
    ev.extra_spans.pop(cat, None)
