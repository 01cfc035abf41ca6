"""Builds the stages once and runs documents through them.

Public contract (used by the CLI, the store, the batch engine and the web app):

    pipe = get_pipeline(lexicons=(), country=None)   # cached per arguments
    pipe.extract(doc: Document) -> list[Event]         # raises CronicaError on bad input
    pipe.run(docs: Iterable[Document | InputError]) -> Iterator[DocResult]
        # one DocResult per input, in order; a failure is a DocResult with .error,
        # never an exception (fail-fast is the caller's choice)

The flow of one document (see docs/architecture.md):
  text/clean → nlp (spaCy, by paragraph, nlp.pipe) → extract/triggers, counts,
  actors → time/ (Timeline) and geo/ (Geocoder) per mention → extract/assemble
"""
from __future__ import annotations

import datetime as _dt
import logging
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence, Union

from cronica.errors import CronicaError, InputError
from cronica.extraction.assemble import Assembler, DocumentContext, Sentence
from cronica.model import DateValue, DocResult, Document, Event, Place, Span
from cronica.nlp.lexicons import load_actors
from cronica.nlp.load import doc_ents, doc_sents, keep_text, known_lemmas, load_nlp, release, span_text, span_tokens
from cronica.text.accents import restore_accents
from cronica.text.clean import CleanText, clean, paragraphs
from cronica.text.recase import KnownNames, name_key, recase

log = logging.getLogger("cronica")

#: Text parsed as one spaCy Doc at most (paragraphs are grouped up to it; bounded memory).
MAX_CHUNK_CHARS = 20_000
HEADLINE_MAX_CHARS = 180
LETTERHEAD_MAX_LINES = 4  # institution, office, document label, dateline above a communiqué's title
ENTRY_TITLE_MAX_WORDS = 8  # a bulletin entry's title opening its paragraph ("Masacre en X.")
SENTENCE_CLOSERS = frozenset(".:;!?…»\"”)")  # a line ending so is a sentence, not a section heading


def _published(doc: Document) -> Optional[str]:
    if doc.published:
        return doc.published
    from cronica.text.dateline import find_dateline, published_from_url

    from_url = published_from_url(doc.url)  # "https://diario.pe/2020/11/...": its year and month
    found = find_dateline(doc.text, from_url)
    return found[0] if found else from_url


def _latest_year(mentions: Iterable) -> Optional[int]:
    """The latest year any date expression of the text reaches (an undated text's "now")."""
    return max((m.value.end.year for m in mentions if m.value is not None and m.value.end is not None),
               default=None)


def _entry_title(sent, opens_paragraph: bool, paragraph_goes_on: bool) -> bool:
    """A bulletin entry's title: the short verbless phrase that opens a paragraph, closed by a
    period, whose entry follows it ("Masacre en zona rural de X. En la madrugada del ...",
    "Desaparición de firmante de paz. El 9 de ..."): the entry's headline, which its body tells.
    Not a dateline, a numbered point, a bare place or a date ("LIMA, 8 nov -", "2.", "Bogotá",
    "Lunes 10/07/2023.")."""
    if not (opens_paragraph and paragraph_goes_on):
        return False
    tokens = span_tokens(sent)  # (the Doc's kept tokens: no Token made per word)
    if tokens[-1].text != ".":
        return False
    words = [t for t in tokens if not t.is_punct]
    return 2 <= len(words) <= ENTRY_TITLE_MAX_WORDS and words[0].is_alpha and words[0].is_title \
        and not any(t.like_num or any(c.isdigit() for c in t.text) for t in words) \
        and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words)


def _section_heading(sent, line: str, para_i: int) -> bool:
    """A section heading of a long text: a short line of its own below the headline, with no final
    period, colon or other closing mark and no finite verb ("Antecedentes", "Acciones armadas",
    "Desmovilización y posguerra", "Ataque a la presidencia municipal"). It names what the section
    below tells; it tells no incident itself (encyclopedia and feature registers: train b-009,
    b-069, b-097, b-129, b-139, ze-007). A feature of the mention model (decide._background_features);
    no rule drops a heading's words: the filters already drop most of its bare nouns."""
    line = line.strip()
    if para_i < 2 or line[-1:] in SENTENCE_CLOSERS or span_text(sent).strip() != line:
        return False  # (a sentence that shares its line is no heading)
    tokens = span_tokens(sent)
    if any(t.text == ":" or t.like_num for t in tokens):
        return False  # a label or a toll ("Saldo: dos muertos"), not a heading
    words = [t for t in tokens if not t.is_punct]
    return 1 <= len(words) <= ENTRY_TITLE_MAX_WORDS \
        and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words)


