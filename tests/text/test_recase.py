"""recase: spans written all in capitals are given to the parser in sentence case, the names the
data knows in their case, every character in its place. Sentences written for these tests."""
from cronica.text.recase import KnownNames, capital_spans, recase

_PLACES = {"tumbes": ("Tumbes", True, True), "zarumilla": ("Zarumilla", True, False),
           "aguas verdes": ("Aguas Verdes", True, False), "puerto pizarro": ("Puerto Pizarro", False, False),
           "el centro": ("El Centro", False, False), "emboscada": ("Emboscada", False, False)}
# the common words and verb forms the pipeline takes from the model's lemmas and the lexicons
_LEMMAS = ("emboscada centro soldado puerto hombre armado comerciante dirigente plaza marcha cuatro herido "
           "agente enfrentado nexo vecino anoche moto policía urgente poblado muerto bus ruta "
           "grupo sicario caserío palma rey").split()
_FORMS = {"matan", "detuvieron", "tres", "dos", "deja", "negaron", "denuncian", "compartan", "incendian"}
KNOWN = KnownNames.from_aliases(
    ["ELN", "PNP", "CJNG", "MS-13", "Policía Nacional del Perú", "Clan del Golfo", "sicarios"],
    place=_PLACES.get, common=_LEMMAS, lexical=_FORMS.__contains__)


def _same_but_case(a: str, b: str) -> bool:
    return len(a) == len(b) and all(x == y or x.lower() == y.lower() for x, y in zip(a, b))


def test_a_headline_in_capitals_is_written_in_sentence_case():
    text = "HOMBRES ARMADOS MATAN A TRES COMERCIANTES EN ZARUMILLA"
    out = recase(text, KNOWN)
    assert out == "Hombres armados matan a tres comerciantes en Zarumilla"
    assert _same_but_case(out, text)


def test_accents_stay_and_only_the_case_changes():
    text = "DETUVIERON A UN DIRIGENTE EN LA PLAZA DE TUMBES TRAS LA MARCHA DEL MIÉRCOLES; HUBO CUATRO HERIDOS."
    out = recase(text, KNOWN)
    assert _same_but_case(out, text)
    assert "miércoles" in out and "Tumbes" in out and out.startswith("Detuvieron a un dirigente")


def test_acronyms_and_known_names_keep_their_case():
    text = "LA PNP Y AGENTES DEL CJNG SE ENFRENTARON; LA MS-13 Y EL ELN NEGARON NEXOS (SENAFRONT) CON EL CLAN DEL GOLFO."
    out = recase(text, KNOWN)
    for name in ("PNP", "CJNG", "MS-13", "ELN", "(SENAFRONT)", "Clan del Golfo"):
        assert name in out
    assert "se enfrentaron" in out and "negaron nexos" in out


def test_a_whole_post_in_capitals_opens_each_sentence_with_a_capital():
    text = ("URGENTE!! VECINOS DE AGUAS VERDES DENUNCIAN QUE ANOCHE QUEMARON DOS MOTOS. "
            "LA POLICÍA NACIONAL DEL PERÚ NO LLEGÓ. COMPARTAN")
    out = recase(text, KNOWN)
    assert out.startswith("Urgente!! Vecinos de Aguas Verdes denuncian que anoche quemaron dos motos. ")
    assert "La Policía Nacional del Perú no llegó." in out
    assert _same_but_case(out, text)


def test_a_place_list_closing_a_bulletin_entry_is_a_list_of_names():
    text = ("Un grupo de sicarios asesino el 2 de marzo a un comerciante en su tienda.\n"
            "TUMBES - ZARUMILLA - CASERIO LA PALMA DE LOS REYES")
    out = recase(text, KNOWN)
    assert out.splitlines()[0] == text.splitlines()[0]  # ordinary text is left as written
    assert out.splitlines()[1] == "Tumbes - Zarumilla - Caserio la Palma de los Reyes"


def test_common_words_are_not_taken_for_towns_of_their_name():
    out = recase("EMBOSCADA EN EL CENTRO POBLADO DEJA DOS SOLDADOS MUERTOS", KNOWN)
    assert out == "Emboscada en el centro poblado deja dos soldados muertos"


def test_the_documents_own_capitalised_words_are_restored():
    context = "INCENDIAN BUS EN LA RUTA A CHAQUIPAMPA\nEl bus salía de Chaquipampa hacia la costa."
    assert recase(context, KNOWN, context).splitlines()[0] == "Incendian bus en la ruta a Chaquipampa"


def test_a_persons_name_is_written_as_a_name():
    text = "DETUVIERON AL DIRIGENTE ROMUALDO QUISPE HUAMANÍ EN LA PLAZA; HUBO DOS HERIDOS."
    out = recase(text, KNOWN)
    assert "al dirigente Romualdo Quispe Huamaní en la plaza" in out and "dos heridos" in out


def test_a_place_named_by_the_entrys_place_list_is_written_as_a_name():
    text = "SICARIOS BALEARON A UN COMERCIANTE EN EL CASERIO LA PALMA DE LOS REYES.\nTUMBES - ZARUMILLA - CASERIO LA PALMA DE LOS REYES"
    assert recase(text, KNOWN).startswith("Sicarios balearon a un comerciante en el caserio La Palma de los Reyes.")


def test_text_without_capitals_is_returned_as_it_is():
    text = "La Policía detuvo a dos hombres en Tumbes. El ELN negó el hecho; la PNP informó."
    assert recase(text, KNOWN) is text
    assert capital_spans("LIMA, 3 mar (Agencia).- La policía detuvo a dos hombres.") == []
