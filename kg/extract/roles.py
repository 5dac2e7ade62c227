"""Roles: who holds which post, in which organisation or state.

A title is a token (German) or a phrase (English) that the titles lexicon
knows, with its modifiers ("stellvertretende", "Deputy", "Erster"). It is
linked to a person written right after it ("NATO-Generalsekretär Jens
Stoltenberg", "Presidents Volodymyr Zelensky and Vladimir Putin"), before it
as an apposition ("Kadri Liik, Senior Policy Fellow beim ECFR"), across a
copula ("Neuendorf ist neuer Präsident des DFB") or after "als".

Its organisation comes from, in order: a compound prefix ("NATO-", "US-",
"Kreml-"); an entity or country adjective right before the title ("EU
foreign policy chief", "russischer Amtskollege", "Turkey's"); a genitive or
prepositional phrase after it ("des DFB", "bei der NATO", "of the OSCE");
else the nearest state mentioned just before in the sentence (weaker).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.extract import vocab
from kg.extract.demands import CAPITALS
from kg.extract.doc import (
    DocIndex,
    Fact,
    TokenTable,
    add_mention,
    add_node,
    doc_index,
    doc_text,
    init_doc,
    is_punct_text,
    kg_id,
    span_text,
    token_table,
)
from kg.extract.entities import GERMAN_FAMILY_NAMES
from kg.extract.lexicon import Entry, Lexicon, load_lexicon
from kg.extract.lookups import word_positions
from kg.extract.vocab import german_female
from kg.graph import Node, slugify

#: Entity labels as spaCy's string ids: ``span.label`` is read without the string
#: lookup ``span.label_`` makes (entities use the same ids).
PER, ORG, GPE, LOC = map(get_string_id, ("PER", "ORG", "GPE", "LOC"))
ORG_OR_GPE: Final = frozenset({ORG, GPE})
GPE_OR_LOC: Final = frozenset({GPE, LOC})

#: "aus": "sein Kollege aus Nordrhein-Westfalen", "der Botschafter aus Kenia".
DE_ORG_PREPS: Final = {"der", "des", "bei", "beim", "von", "vom", "im", "am", "für", "aus"}
EN_ORG_PREPS: Final = {"of", "to", "at", "for", "in"}
#: Separable verb particles that may end a clause before an apposition.
VERB_PARTICLES: Final = {"hinzu", "an", "teil", "zu", "mit", "bei", "ab", "auf", "aus", "dazu", "vor"}
ADVERBS: Final = {"künftig", "nun", "jetzt", "now", "also", "auch", "erneut", "wieder", "bereits",
                  "seither", "seit", "zudem", "weiterhin", "zugleich", "gleichzeitig", "inzwischen",
                  "mittlerweile", "ebenfalls"}
#: Words between an apposition's comma and its title ("…, der frühere Präsident").
APPOSITION_SKIPS: Final = frozenset({"der", "die", "das", "dem", "the", "a", "an", "ein", "eine",
                                     "früherer", "frühere", "former", "neuer", "neue", "neuen",
                                     "new", "beide", "beiden", "both"} | ADVERBS)
COPULAS: Final = {"ist", "wird", "wurde", "war", "bleibt", "is", "was", "becomes", "became", "remains",
                   "been"}
#: Auxiliaries before an English copula "been" ("has been"; "had been" is a past post).
PERFECT_AUXILIARIES: Final = frozenset({"has", "have"})
#: Words that end a time phrase opened by "seit"/"since" ("seit Jahren", "since May").
TIME_SPAN_WORDS: Final = frozenset({
    "jahren", "monaten", "wochen", "jahrzehnten", "langem", "kurzem", "years", "months", "weeks",
    "decades", *(m.lower() for names in vocab.MONTHS.values() for m in names)})
#: Words that open such a time phrase.
SINCE_WORDS: Final = frozenset({"seit", "since"})
LIST_JOINERS: Final = {",", "und", "and", "sowie"}
POSSESSIVES: Final = {"ihr", "ihre", "ihren", "ihrem", "ihres", "sein", "seine", "seinen", "seinem",
                      "seines", "its", "their", "his", "her"}
#: "die Gewerkschaft, deren Chef …": the owner is the organisation before the comma.
RELATIVE_POSSESSIVES: Final = frozenset({"dessen", "deren", "whose"})
#: The German ones, which inside a clause (no comma before) are demonstratives.
DEMONSTRATIVE_POSSESSIVES: Final = frozenset({"dessen", "deren"})
#: "die Kommission unter Präsidentin X", "the agency under director X": the body led.
LED_BY_PREPS: Final = frozenset({"unter", "under"})
EN_DETERMINERS: Final = {"the", "a", "an"}
#: Nouns that refer back to an organisation: "the organisation's chair".
ORG_ANAPHORS: Final = {"organisation", "organization", "alliance", "bloc", "union", "party", "body",
                       "company", "firm", "group", "association", "federation", "committee", "council",
                       "agency", "district", "local", "league", "fund", "bank", "court", "institution",
                       "foundation", "institute", "charity", "trust", "ministry"}
#: Kind nouns that, bare before a title and a name, say whose body the title is in:
#: "Council chair Ann Lee", "Union president Jo Kim", "company spokesman Tom Hale".
KIND_WORDS_BEFORE_TITLE: Final = frozenset({
    "council", "committee", "board", "union", "party", "company", "firm", "group", "agency",
    "association", "federation", "foundation", "institute", "charity", "trust", "ministry",
    "commission", "alliance", "league", "organisation", "organization"})


def _opens_noun_phrase(texts: list[str], lowers: list[str], k: int) -> bool:
    """Whether token k opens a noun phrase: first in the text, after "the" or after a
    word that is no capitalised name part ("Tasman District Council chair" is a name
    the entities missed, not a bare kind noun)."""
    if k == 0 or lowers[k - 1] == "the":
        return True
    before = texts[k - 1]
    return not (before[:1].isupper() and before.isalpha())


#: Personal pronouns of a sentence's subject and the gender of the person they name.
PRONOUN_GENDERS: Final = {"er": "m", "sie": "f", "he": "m", "she": "f"}


#: Nouns (and their endings) that describe a person already named: "Der 58-Jährige",
#: "Die CDU-Politikerin", "The Labour politician", "the 54-year-old".
PERSON_DESCRIPTION_ENDINGS: Final = ("jährige", "jähriger", "politiker", "politikerin",
                                     "demokrat", "demokratin", "politician", "lawmaker")
#: The gender a description's article gives the person ("" for either).
DESCRIPTION_ARTICLE_GENDERS: Final = {"der": "m", "die": "f", "the": ""}


def _described_subject(texts: list[str], lowers: list[str], m: int,
                       ent_at: dict[int, Span]) -> tuple[int, str] | None:
    """'Der 58-Jährige', 'Die CDU-Politikerin', 'The 54-year-old': a definite description
    of a person ending at m, opened by its article at most five tokens back → (the
    article, the gender it gives); None otherwise. (Whether it opens its sentence, the
    caller's ``_person_of_pronoun`` asks.)"""
    low = lowers[m]
    if not (low.endswith(PERSON_DESCRIPTION_ENDINGS) or
            low == "old" and lowers[m - 1] == "-" and lowers[m - 2] == "year"):
        return None
    for s in range(m - 1, max(-1, m - 6), -1):
        if lowers[s] in DESCRIPTION_ARTICLE_GENDERS:
            return s, DESCRIPTION_ARTICLE_GENDERS[lowers[s]]
        if s in ent_at and ent_at[s].label == PER or \
                not (texts[s].isalnum() or texts[s] == "-"):
            return None
    return None


#: Articles of a singular definite subject ("Der Präsident", "Die Ministerin", "The president").
DEFINITE_SUBJECTS: Final = {"der", "die", "the"}
#: Words after which a new clause may begin with a definite subject.
CLAUSE_JOINERS: Final = {"but", "and", "aber", "und", "doch", "while", "während"}


@dataclass(slots=True, init=False)  # (thousands per thousand docs: slots make and read them faster)
class Title:
    start: int  # token span of the whole title phrase
    end: int
    base: str  # normalised title, e.g. "stellvertretender Außenminister"
    orgs: list[str]  # node ids of organisations/states the title names
    org_confidence: float
    #: The index of the sentence holding ``start`` (-1: not asked yet); see ``_sentence_of``.
    sentence: int
    #: A possessive names the owner ("Dessen Vorsitzender") but no entity was found for
    #: it: no other organisation is guessed.
    owner_unnamed: bool

    def __init__(self, start: int, end: int, base: str, orgs: list[str],
                 org_confidence: float = 0.9, sentence: int = -1,
                 owner_unnamed: bool = False) -> None:
        # (written out, as ``doc.Fact``'s: compiled, a native ``__init__``)
        self.start = start
        self.end = end
        self.base = base
        self.orgs = orgs
        self.org_confidence = org_confidence
        self.sentence = sentence
        self.owner_unnamed = owner_unnamed


#: Endings of nouns of a region before its name ("Kanton Aargau", "Landkreis Waldshut").
REGION_NOUN_ENDINGS: Final = ("stadt", "kanton", "kreis", "gemeinde", "region", "land", "bezirk",
                              "provinz", "staat", "bundesland", "hauptstadt", "hafen")
#: Words before the name of a body with a place ("vom Nuklearforum Schweiz").
BODY_OPENERS: Final = frozenset({*DE_ORG_PREPS, "die", "das", "dem"})
#: Quotation marks that open and close a quoted name ("„Unsere Kurve“", "“Stop Coal”").
OPENING_QUOTES: Final = frozenset({"„", "“", "\"", "«", "‚"})
CLOSING_QUOTES: Final = frozenset({"“", "”", "\"", "»", "‘"})

#: Words that join two titles ("Präsident und Geschäftsführer").
AND_WORDS: Final = frozenset({"and", "und"})
#: Words that open the organisation a title phrase names after its head.
OWNER_OPENERS: Final = frozenset({"of", "at", "des", "der", "von", "vom", "bei", "beim"})


def _share_organisation_after(title: Title, titles_by_end: dict[int, Title],
                              lowers: list[str]) -> None:
    """'president and chief executive of Metrolinx', 'Präsident und Geschäftsführer
    des Vereins': two titles joined by "and" right before the organisation's phrase
    are both held there; the first, naming none, takes the second's."""
    start = title.start
    joiner = start - 2 if start >= 3 and lowers[start - 1] in JOINED_TITLE_ARTICLES else start - 1
    if not title.orgs or joiner < 1 or lowers[joiner] not in AND_WORDS:
        return  # ("Die Präsidentin und der Vizepräsident des Verbands": an article between)
    joined = titles_by_end.get(joiner)
    if joined is None or joined.orgs or joined.owner_unnamed or \
            OWNER_OPENERS.isdisjoint(lowers[start:title.end]):
        return
    joined.orgs.extend(title.orgs)
    joined.org_confidence = min(joined.org_confidence, title.org_confidence)


#: Feminine dative articles: a nominalised adjective after them is a woman's title.
FEMININE_DATIVES: Final = frozenset({"zur", "einer"})
#: Titles of a counterpart: the office is the one the person compared with holds.
COUNTERPART_TITLES: Final = frozenset({"amtskollege", "amtskollegin", "kollege", "kollegin",
                                       "counterpart"})
#: Titles of a deputy: the office is the deputy's of the one the person named holds.
DEPUTY_TITLES: Final = frozenset({"stellvertreter", "stellvertreterin", "deputy", "vize"})
#: How the names of governments end: "Thüringer Landesregierung", "the Dutch government".
GOVERNMENT_ENDINGS: Final = ("regierung", "government", "senat", "cabinet", "kabinett")


#: Starts of German titles of a party's or its parliamentary group's officers
#: ("Fraktionschef", "Parteivorsitzende"): a party in brackets after the name is theirs.
PARTY_OFFICE_STARTS: Final = ("fraktions", "partei")
#: Words that join a compound title to one whose first part is left out ("Voi-Gründer
#: und -Chef", "ADAC-Präsident oder -Sprecher").
ELIDED_JOINERS: Final = frozenset({"und", "oder", "sowie"})


#: Words that join two titles, the first with its shared head left out ("Außen- und
#: Verteidigungsminister", "Foreign and Defence Minister").
ELIDED_OR_AND: Final = ELIDED_JOINERS | AND_WORDS


def _truncated_compound_before(texts: list[str], space: list[int], joiner: int) -> str | None:
    """'Außen-' (one token, or "Außen" and "-" unspaced) right before the joiner at
    ``joiner``: the first part of a compound whose second part is left out → "Außen";
    None otherwise."""
    word = texts[joiner - 1] if joiner >= 1 else ""
    if word == "-" and joiner >= 2 and not space[joiner - 2]:
        word = texts[joiner - 2] + "-"
    prefix = word[:-1]
    if not word.endswith("-") or len(prefix) < 2 or not prefix[:1].isupper() or \
            not prefix.isalpha():
        return None
    return prefix


@functools.lru_cache(maxsize=8)
def _longest_first_heads(heads: tuple[str, ...], adjective_heads: tuple[str, ...]) -> tuple[str, ...]:
    """The German title heads in lower case, longest first ("ministerpräsident" before
    "präsident"); a nominalised adjective's without its ending ("vorsitzend")."""
    stems = [h.lower() for h in heads] + [h.lower()[:-2] for h in adjective_heads]
    return tuple(sorted(stems, key=len, reverse=True))


def _head_start(low: str, heads: tuple[str, ...]) -> int:
    """Where the head of a compound title starts ("verteidigungsministerin" → 14, at
    "ministerin"); 0 when the title is a head alone or has none of them."""
    return next((at for h in heads if (at := low.rfind(h)) > 0), 0)


#: Articles between two joined titles ("Die Gesundheitsministerin und der Finanzminister").
JOINED_TITLE_ARTICLES: Final = frozenset({"der", "die", "the"})


def _respective_title_holders(doc: Doc, titles: list[Title], lowers: list[str],
                              ent_at: dict[int, Span]) -> dict[int, Span]:
    """'Die Gesundheitsministerin und der Finanzminister, Anna Berg und Jan Ruf,', 'the
    health minister and the finance minister, Ann Lee and Tom Reed': two joined titles
    before a list of two names are held in turn (not both by the first name) → the
    holder by title start."""
    found: dict[int, Span] = {}
    texts = token_table(doc).text
    for first, second in itertools.pairwise(titles):
        if first.end >= second.start or lowers[first.end] not in AND_WORDS or \
                not all(w in JOINED_TITLE_ARTICLES for w in lowers[first.end + 1:second.start]):
            continue  # (most titles: no "and" after them)
        # past an owner no entity names: "Präsident und Geschäftsführer des Vereins, …"
        comma = next((m for m in range(second.end, min(len(lowers) - 1, second.end + 4))
                      if lowers[m] == ","), None)
        if comma is None or any(lowers[m] not in OWNER_WORDS and lowers[m] == texts[m]
                                for m in range(second.end, comma)):
            continue
        one = ent_at.get(comma + 1)
        if one is None or one.label != PER or one.start != comma + 1 or \
                one.end + 1 >= len(lowers) or lowers[one.end] not in AND_WORDS:
            continue
        other = ent_at.get(one.end + 1)
        if other is None or other.label != PER or other.start != one.end + 1:
            continue
        found[first.start], found[second.start] = one, other
    for first, second in itertools.pairwise(titles):
        # "Ana Ruiz and Tom Reed, the president and treasurer of X,": in turn too
        if first.end >= second.start or lowers[first.end] not in AND_WORDS or \
                not all(w in JOINED_TITLE_ARTICLES for w in lowers[first.end + 1:second.start]):
            continue
        comma = first.start - 1
        if comma >= 1 and lowers[comma] in APPOSITION_ARTICLES:
            comma -= 1
        if comma < 3 or lowers[comma] != ",":
            continue
        listed = _persons_listed_before(doc, comma)
        if len(listed) == 2:
            found[first.start], found[second.start] = listed
    return found


def _share_elided_prefix(title: Title, titles: list[Title], lowers: list[str]) -> None:
    """'Voi-Gründer und -Chef Fredrik Hjelm': a title written "-Chef" leaves out the
    first part of the compound before the joiner; it names the same organisation, so
    the title takes the earlier one's (the holder after it takes both: see
    ``__call__``). Unchanged when no title ends right before the joiner."""
    joiner = title.start - 1
    if title.orgs or not titles or titles[-1].end != joiner or \
            joiner < 0 or lowers[joiner] not in ELIDED_JOINERS:
        return
    title.orgs.extend(titles[-1].orgs)
    title.org_confidence = min(title.org_confidence, titles[-1].org_confidence)


def _before_bracket(lowers: list[str], k: int) -> int:
    """The token before a short bracket that ends at k ("Mario Voigt (CDU)": the
    name's last token); k itself when no bracket ends there."""
    if k < 0 or lowers[k] != ")":
        return k
    opening = next((m for m in range(k - 1, max(-1, k - 5), -1) if lowers[m] == "("), None)
    return opening - 1 if opening is not None else k


def _affiliation_in_brackets(doc: Doc, span: Span) -> bool:
    """Whether the entity is a person's party or state in brackets: "Anna Berg (CDU)"."""
    texts = token_table(doc).text
    person = doc_index(doc).ent_at.get(span.start - 2) if span.start >= 2 else None
    return texts[span.start - 1] == "(" and span.end < len(texts) and texts[span.end] == ")" \
        and person is not None and person.label == PER and person.end == span.start - 1


def _place_named(doc: Doc, name: str) -> str | None:
    """The id of the doc's place node of that name (the names are gathered once per
    doc, when first asked)."""
    places: dict[str, str] | None = doc.user_data.get("kg_role_place_names")
    if places is None:
        places = doc.user_data["kg_role_place_names"] = {
            str(node.properties.get("name")): node.id
            for node in doc.user_data["kg_nodes"].values() if "Place" in node.labels}
    return places.get(name)


def _sentence_of(index: DocIndex, title: Title) -> int:
    """The index of the title's sentence: asked by several rules per title (holders,
    the role's evidence, its organisation), found once and kept on the title."""
    if title.sentence < 0:
        title.sentence = index.sent_index(title.start)
    return title.sentence


def _ent_id(span: Span) -> str:
    """``kg_id`` of an entity span, which is never None: the entity recogniser gives
    each of its spans a node id (``kg_id`` is typed for any span)."""
    node_id = kg_id(span)
    assert node_id is not None
    return node_id


@dataclass
class LedOrganisations:
    """Organisation mentions with known leader titles: token starts and entries."""

    starts: list[int]
    entries: list[Entry]


#: Words after a holder's name that open the state or region of the post.
ORIGIN_PREPS: Final = frozenset({"aus", "of", "from"})
#: Words after a holder's name that open the organisation of the post.
MEMBER_PREPS: Final = frozenset({"of", "von"})

#: Titles of a city's or region's government: their holder's office is at the place
#: named just before ("Hamburg mit Innensenator …", "In Leeds, Mayor …").
LOCAL_TITLE_HEADS: Final = ("senator", "senatorin", "bürgermeister", "bürgermeisterin", "landrat",
                            "landrätin", "mayor", "governor", "gouverneur", "gouverneurin")

#: English titles of who leads an organisation: after "of", an unknown name is one.
#: Titles of a party's leaders, whose party a plural name before them may be
#: ("Greens leader Ann Lee", "Nationals deputy leader Tom Reed").
PARTY_LEADER_TITLES: Final = frozenset({"leader", "deputy leader", "party leader", "chair", "spokesperson",
                                        "co-leader"})
EN_ORG_LEADER_TITLES: Final = frozenset({
    "president", "chief executive", "ceo", "chief executive officer", "chairman",
    "chairwoman", "chairperson", "founder", "co-founder", "managing director",
    "general secretary", "secretary-general", "secretary general", "director general",
    "director-general", "executive director", "chief financial officer", "chief operating officer",
    "chief technology officer", "cfo", "coo", "cto", "commandant", "acting commandant"})

#: English titles an unknown acronym before them names the body of ("BMV director X").
ACRONYM_LED_TITLES: Final = frozenset({"director", "head", "chief", "boss", "executive director"})

#: Prefixes joined to a German title by a hyphen that belong to the title.
TITLE_PREFIXES: Final = frozenset({"ex", "co", "ko", "vize", "interims", "exekutiv"})

#: Leader titles whose hyphenated prefix names what they lead ("Unicredit-Chef",
#: "Bafin-Präsident", "Nabu-Vorsitzender"): before them an unknown capitalised
#: prefix is read as an organisation's name. Not "Sprecher", "Berater" …: their
#: prefix is as often a person ("Scholz-Sprecher").
ORG_LEADER_HEADS: Final = frozenset({
    "chef", "präsident", "vorsitzender", "vorsitzende", "generalsekretär", "direktor",
    "vorstandschef", "vorstandsvorsitzender", "geschäftsführer", "hauptgeschäftsführer",
    "gründer", "aufsichtsratschef", "aufsichtsratsvorsitzender"})
#: Capitalised nouns that before such a title name no organisation ("Team-Chef").
GENERIC_TITLE_PREFIXES: Final = frozenset({
    "team", "partei", "fraktion", "regierung", "landes", "bundes", "konzern", "firmen",
    "unternehmen", "verband", "verbands", "gewerkschaft", "polizei", "armee", "militär",
    "geheimdienst", "wahlkampf", "kampagnen", "delegation", "verhandlung", "kommission",
    "stadt", "staats", "staat", "klima", "küchen", "trainer", "sport", "vereins", "verein",
    "interims", "ehren", "alt", "ex", "vize", "co", "ko", "sonder", "chef", "ober", "top"})


def _organisation_like_prefix(word: str) -> bool:
    """A compound prefix that may be an organisation's name: capitalised letters and
    digits, not a generic noun ("Team-", "Fraktions-", "Regierungs-"); or a club's
    name with its number ("Hannover-96-", "Schalke-04-")."""
    low = word.lower()
    return len(word) >= 3 and word[:1].isupper() and (word.isalnum() or _club_with_number(word)) \
        and low not in GENERIC_TITLE_PREFIXES \
        and not low.endswith(("ungs", "ions", "täts", "heits", "keits", "schafts"))


def _club_with_number(word: str) -> bool:
    """'Hannover-96', 'Schalke-04': a capitalised word, a hyphen and a number (the
    tokenizer keeps them one token), as clubs are named."""
    name, _, number = word.partition("-")
    return len(name) >= 3 and name.isalpha() and name[:1].isupper() and number.isdigit() \
        and len(number) <= 4


#: Heads of titles of a government post whose compound prefix is its portfolio
#: ("Umweltministerin", "Wissenschaftssenator"): a word inside an organisation's name
#: ("Bund für Umwelt und Naturschutz") is no owner of theirs.
PORTFOLIO_HEADS: Final = ("minister", "ministerin", "senator", "senatorin", "staatssekretär",
                          "staatssekretärin", "dezernent", "dezernentin")


#: Heads of titles of a Land's or city's cabinet member, besides the portfolio heads.
CABINET_HEADS: Final = ("landesrat", "landesrätin", "stadtrat", "stadträtin", "regierungsrat",
                        "regierungsrätin")


def _is_cabinet_title(title: str) -> bool:
    """'landesrat', 'staatssekretärin', 'minister': a cabinet member's title, whose
    compound's first part (hyphenated) names the portfolio ("Energie-Landesrat")."""
    return _is_portfolio_title(title) or title.endswith(CABINET_HEADS)


#: Starts of generic titles of a head of government or state ("Regierungschef").
GOVERNMENT_HEAD_STARTS: Final = ("regierungs", "staats")


def _is_portfolio_title(title: str) -> bool:
    """'bildungssenatorin', 'finanzminister': a title of a portfolio in a government
    (a head of government's "Premierminister" is none)."""
    head = title.split()[-1] if title else ""
    return head.endswith(PORTFOLIO_HEADS) and not head.startswith("premier")


#: Lower-case words inside a body's name before its acronym ("Mission in Libyen (X)").
BRACKETED_NAME_WORDS: Final = frozenset({"in", "für", "for", "of", "and", "und", "the", "der",
                                         "des", "on", "zur", "zum"})
#: German genitives of the sides a plural title's holders serve ("beider Länder").
SIDES_GENITIVES: Final = frozenset({"beider", "zweier", "dreier", "aller"})
#: Words that open the owner of a title after it ("Präsident des DFB", "head of the agency").
OWNER_WORDS: Final = frozenset({"des", "der", "von", "vom", "bei", "beim", "of", "at", "to"})


#: English nouns of a kind of organisation that, after a title's "of", may stand before
#: the organisation's own name: "secretary general of the left-wing alliance Bayan".
EN_KIND_NOUNS: Final = frozenset({
    "alliance", "union", "group", "cooperative", "co-operative", "association", "federation",
    "party", "company", "firm", "operator", "bloc", "organisation", "organization", "lobby",
    "network", "movement", "coalition", "charity", "foundation", "institute", "agency",
    "producer", "maker", "manufacturer", "carrier", "airline", "lender", "insurer", "retailer",
    "conglomerate", "consortium", "confederation", "body", "league", "front", "society",
    "platform", "campaign", "watchdog", "regulator", "utility", "developer", "giant", "tank",
    "broadcaster", "outlet", "daily", "newspaper", "startup", "start-up", "chain", "club"})
#: Endings of German nouns of a kind of organisation (also compounds and genitives:
#: "Umweltorganisation", "Netzbetreibers"): "Chef des estnischen Netzbetreibers Elering".
DE_KIND_ENDINGS: Final = (
    "organisation", "verband", "verbands", "verbandes", "gewerkschaft", "partei", "konzern",
    "konzerns", "unternehmen", "unternehmens", "betreiber", "betreibers", "bündnis",
    "bündnisses", "verein", "vereins", "genossenschaft", "gruppe", "initiative", "netzwerk",
    "netzwerks", "hersteller", "herstellers", "stiftung", "bewegung", "allianz", "agentur",
    "vereinigung", "holding", "firma", "plattform", "versorger", "versorgers", "zeitung",
    "sender", "senders", "kette", "bank", "versicherer", "versicherers", "institut", "instituts",
    "behörde", "dienst", "dienstes", "kammer")
#: Kind nouns of bodies as compound prefixes ("Banken-", "Partei-", "Verbands-").
KIND_PREFIXES: Final = frozenset({*DE_KIND_ENDINGS, "firmen", "kassen"})


def _opens_name_elsewhere(texts: list[str], k: int) -> bool:
    """Whether the word at k opens a name elsewhere in the text ("die Holding Graz, …
    Holding-Chef X": the prefix is that body's short name, not a kind). (Asked of a
    kind prefix of a title only: rare.)"""
    word = texts[k]
    return any(texts[m] == word and m != k and texts[m + 1][:1].isupper() and
               texts[m + 1].isalpha() for m in range(len(texts) - 1))


def _is_kind_prefix(low: str) -> bool:
    """Whether a compound prefix is a kind noun of bodies, alone or in the plural
    ("banken", "parteien", "konzerne"), not a name ("nordbank")."""
    return low in KIND_PREFIXES or any(low.endswith(ending) and low[:-len(ending)] in KIND_PREFIXES
                                       for ending in ("en", "n", "e"))


#: Endings of German nouns that end the name of a body or company ("Kleinbahnen",
#: "Stadtwerke", "Verkehrsbetriebe"), besides the kind nouns.
DE_BODY_NAME_ENDINGS: Final = DE_KIND_ENDINGS + (
    "bahnen", "werke", "betriebe", "gesellschaft", "verbund", "kammer", "genossenschaft",
    "kasse", "anstalt", "gmbh")
#: Tokens a close for an organisation's name after its kind noun: "…, Bayan, insisted".
NAME_CLOSERS: Final = frozenset({",", ".", "(", ";", ":", ")"})

#: Prepositions of a seat that close a body's name after its kind noun ("des
#: Netzbetreibers Elering in Estland", "the network GLAMOS at ETH Zurich").
LOCATIVE_CLOSERS: Final = frozenset({"in", "im", "an", "am", "at", "bei", "beim"})


def _acronym_name_at(texts: list[str], n: int) -> bool:
    """'GLAMOS', 'CLIVAR': an all-capital word of three letters or more at n, closed
    by punctuation or a preposition of its seat (a body's short name)."""
    if n + 1 >= len(texts):
        return False
    word = texts[n]
    return len(word) >= 3 and word.isalpha() and word.isupper() and \
        (texts[n + 1] in NAME_CLOSERS or texts[n + 1] in LOCATIVE_CLOSERS)


#: Words after a title that open a description of its organisation ("of the alliance X").
EN_DESCRIBED_OPENERS: Final = frozenset({"of", "at", "for"})
DE_DESCRIBED_OPENERS: Final = frozenset({"des", "der", "von", "vom", "bei", "beim"})
#: Small words inside an organisation's name between capitalised ones.
NAME_CONNECTORS: Final = frozenset({"of", "for", "and", "the", "für", "und", "&"})


def _end_of_capitalised_name(texts: list[str], space: list[int], n: int,
                             ent_at: dict[int, Span]) -> int:
    """The end of capitalised words from n, seven tokens at most ("Mobilisation for the
    Environment", "Copa-Cogeca"): small connectors, glued hyphens and, after the first
    word, a place inside ("Mas Madrid"); no other entity."""
    k = n
    size = len(texts)
    while k < size and k - n < 7:
        if k in ent_at:
            span = ent_at[k]
            if k == n or span.label not in GPE_OR_LOC or span.start != k:
                break
            k = span.end  # a place inside the name: "Mas Madrid", "Bank of England"
            continue
        text = texts[k]
        if text[:1].isupper() and text.replace("-", "").isalnum():
            k += 1
        elif k > n and text == "-" and not space[k - 1] and k + 1 < size and \
                texts[k + 1][:1].isupper():
            k += 1
        elif k > n and text in NAME_CONNECTORS:
            m = k + 1  # "for the": connectors up to the next capitalised word
            while m < size and m - k < 2 and texts[m] in NAME_CONNECTORS:
                m += 1
            if m >= size or not texts[m][:1].isupper():
                break
            k = m
        else:
            break
    return k


#: Prepositions that open a sentence with where it happened ("In Brussels, …"): that
#: place is no subject a possessive in the next sentence points to.
OPENING_PLACE_PREPS: Final = frozenset({"in", "at", "im", "auf", "aus"})

#: Suffixes written after a name, outside the person's span: "Renato Reyes Jr., …".
NAME_SUFFIXES: Final = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})

#: Words of a company's name the lexicon does not know ("Siemens AG", "Nairobi City
#: Water and Sewerage Company").
COMPANY_NAME_WORDS: Final = ("ag", "se", "gmbh", "company", "corporation", "inc", "inc.", "ltd",
                             "ltd.", "plc", "group", "konzern", "werke", "holding", "holdings",
                             "llc", "corp", "corp.")

#: Bare kind nouns that, after a title, point back to an organisation named before
#: ("Vizepräsident des Verbands", "chief executive of the company"): the lexicon kinds
#: that organisation may have, and for one the lexicon does not know, words its name
#: would contain.
ANAPHOR_KINDS: Final[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
    **dict.fromkeys(("verbands", "verbandes"), (
        frozenset({"union", "council", "ngo", "organisation", "sports", "association"}),
        ("verband", "bund", "tag", "kammer"))),
    "vereins": (frozenset({"sports", "ngo"}), ("verein",)),
    "association": (frozenset({"union", "council", "ngo", "organisation", "sports"}),
                    ("association",)),
    "federation": (frozenset({"union", "sports"}), ("federation",)),
    **dict.fromkeys(("konzerns", "unternehmens", "company", "firm", "utility", "carmaker",
                     "automaker", "group", "versorgers", "herstellers", "autobauers"),
                    (frozenset({"company"}), COMPANY_NAME_WORDS)),
    "gewerkschaft": (frozenset({"union"}), ("gewerkschaft",)),
    "union": (frozenset({"union"}), ("union",)),
    "partei": (frozenset({"party"}), ("partei",)),
    "party": (frozenset({"party"}), ("party",)),
    "agency": (frozenset({"agency"}), ("agency",)),
    "foundation": (frozenset({"ngo"}), ("foundation",)),
    "institute": (frozenset({"think"}), ("institute",)),
    "charity": (frozenset({"ngo"}), ("charity", "foundation", "trust")),
    "trust": (frozenset({"ngo"}), ("trust",)),
    "ministry": (frozenset({"ministry"}), ("ministry",)),
    **dict.fromkeys(("kommission", "commission"), (frozenset(), ("kommission", "commission"))),
}
#: Endings of German compound kind nouns of an authority ("des Beschaffungsamts", "der
#: Wasserbehörde"): an agency, or a name with that word ("Bundesamt für …").
ANAPHOR_KIND_ENDINGS: Final[tuple[tuple[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]], ...]] = (
    (("amts", "amtes"), (frozenset({"agency"}), ("amt",))),
    (("behörde",), (frozenset({"agency"}), ("behörde",))),
)


