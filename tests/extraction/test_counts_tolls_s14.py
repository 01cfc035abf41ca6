"""counts, session 14 (helper wounded2): one toll for one incident.

- One sentence read as two events of toll-carrying kinds (a protest and the charge that broke it
  up) tells one toll: the twin without a figure takes it (``tolls.share_tolls``).
- A story of a revised toll: the first report's dead plus the wounded who died since make up the
  figure told, so those deaths are inside it (not added to the dead nor taken off the wounded); a
  first report told in the pluperfect ("había informado de ...") is a preliminary figure; "los otros
  tres heridos" after a first report's figure replaces it.
Sentences written for these tests."""
import pytest

from cronica.extraction.counts import load_count_cues
from cronica.extraction.tolls import share_tolls
from cronica.model import Count, Event, Span


def _event(etype: str, start: int, end: int, killed=None, wounded=None) -> Event:
    return Event("t", etype, Span(start, end, "x" * (end - start)), killed=killed, wounded=wounded)


def test_twin_read_from_the_same_sentence_takes_the_toll():
    protest = _event("protest", 0, 80, wounded=Count(5, 5, 5))
    charge = _event("security_operation", 0, 80)
    share_tolls([protest, charge])
    assert charge.wounded == Count(5, 5, 5)
    assert charge.killed is None and protest.killed is None


def test_each_twin_keeps_its_own_figure_and_takes_only_what_it_lacks():
    a = _event("attack", 0, 60, killed=Count(2, 2, 2))
    b = _event("protest", 0, 60, killed=Count(1, 1, 1), wounded=Count(4, 4, 4))
    share_tolls([a, b])
    assert a.killed == Count(2, 2, 2) and a.wounded == Count(4, 4, 4)
    assert b.killed == Count(1, 1, 1)


def test_no_toll_shared_with_another_sentence_nor_with_an_arrest():
    attack = _event("attack", 0, 60, wounded=Count(3, 3, 3))
    later = _event("protest", 61, 120)
    arrest = _event("arrest", 0, 60)
    share_tolls([attack, later, arrest])
    assert later.wounded is None
    assert arrest.wounded is None


@pytest.mark.parametrize("text,expected", [
    # the first report's nine dead and the two wounded who died since are the eleven told
    ("Once reos murieron y ocho quedaron heridos en la riña del penal, según el balance del martes. "
     "El primer reporte hablaba de nueve fallecidos. Dos de los heridos murieron en la noche en el hospital.",
     {"killed": 11, "wounded": 8}),
    # the same, the first report told in the pluperfect
    ("Once reos murieron y ocho quedaron heridos en la riña del penal, según el balance del martes. "
     "El domingo, la policía había reportado nueve fallecidos. Dos de los heridos murieron en la noche.",
     {"killed": 11, "wounded": 8}),
    # the remaining wounded after a first report's figure replace it
    ("Tres militares murieron en el combate del jueves. En un primer comunicado, el Ejército había "
     "informado de un soldado muerto y cinco heridos. Los otros tres heridos están estables.",
     {"killed": 3, "wounded": 3}),
])
def test_revised_toll_holds_the_wounded_who_died(totals, nlp, text, expected):
    assert totals(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # no first report: the wounded who died are added to the dead and taken off the wounded
    ("Cinco personas murieron y diez quedaron heridas en el ataque. Dos de los heridos murieron en la "
     "noche en el hospital.", {"killed": 7, "wounded": 8}),
    # the first report and the deaths do not make up the figure told: the deaths are new
    ("Once reos murieron y ocho quedaron heridos en la riña del penal. El primer reporte hablaba de "
     "cinco fallecidos. Dos de los heridos murieron en la noche en el hospital.", {"killed": 13, "wounded": 6}),
    # "otros" after a figure of this report adds to it
    ("Un soldado murió y cinco resultaron heridos en el combate. Otros tres soldados resultaron heridos "
     "por la tarde.", {"killed": 1, "wounded": 8}),
])
def test_deaths_of_the_wounded_outside_a_revised_toll(totals, nlp, text, expected):
    assert totals(nlp, text) == expected


def test_pluperfect_reports_are_preliminary_cues():
    cues = load_count_cues().preliminary_cues
    assert {"había reportado", "había informado", "primer comunicado"} <= set(cues)
    assert all(c == c.lower() and c.strip() == c for c in cues)


