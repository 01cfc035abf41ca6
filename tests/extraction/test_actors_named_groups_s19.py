"""Named groups blamed for THIS act (corpus/README.md, "The doers named by an attribution"), session
19: the kidnappers or bombers placed in a group when they are held ("los detenidos pertenecen a una
célula de X", "sus captores pertenecen a X"), a copula on the doers ("los agresores serían
integrantes de X"), "señalan como responsables a X", a group's claim told by what it took on ("X
reconoció el secuestro", "X, que se adjudicó la acción", "asumió la autoría"), a claim told after the
incident's course and toll, and a gang whose name is also a town's ("Los Lobos"). Sentences written
for these tests (CC0)."""
import pytest

from cronica.extraction.actors import attribution_in
from cronica.nlp.lexicons import load_actors
from cronica.nlp.load import load_nlp

PUBLISHED = "2026-03-10"


def _one(extract, text, types):
    got = [e for e in extract(text, published=PUBLISHED) if e.type in types]
    assert len(got) == 1, got
    return got[0].actor1


def _attribution(sentence):
    doc = load_nlp()(sentence)
    return attribution_in(next(iter(doc.sents)))


@pytest.mark.parametrize("held", [
    "Según la Fiscalía, los detenidos pertenecen a una célula del Tren de Aragua.",
    "El comandante dijo que sus captores pertenecerían al Tren de Aragua.",
    "De acuerdo con la Policía, los detenidos son integrantes del Tren de Aragua.",
])
def test_held_suspects_an_authority_places_in_a_group_name_the_kidnappers(extract, held):
    text = ("Agentes de la Policía de Investigaciones rescataron el sábado a una comerciante de 39 años en una "
            "casa de Maipú. La mujer había sido secuestrada el martes por tres hombres armados al salir de su "
            f"tienda. En el operativo fueron detenidos dos hombres. {held}")
    actor = _one(extract, text, ("kidnapping",))
    assert actor.name == "Tren de Aragua", actor


def test_the_arrested_of_a_bombing_placed_in_a_gang_are_its_doers(extract):
    text = ("La Policía capturó el viernes en Milagro a tres jóvenes acusados de lanzar el explosivo que "
            "estalló el miércoles frente a una ferretería del centro de Guayaquil. "
            "El estallido destruyó la puerta del local y los vidrios de dos casas vecinas. "
            "Según la Policía, los detenidos pertenecen a una facción de Los Tiguerones.")
    actor = _one(extract, text, ("bombing",))
    assert actor.name == "Los Tiguerones", actor


def test_held_suspects_of_a_question_still_open_name_nobody():
    phrase, _ = _attribution("La Policía investiga si los detenidos pertenecen al Tren de Aragua.")
    assert phrase is None


def test_the_arrested_told_as_young_men_name_no_group():
    phrase, _ = _attribution("Según la Policía, los detenidos son jóvenes de 19 y 22 años de Durán.")
    assert phrase is None


@pytest.mark.parametrize("blame", [
    "La Fiscalía informó que los agresores serían presuntos integrantes del Cártel de Sinaloa.",
    "Las autoridades señalan como responsables a integrantes del Cártel de Sinaloa.",
])
def test_an_authority_naming_the_doers_group_names_them(extract, blame):
    text = ("Hombres armados mataron el domingo a dos policías municipales en una brecha de Badiraguato, "
            f"Sinaloa. {blame}")
    actor = _one(extract, text, ("killing", "attack", "ambush"))
    assert actor.name is not None and "Sinaloa" in actor.name, actor


@pytest.mark.parametrize("claim, name", [
    ("El Ejército de Liberación Nacional reconoció el secuestro en un comunicado.",
     "Ejército de Liberación Nacional"),
    ("En la vía quedó un lienzo de la Coordinadora Arauco Malleco, que días después se adjudicó la acción.",
     "Coordinadora Arauco Malleco"),
    ("La Coordinadora Arauco Malleco asumió la autoría del ataque en un comunicado.",
     "Coordinadora Arauco Malleco"),
])
def test_a_group_taking_on_the_act_claims_it(claim, name):
    phrase, kind = _attribution(claim)
    assert kind == "claimed" and name.split()[-1] in phrase.text, (phrase, kind)


@pytest.mark.parametrize("sentence", [
    "Los familiares reconocieron el cuerpo en la morgue de Tumaco.",
    "La Fiscalía asumió la investigación del caso.",
    "La organización, que se ha adjudicado otros ataques en la zona, no se pronunció.",
])
def test_what_is_no_claim_of_the_act(sentence):
    _, kind = _attribution(sentence)
    assert kind != "claimed"


def test_a_signed_banner_told_after_the_course_and_the_toll_names_the_doers(extract):
    text = ("Un grupo de encapuchados quemó el lunes dos camiones y una grúa de una empresa forestal en un "
            "fundo de Lumaco, en La Araucanía.\n\n"
            "Los atacantes redujeron al guardia del predio y rociaron las máquinas con bencina. "
            "Cuando llegó Carabineros, les dispararon desde un cerro. "
            "Ningún funcionario resultó herido.\n\n"
            "Junto a las máquinas quedó un lienzo firmado por la Weichan Auka Mapu.")
    actor = _one(extract, text, ("attack",))
    assert actor.name is not None and "Weichan" in actor.name, actor


