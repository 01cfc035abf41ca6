"""inflect: every form of a Spanish verb or noun, folded (lower case, no accents).

Trigger lexicons name a lemma ("asesinar") and match every inflection of it
("asesinaron", "asesinado", "asesinándolo", "ASESINARON", "asesinaron" written
without accents). The forms are generated here from the regular paradigms plus
the spelling and stem changes a lexicon entry declares, then folded with
``match_key`` so that a text's accents, capitals and "nn" for "ñ" do not matter.
Matching is a set lookup of a token's folded form; offsets never change because
the text itself is never rewritten.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from cronica.text.fold import strip_marks

# endings by tense, person order 1s 2s 3s 1p 2p 3p (folded: no accents)
_AR = {
    "pres": ("o", "as", "a", "amos", "ais", "an"),
    "pret": ("e", "aste", "o", "amos", "asteis", "aron"),
    "impf": ("aba", "abas", "aba", "abamos", "abais", "aban"),
    "fut": ("are", "aras", "ara", "aremos", "areis", "aran"),
    "cond": ("aria", "arias", "aria", "ariamos", "ariais", "arian"),
    "subj": ("e", "es", "e", "emos", "eis", "en"),
    "isubj": ("ara", "aras", "ara", "aramos", "arais", "aran", "ase", "ases", "ase", "asemos", "aseis", "asen"),
}
_ER = {
    "pres": ("o", "es", "e", "emos", "eis", "en"),
    "pret": ("i", "iste", "io", "imos", "isteis", "ieron"),
    "impf": ("ia", "ias", "ia", "iamos", "iais", "ian"),
    "fut": ("ere", "eras", "era", "eremos", "ereis", "eran"),
    "cond": ("eria", "erias", "eria", "eriamos", "eriais", "erian"),
    "subj": ("a", "as", "a", "amos", "ais", "an"),
    "isubj": ("iera", "ieras", "iera", "ieramos", "ierais", "ieran", "iese", "ieses", "iese", "iesemos", "ieseis",
              "iesen"),
}
_IR = dict(_ER, pres=("o", "es", "e", "imos", "is", "en"),
           fut=("ire", "iras", "ira", "iremos", "ireis", "iran"),
           cond=("iria", "irias", "iria", "iriamos", "iriais", "irian"))
_CLITICS = ("lo", "la", "los", "las", "le", "les", "se", "selo", "sela", "selos", "selas", "me", "te", "nos")
_STRESSED = {"pres": (0, 1, 2, 5), "subj": (0, 1, 2, 5)}  # persons whose stem vowel takes the stress


def match_key(s: str) -> str:
    """The form used for matching: lower case, accents and diaeresis dropped, "nn" read as "ñ" (→ "n")."""
    s = strip_marks(s).lower()
    return s.replace("nn", "n") if "nn" in s else s


def _change_stem(stem: str, change: Optional[str]) -> str:
    """Apply a stem-vowel change (ie, ue, i, u) to the last matching vowel of the stem."""
    if not change:
        return stem
    source = {"ie": "e", "ue": "o", "i": "e", "u": "o"}[change]
    k = stem.rfind(source)
    if change == "ue" and k < 0:
        k = stem.rfind("u")  # jugar → juega
    if k < 0:
        return stem
    return stem[:k] + change + stem[k + 1:]


def _soft(stem: str, ending: str, conj: str) -> str:
    """Spelling changes that keep the stem's sound before the ending."""
    if conj == "ar" and ending.startswith("e"):
        if stem.endswith("c"):
            return stem[:-1] + "qu"
        if stem.endswith("g"):
            return stem + "u"
        if stem.endswith("z"):
            return stem[:-1] + "c"
    if conj in ("er", "ir") and ending[:1] in ("a", "o"):
        if stem.endswith("c"):
            return stem[:-1] + ("zc" if stem[-2:-1] in "aeiou" else "z")
        if stem.endswith("gu"):
            return stem[:-1]
        if stem.endswith("g"):
            return stem[:-1] + "j"
    return stem