def _title_under_letterhead(line: str, para_i: int, before: Sequence[Sentence]) -> bool:
    """A communiqué's title below its letterhead ("POLICÍA NACIONAL DEL PERÚ", "Región Policial
    X", "NOTA DE PRENSA", a dateline): a short line without a final period or colon, within the
    first ``LETTERHEAD_MAX_LINES`` + 1 lines, when every line above it is a headline that names
    rather than tells (capitals or no verb). It sums up the communiqué as a news headline does
    (train x-024, dev a-249: "Rescatan a ... y capturan a tres ..." over the body's report)."""
    if not 1 < para_i <= LETTERHEAD_MAX_LINES or not before or len(line) > HEADLINE_MAX_CHARS:
        return False
    if line.rstrip().endswith((".", ":")):
        return False
    return all(s.headline and _names_only(s.span) for s in before)


def _names_only(sent) -> bool:
    """A letterhead's line: in capitals, or without a verb (an office, a label, a dateline)."""
    text = span_text(sent)
    letters = [c for c in text if c.isalpha()]
    return (bool(letters) and all(c.isupper() for c in letters)) or not any(t.pos_ in ("VERB", "AUX") for t in span_tokens(sent))


def _chunks(ct: CleanText) -> list[tuple[int, int]]:
    """Ranges of the cleaned text parsed as one spaCy Doc each: whole paragraphs, grouped
    up to MAX_CHUNK_CHARS (bounded memory); a longer paragraph is cut at a sentence break."""
    out: list[tuple[int, int]] = []
    start = end = None
    for s, e in paragraphs(ct.text):
        while e - s > MAX_CHUNK_CHARS:
            cut = ct.text.rfind(". ", s, s + MAX_CHUNK_CHARS)
            cut = cut + 1 if cut > s else s + MAX_CHUNK_CHARS
            if start is not None:
                out.append((start, end))
                start = None
            out.append((s, cut))
            s = cut
            while s < e and ct.text[s] == " ":
                s += 1
        if e <= s:
            continue
        if start is not None and e - start > MAX_CHUNK_CHARS:
            out.append((start, end))
            start = None
        if start is None:
            start = s
        end = e
    if start is not None:
        out.append((start, end))
    return out


