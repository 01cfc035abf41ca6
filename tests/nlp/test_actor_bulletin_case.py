"""Actor names as bulletins write them: without accents ("Ejercito de Liberacion Nacional") or
wholly in capitals ("CLAN DEL GOLFO"), found with their offsets in the original text; a
capitalised alias still does not match a common lower-case word ("el sendero")."""
import pytest

from cronica.nlp.lexicons import load_actors


@pytest.fixture(scope="module")
def lex():
    return load_actors()


@pytest.mark.parametrize("text,country,name,span", [
    ("Paramilitares del CLAN DEL GOLFO dieron muerte a un campesino", "CO",
     "Clan del Golfo (Ejército Gaitanista de Colombia)", "CLAN DEL GOLFO"),
    ("Guerrilleros del Ejercito de Liberacion Nacional quemaron un bus", "CO",
     "Ejército de Liberación Nacional (Colombia)", "Ejercito de Liberacion Nacional"),
    ("MIEMBROS DEL TREN DE ARAGUA SECUESTRARON A UN COMERCIANTE", "VE", "Tren de Aragua", "TREN DE ARAGUA"),
    ("Soldados del batallon Atlacatl entraron al caserio", "SV", "Fuerza Armada de El Salvador", "Atlacatl"),
    ("La Policia Nacional del Peru capturo a dos senderistas", "PE", "Policía Nacional del Perú",
     "Policia Nacional del Peru"),
    ("SENDERO LUMINOSO ATACO UNA PATRULLA", "PE", "Sendero Luminoso", "SENDERO LUMINOSO"),
])
def test_bulletin_spellings_find_the_actor(lex, text, country, name, span):
    found = lex.best_in(text, country)
    assert found is not None
    start, end, entry = found
    assert (entry.name, text[start:end]) == (name, span)


def test_a_capitalised_alias_does_not_match_a_lower_case_common_word(lex):
    assert all(e.name != "Sendero Luminoso" for _, _, e in lex.find("caminaron por el sendero del bosque", "PE"))


def test_short_words_in_capitals_are_not_read_as_capitalised_aliases(lex):
    # "Sin" (a dateline abbreviation elsewhere) or a three-letter word in a headline is not an alias
    # unless the alias itself is written in capitals (acronyms such as "ELN" match as written)
    assert [e.name for _, _, e in lex.find("GUERRILLEROS DEL ELN", "CO")] == \
        ["Ejército de Liberación Nacional (Colombia)"]
