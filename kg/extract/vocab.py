"""Language-specific word knowledge shared by the extractors.

Everything that differs between German and English lives here (or in the
data files it reads), so the extractors themselves stay language-neutral.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import yaml
from spacy.tokens import Doc, Span

import kg
from kg.extract.doc import span_text, token_table
from kg.extract.lexicon import german_words

#: (found from the ``kg`` package: a compiled module's ``__file__`` is not its path)
DATA_DIR: Final = Path(kg.__file__).resolve().parent / "data"

MONTHS: Final = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
MONTH_ALIASES: Final = {"Jänner": 1, "Sept": 9, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6,
                        "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Okt": 10, "Nov": 11, "Dec": 12,
                        "Dez": 12}
WEEKDAYS: Final = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
PLACE_PREPOSITIONS: Final = {
    "de": {"in", "nach", "aus", "bei", "von", "im", "vor", "über", "zwischen", "gegen"},
    "en": {"in", "to", "from", "at", "near", "outside", "between", "via", "into", "around"},
}
# Capitalised words the gazetteer must not read as places.
NOT_PLACES: Final = {"Union", "Bund", "Mitte", "Zug", "Mark", "Essen", "Most", "Split", "Nice",
                     "Reading", "Bath", "Of", "Police", "Mobile", "Independence", "Victoria",
                     "Stirling", "Hof", "Bad", "Laufen", "Weil", "Wels", "Gera", "Bamberg", "Rhein",
                     "Main", "Worms", "Mission", "Aurora", "Concordia", "Progreso", "Florida",
                     "Eagle", "Orange", "Regina", "Mercedes", "Alexandria", "Lincoln", "Columbia",
                     "Franklin", "Sherman", "Smith", "Hamilton", "Wilson", "Jackson", "Washington D.C.",
                     "Sale", "Bury", "Poole", "Derby", "Gap", "Troyes", "Mons", "Namur", "Koch",
                     "Peters", "Fulda", "Delmenhorst", "Salzgitter", "Marl", "Moers", "Pinneberg",
                     "Delta"}

# Organisation heads: German suffixes and English head nouns.
DE_ORG_SUFFIXES: Final = (
    "landtag", "städtetag", "kreistag", "gemeindetag",
    # (their genitives: "des Thüringischen Landkreistags", "des Städtetages")
    "landtags", "landtages", "städtetags", "städtetages", "kreistags", "kreistages",
    "gemeindetags", "gemeindetages",
    "ministerium", "ministeriums", "ausschuss", "ausschusses", "kommission",
    "komitee", "komitees", "konferenz", "verband", "verbandes", "verbands",
    "bund", "bundes", "bunds", "partei", "gericht", "gerichts", "gerichtshof", "behörde",
    "agentur", "direktion", "gewerkschaft", "stiftung", "verein", "vereins", "institut",
    "instituts", "rat", "rates",
    "rats", "liga", "konzern", "konzerns", "fraktion", "regierung", "präsidium",
    "präsidiums", "dienst", "dienstes", "bank", "versammlung", "vertretung",
    "landratsamt", "kreisverwaltung", "bezirksamt",
    "verkehrsbetriebe", "stadtwerke", "museum", "museums",
    # Chambers of trades and professions ("Handelskammer", "Landesärztekammer"),
    # not every "-kammer" ("Echokammer", "Strafkammer").
    "handelskammer", "handwerkskammer", "ärztekammer", "wirtschaftskammer",
    "arbeiterkammer", "anwaltskammer", "apothekerkammer", "architektenkammer",
    "notarkammer", "steuerberaterkammer", "ingenieurkammer", "pflegekammer",
    # Chancelleries of a head of state or government ("Staatskanzlei").
    "staatskanzlei", "senatskanzlei", "präsidentschaftskanzlei", "bundeskanzlei",
    # Universities ("Universität Jena", "Freie Universität Berlin"),
    # prosecutors and police offices ("Staatsanwaltschaft Köln").
    "universität", "hochschule", "staatsanwaltschaft", "bundesanwaltschaft",
    "kriminalamt", "bundesamt", "landesamt", "bundesamts", "bundesamtes",
    "landesamts", "landesamtes",
    # Swiss ministries ("Finanzdepartement"), student services.
    "departement", "departements", "studierendenwerk", "studentenwerk",
    # Orchestras ("Radio-Symphonieorchester Wien", "Gewandhausorchester", "Staatskapelle
    # Weimar", "Jenaer Philharmonie", "Wiener Philharmoniker").
    "orchester", "orchesters", "kapelle", "philharmonie", "philharmoniker",
    # Associations named by an adjective, a name or their members after
    # them ("Kassenärztliche Vereinigung", "Vereinigung Cockpit",
    # "Vereinigung Schweizer Ärzte"); alone none (see
    # DE_KIND_COMPOUND_ENDINGS).
    "vereinigung")
#: Nominative forms of the suffixes, to strip a genitive -s/-es back to them.
DE_ORG_BASES: Final = ("ministerium", "ausschuss", "komitee", "verband", "bund", "gericht", "gerichtshof",
                       "institut", "rat", "konzern", "präsidium", "dienst", "departement", "amt",
                       "orchester", "verein", "tag")
DE_ORG_NOT: Final = {"Verband", "Verbund", "Verbunds", "Verbundes", "Museum", "Bund", "Bundes", "Bunds",
                     "Rat", "Partei", "Regierung", "Bank", "Dienst",
                     "Konferenz", "Gericht", "Kommission", "Liga", "Stiftung", "Institut", "Agentur",
                     "Behörde", "Gewerkschaft", "Konzern", "Konzerns", "Komitee", "Fraktion", "Versammlung",
                     "Apparat", "Referat", "Vorrat", "Heirat", "Zierrat", "Hausrat", "Unrat",
                     "Verrat", "Rates", "Energiekonzern", "Ölkonzern", "Gaskonzern",
                     "Dienstes", "Verbandes", "Bundesregierung", "Landesregierung",
                     "Geberkonferenz", "Pressekonferenz", "Friedenskonferenz", "Sicherheitskonferenz",
                     "Klimakonferenz", "Videokonferenz", "Telefonkonferenz", "Militärbündnis", "Bündnis",
                     "Nachrichtendienst", "Geheimdienst", "Rettungsdienst",
                     "Kriegsdienst", "Gottesdienst", "Wehrdienst", "Zivildienst",
                     # Bare generic heads: "im Ministerium" names no particular body by itself.
                     "Ministerium", "Ministeriums", "Präsidium", "Präsidiums", "Ausschuss",
                     "Ausschusses", "Instituts", "Komitees", "Ministerrat", "Ministerrats",
                     "Ministerrates", "Verbands", "Rats", "Gerichts", "Parteien", "Fraktionen",
                     # A body's branch named by its level alone ("teilte der Landesverband
                     # mit"): the body named before, no name of its own.
                     "Landesverband", "Landesverbands", "Landesverbandes", "Kreisverband",
                     "Kreisverbands", "Ortsverband", "Bezirksverband",
                     # An association's meetings: "Seine nächste Hauptversammlung findet … statt".
                     "Hauptversammlung", "Mitgliederversammlung", "Delegiertenversammlung",
                     # A city's utilities are named by its adjective ("Leipziger Verkehrsbetriebe").
                     "Verkehrsbetriebe", "Stadtwerke",
                     # Words for a central bank or a big bank, no name ("die Notenbank").
                     "Notenbank", "Zentralbank", "Großbank", "Grossbank",
                     # A university is named by a place or name after it ("Universität Jena").
                     "Universität", "Hochschule", "Staatsanwaltschaft", "Departement", "Studierendenwerk",
                     "Studentenwerk", "Bundesamt", "Landesamt", "Orchester", "Orchesters",
                     "Vereinigung", "Wiedervereinigung", "Direktion", "Generaldirektion",
                     "Verein", "Vereins", "Kapelle", "Philharmonie", "Philharmoniker"}
#: Heads a place adjective describes but does not name: "der Leverkusener Konzern"
#: is Bayer, said another way ("Marburger Bund", "Kieler Institut" are names).
DE_DESCRIPTIVE_HEADS: Final = frozenset({"Konzern", "Konzerns", "Konzerne", "Autobauer"})
#: Endings of compounds that name a kind of service or institute, not one of them
#: ("Fahrdienst", "Forschungsinstitut"), unless an adjective, a hyphenated name or
#: a name after them says which ("Deutscher Wetterdienst", "Ifo-Institut").
DE_KIND_COMPOUND_ENDINGS: Final = ("dienst", "dienstes", "institut", "instituts", "versammlung", "konzern",
                                   "konzerns", "universität", "hochschule", "orchester", "orchesters",
                                   "kapelle", "philharmonie", "philharmoniker",
                                   "vereinigung", "direktion", "verein", "vereins",
                                   # "die Landeselternvertretung" (a state's body), not "die
                                   # Elternvertretung" (any school's).
                                   "vertretung")
#: Heads of bodies named by the place or name after them ("Universität Jena",
#: "Fachhochschule Potsdam", "Staatsanwaltschaft Köln"): alone they name none (unless
#: an official prefix makes them one: "Bundeskriminalamt"), and a compound of them and
#: the name after it are one name, not a description and a name.
#: Heads of bodies named by what they are for ("Bundesamt für Migration",
#: "Forschungsinstitut für Meeresökologie"); alone, generic ones name none.
#: Heads of authorities whose remit after "für" may be a plural, as it is of no
#: association's members ("Generaldirektion für Staudämme", "Ministerium für Finanzen";
#: not "der Verband für Betriebe": whom it serves).
DE_PLURAL_REMIT_SUFFIXES: Final = ("ministerium", "behörde", "direktion")
DE_FOR_NAMED_SUFFIXES: Final = ("bundesamt", "bundesamts", "bundesamtes", "landesamt", "landesamts",
                                "landesamtes", "institut", "instituts",
                                # "Universität für Bodenkultur", "Ministerium für Umwelt, Klima und
                                # Energie": a bare head is named by what it is for.
                                "universität", "hochschule", "ministerium", "ministeriums", "agentur",
                                "behörde", "stiftung",
                                # "Generaldirektion für Staudämme", "Direktion für Entwicklung
                                # und Zusammenarbeit": a directorate named by its remit.
                                "direktion")
DE_PLACE_NAMED_SUFFIXES: Final = ("universität", "hochschule", "staatsanwaltschaft", "kriminalamt",
                                  "museum", "stadtwerke", "verkehrsbetriebe",
                                  # a district's or town's administration ("Landratsamt Erding")
                                  "landratsamt", "kreisverwaltung", "bezirksamt",
                                  # an orchestra of a town ("Staatskapelle Weimar")
                                  "kapelle", "philharmonie")
#: Endings only towns' names have ("Wendlingen", "Holzhausen"): after a head named by a
#: place such a word is the place, though it ends like a plural noun.
DE_TOWN_NAME_ENDINGS: Final = ("ingen", "hausen", "hofen", "stetten")
#: First parts of compounds that make an association's official name
#: ("Bundesverband Solarwirtschaft"), unlike a descriptive one ("Branchenverband
#: Pharma Deutschland", "Wirtschaftsdachverband Economiesuisse": the name follows).
DE_OFFICIAL_PREFIXES: Final = ("bundes", "landes", "kreis", "bezirks", "orts", "stadt", "zentral",
                               "haupt", "gesamt", "spitzen")
#: Heads of learned and charitable bodies ("Brookings Institution", "Royal Society"):
#: no surnames either.
#: Occupations (no titles) that head an apposition to a person's name ("Jane Roe, a
#: test pilot", "John Doe, ein Landwirt aus …"): the name before is a person's.
OCCUPATION_NOUNS: Final = frozenset({
    "pilot", "astronaut", "cosmonaut", "engineer", "lawyer", "activist", "journalist",
    "farmer", "doctor", "nurse", "teacher", "student", "economist", "analyst", "researcher",
    "scientist", "physician", "surgeon", "midwife", "firefighter", "soldier", "veteran",
    "entrepreneur", "businessman", "businesswoman", "investor", "banker", "architect",
    "historian", "professor", "writer", "author", "artist", "campaigner", "trader",
    "Pilot", "Pilotin", "Astronaut", "Astronautin", "Ingenieur", "Ingenieurin", "Anwalt",
    "Anwältin", "Aktivist", "Aktivistin", "Journalist", "Journalistin", "Landwirt",
    "Landwirtin", "Arzt", "Ärztin", "Lehrer", "Lehrerin", "Ökonom", "Ökonomin", "Analyst",
    "Analystin", "Forscher", "Forscherin", "Unternehmer", "Unternehmerin", "Investor",
    "Investorin", "Historiker", "Historikerin", "Soldat", "Soldatin",
})
EN_LEARNED_HEADS: Final = frozenset({"Society", "Institution", "Academy", "Observatory", "Trust"})
EN_ORG_HEADS: Final = {"Council", "Committee", "Commission", "Organization", "Organisation",
                       "Ministry", "Agency", "Service", "Party", "Union", "Association", "Community",
                       "Directorate", "Bank", "Court", "Institute", "Foundation", "University",
                       "Office", "Department", "Parliament", "Assembly", "Fund", "Federation",
                       "League", "Alliance", "Forum", "Corporation", "Company", "Inc", "Ltd",
                       "Inc.", "Ltd.", "Corp.", "Group", "Network", "Authority", "Bureau", "Board",
                       "Coalition", "Congress", "Senate", "Cabinet", "Secretariat", "Caucus",
                       "Chamber", "Chambers", "Programme", "Confederation", "Tribunal",
                       "Administration", "Consortium", "Cooperative", "Inspectorate", "Syndicate",
                       "Police", "Club",
                       # Last words of companies' names.
                       "Holdings", "Industries", "Airlines", "Airways", "Motors", "Motor", "Technologies",
                       "Pharmaceuticals", "Enterprises", "Shipyard", "Shipyards",
                       # Last words of public transport operators ("Brampton Transit", "Indian
                       # Railways").
                       "Transit", "Railways",
                       # Orchestras ("Vienna Philharmonic", "London Symphony Orchestra").
                       "Orchestra", "Philharmonic",
                       # Public collections with a director and staff ("Crawford Art Gallery",
                       # "Wellington Zoo"), as German "-museum" is an organisation suffix.
                       "Museum", "Gallery", "Zoo", "Aquarium", *EN_LEARNED_HEADS}
#: Heads only before "for" or "of" ("Center for Strategic and International Studies",
#: "Centre for European Reform"); at a name's end a building ("Kennedy Center").
EN_CONNECTED_HEADS: Final = frozenset({"Center", "Centre"})
#: What a centre does, right before "Centre"/"Center": then it is a body, not a building
#: ("Space Research Centre", "Authorisation Centre", "Disease Control Center").
EN_CENTRE_ACTIVITIES: Final = frozenset({"Research", "Promotion", "Authorisation", "Authorization",
                                         "Control", "Prevention", "Monitoring", "Studies", "Policy",
                                         "Innovation", "Development", "Coordination", "Forecasting",
                                         "Aerospace", "Training", "Advocacy", "Intelligence"})
#: Heads only after a word that says what they are: "Unified School District" is an
#: organisation, "the Central District" a part of a city.
EN_QUALIFIED_HEADS: Final = {"District": frozenset({"School"}),
                              # "Keeseekoowenin Ojibway First Nation", "Peguis First Nation":
                              # a Canadian band's government (not "First Nations" at large).
                              "Nation": frozenset({"First"})}
#: The word that opens a union's numbered branch: "Service Employees International
#: Union Local 99".
EN_BRANCH_WORDS: Final = frozenset({"Local", "Lodge", "Branch"})
_LEGAL_FORMS: Final = {"GmbH", "AG", "SE", "KG", "Inc.", "Inc", "Ltd", "Ltd.", "LLC", "plc", "Corp.", "Corp",
                       "Plc", "PLC", "LLP", "Co.", "SpA", "AB", "ASA", "Oyj", "BV", "B.V.", "KGaA",
                       "Pty", "Bhd", "Tbk", "Co",
                       "S.A.", "N.V.", "LP", "L.P.", "S.p.A.", "SAS", "Sarl", "SRL", "S.r.l.",
                       "ApS", "Oy"}
#: "die Acme GmbH." at a sentence's end: the tokenizer keeps the full stop with a legal form
#: it knows as an abbreviation, so the dotted form ends a company's name as well.
COMPANY_SUFFIXES: Final = _LEGAL_FORMS | {
    f"{suffix}." for suffix in _LEGAL_FORMS if not suffix.endswith(".")}
#: Words that open a sentence before a company's name and say what it is to the story
#: ("Rival LATAM Airlines declined …", "Carmaker Stellantis Group said …"): no part of
#: the name. Lower case; besides every word with one of the endings below.
EN_DESCRIPTIVE_OPENERS: Final = frozenset({"rival", "rivals", "fellow", "competitor", "competitors",
                                           "insurer", "lender", "retailer",
                                           "regulator", "broadcaster", "watchdog", "conglomerate",
                                           "state-owned", "state-run", "budget", "startup"})
EN_DESCRIPTIVE_OPENER_ENDINGS: Final = ("maker", "makers", "producer", "producers", "operator",
                                        "operators", "carrier", "carriers", "giant", "giants")
#: Adverbs of time and manner that open sentences ("Later Labour won …"): no word of a name.
SENTENCE_ADVERBS: Final = frozenset({"later", "earlier", "yesterday", "today", "tonight", "tomorrow",
                                     "meanwhile", "separately", "elsewhere", "instead", "initially",
                                     "previously", "recently", "currently", "subsequently", "finally",
                                     "overall", "locally", "nationally", "traditionally"})
EN_CONNECTORS: Final = {"of", "for", "and", "the", "on", "in", "&"}
DE_CONNECTORS: Final = {"für", "und", "der", "des"}
#: Connectors that may take "the" before the next capitalised word ("Council for the
#: Australian Federation", "Armed Forces of the Philippines").
EN_ARTICLE_CONNECTORS: Final = frozenset({"of", "for", "on"})

FEMININE_ENDINGS: Final = ("ung", "ion", "ei", "heit", "keit", "schaft", "tät", "ik", "ur", "liga",
                           "konferenz", "union", "partei", "bank", "versammlung", "regierung",
                           "fraktion", "behörde", "agentur", "gewerkschaft", "stiftung", "kommission")
NEUTER_ENDINGS: Final = ("um", "ment", "tum", "chen", "komitee", "institut", "amt", "gericht",
                         "präsidium", "ministerium", "büro", "haus", "werk", "orchester", "orchesters",
                         # genitives of neuter heads ("des Departements", "des Bundesamts")
                         "ments", "amts", "amtes")


#: Entries kept by the per-word memos before they start over.
MEMO_SIZE: Final = 100_000


@dataclass
class Words:
    lang: str
    stop_words: frozenset[str]
    months: list[str]
    weekdays: list[str]
    place_prepositions: set[str]
    not_places: set[str] = field(default_factory=lambda: set(NOT_PLACES))
    de_heads: tuple[str, ...] = ()
    de_adjective_heads: tuple[str, ...] = ()
    de_weak_heads: frozenset[str] = frozenset()
    de_modifiers: tuple[str, ...] = ()
    en_titles: frozenset[str] = frozenset()
    en_modifiers: frozenset[str] = frozenset()
    #: First words of the English titles (also the part before a hyphen:
    #: "vice" of "vice-president"), so most tokens are ruled out by one lookup.
    en_title_starts: frozenset[str] = field(init=False)
    #: Last words of the English titles ("minister" of "foreign minister").
    en_title_lasts: frozenset[str] = field(init=False)
    #: german_title_form's answers by word (its lru_cache would hash the head
    #: tuples on every call; the extractors ask for every capitalised word).
    _german_forms: dict[str, tuple[str, bool] | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._german_forms = {}
        firsts = {t.split()[0] for t in self.en_titles if t.split()}
        self.en_title_starts = frozenset(firsts | {f.split("-")[0] for f in firsts})
        self.en_title_lasts = frozenset(t.split()[-1] for t in self.en_titles if t.split())

    # -- titles --------------------------------------------------------------
    def title_base(self, word: str) -> str | None:
        """German: the base form of a title word ("Außenministerin" →
        "Außenminister"), or None if the word is no title. English: the lower
        case word if it is a title word."""
        if self.lang == "en":
            low = word.lower()
            return low if low in self.en_titles or low in self.en_title_lasts \
                else None
        if "-" in word:
            word = word.rsplit("-", 1)[1]
        if not word[:1].isupper():
            return None
        form = self.german_title(word)
        return form[0] if form else None

    def german_title(self, word: str) -> tuple[str, bool] | None:
        """``german_title_form`` with this language's title heads."""
        try:
            return self._german_forms[word]
        except KeyError:
            if len(self._german_forms) >= MEMO_SIZE:
                self._german_forms.clear()  # bounded memory over a long corpus
            form = self._german_forms[word] = german_title_form(word, self.de_heads,
                                                                self.de_adjective_heads)
            return form

    def is_title_word(self, word: str) -> bool:
        return self.title_base(word) is not None

    # -- organisations -------------------------------------------------------
    def organisation_candidates(self, doc: Doc, blocked: set[int]) -> Iterator[tuple[int, int]]:
        if self.lang == "de":
            yield from _german_org_candidates(doc, blocked, self.stop_words)
        else:
            yield from _english_org_candidates(doc, blocked, self.stop_words,
                                               self.is_title_word)

    def organisation_base_form(self, span: Span) -> str:
        if self.lang != "de":
            return _LEADING_THE.sub("", span_text(span))
        return german_base_form(span)