class Pipeline:
    """The extraction pipeline; build once (spaCy, lexicons, gazetteer), reuse for every document."""

    def __init__(self, lexicons: Sequence[str] = (), country: Optional[str] = None,
                 models: Optional[str] = None, learned: bool = True) -> None:
        """``models``: a directory of decision models (default: the shipped ``cronica/models``);
        ``learned=False`` runs the hand-written rules only."""
        from cronica.extraction.decide import load_decider

        self.lexicons = tuple(lexicons)
        self.nlp = load_nlp(self.lexicons)
        self.actors = load_actors(self.lexicons)
        self.assembler = Assembler(self.actors, load_decider(models) if learned else None)
        from cronica.geo import Geocoder

        self.geocoder = Geocoder(country=country)
        #: the country the user named (`--country`), a fallback for actors; never a silent default
        self.country = self.geocoder.default_cc if country else None
        self.known_names = _known_names(self.actors, self.geocoder, known_lemmas(self.nlp))

    def parsed_form(self, text: str, context: Optional[str] = None) -> str:
        """The string spaCy parses for ``text`` (a chunk of the cleaned ``context``): the bulletin
        register's verb accents restored, spans in capitals in sentence case; same length, so
        every offset into it is an offset into ``text``."""
        return recase(restore_accents(text), self.known_names, context)

    # -------------------------------------------------------------- public
    def extract(self, doc: Document) -> list[Event]:
        if not doc.text or not doc.text.strip():
            raise InputError("empty document (no text)", doc.source or doc.id)
        result = next(self.run([doc]))
        if result.error:
            raise CronicaError(result.error)
        return result.events

    def run(self, docs: Iterable[Union[Document, InputError]], batch_size: int = 16) -> Iterator[DocResult]:
        batch: list[Union[Document, InputError]] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def parse(self, docs: Sequence[Document]) -> list[tuple[Document, CleanText, list]]:
        """Clean and parse documents once, for callers that assemble them many times
        (training and threshold search, ``cronica.learn.train``)."""
        out = []
        for d in docs:
            ct = clean(d.text)
            chunks = _chunks(ct)
            pdocs = []
            texts = [ct.text[s:e] for s, e in chunks]
            restored = [self.parsed_form(t, ct.text) for t in texts]
            for (s, _), text, parsed, pdoc in zip(chunks, texts, restored, self.nlp.pipe(restored)):
                pdoc._.cronica_offset = s
                keep_text(pdoc, text, parsed)
                pdocs.append(pdoc)
            out.append((d, ct, pdocs))
        return out

    def assemble_parsed(self, doc: Document, ct: CleanText, pdocs) -> list[Event]:
        """Events of a document parsed by ``parse``."""
        return self._assemble(doc, ct, pdocs)

    # -------------------------------------------------------------- internals
    def _run_batch(self, batch: list[Union[Document, InputError]]) -> Iterator[DocResult]:
        """Clean every document, parse all their paragraphs in one nlp.pipe, then assemble each."""
        cleaned: dict[int, tuple[CleanText, list[tuple[int, int]]]] = {}
        failed: dict[int, str] = {}
        texts: list[tuple[str, tuple[int, int]]] = []
        for k, item in enumerate(batch):
            if isinstance(item, InputError):
                failed[k] = str(item)
            elif not item.text or not item.text.strip():
                failed[k] = f"{item.source or item.id}: empty document (no text)"
            else:
                try:
                    ct = clean(item.text)
                    chunks = _chunks(ct)
                except Exception as e:  # a bug must cost one document, not the batch
                    log.debug("cleaning failed for %s", item.id, exc_info=True)
                    failed[k] = f"internal error: {type(e).__name__}: {e}"
                    continue
                cleaned[k] = (ct, chunks)
                texts.extend((ct.text[s:e], (k, i)) for i, (s, e) in enumerate(chunks))
        restored = {key: self.parsed_form(t, cleaned[key[0]][0].text) for t, key in texts}
        parsed = {key: pdoc for pdoc, key in self.nlp.pipe(((restored[key], key) for _, key in texts),
                                                            as_tuples=True, batch_size=64)}
        for k, item in enumerate(batch):
            if isinstance(item, InputError):
                yield DocResult(Document(id=item.source or "?", text="", source=item.source), error=failed[k])
                continue
            if k in failed:
                yield DocResult(item, error=failed[k])
                continue
            ct, chunks = cleaned[k]
            try:
                pdocs = []
                for i, (s, e) in enumerate(chunks):
                    pdoc = parsed[(k, i)]
                    pdoc._.cronica_offset = s
                    keep_text(pdoc, ct.text[s:e], restored[(k, i)])
                    pdocs.append(pdoc)
                yield DocResult(item, events=self._assemble(item, ct, pdocs))
            except CronicaError as e:
                yield DocResult(item, error=str(e))
            except Exception as e:  # reported per document with its type; see `cronica extract --strict`
                log.debug("extraction failed for %s", item.id, exc_info=True)
                yield DocResult(item, error=f"internal error: {type(e).__name__}: {e}")
            finally:
                for i in range(len(chunks)):
                    release(parsed[(k, i)])

    def _assemble(self, doc: Document, ct: CleanText, pdocs) -> list[Event]:
        from cronica.time import Timeline

        text = doc.text
        published = _published(doc)
        timeline = Timeline(text, published)
        places = self.geocoder.places(text, self._hints(ct, text, pdocs), self.actors.country_votes(text),
                                      self.actors.group_spans(text))

        # each Doc's offset read once: an extension attribute (``pdoc._.x``) costs a new object per read
        offsets = {id(pdoc): pdoc._.cronica_offset for pdoc in pdocs}

        def to_original(pdoc, start: int, end: int) -> tuple[int, int, str]:
            off = 0 if pdoc is None else offsets[id(pdoc)] if id(pdoc) in offsets else pdoc._.cronica_offset
            s, e = ct.to_original(off + start, off + end)
            return s, e, text[s:e]

        reports = {(m.span.start, m.span.end) for m in timeline.mentions if m.role == "report"}

        def date_for(trigger: Span, sentence: Span, clause: Optional[Span],
                     aside: tuple[Span, ...] = ()) -> tuple[Optional[DateValue], str]:
            att = timeline.date_for(trigger, sentence, clause, aside)
            span = att.value.span if att.value is not None else None
            if span is not None and att.via in ("clause", "sentence") and (span.start, span.end) in reports:
                return att.value, "report"  # "informó hoy": when it was told, not when it happened
            return att.value, att.via

        def place_for(trigger: Span, sentence: Span, clause: Optional[Span]) -> Optional[Place]:
            return places.place_for(trigger, sentence, clause)

        sentences: list[Sentence] = []
        paras = paragraphs(ct.text)
        para_starts = [p[0] for p in paras]
        for pdoc in pdocs:
            off = pdoc._.cronica_offset
            for sp in doc_sents(pdoc):  # (listed once per Doc; the stages read them again by ``sent_of``)
                if not span_text(sp).strip():
                    continue
                para_i = bisect_right(para_starts, off + sp.start_char) - 1
                p_start, p_end = paras[para_i]
                s, e, _ = to_original(pdoc, sp.start_char, sp.end_char)
                # a headline or subtitle: one of the first short lines without a final period
                line = ct.text[p_start:p_end]
                headline = para_i <= 1 and len(line) <= HEADLINE_MAX_CHARS and not line.rstrip().endswith(".") \
                    and (para_i == 0 or (bool(sentences) and sentences[-1].headline))
                headline = headline or _title_under_letterhead(line, para_i, sentences)
                title = not headline and _entry_title(sp, off + sp.start_char == p_start, off + sp.end_char < p_end)
                section = not (headline or title) and _section_heading(sp, line, para_i)
                sentences.append(Sentence(len(sentences), para_i, sp, s, e, headline or title, title, section))
        pub_date = None
        if published:
            pub_date = _dt.date.fromisoformat(published if len(published) == 10 else published + "-01")
        # where the story moves in time (a new day, "Tres días después"): not background
        # mentions ("desde 1980") nor the publication day itself (dateline, "hoy")
        shifts = [m.span.start for m in timeline.mentions
                  if m.role == "event" and m.kind != "background" and (m.value is None or m.value.value != published)]
        def report_date(sentence: Span) -> Optional[DateValue]:
            return next((m.value for m in timeline.mentions if m.role == "report" and m.value is not None
                         and sentence.start <= m.span.start < sentence.end), None)

        ctx = DocumentContext(text, to_original, date_for, place_for, shifts, pub_date, report_date,
                              places.country or self.country, places.country_place,
                              None if pub_date else _latest_year(timeline.mentions))
        return self.assembler.assemble(doc.id, sentences, ctx)

    @staticmethod
    def _hints(ct: CleanText, text: str, pdocs) -> list[Span]:
        hints = []
        for pdoc in pdocs:
            off = pdoc._.cronica_offset
            for ent in doc_ents(pdoc):  # (listed once per Doc; ``span_ents`` reads the same list)
                if ent.label_ in ("LOC", "GPE"):
                    s, e = ct.to_original(off + ent.start_char, off + ent.end_char)
                    hints.append(Span(s, e, text[s:e]))
        return hints


