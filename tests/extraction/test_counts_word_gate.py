"""find_counts skips a word that starts no casualty phrase and has no single-word role: such a
word never has a role (the gate never skips a figure the full test finds)."""
from cronica.extraction.counts import _PHRASE_POS, _roles_of, _single_role

_TEXTS = (
    "Tres soldados murieron y otros dos resultaron heridos cuando una columna atacó la base.",
    "Los secuestradores liberaron a los rehenes; dos detenidos fueron trasladados a la fiscalía.",
    "Le dieron muerte a un comunero y perdieron la vida cuatro policías en la emboscada.",
    "Hubo 12 fallecidos, 30 lesionados y un desaparecido tras el ataque con explosivos.",
    "Intentaron matar al alcalde, pero nadie resultó herido; los asesinos huyeron.",
    "La masacre dejó nueve muertos, entre ellos dos menores asesinados a tiros.",
)


def test_skipped_words_have_no_role(nlp):
    skipped = kept = 0
    for text in _TEXTS:
        for tok in nlp(text):
            if tok.pos_ not in _PHRASE_POS and _single_role(tok.lower_) is None:
                skipped += 1
                assert list(_roles_of(tok)) == [], tok.text
            elif list(_roles_of(tok)):
                kept += 1
    assert skipped > 40 and kept >= 10  # (most words skipped; the casualty words still read)