@functools.lru_cache(maxsize=8192)
def _anaphor_kind(word: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The kinds and name words of the organisation a kind noun points back to
    ("Verbands", "company", "Beschaffungsamts"), None for other words. (Asked of the
    word after every German title: kept per word.)"""
    known = ANAPHOR_KINDS.get(word)
    if known is not None:
        return known
    return next((kind for ends, kind in ANAPHOR_KIND_ENDINGS if word.endswith(ends)), None)


#: How many sentences before a title's own the organisation of an anaphor may be named.
ANAPHOR_SENTENCES: Final = 10  # (a paragraph break is one too)

#: A company's governing bodies, named between a title and the company ("Vorsitzender
#: der Geschäftsführung von KNDS", "chairman of the board of Siemens").
BOARD_WORDS: Final = frozenset({"geschäftsführung", "hauptgeschäftsführung", "vorstands", "vorstandes",
                                "aufsichtsrats", "aufsichtsrates", "verwaltungsrats", "verwaltungsrates",
                                "präsidiums", "direktoriums", "konzernvorstands", "board"})
#: Words that end the search for a board's name (another phrase begins).
BOARD_STOPS: Final = frozenset({"of", "and", "und", "von", "bei", "in"})

#: English titles that are titles only with the organisation after them: "a member
#: of the European Parliament" is one, "a member of the public" none.
EN_MEMBERSHIP_TITLES: Final = frozenset({"member", "board member"})

#: English titles a party's officers hold: "Labour leader" is the party's leader, "the
#: Liberal National premier" a state's premier from that party.
PARTY_OFFICES: Final = frozenset({
    "leader", "deputy leader", "co-leader", "chair", "co-chair", "chairman", "chairwoman", "mp",
    "msp", "mep", "president",
    "general secretary", "spokesperson", "spokesman", "spokeswoman",
    # elected members of councils and assemblies: "a Labour councillor", "the SDLP MLA"
    "mla", "mpp", "councillor", "councilor", "councilman", "councilwoman", "alderman",
    "alderwoman", "assemblyman", "assemblywoman", "assembly member", "congressman",
    "congresswoman"})

#: Abbreviated English ranks and offices, written out: "Gen. Ann Lee" is a general.
ABBREVIATED_TITLES: Final = {"gen.": "general", "lt. gen.": "lieutenant general",
                             "maj. gen.": "major general", "col.": "colonel", "adm.": "admiral",
                             "gov.": "governor", "sen.": "senator"}


@Language.factory("kg_roles", default_config={})
def make_role_extractor(nlp: Language, name: str) -> RoleExtractor:
    assert nlp.lang is not None  # (a blank pipeline's language: always set)
    return RoleExtractor(nlp.lang, load_lexicon())


class RoleExtractor:
    def __init__(self, lang: str, lexicon: Lexicon) -> None:
        self.lang = lang
        self.words = vocab.for_lang(lang)
        #: Nominalised-adjective heads, also ending compounds ("Ehrenvorsitzender").
        self.adjective_heads = tuple(h.lower() for h in self.words.de_adjective_heads)
        #: Title heads, longest first: the head of a compound ends it ("Kreml|sprecher").
        self.heads_longest_first = tuple(sorted({h.lower() for h in self.words.de_heads},
                                                key=len, reverse=True))
        #: The texts of English titles before one of their spaces or hyphens
        #: ("foreign" of "foreign minister", "vice" of "vice-president"): the
        #: first token of a title of several tokens is one of them. For each,
        #: the most tokens a title it starts can have: after the first token
        #: every word and hyphen is a token at most ("vice": 3 for "vice-president").
        #: Longer phrases are not tried.
        self.en_multiword_lengths: dict[str, int] = {}
        for t in self.words.en_titles:
            for p, char in enumerate(t):
                if char in " -":
                    most = 1 + len(t[p:].replace("-", " - ").split())
                    if most > self.en_multiword_lengths.get(t[:p], 0):
                        self.en_multiword_lengths[t[:p]] = most
        self._compound_owners: dict[str, Entry | None] = {}
        #: The part of a compound title before its head ("Städtetags" of
        #: "Städtetagspräsident"), per title base.
        self._compound_prefixes: dict[str, tuple[str, ...]] = {}
        #: The heads a compound title may end with, nouns and nominalised adjectives
        #: ("Ausschuss|vorsitzender"), longest first.
        self.all_heads_longest_first = tuple(sorted(
            {*self.heads_longest_first, *(h.lower() for h in self.adjective_heads)},
            key=len, reverse=True))
        self.lexicon = lexicon
        self._leader_titles_by_key: dict[str, frozenset[str]] = {}
        self._every_leader_title_memo: frozenset[str] | None = None
        #: Role node ids by (title, organisation id) (``_role_id``).
        self._role_ids: dict[tuple[str, str | None], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        ent_at = doc_index(doc).ent_at
        titles = self._titles(doc, ent_at)
        title_at = {title.start: title for title in titles}
        titles_by_end = doc.user_data["kg_titles_by_end"] = {title.end: title for title in titles}
        held_titles: set[int] = set()  # starts of titles that found a holder
        lowers = token_table(doc).lower
        for title in titles:
            # (asked here first: most titles follow no "and", no call is made for them)
            if title.orgs and title.start >= 2 and (
                    lowers[title.start - 1] in AND_WORDS or
                    lowers[title.start - 1] in JOINED_TITLE_ARTICLES):
                _share_organisation_after(title, titles_by_end, lowers)
        respective = _respective_title_holders(doc, titles, lowers, ent_at) \
            if len(titles) >= 2 else {}
        for title in titles:
            joined = self._coordinated_title(doc, title, titles_by_end, ent_at, lowers)
            if title.start in respective:
                self._add_role(doc, respective[title.start], title, "role.list", 0.75)
                held_titles.add(title.start)
                continue
            if self.lang == "de" and not title.orgs and title.end + 2 < len(lowers) and \
                    lowers[title.end + 2] == "(" and self._add_bracketed_list(doc, title):
                held_titles.add(title.start)
                continue
            elided = self._elided_first_title(doc, title) \
                if title.start >= 2 and lowers[title.start - 1] in ELIDED_OR_AND else None
            if elided is not None and self._hold_in_turn(doc, elided, title):
                # (one holder keeps the joined title as read: "Kinder- und
                # Bildungssenatorin X" holds one office, not a "Kindersenatorin"'s)
                held_titles.add(title.start)
                continue
            if title.base.lower() in COUNTERPART_TITLES or title.base.lower() in DEPUTY_TITLES:
                self._take_counterparts_office(doc, title, ent_at)
            holders = self._holders(doc, title, ent_at, title_at)
            for person, extractor, confidence in holders:
                self._add_role(doc, person, title, extractor, confidence)
            if holders:
                held_titles.add(title.start)
            if joined is not None and holders and joined.end == title.start - 1 \
                    and joined.start not in held_titles:
                # "Vizepräsident und Industrieminister Ana Lima": both are hers
                held_titles.add(joined.start)
                for person, extractor, confidence in holders:
                    self._add_role(doc, person, joined, extractor, min(confidence, 0.8))
        if self.lang == "de":
            for title in titles:
                if "und" not in lowers[title.end:title.end + 3]:
                    continue  # (no list of owners after it: most titles)
                for person, owner in self._german_respective_holders(doc, title):
                    self._add_role(doc, person, Title(start=title.start, end=title.end,
                                                      base=title.base, orgs=[owner]),
                                   "role.list", 0.75)
        if self.lang == "en":
            for person, title in self._shared_plural_titles(doc):
                self._add_role(doc, person, title, "role.list", 0.75)
            for person, title in self._plural_appositions(doc):
                self._add_role(doc, person, title, "role.apposition", 0.75)
        for person, title in self._chair_clauses(doc):
            self._add_role(doc, person, title, "role.verb", 0.7)
        for person, title in _opposition_leaders(doc, self.lang == "de"):
            self._add_role(doc, person, title, "role.verb", 0.7)
        for person, title in self._chairmanships(doc):
            self._add_role(doc, person, title, "role.chairmanship", 0.7)
        _drop_vaguer_roles(doc)
        return doc

    def _elided_first_title(self, doc: Doc, title: Title) -> Title | None:
        """'Außen- und Verteidigungsminister', 'Foreign and Defence Minister': a first
        title joined to this one that leaves out the head they share ("Außen-" for
        "Außenminister", "Foreign" for "foreign minister") → that title (its owners
        this one's); None when no such word stands before the joiner."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        s = title.start
        if self.lang == "de":
            prefix = _truncated_compound_before(texts, table.space, s - 1)
            if prefix is None or " " in title.base or lowers[s - 1] not in ELIDED_JOINERS:
                return None
            first = s - 2 if texts[s - 2] != "-" else s - 3
            at = _head_start(title.base.lower(), _longest_first_heads(
                self.words.de_heads, self.words.de_adjective_heads))
            base = prefix + title.base[at:].lower() if at > 0 else ""
            if not base or self.words.german_title(base) is None:
                return None
        else:
            first = s - 2
            words = title.base.split()
            if len(words) < 2 or lowers[s] != words[0] or lowers[s - 1] not in AND_WORDS or \
                    lowers[s - 2] not in self.words.en_modifiers or \
                    lowers[s - 2] in words or s - 2 in doc_index(doc).ent_at:
                return None
            base = " ".join([lowers[s - 2], *words[1:]])
        return Title(start=first, end=s - 1, base=base,
                     orgs=list(title.orgs), org_confidence=title.org_confidence)

    def _hold_in_turn(self, doc: Doc, first: Title, second: Title) -> bool:
        """'Die Außen- und Verteidigungsminister Anna Berg und Paul Kern', 'Foreign and
        Defence Ministers Ann Lee and Tom Reed': two joined titles right before (or a
        comma before) a list of two names are held in turn. Whether they were."""
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        # past an owner phrase no entity names ("der Partei") to the list's comma
        comma = next((m for m in range(second.end, min(len(lowers) - 1, second.end + 4))
                      if lowers[m] == ","), None)
        j = comma + 1 if comma is not None and (comma == second.end or
                                               lowers[second.end] in OWNER_WORDS) and all(
            lowers[m] in OWNER_WORDS or lowers[m] != texts[m]
            for m in range(second.end, comma)) else second.end
        persons = _listed_persons(doc, j)
        if len(persons) != 2:
            return False
        self._add_role(doc, persons[0], first, "role.list", 0.75)
        self._add_role(doc, persons[1], second, "role.list", 0.75)
        return True

    def _take_counterparts_office(self, doc: Doc, title: Title,
                                  ent_at: dict[int, Span]) -> None:
        """'Sein Weimarer Amtskollege Peter Kleine', 'her French counterpart Jean
        Barrot': a counterpart holds the office of the person the possessive points
        to (the last one named before), at the place the title names; the title is
        that office (in the holder's gender). Unchanged when the possessor holds no
        office, or when another title follows ("ihr Amtskollege, Forstminister X")."""
        table = token_table(doc)
        lowers = table.lower
        # the name right after the title, or after its comma: "her French counterpart, X"
        name_at = title.end + 1 if title.end < len(lowers) and lowers[title.end] == "," \
            else title.end
        span = ent_at.get(name_at)
        possessive = next((m for m in (title.start, title.start - 1)
                           if m >= 0 and lowers[m] in POSSESSIVES), None)
        if possessive is None or span is None or span.label != PER or span.start != name_at:
            return
        index = doc_index(doc)
        first = index.sents[max(0, _sentence_of(index, title) - 3)].start
        possessor = next((e for e in reversed(index.ents_in(first, possessive))
                          if e.label == PER), None)
        if possessor is None or kg_id(possessor) == kg_id(span):
            return
        nodes = doc.user_data["kg_nodes"]
        offices = [str(nodes[r].properties.get("title", ""))
                   for r in _held_roles(doc).by_person.get(_ent_id(possessor), ()) if r in nodes]
        role_ids = [r for r in _held_roles(doc).by_person.get(_ent_id(possessor), ())
                    if r in nodes]
        office = next((o for o in offices if o and o.lower() not in COUNTERPART_TITLES
                       and o.lower() not in DEPUTY_TITLES and not self._weak_title(o)), None)
        if office is None:
            return
        deputy = title.base.lower() in DEPUTY_TITLES
        if deputy:
            # "Kiels Oberbürgermeister Jan Roth und sein Stellvertreter Tom Lis": the deputy
            # of that office, where it is held
            if office.lower().startswith(DEPUTY_PREFIXES):
                return
            role_id = role_ids[offices.index(office)]
            if not title.orgs:
                title.orgs.extend(sorted(_held_roles(doc).places.get(role_id, ())))
            office = ("stellvertretender " if self.lang == "de" else "deputy ") + office
        if self.lang == "de":
            *modifiers, head = office.split()
            female = title.base.lower().endswith("in")
            masculine = next((m for m in (head[:-2], head[:-1] + "r")
                              if german_female(m) == head), None)
            head = german_female(head) if female and masculine is None else \
                masculine if not female and masculine is not None else head
            # "stellvertretende Außenministerin" → "stellvertretender Außenminister"
            office = " ".join([*(_adjective_form(m, female) for m in modifiers), head])
        title.base = office

    def _bracketed_place(self, doc: Doc, j: int) -> tuple[str, int] | None:
        """The place in brackets at token j and the token after the brackets: "(Hessen)",
        "(Jena)". A one-word name no entity covers there counts when the text names a
        place so elsewhere, or the lexicon knows a city or region of that name ("Jena",
        "Kiel", also given names, are places for the entities only after "in")."""
        table = token_table(doc)
        texts = table.text
        if j + 2 >= len(texts) or texts[j] != "(":
            return None
        span = doc_index(doc).ent_at.get(j + 1)
        if span is not None:
            if span.label in GPE_OR_LOC and span.start == j + 1 and span.end < len(texts) \
                    and texts[span.end] == ")":
                return _ent_id(span), span.end + 1
            return None
        if texts[j + 2] != ")" or not texts[j + 1][:1].isupper():
            return None
        place = _place_named(doc, texts[j + 1])
        if place is None:
            entry = self.lexicon.lookup(texts[j + 1])
            if entry is None or entry.label != "Place" or entry.kind not in {"city", "region"}:
                return None
            place = self._node_at_tokens(doc, entry, j + 1, j + 2)
        return place, j + 3

    # -- a plural title shared out -------------------------------------------
    def _add_bracketed_list(self, doc: Doc, title: Title) -> bool:
        """'Die Ministerpräsidenten Hendrik Wüst (Nordrhein-Westfalen) und Markus Söder
        (Bayern)', 'mit den Oberbürgermeistern X (Weimar) und Y (Jena)': a plural title
        before names each with its state or city in brackets is each one's there (and
        no place guessed for the title as a whole). Whether it was."""
        if not self._plural_title(doc, title):
            return False
        members = self._owned_members(doc, title.end)
        if len(members) < 2:
            return False
        for person, state in members:
            self._add_role(doc, person, Title(
                start=title.start, end=title.end, base=title.base,
                orgs=[state] if state is not None else []), "role.list", 0.75)
        return True

    def _is_plural_title_word(self, text: str) -> bool:
        """'ministers', 'executives': the plural of the last word of an English title."""
        low = text.lower()
        return low.endswith("s") and low[:-1] in self.words.en_title_lasts

    def _shared_plural_titles(self, doc: Doc) -> list[tuple[Span, Title]]:
        """'The chief executives of the two airlines, John Rodgerson of Azul and Celso
        Ferrer of Gol', 'finance ministers, among them Nigeria's Wale Edun and Zambia's
        Situmbeko Musokotwane': a plural title, then after a comma a list of persons each
        with an owner of their own (a state's "'s" before, "of X" after), is each one's
        title at that owner."""
        found: list[tuple[Span, Title]] = []
        table = token_table(doc)
        lowers = table.lower
        for p in word_positions(doc, "plural-title-en", self._is_plural_title_word):
            window = lowers[p + 1:p + 7]  # (the comma first: most plurals have none)
            if "," not in window and p + 1 not in doc_index(doc).ent_at:
                continue
            base = self._plural_base(lowers, p)
            if base is None:
                continue
            # after a comma, or right after the title: "Foreign ministers Ana Ruiz of
            # Chile and Tom Hale of Peru"
            first = p + 1 if p + 1 in doc_index(doc).ent_at else p + 2 + window.index(",")
            members = self._owned_members(doc, first)
            if len(members) < 2:
                # "The mayors of Lima and Cusco, Rosa Diaz and Juan Quispe": in turn
                members = [(person, owner) for person, owner in _respective_holders(doc, p + 1)]
            if len(members) < 2 and _sides_phrase(lowers, p + 1, first - 1):
                # "the interior ministers of both countries, Ann Lee and Tom Reed": each
                # holds the title, at no owner the list names
                members = [(person, None) for person in _listed_persons(doc, first)]
            if len(members) < 2 and first == p + 1 and \
                    len(set(self._elided_bases(lowers, p, base, 2))) == 2:
                # "the foreign and defence ministers Ann Lee and Tom Reed": in turn
                listed = _listed_persons(doc, first)
                members = [(person, None) for person in listed] if len(listed) == 2 else []
            if len(members) < 2:
                continue
            bases = self._elided_bases(lowers, p, base, len(members))
            for (person, owner), held in zip(members, bases, strict=True):
                found.append((person, Title(start=p, end=p + 1, base=held,
                                            orgs=[owner] if owner is not None else [])))
        return found

    def _elided_bases(self, lowers: list[str], p: int, base: str, count: int) -> list[str]:
        """'the foreign and defence ministers, Ann Lee and Tom Reed': a plural title whose
        first modifier is joined by "and" to another one with the head left out is two
        titles, held in turn by a list of two ("foreign minister", "defence minister");
        else ``base`` for each of the ``count`` holders."""
        words = base.split()
        start = p - len(words) + 1
        if count != 2 or start < 2 or lowers[start - 1] not in AND_WORDS or \
                lowers[start - 2] not in self.words.en_modifiers:
            return [base] * count
        return [" ".join([lowers[start - 2], *words[1:]]), base]

    def _plural_appositions(self, doc: Doc) -> list[tuple[Span, Title]]:
        """'Ana Ruiz and Tom Hale, the foreign ministers of Chile and Peru,', 'Rosa Diaz
        and Juan Perez, both members of the European Parliament,': a plural title in
        apposition to a list of persons is each one's; its owners after "of" are theirs
        in turn when there are as many, all of theirs when there is one."""
        found: list[tuple[Span, Title]] = []
        lowers = token_table(doc).lower
        for p in word_positions(doc, "plural-title-en", self._is_plural_title_word):
            if "," not in lowers[max(0, p - 6):p]:
                continue  # (no comma before it, no apposition: most plurals)
            base = self._plural_base(lowers, p)
            if base is None:
                continue
            m = p - len(base.split())  # the word before the title
            while m >= 0 and lowers[m] in PLURAL_APPOSITION_SKIPS:
                m -= 1
            if m < 2 or lowers[m] != ",":
                continue
            persons = _persons_listed_before(doc, m)
            if not persons:
                continue
            owners = _owners_listed_after(doc, p + 1)
            for n, person in enumerate(persons):
                orgs = [owners[n]] if len(owners) == len(persons) else \
                    owners if len(owners) == 1 else []
                found.append((person, Title(start=m + 1, end=p + 1, base=base, orgs=orgs)))
        return found

    def _german_respective_holders(self, doc: Doc, title: Title) -> list[tuple[Span, str]]:
        """'Die Bürgermeister von Hamburg und München, Ulf Kämpfer und Jan Lindenau':
        ``_respective_holders`` after a German plural title's head word."""
        table = token_table(doc)
        texts = table.text
        if title.end >= len(texts) - 4 or not self._plural_title(doc, title):
            return []
        head = next((m for m in range(title.start, title.end)
                     if texts[m][:1].isupper() and self.words.german_title(texts[m]) is not None),
                    None)
        return _respective_holders(doc, head + 1) if head is not None else []

    def _plural_base(self, lowers: list[str], p: int) -> str | None:
        """The singular title a plural at p ends ("chief executives" → "chief
        executive"), with up to two words before it, and its modifiers ("finance
        ministers" → "finance minister")."""
        singular = lowers[p][:-1]
        for first in (p - 2, p - 1, p):
            if first < 0:
                continue
            phrase = " ".join([*lowers[first:p], singular])
            if phrase in self.words.en_titles:
                m = first
                while m > 0 and lowers[m - 1] in self.words.en_modifiers:
                    m -= 1
                return " ".join([*lowers[m:first], phrase])
        return None

    def _owned_members(self, doc: Doc, j: int) -> list[tuple[Span, str | None]]:
        """From j ("among them", "including" skipped): persons joined by commas and
        "and", each with its owner, as long as each has one."""
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        ent_at = doc_index(doc).ent_at
        size = len(lowers)
        if lowers[j:j + 2] == ["among", "them"]:
            j += 2
        elif j < size and lowers[j] in {"including", "namely"}:
            j += 1
        members: list[tuple[Span, str | None]] = []
        while j < size:
            owner = None
            span = ent_at.get(j)
            if span is not None and span.label == GPE and span.end + 1 < size and \
                    texts[span.end] in {"'s", "’s"}:
                owner, j = kg_id(span), span.end + 1  # "Nigeria's Wale Edun"
                span = ent_at.get(j)
            if span is None or span.label != PER or span.start != j:
                break
            person, j = span, span.end
            if owner is None and j + 1 < size and lowers[j] == "of" and j + 1 in ent_at and \
                    ent_at[j + 1].label in ORG_OR_GPE:
                owner, j = kg_id(ent_at[j + 1]), ent_at[j + 1].end  # "John Rodgerson of Azul"
            elif owner is None and (bracketed := self._bracketed_place(doc, j)) is not None:
                # "Hendrik Wüst (Nordrhein-Westfalen)": a state or region in brackets (a
                # party there is a membership, no owner)
                owner, j = bracketed
            if owner is None:
                break
            members.append((person, owner))
            if j < size and lowers[j] == ",":
                j += 1
            if j < size and lowers[j] in {"and", "und"}:
                j += 1
        return members

    # -- finding titles ------------------------------------------------------
    def _titles(self, doc: Doc, ent_at: dict[int, Span]) -> list[Title]:
        titles: list[Title] = []
        table = token_table(doc)
        lowers = table.lower
        i = 0  # the next token a title may start at
        # Cheap string tests first: most tokens cannot start a title.
        for k in word_positions(doc, f"title-start-{self.lang}", self._may_start_title):
            if k < i or k in ent_at and (ent_at[k].label == PER or ent_at[k].end > k + 1):
                continue  # a name, or the first word of one: "General Motors"
            if self.lang == "de":
                title = self._german_title(doc, k, ent_at)
                if title is not None and table.text[k][:1] == "-":
                    _share_elided_prefix(title, titles, lowers)
            else:
                title = self._english_title(doc, k, ent_at, lowers)
            if title is None:
                continue
            titles.append(title)
            i = max(title.end, k + 1)
        return titles

    def _coordinated_title(self, doc: Doc, title: Title, titles_by_end: dict[int, Title],
                           ent_at: dict[int, Span], lowers: list[str]) -> Title | None:
        """The title this one is joined to by 'und'/'and': right before it
        ('Vizepräsident und Industrieminister') or before the first holder's name
        ('Polens Präsident Jan Nowak und Außenminister Ewa Lis'). Titles of one list
        serve one state: when the earlier one names states only and this one names
        nothing, this one takes them (an organisation is not shared: the NATO chief's
        neighbour in a list is no NATO minister)."""
        start = title.start
        if start < 2 or lowers[start - 1] not in {"und", "and"}:
            return None
        joined = titles_by_end.get(start - 1)
        name = ent_at.get(_before_bracket(lowers, start - 2))
        if joined is None and name is not None and name.label == PER \
                and name.end == _before_bracket(lowers, start - 2) + 1:
            joined = titles_by_end.get(name.start)
        if joined is None:
            return None
        if title.end < len(lowers) and lowers[title.end] in OWNER_WORDS:
            # its own owner after it, named or not: "the mayor of Leeds and chair of the
            # Core Cities group" is no chair at Leeds
            return joined
        nodes = doc.user_data["kg_nodes"]
        states = [o for o in joined.orgs if o in nodes and "Place" in nodes[o].labels]
        if states and len(states) == len(joined.orgs) and not title.orgs:
            title.orgs.extend(states)
        if not title.orgs:
            title.orgs.extend(self._shared_owner(doc, joined, title, lowers))
        return joined

    def _shared_owner(self, doc: Doc, joined: Title, title: Title,
                      lowers: list[str]) -> list[str]:
        """The owner a title takes from the title it is joined to: 'its president and
        chief executive, Ron Hallman' (a possessive before the first title owns both);
        'Ministerpräsident Mario Voigt (CDU) und Kulturminister Christian Tischner' (a
        minister beside a head of government sits in that government, however it was
        found). Other owners are not shared: the NATO chief's neighbour is no NATO
        minister."""
        if joined.orgs and joined.end == title.start - 1 and (
                lowers[joined.start] in POSSESSIVES or lowers[joined.start] in
                RELATIVE_POSSESSIVES or joined.start > 0 and lowers[joined.start - 1] in
                {"'s", "’s"}):
            return list(joined.orgs)
        nodes = doc.user_data["kg_nodes"]
        if joined.orgs and _is_officer_title(title.base) and \
                title.base.lower() not in HEAD_OF_STATE_TITLES and \
                all(o in nodes and "Organisation" in nodes[o].labels for o in joined.orgs):
            # "Siemens chief executive Roland Busch and chairman Jim Snabe", "Verdi-Chef
            # Frank Werneke und Sprecherin Eva Lis": a bare officer joined to an
            # organisation's title is an officer of it (a minister is no NATO minister)
            return list(joined.orgs)
        if not _is_portfolio_title(title.base.lower()):
            return []
        found: dict[int, list[str]] = doc.user_data.get("kg_title_owners", {})
        return [o for o in found.get(joined.start, ()) if o in nodes and
                (nodes[o].properties.get("kind") == "government" or
                 str(nodes[o].properties.get("name", "")).lower().endswith(GOVERNMENT_ENDINGS))]

    def _may_start_title(self, text: str) -> bool:
        """False when the token can start no title (the full tests follow). German: also
        the second part of a compound whose first part is left out ("-Chef" of
        "Voi-Gründer und -Chef"), one token."""
        if self.lang == "de":
            word = text[1:] if text[:1] == "-" else text
            return word[:1].isupper() and word.isalpha() and \
                self.words.german_title(word) is not None
        lower = text.lower()
        return lower in self.words.en_title_starts or lower.rstrip("s") in self.words.en_titles

    def _german_title(self, doc: Doc, i: int, ent_at: dict[int, Span]) -> Title | None:
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        text = texts[i]
        if text[:1] == "-" and i >= 2 and lowers[i - 1] in ELIDED_JOINERS:
            text = text[1:]  # "Voi-Gründer und -Chef": the compound's part after the hyphen
        if not text[:1].isupper() or not text.isalpha():
            return None
        form = self.words.german_title(text.rsplit("-", 1)[-1])
        if form is None:
            return None
        base, female = form
        if lowers[i] in TITLE_PREFIXES and i + 1 < len(texts) and texts[i + 1] == "-" \
                and not table.space[i]:
            return None  # "Vize-Kanzler": the title is the whole compound, read at its head
        if lowers[i].endswith("e") and base.lower().endswith(self.adjective_heads):
            # "der Vorsitzende" is a man; "die/eine Vorsitzende" and the article-less
            # strong form ("Anna Berg, Vorsitzende des …") are women. A compound's
            # prefix stands between the article and the head: "der frühere SPD-Vorsitzende".
            before = lowers[max(0, i - (5 if i >= 1 and lowers[i - 1] == "-" else 3)):i]
            female = not {"die", "eine"}.isdisjoint(before) or "der" not in before
        elif lowers[i].endswith("en") and base.lower().endswith(self.adjective_heads) and \
                not FEMININE_DATIVES.isdisjoint(lowers[max(0, i - 3):i]):
            female = True  # "zur neuen Vorsitzenden gewählt": a woman
        orgs: list[str] = []
        start = i
        # Compound prefix split off by the tokenizer: "NATO", "-", "Generalsekretär".
        if i >= 2 and texts[i - 1] == "-" and not table.space[i - 1] \
                and not table.space[i - 2]:
            prefix_span = ent_at.get(i - 2)
            if lowers[i - 2] in TITLE_PREFIXES:  # "Ex-Kanzler", "Co-Vorsitzende": one title
                base = f"{texts[i - 2]}-{base}"
                start = i - 2
            elif prefix_span is not None and prefix_span.label != PER:
                orgs.append(_ent_id(prefix_span))
                start = prefix_span.start
            else:
                country = self.lexicon.country_for_adjective(texts[i - 2])
                named = _organisation_named_by(doc, texts[i - 2], i) if country is None else None
                party = self._party_of_prefix(texts[i - 2]) \
                    if country is None and named is None else None
                if country is not None:
                    orgs.append(self._node_at_tokens(doc, country, i - 2, i - 1))
                elif named is not None:  # "Bahn-Personalvorstand" after "die Deutsche Bahn"
                    orgs.append(named)
                elif party is not None:  # "Linken-Fraktionschefin": Die Linke
                    orgs.append(self._node_at_tokens(doc, party, i - 2, i - 1))
                elif _is_kind_prefix(lowers[i - 2]) and texts[i - 2].isalpha() and \
                        not _opens_name_elsewhere(texts, i - 2):
                    # "Banken-Chef", "Partei-Chefin": a kind of body, no name; read as
                    # the closed compound ("Bankenchef": whose, the kind tells)
                    base = texts[i - 2] + base.lower()
                elif base.lower() in ORG_LEADER_HEADS and (
                        _organisation_like_prefix(texts[i - 2]) or
                        _lower_case_name_in_text(texts, lowers, i - 2)):
                    # "Bafin-Präsident"; "vida-Vorsitzender" after "die Gewerkschaft vida"
                    orgs.append(self._prefix_organisation(doc, i - 2))
                elif _is_cabinet_title(base.lower()) and texts[i - 2].isalpha() and \
                        texts[i - 2][1:].islower():
                    # "Energie-Landesrat", "Gesundheits-Staatssekretärin": the portfolio
                    base = f"{texts[i - 2]}-{base}"
                else:
                    return None  # "Grünen-Politikerin" style with unknown prefix: skip
                start = i - 2
        # Modifiers and country adjectives before the title.
        modifiers: list[str] = []
        de_modifiers = self.words.de_modifiers
        neuter = base.lower().endswith(NEUTER_HEADS)
        city_placed = False
        k = start - 1
        while k >= 0:
            low, text = lowers[k], texts[k]
            if low.startswith(de_modifiers) or \
                    (text[:1].isupper() and low in {"erster", "erste", "ersten"}):
                modifiers.insert(0, _adjective_form(text, female, neuter))
                k -= 1
                continue
            if low in RESPONSIBLE_FORMS:
                # "ihren für Inneres und Migration zuständigen Kommissar": past the
                # portfolio phrase to what stands before it
                portfolio_start = next((m for m in range(k - 2, max(-1, k - 8), -1)
                                        if lowers[m] == "für"), None)
                if portfolio_start is not None:
                    k = portfolio_start - 1
                    continue
            country = self.lexicon.country_for_adjective(text) \
                if text.islower() or _is_indeclinable_place_adjective(text) else None
            if country is not None:
                orgs.insert(0, self._node_at_tokens(doc, country, k, k + 1))
                k -= 1
                continue
            adjective = k not in ent_at and _is_indeclinable_place_adjective(text)
            place = self._place_of_adjective(text) if adjective else None
            if place is not None:
                # "Der Genfer Gesundheitsdirektor": the city's office; placed there when
                # the text names the city, else at nothing guessed from elsewhere
                if place.key in doc.user_data["kg_nodes"]:
                    orgs.insert(0, place.key)
                city_placed = True
                k -= 1
                break
            town = _place_named(doc, text[:-2]) if adjective else None
            if town is not None:
                # "die Goslarer Oberbürgermeisterin": a town the lexicon does not know,
                # which the text names ("in Goslar")
                orgs.insert(0, town)
                city_placed = True
                k -= 1
                break
            # Genitive owner: "Frankreichs Außenministerin", "Nordrhein-Westfalens Regierungschef"
            # (only a word in -s can be one).
            genitive = self._genitive_owner(doc, k, ent_at) if text.endswith("s") else None
            if genitive is not None:
                orgs.insert(0, genitive[0])
                k = genitive[1] - 1
            elif k in ent_at and ent_at[k].label == ORG and ent_at[k].end == start:
                orgs.insert(0, _ent_id(ent_at[k]))  # "EU Außenbeauftragter"
            break
        # English-style multiword titles in German text: "Senior Policy Fellow".
        first = start
        while base == "Fellow" and first - 1 >= 0 and texts[first - 1][:1].isupper() \
                and texts[first - 1].isalpha() and (first - 1) not in ent_at:
            first -= 1
        if first < start:
            base = " ".join(texts[first:i + 1])
        owner_before = _owner_before(doc, k, ent_at) if not orgs else None
        if owner_before is not None:
            orgs.append(owner_before)  # "der Beamtenbund, dessen Chef Uwe Kant"
        # "Ihr Vorsitzender …", and at a sentence start the demonstrative "Deren
        # Präsidentin, …": the organisation before
        if not orgs and k >= 0 and lowers[k] in POSSESSIVES and \
                base.lower() in COUNTERPART_TITLES:
            owner_unnamed = False  # "ihr Amtskollege": hers, a person's, no body's
        elif not orgs and k >= 0 and (lowers[k] in POSSESSIVES or lowers[k] in
                                      RELATIVE_POSSESSIVES and texts[k][:1].isupper()):
            owner = self._possessive_owner(doc, k)
            if owner is not None:
                orgs.append(owner)
            owner_unnamed = owner is None
        elif not orgs and k >= 1 and lowers[k] in DEMONSTRATIVE_POSSESSIVES and \
                texts[k - 1] != ",":
            # "Die Sitzung des Stiftungsrats leitete dessen Vorsitzender …": inside a
            # clause "dessen" points back to the last one named before it in the sentence
            owner = _last_named_body(doc, k)
            if owner is not None:
                orgs.append(owner)
            owner_unnamed = owner is None
        elif not orgs and k >= 1 and lowers[k] in RELATIVE_POSSESSIVES:
            # "Der Deutsche Bühnenverein, dessen Präsident X": the body before the comma,
            # which no entity names; no other is guessed (not the state of the text)
            owner_unnamed = True
        else:
            owner_unnamed = city_placed and not orgs
        if not orgs and "-" not in base and not city_placed:
            compound_owner = self._compound_owner(base)
            if compound_owner is not None:  # "Kremlsprecher", "Bundesbankpräsident"
                orgs.append(self._node_at_tokens(doc, compound_owner, i, i + 1))
            else:  # "Städtetagspräsident" after "der Deutsche Städtetag"
                named = self._compound_prefix_in_text(doc, base, i)
                if named is not None:
                    orgs.append(named)
        if female:
            base = german_female(base)
        title_text = " ".join([*modifiers, base]) if modifiers else base
        end = i + 1
        # Prepositional or genitive organisation after the title.
        size = len(lowers)
        opener = lowers[end] if end < size else ""  # (read once for the tests below)
        # a kind noun's organisation: "des estnischen Netzbetreibers Elering" (the opener
        # is tested here: asked after most titles)
        after = self._described_organisation_at(doc, end + 1, ent_at) \
            if opener in DE_DESCRIBED_OPENERS and end + 2 < size else None
        if after is None and (opener == "des" or opener == "der"):
            # a long name the entities know by its acronym only: "des Deutschen Städte-
            # und Gemeindebunds (DStGB)"
            after = _acronym_after(doc, end + 1, ent_at)
        if after is None:
            after = self._org_after(doc, end, ent_at, DE_ORG_PREPS)
        if after is None and (opener == "des" or opener == "der"):
            # "Geschäftsführerin des Verkehrsverbunds Rhein-Ruhr (VRR)": a body no entity
            # covers, named with its acronym
            after = self._bracketed_name_after(doc, end + 1, ent_at)
        if after is None and opener in FIELD_OR_ACADEMIC_OPENERS and \
                base.lower().endswith(ACADEMIC_HEADS):
            after = self._academic_org_after(doc, end, ent_at)
        if after is None and end + 2 < size:
            second = lowers[end + 1]
            if second in BOARD_WORDS:
                after = self._org_after_board(doc, end, ent_at)
            if after is None and (opener == "des" or opener == "der" or
                                  _anaphor_kind(second) is not None):
                after = _organisation_of_anaphor(doc, start, end, ent_at)
        if after is not None:
            orgs.append(after[0])
            end = after[1]
        if base in self.words.de_weak_heads and not orgs and not modifiers:
            weak = True
        else:
            weak = False
        # The title starts at its modifiers and owners ("Luxemburgs Außenminister"), so
        # an apposition before them is found: "Xavier Bettel, Luxemburgs Außenminister".
        title = Title(start=min(first, k + 1), end=end,
                      base=title_text, orgs=_unique(orgs), owner_unnamed=owner_unnamed)
        if weak:
            title.org_confidence = 0.5
        return title

    def _english_title(self, doc: Doc, i: int, ent_at: dict[int, Span],
                       lowers: list[str]) -> Title | None:
        # Longest known title starting at i (lower-cased words).
        texts = token_table(doc).text
        best = None
        # most title words start no title of several tokens: try one token only
        most = self.en_multiword_lengths.get(lowers[i], 1)
        lengths = range(min(5, most), 0, -1)  # (5, 4, 3, 2, 1) at most
        for length in lengths:
            words = lowers[i:i + length]
            if len(words) < length:
                continue
            phrase = " ".join(words).replace(" - ", "-")
            if phrase in self.words.en_titles or (length == 1 and phrase.rstrip("s") in self.words.en_titles
                                                  and texts[i][:1].isupper()):
                best = (length, phrase if phrase in self.words.en_titles else phrase.rstrip("s"))
                break
        if best is None and lowers[i] == "deputy" and self._possessed_deputy(doc, i, ent_at):
            best = (1, "deputy")  # "her deputy, Tom Hale": the office of hers, deputised
        if best is None:
            return None
        length, phrase = best
        start, end = i, i + length
        named = ent_at.get(i)
        if named is not None and named.label != PER and named.start < i < named.end < end:
            # "National Police chief Ana Ruiz": "police chief" reaches into the body's
            # name; the title is "chief", read at the next word, the body its owner
            return None
        orgs: list[str] = []
        owner_unnamed = False
        modifiers: list[str] = []
        portfolio_words = 0  # capitalised portfolio words taken by ``_portfolio_word``
        k = start - 1
        while k >= 0:
            low, text = lowers[k], texts[k]
            if text == "new":  # "as its new chief executive": not part of the title
                k -= 1
                continue
            if low in self.words.en_modifiers and low not in phrase.split() and \
                    not (phrase in PARTY_OFFICES and text[:1].isupper()
                         and self._is_party_at(doc, k, ent_at)) and \
                    not (text[:1].isupper() and k in ent_at and ent_at[k].start < k and
                         ent_at[k].label == ORG and (phrase in PARTY_OFFICES or
                                                     not self._is_party_at(doc, k, ent_at))):
                # (the last word of a body's name: "Green Party co-leader" is the party's;
                # a party before another office is a membership: "Liberal National premier")
                modifiers.insert(0, low)
                k -= 1
                continue
            region = self._region_before(texts, k) if text[:1].isupper() and text.isalpha() \
                and k not in ent_at else None
            if region is not None:  # "Alberta Premier", "South Australian Premier"
                orgs.insert(0, self._node_at_tokens(doc, region[0], region[1], k + 1))
                k = region[1] - 1
                continue
            two_word = self._two_word_country(texts, k) if text[:1].isupper() else None
            if two_word is not None:  # "South Korean President": not the "Korean" one
                orgs.insert(0, self._node_at_tokens(doc, two_word, k - 1, k + 1))
                k -= 2
                continue
            country = self.lexicon.country_for_adjective(text) if text[:1].isupper() \
                and k not in ent_at else None
            if country is not None:
                orgs.insert(0, self._node_at_tokens(doc, country, k, k + 1))
                k -= 1
                continue
            named_country = _country_of_demonym(doc, text) if text[:1].isupper() \
                and text.isalpha() and k not in ent_at else None
            if named_country is not None:  # "Haitian Prime Minister" in a text on Haiti
                orgs.insert(0, named_country)
                k -= 1
                continue
            if text == "European" and k not in ent_at and phrase.endswith(COMMISSIONER_HEADS):
                # "European Climate Commissioner": the Union's (and so its Commission's)
                union = self.lexicon.lookup("European Union")
                if union is not None:
                    orgs.insert(0, self._node_at_tokens(doc, union, k, k + 1))
                    k -= 1
                    continue
            two_word_party = self._two_word_party(texts, k, ent_at) if text[:1].isupper() and \
                k >= 1 and texts[k - 1][:1].isupper() else None
            if two_word_party is not None:  # "Liberal Democrat leader": not the "Democrat" one
                orgs.insert(0, self._node_at_tokens(doc, two_word_party, k - 1, k + 1))
                k -= 2
                continue
            party = self._party_for_adjective(text) if text[:1].isupper() and k not in ent_at \
                else None
            if party is not None:  # "the Republican presidential nominee"
                orgs.insert(0, self._node_at_tokens(doc, party, k, k + 1))
                k -= 1
                continue
            if phrase in MINISTER_TITLES and portfolio_words < 2 and not orgs and \
                    self._portfolio_word(texts, k, end, ent_at) and \
                    _organisation_named_with(doc, [text], k) is None:
                # "Transportation Secretary Vince Dizon", "Public Works Minister X": a
                # capitalised portfolio the modifiers list lacks
                modifiers.insert(0, low)
                portfolio_words += 1
                k -= 1
                continue
            if text == ")" and k >= 3 and texts[k - 2] == "(" and k - 1 in ent_at and \
                    ent_at[k - 1].label != PER and ent_at[k - 1].end == k:
                # "Democratic Alliance (DA) leader": the body named with its acronym
                acronym = ent_at[k - 1]
                orgs.insert(0, _ent_id(acronym))
                named = ent_at.get(k - 3)
                k = named.start - 1 if named is not None and named.end == k - 2 and \
                    kg_id(named) == kg_id(acronym) else k - 3
                break
            if low in KIND_WORDS_BEFORE_TITLE and k not in ent_at and \
                    _opens_noun_phrase(texts, lowers, k) and end in ent_at and \
                    ent_at[end].label == PER:
                owner = _organisation_of_bare_noun(doc, low, k)
                if owner is not None:
                    # "Council chair Ann Lee", "Union president Jo Kim": the body of that
                    # kind named before, as "the council's chair" is
                    orgs.insert(0, owner)
                    k -= 1
                    break
            if low == "its":
                # "The nurses' union … Its secretary-general, Jo Kim": the organisation before
                owner = self._possessive_owner(doc, k)
                if owner is not None:
                    orgs.insert(0, owner)
                    k -= 1
                owner_unnamed = owner is None  # (no guess at another: "its" names one)
                break
            if (text in {"'s", "’s"} or text in {"'", "’"} and k >= 1 and
                    texts[k - 1].endswith("s") and not _has_space_after(doc, k - 1)) and \
                    k - 1 in ent_at and ent_at[k - 1].label != PER:
                # "Turkey's", and a name in -s with its apostrophe alone: "Siemens' chief"
                orgs.insert(0, _ent_id(ent_at[k - 1]))
                k = ent_at[k - 1].start - 1
                break
            if text in {"'s", "’s"} and phrase in EN_ORG_LEADER_TITLES and end in ent_at and \
                    ent_at[end].label == PER:
                first = self._unknown_possessive_owner(doc, k, ent_at)
                if first is not None:  # "Bavarian Nordic's chief executive Paul Chaplin"
                    orgs.insert(0, self._new_organisation(doc, first, k))
                    k = first - 1
                break
            if text in {"'s", "’s"} and k >= 2 and lowers[k - 1] in ORG_ANAPHORS \
                    and lowers[k - 2] == "the":
                # "the organisation's chairman-in-office": the organisation named last;
                # of its kind when the noun says one ("the union's president" is no
                # company's)
                owner = _organisation_of_possessive_noun(doc, lowers[k - 1], k - 2)
                if owner is not None:
                    orgs.insert(0, owner)
                    k -= 3
                owner_unnamed = owner is None  # (no guess at another: "the ministry's")
                break
            if text in {"'s", "’s"} and k >= 2 and lowers[k - 2] == "the" and \
                    texts[k - 1].isalpha() and texts[k - 1].islower():
                owner = _organisation_named_by_noun(doc, lowers[k - 1], k - 2)
                if owner is not None:
                    # "the zoo's chief executive, X" after "Wellington Zoo": the body
                    # named before whose name has the noun
                    orgs.insert(0, owner)
                    k -= 3
                    break
                if lowers[k - 1] not in PLACE_NOUNS:
                    # "the hospital's chief executive" in a text naming no hospital: the
                    # noun says whose; no other body named before is guessed
                    owner_unnamed = True
                    break
            first = self._capitalised_run_before(texts, k, ent_at) if text[:1].isupper() and \
                end in ent_at and ent_at[end].label == PER else None
            named_body = _organisation_named_with(doc, texts[first:k + 1], k) \
                if first is not None else None
            if named_body is not None and first is not None:
                # "Garda Commissioner Drew Harris" after "An Garda Siochana", "Human
                # Settlements Secretary X" after "the Department of Human Settlements and
                # Urban Development": words of the name of a body the text named before
                # (as "Bahn-Personalvorstand" in German)
                orgs.insert(0, named_body)
                k = first - 1
                break
            if (phrase in EN_ORG_LEADER_TITLES or phrase in PARTY_LEADER_TITLES and
                    _plural_name(text) or phrase in ACRONYM_LED_TITLES and text.isupper()) \
                    and end in ent_at and ent_at[end].label == PER \
                    and self._unknown_company_word(doc, k, ent_at):
                # "Codelco Chairman X", "BMV director X" (an acronym: no "Programme director");
                # with a name's particle before it: "De Havilland chief executive X"
                if k >= 1 and texts[k - 1] in NAME_PARTICLES and k - 1 not in ent_at:
                    orgs.insert(0, self._new_organisation(doc, k - 1, k + 1))
                    k -= 2
                else:
                    orgs.insert(0, self._prefix_organisation(doc, k))
                    k -= 1
                break
            if k in ent_at and ent_at[k].label != PER and ent_at[k].end == k + 1:
                orgs.insert(0, _ent_id(ent_at[k]))
                k = ent_at[k].start - 1
                # modifiers before the organisation: "a senior NATO commander"
                while k >= 0 and lowers[k] in self.words.en_modifiers and \
                        lowers[k] not in phrase.split():
                    modifiers.insert(0, lowers[k])
                    k -= 1
            break
        owner_before = _owner_before(doc, k, ent_at) if not orgs else None
        if owner_before is not None:
            orgs.append(owner_before)  # "the Caribbean Community, whose Secretary-General …"
        title_start = k + 1
        # first a kind noun's organisation: "of Madrid's doctors' union AMYTS" is not Madrid's
        # (the opener is tested here: asked after most titles)
        size = len(lowers)
        # past a gloss ("the kaiwhakahaere, or chair, of …") or a field ("head of
        # communications at …") to where the owner is named
        opener = lowers[end] if end < size else ""  # (a title may end the text)
        at = _past_title_gloss(texts, lowers, end) if opener == "," else \
            _past_field_of_work(texts, lowers, end) if opener == "of" else end
        after = self._described_organisation_at(doc, at + 1, ent_at) \
            if at + 2 < size and lowers[at] in EN_DESCRIBED_OPENERS else None
        if after is None:
            after = self._org_after(doc, at, ent_at, EN_ORG_PREPS)
        if after is None and at < size and lowers[at] in FIELD_OPENERS and \
                phrase.endswith(ACADEMIC_HEADS):
            after = self._academic_org_after(doc, at, ent_at)
        if after is None and phrase in EN_ORG_LEADER_TITLES:
            after = self._unknown_organisation_after(doc, at, ent_at)
        if after is None and at + 3 < size:
            if not BOARD_WORDS.isdisjoint(lowers[at + 1:at + 4]):
                after = self._org_after_board(doc, at, ent_at)
            if after is None and (lowers[at + 2] in ANAPHOR_KINDS or lowers[at] == "of" and
                                  lowers[at + 1] == "the" and texts[at + 2].islower()):
                after = _organisation_of_anaphor(doc, start, at, ent_at)
        if after is not None:
            orgs.append(after[0])
            end = after[1]
        elif phrase in EN_MEMBERSHIP_TITLES:
            return None  # "a member of the public": a member of no organisation
        elif end + 2 < size and lowers[end] in PORTFOLIO_OPENERS and phrase in PORTFOLIO_TITLES:
            end = _past_portfolio(texts, lowers, end, ent_at)
        base = " ".join([*modifiers, ABBREVIATED_TITLES.get(phrase, phrase)])
        return Title(start=title_start, end=end, base=base, orgs=_unique(orgs),
                     owner_unnamed=owner_unnamed and not orgs)

    def _possessed_deputy(self, doc: Doc, i: int, ent_at: dict[int, Span]) -> bool:
        """'his deputy Sam Reed', 'her deputy, Tom Hale': a bare "deputy" is a title only
        after a possessive and before a name (alone it is a member of a parliament, and
        a modifier of "Deputy Mayor"); ``_take_counterparts_office`` makes it the
        possessor's office."""
        lowers = token_table(doc).lower
        if i < 1 or lowers[i - 1] not in POSSESSIVES:
            return False
        name_at = i + 2 if i + 1 < len(lowers) and lowers[i + 1] == "," else i + 1
        span = ent_at.get(name_at)
        return span is not None and span.label == PER and span.start == name_at

    def _is_party_at(self, doc: Doc, k: int, ent_at: dict[int, Span]) -> bool:
        """'Labour leader Ana Ruiz': a word that could modify a title ("labour") names
        the party when the entities took it for one."""
        span = ent_at.get(k)
        if span is None or span.label != ORG:
            return False
        node = doc.user_data["kg_nodes"].get(kg_id(span))
        return node is not None and node.properties.get("kind") == "party"

    def _unknown_organisation_after(self, doc: Doc, end: int,
                                    ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """'president of Unifor, …', 'a former chief executive of Liberty Energy.': after a
        leader's title and "of", one to three capitalised words no entity or lexicon
        entry covers, closed by punctuation, name the organisation he leads (as
        "Unicredit-Chef" does in German); made a node there → (its id, the words' end).
        Hyphenated parts are one word ("president of Norr-Vale, …"). German "Fraktionschef von
        GroenLinks-PvdA, …" is the entity recogniser's (``_german_employer_names``), which
        also keeps common nouns out ("Chef von Unternehmen")."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        j = end + 1
        if j >= len(texts) or lowers[end] != "of":
            return None
        if lowers[j] == "the":
            return self._name_with_acronym(doc, j + 1, ent_at)
        k = j
        words = 0
        while k < len(texts) and words < 3 and k not in ent_at and texts[k][:1].isupper() \
                and texts[k].isalpha() and not self.words.is_title_word(texts[k]):
            k += 1
            words += 1
            if k + 1 < len(texts) and texts[k] == "-" and not table.space[k - 1] and \
                    not table.space[k] and texts[k + 1][:1].isupper():
                k += 1  # "GroenLinks-PvdA": one word
        if k == j or k >= len(texts) or texts[k] not in {",", ".", "("} or words > 3:
            return None
        name = doc_text(doc)[table.idx[j]:table.idx[k - 1] + len(texts[k - 1])]
        if self.lexicon.lookup(name) is not None or \
                self.lexicon.country_for_adjective(texts[j]) is not None:
            return None  # a place or a known body the entities left out: not guessed here
        named = _organisation_named_by(doc, name, j) if k - j == 1 else None
        if named is not None:
            return named, k  # "of NNPC" after "NNPC Ltd": the organisation named before
        return self._new_organisation(doc, j, k), k

    def _name_with_acronym(self, doc: Doc, j: int,
                           ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """'chairman of the Indian National Space Promotion and Authorisation Centre
        (IN-SPACe)': capitalised words (joined by "and", "of", "for") that no entity
        covers, closed by an acronym in brackets, name an organisation; made a node with
        the acronym as alias → (its id, the end past the brackets)."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        size = len(texts)
        k = j
        while k < min(size, j + 10) and k not in ent_at and (
                texts[k][:1].isupper() and texts[k].isalpha() or
                lowers[k] in {"and", "of", "for", "&"} and k > j):
            k += 1
        close = next((m for m in range(k + 1, min(size, k + 6)) if texts[m] == ")"), None)
        if k - j < 2 or k >= size or texts[k] != "(" or close is None or \
                lowers[k - 1] in {"and", "of", "for", "&"}:
            return None
        acronym = doc_text(doc)[table.idx[k + 1]:table.idx[close - 1] + len(texts[close - 1])]
        if not any(c.isupper() for c in acronym) or " " in acronym or \
                sum(c.isupper() for c in acronym) < 2:
            return None
        org = self._new_organisation(doc, j, k)
        node = doc.user_data["kg_nodes"][org]
        node.properties["aliases"] = _unique([*node.properties.get("aliases", []), acronym])
        return org, close + 1

    def _bracketed_owner_before_name(self, doc: Doc, title: Title,
                                     j: int) -> tuple[str, int] | None:
        """(the owner's id, its comma) when the words from j read "der UN-Mission in
        Libyen (UNSMIL), <person>" (the title may have taken "der UN" in already)."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        ent_at = doc_index(doc).ent_at
        start = j + 1 if lowers[j] in OWNER_WORDS else title.end - 1
        comma = next((m for m in range(start + 3, min(len(texts) - 1, start + 14))
                      if texts[m] == ","), None)
        if comma is None or comma + 1 not in ent_at or ent_at[comma + 1].label != PER or \
                comma - 2 in ent_at or not all(texts[m][:1].isupper() or texts[m] in {"-", "(", ")"} or
                        lowers[m] in BRACKETED_NAME_WORDS for m in range(start, comma)):
            return None
        named = self._bracketed_owner(doc, start, comma)
        return (named, comma) if named is not None else None

    def _bracketed_owner(self, doc: Doc, start: int, comma: int) -> str | None:
        """The organisation of the words from ``start`` up to an acronym in brackets
        right before ``comma`` ("UN-Unterstützungsmission in Libyen (UNSMIL)"): a
        node named by the words, the acronym its alias; None unless the words open
        with a capital and no entity covers them."""
        table = token_table(doc)
        texts = table.text
        ent_at = doc_index(doc).ent_at
        opener = comma - 3
        if opener <= start or texts[opener] != "(" or texts[comma - 1] != ")":
            return None
        acronym = texts[comma - 2]
        if not (acronym.isupper() and acronym.isalpha() and len(acronym) >= 2) or \
                not texts[start][:1].isupper() or any(
                    m in ent_at and ent_at[m].label == PER and
                    not _is_compound_prefix(doc, ent_at[m]) for m in range(start, opener)):
            return None  # (a name's part of a compound is none: "Rhein-Main-Verbund")
        org = self._new_organisation(doc, start, opener)
        node = doc.user_data["kg_nodes"][org]
        node.properties["aliases"] = _unique([*node.properties.get("aliases", []), acronym])
        return org

    def _bracketed_name_after(self, doc: Doc, j: int,
                              ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """(the body's id, the end past its brackets) when the words from j are
        capitalised words no entity covers and an acronym in brackets ("Verkehrsverbunds
        Rhein-Ruhr (VRR)"); see ``_bracketed_owner``."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        close = next((m for m in range(j + 3, min(len(texts), j + 10)) if texts[m] == ")"),
                     None)
        if close is None or texts[close - 2] != "(" or close - 1 in ent_at or \
                not all(texts[m][:1].isupper() or texts[m] == "-" or
                        lowers[m] in BRACKETED_NAME_WORDS for m in range(j, close - 2)):
            return None
        org = self._bracketed_owner(doc, j, close + 1)
        return (org, close + 1) if org is not None else None

    def _bracketed_subject(self, doc: Doc, sent: Span) -> str | None:
        """'Die Bad Kleinkirchheimer Bergbahnen (BKB) weisen die Vorwürfe zurück', 'The
        Lake Transit Authority (LTA) said …': a sentence opened by capitalised words no
        entity covers and an acronym in brackets names a body there; made a node with the
        acronym as alias (``_bracketed_owner``) → its id."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        start = sent.start + 1 if lowers[sent.start] in DEFINITE_SUBJECTS | {"das"} \
            else sent.start
        close = next((m for m in range(start + 3, min(sent.end, start + 10))
                      if texts[m] == ")"), None)
        if close is None or texts[close - 2] != "(" or close + 1 >= sent.end or \
                not all(texts[m][:1].isupper() or texts[m] == "-" or
                        lowers[m] in BRACKETED_NAME_WORDS for m in range(start, close - 2)):
            return None  # a dateline ("BELFAST, Oct 2 (PA) -") names its agency, no body
        if self.lang == "de" and not any(_is_indeclinable_place_adjective(texts[m]) or
                                         lowers[m].endswith(DE_BODY_NAME_ENDINGS)
                                         for m in range(start, close - 2)):
            # German nouns are capitalised: "Das Bruttoinlandsprodukt (BIP) wuchs" names
            # none; a place's adjective or a body's noun must say it is a name
            return None
        return self._bracketed_owner(doc, start, close + 1)

    def _new_organisation(self, doc: Doc, j: int, k: int, alias: str | None = None) -> str:
        """An organisation node for the words at tokens [j, k), mentioned there (the id
        entities would give the name), with a short name if it has one."""
        table = token_table(doc)
        name = doc_text(doc)[table.idx[j]:table.idx[k - 1] + len(table.text[k - 1])]
        node = add_node(doc, Node(f"organisation:{slugify(name)}", ["Organisation"],
                                  {"name": name, "aliases": [alias] if alias else []}))
        add_mention(doc, node.id, table.idx[j], table.idx[k - 1] + len(table.text[k - 1]))
        return node.id

    def _described_organisation_at(self, doc: Doc, j: int,
                                   ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """'secretary general of the left-wing alliance Bayan,', 'Chef des estnischen
        Netzbetreibers Elering,': after a title's "of"/"des" (the callers test it), from j,
        words that say what kind of organisation follows (adjectives, a place's "'s", a
        kind noun), then its name: the organisation entity there, else capitalised words
        closed by punctuation, made an organisation (the kind noun vouches for them)
        → (its id, the end of the name). Also after a verb: "who leads the left-wing
        party Mas Madrid"."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        size = len(texts)
        german = self.lang == "de"
        if j + 1 >= size:
            return None
        if lowers[j] in EN_DETERMINERS or german and lowers[j] in {"der", "dem"}:
            j += 1
        if not german and EN_KIND_NOUNS.isdisjoint(lowers[j:min(size - 1, j + 6)]):
            return None  # no English kind noun (lower case, so its own lower form) in reach
        limit = min(size - 1, j + 6)
        if german:  # (``_describes_organisation``'s German test, inline: asked after
            # most German titles)
            m = j
            while m < limit and (texts[m].islower() and texts[m].isalpha() or texts[m] == "-"
                                 or m == j and _is_indeclinable_place_adjective(texts[m])):
                m += 1  # (a city's adjective first: "des Essener Netzbetreibers X")
            kind = m if m < limit else None
        else:
            kind = next((m for m in range(j, limit)
                         if not self._describes_organisation(texts[m], lowers[m], m, ent_at)),
                        None)
        if kind is None or not (self._is_kind_noun(texts[kind]) or
                                german and texts[kind].isalpha() and
                                _acronym_name_at(texts, kind + 1)):
            # (any German noun before a body's acronym: "des Messnetzes GLAMOS")
            return None
        while not german and kind + 2 < size and self._is_kind_noun(texts[kind + 1]):
            kind += 1  # a compound kind: "the campaign group X", "the trade union federation"
        n = kind + 1
        if texts[n] in OPENING_QUOTES:
            return self._quoted_name_at(doc, n)
        span = ent_at.get(n)
        if span is not None and german and span.start == n and span.label in GPE_OR_LOC and \
                not texts[kind].endswith("s") and \
                (span.end >= size or texts[span.end] in NAME_CLOSERS):
            # "Vorsitzende der Mietervereinigung Wien": a kind noun and its place are
            # the name of a body the entities did not know
            return self._new_organisation(doc, kind, span.end), span.end
        if span is not None:
            return (_ent_id(span), span.end) if span.start == n and span.label == ORG else None
        if _lower_case_name_after_kind(texts, lowers, n, ent_at):
            # "der Gewerkschaft vida, Eva Lis": a body's name in lower case
            return self._new_organisation(doc, kind, n + 1, alias=texts[n]), n + 1
        k = _end_of_capitalised_name(texts, table.space, n, ent_at)
        if k == n or k >= size or texts[k] not in NAME_CLOSERS and \
                lowers[k] not in LOCATIVE_CLOSERS or \
                any(self.words.is_title_word(texts[m]) for m in range(n, k)):
            return None
        name = doc_text(doc)[table.idx[n]:table.idx[k - 1] + len(texts[k - 1])]
        entry = self.lexicon.lookup(name)
        if entry is not None and entry.label != "Organisation" and entry.kind != "city" or \
                self.lexicon.country_for_adjective(texts[n]) is not None:
            # a state or region; a city's name the entities left untagged is after a
            # kind noun the organisation's ("the left-wing alliance Bayan")
            return None
        if entry is not None and entry.label != "Organisation":
            entry = None
        if entry is not None:
            return self._node_at_tokens(doc, entry, n, k), k
        return self._new_organisation(doc, n, k), k

    def _quoted_name_at(self, doc: Doc, n: int) -> tuple[str, int] | None:
        """'der Initiative „Rettet den Park“', 'the campaign group “Save Our Park”': a
        quoted name opening at n after a kind noun names a body → (its node, the end
        past the closing quote); None unless it opens with a capital and closes within
        eight words."""
        texts = token_table(doc).text
        close = next((m for m in range(n + 2, min(len(texts), n + 10))
                      if texts[m] in CLOSING_QUOTES), None)
        if close is None or not texts[n + 1][:1].isupper():
            return None
        return self._new_organisation(doc, n + 1, close), close + 1

    def _describes_organisation(self, text: str, low: str, m: int,
                                ent_at: dict[int, Span]) -> bool:
        """A word of the description before a kind noun: a lower-case adjective
        ("left-wing", "estnischen"), a hyphen, a possessive "'s", and in English a
        capitalised adjective or place ("European", "Madrid 's")."""
        if self.lang == "de":
            return text.islower() and text.isalpha() or text == "-"
        if text in {"-", "'s", "’s", "'", "’"}:
            return True
        if not text.isalpha() or low in EN_KIND_NOUNS and text.islower():
            return False
        span = ent_at.get(m)
        return span is None or span.label in GPE_OR_LOC

    def _is_kind_noun(self, text: str) -> bool:
        """A noun naming a kind of organisation: English lower-case ("alliance"), German
        a capitalised noun ending in one ("Umweltorganisation", "Netzbetreibers")."""
        if self.lang == "de":
            return text[:1].isupper() and text.lower().endswith(DE_KIND_ENDINGS)
        return text.islower() and text in EN_KIND_NOUNS

    def _unknown_possessive_owner(self, doc: Doc, k: int,
                                  ent_at: dict[int, Span]) -> int | None:
        """The first token of one to three capitalised words before the "'s" at k that
        no entity, lexicon entry, title or state adjective covers: before a leader's
        title and a name, they name a company or body ("Bavarian Nordic's chief
        executive Paul Chaplin")."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        first = k
        while first - 1 >= 0 and k - first < 3 and first - 1 not in ent_at and \
                texts[first - 1][:1].isupper() and texts[first - 1].isalpha() and \
                lowers[first - 1] not in APPOSITION_ARTICLES and \
                not self.words.is_title_word(texts[first - 1]) and \
                lowers[first - 1] not in self.words.en_modifiers:
            first -= 1
        if first == k or first - 1 >= 0 and texts[first - 1][:1].isupper() and \
                texts[first - 1].isalpha():
            return None  # no words, or more than three (a sentence of capitals)
        name = " ".join(texts[first:k])
        if self.lexicon.lookup(name) is not None or \
                k - first == 1 and self.lexicon.country_for_adjective(name) is not None:
            return None
        return first

    def _unknown_company_word(self, doc: Doc, k: int, ent_at: dict[int, Span]) -> bool:
        """'and Codelco Chairman Maximo Pacheco', 'SQM Chief Executive Ricardo Ramos': one
        capitalised word no entity, lexicon entry or title covers, right before a leader's
        title with a name after it, names the organisation (as "Unicredit-Chef" does in
        German). At a sentence's start only an acronym or a plural name ("Greens leader
        Ann Lee": a party by its members): "Former" or "Outgoing" is none."""
        texts = token_table(doc).text
        word = texts[k]
        if k in ent_at or not word[:1].isupper() or not word.isalpha() or len(word) < 3 or \
                word in vocab.EN_ORG_HEADS or self.words.is_title_word(word) or \
                word.lower() in self.words.en_modifiers or \
                self.lexicon.lookup(word) is not None or \
                self.lexicon.country_for_adjective(word) is not None:
            return False
        index = doc_index(doc)
        at_start = k == index.sent(k).start or k > 0 and texts[k - 1] in {"“", '"', "(", "-", "–"}
        return not at_start or word.isupper() or _plural_name(word)

    def _place_of_adjective(self, text: str) -> Entry | None:
        """'Genfer' → Genf, 'Bremer' → Bremen, 'Münchner' → München: the lexicon's
        place a German indeclinable place adjective in -er is made from."""
        stem = text[:-2]
        for name in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else None):
            entry = self.lexicon.lookup(name) if name and len(name) >= 3 else None
            if entry is not None and entry.label == "Place":
                return entry
        return None

    def _city_named_body(self, doc: Doc, j: int, comma: int) -> bool:
        """'der Jenaer Philharmonie,', 'der Kölner Verkehrsbetriebe,': after "der" a
        city's adjective and one capitalised noun no entity covers name a body (a
        feminine or plural one: their names keep their form after "der")."""
        table = token_table(doc)
        texts = table.text
        if comma != j + 3 or table.lower[j] != "der" or j + 1 in doc_index(doc).ent_at or \
                not _is_indeclinable_place_adjective(texts[j + 1]) or \
                not texts[j + 2][:1].isupper() or not texts[j + 2].isalpha() or \
                self.words.is_title_word(texts[j + 2]):
            return False
        return self._place_of_adjective(texts[j + 1]) is not None or \
            _place_named(doc, texts[j + 1][:-2]) is not None

    def _two_word_country(self, texts: list[str], k: int) -> Entry | None:
        """A country adjective of two capitalised words ending at k ('South Korean',
        'New Zealand'): their country, which the last word alone may not name."""
        if k < 1 or not texts[k - 1][:1].isupper() or not texts[k - 1].isalpha():
            return None
        return self.lexicon.country_for_adjective(f"{texts[k - 1]} {texts[k]}")

    @staticmethod
    def _portfolio_word(texts: list[str], k: int, end: int, ent_at: dict[int, Span]) -> bool:
        """Whether the word at ``k`` before a minister's or secretary's title that a
        person's name follows at ``end`` names its portfolio:
        capitalised, no entity's, no function word ("Transportation Secretary Vince
        Dizon"; not "The Secretary", "Then Secretary")."""
        text = texts[k]
        person = ent_at.get(end)
        return person is not None and person.label == PER and person.start == end and \
            k not in ent_at and text.isalpha() and text[:1].isupper() and not text.isupper() \
            and text.lower() not in PORTFOLIO_STOP_WORDS

    def _region_before(self, texts: list[str], k: int) -> tuple[Entry, int] | None:
        """A state or province of a federation named right before an English title,
        by its name or its adjective in -an ('Alberta Premier', 'South Australian
        Premier', 'Tasmanian Premier'), of two words or one → (entry, first token).
        Two words first: 'South Australian' is not the 'Australian' one."""
        for start in (k - 1, k):
            if start < 0 or not texts[start][:1].isupper() or not texts[start].isalpha():
                continue
            name = " ".join(texts[start:k + 1])
            forms = (name, name[:-1]) if name.endswith("an") else (name,)
            for form in forms:
                entry = self.lexicon.lookup(form)
                if entry is not None and entry.label == "Place" and entry.kind == "region":
                    return entry, start
        return None

    def _party_for_adjective(self, text: str) -> Entry | None:
        """'Republican' → the Republican Party, 'Democratic' → the Democratic Party (the
        lexicon knows the members' plural 'Republicans' or the name with 'Party')."""
        entry = self.lexicon.lookup(text + "s") or self.lexicon.lookup(text + " Party")
        return entry if entry is not None and entry.kind == "party" else None

    def _party_of_prefix(self, word: str) -> Entry | None:
        """'Linken' of "Linken-Fraktionschefin" → Die Linke: a compound prefix that is a
        party the lexicon knows by that name or alias, also in the weak inflection of a
        nominalised adjective ("Linken" of "Linke", "Grünen" of "Grüne")."""
        entry = self.lexicon.lookup(word)
        if entry is None and word.endswith("n") and len(word) > 4:
            entry = self.lexicon.lookup(word[:-1])
        return entry if entry is not None and entry.kind == "party" else None

    def _capitalised_run_before(self, texts: list[str], k: int,
                                ent_at: dict[int, Span]) -> int | None:
        """The first of one to three capitalised words ending at k that no entity covers
        and that are no title modifier or state adjective ("Human Settlements" before
        "Secretary"); None if the word at k is none."""
        first = k
        while first >= 0 and k - first < 3 and first not in ent_at and \
                texts[first][:1].isupper() and texts[first].isalpha() and \
                texts[first].lower() not in self.words.en_modifiers and \
                self.lexicon.country_for_adjective(texts[first]) is None:
            first -= 1
        return first + 1 if first < k else None

    def _two_word_party(self, texts: list[str], k: int, ent_at: dict[int, Span]) -> Entry | None:
        """'Liberal Democrat' → the Liberal Democrats, 'Sweden Democrat' → the Sweden
        Democrats: a party's two-word member noun before a title at k-1 and k (the
        lexicon knows the party by the plural). The first word is in no entity; the
        second may be one alone (the entities read "Democrat" as the US party)."""
        if k < 1 or not texts[k - 1][:1].isupper() or not texts[k - 1].isalpha() or \
                not texts[k].isalpha() or k - 1 in ent_at or \
                k in ent_at and (ent_at[k].start != k or ent_at[k].end != k + 1):
            return None
        plural = f"{texts[k - 1]} {texts[k]}s"
        if plural in GERMAN_FAMILY_NAMES:
            return None  # "Social Democrat": a party family's, whose party the country says
        entry = self.lexicon.lookup(plural)
        return entry if entry is not None and entry.kind == "party" else None

    def _compound_owner(self, base: str) -> Entry | None:
        """The organisation a German compound title starts with: 'Kremlsprecher' →
        Kreml, 'Bundesbankpräsident' → Bundesbank. Only an exact, known organisation
        name counts ('Bundes-' is no 'Bund', 'Außen-' nothing)."""
        try:
            return self._compound_owners[base]
        except KeyError:
            owner = None
            low = base.lower()
            for head in self.heads_longest_first:
                if low.endswith(head) and len(low) - len(head) >= 3:
                    entry = self.lexicon.lookup(base[: len(base) - len(head)])
                    owner = entry if entry is not None and entry.label == "Organisation" else None
                    break
            if len(self._compound_owners) >= 10_000:
                self._compound_owners.clear()  # bounded memory over a long corpus
            self._compound_owners[base] = owner
            return owner

    def _compound_prefix_in_text(self, doc: Doc, base: str, before: int) -> str | None:
        """The organisation of this text a compound title's first part names by its
        last word or alias ('Städtetag|s|präsident' after 'der Deutsche Städtetag'),
        with or without the linking -s. Each head the title ends with is tried, longest
        first: 'Fiskal|ratspräsident' names nothing, 'Fiskalrats|präsident' the Fiskalrat."""
        prefixes = self._compound_prefixes.get(base)
        if prefixes is None:
            low = base.lower()
            ends = [len(low) - len(h) for h in self.all_heads_longest_first if low.endswith(h)]
            # a known title as a whole ("Bundeskanzler", "Aufsichtsratschef") names none;
            # "Umwelt|ministerin" names a portfolio, not the "Bund für Umwelt …" (kept
            # with the prefixes: no test per call)
            prefixes = tuple(base[:end] for end in ends if end >= 4) \
                if ends and ends[0] >= 4 and not low.endswith(PORTFOLIO_HEADS) else ()
            if len(self._compound_prefixes) >= 10_000:
                self._compound_prefixes.clear()  # bounded memory over a long corpus
            self._compound_prefixes[base] = prefixes
        for prefix in prefixes:
            named = self._organisation_of_prefix(doc, prefix, before)
            if named is not None:
                return named
        return None

    def _organisation_of_prefix(self, doc: Doc, prefix: str, before: int) -> str | None:
        """``_compound_prefix_in_text`` for one split of the compound."""
        words = _organisation_words(doc)
        low = prefix.lower()
        if low not in words and not (low.endswith("s") and low[:-1] in words):
            # "Gerichts|präsident" after "das Bundesverfassungsgericht": the prefix ends
            # the name's one word (not a generic one: "Regierungschef" is no "Bundesregierung");
            # a final s may be the linking one ("Gerichts") or the word's own ("Ausschuss")
            stems = (low[:-1], low) if low.endswith("s") else (low,)
            for stem in stems:
                if len(stem) < 5 or stem in GENERIC_TITLE_PREFIXES or \
                        stem.rstrip("s") in GENERIC_TITLE_PREFIXES:
                    return None  # most prefixes ("Verkehrs", "Bundes") name no organisation here
                named = _organisation_ending_with(doc, stem, before)
                if named is not None:
                    return named
            # "Bauern|präsident" beside "der Deutsche Bauernverband": the prefix starts the
            # word of an association's name
            return _association_starting_with(doc, low, before)
        return _organisation_named_by(doc, prefix, before) or \
            (_organisation_named_by(doc, prefix[:-1], before) if prefix.endswith("s") else None)

    def _possessive_owner(self, doc: Doc, k: int) -> str | None:
        """The organisation a possessive at k ('Ihr Vorsitzender') points to: the last
        organisation or state before it in the sentence, else, at a sentence start,
        the subject of the sentence before when it is one ('Die Gewerkschaft Verdi
        kritisierte … Ihr Vorsitzender …'); a person there owns the title instead."""
        index = doc_index(doc)
        sent_i = index.sent_index(k)
        sent = index.sents[sent_i]
        named_before = index.ents_in(sent.start, k)
        owners = [e for e in named_before if e.label in ORG_OR_GPE]
        if owners and _affiliation_in_brackets(doc, owners[-1]):
            return None  # "Julia Klöckner (CDU) und ihr Vize": hers, not the party's
        if owners:
            return kg_id(owners[-1])
        if k > sent.start + 1 and not named_before:
            subject = self._definite_subject_owner(doc, sent)
            if subject is not None:
                return subject  # "Das Gericht unter seinem Präsidenten X": the court's
        if k != sent.start and not _opens_with_unnamed_clause(doc, sent.start, k):
            return None
        earlier = [s for s in index.sents[max(0, sent_i - 3):sent_i] if not span_text(s).isspace()]
        if not earlier:
            return None
        before = earlier[-1]
        named = index.ents_in(before.start, before.end)
        if token_table(doc).lower[k] in RELATIVE_POSSESSIVES:
            # the demonstrative "Deren Vorsitzender" points back to the last one named
            # ("… von der Deutschen Krankenhausgesellschaft (DKG). Deren …"), no
            # compound's prefix ("ob EU-Mittel betroffen sind. Deren …")
            named = [e for e in reversed(named) if not _is_compound_prefix(doc, e)]
            body = self._body_with_place(doc, named[0]) if named and \
                named[0].label in GPE_OR_LOC else None
            if body is not None:
                return body
        elif len(named) > 1 and named[0].label in GPE_OR_LOC and \
                token_table(doc).lower[before.start] in OPENING_PLACE_PREPS:
            named = named[1:]  # "In Brussels, the farmers' association Copa warned. Its …"
        else:
            named = _past_compound_place(named, token_table(doc).lower)
        if named and named[0].label in ORG_OR_GPE:
            return kg_id(named[0])
        if named:
            return None
        return self._subject_by_kind(doc, before) or self._quoted_body(doc, before)

    def _definite_subject_owner(self, doc: Doc, sent: Span) -> str | None:
        """The organisation a sentence's definite subject names by a common noun, when
        the text named it before: "Das Gericht …" after "das Verfassungsgericht", "The
        coast guard …" after "the Philippine Coast Guard"."""
        if self.lang != "de":
            return self._subject_by_kind(doc, sent)
        table = token_table(doc)
        if table.lower[sent.start] not in {"der", "die", "das"} or sent.start + 1 >= sent.end:
            return None
        noun = table.text[sent.start + 1].lower()
        if len(noun) < 4 or not noun.isalpha() or \
                not any(w.endswith(noun) for w in _organisation_words(doc)):
            return None  # (the doc's words, kept per doc: most nouns end none of them)
        nodes = doc.user_data["kg_nodes"]
        found = None  # the nearest before: "… an das Verfassungsgericht …. Das Gericht …"
        for start, node_id in _organisation_mentions(doc):
            if start >= sent.start:
                break
            node = nodes.get(node_id) if node_id else None
            if node is not None and any(w.endswith(noun) for w in
                                        str(node.properties.get("name") or "").lower().split()):
                found = node_id
        return found

    def _body_with_place(self, doc: Doc, place: Span) -> str | None:
        """'vom Nuklearforum Schweiz. Dessen Präsident …': a capitalised noun no entity
        covers, after an article or preposition and right before the place, names with
        it a body the entities did not know (not a region: "im Kanton Aargau")."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        k = place.start - 1
        if k < 1 or k in doc_index(doc).ent_at or not texts[k][:1].isupper() or \
                not texts[k].isalpha() or lowers[k - 1] not in BODY_OPENERS or \
                lowers[k].endswith(REGION_NOUN_ENDINGS) or self.words.is_title_word(texts[k]):
            return None
        return self._new_organisation(doc, k, place.end)

    def _quoted_body(self, doc: Doc, sent: Span) -> str | None:
        """'Ganz anders die Fanorganisation „Unsere Kurve“. Deren Sprecher …': a kind noun
        and a quoted name right after it name a body the entities did not know."""
        texts = token_table(doc).text
        for k in range(sent.start, sent.end - 3):
            if texts[k + 1] not in OPENING_QUOTES or not self._is_kind_noun(texts[k]):
                continue
            end = next((m for m in range(k + 2, min(sent.end, k + 8))
                        if texts[m] in CLOSING_QUOTES), None)
            if end is not None and end > k + 2 and texts[k + 2][:1].isupper():
                return self._new_organisation(doc, k + 2, end)
        return None

    def _subject_by_kind(self, doc: Doc, sent: Span) -> str | None:
        """'The coast guard itself wants more. Its spokesman …': a sentence opened by a
        definite noun phrase naming no entity, whose words are words of the name of an
        organisation named before ("Philippine Coast Guard") → that organisation."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        if lowers[sent.start] not in DEFINITE_SUBJECTS and lowers[sent.start] != "das":
            return None
        for m in range(sent.start + 1, min(sent.end, sent.start + 4)):
            if not texts[m].isalpha() or len(texts[m]) < 4:
                break
            named = _organisation_named_by(doc, texts[m], sent.start)
            if named is not None and any(start < sent.start and node_id == named
                                         for start, node_id in _organisation_mentions(doc)):
                return named  # (named before: a later one is not spoken of yet)
        return None

    def _genitive_owner(self, doc: Doc, k: int, ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """'Frankreichs' / 'Nordrhein-Westfalens' ending at token k → (node id, start token)."""
        table = token_table(doc)
        texts = table.text
        if not texts[k].endswith("s"):
            return None
        start = k
        while start - 2 >= 0 and texts[start - 1] == "-" and not table.space[start - 1] \
                and not table.space[start - 2]:
            start -= 2
        text = doc_text(doc)[table.idx[start]:table.idx[k] + len(texts[k])]
        entry = self.lexicon.lookup(text[:-1]) or self.lexicon.lookup(text[:-1].rstrip("'"))
        if entry is None and start == k and k in ent_at and ent_at[k].label == LOC \
                and ent_at[k].start == k and ent_at[k].end == k + 1:
            return _ent_id(ent_at[k]), k  # "Boitzenburgs Ortsvorsteher": a place found by its context
        if entry is None or entry.label != "Place":
            return None
        node_id = self._node_at_tokens(doc, entry, start, k + 1)
        return node_id, start

    def _org_after(self, doc: Doc, end: int, ent_at: dict[int, Span],
                   preps: set[str] | frozenset[str]) -> tuple[str, int] | None:
        """An organisation after the title: 'des DFB', 'bei der NATO', 'of the OSCE'."""
        table = token_table(doc)
        lowers = table.lower
        size = len(lowers)
        j = end
        steps = 0
        while j < size and steps < 4 and (lowers[j] in preps or lowers[j] in
                                          {"der", "des", "dem", "den", "the"}):
            j += 1
            steps += 1
        if steps == 0 or j >= size:
            return None
        # allow an adjective before the entity: "der Deutschen Fußball Liga"
        span = ent_at.get(j)
        if span is None and j + 1 < len(lowers) and (table.text[j][:1].isupper() or
                                                      table.text[j].isalpha()):
            # an adjective before the entity: "der staatlichen Kakaobehörde Kobo"
            span = ent_at.get(j + 1)
            if span is not None and (span.start != j + 1 or
                                     self._name_ending_in_place(table.text[j], span)):
                span = None
            if span is None and j + 2 < len(lowers) and table.text[j + 1][:1].isupper() \
                    and table.text[j + 1].isalpha() and (
                        table.text[j].islower() or _region_of_named_adjective(table, j)):
                # an adjective and a kind noun: "der staatlichen Kakaobehörde Cocobod",
                # a region's: "der Autonomen Provinz Trient", "der Freien Hansestadt Bremen"
                span = ent_at.get(j + 2)
                if span is not None and (span.start != j + 2 or span.label == PER):
                    span = None
        if span is not None and span.label in GPE_OR_LOC:
            seat_end = _past_seat(lowers, span)
            if seat_end is not None:
                # "of the Bonn-based Crop Trust", "der in Genf ansässigen Stiftung": the
                # seat says where the body is; the body after it is the owner, or none
                span = ent_at.get(seat_end)
                if span is None or span.start != seat_end or span.label != ORG:
                    return None
        if span is None and steps == 1 and lowers[end] in MEMBER_PREPS and \
                lowers[end - 1].endswith(LOCAL_TITLE_HEADS):
            city = self._city_named_at(doc, j)
            if city is not None:
                return city, j + 1
        if span is None and self.lang == "de":
            return _inflected_owner(doc, j, end, ent_at)
        if span is None or span.label == PER:
            return None
        named = ent_at.get(span.end)
        if named is not None and named.label == ORG and named.start == span.end:
            # "chief executive of the London Chamber of Commerce", "head of the U.N.
            # Integrated Office": a place or parent body right before an organisation
            # starts its name; the post is the named body's
            span = named
        elif self.lang == "en" and span.label in GPE_OR_LOC and named is None and \
                span.end < size and self._starts_name_after_place(doc, span.end):
            return None  # "official at the U.S. Treasury": the body named with the place
        owned = ent_at.get(span.end + 1) if span.end + 1 < len(lowers) and \
            table.text[span.end] in {"'s", "’s"} else None
        if owned is not None and owned.label != PER:
            return _ent_id(owned), owned.end  # "head of Switzerland's Federal Department of …"
        return _ent_id(span), span.end

    def _city_named_at(self, doc: Doc, j: int) -> str | None:
        """'mayor of Lima,', 'Bürgermeister von Kiel,': after a local title's "of", a
        lexicon's city the entities took for no place (its name is also a given name)
        → its node, mentioned there. One word, then punctuation."""
        texts = token_table(doc).text
        if j + 1 >= len(texts) or not texts[j][:1].isupper() or not texts[j].isalpha() or \
                not is_punct_text(texts[j + 1]):
            return None
        entry = self.lexicon.lookup(texts[j])
        if entry is None or entry.label != "Place" or entry.kind != "city":
            return None
        return self._node_at_tokens(doc, entry, j, j + 1)

    def _starts_name_after_place(self, doc: Doc, k: int) -> bool:
        """Whether the word at k, right after a place no entity continues, goes on a name
        with it ("U.S. Treasury", "Lyon Airport"): a capitalised word with no person
        named in the next three words ("of France Foreign Minister Jean …" names a
        state, then a title and its holder)."""
        word = token_table(doc).text[k]
        if not (word[:1].isupper() and word.isalpha()):
            return False
        ent_at = doc_index(doc).ent_at
        return not any(m in ent_at and ent_at[m].label == PER for m in range(k, k + 4))

    def _name_ending_in_place(self, word: str, span: Span) -> bool:
        """'president of Parks Canada', 'head of Sport England', 'Sprecher des Flughafens
        Hamburg', 'Leiterin der Polizei München': a capitalised word right before a state
        or place, neither a compass word nor a modifier (English) nor a noun of a place
        ("des Freistaats Bayern", "der Stadt Wien": German), starts a name that ends in
        the place; the post is that body's, not the place's."""
        if span.label not in GPE_OR_LOC or not word[:1].isupper() or not word.isalpha() or \
                self.lexicon.country_for_adjective(word) is not None:
            return False
        low = word.lower()
        if self.lang == "de":
            stem = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else low
            return not stem.endswith(PLACE_NOUN_ENDINGS_DE) and \
                not low.endswith(PLACE_NOUN_ENDINGS_DE) and \
                not _is_indeclinable_place_adjective(word)
        return low not in COMPASS_WORDS_EN and low not in self.words.en_modifiers

    def _academic_org_after(self, doc: Doc, end: int,
                            ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """'Professor für Massivbau an der TU Dresden', 'Professorin an der Universität
        Wien', 'professor of economics at Harvard University': a scholar's institution
        after the field ("für …", "of …", a few words) and "an der"/"am"/"at"."""
        lowers = token_table(doc).lower
        j = end
        if j < len(lowers) and lowers[j] in FIELD_OPENERS:
            j += 1
            while j < min(len(lowers), end + 6) and lowers[j] not in ACADEMIC_ORG_PREPS and \
                    (lowers[j].isalpha() or lowers[j] == "-") and j not in ent_at:
                j += 1  # the field: "für Massivbau", "of political science"
        if j >= len(lowers) or lowers[j] not in ACADEMIC_ORG_PREPS:
            return None
        return self._org_after(doc, j, ent_at, ACADEMIC_ORG_PREPS)

    def _org_after_board(self, doc: Doc, end: int,
                         ent_at: dict[int, Span]) -> tuple[str, int] | None:
        """'Vorsitzender der Geschäftsführung von KNDS', 'chairman of the supervisory board
        of Siemens': the title is held in a company's governing body; the organisation
        after the body's name is where."""
        lowers = token_table(doc).lower
        j = end + 1
        if lowers[end] not in {"der", "des", "of"}:
            return None
        while j < min(len(lowers), end + 4) and lowers[j] not in BOARD_WORDS:
            if not lowers[j].isalpha() or lowers[j] in BOARD_STOPS:
                return None  # "the", "supervisory", "executive" may stand before "board"
            j += 1
        if j >= len(lowers) - 1 or lowers[j] not in BOARD_WORDS:
            return None
        found = self._org_after(doc, j + 1, ent_at, DE_ORG_PREPS if self.lang == "de"
                                else EN_ORG_PREPS)
        if found is None and j + 3 < len(lowers) and \
                lowers[j + 1] in (DE_DESCRIBED_OPENERS if self.lang == "de"
                                  else EN_DESCRIBED_OPENERS):
            # the company described before its name: "der Geschäftsführung des Essener
            # Netzbetreibers Rheinstrom", "of the board of the Chilean airline Andes Air"
            found = self._described_organisation_at(doc, j + 2, ent_at)
        return found

    def _prefix_organisation(self, doc: Doc, k: int) -> str:
        """The organisation an unknown compound prefix names ("Unicredit" in
        "Unicredit-Chef"), mentioned there; the same id as entities would give it."""
        table = token_table(doc)
        written = table.text[k]
        # a club's name with its number, hyphenated in the compound: "Hannover-96-Chef"
        name = written.replace("-", " ") if _club_with_number(written) else written
        node = add_node(doc, Node(f"organisation:{slugify(name)}", ["Organisation"],
                                  {"name": name, "aliases": []}))
        add_mention(doc, node.id, table.idx[k], table.idx[k] + len(written))
        return node.id

    def _node_at_tokens(self, doc: Doc, entry: Entry, start: int, end: int) -> str:
        """``_node_for_entry`` mentioned at tokens [start, end) (offsets from the token
        table: ``doc[i]`` would make a ``Token`` object)."""
        table = token_table(doc)
        return self._node_for_entry(doc, entry, table.idx[start],
                                    table.idx[end - 1] + len(table.text[end - 1]))

    def _node_for_entry(self, doc: Doc, entry: Entry, start_char: int, end_char: int) -> str:
        # An entry's node is built and merged once per doc: merging the same node again
        # changes nothing (labels and aliases are unions, other properties keep their
        # first value), and a text's titles name the same few states again and again.
        merged = doc.user_data.get("kg_role_entry_nodes")
        if merged is None:
            merged = doc.user_data["kg_role_entry_nodes"] = set()
        if (entry.key, id(entry)) not in merged:
            merged.add((entry.key, id(entry)))
            labels = ["Place", "Country"] if entry.kind == "country" else \
                (["Organisation"] if entry.label == "Organisation" else ["Place"])
            props: dict[str, object] = {"name": entry.name(self.lang), "aliases": [],
                                        "kind": entry.kind}
            if entry.wikidata:
                props["wikidata"] = entry.wikidata
            if entry.country:
                props["country_code"] = entry.country
            add_node(doc, Node(entry.key, labels, props))
        add_mention(doc, entry.key, start_char, end_char)
        return entry.key

    # -- finding the holders -----------------------------------------------
    def _holders(self, doc: Doc, title: Title, ent_at: dict[int, Span],
                 title_at: dict[int, Title]) -> list[tuple[Span, str, float]]:
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        size = len(texts)
        found: list[tuple[Span, str, float]] = []
        # 1. Names right after the title (a list joined by commas/und).
        j = title.end
        if j + 1 < size and lowers[j] in OWNER_WORDS or texts[j:j + 1] == ["-"]:
            # "Die Leiterin der UN-Unterstützungsmission in Libyen (UNSMIL), Hanna
            # Tetteh": a body no entity covers, named with its acronym, then the name
            bracketed = self._bracketed_owner_before_name(doc, title, j)
            if bracketed is not None:
                # (the name's first part is no owner of its own: "UN" of "UN-Mission")
                title.orgs[:] = [bracketed[0]] if lowers[j] not in OWNER_WORDS else \
                    [bracketed[0], *title.orgs]
                j = bracketed[1]
        if j + 2 < size and texts[j] == "(" and texts[j + 2] == ")":
            j += 3  # "der Deutschen Fußball Liga (DFL), Donata Hopfen"
        if j + 2 < size and texts[j] == "-" and not table.space[j - 1]:
            j += 2  # the rest of a compound with the organisation: "des OSZE-Büros"
        if j + 2 < size and lowers[j] in SIDES_GENITIVES and texts[j + 1][:1].isupper() and \
                texts[j + 2] == ",":
            j += 2  # "die Innenminister beider Länder, Anna Berg und Tom Reed"
        if title.orgs and j - 1 in ent_at and \
                _lower_case_name_after_kind(texts, lowers, j, ent_at):
            # "der Gewerkschaft vida, Roman Hebenstreit": the body is named with the word
            kind = ent_at[j - 1]
            if kg_id(kind) in title.orgs:
                title.orgs[:] = [self._new_organisation(doc, kind.start, j + 1,
                                                        alias=texts[j])]
            j += 1
        if title.orgs and j < size and j not in ent_at:
            j = _past_rest_of_owner(doc, j, ent_at)
        elif title.orgs and j < size and ent_at[j].label in GPE_OR_LOC and \
                ent_at[j].end < size and texts[ent_at[j].end] == ",":
            j = ent_at[j].end  # "der IG Metall Bayern, Knut Giesler": a regional branch
        # ("the UN special rapporteur on freedom of expression, Irene Khan": a remit)
        remit = j + 1 < size and lowers[j] == "on" and texts[j + 1].islower()
        if j < size and (lowers[j] in OWNER_WORDS or lowers[j] in {"für", "for"} or remit):
            # "Die Chefanklägerin des Internationalen Strafgerichtshofs, Fatou Bensouda":
            # an owner the title did not take in (not in the lexicon, inflected), then a name;
            # a long owner may end in its acronym: "des OSZE-Büros für … (ODIHR), Ana Lee".
            comma = next((m for m in range(j + 1, min(j + 16, size - 1))
                          if is_punct_text(texts[m]) and texts[m] not in OWNER_BRACKETS), None)
            acronym = ent_at.get(comma - 2) if comma is not None and texts[comma - 1] == ")" \
                else None
            if acronym is not None and acronym.label != ORG:
                acronym = None
            # a portfolio: "der lettische Minister für Klima und Energie, Kaspars Melnis"
            portfolio = (lowers[j] in {"für", "for"} or remit) and comma is not None and \
                all(texts[m].isalpha() for m in range(j + 1, comma))
            name = 0 if comma is None else comma + 1 if lowers[comma + 1] not in COURTESY_TITLES \
                else _past_courtesy_titles(lowers, comma + 1, ent_at)
            if comma is not None and texts[comma] == "," and name in ent_at \
                    and ent_at[name].label == PER and \
                    (comma < j + 7 and (lowers[j] in OWNER_WORDS or portfolio) or
                     acronym is not None or _capitalised_office_name(texts, lowers, j, comma)):
                if acronym is not None and kg_id(acronym) not in title.orgs:
                    title.orgs.insert(0, _ent_id(acronym))  # the named body, not its parent
                elif not title.orgs and self._city_named_body(doc, j, comma):
                    # "Der Generalmusikdirektor der Jenaer Philharmonie, Simon Gaudenz"
                    title.orgs.append(self._new_organisation(doc, j + 1, comma))
                j = comma
        # "X, who serves as agriculture minister, DA chair Y and …": a title after
        # "as" is said of a holder before it; the name after the comma is another's
        if lowers[j:j + 2] == ["of", "the"] and not title.orgs and self.lang == "en":
            j = _past_unnamed_body(texts, lowers, title.start, j, ent_at)
        if title.orgs and j + 1 < size and (lowers[j] in QUALIFIER_PREPS or texts[j] == "," and
                                            j + 1 in ent_at and ent_at[j + 1].label in GPE_OR_LOC):
            # "der Grünen-Fraktion im Bundestag, Eva Lis", "Labour MP for Bristol West Ann
            # Lee": the owner's seat or parent body before the name
            j = _past_owner_qualifiers(doc, j, ent_at)
        predicated = title.start > 0 and lowers[title.start - 1] in {"as", "als"}
        if j < size and texts[j] == "," and not predicated:
            named_before = _person_before_apposition(texts, title.start, ent_at)
            if named_before is not None and j + 1 in ent_at and ent_at[j + 1].label == PER:
                # "represented by Ann Bell, general secretary of the INMO, Tom Reed of
                # Unite and …": between two names in a list, the title is the first's
                return [(named_before, "role.apposition", 0.8)]
            j += 1  # "die US-Botschafterin bei der NATO, Julianne Smith"
            if j + 1 < size and lowers[j] in DEFINITE_SUBJECTS and (
                    j + 1 in title_at or
                    _title_before_name(texts, j + 1, title_at, ent_at) is not None):
                # "Die amtierende Vorsitzende, die finnische Außenministerin Anna Berg",
                # "Deren Präsidentin, die Gelsenkirchener Oberbürgermeisterin Karin Welge"
                j += 1
            elif _described_name_at(texts, lowers, j, ent_at):
                j += 2  # "Deren Leiterin, die Rumänin Laura Kövesi": past "die Rumänin"
            second = _title_before_name(texts, j, title_at, ent_at)
            if second is not None:
                # a second title before the name: "der Vorsitzende des Rates, Hessens
                # Finanzminister Jan Korte", "its chair, Kent County Governor Al Ross"
                # (both are his); the state the first names is the second's too: "ihr
                # Amtskollege aus Sachsen-Anhalt, Forstminister Sven Schulze"
                if not second.orgs:
                    nodes = doc.user_data["kg_nodes"]
                    second.orgs.extend(o for o in title.orgs
                                       if o in nodes and "Place" in nodes[o].labels)
                j = second.end
            elif _word_before_name(texts, lowers, j, ent_at) and \
                    not self.words.is_title_word(texts[j]):
                # "The Language Commissioner, Efa Gruffudd Jones,": a given name the
                # entities did not take in (or a word describing her) before the name
                j += 1
        if j < size and lowers[j] in COURTESY_TITLES:
            j = _past_courtesy_titles(lowers, j, ent_at)
        plural: bool | None = None  # asked only once a name follows
        while j < size and j in ent_at and ent_at[j].label == PER:
            span = ent_at[j]
            if self.lang == "de" and _genitive_name(doc, span):
                return []  # "ein Sprecher Wiederkehrs": the name owns the title
            found.append((span, "role.prenominal", 0.9))
            j = span.end
            if plural is None:
                plural = self._plural_title(doc, title)
            if not plural:
                self._add_origin(doc, title, j, ent_at)
                break
            if j < size and texts[j] == "(" and j + 2 < size and texts[j + 2] == ")":
                j += 3  # party in brackets
            if j < size and lowers[j] in LIST_JOINERS and j + 1 < size and \
                    (j + 1) in ent_at and ent_at[j + 1].label == PER:
                j += 1
                continue
            if j + 1 < size and texts[j] == "," and lowers[j + 1] in LIST_JOINERS and \
                    (j + 2) in ent_at and ent_at[j + 2].label == PER:
                j += 2
                continue
            break
        if found:
            return found
        # 2. Apposition: "Kadri Liik, Senior Policy Fellow beim ECFR".
        k = title.start - 1
        if k >= 3 and texts[k] in {"'s", "’s"} and lowers[k - 2] == "the" and \
                texts[k - 1].isalpha() and texts[k - 1].islower():
            k -= 2  # "Ana Cruz, the union's general secretary,": past the owner's noun
        while k >= 0 and lowers[k] in APPOSITION_SKIPS:
            k -= 1
        left = False  # a post the holder has left: "bis 2020 Präsident", "einst Chef"
        if k >= 2 and (texts[k].isdigit() or lowers[k] in TIME_SPAN_WORDS):
            # "Anna Berg ist seit 2023 Präsidentin …", "Ruiz has since May been …": past
            # a time phrase opened by "seit"/"since" to what stands before it
            k = _before_time_phrase(texts, lowers, k)
            while k >= 0 and lowers[k] in APPOSITION_SKIPS:
                k -= 1
        if k >= 2 and (lowers[k] in FORMER_ADVERBS or texts[k].isdigit() or
                       lowers[k] in PAST_TIME_WORDS):
            # "Paul Kern, bis 2020 Präsident des …", "Ana Ruiz, until last year chief
            # executive of …", "X, einst Chef von …": a post held before, in apposition
            before = _before_past_time(texts, lowers, k)
            if before < k and texts[before] == ",":
                k, left = before, True
        if k >= 1 and (texts[k] == "-" or texts[k].islower() or
                       _capitalised_after_indefinite(texts, lowers, k)) and \
                "," in texts[max(0, title.start - 6):k - 1]:
            # (else k stays: the walk stops at once at a comma or a name, and the
            # article it may reach must follow a comma, at most six tokens back)
            k = _past_described_article(texts, lowers, k, title.start, self.words.is_title_word)
        if k >= 1 and lowers[k] in {"and", "und"}:
            # a second apposition: "Jo Kim, the UN's envoy for Asia and a former
            # president of Peru" — the holder of the title just before
            by_end = doc.user_data["kg_titles_by_end"]
            earlier = next((by_end[m] for m in range(k, k - 7, -1) if m in by_end), None)
            if earlier is not None and \
                    not any(is_punct_text(texts[m]) for m in range(earlier.end, k)):
                holders = self._holders(doc, earlier, ent_at, title_at)
                if len(holders) == 1 and holders[0][1] == "role.apposition":
                    return [(holders[0][0], "role.apposition", 0.75)]
        if k >= 4 and texts[k] == "," and texts[k - 1].isdigit() and texts[k - 2] == "," and \
                len(texts[k - 1]) <= 3:
            k -= 2  # the holder's age between commas: "Ana Ruiz, 54, chief executive of …"
        named_end = k - 1 if k < 2 or texts[k - 1] not in NAME_SUFFIXES else k - 2
        if k >= 1 and texts[k] == "," and named_end in ent_at and ent_at[named_end].label == PER \
                and not self._subject_of_verb(texts, title.end):
            if self.lang == "de" and lowers[ent_at[named_end].start - 1] in AND_WORDS and \
                    self._plural_title(doc, title):
                # "Anna Berg und Tom Hale, beide Abgeordnete der SPD,": each of the list
                listed = _persons_listed_before(doc, k)
                if listed:
                    return [(person, "role.apposition", 0.8) for person in listed]
            if left and not title.base.lower().startswith(FORMER_STARTS):
                title.base = _former(title.base, self.lang)
            return [(ent_at[named_end], "role.apposition", 0.85)]  # ("Ann Lee Jr., …" too)
        if k >= 3 and texts[k] == "," and lowers[k - 2] in ORIGIN_PREPS and (k - 1) in ent_at \
                and ent_at[k - 1].label in GPE_OR_LOC and (k - 3) in ent_at \
                and ent_at[k - 3].label == PER:
            return [(ent_at[k - 3], "role.apposition", 0.8)]  # "Ann Lee of Ohio, chair of …"
        if k >= 4 and texts[k] == "," and texts[k - 1] == ")" and texts[k - 3] == "(" \
                and (k - 4) in ent_at and ent_at[k - 4].label == PER:
            # a party in brackets after the name: "Anna Berg (FDP), Vorsitzende des …"
            return [(ent_at[k - 4], "role.apposition", 0.85)]
        if k >= 2 and texts[k] == "," and lowers[k - 1] in VERB_PARTICLES and \
                (k - 2) in ent_at and ent_at[k - 2].label == PER:
            return [(ent_at[k - 2], "role.apposition", 0.8)]  # "… Nsanzabaganwa hinzu, die …"
        # 3. Copula: "Neuendorf ist neuer Präsident des DFB"; "X wurde Sabine Mammitzsch".
        if k >= 1 and lowers[k] in COPULAS:
            m = k - 1
            while m >= 0 and lowers[m] in {"künftig", "nun", "jetzt", "now", "also", "auch"}:
                m -= 1
            if lowers[k] == "been" and m >= 1 and lowers[m] in PERFECT_AUXILIARIES:
                m -= 1  # "Ruiz has been president of …"
            if m >= 0 and m in ent_at and ent_at[m].label == PER:
                return [(ent_at[m], "role.copula", 0.8)]
            if m >= 2 and lowers[m] == "who" and texts[m - 1] == "," and (m - 2) in ent_at \
                    and ent_at[m - 2].label == PER:
                return [(ent_at[m - 2], "role.copula", 0.8)]  # "Mark Lee, who is the mayor of …"
            if m >= 1 and lowers[m] in PRONOUN_GENDERS:
                # "Anna Berg kritisierte … Sie ist seit 2019 Landrätin …"
                referent = self._person_of_pronoun(doc, m, PRONOUN_GENDERS[lowers[m]])
                if referent is not None:
                    return [(referent, "role.copula", 0.6)]
            described = _described_subject(texts, lowers, m, ent_at) if m >= 2 else None
            if described is not None:
                # "Paul Kern … Der 58-Jährige ist seit 2019 Landrat …", "The Labour
                # politician has been mayor of …"
                referent = self._person_of_pronoun(doc, described[0], described[1])
                if referent is not None:
                    return [(referent, "role.copula", 0.6)]
        # "Neue Vizepräsidentin für Frauenfußball wurde Sabine Mammitzsch"
        index = doc_index(doc)
        sent = index.sents[_sentence_of(index, title)]
        sent_end = sent.end
        for n in range(title.end, min(sent_end - 1, title.end + 8)):
            if lowers[n] in COPULAS:
                if n + 1 in ent_at and ent_at[n + 1].label == PER and \
                        (title.orgs or not self._weak_title(title.base)):
                    # (a bare weak title is a part in an event: "Gastgeber ist Jo Ek")
                    return [(ent_at[n + 1], "role.copula", 0.8)]
                break
            if is_punct_text(texts[n]) or n in ent_at and ent_at[n].label == PER:
                break
        # 3b. An appointment: "Ana Ruiz was elected president of …", "The board named
        # Tom Hale chairman", "Anna Berg wurde zur Präsidentin gewählt" (a bare weak
        # title is an honour, no post: "wurde zum Ehrenmitglied ernannt").
        appointed = _appointed_person(doc, title, k, sent, self.lang == "de") \
            if k >= 1 and (lowers[k] in APPOINTMENT_CUES or k in ent_at) and \
            (title.orgs or not self._weak_title(title.base)) else None
        if appointed is not None:
            return [(appointed, "role.appointment", 0.75)]
        # 4. "als": "wurde Hans-Joachim Watzke, Geschäftsführer von BVB, als Erster Vizepräsident".
        if k >= 0 and lowers[k] in {"als", "as"}:
            persons = [s for s in index.ents_in(sent.start, k) if s.label == PER]
            successor = _successor(doc, persons, k)
            if successor is not None:
                return [(successor, "role.als", 0.7)]  # "Tom Hale replaced Ann Lee as …"
            if persons:
                if _leaves_post(lowers, k, title.end) and \
                        not title.base.lower().startswith(FORMER_STARTS):
                    # "stepped down as head of …", "trat als Präsident zurück": a post left
                    title.base = _former(title.base, self.lang)
                return [(persons[-1], "role.als", 0.7)]
            fronted = _fronted_as_holder(doc, title, k, sent)
            if fronted is not None:
                return [(fronted, "role.als", 0.7)]
        # 5. A definite description naming someone already mentioned: "Der bisherige
        # Interimspräsident unterlag …", "… but the Kremlin leader stayed away".
        referent = self._described_person(doc, title)
        if referent is not None:
            return [(referent, "role.description", 0.5)]
        return []

    def _person_of_pronoun(self, doc: Doc, m: int, wanted: str) -> Span | None:
        """'Paul Kern kritisierte die Pläne. Er ist Landrat …', 'Ana Ruiz met Tom Reed.
        She is the mayor of Leeds.': a personal pronoun opening its sentence points back
        to the last person named in the two sentences before whose given name is not of
        the other gender (German: with no organisation named since, which "er"/"sie"
        may name); None when the pronoun opens no sentence or no one fits."""
        index = doc_index(doc)
        sent_i = index.sent_index(m)
        sent = index.sents[sent_i]
        if m != sent.start or sent_i == 0:
            return None
        texts = token_table(doc).text
        genders = self.lexicon.given_name_genders
        first = index.sents[max(0, sent_i - 2)].start
        for span in reversed(index.ents_in(first, sent.start)):
            if span.label == ORG and self.lang == "de":
                return None  # "Er"/"Sie" may be "der Verband", "die Bank" named since
            if span.label == PER and (not wanted or
                                      genders.get(texts[span.start], wanted) == wanted):
                return span
        return None

    def _subject_of_verb(self, texts: list[str], end: int) -> bool:
        """'According to Ann Lee, the president told …': an English title right
        before a finite verb is the subject of a clause, no apposition."""
        # (a capitalised word goes on a name: "head of the U.N. Integrated Office")
        if self.lang != "en" or end >= len(texts) or not texts[end].islower():
            return False
        word = texts[end]
        return word in FINITE_VERBS or word.isalpha() and word.endswith("ed") and \
            word not in {"elected", "designated", "appointed", "based"}

    def _add_origin(self, doc: Doc, title: Title, j: int, ent_at: dict[int, Span]) -> None:
        """A state or region after the holder's name, when the title names none:
        'Senator Jane Doe of Vermont', 'Innenminister Max Kurz (CDU) aus Hessen'."""
        if title.orgs:
            return
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        if title.base.lower().endswith(LOCAL_TITLE_HEADS) and \
                (bracketed := self._bracketed_place(doc, j)) is not None:
            title.orgs.append(bracketed[0])  # "Oberbürgermeister Thomas Nitzsche (Jena)"
            return
        if j + 2 < len(doc) and texts[j] == "(" and texts[j + 2] == ")":
            if title.base.lower().startswith(PARTY_OFFICE_STARTS) and \
                    self._is_party_at(doc, j + 1, ent_at):
                # "Fraktionschef Jan Ruf (CDU)": the party's group he leads
                title.orgs.append(_ent_id(ent_at[j + 1]))
                return
            j += 3  # party in brackets
        if j >= len(doc) or lowers[j] not in ORIGIN_PREPS and lowers[j] not in MEMBER_PREPS:
            return
        prep = lowers[j]
        j += 2 if j + 1 < len(doc) and lowers[j + 1] in {"the", "der", "dem"} else 1
        span = ent_at.get(j)
        if span is None or span.start != j:
            return
        if span.label == ORG and prep in MEMBER_PREPS:
            # "opposition leader Jo Kim of the Labour Party", "Aktivistin Eva Lis von Attac"
            title.orgs.append(_ent_id(span))
            title.org_confidence = min(title.org_confidence, 0.7)
            return
        node = doc.user_data["kg_nodes"].get(kg_id(span))
        kind = node.properties.get("kind") if node is not None else None
        # a state or region, not a city: 'Außenministerin Eva Klein aus Berlin' is from there;
        # but a city's own officer governs it: "Mayor Ana Ruiz of Leeds"
        if span.label == GPE or span.label == LOC and kind == "region" or \
                kind == "city" and span.label in GPE_OR_LOC and \
                title.base.lower().endswith(LOCAL_TITLE_HEADS):
            title.orgs.append(_ent_id(span))
            title.org_confidence = min(title.org_confidence, 0.7)

    def _chair_clauses(self, doc: Doc) -> list[tuple[Span, Title]]:
        """'Boris Rhein (CDU), der derzeit der Ministerpräsidentenkonferenz vorsitzt',
        'Jane Doe, who chairs the Council': a relative clause whose verb says the
        person chairs an organisation."""
        table = token_table(doc)
        lowers = table.lower
        index = doc_index(doc)
        found = []
        for i in word_positions(doc, f"chair-verb-{self.lang}", _is_chair_verb):
            sent = index.sent(i)
            if lowers[i] == "led" and (i == 0 or lowers[i - 1] not in PERFECT_AUXILIARIES):
                continue  # "who has led the party since 2019" leads it; "who led it" did
            if i + 1 < sent.end and lowers[i + 1] == "by":
                found.extend(self._passive_chairs(doc, i))
                continue
            if "opposition" in lowers[max(sent.start, i - 3):i + 3] and \
                    not _opposition_party_after(doc, i):
                continue  # "who leads the opposition": ``_opposition_leaders``'
            if lowers[i] == "runs" and not _runs_named_body(doc, i, sent.end):
                continue  # ("runs for the Senate", "runs the ANC's affairs")
            relative = next((j for j in range(i - 1, sent.start, -1)
                             if lowers[j] in RELATIVE_PRONOUNS and lowers[j - 1] == ","), None)
            if relative is None:  # "X, the German Social Democrat who chairs …"
                relative = next((j for j in range(i - 1, max(sent.start, i - 3), -1)
                                 if self._described_apposition(doc, j)), None)
            if relative is None:
                main = _main_clause_head(doc, i, sent.end)
                if main is not None:
                    person, title = main
                    if self.lang == "de" and self.lexicon.given_name_genders.get(
                            token_table(doc).text[person.start]) == "f":
                        title.base = german_female(title.base)  # "Anna Berg leitet …"
                    found.append(main)
                continue
            if lowers[i] in HOLD_VERBS and "vorsitz" not in lowers[relative:i]:
                continue
            persons = [e for e in index.ents_in(sent.start, relative) if e.label == PER]
            if self.lang == "de":
                orgs = [e for e in index.ents_in(relative, i) if e.label == ORG]
                base = HEAD_VERB_TITLES.get(lowers[i], "Vorsitzender")
                if lowers[relative] == "die":
                    base = german_female(base)
            else:
                # "who chairs the Council", "who chairs the group of Least Developed Countries"
                orgs = [e for e in index.ents_in(i + 1, min(sent.end, i + 9))
                        if e.label == ORG and (e.start <= i + 4 or
                                               _described_name_after(lowers, i + 1, e.start))]
                base = HEAD_VERB_TITLES.get(lowers[i], "chair")
            org = kg_id(orgs[0]) if orgs else self._owner_by_short_name(doc, i)
            if org is None and self.lang == "en":
                described = self._described_organisation_at(doc, i + 1, doc_index(doc).ent_at)
                org = described[0] if described is not None else None
            if org is None and self.lang == "en" and persons:
                # "who chairs the executive board of the German Aerospace Center (DLR)"
                of = next((j for j in range(i + 1, min(sent.end - 2, i + 6))
                           if lowers[j] == "of" and lowers[j + 1] == "the" and
                           not BOARD_WORDS.isdisjoint(lowers[i + 1:j])), None)
                owner = index.ent_at.get(of + 2) if of is not None else None
                named = (kg_id(owner), 0) if owner is not None and owner.label == ORG else \
                    self._name_with_acronym(doc, of + 2, index.ent_at) if of is not None else None
                org = named[0] if named is not None else None
            if persons and org is not None:
                found.append((persons[-1], Title(start=i, end=i + 1, base=base, orgs=[org])))
            elif persons and self.lang == "en" and \
                    _unnamed_body_object(table.text, lowers, i, sent.end):
                # "Lena Dahl, who chairs the municipal executive board,": a post, at a body
                # the text does not name
                found.append((persons[-1], Title(start=i, end=i + 1, base=base, orgs=[])))
        return found

    def _chairmanships(self, doc: Doc) -> list[tuple[Span, Title]]:
        """'The committee met … under the chairmanship of Saudi Arabia's Finance Minister
        Mohammed Al-Jadaan', 'tagte unter dem Vorsitz von Anna Berg': the person after it
        chairs the organisation the sentence named before (or its subject names by a
        word of its name: "The committee")."""
        table = token_table(doc)
        lowers = table.lower
        index = doc_index(doc)
        found = []
        for i in word_positions(doc, "chairmanship", _is_chairmanship):
            sent = index.sent(i)
            if UNDER_WORDS.isdisjoint(lowers[max(sent.start, i - 2):i]):
                continue  # "under the chairmanship", "unter (dem) Vorsitz" only
            holder = next((e for e in index.ents_in(i + 1, min(sent.end, i + 10))
                           if e.label == PER), None)
            if holder is None:
                continue
            orgs = [e for e in index.ents_in(sent.start, i) if e.label == ORG]
            org = kg_id(orgs[-1]) if orgs else self._subject_by_kind(doc, sent)
            if org is not None:
                base = "chair" if self.lang == "en" else "Vorsitzender"
                found.append((holder, Title(start=i, end=i + 1, base=base, orgs=[org])))
        return found

    def _described_apposition(self, doc: Doc, relative: int) -> bool:
        """'Bernd Lange, the German Social Democrat who chairs …': an English "who"
        without a comma ends an apposition to the name before it (an article after
        the name's comma, no other comma up to "who")."""
        if self.lang != "en" or token_table(doc).lower[relative] != "who":
            return False
        texts, lowers = token_table(doc).text, token_table(doc).lower
        ent_at = doc_index(doc).ent_at
        for j in range(relative - 1, max(0, relative - 8), -1):
            if texts[j] == ",":
                return lowers[j + 1] in EN_DETERMINERS and j - 1 in ent_at and \
                    ent_at[j - 1].label == PER
        return False

    def _owner_by_short_name(self, doc: Doc, verb: int) -> str | None:
        """'who heads the Commission's trade department', 'who chairs the council': an
        English organisation named right after the verb by a short form of a name this
        text gave before ('Commission' of 'European Commission'), with its "'s", or by
        its kind noun after "the"."""
        texts, lowers = token_table(doc).text, token_table(doc).lower
        if self.lang != "en":
            # "die die Gewerkschaft leitet": the noun before the verb points back
            return _organisation_of_bare_noun(doc, lowers[verb - 1], verb) \
                if verb >= 2 and lowers[verb - 2] in GERMAN_ARTICLES and \
                texts[verb - 1][:1].isupper() else None
        if verb + 2 < len(lowers) and lowers[verb + 1] == "the" and \
                texts[verb + 2].isalpha() and texts[verb + 2].islower():
            # "who chairs the council": the organisation named before with that word;
            # "who heads the union": of that kind ("Unite")
            return (_organisation_named_by(doc, lowers[verb + 2], verb)
                    if lowers[verb + 2] in ORG_ANAPHORS else None) or \
                _organisation_of_bare_noun(doc, lowers[verb + 2], verb)
        for j in range(verb + 1, min(len(texts) - 1, verb + 4)):
            if texts[j + 1] in {"'s", "’s"} and texts[j][:1].isupper() and texts[j].isalpha():
                return _organisation_named_by(doc, texts[j], verb)
        return None

    def _passive_chairs(self, doc: Doc, i: int) -> list[tuple[Span, Title]]:
        """'The council, co-chaired by Ann Lee of Peru and Tom Ash, met': the
        persons after 'by' chair the organisation named last before the verb."""
        table = token_table(doc)
        lowers = table.lower
        index = doc_index(doc)
        sent = index.sent(i)
        orgs = [e for e in index.ents_in(sent.start, i) if e.label == ORG]
        if not orgs and not _after_unnamed_body(lowers, i):
            return []
        co = "co-" if lowers[i].startswith("co-") or lowers[max(0, i - 2):i] == ["co", "-"] \
            else ""
        base = co + HEAD_VERB_TITLES.get(lowers[i].removeprefix("co-"), "chair")
        holders: list[Span] = []
        j = i + 2
        titled = {t.start: t for t in doc.user_data.get("kg_titles_by_end", {}).values()}
        if j in titled:
            j = titled[j].end  # "chaired by Samoa's environment minister Ann Lee": her other title
        while j < sent.end and j in index.ent_at and index.ent_at[j].label == PER:
            holders.append(index.ent_at[j])
            j = index.ent_at[j].end
            origin = j + 2 if j + 2 < sent.end and lowers[j + 1] == "the" else j + 1
            if lowers[j] == "of" and origin in index.ent_at:
                j = index.ent_at[origin].end  # "… of South Africa": where the holder is from
            if j + 1 < sent.end and lowers[j] in LIST_JOINERS:
                j += 1
        owners = [_ent_id(orgs[-1])] if orgs else []  # (an unnamed body: no owner)
        if not orgs and holders:
            # who chairs "the commission" when the text later says only that (read by
            # the demands: "The commission called on …")
            noun = lowers[i - 2] if lowers[i - 1] == "," else lowers[i - 1]
            doc.user_data.setdefault("kg_unnamed_body_chairs", {}).setdefault(noun, holders[0])
        return [(holder, Title(start=i, end=i + 1, base=base, orgs=owners))
                for holder in holders]

    def _described_person(self, doc: Doc, title: Title) -> Span | None:
        """The person a subject like 'Der bisherige Interimspräsident' or 'The
        Ukrainian president' refers to: at the start of a sentence, the first
        person of the last sentence that names one (the likeliest topic); after
        'but'/'und', the last person named before it in the same sentence.
        Persons who hold the same title elsewhere are no candidates."""
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        j = title.start - 1
        while j >= 0 and title.start - j <= 2 and lowers[j].isalpha() and lowers[j] not in \
                DEFINITE_SUBJECTS and lowers[j] == texts[j]:
            j -= 1  # lower-case adjectives: "bisherige", "neue", "frühere"
        if j < 0 or lowers[j] not in DEFINITE_SUBJECTS or self._plural_title(doc, title) \
                or title.base.endswith(UNNAMED_SOURCE_TITLES):
            return None
        index = doc_index(doc)
        sent_i = _sentence_of(index, title)
        sent = index.sents[sent_i]
        gender = {"der": "m", "die": "f"}.get(lowers[j])  # "Die Ministerin": a woman

        # "…, sagte der Wirtschaftsminister.": an inverted quote attribution names the
        # speaker of the sentences before (names inside the quote are no speakers), who
        # may hold a second office ("Vizekanzler" and "Wirtschaftsminister")
        attribution = j >= 2 and lowers[j - 1] in ATTRIBUTION_VERBS and \
            texts[j - 2] in {",", "“", "”", '"', "«", "»"}

        def fits(person: Span) -> bool:
            if person.label != PER:
                return False
            known = self.lexicon.given_name_genders.get(texts[person.start])
            return not (gender and known and known != gender) and \
                not self._holds_other(doc, person, title) and \
                (attribution or not self._holds_different_title(doc, person, title))

        holder = self._sole_holder(doc, title) if j == sent.start or attribution or \
            j > sent.start and lowers[j - 1] in CLAUSE_JOINERS else None
        if holder is not None:
            # "Ministerpräsident Mario Voigt … Der Ministerpräsident betonte": the one
            # person the text gave this title before, however far back
            return holder if fits(holder) else None
        if j == sent.start or attribution:
            # the last two of the six sentences before that are not paragraph breaks
            # (those are "sentences" too); the first fitting person of the nearer one
            earlier_sents = (s for s in reversed(index.sents[max(0, sent_i - 6):sent_i])
                             if not span_text(s).isspace())
            for earlier in itertools.islice(earlier_sents, 2):
                named = index.ents_in(earlier.start, earlier.end)
                if not attribution:  # the first fitting one (the others are not asked)
                    first = next(filter(fits, named), None)
                    if first is not None:
                        return first
                    continue
                fitting = list(filter(fits, named))
                if len({kg_id(p) for p in fitting}) > 1:
                    return None  # "Baerbock und Blinken …, sagte der Chef …": either
                if fitting:
                    return fitting[0]
            return None
        if j > sent.start and lowers[j - 1] in CLAUSE_JOINERS:
            return next(filter(fits, reversed(index.ents_in(sent.start, j))), None)
        return None

    def _sole_holder(self, doc: Doc, title: Title) -> Span | None:
        """The last mention before the title of the one person the text has given
        this very title so far (at an organisation the title names, if it names one);
        None when nobody or several hold it. A definite description ("Der
        Landeshauptmann sagte") means him, not the last person named."""
        base = title.base.lower()
        nodes = doc.user_data["kg_nodes"]
        held = _held_roles(doc)
        holders = {person_id for person_id, role_ids in held.by_person.items()
                   for role_id in role_ids
                   if (role := nodes.get(role_id)) is not None
                   and str(role.properties.get("title", "")).lower() == base
                   and (not title.orgs or held.places.get(role_id, set()) & set(title.orgs))}
        if len(holders) != 1:
            return None
        holder = next(iter(holders))
        mentions = [e for e in doc_index(doc).ents_in(0, title.start) if kg_id(e) == holder]
        return mentions[-1] if mentions else None

    def _holds_other(self, doc: Doc, person: Span, title: Title) -> bool:
        """Whether the person already holds this title at another organisation."""
        base = title.base.lower()
        nodes = doc.user_data["kg_nodes"]
        held = _held_roles(doc)
        for role_id in held.by_person.get(_ent_id(person), ()):
            role = nodes.get(role_id)
            if role is None or str(role.properties.get("title", "")).lower() != base:
                continue
            at = held.places.get(role_id)
            if at and not at & set(title.orgs):
                return True
        return False

    def _holds_different_title(self, doc: Doc, person: Span, title: Title) -> bool:
        """Whether the person holds only titles unlike this one: 'Präsident Duda
        … sagte Duda. Der Kanzler …' describes someone else. Titles are alike when
        their last words end alike ('Kanzler' / 'Bundeskanzler', 'Interimspräsident'
        / 'Vizepräsident')."""
        head = title.base.lower().split()[-1]
        nodes = doc.user_data["kg_nodes"]
        if head.endswith(GENERIC_HEADS):  # "the Kremlin leader", "Der Regierungschef"
            if head.startswith(GOVERNMENT_HEAD_STARTS):
                # "Bildungssenatorin X … Der Regierungschef": a minister heads no government
                held = [str(nodes[r].properties.get("title", "")).lower()
                        for r in _held_roles(doc).by_person.get(_ent_id(person), ()) if r in nodes]
                if held and all(_is_portfolio_title(t) for t in held):
                    return True
            return self._serves_other_country(doc, person, title)
        if any(o in nodes and nodes[o].properties.get("kind") == "party" for o in title.orgs):
            return False  # "Vizekanzler X … Der SPÖ-Vorsitzende": a party post beside an office
        held = [str(nodes[r].properties.get("title", ""))
                for r in _held_roles(doc).by_person.get(_ent_id(person), ()) if r in nodes]
        offices = [t.lower() for t in held if t and not self._weak_title(t)]
        if not offices:  # "Gastgeberin Baerbock … Die Bundesaußenministerin"
            return False
        return not any(_same_head(head, other.split()[-1]) for other in offices)

    def _serves_other_country(self, doc: Doc, person: Span, title: Title) -> bool:
        """Whether the title names a country and the person holds posts only for
        other countries: 'the former Nigerian leader' is not the US envoy."""
        countries = {o for o in title.orgs if o.startswith("country:")}
        held = _held_roles(doc)
        places = set().union(*(held.places.get(r, set())
                               for r in held.by_person.get(_ent_id(person), ())))
        return bool(countries) and bool(places) and \
            all(p.startswith("country:") for p in places) and not places & countries

    def _weak_title(self, title_text: str) -> bool:
        """A title that names no office ('Gastgeber', 'Experte'): held with an office."""
        if self.lang != "de":
            return False
        form = self.words.german_title(title_text.split()[-1])
        return form is not None and form[0] in self.words.de_weak_heads

    def _plural_title(self, doc: Doc, title: Title) -> bool:
        """'Presidents X and Y', 'die drei früheren DFB-Präsidenten X, Y und Z'."""
        table = token_table(doc)
        if self.lang == "en":
            head = table.text[title.end - 1]
            return head.endswith("s") and head[:1].isupper()
        before = table.lower[max(0, title.start - 3):title.start]
        if not PLURAL_NUMBERS.isdisjoint(before):
            return True
        if any(word.endswith("innen") for word in table.lower[title.start:title.end]):
            return True  # "die Ministerinnen Anna Berg und Eva Lis": a female plural
        # "mit den Oberbürgermeistern X und Y": a dative plural (no singular of a title
        # ends in "-ern"; "den Präsidenten" may be one man)
        if "den" in before and table.lower[title.end - 1].endswith("ern") and \
                not title.base.endswith("ern"):
            return True
        # "die Präsidenten …", "Die Außenminister X und Y": die + a masculine title, with
        # adjectives between at most ("Die Beraterin von Kanzler X" is no plural)
        if "die" not in before or title.base.endswith(("in", "e")):
            return False
        texts = table.text
        article = title.start - 1 - before[::-1].index("die")  # (the last "die")
        return all(texts[m].islower() or texts[m].isdigit()
                   for m in range(article + 1, title.start))

    def _add_role(self, doc: Doc, person: Span, title: Title, extractor: str,
                  confidence: float) -> None:
        person_id = _ent_id(person)
        # (list methods first: the person is rarely an organisation of the title, and
        # a union with a commission rarely one)
        orgs = [o for o in title.orgs if o != person_id] if person_id in title.orgs else \
            list(title.orgs)
        if not COMMISSION_OF_UNION.keys().isdisjoint(orgs):
            commissions = [_commission_of(doc, o, title.base) for o in orgs
                           if o in COMMISSION_OF_UNION]
            orgs += [c for c in commissions if c not in orgs]
        # "Verbandspräsident X": held in the body of that kind named last, or none known
        # ("Der neue Verbandschef", a description of someone named before, is far from
        # where the text named his body: the general guesses below)
        kind_of = _kind_of_compound_title(title.base) \
            if not orgs and extractor != "role.description" else None
        if kind_of is not None and not title.owner_unnamed:
            nearest = _last_organisation_of_kind(doc, title.start, kind_of, by_name_first=True)
            if nearest is not None:
                orgs = [nearest]
                confidence = min(confidence, 0.6)
        elif not orgs and not title.owner_unnamed:
            nearest = _body_led_by(doc, person, title) or _body_headed_by(doc, title) or \
                _federal_government(doc, title) or _ministry_of_portfolio(doc, title) or \
                self._nearest_state(doc, title, person) or \
                self._led_organisation(doc, title) or \
                _organisation_of_sentence_before(doc, title, person,
                                                 self._bracketed_subject, self.lang == "de") or \
                _company_of_corporate_title(doc, title) or \
                _organisation_implied_by_title(doc, title) or \
                _state_of_national_title(doc, title) or \
                (_paragraph_city(doc, title) or _paragraph_region(doc, person_id, title) or
                 _dateline_city(doc, title) or
                 _office_deputised(doc, title) or
                 _armed_forces_of(doc, title) or _bare_head_place(doc, person_id, title)
                 if _may_be_placed_bare(title.base) else None)
            if nearest is not None:
                orgs = [nearest]
                confidence = min(confidence, 0.6)
        role_id = self._role_id(title.base, orgs[0] if orgs else None)
        data = doc.user_data
        if orgs:  # (for a title joined to this one: ``_shared_owner``)
            data.setdefault("kg_title_owners", {})[title.start] = orgs
        # Only roles makes role nodes: one already there has these labels and properties
        # (merging it again would change nothing).
        if role_id not in data["kg_nodes"]:
            add_node(doc, Node(role_id, ["Role"], {"title": title.base, "name": title.base}))
        table = token_table(doc)
        add_mention(doc, role_id, table.idx[title.start],
                    table.idx[title.end - 1] + len(table.text[title.end - 1]))
        index = doc_index(doc)
        sentence = index.sents[_sentence_of(index, title)]
        person_start = person.start
        if not sentence.start <= person_start < sentence.end:
            # the evidence runs from the name to the title
            first, last = sorted((index.sent(person_start), sentence), key=lambda s: s.start)
            sentence = Span(doc, first.start, last.end)  # (``doc[a:b]``, made directly)
        facts = data["kg_facts"]  # (``add_fact``, for the two or three facts of a role)
        facts.append(Fact("HOLDS_ROLE", person_id, role_id, sentence, extractor, confidence))
        held = _held_roles(doc)
        held.by_person.setdefault(person_id, []).append(role_id)
        held.places.setdefault(role_id, set()).update(orgs)
        org_confidence = min(confidence, title.org_confidence)
        for org in orgs:
            facts.append(Fact("ROLE_AT", role_id, org, sentence, extractor, org_confidence))

    def _role_id(self, base: str, org: str | None) -> str:
        """'role:aussenminister--country-fr': the title's slug and its organisation's
        (kept per title and organisation across docs, bounded)."""
        key = (base, org)
        role_id = self._role_ids.get(key)
        if role_id is None:
            role_key = slugify(base)
            if org is not None:
                role_key += "--" + slugify(org.split(":", 1)[1])
            if len(self._role_ids) >= 10_000:
                self._role_ids.clear()  # bounded memory over a long corpus
            role_id = self._role_ids[key] = f"role:{role_key}"
        return role_id

    def _led_organisation(self, doc: Doc, title: Title) -> str | None:
        """'Secretary General Jens Stoltenberg' after 'NATO headquarters': the
        last organisation named before the title whose head carries that title
        (``leaders`` in the organisations lexicon)."""
        wanted = title.base.lower()
        if wanted not in self._every_leader_title:
            return None  # (most titles: no organisation's head carries them)
        by_title = doc.user_data.setdefault("kg_led_by_title", {})
        led = by_title.get(wanted)
        if led is None:  # once per title and doc: a walk per title was quadratic
            every = self._led_organisations(doc)
            keep = [k for k, entry in enumerate(every.entries)
                    if wanted in self._leader_titles(entry)]
            led = by_title[wanted] = LedOrganisations([every.starts[k] for k in keep],
                                                      [every.entries[k] for k in keep])
        k = bisect.bisect_left(led.starts, title.start) - 1
        return led.entries[k].key if k >= 0 else None

    def _led_organisations(self, doc: Doc) -> LedOrganisations:
        """The doc's organisation mentions whose lexicon entry names its leaders'
        titles, found once per doc (``_led_organisation`` is asked per role)."""
        led = doc.user_data.get("kg_led_organisations")
        if led is None:
            led = doc.user_data["kg_led_organisations"] = LedOrganisations([], [])
            for start, node_id in _organisation_mentions(doc):
                entry = self.lexicon.entries.get(node_id)
                if entry is not None and entry.leaders:
                    led.starts.append(start)
                    led.entries.append(entry)
        return led

    @property
    def _every_leader_title(self) -> frozenset[str]:
        """The leader titles of all the lexicon's organisations (``_leader_titles``):
        a title not among them leads no organisation of any text (worked out when
        first asked; a plain property, as mypyc does not cache ``cached_property``)."""
        titles = self._every_leader_title_memo
        if titles is None:
            titles = self._every_leader_title_memo = frozenset().union(*(
                self._leader_titles(entry) for entry in self.lexicon.entries.values() if entry.leaders))
        return titles

    def _leader_titles(self, entry: Entry) -> frozenset[str]:
        """Lower-case titles of an organisation's leaders (German: female forms
        too), kept per entry: bounded by the lexicon."""
        titles = self._leader_titles_by_key.get(entry.key)
        if titles is None:
            forms = {t.lower() for t in entry.leaders}
            if self.lang == "de":
                forms |= {german_female(t).lower() for t in entry.leaders}
            titles = self._leader_titles_by_key[entry.key] = frozenset(forms)
        return titles

    def _nearest_state(self, doc: Doc, title: Title, person: Span) -> str | None:
        """A state named shortly before the title in the same sentence ('russischen Delegation
        unter der Leitung des stellvertretenden Außenministers')."""
        texts = token_table(doc).text
        index = doc_index(doc)
        ent_at = index.ent_at
        sent = index.sents[_sentence_of(index, title)]
        local = title.base.lower().endswith(LOCAL_TITLE_HEADS)  # a city or region will do
        verb_seen = False
        for k in range(title.start - 1, max(sent.start, title.start - 8) - 1, -1):
            text = texts[k]
            span = ent_at.get(k)
            if span is not None:
                label = span.label
                if label == PER:
                    return None
                if label == GPE or label == LOC and local:
                    return kg_id(span)
            if self.lang == "en" and text.islower() and \
                    (text in FINITE_VERBS or text.endswith("ed")):
                verb_seen = True  # ("delegation headed by": the same clause)
            if text == "," and verb_seen:
                return None  # "… at a school in Boyle Heights, called on Gov. X": another clause
            if text.islower() or text[:1].isupper():
                country = self.lexicon.country_for_adjective(text)
                if country is not None and (text.islower() or self.lang == "en"):
                    return self._node_at_tokens(doc, country, k, k + 1)
        return None


@dataclass
class HeldRoles:
    """The roles found so far in a doc, by person, and their places: asked for
    every definite description, so kept instead of walking all facts."""

    by_person: dict[str, list[str]]
    places: dict[str, set[str]]




def _held_roles(doc: Doc) -> HeldRoles:
    held = doc.user_data.get("kg_held_roles")
    if held is None:
        held = doc.user_data["kg_held_roles"] = HeldRoles({}, {})
    return held


#: Words before a German title that make it plural ("die beiden Minister").
PLURAL_NUMBERS: Final = frozenset({"beiden", "beide", "zwei", "drei", "vier", "fünf"})
#: Verbs that say the subject chairs something ("der … vorsitzt", "who chairs").
CHAIR_VERBS: Final = {"vorsitzt", "vorsaß", "vorsteht", "vorstand", "chairs", "chaired", "presides",
                      "leitet", "leitete", "heads", "headed", "leads", "co-chaired",
                      "innehat", "innehatte", "führt", "führte", "convenes", "convened", "runs",
                      "led"}
#: Verbs that chair only with "den Vorsitz" as their object ("der den Vorsitz der MPK innehat").
HOLD_VERBS: Final = frozenset({"innehat", "innehatte", "führt", "führte"})
#: The title a heading verb gives, where it is not "chair" / "Vorsitzender".
HEAD_VERB_TITLES: Final = {"leitet": "Leiter", "leitete": "Leiter", "heads": "head", "headed": "head",
                           "leads": "leader", "convenes": "convener", "convened": "convener",
                           "runs": "head", "led": "leader"}
RELATIVE_PRONOUNS: Final = {"der", "die", "who"}
#: English nouns of a body a chair verb's object may be without its name ("who chairs
#: the municipal executive board"). (German names such bodies in one compound word the
#: entities take for one: "der den Gemeinderat leitet".)
EN_CHAIRED_BODIES: Final = frozenset({"board", "committee", "council", "commission", "panel",
                                      "assembly", "taskforce", "caucus", "delegation", "subcommittee"})


#: Heading verbs that give a title in a main clause too ("Hale heads Unilever").
MAIN_CLAUSE_HEAD_VERBS: Final = frozenset({"heads", "leads", "chairs", "runs", "leitet"})
#: Adverbs between such a clause's subject and its verb ("Hale now heads …").
SUBJECT_ADVERBS: Final = frozenset({"now", "also", "currently", "still", "jetzt", "nun",
                                    "inzwischen", "mittlerweile"})


def _main_clause_head(doc: Doc, verb: int, sent_end: int) -> tuple[Span, Title] | None:
    """'… and Hale heads Unilever', 'Anna Berg leitet die Deutsche Bahn': a person right
    before a heading verb (an adverb between allowed) heads the named body that is its
    whole object (after an article at most, then punctuation, "and" or "since") →
    (the person, the title: "head", "leader", "chair", "Leiter")."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    word = lowers[verb]
    perfect = word in PERFECT_HEAD_VERBS and verb >= 2 and lowers[verb - 1] in PERFECT_AUXILIARIES
    if word not in MAIN_CLAUSE_HEAD_VERBS and not perfect:
        return None
    m = verb - 2 if perfect else verb - 1  # "Hale has headed …": the subject before "has"
    if m >= 1 and lowers[m] in SUBJECT_ADVERBS:
        m -= 1
    subject = ent_at.get(m)
    j = verb + 1
    if subject is None or subject.label != PER or subject.end != m + 1:
        # a fronted phrase, the subject after the verb: "Seit Mai leitet Jan Ruf die Bahn"
        subject = ent_at.get(verb + 1) if word in INVERTED_HEAD_VERBS else None
        if subject is None or subject.label != PER or subject.start != verb + 1:
            return None
        j = subject.end
    j = _past_since_phrase(lowers, j, sent_end)  # "leitet seit 2019 das Umweltbundesamt"
    if j + 1 < sent_end and lowers[j] in OBJECT_ARTICLES:
        j += 1
    body = ent_at.get(j)
    if body is None or body.start != j or body.label != ORG or body.end < sent_end and \
            lowers[body.end] not in OBJECT_CLOSERS and not is_punct_text(lowers[body.end]):
        return None
    base = HEAD_VERB_TITLES.get(lowers[verb], "chair")
    return subject, Title(start=verb, end=verb + 1, base=base, orgs=[_ent_id(body)])


#: Past participles of heading verbs that give a title after "has"/"have" ("Ann Lee
#: has headed Siemens since 2019": she still does).
PERFECT_HEAD_VERBS: Final = frozenset({"headed", "led", "chaired"})
#: German heading verbs whose subject may follow them after a fronted phrase.
INVERTED_HEAD_VERBS: Final = frozenset({"leitet"})
#: The most words of a time phrase after "seit"/"since" ("seit Mai 2019").
SINCE_PHRASE_WORDS: Final = 2


def _past_since_phrase(lowers: list[str], j: int, sent_end: int) -> int:
    """The token after a time phrase opened by "seit"/"since" at j ("seit 2019", "since
    May 2020", "seit Jahren"); j when none opens there."""
    if j >= sent_end or lowers[j] not in SINCE_WORDS:
        return j
    m = j + 1
    while m < sent_end and m - j <= SINCE_PHRASE_WORDS and \
            (lowers[m].isdigit() or lowers[m] in TIME_SPAN_WORDS):
        m += 1
    return m if m > j + 1 else j


#: Articles before the body a heading verb takes ("heads the IMF", "leitet die Bahn").
OBJECT_ARTICLES: Final = frozenset({"the", "die", "den", "das"})
#: Words that may close that body's name ("heads Unilever and …", "leitet Siemens seit …").
OBJECT_CLOSERS: Final = frozenset({"and", "since", "und", "seit", "in", "for", "bis", "until"})


def _runs_named_body(doc: Doc, verb: int, sent_end: int) -> bool:
    """Whether "runs" at ``verb`` has a named body after "the" as its whole object ("who
    runs the World Food Programme,"): "runs for the Senate" is a candidacy, "runs the
    ANC's day-to-day affairs" runs no body, "runs a bakery" names none."""
    lowers = token_table(doc).lower
    if verb + 2 >= sent_end or lowers[verb + 1] != "the":
        return False
    span = doc_index(doc).ent_at.get(verb + 2)
    return span is not None and span.start == verb + 2 and span.label == ORG and \
        (span.end >= sent_end or lowers[span.end] not in {"'s", "’s"})


def _unnamed_body_object(texts: list[str], lowers: list[str], verb: int, sent_end: int) -> bool:
    """Whether an English chair verb's object is a body the text describes but does not
    name: "who chairs the (municipal executive) board" closed by punctuation. A meeting,
    a debate or a named body are not (a named one is the caller's organisation)."""
    j = verb + 1
    if j >= sent_end or lowers[j] not in EN_DETERMINERS:
        return False
    for m in range(j + 1, min(sent_end, j + 5)):
        if lowers[m] in EN_CHAIRED_BODIES and texts[m] == lowers[m]:
            return m + 1 < sent_end and is_punct_text(texts[m + 1]) or m + 1 == sent_end
        if texts[m] != lowers[m] or not texts[m].isalpha():
            return False
    return False


UNDER_WORDS: Final = frozenset({"under", "unter"})


#: Bodies a text may describe without naming: "a three-member commission chaired by X".
UNNAMED_BODIES: Final = frozenset({"commission", "committee", "panel", "council", "board", "inquiry",
                                   "review", "taskforce", "group", "delegation"})


def _after_unnamed_body(lowers: list[str], verb: int) -> bool:
    """Whether a body's common noun stands right before the passive chair verb at
    ``verb`` (a comma between allowed): "a commission chaired by …"."""
    k = verb - 2 if verb >= 2 and lowers[verb - 1] == "," else verb - 1
    return k >= 0 and lowers[k] in UNNAMED_BODIES


#: Verbs that make their subject the opposition's leader ("who leads the opposition",
#: "die die Opposition im Landtag anführt"): present tense only ("led" may be past).
OPPOSITION_VERBS: Final = frozenset({"leads", "heads", "führt", "anführt"})


def _is_opposition(text: str) -> bool:
    return text == "opposition" or text == "Opposition"


#: Words right before "as" that say its subject leaves the post ("stepped down as",
#: "resigned as").
LEAVING_WORDS_EN: Final = frozenset({"down", "resigned", "quit", "retired", "ousted", "removed",
                                     "sacked", "fired", "dismissed", "resign", "quits", "resigns"})
#: German particles right after "als <title>" that say so ("trat als Präsident zurück").
LEAVING_WORDS_DE: Final = frozenset({"zurück", "zurückgetreten"})
#: Starts of a title already said to be left ("former", "ehemalige", "Ex-").
FORMER_STARTS: Final = ("former", "ehemalig", "früher", "ex-", "ex ")


def _former(base: str, lang: str) -> str:
    """A title with the modifier of a post left: "former head", "ehemalige
    Präsidentin" / "ehemaliger Präsident" (the German ending by the title's gender)."""
    if lang != "de":
        return f"former {base}"
    return f"ehemalige {base}" if base.endswith("in") else f"ehemaliger {base}"


#: Verbs whose subject takes the post of their object ("replaced Ann Lee as chair").
REPLACING_VERBS: Final = frozenset({"replaced", "succeeded", "replaces", "succeeds", "löste",
                                    "ersetzte", "beerbte"})


def _fronted_as_holder(doc: Doc, title: Title, as_at: int, sent: Span) -> Span | None:
    """'Als Präsidentin des DFB habe Anna Berg viel erreicht', 'As president of the
    union, Jan Ruf said …': a sentence opened by "als"/"as" and a title is said of its
    subject, named right after the German finite verb (the first lower-case word past
    the title's phrase) or the English comma. Another word between ("Als Präsident
    wählte die Versammlung Anna Berg") says nothing."""
    if as_at != sent.start:
        return None
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    german = lowers[as_at] == "als"
    at = None
    for m in range(title.end, min(sent.end - 1, title.end + 6)):
        if texts[m] == "," and not german or german and texts[m].isalpha() and \
                texts[m].islower() and lowers[m] not in FRONTED_PHRASE_WORDS:
            at = m + 1
            break
    span = doc_index(doc).ent_at.get(at) if at is not None else None
    return span if span is not None and span.label == PER and span.start == at else None


#: Lower-case words inside a German title's phrase before its verb ("Als Präsidentin des
#: Vereins habe …"): articles and prepositions, no verb.
FRONTED_PHRASE_WORDS: Final = frozenset({"des", "der", "dem", "den", "die", "das", "von", "vom",
                                         "im", "am", "bei", "beim", "für", "in"})


def _successor(doc: Doc, persons: list[Span], as_at: int) -> Span | None:
    """'Tom Hale replaced Ann Lee as chief executive', 'Tom Hale beerbte Ann Lee als
    Präsident': the subject of a replacing verb holds the post its object left."""
    lowers = token_table(doc).lower
    if len(persons) < 2 or persons[-1].end != as_at:
        return None
    verb = persons[-1].start - 1
    subject = persons[-2]
    return subject if verb >= 1 and lowers[verb] in REPLACING_VERBS and \
        subject.end == verb else None


def _leaves_post(lowers: list[str], as_at: int, title_end: int) -> bool:
    """Whether the "as"/"als" at ``as_at`` gives a post its holder leaves: "stepped down
    as" (English, the word before), "trat als Präsident zurück" (German, the word after
    the title)."""
    if lowers[as_at] == "als":
        return title_end < len(lowers) and lowers[title_end] in LEAVING_WORDS_DE
    return as_at >= 1 and lowers[as_at - 1] in LEAVING_WORDS_EN


def _opposition_leaders(doc: Doc, german: bool) -> list[tuple[Span, Title]]:
    """'Tom Reed, who leads the opposition in the Senate,', 'Anna Berg, die die Opposition
    im Landtag anführt,': a relative clause whose verb makes the person before it the
    opposition's leader; the title is held at a body named right after "in"/"im", else
    at none (the opposition is no organisation)."""
    table = token_table(doc)
    lowers = table.lower
    index = doc_index(doc)
    found: list[tuple[Span, Title]] = []
    for i in word_positions(doc, "opposition", _is_opposition):
        sent = index.sent(i)
        if i < sent.start + 3 or lowers[i - 1] not in {"the", "die"} or \
                _names_organisation_at(doc, i + 1):
            continue  # ("who leads the opposition Green Party" leads the party)
        if german:  # "…, die die Opposition (im Landtag) anführt"
            verb = next((m for m in range(i + 1, min(sent.end, i + 5))
                         if lowers[m] in OPPOSITION_VERBS), None)
            relative = i - 2
            female = lowers[relative] == "die"
        else:  # "…, who leads the opposition"
            verb = i - 2 if lowers[i - 2] in OPPOSITION_VERBS else None
            relative = i - 3
            female = False
        if verb is None or lowers[relative] not in RELATIVE_PRONOUNS or \
                lowers[relative - 1] != ",":
            continue
        holder = doc_index(doc).ent_at.get(relative - 2)
        if holder is None or holder.label != PER or holder.end != relative - 1:
            continue
        base = "opposition leader" if not german else \
            ("Oppositionsführerin" if female else "Oppositionsführer")
        found.append((holder, Title(start=i, end=i + 1, base=base,
                                    orgs=_body_after_in(doc, i + 1, sent.end))))
    return found


def _names_organisation_at(doc: Doc, j: int) -> bool:
    """Whether an organisation's name starts at token j."""
    span = doc_index(doc).ent_at.get(j)
    return span is not None and span.start == j and span.label == ORG


def _opposition_party_after(doc: Doc, verb: int) -> bool:
    """'who leads the opposition Green Party': "the opposition" right after a heading
    verb only describes the organisation named after it (the verb's object)."""
    lowers = token_table(doc).lower
    return verb + 3 < len(lowers) and lowers[verb + 1] == "the" and \
        lowers[verb + 2] == "opposition" and _names_organisation_at(doc, verb + 3)


def _body_after_in(doc: Doc, j: int, sent_end: int) -> list[str]:
    """[the organisation] named at j after "in"/"im" (and "the"/"dem"), else []."""
    lowers = token_table(doc).lower
    if j >= sent_end or lowers[j] not in {"in", "im"}:
        return []
    j += 2 if j + 1 < sent_end and lowers[j + 1] in {"the", "dem"} else 1
    span = doc_index(doc).ent_at.get(j)
    return [_ent_id(span)] if span is not None and span.start == j and span.label == ORG else []


#: English participles that make the person before them the holder of the title after
#: them, with a copula before ("was elected president", "has been named chief executive").
APPOINTED_PARTICIPLES_EN: Final = frozenset({"elected", "re-elected", "appointed", "named",
                                             "chosen", "installed", "confirmed"})
#: English verbs whose object is given the title after it ("appointed Ann Lee chairman").
APPOINTING_VERBS_EN: Final = frozenset({"elected", "re-elected", "appointed", "named", "chose",
                                        "picked", "made", "installed"})
#: Adverbs between the copula and such a participle ("was unanimously elected").
APPOINTMENT_ADVERBS: Final = frozenset({"also", "formally", "officially", "unanimously", "newly",
                                        "recently", "now", "then", "later", "subsequently"})
#: German words that say a "zum/zur" title is given (before or after it): "wurde zur
#: Präsidentin gewählt", "ernannte Eva Roth zur Chefin".
APPOINTING_WORDS_DE: Final = ("gewählt", "wiedergewählt", "ernannt", "bestimmt", "berufen",
                              "bestellt", "gekürt", "befördert", "wählte", "ernannte",
                              "bestimmte", "berief", "bestellte", "kürte", "beförderte", "wählten",
                              "ernannten", "beriefen", "bestellten", "wählt", "ernennt", "beruft")
#: The words before a title an appointment may end in: a participle or "zum"/"zur" (or a
#: person's name: "appointed Ann Lee chairman"), tested before ``_appointed_person``.
APPOINTMENT_CUES: Final = frozenset({*APPOINTED_PARTICIPLES_EN, "zum", "zur"})
#: Copulas an English appointment participle follows ("was", "has been", "were").
APPOINTMENT_COPULAS: Final = frozenset({"was", "is", "been", "were", "be"})


def _appointed_person(doc: Doc, title: Title, k: int, sent: Span,
                      german: bool) -> Span | None:
    """The person an appointment gives the title at ``title`` (k: the word before it,
    past articles): "Ana Ruiz was elected president of …", "Tom Hale, who was appointed
    chief executive …", "The board appointed Juan Perez chairman of Siemens", "Anna
    Berg wurde am Montag zur Präsidentin des DRK gewählt", "Der Aufsichtsrat bestellte
    Eva Roth zur Chefin". None when no appointment word says so ("Tom Hale spoke to
    the president", "reiste zur Präsidentin")."""
    texts, lowers = token_table(doc).text, token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    if german:
        if lowers[k] not in {"zum", "zur"} or not any(
                lowers[m] in APPOINTING_WORDS_DE for m in range(sent.start, sent.end)):
            return None
        named = ent_at.get(k - 1)
        if named is not None and named.label == PER:
            return named  # "bestellte Eva Roth zur Chefin"
        return _subject_before_copula(doc, k - 1, sent.start)
    if lowers[k] in APPOINTED_PARTICIPLES_EN:
        return _subject_before_copula(doc, k - 1, sent.start)
    named = ent_at.get(k)
    if named is not None and named.label == PER and named.end == k + 1 and \
            named.start >= 1 and lowers[named.start - 1] in APPOINTING_VERBS_EN and \
            texts[named.start - 1].islower():
        return named  # "appointed Juan Perez chairman"
    return None


def _subject_before_copula(doc: Doc, m: int, sent_start: int) -> Span | None:
    """The person right before a copula that ends at m, a few adverbs back ("Ana Ruiz
    was (unanimously) elected", "Ruiz has been named", "Anna Berg wurde am Montag
    zur …", "Tom Hale, who was appointed"); None if no copula or no person."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    stop = max(sent_start, m - 5)
    while m > stop and lowers[m] not in COPULAS and lowers[m] not in APPOINTMENT_COPULAS:
        if is_punct_text(lowers[m]) or m in ent_at:
            return None  # (German: "am Montag", "im Mai" may stand between)
        m -= 1
    if lowers[m] not in COPULAS and lowers[m] not in APPOINTMENT_COPULAS:
        return None
    m -= 1
    if m > sent_start and lowers[m] in PERFECT_AUXILIARIES | {"had", "will", "would"}:
        m -= 1  # "has been named", "will be appointed"
    named = ent_at.get(m)
    if named is not None and named.label == PER and named.end == m + 1:
        return named
    if m >= 2 and lowers[m] == "who" and lowers[m - 1] == "," and \
            (person := ent_at.get(m - 2)) is not None and person.label == PER:
        return person  # "Tom Hale, who was appointed …"
    return None


def _is_chairmanship(text: str) -> bool:
    return text in {"chairmanship", "Vorsitz"}


def _is_chair_verb(text: str) -> bool:
    return text in CHAIR_VERBS  # lower case only: "Vorstand" is the board


def _drop_vaguer_roles(doc: Doc) -> None:
    """'Presidents Zelensky and Putin', later 'The Ukrainian president': a person
    who holds a title at an organisation does not also hold it at none.

    Read from the roles found (``HeldRoles``: a pair for each HOLDS_ROLE fact, the
    organisations of each ROLE_AT fact), not from all the doc's facts; those are
    rewritten only when a role is dropped."""
    held = _held_roles(doc)
    holds = [(person, role_id) for person, role_ids in held.by_person.items()
             for role_id in role_ids]
    # roles with an organisation (a ROLE_AT fact each), and who holds one
    placed = {role_id for role_id, places in held.places.items() if places}
    placed_holders = {person for person, role_id in holds if role_id in placed}
    # Only a role without organisation of someone who holds one with can be vaguer
    # (when there is none, no title is read).
    candidates = [(person, role_id) for person, role_id in holds
                  if role_id not in placed and person in placed_holders]
    if not candidates:  # nothing to drop
        return
    nodes = doc.user_data["kg_nodes"]
    titles: dict[str, str | None] = {}  # asked twice or more per role

    def title(role_id: str) -> str | None:
        if role_id not in titles:
            node = nodes.get(role_id) if role_id.startswith("role:") else None
            titles[role_id] = None if node is None else \
                str(node.properties.get("title", "")).lower()
        return titles[role_id]

    specific = {(person, title(role_id)) for person, role_id in holds if role_id in placed}

    def vaguer(person: str, role_id: str) -> bool:
        """(asked only for a role without organisation of a holder of one with)"""
        # "Union chief Kim" beside "Kim, general secretary of the union": a generic
        # head without organisation only describes the post named elsewhere.
        words = (title(role_id) or "").split()
        if not words:
            return False
        if (person, title(role_id)) in specific or \
                words[-1] in GENERIC_HEADS and title(role_id) not in OFFICES_WITHOUT_BODY:
            return True
        # "EU Trade Commissioner Sefcovic … the commissioner", "EU-Handelskommissar …
        # der Kommissar": the head of the specific title, said again
        head = " ".join(words)
        return len(words) == 1 and any(
            p == person and t is not None and t != head and t.endswith(head)
            for p, t in specific)

    vague = {(person, role_id) for person, role_id in candidates if vaguer(person, role_id)}
    if vague:
        facts = doc.user_data["kg_facts"]
        facts[:] = [f for f in facts if f.type != "HOLDS_ROLE" or (f.start, f.end) not in vague]


#: Heads that may describe the holder of any office: "the Kremlin leader" (a president),
#: "der Manager" (a company's chief executive).
GENERIC_HEADS: Final = ("chef", "chefin", "leader", "head", "chief", "führer", "führerin", "manager",
                        "managerin")
#: Offices with a generic head that no organisation holds and no other title describes:
#: "Opposition leader Ann Lee, who heads the Wiper party" holds both.
OFFICES_WITHOUT_BODY: Final = frozenset({"opposition leader", "majority leader", "minority leader",
                                         "leader of the opposition", "senate majority leader",
                                         "house majority leader", "majority floor leader",
                                         "minority floor leader", "oppositionsführer",
                                         "oppositionsführerin"})
#: Head words naming the same office: "Der Premier" is the "Ministerpräsident".
SAME_OFFICE: Final = ({"premier", "premierminister", "ministerpräsident", "minister"},)


def _same_head(word: str, other: str) -> bool:
    """'kanzler' / 'bundeskanzler', 'interimspräsident' / 'vizepräsident':
    the same head noun (a shared ending of five letters or the whole word)."""
    size = min(5, len(word), len(other))
    if word[-size:] == other[-size:]:
        return True
    word, other = word.removesuffix("in"), other.removesuffix("in")  # female forms
    return any(word in group and other in group for group in SAME_OFFICE)


#: Heads of German titles that are neuter nouns ("das Mitglied", "das Oberhaupt"): an
#: adjective before them ends in -es ("geschäftsführendes Vorstandsmitglied").
NEUTER_HEADS: Final = ("mitglied", "oberhaupt")


def _adjective_form(word: str, female: bool, neuter: bool = False) -> str:
    """'stellvertretenden' → 'stellvertretender' (or 'stellvertretende' for a woman,
    'stellvertretendes' before a neuter head: "stellvertretendes Mitglied")."""
    low = word.lower()
    for ending in ("en", "em", "es", "er", "e"):
        if low.endswith(ending):
            return low[: -len(ending)] + ("es" if neuter else "e" if female else "er")
    return low


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _region_of_named_adjective(table: TokenTable, j: int) -> bool:
    """'der Autonomen Provinz', 'der Freien Hansestadt': a capitalised inflected
    adjective at j (part of the region's name) before a region's noun."""
    return table.lower[j].endswith("en") and table.text[j][:1].isupper() and \
        table.lower[j + 1].endswith(REGION_NOUN_ENDINGS)


def _is_indeclinable_place_adjective(text: str) -> bool:
    """'Der Schweizer Außenminister': German adjectives of places in -er are
    capitalised and never inflected, unlike 'finnische'."""
    return text[:1].isupper() and text.endswith("er") and text[1:].islower()


#: Punctuation inside an organisation's name or after it: "OSZE-Büro … (ODIHR)".
OWNER_BRACKETS: Final = frozenset({"(", ")", "-"})
#: Verbs of saying that open an inverted attribution after a quote ("…, sagte der …").
ATTRIBUTION_VERBS: Final = frozenset({"sagte", "erklärte", "betonte", "forderte", "warnte", "meinte",
                                      "fügte", "kritisierte", "said", "added", "warned", "stressed"})
#: Titles of sources news leave unnamed ("the official said"): no definite description.
UNNAMED_SOURCE_TITLES: Final = ("official",)
#: Finite verbs that end an English subject (and start its clause).
FINITE_VERBS: Final = frozenset({"told", "said", "says", "tells", "will", "would", "has", "had", "is",
                                 "was", "can", "could", "should", "must", "did", "does", "may"})
#: Parts of titles held in a company or association's own bodies (board, supervisory
#: board, works council, brand): without a named organisation, the one the text
#: is about holds them ("Personalvorstand", "Aufsichtsratsvorsitzender", "Konzernchef").
CORPORATE_TITLE_PARTS: Final = ("vorstand", "aufsichtsrat", "konzern", "unternehmens", "marken",
                                "geschäftsführer", "betriebsrat", "firmen", "direktorium",
                                # a company's officers ("chief medical officer" may be a
                                # state's; "chief executive" an agency's)
                                "chief financial officer", "chief operating officer",
                                "chief technology officer", "chief commercial officer",
                                "chief marketing officer", "chief investment officer",
                                "chief strategy officer")
#: Any of them inside a lower-case title (one search instead of a test per part).
CORPORATE_TITLE_PART: Final = re.compile("|".join(CORPORATE_TITLE_PARTS))
#: Organisation kinds whose staff carry no corporate titles of the text's company.
NOT_CORPORATE_KINDS: Final = frozenset({"party", "media", "government", "ministry", "alliance",
                                        "court", "military"})


def _company_of_corporate_title(doc: Doc, title: Title) -> str | None:
    """The organisation a corporate title without one belongs to: the company
    (lexicon kind) named last before it, else the last other organisation named
    before it that is no party, government, medium or alliance; else the first
    company named after it in its sentence ('Markenchef … für Volkswagen')."""
    if CORPORATE_TITLE_PART.search(title.base.lower()) is None:
        return None
    nodes = doc.user_data["kg_nodes"]
    index = doc_index(doc)
    fallback: str | None = None
    for span in reversed(index.ents_in(0, title.start)):
        if span.label != ORG:
            continue
        node = nodes.get(kg_id(span))
        kind = node.properties.get("kind") if node is not None else None
        if kind == "company":
            return kg_id(span)
        if fallback is None and kind not in NOT_CORPORATE_KINDS and node is not None \
                and "Place" not in node.labels and not _names_government_body(node):
            fallback = kg_id(span)
    if fallback is not None:
        return fallback
    sent = index.sents[_sentence_of(index, title)]
    for span in index.ents_in(title.end, sent.end):
        node = nodes.get(kg_id(span))
        if span.label == ORG and node is not None and node.properties.get("kind") == "company":
            return kg_id(span)
    return None


#: Endings of the names of ministries (besides governments' ``GOVERNMENT_ENDINGS``).
MINISTRY_ENDINGS: Final = ("ministerium", "ministeriums", "ministry", "department")


def _names_government_body(node: Node) -> bool:
    """Whether an organisation's name says it is a government or ministry ("Kieler
    Gesundheitsministerium", "Landesregierung"), whatever kind the lexicon gives it:
    no company whose board a corporate title sits on."""
    name = str(node.properties.get("name", "")).lower()
    return name.endswith(MINISTRY_ENDINGS) or name.endswith(GOVERNMENT_ENDINGS) or \
        name.startswith(("ministry", "department"))


#: Titles that say what kind of body their holder heads, with the words such a body's
#: name has ("Superintendent X" heads the "… School District"; "Rektorin" a university).
IMPLIED_ORGANISATION_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "superintendent": ("district", "schools"), "rector": ("university",),
    "rektor": ("universität", "hochschule"), "bishop": ("diocese",),
    "bischof": ("bistum", "diözese", "erzbistum"), "archbishop": ("archdiocese",),
    "intendant": ("rundfunk", "theater", "oper"), "chefarzt": ("klinikum", "klinik"),
    "police chief": ("police",), "chief constable": ("police", "constabulary"),
    "deputy chief constable": ("police", "constabulary"),
    "assistant chief constable": ("police", "constabulary"),
    "polizeipräsident": ("polizei", "polizeipräsidium"),
    "dean": ("faculty", "school"), "dekan": ("fakultät",)}


@functools.lru_cache(maxsize=4096)
def _implied_organisation_words(base: str) -> tuple[str, ...] | None:
    """``IMPLIED_ORGANISATION_WORDS`` of a title, female forms too (kept per title:
    asked for most roles with no organisation, and titles repeat)."""
    low = base.lower()
    return IMPLIED_ORGANISATION_WORDS.get(low) or \
        IMPLIED_ORGANISATION_WORDS.get(low.removesuffix("in"))  # ("Rektorin")


def _organisation_implied_by_title(doc: Doc, title: Title) -> str | None:
    """'Superintendent Alberto Carvalho' in a text on the 'Los Angeles Unified School
    District': a title of the head of a kind of body belongs to the body of that kind
    the text names (the mention nearest before the title, else the first after)."""
    words = _implied_organisation_words(title.base)
    if words is None:
        return None
    named = _organisation_words(doc)
    for word in words:
        if word in named:
            found = _organisation_named_by(doc, word, title.start)
            if found is not None:
                return found
    return None


#: Titles only one state has, by its country code: "Taoiseach Micheál Martin" is
#: Ireland's, "Chief Cabinet Secretary Minoru Kihara" Japan's. Not the German federal
#: titles: Austria has a Bundeskanzler and a Bundespräsident too, and a Landeshauptmann
#: heads an Austrian Land or South Tyrol (Italy), not a state.
NATIONAL_TITLES: Final = {
    "taoiseach": "ie", "tánaiste": "ie", "tanaiste": "ie", "chief cabinet secretary": "jp",
    "chancellor of the exchequer": "gb", "home secretary": "gb", "foreign secretary": "gb",
    "lord chancellor": "gb", "bundesrat": "ch", "bundesrätin": "ch"}


def _state_of_national_title(doc: Doc, title: Title) -> str | None:
    """The state a title only it has belongs to (``NATIONAL_TITLES``), when the text
    names that state (no node is made for it: "Bundeskanzler" in a text on Berlin alone
    places nothing)."""
    code = NATIONAL_TITLES.get(title.base.lower())
    if code is None:
        return None
    state = f"country:{code}"
    return state if state in doc.user_data["kg_nodes"] else None


#: Heads of titles of scholars, whose institution follows their field and "an"/"at".
ACADEMIC_HEADS: Final = ("professor", "professorin", "dozent", "dozentin", "forscher", "forscherin",
                         "wissenschaftler", "wissenschaftlerin", "ökonom", "ökonomin", "economist",
                         "researcher", "lecturer", "scientist")
#: Words that open a scholar's field after the title ("Professor für Massivbau").
FIELD_OPENERS: Final = frozenset({"für", "of"})
#: Words that open a scholar's institution ("an der TU Dresden", "am", "at").
ACADEMIC_ORG_PREPS: Final = frozenset({"an", "am", "at"})
#: Either (one lookup after every German title).
FIELD_OR_ACADEMIC_OPENERS: Final = FIELD_OPENERS | ACADEMIC_ORG_PREPS

#: Heads of titles of an organisation's officers ("Ehrenvorsitzender", "Sprecherin").
OFFICER_HEADS: Final = ("vorsitzender", "vorsitzende", "präsident", "präsidentin", "präses", "sprecher",
                        "sprecherin", "geschäftsführer", "geschäftsführerin", "chair", "chairman",
                        "chairwoman", "spokesman", "spokeswoman", "spokesperson")
#: Heads of titles of who runs an organisation's staff, office or group
#: ("Behördenchef", "Fraktionschefin", "Chief Executive"): read as an officer's.
EXECUTIVE_HEADS: Final = ("chef", "chefin", "direktor", "direktorin", "leiter", "leiterin",
                          "generalsekretär", "generalsekretärin", "chief executive", "ceo",
                          "secretary general", "secretary-general", "director general",
                          "director-general", "executive director", "managing director",
                          "chief commissioner")
#: Beginnings of such titles that run a state's government, no organisation's
#: ("Regierungschef", "Kanzleramtschef").
STATE_EXECUTIVE_STARTS: Final = ("regierungs", "staats", "kabinetts", "kanzleramts", "außenamts",
                                 "landes", "bundes", "regional", "provincial", "state")


@functools.lru_cache(maxsize=4096)
def _is_officer_title(base: str) -> bool:
    """Whether a title names an officer or executive of an organisation (not of a
    state's government): with none of its own, its organisation is the one the
    text is speaking of. (Kept per title: asked for most roles, and titles repeat.)"""
    low = base.lower()
    if low.startswith(STATE_PRESIDENTS):
        return False  # "Ministerpräsident": a head of a government, no body's president
    return low.endswith(OFFICER_HEADS) or low.endswith(EXECUTIVE_HEADS) and (
        not low.startswith(STATE_EXECUTIVE_STARTS) or low.endswith(REGIONAL_BRANCH_HEADS)
        and low.startswith("landes"))


def _is_government(doc: Doc, node_id: str) -> bool:
    """Whether the organisation is a government: of that lexicon kind, or named so
    ("Thüringer Landesregierung", "the Dutch government")."""
    node = doc.user_data["kg_nodes"].get(node_id)
    return node is not None and (node.properties.get("kind") == "government" or str(
        node.properties.get("name", "")).lower().endswith(GOVERNMENT_ENDINGS))


#: Titles of presidents of a state or its government, whose "-präsident" is no officer's.
STATE_PRESIDENTS: Final = ("ministerpräsident", "bundespräsident", "staatspräsident")
#: Heads of titles of who leads an organisation's regional branch: "Landesleiter" of a
#: rescue service, "Landesbezirksleiterin" of a union (no office of a Land's government).
REGIONAL_BRANCH_HEADS: Final = ("leiter", "leiterin")


def _organisation_of_sentence_before(doc: Doc, title: Title, person: Span,
                                     unnamed_subject: Callable[[Doc, Span], str | None],
                                     german: bool) -> str | None:
    """'Der Fahrgastverband Pro Bahn forderte … „…“, sagte Ehrenvorsitzender Jo Ek.',
    'Glencore also weighed in. Chief Executive Gary Nagle called …': an officer's or
    executive's title with no organisation in its own sentence belongs to the
    organisation that is the subject of the sentence before. A head of a government's
    ("Ministerpräsident") only when that is a government ("Die Thüringer Landesregierung
    plant … Ministerpräsident X"), not the chamber or company spoken of before."""
    if title.base.lower().startswith(STATE_PRESIDENTS):
        found = _organisation_of_sentence_before_unchecked(doc, title, person, unnamed_subject)
        return found if found is not None and _is_government(doc, found) else None
    if not _is_officer_title(title.base):
        return None
    if CORPORATE_TITLE_PART.search(title.base.lower()) is not None:
        # "Vorstandschef X" after "Das Gesundheitsministerium schwieg": a board's title
        # is no ministry's (``_company_of_corporate_title`` looks further back)
        found = _organisation_of_sentence_before_unchecked(doc, title, person, unnamed_subject)
        node = doc.user_data["kg_nodes"].get(found) if found is not None else None
        return found if node is not None and not _names_government_body(node) else None
    body_word = _body_word_of_title(doc, title, german)
    if body_word is not None:
        # "Polizeisprecherin X", "Police spokeswoman X": the title names its own body;
        # the subject before is it only if its name says so ("Polizei Hamburg")
        found = _organisation_of_sentence_before_unchecked(doc, title, person, unnamed_subject)
        node = doc.user_data["kg_nodes"].get(found) if found is not None else None
        names = [node.properties.get("name", ""), *node.properties.get("aliases", [])] \
            if node is not None else []
        return found if any(body_word in str(n).lower() for n in names) else None
    return _organisation_of_sentence_before_unchecked(doc, title, person, unnamed_subject)


#: Parts of German compound officer's titles before their head that name a body of
#: their own ("Polizeisprecherin", "Außenamtssprecher", "Regierungssprecher"): not the
#: organisation the text spoke of before, unless its name has the word.
BODY_PREFIXES_DE: Final = ("polizei", "außenamts", "regierungs", "rathaus", "feuerwehr",
                           "bundeswehr", "armee", "militär", "gerichts", "justiz",
                           "staatsanwaltschafts", "ministeriums", "kreml", "stadt", "kirchen",
                           "bistums", "klinik", "krankenhaus", "schul", "universitäts",
                           "flughafen", "bahn", "hafen")


def _body_word_of_title(doc: Doc, title: Title, german: bool) -> str | None:
    """The word an officer's title names its own body by: German a compound's first
    part that names one (``BODY_PREFIXES_DE``: "polizei" of "Polizeisprecherin"),
    English a capitalised word right before the title that no entity covers ("police"
    of "Police spokeswoman"; an acronym is more likely a short name of the body before:
    "Komnas HAM chair"); None otherwise."""
    low = title.base.lower()
    if german:
        if " " in low:
            return None
        if not low.startswith(BODY_PREFIXES_DE):  # (one test for most titles)
            return None
        prefix = next(b for b in BODY_PREFIXES_DE if low.startswith(b))
        return prefix[:-1] if prefix.endswith("s") else prefix
    texts = token_table(doc).text
    k = title.start - 1
    if k < 0 or k in doc_index(doc).ent_at or not texts[k][:1].isupper() or \
            not texts[k].isalpha() or texts[k].isupper() or texts[k].lower() in ORG_ANAPHORS or \
            texts[k].lower() in APPOSITION_ARTICLES:
        return None
    return texts[k].lower()


def _organisation_of_sentence_before_unchecked(
        doc: Doc, title: Title, person: Span,
        unnamed_subject: Callable[[Doc, Span], str | None]) -> str | None:
    """``_organisation_of_sentence_before`` past its tests of the title."""
    index = doc_index(doc)
    sent_i = _sentence_of(index, title)
    sent = index.sents[sent_i]
    table = token_table(doc)
    if title.start > sent.start and table.text[title.start - 1] in CLAUSE_END_MARKS:
        # "Der Verband Economiesuisse richtete einen Appell an die Politik: Präsident X
        # rief …", "Auch die FDP ist skeptisch; Parteichef X sagte …": the clause
        # before the colon or semicolon is as the sentence before
        return _organisation_subject(doc, index.ents_in(sent.start, title.start - 1),
                                     sent.start)
    if not _opens_sentence(table.lower, title.start, sent.start) and \
            any(e.label != PER or e.start != person.start and e.label == PER
                for e in index.ents_in(sent.start, sent.end)):
        # other names in the sentence: no plain quote attribution (a title opening the
        # sentence continues the one before: "Die Handelskammer meldete sich. Präses X …")
        return None
    # the nearest sentence that names an organisation ("Der Vorstand der TKSE teilte mit
    # … Als Gründe nannte die Stahlsparte … Stahlchef X sprach"): one that names none
    # goes on speaking of it
    earlier = [s for s in index.sents[max(0, sent_i - 3):sent_i] if not span_text(s).isspace()]
    for before in reversed(earlier):
        named = index.ents_in(before.start, before.end)
        if any(e.label == ORG for e in named):
            return _organisation_subject(doc, named, before.start)
        subject = unnamed_subject(doc, before)  # "Die Kleinbahnen Ost (KBO) weisen … zurück"
        if subject is not None:
            return subject
    return None


#: Dashes that end a dateline ("WIEN (APA) - …", "PRAGUE (Reuters) — …").
DATELINE_DASHES: Final = frozenset({"-", "–", "—"})


def _dateline_dash(texts: list[str], start: int) -> int | None:
    """The dash ending a dateline that opens the sentence at ``start`` ("WIEN (APA) -",
    "NEW YORK, June 3 (Reuters) —"): a capitalised place in upper case first; its city
    and agency are not what the sentence is about."""
    first = texts[start] if start < len(texts) else ""
    if len(first) < 2 or not first.isupper() or not first.isalpha():
        return None
    return next((m for m in range(start + 1, min(len(texts), start + 12))
                 if texts[m] in DATELINE_DASHES and texts[m - 1] in {")", ",", first}), None)


def _past_compound_place(named: list[Span], lowers: list[str]) -> list[Span]:
    """The entities of a clause without a first place that only modifies the subject
    in a compound: "Zurich-based Acme said …", "London-listed Acme …" are about Acme."""
    if named and named[0].label in GPE_OR_LOC and lowers[named[0].end:named[0].end + 1] == ["-"]:
        return named[1:]
    return named


#: Marks that end a clause another clause about the same subject follows.
CLAUSE_END_MARKS: Final = frozenset({":", ";"})


def _opens_sentence(lowers: list[str], start: int, sent_start: int) -> bool:
    """Whether a title opens its sentence, alone or after a definite article: 'Der
    Vorsitzende Jo Ek verlangte …' continues the sentence before as much as
    'Präses Jo Ek …' does (the article says the reader knows whose officer it is)."""
    return start == sent_start or \
        start == sent_start + 1 and lowers[sent_start] in DEFINITE_SUBJECTS


def _organisation_subject(doc: Doc, named: list[Span], start: int) -> str | None:
    """The organisation a clause from ``start`` is about: its first entity, within
    its first words, an organisation that is no government or medium (nor the prefix
    of a compound: "Roche-Chef" is a person); else a German
    subject after the verb, behind a long first phrase ("Im Streit um die Regel
    erhöht das Kartellamt den Druck auf die Liga")."""
    lowers = token_table(doc).lower
    named = _past_compound_place(named, lowers)
    dash = _dateline_dash(token_table(doc).text, start)
    if dash is not None:  # "WIEN (APA) - Der Österreichische Rundfunk streicht …"
        named = [e for e in named if e.start > dash]
        start = dash + 1
    # the subject may follow the verb: "Widerstand kündigte die Volkspartei an."
    if named and named[0].label == ORG and named[0].start - start <= 5:
        if lowers[named[0].end:named[0].end + 1] == ["-"]:
            return None  # "Roche-Chef X verwies …": the name modifies the subject
        return _acting_organisation(doc, named[0]) or _medium_acting(doc, named[0])
    for span in named:
        k = span.start
        if span.label == ORG and k - 2 >= start and lowers[k - 1] in INVERTED_ARTICLES and \
                lowers[k - 2].isalpha() and lowers[k - 2] not in DE_PREPOSITIONS:
            # the article after a word that opens no phrase: the finite verb
            return _acting_organisation(doc, span)
    return None


#: German articles of a subject ("erhöht das Kartellamt").
INVERTED_ARTICLES: Final = frozenset({"der", "die", "das"})
#: German prepositions before an article (its noun is in a phrase, no subject).
DE_PREPOSITIONS: Final = frozenset({"an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter",
                                    "in", "mit", "nach", "neben", "ohne", "seit", "über", "um",
                                    "unter", "von", "vor", "wegen", "zu", "zwischen", "trotz",
                                    "während", "und", "oder", "sowie", "als", "wie"})


#: Verbs of reporting: a medium as their subject reports on others ("Reuters reported").
REPORTING_VERBS: Final = frozenset({"reported", "reports", "said", "says", "quoted", "cited", "wrote",
                                    "berichtete", "berichtet", "meldete", "meldet", "schrieb",
                                    "schreibt", "zitierte", "sagte"})


def _medium_acting(doc: Doc, span: Span) -> str | None:
    """'Der Österreichische Rundfunk (ORF) streicht 320 Millionen Euro': a medium that is
    the subject of a verb other than one of reporting acts itself, and its officers
    are its own (an agency reporting on others is not: "Reuters reported …")."""
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    if node is None or node.properties.get("kind") != "media":
        return None
    texts, lowers = token_table(doc).text, token_table(doc).lower
    j = span.end + 3 if texts[span.end:span.end + 1] == ["("] else span.end  # "(ORF)"
    return kg_id(span) if j < len(lowers) and lowers[j].isalpha() and \
        lowers[j] not in REPORTING_VERBS else None


def _acting_organisation(doc: Doc, span: Span) -> str | None:
    """The organisation's node id, unless it is a government or a medium."""
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    if node is not None and node.properties.get("kind") not in {"government", "media"}:
        return kg_id(span)
    return None


#: Beginnings of the title of a deputy: "Vizepräsident", "deputy governor".
DEPUTY_PREFIXES: Final = ("vize", "vice-", "vice ", "deputy ", "stellvertretender ",
                          "stellvertretende ")


@functools.lru_cache(maxsize=4096)
def _title_head(title: str) -> str:
    """A title's last word, lower case, without a feminine "-in" ("Präsidentin" is
    "präsident"); kept per title: asked of every role held for each deputy's title."""
    return title.lower().split()[-1].removesuffix("in")


def _office_deputised(doc: Doc, title: Title) -> str | None:
    """'SNB-Präsident Martin Schlegel … Vizepräsident Antoine Martin …': a deputy's
    bare title serves where the office it deputises was last placed in the text."""
    base = title.base.lower()
    if not base.startswith(DEPUTY_PREFIXES):
        return None  # (most titles: one test instead of one per prefix)
    prefix = next((p for p in DEPUTY_PREFIXES if base.startswith(p)), None)
    if prefix is None or len(base) - len(prefix) < 4:
        return None
    deputised = base[len(prefix):].removesuffix("in")
    nodes = doc.user_data["kg_nodes"]
    found: str | None = None
    compound_end = "-" + deputised
    for role_id, places in _held_roles(doc).places.items():
        if len(places) != 1:
            continue  # (first: most roles hold no or several places)
        role = nodes.get(role_id)
        if role is None:
            continue
        head = _title_head(str(role.properties.get("title", "")))
        if head == deputised or head.endswith(compound_end):
            found = next(iter(places))
    return found


#: Where a German federal cabinet post ("Bundeskanzler", "Bundesfinanzministerin")
#: is held, the first of them the text names: the posts of a "Bundes-" title.
FEDERAL_GOVERNMENT_IDS: Final = ("organisation:bundesregierung", "country:de")


def _federal_government(doc: Doc, title: Title) -> str | None:
    """'Bundeskanzler Jo Berg', 'Bundesumweltministerin Eva Lis': a post in the
    federal government, which the text names as 'die Bundesregierung' or
    'Deutschland' (no node is made for it: a text may name neither)."""
    base = title.base.lower()
    if not base.startswith("bundes") or "minister" not in base and "kanzler" not in base:
        return None
    nodes = doc.user_data["kg_nodes"]
    return next((node_id for node_id in FEDERAL_GOVERNMENT_IDS if node_id in nodes), None)


#: Heads of the names of ministries ("Ministry of Finance", "Department of Agriculture").
MINISTRY_WORDS: Final = frozenset({"ministry", "department", "ministerium"})
#: Words of a portfolio title that name no portfolio ("Minister of the Interior").
PORTFOLIO_NON_WORDS: Final = frozenset({"minister", "secretary", "of", "for", "and", "the", "&",
                                         "deputy", "acting", "former", "state", "vice", "first",
                                         "ministry", "department"})


def _ministry_of_portfolio(doc: Doc, title: Title) -> str | None:
    """'Minister of Industry and Trade X' with 'the Ministry of Industry and Trade'
    named, 'Agriculture Secretary X' with 'the Department of Agriculture', 'Kulturminister
    X' with 'das Kulturministerium': a portfolio title is held at the one ministry the
    text names with every word of its portfolio."""
    base = title.base.lower()
    head = base.split()[-1] if base else ""
    if not head.endswith(("minister", "ministerin", "secretary")):
        return None
    if not token_table(doc).passing("ministry-word", _is_ministry_word):
        return None  # (most texts: no ministry named; the doc's words, tested once each)
    ministries = _ministries(doc)
    if not ministries:
        return None
    if " " not in base and head.endswith(("minister", "ministerin")) and \
            head not in {"minister", "ministerin"}:
        # a German compound: "kulturminister" is at "Kulturministerium"
        name = head[:head.rindex("minister")] + "ministerium"
        found = {node_id for node_id, words in ministries if name in words}
    else:
        lowers = token_table(doc).lower
        portfolio = {w for w in lowers[title.start:title.end]
                     if w.isalpha() and w not in PORTFOLIO_NON_WORDS}
        found = {node_id for node_id, words in ministries if portfolio and portfolio <= words}
    return next(iter(found)) if len(found) == 1 else None


def _is_ministry_word(text: str) -> bool:
    """'Ministry', 'Department', 'Kulturministerium': a word a ministry's name has."""
    low = text.lower()
    return low in MINISTRY_WORDS or low.endswith("ministerium")


def _ministries(doc: Doc) -> list[tuple[str, frozenset[str]]]:
    """The doc's ministries and the lower-case words of their names (once per doc)."""
    found: list[tuple[str, frozenset[str]]] | None = doc.user_data.get("kg_ministries")
    if found is None:
        nodes = doc.user_data["kg_nodes"]
        found = []
        for node_id in dict.fromkeys(node_id for _, node_id in _organisation_mentions(doc)):
            node = nodes.get(node_id)
            name = str(node.properties.get("name", "")).lower() if node is not None else ""
            if "minist" in name or "department" in name:  # (a cheap test first)
                words = frozenset(name.split())
                if not MINISTRY_WORDS.isdisjoint(words) or any(w.endswith("ministerium")
                                                               for w in words):
                    found.append((node_id, words))
        doc.user_data["kg_ministries"] = found
    return found


def _organisation_mentions(doc: Doc) -> list[tuple[int, str]]:
    """The first token and node id of each organisation the doc's entities name
    (once per doc: ``_led_organisations`` and ``_organisation_words`` both walk them)."""
    mentions = doc.user_data.get("kg_organisation_mentions")
    if mentions is None:
        mentions = doc.user_data["kg_organisation_mentions"] = [
            (span.start, _ent_id(span)) for span in doc_index(doc).ents if span.label == ORG]
    return mentions


def _organisation_named_with(doc: Doc, words: list[str], before: int) -> str | None:
    """The organisation whose name has ``words`` in a row ("Garda" of "Garda Siochana",
    "Human Settlements" of "Department of Human Settlements and Urban Development"): the
    nearest named before token ``before``, else the first named after it. Not one word
    any body's name may have ("Department", "National", "Affairs": "External Affairs" is
    no "Foreign Affairs").
    """
    if len(words) == 1 and (len(words[0]) < 3 or words[0] in vocab.EN_ORG_HEADS or
                            words[0].lower() in GENERIC_NAME_WORDS):
        return None
    nodes = doc.user_data["kg_nodes"]
    size = len(words)
    found: str | None = None
    for start, node_id in _organisation_mentions(doc):
        if start >= before and found is not None:
            break
        node = nodes.get(node_id)
        if node is None:
            continue
        name = str(node.properties.get("name") or "").split()
        if any(name[m:m + size] == words for m in range(len(name) - size + 1)):
            found = node_id
    return found


#: Words many bodies' names have: they name none of them alone.
GENERIC_NAME_WORDS: Final = frozenset({"national", "federal", "international", "european", "central",
                                       "royal", "state", "united", "general", "supreme", "public",
                                       "american", "british", "new", "world", "global", "affairs",
                                       "development", "trade", "and", "of", "the", "for"})


def _organisation_words(doc: Doc) -> frozenset[str]:
    """The lower-case names, aliases and their words of the doc's organisations:
    a cheap test before ``_organisation_named_by`` walks the mentions (once per doc)."""
    words = doc.user_data.get("kg_organisation_words")
    if words is None:
        nodes = doc.user_data["kg_nodes"]
        found: set[str] = set()
        for node_id in {node_id for _, node_id in _organisation_mentions(doc)}:
            node = nodes.get(node_id)
            if node is None:
                continue
            for name in (node.properties.get("name") or "", *node.properties.get("aliases", [])):
                lower, words_of_name, _ = _name_forms(name)
                found.add(lower)
                found.update(words_of_name)
        words = doc.user_data["kg_organisation_words"] = frozenset(found)
    return words


def _organisation_named_by(doc: Doc, word: str, before: int) -> str | None:
    """The organisation a compound prefix names by one of its words or aliases:
    'Bahn-Personalvorstand' after 'die Deutsche Bahn'. The mention nearest before
    the title wins; only an organisation of this text counts, so an unknown word
    ('Grünen-', 'Agrar-') finds nothing."""
    low = word.lower()
    # an abbreviation of the name's capitalised words: "DB-Personalvorstand" after
    # "die Deutsche Bahn"
    initials = word if word.isupper() and word.isalpha() and 2 <= len(word) <= 5 else None
    if len(low) < 3 and initials is None:
        return None
    nodes = doc.user_data["kg_nodes"]
    found: str | None = None
    for start, node_id in _organisation_mentions(doc):  # (the doc's ORG spans, in order)
        if start > before and found is not None:
            break
        node = nodes.get(node_id)
        if node is None:
            continue
        names = [node.properties.get("name") or "", *node.properties.get("aliases", [])]
        forms = [_name_forms(name) for name in names]
        if any(low == lower or low in words for lower, words, _ in forms) or \
                initials is not None and any(letters == initials or len(initials) > len(letters) and
                                             _compound_initials(initials, lower, letters)
                                             for lower, _, letters in forms):
            found = node.id
    return found


def _compound_initials(initials: str, lower: str, letters: str) -> bool:
    """'AK' of 'Arbeiterkammer', 'WKÖ' of 'Wirtschaftskammer Österreich': an
    abbreviation of a name with compound words has more letters than the name has
    capitalised words (one more: a name with three compound parts to its one capital
    is rarer than a chance match); its first is the name's, the others follow in the
    name in order (the compound parts' first letters)."""
    if not len(letters) < len(initials) <= len(letters) + 1 or \
            not lower.startswith(initials[0].lower()):
        return False  # (one compound part more: "AUR" is no "Antikorruptionsbehörde")
    in_order = iter(initials.lower())
    if not all(letter in in_order for letter in letters.lower()):
        return False  # each word's own initial is among them: "AOK" is no "Apothekerkammer SH"
    rest = iter(lower[1:])
    return all(letter in rest for letter in initials[1:].lower())


@functools.lru_cache(maxsize=65536)
def _name_forms(name: str) -> tuple[str, frozenset[str], str]:
    """An organisation's name lower-cased, its lower-case words and its initials
    (``_organisation_named_by`` compares them with each prefix; news repeat names)."""
    return name.lower(), frozenset(name.lower().split()), _initials(name)


def _initials(name: str) -> str:
    """'Deutsche Bahn' → 'DB': the first letters of a name's capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _organisation_ending_with(doc: Doc, stem: str, before: int) -> str | None:
    """The one organisation of this text named before token ``before`` whose name
    has a word ending with ``stem`` (and longer than it); none when several do."""
    if not any(w.endswith(stem) and len(w) > len(stem) for w in _organisation_words(doc)):
        return None  # (the doc's words, kept per doc: most prefixes end none of them)
    nodes = doc.user_data["kg_nodes"]
    found: set[str] = set()
    for start, node_id in _organisation_mentions(doc):
        node = nodes.get(node_id) if start < before and node_id else None
        if node is None:
            continue
        names = [node.properties.get("name") or "", *node.properties.get("aliases", [])]
        if any(w.endswith(stem) and len(w) > len(stem) for n in names for w in n.lower().split()):
            found.add(node.id)
    return next(iter(found)) if len(found) == 1 else None


def _described_name_at(texts: list[str], lowers: list[str], j: int,
                       ent_at: dict[int, Span]) -> bool:
    """'die Rumänin Laura Kövesi', 'the Briton Jo Ek': at j a definite article and one
    capitalised noun (an origin, an occupation) that a person's name follows."""
    if j + 2 >= len(texts) or lowers[j] not in DEFINITE_SUBJECTS:
        return False
    name = ent_at.get(j + 2)
    return name is not None and name.label == PER and j + 1 not in ent_at and \
        texts[j + 1][:1].isupper() and texts[j + 1].isalpha()


def _opens_with_unnamed_clause(doc: Doc, start: int, k: int) -> bool:
    """'A spokesperson for the lender said its director …': English "its" after
    words that name nothing points back as far as at a sentence start (a person
    can be no "its"; a name before it would be its owner)."""
    lowers = token_table(doc).lower
    return lowers[k] == "its" and not doc_index(doc).ents_in(start, k)


def _is_compound_prefix(doc: Doc, span: Span) -> bool:
    """'EU' of 'EU-Mittel': a name that a hyphen joins to the word after it
    modifies that word; the clause does not speak of it."""
    table = token_table(doc)
    return span.end < len(table.text) and table.text[span.end] == "-" and \
        not table.space[span.end - 1]


def _body_led_by(doc: Doc, person: Span, title: Title) -> str | None:
    """'Energieminister Albert Rösti, der das Departement für Energie (UVEK) leitet',
    'Energy Minister Jo Ek, who heads the Energy Department': a minister's title
    belongs to the body the relative clause right after the name says its holder
    heads."""
    if not title.base.lower().endswith(PORTFOLIO_HEADS) or title.end != person.start:
        return None  # (only the title right before the name)
    table = token_table(doc)
    lowers = table.lower
    j = person.end
    if j + 2 < len(lowers) and lowers[j] == "(" and lowers[j + 2] == ")":
        j += 3  # a party in brackets
    if j + 2 >= len(lowers) or lowers[j] != "," or lowers[j + 1] not in RELATIVE_PRONOUNS:
        return None  # (most names: no relative clause after them)
    index = doc_index(doc)
    end = min(index.sent(person.start).end, j + 24)
    verb = next((m for m in range(j + 2, end) if lowers[m] in HEAD_VERB_TITLES), None)
    if verb is None:
        return None
    # the German verb ends the clause ("… das UVEK leitet"), the English one opens it
    first, last = (j + 2, verb) if lowers[verb - 1] != lowers[j + 1] else (verb + 1, end)
    bodies = [e for e in index.ents_in(first, last) if e.label == ORG]
    return kg_id(bodies[0]) if bodies else None


#: Participles of heading, and the word before the agent after them ("headed by X").
HEADED_PARTICIPLES: Final = frozenset({"headed", "led", "chaired", "geleitet", "angeführt", "geführt"})
AGENT_WORDS: Final = frozenset({"by", "von"})


def _body_headed_by(doc: Doc, title: Title) -> str | None:
    """'The State Audit Office, headed by Auditor General Ivan Klesic', 'die Behörde,
    geleitet von Präsidentin Ana Lind': a title right after "headed by" is held at
    the body named right before the participle."""
    verb = title.start - 2
    lowers = token_table(doc).lower
    if verb < 1 or lowers[title.start - 1] not in AGENT_WORDS or \
            lowers[verb] not in HEADED_PARTICIPLES:
        return None
    body_end = verb - 1 if lowers[verb - 1] == "," else verb
    body = doc_index(doc).ent_at.get(body_end - 1)
    return kg_id(body) if body is not None and body.label == ORG and body.end == body_end \
        else None


def _genitive_name(doc: Doc, span: Span) -> bool:
    """'Ein Sprecher Wiederkehrs', 'Berater Trumps': a German name in the genitive
    (its last word is the person's surname with an -s the name does not have) after
    a title owns the title; it does not hold it."""
    last = token_table(doc).text[span.end - 1]
    if not last.endswith("s"):
        return False  # (most names)
    node = doc.user_data["kg_nodes"].get(kg_id(span))
    if node is None:
        return False
    names = (str(node.properties.get("name") or ""), *node.properties.get("aliases", []))
    return all(name.split()[-1:] != [last] for name in names) and \
        any(name.split()[-1:] == [last[:-1]] for name in names)


def _title_before_name(texts: list[str], j: int, title_at: dict[int, Title],
                       ent_at: dict[int, Span]) -> Title | None:
    """A title at j, or after up to three capitalised words that name its place
    ('Kent County Governor'), that a person's name follows."""
    for m in range(j, min(j + 4, len(texts))):
        title = title_at.get(m)
        if title is not None:
            holder = ent_at.get(title.end)
            return title if holder is not None and holder.label == PER else None
        if not (texts[m][:1].isupper() and texts[m].isalpha()) or m in ent_at \
                and ent_at[m].label == PER:
            return None
    return None


def _last_named_body(doc: Doc, k: int) -> str | None:
    """The organisation or state named last before token k in k's sentence, when no
    person is named after it ("die Rede von Karl Moser hielt dessen Sprecher …" is
    Moser's spokesman, no organisation's)."""
    index = doc_index(doc)
    sent = index.sents[index.sent_index(k)]
    named = index.ents_in(sent.start, k)
    if not named or named[-1].label not in ORG_OR_GPE:
        return None
    return kg_id(named[-1])


#: Prepositions that open where an owner sits or which body it belongs to ("der
#: Grünen-Fraktion im Bundestag", "Labour MP for Bristol West").
QUALIFIER_PREPS: Final = frozenset({"im", "in", "an", "am", "für", "for", "at"})
#: Articles inside such a qualifier ("an der ETH Zürich", "in the European Parliament").
QUALIFIER_ARTICLES: Final = frozenset({"der", "dem", "den", "des", "the"})
#: The most tokens an owner's qualifier spans before the name.
QUALIFIER_REACH: Final = 12


def _past_owner_qualifiers(doc: Doc, j: int, ent_at: dict[int, Span]) -> int:
    """'Die Vorsitzende der Grünen-Fraktion im Bundestag, Eva Lis', 'Der Leiter des
    Verdi-Landesbezirks Bayern, Hessen und Thüringen, Jan Ruf', 'Labour MP for Bristol
    West Ann Lee': after the owner a title names, a phrase saying where it sits or
    which body it belongs to (a preposition, articles, capitalised words and names,
    a list of places) before the holder's name: the comma before the name, or the
    name's start; j when the words are anything else (a verb: "Der Präsident des DFB
    sprach in Frankfurt, Jan Ruf …")."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    size = len(texts)
    m = j
    limit = min(size - 1, j + QUALIFIER_REACH)
    while m < limit:
        span = ent_at.get(m)
        if span is not None and span.start == m:
            if span.label == PER:
                return m if m > j and texts[m - 1] != "," else j
            m = span.end
            continue
        text = texts[m]
        if text == ",":
            name = _past_courtesy_titles(lowers, m + 1, ent_at)
            after = ent_at.get(name)
            if after is None or after.start != name:
                return j
            if after.label == PER:
                return m if m > j else j
            if after.label not in GPE_OR_LOC:
                return j
        elif text == "(" and m + 2 < size and texts[m + 2] == ")":
            m += 2  # an acronym: "im Deutschen Bibliotheksverband (dbv)"
        elif lowers[m] in AND_WORDS:
            after = ent_at.get(m + 1)
            if after is None or after.label not in GPE_OR_LOC:
                return j
        elif not (lowers[m] in QUALIFIER_PREPS or lowers[m] in QUALIFIER_ARTICLES or
                  text == "-" or text[:1].isupper() and text.isalpha()):
            return j
        m += 1
    return j


#: Words before an English title that make it a noun phrase of its own ("the head of
#: the company Ann Lee founded"), not a title before a name.
NOUN_PHRASE_OPENERS: Final = frozenset({*EN_DETERMINERS, *POSSESSIVES, "of", "as"})
#: The most lower-case words of an unnamed body ("the civil service").
UNNAMED_BODY_WORDS: Final = 3


def _past_unnamed_body(texts: list[str], lowers: list[str], start: int, j: int,
                       ent_at: dict[int, Span]) -> int:
    """'Former head of the civil service Tom Reed said': an English title with no
    article before it, then "of the" and a body named by lower-case words, then a name:
    the name's start (the title is his); j otherwise ("the head of the company Ann Lee
    founded": an article makes the title a noun phrase of its own)."""
    if start > 0 and lowers[start - 1] in NOUN_PHRASE_OPENERS:
        return j
    m = j + 2
    while m < len(texts) and m - j - 2 < UNNAMED_BODY_WORDS and texts[m].isalpha() and \
            texts[m].islower():
        m += 1
    span = ent_at.get(m)
    return m if m > j + 2 and span is not None and span.start == m and span.label == PER else j


#: Academic and courtesy titles between a post and the name ("Its spokesman, Dr. Tom
#: Reed", "Präsident Prof. Dr. Jan Ruf"): no post of their own.
COURTESY_TITLES: Final = frozenset({"dr.", "dr", "prof.", "prof", "mr.", "mr", "mrs.", "mrs",
                                   "ms.", "ms", "sir", "dame", "dres.", "dr.-ing", "dr.-ing.",
                                   "dipl.-ing", "dipl.-ing."})
#: The subjects of German doctorates after "Dr." ("Dr. med.", "Dr. rer. nat.", "Dr. h.c.").
DEGREE_SUBJECTS: Final = frozenset({"med", "rer", "nat", "phil", "jur", "oec", "pol", "dent",
                                    "vet", "habil", "h.c", "theol", "iur", "sc", "techn"})


def _degree_part(low: str, before: str) -> bool:
    """Whether a token after an academic title still belongs to it: a doctorate's
    subject ("med.", "rer."), or the full stop the tokenizer split off one ("med" ".")."""
    if low == ".":
        return not before.endswith(".")
    return low.rstrip(".") in DEGREE_SUBJECTS


def _past_courtesy_titles(lowers: list[str], j: int, ent_at: dict[int, Span]) -> int:
    """The start of the person's name after academic or courtesy titles at j ("Dr.",
    "Prof. Dr."); j when no name follows them."""
    m = j
    while m < len(lowers) and m - j < 8 and (
            lowers[m] in COURTESY_TITLES or m > j and _degree_part(lowers[m], lowers[m - 1])):
        m += 1
    span = ent_at.get(m)
    return m if span is not None and span.label == PER and span.start == m else j


def _owner_before(doc: Doc, k: int, ent_at: dict[int, Span]) -> str | None:
    """The organisation or state a title right after token k belongs to by the words
    before it: a relative possessive after a comma ("der Beamtenbund, dessen Chef …",
    "the Caribbean Community (CARICOM), whose Secretary-General …") or "unter"/"under"
    after the body's name ("die Kommission unter Präsidentin …")."""
    if k < 1:
        return None
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    if lowers[k] in RELATIVE_POSSESSIVES and texts[k - 1] == ",":
        j = k - 2
        if j >= 2 and texts[j] == ")" and texts[j - 2] == "(":
            j -= 1  # the acronym in brackets after the name
    elif lowers[k] in LED_BY_PREPS:
        # past the body's acronym in brackets: "das Umweltbundesamt (UBA) unter …"
        j = k - 1 if k < 4 or texts[k - 1] != ")" or texts[k - 3] != "(" else k - 4
    else:
        return None
    span = ent_at.get(j) if j >= 0 else None
    if span is None or span.end != j + 1 or span.label not in ORG_OR_GPE:
        return None
    return kg_id(span)


#: The commission whose members a union's commissioners are ("EU-Kommissar" sits in
#: the European Commission, not in the union's councils).
COMMISSION_OF_UNION: Final = {"organisation:europaeische-union": "organisation:europaeische-kommission",
                              "organisation:afrikanische-union":
                           "organisation:kommission-der-afrikanischen-union"}
COMMISSIONER_HEADS: Final = ("kommissar", "kommissarin", "commissioner")


def _commission_of(doc: Doc, org: str, base: str) -> str:
    """'EU-Kommissar', 'EU Commissioner': the union's commission as well, when the
    text names it (a commission node of its own would be an unnamed extra); the
    commissioner serves both."""
    commission = COMMISSION_OF_UNION.get(org)
    if commission is None or not base.lower().endswith(COMMISSIONER_HEADS) or \
            commission not in doc.user_data["kg_nodes"]:
        return org
    return commission


def _past_rest_of_owner(doc: Doc, j: int, ent_at: dict[int, Span]) -> int:
    """'der Präsident des Verbands Forschender Arzneimittelhersteller (vfa), Han
    Steutel': capitalised words at j that end an owner's name the entities cut short,
    and its acronym in brackets, before the comma of a name: the comma, else j."""
    table = token_table(doc)
    texts = table.text
    size = len(texts)
    m = j
    while m < size and m - j < 3 and texts[m][:1].isupper() and texts[m].isalpha() \
            and m not in ent_at:
        m += 1
    if m == j:
        return j
    if m + 2 < size and texts[m] == "(" and texts[m + 2] == ")":
        m += 3
    if m + 1 < size and texts[m] == "," and m + 1 in ent_at and ent_at[m + 1].label == PER:
        return m
    return j


def _lower_case_name_after_kind(texts: list[str], lowers: list[str], j: int,
                                ent_at: dict[int, Span]) -> bool:
    """'der Vorsitzende der Gewerkschaft vida, Roman Hebenstreit,': a body written in
    lower case after its kind noun, then the holder's name in apposition (closed by a
    comma or the sentence's end: "der Gewerkschaft betonte, Jan Berg sei …" names no
    holder)."""
    if j < 1 or j + 3 >= len(texts) or not texts[j].isalpha() or not texts[j].islower() or \
            texts[j + 1] != "," or not lowers[j - 1].endswith(DE_KIND_ENDINGS) and \
            lowers[j - 1] not in EN_KIND_NOUNS:
        return False
    span = ent_at.get(j + 2)
    return span is not None and span.label == PER and span.start == j + 2 and \
        (span.end >= len(texts) or texts[span.end] in {",", ".", ";"})


def _lower_case_name_in_text(texts: list[str], lowers: list[str], k: int) -> bool:
    """'die Gewerkschaft vida … vida-Vorsitzender X': a lower-case compound prefix
    that the text also writes right after a kind noun is that body's name. (Asked of
    a lower-case prefix of a leader's title only: rare.)"""
    word = texts[k]
    if len(word) < 3 or not word.isalpha() or not word.islower():
        return False
    return any(texts[m] == word and m != k and lowers[m - 1].endswith(DE_KIND_ENDINGS)
               for m in range(1, len(texts)))


#: The most words of a gloss or a field after an English title.
GLOSS_WORDS: Final = 3


def _past_title_gloss(texts: list[str], lowers: list[str], end: int) -> int:
    """'the kaiwhakahaere, or chair, of Te Rūnanga': the token after a gloss of the
    title (", or" and up to three lower-case words, then a comma) when an owner's
    "of"/"at" follows it; ``end`` otherwise."""
    if end + 4 >= len(lowers) or lowers[end + 1] != "or":
        return end
    comma = next((m for m in range(end + 3, min(len(lowers) - 1, end + 3 + GLOSS_WORDS))
                  if lowers[m] == ","), None)
    if comma is None or lowers[comma + 1] not in {"of", "at"} or \
            not all(texts[m].isalpha() and texts[m].islower() for m in range(end + 2, comma)):
        return end
    return comma + 1


def _past_field_of_work(texts: list[str], lowers: list[str], end: int) -> int:
    """'head of communications at Norvex', 'director of research and development at
    …': the "at" after a title's field (up to three lower-case words, "the" not among
    them: "head of the union at …" names the union); ``end`` otherwise."""
    m = end + 1
    while m < len(lowers) and m - end <= GLOSS_WORDS and texts[m].isalpha() and \
            texts[m].islower() and lowers[m] not in {"the", "at"}:
        m += 1
    return m if m > end + 1 and m < len(lowers) and lowers[m] == "at" else end


def _word_before_name(texts: list[str], lowers: list[str], j: int,
                      ent_at: dict[int, Span]) -> bool:
    """Whether the word at j is one capitalised word that no entity covers right before
    a person's name of two words or more ("Efa" of "Efa Gruffudd Jones" when the
    entities know "Gruffudd Jones" only); not an article, an acronym or a courtesy title."""
    if j + 2 >= len(texts) or j in ent_at or not texts[j].isalpha() or \
            not texts[j][:1].isupper() or texts[j].isupper() or \
            lowers[j] in APPOSITION_ARTICLES or lowers[j] in COURTESY_TITLES:
        return False
    span = ent_at.get(j + 1)
    return span is not None and span.label == PER and span.start == j + 1 and \
        span.end - span.start >= 2


#: Endings of English adjectives of countries ("Haiti|an", "Niger|ian", "Chin|ese").
DEMONYM_ENDINGS: Final = ("ian", "an", "ese", "ish", "i")


def _country_of_demonym(doc: Doc, word: str) -> str | None:
    """The state of this text an English adjective the lexicon lacks is formed from:
    'Haitian' → Haiti, 'Dominican' → Dominican Republic, when the text names that
    state (its name's first word, less at most two final letters, starts the word)."""
    firsts = doc.user_data.get("kg_country_first_words")
    if firsts is None:
        firsts = doc.user_data["kg_country_first_words"] = {
            str(node.properties.get("name") or "").split(" ")[0].lower(): node.id
            for node in doc.user_data["kg_nodes"].values()
            if "Country" in node.labels and node.properties.get("name")}
    low = word.lower()
    if low in firsts:
        return firsts[low]  # "Dominican" of "Dominican Republic"
    for ending in DEMONYM_ENDINGS:
        stem = low[: len(low) - len(ending)]
        if not low.endswith(ending) or len(stem) < 4:
            continue
        for first, node_id in firsts.items():
            if first.startswith(stem) and len(first) - len(stem) <= 2:
                return node_id
    return None


#: Endings of German nouns of a place before its name ("des Freistaats Bayern", "der
#: Stadt Wien", "des Landkreises Harburg"): the place itself.
PLACE_NOUN_ENDINGS_DE: Final = ("stadt", "kanton", "kreis", "gemeinde", "region", "land",
                                "bezirk", "provinz", "staat", "republik", "königreich", "insel",
                                "departement", "distrikt", "emirat", "fürstentum", "dorf",
                                "hansestadt", "metropole", "ort", "markt", "tal")
#: Capitalised particles that start a company's or family's name ("De Havilland",
#: "Van Oord", "La Poste", "Al Jazeera").
NAME_PARTICLES: Final = frozenset({"De", "Van", "Von", "La", "Le", "Al", "El", "Di", "Da", "Du",
                                   "Del", "Dos", "Des", "Ter", "Ten"})
#: English compass words that stand before a place's name ("of Eastern Ukraine").
COMPASS_WORDS_EN: Final = frozenset({"northern", "southern", "eastern", "western", "central",
                                     "north", "south", "east", "west", "greater", "upper",
                                     "lower", "occupied", "rural", "coastal"})
#: English words that make a place a body's seat after a hyphen ("Bonn-based").
SEAT_PARTICIPLES_EN: Final = frozenset({"based", "headquartered"})
#: German participles of a body's seat after "in" and a place ("in Genf ansässigen").
SEAT_PARTICIPLES_DE: Final = ("ansässig", "beheimatet", "gelegen", "angesiedelt")


def _past_seat(lowers: list[str], place: Span) -> int | None:
    """Where a body's name starts past its seat, the place given: "Bonn-based" (the
    place, a hyphen, "based"), "in Genf ansässigen" ("in", the place, a seat
    participle); None when the place is no seat."""
    end = place.end
    if end + 1 < len(lowers) and lowers[end] == "-" and lowers[end + 1] in SEAT_PARTICIPLES_EN:
        return end + 2
    if place.start > 0 and lowers[place.start - 1] == "in" and end < len(lowers) and \
            lowers[end].startswith(SEAT_PARTICIPLES_DE):
        return end + 1
    return None


def _before_time_phrase(texts: list[str], lowers: list[str], k: int) -> int:
    """The token before a time phrase ending at k and opened by "seit"/"since" at most
    three tokens back ("seit 2023", "seit vielen Jahren", "since May 2024"); k when there
    is none."""
    for m in range(k - 1, max(-1, k - 4), -1):
        if lowers[m] in SINCE_WORDS:
            return m - 1
        if not (texts[m].isdigit() or texts[m].isalpha()) or texts[m] == ",":
            return k
    return k


#: Adverbs that make a title in apposition a post held before ("X, einst Chef von …").
FORMER_ADVERBS: Final = frozenset({"einst", "ehemals", "vormals", "früher", "formerly", "once"})
#: Words opening a time phrase that ended a post ("bis 2020", "until last year").
UNTIL_WORDS: Final = frozenset({"bis", "until"})
#: Words a phrase of past time may end in ("until last year", "bis vor kurzem").
PAST_TIME_WORDS: Final = frozenset({"year", "month", "week", "jahr", "kurzem", "recently"})


def _before_past_time(texts: list[str], lowers: list[str], k: int) -> int:
    """The token before a phrase of past time ending at k: an adverb ("einst",
    "formerly") or a phrase opened by "bis"/"until" at most three tokens back ("bis
    2020", "until last year", "bis vor kurzem"); k when there is none."""
    if lowers[k] in FORMER_ADVERBS:
        return k - 1
    for m in range(k - 1, max(-1, k - 4), -1):
        if lowers[m] in UNTIL_WORDS:
            return m - 1
        if not texts[m].isalnum():
            return k
    return k


def _inflected_owner(doc: Doc, j: int, title_end: int,
                     ent_at: dict[int, Span]) -> tuple[str, int] | None:
    """'Präsident des Schweizerischen Gewerkschaftsbunds (SGB)' when the entities
    know only 'der Schweizerische Gewerkschaftsbund': capitalised words at j (no
    entity) whose last word, less a genitive ending, is a word of the name of an
    organisation of this text → (its id, the end of the words)."""
    texts = token_table(doc).text
    m = j
    while m < len(texts) and m - j < 3 and texts[m][:1].isupper() and texts[m].isalpha() \
            and m not in ent_at:
        m += 1
    if m == j:
        return None
    head = texts[m - 1]
    low = head.lower()
    if len(low) < 6 or low.rstrip("s") in GENERIC_TITLE_PREFIXES:
        return None
    words = _organisation_words(doc)
    for form in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if form and form in words:
            named = _organisation_named_by(doc, head[: len(form)], title_end)
            if named is not None:
                return named, m
    return None


#: Heads of a city's offices: with no place named, the city the report is datelined in.
CITY_TITLE_HEADS: Final = ("mayor", "bürgermeister", "bürgermeisterin")


#: Words before a place named only as a landmark: "ein Zentrum nahe Prag".
NEAR_WORDS: Final = frozenset({"nahe", "near", "bei", "outside", "außerhalb"})


def _paragraph_city(doc: Doc, title: Title) -> str | None:
    """'Widerstand kommt aus Brünn. Dort … nahe Prag … Oberbürgermeisterin X': a mayor
    with no place named is the mayor of the one city the paragraph names before the
    title (a city named as a landmark, after "nahe"/"near", does not count); none when
    it names none or several (the dateline's city is asked next)."""
    if not title.base.lower().endswith(CITY_TITLE_HEADS):
        return None
    index = doc_index(doc)
    lowers = token_table(doc).lower
    nodes = doc.user_data["kg_nodes"]
    cities = {kg_id(e) for e in index.ents_in(_paragraph_start(index, title.start), title.start)
              if e.label in GPE_OR_LOC and (e.start == 0 or lowers[e.start - 1] not in NEAR_WORDS)
              and (node := nodes.get(kg_id(e))) is not None
              and node.properties.get("kind") == "city"}
    return next(iter(cities)) if len(cities) == 1 else None


def _paragraph_start(index: DocIndex, k: int) -> int:
    """The first token of the paragraph of token k (six sentences back at most)."""
    first = sent_i = index.sent_index(k)
    while first > 0 and not span_text(index.sents[first - 1]).isspace() \
            and sent_i - first < 6:
        first -= 1
    return index.sents[first].start


#: Heads of titles of a region's government, and the modifiers they may have
#: ("Provincial Governor", "State Premier").
REGIONAL_HEADS: Final = frozenset({"governor", "premier", "gouverneur", "gouverneurin",
                                   "landeshauptmann", "landeshauptfrau", "ministerpräsident",
                                   "ministerpräsidentin"})
REGIONAL_MODIFIERS: Final = frozenset({"provincial", "state", "regional"})


def _is_regional_head(base: str) -> bool:
    """'Governor', 'Provincial Governor', 'Ministerpräsidentin': a region's head."""
    *modifiers, head = base.lower().split()
    return head in REGIONAL_HEADS and all(m in REGIONAL_MODIFIERS for m in modifiers)


def _paragraph_region(doc: Doc, person_id: str, title: Title) -> str | None:
    """'In Mendoza, which grows most of the wine, … Provincial Governor Ana Ruiz said':
    a bare regional head governs the one region the paragraph names before the title;
    one whose modifier says so ("Provincial", "State") also a city a sentence opens
    with ("In Mendoza, …", a province's name too; a bare "Governor" after "In Chicago,"
    governs no city). None when the paragraph names several."""
    if not _is_regional_head(title.base) or _placed_elsewhere(doc, person_id, title):
        return None  # (a head placed before is not placed anew: "Ungarns Ministerpräsident")
    said_regional = " " in title.base
    index = doc_index(doc)
    lowers = token_table(doc).lower
    nodes = doc.user_data["kg_nodes"]
    start = _paragraph_start(index, title.start)
    places = set()
    for e in index.ents_in(start, title.start):
        node = nodes.get(kg_id(e))
        if e.label not in GPE_OR_LOC or node is None:
            continue
        kind = node.properties.get("kind")
        opening = e.start >= 1 and lowers[e.start - 1] in {"in", "im"} and \
            index.sent(e.start).start == e.start - 1 and e.end < len(lowers) and \
            lowers[e.end] == ","
        if kind == "region" or opening and said_regional and kind == "city":
            places.add(node.id)
    return next(iter(places)) if len(places) == 1 else None


def _dateline_city(doc: Doc, title: Title) -> str | None:
    """'LOS ANGELES (AP) — … Mayor Karen Bass …': a mayor with no place named is
    the mayor of the city the report is datelined in (a place the entities name)."""
    if not title.base.lower().endswith(CITY_TITLE_HEADS):
        return None
    line = doc.user_data.get("kg_meta", {}).get("dateline_span")
    if not line:
        return None
    # the place as the entities name it anywhere ("LOS ANGELES" is "Los Angeles")
    name = doc_text(doc)[line[0]:line[1]].strip().lower()
    place = next((e for e in doc_index(doc).ents
                  if e.label in GPE_OR_LOC and e.text.lower() == name), None)
    return kg_id(place) if place is not None else None


#: Titles of a head of state or government, without modifiers: a bare "President X"
#: holds the post in the state the report is set in.
HEAD_OF_STATE_TITLES: Final = frozenset({
    "president", "präsident", "präsidentin", "vice president", "vice-president",
    "vizepräsident", "vizepräsidentin", "prime minister", "premierminister",
    "premierministerin", "staatspräsident", "staatspräsidentin", "staatschef", "staatschefin",
    "king", "queen", "könig", "königin"})
#: Capitals, lower-case and unaccented ("BRASÍLIA" is "brasilia").
CAPITAL_NAMES: Final = frozenset(
    unicodedata.normalize("NFKD", c.lower()).encode("ascii", "ignore").decode() for c in CAPITALS)


def _person_before_apposition(texts: list[str], start: int,
                              ent_at: dict[int, Span]) -> Span | None:
    """The person named right before a bare title and a comma ("Ann Bell, general
    secretary of …"), else None. With an article the title may open the next name's
    apposition ("A, der Vorstandsvorsitzende von X, B, und C")."""
    k = start - 1
    person = ent_at.get(k - 1) if k >= 1 and texts[k] == "," else None
    return person if person is not None and person.label == PER else None


#: "der für Migration zuständige Kommissar": a portfolio before a German title.
RESPONSIBLE_FORMS: Final = frozenset({"zuständige", "zuständigen", "zuständiger", "zuständigem"})


#: English titles that name a portfolio after "for" or "of" ("EU Commissioner for Defence
#: and Space Andrius Kubilius", "Minister of International Development Ann Bell").
PORTFOLIO_TITLES: Final = frozenset({"commissioner", "minister", "secretary", "state secretary",
                                     "deputy minister", "high commissioner"})


#: Titles of a government's members, whose capitalised words before them name their
#: portfolio ("Transportation Secretary"; a commissioner's are often a body's: "Garda
#: Commissioner", "Coast Guard Commissioner").
MINISTER_TITLES: Final = frozenset({"minister", "secretary", "deputy minister", "state secretary"})
#: Capitalised words before a portfolio title that name no portfolio ("The Secretary",
#: "Then Minister", "As Minister", "Says Minister").
PORTFOLIO_STOP_WORDS: Final = frozenset({"the", "then", "now", "a", "an", "as", "and", "but", "while",
                                         "when", "after", "before", "says", "said", "his", "her", "their",
                                         "its", "our", "this", "that", "new", "ex", "by", "with", "for",
                                         "from", "of", "to", "in", "on", "at", "if", "meanwhile", "also"})
#: Words that open an English title's portfolio ("Minister for Health", "of the Interior").
PORTFOLIO_OPENERS: Final = frozenset({"for", "of"})


def _past_portfolio(texts: list[str], lowers: list[str], end: int,
                    ent_at: dict[int, Span]) -> int:
    """Where a title's person starts past its portfolio ("for Defence and Space",
    "of the Interior"): capitalised words, maybe joined by "and" or commas, then a
    person's name; else ``end`` unchanged (the portfolio words are the title's, its
    base stays the title's head: "commissioner")."""
    k = end + 2 if lowers[end + 1] == "the" else end + 1
    first = k
    while k < min(len(texts), end + 8) and k not in ent_at and (
            texts[k][:1].isupper() and texts[k].isalpha() or lowers[k] in {"and", ",", "&"}):
        k += 1
    person = ent_at.get(k)
    return k if k > first and person is not None and person.label == PER and \
        person.start == k and lowers[k - 1] not in {"and", ","} else end


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


#: Prepositions of a scene-setting place before the title: "In Paris bekräftigte Präsident …".
SCENE_PREPS: Final = frozenset({"in", "im"})


def _state_of_head_of_state(doc: Doc, title: Title) -> str | None:
    """'In Paris bekräftigte Präsident Emmanuel Macron …', 'WASHINGTON (Reuters) -
    President Joe Biden …': a bare head-of-state title is held in the state of the
    place its sentence is set in ("in/im" before the title), else of the capital the
    report is datelined in; only a state the text names (no node is made for it)."""
    if title.base.lower() not in HEAD_OF_STATE_TITLES:
        return None
    index = doc_index(doc)
    lowers = token_table(doc).lower
    nodes = doc.user_data["kg_nodes"]
    sent = index.sents[_sentence_of(index, title)]
    for span in reversed(index.ents_in(sent.start, title.start)):
        if span.label == PER:
            return None  # another person's clause: "Kanzler X traf in Paris Präsident Y"
        if span.label in GPE_OR_LOC and span.start > 0 and lowers[span.start - 1] in SCENE_PREPS:
            return _state_of_place(nodes, _ent_id(span))
    line = doc.user_data.get("kg_meta", {}).get("dateline_span")
    name = doc_text(doc)[line[0]:line[1]].strip() if line else ""
    if _unaccented(name.lower()) not in CAPITAL_NAMES:
        # a report from a capital is about its state: not one from Nara; else the one
        # state the text names ("Farmers in Liberia … President Joseph Boakai")
        return _only_state_named(doc)
    place = next((e for e in index.ents if e.label in GPE_OR_LOC
                  and e.text.lower() == name.lower()), None)
    return _state_of_place(nodes, _ent_id(place)) if place is not None else None


def _only_state_named(doc: Doc) -> str | None:
    """The id of the one country the text names, None when it names none or several
    (a summit of two states' leaders places neither's bare "President")."""
    data = doc.user_data
    if "kg_only_state" not in data:  # (asked once per bare title: kept per doc)
        nodes = data["kg_nodes"]
        states = {kg_id(e) for e in doc_index(doc).ents if e.label == GPE and
                  (node := nodes.get(kg_id(e))) is not None and "Country" in node.labels}
        data["kg_only_state"] = next(iter(states)) if len(states) == 1 else None
    only: str | None = data["kg_only_state"]
    return only


#: First words of the title of a head of armed forces ("army chief", "Militärchef").
MILITARY_TITLE_STARTS: Final = ("army", "military", "armee", "militär", "generalstab")
#: Heads of such titles.
MILITARY_TITLE_HEADS: Final = ("chief", "chef", "commander", "kommandeur")
#: Words of the names of armed forces.
ARMED_FORCES_WORDS: Final = ("armed forces", "army", "military", "streitkräfte", "armee",
                             "bundeswehr", "militär")


def _armed_forces_of(doc: Doc, title: Title) -> str | None:
    """'army chief Abdel Fattah al-Burhan' in a text that names the Sudanese Armed
    Forces: a military head's bare title is held in the armed forces the text names
    (the most named, if several)."""
    base = title.base.lower()
    if not base.startswith(MILITARY_TITLE_STARTS) or \
            not any(head in base for head in MILITARY_TITLE_HEADS):
        return None
    nodes = doc.user_data["kg_nodes"]
    counts: dict[str, int] = {}
    for _, node_id in _organisation_mentions(doc):
        node = nodes.get(node_id) if node_id else None
        if node is not None and (node.properties.get("kind") == "military" or any(
                word in str(node.properties.get("name") or "").lower()
                for word in ARMED_FORCES_WORDS)):
            counts[node.id] = counts.get(node.id, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


@functools.lru_cache(maxsize=4096)
def _may_be_placed_bare(base: str) -> bool:
    """Whether a title without organisation is one of those the text's dateline,
    deputised office, armed forces, state or region may place (``_dateline_city``,
    ``_office_deputised``, ``_armed_forces_of``, ``_bare_head_place``): the union of
    their first tests, kept per title, so most titles ask none of them."""
    low = base.lower()
    return low.endswith(CITY_TITLE_HEADS) or _is_regional_head(low) or \
        low.startswith(DEPUTY_PREFIXES) or \
        low.startswith(MILITARY_TITLE_STARTS) and any(h in low for h in MILITARY_TITLE_HEADS) \
        or low in HEAD_OF_STATE_TITLES or low in REGIONAL_HEAD_TITLES


def _bare_head_place(doc: Doc, person_id: str, title: Title) -> str | None:
    """The state of a bare head of state's title or the region of a bare regional
    head's (``_state_of_head_of_state``, ``_region_of_regional_head``), unless the
    person already holds the title somewhere. Other titles are none of them: they
    are turned away before the person's roles are walked."""
    base = title.base.lower()
    if base not in HEAD_OF_STATE_TITLES and base not in REGIONAL_HEAD_TITLES:
        return None
    if _placed_elsewhere(doc, person_id, title):
        return None
    return _state_of_head_of_state(doc, title) or _region_of_regional_head(doc, title)


def _placed_elsewhere(doc: Doc, person_id: str, title: Title) -> bool:
    """Whether the person already holds this title somewhere ("Ungarns Ministerpräsident
    Viktor Orbán … Ministerpräsident Orbán"): a bare mention is not placed anew."""
    nodes = doc.user_data["kg_nodes"]
    held = _held_roles(doc)
    base = title.base.lower()
    return any(held.places.get(role_id) and role_id in nodes and
               str(nodes[role_id].properties.get("title", "")).lower() == base
               for role_id in held.by_person.get(person_id, ()))


#: Titles of the head of a federal state's, province's or US state's government, and
#: of the members of a Land's government ("Landesrat", "Landesstatthalter": the
#: Austrian and South Tyrolean ones, named for the Land).
REGIONAL_HEAD_TITLES: Final = frozenset({
    "ministerpräsident", "ministerpräsidentin", "landeshauptmann", "landeshauptfrau",
    "governor", "gouverneur", "gouverneurin", "premier", "first minister",
    "landesrat", "landesrätin", "landesstatthalter", "landesstatthalterin", "landesminister",
    "landesministerin"})
#: Regions of the world (the places lexicon's regions are states and continents alike).
WORLD_REGIONS: Final = frozenset({
    "europa", "europe", "osteuropa", "eastern europe", "westeuropa", "western europe", "asien",
    "asia", "afrika", "africa", "nahost", "middle east", "lateinamerika", "latin america",
    "südamerika", "south america", "nordamerika", "north america", "ozeanien", "oceania",
    "arktis", "arctic", "antarktis", "antarctica", "karibik", "caribbean", "balkan", "sahel",
    "zentralasien", "central asia", "südostasien", "southeast asia", "skandinavien",
    "scandinavia", "baltikum", "baltics"})


def _region_of_regional_head(doc: Doc, title: Title) -> str | None:
    """'Ministerpräsident Hendrik Wüst' in a text on Duisburg and Nordrhein-Westfalen,
    'Gov. Gavin Newsom' in one on Los Angeles and California: a bare regional head's
    title is held in the one federal state (region) the text names, if only one."""
    if title.base.lower() not in REGIONAL_HEAD_TITLES:
        return None
    regions = doc.user_data.get("kg_state_regions")
    if regions is None:
        nodes = doc.user_data["kg_nodes"]
        regions = doc.user_data["kg_state_regions"] = {
            kg_id(e) for e in doc_index(doc).ents if e.label in GPE_OR_LOC
            and (node := nodes.get(kg_id(e))) is not None
            and node.properties.get("kind") == "region"
            and str(node.properties.get("name", "")).lower() not in WORLD_REGIONS}
    if len(regions) == 1:
        region = next(iter(regions))
        if region in doc.user_data["kg_nodes"] and str(doc.user_data["kg_nodes"][region].properties.get(
                "name", "")) in FIRST_LEVEL_REGIONS:
            return region
    return _region_of_dateline_capital(doc) or (next(iter(regions)) if len(regions) == 1 else None)


#: Seats of the governments of federal states, Länder, provinces: a bare regional head in
#: a report datelined there governs that region ("KIEL (dpa) - … Ministerpräsident
#: Daniel Günther", Kiel being Schleswig-Holstein's capital). The region's names, German
#: first where it has its own.
REGIONAL_CAPITALS: Final[dict[str, tuple[str, ...]]] = {
    "kiel": ("Schleswig-Holstein",), "hannover": ("Niedersachsen", "Lower Saxony"),
    "düsseldorf": ("Nordrhein-Westfalen", "North Rhine-Westphalia"),
    "mainz": ("Rheinland-Pfalz", "Rhineland-Palatinate"), "wiesbaden": ("Hessen", "Hesse"),
    "stuttgart": ("Baden-Württemberg",), "münchen": ("Bayern", "Bavaria"),
    "munich": ("Bayern", "Bavaria"), "erfurt": ("Thüringen", "Thuringia"),
    "dresden": ("Sachsen", "Saxony"), "magdeburg": ("Sachsen-Anhalt", "Saxony-Anhalt"),
    "potsdam": ("Brandenburg",), "schwerin": ("Mecklenburg-Vorpommern",),
    "saarbrücken": ("Saarland",), "innsbruck": ("Tirol", "Tyrol"),
    "graz": ("Steiermark", "Styria"), "linz": ("Oberösterreich", "Upper Austria"),
    "salzburg": ("Salzburg",), "klagenfurt": ("Kärnten", "Carinthia"),
    "bregenz": ("Vorarlberg",), "st. pölten": ("Niederösterreich", "Lower Austria"),
    "eisenstadt": ("Burgenland",), "bozen": ("Südtirol", "South Tyrol"),
    "toronto": ("Ontario",), "edmonton": ("Alberta",), "winnipeg": ("Manitoba",),
    "regina": ("Saskatchewan",), "halifax": ("Nova Scotia", "Neuschottland"),
    "sydney": ("New South Wales", "Neusüdwales"), "melbourne": ("Victoria",),
    "brisbane": ("Queensland",), "perth": ("Western Australia", "Westaustralien"),
    "adelaide": ("South Australia", "Südaustralien"), "hobart": ("Tasmania", "Tasmanien"),
    "sacramento": ("California", "Kalifornien"), "albany": ("New York",),
    "austin": ("Texas",), "tallahassee": ("Florida",), "springfield": ("Illinois",),
    "harrisburg": ("Pennsylvania", "Pennsylvanien"), "columbus": ("Ohio",),
    "lansing": ("Michigan",), "phoenix": ("Arizona",), "boston": ("Massachusetts",),
    "denver": ("Colorado",), "atlanta": ("Georgia",), "trenton": ("New Jersey",),
    "raleigh": ("North Carolina", "Nord-Carolina")}
#: The regions those capitals are the seats of: a single one the text names is the
#: region of a bare regional head before any other guess.
FIRST_LEVEL_REGIONS: Final = frozenset(n for names in REGIONAL_CAPITALS.values() for n in names)


def _region_of_dateline_capital(doc: Doc) -> str | None:
    """The region whose capital the report is datelined in (``REGIONAL_CAPITALS``),
    when the text names that region too (no node is made for it here: a region the
    text never names is no place of the text's)."""
    line = doc.user_data.get("kg_meta", {}).get("dateline_span")
    if not line:
        return None
    names = REGIONAL_CAPITALS.get(doc_text(doc)[line[0]:line[1]].strip().lower())
    if names is None:
        return None
    return next((found for name in names if (found := _place_named(doc, name)) is not None
                 and doc.user_data["kg_nodes"][found].properties.get("kind") == "region"), None)


def _state_of_place(nodes: dict[str, Node], place_id: str) -> str | None:
    """The state node of a place: itself if a state, else that of its country code
    when the text names that state."""
    if place_id.startswith("country:"):
        return place_id
    node = nodes.get(place_id)
    code = node.properties.get("country_code") if node is not None else None
    state = f"country:{str(code).lower()}" if code else None
    return state if state in nodes else None


def _organisation_of_anaphor(doc: Doc, title_start: int, end: int,
                             ent_at: dict[int, Span]) -> tuple[str, int] | None:
    """'Vizepräsident des Verbands,', 'chief executive of the company,': a title's bare
    kind noun (no name after it) points back to the organisation of that kind named
    last before the title, in its sentence or the few before → (its id, the noun's end).
    Another noun points back to one whose name has it ("director of the zoo" after
    "Wellington Zoo": ``_organisation_named_by_noun``)."""
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    j = end + 1
    if lowers[end] == "of" and lowers[j] == "the":
        j += 1
    elif lowers[end] not in {"des", "der"}:
        return None
    if j + 1 >= len(texts) or j in ent_at or (
            texts[j + 1][:1].isupper() or lowers[j + 1] in {"der", "des", "of", "für", "for"}):
        return None  # a name follows: "des Verbands Forschender …", "of the union Unite"
    kind_of = _anaphor_kind(lowers[j])
    if kind_of is None:
        by_noun = _organisation_named_by_noun(doc, lowers[j], title_start)
        return (by_noun, j + 1) if by_noun is not None else None
    named = _last_organisation_of_kind(doc, title_start, kind_of)
    if named is None:
        described = _organisation_described_as(doc, lowers[j], title_start)
        return (described, j + 1) if described is not None else None
    return (_parent_company(doc, named) if lowers[j] in GROUP_NOUNS else named), j + 1


#: Nouns of places and states: "the city's mayor" is no city council's.
PLACE_NOUNS: Final = frozenset({"city", "country", "state", "nation", "region", "province", "town",
                                "island", "capital", "county", "district", "village", "world",
                                "stadt", "landes", "lands", "staats", "staates", "gemeinde",
                                "kantons", "bezirks", "dorfes", "landkreises", "kreises"})


def _organisation_named_by_noun(doc: Doc, noun: str, before: int) -> str | None:
    """The organisation a common noun points back to by a word of its name: "the zoo's
    director" after "Wellington Zoo", "the gallery's" after "Crawford Art Gallery",
    "Leiter des Museums" after "Jüdisches Museum Berlin" (German genitive -s/-es off;
    a compound's last part counts: "Landesmuseum"). The one named last before, in the
    title's sentence or the few before; None for a place's noun ("the city's") or
    when no such organisation is named."""
    if len(noun) < 3 or noun in PLACE_NOUNS:
        return None
    stems = [noun]
    if noun.endswith("es") and len(noun) > 5:
        stems.append(noun[:-2])
    if noun.endswith("s") and len(noun) > 4:
        stems.append(noun[:-1])
    words = _organisation_words(doc)
    for stem in stems:
        if not any(w.endswith(stem) for w in words):
            continue  # (the doc's words, kept per doc: most nouns end none of them)
        found = _last_organisation_of_kind(doc, before, (frozenset(), (stem,)))
        if found is not None:
            return found
    return _organisation_described_as(doc, noun, before)


def _organisation_descriptors(doc: Doc) -> list[tuple[int, str, str]]:
    """(first token, node id, kind noun) of each organisation the text introduced with
    a kind noun before its name: "die Bürgerinitiative „Saubere Luft“", "der Energiekonzern
    RWE", "the campaign group Save Our Park" (once per doc)."""
    found = doc.user_data.get("kg_organisation_descriptors")
    if found is not None:
        return found
    table = token_table(doc)
    texts, lowers = table.text, table.lower
    found = []
    for start, node_id in _organisation_mentions(doc):
        k = start - 1 if start > 0 and texts[start - 1] in OPENING_QUOTES else start
        if k < 1:
            continue
        word, low = texts[k - 1], lowers[k - 1]
        if word[:1].isupper() and low.endswith(DE_KIND_ENDINGS) or \
                word.islower() and low in EN_KIND_NOUNS:
            found.append((start, node_id, low))
    doc.user_data["kg_organisation_descriptors"] = found
    return found


def _organisation_described_as(doc: Doc, noun: str, before: int) -> str | None:
    """'Die Bürgerinitiative „Saubere Luft“ … die Sprecherin der Initiative', 'the
    campaign group Save Our Park … the group's spokeswoman': the organisation the text
    introduced with the same kind noun (or a compound of it, either way: "Initiative"
    and "Bürgerinitiative"; German genitive -s/-es off) named last before token
    ``before``, in its sentence or the few before; None when none was."""
    described = _organisation_descriptors(doc)
    if not described or len(noun) < 4:
        return None
    stems = {noun, noun[:-2] if noun.endswith("es") else noun,
             noun[:-1] if noun.endswith("s") else noun}
    index = doc_index(doc)
    first = index.sents[max(0, index.sent_index(before) - ANAPHOR_SENTENCES)].start
    for start, node_id, kind in reversed(described):
        if start >= before:
            continue
        if start < first:
            return None
        kinds = {kind, kind[:-2] if kind.endswith("es") else kind,
                 kind[:-1] if kind.endswith("s") else kind}
        if any(k.endswith(stem) or stem.endswith(k) for k in kinds if len(k) >= 4
               for stem in stems if len(stem) >= 4):
            return node_id
    return None


#: German articles before a bare noun that points back ("die Gewerkschaft", "den Verband").
GERMAN_ARTICLES: Final = frozenset({"der", "die", "das", "den", "dem", "des"})


def _organisation_of_bare_noun(doc: Doc, noun: str, before: int) -> str | None:
    """The organisation a bare noun names back: of its kind ("union", "Gewerkschaft":
    ``_anaphor_kind``) named last before, else one whose name has the noun
    (``_organisation_named_by_noun``)."""
    kind_of = _anaphor_kind(noun)
    found = _last_organisation_of_kind(doc, before, kind_of) if kind_of is not None else None
    return found or _organisation_named_by_noun(doc, noun, before)


def _has_space_after(doc: Doc, k: int) -> bool:
    """Whether token k has a space after it."""
    return bool(token_table(doc).space[k])


def _organisation_of_possessive_noun(doc: Doc, noun: str, start: int) -> str | None:
    """The organisation "the <noun>'s" at ``start`` points back to: of the noun's kind
    named last (``_last_organisation_of_kind``) when the noun names a kind ("union",
    "party", "agency"), else the organisation named last before ("the body's")."""
    kind_of = _anaphor_kind(noun)
    if kind_of is not None:
        return _last_organisation_of_kind(doc, start, kind_of) or \
            _organisation_described_as(doc, noun, start)
    named_orgs = [e for e in doc_index(doc).ents_in(0, start) if e.label == ORG]
    return _ent_id(named_orgs[-1]) if named_orgs else None


def _last_organisation_of_kind(doc: Doc, title_start: int,
                               kind_of: tuple[frozenset[str], tuple[str, ...]],
                               by_name_first: bool = False) -> str | None:
    """The organisation of a kind (a lexicon kind, or for one the lexicon does not know,
    a word of its name) named last before the title, in its sentence or the few before.
    ``by_name_first``: one whose name has the word ("Deutscher Fußball-Bund" for
    "Verbandschef") before one of the kind only (a club is a sports body too). With no
    kinds, a word of the name only ("Kommission" for the "EU-Kommission")."""
    kinds, name_words = kind_of
    index = doc_index(doc)
    first = index.sents[max(0, index.sent_index(title_start) - ANAPHOR_SENTENCES)].start
    nodes = doc.user_data["kg_nodes"]
    of_kind: str | None = None
    for span in reversed(index.ents_in(first, title_start)):
        node = nodes.get(kg_id(span))
        if span.label != ORG or node is None or "Place" in node.labels:
            continue
        kind = node.properties.get("kind")
        named = _name_has_word(node, name_words)
        if by_name_first and named:
            return kg_id(span)
        if kind in kinds or (kind is None or not kinds) and named:
            if not by_name_first:
                return kg_id(span)
            of_kind = of_kind or kg_id(span)
    return of_kind


#: First parts of German compound titles that name the kind of body the title is held
#: in ("Verbandspräsident", "Vereinschef", "Gewerkschaftsvorsitzende"): the kind noun
#: ``ANAPHOR_KINDS`` knows for it.
COMPOUND_ANAPHOR_PREFIXES: Final = {"verbands": "verbands", "vereins": "vereins",
                                    "gewerkschafts": "gewerkschaft"}


@functools.lru_cache(maxsize=4096)
def _kind_of_compound_title(base: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """'Der Branchenverband …, Swissmem, begrüsste … Verbandspräsident Martin Hirzel': a
    compound title whose first part is a kind noun is held in a body of that kind (its
    kinds and name words, as ``ANAPHOR_KINDS`` has them), None for other titles. (Kept
    per title: asked of every role without an organisation.)"""
    words = base.lower().split()
    if len(words) >= 2 and words[-2] in EN_KIND_TITLE_WORDS:
        return ANAPHOR_KINDS[words[-2]]  # "union leader Ana Ruiz" after "Unite said …"
    low = words[-1] if words else ""
    key = next((k for prefix, k in COMPOUND_ANAPHOR_PREFIXES.items() if low.startswith(prefix)),
               None)
    return ANAPHOR_KINDS[key] if key is not None else None


#: English kind nouns that, before a title's head, say the kind of body it is held in
#: ("union leader", "party chairman", "company chairman").
EN_KIND_TITLE_WORDS: Final = frozenset({"union", "party", "company", "agency", "association",
                                        "federation", "foundation", "charity"})


#: Kind nouns of a whole group of companies: "des Konzerns" is the parent's.
GROUP_NOUNS: Final = frozenset({"konzerns", "group"})


def _parent_company(doc: Doc, node_id: str) -> str:
    """'Thyssenkrupp' for 'Thyssenkrupp Steel Europe' when the text names both: the
    organisation whose name the other's name starts with (else the node itself)."""
    nodes = doc.user_data["kg_nodes"]
    name = str(nodes[node_id].properties.get("name") or "")
    for _, other in _organisation_mentions(doc):
        node = nodes.get(other) if other != node_id else None
        other_name = str(node.properties.get("name") or "") if node is not None else ""
        if other_name and name.startswith(other_name + " "):
            return other
    return node_id


def _name_has_word(node: Node, words: tuple[str, ...]) -> bool:
    """Whether an organisation's name has one of the words, alone or ending a
    compound ("Deutsche Krankenhausgesellschaft" for "gesellschaft", "Siemens AG" for "ag")."""
    return any(word.endswith(words) for word in str(node.properties.get("name", "")).lower().split())


def _acronym_after(doc: Doc, j: int, ent_at: dict[int, Span]) -> tuple[str, int] | None:
    """'Hauptgeschäftsführer des Deutschen Städte- und Gemeindebunds (DStGB)' when the
    entities know only the acronym: capitalised words (hyphens, "und" between) closed
    by an organisation's acronym in brackets → (the acronym's id, the bracket's end)."""
    texts = token_table(doc).text
    k = j
    while k < min(len(texts) - 2, j + 8) and k not in ent_at and (
            texts[k][:1].isupper() or texts[k] in {"-", "und", "für", "der", "des"}):
        k += 1
    if k == j or k + 2 >= len(texts) or texts[k] != "(" or texts[k + 2] != ")":
        return None
    acronym = ent_at.get(k + 1)
    if acronym is None or acronym.label != ORG or acronym.end != k + 2:
        return None
    return _ent_id(acronym), k + 3


#: What follows a prefix in the name of an association of the people it names
#: ("Bauern|verband", "Arbeitgeber|verbände", "Beamten|bund").
ASSOCIATION_ENDINGS: Final = ("verband", "verbands", "verbandes", "verbände", "bund", "bunds", "bundes")


def _association_starting_with(doc: Doc, prefix: str, before: int) -> str | None:
    """The organisation of this text with a name word made of ``prefix`` and an
    association's ending ("Deutscher Bauernverband" for "Bauern"): the one, or of
    several ("der Thüringer Bauernverband", later "der Deutsche Bauernverband") the one
    named last before the title at ``before``."""
    def fits(word: str) -> bool:
        return word.startswith(prefix) and word[len(prefix):] in ASSOCIATION_ENDINGS

    words = _organisation_words(doc)
    if not any(prefix + ending in words for ending in ASSOCIATION_ENDINGS):
        return None  # (the doc's words, kept per doc: most prefixes start none of them;
        # a word fits when it is the prefix and an ending: one lookup per ending)
    nodes = doc.user_data["kg_nodes"]
    mentions = [(at, node_id) for at, node_id in _organisation_mentions(doc)
                if node_id in nodes and any(fits(w) for w in str(
                    nodes[node_id].properties.get("name") or "").lower().split())]
    found = {node_id for _, node_id in mentions}
    if len(found) == 1:
        return next(iter(found))
    earlier = [node_id for at, node_id in mentions if at < before]
    return earlier[-1] if earlier else None


#: Articles that open an apposition ("Ann Lee, the centre-right candidate of …").
APPOSITION_ARTICLES: Final = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})


#: The most capitalised words of a party's or group's name after "a" ("a People
#: Before Profit MLA").
INDEFINITE_NAME_WORDS: Final = 3


def _indefinite_before_capitalised(texts: list[str], lowers: list[str], k: int) -> int:
    """'a Socialist', 'a Labour', 'a People Before Profit': up to three capitalised
    words ending at k right after an English indefinite article (an apposition's
    party or group, a name the entities may not know) → the article's index, else -1."""
    m = k
    while m >= 1 and k - m < INDEFINITE_NAME_WORDS and texts[m].isalpha() and \
            texts[m][:1].isupper():
        if lowers[m - 1] in {"a", "an"}:
            return m - 1
        m -= 1
    return -1


def _capitalised_after_indefinite(texts: list[str], lowers: list[str], k: int) -> bool:
    """Whether capitalised words ending at k follow an English indefinite article
    (see ``_indefinite_before_capitalised``)."""
    return _indefinite_before_capitalised(texts, lowers, k) >= 0


def _past_described_article(texts: list[str], lowers: list[str], k: int, title_start: int,
                            is_title: Callable[[str], bool]) -> int:
    """'Evelyn Matthei, the centre-right presidential candidate': lower-case adjectives
    (and hyphens) between an apposition's article and its title are skipped back to
    the comma before the article; else k as it was."""
    m = k
    article = _indefinite_before_capitalised(texts, lowers, m)
    if article >= 0:
        m = article  # "Ana Lima, a Socialist member of …": a party's or group's name
    while m >= 0 and title_start - m <= 4 and lowers[m] not in APPOSITION_ARTICLES and \
            (texts[m] == "-" or texts[m].isalpha() and texts[m].islower() and
             lowers[m] not in FINITE_VERBS and not lowers[m].endswith("ed") and
             not is_title(texts[m])):
        m -= 1  # (no verb, no other title: "…, the president told the speaker")
    if m != k and m >= 1 and lowers[m] in APPOSITION_ARTICLES and texts[m - 1] == ",":
        return m - 1
    return k


#: Words that end a description before an English name in an object ("the Christian
#: trade union LCGB"): the name after them is another's.
DESCRIPTION_BREAKS: Final = frozenset({"of", "and", "or", "in", "at", "for", "with", "to", "from", "by"})


def _described_name_after(lowers: list[str], start: int, name: int) -> bool:
    """Whether "the Christian trade union" from ``start`` describes the name at
    ``name``: an article, then at most four words (no preposition or "and"), then
    the name ("who heads the Christian trade union LCGB")."""
    return 2 <= name - start <= 5 and lowers[start] in {"the", "a"} and all(
        lowers[j].isalpha() and lowers[j] not in DESCRIPTION_BREAKS for j in range(start + 1, name))


def _plural_name(word: str) -> bool:
    """'Greens', 'Liberals', 'Nationals': a capitalised plural, the name a party goes
    by (its members), not an adjective ("Outgoing", "Former", "Embattled")."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        word[1:].islower()


#: Words of "of both countries", "of the two sides": the sides a plural title's
#: holders serve, named by no one's owner.
SIDES_WORDS: Final = frozenset({"of", "both", "the", "two", "three", "countries", "sides", "states",
                                "nations", "governments", "parties", "cities"})


def _capitalised_office_name(texts: list[str], lowers: list[str], j: int, comma: int) -> bool:
    """'The Commissioner for Ethical Standards in Public Life in Scotland, Ian Bruce': from
    the title's "for"/"of" at j to the comma, the capitalised words (and small words
    between them) of an office's or body's name, however long: a name, not a clause
    ("the minister for health in Ottawa on Monday, …")."""
    first = j + 2 if lowers[j + 1] in {"the", "der", "des", "dem"} else j + 1
    return first < comma and texts[first][:1].isupper() and \
        texts[comma - 1][:1].isupper() and all(
            texts[m][:1].isupper() and texts[m].replace("-", "").isalpha()
            or lowers[m] in BRACKETED_NAME_WORDS for m in range(first, comma))


def _sides_phrase(lowers: list[str], start: int, comma: int) -> bool:
    """Whether the words between a plural title and its comma are none or "of both
    countries": the list after the comma holds the title."""
    return comma >= start and all(lowers[m] in SIDES_WORDS for m in range(start, comma))


#: Words that open the owners of a plural title ("of Lima and Cusco").
RESPECTIVE_OPENERS: Final = frozenset({"of", "von", "der", "des"})
#: Words between a list's comma and a plural title in apposition ("…, both members").
PLURAL_APPOSITION_SKIPS: Final = frozenset({"the", "both", "two", "three", "all"})


def _persons_listed_before(doc: Doc, comma: int) -> list[Span]:
    """Two to four persons joined by "and"/"und" and commas that end right before the
    comma at ``comma`` ("Ana Ruiz and Tom Hale,"), in text order; [] for one."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    persons: list[Span] = []
    j = comma - 1
    while j >= 0 and j in ent_at and ent_at[j].label == PER and ent_at[j].end == j + 1:
        persons.insert(0, ent_at[j])
        j = ent_at[j].start - 1
        if j >= 1 and lowers[j] in AND_WORDS:
            j -= 2 if lowers[j - 1] == "," else 1
        elif j >= 1 and lowers[j] == "," and len(persons) == 1:
            break  # "Ann Lee, Tom Hale,": an apposition to one, no list
        elif j >= 1 and lowers[j] == ",":
            j -= 1
        else:
            break
    return persons if 2 <= len(persons) <= 4 else []


def _owners_listed_after(doc: Doc, j: int) -> list[str]:
    """The organisations or states after "of" at j, joined by "and"/commas ("of Chile
    and Peru", "of the European Parliament") → their ids, in text order."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    if j >= len(lowers) or lowers[j] != "of":
        return []
    j += 1
    owners: list[str] = []
    while j < len(lowers):
        if lowers[j] == "the":
            j += 1
        span = ent_at.get(j)
        if span is None or span.start != j or span.label == PER:
            break
        owners.append(_ent_id(span))
        j = span.end
        if j < len(lowers) and (lowers[j] in AND_WORDS or lowers[j] == ","):
            j += 1
        else:
            break
    return owners


def _respective_holders(doc: Doc, j: int) -> list[tuple[Span, str]]:
    """After a plural title (j: the word after it), owners listed after "of"/"von"/
    genitive ("of Lima and Cusco", "von Hamburg und München", "Frankreichs und Polens"),
    a comma and as many persons ("Rosa Diaz and Juan Quispe"): each person's owner is
    the one in the same place of its list → (person, owner id) pairs; [] otherwise."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    size = len(lowers)
    if j < size and lowers[j] in RESPECTIVE_OPENERS:
        j += 1
    if j < size and lowers[j] in {"the", "dem", "den"}:
        j += 1
    owners: list[str] = []
    while j < size:
        span = ent_at.get(j)
        if span is None or span.start != j or span.label == PER:
            return []
        owners.append(_ent_id(span))
        j = span.end
        if j < size and lowers[j] in AND_WORDS:
            j += 1
        else:
            break
    if len(owners) < 2 or j >= size or lowers[j] != ",":
        return []
    persons = _listed_persons(doc, j + 1)
    return list(zip(persons, owners, strict=True)) if len(persons) == len(owners) else []


def _listed_persons(doc: Doc, j: int) -> list[Span]:
    """Two to four persons from j joined by commas and "and"/"und", the list ending
    at a comma, a full stop or a verb (not in a longer list of names)."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    persons: list[Span] = []
    while j < len(lowers) and j in ent_at and ent_at[j].label == PER and ent_at[j].start == j:
        persons.append(ent_at[j])
        j = ent_at[j].end
        if j < len(lowers) and lowers[j] in {"and", "und"}:
            j += 1
        elif j + 1 < len(lowers) and lowers[j] == "," and lowers[j + 1] in {"and", "und"}:
            j += 2
        elif j + 1 < len(lowers) and lowers[j] == "," and j + 1 in ent_at and \
                ent_at[j + 1].label == PER:
            j += 1
        else:
            break
    return persons if 2 <= len(persons) <= 4 else []