def test_a_claim_told_after_another_incident_is_that_ones(extract):
    text = ("Un grupo de encapuchados quemó el lunes dos camiones de una empresa forestal en un fundo de "
            "Lumaco, en La Araucanía. Los atacantes redujeron al guardia del predio. "
            "Ningún trabajador resultó herido.\n\n"
            "El martes, otro grupo disparó contra una patrulla de Carabineros en Ercilla. "
            "Los agentes no sufrieron heridas. "
            "Allí quedó un lienzo firmado por la Weichan Auka Mapu.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "attack" and "camiones" in e.evidence.text]
    assert got and "Weichan" not in (got[0].actor1.name or ""), got


def test_a_gang_whose_name_is_a_towns_is_a_gang_after_con(extract):
    text = ("Cuatro mineros murieron el martes cuando hombres armados entraron a un campamento de Ponce "
            "Enríquez, en el Azuay. Fuentes policiales vinculan el ataque con Los Lobos, que cobran a los "
            "mineros una cuota semanal.")
    actor = _one(extract, text, ("attack", "killing"))
    assert actor.name is not None and "Los Lobos" in actor.name, actor


def test_members_of_a_group_the_police_link_with_the_act_name_its_doers(extract):
    text = ("Tres hombres fueron asesinados a tiros el sábado en una cancha de Durán, cuando sujetos encapuchados "
            "llegaron en dos motos y dispararon contra los jugadores. "
            "El lunes, la Policía detuvo en una casa del mismo barrio a cuatro presuntos integrantes de Los "
            "Tiguerones, a quienes vincula con el ataque a la cancha.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "killing")]
    assert got and got[0].actor1.name == "Los Tiguerones", got


def test_members_linked_with_other_things_name_no_doer():
    phrase, _ = _attribution("La Policía detuvo a cuatro integrantes de Los Tiguerones, a quienes vincula con "
                             "la venta de droga en el barrio.")
    assert phrase is None


def test_doers_described_in_a_witness_account_give_way_to_the_group_that_signed(extract):
    text = ("Un grupo armado secuestró el viernes a un peón de una estancia de Yby Yaú, en Concepción. "
            "Su hermano contó que unos cinco hombres con ropa camuflada entraron a la casa y se lo llevaron. "
            "En el galpón quedaron panfletos firmados por el Ejército del Pueblo Paraguayo.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "kidnapping"]
    assert got and all(e.actor1.name == "Ejército del Pueblo Paraguayo" for e in got), got


def test_a_units_full_name_holds_no_group():
    found = load_actors().find("agentes de la Dirección Policial Anti Maras y Pandillas contra el Crimen "
                               "Organizado capturaron a dos hombres", "HN")
    assert "Policía Nacional de Honduras" in [e.name for _, _, e in found]
    assert not any(e.inter in (2, 3, 4) for _, _, e in found), found


def test_a_portuguese_name_cut_by_the_parser_is_still_the_group():
    found = load_actors().find("una célula del Primeiro Comando", "PY")
    assert [e.name for _, _, e in found] == ["Primer Comando da Capital (Paraguay)"]


def test_kidnappers_told_only_acting_after_the_kidnapping_are_its_doers(extract):
    text = ("Una profesora de 41 años que había sido secuestrada el lunes en Trujillo fue liberada el jueves "
            "en un descampado de La Esperanza. Los captores pidieron 80.000 soles a su esposo por teléfono.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "kidnapping"]
    assert got and (got[0].actor1.as_written or "").lower() == "los captores", got


def test_captors_of_a_named_group_stay_that_group(extract):
    text = ("Una profesora de 41 años que había sido secuestrada el lunes en Trujillo fue liberada el jueves "
            "en un descampado de La Esperanza. Los captores pidieron 80.000 soles a su esposo por teléfono. "
            "Según la Policía, los captores pertenecen a Los Pulpos.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "kidnapping"]
    assert got and "Pulpos" in (got[0].actor1.name or ""), got


@pytest.mark.parametrize("blame, word", [
    # "a X" parsed as a modifier of the act's noun
    ("Los investigadores atribuyen el asesinato a integrantes de la pandilla Barrio 18, que cobra una cuota "
     "a los transportistas.", "Barrio 18"),
    # the group's name split off its head noun by the parser
    ("La brigada atribuyó el hostigamiento al frente Dagoberto Ramos de las disidencias de las FARC, que "
     "disputa la zona con otras facciones.", "Dagoberto Ramos"),
])
def test_a_blame_whose_group_the_parser_splits_still_names_it(blame, word):
    phrase, kind = _attribution(blame)
    assert kind == "blamed" and word in phrase.text, (phrase, kind)


def test_a_blame_of_a_series_is_not_a_blame_of_this_act(extract):
    text = ("Un grupo de jóvenes encapuchados quemó el viernes un autobús urbano en un barrio de Vitoria, después "
            "de obligar a bajar al conductor. Los atacantes lanzaron dos cócteles molotov. No hubo heridos. "
            "El vehículo quedó destruido. La Ertzaintza no detuvo a nadie. Es el cuarto autobús quemado este "
            "año, en una ola de sabotajes que los partidos atribuyen a ETA.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "attack"]
    assert got and "ETA" not in (got[0].actor1.name or ""), got
