"""Session 22, repeat-run determinism: assembling the same parsed Docs a second time (the threshold
search's cross-validation, ``train`` run twice in one process) gives what the first assembly gave.
``find_triggers`` keeps what the sentences before told in the Doc's ``user_data`` (the sentences
seen, a count in the lead, an opening that reports); that state belongs to one pass and is
forgotten when an assembly begins (``triggers.begin_pass``). Texts of our own writing."""
from cronica.learn.corpus import Corpus
from cronica.extraction.triggers import begin_pass, find_triggers
from cronica.learn.train import _examples, predict, record

# a mine accident whose second trigger sentence counts the year's accidents (a count over a period in
# the text's lead): the first assembly keeps the blast told before it; a second one must too
MINE = ("Derrumbe en una mina de Oruro deja tres obreros muertos\n"
        "ORURO, 9 mar (Agencia) - Tres obreros murieron y uno resultó herido el jueves por el derrumbe de un "
        "socavón en una mina de estaño, informó la cooperativa.\n"
        "El accidente ocurrió en el tercer nivel del socavón, poco después de que los obreros hicieran estallar "
        "explosivos para abrir un nuevo frente. Es el cuarto accidente mortal en las minas de Oruro en lo que va "
        "del año.")
# court news whose opening reports no incident, then arrests and a killing told without a day
COURT = ("Tribunal condena a un exalcalde por el asesinato de un periodista\n"
         "LIMA, 5 may - Un tribunal de Ayacucho condenó este lunes a 20 años de prisión al exalcalde por el "
         "asesinato de un periodista.\n"
         "El acusado fue detenido en 2019 y la fiscalía presentó las armas incautadas. El periodista fue "
         "asesinado a tiros frente a su casa.")
# a balance of a period, then an incident with its own day
BALANCE = ("Balance de seguridad del primer semestre en el Cauca\n"
           "POPAYÁN, 3 jul - En lo que va del año, 41 personas fueron asesinadas y 12 secuestradas en el "
           "departamento, según la Gobernación.\n"
           "La Policía capturó a 230 personas y aseguró 90 armas de fuego. El martes, un comerciante murió "
           "baleado en Santander de Quilichao.")


def _corpus() -> Corpus:
    texts = (MINE, COURT, BALANCE)
    return Corpus([{"id": f"r-{i}", "text": t, "published": "2025-07-03"} for i, t in enumerate(texts)], [])


def _snapshot(pipeline, parsed, corpus) -> dict:
    """Every candidate's features of every model, in order, from one assembly of ``parsed``."""
    data = _examples(record(pipeline, parsed, corpus))
    return {name: [(e.doc, e.label, sorted(e.features.items())) for e in exs] for name, exs in data.items()}


def test_a_second_assembly_records_the_same_features(pipeline):
    c = _corpus()
    parsed = pipeline.parse(c.documents())
    first = _snapshot(pipeline, parsed, c)
    assert first["mention"], "the texts should give mention candidates"
    assert _snapshot(pipeline, parsed, c) == first
    assert _snapshot(pipeline, parsed, c) == first


def _triggers_of_a_pass(pdocs) -> list[tuple[str, str]]:
    """(word, why dropped) of every trigger, the sentences read in order as an assembly reads them."""
    out = []
    for pdoc in pdocs:
        begin_pass(pdoc)
        for sent in pdoc.sents:
            out += [(pdoc[m.token_i].text, m.dropped or "") for m in find_triggers(sent)]
    return out


def test_the_blast_before_a_count_of_the_year_stays_on_a_second_reading(pipeline):
    c = Corpus([{"id": "r-0", "text": MINE, "published": "2025-03-10"}], [])
    (_, _, pdocs), = pipeline.parse(c.documents())
    first = _triggers_of_a_pass(pdocs)
    blast = [why for word, why in first if word in ("hicieran", "estallar")]
    assert blast and not any(why.startswith("tally") for why in blast), first
    assert any(why.startswith("tally") for _, why in first), "the year's count is a tally"
    assert _triggers_of_a_pass(pdocs) == first


def test_a_second_assembly_gives_the_same_events(pipeline):
    c = _corpus()
    parsed = pipeline.parse(c.documents())
    rules = predict(pipeline, parsed, None)
    learned = predict(pipeline, parsed, pipeline.assembler.decider)
    assert predict(pipeline, parsed, None) == rules
    assert predict(pipeline, parsed, pipeline.assembler.decider) == learned
