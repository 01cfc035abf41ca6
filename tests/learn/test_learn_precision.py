"""What the same-incident (pair) and document models learn, judged on corpus documents held
back from them: every candidate pair the pipeline forms is recorded (also for mentions no
gold event counts), and the document model keeps its judgement on very short texts."""
from pathlib import Path

import pytest

from cronica.learn.train import fit, heldout_accuracy

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "splits.tsv").exists(), reason="no corpus in this checkout")


@pytest.fixture
def sample(corpus_sample):
    return corpus_sample


def auc(scores_labels):
    pos = [s for s, y in scores_labels if y == "1"]
    neg = [s for s, y in scores_labels if y == "0"]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def test_pairs_are_recorded_for_mentions_no_gold_event_counts(sample):
    rec = sample["fit"]
    labels = {e.label for e in rec.pairs}
    assert labels == {"0", "1"}
    assert rec.ghost_pairs > 0  # retellings the rules keep: their pairs are examples too


def test_the_pair_model_ranks_same_incident_pairs_above_different_ones(sample):
    model = fit(sample["fit"].pairs, "pair", seed=0)
    held = [(model.proba(e.features)["1"], e.label) for e in sample["held"].pairs]
    assert {y for _, y in held} == {"0", "1"}
    assert auc(held) >= 0.7  # a trivial model ranks at 0.5


def test_the_document_model_judges_one_sentence_texts(sample, pipeline):
    """Documents held back, cut to their first sentence (with the gold events that sentence
    tells): fitted with the one-sentence views of its own training documents, the model tells
    one-line reports from the rest clearly better than the majority class does."""
    from cronica.learn.corpus import opening_views
    from cronica.learn.train import record

    corpus = sample["corpus"]
    fit_ids = [d["id"] for d in corpus.docs if d["id"] in set(sample["fit_ids"])]
    fit_views = opening_views(corpus.subset(fit_ids))
    held_views = opening_views(corpus.subset(sample["held_ids"]))
    train = sample["fit"].documents + record(pipeline, pipeline.parse(fit_views.documents()), fit_views).documents
    held = record(pipeline, pipeline.parse(held_views.documents()), held_views).documents
    assert {e.label for e in held} == {"0", "1"}
    model = fit(train, "document", seed=0)
    r = heldout_accuracy(model, held, [e.label for e in train])
    assert r["macro_f1"] >= r["majority_macro_f1"] + 0.25, r


def _held_parsed(sample, pipeline, n=30):
    corpus = sample["corpus"]
    held = corpus.subset(sample["held_ids"][:n])
    return held, pipeline.parse(held.documents())


def test_the_document_model_is_fitted_on_the_features_it_reads_at_run_time(sample, pipeline):
    """Recording a document for training (the gold labels every candidate) must give the
    document model the same features the pipeline computes for that text at run time:
    anything the gold's verdict leaks into them (which triggers were kept, whose doers were
    counted) is a cue the model cannot have on unseen text."""
    from cronica.extraction.decide import FEATURES_VERSION, Decider, LinearModel
    from cronica.learn.train import predict, record

    held, parsed = _held_parsed(sample, pipeline)
    recorded = {e.doc: e.features for e in record(pipeline, parsed, held).documents}
    seen = {}

    class Spy(Decider):
        def is_report(self, feats):
            seen[self.current] = dict(feats)
            return 1.0

    # (a model fitted now reads the features of this version's recipe)
    spy = Spy({"document": LinearModel("document", ["0", "1"], {}, [0.0], {"features_version": FEATURES_VERSION})},
              {"document": 0.5})
    for doc, ct, pdocs in parsed:
        spy.current = doc.id
        predict(pipeline, [(doc, ct, pdocs)], spy)
    assert set(seen) == set(recorded)
    differ = [d for d in recorded if recorded[d] != seen[d]]
    assert not differ, {d: set(recorded[d].items()) ^ set(seen[d].items()) for d in differ[:3]}