def _tolls(extract, text: str) -> list[tuple]:

    evs = extract(text, published="2024-05-12")
    return [(e.killed.best if e.killed else None, e.wounded.best if e.wounded else None)
            for e in evs if e.type not in ("arrest", "seizure")]


@pytest.mark.parametrize("text,expected", [
    # the headline's figure told again by the lead under other words: the same people
    ("Lanzan un explosivo contra una caseta policial en Maracaibo: dos guardias heridos\n"
     "Dos funcionarios de la Policía Municipal de Maracaibo resultaron heridos la noche del sábado cuando "
     "desconocidos lanzaron un explosivo contra la caseta del barrio Las Flores, en Maracaibo, estado Zulia.",
     [(None, 2)]),
    ("Enfrentamiento en Sinaloa deja tres civiles armados abatidos\n"
     "Tres presuntos integrantes de una célula del narcotráfico murieron el martes en un enfrentamiento con "
     "militares en el municipio de Navolato, Sinaloa, informó la Secretaría de la Defensa.",
     [(3, None)]),
    # the headline's total the lead tells only in part: the headline's figure stays
    ("Ataque a un bus deja cinco muertos en Villa Nueva\n"
     "Tres pasajeros murieron el domingo cuando dos hombres armados dispararon contra un bus en Villa Nueva, "
     "Guatemala.", [(5, None)]),
])
def test_headline_figure_told_again_by_the_lead(extract, text, expected):
    assert _tolls(extract, text) == expected


def _mentions(*types):
    from cronica.extraction.assemble import Mention

    return [Mention(None, None, t, "strong") for t in types]


def test_a_zero_is_the_figure_of_every_incident_its_sentence_tells():
    from cronica.extraction.assemble import _assign_counts
    from cronica.extraction.counts import CountMention

    # "los reos se amotinaron y retuvieron a tres guardias; no se reportaron muertos"
    riot, held = _mentions("protest", "kidnapping")
    zero = CountMention("killed", 0, 0, 0, 80, 102, victim=None)
    assert _assign_counts([riot, held], [zero]) == []
    assert riot.counts == [zero] and held.counts == [zero]
    # "incendiaron dos camiones, sin que se reportaran lesionados": the arson's zero
    (arson,) = _mentions("property_destruction")
    none_hurt = CountMention("wounded", 0, 0, 0, 40, 70, victim=None)
    assert _assign_counts([arson], [none_hurt]) == [] and arson.counts == [none_hurt]


def test_a_zero_beside_an_arrest_and_a_figure_stay_as_before():
    from cronica.extraction.assemble import _assign_counts
    from cronica.extraction.counts import CountMention

    (arrest,) = _mentions("arrest")
    zero = CountMention("wounded", 0, 0, 0, 40, 70, victim=None)
    assert _assign_counts([arrest], [zero]) == [zero] and arrest.counts == []
    riot, held = _mentions("protest", "kidnapping")
    two = CountMention("killed", 2, 2, 2, 0, 20, victim="dos reos")
    assert _assign_counts([riot, held], [two]) == []
    assert (riot.counts, held.counts) == ([], [two])  # a figure goes to one incident (abduction first)


def test_headline_toll_gives_the_lead_the_figures_it_does_not_tell(extract):
    # the headline's wounded are the lead's incident's; its dead are the lead's one dead, not more
    text = ("Un muerto y 12 heridos en el desalojo de una carretera en Caranavi\n"
            "Un campesino murió de un disparo este martes durante el choque entre bloqueadores y policías que "
            "intentaban abrir la carretera a la altura del puente Taipiplaya, en Caranavi, La Paz.")
    assert _tolls(extract, text) == [(1, 12)]


@pytest.mark.parametrize("sentence,expected", [
    # the tagger reads "narcotraficante" after "presunto" as an adverb: a subject with its article is a noun
    ("Un presunto narcotraficante falleció durante el tiroteo con la patrulla en Caballococha.", {"killed": 1}),
    ("Un presunto narcotraficante murió y un marino resultó herido en la balacera del puerto.",
     {"killed": 1, "wounded": 1}),
])
def test_a_noun_tagged_as_an_adverb_is_counted(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


def test_an_adverb_is_no_person(nlp):
    from cronica.extraction.counts import _is_people

    doc = nlp("Los agentes llegaron rápidamente al lugar.")
    assert not any(_is_people(t) for t in doc if t.pos_ == "ADV")
