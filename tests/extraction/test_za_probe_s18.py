"""Classes of the session-18 fresh probe (part za), helper za1.

- A bulletin entry or headline that opens with the participle and names the victim after it
  ("Asesinada la lideresa X en su finca"): a passive with the copula left out, so the named person
  is one victim, counted like "la lideresa X fue asesinada".
- A live blog's entries ("4:35 p. m. ...", "10:15 | ..."), each telling its own violent act, are two
  incidents; an entry that only refers back to one ("los muertos de ese ataque") still joins it.
Sentences written for these tests."""
import pytest


def _killed(nlp, sentence):
    from cronica.extraction.counts import find_counts
    return [c.best for s in nlp(sentence).sents for c in find_counts(s) if c.category == "killed"]


@pytest.mark.parametrize("sentence", [
    "Asesinada la maestra rural Ana Torres en su finca de la vereda El Cedro.",
    "Asesinado a tiros el presidente de la junta comunal de la vereda El Roble, Juan Pérez Gómez, "
    "cuando volvía en moto de una reunión.",
    "Asesinado de un disparo en la espalda el concejal del pueblo Mario Ruiz.",
])
def test_a_fronted_participle_counts_the_one_person_after_it(nlp, sentence):
    assert _killed(nlp, sentence) == [1]


@pytest.mark.parametrize("sentence", [
    # the participle as an active perfect still counts its object, and a participle that describes
    # a noun before it is no fronted one
    "Los sicarios han asesinado a tres comerciantes en el mercado.",
    "El comerciante asesinado el martes era conocido en el barrio.",
])
def test_other_participles_keep_their_reading(nlp, sentence):
    from cronica.extraction.counts import _fronted_participle
    doc = nlp(sentence)
    assert not any(_fronted_participle(t) for t in doc)


def test_a_fronted_participle_event_gets_its_victim_and_toll(extract):
    text = ("Boletín de la red de derechos humanos - Tolima\n"
            "03/02/2026. Asesinada la maestra rural Ana Torres en su finca de la vereda El Cedro, por "
            "dos hombres que llegaron a pie. TOLIMA - PLANADAS - VEREDA EL CEDRO")
    ev = next(e for e in extract(text, published="2026-02-05") if e.type == "killing")
    assert ev.killed is not None and ev.killed.best == 1


LIVE_BLOG = ("EN VIVO | Jornada de paro armado en el norte del departamento\n"
             "5:10 p. m. La Alcaldía confirma que el policía herido fue llevado a Cúcuta; está estable.\n"
             "3:40 p. m. Reportan que desconocidos incendiaron un bus de servicio público en la vía que "
             "va a Tibú. El conductor salió ileso.\n"
             "11:25 a. m. La Policía informa que una patrulla fue hostigada con disparos en zona rural "
             "de Tibú. Un policía resultó herido.\n"
             "8:00 a. m. Comercio cerrado en los cascos urbanos por el paro armado.")


def test_live_blog_entries_with_their_own_acts_are_two_incidents(extract):
    violent = [e for e in extract(LIVE_BLOG, published="2026-03-02") if e.type in ("attack", "armed_clash")]
    assert len(violent) == 2
    assert {"incendiaron" in e.evidence.text for e in violent} == {True, False}


def test_an_entry_that_refers_back_joins_the_entry_it_updates(extract):
    text = ("EN VIVO | Tarde violenta en la ciudad\n"
            "18:30 | La Fiscalía confirmó que son dos los muertos de ese ataque: el segundo herido murió "
            "en el hospital.\n"
            "15:10 | Hombres armados dispararon contra un taller mecánico del barrio Norte. Un "
            "mecánico murió en el lugar y otro resultó herido.")
    violent = [e for e in extract(text, published="2026-03-02") if e.type in ("attack", "killing", "armed_clash")]
    assert len(violent) == 1


def test_entry_stamps_are_matched_at_the_sentence_start():
    from cronica.extraction.triggers import load_filters
    stamps = load_filters().entry_stamps
    for opening in ("4:35 p. m. reportan que", "10:15 | hombres armados", "13.20 h. un grupo"):
        found = stamps.search(opening)
        assert found is not None and found.start() == 0
    for opening in ("12:30 horas del lunes", "2.000 soldados", "10:15 hombres"):
        found = stamps.search(opening)
        assert found is None or found.start() != 0


CORDON = ("Cerco policial en San Martín: mil agentes buscan a los miembros de una banda\n"
          "SAN MARTÍN, 9 may (Agencia) - Mil agentes de la Policía mantienen desde el sábado un cerco "
          "alrededor del barrio La Loma para capturar a los miembros de una banda, informó el ministro.\n"
          "En los dos primeros días del cerco, los agentes detuvieron a 21 personas acusadas de "
          "pertenecer a la banda. Según el ministro, la operación se lanzó después de que tres "
          "pistoleros asesinaron el miércoles a un taxista en la plaza del barrio.")


def test_an_operation_named_as_following_a_killing_keeps_the_killing(extract):
    events = extract(CORDON, published="2026-05-09")
    killing = [e for e in events if e.type == "killing"]
    assert len(killing) == 1 and "asesinaron" in killing[0].evidence.text
    assert killing[0].killed is not None and killing[0].killed.best == 1
    arrest = next(e for e in events if e.type == "arrest")
    assert "detuvieron" in arrest.evidence.text


def test_the_operation_noun_is_a_reference_only_after_an_act(nlp):
    from cronica.extraction.triggers import TriggerMention, _launched_after
    doc = nlp("La operación se lanzó después de que tres pistoleros asesinaron a un taxista.")
    op = next(t for t in doc if t.lower_ == "operación")
    killing = next(t for t in doc if t.lower_ == "asesinaron")
    live = [TriggerMention("security_operation", op.i, op.idx, op.idx + 9, is_noun=True),
            TriggerMention("killing", killing.i, killing.idx, killing.idx + 10)]
    assert _launched_after(op, live)
    assert not _launched_after(op, live[:1])  # no violent act told with it
    doc = nlp("Una operación se lanzó el lunes en el barrio después de que los vecinos lo pidieran.")
    op = next(t for t in doc if t.lower_ == "operación")
    assert not _launched_after(op, [TriggerMention("security_operation", op.i, op.idx, op.idx + 9, is_noun=True)])


def test_a_blockade_cleared_by_force_is_the_protest_with_intervention(extract):
    text = ("Agentes de la Policía despejaron el martes el bloqueo que transportistas mantenían desde "
            "hacía tres días en la carretera a Sucre. Cuatro policías y dos choferes resultaron heridos.")
    events = extract(text, published="2026-06-04")
    protest = [e for e in events if e.type == "protest"]
    assert len(protest) == 1 and "despejaron" in protest[0].evidence.text
    assert protest[0].wounded is not None and protest[0].wounded.best == 6


def test_clearing_a_road_with_no_protest_near_is_no_protest(nlp):
    from cronica.extraction.triggers import find_triggers
    doc = nlp("Los soldados despejaron la vía de escombros después del derrumbe.")
    assert not [t for s in doc.sents for t in find_triggers(s) if not t.dropped and t.type == "protest"]


def test_a_reported_shootout_the_tagger_reads_as_a_verb_is_the_incident(extract):
    text = ("🚨 #Tijuana Reportan balacera fuerte en la colonia Las Palmas desde hace diez minutos, "
            "se escuchan ráfagas #SeguridadTijuana")
    events = extract(text, published="2026-04-02")
    assert [e.type for e in events] == ["armed_clash"]
    # the words around the noun the tagger read as a verb are no actors
    assert events[0].actor1 is None and events[0].actor2 is None