def _join(stem: str, ending: str, conj: str) -> str:
    stem = _soft(stem, ending, conj)
    # an unstressed i between vowels is written y (destruyó, leyeron, cayendo)
    if conj in ("er", "ir") and stem[-1:] in "aeou" and ending.startswith("i") and len(ending) > 1 \
            and ending[1] in "aeo":
        return stem + "y" + ending[1:]
    return stem + ending


def verb_forms(lemma: str, stem: Optional[str] = None, extra: Iterable[str] = ()) -> dict[str, str]:
    """Every form of a verb, folded, with its kind: finite, participle, gerund or infinitive.

    ``stem`` declares a stem-vowel change ("ie" perder → pierde, "ue" encontrar →
    encuentran, "i" pedir → pide). Irregular forms come as ``extra`` (kind finite).
    """
    lemma = match_key(lemma)
    pronominal = lemma.endswith("se") and lemma[-4:-2] in ("ar", "er", "ir")
    if pronominal:
        lemma = lemma[:-2]
    conj = lemma[-2:]
    if conj not in ("ar", "er", "ir"):
        raise ValueError(f"not a Spanish infinitive: {lemma!r}")
    root = lemma[:-2]
    table = {"ar": _AR, "er": _ER, "ir": _IR}[conj]
    out: dict[str, str] = {}
    uir = conj == "ir" and root.endswith("u") and not root.endswith(("gu", "qu"))
    for tense, endings in table.items():
        for person, ending in enumerate(endings):
            base = root
            if tense in _STRESSED and person % 6 in _STRESSED[tense]:
                base = _change_stem(root, stem)
            elif stem and conj == "ir" and (
                    tense in ("subj",) or (tense == "pret" and person in (2, 5)) or tense == "isubj"):
                base = _change_stem(root, "i" if stem in ("ie", "i") else "u")
            if uir and (tense == "pres" and person in (0, 1, 2, 5) or tense == "subj"):
                base = root + "y"  # destruir → destruyo, destruya
            out.setdefault(_join(base, ending, conj), "finite")
    part = root + ("ado" if conj == "ar" else "ido")
    for suffix in ("", "s"):
        out[part + suffix] = "participle"
        out[part[:-1] + "a" + suffix] = "participle"
    gerund_stem = _change_stem(root, "i" if stem in ("ie", "i") else "u") if stem and conj == "ir" else root
    gerund = _join(gerund_stem, "ando" if conj == "ar" else "iendo", conj)
    out[gerund] = "gerund"
    out[lemma] = "infinitive"
    for clitic in _CLITICS:
        out.setdefault(gerund + clitic, "gerund")
        out.setdefault(lemma + clitic, "infinitive")
    if pronominal:
        out.setdefault(lemma + "se", "infinitive")
    for form in extra:
        out[match_key(form)] = "finite"
    # forms of one or two letters ("da", "de", "di") are other words far more often
    return {f: k for f, k in out.items() if len(f) > 2}


def noun_forms(noun: str) -> dict[str, str]:
    """A noun and its plural, folded (ataque → ataques, explosión → explosiones, cruz → cruces)."""
    n = match_key(noun)
    if n.endswith("z"):
        plural = n[:-1] + "ces"
    elif n[-1:] in "aeiou":
        plural = n + "s"
    elif n.endswith("s") and len(n) > 4 and n[-2] not in "aeiou":
        plural = n
    else:
        plural = n + "es"
    return {n: "noun", plural: "noun"}


@lru_cache(maxsize=65536)
def token_key(text: str) -> str:
    """``match_key`` for one token, cached (tokens repeat across a corpus)."""
    key = _TOKEN_KEYS.get(text)
    if key is None:
        if len(_TOKEN_KEYS) >= 200_000:  # bounded: a corpus has far fewer distinct tokens
            _TOKEN_KEYS.clear()
        key = _TOKEN_KEYS[text] = match_key(text)
    return key


_TOKEN_KEYS: dict[str, str] = {}
