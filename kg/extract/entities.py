"""Named entities: organisations, places, countries and persons.

Three sources, in order of trust:

1. the lexicon (``kg/data``): known organisations, countries, cities, regions;
2. person names: runs of capitalised words that start with a known given
   name, or that follow a title ("Defence Minister Rustem Umerov");
3. patterns for unseen organisations: compounds with an organisation suffix
   ("Sportausschuss"), capitalised phrases headed by an organisation noun
   ("European Political Community"), and "Full Name (ACR)" definitions.

Later surname-only mentions ("sagte Smith") are resolved to the full name
found earlier in the same document; the surname becomes an alias.
The result is ``doc.ents`` (labels PER, ORG, GPE, LOC) with ``span._.kg_id``.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract import vocab
from kg.extract.doc import add_mention, add_node, init_doc
from kg.extract.lexicon import Entry, Lexicon, load_lexicon
from kg.graph import Node, slugify

NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞŠŽČĆĐŁŚŹŻİ][\w'’]*$")
INITIAL_RE = re.compile(r"^[A-Z]\.$")
PARTICLES = {"von", "van", "de", "da", "di", "del", "bin", "al", "ibn", "ter", "le", "la"}
#: "von der Leyen", "van den Berg": articles only right after von/van.
PARTICLE_ARTICLES = {"der", "den"}

#: Labels of trained spaCy NER models (German: PER ORG LOC; English: PERSON ORG
#: GPE LOC) → kg's entity labels.
MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
ENT_LABELS = {"Organisation": "ORG", "country": "GPE", "city": "LOC", "region": "LOC"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def is_name_token(token: Token) -> bool:
    text = token.text
    return bool(NAME_RE.match(text)) and not text.isupper() or bool(INITIAL_RE.match(text))


@Language.factory("kg_entities", default_config={"lexicon_files": []})
def make_entity_recognizer(nlp: Language, name: str, lexicon_files: list[str]) -> EntityRecognizer:
    return EntityRecognizer(nlp, load_lexicon(tuple(lexicon_files)))


class EntityRecognizer:
    """Finds entity mentions and creates their nodes on the doc."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.lang = nlp.lang
        self.words = vocab.for_lang(nlp.lang)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        stop = self.words.stop_words
        keys = []
        for surface in sorted(lexicon.surfaces):
            entry = lexicon.entries[lexicon.surfaces[surface]]
            if surface.lower() in stop or (entry.kind == "city" and surface in self.words.not_places):
                continue
            if entry.kind == "city" and (len(surface) < 4 or surface in lexicon.given_names):
                continue
            keys.append(surface)
        # One match id per surface keeps the lookup trivial; the tokenizer's
        # batch mode makes the ~12,000 patterns quick to build.
        for surface, pattern in zip(keys, nlp.tokenizer.pipe(keys), strict=True):
            self.matcher.add(surface, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        model_ents = list(doc.ents)  # set by a trained pipeline's NER, if one ran
        spans: list[Span] = []
        lexicon_spans = self._lexicon_spans(doc)
        spans += lexicon_spans
        spans += self._model_spans(doc, model_ents, spans, {"PER", "PERSON"})
        spans += self._person_spans(doc, spans)
        spans += self._model_spans(doc, model_ents, spans, set(MODEL_LABELS) - {"PER", "PERSON"})
        spans += self._organisation_spans(doc, spans)
        spans = filter_spans(spans)
        spans += self._surname_spans(doc, spans)
        doc.ents = filter_spans(spans)
        for span in doc.ents:
            add_mention(doc, span._.kg_id, span.start_char, span.end_char)
        self._nested_mentions(doc, lexicon_spans)
        return doc

    def _nested_mentions(self, doc: Doc, lexicon_spans: list[Span]) -> None:
        """'Kommission der Afrikanischen Union' also mentions the African Union:
        a known organisation named in the genitive inside a longer name."""
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 3:
                continue
            for inner in lexicon_spans:
                if inner.label_ == "ORG" and ent.start < inner.start and inner.end <= ent.end \
                        and doc[inner.start - 1].lower_ in {"der", "des", "of", "the"}:
                    add_mention(doc, inner._.kg_id, inner.start_char, inner.end_char)

    # -- a trained pipeline's NER -------------------------------------------
    def _model_spans(self, doc: Doc, model_ents: list[Span], taken: list[Span],
                     labels: set[str]) -> list[Span]:
        """Entities a trained NER found that the lexicon did not: persons right
        after the lexicon (before kg's name rules), organisations and places
        before kg's organisation patterns."""
        blocked = {i for span in taken for i in range(span.start, span.end)}
        spans = []
        for ent in model_ents:
            label = MODEL_LABELS.get(ent.label_)
            if ent.label_ not in labels or label is None or \
                    any(i in blocked for i in range(ent.start, ent.end)):
                continue
            span = Span(doc, ent.start, ent.end, label=label)
            if label == "PER":
                if len(span) < 2 or not self._acceptable_person(span):
                    continue
                node = self._person_node(doc, span)
            elif label == "ORG":
                name = self.words.organisation_base_form(span)
                node = add_node(doc, Node(f"organisation:{slugify(name)}", ["Organisation"],
                                          {"name": name, "aliases": [span.text]}))
            else:
                node = add_node(doc, Node(f"place:{slugify(span.text)}", ["Place"],
                                          {"name": span.text, "aliases": [], "kind": "place"}))
            span._.kg_id = node.id
            spans.append(span)
        return spans

    # -- lexicon -----------------------------------------------------------
    def _lexicon_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            surface = doc.vocab.strings[match_id]
            entry = self.lexicon.lookup(surface)
            if entry is None:
                continue
            if entry.kind == "city" and not self._plausible_city(doc, start, end):
                continue
            span = Span(doc, start, end, label=ENT_LABELS.get(entry.kind, "ORG"))
            span._.kg_id = self._entry_node(doc, entry, span.text).id
            spans.append(span)
        return spans

    def _plausible_city(self, doc: Doc, start: int, end: int) -> bool:
        """A city name that is also a common word needs a preposition before it."""
        token = doc[start]
        if start > 0 and self._is_given_name(doc[start - 1].text):
            return False  # "Marco Rubio": a surname that is also a city
        if end - start > 1 or token.text in self.lexicon.given_names:
            return False if token.text in self.lexicon.given_names else True
        if token.is_sent_start:
            entry = self.lexicon.lookup(token.text)
            return bool(entry and entry.wikidata)  # curated cities: "Moscow rejected …"
        prev = doc[start - 1] if start else None
        if prev is not None and prev.lower_ in self.words.place_prepositions:
            return True
        nxt = doc[end] if end < len(doc) else None
        return not (nxt is not None and is_name_token(nxt) and self.lang == "en")

    def _entry_node(self, doc: Doc, entry: Entry, surface: str) -> Node:
        labels = ["Organisation"] if entry.label == "Organisation" else ["Place"]
        if entry.kind == "country":
            labels.append("Country")
        props: dict[str, object] = {"name": entry.name(self.lang), "aliases": [surface]}
        if entry.label == "Place":
            props["kind"] = entry.kind
            if entry.country:
                props["country_code"] = entry.country
        else:
            props["kind"] = entry.kind
            if entry.acronym:
                props["acronym"] = entry.acronym
        if entry.wikidata:
            props["wikidata"] = entry.wikidata
        return add_node(doc, Node(entry.key, labels, props))

    # -- persons -----------------------------------------------------------
    def _person_spans(self, doc: Doc, taken: list[Span]) -> list[Span]:
        blocked = {i for span in taken for i in range(span.start, span.end)}
        spans = []
        i = 0
        while i < len(doc):
            run_end = self._name_run_end(doc, i, blocked)
            if run_end - i < 2:
                i += 1
                continue
            start = self._name_start(doc, i, run_end)
            if start is not None and run_end - start >= 2:
                end = min(run_end, start + 4)
                while end > start + 1 and doc[end - 1].lower_ in PARTICLES:
                    end -= 1
                span = Span(doc, start, end, label="PER")
                if self._acceptable_person(span):
                    span._.kg_id = self._person_node(doc, span).id
                    spans.append(span)
            i = run_end
        return spans

    def _name_run_end(self, doc: Doc, i: int, blocked: set[int]) -> int:
        """End of a run of name-like tokens starting at i (hyphens and particles inside)."""
        j = i
        while j < len(doc) and j not in blocked:
            token = doc[j]
            if is_name_token(token) and (token.lower_ not in self.words.stop_words or
                                         j > i and self._is_given_name(doc[j - 1].text)):
                j += 1  # "Stephan Weil": a surname may also be a function word
                continue
            if j > i and token.text in {"-", "‐"} and j + 1 < len(doc) and is_name_token(doc[j + 1]) \
                    and not token.whitespace_ and not doc[j - 1].whitespace_:
                j += 1
                continue
            if j > i and token.lower_ in PARTICLES and j + 1 < len(doc) and (
                    is_name_token(doc[j + 1]) or
                    doc[j + 1].lower_ in PARTICLE_ARTICLES and token.lower_ in {"von", "van"}
                    and j + 2 < len(doc) and is_name_token(doc[j + 2])):
                j += 1
                continue
            if j > i and token.lower_ in PARTICLE_ARTICLES and doc[j - 1].lower_ in {"von", "van"} \
                    and j + 1 < len(doc) and is_name_token(doc[j + 1]):
                j += 1
                continue
            break
        return j

    def _name_start(self, doc: Doc, i: int, end: int) -> int | None:
        """Where the person's name begins inside a capitalised run, if anywhere."""
        for k in range(i, end - 1):
            if self._is_given_name(doc[k].text):
                return k
        # "Defence Minister Rustem Umerov": a title word, then the name.
        for k in range(end - 2, i - 1, -1):
            if self.words.is_title_word(doc[k].text):
                return k + 1 if end - (k + 1) >= 2 else None
        # "Kreml-Sprecher Dmitri Peskow" style: title just before the run.
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and self.words.is_title_word(prev.text) and end - i in (2, 3):
            return i
        return None

    def _is_given_name(self, text: str) -> bool:
        if text.lower() in self.lexicon.adjectives or self.words.is_title_word(text):
            return False  # "German Chancellor …", "Deputy …"
        names = self.lexicon.given_names
        return text in names or fold(text) in names

    def _acceptable_person(self, span: Span) -> bool:
        last = span[-1].text
        if self.lexicon.lookup(span.text) is not None:
            return False
        if (last.lower() in self.words.stop_words and not self._is_given_name(span[-2].text)) \
                or self.words.is_title_word(last):
            return False
        if any(self.lexicon.lookup(t.text) is not None and
               self.lexicon.lookup(t.text).kind in {"country", "region"} for t in span):
            return False
        if any(t.text in self.words.months or t.text in self.words.weekdays for t in span):
            return False
        return True

    def _person_node(self, doc: Doc, span: Span) -> Node:
        name = span.text.replace(" - ", "-")
        return add_node(doc, Node(f"person:{slugify(name)}", ["Person"],
                                  {"name": name, "aliases": []}))

    def _surname_spans(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Later mentions by surname (or surname + genitive s) of persons found."""
        by_surname: dict[str, str] = {}
        for span in taken:
            if span.label_ == "PER":
                surname = span[-1].text
                by_surname.setdefault(surname, span._.kg_id)
        blocked = {i for span in taken for i in range(span.start, span.end)}
        spans = []
        for token in doc:
            if token.i in blocked or not is_name_token(token):
                continue
            text = token.text
            person = by_surname.get(text)
            if person is None and self.lang == "de" and text.endswith("s"):
                person = by_surname.get(text[:-1])
            if person is None:
                continue
            if text.lower() in self.words.stop_words and token.is_sent_start:
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if nxt is not None and not nxt.is_punct and nxt.text[0].islower():
                    continue
            span = Span(doc, token.i, token.i + 1, label="PER")
            span._.kg_id = person
            node = doc._.kg_nodes[person]
            surname = text if text in by_surname else text[:-1]
            if surname not in node.properties["aliases"]:
                node.properties["aliases"].append(surname)
            spans.append(span)
        return spans

    # -- unseen organisations ----------------------------------------------
    def _organisation_spans(self, doc: Doc, taken: list[Span]) -> list[Span]:
        blocked = {i for span in taken for i in range(span.start, span.end)}
        spans = []
        for start, end in self.words.organisation_candidates(doc, blocked):
            span = Span(doc, start, end, label="ORG")
            name = self.words.organisation_base_form(span)
            key = f"organisation:{slugify(name)}"
            known = self.lexicon.lookup(name)
            if known is not None:
                span._.kg_id = self._entry_node(doc, known, span.text).id
            else:
                node = add_node(doc, Node(key, ["Organisation"],
                                          {"name": name, "aliases": [span.text]}))
                span._.kg_id = node.id
            spans.append(span)
        spans += self._acronym_definitions(doc, taken + spans)
        return spans

    def _acronym_definitions(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """'Full Name (ACR)': the acronym names the entity just before it."""
        by_end = {span.end: span for span in taken}
        spans = []
        for token in doc[2:-1]:
            i = token.i
            if doc[i - 1].text != "(" or doc[i + 1].text != ")":
                continue
            if not (token.text.isupper() and 2 <= len(token.text) <= 6 and token.text.isalpha()):
                continue
            before = by_end.get(i - 1)
            if before is None or before.label_ not in {"ORG"}:
                continue
            node = doc._.kg_nodes[before._.kg_id]
            if token.text not in node.properties["aliases"]:
                node.properties["aliases"].append(token.text)
            node.properties.setdefault("acronym", token.text)
            span = Span(doc, i, i + 1, label="ORG")
            span._.kg_id = node.id
            spans.append(span)
            self._later_acronyms(doc, token.text, node.id, spans, taken)
        return spans

    def _later_acronyms(self, doc: Doc, acronym: str, node_id: str,
                        spans: list[Span], taken: list[Span]) -> None:
        blocked = {i for span in taken for i in range(span.start, span.end)}
        for token in doc:
            if token.text == acronym and token.i not in blocked and \
                    not (token.i > 0 and doc[token.i - 1].text == "("):
                span = Span(doc, token.i, token.i + 1, label="ORG")
                span._.kg_id = node_id
                spans.append(span)