_LEADING_THE = re.compile(r"^(the|The)\s+")


@functools.lru_cache(maxsize=65536)
def german_title_form(word: str, heads: tuple[str, ...],
                      adjective_heads: tuple[str, ...]) -> tuple[str, bool] | None:
    """Masculine singular base form of a German title word and whether the
    word was female, or None if it is no title.

    The word may be a compound ending in a known head ("Bundesaußenministerin"
    → ("Bundesaußenminister", True)) and may carry plural or genitive endings.
    """
    low = word.lower()
    tails = _title_tails(heads, adjective_heads)
    if tails is not None and low[-3:] not in tails:
        return None  # ends like no title: most words leave here
    for head in adjective_heads:  # nominalised adjectives: "Vorsitzende(r/n)"
        stem = head.lower()[:-2]
        for ending in ("er", "en", "em", "es", "e"):
            if low.endswith(stem + ending):
                prefix = word[: len(word) - len(stem) - len(ending)]
                if not _compound_prefix(prefix, head):
                    continue
                base = prefix + (head.lower() if prefix and not prefix.endswith("-") else head)
                return base, ending == "e"
    for head in _longest_first(heads):
        h = head.lower()
        female_stem = _female_stem(h)
        for ending in ("innen", "in"):
            if low.endswith(female_stem + ending):
                prefix = word[: len(word) - len(female_stem) - len(ending)]
                if not _compound_prefix(prefix, head):
                    continue
                return prefix + (h if prefix and not prefix.endswith("-") else head), True
        for ending in ("es", "en", "s", "n", "e", ""):
            if low.endswith(h + ending):
                prefix = word[: len(word) - len(h) - len(ending)]
                if not _compound_prefix(prefix, head):
                    continue
                return prefix + (h if prefix and not prefix.endswith("-") else head), False
    return None