#: Inhabitants from which a town's name is restored though it is also a common word ("LIMA"; a
#: division's name that is one, "CORTES", is read as the word).
MAJOR_TOWN = 100_000
_DIVISIONS = frozenset({"admin1", "admin2", "admin3", "region", "valley", "country"})


def _known_names(actors, geocoder, lemmas: frozenset) -> KnownNames:
    """The names the recasing stage puts back in their case: the actor lexicon's acronyms and
    names, the gazetteer's divisions and the towns of the Spanish-speaking countries
    (``gazetteer.SPANISH_SPEAKING``); the model's lemmas as the common words, and the triggers'
    forms and the number words as the words the lexicons know."""
    from cronica.errors import CronicaError
    from cronica.geo.gazetteer import SPANISH_SPEAKING

    aliases = [a for e in actors.entries for a in (*e.aliases, *e.guarded)]

    def place(key: str) -> Optional[tuple[str, bool, bool]]:
        try:
            entries = geocoder.gaz.lookup_key(key)
        except CronicaError:
            return None
        kept = [e for e in entries if not e.cue_only and (e.kind == "country" or e.cc in SPANISH_SPEAKING and (
            e.kind in _DIVISIONS or e.kind == "town"))]
        if not kept:
            return None
        division = any(e.kind in _DIVISIONS for e in kept)
        major = any(e.kind == "town" and e.population >= MAJOR_TOWN for e in kept)
        written = next((e.name for e in kept if len(e.name) == len(key) and name_key(e.name) == key), kept[0].name)
        return written, division, major

    from cronica.nlp.lexicons import load_numbers, load_triggers

    triggers, numbers = load_triggers(), load_numbers()
    number_words = frozenset(name_key(w) for table in (numbers.units, numbers.tens, numbers.hundreds, numbers.multipliers)
                             for w in table)

    def lexical(word: str) -> bool:
        return word in number_words or bool(triggers.token_candidates(word) or triggers.phrase_candidates(word))

    return KnownNames.from_aliases(aliases, place, lemmas, lexical)


@lru_cache(maxsize=4)
def _cached(lexicons: tuple[str, ...], country: Optional[str]) -> Pipeline:
    return Pipeline(lexicons, country)


def get_pipeline(lexicons: Sequence[str] = (), country: Optional[str] = None) -> Pipeline:
    """The process-wide pipeline for these options (built on first use)."""
    return _cached(tuple(lexicons), country)
