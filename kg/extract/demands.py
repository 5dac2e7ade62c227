"""Demands and rejections: who demands what of whom, and who rejects it.

A demand is read from a verb of demanding ("fordert", "verlangte", "drängt
auf", "wollen, dass", "demanded", "called for", "urged", "insisted") or a noun
with a complement ("Forderung nach", "Ruf nach", "demands on/for").

- the demander is the actor (person, organisation, state) before the cue in
  its clause, or after it in German inverted order; "er/sie/he/she" is the
  person last named; a group noun ("die Minister", "the allies") is the
  organisation of the meeting being reported; "sagte X" names the speaker of
  a quoted demand;
- the addressee is "von/vom X", "an X", "X … auf" (auffordern), "call on X",
  "urged X", or the first actor of a "dass/that" clause;
- the demanded content is the phrase from the cue to the end of its clause.

Rejection verbs ("zurückgewiesen", "lehnte ab", "rejected", "dismissed")
link their subject with ``REJECTS`` to the demand in the same sentence, or the
last demand before it; the rejecter is then also taken as its addressee.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Sequence
from operator import attrgetter, methodcaller
from typing import Final

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

# meetings imports demands too: the module, its names read when called
from kg.extract import meetings as meeting_rules
from kg.extract.doc import (
    Fact,
    add_fact,
    add_mention,
    add_node,
    doc_index,
    doc_lang,
    doc_text,
    init_doc,
    is_punct_text,
    kg_id,
    sent_ents,
    set_kg_id,
    short_digest,
    span_text,
    token_table,
)
from kg.extract.lexicon import load_lexicon
from kg.extract.lookups import between, word_positions
from kg.extract.statements import speaker_of
from kg.extract.vocab import Words, for_lang
from kg.graph import Node, slugify

#: Entity labels as spaCy's string ids: ``span.label`` is read without the string
#: lookup ``span.label_`` makes (entities use the same ids).
PER, ORG, GPE, LOC = map(get_string_id, ("PER", "ORG", "GPE", "LOC"))
ORG_OR_GPE: Final = frozenset({ORG, GPE})
GPE_OR_LOC: Final = frozenset({GPE, LOC})

#: Cue words are matched as whole lower-cased tokens (sets: one lookup per token).
DE_VERBS: Final = frozenset({
    "fordert", "fordern", "forderte", "forderten", "gefordert", "fordere", "verlangt", "verlangte",
    "verlange", "dränge", "poche", "appelliere",
    "verlangten", "verlangen", "drängt", "drängte", "drängten", "pocht", "pochte", "pochten",
    "aufgefordert", "auffordern", "appellierte", "appelliert", "appellierten", "erwarte",
    "rief", "riefen", "ruft", "rufen", "aufgerufen", "aufrufen", "mahnte", "mahnten",
    "erwartet", "erwartete", "erwarten", "bestand", "besteht",
    "drang", "drangen", "dringt", "dringen",
    # "kündigte an, von der Ministerin eine Zusage einzufordern" (einfordern)
    "einzufordern", "eingefordert"})
#: "bat die Regierung, … zu prüfen", "ersuchte den Bund, … zu zahlen" (bitten, ersuchen):
#: a request of the object, with a zu-infinitive after a comma (not "bat um Verständnis").
REQUEST_VERBS: Final = frozenset({"bat", "baten", "bittet", "ersuchte", "ersuchten", "ersucht"})
#: "man brauche mehr Geld vom Bund", "die Kommunen benötigten Hilfe von der Regierung":
#: a need of something from a body is a demand of it (not "brauche mehr Zeit").
NEED_VERBS: Final = frozenset({"brauche", "bräuchten", "bräuchte", "brauchen", "braucht",
                               "benötige", "benötigen", "benötigt", "benötigten"})
#: Words that say from whom something is needed ("vom Bund", "from the government").
NEED_SOURCE_WORDS: Final = frozenset({"vom", "von", "from"})
#: "plädierte für eine Reform", "plädiert dafür, dass …": advocates, as a demand does.
PLEAD_VERBS: Final = frozenset({"plädierte", "plädierten", "plädiert", "plädieren"})
#: "sprach sich für … aus" (sich aussprechen für) advocates, as a demand does.
SPEAK_FOR_VERBS: Final = frozenset({"sprach", "sprachen", "spricht", "sprechen"})
#: "drang auf eine Reform" (dringen auf) demands; "drangen in das Gebäude" does not.
URGE_ON_VERBS: Final = frozenset({"drang", "drangen", "dringt", "dringen"})
EN_VERBS: Final = frozenset({
    "demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "urging", "insist",
    "insists", "insisted", "insisting", "call", "calls", "called", "calling", "press", "pressed",
    "pressing", "needed", "needs", "asked", "asks", "requested", "appealed", "appeals", "ask",
    "asking", "appealing", "want", "wants", "wanted", "told", "telling", "ordered", "orders",
    "ordering", "instructed", "instructs", "instructing", "implored", "implores", "imploring",
    "petitioned", "petitions", "petitioning", "expected", "expects", "expect"})
#: "expected the company to cover the cost": an expectation that someone makes good
#: (pays, repairs, apologises) is a demand; "expects the Fed to cut rates" forecasts.
EXPECT_VERBS: Final = frozenset({"expected", "expects", "expect"})
MAKE_GOOD_VERBS: Final = frozenset({
    "pay", "cover", "compensate", "refund", "reimburse", "repay", "honour", "honor", "fix",
    "repair", "apologise", "apologize", "foot", "bear", "shoulder", "return", "restore"})
EN_VERB_NEEDS: Final = {"call": {"on", "for"}, "calls": {"on", "for"}, "called": {"on", "for"},
                        "calling": {"on", "for"}, "press": {"for"}, "pressed": {"for"},
                        "pressing": {"for"}, "want": {"to"}, "wants": {"to"}, "wanted": {"to"},
                        "needed": set(), "needs": set(), "asked": {"to", "for"}, "asks": {"to", "for"},
                        "ask": {"to", "for"}, "asking": {"to", "for"},
                        "appealed": {"to"}, "appeals": {"to"}, "appealing": {"to"}, "told": {"to"},
                        "telling": {"to"},
                        "ordered": {"to"}, "orders": {"to"}, "ordering": {"to"},
                        "instructed": {"to"}, "instructs": {"to"}, "instructing": {"to"},
                        "implored": {"to"}, "implores": {"to"}, "imploring": {"to"},
                        "petitioned": {"to"}, "petitions": {"to"}, "petitioning": {"to"}}
#: Verbs of an order given to someone: "ordered the ministry to suspend …" (with an
#: object, then "to", as "told … to").
#: ("instructed the utility to produce a plan"; "implored the council to", "petitioned
#: the ministry to": pleas of the same form, an object and then "to")
ORDER_VERBS: Final = frozenset({"told", "telling", "ordered", "orders", "ordering", "instructed",
                                "instructs", "instructing", "implored", "implores", "imploring",
                                "petitioned", "petitions", "petitioning"})
#: "wies das Ministerium an, … offenzulegen" (anweisen): an order, with "an" closing
#: the clause before the infinitive.
INSTRUCT_VERBS: Final = frozenset({"wies", "wiesen", "weist"})
#: "richtete an X die Forderung, …", "hat an X einen Appell gerichtet, …" (eine Forderung
#: an jemanden richten): the verb demands when such a noun is its object.
ADDRESS_VERBS: Final = frozenset({"richtete", "richteten", "richtet", "richten", "gerichtet"})
ADDRESSED_DEMAND_NOUNS: Final = frozenset({"Forderung", "Forderungen", "Appell", "Appelle",
                                           "Aufforderung", "Bitte"})
#: German nouns keep their capital (matched against the token as written).
DE_NOUNS: Final = frozenset({"Forderung", "Forderungen", "Ruf", "Wunsch", "Appell", "Aufforderung"})
EN_NOUNS: Final = frozenset({"demand", "demands", "call", "calls", "request", "requests"})
#: ("solle": the subjunctive of reported speech, "X sagte, Y solle …"; not the
#: ambiguous "sollten")
MODALS: Final = frozenset({"müsse", "müssten", "muss", "solle", "should", "must"})
#: "his demand that X …", "their call that …": a possessive makes the noun its owner's
#: demand, the "that" clause what is demanded (a bare "the demand that" may be reported).
POSSESSED_DEMAND_NOUNS: Final = frozenset({"demand", "demands", "call", "calls"})
POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our"})
#: Words that open a reported clause: a modal demand starts after the last one before it.
COMPLEMENTIZERS: Final = frozenset({"that", "dass"})
DEMAND_WORDS: Final = frozenset({"forderung", "forderungen", "forderungskatalog", "ultimatum", "verlangen",
                                 "demand", "demands", "call", "calls", "request", "requests", "appell",
                                 "aufruf"})
#: "Scholz lehnte das ab", "NATO rejected it": the object points back at a demand.
REFERRING_PRONOUNS: Final = {"das", "dies", "diese", "diesen", "it", "this", "that", "them"}
REJECT: Final = frozenset({"zurückgewiesen", "zurückweisen", "zurückwies", "abgelehnt", "ablehnen",
                           "lehnte", "lehnten", "wies", "wiesen", "reject", "rejects", "rejected",
                           "dismissed", "dismisses", "rebuffed"})
PREPOSITIONS: Final = {"von", "vom", "an", "mit", "nach", "auf", "bei", "zu", "zur", "zum", "für", "über",
                       "in", "im", "aus", "gegen", "um", "unter", "vor", "of", "to", "on", "for", "with",
                       "from", "at", "by", "against", "about", "into", "between", "among", "near",
                       "des", "der"}
PRONOUNS_PERSON: Final = {"er", "sie", "he", "she"}
PRONOUNS_GROUP: Final = {"sie", "they", "wir", "we", "it"}
PRONOUNS: Final = frozenset(PRONOUNS_PERSON | PRONOUNS_GROUP)
GROUP_NOUNS = {"minister", "außenminister", "teilnehmer", "staaten", "mitglieder", "verbündeten",
               "ministers", "leaders", "allies", "members", "participants", "länderchefs",
               "ressortchefs", "regierungschefs", "innenminister", "finanzminister",
               "verteidigungsminister",
               # "die Regierungschefinnen und Regierungschefs": the pair names one group
               "regierungschefinnen", "ministerinnen", "teilnehmerinnen", "ministerpräsidentinnen",
               "ministerpräsidenten"}
#: What a meeting issues speaks for its participants ("the communique demanded").
DOCUMENT_NOUNS: Final = frozenset({"communique", "communiqué", "statement", "declaration",
                                   "abschlusserklärung", "erklärung", "kommuniqué"})
GROUP_NOUNS |= DOCUMENT_NOUNS
#: Plural nouns for the members of an organisation, as the object of a demand.
ADDRESSED_GROUPS: Final = {"delegierten", "delegierte", "mitglieder", "mitgliedstaaten", "mitgliedsstaaten",
                           "teilnehmer", "teilnehmerstaaten", "verbündeten", "delegates", "members",
                           "states", "allies", "participants", "partners", "lawmakers", "legislators"}
#: Words after which "from X" names a place left, not whom a demand is made of.
MOVING_WORDS: Final = frozenset({"withdrawal", "withdraw", "pullout", "pull-out", "retreat", "troops",
                                 "forces", "release", "removal", "expulsion", "evacuation", "exit"})
#: Second parts of "EU-Staaten", "Nato-Partner": the members of the organisation before.
MEMBER_NOUNS: Final = frozenset({"staaten", "mitgliedstaaten", "mitgliedsstaaten", "länder",
                                 "partner", "mitglieder", "verbündeten"})
#: Conjunctions that state a condition: with a threat or a refusal before them
#: ("won't go back to work until the government pays", "droht mit Streik, falls
#: die Bahn nicht …") the condition is what the speaker demands.
CONDITION_WORDS: Final = {"en": frozenset({"until", "unless"}),
                          "de": frozenset({"falls", "sofern", "wenn", "solange", "bis"})}
#: Refusals: "won't return until …", "nicht zurückkehren, bis …", "erst wenn".
NEGATIONS: Final = frozenset({"not", "n't", "won't", "never", "no", "nicht", "kein", "keine", "keinen",
                              "keinem", "keiner", "nie", "niemals", "erst"})
#: Words of a threat or a refusal before a condition.
#: Negations right before a demand verb: "cannot ask", "did not call for", "nicht
#: verlangen" (a German finite verb's "nicht" follows it, and may negate another word).
VERB_NEGATIONS: Final = frozenset({"not", "n't", "never", "nicht", "nie"})
THREAT_WORDS: Final = NEGATIONS | frozenset({
    "strike", "strikes", "walkout", "walk", "tools", "boycott", "threatened", "threatens",
    "threaten", "threatening", "resign", "quit", "droht", "drohte", "drohten", "drohen",
    "gedroht", "streik", "streiks", "streiken", "warnstreik", "warnstreiks", "boykott",
    "ultimatum", "rücktritt"})
#: Conditions that demand only after a refusal ("until": time ends a refusal) and
#: those that threaten only when the condition is negative ("falls X nicht zahlt";
#: "falls X angreifen sollte" deters, it demands nothing).
REFUSAL_CONDITIONS: Final = frozenset({"until", "bis", "solange"})
NEGATIVE_CONDITIONS: Final = frozenset({"falls", "sofern", "wenn"})
#: Words right after a condition word that open no clause ("until Sunday", "bis zum").
CONDITION_STOPS: Final = frozenset({"zum", "zur", "zu", "auf", "in", "nach", "now", "then", "further",
                                    "otherwise", "mitte", "ende", "anfang", "spätestens"})
#: A modal clause opened by a universal quantifier states a maxim ("Jeder Euro muss
#: ankommen", "Every child must …"), it asks nothing of anyone.
#: (a subject opened by "no"/"kein" is no one in particular: "No state may …")
MAXIM_QUANTIFIERS: Final = frozenset({"jeder", "jede", "jedes", "every", "each", "niemand", "nobody",
                                      "no", "kein", "keine", "keiner"})
#: "rief zum Streik auf", "zur Urabstimmung aufrufen": calling people out to an action
#: mobilises them, it demands nothing of an addressee.
MOBILISATIONS: Final = frozenset({
    "protest", "proteste", "protesten", "streik", "streiks", "warnstreik", "warnstreiks",
    "generalstreik", "urabstimmung", "demonstration", "demonstrationen", "kundgebung",
    "kundgebungen", "boykott", "blockade", "blockaden", "marsch", "teilnahme", "wahl"})
CALL_OUT_VERBS: Final = frozenset({"rief", "riefen", "ruft", "rufen", "aufgerufen", "aufrufen"})
#: "made X a condition for talks", "machte X zur Bedingung", "nannte X als Bedingung":
#: the verb demands X when a word for a condition follows it in the clause.
CONDITION_VERBS: Final = frozenset({"made", "makes", "make", "making", "set", "sets",
                                    "macht", "machte", "machten", "gemacht", "nannte", "nannten",
                                    "nennt", "stellte", "stellten", "stellt", "gestellt"})
CONDITION_NOUNS: Final = frozenset({"condition", "precondition", "prerequisite", "bedingung",
                                    "vorbedingung", "voraussetzung"})
CLAUSE_END: Final = {";", "–", "—"}
CLAUSE_BREAK_WORDS: Final = {"während", "while", "but", "aber", "whereas", "und", "and", "sowie"}
#: Words after a comma that end a demand's content ("und"/"and" may join its parts).
CLAUSE_BREAKS: Final = frozenset(CLAUSE_BREAK_WORDS - {"und", "and"})


#: The longest demand (in tokens, no comma) read as a lead-in its officer spells out
#: in the next sentence (``DemandExtractor._spelled_out_by_member``).
LEAD_IN_TOKENS: Final = 10

#: How far (in words, as ``_addressees`` counts them) an organisation after "vom"/"von
#: der" that closes the clause may stand from the verb and still be asked.
FINAL_VON_GAP: Final = 8

#: Confidence of a demand by the kind of its cue.
CONFIDENCES: Final = {"verb": 0.8, "noun": 0.75, "modal": 0.5, "condition": 0.6}


#: "calls" as a noun of demanding, and what may stand between it and a verb of facing
#: them ("faced growing calls to resign", "amid renewed calls for an inquiry").
CALL_NOUNS: Final = frozenset({"call", "calls", "demands"})
CALL_ADJECTIVES: Final = frozenset({"growing", "mounting", "renewed", "fresh", "new", "repeated",
                                    "more", "further", "increasing", "loud", "louder"})
#: Words before such calls that make the sentence's subject the one asked, and the callers
#: unnamed ("Morgan faced calls to …", "amid calls for …").
FACED_CALL_OPENERS: Final = frozenset({"face", "faces", "faced", "facing", "amid", "amidst"})


def _faced_call(lowers: list[str], i: int) -> bool:
    """Whether the call noun at ``i`` is one someone faces or that surrounds the news
    ("faced calls on Wednesday to scrap the rule", "amid mounting calls for an inquiry"):
    its subject is asked, not asking."""
    k = i - 1
    while k >= 0 and lowers[k] in CALL_ADJECTIVES:
        k -= 1
    return k >= 0 and lowers[k] in FACED_CALL_OPENERS


def _node_id(span: Span) -> str:
    """The node id of an entity span, where it must be one (a fact's end, a set of ids
    of the same type): every entity kg tags, and every span made here, names a node."""
    node_id = kg_id(span)
    assert node_id is not None, f"entity without a node id: {span_text(span)!r}"
    return node_id


@Language.factory("kg_demands", default_config={})
def make_demand_extractor(nlp: Language, name: str) -> DemandExtractor:
    assert nlp.lang is not None  # (a pipeline is made for a language: spacy.blank(lang))
    return DemandExtractor(nlp.lang)


class DemandExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        doc_idx = doc_index(doc)
        sentences = doc_idx.sents
        table = token_table(doc)
        tokens, lowers = table.tokens, table.lower
        cues = word_positions(doc, f"demand-cue-{self.lang}", self._may_cue)
        rejections = word_positions(doc, "reject", _is_reject_word)
        demands: list[tuple[str, Span, int]] = []
        # Only sentences with a cue or a rejection verb can hold anything.
        # The headline is read last: a demander the body names again is reported
        # there in full, the headline only repeats it in short ("– und verlangt Reformen")
        order = sorted({doc_idx.sent_index(i) for i in cues + rejections})
        body_demanders: set[str] = set()
        headline_summary = False
        if order and order[0] == 0 and _is_headline(doc, sentences[0]):
            # A headline (no full stop) sums up a demand the body reports in full, its
            # demander named as there ("African Union demands …" is its council's): its
            # cues are read only when the body has none
            headline_summary = not span_text(sentences[0]).rstrip().endswith(".") and \
                any(self._cue(tokens[i]) is not None for i in between(cues, sentences[0].end))
            for i in between(cues, sentences[0].end) if not headline_summary else ():
                body_demanders |= self._demanders_of(doc, sentences, doc_idx.sent_index(i),
                                                     tokens[i])
        # the lines under the headline (a sub-headline) sum up what the body reports in
        # full: a demand there is read only when the body has none by its demander
        subheadlines = _subheadline_count(doc, sentences) if order and order[0] < 4 else 0
        below_demanders: set[str] = set()
        if subheadlines > 1:
            for i in between(cues, sentences[subheadlines - 1].end):
                below_demanders |= self._demanders_of(doc, sentences, doc_idx.sent_index(i),
                                                      tokens[i])
        for index in order:
            sent = sentences[index]
            found_here: list[tuple[str, Span, int]] = []
            for i in between(cues, sent.start, sent.end):
                token = tokens[i]
                if index == 0 and (headline_summary or self._demanders_of(
                        doc, sentences, 0, token) & body_demanders):
                    continue
                if 0 < index < subheadlines and \
                        self._demanders_of(doc, sentences, index, token) & below_demanders:
                    continue
                cue = self._cue(token)
                if cue == "verb" and lowers[i - 1] in VERB_NEGATIONS:
                    continue  # "We cannot ask families to wait": no one is asked
                if cue is None or cue == "modal" and (found_here or _warning_before(sent, token)
                                                      or self._before_demand_verb(token)
                                                      or _maxim(doc, sent, token)
                                                      or lowers[i - 1] in {"who", "which"}):
                    # ("partners who must face …": a relative clause describes them)
                    continue
                if found_here and _inside_demanded_clause(doc, found_here, i):
                    continue  # "demanded that Kinew ask Ottawa to …": what X demands
                if cue == "verb" and i > sent.start and lowers[i - 1] in MODALS:
                    cue = "modal"  # "X said the bloc must insist that …": X demands
                demand = self._demand(doc, sentences, index, token, cue)
                if demand is not None:
                    found_here.append(demand)
                    demands.append(demand)
            for i in between(rejections, sent.start, sent.end):
                token = tokens[i]
                if not (token.lower_ in {"wies", "wiesen", "lehnte", "lehnten"} and
                        not _has_particle(sent, token)):
                    # what is rejected: a demand read earlier in this sentence, or an
                    # earlier one the clause refers to ("wies die Forderung zurück")
                    before = [d for d in found_here if d[2] < token.i]
                    refers = not DEMAND_WORDS.isdisjoint(lowers[sent.start:sent.end]) or \
                        not REFERRING_PRONOUNS.isdisjoint(lowers[max(sent.start, i - 4):sent.end])
                    # not a demand this sentence makes after the verb ("rejected the demand
                    # and told Blinken that Washington should …")
                    earlier = [d for d in demands if d not in found_here]
                    target = before or (earlier[-1:] if refers else [])
                    self._rejection(doc, sentences, index, token,
                                    [(node, s) for node, s, _ in target])
        return doc

    def _demanders_of(self, doc: Doc, sentences: list[Span], index: int,
                      cue: Token) -> set[str]:
        """The ids of who demands at a cue (none when it is no cue)."""
        kind = self._cue(cue)
        if kind is None:
            return set()
        return {_node_id(d) for d in self._demanders(doc, sentences, index, cue, kind)}

    def _before_demand_verb(self, modal: Token) -> bool:
        """'must insist', 'müsse fordern': the verb after the modal is the cue."""
        if modal.i + 1 >= len(modal.doc):
            return False
        verbs = DE_VERBS if self.lang == "de" else EN_VERBS
        return token_table(modal.doc).lower[modal.i + 1] in verbs

    def _may_cue(self, text: str) -> bool:
        """False for a word ``_cue`` cannot accept (it tests only its words)."""
        low = text.lower()
        if low in MODALS or low in CONDITION_WORDS[self.lang] or low in CONDITION_VERBS:
            return True
        if self.lang == "de":
            return bool(low in DE_VERBS or text in DE_NOUNS or low in SPEAK_FOR_VERBS
                        or low in INSTRUCT_VERBS or low in ADDRESS_VERBS or low in REQUEST_VERBS
                        or low in PLEAD_VERBS or low in NEED_VERBS
                        or low in {"wollen", "will", "wollte", "wollten"})
        return bool(low in EN_VERBS or low in EN_NOUNS or low == "had")

    def _cue(self, token: Token) -> str | None:
        table = token_table(token.doc)
        lowers = table.lower  # (the neighbours' words: no ``Token`` made for them)
        low = lowers[token.i]
        if low in CONDITION_WORDS[self.lang]:
            return "condition" if _is_condition(token) else None
        if low in CONDITION_VERBS:
            return "verb" if _makes_condition(token) else None
        if self.lang == "de":
            if low in DE_VERBS:
                if low.startswith("erwart") and not _expected_from(token) \
                        and not _actor_in_dass_clause(token):
                    return None
                if low in {"bestand", "besteht"} and not _followed_by(token, {"darauf", "auf"}, 4):
                    return None
                if low in URGE_ON_VERBS and not _followed_by(token, {"darauf", "auf"}, 2):
                    return None
                if low in CALL_OUT_VERBS and _calls_out(token):
                    return None
                if low in CALL_OUT_VERBS and not _calls_to(token):
                    return None  # "wollen das Thema erneut aufrufen": a topic, no one asked
                if low in {"rief", "riefen", "ruft", "rufen"} and \
                        not _has_particle(doc_index(token.doc).sent(token.i), token, {"auf"}):
                    return None  # only "rief … auf" (aufrufen), not "rief … an"
                return "verb"
            if low in INSTRUCT_VERBS:
                return "verb" if _instructs(token) else None
            if low in REQUEST_VERBS:
                return "verb" if _requests_infinitive(token) else None
            if low in NEED_VERBS:
                return "verb" if _needed_from(token) else None
            if low in PLEAD_VERBS:
                return "verb" if not {"für", "dafür"}.isdisjoint(lowers[token.i + 1:token.i + 3]) \
                    else None
            if low in ADDRESS_VERBS:
                return "verb" if _addresses_demand(token) else None
            if low in SPEAK_FOR_VERBS:
                # "sprach sich dafür aus, …", "sprach sich für eine Reform aus": advocates
                return "verb" if lowers[token.i + 1:token.i + 2] == ["sich"] and \
                    not {"für", "dafür"}.isdisjoint(lowers[token.i + 2:token.i + 4]) and \
                    _has_particle(doc_index(token.doc).sent(token.i), token, {"aus"}) \
                    else None
            if table.text[token.i] in DE_NOUNS and _followed_by(token, {"nach"}, 1):
                return "noun"
            if low in {"wollen", "will", "wollte", "wollten"} and _followed_by(token, {"dass"}, 2):
                return "verb"
            if low in MODALS:
                return "modal"
            return None
        if low in {"demand", "demands"} and lowers[token.i + 1:token.i + 2] == ["for"] and \
                _market_change(token):
            return None  # "Demand for electric cars rose 20%": a market's, no one's
        if low in CALL_NOUNS and _faced_call(lowers, token.i):
            return None  # "Morgan faced calls to scrap the rule": she is asked, others call
        if low in {"demand", "demands"} and token.i > 0 and \
                token.i - 1 not in doc_index(token.doc).ent_at and \
                lowers[token.i - 1] not in {"he", "she", "they", "it", "who", "which", "also",
                                            "we", "i", "you", "to", "will", "would", "must",
                                            "should", "can", "could", "may"}:
            low = "#noun"  # "Kyiv's humanitarian demands on Moscow": the noun, not the verb
        if low in EN_VERBS:
            needs = EN_VERB_NEEDS.get(low)
            if low.startswith("press") and (_body_noun_object_then(token, {"to", "for"}) or
                                            _named_object(token) and
                                            _followed_by(token, {"to"}, 5) or
                                            _named_object_then(token, {"to", "for"}) or
                                            _authorities_then(token, {"to", "for"}) or
                                            _noun_object_then_infinitive(token)):
                # "pressed Russia to withdraw", "pressed Greer for an exemption",
                # "pressed Mexico on Thursday, March 5, to hand over …"
                return "verb"
            if _decided_infinitive(token) or _without_object(token):
                return None
            if low == "asking" and lowers[token.i + 1:token.i + 2] in (["to"], ["not"]):
                return None  # "asking not to be named", "asking to rest": their own wish
            if low in AGENT_PARTICIPLES and lowers[token.i + 1:token.i + 2] == ["by"]:
                return None  # "design changes requested by the club": what was asked, no call
            if low.startswith("want") and _wanted_thing(token):
                return "verb"  # "wanted an independent review", "We want 50% of …"
            window = 4 if low.startswith(("ask", "want", "told", "telling", "order", "instruct",
                                          "implor", "petition")) else 1
            if low in EXPECT_VERBS:
                return "verb" if _expects_amends(token) else None
            if low in ORDER_VERBS and not _told_to(token):
                return None  # "told reporters that …", "told him it was time to …"
            if needs and not _followed_by(token, needs, window) and not (
                    (low.startswith(("ask", "want")) or low in ORDER_VERBS) and
                    (_named_object_then(token, {"to"}) or _apposed_object_then_to(token))):
                # ("asked the Federal Ministry of Labour to …", "wants the Department of
                # Labor and Employment (DOLE) to …": a long name, then "to")
                return None
            if low.startswith("want") and not (_named_object(token) or
                                               _actor_noun_then_infinitive(token) or
                                               _thing_to_be_done(token)):
                # "wanted to" is an intention, "wanted Beijing to", "wants the province
                # to" a demand ("wants flights to become cheaper" a wish)
                return None
            if low in {"needed", "needs"} and not _needed_from(token) and \
                    not re.search(r"guarantee|assurance", span_text(doc_index(token.doc).sent(token.i))):
                return None
            return "verb"
        if low == "#noun":
            low = lowers[token.i]
        if low in POSSESSED_DEMAND_NOUNS and _followed_by(token, {"that"}, 1) and \
                token.i > 0 and lowers[token.i - 1] in POSSESSIVES:
            return "noun"  # "renewed his demand that Congress pass the bill"
        if low in EN_NOUNS and _followed_by(token, {"for", "on"}, 1) and token.i > 0 and \
                lowers[token.i - 1] not in {"phone", "conference", "video"}:
            if lowers[token.i + 1] == "on" and token.i + 2 not in doc_index(token.doc).ent_at:
                return None  # "the demand on Wednesday" is no addressee
            if low.startswith("demand") and token.i + 2 < len(lowers) and \
                    lowers[token.i + 2] in MARKET_GOODS:
                return None  # "demand for credit", "demand for oil": a market's, no one's
            if lowers[token.i + 2:token.i + 3] in (["comment"], ["comments"]):
                return None  # "did not respond to a request for comment": a reporter's
            return "noun"
        if low in MODALS or low == "had" and _followed_by(token, {"to"}, 1):
            return "modal"
        return None

    def _demand(self, doc: Doc, sentences: list[Span], index: int, cue: Token,
                kind: str) -> tuple[str, Span, int] | None:
        sent = sentences[index]
        demanders = self._demanders(doc, sentences, index, cue, kind)
        if not demanders:
            return None
        if kind == "verb" and _speaker_asked(doc, sent, cue, demanders):
            return None
        demander_nodes = [_node_id(d) for d in demanders]  # (each read once: see the facts)
        demander_ids = set(demander_nodes)
        if kind == "modal" and _backs_own_demand(doc, sent, index, cue, demander_ids):
            return None
        if kind in {"noun", "verb"} and _repeats_own_demand(doc, cue, demander_ids):
            return None
        if kind == "modal" and token_table(doc).lower[cue.i - 1] in MUNICIPAL_NOUNS and \
                _heads_municipality(doc, demander_ids):
            return None  # "Die Stadt müsse sparen, sagte der Bürgermeister": his own need
        passive = _passive_agent(doc, sent, cue)
        if passive is None and self.lang == "en" and \
                token_table(doc).lower[cue.i - 1] in AGENTLESS_AUXILIARIES and \
                token_table(doc).lower[cue.i] in PASSIVE_PARTICIPLES:
            return None  # "Kenyans are being asked to pay …," he said: not who asks
        titled: list[Span] = []
        if passive is not None:
            # "X wurde von Y aufgefordert", "X was urged by Y to": X is addressed
            lowers = token_table(doc).lower
            addressees = [a for a in _named_actors(doc, sent)
                          if a.end <= passive[0] and not _in_pp(doc, a) and
                          lowers[a.end] not in {"'s", "’s"}][-1:]  # not "Ukraine's allies"
        else:
            # "urged the ministers to": the persons named before holding that title
            titled = _definite_title_plural(doc, sent, cue) if kind == "verb" else []
            addressees = titled or self._addressees(
                doc, sent, cue, kind, demander_ids | _states_describing(doc, sent, demanders))
        addressees = [a for a in _titled_by_body(doc, addressees) if kg_id(a) not in demander_ids]
        if kind == "condition" and not addressees:
            return None  # "… bis sie wieder zu Hause sind": a hope, no one is asked
        if not addressees and token_table(doc).lower[cue.i] == "solle":
            return None  # "Der Ausbau solle 2026 beginnen, sagte X": a plan, no one asked
        last = doc.user_data.get("kg_demand_last")
        if not addressees and last is not None and index - 1 <= last[0] <= index and \
                last[1] == demander_ids and not _own_receiver(doc, sent, cue):
            # "… haben Georgien aufgefordert, … Bei ihrem Treffen verlangten sie zudem …":
            # the same demander, in the next sentence, still addresses the same actor
            addressees = last[2]
        doc.user_data["kg_demand_last"] = (index, demander_ids, addressees)
        doc.user_data["kg_demand_last_demanders"] = (index, demanders)
        content = self._content(doc, sentences, index, cue, kind, demanders)
        if content is None or content[1] - content[0] < 2 or _consequence(doc, *content):
            return None
        if kind == "verb" and content[1] - content[0] <= 3 and \
                self._spelled_out_next(doc, sentences, index, demander_ids):
            return None  # "Sie mahnte Tempo an. Sie forderte die Forsten auf, …"
        if kind == "verb" and not addressees and content[1] - content[0] <= LEAD_IN_TOKENS and \
                "," not in token_table(doc).text[content[0]:content[1]] and \
                self._spelled_out_by_member(doc, sentences, index, demander_ids):
            return None  # "Verdi verlangt Sicherheit. Verdi-Chef X forderte die Stadt auf, …"
        # the content's characters, as its Span's start_char and end_char
        table = token_table(doc)
        start_char = table.idx[content[0]]
        end_char = table.idx[content[1] - 1] + len(table.text[content[1] - 1])
        content_text = doc_text(doc)[start_char:end_char]
        if not addressees and self.lang == "de" and kind == "verb":
            # "verlangte einen Notfallfonds des Bundes": who is to pay it
            giver = _genitive_government(doc, *content)
            addressees = [giver] if giver is not None and kg_id(giver) not in demander_ids else []
        if not addressees and kind in {"verb", "noun"} and not AGENT_WORDS.isdisjoint(
                token_table(doc).lower[cue.i + 1:min(sent.end, cue.i + AGENT_WINDOW)]):
            # "forderte eine Prüfung durch die EU-Kommission": who is to act
            agent = _agent_of_demanded_act(doc, sent, cue, demander_ids)
            addressees = [agent] if agent is not None else []
        if not addressees and passive is None:
            # "warnte in einem Brief an den Sejm, …, und forderte …": the letter's receiver
            addressees = _letter_receiver(doc, sent, demander_ids) or \
                _pressured_actor(doc, sentences, index, demander_ids) or \
                _written_to_before(doc, sentences, index, demander_ids)
        if not addressees:
            # "Die GDL verlangt 555 Euro mehr": a union's pay demand addresses the
            # employer it bargains with
            addressees = _bargaining_counterpart(doc, demanders, content_text, self.lang)
        key = short_digest(f"{doc_index(doc).text_hash}\x1f{start_char}\x1f{content_text}", 16)
        node_id = f"demand:{key}"
        add_node(doc, Node(node_id, ["Demand"], {"text": content_text}))
        doc.user_data["kg_mentions"].setdefault(node_id, []).append((start_char, end_char))
        groups = [d for d in demanders if d.label != PER]
        if groups and len(groups) == len(demanders):
            doc.user_data.setdefault("kg_demand_groups", []).append((index, groups[0]))
        extractor = f"demand.{kind}"
        confidence = CONFIDENCES[kind]
        if kind == "verb":
            doc.user_data["kg_demand_last_verb"] = (index, demander_ids)
        for demander_id in demander_nodes:
            add_fact(doc, Fact("DEMANDS", demander_id, node_id, sent, extractor, confidence))
        # who demands it, for a rejection (instead of a walk over all the doc's facts)
        demanded_by = doc.user_data.get("kg_demanded_by")
        if demanded_by is None:
            demanded_by = doc.user_data["kg_demanded_by"] = {}
        demanded_by.setdefault(node_id, set()).update(demander_nodes)
        if not addressees and kind == "verb" and passive is None:
            # "forderte das Parlament auf": the legislature by its common noun
            parliament = _parliament_object(doc, sent, cue, demander_ids)
            addressees = [parliament] if parliament is not None else []
        group = _group_object_node(doc, sent, cue) if kind == "verb" and passive is None \
            and not titled else None
        if group is None and kind == "verb" and self.lang == "en" and not addressees and \
                "them" in token_table(doc).lower[cue.i + 1:cue.i + 3]:
            group = _group_named_before_them(doc, sent, cue)
        if group is not None:
            addressees = [*addressees, group]
        elif not addressees and kind == "verb" and passive is None:
            # "urged regulators and exporters to", "forderte die Behörden auf": a group
            # asked by its common noun, no name
            addressees = _common_noun_objects(doc, sent, cue)
            if not addressees and self.lang == "en" and \
                    token_table(doc).lower[cue.i + 1:cue.i + 2] == ["them"]:
                addressees = _organisation_before_them(doc, sentences, index, demander_ids)
        if addressees:  # (the addressees' ids, then the capitals read as their states)
            for addressee in [*map(_node_id, addressees), *_capitals_of(doc, addressees)]:
                add_fact(doc, Fact("ADDRESSED_TO", node_id, addressee, sent, extractor,
                                   confidence - 0.1))
        return node_id, sent, cue.i

    # -- demander ---------------------------------------------------------------
    def _demanders(self, doc: Doc, sentences: list[Span], index: int, cue: Token,
                   kind: str) -> list[Span]:
        """Who demands at the cue. Kept per cue and kind: with a cue in the headline,
        the body's cues are read twice (their demanders first, to compare). What they
        read that changes while demands are added is the list of group demanders
        (``_group``) and the node ids a government noun is given
        (``_government_noun_node``): an answer holds while neither changed since."""
        data = doc.user_data
        known = data.get("kg_demanders")
        if known is None:
            known = data["kg_demanders"] = {}
        state = (len(data.get("kg_demand_groups", ())), data.get("kg_demand_id_writes", 0))
        answer = known.get((cue.i, kind))
        if answer is None or answer[0] != state:
            answer = known[(cue.i, kind)] = \
                (state, self._find_demanders(doc, sentences, index, cue, kind))
        return answer[1]

    def _find_demanders(self, doc: Doc, sentences: list[Span], index: int, cue: Token,
                        kind: str) -> list[Span]:
        table = token_table(doc)
        tokens, lowers = table.tokens, table.lower
        sent = sentences[index]
        actors = _named_actors(doc, sent)
        if kind == "noun":
            # "Russlands Forderungen", "russischen Forderungen", "Forderungen Russlands",
            # "Ruf … aus der CSU", "Kyiv's demands"
            near = [a for a in actors if 0 < cue.i - a.end <= 3 or 0 <= a.start - cue.i - 1 <= 0]
            if near:
                return near[:1]
            source = [a for a in actors if a.start > 0 and tokens[a.start - 1].lower_ in
                      {"aus", "von", "vom"} and tokens[a.start - 1].i < cue.i or
                      a.start > 1 and tokens[a.start - 2].lower_ in {"aus", "von"} and a.end <= cue.i]
            if source:
                return source[-1:]
        if self.lang == "de" and kind == "verb" and _trailing_cue(doc, sent, cue):
            return self._trailing_subject(doc, sentences, index, cue)
        if self.lang == "de" and not HEARSAY_VERBS.isdisjoint(lowers[sent.start:cue.i]):
            hearsay = _hearsay_source(doc, sent, cue, actors)
            if hearsay is not None:
                return [hearsay]
        # Speaker of a quoted demand: "…“, sagte Smith"; "X said Y should …".
        # (asked only where it matters: most demanders stand before the cue)
        if kind == "modal" or _in_quote(doc, sent, cue.i):
            quote_speaker = self._speaker(doc, sentences, index)
            if quote_speaker is not None and not (
                    kind == "modal" and _reported_subject_named(doc, sent, cue, quote_speaker)):
                return [quote_speaker]
            if kind == "modal" and quote_speaker is None:
                reported = self._reported_speaker(doc, sentences, index, cue)
                if reported is not None:
                    return [reported]
        if kind == "condition":
            # "X said nurses would strike unless …": the one who says it demands
            report = next((i for i in range(cue.i - 1, sent.start - 1, -1)
                           if lowers[i] in SAYING_VERBS), None)
            reporters = [a for a in actors if report is not None and a.end <= report]
            if reporters:
                return [a for a in reporters if _coordinated(doc, a, reporters[-1])]
        passive = _passive_agent(doc, sent, cue)
        if passive is not None:
            return [passive[1]]
        before = [a for a in actors if a.end <= cue.i and not _in_pp(doc, a)
                  and not _in_quote(doc, sent, a.start) and not _possessor_only(doc, a, cue)]
        if kind == "modal":  # (with no speaker: that was returned above)
            # "Russia must withdraw": the modal's subject is addressed, not demanding;
            # a demander reports it ("X said/insisted that Y must …")
            report = next((i for i in range(cue.i - 1, sent.start - 1, -1)
                           if lowers[i] in SAYING_VERBS or lowers[i] in COMPLEMENTIZERS), None)
            before = [a for a in before if report is not None and a.end <= report]
            if not before:
                return []
            if report is not None and lowers[report] in SAYING_VERBS:
                # "X, the leader of Y, said Z should …": X says it, Y only describes X
                described = self._subject_before_apposition(doc, before, tokens[report])
                if described is not None:
                    return [described]
        clause_start = _clause_start(doc, sent, cue)
        auxiliary = _perfect_auxiliary(doc, clause_start, cue) if self.lang == "de" else None
        if auxiliary is not None:
            # "Die Minister der EU haben die Regierung Georgiens aufgefordert": the
            # subject stands before the auxiliary, the object between it and the verb.
            subject = [a for a in before if clause_start <= a.start and a.end <= auxiliary]
            if table.lower[clause_start] in PREPOSITIONS - {"der", "des"}:
                # "Vor dem Bundestag des DFB hatten X und Y …": a phrase fills the first
                # place, the subject follows the auxiliary
                subject = [a for a in before if a.start > auxiliary]
            if subject:
                head = _described_person(doc, subject)
                return [a for a in subject if _coordinated(doc, a, head)]
            if auxiliary - clause_start == 2 and lowers[clause_start] in {"der", "die"} and \
                    clause_start + 1 not in doc_index(doc).ent_at and \
                    for_lang(self.lang).is_title_word(table.text[clause_start + 1]):
                # "Der Vizekanzler habe von dem Unternehmen verlangt": the titled person
                titled = _titled_person(doc, sentences, index, tokens[clause_start],
                                        table.text[clause_start + 1])
                if titled is not None:
                    return [titled]
        # a person right before the verb (maybe with a party in brackets) is its subject
        named_before = any(a.label == PER and (a.end == cue.i or a.end + 3 == cue.i and
                                               table.text[a.end] == "(") for a in before)
        if self.lang == "en" and not named_before:
            # "Northern Ireland's police chief on Wednesday urged …" in a lead, named after
            lead = _lead_title_subject(doc, sentences, index, cue, clause_start)
            if lead is not None:
                return [lead]
        unnamed = self._unnamed_subject(doc, sentences, index, cue, clause_start, named_before)
        if unnamed:
            return unnamed
        if self.lang == "en" and before and not named_before and \
                before[-1].end < len(table.lower) and \
                _name_possessive(table.text, table.lower, before[-1].end) and \
                _possessed_body(doc, _verb_subject_end(doc, cue, clause_start), clause_start):
            # "Malaysia's largest labour federation called on …" with no such body named:
            # someone unknown, not the state
            return []
        embedded = _relative_clauses(doc, clause_start, cue.i)
        before = [a for a in before if a.start >= clause_start
                  and not any(lo <= a.start < hi for lo, hi in embedded)]
        # "Joachim Herrmann (CSU) verlangte": the party in brackets only describes him
        texts = table.text
        bracketed = [a for a in before if a.start > 0 and a.end < len(texts) and
                     texts[a.start - 1] == "(" and texts[a.end] == ")"]
        before = [a for a in before if a not in bracketed] or before
        if before and self.lang == "de":
            pronoun = _subordinate_subject(doc, before[-1], cue)
            if pronoun is not None:
                resolved = _resolve_pronoun(doc, sentences, index, pronoun)
                if resolved is not None:
                    return [resolved]
        apposed = self._subject_before_apposition(doc, before, cue) if before else None
        if apposed is not None:
            return [apposed]
        if before:
            # "X met Y … and urged Z": a second predicate shares the clause's subject.
            chosen = before[-1]
            if _second_predicate(doc, clause_start, cue.i):
                if lowers[clause_start] in PRONOUNS_PERSON and clause_start < before[0].start:
                    # "He warned that the RSF's plan …, and urged …": his second predicate
                    resolved = _resolve_pronoun(doc, sentences, index, tokens[clause_start])
                    if resolved is not None:
                        return [resolved]
                chosen = before[0]
                if len(before) > 1 and chosen.label != PER and before[1].label == PER \
                        and _title_words_between(doc, chosen.end, before[1].start):
                    chosen = before[1]  # "European Commission President Ursula von der Leyen"
            # (not a body right before the name: "SP-Ständerat Pierre-Yves Maillard")
            return [a for a in before if _coordinated(doc, a, chosen) and not (
                chosen.label == PER and a.label != PER and a.end == chosen.start)]
        governed = [a for a in actors if a.start > cue.i and _in_pp(doc, a)]
        # "appellierte an Belarus und Russland": Russland shares the preposition
        after = [a for a in actors if a.start > cue.i and not _in_pp(doc, a) and
                 not any(p.start < a.start and _coordinated(doc, p, a) for p in governed)]
        if self.lang == "de" and after and kind != "modal" and \
                _no_subject_before(doc, clause_start, cue.i):
            first = after[0]
            if first.label != PER and len(after) > 1 and after[1].label == PER and \
                    after[1].start - first.end <= 2 and \
                    all(for_lang(self.lang).is_title_word(t) for t in
                        token_table(doc).text[first.end:after[1].start]):
                # "verlangte der deutsche Kanzler Friedrich Merz": the state's adjective
                # only describes the titled person, who is the subject
                first = after[1]
            if first.start - cue.i <= 6 and not _object_with_auf(doc, sent, first) and \
                    "dass" not in lowers[cue.i + 1:first.start]:
                # adjacent names are subject and object ("forderte die Nato Russland auf")
                return [a for a in after if a == first or a.start > first.end and
                        _coordinated(doc, a, first)]
        pronoun = next((tokens[i] for i in range(clause_start, min(cue.i + 3, sent.end))
                        if lowers[i] in PRONOUNS), None)
        quote_speaker = self._speaker(doc, sentences, index)
        if quote_speaker is not None and not (sent.start <= quote_speaker.start and
                                              0 < quote_speaker.start - cue.i <= 3):
            # (not the verb's object: "said she would ask Morgan to …" asks Morgan)
            return [quote_speaker]
        if pronoun is not None and _unnamed_group_reports(doc, sent, pronoun.i):
            return []  # "farming communities said they wanted …": they, named nowhere
        if pronoun is not None:
            groups = _last_group_demanders(doc, index, pronoun)
            if groups:
                return groups
            objects = {kg_id(a) for a in actors if 0 < a.start - cue.i <= 3} - {None}
            resolved = _resolve_pronoun(doc, sentences, index, pronoun, exclude=objects)
            if resolved is not None:
                return [resolved]
        group = next((tokens[i] for i in range(sent.start, sent.end)
                      if self._is_group_noun(lowers[i])),
                     None)
        if group is not None:
            return self._group(doc, sentences, index, group)
        owner = _possessive_title_owner(doc, sent, cue)
        return [owner] if owner is not None else []

    def _subject_before_apposition(self, doc: Doc, before: list[Span], cue: Token) -> Span | None:
        """'Peter Obi, the Labour Party's candidate in 2023, called on …', 'The
        International Maritime Organization (IMO), the U.N. shipping agency, has also
        called for …': a person or organisation whose apposition (an article, for a
        person also a title, after the comma) closes with a comma right before the verb
        (its auxiliary, an adverb) is the subject; the names inside only describe it."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        person = before[0]
        end = person.end
        if end + 2 < cue.i and texts[end] == "(" and texts[end + 2] == ")":
            end += 3  # "(IMO)": the name's acronym
        verb = cue.i
        while verb - 1 > end and (lowers[verb - 1] in EN_AUXILIARIES or
                                  lowers[verb - 1] in PREDICATE_ADVERBS):
            verb -= 1  # "…, has also called"
        opener = end + 1
        if person.label not in {PER, ORG} or len(before) < 2 or opener >= verb - 1 or \
                texts[end] != "," or texts[verb - 1] != ",":
            return None
        is_title_word = for_lang(self.lang).is_title_word
        if person.label == ORG and lowers[opener] not in APPOSITION_OPENERS:
            return None  # (an organisation's apposition opens with an article)
        if lowers[opener] not in APPOSITION_OPENERS and not is_title_word(texts[opener]) and \
                not (texts[opener].islower() and is_title_word(texts[opener + 1])):
            return None  # (a title may follow a modifier: "national president")
        inside = range(opener, verb - 1)
        if any(lowers[i] in {"and", "und"} and lowers[i + 1] not in APPOSITION_OPENERS
               for i in inside):
            return None  # a list of names (not "the former mayor … and the leader of …")
        for i in inside:
            # a second apposition describes the first one's organisation: "X, president
            # of Unifor, Canada's largest union, called …" (a name there would be a list)
            if texts[i] == "," and not (lowers[i + 1] in APPOSITION_OPENERS or
                                        i + 2 < cue.i and texts[i + 2] in {"'s", "’s"} or
                                        tuple(lowers[i + 1:i + 3]) in ONE_OF):
                return None
        return person

    def _trailing_subject(self, doc: Doc, sentences: list[Span], index: int,
                          cue: Token) -> list[Span]:
        """The subject after a closing verb: "…, forderte Scholz", "…, forderte er",
        "…, forderte die Ministerin" (the person last named with that title)."""
        sent = sentences[index]
        lowers = token_table(doc).lower
        named = [a for a in _named_actors(doc, sent) if a.start > cue.i]
        if named:
            return named[:1]
        k = cue.i + 1
        if lowers[k] in PRONOUNS:
            resolved = _resolve_pronoun(doc, sentences, index, doc[k])
            return [resolved] if resolved is not None else []
        title, prefix = k + 1, ""
        texts = token_table(doc).text
        while title < min(sent.end - 1, k + 3) and texts[title].islower() and \
                texts[title].isalpha():
            title += 1  # "die stellvertretende Ministerpräsidentin": past the adjectives
        if title + 2 < sent.end and texts[title + 1] == "-":
            # "der FDP-Vorsitzende": the title after the party, held at that party
            title, prefix = title + 2, texts[title]
        if lowers[k] in {"der", "die"} and title < sent.end and \
                for_lang(self.lang).is_title_word(texts[title]):
            resolved = _titled_person(doc, sentences, index, doc[k], texts[title], prefix)
            return [resolved] if resolved is not None else []
        return []

    def _unnamed_subject(self, doc: Doc, sentences: list[Span], index: int, cue: Token,
                         clause_start: int, named_before: bool = False) -> list[Span]:
        """A subject that names no actor, next to the verb: German inverted "verlangten
        die Ressortchefs", or before it "Beide Minister forderten", "Die
        Außenbeauftragte appellierte", "The communique also demanded"."""
        table = token_table(doc)
        tokens, lowers, texts = table.tokens, table.lower, table.text
        sent = sentences[index]
        k = cue.i + 1
        if self.lang == "de" and not named_before and k + 2 < sent.end and \
                lowers[k] == "die" and lowers[k + 1] in NUMBER_WORDS and \
                not (texts[k + 2][:1].isupper() and k + 2 not in doc_index(doc).ent_at):
            # inverted "forderten die drei die Kommission auf" (no noun after the number:
            # "die drei Verbände" are named so): the persons named last
            return _counted_persons(doc, sentences, index, k + 1)
        # (not after a named person: "Der Vorsitzende Jan Berg rief die Innenminister
        # dazu auf" — the group is the object)
        if self.lang == "de" and not named_before and k + 2 < sent.end and \
                lowers[k] in {"die", "der"} and lowers[k + 1] in GROUP_NOUNS and \
                lowers[k + 2] != "auf":
            return self._group(doc, sentences, index, tokens[k + 1])
        if self.lang == "de" and not named_before and k + 2 < sent.end and \
                lowers[k] in {"der", "die", "das"} and clause_start < cue.i and \
                _no_subject_before(doc, clause_start, cue.i) and \
                texts[k + 1].isalpha() and k + 1 not in doc_index(doc).ent_at and \
                k + 2 not in doc_index(doc).ent_at and texts[k + 2] != "-" and \
                for_lang(self.lang).is_title_word(texts[k + 1]):
            # inverted after a first phrase: "Zugleich appellierte die Präsidentin an …"
            # (no name after the title: "forderte der Minister Jan Berg" names him)
            resolved = _titled_person(doc, sentences, index, tokens[k], texts[k + 1])
            if resolved is not None:
                return [resolved]
        if self.lang == "de" and not named_before and k + 1 < sent.end and \
                lowers[k] in {"der", "die"} and clause_start < cue.i and \
                _no_subject_before(doc, clause_start, cue.i):
            described = self._described_subject(doc, sentences, index, k + 1)
            if described is not None:
                return described
        k = cue.i - 1
        while k > clause_start and (lowers[k] in PREDICATE_ADVERBS or
                                    self.lang == "en" and lowers[k] in EN_AUXILIARIES):
            k -= 1  # "The union is demanding", "The union has also demanded"
        if texts[k] == "," and k > clause_start:
            # "Die Stiftung, die seit 1964 besteht, verlangte …", "The group, which …,
            # called on …": the noun before the relative clause
            k = next((lo - 1 for lo, hi in _relative_clauses(doc, clause_start, k + 1)
                      if hi == k + 1), k)
        if k < clause_start:
            return []
        chair = doc.user_data.get("kg_unnamed_body_chairs", {}).get(lowers[k]) \
            if k == clause_start + 1 and lowers[clause_start] == "the" else None
        if chair is not None:
            # "… a commission chaired by Ann Lee … The commission called on …": the body
            # the text never names speaks through its chair
            return [chair]
        body = self._body_subject(doc, k, clause_start)
        if body is not None:
            return [body]
        if self.lang == "de" and not named_before and _person_noun_subject(doc, clause_start, k):
            # "Der Dachdeckermeister aus Dresden verlangte", "Die 54-Jährige forderte":
            # the person named last, described again
            return _last_persons(doc, sentences, index, clause_start, 1)
        if lowers[k] in {"government", "regierung"}:
            government = _government_as_subject(doc, k, clause_start)
            if government is not None:
                return [government]
        if lowers[k] in STATE_SIDE_NOUNS and k > clause_start and lowers[k - 1] in PAIR_WORDS:
            # "the two governments demanded …", "Beide Regierungen forderten …": the two
            # states the text names most
            return _two_states(doc, frozenset())
        if lowers[k] in UNION_OFFICER_PLURALS and k > clause_start and \
                lowers[k - 1] in UNION_SINGULARS:
            # "union leaders insisted on …": the union the text names most (a lead may
            # name it only after)
            named = _organisation_of_kind(doc, "union", k) or \
                _organisation_of_kind(doc, "union", len(doc))
            if named is not None:
                return [named]
        if self._is_group_noun(lowers[k]) and _subject_noun(doc, k, clause_start):
            return self._group(doc, sentences, index, tokens[k])
        if self.lang == "en" and lowers[k] in ORGANISATION_ANAPHORS and k > clause_start and \
                lowers[k - 1] == "the":
            # "Doctors Without Borders (MSF) criticised the price. The group urged …":
            # the organisation named last before
            named = _last_named(doc, k, ORG)
            return [named] if named is not None else []
        if lowers[k] in OWN_BODY_NOUNS and k > clause_start and lowers[k - 1] in PERSON_POSSESSIVES:
            # "Grünen-Fraktionschefin Katharina Dröge … Ihre Fraktion verlangt": the body
            # of the person named last, else that person
            return _possessor_body(doc, k - 1)
        if lowers[k] in KIND_NOUNS and k > clause_start and lowers[k - 1] in DEFINITE_ARTICLES:
            # "Die Gewerkschaft verlangt …", "The company demanded …": the union or
            # company the text names most
            named = _organisation_of_kind(doc, KIND_NOUNS[lowers[k]], k)
            return [named] if named is not None else []
        kind_noun = _possessed_kind_noun(doc, k, clause_start) if self.lang == "en" else None
        if kind_noun is not None:
            # "Ireland's largest nursing union on Wednesday demanded …": not the state but
            # the union, named before or (in a lead) only after
            kind = KIND_NOUNS[lowers[kind_noun]]
            named = _organisation_of_kind(doc, kind, kind_noun) or \
                _organisation_of_kind(doc, kind, len(doc))
            return [named] if named is not None else []
        possessed = _possessed_body(doc, k, clause_start) if self.lang == "en" else None
        if possessed is not None:
            # "Indonesia's human rights commission demanded …": not the state but the
            # body whose name has those words, named before or (in a lead) only after
            named = _organisation_by_words(doc, possessed[1]) or \
                _lead_body_named_next(doc, sentences, index)
            return [named] if named is not None else []
        if lowers[k] in UNION_PLURALS and k > clause_start and lowers[k - 1] in DEFINITE_ARTICLES:
            # "Die Gewerkschaften verlangen …", "The unions demanded …": those named before
            return _unions_before(doc, k, frozenset())
        both = k if lowers[k] in BOTH_WORDS else k - 1 if \
            k > clause_start and lowers[k - 1] in BOTH_WORDS and \
            for_lang(self.lang).is_title_word(texts[k]) else None
        if both is not None and (both == clause_start or lowers[both - 1] in {"die", "the"}):
            # "Beide forderten …", "Die beiden verlangten …", "Die beiden Ortschefs
            # forderten …" (a title in the plural): the two persons named last
            pair = _last_persons(doc, sentences, index, both, 2)
            return pair if len(pair) == 2 else []
        if lowers[k] in NUMBER_WORDS and k > clause_start and lowers[k - 1] in {"die", "the"}:
            # "Die drei forderten …", "The two urged …": the persons named last
            return _counted_persons(doc, sentences, index, k)
        # ("das Staatsoberhaupt": a neuter title)
        article = next((j for j in range(k - 1, max(clause_start, k - 3) - 1, -1)
                        if lowers[j] in {"der", "die", "das", "the"}), None)
        ent_at = doc_index(doc).ent_at  # (a token in an entity has an entity type)
        if article is not None and texts[k].isalpha() and k not in ent_at and \
                (all(j not in ent_at and texts[j].isalpha() for j in range(article, k)) or
                 _party_prefix(doc, article + 1, k)) and \
                for_lang(self.lang).is_title_word(texts[k]):
            # "Die Außenbeauftragte appellierte": the person named last with that title,
            # else the one person of the nearest sentence that names persons
            resolved = _titled_person(doc, sentences, index, tokens[article], texts[k])
            return [resolved] if resolved is not None else []
        return []

    def _described_subject(self, doc: Doc, sentences: list[Span], index: int,
                           k: int) -> list[Span] | None:
        """The actor an inverted German subject names again by its kind: 'verlangt die
        Stiftung' the organisation named before with that compound head, 'forderte der
        Litauer' (an origin noun) the person named last; None for other nouns."""
        table = token_table(doc)
        low, text = table.lower[k], table.text[k]
        if k in doc_index(doc).ent_at or not text.isalpha():
            return None
        if low in GERMAN_BODY_HEADS:
            body = _organisation_by_compound_head(doc, k, low)
            return [body] if body is not None else []
        if low in KIND_NOUNS:
            # "Am Freitag verlangte die Gewerkschaft …": the union the text names most
            named = _organisation_of_kind(doc, KIND_NOUNS[low], k)
            return [named] if named is not None else []
        if text[:1].isupper() and (_is_origin_noun(text) or table.lower[k - 1] == "der" and
                                   low.endswith(PERSON_DESCRIPTION_ENDINGS)):
            # ("forderte der Gewerkschafter": a person described again)
            return _last_persons(doc, sentences, index, k, 1)
        return None

    def _body_subject(self, doc: Doc, k: int, clause_start: int) -> Span | None:
        """'the 15-member council demanded', 'the council's leaders demanded': a body
        noun as the subject (or its leaders' owner) is the organisation named before
        whose name ends with it ("Peace and Security Council")."""
        lowers, texts = token_table(doc).lower, token_table(doc).text
        if self.lang == "de":
            # "Die Kammer appellierte": the organisation named before whose name has a
            # compound with that head ("Wirtschaftskammer Österreich")
            if lowers[k] not in GERMAN_BODY_HEADS or k - 1 < clause_start or \
                    lowers[k - 1] not in {"die", "der", "das"}:
                return None
            return _organisation_by_compound_head(doc, k, lowers[k])
        if lowers[k] in LEADER_PLURALS and k - 2 >= clause_start and texts[k - 1] in {"'s", "’s"}:
            k -= 2  # "the council's leaders": the council's
        if lowers[k] not in BODY_HEAD_NOUNS or "the" not in lowers[max(clause_start, k - 5):k]:
            return None
        return _organisation_by_head(doc, k, texts[k].capitalize())

    def _is_group_noun(self, low: str) -> bool:
        """A plural noun for a group ("die Minister", "the allies"): the German plural
        "minister" is an English singular ("the minister asked": one person)."""
        return low in GROUP_NOUNS and not (self.lang == "en" and low == "minister")

    def _group(self, doc: Doc, sentences: list[Span], index: int, noun: Token) -> list[Span]:
        """'die Minister', 'the ministers', 'the communique': the group that made the
        last demand (an organisation or state), 'beide Minister' the two persons named
        last, else the organisation most mentioned in the document."""
        lowers = token_table(doc).lower
        if noun.i > 0 and lowers[noun.i - 1] in {"beide", "both"}:
            pair = _last_persons(doc, sentences, index, noun.i, 2)
            if len(pair) == 2:
                return pair
        if lowers[noun.i] in DOCUMENT_NOUNS:
            resolved = _group_actor(doc, noun)
            return [resolved] if resolved is not None else []
        earlier = doc.user_data.get("kg_demand_groups", [])
        recent = [span for sent_index, span in earlier if index - 3 <= sent_index < index]
        if recent:
            return recent[-1:]
        resolved = _group_actor(doc, noun)
        return [resolved] if resolved is not None else []

    def _spelled_out_next(self, doc: Doc, sentences: list[Span], index: int,
                          demander_ids: set[str]) -> bool:
        """Whether the next sentence makes a demand by a verb whose demanders are
        ``demander_ids``: a short demand before it ("mahnte Tempo an", "demanded faster
        action") only announces what that one spells out."""
        if index + 1 >= len(sentences):
            return False
        nxt = sentences[index + 1]
        table = token_table(doc)
        cues = word_positions(doc, f"demand-cue-{self.lang}", self._may_cue, nxt.start, nxt.end)
        if not ADDITIVE_WORDS.isdisjoint(table.lower[nxt.start:nxt.end]):
            return False  # "She also urged …": a demand of its own
        return any(self._cue(table.tokens[i]) == "verb" and
                   self._demanders_of(doc, sentences, index + 1, table.tokens[i]) == demander_ids
                   for i in cues)

    def _spelled_out_by_member(self, doc: Doc, sentences: list[Span], index: int,
                               demander_ids: set[str]) -> bool:
        """Whether the next sentence makes a demand by a verb whose demanders are persons
        of the organisation that demands here, that sentence naming it before the verb
        ("Die Gewerkschaft Verdi verlangt Sicherheit. Der Leiter des Verdi-Landesbezirks,
        X, richtete an die Stadt die Forderung, …"): the short demand with no addressee
        only announces what its officer spells out."""
        if index + 1 >= len(sentences) or any(i.startswith("person:") for i in demander_ids):
            return False
        nxt = sentences[index + 1]
        table = token_table(doc)
        if not ADDITIVE_WORDS.isdisjoint(table.lower[nxt.start:nxt.end]):
            return False  # "Verdi-Chef X forderte zudem …": a demand of its own
        cues = word_positions(doc, f"demand-cue-{self.lang}", self._may_cue, nxt.start, nxt.end)
        for i in cues:
            if self._cue(table.tokens[i]) != "verb":
                continue
            named = {kg_id(e) for e in doc_index(doc).ents_in(nxt.start, i)}
            demanders = self._demanders_of(doc, sentences, index + 1, table.tokens[i])
            if demanders and all(d.startswith("person:") for d in demanders) and \
                    not named.isdisjoint(demander_ids):
                return True
        return False

    def _reported_speaker(self, doc: Doc, sentences: list[Span], index: int,
                          cue: Token) -> Span | None:
        """Who says a modal sentence that names no speaker by name: "…, sagte der
        Landesrat" / "said the minister" (the person that title or noun points back to,
        ``_titled_speaker``); or, for a German subjunctive ("Der Bund müsse zudem …")
        with no verb of saying at all, the speaker of the sentence before: reported
        speech goes on in the subjunctive after its speaker was named."""
        titled = _titled_speaker(doc, sentences, index, cue.i)
        if titled is not None or self.lang != "de" or index == 0:
            return titled
        lowers = token_table(doc).lower
        sent = sentences[index]
        if lowers[cue.i] not in REPORTED_MODALS or _in_quote(doc, sent, cue.i) or \
                not SAYING_VERBS.isdisjoint(lowers[sent.start:sent.end]) or \
                "dass" in lowers[sent.start:cue.i] or not _actor_subject(doc, sent, cue) or \
                _promises(doc, sentences[index - 1]) or \
                lowers[cue.i] == "müssten" and _hypothetical(lowers, sent.start, cue.i):
            # ("Eine Erhöhung müsse …": no one asked; "X sagte Hilfe zu. Die Polizei
            # solle zudem …": what X promised goes on, nothing demanded)
            return None
        before = self._speaker(doc, sentences, index - 1)
        if before is None:
            before = _titled_speaker(doc, sentences, index - 1, sentences[index - 1].start)
        last = doc.user_data.get("kg_demand_last_demanders")
        if before is None and last is not None and last[0] == index - 1 and len(last[1]) == 1:
            # "Er appellierte an X, … Zudem müssten die Länder …": the one who demanded
            # in the sentence before goes on in reported speech
            before = last[1][0]
        return before

    def _speaker(self, doc: Doc, sentences: list[Span], index: int) -> Span | None:
        """The sentence's speaker, asked once per sentence (for each of its cues)."""
        speakers = doc.user_data.get("kg_demand_speakers")
        if speakers is None:
            speakers = doc.user_data["kg_demand_speakers"] = {}
        if index not in speakers:
            speakers[index] = speaker_of(doc, sentences, index)
        return speakers[index]

    # -- addressee -------------------------------------------------------------
    def _addressees(self, doc: Doc, sent: Span, cue: Token, kind: str,
                    demander_ids: set[str] | frozenset[str] = frozenset()) -> list[Span]:
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        ent_at = doc_index(doc).ent_at
        cue_word = lowers[cue.i]
        # the demander is never its own addressee ("Am Montag forderte die Nato Russland auf")
        actors_all = _actors(doc, sent)
        actor_ids = [kg_id(a) for a in actors_all]  # (read once: asked up to three times)
        actors = [a for a, node in zip(actors_all, actor_ids, strict=True) if node not in demander_ids]
        after = [a for a in actors if a.start > cue.i]
        if self.lang == "de" and kind == "verb" and _trailing_cue(doc, sent, cue):
            return _trailing_addressee(doc, sent, cue, actors, demander_ids)
        if kind == "condition":
            return _condition_subject(doc, sent, cue, after, demander_ids)
        if cue_word == "gerichtet":
            # "hat an die Bundesregierung einen Appell gerichtet": "an X" before the verb
            received = [a for a in actors if a.end <= cue.i and (
                lowers[a.start - 1] == "an" or lowers[a.start - 2] == "an" and
                lowers[a.start - 1] in ARTICLES)]
            if received:
                return _with_coordinated(doc, received[0], actors)
        if not RESIGNATION_NOUNS.isdisjoint(lowers[cue.i + 1:cue.i + 7]):
            resigning = _resigning(doc, sent, cue)
            if resigning is not None and kg_id(resigning) not in demander_ids:
                return [resigning]
        if kind == "verb" and not OBJECT_PRONOUNS.isdisjoint(lowers[cue.i + 1:cue.i + 3]):
            pronoun = _object_pronoun_person(doc, sent, cue, demander_ids)
            if pronoun is not None:
                return [pronoun]
        if kind == "verb" and not BODY_OBJECT_PRONOUNS.isdisjoint(lowers[cue.i + 1:cue.i + 3]):
            body = _object_pronoun_body(doc, sent, cue, demander_ids)
            if body is not None:
                return [body]
        # The words of the few tokens after the verb: the tests of an object right after
        # it (both sides, a company's board, unions, employers, a government) look for one
        # of theirs there, so those whose words are missing are not asked.
        near = frozenset(lowers[cue.i + 1:min(sent.end, cue.i + 5)])
        if not BOTH_WORDS.isdisjoint(near):
            if _addresses_both_sides(doc, sent, cue, STATE_SIDE_NOUNS):
                return _two_states(doc, demander_ids)
            if _addresses_both_sides(doc, sent, cue, INSTITUTION_NOUNS):
                return _two_organisations(doc, demander_ids)
            if _addresses_both_sides(doc, sent, cue):
                return _two_sides(doc, demander_ids)
        if not UNION_SIDE_NOUNS.isdisjoint(near):
            sides = _union_and_employer(doc, sent, cue, demander_ids)
            if sides:
                return sides
        if not ALL_WORDS.isdisjoint(near):
            parties = _all_parties(doc, sent, cue, demander_ids)
            if parties:
                return parties
        apposed = _apposed_object(doc, sent, cue, after) if "," in texts[cue.i + 2:cue.i + 8] \
            else None
        if apposed is not None and kg_id(apposed) not in demander_ids:
            return [apposed]
        if self.lang == "en" and cue_word.startswith(OBJECT_VERB_STARTS):
            included = _included_actors(doc, sent, cue, after) or \
                _actor_before_to(doc, sent, cue, after)
            if included:
                return included
        # (a German accusative article right after the verb or its pronoun, else no
        # titled object: the demanders are not listed for it)
        titled = self._titled_accusative(doc, sent, cue, actors, [
            a for a, node in zip(actors_all, actor_ids, strict=True) if node in demander_ids]) \
            if self.lang == "de" and not ACCUSATIVE_ARTICLES.isdisjoint(
                lowers[cue.i + 1:cue.i + 3]) else None
        if titled is not None:
            return [titled]
        police = _police_object(doc, sent, cue, demander_ids) \
            if not POLICE_NOUNS.isdisjoint(near) else None
        if police is not None:
            return [police]
        company = _company_body_object(doc, sent, cue, demander_ids) \
            if any(map(_is_company_noun, near)) else None
        if company is not None:
            return [company]
        if self.lang == "en" and cue_word.startswith(DIRECT_OBJECT_VERB_STARTS) and after and \
                all(low in {"the", "its", "their"} or low in NAME_PARTICLES for low in
                    lowers[cue.i + 1:after[0].start]) and after[0].start - cue.i <= 3:
            # "urged (the) G7 to …", "pressed Greer for an exemption from tariffs on
            # Mexican steel": the object, before any "on X" later
            if lowers[after[0].end:after[0].end + 1] == ["government"]:
                # "urged the Norwegian government to": the state and its government
                named = _government_noun_node(doc, sent, cue, after[0])
                if named is not None:
                    return [after[0], named]
            # "urged the World Bank and the IMF to …": the objects joined to it
            return _with_coordinated(doc, after[0], after)
        # ("ans Ministerium": "an das" contracted)
        receivers = {"an", "ans", "on", "to"} if cue_word.startswith("appeal") else \
            {"an", "ans", "bei", "beim"} if _asks_at(sent, cue) else {"an", "ans", "on"}
        words = for_lang(self.lang)
        for a in after:  # "an Moskau", "call on X", "demands on Moscow", "appealed to X"
            k = _place_kind_start(doc, a) - 1  # ("called on the state of Texas")
            # "called on Prime Minister X": past the title words
            while k > cue.i and a.start - k <= 4 and (
                    words.is_title_word(texts[k]) or  # (spaCy's is_title and is_alpha)
                    texts[k].istitle() and texts[k].isalpha() and k not in ent_at):
                k -= 1
            if k > cue.i + 1 and _attributive_adjective(self.lang, texts[k], a.label) and \
                    lowers[k - 1] in ARTICLES:
                k -= 1  # "an die künftige Bundesregierung", "on the incoming Congress"
            prev = lowers[k] if k >= 0 else ""
            prev2 = lowers[k - 1] if k > 0 else ""
            # ("an seinen Parteifreund Klingbeil": a possessive before the noun)
            receiver = k if prev in receivers else k - 1 if \
                (prev in ARTICLES or prev in RECEIVER_POSSESSIVES) \
                and prev2 in receivers else None  # ("an das Ministerium": any article)
            # an English "on" receives only right after the verb or noun ("called on X",
            # "demands on X"), not later ("insisted that … lift tariffs on Canadian steel")
            if receiver is not None and (lowers[receiver] != "on" or receiver == cue.i + 1) \
                    and COMPLEMENTIZERS.isdisjoint(lowers[cue.i + 1:receiver]) and \
                    not (self.lang == "de" and "," in texts[cue.i + 1:receiver]):
                # (not inside what is demanded: "verlangte, dass die SNB … an die AHV
                # ausschüttet", "forderte, das Geld an den Bund zurückzuzahlen")
                return _with_coordinated(doc, a, after)
        if not CITY_NOUNS.isdisjoint(near):
            city = _city_object(doc, sent, cue)
            if city is not None and kg_id(city) not in demander_ids:
                return [city]
        untagged = _untagged_receiver_object(doc, sent, cue, receivers)
        if untagged is not None and kg_id(untagged) not in demander_ids:
            return [untagged, *(a for a in after if _coordinated(doc, untagged, a, ARTICLES))]
        titled = self._titled_receiver(doc, sent, cue, receivers, demander_ids)
        if titled is not None:
            return [titled]
        # the demander's words after the verb do not count: "verlangt die Europäische
        # Union von der Schweiz"
        subject_tokens = {i for a, node in zip(actors_all, actor_ids, strict=True)
                          if node in demander_ids and a.start > cue.i for i in range(a.start, a.end)}
        for a in after:  # "verlangte vom Bund", "erwarte von der Ampel-Koalition"
            k = _before_title(doc, cue.i, a) if a.label == PER else _place_kind_start(doc, a)
            if k > 2 and lowers[k - 3] == "von" and lowers[k - 2] in {"den", "dem", "der"} \
                    and texts[k - 1].islower() and texts[k - 1].endswith(("en", "em", "er")):
                k -= 1  # an adjective: "von den übrigen EU-Staaten"
            prev = lowers[k - 1] if k else ""
            prev2 = lowers[k - 2] if k > 1 else ""
            if not (prev in {"vom", "von"} or prev in {"der", "dem", "den"} and prev2 == "von"):
                continue  # (the words between are counted only after "von")
            gap = k - cue.i - sum(1 for i in subject_tokens if i < k) - \
                _time_phrase_length(lowers, cue.i + 1, k)
            if gap > 4 and self.lang == "de":
                # an inverted group subject first: "verlangten die Regierungschefinnen und
                # Regierungschefs von Bundeskanzler Friedrich Merz …"
                # (or one described again: "forderte der Gewerkschafter von …")
                gap -= sum(1 for i in range(cue.i + 1, k)
                           if lowers[i] in GROUP_NOUNS or lowers[i] in {"die", "und"} or
                           lowers[i] == "der" and lowers[i + 1].endswith(PERSON_DESCRIPTION_ENDINGS)
                           or lowers[i].endswith(PERSON_DESCRIPTION_ENDINGS) and
                           lowers[i - 1] == "der")
            if gap <= 4:
                return [a]
            if gap <= FINAL_VON_GAP and a.label == ORG and (prev == "vom" or prev2 == "von") and \
                    (a.end >= sent.end or is_punct_text(texts[a.end])) and \
                    COMPLEMENTIZERS.isdisjoint(lowers[cue.i + 1:k]):
                # "forderte eine bessere Finanzierung der Pflege vom Bund.": a longer
                # object, the body it is asked of closing the clause ("vom"/"von der")
                return [a]
        titled_von = _titled_after_von(doc, sent, cue, actors) \
            if self.lang == "de" and lowers[cue.i + 1:cue.i + 2] in (["vom"], ["von"]) else None
        final_von = _von_before_final_verb(doc, sent, cue) if self.lang == "de" else None
        if titled_von is None and final_von is not None:
            # "…, von der Ministerin eine Zusage einzufordern": before the final verb
            titled_von = _titled_after_von(doc, sent, cue, actors, final_von)
        if titled_von is not None and kg_id(titled_von) not in demander_ids:
            return [titled_von]  # "verlangt vom Präsidenten, …"
        kind_noun = _kind_noun_after_von(doc, sent, cue) if self.lang == "de" else None
        if kind_noun is None and final_von is not None:
            # "habe von dem Unternehmen verlangt, …"
            kind_noun = _kind_noun_after_von(doc, sent, cue, KIND_NOUNS, final_von)
        if kind_noun is not None:
            # "verlangte von der Gewerkschaft, …": the union the text names most
            named = _organisation_of_kind(doc, KIND_NOUNS[lowers[kind_noun]], kind_noun)
            if named is not None and kg_id(named) not in demander_ids:
                return [named]
        body_noun = _kind_noun_after_von(doc, sent, cue, ADDRESSED_BODY_HEADS) \
            if self.lang == "de" and kind_noun is None else None
        if body_noun is not None:
            # "verlangt vom Ministerium": the ministry named before ("Bildungsministerium")
            named = _organisation_by_compound_head(doc, body_noun, lowers[body_noun])
            if named is not None and kg_id(named) not in demander_ids:
                return [named]
        if self.lang == "en" and cue_word.startswith(("demand", "request", "need")):
            source = self._from_actor(doc, sent, cue, after)
            if source is not None:
                return [source]
            governments = _government_from(doc, sent, cue, demander_ids)
            if governments:
                return governments  # "demanding a 10% pay rise from the government"
        titled_objects = self._titled_object(doc, cue, after)
        if titled_objects:
            return titled_objects
        # "forderten die Minister Russland auf": accusative object before "auf".
        for a in after:
            if _object_with_auf(doc, sent, a):
                # ("forderte die Weltbank und den IWF auf": the objects joined before it)
                return [b for b in after if b.start <= a.start and _coordinated(doc, b, a, ARTICLES)]
        # "drängte die Regierung, …", "forderte Russland zum Rückzug auf", "rief die
        # Koalition zu … auf": the accusative object right after the verb
        if self.lang == "de" and after and after[0].start - cue.i <= 8:
            subject_tokens = {i for a, node in zip(actors_all, actor_ids, strict=True) if node in demander_ids
                              for i in range(a.start, a.end)}
            # (a person's title before the name: "rief Bundesinnenminister X dazu auf";
            # an inverted subject's title before its name: "forderte die französische
            # Außenministerin Anna Leclerc Russland auf")
            titles = words.is_title_word
            if after[0].start - cue.i - len(subject_tokens) <= 5 and \
                    all(lowers[i] in {"die", "den", "der", "das"} or i in subject_tokens or
                        lowers[i] in NUMBER_WORDS or  # ("forderten die drei X auf")
                        (after[0].label == PER or i + 1 in subject_tokens) and titles(texts[i])
                        for i in range(cue.i + 1, _place_kind_start(doc, after[0]))) and \
                    (cue_word.startswith("dräng") and not _followed_by(cue, {"auf"}, 1) or
                     cue_word in REQUEST_VERBS or
                     # "mahnte die Regierung, …", "mahnte die Regierung zur Eile" (not
                     # "mahnte … an": anmahnen names the thing)
                     cue_word.startswith("mahn") and not _has_particle(sent, cue, {"an"}) or
                     cue_word in OBJECT_AUF_VERBS and _has_particle(sent, cue, {"auf"})):
                return after[:1]
        # verb-final clause: "… hatten sie vom Bund eine Bezahlkarte verlangt"
        clause = _clause_start(doc, sent, cue)
        if self.lang == "de":
            # "…, in der sie die Kommission auffordern": the name after the subject pronoun
            objects = [a for a in actors if a.end <= cue.i and _subordinate_subject(doc, a, cue)]
            if objects:
                return objects[-1:]
        for a in actors:
            if clause <= a.start and a.end <= cue.i and a.start > 0 and (
                    lowers[a.start - 1] in {"vom", "von"} or
                    a.start > 1 and lowers[a.start - 2] == "von") and \
                    not _title_von(doc, a.start):
                return [a]
        # a group as the object: "urged participating states to …",
        # "hatten die Delegierten … aufgefordert" → the organisation they belong to
        unions = _addressed_unions(doc, sent, cue, demander_ids) \
            if not (UNION_PLURALS.isdisjoint(near) and UNION_SINGULARS.isdisjoint(near)) else []
        if not unions and self.lang == "de" and \
                "gewerkschaften" in lowers[cue.i + 1:min(sent.end, cue.i + 12)]:
            unions = _unions_after_preposition(doc, sent, cue, demander_ids)
        if unions:
            return unions
        employers = _addressed_employers(doc, sent, cue, demander_ids) \
            if not EMPLOYER_PLURALS.isdisjoint(near) else None
        if employers is not None:
            return [employers]
        companies = _addressed_companies(doc, sent, cue, demander_ids) \
            if any(map(ENDS_COMPANY_PLURAL, near)) else []
        if companies:
            return companies
        group = self._addressed_group(doc, sent, cue, actors_all)
        if group is not None:
            return [group]
        objects = self._perfect_object(doc, sent, cue)
        if objects:
            return objects
        # the first actor of a dass/that clause (not after a modal: "X should pay,
        # arguing that Y …" asks the modal's subject, read below; but "must insist that")
        for i in range(cue.i, cue.i if cue_word in MODALS else sent.end):
            if lowers[i] in {"dass", "that"}:
                if _government_noun_at(doc, i + 1) is not None:
                    break  # "demanded that the government bring back the law, which X …"
                other = _other_person_pronoun(doc, sent, cue, i + 1, demander_ids)
                if other is not None:
                    return [other]
                titled = _clause_title_holder(doc, i + 1, sent.end)
                if titled is not None and kg_id(titled) not in demander_ids:
                    return [titled]
                inside = [a for a in after if a.start > i]
                if inside:
                    return inside[:1]
                untagged = _untagged_organisation_at(doc, sent, i + 1, texts, LOWER_WORDS)
                if untagged is not None and kg_id(untagged) not in demander_ids:
                    return [untagged]  # "demanded that TT-Line keep …", named before
                break  # "demands that the government …": no name, maybe a government noun
        reported = _reported_subject(doc, cue, after) if self.lang == "de" else None
        if reported is None and self.lang == "de":
            reported = _subject_after_semicolon(doc, sent, cue, after)
        if reported is not None:
            return [reported]
        if self.lang == "de" and (not COALITION_NOUNS.isdisjoint(lowers[cue.i + 1:sent.end]) or
                                  not GOVERNMENT_NOUNS.isdisjoint(lowers[cue.i + 1:sent.end])):
            reported = _reported_government(doc, sent, cue, demander_ids)
            if reported is not None:
                named = _reported_government_node(doc, sent, cue, reported)
                return [reported] if named is None else [reported, named]
        # (after an inverted subject the object stands further on: "forderte der
        # Litauer Andrius Kubilius von der rumänischen Regierung …")
        if self.lang == "de" and _may_name_regional_government(lowers, cue.i, sent.end):
            regional = _regional_government(doc, sent, cue)
            if regional:
                return regional
        von = _von_after_subject(lowers, sent, cue) if self.lang == "de" else None
        if von is None and self.lang == "de":
            # "forderte der Bauernverband HPK die Regierung auf": past the inverted subject
            von = next((a.end - 1 for a, node in zip(actors_all, actor_ids, strict=True)
                        if node in demander_ids and cue.i < a.start <= cue.i + 3), None)
        gov_near = near if von is None else frozenset(lowers[von + 1:min(sent.end, von + 5)])
        government = _government_object(doc, sent, cue, demander_ids, von) \
            if not (COALITION_NOUNS.isdisjoint(gov_near) and GOVERNMENT_NOUNS.isdisjoint(gov_near)) \
            else None
        if government is None and self.lang == "de" and "staat" in lowers[cue.i + 1:cue.i + 6]:
            government = _state_noun_object(doc, sent, cue, demander_ids)
        if government is None and not REGION_NOUNS.isdisjoint(near):
            region = _region_object(doc, sent, cue, demander_ids)
            if region is not None:
                return [region]
        if self.lang == "en" and not REGIONAL_ATTRIBUTES.isdisjoint(near):
            regional = _english_regional_government(doc, sent, cue)
            if regional:
                return regional  # "urged the provincial government to": not the state's
        if self.lang == "en" and "government" in near:
            devolved = _devolved_government(doc, sent, cue)
            if devolved is not None:
                return [devolved]  # "called on the Scottish Government to": not the UK's
        if self.lang == "en" and government is None and "government" in near:
            cabinet = _named_cabinet(doc, sent, cue, demander_ids)
            if cabinet is not None:
                return [cabinet]  # "the Welsh Government … urged the government to"
        if self.lang == "en":
            # "urged the government to": the government itself, besides its state
            named = _government_noun_node(doc, sent, cue, government)
            if named is not None:
                # ("the Belgian government": Belgium, whichever state the text names most)
                state = _named_state(doc, named.start, government)
                return [named] if state is None else [state, named]
            office = _office_noun_node(doc, sent, cue) or _bare_ministry(doc, sent, cue) \
                if not OFFICE_NOUNS.isdisjoint(near) else None
            if office is not None:
                return [office]  # "urged the health ministry to …"
        elif government is not None and not _is_cabinet(doc, government):
            # "rief die Regierung auf", "verlangen von dieser Regierung": no cabinet is
            # named, so the government as the text calls it, besides its state
            named = _german_government_node(doc, sent, cue, government, von)
            if named is not None:
                return [government, named]
        elif government is None and "regierung" in gov_near and self.lang == "de":
            # a text that names no state: the government as it calls it, this text's own
            named = _german_government_node(doc, sent, cue, None, von)
            if named is not None:
                return [named]
        if government is not None:
            return [government]
        if kind == "modal":
            subject = _government_subject(doc, cue, demander_ids)
            if subject:
                return subject
            office = _office_subject(doc, cue) if self.lang == "en" else None
            if office is not None:
                return [office]  # "The national treasury must release the money"
            body = _body_noun_subject(doc, cue) if cue.i > 1 else None
            if body is not None and kg_id(body) not in demander_ids:
                return [body]  # "X said the ministry should …": the ministry named before
            if cue.i > 1 and lowers[cue.i - 1] in BODY_NOUNS and lowers[cue.i - 2] == "the":
                # "X said the group had to …": the organisation the text names most
                named = _group_actor(doc, doc[cue.i - 1])
                return [named] if named is not None and kg_id(named) not in demander_ids else []
            titled_subject = _title_plural_before(doc, sent, cue)
            if titled_subject:
                return titled_subject  # "said the chief executives should testify"
            start = _clause_start(doc, sent, cue)
            said = next((i for i in range(cue.i - 1, start - 1, -1) if lowers[i] in SAYING_VERBS),
                        None)
            if said is not None:
                start = said + 1  # ("X, who chairs Y, said Z should …": not Y)
            in_clause = [a for a in actors if a.start >= start and a.end <= cue.i]
            if in_clause:
                return in_clause[-1:]
            inverted = [a for a in after if a.start == cue.i + 1 or a.start == cue.i + 2 and
                        lowers[cue.i + 1] in ARTICLES] if self.lang == "de" else []
            if inverted:
                return inverted  # "jetzt muss Berlin liefern": the subject after the modal
            told = _told_pronoun_person(doc, sent, cue, demander_ids) \
                if self.lang == "en" else None
            if told is not None:
                return [told]
            if cue.i > sent.start and lowers[cue.i - 1] in {"it", "sie", "they"}:
                earlier = [a for a in actors if a.end <= cue.i and a.label != PER]
                return earlier[-1:]
        if kind == "verb" and self.lang == "en":
            known = _untagged_organisation_object(doc, sent, cue)
            if known is not None and kg_id(known) not in demander_ids:
                return [known]
        return []

    def _titled_accusative(self, doc: Doc, sent: Span, cue: Token, actors: list[Span],
                           demanders: list[Span]) -> Span | None:
        """'Uebel forderte den Minister auf, … an die Großbank zu verkaufen', 'drängte den
        Minister, …': a person named by title right after the verb is the addressee (before
        any "an X" later in the sentence), the one last named with a title ending so.
        A woman's title after "die" is the object only once the subject is said, before
        the verb or as the pronoun right after it ("Sie rief die Ministerin auf", "rief er
        die Ministerin auf"); else she is the subject ("Dann forderte die Ministerin …")."""
        if self.lang != "de":
            return None
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        k = cue.i + 1
        subject_said = any(a.end <= cue.i for a in demanders)
        if k + 2 < sent.end and lowers[k] in {"er", "sie"} and lowers[k + 1] in {"den", "die"}:
            k += 1  # "rief er die Ministerin auf": past the subject
            subject_said = True
        ent_at = doc_index(doc).ent_at
        if k + 1 >= sent.end or not _names_a_person(lowers[k + 1]) or \
                k + 1 in ent_at or k + 2 < sent.end and k + 2 in ent_at:
            return None
        if lowers[k] != "den" and not (lowers[k] == "die" and subject_said and
                                       lowers[k + 1].endswith("in")):
            return None
        return _person_with_title(doc, k + 1, texts[k + 1], exclude=[*actors, *demanders])

    def _titled_receiver(self, doc: Doc, sent: Span, cue: Token, receivers: set[str],
                         demander_ids: set[str] | frozenset[str]) -> Span | None:
        """'called on the president to …', 'urged the prime minister to …': an English
        object that is a title in lower case after "the" is the person the text named
        with that title before (the German "den Kanzler" is ``_addressed_group``'s)."""
        if self.lang != "en" or not cue.lower_.startswith((
                "urg", "ask", "press", "call", "appeal", "want", "order", "instruct", "implor",
                "petition")):
            return None
        lowers = token_table(doc).lower
        k = cue.i + 1
        if k < sent.end and lowers[k] in receivers:
            k += 1
        titled = _clause_title_holder(doc, k, sent.end)
        return titled if titled is not None and kg_id(titled) not in demander_ids else None

    def _titled_object(self, doc: Doc, cue: Token, after: list[Span]) -> list[Span]:
        """'urged army chief X and RSF commander Y to …': persons right after the verb,
        each behind a lower-case title ("army chief"), coordinated by "and"."""
        if self.lang != "en" or not cue.lower_.startswith(("urg", "ask", "press", "call")):
            return []
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        words = for_lang(self.lang)
        found: list[Span] = []
        k = cue.i + 1
        if cue.lower_.startswith("call") and k < len(lowers) and lowers[k] == "on":
            k += 1
        for a in [a for a in after if a.label == PER]:  # ("RSF commander": an ORG inside)
            if a.start - k > 4 or a.start == k:
                break
            between = texts[k:a.start]
            if lowers[k] in {"and", ","}:
                between = between[1:]
            if not between or not words.is_title_word(between[-1]) or \
                    not all(w.isalpha() or w == "-" for w in between):
                break
            found.append(a)
            k = a.end
            if k >= len(lowers) or lowers[k] not in {"and", ","}:
                break
        return found

    def _from_actor(self, doc: Doc, sent: Span, cue: Token, after: list[Span]) -> Span | None:
        """'demanded an apology from Japan': the actor after "from" close to the verb,
        unless something moves away from a place ('the withdrawal of troops from X')."""
        lowers = token_table(doc).lower
        for a in after:
            # ("from the European Commission": the article between)
            at = a.start - 2 if lowers[a.start - 1] == "the" else a.start - 1
            if a.start - cue.i > 7 or lowers[at] != "from":
                continue
            if MOVING_WORDS.isdisjoint(lowers[cue.i + 1:a.start]):
                return a
        return None

    def _perfect_object(self, doc: Doc, sent: Span, cue: Token) -> list[Span]:
        """"haben die Regierung Georgiens aufgefordert": the object of a perfect tense,
        after the subject ("hatten die Präsidenten X und Y den Verband aufgefordert")."""
        clause = _clause_start(doc, sent, cue)
        auxiliary = _perfect_auxiliary(doc, clause, cue) \
            if self.lang == "de" and cue.lower_.startswith("auf") else None
        if auxiliary is None:
            return []
        # all actors: the subject tells where the objects start, even when left out
        free = [a for a in _actors(doc, sent) if clause <= a.start and a.end <= cue.i
                and not _in_pp(doc, a)]
        objects = [a for a in free if a.start > auxiliary]
        if objects and not any(a.end <= auxiliary for a in free):
            objects = [a for a in objects if not _coordinated(doc, a, objects[0])]
        return objects[:1]

    def _addressed_group(self, doc: Doc, sent: Span, cue: Token, actors: list[Span]) -> Span | None:
        table = token_table(doc)
        lowers, table_texts = table.lower, table.text
        ent_at = doc_index(doc).ent_at
        if self.lang == "en":
            window: Sequence[int] = range(cue.i + 1, min(sent.end, cue.i + 4))
        else:  # German: after the subject, before the verb at the end of the clause
            clause = _clause_start(doc, sent, cue)
            subject = [a.end for a in actors if clause <= a.start and a.end <= cue.i]
            window = range(min(subject) if subject else clause, cue.i)
            # "appellierte an die Mitgliedstaaten", "forderte die Mitgliedstaaten auf"
            window = [*window, *range(cue.i + 1, min(sent.end, cue.i + 5))]
        for i in window:
            if lowers[i] in EUROPEANS and lowers[i - 1] in {"die", "den", "the"}:
                # "rief die Europäer auf", "urged the Europeans to": the EU, when named
                named = _named_as(doc, EU_ID)
                if named is not None:
                    return named
            if lowers[i] in STATE_GOVERNMENT_PLURALS and lowers[i - 1] in {"die", "den", "alle"}:
                # "rief die Landesregierungen auf": the Länder, when the text names them
                named = _laender_named(doc)
                if named is not None:
                    return named
            if lowers[i] in ADDRESSED_GROUPS and (self.lang == "en" or
                                                  lowers[i - 1] in {"die", "den", "alle", "allen"}):
                # the organisation named last, else the one the text names most
                named = _last_named(doc, i, ORG)
                return named if named is not None else _group_actor(doc, doc[i])
            if (lowers[i - 1] in {"die", "den", "the", "vom"} or
                    lowers[i - 1] in {"der", "dem"} and lowers[i - 2] == "von") and \
                    i not in ent_at and (
                    table_texts[i][:1].isupper() or lowers[i] in BODY_HEAD_NOUNS):
                # "forderte die Kommission auf", "urged the Commission to", "called on
                # the council to", "verlangte von der Post": the organisation named
                # before whose name ends with the noun
                named = _organisation_by_head(doc, i, table_texts[i].capitalize())
                if named is not None and all(kg_id(named) != kg_id(a) for a in actors
                                             if a.end <= cue.i):
                    return named
            if self.lang == "de" and i > cue.i and lowers[i - 1] in {"die", "den", "alle", "allen"} \
                    and lowers[i].endswith(PLURAL_TITLE_ENDINGS) and i not in ent_at:
                # "rief die Innenminister auf" (after the verb: before it they may be its
                # subject): the conference they meet in, named in the text
                conference = _body_of_titled(doc, lowers[i])
                if conference is not None:
                    return conference
            article = lowers[i - 3] if lowers[i - 1] == "-" and i >= 3 else lowers[i - 1]
            if self.lang == "de" and article == "den" and _names_a_person(lowers[i]):
                # "hatten den SPD-Politiker aufgefordert": the person named before;
                # "forderte den Kanzler auf": the one named with that title, maybe earlier
                titled = _person_with_title(doc, i, table_texts[i], exclude=actors)
                return titled if titled is not None else _last_named(doc, i, PER,
                                                                     exclude=actors)
        return None

    # -- content ---------------------------------------------------------------
    def _content(self, doc: Doc, sentences: list[Span], index: int, cue: Token,
                 kind: str, demanders: Sequence[Span] = ()) -> tuple[int, int] | None:
        """The tokens [start, end) of what is demanded (ints: no ``Span`` is made).
        ``demanders``: who demands, where a verb-final clause's object starts after them."""
        table = token_table(doc)
        texts = table.text
        sent = sentences[index]
        start = cue.i
        if self.lang == "de" and kind == "verb" and _trailing_cue(doc, sent, cue):
            # "Die Regierung müsse Reformen umsetzen, forderte die Ministerin."
            start = sent.start
            while start < cue.i and texts[start] in QUOTE_MARKS:
                start += 1
            end = cue.i - 1
            while end > start and texts[end - 1] in QUOTE_MARKS:
                end -= 1
            return start, max(start, end)
        if kind == "condition":
            start = cue.i + 1  # the condition itself, not the threat before it
        if kind == "verb":
            named = _named_before_comparison(doc, sent, cue)
            if named is not None:
                return named
        if kind == "modal":
            start = _clause_start(doc, sent, cue)
            # "… told Blinken that Washington should stop …": the demand is the that-clause.
            that = next((i for i in range(cue.i - 1, start - 1, -1)
                         if table.lower[i] in COMPLEMENTIZERS), None)
            if that is not None and cue.i - that > 1:
                start = that + 1
            else:
                # "Biden said Israel should …", "Scholz sagte, Russland müsse …": the demand
                # starts after the verb of saying
                said = next((i for i in range(cue.i - 1, start - 1, -1)
                             if table.lower[i] in SAYING_VERBS), None)
                if said is not None:
                    start = said + 2 if texts[said + 1] == "," else said + 1
        while start < cue.i and texts[start] in QUOTE_MARKS:
            start += 1  # „Russland muss …“: the demand, not the opening mark
        # the token after the verb (its text: no ``Token`` is made)
        nxt = texts[cue.i + 1] if cue.i + 1 < len(texts) else None
        if self.lang == "de" and kind == "verb" and nxt is not None and nxt == ":":
            start = cue.i + 2  # "… aufgefordert: „Beenden Sie das System Koch.“"
        elif self.lang == "de" and kind == "verb" and _verb_final(texts, cue.i):
            # verb-final clause: "… vom Bund eine Bezahlkarte … verlangt."
            clause = _clause_start(doc, sent, cue)
            if table.lower[cue.i] in ZU_INFINITIVES:
                # "kündigte an, von der Ministerin eine Zusage einzufordern": its own clause
                clause = next((k + 1 for k in range(cue.i - 1, clause, -1) if texts[k] == ","),
                              clause)
                return (clause, cue.i + 1) if cue.i - clause >= 1 else None
            end = cue.i + 1
            if end < len(texts) and texts[end] != "," and not is_punct_text(texts[end]):
                end += 1  # its auxiliary: "…, ob sie Schadenersatz verlangen könne"
            subject = _verb_final_subject_end(doc, clause, cue.i, demanders)
            if subject is not None:
                # the object follows the subject, whatever it names: "hat die IG Metall
                # die Rücknahme der Kündigungen bei Siemens verlangt"
                return (subject, end) if cue.i + 1 - subject >= 2 else None
            # (not a name quoted in what is demanded: "die Rückgabe „aller Güter, die
            # Mexiko verlassen haben“ verlangt")
            actors = [a for a in _actors(doc, sent) if clause <= a.start and a.end <= cue.i
                      and not _in_closed_quote(doc, sent, a.start, cue.i)]
            first = actors[-1].end if actors else clause
            if actors and cue.lower_ in CONDITION_VERBS:
                first = actors[0].end  # "X hat den Rückzug aus Polen zur Bedingung gemacht"
            return (first, end) if cue.i + 1 - first >= 2 else None
        end = sent.end
        quoted = _in_quote(doc, sent, cue.i)
        # (only the marks that may end it are visited, not every word of the sentence)
        for i in word_positions(doc, "demand-content-stop", _may_end_content, cue.i + 1,
                                sent.end):
            # a demand inside a quote ends with it ("We ask them to …," she said)
            # ("Der Bund müsse …, sagte der Minister": the speaker's words end it)
            if texts[i] in CLAUSE_END or quoted and texts[i] in QUOTE_MARKS or (
                    texts[i] == "," and i + 1 < sent.end and (
                        table.lower[i + 1] in CLAUSE_BREAKS or
                        # (any demand: "Residents want X to …, said Anna Berg")
                        table.lower[i + 1] in SAYING_VERBS)):
                end = i
                break
        while end > start + 1 and (is_punct_text(texts[end - 1]) or texts[end - 1].isspace()):
            end -= 1  # (spaCy's is_punct and is_space)
        # A demand announced with a colon continues in the next sentence (the quote);
        # without the colon ("EU drängt Peking" as a headline) it ends where it is.
        # (not a colon after a dash: "fordert Gesetz – Seiler: „…“" announces no quote)
        colon = next((i for i in range(end, sent.end) if texts[i] == ":"), None)
        announced = colon is not None and CLAUSE_END.isdisjoint(texts[end:colon])
        end = max(start, end)  # (an empty span, as ``doc[start:end]`` would make it)
        content = start, end
        if kind == "noun" and end - start < 5:
            clause = _clause_start(doc, sent, cue)  # "… among Kyiv's demands on Moscow"
            content = clause, max(clause, end)
        if end - start <= 2 and announced and index + 1 < len(sentences):
            end = max(start, sentences[index + 1].end)
            while end - start > 1 and (is_punct_text(texts[end - 1]) or texts[end - 1].isspace()):
                end -= 1  # (spaCy's is_punct and is_space)
            content = start, end
        return content

    # -- rejections -------------------------------------------------------------
    def _rejection(self, doc: Doc, sentences: list[Span], index: int, verb: Token,
                   demands: list[tuple[str, Span]]) -> None:
        if not demands:
            return
        sent = sentences[index]
        actors = [a for a in _actors(doc, sent) if not _in_pp(doc, a)]
        before = [a for a in actors if a.end <= verb.i]
        rejecters = []
        persons = [a for a in before if a.label == PER]
        if persons:  # "NATO-Generalsekretär Jens Stoltenberg wies … zurück"
            last = persons[-1]
            rejecters = [a for a in persons if _coordinated(doc, a, last)] or [last]
        elif before:
            first = before[0]
            rejecters = [a for a in before if _coordinated(doc, a, first)] or [first]
        else:
            lowers = token_table(doc).lower
            pronoun = next((token_table(doc).tokens[i] for i in range(sent.start, sent.end)
                            if lowers[i] in PRONOUNS), None)
            if pronoun is not None:
                resolved = _resolve_pronoun(doc, sentences, index, pronoun)
                if resolved is not None:
                    rejecters = [resolved]
        node_id, _ = demands[-1]
        demanders = doc.user_data.get("kg_demanded_by", {}).get(node_id, set())
        # Who rejects a demand made of nobody named was asked; one made of a body
        # ("vom Land …", then "Sozialministerin X wies die Forderung zurück") keeps its
        # addressee, whom the rejecter speaks for.
        addressed = any(fact.type == "ADDRESSED_TO" and fact.start == node_id
                        for fact in doc.user_data["kg_facts"])
        for rejecter in rejecters:
            rejecter_id = _node_id(rejecter)
            if rejecter_id in demanders:
                continue
            add_fact(doc, Fact("REJECTS", rejecter_id, node_id, sent, "demand.rejection", 0.7))
            if not addressed:
                add_fact(doc, Fact("ADDRESSED_TO", node_id, rejecter_id, sent,
                                   "demand.rejection", 0.6))


# -- helpers ------------------------------------------------------------------


#: Openers of a clause that compares with a demand: ", wie sie die Linke fordert,",
#: ", as the union demands,".
COMPARISON_OPENERS: Final = frozenset({"wie", "as"})
#: Pronouns in such a clause for the thing named before it ("wie sie/es … fordert").
COMPARED_PRONOUNS: Final = frozenset({"sie", "es", "er", "ihn"})


def _named_before_comparison(doc: Doc, sent: Span, cue: Token) -> tuple[int, int] | None:
    """'Eine Staatsbeteiligung, wie sie die Linke fordert, lehnte sie ab', 'a wealth
    tax, as the Greens demand, …': the demand is the phrase before the comma that opens
    the comparing clause (from the sentence's start), not the words after the verb.
    None when the cue's clause opens otherwise."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    # the last comma of the eight tokens before the cue (list methods: no loop in Python)
    lo = max(sent.start, cue.i - 8)
    window = texts[lo:cue.i]
    if "," not in window:
        return None
    comma = cue.i - 1 - window[::-1].index(",")
    if comma + 1 >= cue.i or lowers[comma + 1] not in COMPARISON_OPENERS:
        return None
    if lowers[comma + 1] == "wie" and lowers[comma + 2] not in COMPARED_PRONOUNS:
        return None  # "…, wie die Linke fordert": what is said, not a thing named before
    start = sent.start
    while start < comma and texts[start] in QUOTE_MARKS:
        start += 1
    return (start, comma) if comma - start >= 2 else None


def _is_reject_word(text: str) -> bool:
    return text.lower() in REJECT


def _actors(doc: Doc, sent: Span) -> list[Span]:
    """Persons, organisations and states in the sentence, adjectives of states included.

    Asked for the demander, addressee and content of every cue of a sentence:
    the answer is kept per sentence on the doc (what it reads, entities and
    the kind of their nodes, does not change while demands are read).
    """
    found = doc.user_data.get("kg_sentence_actors")
    if found is None:
        found = doc.user_data["kg_sentence_actors"] = {}
    key = (sent.start, sent.end)
    actors = found.get(key)
    if actors is None:
        actors = found[key] = _find_actors(doc, sent)
    return list(actors)


def _named_actors(doc: Doc, sent: Span) -> list[Span]:
    """The sentence's actors that name a node (kept per sentence like ``_actors``)."""
    found = doc.user_data.get("kg_sentence_named_actors")
    if found is None:
        found = doc.user_data["kg_sentence_named_actors"] = {}
    key = (sent.start, sent.end)
    actors = found.get(key)
    if actors is None:
        actors = found[key] = [e for e in _actors(doc, sent) if kg_id(e)]
    return list(actors)


def _find_actors(doc: Doc, sent: Span) -> list[Span]:
    table = token_table(doc)
    texts, space, lowers = table.text, table.space, table.lower
    size = len(texts)
    spans = [e for e in sent_ents(sent) if e.label in ACTOR_LABELS or
             (e.label == LOC and (_is_capital_metonym(doc, e) or _governed_place(doc, e)))]
    # a city or region next to a demand verb acts for itself, not for its state
    acting = [e for e in sent_ents(sent) if e.label == LOC and e not in spans and
              _acting_place(doc, e)]
    # (not a state's economy or people: "Das deutsche Handwerk fordert", "German industry")
    spans += [s for s in meeting_rules._adjective_states(doc, sent, load_lexicon())
              if not _before_sector_noun(texts, lowers, s.end)]
    spans += _alliance_anaphora(doc, sent)
    # "den SPD-Politiker", "NATO-Diplomaten": the entity only modifies a noun
    # ("die EU-Staaten", "Nato-Partner": the organisation stands for its members)
    actors = []
    for span in spans:
        end = span.end
        if end < size and texts[end] == "-" and not space[end - 1] and \
                not (end + 1 < size and lowers[end + 1] in MEMBER_NOUNS):
            continue
        # (only a place can be a capital standing for its state)
        actors.append(_capital_as_state(doc, span) if span.label == LOC else span)
    return sorted(actors + acting, key=attrgetter("start"))


#: Endings of nouns of a country's economy, trades or public, not its state: after a
#: country adjective ("das deutsche Handwerk", "Japanese carmakers") no state acts.
SECTOR_NOUN_ENDINGS: Final = ("industrie", "wirtschaft", "handwerk", "branche", "bauern", "landwirte",
                              "medien", "presse", "opposition", "unternehmen", "konzerne", "banken",
                              "verbraucher", "exporteure", "industry", "business", "businesses",
                              "companies", "farmers", "media", "press", "opposition", "carmakers",
                              "automakers", "banks", "economy", "consumers", "exporters",
                              # a state's towns and people, not its state ("die deutschen
                              # Städte verlangen", "Polish doctors demanded")
                              "städte", "kommunen", "gemeinden", "bürger", "winzer", "ärzte",
                              "lehrer", "eltern", "beschäftigte", "beschäftigten", "arbeitnehmer",
                              "cities", "municipalities", "towns", "citizens", "doctors",
                              "teachers", "parents", "workers", "winemakers", "growers")


def _before_sector_noun(texts: list[str], lowers: list[str], k: int) -> bool:
    """Whether the noun at k names a sector, as the head of its phrase ("das deutsche
    Handwerk fordert"; not "the Kenyan farmers' union": the union is the head)."""
    return k < len(lowers) and lowers[k].endswith(SECTOR_NOUN_ENDINGS) and \
        (k + 1 >= len(texts) or texts[k + 1] not in {"'", "'s", "’", "’s"})


#: Entity labels that are actors as they are (a place only as a capital: ``_find_actors``).
ACTOR_LABELS: Final = frozenset({PER, ORG, GPE})


def _capital_as_state(doc: Doc, span: Span) -> Span:
    """'called on Beijing', 'Moskau lehnte ab': a capital that acts stands for its state,
    when the text names that state too (no node is made for a state it does not name)."""
    if span.label != LOC:
        return span
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    code = node.properties.get("country_code") if node else None
    state_id = f"country:{str(code).lower()}" if code else ""
    if state_id not in doc.user_data["kg_nodes"]:
        return span
    state = Span(doc, span.start, span.end, label=GPE)
    set_kg_id(state, state_id)
    return state


#: A legislature by its common noun, as the object of a demand ("das Parlament").
PARLIAMENT_NOUNS: Final = frozenset({"parlament", "parliament"})
PARLIAMENT_BEFORE: Final = frozenset({"das", "dem", "ans", "the", "on", "to"})


#: The legislature by its function: "rief den Gesetzgeber auf", "urged the legislature to".
LEGISLATOR_NOUNS: Final = frozenset({"gesetzgeber", "legislature", "legislator"})
LEGISLATOR_BEFORE: Final = frozenset({"den", "der", "the", "on", "to", "urged", "urges", "called"})


def _parliament_named_before(doc: Doc, at: int,
                             exclude: set[str] | frozenset[str]) -> Span | None:
    """'den Gesetzgeber' at token ``at``: the one parliament this text has named (a node
    of kind parliament); none when it names none or several."""
    nodes = [n for n in doc.user_data["kg_nodes"].values()
             if n.properties.get("kind") == "parliament" and n.id not in exclude]
    if len(nodes) != 1:
        return None
    span = Span(doc, at, at + 1, label=ORG)
    set_kg_id(span, nodes[0].id)
    return span


def _parliament_object(doc: Doc, sent: Span, cue: Token,
                       exclude: set[str] | frozenset[str]) -> Span | None:
    """'forderte das Parlament auf', 'called on parliament to': the parliament the text
    names ("Europäisches Parlament") if it names one, else an Organisation node named
    as the text calls it, with an id after the state the text reports on."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    window = range(cue.i + 1, min(sent.end - 1, cue.i + 4))
    legislator = next((i for i in window if lowers[i] in LEGISLATOR_NOUNS and
                       lowers[i - 1] in LEGISLATOR_BEFORE), None)
    if legislator is not None:
        return _parliament_named_before(doc, legislator, exclude)
    at = next((i for i in window if lowers[i] in PARLIAMENT_NOUNS and
               (lowers[i - 1] in PARLIAMENT_BEFORE or i == cue.i + 1) and
               texts[i + 1] not in {"-", "'s", "’s"} and i not in doc_index(doc).ent_at), None)
    if at is None:
        return None
    named = _organisation_by_head(doc, at, texts[at].capitalize())
    if named is not None:
        return named if kg_id(named) not in exclude else None
    states = _states_most_named(doc, exclude)
    suffix = _node_id(states[0]).split(":", 1)[1] if states else \
        doc_index(doc).text_key
    node_id = f"organisation:parliament-{suffix}"
    add_node(doc, Node(node_id, ["Organisation"], {"name": texts[at], "kind": "parliament"}))
    add_mention(doc, node_id, table.idx[at], table.idx[at] + len(texts[at]))
    span = Span(doc, at, at + 1, label=ORG)
    set_kg_id(span, node_id)
    return span


def _capitals_of(doc: Doc, addressees: list[Span]) -> list[str]:
    """'demanded that Canberra reimburse the states': the node ids of the capitals the
    states were read from (``_capital_as_state``), addressed too as the text names them
    for their governments."""
    ent_at = doc_index(doc).ent_at
    capitals = []
    for a in addressees:
        place = ent_at.get(a.start) if a.label == GPE else None
        if place is None or place.label != LOC or place.start != a.start:
            continue
        # (the entity's tokens now carry the state's id: the capital's node by its name,
        # read once: ``Span.text`` makes a ``Token`` per word)
        name = place.text
        node = next((n for n in doc.user_data["kg_nodes"].values() if "Place" in n.labels
                     and n.properties.get("name") == name), None)
        if node is not None and node.id != kg_id(a):
            capitals.append(node.id)
    return capitals


#: Capitals that stand for their government ("Moskau lehnte ab", "called on New Delhi"):
#: the capitals of states of two million people or more, German exonyms included.
CAPITALS: Final = frozenset({
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Addis Abeba", "Algier", "Algiers",
    "Amman", "Amsterdam", "Ankara", "Antananarivo", "Ashgabat", "Asmara", "Asuncion",
    "Athen", "Athens", "Bagdad", "Baghdad", "Baku", "Bamako", "Bangkok", "Bangui", "Banjul",
    "Beijing", "Beirut", "Belgrad", "Belgrade", "Berlin", "Bern", "Bishkek", "Bogota",
    "Brasilia", "Bratislava", "Brazzaville", "Brussels", "Brüssel", "Bucharest", "Budapest",
    "Buenos Aires", "Bukarest", "Cairo", "Canberra", "Caracas", "Chisinau", "Chișinău",
    "Colombo", "Conakry", "Copenhagen", "Dakar", "Damascus", "Damaskus", "Dhaka", "Dodoma",
    "Doha", "Dublin", "Dushanbe", "Freetown", "Gaborone", "Gitega", "Hanoi", "Harare",
    "Havana", "Helsinki", "Islamabad", "Jakarta", "Jerusalem", "Juba", "Kabul", "Kairo",
    "Kampala", "Kathmandu", "Khartoum", "Khartum", "Kiew", "Kigali", "Kingston", "Kinshasa",
    "Kopenhagen", "Kuala Lumpur", "Kyiv", "Libreville", "Lilongwe", "Lima", "Lisbon",
    "Lissabon", "Ljubljana", "Lome", "London", "Luanda", "Lusaka", "Madrid", "Managua",
    "Manila", "Maputo", "Maseru", "Mexico City", "Minsk", "Mogadishu", "Monrovia",
    "Montevideo", "Moscow", "Moskau", "Muscat", "Nairobi", "Nay Pyi Taw", "Neu-Delhi",
    "New Delhi", "Niamey", "Nouakchott", "Nur-Sultan", "Oslo", "Ottawa", "Ouagadougou",
    "Paris", "Peking", "Phnom Penh", "Port Moresby", "Port-au-Prince", "Porto-Novo", "Prag",
    "Prague", "Pretoria", "Pyongyang", "Quito", "Rabat", "Riad", "Riyadh", "Rom", "Rome",
    "San Jose", "San Salvador", "Sanaa", "Santiago", "Santo Domingo", "Sarajevo", "Seoul",
    "Skopje", "Sofia", "Stockholm", "Sucre", "Taipei", "Tashkent", "Tbilisi", "Tegucigalpa",
    "Teheran", "Tehran", "Tiflis", "Tirana", "Tokio", "Tokyo", "Tripoli", "Tunis",
    "Ulaanbaatar", "Vienna", "Vientiane", "Vilnius", "Warsaw", "Warschau", "Washington",
    "Wellington", "Wien", "Wilna", "Windhoek", "Yamoussoukro", "Yaounde", "Yerevan",
    "Zagreb",
})


def _is_capital_metonym(doc: Doc, span: Span) -> bool:
    if span_text(span) not in CAPITALS or span.start == 0 or \
            token_table(doc).lower[span.start - 1] in {"in", "nach", "aus", "at"} or \
            _name_word_before(doc, span.start):
        return False  # (nor the end of a name: "Die Caritas Wien fordert")
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    return bool(node and node.properties.get("kind") == "city")


ALLIANCE_WORDS: Final = frozenset({"alliance", "bündnis", "militärbündnis", "bündnisses", "allianz"})


def _is_alliance_word(text: str) -> bool:
    return text.lower() in ALLIANCE_WORDS


def _alliance_anaphora(doc: Doc, sent: Span) -> list[Span]:
    """'das Bündnis', 'the alliance' → an alliance named in the document (NATO)."""
    words = word_positions(doc, "alliance-word", _is_alliance_word, sent.start, sent.end)
    if not words:
        return []
    alliance = next((n for n in doc.user_data["kg_nodes"].values()
                     if n.properties.get("kind") == "alliance"), None)
    if alliance is None:
        return []
    spans = []
    table = token_table(doc)
    for i in words:
        if i not in doc_index(doc).ent_at and i > 0 and table.lower[i - 1] in \
                {"the", "das", "des", "dem", "westlichen", "westliche"}:
            span = Span(doc, i, i + 1, label=ORG)
            set_kg_id(span, alliance.id)
            spans.append(span)
    return spans


#: Verbs of a quantity's change: "demand for X rose" is a market's.
CHANGE_VERBS: Final = frozenset({"rose", "rises", "risen", "fell", "falls", "fallen", "grew",
                                 "grows", "increased", "increases", "jumped", "surged", "soared",
                                 "slumped", "dropped", "declined", "slowed", "weakened",
                                 "plunged", "climbed", "doubled", "outstrips", "outstripped"})


#: Verbs that repeat a demand ("repeated her call for", "bekräftigte seine Forderung").
REPEAT_VERBS: Final = frozenset({"repeated", "reiterated", "renewed", "restated", "repeats",
                                 "reiterates", "renews", "wiederholte", "wiederholt",
                                 "bekräftigte", "bekräftigt", "erneuerte", "erneuert"})


#: Possessives before a repeated demand noun ("her call", "seine Forderung").
REPEATED_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "seine", "ihre",
                                         "seinen", "ihren"})


def _repeats_own_demand(doc: Doc, cue: Token, demander_ids: set[str]) -> bool:
    """'She repeated her call for …', 'Er bekräftigte seine Forderung nach …' after a
    demand of hers earlier in the text with a word in common: the same demand again."""
    lowers = token_table(doc).lower
    if cue.i < 2 or lowers[cue.i - 1] not in REPEATED_POSSESSIVES or \
            REPEAT_VERBS.isdisjoint(lowers[max(0, cue.i - 3):cue.i - 1]):
        return False
    demanded_by = doc.user_data.get("kg_demanded_by") or {}
    nodes = doc.user_data["kg_nodes"]
    # (the same demand: a word of five letters or more in common with an earlier one,
    # by its first five: "Bäder", "Bädern")
    stems = {w[:5] for w in lowers[cue.i + 1:cue.i + 10] if len(w) > 4 and w.isalpha()}
    return any(demander_ids <= by and not stems.isdisjoint(
        w[:5] for w in str(nodes[node].properties.get("text", "")).lower().split())
        for node, by in demanded_by.items() if node in nodes)


def _market_change(token: Token) -> bool:
    """'Demand for electric cars rose 20%': a change verb within six words after the noun,
    before any comma."""
    lowers = token_table(token.doc).lower
    for low in lowers[token.i + 1:token.i + 7]:
        if low == ",":
            return False
        if low in CHANGE_VERBS:
            return True
    return False


def _expected_from(verb: Token) -> bool:
    """'erwartet vom Bund Hilfe', 'erwarte von der Stadt, …': "von" within six words that
    names a source, not a measure ("erwartet ein Wachstum von zwei Prozent")."""
    lowers = token_table(verb.doc).lower
    for i in range(verb.i + 1, min(len(lowers) - 1, verb.i + 7)):
        if lowers[i] in {"von", "vom"} and not (lowers[i + 1][:1].isdigit() or
                                                lowers[i + 1] in NUMBER_WORDS or
                                                lowers[i + 1] in {"bis", "rund", "etwa", "über"}):
            return True
    return False


def _followed_by(token: Token, words: set[str], window: int) -> bool:
    lowers = token_table(token.doc).lower
    return not words.isdisjoint(lowers[token.i + 1:token.i + 1 + window])


#: Verbs of saying a modal demand may be reported with.
SAYING_VERBS: Final = frozenset({"said", "says", "sagte", "sagten", "sagt", "erklärte", "betonte",
                                 "meinte", "added", "stated", "fügte"})
#: Verbs of warning: "warnte, ohne Einigung müsse …" predicts, it demands nothing.
WARNING_VERBS: Final = frozenset({"warnte", "warnten", "warnt", "warned", "warns", "warning",
                                  "prophezeite", "predicted"})


def _warning_before(sent: Span, cue: Token) -> bool:
    lowers = token_table(sent.doc).lower
    return not WARNING_VERBS.isdisjoint(lowers[sent.start:cue.i])


def _named_object(token: Token) -> bool:
    """'wanted Beijing to', 'wants the EU to': a named actor right after the verb."""
    table = token_table(token.doc)
    k = token.i + 1
    if k < len(table) and table.lower[k] == "the":
        k += 1
    # "wanted the government to": a government noun stands for its state
    return k < len(table) and (k in doc_index(token.doc).ent_at or
                               table.lower[k] in GOVERNMENT_NOUNS)


#: Words of a time adverbial between a verb's object and what follows it
#: ("pressed Mexico on Thursday, March 5, 2026, to …").
TIME_WORDS: Final = frozenset({
    "on", "at", ",", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "tomorrow",
    "morning", "afternoon", "evening", "night", "this", "last", "week"})


def _title_words_between(doc: Doc, start: int, end: int) -> bool:
    """'European Commission President X', 'EU Commissioner for Defence and Space X': up
    to three words between an organisation and a person, or a title with its portfolio
    (capitalised words joined by "for", "and")."""
    table = token_table(doc)
    if end - start <= 3:
        return True
    if table.text[start] in {"'s", "’s"} and table.text[end - 1] == "," and end - start <= 6:
        # "Oxfam's regional director, Maria Lopez, …": the body's title, then the name
        return all(table.text[i].isalpha() for i in range(start + 1, end - 1)) and \
            for_lang(doc_lang(doc)).is_title_word(table.text[end - 2])
    return end - start <= 8 and all(
        table.text[i].isalpha() and (table.text[i][:1].isupper() or table.lower[i] in
                                     {"for", "and", "of"}) for i in range(start, end))


def _possessed_kind_noun(doc: Doc, k: int, clause_start: int) -> int | None:
    """The position of the kind noun in "Ireland's largest nursing union (on Monday)"
    ending at ``k``: a possessive, at most four lower-case words, then a kind noun
    ("union", "company"), maybe a time phrase before the verb; else None."""
    lowers = token_table(doc).lower
    while k > clause_start and lowers[k] in TIME_WORDS:
        k -= 1  # (past "on Wednesday")
    if lowers[k] not in KIND_NOUNS:
        return None
    texts = token_table(doc).text
    j = k - 1
    while j > max(clause_start, k - 5) and (lowers[j].isalpha() or lowers[j] in {"'", "’"}) \
            and lowers[j] not in KIND_NOUNS and not _name_possessive(texts, lowers, j):
        j -= 1  # ("largest teachers' union")
    return k if j > clause_start and j < k - 1 and _name_possessive(texts, lowers, j) else None


#: Heads of an English description of a body by its state ("Indonesia's human rights
#: commission", "Malaysia's largest labour federation").
POSSESSED_BODY_NOUNS: Final = frozenset({"commission", "council", "committee", "federation",
                                         "confederation", "congress", "association", "agency",
                                         "watchdog", "regulator", "authority", "ombudsman", "institute",
                                         "charity", "group", "organisation", "organization", "lobby"})
#: Heads of such a description that are in no name: its other words are ("New Zealand's
#: biggest problem gambling charity": the "Problem Gambling Foundation").
GENERIC_BODY_HEADS: Final = frozenset({"charity", "group", "organisation", "organization", "lobby"})
#: Words of such a description that rank the body, no word of its name.
BODY_RANK_WORDS: Final = frozenset({"largest", "biggest", "main", "leading", "top", "oldest", "official",
                                    "independent", "powerful", "influential", "new", "national", "state",
                                    "federal", "chief", "umbrella"})


def _verb_subject_end(doc: Doc, cue: Token, clause_start: int) -> int:
    """The last word of the subject before the verb, past adverbs, auxiliaries and a
    time phrase ("… commission on Tuesday has also demanded")."""
    lowers = token_table(doc).lower
    k = cue.i - 1
    while k > clause_start and (lowers[k] in PREDICATE_ADVERBS or lowers[k] in EN_AUXILIARIES):
        k -= 1
    return k


def _possessed_body(doc: Doc, k: int, clause_start: int) -> tuple[int, list[str]] | None:
    """The head and the naming words of "Indonesia's human rights commission (on
    Tuesday)" ending at ``k``: a possessive, at most four lower-case words, a body
    noun; the words without those that rank it ("largest"); else None."""
    lowers = token_table(doc).lower
    while k > clause_start and lowers[k] in TIME_WORDS:
        k -= 1
    if k <= clause_start or lowers[k] not in POSSESSED_BODY_NOUNS:
        return None
    texts = token_table(doc).text
    j = k - 1
    while j > max(clause_start, k - 5) and (lowers[j].isalpha() or lowers[j] in {"'", "’"}) \
            and not _name_possessive(texts, lowers, j):
        j -= 1  # ("main farmers' group")
    if not (j > clause_start and _name_possessive(texts, lowers, j)):
        return None
    return k, [w for w in lowers[j + 1:k + 1] if w.isalpha() and w not in BODY_RANK_WORDS]


#: The possessive endings an English tokenizer splits off a name ("Malaysia's").
POSSESSIVE_ENDINGS: Final = frozenset({"'s", "’s"})
#: Apostrophes alone: the possessive of a name that ends in "s" ("the Philippines'").
APOSTROPHES: Final = frozenset({"'", "’"})


def _name_possessive(texts: list[str], lowers: list[str], j: int) -> bool:
    """True where token ``j`` makes the name before it a possessor: "'s" ("Malaysia's
    largest union"), or a bare apostrophe after a capitalised word ending in "s" ("the
    Philippines' largest federation", "the United States' top envoy"); not the plural
    possessive of a common noun ("teachers' union")."""
    if lowers[j] in POSSESSIVE_ENDINGS:
        return True
    return lowers[j] in APOSTROPHES and j > 0 and texts[j - 1][:1].isupper() and \
        lowers[j - 1].endswith("s")


#: Plural heads that point back at an organisation named before ("the unions said
#: they …" are those named), not at a group of people named nowhere.
NAMED_GROUP_HEADS: Final = frozenset({"unions", "parties", "governments", "countries", "states",
                                      "allies", "companies", "groups", "members", "sides"})


def _unnamed_group_reports(doc: Doc, sent: Span, pronoun: int) -> bool:
    """'indigenous farming communities in the Andes said on Thursday they wanted …',
    'Local farmers said they want …': "they" after a saying verb whose subject is a
    plural common noun (no name before any preposition) is that group, which names
    no actor; an organisation named earlier is not who speaks."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    if lowers[pronoun] != "they":
        return False
    k = pronoun - 1
    if lowers[k] == "that":
        k -= 1
    while k > sent.start and lowers[k] in TIME_WORDS and texts[k] != ",":
        k -= 1  # (past "on Thursday")
    if lowers[k] not in {"said", "say", "says"}:
        return False
    start = k
    while start > sent.start and texts[start - 1] not in {",", ";", ":", "-", "–"}:
        start -= 1
    if lowers[start] in {"but", "and", "while"}:
        start += 1
    end = next((i for i in range(start, k) if lowers[i] in PREPOSITIONS or lowers[i] in TIME_WORDS),
               k)
    ent_at = doc_index(doc).ent_at
    if end <= start or any(i in ent_at for i in range(start, end)):
        return False
    head = texts[end - 1]
    # (not "the four ministers said they …": a meeting's participants, or title holders)
    return head.islower() and head.isalpha() and head.endswith("s") and \
        not head.endswith("ss") and head not in NAMED_GROUP_HEADS and head not in GROUP_NOUNS \
        and not for_lang("en").is_title_word(head)


#: "the police", "die Polizei": the force a text names ("Police Service of Northern
#: Ireland", "Polizei Berlin", "Bundespolizei") by its common noun.
POLICE_NOUNS: Final = frozenset({"police", "polizei"})
#: Words before that noun as the object: "urged the police", "called on police",
#: "demanded that the police …", "forderte die Polizei auf", "verlangte von der Polizei".
POLICE_OPENERS: Final = frozenset({"the", "on", "that", "die", "der", "von", "vom"})
#: Words after it that make it a modifier ("the police chief", "police officers").
POLICE_MODIFIED: Final = frozenset({"officer", "officers", "chief", "chiefs", "union", "unions",
                                    "federation", "commissioner", "force", "forces", "service",
                                    "station", "spokesman", "spokeswoman", "spokesperson"})
#: Words of the names of police unions, not the force ("Police Federation", "Gewerkschaft
#: der Polizei").
POLICE_UNION_WORDS: Final = frozenset({"federation", "union", "association", "gewerkschaft",
                                       "bund", "verband"})


def _police_object(doc: Doc, sent: Span, cue: Token,
                   exclude: set[str] | frozenset[str]) -> Span | None:
    """'demanded that the police publish …', 'urged police to', 'forderte die Polizei
    auf': the police force the text names most before (a name with the word "Police",
    or a compound ending in "polizei"), not a police union; None if it names none."""
    lowers = token_table(doc).lower
    k = next((k for k in range(cue.i + 1, min(sent.end - 1, cue.i + 5))
              if lowers[k] in POLICE_NOUNS and lowers[k - 1] in POLICE_OPENERS and
              lowers[k + 1] not in POLICE_MODIFIED), None)
    if k is None:
        return None
    nodes = doc.user_data["kg_nodes"]

    def force(e: Span) -> bool:
        node = nodes.get(kg_id(e)) if e.label == ORG else None
        words = str(node.properties.get("name") or "").lower().split() if node else []
        return any(w == "police" or w.endswith("polizei") for w in words) and \
            POLICE_UNION_WORDS.isdisjoint(words) and kg_id(e) not in exclude

    ranked = _most_named(filter(force, doc_index(doc).ents_in(0, k)))
    return ranked[0] if ranked else None


def _lead_title_subject(doc: Doc, sentences: list[Span], index: int, cue: Token,
                        clause_start: int) -> Span | None:
    """'Northern Ireland's police chief on Wednesday urged …', 'The city's mayor called
    on …': a news lead names its subject by a title only, and the person in one of the
    two sentences after it ("Chief Constable Jon Boutcher said …"), the first whose
    title before the name shares a word with it. Only where no person is named before
    (else the title points back, as ``_titled_person`` reads it)."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    k = _verb_subject_end(doc, cue, clause_start)
    while k > clause_start and lowers[k] in TIME_WORDS:
        k -= 1  # (past "on Wednesday")
    words = for_lang(doc_lang(doc))
    if not texts[k].islower() or not words.is_title_word(texts[k]):
        return None
    j = k
    while j - 1 > clause_start and texts[j - 1].islower() and texts[j - 1].isalpha() and \
            k - j < 3:
        j -= 1  # its modifiers: "police", "finance"
    if not (lowers[j - 1] == "the" or _name_possessive(texts, lowers, j - 1)) or \
            any(e.label == PER for e in doc_index(doc).ents_in(0, cue.i)):
        return None
    title = lowers[j:k + 1]
    for sent in sentences[index + 1:index + 3]:
        said = set(lowers[sent.start:sent.end])
        for e in sent_ents(sent):
            # the title's head before the name, its other words there or in the sentence
            # ("Chief Constable X said the Police Service …"; not "Economy Minister" for
            # "finance minister")
            if e.label == PER and title[-1] in lowers[max(sent.start, e.start - 3):e.start] \
                    and said.issuperset(title):
                return e
    return None


def _inside_demanded_clause(doc: Doc, found: list[tuple[str, Span, int]], i: int) -> bool:
    """The cue at ``i`` is inside the that/dass clause an earlier demand of its sentence
    demands: "demanded that Kinew formally ask Ottawa to …" (Kinew asks nothing yet),
    "forderte, dass die Regierung Brüssel auffordert, …". A verb joined by "and" after
    it ("demanded that X resign and urged Y to …") is the demander's next demand."""
    lowers = token_table(doc).lower
    if lowers[i - 1] in {"and", "und", ","}:
        return False
    start_char = token_table(doc).idx[i]
    for node_id, _, cue in found:
        if COMPLEMENTIZERS.isdisjoint(lowers[cue + 1:i]):
            continue
        if any(start <= start_char < end for start, end in doc.user_data["kg_mentions"].get(node_id, ())):
            return True
    return False


def _possessor_only(doc: Doc, actor: Span, cue: Token) -> bool:
    """The actor only owns the subject, a group it names no further: "Tunisia's main
    labour union (on Wednesday) demanded", "the EU's election observers called on",
    "Sloweniens Weinbauern haben … aufgefordert" (a state's genitive before a noun that
    is no title). The group is who demands, not the state; a named person or body
    after it ("Russia's Lavrov") is the subject as before."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    k = actor.end
    if k >= cue.i:
        return False
    if lowers[k] not in {"'s", "’s"}:
        # (German: the genitive of a state's name, checked only for such a word)
        if actor.label != GPE or not texts[k - 1].endswith("s") or doc_lang(doc) != "de" or \
                k in doc_index(doc).ent_at:
            return False
        node = doc.user_data["kg_nodes"].get(kg_id(actor))
        name = str(node.properties.get("name", "")) if node is not None else ""
        return span_text(actor)[:-1] == name and texts[k][:1].isupper() and texts[k].isalpha() \
            and not for_lang("de").is_title_word(texts[k])
    named = k + 1
    while named < min(cue.i, k + 5) and texts[named].islower() and texts[named].isalpha():
        named += 1
    if named > k + 1 and named < cue.i and named in doc_index(doc).ent_at and \
            doc_index(doc).ent_at[named].label in (ORG, PER):
        return True  # "Ireland's communications regulator ComReg said …": ComReg is the subject
    end = cue.i
    while end - 1 > k and (lowers[end - 1] in TIME_WORDS or lowers[end - 1] in PREDICATE_ADVERBS
                           or lowers[end - 1] in EN_AUXILIARIES):
        end -= 1  # (past "on Wednesday", "has also")
    # (its head before a phrase: "the EU's election observers in Colombia called …")
    end = next((i for i in range(k + 2, end) if lowers[i] in PREPOSITIONS), end)
    words = texts[k + 1:end]
    if not 1 <= len(words) <= 5 or not all(
            w.islower() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    head = words[-1]
    return head in KIND_NOUNS or head in POSSESSED_BODY_NOUNS or \
        head.endswith("s") and not head.endswith("ss")


#: How many sentences (the headline and dateline included) make a news lead.
LEAD_SENTENCES: Final = 3


def _lead_body_named_next(doc: Doc, sentences: list[Span], index: int) -> Span | None:
    """'Germany's main business lobby on Monday called on … The Federation of German
    Industries (BDI) said …': a lead describes the body, the next sentence opens with
    its name as the subject (after "The" at most). Only in a lead, where a text names
    its actors after describing them."""
    if index >= LEAD_SENTENCES or index + 1 >= len(sentences):
        return None
    nxt = sentences[index + 1]
    start = nxt.start + 1 if token_table(doc).lower[nxt.start] == "the" else nxt.start
    body = doc_index(doc).ent_at.get(start)
    return body if body is not None and body.start == start and body.label == ORG else None


def _organisation_by_words(doc: Doc, words: list[str]) -> Span | None:
    """The organisation the text names (anywhere) whose name has all ``words`` ("human
    rights commission": the "National Commission on Human Rights"), the most named;
    a body of labour ("labour federation") with no such name is the union it names."""
    wanted = set(words)

    def has_words(e: Span) -> bool:
        return e.label == ORG and wanted <= set(span_text(e).lower().split())

    ranked = _most_named(filter(has_words, doc_index(doc).ents))
    if not ranked and len(words) > 1 and words[-1] in GENERIC_BODY_HEADS:
        wanted = set(words[:-1])
        ranked = _most_named(filter(has_words, doc_index(doc).ents))
    if ranked:
        return ranked[0]
    if not UNION_NAME_WORDS.isdisjoint(wanted):
        return _organisation_of_kind(doc, "union", len(doc))
    return None


#: German words of a time phrase right after the verb ("forderte am Dienstag von …").
GERMAN_TIME_WORDS: Final = frozenset({"am", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                                      "samstag", "sonntag", "heute", "gestern", "erneut", "nun",
                                      "bereits", "zudem", "außerdem", "auch"})


def _title_von(doc: Doc, start: int) -> bool:
    """Whether the "von" before the actor at ``start`` follows a title ("Chef von
    Nordwerk", "Präsidentin von der Kammer"): the actor owns the post, no one asks it."""
    lowers, texts = token_table(doc).lower, token_table(doc).text
    von = start - 1 if lowers[start - 1] in {"vom", "von"} else start - 2
    return von > 0 and for_lang(doc_lang(doc)).is_title_word(texts[von - 1])


def _time_phrase_length(lowers: list[str], start: int, end: int) -> int:
    """How many words from ``start`` (before ``end``) are a time phrase or adverb
    ("am Dienstag", "erneut"): they stand between a verb and its object."""
    k = start
    while k < end and (lowers[k] in GERMAN_TIME_WORDS or lowers[k] in TIME_WORDS):
        k += 1
    return k - start


#: Nouns of the kind of a place before its name ("the city of Split", "the state of Ohio").
PLACE_KIND_NOUNS: Final = frozenset({"city", "town", "municipality", "province", "state", "region",
                                     "island", "port", "republic", "kingdom", "county", "district"})


#: German nouns of a place's kind before its name ("vom Kanton Genf", "das Land Hessen").
GERMAN_PLACE_KINDS: Final = frozenset({"kanton", "land", "bundesland", "freistaat", "stadt", "gemeinde",
                                       "landkreis", "kreis", "bezirk", "provinz", "region", "staat",
                                       "republik", "königreich", "emirat"})


def _place_kind_start(doc: Doc, place: Span) -> int:
    """Where a state's or place's mention starts when the noun of its kind stands before
    its name ("vom Kanton Genf", "rief das Land Hessen auf", "called on the state of
    Texas"): the preposition or article before it then governs the place itself."""
    k = place.start
    if place.label not in GPE_OR_LOC or k < 2:
        return k
    lowers = token_table(doc).lower
    if lowers[k - 1] == "of" and lowers[k - 2] in PLACE_KIND_NOUNS:
        return k - 2
    return k - 1 if lowers[k - 1] in GERMAN_PLACE_KINDS else k


#: Words before a place's kind noun where the place is where something happens, no
#: actor ("in der Stadt Augsburg", "in the state of Texas").
LOCATIVE_WORDS: Final = frozenset({"in", "im", "aus", "nach", "bei", "beim", "durch", "at", "from",
                                   "across", "throughout", "near", "into", "around"})


def _governed_place(doc: Doc, place: Span) -> bool:
    """'vom Kanton Genf', 'rief das Land Hessen auf', 'called on the state of Texas': a
    place named by its kind first, after an article or "von"/"an", is the body that
    governs it, an actor (not "in der Stadt Augsburg": where something happens)."""
    k = _place_kind_start(doc, place)
    if k == place.start or k < 1:
        return False
    lowers = token_table(doc).lower
    before = lowers[k - 1]
    if before in {"vom", "von", "an", "ans"}:
        return True
    return before in {"das", "den", "die", "der", "dem", "the"} and \
        (k < 2 or lowers[k - 2] not in LOCATIVE_WORDS)


#: Verbs next to which a city or region acts or is asked (``_acting_place``).
PLACE_CUE_VERBS: Final = {"de": DE_VERBS | ADDRESS_VERBS, "en": EN_VERBS}
#: Prepositions between such a verb and the place asked ("appellierte an Basel").
PLACE_RECEIVERS: Final = frozenset({"an", "on", "to"})
#: Kinds of place nodes that govern themselves (a city, a region), as against sights.
ACTING_PLACE_KINDS: Final = frozenset({"city", "region"})


def _acting_place(doc: Doc, place: Span) -> bool:
    """'Tirol verlangt Millionen vom Bund', 'richtet Tirol an den Bund die Forderung',
    'appellierte an Basel, …', 'urged Bavaria to …': a city or region right before a
    demand verb (its subject; not "in Basel fordert …"), right after it, or after the
    verb's "an"/"on"/"to" stands for its government, which demands or is asked."""
    table = token_table(doc)
    lowers = table.lower
    verbs = PLACE_CUE_VERBS.get(doc_lang(doc), EN_VERBS)
    start, end = place.start, place.end
    before = lowers[start - 1] if start else ""
    if not (end < len(lowers) and lowers[end] in verbs and before not in PREPOSITIONS
            and before not in LOCATIVE_WORDS and not _name_word_before(doc, start) or
            (before in verbs or before in PLACE_RECEIVERS and start > 1 and
             lowers[start - 2] in verbs) and not _modifies_next(doc_lang(doc), table.text, end)):
        return False
    node = doc.user_data["kg_nodes"].get(kg_id(place))
    return node is not None and node.properties.get("kind") in ACTING_PLACE_KINDS


def _modifies_next(lang: str, texts: list[str], end: int) -> bool:
    """Whether the name ending before ``end`` only qualifies what follows it ("urged
    Ontario Premier Doug Ford", "Ontario's premier", "an Bayerns Ministerpräsidenten"),
    not a verb's object followed by "to", "an", a comma ("fordert Bayern Hilfen": a
    German noun after a subject keeps its capital; only a genitive "-s" qualifies)."""
    if end >= len(texts) or not texts[end][:1].isupper() and texts[end] not in POSSESSIVE_ENDINGS \
            and texts[end] not in APOSTROPHES:
        return False
    return lang != "de" or texts[end - 1].endswith("s")


def _name_word_before(doc: Doc, start: int) -> bool:
    """A capitalised word right before ``start`` that does not open the sentence, or a
    hyphen glued to one: the name there ends a longer name or compound ("Die
    Bergrettung Tirol forderte", "der Europaregion Tirol-Südtirol-Trentino")."""
    table = token_table(doc)
    texts = table.text
    if start > 1 and texts[start - 1] == "-" and not table.space[start - 2]:
        return True
    return start > 0 and texts[start - 1][:1].isupper() and texts[start - 1].isalpha() and \
        (start - 1 in doc_index(doc).ent_at or doc_index(doc).sent(start - 1).start != start - 1)


def _named_object_then(token: Token, words: set[str]) -> bool:
    """A named actor right after the verb, then (past a time adverbial) one of the
    words: 'pressed Greer for', 'pressed Mexico on Thursday, March 5, to'."""
    table = token_table(token.doc)
    lowers = table.lower
    k = token.i + 1
    if k < len(lowers) and lowers[k] == "the":
        k += 1
    labels = ACTOR_LABELS
    if k + 1 < len(lowers) and lowers[k] in PLACE_KIND_NOUNS and lowers[k + 1] == "of":
        k += 2  # "asked the city of Split to": the place by its kind first (as its people)
        labels = GPE_OR_LOC
    ent_at = doc_index(token.doc).ent_at
    titled = k
    while titled < min(len(lowers), k + 3) and titled not in ent_at and \
            table.text[titled].istitle() and table.text[titled].isalpha():
        titled += 1  # "pressed Transport Minister Anna Berg for": past the title
    if titled > k and titled in ent_at and ent_at[titled].label == PER and \
            for_lang(doc_lang(token.doc)).is_title_word(table.text[titled - 1]):
        k = titled
    span = ent_at.get(k)
    if span is None or span.start != k or span.label not in labels:
        return False
    j = span.end
    title = j
    while title < min(len(lowers), j + 3) and title not in ent_at and \
            for_lang(doc_lang(token.doc)).is_title_word(table.text[title]):
        title += 1  # "asked European Commission President Ursula von der Leyen to"
    person = ent_at.get(title) if title > j else None
    if person is not None and person.start == title and person.label == PER:
        j = person.end
    j = _past_bracket(table.text, j)  # ("the Department of Labor (DOLE) to")
    while j < len(lowers) and j - span.end < 10 and \
            (lowers[j] in TIME_WORDS or lowers[j].isdigit()):
        j += 1
    return j < len(lowers) and lowers[j] in words


def _body_noun_object_then(token: Token, words: set[str]) -> bool:
    """'pressed the ministry for a decision', 'pressed the council to act': "the", a
    body's common noun (``BODY_HEAD_NOUNS``), then one of the words."""
    lowers = token_table(token.doc).lower
    k = token.i + 1
    return lowers[k:k + 1] == ["the"] and lowers[k + 1:k + 2] != [] and \
        lowers[k + 1] in BODY_HEAD_NOUNS and lowers[k + 2:k + 3] != [] and lowers[k + 2] in words


def _titled_by_body(doc: Doc, addressees: list[Span]) -> list[Span]:
    """The addressees with a body's name that stands right before a person's name read as
    that person ("von Bundesrat Albert Rösti", "an Regierungsrat X": a member of the
    body, titled by its name, is asked, not the body); each once."""
    ent_at = doc_index(doc).ent_at
    found: list[Span] = []
    for a in addressees:
        person = ent_at.get(a.end) if a.label == ORG else None
        if person is not None and person.start == a.end and person.label == PER:
            a = person
        if all(a.start != b.start for b in found):
            found.append(a)
    return found


#: Prepositions that name whom a demand is made of ("vom Land", "called on the city").
OWN_RECEIVERS: Final = frozenset({"von", "vom", "an", "ans", "from", "on", "to"})
#: Words between a verb and such a preposition ("verlangte zudem vom Land").
RECEIVER_ADVERBS: Final = frozenset({"zudem", "auch", "außerdem", "nun", "jetzt", "erneut",
                                     "also", "now", "again"})


def _own_receiver(doc: Doc, sent: Span, cue: Token) -> bool:
    """'Sie verlangte zudem vom Land …', 'She also called on the city to …': the verb
    names whom it asks by a preposition and a noun, even one not resolved to a node,
    so the addressee of the sentence before is not carried over."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    k = cue.i + 1
    while k < sent.end and lowers[k] in RECEIVER_ADVERBS:
        k += 1
    if k + 1 >= sent.end or lowers[k] not in OWN_RECEIVERS:
        return False
    k += 1
    if lowers[k] in ARTICLES and k + 1 < sent.end:
        k += 1
    return texts[k][:1].isupper() or lowers[cue.i].startswith(("call", "appeal")) and \
        texts[k].isalpha()


#: Prepositions that name who is to do a demanded act ("eine Prüfung durch X").
AGENT_WORDS: Final = frozenset({"durch", "by"})
#: How far after the verb such an agent may stand.
AGENT_WINDOW: Final = 10
#: Actor labels such an agent may have (not a place one goes through: "durch Berlin").
AGENT_LABELS: Final = frozenset({PER, ORG, GPE})


def _agent_of_demanded_act(doc: Doc, sent: Span, cue: Token,
                           exclude: set[str] | frozenset[str]) -> Span | None:
    """'forderte eine unabhängige Prüfung durch die EU-Kommission', 'demanded an
    independent review by the European Commission', 'called for an investigation by
    the United Nations': an act asked for by its noun, with who is to do it after
    "durch"/"by" (and an article), within a few words of the verb; not after a
    participle ("a ban, backed by the Commission": who supports it) nor a place
    ("eine Fahrt durch Berlin")."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    ent_at = doc_index(doc).ent_at
    for i in range(cue.i + 2, min(sent.end - 1, cue.i + AGENT_WINDOW)):
        if lowers[i] == ";":
            return None
        if lowers[i] not in AGENT_WORDS:
            continue
        before = texts[i - 1]
        if not before.isalpha() or before.lower().endswith(("ed", "en")) and lowers[i] == "by":
            return None  # ("backed by", "stand by", "bis zum …, durch")
        k = i + 2 if lowers[i + 1] in ARTICLES else i + 1
        agent = ent_at.get(k)
        if agent is None or agent.start != k or agent.label not in AGENT_LABELS or \
                kg_id(agent) in exclude:
            return None
        return agent
    return None


#: Endings of a German adjective between an article and a noun ("die künftige").
GERMAN_ADJECTIVE_ENDINGS: Final = ("e", "en", "em", "er", "es")


def _attributive_adjective(lang: str, text: str, label: int) -> bool:
    """A lower-case word that can stand between an article and the name of a body it
    describes ("an die künftige Bundesregierung", "an den neuen Landtag", "on the
    incoming Congress"): a German one inflected, an English one before no person (a
    person's description is a title: "on the party's leader X")."""
    if not (text.isalpha() and text.islower()):
        return False
    if lang == "de":
        return text.endswith(GERMAN_ADJECTIVE_ENDINGS)
    return label != PER


def _past_bracket(texts: list[str], j: int) -> int:
    """The position after a short bracket opening at ``j`` (a name's abbreviation or
    party: "(DOLE)", "(CDU)"), else ``j``."""
    if j < len(texts) and texts[j] == "(":
        close = next((m for m in range(j + 1, min(len(texts), j + 5)) if texts[m] == ")"), None)
        if close is not None:
            return close + 1
    return j


#: Plural or collective nouns for those who govern: "pressed Chinese authorities for …".
AUTHORITY_NOUNS: Final = frozenset({"authorities", "officials", "government", "governments", "leaders",
                                    "lawmakers", "regulators", "ministers", "administration"})


def _authorities_then(token: Token, words: set[str]) -> bool:
    """'pressed (the) Chinese authorities for a licence', 'pressed EU officials to …': an
    object that names a state's authorities by a noun, then one of the words."""
    lowers = token_table(token.doc).lower
    k = token.i + 1
    if k < len(lowers) and lowers[k] == "the":
        k += 1
    texts = token_table(token.doc).text
    if k < len(lowers) and k in doc_index(token.doc).ent_at:
        k = doc_index(token.doc).ent_at[k].end  # "EU officials"
    elif k < len(lowers) and texts[k].isalpha() and (
            texts[k][:1].isupper() or k + 1 < len(lowers) and lowers[k + 1] in AUTHORITY_NOUNS):
        k += 1  # "Chinese authorities", "the federal government", "local officials"
    return k + 1 < len(lowers) and lowers[k] in AUTHORITY_NOUNS and lowers[k + 1] in words


#: Words after "pressed" that make no object ("pressed ahead to", "pressed on to").
NOT_OBJECT_WORDS: Final = frozenset({"ahead", "on", "for", "forward", "home", "hard"})
#: Words after "to" that open no infinitive ("pressed its case to the court").
NOT_INFINITIVE_WORDS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this",
                                         "that", "these", "those"})


def _noun_object_then_infinitive(token: Token) -> bool:
    """'pressed both sides to conclude the deal', 'pressed lenders to cut rates': one to
    three lower-case words of an object, then "to" and a verb."""
    lowers = token_table(token.doc).lower
    k = token.i + 1
    if k >= len(lowers) or lowers[k] in NOT_OBJECT_WORDS:
        return False
    for j in range(k, min(len(lowers) - 1, k + 3)):
        if lowers[j] == "to":
            return j > k and lowers[j + 1].isalpha() and lowers[j + 1] not in NOT_INFINITIVE_WORDS
        if not lowers[j].isalpha() or token_table(token.doc).text[j] != lowers[j]:
            return False
    return False


#: Comparatives that open a thing wanted: "wants higher wages", "smaller class sizes".
WANTED_COMPARATIVES: Final = frozenset({"higher", "lower", "better", "smaller", "bigger", "fewer",
                                        "stronger", "tougher", "stricter", "cheaper", "fairer",
                                        "safer", "shorter", "longer", "greater", "clearer",
                                        "faster", "less"})
#: Words that open a thing wanted, a demand ("wants an inquiry", "want more money").
WANTED_OPENERS: Final = frozenset({"a", "an", "more", "\"", "“"})


def _wanted_thing(token: Token) -> bool:
    """'wanted an independent review of …', 'We want 50% of every new sol …': "want"
    with an object that opens with an indefinite article, "more", a quote or an amount
    (a thing asked for, not "wants the talks in Nairobi")."""
    table = token_table(token.doc)
    k = token.i + 1
    if k + 1 < len(table) and table.lower[k] in WANTED_COMPARATIVES:
        # "wants higher pay", "want smaller class sizes": more of a thing, asked for
        # (a noun follows; not "wants better", "wanted lower to …")
        return table.text[k + 1].isalpha() and table.lower[k + 1] != "to"
    return k < len(table) and (table.lower[k] in WANTED_OPENERS or table.text[k][:1].isdigit())


#: Common nouns of those who can be asked to act: "wants the province to …".
ACTOR_OBJECT_NOUNS: Final = frozenset({
    "province", "city", "cities", "council", "commission", "committee", "parliament",
    "agency", "ministry", "board", "company", "companies", "firm", "union", "unions",
    "employers", "regulator", "regulators", "league", "club", "clubs", "bank", "banks",
    "authority", "countries", "nations", "states", "delegates", "negotiators", "donors",
    "members", *AUTHORITY_NOUNS})
#: Determiners of such an object.
OBJECT_DETERMINERS: Final = frozenset({"the", "its", "their", "all"})


def _actor_noun_then_infinitive(token: Token) -> bool:
    """'wants the province to put …', 'wanted its members to …', 'wants the minister
    to …': a determiner and a noun of those who act or a title (an adjective between),
    then "to"; a plural of those nouns also bare ("wants ministers to")."""
    lowers = token_table(token.doc).lower
    k = token.i + 1
    if k + 1 < len(lowers) and lowers[k + 1] == "to" and lowers[k].endswith("s") and \
            (lowers[k] in ACTOR_OBJECT_NOUNS or lowers[k] in GROUP_OBJECT_NOUNS["en"]):
        return True  # "wants ministers to", "wants regulators to": a group, bare
    if k + 2 >= len(lowers) or lowers[k] not in OBJECT_DETERMINERS:
        return False
    noun = k + 2 if lowers[k + 2] != "to" else k + 1
    return noun + 1 < len(lowers) and lowers[noun + 1] == "to" and (
        lowers[noun] in ACTOR_OBJECT_NOUNS or
        for_lang(doc_lang(token.doc)).is_title_word(token_table(token.doc).text[noun]))


#: Past participles not ending in -ed or -en ("to be cut", "to be paid").
IRREGULAR_PARTICIPLES: Final = frozenset({"cut", "paid", "made", "set", "kept", "put", "held", "sold",
                                          "built", "brought", "shut", "spent", "sent", "lent", "met",
                                          "told", "taught", "bought", "left", "lost", "run", "done"})


def _thing_to_be_done(token: Token) -> bool:
    """'wants the wage floor to be reviewed every year', 'wants fishermen to be
    compensated': a thing or group (a determiner and up to three words, or lower-case
    words alone), then a passive infinitive: what is to be done to it is asked,
    where "wants prices to be lower" or "wants flights to become cheaper" is a wish."""
    lowers = token_table(token.doc).lower
    k = token.i + 1
    if k + 3 >= len(lowers) or lowers[k] in NOT_OBJECT_WORDS:
        return False
    if lowers[k] not in OBJECT_DETERMINERS:
        # no determiner: a group by its bare plural ("wants fishermen to be compensated",
        # "want workers to be paid")
        k -= 1
        if not token_table(token.doc).text[k + 1].islower():
            return False
    to = next((m for m in range(k + 2, min(len(lowers) - 2, k + 5)) if lowers[m] == "to"), None)
    if to is None or lowers[to + 1] != "be" or \
            not all(lowers[m].isalpha() for m in range(k + 1, to)):
        return False
    verb = lowers[to + 2]
    return verb.endswith(("ed", "en")) and len(verb) > 4 or \
        verb.removeprefix("re") in IRREGULAR_PARTICIPLES  # ("rebuilt", "repaid")


#: Verbs of a decision: "agreed to ask ministers to report back" decides, it demands nothing.
DECISION_VERBS: Final = frozenset({"agreed", "agree", "agrees", "decided", "decide", "decides",
                                   "resolved", "voted", "vote", "votes"})


def _decided_infinitive(token: Token) -> bool:
    lowers = token_table(token.doc).lower
    return token.i >= 2 and lowers[token.i - 1] == "to" and lowers[token.i - 2] in DECISION_VERBS


def _without_object(token: Token) -> bool:
    """'the increase they had demanded, after …': a verb followed by a comma or a full
    stop ends a relative clause whose object stood before it; nothing is demanded
    after it (but "demanded, however, that …" goes on)."""
    lowers = token_table(token.doc).lower
    k = token.i + 1
    return k < len(lowers) and lowers[k] in {",", ".", ";"} and \
        "that" not in lowers[k + 1:k + 5]


FUTURE_AUXILIARIES: Final = frozenset({"wird", "werde", "werden", "würde", "würden"})


def _actor_in_dass_clause(token: Token) -> bool:
    """'Polen erwarte, dass die Bundesregierung … stationiere': an expectation of a named
    actor (not 'erwartet, dass die Preise steigen')."""
    table = token_table(token.doc)
    if table.lower[token.i] != "erwarte":
        # reported speech ("Polen erwarte, dass …") demands; "erwartet, dass Russland
        # angreift" mostly predicts
        return False
    k = token.i + 1
    if k < len(table) and table.text[k] == ",":
        k += 1
    if k >= len(table) or table.lower[k] != "dass":
        return False
    sent = doc_index(token.doc).sent(token.i)
    if not FUTURE_AUXILIARIES.isdisjoint(table.lower[k:sent.end]):
        return False  # "erwarte, dass Russland angreifen werde": a prediction
    ent_at = doc_index(token.doc).ent_at
    return any(j in ent_at and ent_at[j].label in ACTOR_LABELS
               for j in range(k + 1, min(len(table), k + 4)))


def _has_particle(sent: Span, verb: Token, particles: frozenset[str] | set[str] =
                  frozenset({"zurück", "ab"})) -> bool:
    lowers = token_table(sent.doc).lower
    return not particles.isdisjoint(lowers[verb.i + 1:sent.end])


#: Words between a preposition and its noun ("zum Abschluss ihrer Konferenz").
ARTICLES_AND_POSSESSIVES: Final = frozenset({
    "der", "die", "das", "den", "dem", "the", "a", "ihrer", "ihrem", "ihren", "seiner", "seinem",
    "seinen", "its", "their", "his", "her"})


def _in_pp(doc: Doc, span: Span) -> bool:
    """Whether a preposition (with articles between) comes right before the span.

    Asked for every actor of a sentence, for its demander and addressee and the
    rejecter: kept per start token on the doc."""
    answers = doc.user_data.get("kg_demand_in_pp")
    if answers is None:
        answers = doc.user_data["kg_demand_in_pp"] = {}
    start = span.start
    answer = answers.get(start)
    if answer is None:
        lowers, texts = token_table(doc).lower, token_table(doc).text
        k = start - 1
        titled = span.label == PER and k > 0 and k not in doc_index(doc).ent_at and \
            for_lang(doc_lang(doc)).is_title_word(texts[k])
        while k >= 0 and (lowers[k] in ARTICLES_AND_POSSESSIVES or titled and start - k <= 3 and
                          texts[k][:1].isupper() and texts[k].isalpha() and
                          k not in doc_index(doc).ent_at):
            k -= 1  # (past a person's title: "In a letter to Prime Minister X, …")
        answer = k >= 0 and lowers[k] in PREPOSITIONS and lowers[k] not in {"des", "der"}
        if not answer and k > 0 and lowers[k] in {"and", "und"}:
            # "regulators in Ivory Coast and Ghana": joined to a place a phrase says
            # something is in (not "the leaders of France and Germany": theirs)
            joined = doc_index(doc).ent_at.get(k - 1)
            answer = joined is not None and joined.end == k and _in_pp(doc, joined) and \
                joined.start > 0 and lowers[joined.start - 1] in LOCATIVE_WORDS
        answers[start] = answer
    return answer


QUOTE_MARKS: Final = frozenset({"„", "“", "\"", "«", "»"})


def _in_quote(doc: Doc, sent: Span, position: int) -> bool:
    """Whether the token at ``position`` is inside a quote opened in its sentence."""
    marks = _quote_marks(doc)
    if not marks or position <= marks[0]:
        return False  # no quote mark before it (asked for every actor of a cue's sentence)
    table = token_table(doc)
    texts = table.text
    start = sent.start
    if start > 0 and texts[start - 1] in QUOTE_MARKS and not table.space[start - 1]:
        start -= 1  # 'talks. "We ask …': the sentencizer left the opening mark behind
    opened = bisect.bisect_left(marks, position) - bisect.bisect_left(marks, start)
    return max(0, opened) % 2 == 1


def _quote_marks(doc: Doc) -> list[int]:
    """Where the doc's quote marks are (``_in_quote`` counts them before a token;
    kept on the doc: asked for several tokens of every cue)."""
    marks = doc.user_data.get("kg_demand_quote_marks")
    if marks is None:
        marks = doc.user_data["kg_demand_quote_marks"] = \
            word_positions(doc, "quote-mark", _is_quote_mark)
    return marks


def _is_quote_mark(text: str) -> bool:
    return text in QUOTE_MARKS


CLAUSE_OPENERS: Final = frozenset({"während", "while", "als", "da", "weil", "obwohl", "but", "aber",
                                   "dass", "that", "wie", "which", "who", "der", "die", "das"})


#: Openers of a relative clause: "Merz, who spoke to Xi on Wednesday, called for …".
RELATIVE_OPENERS: Final = frozenset({"who", "whose", "which", "der", "die", "das", "dessen", "deren"})
#: Words between "and" and a second predicate's verb ("… and then urged").
#: English auxiliaries between a subject and its verb of demanding.
EN_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "has", "have", "had"})
#: Words before a plural noun that make it a pair ("the two governments", "beide Regierungen").
PAIR_WORDS: Final = frozenset({"two", "both", "beide", "beiden", "zwei"})
PREDICATE_ADVERBS: Final = frozenset({"also", "then", "later", "again", "dann", "später", "erneut",
                                      "auch", "zudem"})


def _clause_start(doc: Doc, sent: Span, cue: Token) -> int:
    """Where the clause of ``cue`` starts: after a strong stop, or at a clause opener.

    A relative clause closed before the cue ("Merz, who spoke to Xi, called for …")
    is not the cue's clause: the cue's subject stands before it. Asked about three
    times per cue (demander, addressee, content): kept per cue on the doc.
    """
    starts = doc.user_data.get("kg_demand_clause_starts")
    if starts is None:
        starts = doc.user_data["kg_demand_clause_starts"] = {}
    key = (sent.start, cue.i)
    start = starts.get(key)
    if start is None:
        start = starts[key] = _find_clause_start(doc, sent, cue)
    return start


#: Finite auxiliaries and modals after a verb-final demand verb ("verlangen könne",
#: "gefordert habe"): the clause still ends with the verb.
FINAL_AUXILIARIES: Final = frozenset({
    "kann", "könne", "könnte", "konnte", "können", "könnten", "will", "wolle", "wollte", "wollen",
    "hat", "habe", "hatte", "haben", "hätte", "hätten", "hatten", "wird", "werde", "werden",
    "würde", "würden", "muss", "müsse", "müssten", "soll", "solle", "sollte", "sei", "ist"})
#: Personal pronouns that may be a verb-final clause's subject ("ob sie … verlangen könne").
SUBJECT_PRONOUNS: Final = frozenset({"er", "sie", "wir", "es"})
SUBORDINATORS: Final = frozenset({"ob", "dass", "weil", "wenn", "falls", "da", ","})


#: German zu-infinitives of demand verbs: they close their own clause, what is
#: demanded stands before them ("…, das Geld einzufordern, …").
ZU_INFINITIVES: Final = frozenset({"einzufordern"})


def _verb_final(texts: list[str], i: int) -> bool:
    """The German verb at ``i`` closes its clause: a mark follows it ("… verlangt."),
    or a finite auxiliary and then a mark ("…, ob sie Schadenersatz verlangen könne."),
    or it is a zu-infinitive ("…, eine Zusage einzufordern, …")."""
    if texts[i].lower() in ZU_INFINITIVES:
        return True
    nxt = texts[i + 1] if i + 1 < len(texts) else None
    if nxt is None or is_punct_text(nxt) and nxt != ",":
        return True
    if nxt.lower() not in FINAL_AUXILIARIES:
        return False
    after = texts[i + 2] if i + 2 < len(texts) else None
    return after is None or is_punct_text(after)


def _verb_final_subject_end(doc: Doc, clause: int, cue: int,
                            demanders: Sequence[Span]) -> int | None:
    """Where a verb-final clause's subject ends, so its object starts: after a subject
    pronoun right after a subordinator ("prüfe, ob sie …"), else after the demander
    named in the clause ("hat die IG Metall …"); None when neither is there."""
    lowers = token_table(doc).lower
    for i in range(cue - 1, clause, -1):
        if lowers[i] in SUBJECT_PRONOUNS and lowers[i - 1] in SUBORDINATORS:
            return i + 1
    named = [d.end for d in demanders if clause <= d.start and d.end < cue]
    if not named:
        return None
    end = max(named)
    texts = token_table(doc).text
    if end + 3 < cue and texts[end] == "(" and texts[end + 2] == ")":
        end += 3  # its acronym: "Der Zentralelternbeirat (ZEB) hat … verlangt"
    return end


def _may_end_content(text: str) -> bool:
    """A mark that may end a demand's content (``DemandExtractor._content``)."""
    return text in CLAUSE_END or text in QUOTE_MARKS or text == ","


#: The marks ``_find_clause_start`` stops at or counts (a spaced hyphen is a dash).
CLAUSE_START_MARKS: Final = frozenset({";", ":", "–", "—", "-", ","})


def _is_clause_start_mark(text: str) -> bool:
    return text in CLAUSE_START_MARKS


def _find_clause_start(doc: Doc, sent: Span, cue: Token) -> int:
    table = token_table(doc)
    texts, lowers, space = table.text, table.lower, table.space
    comma_between = False
    # (only the marks are visited, backwards, not every word before the cue)
    for k in reversed(word_positions(doc, "clause-start-mark", _is_clause_start_mark,
                                     sent.start, cue.i)):
        if texts[k] in {";", ":", "–", "—"} or texts[k] == "-" and space[k] and space[k - 1]:
            return k + 1  # a spaced hyphen is a dash: "BRUSSELS (Reuters) - Smith urged …"
        if texts[k] == ",":
            if k + 1 < len(texts) and lowers[k + 1] in CLAUSE_OPENERS \
                    and not (comma_between and lowers[k + 1] in RELATIVE_OPENERS) \
                    and not _in_closed_quote(doc, sent, k, cue.i) \
                    and not _joins_predicate(lowers, k + 1, cue.i):
                return k + 1
            comma_between = True
    return sent.start


#: Conjunctions that may join a second predicate with no subject of its own.
PREDICATE_JOINERS: Final = frozenset({"but", "aber"})


def _joins_predicate(lowers: list[str], opener: int, cue: int) -> bool:
    """', but urged …': "but" right before the verb (adverbs aside) joins a second
    predicate to the clause before, whose subject it shares; it opens no clause of its
    own ("…, but the union urged …" does: a subject stands between)."""
    if lowers[opener] not in PREDICATE_JOINERS:
        return False
    return all(lowers[i] in PREDICATE_ADVERBS for i in range(opener + 1, cue))


#: A person's own body, as a subject after "her"/"seine": "Ihre Fraktion verlangt".
OWN_BODY_NOUNS: Final = frozenset({"fraktion", "partei", "gewerkschaft", "verband", "organisation",
                                   "party", "union", "group", "organization",
                                   "federation", "association"})
PERSON_POSSESSIVES: Final = frozenset({"his", "her", "ihre", "seine", "sein", "ihr"})


def _possessor_body(doc: Doc, possessive: int) -> list[Span]:
    """'Grünen-Fraktionschefin Katharina Dröge nannte … Ihre Fraktion verlangt …', 'Jan
    Berg (SPD) … Seine Partei fordert': the organisation joined to the title of the
    person named last ("Grünen-…", "SPD-…") or in brackets after the name, else the
    person: the body speaks for its member named before."""
    person = _last_named(doc, possessive, PER)
    if person is None:
        return []
    table = token_table(doc)
    texts = table.text
    ent_at = doc_index(doc).ent_at
    k = person.start - 1  # the title word before the name, maybe joined to a party
    if k >= 2 and texts[k - 1] == "-" and (k - 2) in ent_at and ent_at[k - 2].label == ORG:
        return [ent_at[k - 2]]
    before = ent_at.get(k - 1) if k >= 1 and k not in ent_at else None
    if before is not None and before.label == ORG and before.end == k and \
            (for_lang(doc_lang(doc)).is_title_word(texts[k]) or texts[k].isupper()):
        return [before]  # "Labour MP Anna Reed", "SPD-Chef"
    if person.end + 2 < len(texts) and texts[person.end] == "(" and \
            (named := ent_at.get(person.end + 1)) is not None and named.label == ORG:
        return [named]
    return [person]


def _party_prefix(doc: Doc, start: int, title: int) -> bool:
    """'Der ÖVP-Abgeordnete', 'die SPD-Politikerin': an organisation joined to the title
    by a hyphen (tokens start..title) says whose the title is, no name of its holder."""
    ent_at = doc_index(doc).ent_at
    named = ent_at.get(start)
    return named is not None and named.label == ORG and named.end == title - 1 and \
        token_table(doc).text[title - 1] == "-" and not token_table(doc).space[title - 2]


def _reported_subject_named(doc: Doc, sent: Span, modal: Token, named: Span) -> bool:
    """'Russell Findlay said Hamish Corrie should step down': the name between the verb
    of saying and the modal is the reported clause's subject, the one asked, not who
    says it (as in '"…," said Findlay', where the name follows the demand)."""
    lowers = token_table(doc).lower
    if not (sent.start <= named.start and named.end <= modal.i) or \
            _in_quote(doc, sent, named.start) or "," in lowers[named.end:modal.i]:
        return False  # ("sagte Kai Bode, Roth müsse …": the speaker, then the clause)
    said = next((i for i in range(named.start - 1, max(sent.start, named.start - 4) - 1, -1)
                 if lowers[i] in SAYING_VERBS), None)
    return said is not None and said > sent.start


def _in_closed_quote(doc: Doc, sent: Span, position: int, cue: int) -> bool:
    """'die Rückgabe „aller Kulturgüter, die unser Land verlassen haben“ verlangt': a
    comma inside a quote that closes before the verb belongs to the quoted phrase and
    opens none of the verb's clauses."""
    return _in_quote(doc, sent, position) and not _in_quote(doc, sent, cue)


#: Finite forms of auffordern/aufrufen whose object follows them ("forderte X … auf").
OBJECT_AUF_VERBS: Final = frozenset({"fordert", "forderte", "forderten", "fordern", "rief", "riefen",
                                     "ruft", "rufen"})
#: Auxiliaries of the passive ("wurde … aufgefordert", "was urged").
PASSIVE_AUXILIARIES: Final = frozenset({"wurde", "wurden", "worden", "wird", "werden", "was", "were",
                                        "is", "are", "been", "being"})
#: Demand participles that may stand in the passive.
#: What opens an apposition that ranks its name among others: "…, one of Argentina's
#: largest wineries, …", "…, einer der größten Versorger, …".
ONE_OF: Final = frozenset({("one", "of"), ("einer", "der"), ("eine", "der"), ("eines", "der")})

#: Participles that with "by" after them name a thing asked for, not whom it asks:
#: "changes requested by the club" (the passive of a call to someone is
#: ``PASSIVE_PARTICIPLES``').
AGENT_PARTICIPLES: Final = frozenset({"requested", "demanded"})
#: Auxiliaries right before an English passive cue: with no "by" agent ("Kenyans are
#: being asked to pay", "were told to leave") no one in the text is said to ask.
AGENTLESS_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "been", "being", "be"})
PASSIVE_PARTICIPLES: Final = frozenset({"aufgefordert", "gefordert", "aufgerufen", "gedrängt", "urged",
                                        "asked", "called", "pressed"})


def _passive_agent(doc: Doc, sent: Span, cue: Token) -> tuple[int, Span] | None:
    """'X wurde von Y aufgefordert', 'X were urged by Y to': (the auxiliary, Y)."""
    table = token_table(doc)
    lowers = table.lower
    if lowers[cue.i] not in PASSIVE_PARTICIPLES:
        return None
    clause = _clause_start(doc, sent, cue)
    auxiliary = next((k for k in range(cue.i - 1, max(clause, cue.i - 8) - 1, -1)
                      if lowers[k] in PASSIVE_AUXILIARIES), None)
    if auxiliary is None:
        return None
    agent_words = {"von", "vom"} if doc_lang(doc) == "de" else {"by"}
    # (English: "was urged by Y to …", or at the end "was urged to pay … by Y", not
    # another participle's agent: "protesters led by Y")
    window = range(auxiliary + 1, cue.i) if doc_lang(doc) == "de" else \
        range(cue.i + 1, sent.end)
    for k in window:
        if lowers[k] in agent_words and (k <= cue.i + 2 or not lowers[k - 1].endswith("ed")):
            agent = next((a for a in _named_actors(doc, sent) if k < a.start <= k + 3), None)
            if agent is not None:
                return auxiliary, agent
    return None


#: Finite forms of "haben" that build the perfect tense with a participle cue.
PERFECT_AUXILIARIES: Final = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätten", "hätte"})
#: Participles of German demand verbs (the present "verlangt" only with an auxiliary).
PARTICIPLES: Final = frozenset({"aufgefordert", "gefordert", "verlangt", "aufgerufen", "appelliert",
                                "gerichtet", "eingefordert"})


def _perfect_auxiliary(doc: Doc, clause_start: int, cue: Token) -> int | None:
    """Position of the auxiliary of a perfect-tense cue ("haben … aufgefordert")."""
    lowers = token_table(doc).lower
    if lowers[cue.i] not in PARTICIPLES:
        return None
    return next((k for k in range(clause_start, cue.i) if lowers[k] in PERFECT_AUXILIARIES), None)


def _relative_clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of relative clauses between ``start`` and ``end`` that close before
    ``end`` (", who … ,", ", der … ,"): the names in them are not the clause's subject."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    ranges = []
    for k in range(start, end - 1):
        if texts[k] == "," and lowers[k + 1] in RELATIVE_OPENERS:
            close = next((j for j in range(k + 2, end) if texts[j] == ","), None)
            if close is not None and not _german_apposition(doc, k + 1, close):
                ranges.append((k, close + 1))
    return ranges


def _german_apposition(doc: Doc, opener: int, close: int) -> bool:
    """', der Waadtländer SP-Ständerat Pierre-Yves Maillard,': a German relative clause
    ends with its verb; one that ends with a person's name is an apposition naming
    the subject."""
    named = doc_index(doc).ent_at.get(close - 1)
    return token_table(doc).lower[opener] in {"der", "die", "das"} and named is not None \
        and named.label == PER


def _second_predicate(doc: Doc, start: int, cue: int) -> bool:
    """Is the cue the verb of a second predicate ("… and urged", "… und forderte")?

    ("Germany and France urged" coordinates subjects: there "and" stands before a
    name, not right before the verb.)
    """
    lowers = token_table(doc).lower
    k = cue - 1
    while k > start and lowers[k] in PREDICATE_ADVERBS:
        k -= 1
    return k > start and lowers[k] in {"and", "und", "but", "aber"}


#: Articles that may open the second of two joined names ("an X und die Deutsche Bahn").
ARTICLES: Final = frozenset({"der", "die", "das", "den", "dem", "the"})


def _coordinated(doc: Doc, a: Span, b: Span, also: frozenset[str] = frozenset()) -> bool:
    """Are a and b joined only by commas/und/and (or the same span)? ``also``: further
    words allowed between them (lower case) right after "und"/"and" ("X und die Y", not
    "an die Regierung, die Bank zu erhalten")."""
    if a == b:
        return True
    lo, hi = (a, b) if a.start < b.start else (b, a)
    texts = token_table(doc).text
    ent_at = doc_index(doc).ent_at
    return all(texts[i] in {",", "und", "and", "sowie"} or i in ent_at or
               texts[i].lower() in also and texts[i - 1] in {"und", "and", "sowie"}
               for i in range(lo.end, hi.start))


#: A city by its common noun, as the object of a demand ("asked the city to …").
CITY_NOUNS: Final = frozenset({"city", "stadt"})
CITY_ARTICLES: Final = frozenset({"the", "die", "der"})
#: Words before the article of a German "Stadt" asked: "von der Stadt", "an die Stadt",
#: "dass die Stadt …" (and the comma right after the verb: "forderte, die Stadt solle …").
CITY_RECEIVERS: Final = frozenset({"von", "an", "dass"})


def _city_object(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'has asked the city to hand over …', 'forderte die Stadt auf, …', 'verlangte von
    der Stadt …': the city the report is about, the dateline's if the text names it as a
    city, else the city it names most (the text's own topic)."""
    table = token_table(doc)
    lowers = table.lower
    j = next((i for i in range(cue.i + 1, min(sent.end - 1, cue.i + 5))
              if lowers[i] in CITY_NOUNS and lowers[i - 1] in CITY_ARTICLES), None)
    if j is not None and lowers[j + 1] == "of":
        named = doc_index(doc).ent_at.get(j + 2)  # "asked the city of Zagreb to": Zagreb
        return named if named is not None and named.label in GPE_OR_LOC and \
            named.start == j + 2 else None
    if j is None or lowers[j + 1] in {"'s", "’s", "-"}:
        return None
    if lowers[j] == "city" and lowers[j + 1] != "to" and lowers[j + 1:j + 3] != ["not", "to"] \
            and lowers[j - 2] != "that":
        return None  # (an English object is asked "to" do something, or "not to", or
        # is a that-clause's subject: "demanded that the city repay …")
    if lowers[j] == "stadt" and not (lowers[j - 2] in CITY_RECEIVERS or
                                     j - 2 == cue.i + 1 and lowers[j - 2] == "," or
                                     _has_particle(sent, cue, {"auf"})):
        return None  # ("die Stadt" may be the German subject)
    nodes = doc.user_data["kg_nodes"]
    cities = [e for e in doc_index(doc).ents if e.label in GPE_OR_LOC and e.start < j and
              (node := nodes.get(kg_id(e))) is not None and node.properties.get("kind") == "city"]
    if not cities:
        return _city_body(doc, "city")  # ("the Riga City Council" named, Riga not alone)
    line = doc.user_data.get("kg_meta", {}).get("dateline_span")
    city = None
    if line:
        name = doc_text(doc)[line[0]:line[1]].strip().lower()
        city = next((e for e in cities if span_text(e).lower() == name), None)
    if city is None:
        city = _most_named(cities)[0]
    council = _city_body(doc, span_text(city)) or _city_body(doc, "city")
    return council if council is not None else city


#: Words of the names of a city's governing body ("Riga City Council", "Stadtverwaltung
#: Suhl"): the city asked to act is that body when the text names it.
CITY_BODY_WORDS: Final = frozenset({"council", "municipality", "stadtverwaltung", "magistrat"})


def _city_body(doc: Doc, city: str) -> Span | None:
    """The organisation named in the text whose name has the word ``city`` (a city's
    name, or "city") and a word of a city's governing body ("Riga City Council" for
    Riga or "city"), else None."""
    for e in doc_index(doc).ents:
        if e.label != ORG:
            continue
        words = span_text(e).lower().split()
        if city.lower() in words and not CITY_BODY_WORDS.isdisjoint(words):
            return e
    return None


def _untagged_receiver_object(doc: Doc, sent: Span, cue: Token,
                              receivers: Container[str]) -> Span | None:
    """'appellierte an Nordwerk und …', 'appealed to Nordwerk and …' after "Nordwerk-
    Chefin Lea Sommer": capitalised words right after the verb's receiver ("an", "on",
    "to") that name an organisation node of this text the entities did not tag there
    (one the roles made from a title's owner)."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    k = cue.i + 1
    if k >= sent.end or lowers[k] not in receivers:
        return None
    return _untagged_organisation_at(doc, sent, k + 1, texts, {",", "und", "and", "to", "zu"})


def _untagged_organisation_at(doc: Doc, sent: Span, k: int, words: list[str],
                              followers: Container[str]) -> Span | None:
    """Up to four capitalised words from ``k`` that no entity covers, followed by one
    of ``followers`` (read in ``words``: the token texts or their lower forms), as the
    span of the organisation node of this text they name (one the roles made from a
    title's owner); None if they name none."""
    table = token_table(doc)
    texts = table.text
    ent_at = doc_index(doc).ent_at
    end = k
    while end < min(sent.end, k + 4) and end not in ent_at and (
            texts[end][:1].isupper() and texts[end].isalpha() or
            end > k and texts[end] == "-" and not table.space[end - 1]):  # ("TT-Line")
        end += 1
    if end == k or end >= sent.end or texts[end - 1] == "-" or words[end] not in followers:
        return None
    node_id = f"organisation:{slugify(' '.join(texts[k:end]))}"
    node = doc.user_data["kg_nodes"].get(node_id)
    if node is None or "Organisation" not in node.labels:
        return None
    span = Span(doc, k, end, label=ORG)
    set_kg_id(span, node_id)
    return span


class _LowerWords:
    """Any lower-case word (a verb after a that-clause's subject), as a container."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.isalpha() and word.islower()


LOWER_WORDS: Final = _LowerWords()


def _with_coordinated(doc: Doc, first: Span, actors: list[Span]) -> list[Span]:
    """'an Belarus und Russland', 'called on Kenya and Uganda': the addressee and
    the actors joined to it."""
    return [a for a in actors if a.start >= first.start and _coordinated(doc, first, a, ARTICLES)]


def _object_with_auf(doc: Doc, sent: Span, actor: Span) -> bool:
    """'forderten die Minister Russland auf, …': an accusative before a separated 'auf'."""
    table = token_table(doc)  # (``is_punct_text``: spaCy's is_punct, without a ``Token``)
    return any(table.lower[i] == "auf" and (i + 1 >= len(table) or is_punct_text(table.text[i + 1]))
               for i in range(actor.end, min(sent.end, actor.end + 2)))


def _resolve_pronoun(doc: Doc, sentences: list[Span], index: int, pronoun: Token,
                     person: bool = False, exclude: Container[str | None] = ()) -> Span | None:
    """The actor a pronoun most likely refers to: the first fitting actor of the nearest
    earlier sentence (persons for er/he/she, any actor for sie/they), none of the node
    ids ``exclude`` (the verb's object: "he would urge Berg to" is not Berg)."""
    want_person = person or pronoun.lower_ in {"er", "he", "she"}
    for k in range(index, max(-1, index - 4), -1):
        sent = sentences[k]
        candidates = [e for e in sent_ents(sent) if e.label == PER or
                      (not want_person and e.label in ORG_OR_GPE)]
        if exclude:  # (a node id read only when one is excluded)
            candidates = [e for e in candidates if kg_id(e) not in exclude]
        if k == index:
            # "Bei ihrem Treffen in Luxemburg verlangten sie": a place in a phrase
            # with a preposition is no antecedent
            candidates = [e for e in candidates if e.end <= pronoun.i and not _in_pp(doc, e)]
            if candidates:
                return candidates[-1]
            if sent.start < pronoun.i - 1 and token_table(doc).text[sent.start].istitle() and \
                    sent.start not in doc_index(doc).ent_at:
                # "Anwar has repeatedly said he wants …" after "Anwar Ibrahim": the subject
                # by the first name of a person named in full before
                first = _person_by_first_name(doc, sent.start)
                if first is not None:
                    return first
            continue
        # the subject rather than a dateline ("Luxemburg (AFP) - Die Minister …")
        # or a place with a preposition
        dateline = _dateline_end(doc, sent)
        if pronoun.lower_ == "er" and doc_lang(doc) == "de":
            body = _masculine_body_subject(doc, sent, dateline)
            if body is not None:
                return body  # "Der Bund für Umwelt … ging weiter. Er forderte …"
        # nor a name that only modifies a compound ("des OSZE-Büros")
        subjects = [e for e in candidates if not _in_pp(doc, e) and e.start >= dateline
                    and not _compound_modifier(doc, e)]
        titled = _titled_speaker(doc, sentences, k, sent.start) if not subjects else None
        if titled is not None:
            return titled  # "…“, sagte der Landeshauptmann. … Zugleich verlangte er …"
        if subjects or candidates:
            return (subjects or candidates)[0]
        if _unknown_speaker(doc, sent):
            # "Getachew said …. He demanded": the person named in full before whose
            # first name it is, else a name we do not know is meant
            return _person_by_first_name(doc, sent.start)
    return None


def _masculine_body_subject(doc: Doc, sent: Span, start: int) -> Span | None:
    """The organisation opening a sentence after "Der" ("Der Bund für Umwelt und
    Naturschutz (BUND) ging noch weiter", "Der Verband XY warnte"): German "er" in the
    next sentence may stand for it, a body of masculine gender."""
    lowers = token_table(doc).lower
    first = max(start, sent.start)
    if lowers[first] != "der":
        return None
    for e in sent_ents(sent):
        if e.start > first + 2 or e.label == PER:
            break  # ("Der Grünen-Politiker Max Weber": a person)
        if e.start > first and e.label == ORG and not _compound_modifier(doc, e):
            return e
    return None


def _compound_modifier(doc: Doc, span: Span) -> bool:
    """'OSZE-Büro', 'EU-Staaten': the name is joined by a hyphen to the noun it modifies."""
    table = token_table(doc)
    return span.end < len(doc) and table.text[span.end] == "-" and not table.space[span.end - 1]


def _unknown_speaker(doc: Doc, sent: Span) -> bool:
    """Does the sentence open with a capitalised word that names nothing we know,
    followed by a verb of saying ("Getachew said …")? A pronoun after it means him."""
    table = token_table(doc)
    first = sent.start
    return sent.end - first > 2 and table.tokens[first].is_title and \
        first not in doc_index(doc).ent_at and table.lower[first + 1] in SAYING_VERBS


def _subject_noun(doc: Doc, noun: int, clause_start: int) -> bool:
    """Is the noun before the verb a subject: "Beide Minister", "the final communique",
    not "in einer gemeinsamen Erklärung"? (an article or the clause start before it,
    adjectives between, no preposition)"""
    lowers = token_table(doc).lower
    k = noun - 1
    while k >= clause_start and k >= noun - 3 and lowers[k] not in PREPOSITIONS and \
            lowers[k] not in {"der", "die", "das", "the", "beide", "both", "alle", "all"}:
        k -= 1
    if k < clause_start:
        return True
    if lowers[k] in PREPOSITIONS and lowers[k] not in {"der"}:
        return False
    return not (k > clause_start and lowers[k - 1] in PREPOSITIONS)


def _dateline_end(doc: Doc, sent: Span) -> int:
    """Where the text after a dateline starts ("Luxemburg (AFP) - Die Minister …"):
    the token after a dash among the sentence's first eight, else its start."""
    table = token_table(doc)
    for k in range(sent.start, min(sent.end, sent.start + 8)):
        if table.text[k] in {"-", "–", "—"} and table.space[k] and k > sent.start \
                and table.space[k - 1]:
            return k + 1
    return sent.start


def _titled_person(doc: Doc, sentences: list[Span], index: int, article: Token,
                   title: str, prefix: str = "") -> Span | None:
    """'Der Präsident' → the person last named with that title before ("Präsident
    Emmanuel Macron"); without one, the person of the nearest sentence naming
    exactly one (two would be a guess)."""
    titled = _person_with_title(doc, article.i, title, prefix=prefix)
    if titled is not None:
        return titled
    texts = token_table(doc).text
    for k in range(index, max(-1, index - 4), -1):
        persons = {kg_id(e): e for e in sent_ents(sentences[k]) if e.label == PER
                   and e.end <= article.i}
        if len(persons) > 1 and doc_lang(doc) == "de":
            # "die Regierungschefin" of "Backhaus … von Ministerpräsidentin Anna Berg": the
            # one woman by the title before her name ("der Regierungschef": the one man)
            female = _feminine_title(title)
            if female or for_lang("de").title_base(title) == title and not title.endswith("e"):
                persons = {node: e for node, e in persons.items() if
                           (e.start > 0 and _feminine_title(texts[e.start - 1])) == female}
        if persons:
            return next(iter(persons.values())) if len(persons) == 1 else None
    return None


def _feminine_title(word: str) -> bool:
    """A German title in its feminine form ("Ministerin", "Regierungschefin"): its base
    is the masculine form without "-in" (not "Vorsitzende", of both genders)."""
    if not word.endswith("in"):
        return False
    base = for_lang("de").title_base(word)
    return base is not None and not base.endswith("in")


#: Lower-case particles of a name left out of a person's mention ("urged van Velden to").
NAME_PARTICLES: Final = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al",
                                   "el", "bin"})
#: Words that add a demand to one before ("She also urged …", "Er verlangte zudem …").
ADDITIVE_WORDS: Final = frozenset({"also", "too", "further", "additionally", "auch", "zudem",
                                   "außerdem", "ferner", "darüber", "zusätzlich", "überdies"})
#: The German subjunctive I of a modal: only reported speech uses it, so a sentence
#: with it and no verb of saying goes on reporting the speaker named before (the plural
#: "müssten": the subjunctive II stands in where "müssen" would read as indicative).
REPORTED_MODALS: Final = frozenset({"müsse", "solle", "müssten"})


#: Verbs of a promise: the subjunctive after them reports what is promised.
PROMISE_VERBS: Final = frozenset({"versprach", "versprachen", "verspricht", "kündigte", "kündigten",
                                  "kündigt"})
#: Forms of "sagen": with the particle "zu" (zusagen) a promise.
SAY_FORMS: Final = frozenset({"sagte", "sagten", "sagt"})


def _promises(doc: Doc, sent: Span) -> bool:
    """'Dobrindt sagte zu, …', 'Golob sagte eine Unterstützung zu, …', 'kündigte an':
    the sentence promises (zusagen: "zu" closes the clause of "sagte")."""
    lowers = token_table(doc).lower
    words = lowers[sent.start:sent.end]
    if not PROMISE_VERBS.isdisjoint(words):
        return True
    said = next((i for i, w in enumerate(words) if w in SAY_FORMS), None)
    if said is None:
        return False
    end = next((i for i in range(said + 1, len(words)) if words[i] in {",", ".", ";"}), len(words))
    return words[end - 1] == "zu"


def _actor_subject(doc: Doc, sent: Span, cue: Token) -> bool:
    """Whether a modal's clause names an actor as its subject: before the modal ("Der
    Bund müsse …", not in a phrase with a preposition) or right after it, inverted
    ("Zudem müsse der Bund …")."""
    start = _clause_start(doc, sent, cue)
    lowers = token_table(doc).lower
    for a in _named_actors(doc, sent):
        if start <= a.start and a.end <= cue.i and not _in_pp(doc, a):
            return True
        if a.start == cue.i + 1 or a.start == cue.i + 2 and lowers[cue.i + 1] in ARTICLES:
            return True
    return False


def _titled_speaker(doc: Doc, sentences: list[Span], index: int, after: int) -> Span | None:
    """'…, sagte der Landeshauptmann', '…, sagte der SVP-Politiker', '…, said the
    minister': a verb of saying after ``after`` whose subject is a title or a noun for
    a person (a party before it) with no name after it: the person named before with
    that title, else the one person of the nearest sentence naming one."""
    sent = sentences[index]
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    if SAYING_VERBS.isdisjoint(lowers[after:sent.end]):
        return None
    words = for_lang(doc_lang(doc))
    ent_at = doc_index(doc).ent_at
    for i in range(max(after, sent.start), sent.end - 2):
        if lowers[i] not in SAYING_VERBS or lowers[i + 1] not in {"der", "die", "the"}:
            continue
        noun = i + 2
        while noun < sent.end - 1 and texts[noun].islower() and doc_lang(doc) == "de":
            noun += 1  # "sagte der frühere Minister": past the adjectives
        if noun + 2 < sent.end and texts[noun + 1] == "-":
            noun += 2  # "der SVP-Politiker", "der vida-Chef"
        if noun >= sent.end or noun in ent_at or noun + 1 in ent_at or \
                not texts[noun].isalpha():
            return None  # ("sagte der Minister Jan Berg": the name says who)
        if not (words.is_title_word(texts[noun]) or _names_a_person(lowers[noun])):
            return None  # ("sagte die Firma"): no person
        return _titled_person(doc, sentences, index, table.tokens[i + 1], texts[noun])
    return None


def _person_with_title(doc: Doc, position: int, title: str,
                       exclude: Sequence[Span] = (), prefix: str = "") -> Span | None:
    """The person named last before ``position`` with ``title`` before the name
    ("Bundeskanzler Olaf Scholz" for "den Kanzler"), other than ``exclude``; with a
    ``prefix`` ("FDP" of "FDP-Vorsitzende") only a title with that prefix."""
    words = for_lang(doc_lang(doc))
    base = words.title_base(title)
    # "der Kanzler" is the "Bundeskanzler" (not the "Vizekanzler")
    federal = f"bundes{title.lower()}"
    texts = token_table(doc).text
    taken = {kg_id(a) for a in exclude}
    candidates = [e for e in doc_index(doc).ents_in(0, position) if e.label == PER and
                  kg_id(e) not in taken]
    # "die Präsidentin" is a woman: not the "Präsident" named last
    female = doc_lang(doc) == "de" and title.endswith("in") and base is not None and \
        not base.endswith("in")
    titled = [e for e in candidates if
              any((words.title_base(texts[j]) == base or texts[j].lower() == federal) and
                  (not female or texts[j].endswith("in")) and
                  (not prefix or j >= 2 and texts[j - 1] == "-" and texts[j - 2] == prefix)
                  for j in range(max(0, e.start - 3), e.start))]
    if not titled and not prefix and base is not None:
        # the title given in an apposition ("die Präsidentin des Amts, Anna Berg"): the
        # persons the roles found holding it
        holders = _title_holders(doc, base, female)
        titled = [e for e in candidates if kg_id(e) in holders]
    if not titled and not prefix and doc_lang(doc) == "de":
        # "den Minister": the "Bundesfinanzminister" (a compound ending in the title)
        ending = title.lower()
        titled = [e for e in candidates if e.start > 0 and
                  texts[e.start - 1].lower().endswith(ending) and
                  words.title_base(texts[e.start - 1]) is not None]
    if len({kg_id(e) for e in titled}) > 1:
        # two ministers: the one named last at all, with her title or without
        # ("Wirtschaftsministerin Reiche …, forderte Warken auf, … die Ministerin")
        holders = {_node_id(e) for e in titled}
        return next(e for e in reversed(candidates) if kg_id(e) in holders)
    return titled[-1] if titled else None


def _clause_title_holder(doc: Doc, start: int, end: int) -> Span | None:
    """'demanded that the prime minister raise …': a clause opened by "the" and a
    title in lower case names a person holding it; of several holders ("Prime
    Minister" Starmer and Modi), the one named last before the clause."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    if start >= end or lowers[start] not in {"the", "der", "die"}:
        return None
    words = for_lang(doc_lang(doc))
    for k in range(start + 1, min(end, start + 4)):
        if k in doc_index(doc).ent_at:
            return None
        base = words.title_base(texts[k])
        if base is None:
            continue
        modifiers = lowers[start + 1:k]
        holders = {kg_id(e) for e in doc_index(doc).ents_in(0, start) if e.label == PER and
                   _titled_as(lowers, words, e.start, base, modifiers)}
        mentions = [e for e in doc_index(doc).ents_in(0, start)
                    if e.label == PER and kg_id(e) in holders]
        return mentions[-1] if mentions else None
    return None


def _titled_as(lowers: list[str], words: Words, name_start: int, base: str,
               modifiers: list[str]) -> bool:
    """Whether the title right before a name has the head ``base`` and ends with the
    ``modifiers`` before it ("Prime Minister Keir Starmer" for "prime minister")."""
    head = name_start - 1
    if head < 0 or words.title_base(lowers[head]) != base.lower() and \
            (words.title_base(lowers[head]) or "").lower() != base.lower():
        return False
    n = len(modifiers)
    return lowers[head - n:head] == modifiers if n else True


def _before_title(doc: Doc, floor: int, person: Span) -> int:
    """Where the title before a person's name starts ("von Unicredit-Chef Andrea
    Orcel": at "Unicredit"), looking back at most four words and not past ``floor``."""
    table = token_table(doc)
    texts = table.text
    words = for_lang(doc_lang(doc))
    k = person.start
    while k - 1 > floor and person.start - (k - 1) <= 4 and (
            words.is_title_word(texts[k - 1]) or texts[k - 1] == "-" or
            texts[k - 1][:1].isupper() and texts[k - 1].isalpha() and k < person.start and
            texts[k] == "-"):
        k -= 1
    return k


#: Numbers by which a text refers back to the persons it just named ("die drei", "the two").
NUMBER_WORDS: Final = {"beide": 2, "beiden": 2, "both": 2, "zwei": 2, "two": 2, "drei": 3,
                       "three": 3, "vier": 4, "four": 4}


def _counted_persons(doc: Doc, sentences: list[Span], index: int, number: int) -> list[Span]:
    """'die drei', 'the two' at ``number``: as many persons as it counts, the last named
    before it; none when fewer are named (then the number counts something else)."""
    count = NUMBER_WORDS[token_table(doc).lower[number]]
    persons = _last_persons(doc, sentences, index, number, count)
    return persons if len(persons) == count else []


def _last_persons(doc: Doc, sentences: list[Span], index: int, position: int,
                  count: int) -> list[Span]:
    """The last ``count`` different persons named before ``position`` (this sentence
    and the three before): 'Beide Minister' after 'Baerbock … Sikorski …'."""
    found: list[Span] = []
    for k in range(index, max(-1, index - 4), -1):
        persons = [e for e in sent_ents(sentences[k]) if e.label == PER and e.end <= position]
        for person in reversed(persons):
            if all(kg_id(person) != kg_id(p) for p in found):
                found.append(person)
            if len(found) == count:
                return sorted(found, key=lambda p: p.start)
    return found


#: Endings of German nouns that describe a person (not a body): "Dachdeckermeister",
#: "Sozialdemokrat", "Gewerkschafter", "Unternehmerin", "Aktivist", "54-Jährige".
PERSON_DESCRIPTION_ENDINGS: Final = ("meister", "meisterin", "krat", "kratin", "schafter",
                                     "schafterin", "nehmer", "nehmerin", "ist", "istin", "loge",
                                     "login", "politiker", "politikerin", "jährige", "jähriger")
#: Of those, the endings a feminine singular has ("die" is also a plural's article).
FEMININE_DESCRIPTION_ENDINGS: Final = ("in", "jährige")


def _person_noun_subject(doc: Doc, start: int, k: int) -> bool:
    """Whether the clause from ``start`` to ``k`` (the word before the verb) reads "Der
    Dachdeckermeister (aus Dresden)", "Der 54-Jährige", "Die Sozialdemokratin": a
    singular article and a noun that describes a person, no name: the person named
    before, described again (a plural "Die Unternehmer" is a group)."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    ent_at = doc_index(doc).ent_at
    place = ent_at.get(k)
    if place is not None and place.label != PER and place.start - 2 >= start and \
            lowers[place.start - 1] in {"aus", "von"}:
        k = place.start - 2  # ("aus Dresden": where the person is from)
    if k in ent_at or not texts[k].isalpha() or not texts[k][:1].isupper():
        return False
    article = start
    if k - article == 3 and lowers[article + 1].isdigit() and texts[article + 2] == "-":
        article = k - 1  # ("Der 54-Jährige")
    elif k - article != 1:
        return False
    low = lowers[k]
    if lowers[start] == "der":
        return low.endswith(PERSON_DESCRIPTION_ENDINGS)
    return lowers[start] == "die" and low.endswith(PERSON_DESCRIPTION_ENDINGS) and \
        low.endswith(FEMININE_DESCRIPTION_ENDINGS)


def _is_origin_noun(text: str) -> bool:
    """'Litauer', 'Rumänin', 'Österreicher', 'Brite': a German noun for a person of a
    country, whose adjective ("litauisch") the lexicon knows as the country's."""
    stem = text.removesuffix("in") if text.endswith(("erin", "nin", "tin")) else text
    lexicon = load_lexicon()
    stems = (stem, stem[:-2]) if stem.endswith("er") else \
        (stem[:-1],) if stem.endswith("e") else ()
    return any(lexicon.country_for_adjective(f"{s.lower()}isch") is not None
               for s in stems if len(s) >= 3)


#: What opens a German verb-final clause whose subject comes first ("…, in der sie
#: die Kommission auffordern", "…, dass er die Bahn auffordere").
SUBORDINATE_OPENERS: Final = frozenset({"der", "die", "das", "dem", "denen", "deren", "dass"})


def _subordinate_subject(doc: Doc, named: Span, cue: Token) -> Token | None:
    """A subject pronoun opening the verb-final clause of ``cue`` before ``named``:
    the name after it is the object, the pronoun the one who demands."""
    lowers, texts = token_table(doc).lower, token_table(doc).text
    for p in range(named.start - 1, max(0, named.start - 4), -1):
        if lowers[p] in {"sie", "er", "wir"} and lowers[p - 1] in SUBORDINATE_OPENERS:
            if "," in texts[p:cue.i] or cue.i + 1 < len(texts) and texts[cue.i + 1] not in {",", "."}:
                return None
            return doc[p]
    return None


#: Nouns that refer back to an organisation of one kind (the lexicon's ``kind``).
KIND_NOUNS: Final = {"gewerkschaft": "union", "union": "union",
                     "management": "company", "konzern": "company", "unternehmen": "company",
                     "konzernleitung": "company", "company": "company", "carrier": "company"}
DEFINITE_ARTICLES: Final = frozenset({"der", "die", "das", "the"})
#: English nouns by which a text names again an organisation it named ("the group").
ORGANISATION_ANAPHORS: Final = frozenset({"group", "organisation", "organization", "charity",
                                          "agency", "association", "federation", "lobby", "watchdog"})


def _kind_noun_after_von(doc: Doc, sent: Span, cue: Token,
                         nouns: Container[str] = KIND_NOUNS, von: int | None = None) -> int | None:
    """The position of a kind noun right after the verb behind "von der"/"vom"
    ("verlangte von der Gewerkschaft", "erwartet vom Konzern"), else None. ``von``:
    where "von" stands instead (before a clause-final verb)."""
    lowers = token_table(doc).lower
    k = cue.i + 1 if von is None else von
    if k < sent.end and lowers[k] == "vom":
        k += 1
    elif k + 1 < sent.end and lowers[k] == "von" and lowers[k + 1] in {"der", "dem"}:
        k += 2
    else:
        return None
    return k if k < sent.end and lowers[k] in nouns else None


#: Nouns for the head of state that name no title of their own: the president's.
HEAD_OF_STATE_NOUNS: Final = {"staatsoberhaupt": "Präsident", "staatsoberhaupts": "Präsident",
                              "staatschef": "Präsident", "staatschefs": "Präsident",
                              "staatschefin": "Präsidentin"}


def _von_before_final_verb(doc: Doc, sent: Span, cue: Token) -> int | None:
    """Where "von"/"vom" stands before a German verb that closes its clause ("hat von
    der Ministerin eine Zusage verlangt", "…, vom Konzern Geld einzufordern"), a
    participle after its auxiliary included ("habe von dem Unternehmen verlangt, …")."""
    texts, lowers = token_table(doc).text, token_table(doc).lower
    clause = _clause_start(doc, sent, cue)
    if not (_verb_final(texts, cue.i) or lowers[cue.i] in PARTICIPLES and
            _perfect_auxiliary(doc, clause, cue) is not None):
        return None
    return next((i for i in range(max(clause, cue.i - 12), cue.i) if lowers[i] in {"von", "vom"}),
                None)


def _titled_after_von(doc: Doc, sent: Span, cue: Token, actors: list[Span],
                      von: int | None = None) -> Span | None:
    """'verlangt vom Präsidenten, …', 'forderte von der Ministerin, …', 'verlangt vom
    Staatsoberhaupt': a person asked by title after "von" right after the verb is the
    one the text named with that title before (the head of state: the president).
    ``von``: where "von" stands before a clause-final verb ("von der Ministerin eine
    Zusage einzufordern")."""
    lowers = token_table(doc).lower
    k = _kind_noun_after_von(doc, sent, cue, LOWER_TITLE_WORDS, von)
    if k is None or k in doc_index(doc).ent_at:
        return None
    title = HEAD_OF_STATE_NOUNS.get(lowers[k]) or token_table(doc).text[k]
    return _person_with_title(doc, k, title, exclude=actors)


class _LowerTitleWords:
    """A lower-case German title word (a container for ``_kind_noun_after_von``)."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in HEAD_OF_STATE_NOUNS or
                                          for_lang("de").is_title_word(word.capitalize()))


LOWER_TITLE_WORDS: Final = _LowerTitleWords()


#: German nouns of a body that, after "vom"/"von der", name the one the text named
#: before by a compound with that head ("vom Ministerium": "das Bildungsministerium").
ADDRESSED_BODY_HEADS: Final = frozenset({"ministerium", "kammer", "verband", "stiftung", "behörde",
                                         "agentur", "amt"})


def _organisation_of_kind(doc: Doc, kind: str, position: int) -> Span | None:
    """The organisation of ``kind`` named most before ``position`` (first on a tie)."""
    lexicon = load_lexicon()

    nodes = doc.user_data["kg_nodes"]

    def of_kind(e: Span) -> bool:
        entry = lexicon.lookup(e.text) if e.label == ORG else None
        if entry is None and kind == "union" and e.label == ORG:
            # a union the lexicon does not know, by the workers its name says it unites
            # ("United Teachers Los Angeles", "Transport Workers Union")
            node = nodes.get(kg_id(e))
            words = str(node.properties.get("name", "")).lower().split() if node else []
            # (a German union's name has the word as a compound's head:
            # "Verkehrs- und Dienstleistungsgewerkschaft")
            return (not UNION_MEMBER_WORDS.isdisjoint(words) or
                    any(word.endswith("gewerkschaft") for word in words)) and \
                node.properties.get("kind") in (None, "union")
        # (the lexicon's unions include unions of states: EU, AU)
        return entry is not None and entry.kind == kind and not (
            kind == "union" and any("Union" in name for name in entry.names.values()))

    ranked = _most_named(filter(of_kind, doc_index(doc).ents_in(0, position)))
    return ranked[0] if ranked else None


def _most_named(ents: Iterable[Span]) -> list[Span]:
    """The first mention of each node among ``ents`` (in document order), the node
    named most first and, of equals, the one named first: what a text names first
    is what it reports on."""
    counts: dict[str | None, int] = {}
    first: dict[str | None, Span] = {}
    for e in ents:
        node = kg_id(e)
        counts[node] = counts.get(node, 0) + 1
        first.setdefault(node, e)
    return [first[k] for k in sorted(counts, key=lambda k: (-counts[k], first[k].start))]


def _described_person(doc: Doc, subject: list[Span]) -> Span:
    """The head of a subject: "Frankreichs Präsident Emmanuel Macron" is Macron (the
    state before his title only describes him), else the subject's first actor."""
    first = subject[0]
    if first.label == PER or len(subject) < 2 or subject[1].label != PER:
        return first
    texts = token_table(doc).text
    gap = texts[first.end:subject[1].start]
    words = for_lang(doc_lang(doc))
    if 1 <= len(gap) <= 3 and all(words.is_title_word(t) or t in {"'s", "’s"} for t in gap):
        return subject[1]
    return first


def _last_named(doc: Doc, position: int, label: int, exclude: Sequence[Span] = ()) -> Span | None:
    """The entity of ``label`` named last before ``position`` in its sentence
    or the two before, other than ``exclude`` ('the U.S. ambassador to the
    OSCE … urged participating states': the OSCE)."""
    index = doc_index(doc)
    sent_i = index.sent_index(position)
    start = index.sents[max(0, sent_i - 2)].start
    taken = {kg_id(a) for a in exclude}
    named = [e for e in index.ents_in(start, position)
             if e.label == label and kg_id(e) not in taken and not _is_media(doc, e)]
    return named[-1] if named else None


def _is_media(doc: Doc, span: Span) -> bool:
    """A news agency or paper ("BAKU (Reuters)") reports; it is asked nothing."""
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    return node is not None and node.properties.get("kind") == "media"


#: "the group must …": a body of members, the organisation named before.
BODY_NOUNS: Final = frozenset({"group", "bloc"})


#: Endings of German nouns for a person in public life ("SPD-Politiker", "Altkanzler").
PERSON_NOUN_ENDINGS: Final = ("politiker", "politikerin", "kanzler", "kanzlerin", "präsident",
                              "präsidenten", "präsidentin", "minister", "ministerin", "chef", "chefin")


#: The articles before a titled accusative object (``_titled_accusative``).
ACCUSATIVE_ARTICLES: Final = frozenset({"den", "die"})


def _names_a_person(lower: str) -> bool:
    return lower.endswith(PERSON_NOUN_ENDINGS)


#: "beide Seiten", "both parties": the two sides of the conflict the text reports.
BOTH_WORDS: Final = frozenset({"beide", "beiden", "both"})
SIDE_NOUNS: Final = frozenset({"seiten", "parteien", "tarifparteien", "konfliktparteien", "lager",
                               "sides", "parties"})


#: "both governments", "beide Regierungen": the two states the text is about.
STATE_SIDE_NOUNS: Final = frozenset({"governments", "countries", "regierungen", "länder", "staaten",
                                     "delegations", "delegationen"})


ALL_WORDS: Final = frozenset({"alle", "allen", "all"})
COUNT_WORDS: Final = {"drei": 3, "vier": 4, "fünf": 5, "three": 3, "four": 4, "five": 5}
PARTY_NOUNS: Final = frozenset({"parteien", "parties", "koalitionsparteien", "regierungsparteien",
                                "coalition parties"})


def _all_parties(doc: Doc, sent: Span, cue: Token,
                 exclude: set[str] | frozenset[str]) -> list[Span]:
    """'appellierte an alle drei Parteien', 'urged all three parties to': the parties
    the text names most, as many as counted (none when it names fewer)."""
    lowers = token_table(doc).lower
    count = next((COUNT_WORDS[lowers[i + 1]] for i in range(cue.i + 1, min(sent.end - 2, cue.i + 4))
                  if lowers[i] in ALL_WORDS and lowers[i + 1] in COUNT_WORDS and
                  lowers[i + 2] in PARTY_NOUNS), None)
    if count is None:
        return []
    lexicon = load_lexicon()

    def party(e: Span) -> bool:
        entry = lexicon.lookup(e.text) if e.label == ORG else None
        return entry is not None and entry.kind == "party" and kg_id(e) not in exclude

    ranked = _most_named(filter(party, doc_index(doc).ents_in(0, sent.end)))
    return ranked[:count] if len(ranked) >= count else []


def _addresses_both_sides(doc: Doc, sent: Span, cue: Token,
                          nouns: frozenset[str] = SIDE_NOUNS) -> bool:
    """'rief beide Seiten auf', 'appellierte an beide Parteien', 'called on both sides'."""
    lowers = token_table(doc).lower
    for i in range(cue.i + 1, min(sent.end - 1, cue.i + 4)):
        if lowers[i] in BOTH_WORDS and lowers[i + 1] in nouns:
            return True
    return False


def _states_most_named(doc: Doc, exclude: set[str] | frozenset[str]) -> list[Span]:
    """The states the document names (but those in ``exclude``), each by its first
    mention, the most named first (a tie: the one named first)."""
    return _most_named(e for e in doc_index(doc).ents if e.label == GPE and
                       (node := kg_id(e)) and node.startswith("country:") and node not in exclude)


def _two_states(doc: Doc, exclude: set[str] | frozenset[str]) -> list[Span]:
    """The two states the document names most (other than the demander), if it names two."""
    states = _states_most_named(doc, exclude)
    return states[:2] if len(states) >= 2 else []


#: "both institutions", "beide Organisationen": two organisations, no states.
INSTITUTION_NOUNS: Final = frozenset({"institutions", "organisations", "organizations", "bodies",
                                      "institutionen", "organisationen", "verbände", "gewerkschaften"})


def _two_organisations(doc: Doc, exclude: set[str] | frozenset[str]) -> list[Span]:
    """'both institutions': the two organisations the document names most (not the
    demander, no media)."""
    return _most_named(e for e in doc_index(doc).ents if e.label == ORG and
                       (node := kg_id(e)) and node not in exclude and not _is_media(doc, e))[:2]


def _two_sides(doc: Doc, exclude: set[str] | frozenset[str]) -> list[Span]:
    """The two sides: those of "zwischen X und Y"/"between X and Y", else the two
    organisations or states the document names most, other than the demander (a
    text about a conflict names its two sides throughout)."""
    pair = _between_pair(doc, exclude)
    if pair:
        return pair
    return _most_named(e for e in doc_index(doc).ents if e.label in ORG_OR_GPE and
                       (node := kg_id(e)) and node not in exclude and not _is_media(doc, e))[:2]


def _between_pair(doc: Doc, exclude: set[str] | frozenset[str]) -> list[Span]:
    """The first "zwischen der Bahn und der GDL", "between Kenya and Somalia" of the text."""
    lowers = token_table(doc).lower
    index = doc_index(doc)
    for i in word_positions(doc, "between", lambda text: text.lower() in {"zwischen", "between"}):
        named = [e for e in index.ents_in(i + 1, min(len(doc), i + 14))
                 if e.label in ORG_OR_GPE and kg_id(e)]
        if len(named) < 2 or named[0].start > i + 3:
            continue
        first, second = named[0], named[1]
        joint = lowers[first.end:second.start]
        if joint[:1] in (["und"], ["and"]) and len(joint) <= 3 and \
                not {kg_id(first), kg_id(second)} & set(exclude):
            return [first, second]
    return []


#: Nouns for a state's government that name no state ("urged the junta to …").
#: A governing coalition as an addressee: the government.
COALITION_NOUNS: Final = frozenset({"koalition", "regierungskoalition", "ampel", "coalition"})
GOVERNMENT_NOUNS: Final = frozenset({"government", "junta", "regime", "administration", "regierung",
                                     "staatsführung", "militärregierung"})


#: German subjunctive verbs of reported speech ("Die Regierung müsse …, forderte X").
REPORTED_SPEECH: Final = frozenset({"müsse", "müssten", "solle", "sollten", "dürfe", "dürften",
                                    "sei", "seien", "habe", "könne", "brauche"})


#: Articles that open an apposition after a name ("Peter Obi, the party's candidate, …").
APPOSITION_OPENERS: Final = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})


#: Words that end the object of "told": after them "to" belongs to another verb.
TOLD_BREAKS: Final = frozenset({"that", "he", "she", "it", "they", "we", "i", "you", "there", ",",
                                "was", "is", "would", "will", "had"})


#: Nouns of someone leaving office: who is to leave is asked to ("verlangte den
#: Rücktritt Rakušans", "demanded the resignation of the minister X").
RESIGNATION_NOUNS: Final = frozenset({"rücktritt", "rücktritts", "entlassung", "absetzung",
                                      "resignation", "dismissal", "removal", "ouster", "sacking"})
#: Words between the noun and the name: "den Rücktritt von Innenminister X".
RESIGNATION_OPENERS: Final = frozenset({"des", "der", "von", "vom", "of", "the"})


def _resigning(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """The person a demanded resignation (a noun of ``RESIGNATION_NOUNS`` among the six
    words after the cue) is asked of: right after it in the genitive ("den Rücktritt
    Rakušans"), after "von"/"des"/"of" and the person's title words ("the resignation
    of Interior Minister X"), or before it with "'s" ("X's resignation")."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    ent_at = doc_index(doc).ent_at
    is_title_word = for_lang(doc_lang(doc)).is_title_word
    noun = next(i for i in range(cue.i + 1, cue.i + 7) if lowers[i] in RESIGNATION_NOUNS)
    k = noun - 1
    if k > cue.i and texts[k] in {"'s", "’s"} and k - 1 in ent_at and ent_at[k - 1].label == PER:
        return ent_at[k - 1]
    j = noun + 1
    while j < sent.end and j - noun <= 5 and j not in ent_at and (
            lowers[j] in RESIGNATION_OPENERS or is_title_word(texts[j]) or
            texts[j].istitle() and texts[j].isalpha()):  # "Interior Minister"
        j += 1
    span = ent_at.get(j)
    if span is None or span.label != PER or span.start != j:
        return None
    return span


def _addresses_demand(verb: Token) -> bool:
    """'richtete an die Kommission die Forderung, …', 'richtete einen Appell an die
    Banken', 'hat an X die Bitte gerichtet, …': a demand noun and "an" in the verb's
    clause (before it for the participle, after it for the finite verb), no comma
    between; "richtete sich an", "richtete ihren Blick auf" demand nothing."""
    table = token_table(verb.doc)
    texts, lowers = table.text, table.lower
    sent = doc_index(verb.doc).sent(verb.i)
    if lowers[verb.i] == "gerichtet":
        words = range(max(sent.start, verb.i - 10), verb.i)
        words = range(next((k + 1 for k in reversed(words) if texts[k] == ","), words.start),
                      verb.i)
    else:
        end = next((k for k in range(verb.i + 1, min(sent.end, verb.i + 11)) if texts[k] == ","),
                   min(sent.end, verb.i + 11))
        words = range(verb.i + 1, end)
    return any(texts[k] in ADDRESSED_DEMAND_NOUNS for k in words) and \
        any(lowers[k] in {"an", "ans"} for k in words) and "sich" not in (lowers[k] for k in words)


def _instructs(verb: Token) -> bool:
    """'wies das Ministerium an, … offenzulegen': within six words "an" closes the
    clause (a comma after it), not "wies die Vorwürfe zurück" or "wies auf … hin"."""
    lowers = token_table(verb.doc).lower
    sent = doc_index(verb.doc).sent(verb.i)
    for i in range(verb.i + 2, min(sent.end - 1, verb.i + 7)):
        if lowers[i] == "an" and lowers[i + 1] == ",":
            return True
    return False


def _expects_amends(verb: Token) -> bool:
    """'expected the company to cover the cost', 'expects Ottawa to pay its share': an
    object of at most four words (or a longer name), then "to" and a verb of making
    good (``MAKE_GOOD_VERBS``); not a forecast ("expects the bank to cut rates"), not
    the passive ("is expected to pay")."""
    table = token_table(verb.doc)
    lowers = table.lower
    if lowers[verb.i - 1] in PASSIVE_AUXILIARIES:
        return False
    sent = doc_index(verb.doc).sent(verb.i)
    to = next((i for i in range(verb.i + 2, min(sent.end - 1, verb.i + 6)) if lowers[i] == "to"),
              None)
    if to is None or lowers[to + 1] not in MAKE_GOOD_VERBS:
        return False
    return all(table.text[i].isalpha() or table.text[i] in {"'s", "’s", "-"}
               for i in range(verb.i + 1, to))


def _needed_from(verb: Token) -> bool:
    """'man brauche mehr Unterstützung vom Bund', 'needed more money from the federal
    government': within eight words of the verb, in its clause, "vom"/"von der"/"from
    (the)" and then a named actor (not a place left: "from Kyiv to …" is read as an
    actor too, so a place must be a state) or a government's noun."""
    table = token_table(verb.doc)
    lowers = table.lower
    sent = doc_index(verb.doc).sent(verb.i)
    ent_at = doc_index(verb.doc).ent_at
    for i in range(verb.i + 1, min(sent.end - 1, verb.i + 9)):
        if table.text[i] in {",", ";", ":"}:
            return False
        if lowers[i] not in NEED_SOURCE_WORDS:
            continue
        k = i + 1
        if lowers[k] in {"der", "dem", "the"} and k + 1 < sent.end:
            k += 1
        actor = ent_at.get(k)
        if actor is not None and actor.start == k and actor.label in ORG_OR_GPE:
            return True
        return lowers[k] in {"government", "bund", "land"} or lowers[k].endswith("regierung") or \
            lowers[k] in GOVERNMENT_ATTRIBUTES and lowers[k + 1:k + 2] == ["government"]
    return False


def _requests_infinitive(verb: Token) -> bool:
    """'bat die Regierung, die Mittel aufzustocken', 'ersuchte den Bund darum, … zu
    zahlen': within eight words a comma, and after it in the sentence a zu-infinitive
    ("zu zahlen", "aufzustocken")."""
    table = token_table(verb.doc)
    lowers = table.lower
    sent = doc_index(verb.doc).sent(verb.i)
    comma = next((i for i in range(verb.i + 1, min(sent.end, verb.i + 9))
                  if table.text[i] == ","), None)
    if comma is None:
        return False
    # whom: a named actor or a body by its noun ("die Landesregierung", "den Minister"),
    # not anyone ("bat die Gäste, Platz zu nehmen")
    ent_at = doc_index(verb.doc).ent_at
    if not any(i in ent_at and ent_at[i].label != LOC or lowers[i].endswith(REQUESTED_BODY_ENDS)
               or _names_a_person(lowers[i]) for i in range(verb.i + 1, comma)):
        return False
    return any(low == "zu" or low.endswith("en") and "zu" in low[2:-3]
               for low in lowers[comma + 1:sent.end])


#: Endings of German nouns for a body that may be asked ("Landesregierung", "Bund",
#: "Ministerium", "Stadtverwaltung", "Gemeinderat", "Kommission").
REQUESTED_BODY_ENDS: Final = ("regierung", "ministerium", "bund", "land", "stadt", "gemeinde",
                              "kommission", "rat", "amt", "behörde", "verwaltung", "kanton",
                              "parlament", "senat", "koalition")


def _told_to(verb: Token) -> bool:
    """'told doctors to accept', 'telling the union to': an object of at most three
    words, then "to" (an order, not "told reporters that …")."""
    lowers = token_table(verb.doc).lower
    sent = doc_index(verb.doc).sent(verb.i)
    if lowers[verb.i + 1:verb.i + 2] in (["me"], ["us"]):
        return False  # "They told me to wait": what the speaker was told, no one's demand
    for i in range(verb.i + 1, min(sent.end, verb.i + 5)):
        if lowers[i] == "to":
            return i > verb.i + 1
        if lowers[i] in TOLD_BREAKS:
            break
    # a longer name: "ordered the Ministry of Health to …", "the minister, X, to"
    return _named_object_then(verb, {"to"}) or _apposed_object_then_to(verb)


def _is_headline(doc: Doc, sent: Span) -> bool:
    """The first sentence is a headline when a line break ends it."""
    text = doc_index(doc).text
    return "\n" in text[sent.start_char:sent.end_char + 2]


#: Closing quotation marks and brackets after a sentence's full stop.
CLOSING_MARKS: Final = "\"'“”„«»‘’)]"
#: The longest line read as a headline line (a body's paragraph is longer).
HEADLINE_CHARS: Final = 200


def _subheadline_count(doc: Doc, sentences: list[Span]) -> int:
    """How many sentences from the first are headline lines: each ends at a line break
    without a full stop ("Aus für die Stadtbibliothek?", "Suhl streitet mit dem Land",
    "Verband fordert Gesetz – …"); the body opens with the first that does not."""
    text = doc_index(doc).text
    count = 0
    for n, sent in enumerate(sentences[:4], 1):
        line = text[sent.start_char:sent.end_char].rstrip()
        if not line or line.rstrip(CLOSING_MARKS).endswith(".") or len(line) > HEADLINE_CHARS:
            break  # (a lead's "… sagte X: „Wir fordern mehr.“" ends with a full stop too)
        if _is_headline(doc, sent):
            count = n  # (a line may hold two: "Aus für die Bibliothek? Suhl streitet …")
    return count


def _trailing_cue(doc: Doc, sent: Span, cue: Token) -> bool:
    """'X müsse …, forderte die Ministerin.': the verb and its subject close the
    sentence after a comma; the demand is the clause before."""
    table = token_table(doc)
    if cue.i - sent.start < 4 or table.text[cue.i - 1] != ",":
        return False
    # reported speech (subjunctive) or a quote before the comma, not the relative
    # clause of a subject ("Duda, mit dem Scholz sprach, forderte …")
    reported = table.text[cue.i - 2] in QUOTE_MARKS or \
        not REPORTED_SPEECH.isdisjoint(table.lower[sent.start:cue.i])
    rest = range(cue.i + 1, sent.end)
    # (a verb that ends the sentence has its subject before it: "hat die Rückgabe
    # „aller Kulturgüter“, verlangt.")
    return reported and 0 < len(rest) <= 8 and not is_punct_text(table.text[cue.i + 1]) and \
        all(table.text[i] not in {",", ":"} and table.lower[i] not in {"auf", "dass", "zu"}
            for i in rest)


def _trailing_addressee(doc: Doc, sent: Span, cue: Token, actors: list[Span],
                        exclude: set[str] | frozenset[str]) -> list[Span]:
    """Who the clause before a closing verb is about: its first actor ("Die
    Regierung in Accra müsse …" → Accra), or the state a "Regierung" belongs to."""
    inside = [a for a in actors if sent.start <= a.start and a.end < cue.i and
              kg_id(a) not in exclude]
    government = _government_object(doc, sent, doc[sent.start - 1] if sent.start else doc[0],
                                    exclude)
    if government is not None:
        return [government]
    free = [a for a in inside if not _in_pp(doc, a)]
    return (free or inside)[:1]


def _states_describing(doc: Doc, sent: Span, persons: list[Span]) -> set[str]:
    """The states (actors of the sentence, adjectives too) that stand before a person's
    title right before the name ("die französische Außenministerin Anna Leclerc"):
    they describe the person, no one is asking them."""
    starts = {p.start for p in persons if p.label == PER}
    if not starts:
        return set()
    texts = token_table(doc).text
    is_title_word = for_lang(doc_lang(doc)).is_title_word
    return {_node_id(a) for a in _actors(doc, sent) if a.label == GPE and any(
        0 < start - a.end <= 2 and all(is_title_word(t) for t in texts[a.end:start])
        for start in starts)}


def _von_after_subject(lowers: list[str], sent: Span, cue: Token) -> int | None:
    """The position of "von"/"vom" two to seven words after a German verb, past an
    inverted subject ("forderte der Litauer (Andrius Kubilius) von der Regierung"):
    where the object is then looked for. None when "von" follows the verb: the object
    is there ("verlangt von der Regierung ein Programm von 40 Millionen Euro")."""
    if cue.i + 1 >= sent.end or lowers[cue.i + 1] in {"von", "vom"}:
        return None  # (a verb that ends the text has no object at all)
    return next((i for i in range(cue.i + 2, min(sent.end - 1, cue.i + 8))
                 if lowers[i] in {"von", "vom"}), None)


def _government_object(doc: Doc, sent: Span, cue: Token,
                       exclude: set[str] | frozenset[str], von: int | None = None) -> Span | None:
    """'urged the junta to', 'forderte die Regierung auf', 'demands that the government …':
    the government of the state the text names most (the one it reports on). ``von``:
    the "von" of an object after an inverted subject, where the window starts."""
    lowers = token_table(doc).lower
    first = cue.i if von is None else von
    window = range(first + 1, min(sent.end, first + 5))
    if any(lowers[i] in COALITION_NOUNS for i in window):
        # "appellierte an die Koalition": the governing coalition is the government
        # body the text names ("die Bundesregierung"), else its state
        return _cabinet_or_state(doc, exclude)
    elif not any(lowers[i] in GOVERNMENT_NOUNS for i in window):
        return None
    states = _states_most_named(doc, exclude)
    return states[0] if states else None


#: Articles before a German "Staat" that is the state the text reports on.
STATE_NOUN_ARTICLES: Final = frozenset({"der", "den", "dem", "vom"})


def _state_noun_object(doc: Doc, sent: Span, cue: Token,
                       exclude: set[str] | frozenset[str]) -> Span | None:
    """'forderte den Staat auf', 'verlangt vom Staat eine Entschädigung', 'verlangte,
    dass der Staat sich beteilige': "der Staat" within five words of the verb, with no
    name or genitive after it ("der Staat Israel" names its state), is the state the
    text names most (not the demander's own)."""
    table = token_table(doc)
    lowers = table.lower
    ent_at = doc_index(doc).ent_at
    for k in range(cue.i + 2, min(sent.end - 1, cue.i + 6)):
        if lowers[k] == "staat" and lowers[k - 1] in STATE_NOUN_ARTICLES:
            if k + 1 in ent_at or lowers[k + 1] in {"des", "der", "von"}:
                return None
            states = _states_most_named(doc, exclude)
            return states[0] if states else None
    return None


#: Words of the names of a state's cabinet, as against its offices ("Kanzleramt").
CABINET_NAME_WORDS: Final = ("regierung", "government", "kabinett", "cabinet")


def _cabinet_or_state(doc: Doc, exclude: set[str] | frozenset[str]) -> Span | None:
    """The government a coalition or "die Regierung" is: the government body the text
    names, its cabinet ("Bundesregierung") before its offices ("Bundeskanzleramt"),
    the most named first; else the state the text names most."""
    governments = _governments_most_named(doc, exclude)
    if governments:
        nodes = doc.user_data["kg_nodes"]
        cabinets = [e for e in governments if any(
            word in str(nodes[kg_id(e)].properties.get("name") or "").lower()
            for word in CABINET_NAME_WORDS)]
        return (cabinets or governments)[0]
    states = _states_most_named(doc, exclude)
    return states[0] if states else None


def _reported_government(doc: Doc, sent: Span, cue: Token,
                         exclude: set[str] | frozenset[str]) -> Span | None:
    """'verlangte einen besseren Schutz: Die Regierung müsse endlich …', 'forderte, die
    Koalition solle …': the government as the subject of the reported clause after a
    colon, semicolon or comma is who is asked."""
    return _cabinet_or_state(doc, exclude) if _reported_government_at(doc, sent, cue) else None


def _reported_government_at(doc: Doc, sent: Span, cue: Token) -> int | None:
    """The position of "Regierung" in 'verlangte, die Regierung müsse …' (a comma,
    colon or semicolon, the article, the noun, a verb of reported speech), else None."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    for i in range(cue.i + 1, sent.end - 3):
        if texts[i] in {":", ";", ","} and lowers[i + 1] in {"die", "der"} and \
                (lowers[i + 2] in GOVERNMENT_NOUNS or lowers[i + 2] in COALITION_NOUNS) and \
                lowers[i + 3] in REPORTED_SPEECH:
            return i + 2
    return None


def _reported_government_node(doc: Doc, sent: Span, cue: Token, state: Span) -> Span | None:
    """'verlangte, die Regierung müsse …' in a text that names no cabinet: the
    government as the text calls it ("Regierung"), as ``_german_government_node``."""
    k = _reported_government_at(doc, sent, cue)
    if k is None or _is_cabinet(doc, state) or token_table(doc).lower[k] not in GERMAN_GOVERNMENT_NOUNS:
        return None
    return _government_node(doc, k, k, state if state.label == GPE else None)


#: Words between "the" and "government" in an English object ("the federal government").
GOVERNMENT_ATTRIBUTES: Final = frozenset({"federal", "national", "central", "british", "us", "u.s."})


def _government_noun_at(doc: Doc, i: int) -> int | None:
    """The position of "government" when tokens from i read "the (federal) government"
    or "the Belgian government" (a state's adjective: ``_adjective_state``)."""
    table = token_table(doc)
    lowers = table.lower
    if i >= len(lowers) or lowers[i] not in {"the", "die", "der"}:
        return None
    k = i + 1
    if k < len(lowers) and (lowers[k] in GOVERNMENT_ATTRIBUTES or
                            lowers[k + 1:k + 2] == ["government"] and
                            _adjective_state(table.text[k]) is not None):
        k += 1
    return k if k < len(lowers) and lowers[k] in {"government", "regierung"} else None


def _adjective_state(word: str) -> str | None:
    """The node id of the state a capitalised English adjective names ("Belgian" →
    country:be), else None: "the Belgian government" is Belgium's, whichever state
    the text names most."""
    if not word[:1].isupper() or len(word) < 4 or not word.isalpha():
        return None
    entry = load_lexicon().country_for_adjective(word)
    return entry.key if entry is not None and entry.kind == "country" else None


#: German nouns for a state's cabinet as an object ("von der Regierung", "die Koalition").
GERMAN_GOVERNMENT_NOUNS: Final = frozenset({"regierung", "koalition", "regierungskoalition",
                                            "dreierkoalition"})
#: Determiners before such a noun: a definite or demonstrative one points at the
#: government the text reports on ("dieser Regierung"), an indefinite one at none.
GOVERNMENT_DETERMINERS: Final = frozenset({"der", "die", "dieser", "diese"})


def _is_cabinet(doc: Doc, span: Span) -> bool:
    """A named government body whose name says it is the cabinet ("Bundesregierung")."""
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    name = str(node.properties.get("name") or "").lower() if node is not None else ""
    return node is not None and "Organisation" in node.labels and \
        any(word in name for word in CABINET_NAME_WORDS)


def _german_government_node(doc: Doc, sent: Span, cue: Token,
                            state: Span | None, von: int | None = None) -> Span | None:
    """'forderte die Regierung auf', 'verlangen von dieser Regierung', 'fordere von der
    Koalition': a German text that names no cabinet calls it by the common noun; the
    object within a few words of the verb becomes an Organisation node named so (alias
    "Regierung"), with the id ``_government_noun_node`` gives the state's government.
    ``von``: the "von" after an inverted subject ("forderte der Verband von der
    Regierung"), where the object is looked for instead."""
    lowers = token_table(doc).lower
    first = cue.i if von is None else von - 1
    for k in range(first + 2, min(sent.end, first + 5)):
        if lowers[k] in GERMAN_GOVERNMENT_NOUNS and lowers[k - 1] in GOVERNMENT_DETERMINERS:
            if k + 1 < sent.end and (k + 1 in doc_index(doc).ent_at or
                                     lowers[k + 1] in {"von", "des", "der"}):
                return None  # "die Regierung Serbiens", "in Accra": the text names which
            if state is None or state.label != GPE:  # (an office such as "Bundeskanzleramt": its state)
                states = _states_most_named(doc, frozenset())
                state = states[0] if states else None
            return _government_node(doc, k, k, state)
    return None


def _government_node(doc: Doc, first: int, k: int, state: Span | None) -> Span:
    """An Organisation node for the government named by tokens first..k ("federal
    government", "Regierung", "Landesregierung"), its id after the state or region it
    governs (else this text)."""
    table = token_table(doc)
    owner = kg_id(state) if state is not None else None
    suffix = owner.split(":", 1)[1] if owner else doc_index(doc).text_key
    node_id = f"organisation:government-{suffix}"
    if _is_regional_government_word(table.text[k]):
        # a Land's cabinet, not the state's: its own node ("vom Land" names it too)
        node_id = f"organisation:regional-government-{suffix}"
        phrase = "Landesregierung" if table.text[k] == "Land" else table.text[k]
        aliases = _unique_words([phrase, table.text[k]])
    elif first < k and table.lower[first] in REGIONAL_ATTRIBUTES:
        node_id = f"organisation:regional-government-{suffix}"  # "the provincial government"
        phrase = " ".join(table.lower[first:k + 1])
        aliases = [phrase]
    elif table.lower[k] in GERMAN_GOVERNMENT_NOUNS:
        phrase = table.text[k]
        aliases = _unique_words([phrase, "Regierung"])
    else:
        phrase = " ".join(table.lower[first:k + 1])
        aliases = _unique_words([phrase, "government"])
    add_node(doc, Node(node_id, ["Organisation"],
                       {"name": phrase, "aliases": aliases, "kind": "government"}))
    doc.user_data["kg_mentions"].setdefault(node_id, []).append(
        (table.idx[first], table.idx[k] + len(table.text[k])))
    span = Span(doc, k, k + 1, label=ORG)
    set_kg_id(span, node_id)
    # (a node id written over the token's: demanders found before may be stale)
    doc.user_data["kg_demand_id_writes"] = doc.user_data.get("kg_demand_id_writes", 0) + 1
    return span


#: German nouns for the cabinet of a federal state (Land, Kanton): "verlangte von der
#: Landesregierung", "appellierte an die Staatsregierung"; "vom Land" names it as a payer.
#: ("der Senat": the government of a city state, Berlin, Hamburg, Bremen)
REGIONAL_GOVERNMENT_NOUNS: Final = frozenset({"landesregierung", "staatsregierung",
                                              "kantonsregierung", "senat"})
#: Prepositions before such an object's article that make it the addressee.
REGIONAL_RECEIVERS: Final = {"der": frozenset({"von"}), "die": frozenset({"an"}),
                             "dem": frozenset({"von"}), "das": frozenset({"an"}),
                             "den": frozenset({"an"})}


#: English words for a region's government: "the provincial government", "the state
#: government" (of the region the text names most, not of its state).
REGIONAL_ATTRIBUTES: Final = frozenset({"provincial", "regional", "territorial", "cantonal",
                                        "state"})


def _english_regional_government(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """'urged the provincial government to …', 'called on the state government to …':
    a regional government node (``_government_node``) besides the region the text
    names most; none where the text names no region ("the state government" of a
    text about a country is its own)."""
    lowers = token_table(doc).lower
    for i in range(cue.i + 1, min(sent.end - 2, cue.i + 4)):
        if lowers[i] == "the" and lowers[i + 1] in REGIONAL_ATTRIBUTES and \
                lowers[i + 2] == "government":
            regions = _most_named(e for e in doc_index(doc).ents
                                  if e.label in GPE_OR_LOC and _is_region(doc, e))
            if not regions:
                return []
            return [_government_node(doc, i + 1, i + 2, regions[0]), regions[0]]
    return []


#: Endings of adjectives of a people or region ("Scottish", "Welsh", "Bavarian",
#: "Catalan"); those that are no such adjective, though they end so.
DEMONYM_ENDINGS: Final = ("ish", "sh", "an", "ese")
NOT_DEMONYMS: Final = frozenset({"republican", "christian", "european", "partisan", "caribbean"})


def _devolved_government(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'called on the Scottish Government to …', 'urged the Welsh government to …': an
    adjective of a region (no state's: "the Belgian government" is Belgium's,
    ``_adjective_state``) before "government" right after the verb names that
    region's government, a node of its own ("Scottish Government")."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    ent_at = doc_index(doc).ent_at
    for i in range(cue.i + 1, min(sent.end - 2, cue.i + 4)):
        if lowers[i] != "the" or lowers[i + 2] != "government":
            continue
        adjective = texts[i + 1]
        if i + 1 in ent_at or not (adjective[:1].isupper() and adjective.isalpha()) or \
                not lowers[i + 1].endswith(DEMONYM_ENDINGS) or lowers[i + 1] in NOT_DEMONYMS \
                or _adjective_state(adjective) is not None:
            return None
        name = f"{adjective} Government"
        # (the id the entity step gives a capitalised "the Scottish Government": one node
        # for both spellings in a text)
        node_id = f"organisation:{slugify(name)}"
        add_node(doc, Node(node_id, ["Organisation"],
                           {"name": name, "aliases": [name], "kind": "government"}))
        doc.user_data["kg_mentions"].setdefault(node_id, []).append(
            (table.idx[i + 1], table.idx[i + 2] + len(texts[i + 2])))
        span = Span(doc, i + 1, i + 3, label=ORG)
        set_kg_id(span, node_id)
        doc.user_data["kg_demand_id_writes"] = doc.user_data.get("kg_demand_id_writes", 0) + 1
        return span
    return None


def _is_regional_government_word(text: str) -> bool:
    return text == "Land" or text.lower() in REGIONAL_GOVERNMENT_NOUNS


def _may_name_regional_government(lowers: list[str], cue: int, sent_end: int) -> bool:
    """A cheap test before ``_regional_government``: its words near the verb."""
    window = lowers[max(0, cue - 8):min(sent_end, cue + 9)]
    return "land" in window or not REGIONAL_GOVERNMENT_NOUNS.isdisjoint(window)


def _regional_government(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """'verlangte von der Landesregierung ein Gutachten', 'appellierte an die
    Landesregierung', 'forderte die Staatsregierung auf', 'forderte vom Land eine
    Beteiligung': a Land's cabinet by its common noun as the object is addressed, a
    node of its own (``_government_node``) besides the region the text names most.
    The object follows the verb within a few words, or precedes a clause-final verb
    ("hatte von der Landesregierung … verlangt"). Not "für die Landesregierung", not
    "das Land" with no region named (a country's text: the country)."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    clause = max(_clause_start(doc, sent, cue), sent.start + 1)
    window: Sequence[int] = range(cue.i + 1, min(sent.end, cue.i + 9))
    if _verb_final(texts, cue.i):
        window = range(clause, cue.i)
    elif lowers[clause - 1] in {"von", "vom"} or lowers[clause] in {"von", "vom"}:
        window = [*range(clause, cue.i), *window]  # fronted: "Vom Land verlangt X …"
    for k in window:
        if not _is_regional_government_word(texts[k]) or k + 1 in doc_index(doc).ent_at:
            continue  # ("vom Land Berlin": the Land is named)
        j = k - 1
        if texts[j].islower() and texts[j].endswith(("e", "en")) and \
                lowers[j] not in ARTICLES:
            j -= 1  # an adjective: "an die saarländische Landesregierung"
        article, before = lowers[j], lowers[j - 1]
        if article in {"vom", "ans"} or article == "beim" and _asks_at(sent, cue):
            addressed = True
        elif article in REGIONAL_RECEIVERS:
            # "von der/dem", "an die/das"; or an accusative object ("forderte die
            # Landesregierung auf", "drängte die …"): no other preposition before it
            addressed = before in REGIONAL_RECEIVERS[article] or \
                before == "bei" and article in {"der", "dem"} and _asks_at(sent, cue) or \
                article in {"die", "das", "den"} \
                and before not in PREPOSITIONS and (
                    lowers[cue.i] in OBJECT_AUF_VERBS and _has_particle(sent, cue, {"auf"})
                    or lowers[cue.i].startswith("dräng"))
        else:
            addressed = False
        if not addressed:
            continue
        regions = _most_named(e for e in doc_index(doc).ents
                              if e.label in GPE_OR_LOC and _is_region(doc, e))
        if texts[k] == "Land" and not regions:
            continue
        region = regions[0] if regions else None
        government = _government_node(doc, k, k, region)
        return [government] if region is None else [government, region]
    return []


def _asks_at(sent: Span, cue: Token) -> bool:
    """'mahnte bei der Regierung Tempo an', 'drängt beim Bund auf …': German verbs whose
    "bei X" names who is asked (anmahnen, drängen)."""
    low = token_table(cue.doc).lower[cue.i]
    return low.startswith("dräng") or low.startswith("mahn") and _has_particle(sent, cue, {"an"})


def _is_region(doc: Doc, span: Span) -> bool:
    """A region ("Saarland", "Oberösterreich"), as the lexicon's kind of its node says."""
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    return node is not None and node.properties.get("kind") == "region"


def _government_noun_node(doc: Doc, sent: Span, cue: Token, state: Span | None) -> Span | None:
    """'urged the government to', 'demanded that the government …', 'called on the
    federal government': English texts name the cabinet as an actor by that common
    noun alone; when it is the object within a few words of the verb, an Organisation
    node named as the text calls it ("federal government", alias "government"). Its
    id names the state the text reports on, else this text: governments of other
    texts are not the same one."""
    for i in range(cue.i + 1, min(sent.end - 1, cue.i + 4)):
        k = _government_noun_at(doc, i)
        if k is None or k >= sent.end:
            continue
        return _government_node(doc, i + 1, k, _named_state(doc, k, state))
    return None


def _named_cabinet(doc: Doc, sent: Span, cue: Token,
                   exclude: set[str] | frozenset[str]) -> Span | None:
    """'urged the government to' in a text that names no state but a government by
    its name ("the Welsh Government", "the Scottish Government"): that cabinet, the
    most named. Only "the government" bare, right after the verb (or "on"/"that")."""
    lowers = token_table(doc).lower
    k = cue.i + 1
    if k < sent.end and lowers[k] in {"on", "that"}:
        k += 1
    if lowers[k:k + 2] != ["the", "government"]:
        return None
    nodes = doc.user_data["kg_nodes"]
    cabinets = [e for e in _governments_most_named(doc, exclude) if e.start < cue.i and
                "government" in str(nodes[_node_id(e)].properties.get("name") or "").lower()]
    return cabinets[0] if cabinets else None


def _named_state(doc: Doc, k: int, state: Span | None) -> Span | None:
    """The state of the government at ``k``: the one its adjective names ("the Belgian
    government") when the text names that state, else ``state``."""
    owner = _adjective_state(token_table(doc).text[k - 1]) if k > 0 else None
    if owner is None:
        return state
    named = next((e for e in doc_index(doc).ents if kg_id(e) == owner), None)
    return named if named is not None else state


def _government_as_subject(doc: Doc, k: int, clause_start: int) -> Span | None:
    """'The government demanded that …', 'Die Regierung verlangt vom Präsidenten …':
    the government at ``k`` opening the clause as its subject: the cabinet the text
    names ("Bundesregierung"), else a government node as the text calls it (of the
    state its adjective or the text names most)."""
    first = next((f for f in (k - 1, k - 2) if f >= clause_start and
                  _government_noun_at(doc, f) == k), None)
    if first is None or first != clause_start:
        return None
    states = _states_most_named(doc, frozenset())
    state = _named_state(doc, k, states[0] if states else None)
    if token_table(doc).lower[k] == "regierung":
        cabinet = _cabinet_or_state(doc, frozenset())
        if cabinet is not None and _is_cabinet(doc, cabinet):
            return cabinet
    return _government_node(doc, first + 1, k, state)


def _government_subject(doc: Doc, cue: Token,
                        exclude: set[str] | frozenset[str]) -> list[Span]:
    """'Die Regierung müsse Mietverträge befristen, sagte X', 'X said the federal
    government should …': a government by its common noun as the subject of the modal
    is asked: a German text's named cabinet (else its state), an English text's
    government node as ``_government_noun_node`` makes it, besides its state."""
    for first in (cue.i - 2, cue.i - 3):
        k = _government_noun_at(doc, first) if first >= 0 else None
        if k != cue.i - 1:
            continue
        if token_table(doc).lower[k] == "regierung":
            government = _cabinet_or_state(doc, exclude)
            return [government] if government is not None else []
        states = _states_most_named(doc, exclude)
        state = _named_state(doc, k, states[0] if states else None)
        named = _government_node(doc, first + 1, k, state)
        return [state, named] if state is not None else [named]
    return []


#: English nouns of a government office named by its common noun ("the health
#: ministry", "the national treasury"), and the words that may stand before them.
OFFICE_NOUNS: Final = frozenset({"ministry", "department", "treasury"})
OFFICE_PORTFOLIOS: Final = frozenset({
    "health", "finance", "interior", "foreign", "defence", "defense", "education",
    "transport", "energy", "environment", "agriculture", "justice", "labour", "labor",
    "trade", "tourism", "water", "economy", "housing", "culture", "national"})


def _office_noun_at(lowers: list[str], i: int) -> int | None:
    """The position of the noun when tokens from i read "the health ministry" or "the
    (national) treasury" (a ministry only with its portfolio: "the ministry" may be
    any one the text named)."""
    if i + 2 >= len(lowers) or lowers[i] != "the":
        return None
    if lowers[i + 1] == "treasury":
        return i + 1
    if lowers[i + 1] in OFFICE_PORTFOLIOS and lowers[i + 2] in OFFICE_NOUNS:
        return i + 2
    return None


def _office_node(doc: Doc, first: int, k: int) -> Span:
    """An Organisation node for an office the text names by its common noun ("health
    ministry"), its id after the state the text names most (else this text)."""
    table = token_table(doc)
    states = _states_most_named(doc, frozenset())
    owner = _node_id(states[0]).split(":", 1)[1] if states else \
        doc_index(doc).text_key
    phrase = " ".join(table.lower[first:k + 1])
    node_id = f"organisation:{slugify(phrase)}-{owner}"
    add_node(doc, Node(node_id, ["Organisation"], {"name": phrase, "kind": "ministry"}))
    doc.user_data["kg_mentions"].setdefault(node_id, []).append(
        (table.idx[first], table.idx[k] + len(table.text[k])))
    span = Span(doc, first, k + 1, label=ORG)
    set_kg_id(span, node_id)
    doc.user_data["kg_demand_id_writes"] = doc.user_data.get("kg_demand_id_writes", 0) + 1
    return span


def _office_noun_node(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'urged the health ministry to', 'calling on the finance ministry to': an office
    by its common noun as the object within a few words of the verb."""
    lowers = token_table(doc).lower
    for i in range(cue.i + 1, min(sent.end - 2, cue.i + 4)):
        k = _office_noun_at(lowers, i)
        if k is not None:
            return _office_named_in_full(doc, i + 1, k) or _office_node(doc, i + 1, k)
    return None


def _bare_ministry(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'asked the ministry to …', 'demanded that the ministry publish …' right after
    the verb: the ministry the text named
    before (the last organisation with "Ministry" in its name), else, when it named a
    minister, that minister's office as a node named "ministry"; with neither, no one
    known."""
    lowers = token_table(doc).lower
    the = cue.i + 2 if lowers[cue.i + 1] == "that" else cue.i + 1  # "demanded that the ministry"
    k = the + 1
    if k >= sent.end or lowers[the] != "the" or lowers[k] != "ministry":
        return None
    named = [e for e in doc_index(doc).ents_in(0, cue.i)
             if e.label == ORG and "ministry" in span_text(e).lower()]
    if named:
        return named[-1]
    # (a minister's title, or a secretary's heading a department: "Roads and Transport
    # Cabinet Secretary Davis Chirchir")
    if not _title_holders(doc, "minister", female=False) and \
            not _title_holders(doc, "secretary", female=False):
        return None
    return _office_node(doc, k, k)


def _office_named_in_full(doc: Doc, first: int, k: int) -> Span | None:
    """'the health ministry' after "the Ministry of Health", 'the housing department'
    after "the Housing Department": the one organisation named before whose name has
    both the portfolio and the office noun."""
    lowers = token_table(doc).lower
    words = set(lowers[first:k + 1])
    named = {kg_id(e): e for e in doc_index(doc).ents_in(0, first) if e.label == ORG
             and words <= set(span_text(e).lower().split())}
    return next(iter(named.values())) if len(named) == 1 else None


def _office_subject(doc: Doc, cue: Token) -> Span | None:
    """'The national treasury must release the money': an office by its common noun
    as the subject of the modal is asked."""
    lowers = token_table(doc).lower
    for first in (cue.i - 2, cue.i - 3):
        if first >= 0 and _office_noun_at(lowers, first) == cue.i - 1:
            return _office_node(doc, first + 1, cue.i - 1)
    return None


#: Nouns for a state's region as an actor, its government ("called on the province to").
REGION_NOUNS: Final = frozenset({"province", "provinz", "kanton", "bundesland"})
#: Words before such a noun as the object ("the province", "den Kanton", "an die Provinz").
REGION_ARTICLES: Final = frozenset({"the", "die", "den", "der", "das", "dem"})


def _region_object(doc: Doc, sent: Span, cue: Token,
                   exclude: set[str] | frozenset[str]) -> Span | None:
    """'called on the province to …', 'wants the province to …', 'forderte den Kanton
    auf': a region named by its common noun right after the verb is the region the
    text names most (the one it reports on), when it names one."""
    lowers = token_table(doc).lower
    at = next((i for i in range(cue.i + 2, min(sent.end, cue.i + 5))
               if lowers[i] in REGION_NOUNS and (lowers[i - 1] in REGION_ARTICLES or
                                                 lowers[i - 1] == "vom")), None)
    if at is None or at + 1 in doc_index(doc).ent_at:
        return None  # ("vom Kanton Genf": the region is named, ``_place_kind_start``)
    cabinet = _regional_cabinet(doc, exclude)
    if cabinet is not None:
        return cabinet  # "vom Kanton" after "die Bündner Regierung": that government
    nodes = doc.user_data["kg_nodes"]
    regions = _most_named(e for e in doc_index(doc).ents if e.label in GPE_OR_LOC and
                          (node := nodes.get(kg_id(e) or "")) is not None and
                          node.properties.get("kind") == "region" and node.id not in exclude)
    return regions[0] if regions else None


#: Words of the names of a region's cabinet ("Bündner Regierung", "Kantonsregierung",
#: "Regierungsrat", "Landesregierung"); a name with "bundes" is the state's.
REGIONAL_CABINET_WORDS: Final = ("regierung", "regierungsrat", "staatsrat")


def _regional_cabinet(doc: Doc, exclude: set[str] | frozenset[str]) -> Span | None:
    """The government of a region the text names (an organisation whose name has a
    word of a cabinet, "Bündner Regierung", "Kantonsregierung", and not "Bundes…"),
    the most named, else None: the region asked to act is its cabinet."""
    nodes = doc.user_data["kg_nodes"]

    def regional(e: Span) -> bool:
        node = nodes.get(kg_id(e)) if e.label == ORG else None
        if node is None or node.id in exclude:
            return False
        if node.id.startswith("organisation:regional-government-"):
            return True
        words = str(node.properties.get("name") or "").lower().split()
        return any(w.endswith(REGIONAL_CABINET_WORDS) and not w.startswith("bundes")
                   for w in words)

    ranked = _most_named(filter(regional, doc_index(doc).ents))
    return ranked[0] if ranked else None


def _unique_words(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _governments_most_named(doc: Doc, exclude: set[str] | frozenset[str]) -> list[Span]:
    """The government bodies (organisations of kind "government") the document
    names, the most named first."""
    nodes = doc.user_data["kg_nodes"]

    def government(e: Span) -> bool:
        node = nodes.get(kg_id(e))
        return e.label == ORG and node is not None and \
            node.properties.get("kind") == "government" and node.id not in exclude

    return _most_named(filter(government, doc_index(doc).ents))


#: Nouns for a company or its management as an addressee: "forderte den Vorstand auf",
#: "urged the board to" address the company the text reports on.
COMPANY_BODY_NOUNS: Final = frozenset({
    "vorstand", "konzernvorstand", "konzernführung", "konzernspitze", "konzernleitung",
    "unternehmensführung", "unternehmensleitung", "unternehmensspitze", "geschäftsführung",
    "konzern", "unternehmen", "management", "board", "company", "firm"})
#: Heads of German compounds for a company ("von der Bahngesellschaft", "den
#: Betreiberkonzern") and English nouns that name a company again ("the utility").
COMPANY_COMPOUND_HEADS: Final = ("gesellschaft", "konzern", "unternehmen", "firma")
COMPANY_ANAPHORS: Final = frozenset({"utility", "manufacturer", "carmaker", "airline", "insurer",
                                     "lender", "retailer", "developer"})
#: Compounds with such a head that name no company ("Zivilgesellschaft": civil society).
NOT_COMPANY_COMPOUNDS: Final = frozenset({"zivilgesellschaft", "mehrheitsgesellschaft",
                                          "stadtgesellschaft", "gesellschaft"})


def _is_company_noun(low: str) -> bool:
    """A noun that names a company or its management as an object: 'the board', 'the
    utility', 'die Geschäftsführung', 'die Bahngesellschaft' (a compound's head)."""
    return low in COMPANY_BODY_NOUNS or low in COMPANY_ANAPHORS or \
        low.endswith(COMPANY_COMPOUND_HEADS) and low not in NOT_COMPANY_COMPOUNDS


#: Words before such a noun that make it the object ("den Vorstand", "the board").
COMPANY_BODY_ARTICLES: Final = frozenset({"den", "die", "das", "dem", "vom", "an", "the", "its", "on"})


def _company_body_object(doc: Doc, sent: Span, cue: Token,
                         exclude: set[str] | frozenset[str]) -> Span | None:
    """'forderte den Vorstand auf', 'urged the company's board to': the company the
    text names most (not the demander), when a company noun follows the verb."""
    lowers = token_table(doc).lower
    body = next((i for i in range(cue.i + 1, min(sent.end, cue.i + 4))
                 if _is_company_noun(lowers[i]) and (lowers[i - 1] in COMPANY_BODY_ARTICLES or
                                                     lowers[i - 2:i] == ["von", "der"])),
                None)
    if body is None:
        return None
    owner = _body_owner_named_before(doc, body, exclude)
    if owner is not None:
        return owner
    nodes = doc.user_data["kg_nodes"]

    def company(e: Span) -> bool:
        node = nodes.get(kg_id(e))
        return e.label == ORG and node is not None and \
            node.properties.get("kind") == "company" and node.id not in exclude

    companies = _most_named(filter(company, doc_index(doc).ents))
    return companies[0] if companies else None


#: Words between a company body noun and its company ("Vorstand der X", "board of X").
BODY_OWNER_WORDS: Final = frozenset({"der", "des", "von", "of", "the"})


#: Plural nouns for a group of states or people asked as one ("urged delegates to",
#: "forderte alle Teilnehmerstaaten auf"): the group is its own addressee node.
GROUP_OBJECT_NOUNS: Final = {
    "en": frozenset({"delegates", "negotiators", "lawmakers", "legislators", "ministers",
                     "countries", "nations", "participants", "donors"}),
    "de": frozenset({"teilnehmerstaaten", "mitgliedstaaten", "mitgliedsstaaten", "delegierten",
                     "abgeordneten", "verhandlungsführer"})}
#: Both languages' group nouns: a cheap first test (``_group_object_node``).
ANY_GROUP_OBJECT_NOUN: Final = frozenset().union(*GROUP_OBJECT_NOUNS.values())


#: Nouns that name a group only with a word of what kind before them ("developed
#: countries"); bare, or counted ("the four countries"), they are the states named.
KIND_NEEDING_NOUNS: Final = frozenset({"countries", "nations"})
#: Words between the verb and the group: "called on", "appellierte an die", "von den".
GROUP_OBJECT_OPENERS: Final = frozenset({"on", "to", "the", "all", "an", "von", "die", "den", "alle",
                                         "allen"})


def _group_object_node(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'urged delegates to', 'called on developed countries to', 'rief die
    Teilnehmerstaaten auf', 'verlangte von den übrigen EU-Staaten': a group asked by
    its plural noun right after the verb is an addressee of its own, an Organisation
    node (kind "group") named as the text calls it; English keeps the words before
    the noun ("developed countries"), German its compound ("EU-Staaten"). The node
    is this text's: another text's delegates are other people."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    end = min(sent.end, cue.i + 7)
    if ANY_GROUP_OBJECT_NOUN.isdisjoint(lowers[cue.i + 1:end]):
        return None  # (most cues: no group noun; ``doc_lang(doc)`` is a lookup in spaCy)
    nouns = GROUP_OBJECT_NOUNS.get(doc_lang(doc), frozenset())
    if nouns.isdisjoint(lowers[cue.i + 1:end]):
        return None
    k = cue.i + 1
    while k < end and lowers[k] in GROUP_OBJECT_OPENERS:
        k += 1
    start = k
    noun = next((i for i in range(k, min(end, k + 4)) if lowers[i] in nouns), None)
    if noun is None or noun + 1 >= sent.end or lowers[noun + 1] in {"'s", "’s", "of", "-"}:
        return None
    if doc_lang(doc) == "en":
        # only adjectives or a name before the noun ("wealthy", "EU"), then "to"
        if lowers[noun + 1] != "to" or not all(texts[i].isalpha() for i in range(start, noun)):
            return None
        if lowers[noun] in KIND_NEEDING_NOUNS and not (
                noun > start and texts[noun - 1].islower() and lowers[noun - 1] not in COUNT_WORDS
                and lowers[noun - 1] not in BOTH_WORDS and lowers[noun - 1] not in PAIR_WORDS):
            return None
    else:
        if noun - start > 3 or texts[start:noun].count("-") > 1:
            return None
        # "übrigen EU-Staaten": the compound from its capitalised first part
        start = next((i for i in range(start, noun + 1) if texts[i][:1].isupper()), noun)
    return _group_node(doc, start, noun)


def _group_node(doc: Doc, start: int, noun: int, name: str | None = None) -> Span:
    """An Organisation node (kind "group") for the words start..noun (or ``name``, the
    words' base form), this text's own."""
    table = token_table(doc)
    texts = table.text
    if name is None:
        name = doc_text(doc)[table.idx[start]:table.idx[noun] + len(texts[noun])]
    node_id = f"organisation:group-{slugify(name)}-{doc_index(doc).text_key}"
    add_node(doc, Node(node_id, ["Organisation"], {"name": name, "kind": "group"}))
    add_mention(doc, node_id, table.idx[start], table.idx[noun] + len(texts[noun]))
    span = Span(doc, start, noun + 1, label=ORG)
    set_kg_id(span, node_id)
    return span


#: Nouns of a letter or message by which a demand is sent to someone.
LETTER_NOUNS: Final = frozenset({"letter", "brief", "schreiben", "appell", "appeal", "message",
                                 "botschaft", "petition"})
#: Words before the letter noun: the demand is made in it ("in a letter to", "in einem
#: offenen Brief an"), not a letter someone else wrote ("after a letter to …").
LETTER_OPENERS: Final = frozenset({"in", "im", "per", "mit", "via"})


def _letter_receiver(doc: Doc, sent: Span, exclude: set[str] | frozenset[str]) -> list[Span]:
    """'Sie warnte in einem Brief an den Sejm, … und forderte …', 'In a letter to the
    Commission, the group demanded …': a demand made in a letter to a named actor (in
    the same sentence) is addressed to it."""
    lowers = token_table(doc).lower
    words = lowers[sent.start:sent.end]
    if LETTER_NOUNS.isdisjoint(words) and WRITE_VERBS.isdisjoint(words):
        return []
    ent_at = doc_index(doc).ent_at
    for i in range(sent.start + 1, sent.end - 2):
        if lowers[i + 1] not in {"an", "to"}:
            continue
        # "Oxfam wrote to Shell demanding …", "schrieb an die Kommission und forderte …"
        if lowers[i] not in WRITE_VERBS and (lowers[i] not in LETTER_NOUNS or
                                             LETTER_OPENERS.isdisjoint(lowers[max(sent.start, i - 4):i])):
            continue
        k = i + 2
        if lowers[k] in ARTICLES:
            k += 1
        texts = token_table(doc).text
        while k < min(sent.end - 1, i + 6) and k not in ent_at and \
                texts[k].istitle() and texts[k].isalpha():
            k += 1  # "to Prime Minister Keir Starmer": past the title
        named = ent_at.get(k)
        if named is not None and named.start == k and named.label in ACTOR_LABELS and \
                kg_id(named) and kg_id(named) not in exclude:
            return [named]
    return []


def _written_to_before(doc: Doc, sentences: list[Span], index: int,
                       demander_ids: set[str] | frozenset[str]) -> list[Span]:
    """'Anna Berg wrote to Minister Jan Roth. She demanded a meeting.': the one the
    demander wrote to in the sentence before (named there before the verb) is asked."""
    if index == 0 or not demander_ids:
        return []
    before = sentences[index - 1]
    lowers = token_table(doc).lower
    if WRITE_VERBS.isdisjoint(lowers[before.start:before.end]):
        return []  # (most sentences: no verb of writing)
    verb = next((i for i in range(before.start, before.end) if lowers[i] in WRITE_VERBS), None)
    if verb is None or not any(kg_id(e) in demander_ids
                               for e in doc_index(doc).ents_in(before.start, verb)):
        return []
    return _letter_receiver(doc, before, demander_ids)


#: Verbs of writing to someone: a demand made in the same sentence is addressed to them.
WRITE_VERBS: Final = frozenset({"wrote", "writes", "schrieb", "schrieben", "schreibt"})
#: Nouns of pressure put on someone: "erhöht den Druck auf Österreich".
PRESSURE_NOUNS: Final = frozenset({"druck", "pressure"})


def _pressured_actor(doc: Doc, sentences: list[Span], index: int,
                     exclude: set[str] | frozenset[str]) -> list[Span]:
    """'Mexiko erhöht den Druck auf Österreich. Die Kulturministerin forderte …', 'Ghana
    stepped up pressure on Togo, demanding …': the actor pressed in the demand's
    sentence or the one before is who the demand is addressed to."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    for sent in (sentences[index], sentences[index - 1]) if index else (sentences[index],):
        if PRESSURE_NOUNS.isdisjoint(lowers[sent.start:sent.end]):
            continue
        for i in range(sent.start, sent.end - 2):
            if lowers[i] not in PRESSURE_NOUNS or lowers[i + 1] not in {"auf", "on"}:
                continue
            k = i + 2 + (lowers[i + 2] in ARTICLES)
            named = ent_at.get(k)
            if named is not None and named.start == k and named.label in ACTOR_LABELS and \
                    kg_id(named) and kg_id(named) not in exclude:
                return [named]
    return []


#: English verbs whose object is asked to act: "urged X to", "called on X to".
ASKING_VERB_STARTS: Final = ("urg", "ask", "call", "appeal", "press", "want", "told", "order",
                             "encourag")
#: Words between the English verb and its object: "called on (all) the …".
NOUN_OBJECT_OPENERS: Final = frozenset({"on", "to", "the", "all"})
#: Words that open a noun phrase the group rule does not read ("their members", "other
#: countries", "some donors"): whose or which the group is, it cannot tell.
NOT_GROUP_MODIFIERS: Final = frozenset({"a", "an", "his", "her", "its", "their", "our", "your", "my",
                                        "this", "these", "those", "other", "some", "many", "more",
                                        "both", "such", "each", "every", "any", "no", "and", "or",
                                        "to", "of", "in", "for", "on"})
#: English words ending in "s" that are no plural noun.
NOT_PLURALS: Final = frozenset({"this", "its", "his", "was", "has", "does", "is", "us", "always",
                                "perhaps", "news", "means", "series", "sometimes", "various"})


#: A company's governing body: asked when the text names no company it could be of
#: ("forderte die Geschäftsführung auf", "urged the board to"), the body as it is called.
MANAGEMENT_NOUNS: Final = frozenset({"vorstand", "konzernvorstand", "konzernführung", "konzernspitze",
                                     "konzernleitung", "unternehmensführung", "unternehmensleitung",
                                     "unternehmensspitze", "geschäftsführung", "geschäftsleitung",
                                     "management", "board"})
#: Plurals that point back at actors the text names ("urged the parties to", "forderte
#: die Beteiligten auf", "called on governments to"): no group of their own.
NAMED_SIDE_NOUNS: Final = frozenset({"parties", "sides", "partners", "governments", "countries",
                                     "states", "nations", "members", "participants", "allies",
                                     "beteiligten", "parteien", "seiten", "partner", "regierungen",
                                     "staaten", "länder", "mitglieder", "teilnehmer", "verbündeten"})


def _is_english_plural(word: str) -> bool:
    """A lower-case word that reads as a plural noun ("exporters", "authorities")."""
    return len(word) > 3 and word.endswith("s") and word.isalpha() and word.islower() and \
        not word.endswith(("ss", "us", "is", "ous", "ics")) and word not in NOT_PLURALS


def _common_noun_objects(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """'urged regulators and exporters to', 'called on chocolate makers to', 'forderte
    die Behörden auf', 'verlangte von den Betreibern, …': a group asked by its common
    noun, no name, is an addressee of its own (a group node as the text calls it), one
    per noun joined by "and"/"und"."""
    if doc_lang(doc) == "en":
        return _english_noun_objects(doc, sent, cue)
    return _german_noun_objects(doc, sent, cue)


def _english_noun_objects(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """The English groups: up to two lower-case words before each plural noun, the
    nouns joined by "and" or a comma, then "to" and a verb ("urged local authorities
    to act"; not "urged their members to", "urged caution on …")."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    if not lowers[cue.i].startswith(ASKING_VERB_STARTS):
        return []
    ent_at = doc_index(doc).ent_at
    end = min(sent.end - 2, cue.i + 12)
    k = cue.i + 1
    while k < end and lowers[k] in NOUN_OBJECT_OPENERS:
        k += 1
    groups: list[tuple[int, int]] = []
    start = k
    while k < end:
        word = texts[k]
        if k in ent_at or not (word.isalpha() and word.islower()) or \
                lowers[k] in NOT_GROUP_MODIFIERS or k - start > 2:
            return []
        if (_is_english_plural(word) or lowers[k] in MANAGEMENT_NOUNS) and \
                lowers[k + 1] in {"to", "and", ",", "on"}:
            if lowers[k] in NAMED_SIDE_NOUNS:
                return []
            to = k + 1
            while to < min(end + 1, k + 5) and lowers[to] != "to" and \
                    (lowers[to] in TIME_WORDS or lowers[to].isdigit()):
                to += 1  # "called on the authorities on Wednesday to"
            if lowers[to] == "to":
                groups.append((start, k))
                k = to - 1
                break
            if lowers[k + 1] not in {"and", ","}:
                return []
            groups.append((start, k))
            k += 2 if lowers[k + 2] != "and" else 3  # (", and")
            start = k
            continue
        k += 1
    else:
        return []
    after = texts[k + 2] if k + 2 < sent.end else ""
    if not (after.isalpha() and after.islower()) or lowers[k + 2] in NOT_GROUP_MODIFIERS:
        return []  # "to" before a verb ("to act"), not a place ("to the …")
    if lowers[cue.i].startswith("want") and lowers[k + 2] == "be":
        return []  # "wants farmers to be compensated": someone else is to act for them
    return [_group_node(doc, first, noun) for first, noun in groups]


#: German articles before a group asked as the object ("die Behörden", "alle Kantone").
GERMAN_GROUP_ARTICLES: Final = frozenset({"die", "den", "alle", "allen"})


#: Endings of German plurals ("Behörden", "Kantone", "Betreiber") and of feminine
#: singulars that end so too ("Regierung", "Kommission", "Geschäftsführung").
GERMAN_PLURAL_ENDINGS: Final = ("en", "e", "er", "el", "rn")
FEMININE_SINGULAR_ENDINGS: Final = ("ung", "ion", "heit", "keit", "schaft", "tät", "ei", "in", "ik",
                                    "ur", "anz", "enz")


def _german_plural_form(word: str) -> bool:
    """Whether a lower-case German noun may be a plural: a singular after "die" is a
    body the text names ("die Kommission", "die Stadt"), no group."""
    return word.endswith(GERMAN_PLURAL_ENDINGS) and not word.endswith(FEMININE_SINGULAR_ENDINGS)


#: "die Politik", "die Landespolitik": those who make it, asked as one ("appellierte an
#: die Bundespolitik, …"), though a singular.
POLITICS_ENDING: Final = "politik"
#: What may follow the group after "an die"/"von den": the demand's comma, its
#: accusative ("verlangte von den Kassen eine Reform", "richtete an die Hochschulen die
#: Forderung"), "um" ("appellierte an die Eltern um Geduld").
RECEIVED_GROUP_FOLLOWERS: Final = frozenset({",", "die", "den", "das", "eine", "einen", "ein",
                                             "mehr", "um"})
#: Pronouns that stand as the subject right after an inverted verb ("richtete sie an …").
INVERTED_SUBJECT_PRONOUNS: Final = frozenset({"er", "sie", "es", "wir"})


def _past_inverted_subject(doc: Doc, k: int, end: int) -> int:
    """The position after an inverted subject at ``k`` right after the verb ("appellierte
    Ackermann an die …", "richtete sie an die …"): a tagged name or a personal pronoun,
    followed by "an"/"von"; else ``k`` itself."""
    lowers, texts = token_table(doc).lower, token_table(doc).text
    if k + 1 < end and k not in doc_index(doc).ent_at and for_lang("de").is_title_word(texts[k]):
        k += 1  # "appellierte Bischof Jan Berg an …": past the title
    subject = doc_index(doc).ent_at.get(k)
    after = subject.end if subject is not None else k + 1 \
        if k < end and lowers[k] in INVERTED_SUBJECT_PRONOUNS else k
    return after if after < end and lowers[after] in {"an", "von"} else k


def _german_noun_objects(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """The German group: after the verb (and a time word), "die"/"alle" and a noun
    before "auf" ("forderte die Behörden auf", "rief alle Kantone dazu auf"), or "von
    den"/"an die" and a noun before a comma ("verlangte von den Betreibern, …"); one
    lower-case adjective may stand before the noun ("die zuständigen Behörden"). A
    second noun phrase before "auf" makes the first the subject ("forderten die
    Bauern die Regierung auf"): then no group."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    ent_at = doc_index(doc).ent_at
    end = min(sent.end - 1, cue.i + 10)
    k = _past_inverted_subject(doc, cue.i + 1, end)
    while k < end and lowers[k] in GERMAN_TIME_WORDS:
        k += 1
    preposition = k < end and lowers[k] in {"von", "an"}
    if preposition:
        k += 1
    if k >= end or lowers[k] not in GERMAN_GROUP_ARTICLES:
        return []
    # ("forderte den Gesetzgeber auf": one, the dative "von den" many)
    singular = lowers[k] == "den" and lowers[k - 1] != "von"
    k += 1
    if k < end and texts[k].isalpha() and texts[k].islower():
        k += 1  # "die zuständigen Behörden"
    noun = texts[k] if k < end else ""
    if not (noun[:1].isupper() and noun.replace("-", "").isalpha()) or k in ent_at:
        return []
    if lowers[k] not in MANAGEMENT_NOUNS and not lowers[k].endswith(POLITICS_ENDING) and (
            singular or for_lang("de").is_title_word(noun) or _names_a_person(lowers[k]) or
            lowers[k] in NAMED_SIDE_NOUNS or not _german_plural_form(lowers[k])):
        return []  # (a person by title, a side named before, a body in the singular)
    follower = lowers[k + 1]
    if preposition:
        if follower not in RECEIVED_GROUP_FOLLOWERS:
            return []
    elif not (follower in {"auf", ",", "dazu", "zu", "zum", "zur"} and
              _has_particle(sent, cue, {"auf"}) and lowers[cue.i] in OBJECT_AUF_VERBS):
        return []
    if lowers[k - 1] == "den" and lowers[k].endswith(("ern", "eln")):
        # the dative's "-n" is no part of the plural ("von den Betreibern")
        return [_group_node(doc, k, k, noun[:-1])]
    return [_group_node(doc, k, k)]


#: Plural nouns "them" may point back at ("accused wealthy governments of … and urged
#: them to …").
THEM_GROUP_NOUNS: Final = frozenset({"governments", "countries", "nations", "states", "delegates",
                                     "negotiators", "lawmakers", "ministers", "leaders", "donors"})


def _group_named_before_them(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'accused wealthy governments of "bullying" poorer ones and urged them to …': "them"
    is the last group named by a plural noun (with its adjectives) earlier in the
    sentence, made a group node as ``_group_object_node`` makes one."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    noun = next((i for i in range(cue.i - 1, sent.start, -1) if lowers[i] in THEM_GROUP_NOUNS),
                None)
    if noun is None or noun in doc_index(doc).ent_at:
        return None
    # one adjective before it ("wealthy", "developed"; a word before that may be a verb:
    # "accused wealthy governments"); a bare plural says no more than "them"
    before = noun - 1
    if before <= sent.start or not (texts[before].isalpha() and texts[before].islower()) or \
            lowers[before] in ARTICLES_AND_POSSESSIVES or lowers[before] in PREPOSITIONS or \
            lowers[before] in {"and", "or", "other", "all", "both", "many", "some"}:
        return None
    return _group_node(doc, before, noun)


def _organisation_before_them(doc: Doc, sentences: list[Span], index: int,
                              exclude: set[str] | frozenset[str]) -> list[Span]:
    """'… had offered Swedbank free premises. "We are asking them to stay …"': "them"
    with no group named in its sentence is the one organisation the sentence before
    names (not the demander's, not a news agency); two would be a guess."""
    if index == 0:
        return []
    named = {kg_id(e): e for e in sent_ents(sentences[index - 1])
             if e.label == ORG and kg_id(e) not in exclude and not _is_media(doc, e)}
    return list(named.values()) if len(named) == 1 else []


def _is_company_body_word(text: str) -> bool:
    return text.lower() in COMPANY_BODY_NOUNS


def _body_owner_named_before(doc: Doc, body: int, exclude: set[str] | frozenset[str]) -> Span | None:
    """'Der Vorstand der X AG hatte … mitgeteilt. … verlange vom Vorstand …': a body the
    text named with its company before ("Vorstand der X", "the board of X") is that
    company's, the last one named so (a group's unit, not the group named most)."""
    table = token_table(doc)
    lowers = table.lower
    noun = lowers[body]
    ent_at = doc_index(doc).ent_at
    for i in reversed(word_positions(doc, "company-body", _is_company_body_word, 0, body)):
        if lowers[i] != noun:
            continue
        k = i + 1
        while k < min(len(lowers), i + 3) and lowers[k] in BODY_OWNER_WORDS:
            k += 1
        owner = ent_at.get(k) if k > i + 1 else None
        if owner is not None and owner.label == ORG and kg_id(owner) not in exclude:
            return owner
    return None


def _group_actor(doc: Doc, token: Token) -> Span | None:
    """'die Minister', 'the allies' → the organisation most mentioned in the document."""
    ranked = _most_named(e for e in doc_index(doc).ents
                         if e.label == ORG and e.start < token.i and not _is_media(doc, e))
    return ranked[0] if ranked else None


def _is_condition(word: Token) -> bool:
    """'until'/'unless'/'falls'/'bis' opening a clause after a threat or a refusal in
    the same sentence: the condition demands ("won't return until the government
    pays"); without one it is only time or a case ("until Sunday", "wenn es regnet")."""
    table = token_table(word.doc)
    lowers, texts = table.lower, table.text
    i = word.i
    if i + 2 >= len(table) or lowers[i + 1] in CONDITION_STOPS or texts[i + 1][:1].isdigit() \
            or is_punct_text(texts[i + 1]):
        return False
    if lowers[i] in {"bis", "wenn", "solange"} and (i == 0 or texts[i - 1] != ","):
        return False  # "bis zum Jahresende", "wenn … dann": only a clause after a comma
    sent = doc_index(word.doc).sent(i)
    before = lowers[sent.start:i]
    if lowers[i] in REFUSAL_CONDITIONS:
        return not NEGATIONS.isdisjoint(before)
    if lowers[i] in NEGATIVE_CONDITIONS and NEGATIONS.isdisjoint(lowers[i + 1:sent.end]):
        return False
    return not THREAT_WORDS.isdisjoint(before)


def _condition_subject(doc: Doc, sent: Span, cue: Token, after: list[Span],
                       exclude: set[str] | frozenset[str]) -> list[Span]:
    """Who must meet a condition: the subject that opens its clause ("unless Russia
    withdraws", "falls die Bahn nicht …"), or the state of "the government"."""
    lowers = token_table(doc).lower
    first = next((a for a in after if a.start - cue.i <= 2 and
                  all(lowers[k] in {"the", "der", "die", "das"}
                      for k in range(cue.i + 1, a.start))), None)
    if first is not None:
        return [first]
    if cue.i + 2 < sent.end and lowers[cue.i + 2] in GOVERNMENT_NOUNS:
        government = _government_object(doc, sent, cue, exclude)
        return [government] if government is not None else []
    return []


def _calls_out(verb: Token) -> bool:
    """'rief zum Warnstreik auf', 'Zu dem Protest hatten X aufgerufen': a call to an
    action ("zu/zum/zur" and a word of mobilisation) in the verb's sentence; not what
    may happen ("…, bevor es zu unbefristeten Streiks komme")."""
    lowers = token_table(verb.doc).lower
    sent = doc_index(verb.doc).sent(verb.i)
    return any(lowers[i] in {"zu", "zum", "zur"} and lowers[i - 1] != "es" and
               not MOBILISATIONS.isdisjoint(lowers[i + 1:min(i + 4, sent.end)])
               for i in range(sent.start, sent.end - 1))


#: Words of what a call asks for: "rief … dazu auf, …", "zu Mäßigung", "aufzuhören".
CALL_TO_WORDS: Final = frozenset({"zu", "dazu", "zum", "zur"})


def _calls_to(verb: Token) -> bool:
    """Whether a sentence with "aufrufen" says what is called for ("rief X dazu auf",
    "zur Zurückhaltung", "…, die Waffen niederzulegen"); without it the verb calls up
    a topic or a name ("das Thema erneut aufrufen")."""
    lowers = token_table(verb.doc).lower
    sent = doc_index(verb.doc).sent(verb.i)
    # (an infinitive with "zu" inside: "niederzulegen", "anzuerkennen")
    return any(low in CALL_TO_WORDS or low.endswith("en") and "zu" in low[2:-3]
               for low in lowers[sent.start:sent.end])


#: Goods whose "demand for" is a market's ("demand for credit has to be there").
MARKET_GOODS: Final = frozenset({
    "credit", "loans", "lending", "mortgages", "oil", "gas", "energy", "electricity", "power",
    "fuel", "coal", "steel", "goods", "products", "services", "housing", "homes", "cars",
    "vehicles", "chips", "exports", "imports", "labour", "labor", "staff", "travel", "flights",
    "commodities", "metals", "copper", "lithium", "food", "grain", "wheat", "beef", "dairy"})
#: Words after a modal that make it a present burden, no demand ("müssen schon heute").
ALREADY_WORDS: Final = frozenset({"schon", "bereits", "already"})


#: Ends of German nouns of money or support: a government in the genitive after one
#: is who is to give it ("ein Notfallfonds des Bundes", "Hilfen der Regierung").
SUPPORT_ENDINGS: Final = ("fonds", "hilfe", "hilfen", "mittel", "geld", "gelder", "zuschuss",
                          "zuschüsse", "beteiligung", "zusage", "garantie", "förderung",
                          "finanzierung", "programm", "unterstützung", "entschädigung")


def _genitive_government(doc: Doc, start: int, end: int) -> Span | None:
    """'verlangte einen Notfallfonds des Bundes', 'forderte Soforthilfen der
    Bundesregierung': a government in the genitive right after a noun of money or
    support in what is demanded gives it, so it is asked (a subjective genitive;
    "die Freilassung des Journalisten" names whom it is for). The government is a
    node the text names ("des Bundes": the Bundesregierung, called "Bund")."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    for j in range(start + 1, end - 1):
        if lowers[j] not in {"des", "der"}:
            continue
        if not (texts[j - 1][:1].isupper() and lowers[j - 1].endswith(SUPPORT_ENDINGS)):
            return None  # (only the first genitive: "die Zukunft des Fonds der Stadt")
        named = doc_index(doc).ent_at.get(j + 1)
        if named is not None:
            node = doc.user_data["kg_nodes"].get(kg_id(named))
            kind = node.properties.get("kind") if node is not None else None
            return named if kind == "government" else None
        word = texts[j + 1]
        for form in (word, word[:-2], word[:-1]) if word.endswith("es") else (word, word[:-1]):
            entry = load_lexicon().lookup(form)
            if entry is not None:
                return _named_as(doc, entry.key) if entry.kind == "government" else None
        return None
    return None


def _backs_own_demand(doc: Doc, sent: Span, index: int, modal: Token,
                      demander_ids: set[str]) -> bool:
    """'X demanded that … . "We carry the costs, so we should get the money," he said.':
    a quoted modal right after its speaker's reported demand gives the reason for
    it, no second demand."""
    last = doc.user_data.get("kg_demand_last_verb")
    return last is not None and last[0] == index - 1 and last[1] == demander_ids and \
        _in_quote(doc, sent, modal.i)


#: A town as the subject of a modal ("Die Stadt müsse 2 Millionen einsparen", "the
#: council must save"), and the titles of those who head it: what its head says it
#: must do is its own need, asked of no one.
MUNICIPAL_NOUNS: Final = frozenset({"stadt", "gemeinde", "kommune", "city", "town",
                                    "municipality"})
MUNICIPAL_HEAD_TITLES: Final = ("bürgermeister", "bürgermeisterin", "mayor",
                                "stadtpräsident", "stadtpräsidentin", "gemeindepräsident",
                                "gemeindepräsidentin")


def _heads_municipality(doc: Doc, demander_ids: set[str]) -> bool:
    """Whether a demander holds a title of a town's head (``MUNICIPAL_HEAD_TITLES``,
    also as a compound's head: "Oberbürgermeister")."""
    nodes = doc.user_data["kg_nodes"]
    for fact in doc.user_data["kg_facts"]:
        if fact.type == "HOLDS_ROLE" and fact.start in demander_ids and fact.end in nodes:
            title = str(nodes[fact.end].properties.get("title", "")).lower()
            if title.endswith(MUNICIPAL_HEAD_TITLES):
                return True
    return False


def _body_noun_subject(doc: Doc, modal: Token) -> Span | None:
    """'X said the ministry should …', 'das Ministerium müsse …': a body's common noun
    with its article right before the modal is the organisation named before whose name
    has that head ("Ministry of Health", "Gesundheitsministerium"), else None."""
    table = token_table(doc)
    lowers = table.lower
    noun = modal.i - 1
    if lowers[noun - 1] not in DEFINITE_ARTICLES:
        return None
    if lowers[noun] in BODY_HEAD_NOUNS:
        return _organisation_by_head(doc, noun, table.text[noun].capitalize())
    if lowers[noun] in GERMAN_BODY_HEADS or lowers[noun] in ADDRESSED_BODY_HEADS:
        return _organisation_by_compound_head(doc, noun, lowers[noun])
    return None


#: Possessives that open a subject naming an officer of a body named before ("Its
#: spokesman, …", "Ihr Sprecher …").
OWNER_POSSESSIVES: Final = frozenset({"its", "their", "ihr", "ihre", "sein", "seine"})


def _possessive_title_owner(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'Its spokesman, Dr. Chamil Perera, called on …' where the entities tagged no name:
    the organisation "its" points back to (named last in this sentence or the two
    before) speaks through its officer. Only a subject of capitalised words, commas and
    the title right before the verb (no other clause between)."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    start = sent.start
    while start < cue.i and texts[start] in QUOTE_MARKS:
        start += 1
    if cue.i - start > 10 or lowers[start] not in OWNER_POSSESSIVES:
        return None
    words = for_lang(doc_lang(doc))
    title = start + 1
    while title < cue.i - 1 and texts[title].islower() and not words.is_title_word(texts[title]):
        title += 1  # "Its national spokesman": past the adjectives
    if not words.is_title_word(texts[title]):
        return None
    if not all(texts[i] in {",", ".", "-"} or texts[i][:1].isupper() or
               words.is_title_word(texts[i]) or
               lowers[i] in EN_AUXILIARIES or lowers[i] in PREDICATE_ADVERBS
               for i in range(title + 1, cue.i)):
        return None
    return _last_named(doc, start, ORG)


def _maxim(doc: Doc, sent: Span, modal: Token) -> bool:
    """A modal clause whose subject opens with "jeder"/"every": a maxim, no demand;
    "X should not have to beg": a complaint about X's burden, asked of no one; "man sei
    sich einig, dass Wohnen leistbar bleiben muss": what all agree on, asked of no one."""
    texts = token_table(doc).text
    lowers = token_table(doc).lower
    if lowers[modal.i + 1:modal.i + 4] in (["not", "have", "to"], ["n't", "have", "to"]):
        return True
    # (an agreement word stands at most 15 tokens before the modal: most have none)
    if not AGREEMENT_WORDS.isdisjoint(lowers[max(sent.start, modal.i - 15):modal.i - 1]) and \
            _agreed_that(lowers, sent.start, modal.i):
        return True
    if lowers[modal.i + 1:modal.i + 2] in (["remain"], ["stay"]) and \
            _no_named_subject(doc, sent, modal):
        return True  # "said the waterway must remain a national asset": a state kept
    if not ALREADY_WORDS.isdisjoint(lowers[modal.i + 1:modal.i + 3]):
        return True  # "die Landkreise müssten schon heute … ausgleichen": a burden borne now
    if _knowing_modal(lowers, texts, modal.i, sent.end):
        return True  # "Die Bürger müssten wissen, wohin …": a need or a warning, no act
    if _open_question(lowers, modal.i, sent.end):
        return True  # "es müsse geklärt werden, warum …": a question to settle, no one asked
    start = _clause_start(doc, sent, modal)
    while start < modal.i and texts[start] in QUOTE_MARKS:
        start += 1
    return start < modal.i and texts[start].lower() in MAXIM_QUANTIFIERS or \
        _generic_relative_subject(lowers, texts, sent.start, modal.i) or \
        lowers[modal.i] in EN_ACTIVE_MODALS and _thing_does(doc, sent, modal, start)


#: Words that open an indirect question ("geklärt werden, warum …", "examined whether").
QUESTION_WORDS: Final = frozenset({"warum", "ob", "wie", "wer", "was", "weshalb", "wieso", "wo",
                                   "why", "whether", "how", "who", "what", "where"})
#: The auxiliaries of a passive with a modal ("geklärt werden", "be clarified").
PASSIVE_WITH_MODAL: Final = frozenset({"werden", "be"})


def _open_question(lowers: list[str], modal: int, end: int) -> bool:
    """'es müsse geklärt werden, warum …', 'dass geprüft werden müsse, ob …', 'it must
    be examined whether …': a modal passive followed by an indirect question names a
    question to be settled, not an act asked of anyone."""
    if lowers[modal - 1] == "werden":  # (verb-final: "… geprüft werden müsse, ob")
        after = modal + 1
    else:
        aux = next((i for i in range(modal + 1, min(end, modal + 4))
                    if lowers[i] in PASSIVE_WITH_MODAL), None)
        if aux is None:
            return False
        after = aux + 1 if lowers[aux] == "werden" else aux + 2  # ("be" + participle)
    if after < end and lowers[after] == ",":
        after += 1
    return after < end and lowers[after] in QUESTION_WORDS


#: Verbs of knowing: "must know", "müssten wissen" states a need or warns, asks no act.
KNOWING_VERBS: Final = frozenset({"wissen", "kennen", "verstehen", "begreifen", "know", "understand",
                                  "realise", "realize"})


def _knowing_modal(lowers: list[str], texts: list[str], modal: int, end: int) -> bool:
    """Whether the modal's verb is one of knowing: in English the first word after it
    (past "not", "also"), in German the last of its clause ("müssten die Bürger
    wissen, wohin …")."""
    verb = modal + 1
    while verb < end and lowers[verb] in MODAL_ADVERBS:
        verb += 1
    if verb < end and lowers[verb] in KNOWING_VERBS:
        return True
    if verb >= end or lowers[modal] in EN_ACTIVE_MODALS:
        return False  # (English: the verb follows the modal)
    close = next((i for i in range(modal + 1, min(end, modal + 12)) if texts[i] in {",", ".", ";"}),
                 None)
    return close is not None and lowers[close - 1] in KNOWING_VERBS


#: English modals whose active verb after a thing as subject states how things should
#: be ("It should not become a weapon", "the programme must move faster").
EN_ACTIVE_MODALS: Final = frozenset({"should", "must"})
#: Words of a subject that can act or be asked to (so the clause may ask it).
ACTING_WORDS: Final = frozenset({*(PRONOUNS - {"it"}), "i", "you", "everyone", "everybody", "all", "both",
                                 *ACTOR_OBJECT_NOUNS, *GROUP_NOUNS, *AUTHORITY_NOUNS, *GOVERNMENT_NOUNS,
                                 "people", "side", "sides", "country", "nation", "state",
                                 "owners", "employers", "workers", "parents", "students", "police",
                                 "military", "army", "forces", "team", "party", "parties", "office",
                                 "department", "treasury", "minister", "president", "mayor", "who"})
#: Verbs after the modal that make it a passive or a state: "must be lifted".
PASSIVE_VERBS: Final = frozenset({"be", "have", "get"})
#: Words between a modal and its verb.
MODAL_ADVERBS: Final = frozenset({"not", "n't", "never", "also", "now", "still", "first"})


def _body_named_near(doc: Doc, sent: Span, end: int) -> bool:
    """Whether an organisation or state is named in the sentence before ``end`` (what
    an "it" there may point to)."""
    return any(e.label in ORG_OR_GPE for e in doc_index(doc).ents_in(sent.start, end))


def _copula(lowers: list[str], verb: int, end: int) -> bool:
    """'should be here', 'must be fair': "be" with no participle after it, no passive
    (which may ask someone: "must be lifted")."""
    nxt = lowers[verb + 1] if verb + 1 < end else ""
    return lowers[verb] == "be" and nxt.isalpha() and not (
        nxt.endswith(("ed", "en")) or nxt in IRREGULAR_PARTICIPLES)


def _thing_does(doc: Doc, sent: Span, modal: Token, start: int) -> bool:
    """'…, said the programme was "on track but must move faster"', '"It should not
    become a weapon"': a modal's subject (after "that" or a verb of saying) that names
    no actor, no one who could act, only a thing, with an active verb after the modal:
    how things should go, asked of no one (a passive "must be lifted" may ask)."""
    lowers = token_table(doc).lower
    said = next((i for i in range(modal.i - 1, start - 1, -1)
                 if lowers[i] in SAYING_VERBS or lowers[i] in COMPLEMENTIZERS), None)
    first = start if said is None else said + 1
    # the modal's own clause: after a clause before it ("If the money is spent here, the
    # jobs should …", "… belongs to all of us, and it should …")
    first = next((i + 1 for i in range(modal.i - 1, first - 1, -1) if lowers[i] == ","), first)
    words = [w for w in lowers[first:modal.i] if w.isalpha()]
    verb = modal.i + 1
    while verb < sent.end and lowers[verb] in MODAL_ADVERBS:
        verb += 1
    if not words or verb >= sent.end or lowers[verb] in PASSIVE_VERBS and \
            not _copula(lowers, verb, sent.end):
        return False
    if doc_index(doc).ents_in(first, modal.i):
        return False
    if "it" in words and _body_named_near(doc, sent, modal.i):
        return False  # "If Russia wanted peace, it should send …": the state acts
    titles = for_lang("en").en_title_lasts
    return ACTING_WORDS.isdisjoint(words) and not any(
        w.endswith(("ers", "ists", "ans")) or w in titles or w[:-1] in titles for w in words)


#: What opens a free relative clause as a subject: "Wer neue Fächer erfindet, muss …",
#: "Whoever pays must decide": anyone's duty, a maxim.
GENERIC_RELATIVES: Final = frozenset({"wer", "whoever"})


def _generic_relative_subject(lowers: list[str], texts: list[str], start: int,
                              modal: int) -> bool:
    """Whether the modal's sentence (or quote) opens with a free relative clause
    ("Wer …,", "Whoever …", "Anyone who …") a few words before it: its subject."""
    while start < modal and texts[start] in QUOTE_MARKS:
        start += 1
    if modal - start > 12:
        return False
    return lowers[start] in GENERIC_RELATIVES or lowers[start:start + 2] == ["anyone", "who"]


def _no_named_subject(doc: Doc, sent: Span, modal: Token) -> bool:
    """Whether the modal's clause (after a verb of saying or "that" before it) names
    no actor before the modal."""
    lowers = token_table(doc).lower
    start = _clause_start(doc, sent, modal)
    said = next((i for i in range(modal.i - 1, start - 1, -1)
                 if lowers[i] in SAYING_VERBS or lowers[i] in COMPLEMENTIZERS), None)
    return not doc_index(doc).ents_in(start if said is None else said + 1, modal.i)


def _untagged_organisation_object(doc: Doc, sent: Span, cue: Token) -> Span | None:
    """'We call on Bavarian Nordic to share …' after "Bavarian Nordic's chief executive
    Paul Chaplin": capitalised words between the verb ("on") and "to" that name an
    organisation node of this text the entities did not tag there (one the roles made
    from a title's owner)."""
    lowers = token_table(doc).lower
    k = cue.i + 1
    if k < sent.end and lowers[k] in OBJECT_RECEIVERS:
        k += 1
    return _untagged_organisation_at(doc, sent, k, lowers, {"to"})


#: Words of an agreement before its "dass"/"that" clause.
AGREEMENT_WORDS: Final = frozenset({"einig", "einigten", "geeinigt", "einigen", "einigte", "konsens",
                                    "agreed", "agree", "agrees", "consensus"})


def _agreed_that(lowers: list[str], start: int, modal: int) -> bool:
    """Whether the modal stands in a "dass"/"that" clause opened right after an
    agreement word ("einig, dass …", "agreed that …"), within its sentence."""
    that = next((i for i in range(modal - 1, max(start, modal - 12) - 1, -1)
                 if lowers[i] in COMPLEMENTIZERS), None)
    return that is not None and \
        not AGREEMENT_WORDS.isdisjoint(lowers[max(start, that - 3):that])


def _reported_subject(doc: Doc, cue: Token, after: list[Span]) -> Span | None:
    """'verlangte, Scholz solle …', 'forderte, die Bahn müsse …': the subject of the
    reported clause right after the verb is asked (as in a dass clause)."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    k = cue.i + 1
    # adverbs before the comma: "verlangte dort erneut, die Regierung müsse …", "im Anschluss"
    while k < len(texts) and k - cue.i <= 3 and texts[k].isalpha() and (
            texts[k].islower() or k - 1 > cue.i and lowers[k - 1] in {"im", "am"}):
        k += 1
    if k >= len(texts) or texts[k] not in {",", ":"}:
        return None
    first = next((a for a in after if a.start > k), None)
    if first is None or first.start - k > 2 or first.end >= len(texts) or \
            not all(lowers[j] in {"der", "die", "das"} for j in range(k + 1, first.start)):
        return _reported_body(doc, k + 1)
    # (after a colon the clause is quoted as said: "fordert: Der Bund muss …")
    return first if lowers[first.end] in REPORTED_SPEECH or texts[k] == ":" and \
        lowers[first.end] in {"muss", "müssen", "soll", "sollen", "darf", "dürfen"} else None


def _reported_body(doc: Doc, k: int) -> Span | None:
    """'verlangte, die Landeszentrale müsse …': a body by the head of its name as the
    subject of the reported clause from ``k`` is the organisation named before with a
    word ending in it ("Bayerische Landeszentrale für neue Medien")."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    if k + 2 >= len(texts) or lowers[k] not in {"der", "die", "das"} or \
            not texts[k + 1][:1].isupper() or not texts[k + 1].isalpha() or \
            lowers[k + 2] not in REPORTED_SPEECH or lowers[k + 1] in GOVERNMENT_NOUNS or \
            lowers[k + 1] in COALITION_NOUNS or k + 1 in doc_index(doc).ent_at:
        return None
    return _organisation_by_compound_head(doc, k + 1, lowers[k + 1])


#: A clause opened by "ohne"/"without"/"sonst" with a conditional verb states what
#: would follow ("Ohne Klarheit könnten die Firmen nicht planen", "ohne Hilfe müssten
#: sechs Häuser schließen", "sonst müsste die Linie eingestellt werden"): a warning,
#: no demand.
CONSEQUENCE_OPENERS: Final = frozenset({"ohne", "without", "sonst", "andernfalls", "anderenfalls",
                                        "ansonsten", "otherwise"})
CONDITIONAL_VERBS: Final = frozenset({"könnte", "könnten", "würde", "würden", "wäre", "wären",
                                      "müsste", "müssten", "could", "would", "might"})


#: Words before a subjunctive II that make it a consequence or a hypothesis ("Dann
#: müssten die Länder …", "Wenn das Gesetz kommt, müssten …"), no reported demand.
HYPOTHESIS_WORDS: Final = CONSEQUENCE_OPENERS | {"dann", "wenn", "falls", "sofern"}


def _hypothetical(lowers: list[str], start: int, cue: int) -> bool:
    """Whether a word of ``HYPOTHESIS_WORDS`` stands before the modal in its sentence."""
    return not HYPOTHESIS_WORDS.isdisjoint(lowers[start:cue])


#: First-person objects right after a verb of asking ("ask me to", "bat uns, …").
FIRST_PERSON_OBJECTS: Final = frozenset({"me", "us", "mich", "uns"})


def _speaker_asked(doc: Doc, sent: Span, cue: Token, demanders: list[Span]) -> bool:
    """'"They only ever ask me to repeat myself," said X', '"Sie baten uns, zu warten",
    sagte X': in a quote, the first-person object is the speaker, the one asked; a
    demander not named in the quote's clause before the verb is then a guess (the speaker)."""
    lowers = token_table(doc).lower
    if cue.i + 1 >= len(lowers) or lowers[cue.i + 1] not in FIRST_PERSON_OBJECTS or \
            not _in_quote(doc, sent, cue.i):
        return False
    marks = _quote_marks(doc)
    opened = marks[bisect.bisect_left(marks, cue.i) - 1]  # (the quote's opening mark)
    start = max(opened, _clause_start(doc, sent, cue))
    return not any(start <= d.start and d.end <= cue.i for d in demanders)


def _consequence(doc: Doc, start: int, end: int) -> bool:
    """Does the content (tokens [start, end)) state a consequence ("Ohne … könnten …")?"""
    lowers = token_table(doc).lower
    while start < end and lowers[start] in QUOTE_MARKS:
        start += 1
    return start < end and lowers[start] in CONSEQUENCE_OPENERS and \
        not CONDITIONAL_VERBS.isdisjoint(lowers[start:end])


def _subject_after_semicolon(doc: Doc, sent: Span, cue: Token, after: list[Span]) -> Span | None:
    """'drang auf eine Reform; Berlin dürfe nicht länger bremsen': the subject of the
    reported clause after the semicolon is who is asked."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    semicolon = next((i for i in range(cue.i + 1, sent.end) if texts[i] == ";"), None)
    if semicolon is None:
        return None
    first = next((a for a in after if a.start > semicolon), None)
    if first is None or first.end >= sent.end or \
            not all(lowers[j] in {"der", "die", "das"} for j in range(semicolon + 1, first.start)):
        return None
    return first if lowers[first.end] in REPORTED_SPEECH else None


def _makes_condition(verb: Token) -> bool:
    """'made X a condition', 'set X as a precondition', 'machte X zur Bedingung',
    'hat X zur Voraussetzung gemacht': a condition noun after an article or "zur"/"als",
    within the verb's clause (before it too, for a German verb at the end)."""
    table = token_table(verb.doc)
    lowers, texts = table.lower, table.text
    sent = doc_index(verb.doc).sent(verb.i)
    lo, hi = max(sent.start + 1, verb.i - 8), min(sent.end, verb.i + 12)
    for i in range(lo, hi):
        if texts[i] in {";", ":"} or texts[i] == "," and i > verb.i:
            if i > verb.i:
                break
            continue
        if lowers[i] in CONDITION_NOUNS and lowers[i - 1] in {"a", "as", "zur", "als", "the"} \
                and (i > verb.i or texts[verb.i].islower() and lowers[verb.i].startswith("ge")):
            return True
    return False


#: Lower-case heads of bodies' names: "called on the council" → "Security Council".
BODY_HEAD_NOUNS: Final = frozenset({"council", "commission", "committee", "parliament", "assembly",
                                    "agency", "ministry", "bank", "court", "authority", "regulator",
                                    "tribunal", "department", "mission", "executive", "board",
                                    "senate", "cabinet", "secretariat", "association", "foundation",
                                    "institute"})
#: Plurals for a body's leaders or members ("the council's leaders demanded").
LEADER_PLURALS: Final = frozenset({"leaders", "members", "chiefs", "heads"})
#: Plurals naming the trade unions of a dispute.
UNION_PLURALS: Final = frozenset({"unions", "gewerkschaften"})
#: "union leaders insisted": the officers of the union speak for it.
UNION_OFFICER_PLURALS: Final = frozenset({"leaders", "officials", "representatives", "chiefs"})
#: "called on the union to", "forderte die Gewerkschaft auf": the one union of the dispute.
UNION_SINGULARS: Final = frozenset({"union", "gewerkschaft"})
#: Words of the names of unions the lexicon does not know: the workers they unite.
UNION_MEMBER_WORDS: Final = frozenset({"union", "unions", "workers", "teachers", "nurses", "doctors",
                                       "drivers", "employees", "labour", "labor", "gewerkschaft"})
#: Words of the names of trade unions (their kind is often unknown to the lexicon).
UNION_NAME_WORDS: Final = frozenset({"union", "unions", "labour", "labor", "workers", "gewerkschaft",
                                     "arbeitnehmer"})


def _addressed_unions(doc: Doc, sent: Span, cue: Token,
                      exclude: set[str] | frozenset[str]) -> list[Span]:
    """'appealed to the unions to suspend the strike', 'forderte die Gewerkschaften
    auf': the trade unions the text named before (one span each, most named first);
    'called on the union to': the one it names most (not "the union's members")."""
    lowers = token_table(doc).lower
    window = range(cue.i + 1, min(sent.end - 1, cue.i + 4))
    at = next((i for i in window if lowers[i] in UNION_PLURALS and
               lowers[i - 1] in {"the", "both", "die", "beide", "beiden"}), None)
    if at is not None:
        return _unions_before(doc, at, exclude)
    one = next((i for i in window if lowers[i] in UNION_SINGULARS and
                lowers[i - 1] in {"the", "die"} and lowers[i + 1] not in {"'s", "’s"}), None)
    return _unions_before(doc, one, exclude)[:1] if one is not None else []


def _unions_after_preposition(doc: Doc, sent: Span, cue: Token,
                              exclude: set[str] | frozenset[str]) -> list[Span]:
    """'appellierte Senatorin X (SPD) an die Gewerkschaften, …': past an inverted
    subject, "an/von den Gewerkschaften" before the first comma are the unions named
    before."""
    lowers = token_table(doc).lower
    for i in range(cue.i + 1, min(sent.end, cue.i + 12)):
        if lowers[i] == "," and i > cue.i + 1:
            return []
        if lowers[i] == "gewerkschaften" and lowers[i - 1] in {"die", "den"} and \
                lowers[i - 2] in {"an", "von"}:
            return _unions_before(doc, i, exclude)
    return []


def _unions_before(doc: Doc, at: int, exclude: set[str] | frozenset[str]) -> list[Span]:
    """The trade unions the text names before ``at`` (one span each, most named first)."""
    nodes = doc.user_data["kg_nodes"]

    def union(e: Span) -> bool:
        node = nodes.get(kg_id(e))
        return e.label == ORG and node is not None and node.id not in exclude and \
            _is_trade_union(node)

    return _most_named(filter(union, doc_index(doc).ents_in(0, at)))


def _is_trade_union(node: Node) -> bool:
    """Whether an organisation is a trade union: the lexicon's kind (not a union of
    states: EU, AU), else a word of its name ("Gewerkschaft", "Workers")."""
    kind = node.properties.get("kind")
    names = [str(node.properties.get("name") or ""), *node.properties.get("aliases", [])]
    if kind == "union":
        return not any("Union" in name for name in names)
    if kind not in (None, "organisation"):
        return False  # a party ("Labour"), a company, a government …
    words = set(names[0].lower().replace("-", " ").split())
    return not UNION_NAME_WORDS.isdisjoint(words) or "gewerkschaft" in names[0].lower()


#: Plurals naming the employers of a dispute ("forderte die kommunalen Arbeitgeber auf").
EMPLOYER_PLURALS: Final = frozenset({"arbeitgeber", "employers"})
#: Parts of the names of employers' associations.
EMPLOYER_NAME_PARTS: Final = ("arbeitgeber", "employer", "tarifgemeinschaft")


def _addressed_employers(doc: Doc, sent: Span, cue: Token,
                         exclude: set[str] | frozenset[str]) -> Span | None:
    """'forderte die kommunalen Arbeitgeber auf', 'urged the employers to': the
    employers' association the text names (Vereinigung der kommunalen
    Arbeitgeberverbände), the most named one."""
    lowers = token_table(doc).lower
    if not any(lowers[i] in EMPLOYER_PLURALS and lowers[i - 1] in COMPANY_BODY_ARTICLES |
               {"kommunalen", "öffentlichen", "public"} for i in
               range(cue.i + 1, min(sent.end, cue.i + 5))):
        return None
    nodes = doc.user_data["kg_nodes"]

    def employers(e: Span) -> bool:
        node = nodes.get(kg_id(e))
        return e.label == ORG and node is not None and node.id not in exclude and \
            any(part in str(node.properties.get("name") or "").lower()
                for part in EMPLOYER_NAME_PARTS)

    ranked = _most_named(filter(employers, doc_index(doc).ents))
    return ranked[0] if ranked else None


def _organisation_by_head(doc: Doc, position: int, noun: str) -> Span | None:
    """The organisation named last before ``position`` whose name's head (``_name_head``)
    ends with ``noun`` as its own word or compound part ("EU-Kommission", "Deutsche
    Bahn", "Bank of England", "Republic Commission for the Protection of …"); of several,
    the one named most often, then first ("die Bahn": the Deutsche Bahn, not "Pro Bahn")."""
    def headed(e: Span) -> bool:
        if e.label != ORG:
            return False  # (before the name's text is sliced out)
        name = span_text(e)
        if noun not in name or name == noun:
            return False
        head = _name_head(name)
        return head == noun or head.endswith(noun) and head[-len(noun) - 1] in {" ", "-"}

    ranked = _most_named(filter(headed, doc_index(doc).ents_in(0, position)))
    return ranked[0] if ranked else None


#: Lower-case words that end the head of a body's name: what follows says what the body
#: is for or whose it is ("Commission for the Protection of …", "Kommission zur …").
NAME_HEAD_ENDS: Final = frozenset({"of", "for", "on", "to", "in", "at", "für", "zur", "zum", "der",
                                   "des", "von", "vom", "gegen"})


def _name_head(name: str) -> str:
    """The head of an organisation's name: its words before the first lower-case
    function word ("Republic Commission" of "Republic Commission for the Protection
    of Rights", "Institute" of "Institute for Commission Studies"), so "the
    commission" names the first and not the second."""
    words = name.split(" ")
    end = next((i for i, word in enumerate(words) if i and word in NAME_HEAD_ENDS), len(words))
    return " ".join(words[:end])


#: German body nouns that, as a subject with "die/der", name an organisation named
#: before by the head of a compound in its name ("Die Kammer" → "Wirtschaftskammer X").
GERMAN_BODY_HEADS: Final = frozenset({"kammer", "verband", "stiftung", "behörde", "agentur",
                                      "bündnis", "vereinigung", "genossenschaft", "initiative"})


def _organisation_by_compound_head(doc: Doc, position: int, head: str) -> Span | None:
    """The organisation named last before ``position`` with a word ending in ``head``
    ("Wirtschaftskammer", "Bauernverband"): the anaphor points at the nearest."""
    nodes = doc.user_data["kg_nodes"]
    texts = token_table(doc).text
    for e in reversed(doc_index(doc).ents_in(0, position)):
        node = nodes.get(kg_id(e)) if e.label == ORG else None
        name = str(node.properties.get("name") or "") if node is not None else ""
        if any(word.lower().endswith(head) for word in name.split()):
            return e
        kind = e.start - 2 if e.start > 1 and texts[e.start - 1] in QUOTE_MARKS else e.start - 1
        if node is not None and kind >= 0 and texts[kind].lower().endswith(head):
            return e  # "die Bürgerinitiative „Saubere Luft“": its kind before the name
    return None


#: Plurals naming companies as a group, also ending compounds ("von den Rüstungskonzernen",
#: "urged carmakers to"): the companies the text names.
COMPANY_PLURAL_ENDINGS: Final = ("hersteller", "herstellern", "konzerne", "konzernen", "firmen",
                                 "autobauer", "autobauern", "manufacturers", "companies", "firms",
                                 "carmakers", "automakers", "makers", "producers", "airlines",
                                 "carriers", "lenders", "banks", "insurers", "banken", "versicherer",
                                 # "verlangt von der Pharmaindustrie": the industry's companies
                                 "industrie")
#: The test for such a plural, a C-level call per word ("Autobauern"; no frame per word).
ENDS_COMPANY_PLURAL: Final = methodcaller("endswith", COMPANY_PLURAL_ENDINGS)
#: Words before such a plural that make it the object ("von den", "urged the").
COMPANY_PLURAL_BEFORE: Final = frozenset({"den", "die", "alle", "allen", "the", "all", "on", "von"})
#: How many sentences before the demand its companies may be named in.
COMPANY_SENTENCES: Final = 6  # (a paragraph break is one too)


def _addressed_companies(doc: Doc, sent: Span, cue: Token,
                         exclude: set[str] | frozenset[str]) -> list[Span]:
    """'verlangte von den Herstellern verbindliche Liefertermine', 'urged carmakers
    to …': the companies (lexicon kind) named in the demand's sentence or the few
    before, most named first."""
    table = token_table(doc)
    lowers = table.lower
    at = next((i for i in range(cue.i + 1, min(sent.end, cue.i + 5))
               if lowers[i].endswith(COMPANY_PLURAL_ENDINGS) and
               (lowers[i - 1] in COMPANY_PLURAL_BEFORE or i == cue.i + 1 and doc_lang(doc) == "en"
                or lowers[i - 1] == "der" and lowers[i - 2] == "von")),  # "von der Autoindustrie"
              None)
    if at is None:
        return []
    index = doc_index(doc)
    first = index.sents[max(0, index.sent_index(cue.i) - COMPANY_SENTENCES)].start
    nodes = doc.user_data["kg_nodes"]

    def company(e: Span) -> bool:
        node = nodes.get(kg_id(e))
        return e.label == ORG and node is not None and node.id not in exclude and \
            node.properties.get("kind") == "company"

    return _most_named(filter(company, index.ents_in(first, sent.end)))


#: Endings of German plural titles whose holders meet as one body ("die Innenminister",
#: "den Ministerpräsidenten").
PLURAL_TITLE_ENDINGS: Final = ("minister", "ministern", "ministerpräsidenten", "regierungschefs")


def _body_of_titled(doc: Doc, plural: str) -> Span | None:
    """The organisation of this text named after holders of a title, which their plural
    starts ("Innenministerkonferenz" for "die Innenminister", "Ministerpräsidentenkonferenz"
    for "die Ministerpräsidenten"); the most named one."""
    stem = plural[:-1] if plural.endswith("ministern") else plural
    nodes = doc.user_data["kg_nodes"]

    def named_after(e: Span) -> bool:
        node = nodes.get(kg_id(e))
        name = str(node.properties.get("name") or "").lower() if node is not None else ""
        return e.label == ORG and name.startswith(stem) and len(name) > len(stem) + 2

    ranked = _most_named(filter(named_after, doc_index(doc).ents))
    return ranked[0] if ranked else None


#: English verbs whose object is the addressee ("urged X to", "called on X to", "pressed for X to").
OBJECT_VERB_STARTS: Final = ("urg", "call", "press", "appeal")
#: English verbs whose object right after them is asked ("urged the G7 to", "ordered
#: Thames Water to", "instructed the utility to").
DIRECT_OBJECT_VERB_STARTS: Final = ("urg", "want", "ask", "press", "order", "instruct", "implor",
                                    "petition", "expect")

#: Object pronouns of one person ("urged him to", "forderte ihn auf"); "her" only
#: before "to" (else a possessive: "urged her government to").
OBJECT_PRONOUNS: Final = frozenset({"him", "her", "ihn"})
#: Words between a demand verb and its object: "called on him", "appellierte an ihn".
OBJECT_RECEIVERS: Final = frozenset({"on", "an"})


def _object_pronoun_person(doc: Doc, sent: Span, cue: Token,
                           demander_ids: set[str] | frozenset[str]) -> Span | None:
    """'She urged him to fund …', 'Beide forderten ihn auf, …': the person an object
    pronoun stands for, the one named last before it (in its sentence or the two
    before) who is not among the demanders."""
    lowers = token_table(doc).lower
    k = cue.i + 1
    if k < sent.end and lowers[k] in OBJECT_RECEIVERS:
        k += 1
    if k >= sent.end - 1 or lowers[k] not in OBJECT_PRONOUNS or \
            lowers[k] == "her" and lowers[k + 1] != "to":
        return None
    return _person_named_last_before(doc, cue, k, demander_ids)


#: The gender of singular personal pronouns (German "sie" may be plural: not taken as
#: a clause's subject, only as the demander's).
PRONOUN_GENDERS: Final = {"he": "m", "er": "m", "she": "f", "sie": "f"}
CLAUSE_PERSON_PRONOUNS: Final = frozenset({"he", "she", "er"})


def _other_person_pronoun(doc: Doc, sent: Span, cue: Token, k: int,
                          demander_ids: set[str] | frozenset[str]) -> Span | None:
    """'She demanded that he resign', 'Sie verlangte, dass er zurücktritt', 'Unite
    demanded that she apologise': a that-clause's subject pronoun of another gender
    than the demander's pronoun (or any, for a demander no person) is the person named
    last before who is not the demander."""
    lowers = token_table(doc).lower
    if k >= sent.end or lowers[k] not in CLAUSE_PERSON_PRONOUNS:
        return None
    if any(node.startswith("person:") for node in demander_ids):
        subject = next((lowers[i] for i in range(_clause_start(doc, sent, cue), cue.i)
                        if lowers[i] in PRONOUN_GENDERS), None)
        if subject is None or PRONOUN_GENDERS[subject] == PRONOUN_GENDERS[lowers[k]]:
            return None  # ("Anna Berg demanded that she …": maybe herself)
    return _person_named_last_before(doc, cue, k, demander_ids)


def _person_named_last_before(doc: Doc, cue: Token, k: int,
                              demander_ids: set[str] | frozenset[str]) -> Span | None:
    """Whom "him"/"her" at token ``k`` refers to: the person named last before it, in the
    cue's sentence or the two before, who is not the demander."""
    index = doc_index(doc)
    start = index.sents[max(0, index.sent_index(cue.i) - 2)].start
    persons = [e for e in index.ents_in(start, k) if e.label == PER
               and kg_id(e) not in demander_ids]
    return persons[-1] if persons else None


TOLD_VERBS: Final = frozenset({"told", "tells", "tell", "telling", "urged", "warned", "reminded"})


def _told_pronoun_person(doc: Doc, sent: Span, cue: Token,
                         demander_ids: set[str] | frozenset[str]) -> Span | None:
    """'Saied told her that those responsible must be held to account': a modal whose
    subject names no one asks whom the speaker told, "him"/"her" the person named last
    before (in the sentence or the two before) who is not the demander."""
    lowers = token_table(doc).lower
    k = next((k for k in range(cue.i - 2, sent.start, -1)
              if lowers[k] in OBJECT_PRONOUNS and lowers[k - 1] in TOLD_VERBS), None)
    if k is None or lowers[k + 1] not in {"that", ","}:
        return None
    return _person_named_last_before(doc, cue, k, demander_ids)


#: Possessives before the noun of an addressee after "an"/"on": "an seinen Parteifreund X",
#: "an ihre Amtskollegin X", "called on his counterpart X".
RECEIVER_POSSESSIVES: Final = frozenset({"seinen", "seine", "ihren", "ihre", "his", "her", "their"})
#: Object pronouns for a body: "urged it to", "forderte sie auf" (die Bahn, die Kommission).
BODY_OBJECT_PRONOUNS: Final = frozenset({"it", "sie"})


def _object_pronoun_body(doc: Doc, sent: Span, cue: Token,
                         demander_ids: set[str] | frozenset[str]) -> Span | None:
    """'Oxfam criticised Shell. Oxfam urged it to pay …', 'Verdi kritisierte die Bahn. Die
    Gewerkschaft forderte sie auf, …': the organisation (else state) named last before
    the pronoun (its sentence or the two before) that is not the demander. German
    "sie" only with the subject before the verb ("Am Montag forderte sie …" is the
    subject) and "auf" closing the clause."""
    lowers = token_table(doc).lower
    k = cue.i + 1
    if lowers[k] in OBJECT_RECEIVERS and doc_lang(doc) == "en":
        k += 1  # "called on it to"
    if k >= sent.end - 1 or lowers[k] not in BODY_OBJECT_PRONOUNS:
        return None
    if doc_lang(doc) == "de":
        clause = _clause_start(doc, sent, cue)
        if lowers[k] != "sie" or _no_subject_before(doc, clause, cue.i) or \
                not (lowers[cue.i] in OBJECT_AUF_VERBS and _has_particle(sent, cue, {"auf"})):
            return None
    elif lowers[k + 1] != "to":
        return None
    index = doc_index(doc)
    start = index.sents[max(0, index.sent_index(cue.i) - 2)].start
    bodies = [e for e in index.ents_in(start, k) if e.label in ORG_OR_GPE and
              kg_id(e) not in demander_ids and not _is_media(doc, e)]
    return bodies[-1] if bodies else None


def _government_from(doc: Doc, sent: Span, cue: Token,
                     exclude: set[str] | frozenset[str]) -> list[Span]:
    """'demanded an apology from the government', 'is demanding a pay rise from the
    federal government': a government by its common noun after "from", within a few
    words of the verb: its node (``_government_node``) besides the state the text
    names most, as for 'urged the government to'."""
    lowers = token_table(doc).lower
    for i in range(cue.i + 1, min(sent.end - 2, cue.i + 8)):
        if lowers[i] in {",", ";"}:
            break
        k = _government_noun_at(doc, i + 1) if lowers[i] == "from" else None
        if k is not None and MOVING_WORDS.isdisjoint(lowers[cue.i + 1:i]):
            states = _states_most_named(doc, exclude)
            state = _named_state(doc, k, states[0] if states else None)
            named = _government_node(doc, i + 2, k, state)
            return [named] if state is None else [state, named]
    return []


def _included_actors(doc: Doc, sent: Span, cue: Token, after: list[Span]) -> list[Span]:
    """'called on official creditors, including China and the Paris Club, to …': a
    group object named by its members after "including", before the "to" of the
    action demanded."""
    lowers = token_table(doc).lower
    including = next((i for i in range(cue.i + 2, min(sent.end, cue.i + 7))
                      if lowers[i] == "including"), None)
    if including is None:
        return []
    to = next((i for i in range(including + 1, min(sent.end, including + 12))
               if lowers[i] == "to"), None)
    if to is None:
        return []
    return [a for a in after if including < a.start and a.end <= to]


#: Determiners before a title that is a demand's object ("urged the minister, X, to").
APPOSED_OBJECT_DETERMINERS: Final = frozenset({
    "the", "his", "her", "their", "its", "den", "die", "seinen", "seine", "ihren", "ihre"})
#: Words right after the verb that lead to its object ("called on", "appellierte an").
OBJECT_LEADS: Final = frozenset({"on", "an", "upon"})


def _apposed_object(doc: Doc, sent: Span, cue: Token, after: list[Span]) -> Span | None:
    """'called on his federal counterpart, Jane Smith, to …', 'urged the minister,
    Tom Hart, to …', 'forderte seinen Amtskollegen, Max Berg, auf': a titled object
    named in an apposition is the person of the apposition (a title word right before
    the comma, the name right after it, closed by a comma)."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    k = cue.i + 1
    if k < sent.end and lowers[k] in OBJECT_LEADS:
        k += 1
    if k >= sent.end or lowers[k] not in APPOSED_OBJECT_DETERMINERS:
        return None
    person = next((a for a in after if a.start > k), None)
    if person is None or person.label != PER or person.start - k > 5 or \
            texts[person.start - 1] != "," or person.end >= sent.end or \
            texts[person.end] != "," or \
            not for_lang(doc_lang(doc)).is_title_word(texts[person.start - 2]):
        return None
    # (only words of the title between: no name, no second comma)
    if not all(texts[i].isalpha() and i not in doc_index(doc).ent_at
               for i in range(k + 1, person.start - 1)):
        return None
    return person


def _apposed_object_then_to(token: Token) -> bool:
    """'asked the health secretary, Jane Smith, to …': an apposed object
    (``_apposed_object``), then "to"."""
    doc = token.doc
    sent = doc_index(doc).sent(token.i)
    person = _apposed_object(doc, sent, token,
                             [a for a in _named_actors(doc, sent) if a.start > token.i])
    lowers = token_table(doc).lower
    return person is not None and lowers[person.end + 1:person.end + 2] == ["to"]


def _actor_before_to(doc: Doc, sent: Span, cue: Token, after: list[Span]) -> list[Span]:
    """'pressed for the World Bank's International Development Association (IDA) to
    front-load …', 'called for Japan to …': after "for", the actor right before "to"
    (past an acronym in brackets) is asked to act."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    if cue.i + 1 >= sent.end or lowers[cue.i + 1] != "for":
        return []
    for a in after:
        if a.start - cue.i > 8:
            break
        end = a.end + 3 if a.end + 2 < sent.end and texts[a.end] == "(" and \
            texts[a.end + 2] == ")" else a.end
        if end < sent.end and lowers[end] == "to" and \
                all(is_punct_text(texts[i]) or lowers[i] in {"the", "'s", "’s"} or
                    any(b.start <= i < b.end for b in after)
                    for i in range(cue.i + 2, a.start)):
            return [a]
    return []


#: Words between the article and a plural title ("the two ministers", "die beiden Minister").
PLURAL_TITLE_COUNTS: Final = frozenset({"two", "three", "both", "zwei", "drei", "beiden"})


def _definite_title_plural(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """'urged the ministers to …', 'forderte die beiden Minister auf': a plural title
    with the definite article right after the verb points back at the persons the
    text named holding it ("Finance Minister Anna Berg and her counterpart …"). Two
    to four such persons named before; fewer is no one known (``_group_object_node``
    then makes a group of the plural), more is no one in particular."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    k = cue.i + 1
    if k + 1 >= sent.end or lowers[k] not in {"the", "die"}:
        return []
    k += 1
    if lowers[k] in PLURAL_TITLE_COUNTS and k + 1 < sent.end:
        k += 1
    base = _plural_title_base(doc_lang(doc), texts[k])
    if base is None or _body_of_title_named(doc, cue.i, lowers[k].removesuffix("s")):
        return []
    return _title_holder_group(doc, base, cue.i)


def _title_plural_before(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """'said the chief executives should testify', 'die beiden Minister müssten …': a
    plural title with the definite article as the modal's subject points back at the
    persons named holding it (``_title_holder_group``)."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    k = cue.i - 1
    if k - 1 < sent.start or k in doc_index(doc).ent_at:
        return []
    article = next((j for j in (k - 1, k - 2, k - 3) if j >= sent.start and
                    lowers[j] in {"the", "die"}), None)
    if article is None or not all(texts[j].isalpha() and texts[j].islower() or
                                  lowers[j] in PLURAL_TITLE_COUNTS for j in range(article + 1, k)):
        return []
    base = _plural_title_base(doc_lang(doc), texts[k])
    if base is None or _body_of_title_named(doc, cue.i, lowers[k].removesuffix("s")):
        return []
    return _title_holder_group(doc, base, article)


#: Titles that take the title of the person named before ("his Belgian counterpart").
COUNTERPART_TITLES: Final = frozenset({"counterpart", "amtskollege", "amtskollegin"})


def _title_holder_group(doc: Doc, base: str, end: int) -> list[Span]:
    """The persons named before ``end`` holding one same title of head ``base``
    ("finance minister"; a counterpart named right after a holder holds it too), of
    the titles two to four persons hold the one whose holders the text names most:
    "the ministers" are those it is about, not two prime ministers named in passing."""
    nodes = doc.user_data["kg_nodes"]
    titles: dict[str, str] = {}
    for fact in doc.user_data["kg_facts"]:
        if fact.type == "HOLDS_ROLE" and fact.extractor != "role.description" and \
                fact.end in nodes and _title_has_head(doc_lang(doc), str(
                    nodes[fact.end].properties.get("title", "")).lower(), base.lower()):
            title = str(nodes[fact.end].properties["title"]).lower()
            titles.setdefault(fact.start, title.removesuffix("innen").removesuffix("in")
                              if doc_lang(doc) == "de" else title)  # (a woman's or a man's)
        elif fact.type == "HOLDS_ROLE" and fact.end in nodes and str(
                nodes[fact.end].properties.get("title", "")).lower() in COUNTERPART_TITLES:
            titles.setdefault(fact.start, "")  # (whose counterpart: below)
    if not any(titles.values()):
        return []
    groups: dict[str, dict[str, Span]] = {}
    mentions: dict[str, int] = {}
    last: tuple[int, str] | None = None
    for e in doc_index(doc).ents_in(0, end):
        if e.label != PER or kg_id(e) not in titles:
            continue
        person = _node_id(e)
        title = titles[person] or (last[1] if last is not None and e.start - last[0] <= 12 else "")
        if title:
            groups.setdefault(title, {}).setdefault(person, e)
            mentions[title] = mentions.get(title, 0) + 1
            last = (e.end, title)
    fits = [t for t, persons in groups.items() if 2 <= len(persons) <= 4]
    return list(groups[max(fits, key=mentions.__getitem__)].values()) if fits else []


def _title_has_head(lang: str, title: str, base: str) -> bool:
    """Whether a role's title ends in the head ``base`` ("finance minister",
    "Verkehrsministerin" for minister)."""
    last = title.split()[-1] if title else ""
    if lang == "en":
        return last == base
    return last.removesuffix("in").endswith(base) or last.removesuffix("innen").endswith(base)


def _body_of_title_named(doc: Doc, end: int, word: str) -> bool:
    """Whether an organisation named before ``end`` has the title word in its name
    ("Innenministerkonferenz", "Council of Ministers"): "die Innenminister" then
    are that body, which the addressee rules find."""
    return any(e.label == ORG and word in span_text(e).lower()
               for e in doc_index(doc).ents_in(0, end))


def _plural_title_base(lang: str, word: str) -> str | None:
    """The base of a plural title: "ministers" → minister; German "Minister" after
    "die" (a singular man's title takes "den" as an object), "Ministerinnen"."""
    words = for_lang(lang)
    if lang == "en":
        return words.title_base(word[:-1]) if word.endswith("s") and len(word) > 4 else None
    if not word[:1].isupper() or word.endswith("in"):
        return None  # "die Ministerin": one woman
    return words.title_base(word.removesuffix("innen"))


def _title_holders(doc: Doc, base: str, female: bool) -> set[str]:
    """The ids of the persons the roles found holding a title of this base (a woman's
    form when ``female``) from what the text says of them, not from a description the
    roles resolved by guess ("The president …" after two names)."""
    words = for_lang(doc_lang(doc))
    nodes = doc.user_data["kg_nodes"]
    found = set()
    for fact in doc.user_data["kg_facts"]:
        if fact.type != "HOLDS_ROLE" or fact.extractor == "role.description" or \
                fact.end not in nodes:
            continue
        title = str(nodes[fact.end].properties.get("title", ""))
        last = title.split()[-1] if title else ""
        if last and words.title_base(last) == base and (not female or last.endswith("in")):
            found.add(fact.start)
    return found


def _no_subject_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of a clause before its verb hold no subject, no pronoun and no
    actor ("Zugleich", "Am Montag"): the subject then follows the verb."""
    lowers, texts = token_table(doc).lower, token_table(doc).text
    ent_at = doc_index(doc).ent_at
    if lowers[start] in {"der", "die"} and start + 1 < end and texts[start + 1][:1].isupper() \
            and texts[start + 1].isalpha():
        return False  # a noun subject that names no one: "Die Opposition forderte X auf"
    # (a name in a phrase of place or time is no subject: "In Berlin, wo …, appellierte X";
    # nor one a noun names: "Nach dem Ausfall des Systems der Europaregion Tirol richtet X")
    return not any(lowers[i] in PRONOUNS or i in ent_at and not _in_pp(doc, ent_at[i]) and
                   not (ent_at[i].label != PER and _name_word_before(doc, ent_at[i].start))
                   for i in range(start, end))


#: "Aus dem ZDH hieß es, man erwarte …": what a body is reported to say.
HEARSAY_VERBS: Final = frozenset({"hieß", "heißt"})
#: Prepositions that name the body a report comes from ("aus dem ZDH", "beim DGB").
SOURCE_PREPS: Final = frozenset({"aus", "bei", "beim", "in", "im", "von", "vom"})


def _hearsay_source(doc: Doc, sent: Span, cue: Token, actors: list[Span]) -> Span | None:
    """'Aus dem ZDH hieß es, man erwarte von Bas …', 'Im Ministerium hieß es, …', 'hieß
    es aus der Gewerkschaft': the body the report comes from, named with a preposition
    right before or after "hieß es", before the cue."""
    lowers = token_table(doc).lower
    verb = next((i for i in range(sent.start, cue.i) if lowers[i] in HEARSAY_VERBS and
                 i + 1 < cue.i and lowers[i + 1] == "es"), None)
    if verb is None:
        return None
    for a in actors:
        if a.label == PER or a.end > cue.i:
            continue
        k = a.start - 1
        while k >= sent.start and lowers[k] in ARTICLES_AND_POSSESSIVES:
            k -= 1
        if k >= sent.start and lowers[k] in SOURCE_PREPS and (
                a.end == verb or k == verb + 2):  # "Aus dem ZDH hieß", "hieß es aus dem ZDH"
            return a
    return None


#: Nouns of collective bargaining before "mit/with" and the other side: "die fünfte
#: Verhandlungsrunde mit der Deutschen Bahn", "talks with Transport for London".
BARGAINING_NOUN_STARTS: Final = ("verhandlung", "tarifverhandlung", "tarifgespräch", "tarifrunde",
                                 "gespräche", "talks", "negotiations", "bargaining")
#: Words of a pay demand's content (lower-case parts): only such a demand goes to the
#: employer unasked.
PAY_WORDS: Final = {"de": ("lohn", "löhne", "gehalt", "gehält", "euro", "prozent", "tarifvertrag",
                           "entgelt", "zulage", "arbeitszeit", "stunden", "prämie", "einkommen"),
                    "en": ("pay", "wage", "raise", "salar", "percent", "per cent", "%", "contract",
                           "hours", "bonus")}


def _is_bargaining_noun(text: str) -> bool:
    return text.lower().startswith(BARGAINING_NOUN_STARTS)


def _bargaining_counterpart(doc: Doc, demanders: list[Span], content: str,
                            lang: str) -> list[Span]:
    """Whom a pay demand is made of when no one is named: a trade union's, of the
    employer it bargains with (``_employer_of_dispute``); a company's, in a text on
    its negotiations, of the union the text names most."""
    nodes = doc.user_data["kg_nodes"]
    if not demanders or any(d.label != ORG or kg_id(d) not in nodes for d in demanders):
        return []  # (a person or a state: not tried)
    low = content.lower()
    if not any(word in low for word in PAY_WORDS[lang]):
        return []
    ids = {_node_id(d) for d in demanders}
    if all(_is_trade_union(nodes[node]) for node in ids):
        employer = _employer_of_dispute(doc, ids)
        return [employer] if employer is not None else []
    if all(nodes[node].properties.get("kind") == "company" for node in ids) and \
            word_positions(doc, "bargaining-noun", _is_bargaining_noun):
        # "Das Management fordert eine Lohnkürzung" in a dispute: of the union
        return _unions_before(doc, len(token_table(doc).lower), ids)[:1]
    return []


def _employer_of_dispute(doc: Doc, ids: set[str] | frozenset[str]) -> Span | None:
    """The employer of a labour dispute: the organisation, no union, the text says is
    negotiated with ("Verhandlungsrunde mit der Deutschen Bahn", "talks with Transport
    for London"), else the employers' association it names most."""
    nodes = doc.user_data["kg_nodes"]
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    for i in word_positions(doc, "bargaining-noun", _is_bargaining_noun):
        if i + 1 < len(lowers) and lowers[i + 1] in {"mit", "with"}:
            k = i + 2
            while k < min(len(lowers), i + 4) and lowers[k] in BARGAINING_ARTICLES:
                k += 1
            span = ent_at.get(k)
            if span is not None and span.label == ORG and kg_id(span) not in ids \
                    and kg_id(span) in nodes and not _is_trade_union(nodes[kg_id(span)]):
                return span
    employers = [e for e in doc_index(doc).ents if e.label == ORG and kg_id(e) not in ids and
                 any(part in str(nodes[kg_id(e)].properties.get("name") or "").lower()
                     for part in EMPLOYER_NAME_PARTS) if kg_id(e) in nodes]
    ranked = _most_named(employers)
    return ranked[0] if ranked else None


#: Nouns for a dispute's union side and employer side: "rief Gewerkschaft und
#: Arbeitgeber auf", "urged unions and employers to".
UNION_SIDE_NOUNS: Final = frozenset({"gewerkschaft", "gewerkschaften", "union", "unions"})
EMPLOYER_SIDE_NOUNS: Final = frozenset({"arbeitgeber", "arbeitgeberseite", "employer", "employers"})


def _union_and_employer(doc: Doc, sent: Span, cue: Token,
                        exclude: set[str] | frozenset[str]) -> list[Span]:
    """'rief Gewerkschaft und Arbeitgeber dazu auf': the union the text names most and
    the employer of the dispute."""
    lowers = token_table(doc).lower
    for i in range(cue.i + 1, min(sent.end - 2, cue.i + 4)):
        if lowers[i] in UNION_SIDE_NOUNS and lowers[i + 1] in {"und", "and"}:
            k = i + 2 if lowers[i + 2] not in {"die", "den", "der", "the"} else i + 3
            if k < sent.end and lowers[k] in EMPLOYER_SIDE_NOUNS:
                unions = _unions_before(doc, len(lowers), exclude)
                employer = _employer_of_dispute(doc, exclude)
                return [*unions[:1], *([employer] if employer is not None else [])]
    return []


#: Articles between "mit/with" and the employer's name.
BARGAINING_ARTICLES: Final = frozenset({"der", "dem", "den", "the"})


def _last_group_demanders(doc: Doc, index: int, pronoun: Token) -> list[Span]:
    """'Die Gewerkschaften verlangen … Für Hilfskräfte fordern sie …': a plural pronoun
    right after a demand of organisations (this or the sentence before) refers to its
    demanders, not to a name inside that demand."""
    if pronoun.lower_ not in {"sie", "they"}:
        return []
    last = doc.user_data.get("kg_demand_last_demanders")
    if last is None or not index - 1 <= last[0] <= index:
        return []
    demanders = last[1]
    return list(demanders) if demanders and all(d.label != PER for d in demanders) else []


#: German plurals for the governments of the federal states: the "Länder" as one actor.
STATE_GOVERNMENT_PLURALS: Final = frozenset({"landesregierungen", "länderregierungen"})
#: The Europeans as the object of a demand: the European Union, which speaks for them.
EUROPEANS: Final = frozenset({"europäer", "europeans"})
EU_ID: Final = "organisation:europaeische-union"
#: The node of the organisations lexicon's "Länder" (alias "Bundesländer").
LAENDER_ID: Final = "organisation:laender"


def _laender_named(doc: Doc) -> Span | None:
    """The first mention of the Länder: the lexicon's node, or in a text set in Austria
    its own ("organisation:laender-at", made by the entities)."""
    return next((e for e in doc_index(doc).ents
                 if (kg_id(e) or "").startswith(LAENDER_ID)), None)


def _named_as(doc: Doc, node_id: str) -> Span | None:
    """The first mention of a node the text names, if it does."""
    return next((e for e in doc_index(doc).ents if kg_id(e) == node_id), None)


def _person_by_first_name(doc: Doc, position: int) -> Span | None:
    """'Getachew said' after 'Getachew Reda': the one person named before whose
    name of several words starts with the word at ``position``."""
    word = token_table(doc).text[position]
    named = {kg_id(e): e for e in doc_index(doc).ents_in(0, position)
             if e.label == PER and e.end - e.start > 1 and
             token_table(doc).text[e.start] == word}
    return next(iter(named.values())) if len(named) == 1 else None