#: Prefixes shorter than a word that make real title compounds ("Exkanzler",
#: "Cotrainer", "Vizechef").
SHORT_TITLE_PREFIXES: Final = frozenset({"ex", "co", "ko", "vize"})


def _compound_prefix(prefix: str, head: str) -> bool:
    """Whether ``prefix`` + ``head`` can be a title compound.

    A compound's first part is a word ("Bau|minister", "Alt|kanzler"), so one or
    two letters before a head are part of some other word ("G|leiter",
    "Be|gleiter"); and a short head with a three-letter "prefix" is mostly a
    name ("Özd|emir", "Ayd|emir": Turkish -demir, not an emir).
    """
    if not prefix or prefix.endswith("-") or prefix.lower() in SHORT_TITLE_PREFIXES:
        return True
    return len(prefix) >= (4 if len(head) <= 4 else 3)


@functools.lru_cache(maxsize=8)
def _longest_first(heads: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(heads, key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def _title_tails(heads: tuple[str, ...], adjective_heads: tuple[str, ...]) -> frozenset[str] | None:
    """The last three letters of every ending ``german_title_form`` accepts,
    or None if some ending is shorter than three letters (then no shortcut)."""
    endings = [head.lower()[:-2] + ending for head in adjective_heads
               for ending in ("er", "en", "em", "es", "e")]
    for head in heads:
        h = head.lower()
        female_stem = _female_stem(h)
        endings += [female_stem + "innen", female_stem + "in"]
        endings += [h + ending for ending in ("es", "en", "s", "n", "e", "")]
    if any(len(ending) < 3 for ending in endings):
        return None
    return frozenset(ending[-3:] for ending in endings)


#: Heads whose female form takes an umlaut: "Vorstand" → "Vorständin", "Landrat" → "Landrätin".
UMLAUT_FEMALE_ENDINGS: Final = {"stand": "ständ", "walt": "wält", "rat": "rät"}


def _female_stem(head: str) -> str:
    """The lower-case stem a head's female form adds "in" to ('minister',
    'kolleg', 'vorständ')."""
    for ending, umlauted in UMLAUT_FEMALE_ENDINGS.items():
        if head.endswith(ending):
            return head[: -len(ending)] + umlauted
    return head[:-1] if head.endswith("e") else head


def german_female(base: str) -> str:
    """'Außenminister' → 'Außenministerin', 'Amtskollege' → 'Amtskollegin',
    'Vorsitzender' → 'Vorsitzende', 'Personalvorstand' → 'Personalvorständin'."""
    if base.endswith("ender") or base.endswith("ter") and base.lower().endswith(("beauftragter",
                                                                                   "abgeordneter",
                                                                                   "gesandter")):
        return base[:-1]
    for ending, umlauted in UMLAUT_FEMALE_ENDINGS.items():
        if base.endswith(ending):
            return base[: -len(ending)] + umlauted + "in"
    return (base[:-1] if base.endswith("e") else base) + "in"


def _joined(text: str) -> str:
    """Tokens joined by spaces, with hyphens and commas written as in the text again
    ("Sicherheits- und …" aside: "Bundesamt für Ausrüstung, Informationstechnik …")."""
    text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    if "-und " in text or "-oder " in text:  # "Industrie- und Handelskammer": a shared head
        text = text.replace("-und ", "- und ").replace("-oder ", "- oder ")
    if "und-" in text or "oder-" in text:  # "Direktorinnen und -direktoren": a shared stem
        text = re.sub(r"\b(und|oder)-(?=[a-zäöüß])", r"\1 -", text)
    return text.replace(" , ", ", ") if " , " in text else text


def german_base_form(span: Span) -> str:
    """Nominative singular of a German organisation name in another case.

    "des Deutschen Fußball-Bundes" → "Deutscher Fußball-Bund",
    "Ständigen Rates" → "Ständiger Rat". The gender is guessed from the head
    noun's ending; names that are not inflected are returned as written.
    """
    tokens = token_table(span.doc).text[span.start:span.end]
    while tokens and tokens[0].lower() in {"der", "die", "das", "des", "dem", "den"}:
        tokens = tokens[1:]
    head_index = None
    for index, token in enumerate(tokens):
        if token[:1].isupper() and token.lower().endswith(DE_ORG_SUFFIXES):
            head_index = index
            break
    if head_index is None:
        return _joined(" ".join(tokens))
    head = tokens[head_index]
    low = head.lower()
    gender = "m"
    if low.endswith(FEMININE_ENDINGS):
        gender = "f"
    elif low.endswith(NEUTER_ENDINGS):
        gender = "n"
    if gender != "f":
        for suffix in ("es", "s"):
            stem = head[: -len(suffix)]
            if head.endswith(suffix) and stem.lower().endswith(DE_ORG_BASES):
                head = stem
                break
    tokens[head_index] = head
    adjective_ending = {"m": "er", "f": "e", "n": "es"}[gender]
    for index in range(head_index):
        token = tokens[index]
        if tokens[index + 1] == "-":
            continue  # "Volkswagen-Konzern": a compound's first part, no adjective
        if gender != "m" and token.endswith("er"):
            continue  # "Dresdner Staatskanzlei": a town's adjective, never inflected
        if token[:1].isupper() and re.search(r"(isch|ig|lich|ich|en|er|es|em|e)$", token) and \
                re.search(r"(e|en|er|es|em)$", token) and not token.endswith("-"):
            stem = re.sub(r"(en|er|es|em|e)$", "", token)
            if len(stem) >= 3:
                tokens[index] = stem + adjective_ending
    text = " ".join(tokens)
    return _joined(text)


#: German adjective endings ("Ständigen", "Deutscher", "Europäische").
_ADJECTIVE_ENDING = re.compile(r"(en|er|es|e)$")
_ADJECTIVE_ENDING_EM = re.compile(r"(e|en|er|es|em)$")
_ARTICLES = {"der", "die", "das", "des", "dem", "den"}


def _may_be_german_org_head(text: str) -> bool:
    """The cheap tests a German organisation head must pass ("Sportausschuss")."""
    return text.lower().endswith(DE_ORG_SUFFIXES) and text[:1].isupper() and text.isalpha()


def _german_org_candidates(doc: Doc, blocked: set[int],
                           stop_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    table = token_table(doc)
    texts, lowers, space, sent_start = table.text, table.lower, table.space, table.sent_start
    n = len(texts)
    i = 0
    # Only a capitalised word with an organisation suffix can be a head: the
    # loop visits just those (and none inside a candidate already yielded).
    for head in table.positions("de-org-head", _may_be_german_org_head):
        if head < i or head in blocked:
            continue
        i = head
        text, low = texts[i], lowers[i]
        compound = i >= 2 and texts[i - 1] == "-" and not space[i - 2] \
            and texts[i - 2][:1].isupper()  # "Fußball-Verband": specific, not generic
        before = texts[i - 1] if i >= 1 else ""
        named = i >= 1 and before[:1].isupper() and before.isalpha() and \
            not sent_start[i - 1] and _ADJECTIVE_ENDING.search(before) and \
            lowers[i - 1] not in _ARTICLES  # "Ständigen Rates"
        # "Verband Deutscher Verkehrsunternehmen": a generic head named by a genitive
        # plural after it (capitalised strong adjective in -er and a noun).
        genitive_name = _genitive_plural_name_end(texts, i + 1, blocked) or \
            _members_genitive_end(texts, i, blocked) or \
            _adjective_genitive_end(texts, i, blocked)
        if named and text in DE_DESCRIPTIVE_HEADS:
            named = False
        # Whether something says which body the head names; a name after it is read
        # only when nothing before does.
        specific = compound or named or genitive_name
        if not specific:
            after = i + 2 if i + 2 < n and texts[i + 1] == "zu" else i + 1  # "Universität zu Köln"
            named_after = low.endswith(DE_PLACE_NAMED_SUFFIXES) and after < n \
                and texts[after][:1].isupper() and texts[after].isalpha() \
                and (after in blocked or not texts[after].endswith(_PLURAL_NOUN_ENDINGS)
                     or texts[after].endswith(DE_TOWN_NAME_ENDINGS))
            # ("Universität Hamburg", "Stadtwerke Erding"; not "die Stadtwerke Gebühren …")
            # "Landesamt für Umwelt", "Forschungsinstitut für Meeresökologie": what it is for.
            named_for = low.endswith(DE_FOR_NAMED_SUFFIXES) and i + 2 < n \
                and texts[i + 1] == "für" and texts[i + 2][:1].isupper() \
                and texts[i + 2].isalpha() \
                and (texts[i + 2].endswith("ie") or not texts[i + 2].endswith(("en", "e", "er"))
                     or low.endswith(DE_PLURAL_REMIT_SUFFIXES))
            specific = named_after or named_for
        is_head = (text not in DE_ORG_NOT or specific) \
            and len(text) > 4 and not low.endswith(("okrat", "okraten"))  # Demokrat, not Musikrat
        if not is_head:
            continue
        kind_compound = not specific and \
            low.endswith(DE_KIND_COMPOUND_ENDINGS) and not low.startswith(DE_OFFICIAL_PREFIXES)
        start = i
        # Capitalised adjectives before the head ("Ständigen Rates", "Deutschen Fußball-Bundes").
        while start > 0 and (start - 1) not in blocked:
            prev = texts[start - 1]
            if prev == "-" and start - 2 >= 0 and texts[start - 2][:1].isupper():
                start -= 2
                continue
            # "Industrie- und Handelskammer": a truncated compound shares the head.
            if prev == "und" and start - 2 >= 0 and start - 2 not in blocked \
                    and _is_truncated_compound(texts[start - 2]):
                start -= 2
                continue
            if prev[:1].isupper() and prev.isalpha() and _ADJECTIVE_ENDING_EM.search(prev) \
                    and not sent_start[start - 1] and lowers[start - 1] not in {"der", "die", "das", "des"} \
                    and not lowers[start - 1].endswith(_KIND_NOUNS_IN_ER):
                start -= 1
                continue
            break
        end = genitive_name or i + 1
        # A proper name after the head ("Fußball-Verband Mittelrhein").
        if genitive_name:
            pass
        elif end < n and end not in blocked and texts[end][:1].isupper() \
                and texts[end].isalpha() and texts[end] not in DE_ORG_NOT \
                and not low.endswith(_COUNCIL_TITLE_ENDINGS):
            following = texts[end]
            if not lowers[end].endswith(("ung", "heit", "keit")) and following not in MONTHS["de"] \
                    and following not in WEEKDAYS["de"] and lowers[end] not in stop_words:
                if len(following) > 3 and following[-1] not in "s" and \
                        not _is_common_noun_like(following) and not _german_plural_noun(following):
                    end = _hyphen_joined_end(texts, space, end + 1)  # "Ruhr-Niederrhein"
                    if low.endswith(_REGIONAL_BODY_HEADS):
                        end = _region_noun_end(texts, end, blocked)
                        end = _region_after_remit_end(texts, space, end, blocked,
                                                      hyphenated_only=True)
                elif low.endswith(_REGIONAL_BODY_HEADS) and end + 1 < n \
                        and _region_after_remit_end(texts, space, end + 1, blocked) > end + 1:
                    # "Zweckverband Abfallwirtschaft Saale-Orla": what it does, then its region
                    end = _region_after_remit_end(texts, space, end + 1, blocked)
        if text in {"Rat", "Rates"} and start == i:
            continue
        coordinated = start == i - 2 and texts[i - 1] == "und"  # "Wetter- und Geodienst"
        if (start == i or coordinated) and end == i + 2 and not genitive_name \
                and not compound and _descriptive_compound(low, 3 if coordinated else 4):
            subject = i >= 1 and sent_start[i - 1] and lowers[i - 1] in _ARTICLES
            end = _foreign_name_end(texts, end, blocked, subject)
            yield i + 1, end  # "Wirtschaftsdachverband Economiesuisse": the name after
            i = end
            continue
        if kind_compound and (start == i or coordinated) and end == i + 1:
            continue  # "Schichtarbeit im Fahrdienst", "das Forschungsinstitut"
        if start > 0 and lowers[start - 1] in _FORMER_WORDS and low.endswith(("rat", "räte")):
            continue  # "der frühere Waadtländer Staatsrat": a member's title, no council
        yield start, end
        i = end


#: Nouns in -er for a kind of company, no adjective before a name ("der Energieversorger
#: Stadtwerke Nordheim": the name after them).
_KIND_NOUNS_IN_ER = ("versorger", "hersteller", "betreiber", "anbieter", "zulieferer",
                     "händler", "discounter", "erzeuger", "vermarkter", "entwickler")


#: Words that make the council word after them a person's title ("der frühere Staatsrat").
_FORMER_WORDS = frozenset({"frühere", "früherer", "früheren", "ehemalige", "ehemaliger",
                           "ehemaligen", "langjährige", "langjähriger", "langjährigen"})


#: Tokens that end a noun phrase (a name before them is no object of a verb after them).
_PHRASE_ENDS = frozenset({",", ".", ";", ":", "(", "und", "sowie", "oder"})
#: Endings of German plural nouns ("Stellen", "Anteile", "Mitarbeiter").
_PLURAL_NOUN_ENDINGS = ("en", "e", "er", "rn", "ln")


def _foreign_name_end(texts: list[str], end: int, blocked: set[int], subject: bool) -> int:
    """The end of a name of up to three words after a descriptive head ("der
    Wasserbehörde Wody Polskie, …"), whose first word ends before ``end``: later
    capitalised words belong to it when the phrase ends right after them, or, when
    the head and its article open the sentence (``subject``), when the verb follows."""
    k = end
    while k < len(texts) and k - end < 2 and k not in blocked and texts[k].isalpha() \
            and texts[k][:1].isupper() and not _is_common_noun_like(texts[k]):
        k += 1
    if k == end or k >= len(texts):
        return end
    if texts[k] in _PHRASE_ENDS:
        return k
    # "Der Tabakkonzern Philip Morris International klagt": the subject, then its verb in
    # lower case, after words no German plural could be (an object before a verb at the
    # clause's end could: "Der Konzern Bosch Stellen abbauen will" is no main clause).
    verb_after = subject and texts[k].islower() and texts[k].isalpha() \
        and not any(word.endswith(_PLURAL_NOUN_ENDINGS) for word in texts[end:k])
    return k if verb_after else end


def _is_truncated_compound(text: str) -> bool:
    """A capitalised first part of a compound that ends in a hyphen ("Industrie-")."""
    return len(text) > 2 and text.endswith("-") and text[:1].isupper() and text[:-1].isalpha()


#: Ends of German council compounds that are also a member's title ("Landrat Weckler",
#: "Gemeinderat Huber"): a name after one is its holder's, no body's name.
_COUNCIL_TITLE_ENDINGS = ("rat", "rats", "rates")


#: Heads of public bodies named by the region they serve, the region part of the name
#: ("Wasserverband Nockberge", "Zweckverband Obere Ilm", "Tourismusverband Ostbayern").
_REGIONAL_BODY_HEADS = ("zweckverband", "wasserverband", "tourismusverband",
                        "landschaftsverband", "regionalverband", "planungsverband",
                        "verkehrsverbund")


def _region_noun_end(texts: list[str], end: int, blocked: set[int]) -> int:
    """After a regional body's head and a position's adjective ending before ``end``
    ("Obere", "Mittlere", "Untere"), the end of the region's noun ("Zweckverband Obere
    Ilm"); ``end`` after any other word ("Wasserverband Nockberge Gebühren erhebt")."""
    if end < len(texts) and end not in blocked and texts[end - 1].endswith("ere") \
            and texts[end][:1].isupper() and texts[end].isalpha():
        return end + 1
    return end


def _hyphen_joined_end(texts: list[str], space: list[int], end: int) -> int:
    """The end of a name word ending before ``end`` with the capitalised parts hyphenated
    to it, no space between ("Ruhr-Niederrhein", "Hof-Plauen"): one word of a name, even
    where an earlier rule took a part for a place."""
    while end + 1 < len(texts) and texts[end] in {"-", "‐"} and not space[end - 1] \
            and not space[end] and texts[end + 1][:1].isupper() \
            and texts[end + 1].isalpha():
        end += 2
    return end


def _region_after_remit_end(texts: list[str], space: list[int], start: int,
                            blocked: set[int], hyphenated_only: bool = False) -> int:
    """After a regional body's head and a word for what it does ending before ``start``,
    the end of the region that closes its name ("Zweckverband Flughafen Hof-Plauen",
    "Zweckverband Abfallwirtschaft Nordhausen"), else ``start``: a capitalised word that is
    no common noun, hyphenated or followed by the end of the phrase or a verb (not
    "Wasserverband Nockberge Gebühren erhebt"); ``hyphenated_only`` after a name word
    ("Flughafen"), where a plain word may be the object of a verb after it. The region
    may be a place an earlier rule found (in ``blocked``)."""
    if start >= len(texts) or not texts[start][:1].isupper() \
            or not texts[start].isalpha() or _is_common_noun_like(texts[start]) \
            or _german_plural_noun(texts[start]):
        return start
    end = _hyphen_joined_end(texts, space, start + 1)
    if end > start + 1:
        return end
    if hyphenated_only:
        return start
    if end >= len(texts) or texts[end] in _PHRASE_ENDS or texts[end].islower() and texts[end].isalpha():
        return end
    return start


def _descriptive_compound(low: str, first_part: int = 4) -> bool:
    """Whether a lower-cased head is a compound that describes what a body is
    ("branchenverband", "energiekonzern"): a first part of ``first_part`` or more
    letters before the head (three after a truncated compound: "Wetter- und
    Geodienst"), not one that makes official names ("bundes", "landes")."""
    suffix = max((s for s in DE_ORG_SUFFIXES if low.endswith(s)), key=len, default="")
    return len(low) - len(suffix) >= first_part and not low.startswith(DE_OFFICIAL_PREFIXES) \
        and not low.endswith(_REGIONAL_BODY_HEADS) \
        and not suffix.startswith("ministerium") \
        and suffix not in DE_PLACE_NAMED_SUFFIXES  # "Finanzministerium Sachsen": its name


def _genitive_plural_name_end(texts: list[str], k: int, blocked: set[int]) -> int:
    """The end of a name like "Deutscher Verkehrsunternehmen" starting at k (a
    capitalised adjective in -er, then a capitalised noun: the genitive plural
    that names a "Verband", "Bund" or "Verein"), else 0."""
    if k + 1 >= len(texts) or k in blocked or k + 1 in blocked:
        return 0
    adjective, noun = texts[k], texts[k + 1]
    if not (adjective.endswith("er") and adjective[:1].isupper() and adjective.isalpha()
            and len(adjective) > 4 and noun[:1].isupper() and noun.isalpha() and len(noun) > 3):
        return 0
    return k + 2 if adjective.lower() in _GENITIVE_PLURAL_ADJECTIVES or \
        adjective.lower().endswith(("ischer", "scher")) else 0


#: Heads of German associations named by their members in the genitive ("Konferenz der
#: kantonalen Gesundheitsdirektoren", "Verband der freien Berufe").
_MEMBERS_HEADS = ("verband", "vereinigung", "bund", "gewerkschaft", "kammer", "konferenz")


def _members_genitive_end(texts: list[str], head: int, blocked: set[int]) -> int:
    """The end of "der kantonalen Gesundheitsdirektoren" after an association's head at
    ``head``: "der", a lowercase adjective and a plural noun for its members name it;
    else 0 ("der Bauernverband der betroffenen Region" is one of a region, "der Verband
    der Branche" a plain genitive)."""
    k = head + 2
    if k + 1 >= len(texts) or texts[head + 1] != "der" or k in blocked or k + 1 in blocked \
            or not texts[head].lower().endswith(_MEMBERS_HEADS):
        return 0
    adjective, noun = texts[k], texts[k + 1]
    if adjective.islower() and adjective.isalpha() and adjective.endswith("en") \
            and noun[:1].isupper() and noun.isalpha() and len(noun) > 4 \
            and noun.endswith(("en", "er", "e")) and not _is_common_noun_like(noun) \
            and (k + 2 >= len(texts) or not texts[k + 2][:1].isupper()):
        return k + 2
    return 0


#: How the stems of German adjectives that open a name's genitive end ("Nationalen",
#: "Europäischen", "Demokratischen", "Öffentlichen").
_NAME_ADJECTIVE_STEMS = ("al", "isch", "lich", "ig", "ell", "iv", "är")


def _adjective_genitive_end(texts: list[str], head: int, blocked: set[int]) -> int:
    """The end of "der Nationalen Einheit" after a head at ``head`` ("Regierung der
    Nationalen Einheit", "Partei der Demokratischen Linken"): German writes an adjective
    in the middle of a phrase with a capital only in a name; else 0 ("die Regierung der
    Region", "der Rat der betroffenen Länder")."""
    k = head + 2
    if k + 1 >= len(texts) or texts[head + 1] not in {"der", "des"} or k in blocked \
            or k + 1 in blocked:
        return 0
    adjective, noun = texts[k], texts[k + 1]
    if adjective[:1].isupper() and adjective.isalpha() and adjective.endswith("en") \
            and adjective[:-2].endswith(_NAME_ADJECTIVE_STEMS) and noun[:1].isupper() \
            and noun.isalpha() and len(noun) > 3:
        return k + 2
    return 0


#: Strong adjectives that open the genitive plural of German association names.
_GENITIVE_PLURAL_ADJECTIVES = frozenset({"deutscher", "europäischer", "freier", "unabhängiger",
                                         "katholischer", "evangelischer", "christlicher",
                                         # place adjectives in -er, never inflected
                                         # ("Vereinigung Schweizer Ärzte", "Verband
                                         # Berliner Kaufleute")
                                         "schweizer", "berliner", "wiener", "hamburger",
                                         "münchner", "kölner", "tiroler", "südtiroler",
                                         "luxemburger", "liechtensteiner", "bremer"})


def _german_plural_noun(word: str) -> bool:
    """Whether a capitalised word is the plural of a noun of the German word list
    ("Anlagen" of "Anlage", "Betriebe" of "Betrieb"): "prüfe die Behörde im
    Verkehrsministerium Anlagen" names no body "Verkehrsministerium Anlagen"."""
    words = german_words()
    return word in words and any(word.endswith(ending) and ((stem := word[:-len(ending)]) in words
                                          or stem.lower() in words)
               for ending in ("n", "en", "e", "er") if len(word) - len(ending) >= 3)


def _is_common_noun_like(word: str) -> bool:
    return word.lower().endswith(("ung", "ion", "heit", "keit", "schaft", "tät", "nis", "ismus",
                                  "ment", "chen", "lein", "ern", "eln"))


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _is_english_head(texts: list[str], k: int) -> bool:
    """Whether the word at k heads an organisation's name ("Council", "Inc.", the
    "District" of "School District")."""
    text = texts[k]
    if text in EN_ORG_HEADS or text in COMPANY_SUFFIXES:
        return True
    if text in EN_CONNECTED_HEADS:
        return k + 1 < len(texts) and texts[k + 1] in {"for", "of"} \
            or k > 0 and texts[k - 1] in EN_CENTRE_ACTIVITIES
    qualifiers = EN_QUALIFIED_HEADS.get(text)
    return qualifiers is not None and k > 0 and texts[k - 1] in qualifiers


#: (for the other modules: "Space Research Centre" ends with a head)
is_english_head = _is_english_head


def _title_after_head(texts: list[str], head: int, end: int,
                      is_title: Callable[[str], bool]) -> int:
    """End of a name with the last head at ``head`` before a title written right
    after it ("American Federation of Teachers President Jane Roe": the title
    opens after "Teachers"); a title word after a connector is part of the name
    ("Court of Justice"), and so is one after "the" and one modifier ("Office of the
    High Commissioner for Human Rights"), and a last word with no name after it
    ("Council for Economic Defense (CADE)", "Office of the Data Protection
    Commissioner")."""
    for k in range(head + 2, end):
        if texts[k - 1] not in EN_CONNECTORS and texts[k - 2] != "the" and is_title(texts[k]) \
                and (k + 1 < end or end < len(texts) and texts[end][:1].isupper()):
            return k
    return end


def _parallel_names_end(texts: list[str], heads: list[int], start: int) -> int | None:
    """The end of the first of two names of the same head word joined by "and" in the
    run from ``start`` ("Hutt City Council and Porirua City Council", "Leeds City Museum
    and Bradford Industrial Museum"): each has a word before its head, so "Office and
    Professional Employees International Union" (one name) stays whole. None if the
    run joins no such names. ``heads``: the run's head words."""
    for k in heads[:-1]:
        if texts[k + 1] == "and" and k > start and texts[k] == texts[heads[-1]] \
                and heads[-1] - k >= 3:
            return k + 1
    return None


def _cut_coordination(texts: list[str], start: int, last_head: int, end: int,
                      is_title: Callable[[str], bool]) -> bool:
    """Whether the run [start, end) joins names with "and" and its last head falls inside
    the second one ("Cavan General Hospital and Portiuncula University Hospital"): cut
    after that head, the run would give a name that is neither (a title after the
    head, "… Council and Trade Board Chairman", is not such a cut)."""
    return "and" in texts[start:last_head] and texts[last_head + 1] not in EN_BRANCH_WORDS \
        and not is_title(texts[last_head + 1]) and texts[last_head + 1] not in COMPANY_SUFFIXES


def _branch_end(texts: list[str], end: int) -> int:
    """"… Union Local 99": a numbered branch after the name's head belongs to it; so does
    a Roman numeral ("Commission I", "Working Group III" of a parliament or a UN body)."""
    if end + 1 < len(texts) and texts[end] in EN_BRANCH_WORDS and texts[end + 1].isdigit():
        return end + 2
    if end < len(texts) and texts[end] in BODY_NUMERALS and (
            texts[end] != "I" or end + 1 == len(texts) or texts[end + 1] in AFTER_NUMERAL_I):
        return end + 1  # (not "the Council I visited": the pronoun)
    return end


#: Roman numerals that number a parliament's committees or a body's working groups.
BODY_NUMERALS: Final = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"})
#: What may follow a body's numeral "I", which else is the pronoun ("Commission I of the
#: House", "Commission I, which …").
AFTER_NUMERAL_I: Final = frozenset({"of", ",", ".", ";", ":", ")", "(", "and", "'s", "’s"})


def _may_be_english_head(text: str) -> bool:
    """Whether ``_is_english_head`` can hold for a word with this text."""
    return text in EN_ORG_HEADS or text in COMPANY_SUFFIXES or text in EN_QUALIFIED_HEADS \
        or text in EN_CONNECTED_HEADS


def _last_run_break(texts: list[str], first: int, head: int) -> int | None:
    """The last word in [first, head) that ends every run of capitalised words
    reaching it (neither capitalised, nor a connector, nor a hyphen), else None.

    A run from ``first`` that stops at that word holds no head, so it yields
    nothing, and it, and the runs after it, leave the next run to start at the
    first capitalised word after the break: the walk can go on from there."""
    for k in range(head - 1, first - 1, -1):
        text = texts[k]
        if not text[:1].isupper() and text not in EN_CONNECTORS and text != "-":
            return k
    return None


def _english_org_candidates(doc: Doc, blocked: set[int], stop_words: frozenset[str],
                            is_title: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    table = token_table(doc)
    texts, lowers, space, sent_start = table.text, table.lower, table.space, table.sent_start
    n = len(texts)
    # Only a run of words with a head yields a candidate: runs before the next
    # head are skipped (see ``_last_run_break``), none is walked after the last.
    heads_at = table.positions("en-org-head-word", _may_be_english_head)
    next_head = 0
    i = 0
    # A candidate starts with a capitalised word: the loop visits just those.
    for first in table.positions("en-org-start", _is_capitalised):
        if first < i or first in blocked:
            continue
        while next_head < len(heads_at) and heads_at[next_head] < first:
            next_head += 1
        if next_head == len(heads_at):
            return
        stop = _last_run_break(texts, first, heads_at[next_head])
        if stop is not None:
            i = stop + 1
            continue
        i = first
        j = i
        last_cap = i
        while j < n and j not in blocked:
            text = texts[j]
            if text[:1].isupper() and (text.isalpha() or text in COMPANY_SUFFIXES or "-" in text):
                last_cap = j
                j += 1
                if text in COMPANY_SUFFIXES and j < n and texts[j] == "and":
                    break  # "Orsted AB and Equinor ASA": a legal form ends a company's name
                continue
            if text in EN_CONNECTORS and j + 1 < n and texts[j + 1][:1].isupper() \
                    and j + 1 not in blocked \
                    and (text != "in" or not EN_ORG_HEADS.isdisjoint(texts[i:j])):
                j += 1  # ("Shares in Hartwell Foods Inc.": no head before "in", no name)
                continue
            if text == "to" and texts[j - 1] in EN_ORG_HEADS and j + 2 < n \
                    and texts[j + 1][:1].isupper() and texts[j + 2][:1].isupper() \
                    and j + 1 not in blocked and j + 2 not in blocked:
                j += 1  # "Committee to Protect Journalists": a head, "to" and a verb phrase
                continue
            if text in EN_ARTICLE_CONNECTORS and j + 2 < n and texts[j + 1] == "the" \
                    and texts[j + 2][:1].isupper() and j + 2 not in blocked \
                    and texts[j + 2] not in EN_ORG_HEADS and not _is_caps_acronym(texts[j + 2]) \
                    and not EN_ORG_HEADS.isdisjoint(texts[i:j]):
                # "Council for the Australian Federation": a head before "for the"; not
                # "Leaders of the …", nor "(Secretary to the) Government of the
                # Federation": a bare head after "the" is another body, and so is an
                # acronym ("the Assembly for the SDLP": the member's party).
                j += 2
                continue
            if text == "-" and not space[j] and j + 1 < n and texts[j + 1].isalpha():
                j += 1
                continue
            if text == "," and _portfolio_head_before(texts, i, j):
                list_end = _portfolio_list_end(texts, j, blocked)
                if list_end is not None:  # "Ministry of Economy, Trade and Industry"
                    j = last_cap = list_end - 1
                    j += 1
                    continue
            break
        end = last_cap + 1
        # Trailing words after the last head belong to it only through a connector:
        # "Main Directorate of the General Staff", not "Commission President".
        words = texts[i:end]
        heads = [k for k in range(i, end) if _is_english_head(texts, k)]
        last_head = heads[-1] if heads else None
        if last_head is not None and last_head + 1 < end and texts[last_head + 1] == "and":
            end = last_head + 1  # "the Environment Agency and Natural England": two names
            words = texts[i:end]
        parallel = _parallel_names_end(texts, heads, i)
        if parallel is not None:  # "Hutt City Council and Porirua City Council"
            end = parallel
            words = texts[i:end]
            heads = [k for k in heads if k < end]
            last_head = heads[-1]
        if last_head is not None and last_head + 1 < end and \
                texts[last_head + 1] not in EN_CONNECTORS and texts[last_head + 1] != "to":
            if _cut_coordination(texts, i, last_head, end, is_title):
                i = max(end, i + 1)  # "Cavan General Hospital and Portiuncula University
                continue  # Hospital": two names the head word would cut in two
            end = _branch_end(texts, last_head + 1)
            words = texts[i:end]
            heads = [k for k in heads if k < end]
        elif last_head is not None:
            end = _title_after_head(texts, last_head, end, is_title)
            words = texts[i:end]
        if heads and end - i >= 2:
            start = i
            while start < end and (sent_start[start] and (lowers[start] in stop_words or
                                                          _descriptive_opener(lowers[start])) or
                                   lowers[start] == "the" or texts[start] in COMPANY_SUFFIXES
                                   or start > i and texts[start - 1] in COMPANY_SUFFIXES
                                   and texts[start] in EN_CONNECTORS):
                start += 1  # "(Glencore) Plc and Ampol Ltd": a known name's legal form
            start = _after_opening_part(texts, sent_start, start, end)
            if start >= 2 and texts[start - 1] == "," and texts[end - 1] in PORTFOLIO_LIST_HEADS:
                start = _portfolio_list_start(texts, blocked, start, end)
            if end - start == 2 and texts[start + 1] == "Administration":
                pass  # "the Biden Administration": a president's government, no agency's name
            elif end - start >= 2 and (not all(w in EN_ORG_HEADS for w in words)
                                       or texts[end - 1] == "Party"):
                yield start, end  # (of heads alone only a party: "the Alliance Party")
        i = max(end, i + 1)


def _is_caps_acronym(text: str) -> bool:
    """An acronym in capitals ("SDLP", "NHS"): another body's name, not a name's word."""
    return len(text) >= 2 and text.isupper() and text.isalpha()


#: Heads of a body named by the portfolios it holds, listed after "of"/"for": "Ministry
#: of Economy, Trade and Industry", "Department for Environment, Food and Rural Affairs".
PORTFOLIO_LIST_HEADS: Final = frozenset({"Ministry", "Department", "Secretariat", "Committee"})


def _portfolio_head_before(texts: list[str], start: int, comma: int) -> bool:
    """Whether the run [start, comma) is a portfolio head, "of"/"for" and one or two
    capitalised words (the list's first item)."""
    return any(texts[m] in PORTFOLIO_LIST_HEADS and texts[m + 1] in {"of", "for"}
               and 1 <= comma - (m + 2) <= 2 for m in range(start, comma - 2))


def _portfolio_list_end(texts: list[str], comma: int, blocked: set[int]) -> int | None:
    """The end of a list of portfolios going on at ``comma``: ", Trade and Industry" — items
    of one or two capitalised words no other name takes (``blocked``), separated by
    commas, the last one after "and"; None if the words there are no such list ("the
    Ministry of Finance, Germany and France": states are named, no portfolios)."""
    n = len(texts)
    k = comma
    while k < n and texts[k] in {",", "and"}:
        last = texts[k] == "and"
        item = k + 1
        k = item
        while k < n and k - item < 2 and k not in blocked and texts[k][:1].isupper() \
                and texts[k].isalpha():
            k += 1
        if k == item:
            return None
        if last:
            return k if k == n or not texts[k][:1].isupper() else None
    return None


#: Capitalised English words of dates, no portfolio ("on Monday, Finance and … Committee").
_DATE_WORDS_EN = frozenset((*MONTHS["en"], *WEEKDAYS["en"]))


def _portfolio_list_start(texts: list[str], blocked: set[int], start: int, end: int) -> int:
    """Where a body named by a list of portfolios before its head starts: "Standards,
    Procedures and Public Appointments Committee", "Environment, Food and Rural Affairs
    Committee". The run [start, end) holds the list's last items joined by "and"; the
    items before it (one or two capitalised words each, no other name's: ``blocked``)
    are separated by commas. A word before the first item that is capitalised too makes
    it no list ("Jane Roe, Health and Care Committee chair": a person, then the body)."""
    if texts[start:end].count("and") != 1 or texts[start] == "and":
        return start
    first = start
    k = start - 1
    while k >= 2 and texts[k] == ",":
        item = k
        while item > 0 and k - item < 2 and item - 1 not in blocked \
                and texts[item - 1][:1].isupper() and texts[item - 1].isalpha() \
                and texts[item - 1] not in _DATE_WORDS_EN:
            item -= 1
        if item == k or item > 0 and texts[item - 1][:1].isupper() and texts[item - 1] != ",":
            return start
        first = item
        k = item - 1
    # The list follows a word of the sentence ("convenes the", "Holyrood's"): a
    # capitalised word opening the sentence with a comma after it is an adverb or a
    # date ("However, Trade and Industry Committee …", "On Monday, …").
    if first == start or first == 0 or not (texts[first - 1][:1].islower()
                                            or texts[first - 1] in {"'s", "’s"}):
        return start
    return first


def _descriptive_opener(low: str) -> bool:
    """A sentence's first word (lower-cased) that describes the company named after it
    ("Rival", "Carmaker") or is an adverb ("Later"), no word of its name."""
    return low in EN_DESCRIPTIVE_OPENERS or low in SENTENCE_ADVERBS \
        or low.endswith(EN_DESCRIPTIVE_OPENER_ENDINGS)


def _after_opening_part(texts: list[str], sent_start: list[bool], start: int, end: int) -> int:
    """"Shares of Albemarle Corp.", "Members of the Teachers Union": a sentence's first
    word with "of" (and "the") after it, no head itself, names a part of the body, not
    the body ("Bank of America Corp." keeps its head)."""
    if not sent_start[start] or start + 3 >= end or texts[start + 1] != "of" \
            or texts[start] in EN_ORG_HEADS:
        return start
    name = start + 3 if texts[start + 2] == "the" else start + 2
    return name if end - name >= 2 else start


@functools.lru_cache(maxsize=4)
def for_lang(lang: str) -> Words:
    import spacy

    nlp = spacy.blank(lang if lang in {"de", "en"} else "en")
    titles = yaml.safe_load((DATA_DIR / "titles.yaml").read_text(encoding="utf-8"))
    de, en = titles["de"], titles["en"]
    return Words(
        lang=lang,
        stop_words=frozenset(w.lower() for w in nlp.Defaults.stop_words),
        months=MONTHS.get(lang, MONTHS["en"]),
        weekdays=WEEKDAYS.get(lang, WEEKDAYS["en"]),
        place_prepositions=PLACE_PREPOSITIONS.get(lang, PLACE_PREPOSITIONS["en"]),
        de_heads=tuple(de["heads"]),
        de_adjective_heads=tuple(de["adjective_heads"]),
        de_weak_heads=frozenset(de.get("weak_heads", [])),
        de_modifiers=tuple(de["modifiers"]),
        en_titles=frozenset(en["titles"]),
        en_modifiers=frozenset(en["modifiers"]),
    )