def test_the_threshold_search_reuses_a_document_only_when_its_events_cannot_change(sample, pipeline):
    """The threshold search re-assembles only documents whose threshold comparisons come
    out differently: its events equal a fresh assembly under every trial setting."""
    from cronica.extraction.decide import Decider
    from cronica.learn.train import GRID, DEFAULT_THRESHOLDS, _Memo, fit_all, predict

    rec = sample["fit"]
    data = {"document": rec.documents, "mention": rec.mentions, "sentence": rec.sentences, "pair": rec.pairs,
            "type": rec.types}
    models = fit_all(data, seed=0, c=1.0, min_count=2)
    _, parsed = _held_parsed(sample, pipeline, 25)
    memo = _Memo()
    trials = [dict(DEFAULT_THRESHOLDS)]
    for name, values in GRID.items():
        trials.append({**DEFAULT_THRESHOLDS, name: values[-1]})
    trials.append({name: values[len(values) // 2] for name, values in GRID.items()})
    trials.append(dict(DEFAULT_THRESHOLDS))
    for th in trials:
        fresh = predict(pipeline, parsed, Decider(models, th))
        assert predict(pipeline, parsed, Decider(models, th), memo, "t") == fresh, th
    assert memo.hits > memo.misses  # most trial values leave most documents as they were


def _spy_features(pipeline, text, kind, version=None):
    """The features the pipeline hands a decision model (``kind``: "pair" or "document")
    for a text, through a decider whose models say nothing (``version``: the features version
    the model says it was fitted on; default the current one)."""
    from cronica.extraction.decide import FEATURES_VERSION, Decider, LinearModel
    from cronica.model import Document

    seen = []

    class Spy(Decider):
        def same(self, feats):
            seen.append(dict(feats))
            return 0.0

        def is_report(self, feats):
            seen.append(dict(feats))
            return 1.0

    classes = ["0", "1"]
    spy = Spy({kind: LinearModel(kind, classes, {}, [0.0], {"features_version": version or FEATURES_VERSION})}, {})
    asm = pipeline.assembler
    saved = asm.decider
    asm.decider = spy
    try:
        pipeline.extract(Document(id="t", text=text, published="2024-03-02"))
    finally:
        asm.decider = saved
    return seen


def test_a_pair_knows_the_names_both_mentions_tell(pipeline):
    text = ("Emboscada en Llochegua deja tres soldados muertos\n\n"
            "Tres soldados murieron el jueves cuando una patrulla fue atacada a tiros cerca de Llochegua, "
            "en pleno VRAEM, según el parte del Comando Conjunto.")
    pairs = _spy_features(pipeline, text, "pair")
    assert pairs, "the body's attack is offered the headline's incident"
    assert any(f.get("names_shared=1") or f.get("names_shared=more") for f in pairs), pairs


def test_the_document_model_reads_the_opening_line_and_its_section_label(pipeline):
    text = ("Opinión | El largo camino de la memoria\n\n"
            "Treinta años después del atentado contra el cuartel, los vecinos aún discuten cómo recordarlo. "
            "Nadie quiere volver a los días de las bombas.")
    feats = _spy_features(pipeline, text, "document")
    assert feats and feats[-1].get("label=opinion") == 1.0
    assert any(k.startswith("h=") for k in feats[-1])


def test_what_follows_an_incident_is_told_to_the_pair_model(pipeline):
    """A deployment "tras el ataque" or a search for the doers answers an incident: the pair
    model is told so (in the shared convention it is an operation of its own)."""
    text = ("Hombres armados atacaron el viernes la comisaría de Barbacoas y dejaron dos agentes heridos. "
            "Tras el ataque, el Ejército desplegó 200 soldados en la zona para localizar a los responsables.")
    pairs = _spy_features(pipeline, text, "pair")
    assert any(f.get("m_after_incident") for f in pairs), pairs
    assert any(f.get("m_seeks_culprits") for f in pairs), pairs


def test_no_document_feature_grows_with_the_length_of_the_text(pipeline):
    """One report told in one sentence, and the same report with more sentences of detail:
    the features the document model reads say the same things about both (no length bucket,
    present-or-not and shares instead of numbers). Version 4 scaled each lemma block to the
    same length in all; from version 5 each word present weighs 1, in both texts alike."""
    short = "Un grupo armado atacó el martes un puesto policial en Tumaco y dejó dos agentes heridos."
    long = short + (" Los agresores huyeron hacia la zona rural en dos camionetas. "
                    "La alcaldía pidió refuerzos y suspendió las clases en tres escuelas. "
                    "Los vecinos contaron que escucharon disparos durante casi veinte minutos.")
    fs, fl = (_spy_features(pipeline, t, "document")[-1] for t in (short, long))
    assert not any(k.startswith(("len=", "kept=", "cands=", "figures=", "agents=")) for k in fs)
    lexical = ("l=", "h=", "one_sentence")  # (a one-line text has its own bias: not a size)
    assert {k for k in fs if not k.startswith(lexical) and "share" not in k} == \
        {k for k in fl if not k.startswith(lexical) and "share" not in k}
    from cronica.extraction.decide import LEMMA_WEIGHT

    lemmas = lambda f: {k: v for k, v in f.items() if k.startswith("l=")}  # noqa: E731
    assert set(lemmas(fs)) < set(lemmas(fl))
    assert set(lemmas(fs).values()) == set(lemmas(fl).values()) == {1.0}
    fs4, fl4 = (_spy_features(pipeline, t, "document", version=4)[-1] for t in (short, long))
    norm = lambda f: sum(v * v for v in lemmas(f).values())  # noqa: E731
    assert norm(fs4) == pytest.approx(norm(fl4)) == pytest.approx(LEMMA_WEIGHT ** 2)


@pytest.mark.parametrize("text, cause", [
    ("Una explosión por una fuga de gas destrozó la cocina de una casa en Temuco.", "blast|accident"),
    ("Estalló un taller de pirotecnia en las afueras de Zumpango y dejó tres heridos.", "blast|accident"),
    ("Un artefacto explosivo estalló el lunes junto al muro de un cuartel en Saravena.", "blast|attack"),
    ("Una explosión dañó el martes la fachada de una oficina bancaria en Cúcuta.", "blast|unexplained"),
])
def test_the_document_model_reads_why_a_blast_happened(pipeline, text, cause):
    """A blast explained by an accident (gas, fireworks), one told with an attack's cue (a
    device, a bomb) and one told with neither are three different cues: the word "explosión"
    alone need not decide whether a short text is a conflict report."""
    feats = _spy_features(pipeline, text, "document")[-1]
    assert {k for k in feats if k.startswith("blast|")} == {cause}


def test_a_text_without_a_blast_has_no_blast_cue(pipeline):
    feats = _spy_features(pipeline, "Soldados capturaron a dos hombres armados en una vereda de Tame.", "document")[-1]
    assert not any(k.startswith("blast|") for k in feats)


@pytest.mark.parametrize("text, harm", [
    ("Una explosión tumbó el lunes una antena de telefonía en un cerro de Vilcashuamán.", True),
    ("Un artefacto explosivo estalló junto a una torre de energía y la dejó inservible.", True),
    ("Sicarios atacaron a tiros a un comerciante en Culiacán y lo dejaron herido.", True),
    ("Un artefacto explosivo estalló el lunes en un potrero a las afueras de Saravena.", False),
])
def test_the_document_model_knows_whether_an_incident_hurt_or_damaged(pipeline, text, harm):
    """A damage clause ("derribó una antena", "la dejó inservible") or a casualty is harm, told
    as present or not whatever the length; a blast in an empty field is not."""
    feats = _spy_features(pipeline, text, "document")[-1]
    assert ("harm" in feats, "harm_none" in feats) == (harm, not harm)


def test_another_incident_of_a_kind_is_a_document_cue(pipeline):
    """A text that tells "otra explosión" after a first one counts incidents: a report."""
    two = ("Una explosión tumbó el lunes un poste de luz en Balboa. "
           "El miércoles, otra explosión dañó un puente de la vía a Argelia.")
    one = "Una explosión tumbó el lunes un poste de luz en Balboa."
    assert _spy_features(pipeline, two, "document")[-1].get("again") == 1.0
    assert "again" not in _spy_features(pipeline, one, "document")[-1]


def test_one_sentence_reports_are_not_penalised_by_the_document_model(sample, pipeline):
    """Fitted on whole documents and their one-sentence views, the document model finds the
    one-line reports of held-back documents about as readily as the whole reports (a model
    that read shortness as "not a report" would sink them), and still tells them from the
    one-line non-reports better than chance."""
    from cronica.learn.corpus import opening_views
    from cronica.learn.train import record

    corpus = sample["corpus"]
    fit_views = opening_views(corpus.subset(sample["fit_ids"]))
    held_views = opening_views(corpus.subset(sample["held_ids"]))
    train = sample["fit"].documents + record(pipeline, pipeline.parse(fit_views.documents()), fit_views).documents
    model = fit(train, "document", seed=0)
    held_docs = sample["held"].documents
    views = record(pipeline, pipeline.parse(held_views.documents()), held_views).documents

    def found(examples):
        # reports the extractor finds something in (a trigger kept): those the model could drop
        pos = [e for e in examples if e.label == "1" and e.features.get("kept")]
        return sum(model.proba(e.features)["1"] >= 0.5 for e in pos) / len(pos)

    assert found(views) >= found(held_docs) - 0.15, (found(views), found(held_docs))
    assert auc([(model.proba(e.features)["1"], e.label) for e in views]) >= 0.75


def test_the_document_model_reads_how_densely_a_text_tells_incidents(pipeline):
    """Event-trigger density instead of counts: a one-line report tells its incident in every
    sentence; a profile of a town that mentions one old battle among other matters does not."""
    report = "Un artefacto explosivo estalló el lunes junto a la alcaldía de Tame y dañó la fachada."
    profile = ("El pueblo celebra este fin de semana su feria anual del café. "
               "Las calles se llenan de músicos, vendedores de dulces y familias que vuelven de la ciudad. "
               "En la plaza, un monumento recuerda a los soldados que combatieron allí contra las tropas realistas. "
               "La alcaldía espera más de diez mil visitantes y amplió el horario de los buses.")
    dense, sparse = (_spy_features(pipeline, t, "document")[-1] for t in (report, profile))
    assert dense["kept_density"] == 1.0
    assert sparse.get("kept_density", 0.0) <= 0.25


@pytest.mark.parametrize("text, day", [
    # an incident told with its day (two days before the publication, 2024-03-02)
    ("Dos hombres en moto asesinaron el jueves a un comerciante frente a su negocio en Tuluá.", "day=recent"),
    ("Un comerciante fue asesinado a tiros el 28 de febrero en el centro de Tuluá.", "day=recent"),
    # an old case: its day is named, and it is years before the publication
    ("El exjefe de la banda fue condenado por el asesinato de un comerciante el 14 de mayo de 2019 en Tuluá.",
     "day=old"),
    # a balance of a period: figures of a year, no incident with a day of its own
    ("Tuluá cerró 2023 con 95 homicidios, un 10 por ciento menos que el año anterior, según la alcaldía.",
     "day=none"),
])
def test_the_document_model_knows_whether_an_incident_is_told_with_its_day(pipeline, text, day):
    """A report tells a new incident on a day it names; a balance of a period names none, and an
    old case names a day long before the publication (features version 6)."""
    feats = _spy_features(pipeline, text, "document")[-1]
    assert {k for k in feats if k.startswith("day=")} == {day}, feats


def test_the_day_of_an_incident_is_read_only_from_version_6(pipeline):
    text = "Dos hombres en moto asesinaron el jueves a un comerciante frente a su negocio en Tuluá."
    assert not any(k.startswith("day=") for k in _spy_features(pipeline, text, "document", version=5)[-1])
