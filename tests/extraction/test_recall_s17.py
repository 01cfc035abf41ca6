"""Session 17 (fresh probe part x): older incidents recalled with their own day, incidents told by
less usual words, and negatives (a series' episodes, a yearly count of attacks told by a phrase).
Our own sentences (CC0)."""
from cronica.extraction.triggers import find_triggers


PUBLISHED = "2025-03-10"


def found(nlp, text):
    """[(type, trigger text, why dropped)] of every trigger of the text's sentences."""
    doc = nlp(text)
    return [(m.type, doc.text[m.start:m.end], m.dropped) for s in doc.sents for m in find_triggers(s)]


def kept(nlp, text):
    return sorted(t for t, _, why in found(nlp, text) if not why)


def by_type(events):
    return sorted((e.type, e.date.value if e.date else None) for e in events)


# -- an older incident the story recalls with its own day, "también" in its sentence

def test_an_older_killing_recalled_with_its_day_is_its_own_event(extract):
    text = ("Combates entre dos grupos armados dejan nueve muertos en zona rural de Ocaña\n"
            "CÚCUTA, 10 mar (Agencia) - Nueve personas murieron en los combates que libran desde el sábado dos "
            "grupos armados en la vereda Las Palmas, en zona rural de Ocaña, informaron este lunes las autoridades.\n"
            "La disputa por las rutas del contrabando se ha extendido por toda la región. El 14 de febrero, tres "
            "hombres fueron asesinados en la vereda El Limón, también en Ocaña, en un ataque que los vecinos "
            "atribuyeron a la misma disputa.")
    events = by_type(extract(text, published=PUBLISHED))
    assert ("killing", "2025-02-14") in events
    assert any(t == "armed_clash" for t, _ in events)


def test_more_victims_of_the_incident_told_still_join_it(extract):
    text = ("Sicarios atacan una cantina en Tuluá\nDos hombres murieron el sábado cuando sicarios dispararon contra "
            "los clientes de una cantina del barrio El Bosque, en Tuluá.\nOtras tres personas resultaron heridas de "
            "bala y fueron llevadas al hospital.")
    events = extract(text, published=PUBLISHED)
    assert len(events) == 1
    assert events[0].wounded.best == 3


# -- a count of incidents over a period, told by a multi-word trigger

def test_a_yearly_count_of_attacks_with_explosives_is_no_incident(nlp):
    text = "El gasoducto ha sido blanco de 31 atentados con explosivos en lo que va del año, según la empresa."
    whys = [why for t, _, why in found(nlp, text) if t == "bombing"]
    assert whys and all(why and why.startswith("tally") for why in whys)


def test_one_attack_with_explosives_is_still_a_bombing(nlp):
    assert "bombing" in kept(nlp, "El martes, un atentado con explosivos dañó el gasoducto cerca de Saravena.")


# -- a series reviewed: its episodes and chapters are fiction

def test_a_series_episodes_give_no_events(extract):
    text = ("Una serie sobre la sierra que no cae en el espectáculo\nLa plataforma estrena el viernes una producción "
            "de seis entregas sobre una familia de cafetaleros. El primer episodio abre con el secuestro de un juez "
            "de paz y el tercer capítulo con una emboscada a un convoy de mineros.\nEl episodio final, un tiroteo en "
            "el mercado durante la feria, es lo mejor de la temporada.")
    assert extract(text, published=PUBLISHED) == []


def test_the_latest_episode_of_violence_is_still_an_incident(nlp):
    text = "El último episodio ocurrió el martes, cuando sicarios asesinaron a un comerciante en el mercado de Tumbes."
    assert "killing" in kept(nlp, text)


# -- a patrol car rammed; a retention told at the release

def test_a_patrol_car_rammed_is_an_attack(nlp):
    text = "Durante la huida, la camioneta de los asaltantes embistió a un coche patrulla y dos agentes resultaron heridos."
    assert "attack" in kept(nlp, text)


def test_a_car_rammed_in_traffic_is_no_attack(nlp):
    assert "attack" not in kept(nlp, "Un camión sin frenos embistió a un coche estacionado en la avenida principal.")


def test_captives_held_since_a_day_told_at_their_release(nlp):
    text = ("Tres guardaparques, que habían sido retenidos el pasado viernes por hombres armados en el parque, "
            "fueron liberados este martes.")
    assert "kidnapping" in kept(nlp, text)


# -- a narco-blockade told by the blockade and its burned vehicles

def test_blockades_with_burned_vehicles_are_the_other_event(nlp):
    text = "Vecinos reportan bloqueos con camiones incendiados en la salida a Tepic; piden evitar la zona."
    assert "other" in kept(nlp, text)


def test_protesters_blockades_are_not_narco_blockades(nlp):
    text = "Los manifestantes mantienen bloqueos con camiones quemados en la carretera a Oruro."
    assert "other" not in kept(nlp, text)
