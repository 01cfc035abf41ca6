"""A story is a sports story when it holds enough different sports words and names no weapon; the
weapon is looked up first (most conflict stories name one), which must decide exactly as before."""
import pytest

from cronica.extraction.triggers import _sports_document, load_filters
from cronica.nlp.inflect import match_key
from cronica.nlp.load import doc_text

TEXTS = [
    "El ciclista atacó en la última etapa, dejó atrás al pelotón y subió al podio de la clasificación general.",
    "El ciclista atacó en la última etapa con un arma de fuego, dejó atrás al pelotón y subió al podio.",
    "Sicarios armados atacaron a un ciclista tras la etapa; el pelotón se detuvo.",
    "Una patrulla fue emboscada en la quebrada; murieron dos soldados.",
    "El delantero marcó dos goles y el equipo ganó 3-1 el clásico; el portero atajó un penal en el estadio.",
    "",
]


def _reference(doc, cues) -> bool:
    """The decision written as before the reordering: sports words counted, then the weapon."""
    key = match_key(doc_text(doc))
    sports = next((p for sense, p in cues.other_senses if sense == "sports"), None)
    found = {m.group(0) for p in (sports, cues.sports_document_cues) if p is not None for m in p.finditer(key)}
    if cues.sports_scores is not None and cues.sports_scores.search(key):
        found.add("(a match score)")
    return len(found) >= cues.sports_document_min and not cues.weapon_cues.search(key)


@pytest.mark.parametrize("text", TEXTS)
def test_sports_story_decided_as_before(nlp, text):
    cues = load_filters()
    doc = nlp(text)
    assert _sports_document(doc, cues) == _reference(doc, cues)


def test_a_sports_story_without_weapons_is_one_and_with_a_weapon_is_not(nlp):
    cues = load_filters()
    assert _sports_document(nlp(TEXTS[0]), cues) is True
    assert _sports_document(nlp(TEXTS[1]), cues) is False
