"""The one mapping table (data/taxonomy.yaml): its document, its coverage, the codebook rules,
and every ACLED sub-event type reached from a Spanish sentence written for this test."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from cronica import extract
from cronica.model import EVENT_TYPES
from cronica.taxonomy import (FAMILY, _load, acled_sub_event_types, codes_for, plover_mode_for, render_markdown,
                              variant_names)

ROOT = Path(__file__).resolve().parent.parent

# The ACLED codebook's 6 event types and 25 sub-event types.
ACLED_25 = {
    ("Battles", "Armed clash"), ("Battles", "Government regains territory"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Explosions/Remote violence", "Chemical weapon"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Suicide bomb"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Explosions/Remote violence", "Grenade"),
    ("Violence against civilians", "Sexual violence"), ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
    ("Protests", "Excessive force against protesters"),
    ("Riots", "Violent demonstration"), ("Riots", "Mob violence"),
    ("Strategic developments", "Agreement"), ("Strategic developments", "Arrests"),
    ("Strategic developments", "Change to group/activity"), ("Strategic developments", "Disrupted weapons use"),
    ("Strategic developments", "Headquarters or base established"),
    ("Strategic developments", "Looting/property destruction"),
    ("Strategic developments", "Non-violent transfer of territory"), ("Strategic developments", "Other"),
}


def test_the_document_is_the_rendering_of_the_table():
    doc = (ROOT / "docs" / "event-types.md").read_text(encoding="utf-8")
    assert doc == render_markdown(), "run: cronica taxonomy render -o docs/event-types.md"


def test_render_command_writes_the_document(tmp_path):
    from cronica.cli.main import cli

    out = tmp_path / "types.md"
    result = CliRunner().invoke(cli, ["taxonomy", "render", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_markdown()


def test_codes_command_and_its_errors():
    from cronica.cli.main import cli

    ok = CliRunner().invoke(cli, ["taxonomy", "codes", "bombing", "--variant", "aerial"])
    assert ok.exit_code == 0 and '"cameo": "195"' in ok.output and "Air/drone strike" in ok.output
    bad = CliRunner().invoke(cli, ["taxonomy", "codes", "bombing", "--variant", "sexual"])
    assert bad.exit_code == 1 and "no variant" in bad.output


def test_every_acled_sub_event_type_is_in_the_table_and_reached():
    table = {(e, s) for _, e, s in acled_sub_event_types()}
    assert table == ACLED_25
    reached = set()
    for t in EVENT_TYPES:
        for variants in [()] + [(v,) for v in variant_names(t)]:
            for inter in (None, 7):
                c = codes_for(t, inter, variants)
                reached.add((c.event_type, c.sub_event_type))
    assert reached == ACLED_25


def test_disorder_type_follows_the_event_type():
    disorder = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
                "Violence against civilians": "Political violence", "Protests": "Demonstrations",
                "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
    for d, e, _ in acled_sub_event_types():
        assert disorder[e] == d


def test_cameo_codes_are_codebook_codes_with_a_consistent_root():
    table = _load()
    for code, (label, plover, _mode) in table.cameo.items():
        assert code.isdigit() and 3 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20, code
        assert label and plover in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                                    "ASSAULT"}
    for t in EVENT_TYPES:
        for v in (None,) + variant_names(t):
            c = codes_for(t, variants=[v] if v else [])
            if c.cameo:
                # the root is the first two digits; the PLOVER type and mode follow the code
                assert c.cameo in table.cameo and plover_mode_for(c.cameo) == c.plover_mode


@pytest.mark.parametrize("fine_type,variants,cameo", [
    ("killing", [], "190"),  # "killings of any kind when the weapons used are not specified"
    ("killing", ["firearm"], "193"),  # a shooting is 193 whatever the victims, unless the victim holds an office
    ("killing", ["firearm", "prominent"], "186"),  # 186 by "the position the victim held", whatever the means
    ("killing", ["blade", "prominent"], "186"),
    ("attack", ["firearm"], "193"),
    ("attack", ["firearm", "prominent"], "185"),  # attempt to assassinate: the office holder survives
    ("killing", ["prominent"], "186"),  # assassination of a politically significant person
    ("killing", ["physical"], "1823"),  # killed without weapons ("beating, torture, lynching")
    ("killing", ["blade"], "180"),  # the codebook's own 180 example is a machete killing
    ("killing", ["blade", "physical"], "180"),  # "a golpes de machete": the blade is the weapon
    ("attack", ["blade"], "180"),
    ("attack", ["physical"], "182"),
    ("killing", ["massacre"], "202"),  # a massacre told without its means
    ("killing", ["massacre", "firearm"], "193"),  # five shot in a bar: the means' code
    ("bombing", ["landmine"], "193"),  # "Minefield casualties ... are coded as 193"
    ("attack", ["landmine", "explosive"], "193"),
    ("bombing", ["roadside"], "1833"),  # a charge "left along the roads"
    ("bombing", ["vehicle", "roadside"], "1832"),
    ("bombing", ["landmine", "roadside"], "193"),
    ("bombing", ["mortar"], "193"),  # mortars are light weapons
    ("bombing", ["shelling", "mortar"], "194"),  # heavy weaponry takes precedence
    ("armed_clash", ["mortar", "firearm"], "193"),
    ("threat", [], "1383"),  # threaten unconventional violence (a death threat)
    ("seizure", [], "1711"),  # confiscate property
    ("kidnapping", [], "181"),  # abduct, hijack, take hostage
    ("arrest", [], "173"),
    ("bombing", ["suicide"], "1831"),
    ("bombing", ["vehicle"], "1832"),
    ("bombing", ["aerial"], "195"),
    ("bombing", ["shelling"], "194"),
    ("protest", ["strike"], "143"),
    ("protest", ["violent"], "145"),
    ("agreement", ["ceasefire"], "0871"),
    ("property_destruction", [], "1712"),
])
def test_cameo_follows_the_codebook(fine_type, variants, cameo):
    assert codes_for(fine_type, variants=variants).cameo == cameo


def test_plover_type_and_mode():
    c = codes_for("killing", variants=["firearm"])
    assert (c.plover, c.plover_mode) == ("ASSAULT", "firearms")
    c = codes_for("arrest")
    assert (c.plover, c.plover_mode) == ("COERCE", "arrest")
    c = codes_for("protest", variants=["strike"])
    assert (c.plover, c.plover_mode) == ("PROTEST", "boycott")
    assert codes_for("threat").plover == "THREATEN"


def test_variants_win_over_the_civilian_override_where_the_means_decide():
    # an air strike on civilians stays an explosion/remote-violence event; a shooting of civilians is an attack on them
    assert codes_for("attack", 7, ["aerial"]).sub_event_type == "Air/drone strike"
    assert codes_for("attack", 7, ["firearm"]).event_type == "Violence against civilians"
    assert codes_for("attack", 1, ["firearm"]).event_type == "Battles"


def test_families_come_from_the_table():
    assert FAMILY["killing"] == FAMILY["bombing"] == "violent"
    assert FAMILY["kidnapping"] == FAMILY["disappearance"] == "abduction"
    assert set(FAMILY) == set(EVENT_TYPES)


# One sentence of our own per ACLED sub-event type, through the whole pipeline.
SUB_EVENT_SENTENCES = [
    ("Armed clash", "El 4 de marzo de 2023 soldados del Ejército y disidentes de las FARC se enfrentaron durante "
                    "varias horas en la vereda La Esperanza, en el Cauca."),
    ("Government regains territory", "El 9 de junio de 2022 el Ejército retomó el control del municipio de Santa Rita "
                                     "después de dos días de combates con la guerrilla."),
    ("Non-state actor overtakes territory", "El 12 de enero de 2021 un grupo armado tomó el control del caserío de "
                                            "Puerto Nuevo y expulsó a la policía."),
    ("Chemical weapon", "El 3 de abril de 2019 la aviación lanzó armas químicas sobre un barrio de la ciudad, según "
                        "los socorristas."),
    ("Air/drone strike", "El 8 de agosto de 2024 un dron lanzó explosivos sobre una base militar en el Catatumbo y "
                         "dejó dos soldados heridos."),
    ("Suicide bomb", "El 15 de mayo de 2017 un atacante suicida hizo estallar un chaleco explosivo frente a una "
                     "comisaría."),
    ("Shelling/artillery/missile attack", "El 2 de febrero de 2020 la guerrilla lanzó cilindros bomba contra la "
                                          "estación de policía del pueblo."),
    ("Remote explosive/landmine/IED", "El 21 de octubre de 2022 un artefacto explosivo estalló al paso de un camión "
                                      "militar en la carretera."),
    ("Grenade", "El 30 de julio de 2021 sicarios lanzaron una granada contra un bar del centro y hirieron a cuatro "
                "personas."),
    ("Sexual violence", "El 6 de noviembre de 2020 paramilitares violaron a una adolescente en una finca de la vereda."),
    ("Attack", "El 14 de febrero de 2023 hombres armados asesinaron a un campesino en su vivienda de la vereda El "
               "Porvenir."),
    ("Abduction/forced disappearance", "El 1 de septiembre de 2021 un grupo armado secuestró a dos ingenieros de una "
                                       "empresa petrolera."),
    ("Peaceful protest", "El 5 de mayo de 2022 cientos de maestros marcharon por el centro de la capital para exigir "
                         "aumentos salariales."),
    ("Protest with intervention", "El 18 de junio de 2021 la policía dispersó con gases lacrimógenos una protesta de "
                                  "estudiantes frente al ministerio."),
    ("Excessive force against protesters", "El 22 de abril de 2018 la policía disparó balas contra una marcha de "
                                           "jubilados y un manifestante murió."),
    ("Violent demonstration", "El 11 de octubre de 2019 una protesta terminó en disturbios: los manifestantes "
                              "apedrearon la alcaldía y quemaron dos patrullas."),
    ("Mob violence", "El 27 de agosto de 2020 una turba de vecinos linchó a dos hombres acusados de robar en el "
                     "mercado."),
    ("Agreement", "El 3 de agosto de 2023 el gobierno y la guerrilla firmaron un acuerdo de cese al fuego bilateral."),
    ("Arrests", "El 10 de marzo de 2022 la policía capturó a tres presuntos integrantes de una banda de "
                "extorsionistas."),
    ("Change to group/activity", "El 7 de julio de 2021 el Ejército lanzó una ofensiva contra los campamentos del grupo "
                                 "en la sierra."),
    ("Disrupted weapons use", "El 19 de enero de 2024 los militares incautaron fusiles y granadas en un depósito "
                              "clandestino."),
    ("Headquarters or base established", "El 4 de diciembre de 2022 la Marina instaló una base flotante en el río "
                                         "fronterizo."),
    ("Looting/property destruction", "El 16 de marzo de 2021 hombres armados saquearon las tiendas del caserío y se "
                                     "llevaron el ganado."),
    ("Non-violent transfer of territory", "El 28 de mayo de 2020 la guerrilla cedió el control del pueblo a la policía "
                                          "sin combates."),
    ("Other", "El 2 de octubre de 2022 un grupo armado amenazó de muerte a los miembros de la junta comunal."),
]


def test_one_sentence_per_acled_sub_event_type():
    assert {s for s, _ in SUB_EVENT_SENTENCES} == {s for _, s in ACLED_25}


@pytest.mark.parametrize("sub_event,text", SUB_EVENT_SENTENCES, ids=[s for s, _ in SUB_EVENT_SENTENCES])
def test_each_acled_sub_event_type_is_reached_from_spanish(sub_event, text):
    events = extract(text)
    assert sub_event in {e.sub_event_type for e in events}, [(e.type, e.sub_event_type) for e in events]
    for e in events:
        assert e.cameo is None or e.cameo in _load().cameo


@pytest.mark.parametrize("fine_type", [t for t in EVENT_TYPES if _load().types[t].get("example")])
def test_documented_examples_are_typed_as_documented(fine_type):
    text = _load().types[fine_type]["example"]
    assert fine_type in {e.type for e in extract(text)}, text


def test_plover_export_carries_the_mode_of_the_cameo_code():
    from cronica.export.plover import convert

    row = convert({"id": 1, "plover": "ASSAULT", "cameo": "193", "iso": 170}, "event")
    assert (row["event_type"], row["mode"]) == ("ASSAULT", "firearms")
    assert convert({"id": 2, "plover": None, "cameo": None}, "event")["mode"] is None


#: the readings decided in session 20 (corpus/README.md, "CAMEO codes"): the codes each weighs, and the one kept
READINGS = [
    (("180", "190", "186"), ("killing", [], "190")),
    (("1823", "180"), ("killing", ["blade"], "180")),
    (("186", "193", "180", "1823"), ("killing", ["firearm", "prominent"], "186")),
    (("138", "1383"), ("other", ["threat"], "1383")),
    (("183", "1833", "193"), ("bombing", ["landmine"], "193")),
    (("183", "1833"), ("bombing", ["roadside", "explosive"], "1833")),
    (("194", "193"), ("bombing", ["mortar"], "193")),
    (("202",), ("killing", ["massacre", "firearm"], "193")),
]


def test_codebook_readings_are_rendered_with_the_codes_they_weigh():
    """The readings where the CAMEO labels leave a choice are data in the table, quote the codebook, and
    appear in the rendered document, each with the codes it weighs; the code kept is the one codes_for gives."""
    readings = _load().readings
    assert len(readings) == len(READINGS)
    doc = render_markdown()
    assert "## Codebook readings" in doc
    for (codes, (fine_type, variants, kept)), (question, reading) in zip(READINGS, readings):
        assert all(c in question for c in codes) and reading in doc
        assert '"' in reading  # each reading quotes the codebook's own words
        assert kept in reading and codes_for(fine_type, variants=variants).cameo == kept


def test_displacement_and_confinement_orders_have_their_codes():
    assert codes_for("other", variants=["displacement"]).cameo == "201"
    assert codes_for("other", variants=["confinement"]).cameo == "191"
