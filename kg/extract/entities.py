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

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from operator import attrgetter, itemgetter
from typing import Final, Literal

from spacy.attrs import IS_PUNCT
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from kg.extract import vocab
from kg.extract.doc import (
    TokenTable,
    add_mention,
    add_node,
    doc_text,
    init_doc,
    kg_id,
    set_kg_id,
    set_new_ents,
    span_text,
    token_table,
)
from kg.extract.lexicon import (
    GERMAN_NAME_LINKS,
    ChecksumSet,
    Entry,
    Lexicon,
    english_words,
    german_headed,
    german_words,
    load_lexicon,
    not_given_names,
    town_names,
)
from kg.extract.lookups import between, word_positions
from kg.graph import Node, slugify

NAME_RE: Final = re.compile(r"^[^\W\d_][\w'’]*$")  # a letter of any script (is_name_text checks the capital)
INITIAL_RE: Final = re.compile(r"^[A-Z]\.$")
PARTICLES: Final = {"von", "van", "de", "da", "di", "del", "bin", "al", "ibn", "ter", "le", "la", "do",
                    "dos", "ap"}  # (Welsh "ap": "Rhun ap Iorwerth")
#: Spanish, Italian and French articles that open place names ("El Olivar", "Los
#: Ángeles", "Les Mureaux"), never a person's name.
PLACE_ARTICLES: Final = frozenset({"El", "Los", "Las", "Les", "Il"})
#: "von der Leyen", "van den Berg": articles only right after von/van.
PARTICLE_ARTICLES: Final = {"der", "den"}
#: English words after a name and a hyphen that make an adjective ("Xi Jinping-led"),
#: no syllable of the name ("Moon Jae-in").
HYPHEN_SUFFIX_WORDS: Final = {"led", "era", "run", "born", "made", "like", "type", "free", "wide",
                              "based", "style", "owned", "ruled", "linked", "backed", "allied"}
#: European nobiliary particles, which are also prepositions ("Vertreter von Bauern").
#: A name that starts with one has no given name before it: it is a name only with
#: an article after the particle ("von der Leyen"), not as "von" + one noun.
NOBILIARY_PARTICLES: Final = {"von", "van", "de", "da", "di", "del", "ter", "le", "la", "zu"}

#: Labels of trained spaCy NER models (German: PER ORG LOC; English: PERSON ORG
#: GPE LOC) → kg's entity labels.
MODEL_LABELS: Final = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
ENT_LABELS: Final = {"Organisation": "ORG", "country": "GPE", "city": "LOC", "region": "LOC"}
#: The entity labels as spaCy's string ids: a ``Span`` made with an id skips the
#: string store, and ``span.label`` is read without the lookup ``span.label_`` does.
PER, ORG, GPE, LOC = map(get_string_id, ("PER", "ORG", "GPE", "LOC"))
ENT_LABEL_IDS: Final = {kind: get_string_id(label) for kind, label in ENT_LABELS.items()}

#: Nouns that name what kind of place the capitalised word after them is
#: ("the region of Tigray", "die Provinz Idlib"): a place the gazetteer lacks.
PLACE_KIND_NOUNS: Final = {
    "en": {"region": "region", "regions": "region", "province": "region", "provinces": "region",
           "state": "region", "island": "region", "islands": "region", "district": "region",
           "county": "region", "town": "city", "city": "city", "village": "city",
           "port": "city", "towns": "city", "cities": "city", "villages": "city",
           "neighbourhood": "city", "neighbourhoods": "city", "neighborhood": "city",
           "neighborhoods": "city", "suburb": "city", "suburbs": "city", "borough": "city",
           "municipality": "city", "municipalities": "city", "commune": "city",
           "districts": "region", "counties": "region", "states": "region",
           "prefecture": "region", "governorate": "region", "voivodeship": "region",
           "oblast": "region"},
    "de": {"Region": "region", "Regionen": "region", "Provinz": "region", "Provinzen": "region",
           "Bundesstaat": "region", "Insel": "region", "Inseln": "region", "Bezirk": "region",
           "Stadt": "city", "Städte": "city", "Ortschaft": "city", "Dorf": "city",
           "Gemeinde": "city", "Hafenstadt": "city", "Grenzstadt": "city", "Küstenstadt": "city",
           "Kleinstadt": "city", "Standort": "city", "Standorte": "city", "Standorten": "city",
           "Stadtteil": "city", "Stadtteilen": "city", "Ortsteil": "city", "Vorort": "city",
           "Kanton": "region", "Kantons": "region", "Bundesland": "region",
           "Landkreis": "region", "Stadtbezirk": "region", "Landkreises": "region",
           "Kreis": "region", "Kreises": "region", "Bezirks": "region",
           "Bundeslandes": "region", "Stadtteils": "city", "Ortsteils": "city",
           "Ort": "city", "Ortes": "city", "Dorfes": "city", "Kreisstadt": "city",
           "Marktgemeinde": "city", "Skigebiet": "city", "Skiort": "city", "Kurort": "city",
           # other countries' regions ("Woiwodschaft Schlesien", "Departement Gard")
           "Woiwodschaft": "region", "Grafschaft": "region",
           "Präfektur": "region", "Gouvernement": "region", "Distrikt": "region",
           # plurals before two names ("die Landkreise Barnim und Uckermark"; not "Kreisen":
           # "aus Kreisen der Koalition" are circles)
           "Landkreise": "region", "Landkreisen": "region", "Kreise": "region",
           "Kantone": "region", "Kantonen": "region",
           "Bezirke": "region", "Bezirken": "region", "Bundesländer": "region",
           "Bundesländern": "region", "Gemeinden": "city", "Dörfer": "city",
           "Dörfern": "city"},
}
#: Articles before a German place noun that is also a word of phrases ("den Ort X", not
#: "vor Ort Hilfe").
PLACE_NOUN_ARTICLES_DE: Final = frozenset({"der", "den", "dem", "des", "im", "ins", "einen", "einem"})
#: Function words that never stand inside a place's name of capitalised words (a
#: capitalised "Can" does: "Tin Can Island").
NEVER_INSIDE_NAMES: Final = frozenset({"the", "a", "an", "at", "in", "on", "of", "for", "to", "by",
                                       "with", "from", "and", "or", "but", "as", "into", "after"})
#: English nouns that follow a region's name ("the Tigray region").
PLACE_KIND_AFTER: Final = {"en": {"region": "region", "province": "region", "port": "city",
                                  "ports": "city",
                                  "regions": "region", "provinces": "region", "strait": "region",
                                  "spaceport": "city", "peninsula": "region",
                                  # "the Kibera district", "Lima's La Molina district"
                                  "district": "city"}, "de": {}}
#: The plural ones among those: after "X and Y" they make two places ("the Kursk and
#: Belgorod provinces").
PLURAL_KINDS_AFTER: Final = frozenset(noun for noun in PLACE_KIND_AFTER["en"] if noun.endswith("s"))
#: Lowercase English nouns after a name that is no person's: a party's, a project's, a
#: mine's ("whose Fine Gael party", "the Tía María project", "the Las Bambas mine").
NAMED_THING_AFTER: Final = frozenset({"party", "project", "mine", "mines", "pipeline", "refinery",
                                      "deposit", "oilfield", "smelter"})
#: Lowercase Arabic articles joined to a place name by a hyphen ("Bab el-Mandeb").
ARABIC_PARTICLES: Final = frozenset({"el", "al", "ad", "an", "ar", "as", "ash", "az", "ed", "es"})
#: English capitalised nouns that end a region's name ("Kirinyaga County").
PLACE_KIND_AFTER_CAPITALISED: Final = {"en": {"County": "region", "Province": "region",
                                              "Region": "region", "District": "region",
                                              "State": "region"}, "de": {}}
#: English compass words that make a region of a known place's or a gazetteer region's
#: name after them ("West Suffolk", "North Iceland", "North Kerry"); names the lexicon
#: has as a whole ("South Africa", "North Korea") stay what they are.
REGION_COMPASS_WORDS: Final = frozenset({"North", "South", "East", "West", "Mid"})
#: Lower-case particles inside names: a gazetteer region after one and a name is the
#: end of a longer name ("San Pedro de Atacama", "University of Otago").
REGION_NAME_PARTICLES: Final = frozenset({"de", "del", "da", "do", "dos", "das", "di", "la", "le",
                                          "van", "von", "der", "den", "y", "e", "bin", "ibn",
                                          "al", "el", "of", "for"})
#: Capitalised words next to a region's name that make no longer name of another kind
#: ("County Wicklow", "Kirinyaga County", "Provinz Batangas", "West Kerry").
REGION_NAME_NEIGHBOURS: Final = frozenset({
    *(word for word in PLACE_KIND_AFTER_CAPITALISED["en"] if word != "State"),
    *PLACE_KIND_NOUNS["de"], *REGION_COMPASS_WORDS, "Governorate", "Prefecture", "Department",
    "Oblast", "Northern", "Southern", "Eastern", "Western", "Central"})
#: Capitalised words before "State" that make no state's name ("a Member State", "the
#: Islamic State", "Penn State").
NOT_STATE_NAME_WORDS: Final = frozenset({"Member", "Nation", "Welfare", "Police", "Deep", "Rogue",
                                         "Failed", "Client", "Buffer", "Nanny", "Islamic", "Penn",
                                         "Sovereign", "Secular", "Jewish", "Union", "Head", "Free"})
#: German compass prefixes that make a region of a country's name ("Ostukraine", "Nordsyrien").
COMPASS_PREFIXES: Final = ("Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West",
                           "Zentral")
#: … and the prefixes of a part of a state or region ("Mittelhessen", "Oberschwaben").
REGION_PREFIXES: Final = (*COMPASS_PREFIXES, "Mittel", "Ober", "Unter")
#: German nouns of landscapes a place's adjective in "-er" names ("Thüringer Becken",
#: "Altenburger Land", "Oberlausitzer Bergland").
LANDSCAPE_NOUNS_DE: Final = frozenset({"Becken", "Land", "Bergland", "Hügelland", "Seenplatte",
                                       "Heide", "Wald", "Bucht", "Senke", "Hochland",
                                       "Oberland", "Unterland", "Mittelland", "Tiefland",
                                       "Seeland", "Vorland", "Hinterland"})
#: German hyphenated heads that make a region of the name before them ("Ashanti-Region").
REGION_COMPOUND_HEADS: Final = {"Region", "Provinz", "Tal", "Gebiet"}
#: The heads of a German valley's, lake's or district's one-word name ("Martelltal",
#: "Zufrittsee", "Vinschgau"): with a first part that is no German word, a name.
LANDSCAPE_COMPOUND_HEADS_DE: Final = ("tal", "see", "gau")
#: "im Montafon", "ins Engadin": a region, valley or range takes an article, a town none.
REGION_ARTICLES_DE: Final = frozenset({"im", "Im", "ins", "Ins"})
#: Words the lexicon reads as the German federal states; "Länder" also means countries.
GENERIC_STATE_WORDS: Final = {"Länder"}
#: Words after "Länder" that say which countries are meant ("Länder ohne Küste", "Länder
#: wie Malta"): countries in general, not Germany's federal states.
GENERAL_STATES_QUALIFIERS: Final = frozenset({"ohne", "wie"})
#: Roman numerals after a monarch's or pope's name ("Charles III", "Ferdinand II.").
ROMAN_NUMERALS: Final = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                                   "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"})
#: Determiners before "Länder" that mean countries in general ("viele Länder"), not
#: Germany's federal states ("die Länder", "alle Länder").
INDEFINITE_PLURAL_DETERMINERS: Final = frozenset({
    "andere", "anderen", "viele", "vielen", "einige", "einigen", "manche", "manchen", "mehrere",
    "zahlreiche", "zahlreichen", "solche", "solchen", "welche", "weitere", "weiteren",
    "etliche", "wenige", "wenigen",
    # "beide Länder", "die beiden Länder", "zwei Länder": two states named before, not the
    # Länder as one body (the sixteen are never counted out so)
    "beide", "beiden", "zwei", "drei", "vier", "fünf"})
#: Inhabitants of a gazetteer city whose name is also a given name from which it is
#: read (after "in", "near", "bei": "in Kiel", "in Santiago"): a "Großstadt".
MAJOR_CITY_POPULATION: Final = 100_000
#: "Mekelle, the Tigrayan capital": nouns of an apposition that make the name before a city.
CITY_APPOSITION_NOUNS: Final = {"en": {"capital", "city", "town", "port"},
                                "de": {"Metropole"}}  # and every compound of -stadt
APPOSITION_ARTICLES: Final = {"the", "a", "die", "der", "eine", "einer"}
#: Prepositions after a city noun of an apposition that place the city ("Voltrava, a
#: town in eastern Congo"): the name before may open its sentence.
APPOSITION_PLACE_PREPOSITIONS: Final = frozenset({"in", "near", "on", "outside", "im", "nahe"})
#: Last words of geographic names ("East China Sea", "Second Thomas Shoal") and
#: first words ("Lake Maggiore", "Mount Etna"): such a name is a place, no person.
#: Words that make an island's name of a region's ("Jeju Island").
ISLAND_WORDS: Final = frozenset({"Island"})
#: Features named after a city or a river ("Halifax Harbour", "Mekong Delta"): places of
#: kind "place", no region a regional head's title could belong to.
SITE_FEATURE_LASTS: Final = frozenset({"Delta", "Harbour", "Harbor"})
FEATURE_LASTS: Final = {"Sea", "Ocean", "Strait", "Straits", "Shoal", "Reef", "Island", "Islands",
                        "Bay", "Gulf", "River", "Lake", "Peninsula", "Mountains", "Desert", "Canal",
                        "Valley", "Heights", "Archipelago", "Atoll", "Area", "Coast", "Estuary",
                        "Firth", "Loch", "Mountain", "Glacier", "Fjord", "Volcano", "Plateau",
                        "Gorge", *SITE_FEATURE_LASTS}
#: Feature words that end a place's name only where no capitalised word follows: "the
#: Sunshine Coast", but "the Philippine Coast Guard" (a body), "Loch Ness Centre".
OPEN_FEATURE_LASTS: Final = frozenset({"Coast", "Estuary", "Firth", "Loch"})
FEATURE_FIRSTS: Final = {"Lake", "Mount", "Cape", "Isle",
                         "County"}  # Ireland's counties: "Ballyhaunis, County Mayo"
#: Last words of the names of towns and resorts ("Jackson Hole", "Palm Springs",
#: "Niagara Falls"): such a name is no person, and after a place preposition it is
#: a place. Words that are also common surnames ("Hill", "Ridge", "Grove") are left out.
SETTLEMENT_LASTS: Final = {"Hole", "Springs", "Falls", "Beach", "Creek", "Harbor", "Harbour",
                           "Mountain", "Point", "Bluff", "Bluffs", "Canyon", "Cove", "Junction"}
#: First words of the names of towns, camps and salt flats ("San Pedro de Atacama",
#: "Camp Aguinaldo", "Salar de Uyuni"): after a place preposition such a name is a place.
FEATURE_FIRSTS_OF: Final = frozenset({"Salar", "Lago", "Laguna", "Cerro", "Río", "Bahía", "Isla"})
SETTLEMENT_FIRSTS: Final = frozenset({"San", "Santa", "Santo", "São", "Sao", "Saint", "Sankt",
                                      "Puerto", "Porto", "Camp", "Fort", *FEATURE_FIRSTS_OF})
#: … and in German texts the spa towns' "Bad" and the saints' "St." ("in Bad Ischl",
#: "aus St. Jakob"), which English writes before other things too ("Bad Company",
#: "St. Mary's Hospital").
SETTLEMENT_FIRSTS_BY_LANG: Final = {"de": SETTLEMENT_FIRSTS | {"Bad", "St."}}
#: First words of German town names that are no name by themselves ("Bad Ischl",
#: "St. Jakob", "Sankt Anton"): a place noun is followed by them and one more word.
TOWN_OPENERS_DE: Final = frozenset({"Bad", "St.", "Sankt"})
#: Lower-case words inside Romance place names ("San Pedro de Atacama").
PLACE_NAME_PARTICLES: Final = frozenset({"de", "del", "do", "da", "dos", "das"})
#: Prepositions before a town's name ("in Jackson Hole", "bei Palm Springs").
SETTLEMENT_PREPOSITIONS: Final = {"en": {"in", "at", "near", "outside"},
                                  "de": {"in", "bei", "nahe", "nach"}}
#: Prepositions right before a town's bare name ("in Ballinasloe", "aus Kreuztal",
#: "headquarters in Apapa."): there a capitalised word that is no known word is a place.
BARE_PLACE_PREPOSITIONS: Final = {"en": frozenset({"in", "near", "outside"}),
                                  "de": frozenset({"in", "aus", "nach", "bei", "nahe"})}
#: Prepositions after which only a small town of the gazetteer is read as one ("zwischen
#: Schwedt und der Mündung", "ferries from Mykonos"): other names there are as often
#: persons or companies ("between Ford and Unifor").
TOWN_ONLY_PREPOSITIONS: Final = {"en": frozenset({"between", "from", "to", "through", "across", "at"}),
                                 "de": frozenset({"zwischen", "um"})}
#: Words that link the two names of a town's name ("Weil am Rhein", "Aschau im
#: Chiemgau", "Barrow upon Soar"; see ``_linked_town_places``).
TOWN_NAME_LINKS: Final = {"de": frozenset({"am", "an", "im", "bei", "ob"}),
                          "en": frozenset({"upon", "on", "am", "an", "im", "bei"})}
#: Prepositions of a route ("walk through Oia") and the stems of English verbs of moving
#: before them: there an unknown name is a place (see ``_route_after_motion``).
ROUTE_PREPOSITIONS: Final = frozenset({"through", "across"})
MOTION_VERB_STEMS: Final = ("walk", "driv", "drove", "travel", "march", "sail", "cycl", "rode",
                            "stroll", "wander", "roam", "trek", "hik", "tour", "cruis")
#: German prepositions after which an unknown name is rather a company's or a person's
#: than a town's ("Stellenabbau bei Zalando"): the bare name rule needs a known town there.
UNKNOWN_TOWN_SKIPPED_DE: Final = frozenset({"bei"})
#: Last words of sites that name no body working there ("Grand Park", "Malacañang Palace";
#: unlike "Roosevelt High School", "the White House"), read by ``_site_places``.
OPEN_SITE_LASTS: Final = frozenset({"Palace", "Park", "Square", "Garden", "Gardens", "Avenue",
                                    "Street", "Bridge", "Stadium", "Arena", "Castle"})
#: Words before "Park" that make a named park a protected area ("Banff National Park").
PARK_KINDS: Final = frozenset({"National", "Provincial", "State", "Nature", "Marine"})
#: Prepositions before a site's name ("at Malacañang Palace", "in Grand Park").
SITE_PREPOSITIONS: Final = frozenset({"at", "in", "near", "outside"})
#: Words that place something relative to a town named after "of"/"von" ("on the
#: outskirts of Kayole", "20 km north of Velmaro", "nördlich von Eltheim").
RELATIVE_LOCATION_WORDS: Final = {
    "en": frozenset({"outskirts", "north", "south", "east", "west", "northeast", "northwest",
                     "southeast", "southwest", "north-east", "north-west", "south-east",
                     "south-west"}),
    "de": frozenset({"nördlich", "südlich", "westlich", "östlich", "nordöstlich",
                     "nordwestlich", "südöstlich", "südwestlich", "Rande", "Stadtrand",
                     "Ortsrand", "unweit"}),
}
#: Plural nouns of places before examples ("informal settlements such as Kibera and
#: Mathare", "Inseln wie Mykonos"), each with the kind of place the examples are.
EXAMPLE_PLACE_NOUNS: Final = {
    "en": {"towns": "city", "cities": "city", "villages": "city", "settlements": "city",
           "slums": "city", "townships": "city", "neighbourhoods": "city", "neighborhoods": "city",
           "suburbs": "city", "districts": "region", "municipalities": "city", "ports": "city",
           "resorts": "city", "islands": "region", "regions": "region", "provinces": "region",
           "counties": "region", "states": "region"},
    "de": {"Städte": "city", "Städten": "city", "Orte": "city", "Orten": "city",
           "Ortschaften": "city", "Dörfer": "city", "Dörfern": "city", "Gemeinden": "city",
           "Stadtteile": "city", "Stadtteilen": "city", "Vororte": "city", "Vororten": "city",
           "Häfen": "city", "Inseln": "region", "Regionen": "region", "Provinzen": "region",
           "Bezirke": "region", "Bezirken": "region", "Kantone": "region", "Kantonen": "region",
           "Bundesstaaten": "region"},
}
#: Words that open the examples after such a noun ("such as", "including", "wie", "etwa").
EXAMPLE_OPENERS: Final = {"en": frozenset({"such", "including", "like"}),
                          "de": frozenset({"wie", "etwa", "darunter"})}
#: German words that open where in a district or a country a village lies ("bei Eltheim
#: im Landkreis Regensburg", "in Gjader im Norden Albaniens"), each with the nouns after it.
DISTRICT_OPENERS_DE: Final = {
    "im": frozenset({"Landkreis", "Kreis", "Bezirk", "Kanton", "Bundesland", "Regierungsbezirk",
                     "Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten",
                     "Südwesten"}),
    "in": frozenset({"der"}),  # "in der Provinz X", "in der Gemeinde X"
}
#: Compass parts among those: a land's name or "des"/"der" must follow ("im Norden
#: Albaniens", "im Süden des Landes"; "bei Velmarov im Norden" may be a company's plant).
COMPASS_PARTS_DE: Final = frozenset({"Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten",
                                     "Südosten", "Südwesten"})
#: Nouns after "in der" that place the village before it ("Sadu in der Provinz Sibiu").
DISTRICT_NOUNS_AFTER_DER: Final = frozenset({"Provinz", "Region", "Gemeinde", "Grafschaft", "Nähe"})
#: Prepositions that open the names of villages placed in a district.
VILLAGE_PREPOSITIONS_DE: Final = frozenset({"in", "bei", "nahe", "nach", "aus", "um", "zwischen"})
#: What a name after a place preposition is by itself (``_town_evidence``).
NO_TOWN, KNOWN_TOWN, UNKNOWN_NAME, NAMESAKE_TOWN = 0, 1, 2, 3
#: English nouns before "in" whose object is a company or a person, no place ("a stake
#: in Azul", "confidence in Reeves").
HOLDING_NOUNS: Final = frozenset({"stake", "stakes", "share", "shares", "investment", "investments",
                                  "invest", "invested", "investing", "holding", "holdings", "interest",
                                  "confidence", "faith", "trust", "belief", "role", "job", "career"})
#: German words before "in" whose object is a company, a coin or a person, no place
#: ("investierten in Bitcoin", "Vertrauen in Merz").
HOLDING_WORDS_DE: Final = frozenset({"investieren", "investiert", "investierte", "investierten",
                                     "investition", "investitionen", "vertrauen", "anteile",
                                     "beteiligung", "beteiligungen", "einstieg"})
#: Capitalised English words after "in" that name no place and no dictionary has:
#: languages, faiths and their feasts (the dictionary's words: ``english_words``).
NOT_BARE_PLACE_WORDS_EN: Final = frozenset({
    "Covid", "Arabic", "Hindi", "Cantonese", "Swahili", "Hebrew", "Urdu", "Latin", "Farsi",
    "Pashto", "Dari", "Tagalog", "Yoruba", "Hausa", "Igbo", "Amharic", "Tigrinya", "Bengali",
    "Tamil", "Gaelic", "Islam", "Ramadan", "Christmas", "Easter", "Diwali"})
#: Nouns of mayors and governors before "of"/"von" and the name of their town or
#: region ("the former mayor of Providencia", "the governor of Kwara"), with its kind.
MAYOR_NOUNS: Final = {"en": {"mayor": "city", "Mayor": "city", "governor": "region",
                             "Governor": "region",
                             # a county's or state's senator: "Kiambu Senator Jane Roe"
                             "Senator": "region"},
                      "de": {"Bürgermeister": "city", "Bürgermeisterin": "city",
                             "Oberbürgermeister": "city", "Oberbürgermeisterin": "city",
                             "Ortsbürgermeister": "city", "Ortsbürgermeisterin": "city",
                             "Ortsvorsteher": "city", "Ortsvorsteherin": "city",
                             "Landrat": "region", "Landrätin": "region",
                             "Gouverneur": "region", "Gouverneurin": "region"}}
#: The kind of a German place found in the genitive ("Boitzenburgs Ortsvorsteher"): its
#: name is the word less its "-s".
GENITIVE_KIND_MARK: Final = "~s"
#: Articles and possessives of a German genitive before a noun: "des Landes Bürgermeister"
#: is no place's.
GENITIVE_ARTICLES_DE: Final = frozenset({"des", "eines", "dieses", "jenes", "unseres", "ihres",
                                         "seines", "meines", "deines", "eures", "keines"})
#: Last words of the names of buildings and sites ("Dolmabahçe Palace"): no persons.
SITE_LASTS: Final = {"Palace", "Hall", "House", "Square", "Street", "Avenue", "Center", "Centre",
                     "Park", "Garden", "Gardens", "Hotel", "Castle", "Tower", "Building", "Airport",
                     "Station", "Bridge", "Stadium", "Arena", "Cathedral", "Church", "Mosque",
                     "School", "Temple", "Shrine", "Museum"}
#: Plurals of people an organisation may be named after ("United Auto Workers").
MEMBER_PLURALS: Final = frozenset({"Teachers", "Workers", "Employees", "Nurses", "Doctors", "Physicians",
                                   "Farmers", "Journalists", "Students", "Lawyers", "Pilots", "Miners",
                                   "Engineers", "Parents", "Veterans", "Scientists", "Educators",
                                   "Firefighters", "Officers", "Drivers", "Musicians", "Actors",
                                   "Writers", "Residents", "Tenants", "Retirees", "Women", "Mothers",
                                   "Fighters", "Democrats", "Patriots", "Citizens", "Defenders",
                                   "Producers", "Manufacturers", "Exporters", "Employers", "Growers"})
#: Lowercase titles of an apposition ("Jane Roe, chief executive of Acme Energy") with the
#: prepositions after which they name the organisation the person works for.
ORG_TITLE_PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(("executive", "chairman", "chairwoman", "chairperson", "founder",
                     "co-founder", "president", "boss", "owner", "treasurer", "ceo"),
                    frozenset({"of"})),
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"), frozenset({"of", "for"})),
    **dict.fromkeys(("economist", "analyst", "strategist"), frozenset({"at"})),
}
#: English words that name a company's unit after the company's name ("Airbus Defence and
#: Space", "Siemens Energy", "Thyssenkrupp Marine Systems").
COMPANY_UNIT_WORDS: Final = frozenset({"Defence", "Defense", "Space", "Energy", "Mobility", "Systems",
                                       "Solutions", "Services", "Technologies", "Logistics", "Aerospace",
                                       "Helicopters", "Aviation", "Automotive", "Marine", "Naval",
                                       "Trucks", "Vehicles", "Healthcare", "Healthineers", "Pharma",
                                       "Digital", "Software", "Capital", "Financial", "Cargo", "Shipping",
                                       "Electronics", "Semiconductors", "Networks", "Holdings", "Motor",
                                       "Motors", "Steel", "Chemical", "Chemicals", "Electric",
                                       "Insurance",
                                       # a German company's regional unit ("AOK Nordwest")
                                       "Nordwest", "Nordost", "Südwest", "Südost", "Mitte"})
#: The words of ``COMPANY_UNIT_WORDS`` that name a regional unit.
REGIONAL_UNIT_WORDS: Final = frozenset({"Nordwest", "Nordost", "Südwest", "Südost", "Mitte"})
#: Kinds of known bodies with branches named by the body's name and a country's or a
#: region's ("NFU Scotland", "Amnesty International UK", "Tesco Ireland"); not states'
#: bodies, parties or courts ("the EU Commission", "Labour Wales" is "Welsh Labour").
BRANCH_KINDS: Final = frozenset({"union", "ngo", "media", "association", "company", "think-tank"})
#: Unions of states among the lexicon's "union"s: "the EU Ukraine summit" names no branch.
STATE_UNIONS: Final = frozenset({"organisation:europaeische-union", "organisation:afrikanische-union"})
#: Words before a German company name with a country after it that make the two one
#: name ("von KNDS Deutschland", "die Siemens Deutschland").
UNIT_OPENERS_DE: Final = frozenset({"von", "bei", "für", "mit", "an", "der", "die", "den", "dem", "des",
                                    "das", "vom", "beim", "zur", "zum"})
#: Words for a party family and what the full names of its parties hold
#: ("Sozialdemokratische Partei Österreichs", "Österreichische Volkspartei").
PARTY_FAMILY_WORDS: Final = {"Sozialdemokraten": "sozialdemokrat", "Christdemokraten": "christlich",
                             "Volkspartei": "volkspartei", "Freiheitlichen": "freiheitlich",
                             "Liberalen": "liberal", "Konservativen": "konservativ"}
#: Contractions before "niedersächsischen Unterlüß": in/to/from a town of that region.
TOWN_ADJECTIVE_OPENERS: Final = frozenset({"im", "ins", "vom", "beim"})
#: Compass prefixes of German regional adjectives ("nordhessischen", "südbadischen").
ADJECTIVE_COMPASS_PREFIXES: Final = ("nordost", "nordwest", "südost", "südwest", "nord", "süd",
                                     "ost", "west", "mittel", "ober", "unter", "nieder")
#: German adjectives of nearness between "im" and a town ("im benachbarten Hallstatt",
#: "im nahen Gmunden"): like a region's adjective, but the name must be no German word
#: or be shaped like a town's ("im benachbarten Ausland" names no town).
NEARNESS_ADJECTIVES_DE: Final = frozenset({"benachbarten", "nahen", "nahegelegenen",
                                           "angrenzenden", "umliegenden"})
#: Endings of German nouns a regional adjective describes ("im bayerischen Landtag",
#: "im hessischen Wahlkampf"): no town.
NOT_TOWN_ENDINGS: Final = ("tag", "amt", "rat", "haus", "kabinett", "parlament", "kampf", "fernsehen",
                           "markt", "haushalt", "raum", "recht", "gesetz", "plan", "system", "verkehr",
                           "netz", "werk", "land", "ministerium", "gericht", "dienst", "bund", "verband",
                           "er", "en", "e",
                           # Fields a national adjective describes ("im deutschen Profifußball",
                           # "im britischen Einzelhandel", "im deutschen Gesundheitswesen").
                           "ball", "sport", "wesen", "handel", "stand", "sektor", "bereich")
#: Endings of German towns' names among those ("Göttingen", "Oberhausen", "Straubing").
TOWN_ENDINGS: Final = ("ingen", "hausen", "hofen", "stetten", "leben", "rode", "see")
#: The endings among those, and other parts of towns' names, that no German common noun
#: of seven letters or more stands with after a bare "in" ("Leben", "Erleben" have
#: "-leben"; "Werkstatt" and "Stausee" take an article): a name so ending after "in" is
#: a town ("in Döttingen", "in Waldshut-Tiengen", "in Hallstatt", "in Ebensee").
BARE_TOWN_ENDINGS: Final = ("ingen", "hausen", "hofen", "stetten", "statt", "see", "dorf")
#: Endings of German plural and inflected nouns ("Stellen", "Kakaobauern", "Mitteln"):
#: such a word after a kind noun is no name.
GERMAN_PLURAL_ENDINGS: Final = ("en", "e", "er", "rn", "ln")
#: Words after a list of names and "and" that say the names were examples of a kind
#: ("…, Brampton Transit and other operators").
OTHER_WORDS: Final = {"en": frozenset({"other"}),
                      "de": frozenset({"andere", "anderen", "weitere", "weiteren"})}
LIST_CONJUNCTIONS: Final = frozenset({"and", "or", "und", "oder", "sowie"})
#: Prepositions after ", based" that place the body named before ("Acme, based in Oslo,").
BASED_PREPOSITIONS: Final = frozenset({"in", "near", "outside"})
#: Months that are also given names: after a title they open a person's name
#: ("Klubobmann August Wöginger", "Senator April Lee").
MONTH_GIVEN_NAMES: Final = frozenset({"August", "April", "May", "June"})
#: Nouns for an agency or watchdog between its parent and its name ("the U.N. refugee
#: agency UNHCR").
AGENCY_NOUNS: Final = frozenset({"agency", "watchdog", "body", "arm"})
#: Quotation marks that open and close a name ('die Initiative „Unsere Kurve“').
OPENING_QUOTES: Final = frozenset({"„", "“", "\"", "«", "»", "‚"})
CLOSING_QUOTES: Final = frozenset({"“", "”", "\"", "»", "«", "‘"})
#: Pronouns that open a quoted statement, no quoted name.
QUOTE_OPENING_PRONOUNS: Final = frozenset({"wir", "ich", "es", "sie", "er", "du", "ihr", "man", "we",
                                           "i", "it", "they", "he", "she", "you", "this", "das",
                                           "dies", "there", "our", "my"})
#: Tokens that no quoted name holds: a quote that reaches one is a statement.
QUOTED_NAME_BREAKS: Final = frozenset({".", "!", "?", ";", ":", ",", "„"})
#: Tokens that end a noun phrase: a name word before them is no object of a verb after.
NAME_PHRASE_ENDS: Final = frozenset({",", ".", ";", ":", "(", "und", "sowie", "oder"})
#: German prepositions and contractions before an article and a bare kind noun that is
#: followed by its name ("bei der Gewerkschaft Verdi", "beim Konzern Bosch").
KIND_PREPOSITIONS_DE: Final = frozenset({"bei", "von", "mit", "gegen", "an", "auf", "aus", "nach",
                                         "über", "unter", "zwischen", "durch", "laut", "seitens"})
KIND_CONTRACTIONS: Final = frozenset({"beim", "vom", "zum", "zur", "am"})
#: German prepositions fused with an article: no person's bare name follows them.
CONTRACTED_ARTICLES_DE: Final = frozenset({"im", "ins", "am", "beim", "vom", "zum", "zur"})
#: German definite articles.
GERMAN_ARTICLES: Final = frozenset({"der", "die", "das", "des", "dem", "den"})
#: German indefinite articles: a one-word candidate after one names no particular body.
GERMAN_INDEFINITE_ARTICLES: Final = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})
#: Fields a title may be "of" ("president of Operations", "chief executive of Digital
#: Services at …"): a department, not an employer.
FIELD_WORDS: Final = frozenset({"Communications", "Operations", "Policy", "Research", "Sales",
                                "Marketing", "Strategy", "Finance", "Engineering", "Intelligence",
                                "Studies", "Development", "Advocacy", "Affairs", "Programs", "Programmes",
                                "Technology", "Innovation", "Security", "Investment", "Investments",
                                "Trading", "Analysis", "Planning", "Education", "Compliance", "Legal",
                                "Resources", "Product", "Products", "Science", "Design", "Content",
                                "Editorial", "News", "Management", "Staff", "State"})
#: Connectors inside a name that give its acronym no letter ("Bund für Umwelt und
#: Naturschutz (BUND)", "Council of Europe (CoE)").
#: Capitalised determiners and pronouns that no person's name has inside it ("Save Our
#: Rivers", "Back The Farmers": a campaign's name).
DETERMINER_NAME_WORDS: Final = frozenset({"Our", "My", "Your", "Their", "The", "This", "These",
                                          "Those", "We", "Us"})
#: The shortest rank word between a title word and a given name ("Constable").
RANK_WORD_MIN: Final = 7
#: German prepositions of place that, with an article after them, open no person's
#: name ("in der Saline Ebensee"; "mit der" and "von der" may: "von der Leyen").
PLACE_PREPOSITIONS_BEFORE_ARTICLE_DE: Final = frozenset({"in", "aus", "nach", "bei"})
#: The European Union's and Commission's lexicon keys, and the bare word for the
#: Commission by language (see _bare_eu_commission).
EU_KEY: Final = "organisation:europaeische-union"
EU_COMMISSION_KEY: Final = "organisation:europaeische-kommission"
BARE_COMMISSION: Final = {"en": "Commission", "de": "Kommission"}
COMMISSION_ARTICLES: Final = frozenset({"the", "die", "der"})
#: Words after "Commission" that open its complement: another commission's name.
COMMISSION_COMPLEMENTS: Final = frozenset({"of", "on", "for", "für", "zur", "zum", "des", "der"})
#: Heads of German parties' one-word names ("Freiheitsbewegung", "Volkspartei").
PARTY_COMPOUND_HEADS_DE: Final = ("bewegung", "partei", "bündnis", "allianz", "union", "liste")
#: Last words of English parties' names ("Freedom Movement", "Labour Party").
PARTY_HEADS_EN: Final = frozenset({"Party", "Movement", "Alliance", "Union", "Front", "League",
                                   "Coalition"})
#: Articles before a body's name spelt out before its acronym ("die Nova Ljubljanska
#: Banka (NLB)"): no person's name follows one.
LONG_FORM_ARTICLES: Final = frozenset({"der", "die", "das", "dem", "den", "the"})
ACRONYM_SKIPPED_WORDS: Final = frozenset({"of", "for", "and", "the", "&", "für", "und", "der", "des",
                                          "zum", "zur"})
#: German nouns for a state's post, railway, broadcaster or bank, each with the ending its
#: name's adjective takes in the nominative ("Tschechische Post", "Österreichischer
#: Rundfunk", "Schweizerische Bundesbahnen"): see _national_institutions.
NATIONAL_INSTITUTION_NOUNS_DE: Final = {
    **dict.fromkeys(("Post", "Bahn", "Bundesbahn", "Staatsbahn", "Eisenbahn", "Telekom",
                     "Nationalbank", "Notenbank", "Zentralbank", "Akademie", "Welle",
                     "Bahnen", "Bundesbahnen", "Staatsbahnen", "Eisenbahnen"), "e"),
    "Rundfunk": "er"}
#: Abbreviations that open sports clubs' names ("FC Porto", "AC Milan", "VfB Stuttgart",
#: "GNK Dinamo Zagreb", "SK Sturm Graz"); none that is also a state's or a common one
#: ("US", "CA", "AZ", "CD").
CLUB_PREFIXES: Final = frozenset({"FC", "AC", "AS", "SC", "SV", "VfB", "VfL", "TSV", "TSG", "FK",
                                  "NK", "HNK", "GNK", "SK", "BK", "KV", "KRC", "SSC", "OGC", "RC",
                                  "SL", "CF", "SSV", "BSC", "SpVgg"})
#: Heads of organisations' names in Spanish, Portuguese, French and Italian.
ROMANCE_ORG_HEADS: Final = frozenset({
    "Confederación", "Confederação", "Confédération", "Confederazione", "Federación",
    "Federação", "Fédération", "Federazione", "Partido", "Parti", "Partito", "Movimiento",
    "Movimento", "Mouvement", "Sindicato", "Syndicat", "Unión", "União", "Unione",
    "Asociación", "Associação", "Associazione", "Frente", "Alianza", "Aliança", "Consejo",
    "Conselho", "Conseil", "Consiglio", "Comisión", "Comissão", "Commissione", "Instituto",
    "Istituto", "Banco", "Banque", "Ministerio", "Ministério", "Ministère", "Ministero",
    "Fundación", "Fundação", "Fondation", "Fondazione", "Sociedad", "Sociedade", "Société",
    "Centrale", "Congreso", "Congresso", "Corte", "Agencia", "Agência", "Agence",
    "Agenzia", "Organización", "Organização", "Coordinadora", "Cámara", "Câmara", "Chambre",
    "Colegio", "Autoridad", "Autorité", "Autorità", "Tribunal", "Tribunale",
    "Comité", "Comitato", "Conferencia", "Conférence", "Assemblée", "Asamblea", "Assembleia",
    # Latin American state offices, also written without their accents ("Registraduría
    # Nacional del Estado Civil", "Fiscalia General de la Nación").
    "Registraduría", "Registraduria", "Fiscalía", "Fiscalia", "Procuraduría", "Procuraduria",
    "Contraloría", "Contraloria", "Defensoría", "Defensoria", "Superintendencia",
    "Secretaría", "Policía", "Policia", "Dirección", "Direccion", "Servicio", "Ejército",
    "Ejercito"})
#: Heads that open Romance names of companies and bodies besides those ("Grupo México",
#: "Banco Santander", "Groupe Renault").
ROMANCE_NAME_HEADS: Final = ROMANCE_ORG_HEADS | frozenset({"Grupo", "Groupe", "Gruppo", "Empresa",
                                                           "Empresas", "Compañía", "Companhia",
                                                           "Bodega", "Bodegas", "Viña", "Vinícola"})
#: Heads of wineries' names ("Bodega Norton", "Viña Concha y Toro"), Romance heads also
#: in an English text, where "bodega" is a word too.
WINERY_HEADS: Final = frozenset({"Bodega", "Bodegas", "Viña", "Vinícola"})
#: Lowercase words inside a Romance name ("Banco de México", "Confederación General del
#: Trabajo", "Sociedad Nacional de Minería y Energía").
ROMANCE_NAME_PARTICLES: Final = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "do", "da",
                                           "dos", "das", "des", "du", "di", "della", "et", "per"})
#: Heads of a name read back from its acronym besides the organisation heads: "Government
#: of National Unity (GNU)", "Sudan People's Liberation Movement (SPLM)".
LONG_FORM_HEADS: Final = frozenset({"Government", "Movement", "Front", "Mission", "International",
                                    # Heads of Spanish, Portuguese, French and Italian names
                                    # ("Confederación General del Trabajo (CGT)").
                                    *ROMANCE_ORG_HEADS})
#: Prepositions that end an apposition's head ("a spokesman for …").
APPOSITION_STOPS: Final = {"of", "for", "to", "at", "in", "with", "from", "by", "on", "von", "für",
                           "bei", "aus", "mit", "im", "beim", "vom"}
#: Possessives of things and groups before a capitalised word that may be a title ("its
#: Official Development Assistance"): with no given name after it, no person's title.
THING_POSSESSIVES: Final = frozenset({"its", "their"})
#: Relative pronouns of things ("…, which"): the name before them is no person's.
THING_RELATIVES: Final = frozenset({"which", "welche", "welcher", "welches"})
#: First words of an apposition after a name ("Getachew Reda, a spokesman for …").
APPOSITION_OPENERS: Final = {"a", "an", "the", "der", "die", "ein", "eine", "former", "ehemaliger",
                             "ehemalige", "frühere", "früherer"}
#: "Gulf of Aden", "Sea of Azov": a feature word, "of", a name.
FEATURE_OF: Final = {"Gulf", "Sea", "Strait", "Straits", "Bay", "Isle", "Cape", "Firth"}
#: German compounds of a season or time word are events, no organisations
#: ("Frühjahrskonferenz", "Herbsttagung").
EVENT_PREFIXES: Final = ("frühjahrs", "herbst", "winter", "sommer", "jahres", "abschluss", "auftakt")
#: Nouns of meetings: "the summit in X", "das Treffen in X" name the place X.
MEETING_NOUNS: Final = {
    "en": {"talks", "summit", "meeting", "meetings", "conference", "visit", "gathering",
           "negotiations", "ceremony", "rally", "forum"},
    "de": {"Treffen", "Gipfel", "Gipfeltreffen", "Konferenz", "Tagung", "Besuch", "Sitzung",
           "Kundgebung", "Zeremonie"},
}
#: German nouns that follow "in" as a manner or time ("Treffen in Ruhe") or a place's
#: "und" as its surroundings ("Hamburg und Umland"): no places.
GERMAN_NOT_PLACES_AFTER_IN: Final = {"Ruhe", "Zukunft", "Kürze", "Präsenz", "Person", "Form", "Folge",
                                     "Zeiten", "Eile", "Anwesenheit", "Abwesenheit", "Vertretung",
                                     "Umland", "Ausland", "Inland", "Land", "Stadt", "Region", "Umkreis",
                                     "Vororte", "Vororten", "Speckgürtel", "Landkreis", "Kreis"}
MEETING_SUFFIXES: Final = {"en": (), "de": ("konferenz", "treffen", "gipfel", "tagung")}
#: Prepositions of "in X, Country": an unknown name there is a place in that country.
LOCATIVE_PREPOSITIONS: Final = {"en": {"in", "near", "outside"}, "de": {"in", "bei", "nahe"}}
#: Prepositions of "in X, Country", "to X, Region" (``_places_before_country``).
TOWN_STATE_PREPOSITIONS: Final = {"en": LOCATIVE_PREPOSITIONS["en"] | {"to", "from", "at", "via"},
                                  "de": LOCATIVE_PREPOSITIONS["de"] | {"nach", "aus", "von"}}
#: Prepositions before a major city whose name is also a given name ("in Kiel", "nach
#: Jena", "a visit to Cali", "flights from Cali"): there it is the city.
MAJOR_CITY_PREPOSITIONS: Final = {"en": LOCATIVE_PREPOSITIONS["en"] | {"to", "from"},
                                  "de": LOCATIVE_PREPOSITIONS["de"] | {"nach"}}
#: Words before "X and Y" of places: "in der Region um X und Y", "between X and Y".
COORDINATION_OPENERS: Final = {"en": {"in", "between", "around", "near", "from", "to"},
                               "de": {"in", "um", "zwischen", "bei", "nach", "aus"}}
#: Endings of English words for nationalities and languages ("English", "Japanese").
NATIONALITY_ENDINGS: Final = ("ish", "ese", "ian", "ean")
#: German endings of abstract nouns: "Gespräche in Ruhe" names no place.
GERMAN_NOUN_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "tät", "ion", "nis", "tum", "ik", "ismus")
#: Heads of the names of movements and armed groups ("Rapid Support Forces") …
MOVEMENT_HEADS: Final = {"Front", "Movement", "Army", "Forces", "Force", "Brigade", "Brigades",
                         "Militia", "Guard"}
#: … that name one only with one of these words ("Tigray People's Liberation Front",
#: not "the Eastern Front").
MOVEMENT_WORDS: Final = {"People", "Liberation", "National", "Democratic", "Revolutionary", "Islamic",
                         "Popular", "Patriotic", "Resistance", "Defence", "Defense", "Rapid", "Support",
                         "Salvation", "Mobilization", "Mobilisation", "Republican", "Freedom",
                         "Independence", "Unity", "Revolution", "Socialist", "Workers", "Armed"}
POSSESSIVE_S: Final = {"'s", "’s"}
#: A possessive mark: "'s" after a singular or irregular plural, a bare apostrophe
#: after a plural in -s ("Farmers' Union").
POSSESSIVE_MARKS: Final = frozenset({"'s", "’s", "'", "’"})
#: Plurals not in -s that own organisations ("People's Bank", "Women's Institute"), and
#: every compound plural in -men ("Fishermen's Association", "Seamen's Union").
IRREGULAR_PLURALS: Final = frozenset({"People", "Women", "Men", "Children"})
#: Heads of a German compound naming a party's government ("PiS-Regierung").
GOVERNMENT_HEADS: Final = {"regierung", "koalition", "alleinregierung", "minderheitsregierung"}
#: "the Treasury" alone: the finance ministry of the one country a text is set in
#: (ISO code -> the lexicon's name of that treasury).
TREASURIES: Final = {"GB": "HM Treasury", "US": "US-Finanzministerium", "AU": "Australian Treasury",
                     "NZ": "New Zealand Treasury"}
#: Words right after "Treasury" or "Exchequer" that name the country of the treasury
#: meant ("Treasury Secretary Jane Roe": Washington's; "the Exchequer": London's).
TREASURY_HEAD_WORDS: Final = {"Secretary": "US", "Exchequer": "GB"}
#: Beginnings of German verbs that take "für" ("sorgte … für Aufsehen", "setzt sich …
#: für Klimaschutz ein"): near one, "für" and a noun after a body are no part of its name.
FUER_VERB_STEMS: Final = ("sorg", "gesorgt", "setz", "gesetzt", "einsetz", "wirb", "warb", "werb",
                          "stimm", "plädier", "kämpf", "sprach", "sprich", "ausgesprochen", "tritt",
                          "trat", "eintret", "zahl", "bezahl", "engagier", "entschied", "entscheid",
                          "demonstrier", "streik", "bitt", "bat", "dank", "sich", "ein")
#: Tokens after "Wirtschaftskammer Österreich" that end the phrase: the country is
#: part of the body's name.
COUNTRY_NAME_CLOSERS: Final = frozenset({"(", ")", ",", ".", ";", ":", "und", "sowie", "–", "—"})
#: Tokens that may end a dateline's place ("STRESA, Italy (Reuters) -").
DATELINE_DASHES: Final = {"-", "–", "—"}


#: Verbs of a relative clause that give the person before it a post ("who chairs …").
LEADING_VERBS: Final = frozenset({"chairs", "leads", "heads", "directs", "runs", "chaired", "led",
                                  "headed"})
#: Nouns for a company (German compound heads, English words) before its name.
COMPANY_NOUN_ENDINGS: Final = ("hersteller", "konzern", "unternehmen", "firma", "autobauer", "produzent",
                               "builder",  # "Canadian shipbuilder Davie"
                               "anbieter", "betreiber", "company", "firm", "maker", "manufacturer",
                               "producer", "operator", "giant", "zulieferer", "versorger", "reederei",
                               "logistiker", "carrier", "supplier", "retailer", "lender", "insurer",
                               "versicherer", "contractor", "kellerei", "brauerei", "molkerei")


#: English nouns for a kind of organisation before its name ("the dairy cooperative
#: Amul", "the left-wing alliance Bayan", "the pollster Ipsos"), besides the company nouns.
EN_KIND_NOUNS: Final = frozenset({"union", "party", "alliance", "group", "cooperative", "co-operative",
                                  "coalition", "organisation", "organization", "association",
                                  "federation", "movement", "foundation", "charity", "pollster",
                                  "broadcaster", "watchdog", "nonprofit", "airline", "bank", "utility",
                                  "conglomerate", "newspaper", "agency", "network", "club",
                                  "shareholder", "subsidiary", "affiliate", "startup", "start-up",
                                  "regulator", "consultancy", "think-tank", "thinktank", "tank",
                                  "service", "winery", "operator", "bureau"})
#: English kind nouns no person can be, heading an apposition after a name ("Garda
#: Siochana, Ireland's national police service"): see _body_apposition_after.
BODY_ONLY_NOUNS_EN: Final = frozenset({
    "union", "party", "alliance", "group", "cooperative", "coalition", "organisation",
    "organization", "association", "federation", "movement", "foundation", "charity",
    "broadcaster", "nonprofit", "airline", "bank", "utility", "conglomerate", "newspaper",
    "agency", "network", "club", "subsidiary", "startup", "regulator", "consultancy",
    "service", "company", "firm", "winery", "insurer", "lender", "carmaker", "automaker"})
#: Articles that open a German apposition after a name ("Gasunie, der Netzbetreiber, …").
GERMAN_APPOSITION_ARTICLES: Final = frozenset({"der", "die", "das", "dem", "den", "ein", "eine",
                                               "einem", "einer", "eines"})
#: Words after the noun of a German apposition that end its head ("…, der Netzbetreiber
#: aus Essen,").
GERMAN_APPOSITION_ENDS: Final = frozenset({",", ".", ";", ":", "aus", "in", "mit", "im", "der",
                                           "des", "von", "für"})
#: English nouns for a body before ", known as" and its name ("the trade chamber, known
#: as Gecex-Camex"): see _bodies_known_as.
BODY_NOUNS_KNOWN_AS: Final = BODY_ONLY_NOUNS_EN | frozenset({
    "chamber", "committee", "council", "commission", "body", "ministry", "department",
    "court", "tribunal", "authority", "board", "office", "unit", "force"})
#: German compound heads for a kind of organisation before its name ("die
#: Umweltorganisation Greenpeace", "der Klinikkonzern Helios"), besides the company nouns.
DE_KIND_NOUN_ENDINGS: Final = ("gewerkschaft", "partei", "organisation", "verband", "bündnis",
                               "genossenschaft", "bewegung", "stiftung", "verein", "agentur", "institut",
                               "behörde", "kette", "gesellschaft", "gruppe",
                               "betreiber", "konzern", "initiative", "fluggesellschaft", "fluglinie",
                               "airline", "startup", "anlagenbauer", "maschinenbauer", "flugzeugbauer",
                               "schiffbauer", "fahrzeugbauer",
                               # Retailers, media and young firms ("die Supermarktkette Rewe", "der
                               # Fernsehsender ProSieben", "das Start-up Helsing").
                               "händler", "discounter", "supermarktkette", "handelskette",
                               "eigenbetrieb",  # a town's own company ("Eigenbetrieb Kita Bremen")
                               "drogeriekette", "modekette", "hotelkette", "baumarktkette", "sender",
                               "zeitung", "start-up", "denkfabrik", "thinktank", "think-tank",
                               "klub", "club")
#: German plurals of kind nouns that no ending stripped from them leaves ("die Firmen
#: Voi und Lime", "der Verbände A und B").
GERMAN_KIND_PLURALS: Final = ("firmen", "verbände", "bündnisse", "unternehmen")
#: Lower-case words inside a name after a kind noun ("Mobilisation for the Environment",
#: "Fundación para la Democracia"), only between capitalised words.
#: Words for a survey or study, and the prepositions before who made it ("a survey by
#: Pulse Asia", "eine Umfrage von Forsa").
SURVEY_NOUNS: Final = {"en": frozenset({"survey", "surveys", "poll", "polls", "study", "report",
                                        "analysis", "audit", "ranking"}),
                       "de": frozenset({"Umfrage", "Umfragen", "Studie", "Erhebung", "Analyse",
                                        "Auswertung", "Befragung"})}
SURVEY_AUTHOR_PREPOSITIONS: Final = frozenset({"by", "von"})
#: Words after the noun of an apposition that end its head ("SQM, the lithium producer,").
APPOSITION_HEAD_ENDS: Final = frozenset({",", ".", ";", ":", "of", "that", "which", "whose", "with",
                                         "based", "in", "and", ")", "—", "–", "founded", "led"})
APPOSITION_ARTICLES_EN: Final = frozenset({"a", "an", "the"})
#: Words after a kind noun that open the phrase saying whose it is ("the association of
#: grid operators", "der Verband der Netzbetreiber").
KIND_PHRASE_OPENERS: Final = frozenset({"of", "for", "der", "des", "für"})
#: Tokens that no apposition's noun phrase holds.
APPOSITION_BREAKS: Final = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "—", "–"})
#: Last words of English company names whose first word alone also names the company
#: ("Abra Group" … "Abra's bonds"); a legal form's short name is read where a title
#: names it ("chief executive of Petrovia" after "Petrovia Ltd", ``_longer_name_before``).
COMPANY_LAST_WORDS: Final = frozenset({"Group", "Holdings", "Airlines", "Airways", "Motors", "Motor",
                                       "Industries", "Corporation", "Company", "Technologies",
                                       "Pharmaceuticals", "Enterprises"})
LEGAL_FORMS_EN: Final = frozenset({"Inc", "Inc.", "Ltd", "Ltd.", "Corp.", "Corp", "plc", "PLC"})
#: Heads of organisations' names that are nobody's family name ("Linda Group" is a
#: company; "Court", "Bank" and "Fund" are surnames too, and left out).
NO_SURNAME_HEADS: Final = COMPANY_LAST_WORDS | LEGAL_FORMS_EN | frozenset({
    "Party", "Ministry", "Committee", "Commission", "Agency", "Association", "Foundation",
    "Institute", "University", "Federation", "Alliance", "Coalition", "Authority", "Department",
    "Directorate", "Organization", "Organisation", "Council", "Secretariat", "Caucus",
    "Tribunal", "Confederation", "Bureau", "Transit", "Railways", "Office", "International",
    "Club", "Water", "Electricity"})  # ("Severn Trent Water"; "Power", "Gas" are surnames)
#: A utility's service as the last word of its company's name ("Welsh Water").
UTILITY_HEADS: Final = frozenset({"Water", "Power", "Gas", "Electric", "Electricity", "Telecom"})
#: Words inside a longer name: a utility's word after them and a name ends that name.
NAME_LINK_WORDS: Final = frozenset({"of", "on", "for"})
#: English nouns for a party or union after its acronym ("the MDB party").
#: English kind nouns besides the company nouns that, opening a sentence, come before a
#: name ("Regulator Ofgas", "Pollster Ipsos").
OPENING_KIND_NOUNS: Final = frozenset({"regulator", "watchdog", "pollster", "broadcaster", "insurer",
                                       "lender", "retailer", "conglomerate", "consultancy"})
#: A company officer's title between the company's name and the officer's ("Veloxa
#: chief executive Max Muster", "Lumora CEO Anna Berg"; "executive" after "chief").
COMPANY_TITLES: Final = frozenset({"CEO", "executive", "chairman", "chairwoman", "founder", "leader",
                                   "director"})
#: The word that makes a company officer's title of a word that alone is none: "chief
#: executive", "managing director" ("executive", "director" alone may be anyone's).
TITLE_OPENERS: Final = {"executive": "chief", "director": "managing"}
#: Words before such a title that say which holder, no name of the company.
TITLE_MODIFIERS: Final = frozenset({"former", "interim", "acting", "new", "outgoing", "incoming",
                                    "deputy", "then", "longtime", "co", "group", "company", "its"})
#: Determiners before a party's name and "party" ("whose Fine Gael party", "the X party").
PARTY_DETERMINERS: Final = frozenset({"the", "whose", "his", "her", "its", "their", "our", "a"})
#: Lowercase English nouns after the name of a party or movement ("the Aontu Saor party",
#: "Yemen's Houthi movement"), with the kind of body they name.
NAMED_PARTY_NOUNS: Final = {"party": "party", "movement": "movement"}
#: Short names of party families that name a different party in each country ("Labor"
#: in Australia, "the Greens" anywhere): see _party_family_names.
PARTY_FAMILY_WORDS_EN: Final = frozenset({"Greens", "Labor", "Liberals", "Nationals"})
#: Words after such a name that make it a party: a member's title, or a verb of which
#: it is the subject ("Labor has long attacked …").
PARTY_FAMILY_CUES_AFTER: Final = frozenset({
    "leader", "leaders", "MP", "MPs", "senator", "senators", "candidate", "candidates",
    "spokesperson", "spokesman", "spokeswoman", "has", "have", "said", "says", "wants",
    "want", "won", "lost", "voted", "attacked", "accused", "called", "backed", "opposed"})
PARTY_NOUNS_EN: Final = frozenset({"party", "union", "alliance", "coalition", "movement", "federation",
                                   "confederation"})
#: No "and": "giant Codelco and SQM" are two.
KIND_NAME_CONNECTORS: Final = frozenset({"for", "of", "the", "de", "del", "la", "do", "da", "para", "&",
                                         # capitalised inside a slogan's name ("Save Our Rivers")
                                         "Our", "The", "My", "Your", "Their"})


#: Capitalised words after a portfolio ("Labour Minister", "Labour Ministry"): a party
#: named like a portfolio is none there ("ANC Secretary-General" is the party's officer).
PORTFOLIO_TITLES: Final = frozenset({"Minister", "Ministry", "Department"})


#: German kind nouns that open the name of the body after them ("Stiftung Warentest",
#: "Stiftung Mercator"), unlike "die Gewerkschaft Verdi" (named "Verdi").
NAME_OPENING_KIND_NOUNS: Final = frozenset({"Stiftung"})
#: The lexicon's federal government of Germany, and the other German-speaking federal
#: states whose texts call their own government "Bundesregierung" and "Bund".
FEDERAL_GOVERNMENT_KEY: Final = "organisation:bundesregierung"
OTHER_FEDERAL_STATES: Final = frozenset({"AT"})
#: The lexicon's German federal bodies another federal state has too, each with the
#: id prefix, name and kind of that state's own node (see _federal_government_of_the_text).
FEDERAL_BODY_KEYS: Final = {FEDERAL_GOVERNMENT_KEY: ("government", "Bundesregierung", "government"),
                            "organisation:laender": ("laender", "Länder", "government")}
#: The names of German parties the lexicon knows that are their family's name in any
#: country ("Social Democrats"), by the party's key.
#: A party family's short name (see _party_family_names) in an English text set in
#: Germany, and the German party it names there.
HOME_FAMILY_PARTIES: Final = {"Greens": "organisation:buendnis-90-die-gruenen"}
GERMAN_FAMILY_PARTIES: Final = {
    "organisation:spd": frozenset({"Social Democrats", "Social Democratic Party"}),
    "organisation:cdu": frozenset({"Christian Democrats"})}
#: All those names: a text naming none needs no look at its entities.
GERMAN_FAMILY_NAMES: Final = frozenset().union(*GERMAN_FAMILY_PARTIES.values())
#: English nouns after a company that a rival company's name follows ("Tesla rival Voltera");
#: after no company ("his rival Smith") they may name a person.
RIVAL_NOUNS: Final = frozenset({"rival", "rivals", "competitor", "competitors"})
#: Heads of bodies' names that a party's one-word name ("Labour", "Green") may stand
#: before as a word of the name ("Tunisian General Labour Union"): no mention of the party.
BODY_HEADS_AFTER_PARTY_WORD: Final = frozenset({
    "Union", "Unions", "Congress", "Federation", "Confederation", "Council", "Association",
    "Organisation", "Organization", "Network", "Movement", "Front", "Alliance", "Institute",
    "Foundation", "Coalition", "Trust", "Fund", "Party"})
#: Lowercase English nouns for a body before its acronym in brackets ("the agriculture
#: ministry (MIDAGRI)"), besides the kind nouns.
ACRONYM_BODY_NOUNS: Final = frozenset({"ministry", "department", "institute", "office",
                                       "commission", "council", "authority", "directorate",
                                       "ombudsman", "inspectorate", "prosecutor"})
#: Words between a kind noun and the name they introduce ("a subcontractor called Sahel
#: Confection", "ein Zulieferer namens Nordtex"): after one a name surely follows.
NAMING_WORDS: Final = frozenset({"called", "named", "namens"})
#: First parts of German compounds that say what kind of body one is, never which: "der
#: Branchenverband", "der Dachverband", "ein Interessenverband".
GENERIC_KIND_PREFIXES_DE: Final = ("branchen", "dach", "spitzen", "interessen", "fach")


def _listed_nominative(entry: Entry, surface: str) -> str | None:
    """The lexicon's nominative of a German surface in a weak adjective form ("Grünen"
    → "Grüne", "Freien Wähler" → "Freie Wähler"), the name a reader looks for; None if
    the entry lists no such form."""
    nominative = " ".join(word[:-1] if word.endswith("en") else word
                          for word in surface.split(" "))
    if nominative == surface:
        return None
    return nominative if nominative in entry.aliases or nominative in entry.names.values() \
        else None


def _joins_hyphenated_part(table: TokenTable, k: int) -> bool:
    """Whether the token at ``k`` is a hyphen written with no space around it after a
    capitalised word ("Saar-Menü": the two parts of one name)."""
    texts = table.text
    return texts[k] in {"-", "‐"} and not table.space[k - 1] and not table.space[k] \
        and texts[k - 1][:1].isupper() and texts[k - 1].isalpha()


def _is_roman_numeral(word: str) -> bool:
    """A Roman numeral, German ones with their period ("II.", one token mid-sentence)."""
    return word.rstrip(".") in ROMAN_NUMERALS


def _bare_generic_head(word: str) -> bool:
    """A German head that names no body by itself, also in the genitive ("das
    Ministerium", "des Departements", "des Bundesamtes")."""
    not_names = vocab.DE_ORG_NOT
    return word in not_names or word.endswith("s") and (
        word[:-1] in not_names or word.endswith("es") and word[:-2] in not_names)


def _german_plural_shaped(word: str) -> bool:
    """A word shaped like a German plural noun ("Stellen", "Räte"), without a capital
    inside ("ProSieben") or a letter German does not write ("Santésuisse", "Telefónica":
    foreign names)."""
    return word.endswith(GERMAN_PLURAL_ENDINGS) and not any(c.isupper() for c in word[1:]) \
        and (word.isascii() or all(c.isascii() or c in "äöüßÄÖÜ" for c in word))


def _is_elided_particle(text: str) -> bool:
    """A Romance particle elided onto a name ("d'Italia", "l’Union"): a word of the name."""
    return text[:2] in ELIDED_PARTICLES and text[2:3].isupper()


#: Elided Romance particles that open a word of a name ("d'Italia", "l'Aquila").
ELIDED_PARTICLES: Final = frozenset({"d'", "d’", "l'", "l’", "D'", "D’", "L'", "L’"})


#: Words that open a list of examples after a plural kind noun ("firms including …",
#: "carriers such as …").
EXAMPLE_CUES: Final = frozenset({"including", "such"})


def _defined_acronym(texts: list[str], acronym: str) -> bool:
    """Whether the text defines ``acronym`` in brackets ("… (EFF)"): the definition
    names its organisation."""
    return any(i > 0 and texts[i - 1] == "(" for i in _occurrences(texts, acronym))


#: Words after "<place>-" that say a company is there ("Oslo-based", "London-listed").
COMPANY_BASE_WORDS: Final = frozenset({"based", "listed", "headquartered"})
#: Heads of parties' English names that a state's name may open ("Pakistan Muslim League").
STATE_OPENED_PARTY_HEADS: Final = frozenset({"Party", "League", "Movement"})
#: Last words that make a name an organisation's only when an acronym in brackets
#: follows it ("Scottish Parliamentary Corporate Body (SPCB)", "Bad Ischler Bergbahnen
#: (BIB)"): alone they are common nouns ("a body", "die Bergbahnen").
LONG_FORM_ONLY_HEADS_EN: Final = frozenset({"Body", "Observatory", "Taskforce", "Panel"})
LONG_FORM_ONLY_ENDINGS_DE: Final = ("bahnen", "bergbahn", "seilbahn", "werke", "betriebe")


def _long_form_only_head(word: str) -> bool:
    """Whether ``word`` heads an organisation's name when an acronym defines it
    (see LONG_FORM_ONLY_HEADS_EN)."""
    return word in LONG_FORM_ONLY_HEADS_EN or word[:1].isupper() \
        and word.lower().endswith(LONG_FORM_ONLY_ENDINGS_DE)


def _listed_portfolios_end(texts: list[str], blocked: set[int], k: int) -> int:
    """After "für" and its first noun (ending at ``k``), the end of the list of more
    nouns separated by commas that goes on to "und" ("Ministerium für Umwelt, Klima und
    Energie"): the items before "und" belong to the name; ``k`` if no such list follows
    ("das Ministerium für Umwelt, die Polizei und …": an article ends the name)."""
    end = k
    while end + 1 < len(texts) and texts[end] == "," and end + 1 not in blocked \
            and texts[end + 1][:1].isupper() and texts[end + 1].isalpha() \
            and texts[end + 1].lower() not in GERMAN_ARTICLES:
        end += 2
    return end if end < len(texts) and texts[end] == "und" else k


def _ends_company_mention(word: str) -> bool:
    """Whether ``word`` may follow a company's one-word name after a state's possessive:
    punctuation, a conjunction or relative pronoun, or a verb or plural noun by its
    ending ("France's Alstom has", "Japan's Toyota shares"); no singular noun it would
    modify ("India's Gaganyaan crew"), no further name word."""
    return not word[:1].isalnum() and word not in POSSESSIVE_MARKS \
        or word in {"and", "or", "which", "who", "said", "will", "would", "can", "could"} \
        or word.islower() and word.endswith(("s", "ed"))


def _joins_compound(table: TokenTable, k: int) -> bool:
    """Whether the token at ``k`` is a hyphen inside a word ("Baden-Württemberg"), no
    dash between phrases."""
    return table.text[k] == "-" and 0 < k < len(table.text) - 1 \
        and not table.space[k - 1] and not table.space[k]


def _joins_hyphenated_name(table: TokenTable, k: int, named: set[int], german: bool) -> bool:
    """Whether the token at ``k`` is a hyphen written between two name words ("Café-Cacao"
    of "Conseil du Café-Cacao"): the hyphenated word belongs to the name as a whole. In
    German the part after it must be no German noun ("…del Trabajo-Führung": a compound
    of the name with a noun, the name ends before the hyphen)."""
    texts = table.text
    return texts[k] in {"-", "‐"} and 0 < k < len(texts) - 1 \
        and not table.space[k - 1] and not table.space[k] and k + 1 not in named \
        and is_name_text(texts[k - 1]) and is_name_text(texts[k + 1]) \
        and not (german and german_word(texts[k + 1]))


def _is_acronym(text: str) -> bool:
    """An acronym in capitals ("SQM", "AMYTS")."""
    return text.isupper() and text.isalpha() and 2 <= len(text) <= 6


def _is_company_noun(text: str) -> bool:
    low = text.lower()
    return low in WHOLE_COMPANY_NOUNS or low.endswith(COMPANY_NOUN_ENDINGS) and text.isalpha() \
        and len(text) > 4 and not low.endswith(NOT_COMPANY_NOUN_ENDINGS)


#: English nouns for a company that are whole words, not endings of compounds ("the
#: construction firm X", "Australian miner X"; "firm" alone was too short for an ending,
#: "miner" ends "examiner").
WHOLE_COMPANY_NOUNS: Final = frozenset({"firm", "miner", "refiner", "exporter", "shipper"})
#: Words that end like a company noun but are none ("confirm", "affirm").
NOT_COMPANY_NOUN_ENDINGS: Final = ("affirm", "confirm", "infirm")


#: Words that open the name of a building or estate, before a name that may be a city's.
#: Capitalised nouns that name an organisation with "for" and a place ("Transport for
#: London", "Centre for Cities", "Campaign for Scotland").
FOR_NAME_HEADS: Final = frozenset({"Transport", "Centre", "Center", "Campaign", "Partnership",
                                   "Institute", "Council", "Commission", "Trust", "Society",
                                   "Alliance", "Coalition", "Foundation", "Fund", "Office"})
#: Capitalised nouns before a name that make it the name of a thing, not a person
#: ("Operation Lone Star", "Hurricane Helene", "Camp David", "Fort William").
NAMED_THING_NOUNS: Final = frozenset({
    "Operation", "Operación", "Project", "Projekt", "Mission", "Programme", "Program",
    "Hurricane", "Typhoon", "Cyclone", "Storm", "Hurrikan", "Taifun", "Zyklon", "Sturmtief",
    "Exercise", "Manöver", "Fort", "Camp", "Port", "Mount", "Lake", "Cape", "Isle",
    "San", "Santa", "São", "Sankt", "Salar"})
#: German nouns for a party's people and bodies, no titles, after a party's name and a
#: hyphen ("Linken-Politiker", "Linken-Fraktion", "Linken-Spitzenkandidatin").
PARTY_MEMBER_WORDS_DE: Final = ("politiker", "fraktion", "spitzenkandidat", "mitglied",
                                "parteitag", "landesverband", "vorstand")
#: Words before a known city's name that name its metropolitan region ("Metro Manila"),
#: a place of its own ("Greater London" is London's: "the mayor of Greater London").
METRO_PREFIXES: Final = frozenset({"Metro"})
#: Words before a given name that make it no person's name: a thing's noun or a Romance
#: body's head (see ``_name_start``; one set: one lookup per given name).
NOT_PERSON_BEFORE_GIVEN: Final = NAMED_THING_NOUNS | ROMANCE_NAME_HEADS
SITE_FIRSTS: Final = frozenset({"Schloss", "Palais", "Hotel", "Burg", "Kloster", "Villa", "Gut"})
#: One-word names of parliamentary chambers that are also common words in names.
AMBIGUOUS_CHAMBERS: Final = frozenset({"House", "Senate"})
#: Common nouns a chamber word modifies when it is no chamber ("House prices rose").
CHAMBER_WORD_NOUNS: Final = frozenset({
    "price", "prices", "sales", "sale", "arrest", "music", "party", "parties", "plant",
    "plants", "hunting", "owner", "owners", "buyer", "buyers", "building", "fire", "fires",
    "guest", "guests", "keeping", "painter", "painters", "call", "calls", "hold", "holds"})
#: Words that put a text in the United States, whose chambers the bare "House" and
#: "Senate" of the lexicon are (Kenya, Italy, Australia … have a Senate too).
US_CUES: Final = frozenset({"U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans",
                            "Washington", "WASHINGTON", "Congress", "Capitol", "Republicans",
                            "Republican", "GOP", "Democrats"})


#: German organisation words beyond the organisation suffixes, for names defined by
#: an acronym ("Tarifgemeinschaft deutscher Länder (TdL)").
DE_EXTRA_ORG_SUFFIXES: Final = ("gemeinschaft", "vereinigung", "verein", "zentrale", "kammer",
                                "gesellschaft", "bündnis", "netzwerk", "allianz", "union", "amt",
                                # "Deutsches Studierendenwerk (DSW)", "Alters- und
                                # Hinterlassenenversicherung (AHV)", "Eidgenössisches Departement …"
                                "studierendenwerk", "studentenwerk", "hilfswerk", "versicherung",
                                "departement", "anstalt", "kasse")
#: Endings of German titles on a company's or club's board ("Vorstandschef",
#: "Geschäftsführerin"): a place compounded with one names a club or company.
GERMAN_BOARD_TITLES: Final = ("vorstandschef", "vorstandschefin", "vorstandsvorsitzender",
                              "vorstandsvorsitzende", "vorstandssprecher", "vorstandssprecherin",
                              "geschäftsführer", "geschäftsführerin", "aufsichtsratschef",
                              "aufsichtsratschefin", "aufsichtsratsvorsitzender",
                              "aufsichtsratsvorsitzende", "sportdirektor", "sportdirektorin",
                              "sportvorstand", "finanzvorstand", "trainer", "trainerin")
#: Endings of German titles of a company's head: an unknown name compounded with one
#: is the company's ("Enercity-Chefin").
GERMAN_COMPANY_TITLES: Final = (*GERMAN_BOARD_TITLES, "chef", "chefin", "konzernchef", "konzernchefin",
                                "firmenchef", "firmenchefin", "manager", "managerin")


def _club_with_year(word: str) -> bool:
    """A club's name with its year as one word ("Hannover-96", "Schalke-04")."""
    name, _, year = word.partition("-")
    return year.isdigit() and len(year) <= 4 and name.isalpha() and name[:1].isupper()


def _german_company_title(text: str) -> bool:
    """A capitalised German title of a company's head or board ("Chefin", "Geschäftsführer")."""
    return text[:1].isupper() and text.lower().endswith(GERMAN_COMPANY_TITLES)


#: Heads of German compounds that, before a place, name its association ("Nuklearforum
#: Schweiz", "Mietervereinigung Wien").
DE_ASSOCIATION_HEADS: Final = (*DE_EXTRA_ORG_SUFFIXES, "forum")


def _is_mission_compound(text: str) -> bool:
    """A German compound for a mission ("Unterstützungsmission", "Mission"), no
    commission ("Kommission")."""
    low = text.lower()
    return low.endswith("mission") and not low.endswith("kommission") and text[:1].isupper()


def _german_association_compound(text: str) -> bool:
    """A German compound (eight letters or more) with an association's or a public
    service's head ("Verbraucherzentrale", "Lawinenwarndienst", "Bergrettung")."""
    return len(text) >= 8 and text[:1].isupper() \
        and text.lower().endswith((*DE_ASSOCIATION_HEADS, *DE_SERVICE_HEADS))


#: Heads of German compounds for public services that a place after them names ("der
#: Lawinenwarndienst Tirol", "die Bergrettung Tirol", "die Berufsfeuerwehr Graz").
DE_SERVICE_HEADS: Final = ("dienst", "dienstes", "rettung", "wacht", "feuerwehr")
#: German association words a genitive name may follow ("Hauptverband der Deutschen …").
ASSOCIATION_WORDS: Final = ("verband", "verbandes", "verbands", "vereinigung", "bund", "bundes",
                            "gewerkschaft", "kammer")


#: The lexicon's bare US chambers, which capitalised words before can make another body's.
US_CHAMBERS: Final = frozenset({"Congress", "Senate"})
#: One-word English aliases of a known body that other states' bodies share: after a
#: capitalised word that is no country's adjective ("State Chancellery", "Prime
#: Minister's Chancellery") they end another body's name.
BARE_KNOWN_HEADS: Final = frozenset({"Chancellery"})
#: Chamber words that a state's or province's name right before makes that state's own
#: ("the Ohio Senate", "the Queensland Parliament", "the Michigan Legislature").
STATE_CHAMBER_HEADS: Final = frozenset({"Senate", "Parliament", "Assembly", "Legislature"})
#: Ends of the German one-word names of known bodies that have a branch in each state or
#: city ("Ärztekammer Wien", "Landkreistag Sachsen-Anhalt", "Städtetag Bayern").
REGIONAL_BRANCH_HEADS_DE: Final = ("kammer", "tag", "verband", "bund")
#: Heads of the names of national agencies that open with their state's name ("Kenya
#: Revenue Authority", "Ghana Health Service", "Nigeria Police Force", "UK Health Security
#: Agency").
STATE_BODY_HEADS: Final = frozenset({"Authority", "Service", "Force", "Agency", "Board",
                                     "Commission", "Bureau", "Corporation", "Institute"})
#: The last words of a country's national services and the words before them ("Navy"
#: alone): "the Indian Navy", "the Japan Coast Guard", "the Ukrainian Air Force".
NATIONAL_SERVICE_LASTS: Final = {"Navy": frozenset(), "Guard": frozenset({"Coast", "Border"}),
                                 "Force": frozenset({"Air"})}
#: Endings of Spanish and Portuguese patronymic family names ("Pérez", "Fernandes"): a
#: city's name right after a given name and one of them is the second family name.
PATRONYMIC_ENDINGS: Final = ("ez", "es", "az", "iz", "oz")
#: US party words before a chamber ("Democratic Senate"): still the US one.
US_PARTY_WORDS: Final = frozenset({"Democratic", "Democrat", "Republican", "GOP", "Federal", "National"})


def _german_only_country_name(entry: Entry, surface: str) -> bool:
    """A country's German name (or its genitive) that is not its English one: not
    matched in English text, where it may be a common word ("Island", "Chile"
    stays, being the English name too)."""
    german, english = entry.names.get("de"), entry.names.get("en")
    if entry.kind != "country" or not german or german == english or surface.isupper():
        return False
    assert english is not None  # every country has an English name (lexicon._country_entries)
    return surface in {german, german + "s"} and surface not in {english, english + "s"} \
        and surface not in english.replace("(", " ").replace(")", " ").split()  # "Myanmar (Burma)"


#: Linking elements between the parts of a German compound ("Bildung-s-reform").
GERMAN_LINKS: Final = ("s", "es", "n", "en", "e", "er", "ens", "")
#: Endings of German plurals and genitives: "Fragen", "Betriebs" are forms of dictionary words.
GERMAN_FORM_ENDINGS: Final = ("n", "en", "e", "s", "es", "er", "ern")
#: The shortest head and first part of a German compound ``german_word`` splits.
COMPOUND_HEAD, COMPOUND_FIRST = 4, 3
#: A head of this length is a compound's whatever comes before it ("Großdemonstration").
LONG_COMPOUND_HEAD: Final = 6


def _german_plural_form(word: str) -> bool:
    """Whether a capitalised word is the plural of a noun of the German word list
    ("Gebühren" of "Gebühr", "Betriebe" of "Betrieb"), which ends no town's name."""
    words = german_words()
    return any(word.endswith(ending) and word[:-len(ending)] in words
               for ending in ("en", "n", "e", "er") if len(word) - len(ending) >= 3)


def german_word(word: str) -> bool:
    """Whether a capitalised German word is a dictionary word or a form of one, or a
    compound ending in one ("Rückhaltebecken": "Rückhalt" "e" "Becken"): no unknown
    name such as a village's ("Gjader", "Eltheim")."""
    words = german_words()
    if _german_form(words, word):
        return True
    for i in range(COMPOUND_FIRST, len(word) - COMPOUND_HEAD + 1):
        head = word[i].upper() + word[i + 1:]
        first = word[:i]
        if _german_form(words, head) and (len(head) >= LONG_COMPOUND_HEAD or any(
                first.endswith(link) and first[:len(first) - len(link)] in words
                for link in GERMAN_LINKS)):
            return True
    return False


def _german_form(words: ChecksumSet, word: str) -> bool:
    """``word`` or its lower case in the German word list, or a plural or genitive of a
    word there ("Fragen" of "frage", "Betriebs" of "Betrieb")."""
    if word in words or word.lower() in words:
        return True
    return any(word.endswith(ending) and ((stem := word[:-len(ending)]) in words
                                          or stem.lower() in words)
               for ending in GERMAN_FORM_ENDINGS if len(word) - len(ending) >= COMPOUND_FIRST)


@functools.lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """``slugify(name)`` for node ids, remembered per name: articles name the
    same persons and organisations again and again."""
    return slugify(name)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``text`` without its diacritics ("Nguyễn" -> "Nguyen"); remembered per
    word: the person rules ask about the same names for every run of names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def is_name_text(text: str) -> bool:
    """Capitalised like a name ("Weil", "O'Neill", "J."), not an acronym ("NATO");
    remembered per word (the rules ask about the words around every candidate)."""
    if not text[:1].isupper():
        return False  # both patterns start with a capital letter
    return bool(NAME_RE.match(text)) and not text.isupper() or bool(INITIAL_RE.match(text))


def is_name_token(token: Token) -> bool:
    return is_name_text(token.text)


def _links_names(text: str) -> bool:
    """A hyphen or a particle, which may join the words of a name."""
    return text in {"-", "‐"} or text.lower() in PARTICLES


def _is_von_or_van(text: str) -> bool:
    return text.lower() in {"von", "van"}


#: Two name-like tokens in a row, in ``bytes`` of the flags (``_name_run_starts``).
_TWO_NAMES: Final = b"\x01\x01"


def _name_run_starts(table: TokenTable, name_like: list[bool]) -> list[int]:
    """The name-like tokens (``name_like``: their flags) that the next token can
    continue into a run of names: a name, a hyphen or a particle ("Weil", "-",
    "von"), or an article after "Von"/"Van". Most runs are two names in a row,
    found in C by ``bytes.find`` over the flags as bytes (a few dozen per article:
    one call each, against numpy's half-dozen calls, slow with cold caches after the
    rest of the pipeline); hyphens, particles and "Von"/"Van" are rare words."""
    n = len(name_like)
    lowers = table.lower
    flags = bytes(name_like)  # (the flags are bools: 1 a name-like token)
    starts: set[int] = set()
    k = flags.find(_TWO_NAMES)
    while k >= 0:
        starts.add(k)
        k = flags.find(_TWO_NAMES, k + 1)
    starts.update(k - 1 for k in table.positions("ent-name-link", _links_names, 1)
                  if name_like[k - 1])
    starts.update(i for i in table.positions("ent-von-van", _is_von_or_van, 0, n - 1)
                  if name_like[i] and lowers[i + 1] in PARTICLE_ARTICLES)
    return sorted(starts)


#: English pronouns only a person is referred to by ("Jane Roe, who brought her children").
#: Honorifics written before a person's name ("Dr. Alaka Singh", "Mrs Jane Obi", "Prof. Dr.
#: Anna Weg"): like a title, they show that the capitalised words after them are a
#: person's name, whether or not a list knows the given name.
HONORIFICS: Final = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof",
                               "Prof.", "Professor", "Sir", "Dame"})
NAME_HYPHENS: Final = frozenset({"-", "‐"})
#: Speech verbs after which a quote's speaker is named ("…," said Nimal Perera).
SPEECH_VERBS_BEFORE_NAME: Final = frozenset({"said", "says", "added", "sagte", "sagt",
                                             "ergänzte", "erklärte"})
#: Compass adjectives that name a region only with its kind noun ("Eastern Province").
COMPASS_ADJECTIVES_EN: Final = frozenset({"Northern", "Southern", "Eastern", "Western", "Central",
                                          "Northeastern", "Northwestern", "Southeastern",
                                          "Southwestern"})
#: A plural kind noun's capitalised singular, which ends such a region's name.
PLURAL_KIND_SINGULARS: Final = {"provinces": "Province", "regions": "Region",
                                "districts": "District", "states": "State",
                                "territories": "Territory"}
#: Joins a place's kind and the word its name takes after the span's words, in the
#: context place rules' results ("region|Province").
NAME_SUFFIX_MARK: Final = "|"
#: Adjectives of well-known regions and stateless nations whose shape says nothing
#: ("Welsh", "Catalan"; "Scottish", "Bavarian" end like a people's adjective).
REGIONAL_ADJECTIVES_EN: Final = frozenset({"Welsh", "Catalan", "Basque", "Flemish", "Walloon",
                                           "Breton", "Corsican", "Quebec", "Sardinian"})
#: Adjectives of a nation the lexicon knows by its state's ("English Labour" is Labour).
NATIONAL_ADJECTIVES_EN: Final = frozenset({"English"})
#: Title words that are also common family names: after a known given name they are
#: the surname ("Catherine King", "Mary Judge", "Anna Richter", "Klaus Bischof").
TITLE_SURNAMES: Final = frozenset({
    "King", "Bishop", "Judge", "Dean", "Pope", "Sheriff", "Prince", "Duke", "Earl", "Baron",
    "Cardinal", "Marshal", "Chancellor", "Mayor", "Provost", "Abbot", "König", "Kaiser",
    "Bischof", "Richter", "Herzog", "Graf", "Fürst", "Vogt", "Schultheiß", "Kanzler"})


def _after_quote(texts: list[str], k: int) -> bool:
    """Whether a quotation closes right before ``k`` ('…," said', '…“, sagte')."""
    return k > 0 and (texts[k - 1] in CLOSING_QUOTES
                      or k > 1 and texts[k - 1] == "," and texts[k - 2] in CLOSING_QUOTES)


def _name_word_count(texts: list[str], start: int, end: int) -> int:
    """How many words the name [start, end) has: a hyphen and a lower-case particle
    inside count for none ("Gert van de Weerdhof", "Anna Mlambo-Ngcuka": two and
    three), so a particle makes no name look too long to be a person's."""
    return sum(1 for k in range(start, end)
               if texts[k] not in NAME_HYPHENS and not (k > start and texts[k] in PARTICLES))


#: Verbs after an acronym that show a body speaking or acting ("SAS said", "NRW warned",
#: "die GMOA forderte"): a defined acronym so used is a body's, whatever its long form.
BODY_SPEECH_VERBS: Final = frozenset({
    "said", "says", "told", "warned", "urged", "called", "welcomed", "criticised",
    "criticized", "demanded", "announced", "sagte", "sagt", "erklärte", "erklärt",
    "forderte", "fordert", "kritisierte", "kritisiert", "warnte", "warnt", "teilte",
    "begrüßte", "verlangte", "verlangt"})
#: What ends an apposition headed by a body's noun ("…, a campaign group, said").
BODY_APPOSITION_ENDS: Final = frozenset({",", ".", ";", "that", "which", "whose"})
#: Nouns right after a defined acronym that make it a body's ("the NPP government",
#: "die FDP-Fraktion" is one word and not meant).
ACRONYM_FOLLOWING_BODY_NOUNS: Final = frozenset({
    "government", "party", "administration", "coalition", "spokesman", "spokeswoman",
    "spokesperson", "regierung", "partei", "sprecher", "sprecherin"})
GENDERED_PRONOUNS_EN: Final = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
#: Tokens that end a relative clause's first stretch.
CLAUSE_ENDS: Final = frozenset({",", ".", ";", ":", "!", "?", "\n", "\n\n"})


def _gendered_pronoun_in_clause(table: TokenTable, start: int) -> bool:
    """Whether a person's pronoun stands in the words from ``start`` up to the next
    punctuation mark (at most eight): "…, who brought her two children, …" names a person,
    "Aston Villa, who won their match" a club."""
    lowers = table.lower
    for k in range(start, min(start + 8, len(lowers))):
        if lowers[k] in CLAUSE_ENDS:
            return False
        if lowers[k] in GENDERED_PRONOUNS_EN:
            return True
    return False


def _organisation_node(doc: Doc, name: str, aliases: list[str] | None = None,
                       kind: str | None = None) -> Node:
    """The node of an organisation the rules found by its name (not in the lexicon),
    added to the doc or merged into the one of the same name."""
    properties: dict[str, object] = {"name": name, "aliases": aliases or []}
    if kind:
        properties["kind"] = kind
    return add_node(doc, Node(f"organisation:{slug(name)}", ["Organisation"], properties))


def filter_spans(spans: list[Span]) -> list[Span]:
    """``spacy.util.filter_spans``: of overlapping spans the (first) longest
    wins; sorted by start. Same result, but each span's bounds are read once
    and the sort key (length, then -start) is one integer, cheaper to compare
    than a tuple."""
    return _filter_spans(spans)[0]


def _filter_spans(spans: list[Span]) -> tuple[list[Span], set[int]]:
    """``filter_spans``, and the tokens of the spans kept."""
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]
    scale = max(ends, default=0) + 1  # more than any start
    keys = [(end - start) * scale - start for start, end in zip(starts, ends, strict=True)]
    kept = []
    seen: set[int] = set()
    for k in sorted(range(len(spans)), key=keys.__getitem__, reverse=True):
        start, end = starts[k], ends[k]
        if start not in seen and end - 1 not in seen:
            kept.append(k)
            if end - start == 1:
                seen.add(start)  # (most spans are one word: cheaper than a range)
            else:
                seen.update(range(start, end))
    kept.sort(key=starts.__getitem__)
    return [spans[k] for k in kept], seen


def _extend(spans: list[Span], blocked: set[int], new: list[Span]) -> None:
    """Add ``new`` to ``spans`` and their tokens to ``blocked`` (kept as the spans
    grow: each rule would otherwise collect the tokens of all spans again)."""
    spans += new
    for span in new:
        start, end = span.start, span.end
        if end - start == 1:
            blocked.add(start)  # (most spans are one word: cheaper than a range)
        else:
            blocked.update(range(start, end))


def _occurrences(texts: list[str], word: str) -> Iterator[int]:
    """The indices of ``word`` in ``texts``, in order (``list.index`` skips the
    other words in C)."""
    i = -1
    while True:
        try:
            i = texts.index(word, i + 1)
        except ValueError:
            return
        yield i


def _longer_name_before(spans: list[Span], texts: list[str], start: int) -> str | None:
    """The node of the nearest organisation before ``start`` whose longer name opens
    with the word at ``start``: "chief executive of Petrovia" after "Petrovia Ltd"
    names that company by its short form, not another organisation."""
    word = texts[start]
    best: Span | None = None
    for span in spans:
        if span.label == ORG and span.start < start and span.end - span.start > 1 \
                and texts[span.start] == word and (best is None or span.start > best.start):
            best = span
    return kg_id(best) if best is not None else None


def _long_form_start(words: list[str], acronym: str) -> int | None:
    """The index of the word the acronym's long form starts at in ``words`` (which
    end right before the acronym), else None: the letters of the acronym, from its
    last, are found in order going back, and the first one opens a word
    (Schwartz & Hearst 2003)."""
    text = " ".join(words)
    letters = acronym.lower()
    k = len(text) - 1
    for number in range(len(letters) - 1, -1, -1):
        letter = letters[number]
        while k >= 0 and (text[k].lower() != letter or
                          number == 0 and k > 0 and text[k - 1] != " "):
            k -= 1
        if k < 0:
            return None
        k -= 1
    # k + 1 is where the first letter stood: a word start; count the words before it.
    return text.count(" ", 0, k + 1)


def _translated_long_form_start(words: list[str], acronym: str) -> int | None:
    """Where a translated long form starts in ``words`` (which end right before the
    acronym): "National Society of Mining, Petroleum and Energy (SNMPE)" keeps the
    acronym of the Spanish name, whose words come in another order. The initials of
    its capitalised words are the acronym's letters, each used once, in any order;
    None if no run of words ending at the acronym has them."""
    letters = sorted(acronym.upper())
    initials: list[str] = []
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        if word[:1].isupper() and word.isalpha():
            initials.append(word[0])
            if len(initials) == len(letters):
                return start if sorted(initials) == letters and len(set(letters)) > 2 \
                    else None
        elif word not in ACRONYM_SKIPPED_WORDS and word != ",":
            return None
    return None


#: How the stems of German adjectives end ("europä-isch", "Statist-isch", "Inter-national",
#: "Ober-st"): "Frankfurter" or "Bayer" are no adjectives to put in the weak form.
ADJECTIVE_STEM_ENDINGS: Final = ("isch", "lich", "ig", "al", "ell", "iv", "är", "eutsch", "ot", "ün",
                                 "eiß", "rst", "sam", "bar")


def _strong_adjective(word: str) -> bool:
    """A capitalised German adjective with a strong ending: "Europäisches", "Deutscher"."""
    return word[:1].isupper() and word.endswith(("er", "es")) and \
        word[:-2].endswith(ADJECTIVE_STEM_ENDINGS)


def _adjective(word: str) -> bool:
    """A capitalised German adjective in any form ("Eidgenössische", "Deutsches")."""
    for ending in ("en", "er", "es", "e"):
        if word.endswith(ending):
            return word[:1].isupper() and word[:-len(ending)].endswith(ADJECTIVE_STEM_ENDINGS)
    return False


def _word_initials_start(texts: list[str], paren: int, acronym: str) -> int | None:
    """Where the capitalised words before ``paren`` start whose first letters are the
    acronym's, one word a letter ("Surfers Against Sewage (SAS)", "National People's
    Power (NPP)": a possessive and "of", "and" passed over); None if they are not."""
    k = paren - 1
    for letter in reversed(acronym):
        while k >= 0 and (texts[k] in ACRONYM_SKIPPED_WORDS or texts[k] in POSSESSIVE_MARKS):
            k -= 1
        if k < 0 or texts[k][:1] != letter or not texts[k].isalpha():
            return None
        k -= 1
    return k + 1


def _initials_before(texts: list[str], paren: int, acronym: str) -> bool:
    """Whether the capitalised words before ``paren`` give the acronym's letters, one
    each ("Rapid Support Forces (RSF)"; "of", "and", "the" passed over); not a
    person's party ("Jane Roe (SPD)") or a dateline's agency."""
    return _initials_start(texts, paren, acronym) is not None


def _initials_start(texts: list[str], paren: int, acronym: str) -> int | None:
    """Where the words before ``paren`` that give the acronym's letters, one each
    (``_initials_before``), start; None if they do not."""
    k = paren - 1
    for letter in reversed(acronym):
        while k >= 0 and texts[k] in ACRONYM_SKIPPED_WORDS:
            k -= 1
        if k < 0 or texts[k][:1] != letter or not texts[k].isalpha():
            return None
        k -= 1
    return k + 1


#: Initials of two or three letters in one token ("C.S.", "J.R.R.").
MULTI_INITIALS_RE: Final = re.compile(r"^(?:[A-Z]\.){2,3}$")
#: Initials that abbreviate a place or body, not a given name.
NOT_PERSON_INITIALS: Final = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.S.A.", "P.M.",
                                        "A.M.", "N.Y.", "L.A.", "B.C.", "A.D."})


def _is_initials(text: str) -> bool:
    return bool(MULTI_INITIALS_RE.match(text))


def _is_landscape_compound(word: str) -> bool:
    """"Martelltal", "Zufrittsee", "Vinschgau", also in the genitive ("des Zufrittsees"):
    a German one-word name of a valley, lake or district, its head (``LANDSCAPE_COMPOUND_HEADS_DE``)
    after a first part that is no German word; not "Baggersee", "Personal", "Kapital"
    (words, or compounds of them)."""
    return _landscape_nominative(word) is not None


def _landscape_nominative(word: str) -> str | None:
    """The nominative of the landscape compound ``word`` ("Zufrittsees" → "Zufrittsee"),
    None if it is none (see ``_is_landscape_compound``)."""
    if not (word[:1].isupper() and word.isalpha()) or word.isupper():
        return None
    name = word[:-1] if word.endswith("s") else word
    head = next((h for h in LANDSCAPE_COMPOUND_HEADS_DE if name.endswith(h)), None)
    if head is None or len(name) - len(head) < 4:
        return None
    words = german_words()
    first = name[:-len(head)]
    if german_word(name) or any(first.endswith(link) and _german_form(
            words, first[:len(first) - len(link)]) for link in GERMAN_LINKS):
        return None
    return name


#: Heads of German bodies named by their town ("Staatsanwaltschaft Feldkirch",
#: "Amtsgericht Tiergarten", "Landratsamt Erding").
PLACE_NAMED_BODY_HEADS_DE: Final = (*vocab.DE_PLACE_NAMED_SUFFIXES, "gericht")


def _is_place_named_body_head(word: str) -> bool:
    """"Staatsanwaltschaft", "Amtsgericht": a head a German body's town follows."""
    return word[:1].isupper() and word.lower().endswith(PLACE_NAMED_BODY_HEADS_DE)


#: Heads of German unions and associations that may write their own names in lower
#: case after them ("Orchestergewerkschaft unisono", "Gewerkschaft vida").
LOWER_CASE_NAMED_HEADS_DE: Final = ("gewerkschaft", "verband", "vereinigung", "verein")
#: The longest lower-case words german_words.txt lists all of (see scripts/build-gazetteer).
SHORT_GERMAN_WORD: Final = 8
#: Endings of German adverbs ("allerdings", "ihrerseits", "jedenfalls", "gleichfalls").
ADVERB_ENDINGS_DE: Final = ("dings", "seits", "falls", "weise", "mals", "halb", "wegen")


def _english_compound(lower: str) -> bool:
    """Whether a lower-case word is two English words of three letters or more
    ("lockdown", "livestream", "homeoffice"): German borrows such compounds whole."""
    words = english_words()
    return any(lower[:i] in words and lower[i:] in words for i in range(3, len(lower) - 2))


def _short_headed_german_compound(word: str) -> bool:
    """Whether a German word is a compound of words with a short head or a first part
    that drops its "-e" ("Seilbahnbau": "Seilbahn" "Bau"; "Schulessen": "Schul(e)"
    "Essen"), which ``german_word`` leaves to the dictionary: read only where a miss
    would make a place of a noun."""
    words = german_words()
    for i in range(COMPOUND_FIRST + 1, len(word) - 2):
        first = word[:i]
        if _german_form(words, word[i].upper() + word[i + 1:]) and (
                _german_form(words, first) or _german_form(words, first + "e")
                or first.endswith("s") and _german_form(words, first[:-1])):
            return True
    return False


def _is_day_number(text: str) -> bool:
    """A day of the month as a date writes it before its month: "8." (German), "9"."""
    day = text[:-1] if text.endswith(".") else text
    return 0 < len(day) <= 2 and day.isdigit()


def _has_line_break(text: str) -> bool:
    return "\n" in text


def _is_open_parenthesis(text: str) -> bool:
    return text == "("


def _is_punct(doc: Doc, text: str) -> bool:
    """``token.is_punct`` for a token's text (the vocab's own test)."""
    return bool(doc.vocab.lex_attr_getters[IS_PUNCT](text))  # type: ignore[attr-defined]


def _entity_id(span: Span) -> str:
    """``kg_id`` of an entity span of this module: each rule sets it on each span it
    makes, before the span joins the others (``ents``, ``taken``, ``spans``)."""
    node_id = kg_id(span)
    assert node_id is not None
    return node_id


@Language.factory("kg_entities", default_config={"lexicon_files": []})
def make_entity_recognizer(nlp: Language, name: str, lexicon_files: list[str]) -> EntityRecognizer:
    return EntityRecognizer(nlp, load_lexicon(tuple(lexicon_files)))


class EntityRecognizer:
    """Finds entity mentions and creates their nodes on the doc."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        lang = nlp.lang
        assert lang is not None  # kg's pipelines: spacy.blank(lang), or a model for lang
        self.lang = lang
        for label in ("PER", "ORG", "GPE", "LOC"):
            nlp.vocab.strings.add(label)  # spans are made with their ids (``PER`` …)
        self.words = vocab.for_lang(nlp.lang)
        #: Names of the per-word tests kept by the token tables (see
        #: ``TokenTable.flags``): the answers depend on language and lexicon.
        self._given_name_test = f"given-name-{self.lang}-{id(self.lexicon)}"
        self._calendar_words = frozenset(self.words.months) | frozenset(self.words.weekdays)
        #: The lexicon entry of each phrase matcher pattern, by its surface.
        self._entries_by_match: dict[str, tuple[Entry, int, bool] | None] = {}  # (_match_entry)
        self._place_cue_tests = self._place_cue_tests_for_lang()
        self._rules_by_cue: dict[str, tuple[str, ...]] = {}  # see _cue_rules
        #: Answers of ``vocab.Words.is_title_word`` by word (see ``_is_title_word``).
        self._title_words: dict[str, bool] = {}
        #: Answers of ``_unknown_name`` by word.
        self._unknown_names: dict[str, bool] = {}
        #: Answers of ``_acceptable_person`` by name (see there).
        self._person_answers: dict[tuple[object, ...], bool] = {}
        #: Answers of ``_town_evidence`` by name.
        self._town_answers: dict[str, int] = {}
        #: Answers of ``_names_country`` by word.
        self._country_words: dict[str, bool] = {}
        #: Node labels and properties by entry key (see ``_entry_template``).
        self._entry_templates: dict[str, tuple[tuple[str, ...], dict[str, object], bool]] = {}
        #: Given names with diacritics as texts write them without ("Ozgur", "Joao").
        self._folded_given_names = self._folded_forms_of_given_names()
        stop = self.words.stop_words
        keys = []
        gazetteer = [(surface, entry) for surface, entry in lexicon.gazetteer_regions.items()
                     if lexicon.gazetteer_region(surface) is entry]
        for surface, entry in sorted([*((surface, lexicon.entries[key])
                                        for surface, key in lexicon.surfaces.items()),
                                      *gazetteer], key=itemgetter(0)):
            # A stop word is no name ("Who"), but an organisation's acronym in capitals is
            # ("WHO"): the matcher compares exact spellings.
            acronym = surface == entry.acronym and surface.isupper() and len(surface) > 1
            if surface.lower() in stop and not acronym or \
                    (entry.kind == "city" and surface in self.words.not_places):
                continue
            if entry.kind == "city" and entry.wikidata is None and (
                    surface in vocab.EN_ORG_HEADS or surface in SITE_LASTS):
                continue  # a gazetteer town named like a word of names ("State Confederation")
            if entry.kind == "city" and (len(surface) < 4 and entry.wikidata is None
                                         or surface in lexicon.given_names
                                         and entry.wikidata is None
                                         and entry.population < MAJOR_CITY_POPULATION):
                continue  # a curated or major city is read where a given name cannot be
                # ("in Asunción", "in Kiel": see _plausible_city)
            if self.lang != "de" and _german_only_country_name(entry, surface):
                continue  # "Island" (Iceland) is an English word: "Small Island States"
            keys.append(surface)
        #: Weak forms of German names that open with strong adjectives ("das Europäische
        #: Parlament" of "Europäisches Parlament"), each with the surface it stands for.
        self._weak_forms = self._german_weak_forms(keys) if self.lang == "de" else {}
        # … and place names written without their diacritics ("Sao Paulo", "Bogota") …
        self._weak_forms.update(self._folded_place_forms(keys))
        # … and in German the genitives of regions and major cities ("Hamburgs Senat").
        if self.lang == "de":
            self._weak_forms.update(self._german_genitive_place_forms(keys))
        keys += self._weak_forms.keys()
        # The words of each surface (see ``_phrase_matches``); the tokenizer's batch
        # mode makes the ~12,000 patterns quick to read. The tokenizer
        # caches the analysis of each chunk it sees, up to max_cache_size
        # chunks, and then stops caching: the patterns must not take those
        # places, or every article afterwards is tokenised without a cache
        # (measured: 10x slower).
        tokenizer: Tokenizer = nlp.tokenizer
        cache_size, tokenizer.max_cache_size = tokenizer.max_cache_size, 0
        phrases: dict[tuple[str, ...], list[str]] = {}
        try:
            for surface, pattern in zip(keys, tokenizer.pipe(keys), strict=True):
                if len(pattern):  # (spaCy's PhraseMatcher skips an empty pattern)
                    surfaces = phrases.setdefault(tuple([token.text for token in pattern]), [])
                    if surface not in surfaces:
                        surfaces.append(surface)
        finally:
            tokenizer.max_cache_size = cache_size
        self._phrases = self._ordered_phrases(nlp, phrases)
        #: The surfaces of the one-word patterns, by their word (``_phrase_matches``) …
        self._one_word_phrases = {words[0]: surfaces for words, surfaces in self._phrases.items()
                                  if len(words) == 1}
        # … and of the longer ones the second words and the lengths (ascending), by
        # their first word: most words that open a longer pattern are not followed by
        # any second word of one ("The", "New", "National").
        followers: dict[str, set[str]] = {}
        lengths: dict[str, set[int]] = {}
        for words in self._phrases:
            if len(words) > 1:
                followers.setdefault(words[0], set()).add(words[1])
                lengths.setdefault(words[0], set()).add(len(words))
        self._phrase_followers = {word: frozenset(after) for word, after in followers.items()}
        self._phrase_lengths = {word: tuple(sorted(found)) for word, found in lengths.items()}
        #: The words that open a pattern, and the per-word test of them (see
        #: ``TokenTable.positions``).
        self._phrase_starts = frozenset(self._one_word_phrases) | frozenset(followers)
        self._phrase_start_test = f"phrase-start-{self.lang}-{id(self.lexicon)}"

    @staticmethod
    def _ordered_phrases(nlp: Language, phrases: dict[tuple[str, ...], list[str]]) \
            -> dict[tuple[str, ...], tuple[str, ...]]:
        """The surfaces of each pattern's words (``phrases``: of each tokenisation, in
        the order read), in the order spaCy's ``PhraseMatcher`` with one pattern per
        surface (kg's matcher before) reports them. Several surfaces tokenised alike
        ("Congo-Brazzaville", "Congo - Brazzaville") come in the order of the hash map at
        the end of the matcher's trie, which holds just those surfaces, added in the
        same order: asked of a matcher of them alone."""
        ordered: dict[tuple[str, ...], tuple[str, ...]] = {}
        strings = nlp.vocab.strings
        for words, surfaces in phrases.items():
            if len(surfaces) > 1:
                matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
                pattern = Doc(nlp.vocab, words=list(words))
                for surface in surfaces:
                    matcher.add(surface, [pattern])
                order = [strings[match_id] for match_id, start, end in matcher(pattern)
                         if start == 0 and end == len(words)]
                assert sorted(order) == sorted(surfaces)
                surfaces = order
            ordered[words] = tuple(surfaces)
        return ordered

    def _phrase_matches(self, table: TokenTable) -> list[tuple[str, int, int]]:
        """The lexicon's names in the doc: every (surface, start, end) whose words are
        the tokens [start, end), by start, then end, as spaCy's ``PhraseMatcher`` with
        one pattern per surface reports them (with the surface for the match id). Only
        the tokens whose word opens a pattern are looked at (each word tested once per
        process, ``TokenTable.positions``), where the matcher walks its trie from every
        token: ~40,000 patterns in hash maps the rest of the pipeline has pushed out of
        the CPU caches (measured 250 against 145 µs per article on the sources)."""
        texts = table.text
        n = len(texts)
        one_word, followers = self._one_word_phrases, self._phrase_followers
        matches: list[tuple[str, int, int]] = []
        for start in table.positions(self._phrase_start_test, self._phrase_starts.__contains__):
            word = texts[start]
            surfaces = one_word.get(word)
            if surfaces is not None:
                for surface in surfaces:
                    matches.append((surface, start, start + 1))
            after = followers.get(word)
            if after is None or start + 1 >= n or texts[start + 1] not in after:
                continue  # (no longer pattern opens with these two words)
            for length in self._phrase_lengths[word]:
                end = start + length
                if end > n:
                    break
                found = self._phrases.get(tuple(texts[start:end]))
                if found is not None:
                    for surface in found:
                        matches.append((surface, start, end))
        return matches

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        model_ents = list(doc.ents)  # set by a trained pipeline's NER, if one ran
        spans: list[Span] = []
        blocked: set[int] = set()  # the tokens of ``spans``, which the later rules pass over
        lexicon_spans = self._chamber_branch_names(doc, self._company_unit_names(
            doc, self._longer_chamber_names(doc, self._state_of_known_names(
                doc, self._longer_party_names(doc, self._lexicon_spans(doc))))))
        lexicon_spans = self._national_branch_names(doc, lexicon_spans)
        lexicon_spans = self._state_chamber_names(doc, lexicon_spans)
        lexicon_spans = self._city_district_spans(doc, lexicon_spans)
        _extend(spans, blocked, lexicon_spans)
        _extend(spans, blocked, self._party_adjective_spans(doc, blocked))
        context_places = self._context_place_spans(doc, spans, blocked)
        _extend(spans, blocked, context_places)
        _extend(spans, blocked, self._bare_treasury_spans(doc, spans, blocked))
        _extend(spans, blocked, self._model_spans(doc, model_ents, blocked, {"PER", "PERSON"}))
        _extend(spans, blocked, self._person_spans(doc, blocked))
        _extend(spans, blocked, self._model_spans(doc, model_ents, blocked,
                                                  set(MODEL_LABELS) - {"PER", "PERSON"}))
        spans += self._organisation_spans(doc, spans, blocked)
        overridden = doc.user_data.get("kg_acronyms_over_places")
        if overridden:  # (see _acronyms_over_known_places)
            spans = [span for span in spans if not (span.start in overridden
                                                    and span.end - span.start == 1
                                                    and span.label != ORG)]
        spans, blocked = _filter_spans(spans)
        # Surnames are single tokens outside these spans: nothing overlaps, so
        # sorting by start (as doc.ents will return them) is filter_spans' result.
        ents = sorted(spans + self._surname_spans(doc, spans, blocked), key=attrgetter("start"))
        self._party_family_mentions(doc, ents)
        # (the three passes below read only organisations: one label test per entity)
        org_ents = [span for span in ents if span.label == ORG]
        self._federal_government_of_the_text(doc, ents, org_ents)
        self._party_families_abroad(doc, ents, org_ents)
        self._party_families_at_home(doc, ents, org_ents)
        if model_ents:  # (kg's own spans carry no kb_id or id: set_new_ents suffices)
            doc.set_ents(ents, default="outside")  # what ``doc.ents = ents`` does, without a copy
        else:
            set_new_ents(doc, ents)
        doc.user_data["kg_ents"] = ents  # for DocIndex: doc.ents would build them again
        mentions = doc.user_data["kg_mentions"]  # add_mention for each entity, inlined
        for span in ents:
            bounds = span.start_char, span.end_char
            node_mentions = mentions.setdefault(kg_id(span), [])
            if bounds not in node_mentions:
                node_mentions.append(bounds)
        # (a town the context names inside a body's name is mentioned as a known one is:
        # "Staatsanwaltschaft Feldkirch" as "Universität Hamburg")
        self._nested_mentions(doc, ents, lexicon_spans + context_places if context_places
                              else lexicon_spans)
        return doc

    def _party_family_mentions(self, doc: Doc, ents: list[Span]) -> None:
        """"die Sozialdemokraten", "die Volkspartei": a party family's word names the one
        party of that family the text names otherwise (the SPÖ in a text on Austria,
        the SPD in one on Germany), not the lexicon's default for the word."""
        if not word_positions(doc, "ent-party-family", PARTY_FAMILY_WORDS.__contains__):
            return  # (most texts use no such word: no pass over the entities)
        texts = token_table(doc).text
        family_spans = [span for span in ents if span.end - span.start == 1
                        and texts[span.start] in PARTY_FAMILY_WORDS and span.label == ORG]
        if not family_spans:
            return
        entries = self.lexicon.entries
        family_ids = {kg_id(span) for span in family_spans}
        named = {_entity_id(span) for span in ents if span.label == ORG} - family_ids
        parties = [entry for key in named if (entry := entries.get(key)) is not None
                   and entry.kind == "party"]
        nodes = doc.user_data["kg_nodes"]
        for span in family_spans:
            stem = PARTY_FAMILY_WORDS[texts[span.start]]
            members = [entry for entry in parties
                       if any(stem in surface.lower() for surface in entry.surfaces())]
            if len(members) != 1:
                continue
            node = self._entry_node(doc, members[0], texts[span.start])
            old_id = kg_id(span)
            set_kg_id(span, node.id)
            if old_id not in named and old_id in nodes:
                del nodes[old_id]  # the word's own node ("Volkspartei"): a mention of the party

    def _text_country(self, ents: list[Span]) -> str | None:
        """The country a text is set in: the one most of its states and places are in
        (None if Germany is named as often, or no place is)."""
        entries = self.lexicon.entries
        codes = Counter(entry.country for span in ents if span.label in (GPE, LOC)
                        and (entry := entries.get(_entity_id(span))) is not None and entry.country)
        if not codes:
            return None
        [(code, count)] = codes.most_common(1)
        return code if code == "DE" or codes["DE"] < count else None

    def _party_families_abroad(self, doc: Doc, ents: list[Span], org_ents: list[Span]) -> None:
        """"The Social Democrats" in an English text set in Ireland or Denmark: a party
        family's name the lexicon gives a German party names that country's party of the
        family, a node of its own. (A German text abroad still reports on German
        parties: "Özdemir (Grüne)" in Brussels; see _party_family_mentions.)
        ``org_ents``: the organisations of ``ents``."""
        if self.lang != "en":
            return
        text = doc_text(doc)
        if not any(name in text for name in GERMAN_FAMILY_NAMES):
            return  # (a span's text is the text's: most texts name no such family)
        family = [span for span in org_ents
                  if (key := kg_id(span)) in GERMAN_FAMILY_PARTIES
                  and span_text(span) in GERMAN_FAMILY_PARTIES[key]]
        if not family:
            return
        country = self._text_country(ents)
        if country is None or country == "DE":
            return
        nodes = doc.user_data["kg_nodes"]
        for span in family:
            old_id = _entity_id(span)
            node = _organisation_node(doc, span_text(span), kind="party")
            set_kg_id(span, node.id)
            self._acronyms_follow_family_party(ents, old_id, node)
            if not any(kg_id(other) == old_id for other in ents):
                nodes.pop(old_id, None)

    def _party_families_at_home(self, doc: Doc, ents: list[Span], org_ents: list[Span]) -> None:
        """"the Greens" in an English text set in Germany: the short name of a party
        family (read by _party_family_names as a party of its own, since it names a
        different party in each country) is the German party the lexicon knows.
        ``org_ents``: the organisations of ``ents``."""
        if self.lang != "en":
            return
        text = doc_text(doc)
        if not any(name in text for name in HOME_FAMILY_PARTIES):
            return  # (a span's text is the text's: most texts name no such family)
        family = [span for span in org_ents
                  if span_text(span) in HOME_FAMILY_PARTIES
                  and kg_id(span) == f"organisation:{slug(span_text(span))}"]
        if not family or self._text_country(ents) != "DE":
            return
        nodes = doc.user_data["kg_nodes"]
        for span in family:
            entry = self.lexicon.entries.get(HOME_FAMILY_PARTIES[span_text(span)])
            if entry is None:  # a user's lexicon without it
                continue
            old_id = kg_id(span)
            set_kg_id(span, self._entry_node(doc, entry, span_text(span)).id)
            if not any(kg_id(other) == old_id for other in ents):
                nodes.pop(old_id, None)

    def _acronyms_follow_family_party(self, ents: list[Span], old_id: str, node: Node) -> None:
        """"the Social Democratic Party (SDP)" abroad: the acronym the text defined for
        the family's name (no name the lexicon gives the German party) names the
        country's party too, not the SPD."""
        entry = self.lexicon.entries.get(old_id)
        if entry is None:
            return
        known = set(entry.surfaces())
        aliases = node.properties["aliases"]
        for other in ents:
            written = span_text(other)
            if kg_id(other) == old_id and written.isupper() and written not in known:
                set_kg_id(other, node.id)
                if written not in aliases:
                    aliases.append(written)

    def _names_city_in(self, ents: list[Span], code: str) -> bool:
        """Whether the text names a city or region of that country (not the country
        itself: "anders als in Deutschland" is said of other countries too)."""
        entries = self.lexicon.entries
        return any(span.label in (GPE, LOC) and (entry := entries.get(_entity_id(span))) is not None
                   and entry.country == code and entry.kind != "country" for span in ents)

    def _federal_government_of_the_text(self, doc: Doc, ents: list[Span],
                                        org_ents: list[Span]) -> None:
        """"die Bundesregierung", "vom Bund" in a text set in Austria: Austria's federal
        government (the node the demands give a state's government), not Germany's, which
        the lexicon means; so are "die Länder" Austria's states. A text is set where most
        of its places are. ``org_ents``: the organisations of ``ents``."""
        federal = [span for span in org_ents if kg_id(span) in FEDERAL_BODY_KEYS]
        if not federal:
            return
        code = self._text_country(ents)
        if code not in OTHER_FEDERAL_STATES or self._names_city_in(ents, "DE"):
            return  # a German city named: a German minister's trip ("sagte Baerbock in Berlin")
        for key, (prefix, name, kind) in FEDERAL_BODY_KEYS.items():
            spans = [span for span in federal if kg_id(span) == key]
            if not spans:
                continue
            node = add_node(doc, Node(f"organisation:{prefix}-{code.lower()}", ["Organisation"],
                                      {"name": name, "kind": kind,
                                       "aliases": sorted({span_text(span) for span in spans})}))
            for span in spans:
                set_kg_id(span, node.id)
            doc.user_data["kg_nodes"].pop(key, None)

    def _nested_mentions(self, doc: Doc, ents: list[Span], lexicon_spans: list[Span]) -> None:
        """'Kommission der Afrikanischen Union' also mentions the African Union:
        a known organisation named in the genitive inside a longer name; 'Central
        Bank of Nigeria' and 'Kenya Union of Teachers' also mention the state;
        'Universität Hamburg', 'Wirtschaftskammer Österreich' the place their name
        ends with."""
        lowers = token_table(doc).lower
        nodes = doc.user_data["kg_nodes"]
        # Two words mention only the place ending a German name the rules built
        # ("Universität Hamburg"); other nested mentions need three words or more.
        shortest = 2 if self.lang == "de" else 3
        #: The organisations that may name another entity inside them: start, end and
        #: whether the rules built them. A state inside a known name ("Bank of England")
        #: is no mention of it; inside a name the rules built from it ("Central Bank of
        #: Nigeria"), it is.
        outers: list[tuple[int, int, bool]] = []
        for ent in ents:
            if ent.end - ent.start < shortest or ent.label != ORG:
                continue
            node = nodes.get(kg_id(ent))
            built = node is not None and not node.properties.get("kind")
            if not built and ent.end - ent.start == 2:
                continue
            outers.append((ent.start, ent.end, built))
        if not outers:
            return
        #: The lexicon's spans starting inside those, by start, each with its place in
        #: ``lexicon_spans`` and its end: an entity looks up only its own tokens.
        wanted = {i for ent_start, ent_end, _ in outers for i in range(ent_start, ent_end)}
        inners: dict[int, list[tuple[int, int, Span]]] = {}
        for number, inner in enumerate(lexicon_spans):
            inner_start = inner.start
            if inner_start in wanted:
                inners.setdefault(inner_start, []).append((number, inner.end, inner))
        for ent_start, ent_end, built in outers:
            inside = sorted(item for start in range(ent_start, ent_end)
                            for item in inners.get(start, ()))  # in the order of lexicon_spans
            mentioned_end = -1  # the end of the last inner name mentioned
            for _, end, inner in inside:
                start = inner.start
                if start < mentioned_end:
                    continue  # "Holstein" of "Schleswig-Holstein": a part of a name mentioned
                if end <= ent_end and end - start < ent_end - ent_start \
                        and (ent_end - ent_start > 2 and (
                            inner.label == ORG and ent_start < start and
                            lowers[start - 1] in {"der", "des", "of", "the"}
                            or inner.label == GPE and built and (
                                start == ent_start or lowers[start - 1] == "of"))
                             or inner.label in (LOC, GPE) and built and end == ent_end
                             and self.lang == "de"):
                    add_mention(doc, _entity_id(inner), inner.start_char, inner.end_char)
                    mentioned_end = end

    # -- a trained pipeline's NER -------------------------------------------
    def _model_spans(self, doc: Doc, model_ents: list[Span], blocked: set[int],
                     labels: set[str]) -> list[Span]:
        """Entities a trained NER found that the lexicon did not: persons right
        after the lexicon (before kg's name rules), organisations and places
        before kg's organisation patterns."""
        if not model_ents:
            return []  # no NER ran (the blank pipeline)
        spans = []
        for ent in model_ents:
            label = MODEL_LABELS.get(ent.label_)
            if ent.label_ not in labels or label is None or \
                    any(i in blocked for i in range(ent.start, ent.end)):
                continue
            span = Span(doc, ent.start, ent.end, label=label)
            if label == "PER":
                if len(span) < 2 or not self._acceptable_person(token_table(doc), doc_text(doc),
                                                                span.start, span.end):
                    continue
                node = self._person_node(doc, span_text(span))
            elif label == "ORG":
                name = self.words.organisation_base_form(span)
                node = _organisation_node(doc, name, [span.text])
            else:
                node = add_node(doc, Node(f"place:{slug(span.text)}", ["Place"],
                                          {"name": span.text, "aliases": [], "kind": "place"}))
            set_kg_id(span, node.id)
            spans.append(span)
        return spans

    # -- lexicon -----------------------------------------------------------
    def _lexicon_spans(self, doc: Doc) -> list[Span]:
        spans = []
        table = token_table(doc)
        texts, idx = table.text, table.idx
        n = len(texts)
        given: set[int] | None = None  # the given names' positions, read at the first city
        text = doc_text(doc)
        by_match = self._entries_by_match
        #: Node ids already added for an (entry, surface): adding the same again
        #: would change nothing (a country is named a dozen times per article).
        node_ids: dict[tuple[str, str], str] = {}
        bare_chamber = False  # a one-word "House" or "Senate" among the spans
        surnames: set[str] | None = None  # filled at the first gazetteer town
        long_place = False  # a place of three words or more ("Frankfurt (Oder)") among the spans
        matches = self._phrase_matches(table)
        #: The gazetteer regions' surfaces the text writes inside a longer name somewhere
        #: ("Abra Group" … "Abra said"): filled at the first gazetteer region.
        inside_names: set[str] | None = None
        compass_regions = self._compass_regions(table)
        for start in compass_regions:
            spans.append(self._new_town_span(doc, start - 1, start + 1, "region"))
        for surface, start, end in matches:
            known: tuple[Entry, int, bool] | Literal[False] | None = by_match.get(surface, False)
            if known is False:  # the match's words are its pattern's: read them once
                known = by_match[surface] = self._match_entry(surface, texts[start:end])
            if known is None:
                continue
            entry, label, checked = known
            if start in compass_regions and end == start + 1:
                continue  # "Suffolk" of "West Suffolk"
            if entry.gazetteer:  # (a region of regions.tsv: it yields to a longer name)
                if inside_names is None:
                    inside_names = self._gazetteer_regions_inside_names(table, matches)
                if surface in inside_names or self._gazetteer_region_yields(table, start, end):
                    continue
                if given is None:
                    given = self._given_names(table)
                if surnames is None:
                    surnames = self._surnames_after_given(table, given)
                if texts[start] in surnames:
                    continue  # "Rocha said" after "Oscar González Rocha": the person
            if entry.kind == "city" and start > 0 and texts[start - 1] in METRO_PREFIXES:
                # "Metro Manila", "Metro Vancouver": the city's metropolitan region
                spans.append(self._new_town_span(doc, start - 1, end, "region"))
                continue
            if start > 0 and texts[start - 1] in REGION_COMPASS_WORDS and self.lang == "en" \
                    and entry.kind in ("city", "region", "country") \
                    and self._compass_part(table, entry, start, end):
                spans.append(self._new_town_span(doc, start - 1, end, "region"))
                continue
            if checked:  # a city, region, "Länder" or bare chamber: read the context
                if given is None:
                    given = self._given_names(table)
                if entry.kind == "city" and not self._plausible_city(table, given, start, end):
                    continue
                if entry.kind == "city" and end - start == 1 and start > 1 \
                        and start - 2 in given and texts[start - 1].endswith(PATRONYMIC_ENDINGS) \
                        and is_name_text(texts[start - 1]) \
                        and not (end < n and is_name_text(texts[end])):
                    continue  # "Jorge Pérez Rubio": a second family name, no city
                if entry.kind == "region" and end - start == 1 and start - 1 in given \
                        and not self._names_country(texts[start - 1]):
                    continue  # "Anna Elba", "Tom Sylt": a surname named like an island
                if entry.kind in ("city", "region") and end - start == 1 and (
                        entry.wikidata is None and entry.kind == "city"
                        or texts[start] in self._weak_forms):
                    if surnames is None:
                        surnames = self._surnames_after_given(table, given)
                    if texts[start] in surnames:
                        continue  # "Rubio told reporters" after "Marco Rubio", "Wiens sagte"
                        # after "David Wiens" (no genitive of Wien): the person, no town
                if texts[start] in GENERIC_STATE_WORDS and \
                        self._countries_in_general(table, start, end):
                    continue
                if end - start == 1:
                    if not self._stands_alone(table, entry, start):
                        continue
                    if texts[start] in AMBIGUOUS_CHAMBERS and start > 1 \
                            and texts[start - 1] in POSSESSIVE_MARKS \
                            and is_name_text(texts[start - 2]):
                        continue  # "St Andrew's House", "Bob's House": a building, no chamber
                    bare_chamber = bare_chamber or texts[start] in AMBIGUOUS_CHAMBERS
            # (one test of the length for every match, most of them one word)
            if end - start == 1:
                if entry.kind == "country":
                    if given is None:
                        given = self._given_names(table)
                    if surnames is None:
                        surnames = self._surnames_after_given(table, given)
                    if texts[start] in surnames:
                        continue  # "Minister Mark Holland", "Holland said": the person
                    if start + 1 < n and self._country_given_name(texts, start):
                        continue  # "Jordan Bardella", "Georgia Hartmann": the person
                if label == ORG and start > 0 and texts[start - 1] in FEATURE_FIRSTS:
                    continue  # "Lake Garda", "Mount Kenya": a feature's name, no body's
                if label == ORG and (start > 1 and not texts[start].isupper()
                                     and self._inside_head_phrase(texts, start)
                                     or entry.kind == "party" and start + 1 < n
                                     and texts[start + 1] in PORTFOLIO_TITLES
                                     and not texts[start].isupper()
                                     or start > 0 and self._syllable_given_name_after(
                                         table, start - 1)):
                    # "Confederation of Labour", "Ministry of Labour": no party Labour;
                    # "Labour Minister Jane Roe": her portfolio, no party Labour;
                    # "Song Eon-seok": a Korean given name, no company "Eon"
                    continue
            else:
                # (one word before a hyphen still names its entity: see _opens_compound)
                if end < n and texts[end] in {"-", "‐"} and self._opens_compound(table, start, end):
                    continue
                long_place = long_place or label == LOC and end - start > 2
            if entry.kind == "city" and start > 1 and texts[start - 1] == "New" \
                    and (table.lower[start - 2] in self.words.place_prepositions
                         or texts[start - 2] in {"and", "or"}):
                spans.append(self._new_town_span(doc, start - 1, end))  # "to New Belgrade"
                continue

            written = text[idx[start]:idx[end - 1] + len(texts[end - 1])]  # the span's text
            node_id = node_ids.get((entry.key, written))
            if node_id is None:
                node_id = node_ids[entry.key, written] = self._entry_node(doc, entry, written).id
            span = Span(doc, start, end, label=label)
            set_kg_id(span, node_id)
            spans.append(span)
        if bare_chamber and not self._in_the_us(doc, spans):
            spans = [span for span in spans
                     if not (len(span) == 1 and texts[span.start] in AMBIGUOUS_CHAMBERS)
                     or self._senate_abroad(doc, span)]
        if long_place:  # (most texts name no city by a qualified name)
            self._bare_names_of_qualified_cities(texts, spans)
        return self._without_redefined_acronyms(doc, spans)

    def _new_town_span(self, doc: Doc, start: int, end: int, kind: str = "city") -> Span:
        """"to New Belgrade", "in Zemun and New Belgrade": after a place preposition or
        a conjunction, "New" and a known city's name name another town (the gazetteer's
        "New York" or "New Delhi" match as a whole), built next to the old one; so do
        "Metro" a city's metropolitan region (``kind``)."""
        span = Span(doc, start, end, label=LOC)
        name = span_text(span)
        entry = self.lexicon.lookup(name)
        node = self._entry_node(doc, entry, name) if entry is not None \
            and entry.label == "Place" else add_node(doc, Node(
                f"place:{slug(name)}", ["Place"], {"name": name, "aliases": [], "kind": kind}))
        set_kg_id(span, node.id)
        return span

    def _compass_part(self, table: TokenTable, entry: Entry, start: int, end: int) -> bool:
        """Whether the compass word before the known place ``start``-``end`` names a part
        of it ("West Suffolk", "North Iceland"): not a name the lexicon knows whole ("South
        Africa"), not a sentence's "West" of a person ("said West"), nor a longer name's
        word ("Kanye West Cork", "East Suffolk Council", "South Wales Police": left to the
        rules for bodies)."""
        texts = table.text
        compass = start - 1
        if end < len(texts) and is_name_text(texts[end]) or \
                self.lexicon.lookup(f"{texts[compass]} {' '.join(texts[start:end])}") is not None:
            return False
        return compass == 0 or not is_name_text(texts[compass - 1]) \
            or texts[compass - 1].lower() in self.words.stop_words

    @staticmethod
    def _inside_head_phrase(texts: list[str], start: int) -> bool:
        """Whether the word at ``start`` follows an organisation head and "of" or "für"
        ("Ministry of Labour", "Landesamt für Verfassungsschutz"): the end of a longer
        name, no mention of the known body of that one word."""
        before, head = texts[start - 1], texts[start - 2]
        return before == "of" and head in vocab.EN_ORG_HEADS or before == "für" \
            and head[:1].isupper() and head.lower().endswith(vocab.DE_ORG_SUFFIXES)

    @staticmethod
    def _bare_names_of_qualified_cities(texts: list[str], spans: list[Span]) -> None:
        """"Frankfurt (Oder)" … "Nachbarstadt von Frankfurt": in a text that names a city
        by a qualified name, its first word alone means that city, not the better-known
        one of the bare name (Frankfurt am Main)."""
        qualified = {texts[span.start]: kg_id(span) for span in spans
                     if span.label == LOC and span.end - span.start > 2
                     and texts[span.start + 1] in {"(", "an", "am", "upon", "on"}}
        if not qualified:
            return
        for span in spans:
            if span.label == LOC and span.end - span.start == 1:
                node_id = qualified.get(texts[span.start])
                if node_id is not None:
                    set_kg_id(span, node_id)

    @staticmethod
    def _without_redefined_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
        """``spans`` without the known acronyms the text defines for another name:
        "the Rapid Support Forces (RSF)" makes every "RSF" of the text theirs, not
        the lexicon's (Reporters Without Borders); the acronym rule reads them."""
        texts = token_table(doc).text
        # Only a word right after "(" and before ")" can be a defined acronym.
        defined = [p + 1 for p in word_positions(doc, "ent-open-parenthesis", _is_open_parenthesis,
                                                 1, len(texts) - 2)
                   if texts[p + 2] == ")" and len(texts[p + 1]) > 1 and texts[p + 1].isupper()
                   and _initials_before(texts, p, texts[p + 1])]
        if not defined:
            return spans
        node_by_end = {span.end: kg_id(span) for span in spans}
        node_by_start = {span.start: kg_id(span) for span in spans if span.end - span.start == 1}
        redefined = {texts[k] for k in defined
                     if k in node_by_start and node_by_end.get(k - 1) != node_by_start[k]}
        if not redefined:
            return spans
        return [span for span in spans
                if not (span.end - span.start == 1 and span.label == ORG
                        and texts[span.start] in redefined)]

    def _german_weak_forms(self, surfaces: list[str]) -> dict[str, str]:
        """The weak forms (after "der", "die", "das") of the organisation names among
        ``surfaces`` whose leading adjectives are strong ("Deutscher Mieterbund" →
        "Deutsche Mieterbund"), each with its surface; forms the lexicon has are left out."""
        lexicon = self.lexicon
        forms: dict[str, str] = {}
        for surface in surfaces:
            words = surface.split()
            if len(words) < 2 or not _strong_adjective(words[0]):
                continue
            entry = lexicon.lookup(surface)
            if entry is None or entry.label != "Organisation":
                continue
            count = 0
            while count < len(words) - 1 and _strong_adjective(words[count]):
                count += 1
            if count == 0:
                continue
            weak = " ".join([word[:-1] for word in words[:count]] + words[count:])
            if weak not in lexicon.surfaces and weak not in forms:
                forms[weak] = surface
        return forms

    def _folded_place_forms(self, surfaces: list[str]) -> dict[str, str]:
        """The place names among ``surfaces`` without their diacritics ("Sao Paulo" for
        "São Paulo"), each with its surface: news texts often drop them. Forms that
        are another name, a given name or a stop word are left out."""
        lexicon, stop = self.lexicon, self.words.stop_words
        forms: dict[str, str] = {}
        for surface in surfaces:
            if surface.isascii():
                continue
            folded = fold(surface)
            if folded == surface or len(folded) < 4 or folded in lexicon.surfaces or folded in forms \
                    or folded in lexicon.given_names or folded.lower() in stop:
                continue
            entry = lexicon.lookup(surface)
            if entry is not None and entry.label == "Place":
                forms[folded] = surface
        return forms

    def _german_genitive_place_forms(self, surfaces: list[str]) -> dict[str, str]:
        """The German genitives in -s of the regions and the curated or major cities
        among ``surfaces`` ("Hamburgs Finanzsenator", "Mecklenburg-Vorpommerns
        Agrarminister"), each with its surface, as countries have theirs ("Russlands").
        Names ending in a hissing sound take none; forms that are another name, a given
        name or a stop word are left out."""
        lexicon, stop = self.lexicon, self.words.stop_words
        forms: dict[str, str] = {}
        for surface in surfaces:
            if surface.endswith(("s", "z", "x", "ß", ".", ")")) or len(surface) < 4:
                continue
            entry = lexicon.lookup(surface)
            if entry is None or not (entry.kind == "region" or entry.kind == "city" and (
                    entry.wikidata is not None or entry.population >= MAJOR_CITY_POPULATION)):
                continue
            genitive = surface + "s"
            if genitive in lexicon.surfaces or genitive in lexicon.given_names \
                    or genitive.lower() in stop or genitive in forms:
                continue
            forms[genitive] = surface
        return forms

    @staticmethod
    def _opens_compound(table: TokenTable, start: int, end: int) -> bool:
        """Whether a name of several words is only the first part of a hyphenated
        compound ("Rat der EU-Außenminister" is no "Rat der EU"); one word before a
        hyphen ("EU-Kommission") still names its entity."""
        space = table.space
        return end < len(space) and table.text[end] in {"-", "‐"} and not space[end - 1] \
            and any(space[start:end - 1])

    def _match_entry(self, surface: str, words: list[str]) -> tuple[Entry, int, bool] | None:
        """The lexicon entry of a phrase matcher pattern (``surface``, tokenised as
        ``words``), the label of its spans, and whether a match needs its context
        read (a city, a region, "Länder", a one-word "House" or "Senate"): the
        others are names wherever they occur, unless a hyphen makes them the
        first part of a compound."""
        entry = self.lexicon.lookup(self._weak_forms.get(surface, surface)) \
            or self.lexicon.gazetteer_region(surface)
        if entry is None:
            return None
        checked = entry.kind in {"city", "region"} or words[0] in GENERIC_STATE_WORDS or \
            len(words) == 1 and words[0] in AMBIGUOUS_CHAMBERS
        return entry, ENT_LABEL_IDS.get(entry.kind, ORG), checked

    @staticmethod
    def _senate_abroad(doc: Doc, span: Span) -> bool:
        """A bare "Senate" in a text not set in the United States ("a Senate hearing in
        Pasay City") is that country's senate: relinked to a node of its own (a bare
        "House" there may be any house), and kept."""
        if span_text(span) != "Senate":
            return False
        node = _organisation_node(doc, "Senate", kind="council")
        set_kg_id(span, node.id)
        return True

    def _in_the_us(self, doc: Doc, spans: list[Span]) -> bool:
        """Whether the text is set in the United States: it names the country, a place
        there or a US cue word ("American", "Congress"). Only then is a bare "Senate"
        or "House" the US chamber the lexicon knows."""
        if word_positions(doc, "ent-us-cue", US_CUES.__contains__):
            return True
        entries = self.lexicon.entries
        return any((entry := entries.get(_entity_id(span))) is not None
                   and (entry.key == "country:us" or entry.country == "US") for span in spans)

    def _stands_alone(self, table: TokenTable, entry: Entry, start: int) -> bool:
        """False for the one-word name at ``start`` that is here part of a longer name: a chamber
        ("House") after a capitalised word ("Opera House", "Government House"),
        before "of" ("House of Lords") or a party ("House Republicans" are Republicans);
        a region that is also a given name before a capitalised word ("Virginia Woolf")."""
        end = start + 1
        texts = table.text
        if entry.label == "Organisation" and texts[start] in AMBIGUOUS_CHAMBERS:
            before = texts[start - 1] if start > 0 else ""
            after = texts[end] if end < len(texts) else ""
            party = self.lexicon.lookup(after) if after[:1].isupper() else None
            if party is not None and party.kind == "party":
                return False  # "House Republicans": the party's members in that chamber
            if after in CHAMBER_WORD_NOUNS:
                return False  # "House prices rose": a common noun's modifier
            if self._names_org_after(texts, end):
                return False  # "House Freedom Caucus", "Senate Foreign Relations Committee"
            return after != "of" and not (before[:1].isupper() and before.isalpha() and
                                          before.lower() not in self.words.stop_words)
        if entry.kind == "region" and texts[start] in self.lexicon.given_names and \
                end < len(texts) and is_name_text(texts[end]):
            return False
        return not (entry.kind == "region" and self._ends_longer_name(table, start))

    def _compass_regions(self, table: TokenTable) -> list[int]:
        """The positions of the gazetteer regions' names after a compass word ("West
        Suffolk", "North Down", "West Cork"): a region of two words, unless a longer name
        holds them or the lexicon knows the two words as one name ("North Yorkshire",
        "West Virginia")."""
        texts = table.text
        n = len(texts)
        found = []
        regions, lexicon = self.lexicon.compass_regions, self.lexicon
        for k in table.positions("ent-region-compass", REGION_COMPASS_WORDS.__contains__):
            if k + 1 < n and texts[k + 1] in regions:
                pair = f"{texts[k]} {texts[k + 1]}"
                if lexicon.lookup(pair) is None and pair not in lexicon.gazetteer_regions \
                        and not self._gazetteer_region_yields(table, k, k + 2):
                    found.append(k + 1)
        return found

    def _gazetteer_region_yields(self, table: TokenTable, start: int, end: int) -> bool:
        """Whether the gazetteer region at [start, end) is here part of a longer name: a
        word right before or after it continues a name ("Port Otago", "Abra Group",
        "Kirinyaga County": that one the context rules read), or a hyphen joins it to one."""
        texts, stop = table.text, self.words.stop_words
        n = len(texts)
        if end < n:
            after = texts[end]
            if is_name_text(after) and after.lower() not in stop or after.isupper() \
                    and after.isalpha() and table.space[end - 1]:
                return True
            if after in NAME_HYPHENS and not table.space[end - 1] and end + 1 < n \
                    and texts[end + 1][:1].isupper():
                return True  # "Tharaka-Nithi", "Abra-Pacific"
        if start > 0:
            before = texts[start - 1]
            if (is_name_text(before) or before.isupper() and before.isalpha()) \
                    and before.lower() not in stop:
                return True
            if before in NAME_HYPHENS and not table.space[start - 1]:
                return True
            if self._after_name_particle(table, start):
                return True  # "San Pedro de Atacama", "University of Otago"
        return False

    def _after_name_particle(self, table: TokenTable, start: int) -> bool:
        """Whether the word at ``start`` follows a name and a lower-case particle inside
        names ("San Pedro de Atacama", "University of Otago", "Bank of Tanganyika"; not
        a sentence's first word, "Residents of Kildare", nor a German noun, "Gouverneur
        von Laikipia")."""
        texts = table.text
        if start < 2 or texts[start - 1] not in REGION_NAME_PARTICLES:
            return False
        head = texts[start - 2]
        if head in vocab.EN_ORG_HEADS:
            return True
        return is_name_text(head) and not table.sent_start[start - 2] \
            and (self.lang != "de" or head not in german_words())

    def _gazetteer_regions_inside_names(self, table: TokenTable,
                                        matches: list[tuple[str, int, int]]) -> set[str]:
        """The surfaces of the gazetteer regions among ``matches`` that the text writes
        at least once inside a longer name other than a region's ("Abra Group",
        "Oscar González Rocha"; not "Kirinyaga County", "West Kerry"): there the word is
        that name's everywhere ("Abra said", "Rocha said")."""
        texts, lexicon = table.text, self.lexicon
        n = len(texts)
        found: set[str] = set()
        for surface, start, end in matches:
            if surface in found:
                continue
            entry = lexicon.gazetteer_region(surface)
            if entry is None \
                    or not self._gazetteer_region_yields(table, start, end):
                continue
            if (start == 0 or texts[start - 1] in REGION_NAME_NEIGHBOURS
                    or not is_name_text(texts[start - 1])
                    and not (self._after_name_particle(table, start)
                             and texts[start - 2] not in REGION_NAME_NEIGHBOURS)) \
                    and (end >= n or texts[end] in REGION_NAME_NEIGHBOURS
                         or not is_name_text(texts[end])):
                continue  # "County Wicklow", "Kirinyaga County", "Provinz Batangas"
            found.add(surface)
        return found

    def _ends_longer_name(self, table: TokenTable, start: int) -> bool:
        """Whether a one-word region at ``start`` is part of a longer name: after an
        organisation's acronym ("CLIA Europe": its branch there) or inside a hyphenated
        name that goes on ("the India-Middle East-Europe Economic Corridor")."""
        texts, space = table.text, table.space
        if start < 2:
            return False
        before = texts[start - 1]
        if len(before) > 1 and before.isupper() and before.isalpha() and space[start - 1]:
            entry = self.lexicon.lookup(before)
            return not (entry is not None and entry.label == "Place") \
                and self.lexicon.country_for_adjective(before) is None
        end = start + 1
        return before in {"-", "‐"} and not space[start - 1] and not space[start - 2] \
            and end < len(texts) and is_name_text(texts[end]) \
            and texts[end].lower() not in self.words.stop_words

    @staticmethod
    def _names_org_after(texts: list[str], end: int) -> bool:
        """Up to three capitalised words from ``end`` that end in an organisation head."""
        for k in range(end, min(end + 3, len(texts))):
            if not is_name_text(texts[k]):
                return False
            if texts[k] in vocab.EN_ORG_HEADS:
                return True
        return False

    def _bare_treasury_spans(self, doc: Doc, taken: list[Span], blocked: set[int]) -> list[Span]:
        """"the Treasury pulls the plug": alone, "Treasury" is ambiguous (London,
        Washington, Canberra …); it is the treasury of the text's country when every
        known country and city the text names lies in that one country."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        n = len(texts)
        mentions = word_positions(doc, "ent-treasury", "Treasury".__eq__)
        positions = [k for k in mentions
                     if k > 0 and lowers[k - 1] in {"the", "a"} and k not in blocked
                     and not (k + 1 < n and is_name_text(texts[k + 1]))]
        if not positions:
            return []
        treasury = self._text_treasury(taken) or self._treasury_by_head(texts, mentions) \
            or self._treasury_by_majority(taken)
        if treasury is None:
            return []
        node_id = self._entry_node(doc, treasury, "Treasury").id
        spans = []
        for k in positions:
            span = Span(doc, k, k + 1, label=ORG)
            set_kg_id(span, node_id)
            spans.append(span)
        return spans

    def _text_treasury(self, taken: list[Span]) -> Entry | None:
        """The treasury "the Treasury" means in a text with the spans ``taken``: the
        one named in full there ("the Treasury Department … the Treasury"), else
        that of the one country all its known countries and cities lie in."""
        lookup, entries = self.lexicon.lookup, self.lexicon.entries
        treasuries = {entry.key: entry for entry in map(lookup, TREASURIES.values()) if entry}
        named = {_entity_id(span) for span in taken} & treasuries.keys()
        if named:
            return treasuries[named.pop()] if len(named) == 1 else None
        countries = {entry.country for span in taken if span.label in {GPE, LOC}
                     and (entry := entries.get(_entity_id(span))) is not None and entry.country}
        if len(countries) != 1:
            return None
        name = TREASURIES.get(countries.pop())
        return lookup(name) if name else None

    def _treasury_by_majority(self, taken: list[Span]) -> Entry | None:
        """The treasury of the country the text is mostly about: its places are named
        at least three times and twice as often as any other country's (a London story
        that mentions Washington once)."""
        entries = self.lexicon.entries
        counts = Counter(entry.country for span in taken if span.label in {GPE, LOC}
                         and (entry := entries.get(_entity_id(span))) is not None and entry.country)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        name = TREASURIES.get(ranked[0][0])
        return self.lexicon.lookup(name) if name else None

    def _treasury_by_head(self, texts: list[str], mentions: list[int]) -> Entry | None:
        """The treasury whose head's title the text writes: "Treasury Secretary" is
        the American one's, "Chancellor of the Exchequer" the British one's."""
        countries = {TREASURY_HEAD_WORDS.get(texts[k + 1]) for k in mentions if k + 1 < len(texts)}
        countries |= {"GB" for _ in _occurrences(texts, "Exchequer")}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = countries.pop()
        assert country is not None  # (discarded above)
        return self.lexicon.lookup(TREASURIES[country])

    def _countries_in_general(self, table: TokenTable, start: int, end: int) -> bool:
        """"einkommensschwacher Länder", "beider Länder": after a genitive plural
        adjective or determiner without an article, "Länder" are countries in
        general, not Germany's federal states ("der Länder", "Bund und Länder"); so are
        "Länder wie Malta" (at a sentence's start too) and the "Länder Westeuropas" of a
        region named in the genitive."""
        if self.lang != "de" or end - start != 1:
            return False
        texts, lowers = table.text, table.lower
        if texts[start] not in GENERIC_STATE_WORDS:
            return False
        if end < len(texts) and (lowers[end] in GENERAL_STATES_QUALIFIERS
                                 or self._genitive_region(texts[end])):
            return True  # "Länder ohne Außengrenze", "Länder wie Malta": which, not the Länder
        if start == 0:
            return False
        before = lowers[start - 1]
        if before in INDEFINITE_PLURAL_DETERMINERS:
            return True  # "Andere Länder schützen ihre Industrie"
        return texts[start - 1].islower() and before.endswith("er") and before != "der" \
            and before != "oder"

    def _genitive_region(self, word: str) -> bool:
        """"Westeuropas", "Afrikas", "Lateinamerikas": the genitive of a continent or
        world region the lexicon knows (no federal state: "Länder Bayerns" is no phrase)."""
        if len(word) < 4 or not word.endswith("s") or not word[:1].isupper():
            return False
        entry = self.lexicon.lookup(word[:-1])
        return entry is not None and entry.kind == "region" and entry.country is None

    def _party_adjective_spans(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """English party adjectives before a title ("Conservative leader", "Republican
        senator"): a mention of the party the lexicon knows by the plural
        ("Conservatives") or with "Party", written as the text writes it."""
        if self.lang == "de":
            return self._inflected_party_compounds(doc, blocked)
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        spans = []
        for k in word_positions(doc, "ent-party-adjective", self._is_party_adjective,
                                0, len(texts) - 1):
            if k in blocked or not self._is_title_word(texts[k + 1]):
                continue
            if texts[k + 1] in PORTFOLIO_TITLES and self.lexicon.lookup(texts[k]) is not None:
                continue  # "Labour Minister": a portfolio (see _lexicon_spans)
            entry = self.lexicon.lookup(texts[k] + "s") or self.lexicon.lookup(texts[k] + " Party")
            if entry is None:
                continue
            span = Span(doc, k, k + 1, label=ORG)
            set_kg_id(span, self._entry_node(doc, entry, texts[k]).id)
            spans.append(span)
        return spans

    def _inflected_party_compounds(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """"Linken-Fraktionschefin", "Linken-Politiker" (German): a party's name in its weak
        form ("Linke" → "Linken") before a hyphen and a title is that party, and so is
        it in the genitive after a title ("die Fraktionsvorsitzende der Linken"), though
        the bare word is ambiguous ("die Linken" are leftists, "der Linken" the party's
        or theirs)."""
        table = token_table(doc)
        texts = table.text
        spans = []
        for k in word_positions(doc, f"ent-inflected-party-{id(self.lexicon)}",
                                self._is_inflected_party,
                                0, len(texts) - 3):
            if k in blocked:
                continue
            # "die Fraktionsvorsitzende der Linken": a title's genitive names the party
            after_title = k >= 2 and table.lower[k - 1] == "der" \
                and self._is_title_word(texts[k - 2])
            if not after_title and (
                    texts[k + 1] not in {"-", "‐"} or table.space[k]
                    or table.space[k + 1] or not (self._is_title_word(texts[k + 2])
                                                  or table.lower[k + 2].startswith(
                                                      PARTY_MEMBER_WORDS_DE))):
                continue
            entry = self.lexicon.lookup(texts[k][:-1])
            if entry is not None:
                span = Span(doc, k, k + 1, label=ORG)
                set_kg_id(span, self._entry_node(doc, entry, texts[k]).id)
                spans.append(span)
        return spans

    def _is_inflected_party(self, word: str) -> bool:
        """A capitalised word in -en that is a party's name the lexicon knows without its
        "n" ("Linken" of "Linke") and no name the lexicon knows itself."""
        if not (word.endswith("en") and word[:1].isupper() and word.isalpha()) \
                or self.lexicon.lookup(word) is not None:
            return False
        entry = self.lexicon.lookup(word[:-1])
        return entry is not None and entry.kind == "party"

    def _is_party_adjective(self, word: str) -> bool:
        """"Conservative", "Republican": a capitalised word whose plural or whose
        name with "Party" is a party's name in the lexicon."""
        if not (word[:1].isupper() and word.isalpha()):
            return False
        entry = self.lexicon.lookup(word + "s") or self.lexicon.lookup(word + " Party")
        return entry is not None and entry.kind == "party"

    def _regional_adjective(self, word: str) -> bool:
        """Whether ``word`` is a people's or region's adjective that is no country's
        ("Scottish", "Cornish", "Bavarian", "Catalan"): before a known party it names
        the party's branch there, another body; a country's ("British Labour", "German
        Greens") names the known party."""
        low = word.lower()
        if word in REGIONAL_ADJECTIVES_EN:
            return True
        return word[:1].isupper() and word.isalpha() and word not in NATIONAL_ADJECTIVES_EN \
            and word.endswith(NATIONALITY_ENDINGS) \
            and low not in self.words.stop_words \
            and self.lexicon.country_for_adjective(word) is None

    def _longer_party_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Liberal Democratic Party", "New Democratic Party": capitalised words
        right before a known party's name make another party's name (English names
        a party by its full name; a match of its end names the wrong one)."""
        if self.lang != "en":
            return spans
        table = token_table(doc)
        texts = table.text
        result = []
        for span in spans:
            longer = self._party_of_name(doc, table, span) or self._party_word_in_body_name(
                doc, table, span)
            if longer is not None:
                result.append(longer)
                continue
            start = span.start
            # (the loop's own first test, before the lexicon is asked about the name)
            if span.label == ORG and start > 0 and not table.sent_start[start] \
                    and self._regional_adjective(texts[start - 1]):
                entry = self.lexicon.lookup(span_text(span))
                if entry is not None and entry.kind == "party":
                    start -= 1  # "Scottish Labour", "Cornish Greens": a region's branch
            elif span.label == ORG and start > 0 and not table.sent_start[start] \
                    and self._unknown_name(texts[start - 1]) \
                    and texts[start - 1] not in AMBIGUOUS_CHAMBERS:
                entry = self.lexicon.lookup(span_text(span))
                while entry is not None and entry.kind == "party" and start > span.start - 2 \
                        and start > 0 and not table.sent_start[start] \
                        and self._unknown_name(texts[start - 1]) \
                        and texts[start - 1] not in AMBIGUOUS_CHAMBERS \
                        and table.lower[start - 1] not in vocab.SENTENCE_ADVERBS:  # "House Republicans"
                    start -= 1
            if start == span.start:
                if span.label == ORG and start > 0 and texts[start - 1] in AMBIGUOUS_CHAMBERS \
                        and not table.sent_start[start]:
                    entry = self.lexicon.lookup(span_text(span))
                    if entry is not None and entry.kind == "party":
                        # "House Republicans": one mention of the party, its members there
                        chamber_and_party = Span(doc, start - 1, span.end, label=ORG)
                        set_kg_id(chamber_and_party, _entity_id(span))
                        span = chamber_and_party
                result.append(span)
                continue
            longer = Span(doc, start, span.end, label=ORG)
            name = span_text(longer)
            if self.lexicon.lookup(name) is not None:
                result.append(span)  # a known name itself ("Social Democratic Party")
                continue
            node = _organisation_node(doc, name, kind="party")
            set_kg_id(longer, node.id)
            result.append(longer)
        return result

    def _party_word_in_body_name(self, doc: Doc, table: TokenTable, span: Span) -> Span | None:
        """"Tunisian General Labour Union", "Kenya Green Alliance Council": a known party's
        one-word name before a body's head word is a word of that body's name, which
        runs from the capitalised words before it to the head; so is any known acronym
        before "Party" ("the ACT Party", not the Australian Capital Territory). None if
        no such name."""
        texts = table.text
        end = span.end
        if span.end - span.start != 1 or end >= len(texts) \
                or texts[end] not in BODY_HEADS_AFTER_PARTY_WORD:
            return None
        entry = self.lexicon.lookup(texts[span.start])
        if entry is None or (entry.kind != "party" or span.label != ORG) and not (
                texts[end] == "Party" and texts[span.start].isupper()):
            return None  # ("whose ACT Party": a known acronym before "Party" names the party)
        start = span.start
        while start > 0 and span.start - start < 3 and texts[start - 1][:1].isupper() \
                and texts[start - 1].isalpha() and table.lower[start - 1] not in self.words.stop_words:
            start -= 1  # "Tunisian General"
        longer = Span(doc, start, end + 1, label=ORG)
        name = span_text(longer)
        known = self.lexicon.lookup(name)
        node = self._entry_node(doc, known, name) if known is not None \
            else _organisation_node(doc, name, kind="union" if texts[end] == "Union" else None)
        set_kg_id(longer, node.id)
        return longer

    def _party_of_name(self, doc: Doc, table: TokenTable, span: Span) -> Span | None:
        """"Democratic Party of Struggle", "Labour Party of Malta": a known party's name,
        then "of" and capitalised words that name no place, is another party's name; a
        nationality adjective before it opens that name ("the Indonesian Democratic
        Party of Struggle"). None if the span goes on with no such "of"."""
        texts = table.text
        end = span.end
        if span.label != ORG or end + 1 >= len(texts) or texts[end] != "of" \
                or not is_name_text(texts[end + 1]):
            return None
        entry = self.lexicon.lookup(span_text(span))
        if entry is None or entry.kind != "party":
            return None
        stop = end + 1
        while stop < len(texts) and stop - end <= 3 and is_name_text(texts[stop]) \
                and texts[stop].lower() not in self.words.stop_words \
                and self.lexicon.lookup(texts[stop]) is None \
                and not self._is_title_word(texts[stop]) and not self._is_given_name(texts[stop]):
            stop += 1  # (not "the Social Democrats of Chancellor Olaf Scholz": a person's)
        if stop == end + 1 or stop < len(texts) and is_name_text(texts[stop]):
            return None  # "… Party of Canada": a state (_state_of_known_names), or a longer run
        start = span.start
        if start > 0 and self.lexicon.country_for_adjective(texts[start - 1]) is not None:
            start -= 1
        longer = Span(doc, start, stop, label=ORG)
        set_kg_id(longer, _organisation_node(doc, span_text(longer), kind="party").id)
        return longer

    def _state_of_known_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Supreme Court of India": a known name ending in an organisation head, then
        "of" and another state, names that state's body, not the known one (the
        US Supreme Court); the lexicon's own state ("… of the United States")
        keeps the known one."""
        if self.lang != "en":
            return spans
        texts = token_table(doc).text
        states = {span.start: span for span in spans if span.label == GPE}
        if not states:
            return spans
        result = []
        for span in spans:
            end = span.end
            state = None
            if end < len(texts) and texts[end] == "of" and texts[end - 1] in vocab.EN_ORG_HEADS \
                    and span.label == ORG and len(span) >= 2:
                state_start = end + 2 if end + 2 < len(texts) and texts[end + 1] == "the" \
                    else end + 1
                state = states.get(state_start)
            if state is None or self._names_own_state(span, state):
                result.append(span)
                continue
            longer = Span(doc, span.start, state.end, label=ORG)
            name = span_text(longer)
            node = _organisation_node(doc, name)
            set_kg_id(longer, node.id)
            result.append(longer)
        return result

    def _longer_chamber_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Nigeria Labour Congress", "the Brazilian Congress": capitalised words right
        before a bare "Congress" or "Senate" (the US ones in the lexicon) name
        another body, unless they are American ("U.S. Senate", "Republican Senate")."""
        if self.lang != "en":
            return spans
        table = token_table(doc)
        texts = table.text
        result = []
        for span in spans:
            start = span.start
            if texts[start] in US_CHAMBERS and span.end - start == 1 and span.label == ORG:
                while start > 0 and span.start - start < 3 and not table.sent_start[start] \
                        and texts[start - 1].isalpha() and texts[start - 1][:1].isupper() \
                        and table.lower[start - 1] not in self.words.stop_words \
                        and texts[start - 1] not in US_CUES and texts[start - 1] not in US_PARTY_WORDS:
                    start -= 1
            elif texts[start] in BARE_KNOWN_HEADS and span.end - start == 1 and start > 0 \
                    and not table.sent_start[start] and texts[start - 1].isalpha() \
                    and texts[start - 1][:1].isupper() \
                    and table.lower[start - 1] not in self.words.stop_words \
                    and self.lexicon.country_for_adjective(texts[start - 1]) is None:
                start -= 1  # "the State Chancellery" (Latvia's), not the German Chancellery
            end = span.end
            if start == span.start and texts[start] in US_CHAMBERS and end - start == 1 \
                    and span.label == ORG:
                end = self._chamber_of_name_end(table, end)
            if start == span.start and end == span.end:
                result.append(span)
                continue
            longer = Span(doc, start, end, label=ORG)
            name = span_text(longer)
            known = self.lexicon.lookup(name)
            node = self._entry_node(doc, known, name) if known is not None else \
                _organisation_node(doc, name)
            set_kg_id(longer, node.id)
            result.append(longer)
        return result

    def _company_unit_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"KNDS Deutschland", "Airbus Defence and Space", "Siemens Energy": a known
        company's name followed by a country's name (in German, after an article or
        preposition: "weil Siemens Deutschland verlässt" names the country) or by
        business words names a unit of it, another organisation."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        n = len(texts)
        states = {span.start: span.end for span in spans if span.label == GPE}
        result = []
        regional: dict[str, Node] = {}  # the regional units by their company's node id
        for span in spans:
            end = span.end
            if span.label != ORG or end >= n or not table.space[end - 1] \
                    or not (texts[end] in COMPANY_UNIT_WORDS or end in states
                            or self.lang == "en" and is_name_text(texts[end])):
                result.append(span)
                continue
            entry = self.lexicon.lookup(span_text(span))
            if entry is not None and entry.kind == "ngo" and self.lang == "en":
                branch = self._ngo_branch(doc, span, spans)
                result.append(branch or span)
                continue
            if entry is None or entry.kind != "company" or end not in states \
                    and texts[end] not in COMPANY_UNIT_WORDS:
                result.append(span)
                continue
            unit_end = self._company_unit_end(texts, end)
            if unit_end == end and end in states and self.lang == "de" and span.start > 0 \
                    and lowers[span.start - 1] in UNIT_OPENERS_DE \
                    and not (states[end] < n and is_name_text(texts[states[end]])):
                unit_end = states[end]
            if unit_end == end:
                result.append(span)
                continue
            longer = Span(doc, span.start, unit_end, label=ORG)
            written = span_text(longer)
            name = written if texts[unit_end - 1] not in vocab.COMPANY_SUFFIXES else \
                span_text(Span(doc, span.start, unit_end - 1))  # "Siemens Energy" of "… AG"
            known = self.lexicon.lookup(name)
            node = self._entry_node(doc, known, written) if known is not None else \
                _organisation_node(doc, name, [written], kind="company")
            set_kg_id(longer, node.id)
            result.append(longer)
            if texts[end] in REGIONAL_UNIT_WORDS:
                regional[_entity_id(span)] = node
        if regional:
            self._bare_names_of_regional_units(doc, result, regional)
        return result

    def _ngo_branch(self, doc: Doc, span: Span, spans: list[Span]) -> Span | None:
        """"Friends of the Earth Cymru", "WWF Norway": a known campaign group's name
        right before a one-word country or region (no preposition between) names its
        national branch, which news treat as the group itself: one span over both, the
        group's node with the branch's name as an alias (the place is not mentioned on
        its own); None if no place follows."""
        place = next((other for other in spans if other.start == span.end
                      and other.end - other.start == 1 and other.label in (GPE, LOC)), None)
        if place is None or not self._is_city_span(doc, place, "region") \
                and place.label != GPE:
            return None
        branch = Span(doc, span.start, place.end, label=ORG)
        name = span_text(branch)
        node = doc.user_data["kg_nodes"][kg_id(span)]
        if name not in node.properties["aliases"]:
            node.properties["aliases"].append(name)
        set_kg_id(branch, node.id)
        return branch

    @staticmethod
    def _bare_names_of_regional_units(doc: Doc, spans: list[Span],
                                      regional: dict[str, Node]) -> None:
        """"AOK-Chef Ackermann" after "der AOK Nordwest": a text that names a company's
        regional unit means that unit by the company's bare name too (``regional``: the
        unit's node by the company's node id)."""
        for span in spans:
            unit = regional.get(_entity_id(span))
            if unit is not None:
                written = span_text(span)
                if written not in unit.properties["aliases"]:
                    unit.properties["aliases"].append(written)
                set_kg_id(span, unit.id)

    def _national_branch_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """English "NFU Scotland", "Amnesty International UK", "BBC Cymru": a known
        body's name right before a country's or a region's name is the body's branch
        there, an organisation of its own (one span, its own node), not the body and a
        place. Not in German, where the verb comes second and puts a subject and an
        object side by side ("Damit warf Amnesty Ungarn Versagen vor")."""
        if self.lang != "en":
            return spans
        places = {span.start: span.end for span in spans
                  if span.label in (GPE, LOC) and (span.label == GPE or self._is_region_span(doc, span))}
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        merged: set[int] = set()  # the starts of the places that became part of a branch
        result = []
        for span in spans:
            end = span.end
            if span.label != ORG or end >= n or not table.space[end - 1] or \
                    not texts[end][:1].isupper():
                result.append(span)
                continue
            place_end = places.get(end) or self._bare_state_or_region_end(texts, end)
            entry = self.lexicon.lookup(span_text(span)) if place_end else None
            if entry is None or entry.kind not in BRANCH_KINDS or entry.key in STATE_UNIONS:
                result.append(span)
                continue
            result.append(self._organisation_span(doc, span.start, place_end, entry.kind))
            merged.add(end)
        if not merged:
            return spans
        return [span for span in result if not (span.label != ORG and span.start in merged)]

    def _state_chamber_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """English "the Ohio Senate", "the Queensland Parliament", "the Michigan
        Legislature": a state's or province's name right before a chamber word names that
        state's chamber, an organisation of its own (the region is still mentioned); the
        bare chamber word there is no national one."""
        if self.lang != "en":
            return spans
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        regions = [span for span in spans if span.label == LOC and span.end < n
                   and texts[span.end] in STATE_CHAMBER_HEADS and table.space[span.end - 1]
                   and self._is_region_span(doc, span)]
        if not regions:
            return spans
        taken = {span.start for span in spans}
        result = [span for span in spans if span not in regions]
        for region in regions:
            end = region.end + 1
            if region.end in taken or end < n and is_name_text(texts[end]):
                result.append(region)  # "Ohio Senate Finance Committee": a longer name
                continue
            region_id = kg_id(region)
            if region_id is not None:  # (an entity always has its node's id)
                add_mention(doc, region_id, region.start_char, region.end_char)
            result.append(self._organisation_span(doc, region.start, end, "council"))
        result.sort(key=lambda span: span.start)
        return result

    def _bare_state_or_region_end(self, texts: list[str], k: int) -> int:
        """``k + 1`` when the word at ``k`` is a country's or a region's name that the
        lexicon left unmarked after a name ("of NFU Scotland"), else 0."""
        entry = self.lexicon.lookup(texts[k]) if texts[k].isalpha() else None
        return k + 1 if entry is not None and entry.label == "Place" and \
            entry.kind in ("country", "region") else 0

    @staticmethod
    def _is_region_span(doc: Doc, span: Span) -> bool:
        """Whether ``span`` names a region ("Scotland", "Bavaria"), not a city."""
        node = doc.user_data["kg_nodes"].get(kg_id(span))
        return node is not None and node.properties.get("kind") == "region"

    def _chamber_branch_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"die Arbeiterkammer Wien", "der Ärztekammer Salzburg": a known German chamber
        right before a city is that city's chamber, another body (the city still
        named); so is a known national body's short name right before a state's
        ("der Landkreistag Sachsen-Anhalt", "der Städtetag Nordrhein-Westfalen": the
        state's association, not the Deutscher Landkreistag)."""
        if self.lang != "de":
            return spans
        texts = token_table(doc).text
        chambers = [span for span in spans if span.label == ORG and span.end - span.start == 1
                    and texts[span.start].endswith(REGIONAL_BRANCH_HEADS_DE)
                    and texts[span.start].lower() not in REGIONAL_BRANCH_HEADS_DE
                    and not texts[span.start].startswith("Bundes")]  # ("der Bund Bayern
        # geholfen hat", "im Bundestag Bayern kritisiert": no branch)
        if not chambers:
            return spans
        places = {span.start: span for span in spans if span.label == LOC}
        result = []
        for span in spans:
            city = places.get(span.end) if span in chambers else None
            if city is None or not (
                    texts[span.start].endswith("kammer") and city.end - city.start == 1
                    and self._is_city_span(doc, city) or self._is_region_span(doc, city)):
                result.append(span)
                continue
            longer = Span(doc, span.start, city.end, label=ORG)
            name = span_text(longer)
            known = self.lexicon.lookup(name)
            node = self._entry_node(doc, known, name) if known is not None else \
                _organisation_node(doc, name, [name])
            set_kg_id(longer, node.id)
            city_id = kg_id(city)
            if city_id is not None:  # (an entity always has its node's id)
                add_mention(doc, city_id, city.start_char, city.end_char)
            result.append(longer)
        return result

    @staticmethod
    def _company_unit_end(texts: list[str], end: int) -> int:
        """The end of the business words from ``end`` ("Defence and Space"), with a legal
        form after them ("Hyundai Motor Co."), else ``end``."""
        k = end
        last = end
        while k < len(texts):
            if texts[k] in COMPANY_UNIT_WORDS:
                last = k + 1
            elif not (texts[k] in {"and", "&"} and last == k):
                break
            k += 1
        if last > end and last < len(texts) and texts[last] in vocab.COMPANY_SUFFIXES:
            last += 1
        return last

    def _chamber_of_name_end(self, table: TokenTable, end: int) -> int:
        """The end of "Congress of South African Trade Unions", "Senate of Canada"
        after a bare "Congress" or "Senate" at ``end - 1``: capitalised words after
        "of" (with "and", "the", "for" between them) name another body, not the US
        chamber; ``end`` when no such name follows or it is the US's own."""
        texts = table.text
        n = len(texts)
        if end + 1 >= n or texts[end] != "of":
            return end
        k = end + 1
        last = end
        while k < n and not table.sent_start[k]:
            text = texts[k]
            if text[:1].isupper() and (text.isalpha() or "-" in text) \
                    and not self._is_title_word(text):
                if text in US_CUES or text == "United" and k + 1 < n and texts[k + 1] == "States":
                    return end
                last = k
            elif text == "the" and texts[k - 1] not in {"of", "for"} or \
                    text == "and" and (k + 1 >= n or texts[k + 1] in vocab.EN_ORG_HEADS) or \
                    text not in {"and", "the", "for", "of"}:
                break  # "… and the Assembly of First Nations": another body's name
            k += 1
        return last + 1 if last > end else end

    def _names_own_state(self, span: Span, state: Span) -> bool:
        """Whether the known organisation of ``span`` names ``state`` in one of its
        names ("Oberster Gerichtshof der USA" for "Supreme Court of the United States")."""
        organisation = self.lexicon.lookup(span_text(span))
        country = self.lexicon.lookup(span_text(state))
        if organisation is None or country is None:
            return True
        names = " ".join(organisation.surfaces())
        return any(surface in names for surface in country.surfaces())

    @staticmethod
    def _surnames_after_given(table: TokenTable, given: set[int]) -> set[str]:
        """The capitalised words right after a given name in the text ("Rubio" of
        "Marco Rubio"): a small gazetteer town of that name is there the person. (The
        doc's ``is_name_text`` flags, which the person rules read anyway: a list item per
        given name, not a call.)"""
        texts = table.text
        name_like = table.flags("name", is_name_text)
        return {texts[k + 1] for k in given if k + 1 < len(texts) and name_like[k + 1]}

    def _plausible_city(self, table: TokenTable, given: set[int], start: int, end: int) -> bool:
        """A city name that is also a common word needs a preposition before it
        (``given``: the positions of given names)."""
        texts = table.text
        text = texts[start]
        if start - 1 in given:
            return False  # "Marco Rubio": a surname that is also a city
        if end - start == 1 and self._surname_after_title_and_name(texts, start):
            return False  # "union president Cresta Richardson": a surname named like a city
        if start > 0 and texts[start - 1] in SITE_FIRSTS:
            return False  # "Schloss Bellevue", "Hotel Adlon": a building named like a city
        if end < len(texts) and texts[end] in SITE_LASTS \
                and not (texts[end] == "Hall" and texts[end - 1] == "City"):
            return False  # "Hyderabad House", "Lancaster House": a building named after it
            # ("Quezon City Hall" is Quezon City's hall: the city is named)
        if end - start == 1 and self._ends_hyphenated_name(table, start):
            return False  # "Annette Lehnigk-Emden": the second part of a double surname
        if end < len(texts) and texts[end] in {"-", "‐"} and self._before_based(table, end):
            return True  # "Houston-based Axiom Space": where a company is, a city
        if end - start == 1 and self._german_word_opening_compound(table, start):
            return False  # "der Delta-Rhein-Korridor": the noun Delta, no town of that name
        after_preposition = start > 0 and table.lower[start - 1] in self.words.place_prepositions
        if end - start == 1 and text in self.lexicon.given_names:
            entry = self.lexicon.lookup(text)
            if entry is not None and entry.wikidata is None:  # a major city: "in Kiel"
                return (start > 0 and table.lower[start - 1] in MAJOR_CITY_PREPOSITIONS[self.lang]
                        or self._after_listed_city(texts, start)) \
                    and not (end < len(texts) and (is_name_text(texts[end])
                                                   or texts[end] in POSSESSIVE_MARKS))
        if end - start > 1 or text in self.lexicon.given_names:
            # "Milton Keynes": a longer name starting with a given name is a city after "in";
            # so is one word ("in Asunción geplant") unless a name follows ("in Florence Smith").
            return text not in self.lexicon.given_names or after_preposition and (
                end - start > 1 or not (end < len(texts) and is_name_text(texts[end])))
        if table.sent_start[start]:
            entry = self.lexicon.lookup(text)
            return bool(entry and entry.wikidata)  # curated cities: "Moscow rejected …"
        if start and table.lower[start - 1] in self.words.place_prepositions:
            return True
        return not (end < len(texts) and is_name_text(texts[end]) and self.lang == "en")

    def _surname_after_title_and_name(self, texts: list[str], start: int) -> bool:
        """Whether the one-word town at ``start`` ends a person's name after a title:
        a title or honorific, then a capitalised word no list knows (no common word, no
        place, no title), then the town's word ("union president Cresta Richardson",
        "Bürgermeisterin Ilka Sulingen"): a given name the lists lack and a surname."""
        if start < 2 or start + 1 < len(texts) and is_name_text(texts[start + 1]):
            return False
        name = texts[start - 1]
        return is_name_text(name) and self._title_or_honorific(texts[start - 2]) \
            and not self._title_or_honorific(name) and not self._dictionary_word(name) \
            and self.lexicon.lookup(name) is None

    def _german_word_opening_compound(self, table: TokenTable, start: int) -> bool:
        """Whether the one word at ``start``, a town of the generated gazetteer only (no
        curated city), is a German dictionary word opening a hyphenated compound in a
        German text ("Delta-Rhein-Korridor", "Hof-Verkauf"): there it is the noun. A
        curated city stays one ("Essen-Besuch" is named by its Wikidata id)."""
        texts = table.text
        end = start + 1
        if self.lang != "de" or end + 1 >= len(texts) or texts[end] not in {"-", "‐"} \
                or table.space[start] or table.space[end]:
            return False
        entry = self.lexicon.lookup(texts[start])
        return entry is not None and entry.wikidata is None and german_word(texts[start]) \
            and not self._district_after_hyphen(table, end)

    def _district_after_hyphen(self, table: TokenTable, hyphen: int) -> bool:
        """Whether the hyphen at ``hyphen`` joins a town to the name of its part, which
        ends the compound ("Lübeck-Blankensee", "Berlin-Spandau"): a name of no German
        word, or one shaped like a town's; not "Delta-Rhein-Korridor", "Hof-Verkauf"."""
        texts = table.text
        part = hyphen + 1
        if self.lang != "de" or part >= len(texts) or table.space[hyphen] \
                or table.space[hyphen - 1] or not is_name_text(texts[part]) \
                or not texts[part].isalpha() \
                or part + 1 < len(texts) and texts[part + 1] in {"-", "‐"}:
            return False
        return self._german_town_shaped(texts[part]) or not german_word(texts[part]) \
            and texts[part].lower() not in english_words() and self.lexicon.lookup(texts[part]) is None

    def _city_district_spans(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"des Flughafens Lübeck-Blankensee", "in Berlin-Spandau": a known town, a hyphen
        and the name of its part (see ``_district_after_hyphen``) name that part, a place
        of its own (German)."""
        if self.lang != "de":
            return spans
        table = token_table(doc)
        texts = table.text
        result = []
        for span in spans:
            if span.label == LOC and span.end - span.start == 1 and span.end < len(texts) \
                    and texts[span.end] in {"-", "‐"} and self._district_after_hyphen(table, span.end) \
                    and self._is_city_span(doc, span):  # ("Tirol-Südtirol-Trentino": regions)
                district = Span(doc, span.start, span.end + 2, label=LOC)
                name = span_text(district)
                node = add_node(doc, Node(f"place:{slug(name)}", ["Place"],
                                          {"name": name, "aliases": [], "kind": "city"}))
                set_kg_id(district, node.id)
                span = district
            result.append(span)
        return result

    def _after_listed_city(self, texts: list[str], start: int) -> bool:
        """"in Melbourne and Sydney", "nach Hamburg oder Florenz": a city that is also a
        given name is a city after a conjunction that follows another known city."""
        if start < 2 or texts[start - 1] not in LIST_CONJUNCTIONS:
            return False
        entry = self.lexicon.lookup(texts[start - 2])
        return entry is not None and entry.kind == "city"

    @staticmethod
    def _before_based(table: TokenTable, end: int) -> bool:
        """Whether "-based" follows the name ending at ``end`` ("Houston-based",
        "London-based"): only a place is the base of a company or a person."""
        texts = table.text
        return end + 1 < len(texts) and texts[end] in {"-", "‐"} and texts[end + 1] == "based" \
            and not table.space[end - 1] and not table.space[end]

    def _ends_hyphenated_name(self, table: TokenTable, start: int) -> bool:
        """Whether the word at ``start`` ends a hyphenated name with a first part that
        names no place ("Lehnigk-Emden"): a route between cities ("Hamburg-Berlin")
        or a part of a city ("Ost-Berlin") keeps its city."""
        if start < 2 or table.text[start - 1] not in {"-", "‐"} or table.space[start - 2] \
                or table.space[start - 1]:
            return False
        first = table.text[start - 2]
        if not (first[:1].isupper() and first.isalpha()) or first.startswith(COMPASS_PREFIXES):
            return False
        entry = self.lexicon.lookup(first)
        return entry is None or entry.label != "Place"

    def _organisation_span(self, doc: Doc, start: int, end: int, kind: str) -> Span:
        """The span of an organisation a pattern rule found at ``start``–``end``, linked to
        its node: the lexicon's entry when its text is a known organisation's name (so it
        keeps its id and aliases), else a new node of ``kind``."""
        span = Span(doc, start, end, label=ORG)
        written = span_text(span)
        known = self.lexicon.lookup(written)
        if known is not None and known.label == "Organisation":
            node = self._entry_node(doc, known, written)
        else:
            node = _organisation_node(doc, written, kind=kind)
        set_kg_id(span, node.id)
        return span

    def _entry_node(self, doc: Doc, entry: Entry, surface: str) -> Node:
        """The node of a known entry, named ``surface`` here."""
        template = self._entry_templates.get(entry.key)
        if template is None:
            template = self._entry_templates[entry.key] = self._entry_template(entry)
        labels, props, german_only = template
        props = dict(props)  # a node's own copy (merging changes it)
        props["aliases"] = [surface]
        if self.lang == "de" and surface.endswith("en"):
            nominative = _listed_nominative(entry, surface)
            if nominative is not None:
                props["aliases"] = [surface, nominative]
        if german_only and self._english_surface(surface):
            props["name"] = surface  # "Bundesamt für X" as the English text names it
        return add_node(doc, Node(entry.key, list(labels), props))

    @staticmethod
    def _english_surface(surface: str) -> bool:
        """Whether an English text's name of a known body could be its English name
        (two words or more, no German head, letter or link word), to show instead of a
        German name the lexicon gives no English form of."""
        return " " in surface and GERMAN_NAME_LINKS.isdisjoint(surface.split()) \
            and not german_headed(surface)  # (umlauts too): not "Deutschen Bundestag"

    def _entry_template(self, entry: Entry) -> tuple[tuple[str, ...], dict[str, object], bool]:
        """The labels and properties of an entry's node, ``aliases`` left to fill in
        (built once per entry: the lexicon's entries are named in every article), and
        whether an English text's name of it may replace its German name (see
        ``_entry_node``; a flag apart from the properties: no key to pop per node)."""
        labels = ["Organisation"] if entry.label == "Organisation" else ["Place"]
        if entry.kind == "country":
            labels.append("Country")
        props: dict[str, object] = {"name": entry.name(self.lang), "aliases": None}
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
        german_only = self.lang == "en" and entry.label == "Organisation" \
            and entry.names.get("en") == entry.names.get("de") \
            and german_headed(str(entry.names.get("de")))
        return tuple(labels), props, german_only

    # -- places the gazetteer lacks -------------------------------------------
    def _context_place_spans(self, doc: Doc, taken: list[Span],
                             blocked: set[int]) -> list[Span]:
        """Places named by their context, not by the gazetteer: a dateline
        ("STRESA, Italy (Reuters) -"), a kind noun ("the region of Tigray", "die
        Provinz Idlib"), a city apposition ("Mekelle, the Tigrayan capital") or a
        geographic feature word ("Second Thomas Shoal", "Lake Maggiore"). Later
        mentions of the same name are the same place."""
        table = token_table(doc)
        cues = self._place_cues(doc)
        found: dict[tuple[int, int], str] = {}  # (start, end) -> kind
        self._dateline_places(table, blocked, found)
        self._kind_noun_places(cues, table, blocked, found)
        self._compound_region_places(cues, table, blocked, found)
        self._apposition_places(cues, table, blocked, found)
        self._feature_places(cues, table, blocked, found)
        self._settlement_places(cues, table, blocked, found)
        self._adjective_town_places(cues, table, blocked, found)
        self._meeting_places(cues, table, blocked, found)
        self._places_before_country(cues, table, blocked, found)
        self._bare_name_places(cues, table, blocked, found)
        self._mayor_places(cues, table, blocked, found)
        self._places_before_districts(cues, table, blocked, found)
        self._example_places(cues, table, blocked, found)
        self._site_places(cues, table, blocked, found)
        self._relative_location_places(cues, table, blocked, found)
        self._landscape_places(cues, table, blocked, found)
        self._towns_naming_bodies(cues, table, blocked, found)
        self._linked_town_places(cues, table, blocked, found)
        self._listed_places(table, taken, found)
        if found:
            self._later_place_mentions(table, blocked, found)
        # After the later mentions: "from Santorini and Mykonos" after "the mayor of Santorini".
        before = len(found)
        self._coordinated_places(cues, table, taken, blocked, found)
        if not found:
            return []
        if len(found) > before:
            self._later_place_mentions(table, blocked, found)
        spans = []
        for (start, end), kind in sorted(found.items()):
            span = Span(doc, start, end, label=LOC)
            name = span_text(span) if "-" in table.text[start:end] else \
                " ".join(word.title() if word.isupper() else word for word in table.text[start:end])
            if NAME_SUFFIX_MARK in kind:  # "Eastern" of "Northern and Eastern provinces"
                kind, suffix = kind.split(NAME_SUFFIX_MARK)
                name = f"{name} {suffix}"
            if kind.endswith(GENITIVE_KIND_MARK):  # "Boitzenburgs" names Boitzenburg
                kind, name = kind[:-len(GENITIVE_KIND_MARK)], name[:-1]
            elif end - start == 1 and self.lang == "de" and name.endswith("s"):
                name = self._compound_region_name(name) or _landscape_nominative(name) \
                    or name  # "Mittelhessens", "Zufrittsees"
            entry = self.lexicon.lookup(name) or self._island_region(table.text[start:end])
            if entry is not None and entry.label == "Place":
                node = self._entry_node(doc, entry, name)
            elif entry is not None:
                continue  # an organisation's name
            else:
                node = add_node(doc, Node(f"place:{slug(name)}", ["Place"],
                                          {"name": name, "aliases": [], "kind": kind}))
            set_kg_id(span, node.id)
            spans.append(span)
        if self.lang == "de":
            self._district_parts_alone(table, spans)
        return spans

    @staticmethod
    def _district_parts_alone(table: TokenTable, spans: list[Span]) -> None:
        """"in Bremen-Vegesack … arbeiten in Vegesack": a town's part named with its
        town and a hyphen and later alone is one place; the bare mentions take the
        hyphenated name's node (one node, whose aliases the mentions give)."""
        texts = table.text
        parts = {texts[span.end - 1]: _entity_id(span) for span in spans
                 if span.end - span.start == 3 and texts[span.start + 1] in NAME_HYPHENS}
        if not parts:
            return
        for span in spans:
            if span.end - span.start == 1 and texts[span.start] in parts:
                set_kg_id(span, parts[texts[span.start]])

    def _island_region(self, words: list[str]) -> Entry | None:
        """"Jeju Island", "Hainan Island": an island named after a region the lexicon knows
        is that region (its province), not a second place; an island named after a city
        ("Vancouver Island") is not the city."""
        if len(words) < 2 or words[-1] not in ISLAND_WORDS:
            return None
        entry = self.lexicon.lookup(" ".join(words[:-1]))
        return entry if entry is not None and entry.label == "Place" \
            and entry.kind == "region" else None

    def _place_cue_tests_for_lang(self) -> dict[str, Callable[[str], bool]]:
        """The context place rules of this language by name, each with the test
        of the words it starts from ("region", "Shoal", "in" …)."""
        lang = self.lang
        tests: dict[str, Callable[[str], bool]] = {
            "kind-noun": PLACE_KIND_NOUNS.get(lang, {}).__contains__,
            "kind-after": PLACE_KIND_AFTER.get(lang, {}).__contains__,
            "kind-after-capitalised": PLACE_KIND_AFTER_CAPITALISED.get(lang, {}).__contains__,
            "city-apposition": self._is_city_noun,
            "locative": TOWN_STATE_PREPOSITIONS.get(lang, set()).__contains__,
            "meeting-noun": self._is_meeting_noun,
            "settlement-last": SETTLEMENT_LASTS.__contains__,
            "settlement-first": SETTLEMENT_FIRSTS_BY_LANG.get(lang, SETTLEMENT_FIRSTS).__contains__,
            "bare-locative": self._is_bare_place_preposition,
            "mayor": MAYOR_NOUNS.get(lang, {}).__contains__,
            "example-places": self._is_example_place_noun,
            "relative-location": self._is_relative_location_word,
            "town-link": TOWN_NAME_LINKS.get(lang, frozenset()).__contains__,
        }
        if lang == "de":
            tests["adjective-town"] = self._is_town_adjective
            tests["compound-region"] = self._is_compound_region
            tests["region-head"] = REGION_COMPOUND_HEADS.__contains__
            tests["landscape"] = LANDSCAPE_NOUNS_DE.__contains__
            tests["district-after"] = DISTRICT_OPENERS_DE.__contains__
            tests["landscape-compound"] = _is_landscape_compound
            tests["place-named-body"] = _is_place_named_body_head
            tests["region-article"] = REGION_ARTICLES_DE.__contains__
        if lang == "en":
            tests["feature-last"] = FEATURE_LASTS.__contains__
            tests["feature-first"] = FEATURE_FIRSTS.__contains__
            tests["feature-of"] = FEATURE_OF.__contains__
            tests["site-last"] = OPEN_SITE_LASTS.__contains__
        return tests

    def _landscape_places(self, cues: dict[str, list[int]], table: TokenTable,
                          blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """Regions no gazetteer lists (German): a valley's, lake's or district's one-word
        name ("am Zufrittsee", "aus dem Vinschgau"; see ``_is_landscape_compound``), and
        an unknown name after "im"/"ins" ("im Montafon", "ins Engadin"), which a town
        never takes: a valley, range or region. Not "im Bundestag", "im Lockdown"
        (words), nor "im Moser-Bericht" (a hyphen or a name after it)."""
        if self.lang != "de":
            return
        texts = table.text
        n = len(texts)
        for k in cues["landscape-compound"]:
            if k not in blocked and not self._is_given_name(texts[k]) \
                    and self.lexicon.lookup(texts[k]) is None:
                found[k, k + 1] = "region"
        for k in between(cues["region-article"], 0, n - 1):
            name = k + 1
            if name in blocked or (name, name + 1) in found or not texts[name].isalpha() \
                    or texts[name].isupper() or not self._unknown_name(texts[name]) \
                    or name + 1 < n and (is_name_text(texts[name + 1])
                                         or texts[name + 1] in {"-", "‐"}):
                continue
            if self._town_evidence(texts[name]) == UNKNOWN_NAME \
                    and not _english_compound(texts[name].lower()) \
                    and not _short_headed_german_compound(texts[name]):
                found[name, name + 1] = "region"

    def _linked_town_places(self, cues: dict[str, list[int]], table: TokenTable,
                            blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """"Weil am Rhein", "Neustadt an der Weinstraße", "Barrow upon Soar": a small town
        of the gazetteer whose name links two names by "am", "an der", "im", "upon" …
        is read wherever the text writes it whole (its words alone are common words or
        other places' names: "weil", "Rhein")."""
        texts = table.text
        n = len(texts)
        towns = town_names()
        for k in between(cues["town-link"], 1, n - 1):
            start = k - 1
            if start in blocked or not texts[start][:1].isupper() or not texts[start].isalpha():
                continue
            for end in (k + 2, k + 3):
                if end <= n and texts[end - 1][:1].isupper() \
                        and " ".join(texts[start:end]) in towns:
                    found[start, end] = "city"
                    break

    def _towns_naming_bodies(self, cues: dict[str, list[int]], table: TokenTable,
                             blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """"die Staatsanwaltschaft Feldkirch", "das Amtsgericht Tiergarten" (German): a
        small town of the gazetteer after the head of a body named by its town is that
        town, a place of its own, as a city the gazetteer has is ("Amtsgericht Gießen")."""
        if self.lang != "de":
            return
        texts = table.text
        for k in between(cues["place-named-body"], 0, len(texts) - 1):
            name = k + 1
            if name not in blocked and texts[name].isalpha() and not texts[name].isupper() \
                    and self._unknown_name(texts[name]) \
                    and self._town_evidence(texts[name]) == KNOWN_TOWN \
                    and not (name + 1 < len(texts) and is_name_text(texts[name + 1])):
                found[name, name + 1] = "city"

    def _is_relative_location_word(self, word: str) -> bool:
        """"nördlich", "unweit", "north" (``RELATIVE_LOCATION_WORDS``), also capitalised as
        they open a sentence ("Westlich von Zwettl …")."""
        words = RELATIVE_LOCATION_WORDS.get(self.lang, frozenset())
        return word in words or word[:1].isupper() and word.lower() in words

    def _cue_rules(self, word: str) -> tuple[str, ...]:
        """The context place rules that start from ``word`` (remembered per word)."""
        rules = self._rules_by_cue.get(word)
        if rules is None:
            if len(self._rules_by_cue) > 100_000:
                self._rules_by_cue.clear()  # bounded memory over a long corpus
            rules = self._rules_by_cue[word] = tuple(
                rule for rule, test in self._place_cue_tests.items() if test(word))
        return rules

    def _is_place_cue(self, word: str) -> bool:
        return bool(self._cue_rules(word))

    def _place_cues(self, doc: Doc) -> dict[str, list[int]]:
        """Where each context place rule may start (sorted positions by rule): one
        lookup of all the rules' cue words, not one per rule."""
        table = token_table(doc)
        cues: dict[str, list[int]] = {rule: [] for rule in self._place_cue_tests}
        # By distinct cue word, not by position: "in" alone stands dozens of times.
        where = table.word_index
        filled: set[str] = set()
        for word in table.passing(f"ent-place-cue-{self.lang}-{id(self.lexicon)}",
                                  self._is_place_cue):
            positions = where[word]
            for rule in self._cue_rules(word):
                cues[rule] += positions
                filled.add(rule)
        for rule in filled:
            cues[rule].sort()
        return cues

    def _unknown_name(self, text: str) -> bool:
        """A capitalised word that may be a place's name: no function word, title,
        month or acronym (remembered per word: the place rules ask about the words
        after every cue)."""
        try:
            return self._unknown_names[text]
        except KeyError:
            if len(self._unknown_names) > 100_000:
                self._unknown_names.clear()  # bounded memory over a long corpus
            answer = self._unknown_names[text] = self._may_name_place(text)
            return answer

    def _may_name_place(self, text: str) -> bool:
        """``_unknown_name``, computed."""
        return is_name_text(text) and text.lower() not in self.words.stop_words \
            and not self._is_title_word(text) and text not in self._calendar_words \
            and text not in vocab.EN_ORG_HEADS and text.lower() not in self.lexicon.adjectives \
            and not (self.lang == "en" and text.endswith(NATIONALITY_ENDINGS)
                     and text.lower() not in english_words())  # ("Clean", "Ocean": words)

    def _name_words_end(self, table: TokenTable, start: int, blocked: set[int],
                        most: int) -> int:
        """End of up to ``most`` unknown capitalised words from ``start``."""
        texts = table.text
        end = start
        while end < len(texts) and end - start < most and end not in blocked \
                and self._unknown_name(texts[end]):
            end += 1
        return end

    def _dateline_places(self, table: TokenTable, blocked: set[int],
                         found: dict[tuple[int, int], str]) -> None:
        """"STRESA, Italy (Reuters) -", "Słubice (dpa) -", "Kairo/Gaza (AFP) -": the
        places a report was written at, first in a paragraph, before the agency in
        parentheses."""
        texts = table.text
        n = len(texts)
        if not n:
            return
        # Where a paragraph starts: the first token, and those after a line break.
        line_breaks = table.positions("ent-line-break", _has_line_break, 0, min(n, 80) - 1)
        for start in [0, *(k + 1 for k in line_breaks)]:
            names, end = self._dateline_names(texts, start, blocked)
            if not names or end >= n:
                continue
            paren = end
            if texts[end] == ",":  # ", Italy"
                paren = end + 1
                while paren < n and paren - end <= 3 and paren in blocked:
                    paren += 1
                paren = self._dateline_date_end(texts, paren)  # ", June 9, 2026"
            if paren < n and texts[paren] == "(" and any(
                    texts[k] == ")" and k + 1 < n and texts[k + 1] in DATELINE_DASHES
                    for k in range(paren + 2, min(paren + 5, n))):
                for bounds in names:
                    found[bounds] = "city"

    def _dateline_date_end(self, texts: list[str], start: int) -> int:
        """Where a dateline's date ends (", June 9, 2026" of "NARA, Japan, June 9, 2026
        (Kyodo) -", "March 3" of "WASHINGTON, March 3 (Reuters) -", ", 8. August 2025"
        of "GOSLAR, 8. August 2025 (dpa) -": the day may stand before its month), or
        ``start`` if no date follows there."""
        k = start
        if k < len(texts) and texts[k] == ",":
            k += 1
        if k + 1 < len(texts) and _is_day_number(texts[k]) and texts[k + 1] in self._calendar_words:
            k += 1  # "8. August", "9 August"
        if not (k < len(texts) and texts[k] in self._calendar_words):
            return start
        end = k + 1
        while end < len(texts) and end - k <= 4 and (texts[end] == "," or texts[end].isdigit()):
            end += 1
        return end

    def _river_word(self, text: str) -> bool:
        """Whether a dateline's word after "/" may be a river's name: one the German word
        list has ("Main", "Oder", "Saale") and the lexicon knows as no place; not an
        unknown town ("Kairo/Quernhausen")."""
        name = text.title() if text.isupper() else text
        return not self._known_place(name) and _german_form(german_words(), name)

    def _known_place(self, text: str) -> bool:
        """Whether a word names a place of the lexicon, also written in capitals."""
        entry = self.lexicon.lookup(text.title() if text.isupper() else text)
        return entry is not None and entry.label == "Place"

    def _dateline_names(self, texts: list[str], start: int,
                        blocked: set[int]) -> tuple[list[tuple[int, int]], int]:
        """The unknown names (bounds) of a dateline's places separated by "/", and
        where the places end; known places (blocked) are passed over, and so is a
        river's word right after a known city: the river that tells a city from its
        namesake ("FRANKFURT/MAIN", "Frankfurt/Oder"), no second place."""
        n = len(texts)
        names: list[tuple[int, int]] = []
        i = start
        while i < n:
            end = i
            while end < n and end - i < 3 and texts[end].isalpha() and (
                    texts[end].isupper() and len(texts[end]) > 1 or is_name_text(texts[end])):
                end += 1
            if end == i:
                return [], start
            qualifier = i > start and end - i == 1 and self._river_word(texts[i]) \
                and (i - 2 in blocked or self._known_place(texts[i - 2]))
            if not any(k in blocked for k in range(i, end)) and not qualifier:
                names.append((i, end))
            elif not all(k in blocked for k in range(i, end)):
                return [], start  # a known name and more: no dateline to read
            if end < n and texts[end] == "/":
                i = end + 1
                continue
            return names, end
        return [], start

    def _kind_noun_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                          found: dict[tuple[int, int], str]) -> None:
        """"the northern region of Tigray", "regions of X and Y", "die Provinz
        Idlib", "the Kursk region"."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        nouns = PLACE_KIND_NOUNS.get(self.lang, {})
        english = self.lang == "en"
        for k in cues["kind-noun"]:
            kind = nouns[texts[k]]
            start = k + 2 if english else k + 1
            if english and not (start < n and lowers[k + 1] == "of"):
                continue
            if texts[k] == "Ort" and not (k > 0 and lowers[k - 1] in PLACE_NOUN_ARTICLES_DE):
                continue  # "vor Ort Hilfe leisten": on site, no place's kind
            while start < n:
                end = self._name_words_end(table, start, blocked, 3 if english else 1) \
                    if english or texts[start] not in TOWN_OPENERS_DE \
                    else self._town_opener_name_end(table, start, blocked)
                while end > start and end + 1 < n and _joins_hyphenated_part(table, end) \
                        and texts[end + 1][:1].isupper() and texts[end + 1].isalpha() \
                        and end + 1 not in blocked:
                    end += 2  # "Woiwodschaft Ermland-Masuren", "the Loire-Atlantique region"
                if end == start or (end < n and is_name_text(texts[end])) \
                        or not english and self._german_common_noun(texts[start]):
                    break
                found[start, end] = kind
                # "the regions of Amhara and Afar": a second name after "and".
                if end + 1 < n and lowers[end] in {"and", "und"}:
                    start = end + 1
                    continue
                break
        after = PLACE_KIND_AFTER.get(self.lang, {})
        openers = SETTLEMENT_PREPOSITIONS.get(self.lang, set())
        for k in between(cues["kind-after"], 2):
            if texts[k].endswith("s"):
                self._names_before_plural_kind(table, blocked, k, after[texts[k]], found)
            # "the Kursk region", "at Onne port" (a preposition before a name and its kind)
            elif k - 1 not in blocked and self._unknown_name(texts[k - 1]):
                start = self._particle_name_start(table, k - 1, blocked)
                # (a given name only after a preposition: "at Onne port", no "the Anna region")
                if start > 0 and (texts[start - 1] in openers or (
                        lowers[start - 1] == "the" or lowers[start - 1] in THING_POSSESSIVES
                        or self._after_city_possessive(table, blocked, start))
                        and not self.lexicon.given_names.__contains__(texts[k - 1])):
                    found[start, k] = after[texts[k]]

    @staticmethod
    def _after_city_possessive(table: TokenTable, blocked: set[int], start: int) -> bool:
        """Whether a known place's "'s" comes right before ``start`` ("Lima's La Molina
        district"): a part of that place, named before its kind noun."""
        return start >= 2 and table.text[start - 1] in POSSESSIVE_S and start - 2 in blocked

    def _town_opener_name_end(self, table: TokenTable, start: int, blocked: set[int]) -> int:
        """The end of "Bad Ischl", "St. Jakob" at ``start``: the opener and one unknown
        name; ``start`` when no name follows the opener (then it names nothing)."""
        end = self._name_words_end(table, start + 1, blocked, 1)
        return end if end > start + 1 else start

    def _particle_name_start(self, table: TokenTable, last: int, blocked: set[int]) -> int:
        """Where a place's name ending with the unknown name at ``last`` starts: up to
        two more unknown names, with Arabic particles and hyphens between ("Bab
        el-Mandeb", "Ras al-Khair")."""
        texts = table.text
        start = last
        while start > 1 and last - start < 4 and start - 1 not in blocked:
            before = texts[start - 1]
            if before in {"-", "‐"} and texts[start - 2] in ARABIC_PARTICLES:
                start -= 2  # "el-Mandeb"
            elif (self._unknown_name(before) or self._capitalised_function_word(table, start - 1)) \
                    and not table.sent_start[start]:
                start -= 1
            else:
                break
        return start if self._unknown_name(texts[start]) \
            or self._capitalised_function_word(table, start) else last

    def _capitalised_function_word(self, table: TokenTable, i: int) -> bool:
        """Whether the word at ``i`` is a function word capitalised mid-sentence, which only
        a name's word is ("in An Giang province", "Long An"); not "I"."""
        text = table.text[i]
        return not table.sent_start[i] and text[:1].isupper() and text.isalpha() \
            and text != "I" and not text.isupper() and table.lower[i] in self.words.stop_words

    def _names_before_plural_kind(self, table: TokenTable, blocked: set[int], k: int, kind: str,
                                  found: dict[tuple[int, int], str]) -> None:
        """"Durham and York regions", "the Kursk and Belgorod provinces": two names
        joined by "and" before a plural place noun are two places of that kind (a
        plural noun after one name is no kind: "the Tigray regions' leaders")."""
        texts = table.text
        second = self._inner_name_start(table, k)  # "Tin Can Island" of "… ports"
        if second < 2 or texts[second - 1] != "and":
            return
        first = second - 2
        if first > 0 and is_name_text(texts[first - 1]) \
                and texts[first - 1].lower() not in self.words.stop_words:
            return  # "Sierra Leone and Guinea provinces": a longer name before
        names = ((first, second - 1), (second, k))
        if all(texts[i] in COMPASS_ADJECTIVES_EN for i in (first, second)):
            # "the Northern and Eastern provinces": the places are "Northern Province" and
            # "Eastern Province", named with the kind noun (see _context_place_spans)
            suffix = PLURAL_KIND_SINGULARS.get(texts[k])
            if suffix is not None:
                for start, end in names:
                    found[start, end] = f"{kind}{NAME_SUFFIX_MARK}{suffix}"
            return
        if all(i in blocked or texts[i].isalpha() and self._unknown_name(texts[i])
               for i in (first, second)):
            for start, end in names:
                if start not in blocked:  # (a name the gazetteer knows is its place already)
                    found[start, end] = kind

    def _inner_name_start(self, table: TokenTable, end: int) -> int:
        """Where a name of up to three capitalised words ending before ``end`` starts;
        inside it a capitalised function word other than an article, preposition or
        conjunction goes with it ("Tin Can Island"); ``end`` if no name ends there."""
        texts, lowers = table.text, table.lower
        start = end
        while start > 0 and end - start < 3 and is_name_text(texts[start - 1]) \
                and not table.sent_start[start - 1] and (
                    lowers[start - 1] not in self.words.stop_words
                    or start < end and self._function_word_inside(table, start - 1)):
            start -= 1
        while start < end and lowers[start] in self.words.stop_words:
            start += 1  # a name starts with no function word
        return start

    def _compound_region_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                                found: dict[tuple[int, int], str]) -> None:
        """"Ostukraine", "Südlibanon", "Ashanti-Region": German writes a part of a
        country as one word, a compass prefix and the country's name, and a region
        as a hyphenated compound with "Region"; "Kirinyaga County", "Western
        Province": English puts a capitalised kind noun after the name."""
        texts = table.text
        if self.lang == "de":
            for k in cues["compound-region"]:
                if k not in blocked:
                    # "die Tiroler Zentralalpen": a place's adjective opens the name
                    start = k - 1 if k > 0 and k - 1 not in blocked \
                        and self._place_adjective_in_er(texts[k - 1]) else k
                    found[start, k + 1] = "region"
            for k in between(cues["region-head"], 2):
                if texts[k - 1] == "-" and not table.space[k - 2] and not table.space[k - 1] \
                        and k - 2 not in blocked and self._unknown_name(texts[k - 2]) \
                        and not self._german_common_noun(texts[k - 2]):
                    found[k - 2, k + 1] = "region"
            for k in between(cues["landscape"], 1):
                if k - 1 not in blocked and k not in blocked \
                        and self._place_adjective_in_er(texts[k - 1]):
                    found[k - 1, k + 1] = "region"  # "das Thüringer Becken", "Altenburger Land"
            return
        after = PLACE_KIND_AFTER_CAPITALISED.get(self.lang, {})
        for k in between(cues["kind-after-capitalised"], 1):
            if texts[k] == "State" and texts[k - 1] in NOT_STATE_NAME_WORDS \
                    or k + 1 < len(texts) and texts[k + 1] in vocab.EN_ORG_HEADS:
                continue  # "Member State", "Kent State University", "Kildare County Council":
                # a body's name ("Delta State Governor" is a state)
            if k - 1 not in blocked and k not in blocked and self._unknown_name(texts[k - 1]) \
                    and (texts[k - 1] not in self.lexicon.given_names or texts[k] == "County") \
                    and (k < 2 or not is_name_text(texts[k - 2])):  # ("Harris County")
                found[k - 1, k + 1] = after[texts[k]]

    def _place_adjective_in_er(self, word: str) -> bool:
        """"Thüringer", "Altenburger": a place's adjective in "-er", named by a known place
        (the lexicon's or a small town of the gazetteer) without it or with "-en"."""
        if not (word.endswith("er") and word[:1].isupper() and word.isalpha() and len(word) > 5):
            return False
        stem = word[:-2]
        return any(self.lexicon.lookup(name) is not None or name in town_names()
                   for name in (stem, stem + "en"))

    def _is_compound_region(self, text: str) -> bool:
        """"Ostukraine", "Mittelhessen", "Oberschwabens": a compass or position prefix and
        a known country's or region's name, also in the genitive."""
        return self._compound_region_name(text) is not None

    def _compound_region_name(self, text: str) -> str | None:
        """The nominative of the compound region ``text`` ("Mittelhessens" →
        "Mittelhessen"), None if it is none (see _is_compound_region)."""
        if not text.startswith(REGION_PREFIXES) or not text[:1].isupper():
            return None
        for prefix in REGION_PREFIXES:
            rest = text[len(prefix):]
            if text.startswith(prefix) and rest[:1].islower() and len(rest) > 3:
                whole = rest[0].upper() + rest[1:]
                # the genitive's stem first: "Ostdeutschlands" is "Ostdeutschland", though
                # the lexicon knows "Deutschlands" too; "Nordwales" keeps its "s"
                for name in (whole[:-1], whole) if whole.endswith("s") else (whole,):
                    entry = self.lexicon.lookup(name)
                    if entry is not None and (entry.kind == "country" or entry.kind == "region"
                                              and entry.label == "Place"):
                        return prefix + name[0].lower() + name[1:]
                return None
        return None

    @staticmethod
    def _german_common_noun(text: str) -> bool:
        """A German noun by its ending that the German word list has (as a word, a form or
        a compound: "Region Wirtschaft", "Klimapolitik"; not "Dorf Lukavik"), or one of
        the nouns that follow place words ("Hamburg und Umland"): no name of a place."""
        return text in GERMAN_NOT_PLACES_AFTER_IN \
            or text.lower().endswith(GERMAN_NOUN_ENDINGS) and german_word(text)

    def _apposition_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                           found: dict[tuple[int, int], str]) -> None:
        """"to Mekelle, the Tigrayan capital": a name, a comma, an article and
        (after at most two words) a noun for a city."""
        texts, lowers = table.text, table.lower
        stop = self.words.stop_words
        for k in between(cues["city-apposition"], 3):
            for article in range(k - 1, max(k - 4, 1), -1):
                if lowers[article] in APPOSITION_ARTICLES and texts[article - 1] == ",":
                    self._apposition_place_before(table, blocked, article - 1, k, found)
                    break
                if lowers[article] in stop and lowers[article] not in POSSESSIVE_S:
                    break  # "Jane Roe, die in der Altstadt wohnt": a relative clause

    def _apposition_place_before(self, table: TokenTable, blocked: set[int], comma: int, k: int,
                                 found: dict[tuple[int, int], str]) -> None:
        """The name (one or two unknown words) before the ``comma`` of a city apposition
        whose city noun is at ``k``, as a city."""
        texts, lowers = table.text, table.lower
        start = comma
        while start > 0 and comma - start < 2 and start - 1 not in blocked \
                and self._unknown_name(texts[start - 1]):
            start -= 1
        opens = not table.sent_start[start] or k + 1 < len(texts) \
            and lowers[k + 1] in APPOSITION_PLACE_PREPOSITIONS  # "X, a town in …"
        if start < comma and opens \
                and not (start > 0 and is_name_text(texts[start - 1])
                         and lowers[start - 1] not in self.words.place_prepositions):
            found[start, comma] = "city"

    def _is_city_noun(self, text: str) -> bool:
        """"capital", "Hauptstadt", and German compounds of -stadt ("Nachbarstadt")."""
        return text in CITY_APPOSITION_NOUNS.get(self.lang, set()) or \
            self.lang == "de" and text[:1].isupper() and text.endswith("stadt")

    def _feature_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                        found: dict[tuple[int, int], str]) -> None:
        """"East China Sea", "Second Thomas Shoal", "Lake Maggiore", "Gulf of
        Aden": capitalised names with a geographic feature word (English)."""
        if self.lang != "en":
            return
        texts, lowers = table.text, table.lower
        n = len(texts)
        name_like = table.flags("name", is_name_text)
        for k in between(cues["feature-last"], 1):
            start = k
            while start > 0 and k - start < 3 and name_like[start - 1] \
                    and not self._is_title_word(texts[start - 1]) and (
                        lowers[start - 1] not in self.words.stop_words
                        or self._function_word_inside(table, start - 1)):
                start -= 1
            if not (k + 1 < n and lowers[k + 1] in PLURAL_KINDS_AFTER):
                # (not "the Apapa and Tin Can Island ports": two places)
                start = self._coordinated_feature_start(table, name_like, start)
            if texts[k] in OPEN_FEATURE_LASTS and k + 1 < n and name_like[k + 1]:
                continue  # "Coast Guard": a longer name goes on
            if start < k and not table.sent_start[start] or start + 1 < k:
                if not all(i in blocked for i in range(start, k + 1)) \
                        and not self._opens_body_name(texts, k + 1):
                    found[start, k + 1] = "place" if texts[k] in SITE_FEATURE_LASTS else "region"
        for k in between(cues["feature-first"], 0, n - 1):
            if self._unknown_name(texts[k + 1]) and k + 1 not in blocked:
                end = self._name_words_end(table, k + 1, blocked, 2)
                if not self._opens_body_name(texts, end):
                    found[k, end] = "region"
        for k in between(cues["feature-of"], 0, n - 2):
            if lowers[k + 1] == "of" and name_like[k + 2]:
                end = k + 3
                while end < n and end in blocked and end - 1 in blocked:
                    end += 1  # "Gulf of" + a known country of several words
                while end < n and end - k < 5 and k + 2 not in blocked and end not in blocked \
                        and self._unknown_name(texts[end]):
                    end += 1  # "Cape of Good Hope": a name of two words after "of"
                found[k, end] = "region"

    @staticmethod
    def _opens_body_name(texts: list[str], end: int) -> bool:
        """Whether a feature's name ending at ``end`` opens a body's ("Mekong River
        Commission", "Lake Victoria Basin Commission"): an organisation head follows and
        ends the name ("Windsor Assembly Plant" is a site)."""
        return end < len(texts) and vocab.is_english_head(texts, end) \
            and (end + 1 == len(texts) or not texts[end + 1][:1].isupper())

    def _function_word_inside(self, table: TokenTable, i: int) -> bool:
        """Whether the capitalised function word at ``i`` stands inside a name ("Tin Can
        Island"): after a capitalised word that is none, mid-sentence, and no article,
        preposition or conjunction."""
        lowers = table.lower
        return i > 0 and not table.sent_start[i] and lowers[i] not in NEVER_INSIDE_NAMES \
            and is_name_text(table.text[i - 1]) and lowers[i - 1] not in self.words.stop_words

    def _coordinated_feature_start(self, table: TokenTable, name_like: list[bool],
                                   start: int) -> int:
        """"the Greater Toronto and Hamilton Area": a feature's name of two names joined
        by "and" after "the" starts with the first (up to two words); else ``start``."""
        texts = table.text
        if start < 3 or texts[start - 1] != "and" or start == len(texts) - 1:
            return start
        first = start - 1
        while first > 0 and start - 1 - first < 2 and name_like[first - 1] \
                and table.lower[first - 1] not in self.words.stop_words:
            first -= 1
        return first if first < start - 1 and first > 0 and table.lower[first - 1] == "the" \
            else start

    def _settlement_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                           found: dict[tuple[int, int], str]) -> None:
        """"in Jackson Hole", "near Palm Springs": after a place preposition, one or
        two unknown capitalised words and a settlement word name a town."""
        texts, lowers = table.text, table.lower
        prepositions = SETTLEMENT_PREPOSITIONS.get(self.lang, set())
        for k in between(cues["settlement-last"], 2):
            if k in blocked:
                continue
            start = k
            while start > 0 and k - start < 2 and start - 1 not in blocked \
                    and self._unknown_name(texts[start - 1]):
                start -= 1
            if start < k and start > 0 and lowers[start - 1] in prepositions \
                    and texts[start - 1] == lowers[start - 1]:
                found[start, k + 1] = "city"
        self._places_by_first_word(cues, table, blocked, found)

    def _places_by_first_word(self, cues: dict[str, list[int]], table: TokenTable,
                              blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """"at Camp Aguinaldo", "of San Pedro de Atacama", "in the Salar de Atacama":
        after a place preposition (or "of"), a word that opens the names of towns,
        camps and salt flats, then one or two unknown capitalised words (and "de"
        with one more) name a place."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        prepositions = SETTLEMENT_PREPOSITIONS.get(self.lang, set())
        for k in between(cues["settlement-first"], 1, n - 1):
            before = lowers[k - 1] if lowers[k - 1] != "the" or k < 2 else lowers[k - 2]
            if k in blocked or not (before in prepositions or before in {"of", "von"}):
                continue
            end = self._name_words_end(table, k + 1, blocked, 2)
            if end + 1 < n and texts[end] in PLACE_NAME_PARTICLES \
                    and is_name_text(texts[end + 1]) and (end + 1 not in blocked or end == k + 1):
                end += 2  # "… de Atacama", "Salar de Atacama" (a known region inside)
            if end == k + 1:
                continue
            found[k, end] = "region" if texts[k] in FEATURE_FIRSTS_OF else "city"

    def _is_town_adjective(self, text: str) -> bool:
        """An adjective that may stand between "im" and a town: a state's or region's
        ("im steirischen Altaussee") or one of nearness ("im benachbarten Hallstatt")."""
        return text in NEARNESS_ADJECTIVES_DE or self._is_inflected_place_adjective(text)

    def _is_inflected_place_adjective(self, text: str) -> bool:
        """"niedersächsischen", "bayerischen", "nordhessischen", "obersteirischen": a
        lowercase adjective of a known state or region (a compass or position prefix
        before it too) in the dative after "im"."""
        if not (text.endswith("en") and text.islower() and len(text) > 5):
            return False
        if self.lexicon.country_for_adjective(text) is not None:
            return True
        for prefix in ADJECTIVE_COMPASS_PREFIXES:
            if text.startswith(prefix) and len(text) - len(prefix) > 5:
                return self.lexicon.country_for_adjective(text[len(prefix):]) is not None
        return False

    def _adjective_town_places(self, cues: dict[str, list[int]], table: TokenTable,
                               blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """"im niedersächsischen Unterlüß", "vom hessischen Homberg" (German): after
        "im" and the adjective of a state or region, one unknown name that no common
        noun ending marks ("im bayerischen Wahlkampf") is a town there."""
        if self.lang != "de":
            return
        texts, lowers = table.text, table.lower
        n = len(texts)
        for k in between(cues["adjective-town"], 1, n - 1):
            name = k + 1
            if lowers[k - 1] not in TOWN_ADJECTIVE_OPENERS or name in blocked \
                    or not self._unknown_name(texts[name]) or not texts[name].isalpha() \
                    or self._german_common_noun(texts[name]) \
                    or self._names_no_town(texts[name]) or self._is_given_name(texts[name]):
                continue
            if name + 1 < n and (is_name_text(texts[name + 1]) or texts[name + 1] in {"-", "‐"}):
                continue
            if texts[k] in NEARNESS_ADJECTIVES_DE and german_word(texts[name]) \
                    and not self._german_town_shaped(texts[name]) \
                    and self._town_evidence(texts[name]) != KNOWN_TOWN:
                continue  # "im benachbarten Ausland": a noun; no region says it is a town
            found[name, name + 1] = "city"

    @staticmethod
    def _names_no_town(text: str) -> bool:
        """A noun ending a regional adjective describes ("Landtag", "Fernsehen"), not
        a town's name ("Göttingen" aside)."""
        return text.lower().endswith(NOT_TOWN_ENDINGS) and not text.endswith(TOWN_ENDINGS)

    def _places_before_country(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                               found: dict[tuple[int, int], str]) -> None:
        """"in Stresa, Italy", "near Mekelle, Ethiopia", "nach Quernau, Bayern": a
        preposition, an unknown name, a comma and a country's or region's name."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        for k in between(cues["locative"], 0, n - 3):
            if lowers[k] != texts[k]:
                continue  # "In" opening a sentence is as good, but rarely precedes a town
            if texts[k + 2] != "," and texts[k + 3] != ",":
                continue  # (the comma after a name of one or two words, tested first)
            start = k + 1
            end = self._name_words_end(table, start, blocked, 2)
            if end == start or end + 1 >= n or texts[end] != "," \
                    or not self._names_state_at(texts, end + 1):
                continue
            if any(self._is_given_name(texts[i]) for i in range(start, end)):
                continue
            found[start, end] = "city"

    def _names_state_at(self, texts: list[str], k: int) -> bool:
        """Whether a country or region is named from ``k`` on, in one word ("Italy") or
        two ("Western Australia", "French Guiana"), and not as an owner ("to Lammy,
        Britain's foreign secretary": a person)."""
        n = len(texts)
        if self._names_country(texts[k]):
            return not (k + 1 < n and texts[k + 1] in POSSESSIVE_MARKS)
        if k + 1 >= n or not is_name_text(texts[k + 1]):
            return False
        entry = self.lexicon.lookup(f"{texts[k]} {texts[k + 1]}")
        return entry is not None and entry.kind in {"country", "region"} \
            and not (k + 2 < n and texts[k + 2] in POSSESSIVE_MARKS)

    def _bare_name_places(self, cues: dict[str, list[int]], table: TokenTable,
                          blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """"in Ballinasloe", "headquarters in Apapa.", "aus Kreuztal", "in Essen", "in
        Gjader": a capitalised name right after a place preposition, alone (no
        capitalised word, hyphen or possessive after it), is a town if it is a small
        town of the gazetteer, a city named like a common word, or any name that is no
        known word (in German: no word, form or compound of the German word list), person
        or organisation. After "between", "zwischen", "from" … only a gazetteer town is
        (``TOWN_ONLY_PREPOSITIONS``)."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        surnames: set[str] | None = None
        # Only a capitalised word (or, in German, one before a hyphen) can name the town:
        # most prepositions stand before an article ("in the", "in der").
        hyphens = {"-", "‐"}
        for k in [k for k in between(cues["bare-locative"], 0, n - 1)
                  if texts[k + 1][:1].isupper() or k + 3 < n and texts[k + 2] in hyphens]:
            start = k + 1
            if self.lang == "de" and start + 2 < n and texts[start + 1] in {"-", "‐"} \
                    and not table.space[start] and texts[start].isalpha():
                if self._known_first_part(texts, start, found) \
                        and (end := self._bare_name_end(texts, start, True)) == start + 3:
                    found[start, end] = "city"
                    continue
            if start in blocked or not texts[start].isalpha() or texts[start].isupper() \
                    or not self._unknown_name(texts[start]):
                continue
            end = self._bare_name_end(texts, start)
            if end is None or texts[k] != lowers[k] and not self._opens_with_place(
                    table, k, end):
                continue
            if not self._bare_town_name(texts, k, start, end):
                continue
            if surnames is None:
                surnames = self._surnames_after_given(table, self._given_names(table))
            if texts[start] not in surnames:  # "confidence in Meloni" after "Giorgia Meloni"
                found[start, end] = "city"

    def _is_bare_place_preposition(self, word: str) -> bool:
        """"in", "aus", "near" … (``BARE_PLACE_PREPOSITIONS``), also capitalised as they
        open a sentence ("In Kreuztal …")."""
        prepositions = BARE_PLACE_PREPOSITIONS.get(self.lang, frozenset()) \
            | TOWN_ONLY_PREPOSITIONS.get(self.lang, frozenset())
        return word in prepositions or word[:1].isupper() and word.lower() in prepositions

    def _opens_with_place(self, table: TokenTable, k: int, end: int) -> bool:
        """Whether a capitalised preposition at ``k`` opens its sentence with the place
        ending at ``end``: in German ("In Kreuztal wurde …"), or in English before a comma
        ("In Apapa, …"; "In Nature" opens with no place)."""
        texts = table.text
        return table.sent_start[k] and (self.lang == "de" or end < len(texts)
                                         and texts[end] == ",")

    def _known_first_part(self, texts: list[str], start: int,
                          found: dict[tuple[int, int], str]) -> bool:
        """Whether the first part of a hyphenated German name at ``start`` is a place
        known here: the lexicon's, a small town of the gazetteer ("in
        Deggendorf-Fischerdorf": a town and its part) or one found in this text ("in
        Waldshut-Tiengen" after "Landkreis Waldshut")."""
        first = texts[start]
        return self._is_place_name(first) or self._town_evidence(first) == KNOWN_TOWN \
            or any(e == s + 1 and texts[s] == first for s, e in found)

    def _german_town_shaped(self, text: str) -> bool:
        """A German name that only a town's has: "Döttingen", "Oberhausen" (see
        ``BARE_TOWN_ENDINGS``)."""
        return self.lang == "de" and len(text) >= 7 and is_name_text(text) \
            and text.endswith(BARE_TOWN_ENDINGS)

    def _bare_name_end(self, texts: list[str], start: int, place_first: bool = False) -> int | None:
        """Where the name after a place preposition ends: one word, or two that name a
        small town ("Port Talbot"); None if a longer name, a compound or a possessive
        goes on there ("in Grand Park", "in Apapa-Oshodi", "in Tanaka's home town").
        German towns of two names joined by a hyphen go on: the second a town's by its
        ending, or the first a place's (``place_first``: "in Waldshut-Tiengen")."""
        n = len(texts)
        end = start + 1
        if end < n and is_name_text(texts[end]) and f"{texts[start]} {texts[end]}" in town_names():
            end += 1
        elif end + 1 < n and texts[end] in {"-", "‐"} and is_name_text(texts[end + 1]) and (
                self._german_town_shaped(texts[end + 1]) or place_first
                and not self._german_common_noun(texts[end + 1])
                and not _german_plural_form(texts[end + 1])):
            end += 2  # "in Waldshut-Tiengen", "in Bietigheim-Bissingen"; not "um
            # Kita-Gebühren" (a plural noun after a town's name: a compound noun)
        if end < n and (is_name_text(texts[end]) or texts[end] in {"-", "‐"}
                        or texts[end] in POSSESSIVE_MARKS):
            return None
        return end

    def _bare_town_name(self, texts: list[str], k: int, start: int, end: int) -> bool:
        """Whether the name ``texts[start:end]`` after the place preposition at ``k``
        names a town (see ``_bare_name_places``). A name the gazetteer does not know
        must end a phrase (punctuation or a function word after it): before a noun it
        names the noun's kind ("near Todaiji temple"), a site, not a town."""
        if self._german_town_shaped(texts[end - 1]):
            return True  # "in Döttingen", "in Bietigheim-Bissingen": a town by its ending
        evidence = self._town_evidence(" ".join(texts[start:end]) if end > start + 1
                                       else texts[start])
        if texts[k].lower() not in BARE_PLACE_PREPOSITIONS[self.lang] \
                and not self._route_after_motion(texts, k):
            return evidence == KNOWN_TOWN  # "zwischen Schwedt und …", "from Mykonos"
        if evidence == NAMESAKE_TOWN:  # "in Basra", but not "bei Martin" (at Martin's)
            return texts[k].lower() == "in"
        if evidence != UNKNOWN_NAME:
            return evidence == KNOWN_TOWN
        if self.lang == "de":  # (a capitalised noun after it is no phrase's end: see the caller)
            return end == start + 1 and texts[k].lower() not in UNKNOWN_TOWN_SKIPPED_DE \
                and not (k > 0 and texts[k - 1].lower() in HOLDING_WORDS_DE)
        return end == start + 1 and not (k > 0 and texts[k - 1].lower() in HOLDING_NOUNS) \
            and (end == len(texts) or not texts[end].isalpha()
                 or texts[end].lower() in self.words.stop_words)  # no "near Todaiji temple"

    def _town_evidence(self, name: str) -> int:
        """What a name after a place preposition is, by itself (remembered per name):
        a ``KNOWN_TOWN`` (a small town of the gazetteer, or a city the matcher leaves
        out as a common word: "in Essen"), a ``NAMESAKE_TOWN`` (a city it leaves out as
        a given name: "in Basra"), an ``UNKNOWN_NAME`` (English: no dictionary word,
        given name or language) or ``NO_TOWN``."""
        answer = self._town_answers.get(name)
        if answer is None:
            if len(self._town_answers) > 100_000:
                self._town_answers.clear()  # bounded memory over a long corpus
            answer = self._town_answers[name] = self._find_town_evidence(name)
        return answer

    def _find_town_evidence(self, name: str) -> int:
        """``_town_evidence``, computed."""
        entry = self.lexicon.lookup(name)
        if entry is not None:  # a city the matcher leaves out as a word or a given name
            if entry.kind != "city":
                return NO_TOWN
            if name in self.words.not_places:
                return KNOWN_TOWN
            return NAMESAKE_TOWN if name in self.lexicon.given_names else NO_TOWN
        if name in town_names():  # even one named like a given name ("in Cavan")
            return KNOWN_TOWN if self.lang != "de" or not self._german_common_noun(name) \
                else NO_TOWN
        if " " in name or self._is_given_name(name):
            return NO_TOWN
        if self.lang == "en" and name not in NOT_BARE_PLACE_WORDS_EN \
                and name.lower() not in english_words():
            return UNKNOWN_NAME
        if self.lang == "de" and name not in GERMAN_NOT_PLACES_AFTER_IN \
                and name not in NOT_BARE_PLACE_WORDS_EN and not german_word(name) \
                and not self._english_loan_word(name):
            return UNKNOWN_NAME  # no German word: "in Gjader", not "in Fragen", "in Kraft"
        return NO_TOWN

    @staticmethod
    def _route_after_motion(texts: list[str], k: int) -> bool:
        """Whether "through" or "across" at ``k`` follows a verb of moving ("walk through
        Oia", "marched across Kostrino"): there the name is a place, where otherwise it is
        as often a programme's or a platform's ("funded through Medicaid")."""
        return k > 0 and texts[k].lower() in ROUTE_PREPOSITIONS \
            and texts[k - 1].lower().startswith(MOTION_VERB_STEMS)

    @staticmethod
    def _english_loan_word(name: str) -> bool:
        """An English word or its plural in German text ("in Startups", "in Software"):
        German borrows them capitalised, and no dictionary of German has them all."""
        lower = name.lower()
        return lower in english_words() or lower.endswith("s") and lower[:-1] in english_words()

    def _mayor_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                      found: dict[tuple[int, int], str]) -> None:
        """"the former mayor of Providencia", "Bürgermeister von Gjader", "the governor
        of Kwara": the name a mayor's (governor's) title names with "of" or "von" is a
        town (a region)."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        for k in between(cues["mayor"], 0, n - 2):
            if texts[k][0].isupper() and self.lang == "en":
                self._place_before_mayor(table, blocked, k, found)
                continue
            if self.lang == "de" and k > 0 and texts[k - 1].endswith("s"):
                self._genitive_place_before_mayor(table, blocked, k, found)
            if lowers[k + 1] not in {"of", "von"}:
                continue
            start = k + 2
            end = self._name_words_end(table, start, blocked, 2)
            if end == start or end < n and (is_name_text(texts[end]) or texts[end] in {"-", "‐"}
                                            or texts[end] in POSSESSIVE_MARKS):
                continue
            if any(self._is_given_name(texts[i]) for i in range(start, end)):
                continue
            found[start, end] = MAYOR_NOUNS[self.lang][texts[k]]

    def _places_before_districts(self, cues: dict[str, list[int]], table: TokenTable,
                                 blocked: set[int], found: dict[tuple[int, int], str]) -> None:
        """"bei Eltheim und Wörthhof im Landkreis Regensburg", "in Gjader im Norden
        Albaniens", "in Sadu in der Provinz Sibiu" (German): one-word names after a place
        preposition that a district or a compass part of a land then places are villages,
        when no German word ("bei Handel und Handwerk im Landkreis")."""
        if self.lang != "de":
            return
        texts, lowers = table.text, table.lower
        n = len(texts)
        for k in between(cues["district-after"], 2, n - 2):
            after = texts[k + 1]
            if not (after in DISTRICT_OPENERS_DE[lowers[k]] if lowers[k] == "im" else
                    after == "der" and k + 2 < n and texts[k + 2] in DISTRICT_NOUNS_AFTER_DER):
                continue
            if after in COMPASS_PARTS_DE and not (k + 2 < n and (
                    lowers[k + 2] in {"des", "der"} or is_name_text(texts[k + 2]))):
                continue
            names = self._village_list_before(table, blocked, k)
            for name in names:
                found[name, name + 1] = "city"

    def _is_example_place_noun(self, word: str) -> bool:
        """A plural noun of places (``EXAMPLE_PLACE_NOUNS``), also opening a sentence."""
        nouns = EXAMPLE_PLACE_NOUNS.get(self.lang, {})
        return word in nouns or self.lang == "en" and word[:1].isupper() and word.lower() in nouns

    def _site_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                     found: dict[tuple[int, int], str]) -> None:
        """"received at Malacañang Palace", "a rally in Grand Park" (English): capitalised
        words ending in a site's word ("Palace", "Park", "Square") right after a place
        preposition name a site, where the text places an event."""
        if self.lang != "en":
            return
        lowers = table.lower
        for k in between(cues["site-last"], 2):
            start = self._inner_name_start(table, k)
            if start == k or any(i in blocked for i in range(start, k + 1)):
                continue
            # (not after "the": "at the National Palace", "the White House" may name the
            # body that sits there, which the organisation rules read)
            if lowers[start - 1] in SITE_PREPOSITIONS or self._protected_area(table, start, k):
                found[start, k + 1] = "site"

    @staticmethod
    def _protected_area(table: TokenTable, start: int, k: int) -> bool:
        """"the boundary of Riding Mountain National Park", "visitors to Banff National
        Park": a name before "National Park" (a protected area's kind) is a place after
        any word; no body works under that name."""
        return table.text[k] == "Park" and start < k - 1 and table.text[k - 1] in PARK_KINDS

    def _relative_location_places(self, cues: dict[str, list[int]], table: TokenTable,
                                  blocked: set[int],
                                  found: dict[tuple[int, int], str]) -> None:
        """"on the outskirts of Kayole", "20 km north of Velmaro", "nördlich von Eltheim",
        "am Rande von Gjader": a name after a word placing something relative to it and
        "of"/"von" is a town, when it is a gazetteer town or no known word, given name or
        organisation (see ``_town_evidence``), alone (no name after it)."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        for k in between(cues["relative-location"], 0, n - 2):
            start = k + 2
            if lowers[k + 1] not in {"of", "von"} or start in blocked \
                    or not self._unknown_name(texts[start]) or not texts[start].isalpha():
                continue
            end = self._bare_name_end(texts, start)
            if end is None or end != start + 1:
                continue
            if self._german_town_shaped(texts[start]) \
                    or self._town_evidence(texts[start]) in {KNOWN_TOWN, UNKNOWN_NAME}:
                found[start, end] = "city"

    def _example_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                        found: dict[tuple[int, int], str]) -> None:
        """"informal settlements such as Kibera and Mathare", "islands like Naxos", "Inseln
        wie Mykonos und Paros": the names listed as examples of a plural noun of places
        are such places (one or two unknown words each, no given name)."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        nouns, openers = EXAMPLE_PLACE_NOUNS[self.lang], EXAMPLE_OPENERS[self.lang]
        for k in between(cues["example-places"], 0, n - 2):
            i = k + 1
            if lowers[i] == ",":
                i += 1
            if i + 1 >= n or lowers[i] not in openers:
                continue
            i += 2 if lowers[i] == "such" and lowers[i + 1] == "as" else 1
            if lowers[i - 1] == "such":
                continue  # "such" without "as"
            for start, end in self._example_names(table, blocked, i):
                found[start, end] = nouns[lowers[k] if self.lang == "en" else texts[k]]

    def _example_names(self, table: TokenTable, blocked: set[int],
                       i: int) -> list[tuple[int, int]]:
        """The names (bounds) of a list from ``i``: "X", "X and Y", "X, Y or Z" (a known
        name among them is passed over); none if something else stands there."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        names: list[tuple[int, int]] = []
        while i < n and len(names) < 6:
            if i in blocked:
                end = i + 1
                while end < n and end in blocked and is_name_text(texts[end]):
                    end += 1
            else:
                end = self._name_words_end(table, i, blocked, 2)
                if end == i or end < n and is_name_text(texts[end]) \
                        or self.lang == "de" and self._german_noun_no_town(texts[i]):
                    return []
                if not any(self._is_given_name(texts[j]) for j in range(i, end)):
                    names.append((i, end))  # (a place named like a person's: left out)
            if end < n and lowers[end] in {",", "and", "or", "und", "oder", "sowie"}:
                i = end + 1
                continue
            return names
        return []

    def _german_noun_no_town(self, text: str) -> bool:
        """A German word ("Wirtschaft", "Verkehr") that is no small town of the gazetteer."""
        return german_word(text) and self._town_evidence(text) != KNOWN_TOWN

    def _village_list_before(self, table: TokenTable, blocked: set[int], k: int) -> list[int]:
        """The positions of the unknown one-word names before ``k``, alone or in a list
        ("X", "X und Y", "X, Y und Z") after a place preposition; none if a word there is
        no such name (a known place among them is passed over)."""
        texts, lowers = table.text, table.lower
        names: list[int] = []
        i = k - 1
        while i > 0 and len(names) < 4:
            if i not in blocked:
                if not (texts[i].isalpha() and self._unknown_name(texts[i])
                        and self._village_name(texts[i])):
                    return []
                names.append(i)
            before = lowers[i - 1]
            if before in VILLAGE_PREPOSITIONS_DE:
                return names
            if before not in {",", "und", "oder", "sowie"} or i < 3:
                return []
            i -= 2
        return []

    def _village_name(self, text: str) -> bool:
        """A German name that may be a village's: a small town of the gazetteer, or a
        name that no German word, form or compound is, nor a given name."""
        evidence = self._town_evidence(text)
        return evidence in {KNOWN_TOWN, UNKNOWN_NAME}

    def _place_before_mayor(self, table: TokenTable, blocked: set[int], k: int,
                            found: dict[tuple[int, int], str]) -> None:
        """"Cusco Governor Werner Salcedo", "Tulsa Mayor Jane Roe" (English): one name
        that is no dictionary word ("Deputy", "Provincial") before a capitalised
        mayor's or governor's title and a person's name is that town or region."""
        texts = table.text
        name = k - 1
        if name < 0 or name in blocked or not is_name_text(texts[k + 1]) \
                or not texts[name].isalpha() or not self._unknown_name(texts[name]) \
                or self._is_given_name(texts[name]) \
                or name > 0 and is_name_text(texts[name - 1]) \
                and texts[name - 1].lower() not in self.words.stop_words:
            return  # no name, or a longer name before ("Bank of Kwara Governor")
        if texts[name].lower() in english_words() and not self._after_place_preposition(
                table, texts[name]):
            return  # a word ("Deputy", "Provincial"), unless the text places things in it
        found[name, k] = MAYOR_NOUNS["en"][texts[k]]

    def _genitive_place_before_mayor(self, table: TokenTable, blocked: set[int], k: int,
                                     found: dict[tuple[int, int], str]) -> None:
        """"Boitzenburgs Ortsvorsteher Martin Krüger", "Nordfrieslands Landrat Florian
        Lorenzen" (German): a genitive in "-s" before a mayor's or district head's title
        and a person's name is that town or district (the gazetteer knows few villages
        and districts). German puts only a name's genitive before its noun, so the word
        is a name unless an article opens it ("des Landes Bürgermeister") or it is a
        given name or a longer name's end."""
        texts = table.text
        name = k - 1
        word = texts[name]
        if name in blocked or not is_name_text(texts[k + 1]) or len(word) < 5 \
                or not word.isalpha() or word.endswith(("ss", "xs", "zs")) \
                or not self._unknown_name(word[:-1]) or self._is_given_name(word[:-1]) \
                or name > 0 and (table.lower[name - 1] in GENITIVE_ARTICLES_DE
                                 or is_name_text(texts[name - 1])
                                 and table.lower[name - 1] not in self.words.stop_words):
            return  # no name, or a longer one before
        if word[:-1] in self._surnames_after_given(table, self._given_names(table)):
            return  # "Merkels Bürgermeister" after "Angela Merkel": a person's
        found[name, k] = MAYOR_NOUNS["de"][texts[k]] + GENITIVE_KIND_MARK

    @staticmethod
    def _after_place_preposition(table: TokenTable, word: str) -> bool:
        """Whether ``word`` stands right after "in", "at" or "from" somewhere in the text
        ("a round-table in Dauphin" and "Dauphin Mayor Jane Roe"): a dictionary word
        before a mayor's title that is also where things happen is the town's name."""
        lowers = table.lower
        return any(k > 0 and lowers[k - 1] in {"in", "at", "from"}
                   for k in table.word_index.get(word, ()))

    def _coordinated_places(self, cues: dict[str, list[int]], table: TokenTable,
                            taken: list[Span], blocked: set[int],
                            found: dict[tuple[int, int], str]) -> None:
        """"um Frankfurt (Oder) und Słubice", "between Lviv and Drohobych", "in Sadu und
        Cugir": after a preposition, an unknown name coordinated with a place (known, a
        small town of the gazetteer, or found by the rules before) is a city too, before
        or after it."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        openers = COORDINATION_OPENERS.get(self.lang, set())
        places = [(span.start, span.end) for span in taken if span.label == LOC]
        places += [bounds for bounds, kind in found.items() if kind == "city"]
        for start, end in places:
            if start == 0:
                continue
            if lowers[start - 1] in openers:
                # (most places go on with no "and" or "(Oder)": no call for those)
                if end + 1 < n and (lowers[end] in {"and", "und"} or texts[end] == "("):
                    self._coordinated_name_after(table, blocked, end, found)
            elif lowers[start - 1] in LIST_CONJUNCTIONS and start > 2 \
                    and lowers[start - 3] in openers and self._ends_phrase(table, end):
                self._coordinated_name_before(table, blocked, start - 2, found)
        for start, end in self._towns_after_conjunction(cues, table, blocked):
            # "in Sadu und Cugir": the town and the name before it, when that is a place
            if self._ends_phrase(table, end):
                self._coordinated_name_before(table, blocked, start - 2, found)
                if (start - 2, start - 1) in found or start - 2 in blocked:
                    found[start, end] = "city"

    def _coordinated_name_after(self, table: TokenTable, blocked: set[int], k: int,
                                found: dict[tuple[int, int], str]) -> None:
        """The unknown name after a place ending at ``k`` and "and"/"und" (see
        ``_coordinated_places``)."""
        texts, n = table.text, len(table.text)
        if k + 2 < n and texts[k] == "(" and texts[k + 2] == ")":
            k += 3  # "Frankfurt (Oder)"
        if k + 1 < n and table.lower[k] in {"and", "und"}:
            self._coordinated_name_at(table, blocked, k + 1, found)

    def _ends_phrase(self, table: TokenTable, end: int) -> bool:
        """Whether a name ending at ``end`` ends its phrase: punctuation or a function
        word after it (in German, any lowercase word: nouns are capitalised), no noun
        it describes ("between X and Lviv officials")."""
        texts = table.text
        return end >= len(texts) or not texts[end].isalpha() \
            or table.lower[end] in self.words.stop_words \
            or self.lang == "de" and texts[end].islower()

    def _coordinated_name_before(self, table: TokenTable, blocked: set[int], start: int,
                                 found: dict[tuple[int, int], str]) -> None:
        """The unknown one-word name at ``start`` before "and"/"und" and a place (see
        ``_coordinated_places``)."""
        if table.lower[start + 1] in {"and", "und"}:
            self._coordinated_name_at(table, blocked, start, found, most=start + 1)

    def _towns_after_conjunction(self, cues: dict[str, list[int]], table: TokenTable,
                                 blocked: set[int]) -> list[tuple[int, int]]:
        """The small towns of the gazetteer named second in "in X und Cugir" (bounds):
        only a name right after a place preposition is read as a town by itself."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        return [(k + 3, k + 4) for k in between(cues["bare-locative"], 0, n - 4)
                if lowers[k + 2] in LIST_CONJUNCTIONS and k + 3 not in blocked
                and is_name_text(texts[k + 3]) and is_name_text(texts[k + 1])
                and self._town_evidence(texts[k + 3]) == KNOWN_TOWN]

    def _coordinated_name_at(self, table: TokenTable, blocked: set[int], start: int,
                             found: dict[tuple[int, int], str], most: int | None = None) -> None:
        """A city of one unknown name at ``start`` (ending at ``most`` if given): no
        longer name, given name or German common noun ("Hamburg und Umland")."""
        texts, n = table.text, len(table.text)
        end = self._name_words_end(table, start, blocked, 1)
        if end == start or most is not None and end != most \
                or most is None and end < n and is_name_text(texts[end]) \
                or self._is_given_name(texts[start]) or (start, end) in found:
            return
        if self.lang == "de" and self._german_common_noun(texts[start]):
            return
        if texts[start] in self._surnames_after_given(table, self._given_names(table)):
            return  # "between Merkel and Lviv" after "Angela Merkel": the person
        found[start, end] = "city"

    def _listed_places(self, table: TokenTable, taken: list[Span],
                       found: dict[tuple[int, int], str]) -> None:
        """"in Köln, Dortmund, Essen und Bielefeld": a one-word name in a list of
        cities after a preposition, with a known city after it, is a city too, even a
        word the gazetteer leaves out as ambiguous ("Essen"); so is a small town of the
        gazetteer anywhere in a list a known city opens ("in Saarbrücken, Neunkirchen und
        Völklingen")."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        openers = COORDINATION_OPENERS.get(self.lang, set())
        city_starts = {span.start: span.end for span in taken if span.label == LOC}
        for start, end in city_starts.items():
            if start == 0 or lowers[start - 1] not in openers or end >= n or texts[end] != ",":
                continue
            items = self._list_items(table, end, city_starts)
            if items is None:
                continue
            last_known = max((k for k, known in items if known), default=-1)
            # After two known cities (the first included) the list is one of cities: its
            # last unknown names are towns too ("…, Wilhelmshaven, Brake und Brunsbüttel").
            of_cities = sum(known for _, known in items) >= 2
            for item, known in items:
                if not known and (item < last_known or of_cities and self._town_item(texts[item])
                                  or self._town_evidence(texts[item]) == KNOWN_TOWN):
                    found[item, item + 1] = "city"  # (a small town of the gazetteer: any list)
        self._places_listed_before_known(table, city_starts, found)

    def _places_listed_before_known(self, table: TokenTable, city_starts: dict[int, int],
                                    found: dict[tuple[int, int], str]) -> None:
        """"in Nordfriesland, Dithmarschen und Ostholstein", "from Kilifi, Malindi and
        Mombasa": one-word names listed after a place preposition, before "und"/"and"
        and a known place (of the gazetteer, ``city_starts``, or of the context rules,
        ``found``), are places of the same kind; the list is read back from the known
        place, so only texts with a place after a conjunction pay for it."""
        texts, lowers = table.text, table.lower
        # (not after "between", "from" …: there a name is as often a person's or a company's)
        openers = COORDINATION_OPENERS.get(self.lang, set()) \
            - TOWN_ONLY_PREPOSITIONS.get(self.lang, frozenset())
        surnames: set[str] | None = None
        known = {start: "city" for start in city_starts}
        known.update({start: kind for (start, end), kind in found.items() if end - start == 1})
        for last, kind in list(known.items()):
            if last < 4 or lowers[last - 1] not in {"und", "and"}:
                continue
            items: list[int] = []
            k = last - 2  # the item before the conjunction
            for _ in range(5):
                if k <= 0 or k not in known and not (self._town_item(texts[k])
                                                     and not self._is_given_name(texts[k])):
                    break
                if k not in known:  # (a known place among the items is passed over)
                    items.append(k)
                if lowers[k - 1] in openers:
                    if surnames is None:
                        surnames = self._surnames_after_given(table, self._given_names(table))
                    for item in items:
                        if texts[item] not in surnames:  # (no "Merkel" after "Angela Merkel")
                            found[item, item + 1] = kind
                    break
                if texts[k - 1] != ",":
                    break
                k -= 2

    def _town_item(self, text: str) -> bool:
        """Whether a list item after the known cities may name a town: an unknown
        name, no German common noun ("Umland")."""
        return self._unknown_name(text) and not (self.lang == "de" and
                                                 self._german_common_noun(text))

    def _list_items(self, table: TokenTable, k: int,
                    city_starts: dict[int, int]) -> list[tuple[int, bool]] | None:
        """The items (start, whether a known city) of a list of names from the
        separator at k to its "und"/"and", or None if no such list is there."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        items: list[tuple[int, bool]] = []
        while k + 1 < n and (texts[k] == "," or lowers[k] in {"und", "and"}):
            last = lowers[k] in {"und", "and"}
            item = k + 1
            if item in city_starts:
                items.append((item, True))
                k = city_starts[item]
            elif is_name_text(texts[item]) and not self._is_given_name(texts[item]) and \
                    (last or item + 1 < n and (texts[item + 1] == "," or lowers[item + 1] in
                                               {"und", "and"})):
                items.append((item, False))
                k = item + 1
            else:
                return None
            if last:
                return items
        return None

    def _is_meeting_noun(self, text: str) -> bool:
        if self.lang == "en":
            return text.lower() in MEETING_NOUNS["en"]  # "Talks in X" opening a sentence
        return text in MEETING_NOUNS.get(self.lang, ()) or \
            text[:1].isupper() and text.lower().endswith(MEETING_SUFFIXES.get(self.lang, ()))

    def _meeting_places(self, cues: dict[str, list[int]], table: TokenTable, blocked: set[int],
                        found: dict[tuple[int, int], str]) -> None:
        """"their summit in Apulia next month", "beim Treffen in Quernhausen": a
        capitalised unknown name right after a meeting noun and "in"."""
        texts, lowers = table.text, table.lower
        n = len(texts)
        english = self.lang == "en"
        for k in between(cues["meeting-noun"], 0, n - 2):
            if lowers[k + 1] != "in":
                continue
            start = k + 2
            end = self._name_words_end(table, start, blocked, 2 if english else 1)
            if end == start or end < n and (is_name_text(texts[end]) and english
                                            or texts[end] in {"-", "‐"}):
                continue
            if end < n and texts[end] in POSSESSIVE_MARKS:
                continue  # "a summit in Tanaka's home town": the name owns the place
            if not english and (self._german_common_noun(texts[start])
                                or end < n and is_name_text(texts[end])):
                continue
            if any(self._is_given_name(texts[i]) for i in range(start, end)):
                continue
            found[start, end] = "city"

    def _later_place_mentions(self, table: TokenTable, blocked: set[int],
                              found: dict[tuple[int, int], str]) -> None:
        """Other mentions of the names found, written the same way (a dateline's
        capitals also as "Stresa")."""
        texts = table.text
        wanted: dict[tuple[str, ...], str] = {}
        for (start, end), kind in found.items():
            words = tuple(texts[start:end])
            if kind.endswith(GENITIVE_KIND_MARK):  # "Boitzenburgs Ortsvorsteher", then "in Boitzenburg"
                words, kind = (words[0][:-1],), kind[:-len(GENITIVE_KIND_MARK)]
            wanted.setdefault(words, kind)
            wanted.setdefault(tuple(w.title() if w.isupper() else w for w in words), kind)
        firsts = {words[0] for words in wanted}
        taken = {i for start, end in found for i in range(start, end)} | blocked
        # Where the name-like first words occur, in text order (from the doc's word index).
        where = table.word_index
        for i in sorted(i for word in firsts if word in where and is_name_text(word)
                        for i in where[word]):
            if i in taken:
                continue
            for words, kind in wanted.items():
                end = i + len(words)
                if tuple(texts[i:end]) == words and not any(k in taken for k in range(i, end)) \
                        and not (self.lang == "en" and self._opens_body_name(texts, end)):
                    found[i, end] = kind  # (not "the Mekong River Commission" after the river)
                    taken.update(range(i, end))
                    break

    # -- persons -----------------------------------------------------------
    def _person_spans(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """Persons' names outside the tokens ``blocked`` (those of the spans found)."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        text = doc_text(doc)
        spans = []
        bare: list[tuple[int, int]] = []  # names opening with a particle ("von Weizsäcker")
        after = 0  # the end of the last run of names
        # Read once per doc here, not in the helpers called per run of names.
        name_like = table.flags("name", is_name_text)
        given = self._given_names(table)
        # A run of names starts with a name-like word that is no function word
        # (see _name_run_end); only those positions are tried, and only where
        # the next token can continue a run (German capitalises every noun): a
        # name ("Weil"), a hyphen or a particle ("von").
        stop_words = self.words.stop_words
        starts = [i for i in _name_run_starts(table, name_like) if lowers[i] not in stop_words]
        long_forms = self._acronym_long_form_tokens(doc, table)
        for i in starts:
            if i < after or i in long_forms:
                continue
            run_end = self._name_run_end(table, name_like, given, i, blocked)
            if run_end - i < 2:
                continue
            start = self._name_start(table, given, i, run_end)
            if start is not None and run_end - start >= 3 and start + 1 in given \
                    and start not in given and start > 0 and self._is_title_word(texts[start - 1]) \
                    and self._rank_word(texts[start]):
                start += 1  # "Chief Constable Jon Boutcher": a title's word before the given name
            if start is not None and run_end - start >= 2:
                end = self._name_end(texts, start, run_end)
                if end == run_end:
                    end = self._lowercase_syllable_end(table, start, end)
                    run_end = end
                while end > start + 1 and lowers[end - 1] in PARTICLES:
                    end -= 1
                if end < len(texts) and texts[end] in NAMED_THING_AFTER and self.lang == "en":
                    pass  # "whose Fine Gael party": a party's name (see _names_before_party);
                    # "the Tía María project": a project's
                elif end < len(texts) and texts[end] == "," and self.lang == "en" \
                        and self._body_apposition_after(texts, end):  # (no call in German)
                    pass  # "Garda Siochana, Ireland's national police service": a body
                elif texts[end - 1] in IRREGULAR_PLURALS and end < len(texts) \
                        and texts[end] in POSSESSIVE_S:
                    pass  # "Christian Social People's Party": a plural owns a body's head
                elif self._bare_particle_name(lowers, start, end):
                    bare.append((start, end))
                elif self._after_preposition_and_article(lowers, start):
                    pass  # "in der Saline Ebensee": a place's or thing's name, no person's
                elif start > 0 and texts[start - 1] == "The" and self.lang == "en":
                    pass  # "its hospital, The Nest Te Kohanga": a capitalised "The" opens
                    # the name of a thing or body, never a person's
                elif self._acceptable_person(table, text, start, end,
                                             start > 0 and self._title_or_honorific(texts[start - 1])):
                    spans.append(Span(doc, start, end, label=PER))
            after = run_end
        spans += self._known_particle_names(doc, spans, bare)
        spans += self._initials_names(table, doc, blocked, spans)
        spans += self._regnal_names(doc, table, blocked, spans)
        self._link_person_nodes(doc, spans)
        return spans

    def _rank_word(self, word: str) -> bool:
        """A common word of the text's language, no given name, that opens a run of names
        after a title word and before a given name ("Chief Constable", "Chief Inspector"):
        the title's second word, no part of the person's name (a family-name-first name
        keeps its first word: "Chow Kon Yeow")."""
        if len(word) < RANK_WORD_MIN or self._is_family_name_first(word):
            return False  # (East Asian family names are short: "Chow Kon Yeow", "Lee …")
        if self.lang == "de":
            return word.lower() not in self.words.stop_words and german_word(word) \
                and word.lower() in german_words()
        return word.lower() in english_words()

    def _after_preposition_and_article(self, lowers: list[str], start: int) -> bool:
        """Whether a German name run at ``start`` follows a place preposition and an
        article ("in der Saline Ebensee", "aus dem Werk …") or a preposition fused with
        one ("im Sommer Risse …", "beim Verband Kommunen"): German puts no article
        before a person's bare name there, so the words name a site or thing."""
        return self.lang == "de" and start >= 1 and (
            lowers[start - 1] in CONTRACTED_ARTICLES_DE  # "im Sommer Risse", "am Montag Anna"
            or start >= 2 and lowers[start - 1] in GERMAN_ARTICLES
            and lowers[start - 2] in PLACE_PREPOSITIONS_BEFORE_ARTICLE_DE)

    def _regnal_names(self, doc: Doc, table: TokenTable, blocked: set[int],
                      spans: list[Span]) -> list[Span]:
        """"Ferdinand II.", "King Charles III", "Papst Leo XIV.": a given name (or a name
        after a monarch's or pope's title) and a Roman numeral name a monarch or pope;
        no run of names holds the numeral, which is written in capitals. English "I"
        is left out (the pronoun: "when Anna I …")."""
        numerals = ROMAN_NUMERALS if self.lang == "de" else ROMAN_NUMERALS - {"I"}
        positions = word_positions(doc, "ent-roman-numeral", _is_roman_numeral, 1,
                                   len(table.text))
        if not positions:
            return []
        texts = table.text
        # The numerals after a name ("I" mostly is the pronoun, "V" an initial): the
        # tokens the rules before took are gathered only for these.
        positions = [k for k in positions if texts[k].rstrip(".") in numerals
                     and is_name_text(texts[k - 1]) and texts[k - 1] not in ROMAN_NUMERALS]
        if not positions:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found = []
        for k in positions:
            name = k - 1
            if name in taken or k in taken:
                continue
            if not (self._is_given_name(texts[name])
                    or name > 0 and self._is_title_word(texts[name - 1])
                    and not self._is_title_word(texts[name])):
                continue  # "Commission I", "World War II": no person's name
            span = Span(doc, name, k + 1, label=PER)
            found.append(span)
            taken.update((name, k))
        return found

    def _body_apposition_after(self, texts: list[str], comma: int) -> bool:
        """Whether an English apposition after ``comma`` is headed by a noun only a body
        can be ("…, Ireland's national police service,", "…, the country's biggest
        club."): the name before it is that body's, even with a given name in it. A
        noun a person may also be ("a film producer") says nothing."""
        if self.lang != "en":
            return False
        for k in range(comma + 2, min(comma + 8, len(texts) - 1)):
            word = texts[k]
            if word in APPOSITION_BREAKS:
                return False
            if word in BODY_ONLY_NOUNS_EN and texts[k + 1] in APPOSITION_HEAD_ENDS:
                return self._apposition_comma(texts, k) == comma
        return False

    def _acronym_long_form_tokens(self, doc: Doc, table: TokenTable) -> set[int]:
        """The tokens of organisations' names spelt out before their acronyms in brackets
        ("Association of Garda Sergeants and Inspectors (AGSI)", "Department of Human
        Settlements and Urban Development (DHSUD)"): every capitalised word gives one
        letter, in order, a connector ("of", "and") joins them and a word of bodies is
        among them. A given name inside ("Garda", "Urban") opens no person's name."""
        texts = table.text
        tokens: set[int] = set()
        for paren in word_positions(doc, "ent-open-parenthesis", _is_open_parenthesis, 1,
                                    len(texts) - 2):
            acronym = texts[paren + 1]
            if texts[paren + 2] != ")" or not 3 <= len(acronym) <= 8 or not acronym.isupper() \
                    or not acronym.isalpha():
                continue
            start = _initials_start(texts, paren, acronym)
            if start is not None and (not ACRONYM_SKIPPED_WORDS.isdisjoint(texts[start:paren])
                                      and any(self._is_organisation_word(word)
                                              for word in texts[start:paren])
                                      or self._foreign_name_long_form(table, start, paren)):
                tokens.update(range(start, paren))
        return tokens

    def _foreign_name_long_form(self, table: TokenTable, start: int, paren: int) -> bool:
        """"die Nova Ljubljanska Banka (NLB)", "the Banca Comerciala Romana (BCR)": after an
        article, two or more capitalised words of another language, each giving the
        acronym one letter, name a body (an article opens no person's name; a person's
        initials, "López Obrador (AMLO)", follow no article). Most words must be no
        dictionary word of the text's language: "the Gross Domestic Product (GDP)",
        "die Künstliche Intelligenz (KI)" name no body."""
        texts = table.text
        if start == 0 or table.lower[start - 1] not in LONG_FORM_ARTICLES or paren - start < 2 \
                or not all(texts[k][:1].isupper() and texts[k].isalpha()
                           for k in range(start, paren)):
            return False
        foreign = sum(not self._dictionary_word(texts[k]) for k in range(start, paren))
        return 2 * foreign > paren - start

    def _dictionary_word(self, word: str) -> bool:
        """Whether a capitalised word is a common word of the text's language."""
        if self.lang == "de":
            return german_word(word) or word.lower() in english_words()
        return word.lower() in english_words()

    def _initials_names(self, table: TokenTable, doc: Doc, blocked: set[int],
                        found: list[Span]) -> list[Span]:
        """"Barclays' C.S. Venkatakrishnan": initials written as one token, then one
        unknown capitalised word that no other capitalised word follows, make a
        person's name (not "U.S. Treasury", "U.K. Ministry", "D.C. Mayor")."""
        texts = table.text
        n = len(texts)
        initials = word_positions(doc, "ent-initials", _is_initials, 0, n - 1)
        if not initials:
            return []  # (most texts: no need to collect the persons' tokens)
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = []
        for k in initials:
            surname = k + 1
            if k in blocked or k in taken or surname in blocked or surname in taken \
                    or texts[k].upper() in NOT_PERSON_INITIALS \
                    or not self._unknown_name(texts[surname]) or self._is_title_word(texts[surname]) \
                    or texts[surname] in vocab.EN_ORG_HEADS \
                    or surname + 1 < n and is_name_text(texts[surname + 1]):
                continue
            spans.append(Span(doc, k, surname + 1, label=PER))
        return spans

    def _known_particle_names(self, doc: Doc, spans: list[Span],
                              bare: list[tuple[int, int]]) -> list[Span]:
        """The names ``bare`` (bounds) that open with a particle and end a person's
        full name found in the text ("Richard von Weizsäcker … Bundespräsident von
        Weizsäcker"): later mentions of that person."""
        if not bare:
            return []
        texts = token_table(doc).text
        full = [tuple(texts[span.start:span.end]) for span in spans]
        found = []
        for start, end in bare:
            words = tuple(texts[start:end])
            if any(len(name) > len(words) and name[-len(words):] == words for name in full):
                found.append(Span(doc, start, end, label=PER))
        return found

    def _is_family_name_first(self, text: str) -> bool:
        """A family name written first ("Wang", also "Nguyễn" with its diacritics)."""
        names = self.lexicon.family_name_first
        return text in names or fold(text) in names

    def _lowercase_syllable_end(self, table: TokenTable, start: int, end: int) -> int:
        """End of the name [start, end) with a hyphenated lowercase syllable after
        it when the name opens with a family name written first ("Moon Jae-in",
        "Tsai Ing-wen", "Park Geun-hye"); not "Xi Jinping-led"."""
        texts, space = table.text, table.space
        if not (end - start >= 2 and end + 1 < len(texts) and texts[end] in {"-", "‐"}
                and not space[end - 1] and not space[end]):
            return end
        syllable = texts[end + 1]
        if syllable.isalpha() and syllable.islower() and 2 <= len(syllable) <= 5 \
                and syllable not in HYPHEN_SUFFIX_WORDS \
                and self._is_family_name_first(texts[start]):
            return end + 2
        return end

    @staticmethod
    def _bare_particle_name(lowers: list[str], start: int, end: int) -> bool:
        """Whether the name [start, end) opens with a nobiliary particle and no
        article after it ("von Kakaobauern" after "Vertreter"): the particle is a
        preposition there; "von der Leyen" is a name, and a surname alone after a
        full name is found as that person's later mention."""
        particle = lowers[start]
        if particle not in NOBILIARY_PARTICLES:
            return False
        if not (start + 1 < end and lowers[start + 1] in PARTICLE_ARTICLES):
            return True
        # "von den Bauern", "von der Gewerkschaft": the dative plural, an abstract noun.
        return particle == "von" and (lowers[start + 1] == "den"
                                      or lowers[end - 1].endswith(GERMAN_NOUN_ENDINGS))

    def _link_person_nodes(self, doc: Doc, spans: list[Span]) -> None:
        """A node for each person; a name that is the end of a longer one found
        in the same text ("Le Maire" of "Bruno Le Maire") is that person."""
        table = token_table(doc)
        texts, idx, text = table.text, table.idx, doc_text(doc)
        names = [tuple(texts[span.start:span.end]) for span in spans]
        full: set[tuple[str, ...]] = set()
        #: The node of the first full name (longest first) that ends in each shorter name.
        by_ending: dict[tuple[str, ...], str] = {}
        for span, name in sorted(zip(spans, names, strict=True), key=lambda pair: -len(pair[1])):
            longer = by_ending.get(name)
            if longer is None:
                start, end = span.start, span.end
                written = text[idx[start]:idx[end - 1] + len(texts[end - 1])]
                node_id = self._person_node(doc, written).id
                if name not in full:
                    full.add(name)
                    for length in range(1, len(name)):
                        by_ending.setdefault(name[-length:], node_id)
                set_kg_id(span, node_id)
            else:
                set_kg_id(span, longer)
                aliases = doc.user_data["kg_nodes"][longer].properties["aliases"]
                if span_text(span) not in aliases:
                    aliases.append(span_text(span))

    @staticmethod
    def _name_end(texts: list[str], start: int, run_end: int) -> int:
        """End of at most four name words from ``start``; a hyphen and the word
        after it ("al-Burhan", "Mlambo-Ngcuka") count as part of the word before, and a
        lower-case particle counts for none ("Luiz Inacio Lula da Silva")."""
        words = 0
        end = start
        while end < run_end and words < 4:
            end += 1
            word = texts[end - 1]
            if word not in {"-", "‐"} and not (word in PARTICLES and end - 1 > start):
                words += 1
            elif end < run_end:
                end += 1  # the word after the hyphen
        return end

    def _name_run_end(self, table: TokenTable, name_like: list[bool], given: set[int], i: int,
                      blocked: set[int]) -> int:
        """End of a run of name-like tokens starting at i (hyphens and particles inside);
        ``name_like``: the table's flags of names; ``given``: the positions of given names."""
        texts, lowers, space = table.text, table.lower, table.space
        stop_words = self.words.stop_words
        n = len(texts)
        j = i
        while j < n and j not in blocked:
            low = lowers[j]
            if name_like[j] and (low not in stop_words or
                                 j > i and j - 1 in given):
                j += 1  # "Stephan Weil": a surname may also be a function word
                continue
            if j > i and texts[j] in {"-", "‐"} and j + 1 < n and name_like[j + 1] \
                    and not space[j] and not space[j - 1]:
                j += 1
                continue
            if j > i and low in PARTICLES and j + 1 < n and (
                    name_like[j + 1] or
                    texts[j + 1] in {"-", "‐"} and not space[j] and j + 2 < n
                    and name_like[j + 2] or
                    lowers[j + 1] in PARTICLE_ARTICLES and low in {"von", "van"}
                    and j + 2 < n and name_like[j + 2]
                    and not self._common_noun_after_von_der(texts[j + 2]) or
                    # "Gert van de Weerdhof", "Anna van den Berg": Dutch "van" and a
                    # particle (not Spanish "de la": "Río de la Plata" is a place)
                    low == "van" and texts[j + 1] in PARTICLES and j + 2 < n
                    and name_like[j + 2]):
                j += 1
                continue
            if j > i and low in PARTICLE_ARTICLES and lowers[j - 1] in {"von", "van"} \
                    and j + 1 < n and name_like[j + 1]:
                j += 1
                continue
            break
        return j

    def _common_noun_after_von_der(self, word: str) -> bool:
        """"Anna Berg von der Volkspartei", "… von der Polizei": after "von der" a German
        word for a body or an abstract noun says where the person comes from; a
        family name ("von der Leyen", "von der Schulenburg") has no such ending."""
        return self.lang == "de" and (self._is_organisation_word(word) or
                                      word.lower().endswith((*GERMAN_NOUN_ENDINGS, "ei")))

    def _name_start(self, table: TokenTable, given: set[int], i: int, end: int) -> int | None:
        """Where the person's name begins inside a capitalised run, if anywhere
        (``given``: the positions of given names)."""
        texts = table.text
        n = len(texts)
        if texts[i] in HONORIFICS:  # "Dr Chamil Wijesinghe": the run opens with the honorific
            return i + 1 if _name_word_count(texts, i + 1, end) in (2, 3) else None
        for k in range(i, end - 1):
            if k + 3 < n and texts[k + 2] in {"-", "‐"} and self._syllable_given_name_after(table, k):
                return k  # "Chey Tae-won": family name, hyphenated given name
            if k not in given:
                continue  # (the rules below read a given name at k)
            if texts[k + 1] in {"-", "‐"} and k + 2 < end and self._is_title_word(texts[k + 2]):
                continue  # "Co-Präsidentin Mattea Meyer": the title's prefix, no given name
            if k == i + 1 and texts[k + 1] in {"-", "‐"} and self._unknown_name_before_double_name(
                    table, i, end):
                return i  # "Abebe Haile-Gabriel, the FAO's representative": a double surname
            if texts[k - 1] in NOT_PERSON_BEFORE_GIVEN \
                    or texts[k] in ROMANCE_NAME_HEADS:  # ("Viña Concha y Toro")
                continue  # "Operation Lone Star", "Camp David": a given name names a thing;
                # "Fundación Carlos Slim", "Bodega Catena Zapata": a body's name
            if k + 1 in given and end - k >= 3 and self.lang == "de" \
                    and k > 0 and table.lower[k - 1] in GERMAN_ARTICLES:
                continue  # "Der Este Andres Sutt": after an article, a noun ("the Estonian")
            if self._title_opens_name_later(texts, k + 1, end):
                continue  # "Franklin County Sheriff Tom Baldwin": a county named like a
                # given name, then a title and the person's name
            if not self._is_title_word(texts[k + 1]):
                if k > i and (self._is_family_name_first(texts[k - 1])
                              or self._family_name_after_title(texts, k - 1)):
                    return k - 1  # "Pham Minh Chinh": the family name comes first
                return k  # not "Vice" of "Vice Premier Liu He": a title's first word
        if end - i == 2 and self._given_and_title_surname(texts, i) \
                and not (end < n and texts[end] == "of"):
            return i  # "Catherine King", "Anna Richter" (not "Jordan King", "Henry King of …")
        # "Defence Minister Rustem Umerov": a title word, then the name.
        for k in range(end - 2, i - 1, -1):
            if self._is_title_word(texts[k]):
                if end - k == 2 and self._given_name_after_title(table, i, k):
                    return k  # "Opposition Leader Dean Winter": "Dean" is no title here
                if k == i and i > 0 and table.lower[i - 1] in THING_POSSESSIVES:
                    return None  # "its Official Security Assistance program": a thing's name
                return k + 1 if end - (k + 1) >= 2 else None
        # "Kreml-Sprecher Dmitri Peskow" style: title just before the run.
        if i > 0 and self._title_or_honorific(texts[i - 1]) \
                and _name_word_count(texts, i, end) in (2, 3):
            return i
        if (self._in_apposition_to_title(table, i, end) or
                self._unknown_name_after_said(table, i, end) or
                self._followed_by_title_apposition(table, i, end) or
                self._followed_by_age_or_post(table, i, end)) \
                and not self._german_place_adjective_phrase(texts[i:end]):
            return i
        return None

    def _title_opens_name_later(self, texts: list[str], start: int, end: int) -> bool:
        """Whether a title word stands in ``texts[start:end]`` with at least two name words
        after it: then the words before it name the title's place or body ("Marion County
        Judge Ana Ruiz", "Franklin County Sheriff Tom Baldwin"), not the person, even when
        the run opens with a word that is also a given name."""
        return any(self._is_title_word(texts[j]) for j in range(start, end - 2))

    def _unknown_name_after_said(self, table: TokenTable, i: int, end: int) -> bool:
        """"…," said Nimal Perera.', '„…“, sagte Ilse Wunderlich,': after a quotation, a
        speech verb, then exactly two capitalised words before a comma or full stop (or
        the two words before the verb) name the speaker, a
        person, when neither word is a common word, a known name or a title (a body
        speaks under common words: "said Mercy Ships", "said Scottish Water")."""
        texts = table.text
        if end - i != 2 or end >= len(texts):
            return False
        if not (i > 1 and texts[end] in {",", "."} and table.lower[i - 1] in SPEECH_VERBS_BEFORE_NAME
                and _after_quote(texts, i - 1)
                or table.lower[end] in SPEECH_VERBS_BEFORE_NAME and _after_quote(texts, i)):
            return False  # (also the speaker before the verb: '"…," Nimal Perera said.'; a
            # company speaks without a quote: "Rosatom Energoatom said …")
        return not any(self._dictionary_word(word) or self._title_or_honorific(word)
                       or self.lexicon.lookup(word) is not None for word in texts[i:end])

    def _unknown_name_before_double_name(self, table: TokenTable, i: int, end: int) -> bool:
        """Whether the name word at ``i`` is the given name of the person ``i``–``end``
        whose hyphenated surname opens with a word lists know as a given name ("Abebe
        Haile-Gabriel", "Tadesse Haile-Mariam"): no title word, and an apposition with a
        title, an age or a post after the name shows a person."""
        return not self._is_title_word(table.text[i]) and (
            self._followed_by_title_apposition(table, i, end)
            or self._followed_by_age_or_post(table, i, end))

    def _family_name_after_title(self, texts: list[str], k: int) -> bool:
        """"Chief Minister Chow Kon Yeow": a name word right after a title and before a
        given name opens the person's name (a family name written first), even when no
        list knows it as one; the title shows that no other name precedes. (``texts``:
        the token table's, which ``_name_start`` holds.)"""
        return k > 0 and self._is_title_word(texts[k - 1]) and not self._is_title_word(texts[k])

    def _given_name_after_title(self, table: TokenTable, i: int, k: int) -> bool:
        """Whether the title word at ``k`` (inside the run of names from ``i``) is a
        given name here: one that lists know ("Dean", "Bishop"), right after another
        title ("Opposition Leader Dean Winter", "Senator Dean Heller")."""
        texts = table.text
        before = k - 1 if k > i else (i - 1 if i > 0 else None)
        return texts[k] in self.lexicon.given_names and before is not None \
            and self._is_title_word(texts[before])

    def _german_place_adjective_phrase(self, words: list[str]) -> bool:
        """"im Wiener Rathaus, Bildungsstadträtin …": a German city's adjective in -er and
        a dictionary noun name a building or body of the city, no person (whom only the
        title's apposition after it would name)."""
        if self.lang != "de" or len(words) != 2 or not words[0].endswith("er") \
                or not _german_form(german_words(), words[1]):
            return False
        stem = words[0][:-2]
        for name in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else None):
            entry = self.lexicon.lookup(name) if name and len(name) >= 3 else None
            if entry is not None and entry.label == "Place":
                return True
        return False

    def _syllable_given_name_after(self, table: TokenTable, k: int) -> bool:
        """Whether a family name written first at k has a Korean-style given name
        after it: two syllables joined by a hyphen, the second in lower case
        ("Tae-won" of "Chey Tae-won")."""
        texts, space = table.text, table.space
        if k + 3 >= len(texts) or texts[k + 2] not in {"-", "‐"} or space[k + 1] \
                or space[k + 2]:
            return False
        syllable = texts[k + 3]
        return syllable.isalpha() and syllable.islower() and 2 <= len(syllable) <= 5 \
            and syllable not in HYPHEN_SUFFIX_WORDS and self._is_family_name_first(texts[k])

    def _followed_by_title_apposition(self, table: TokenTable, i: int, end: int) -> bool:
        """"Getachew Reda, a spokesman for …", "Rahm Emanuel, the U.S. ambassador":
        two or three names before a comma and an apposition with a title name a
        person, even when the lexicon does not know the given name."""
        texts = table.text
        names = _name_word_count(texts, i, end)
        if end + 3 < len(texts) and texts[end] == "of" and texts[end + 2] == "," \
                and self._names_country(texts[end + 1]):
            if texts[end + 3] == "who" and end + 4 < len(texts) and \
                    texts[end + 4] in LEADING_VERBS:
                return names in (2, 3)  # "Ann Zulu of Zambia, who chairs the group …"
            end += 2  # "Ann Zulu of Zambia, a senior adviser …": the comma after the state
        if not (names in (2, 3) and end + 1 < len(texts) and texts[end] == ","
                and not (i > 0 and (is_name_text(texts[i - 1]) or texts[i - 1] in {"'s", "’s"}))):
            return False  # "Istanbul's Dolmabahçe Palace, …": a thing of a place
        following = texts[end + 1]
        if not (following.lower() in APPOSITION_OPENERS or self._is_title_word(following)
                or following.islower() and (not following.endswith(("ed", "ing")) or
                                            end + 2 < len(texts)
                                            and self._is_title_word(texts[end + 2]))):
            return False  # "…, chaired by …": no apposition; "…, managing director": one
        if following in THING_RELATIVES:
            return False  # "his National Lithium Strategy, which gives …": a thing
        last = texts[end - 1]
        if last in vocab.EN_ORG_HEADS or last.lower().endswith(vocab.DE_ORG_SUFFIXES) \
                or last in FEATURE_LASTS or last in SITE_LASTS:
            return False
        for k in range(end + 1, min(end + 7, len(texts))):
            if texts[k] in {",", ".", ";", ":", "(", ")", "\n", "\n\n", "and", "und"} \
                    or texts[k] in APPOSITION_STOPS:
                return False  # "…, a former employer of the minister": no title heads it
            if self._is_title_word(texts[k]) or texts[k] in vocab.OCCUPATION_NOUNS:
                return True  # (also an occupation: "…, an air force test pilot")
        return False

    @staticmethod
    def _followed_by_age_or_post(table: TokenTable, i: int, end: int) -> bool:
        """"Siti Rahmah, 41, said …", "Budi Santoso, who heads the union, …": two or
        three names before an age between commas or a relative clause that gives a
        post name a person whose given name no list knows (Indonesian names)."""
        texts = table.text
        if not (end - i in (2, 3) and end + 2 < len(texts) and texts[end] == ","):
            return False
        if i > 0 and (is_name_text(texts[i - 1]) or texts[i - 1] in POSSESSIVE_MARKS):
            return False  # "Istanbul's Dolmabahçe Palace, …": a thing of a place
        following = texts[end + 1]
        if following.isdigit() and len(following) <= 2 and texts[end + 2] == ",":
            return 16 <= int(following) <= 99  # an age, no day or count
        if following in {"a", "an"} and end + 5 < len(texts) and texts[end + 2].isdigit() \
                and texts[end + 3] == "-" and texts[end + 4] == "year":
            return True  # "Nimal Perera, a 62-year-old fisherman, …": an age
        return following == "who" and (texts[end + 2] in LEADING_VERBS
                                       or _gendered_pronoun_in_clause(table, end + 2))

    def _in_apposition_to_title(self, table: TokenTable, i: int, end: int) -> bool:
        """"Die Chefanklägerin des Strafgerichtshofs, Fatou Bensouda, …": two or three
        names between commas right after a phrase with a title name a person, even
        when the lexicon does not know the given name."""
        texts = table.text
        if not (i > 0 and texts[i - 1] == "," and end - i in (2, 3) and end < len(texts)
                and texts[end] in {",", ".", ";"}):
            return False
        for k in range(i - 2, max(i - 10, -1), -1):
            if texts[k] in {",", ".", ";", ":", "(", ")", "\n", "\n\n"}:
                return False
            if self._is_title_word(texts[k]):
                return True
        return False

    def _given_names(self, table: TokenTable) -> set[int]:
        """The indices of the tokens that are given names (``_is_given_name``): a
        few per article, so a set of positions is cheaper than a flag per token."""
        return set(table.positions(self._given_name_test, self._is_given_name))

    def _folded_forms_of_given_names(self) -> frozenset[str]:
        """The given names with diacritics, without them ("Özgür" -> "Ozgur"), but
        no form that is a known name ("América" -> "America"), a stop word or on
        the list of words that are no given names."""
        lexicon, stop = self.lexicon, self.words.stop_words
        not_given = not_given_names()
        forms = {fold(name) for name in lexicon.given_names if not name.isascii()}
        return frozenset(form for form in forms
                         if form not in not_given and form.lower() not in stop
                         and " " not in form and lexicon.lookup(form) is None)

    def _is_given_name(self, text: str) -> bool:
        if text.lower() in self.lexicon.adjectives or self._is_title_word(text):
            return False  # "German Chancellor …", "Deputy …"
        names = self.lexicon.given_names
        return text in names or text in self._folded_given_names or \
            fold(text) in names and text not in not_given_names()  # ("Länder": no "Lander")

    def _acceptable_person(self, table: TokenTable, full_text: str, start: int, end: int,
                           after_title: bool = False) -> bool:
        """Whether the tokens [start, end) of the doc with ``table`` and ``full_text``
        may be a person's name (checked before a ``Span`` is made for them);
        ``after_title``: a title comes right before. The answer depends only on the
        words, the text, whether a space separates them and the title: it is
        remembered for that key (articles name the same persons again and again)."""
        words = table.text[start:end]
        text = full_text[table.idx[start]:table.idx[end - 1] + len(words[-1])]  # span_text
        spaced = any(table.space[start:end - 1])
        key = (text, spaced, after_title, *words)
        answer = self._person_answers.get(key)
        if answer is None:
            if len(self._person_answers) > 100_000:
                self._person_answers.clear()  # bounded memory over a long corpus
            answer = self._person_answers[key] = self._acceptable_name(words, text, spaced,
                                                                       after_title)
        return answer

    def _acceptable_name(self, words: list[str], text: str, spaced: bool,
                         after_title: bool = False) -> bool:
        """``_acceptable_person`` for the name ``words``, written ``text``; ``spaced``:
        whether a space separates any two of the words; ``after_title``: a title comes
        right before, so a month that is also a given name opens a name ("Klubobmann
        August Wöginger"), no date ("im August Merkel …")."""
        last = words[-1]
        if self.lexicon.lookup(text) is not None:
            return False
        if (last.lower() in self.words.stop_words and not self._is_given_name(words[-2])
                and words[-2] not in {"-", "‐"}):  # "Moon Jae-in": a syllable
            return False
        if self._is_title_word(last) and not (len(words) == 2 and self._is_given_name(words[0])
                                              and (after_title or last in TITLE_SURNAMES)):
            return False  # but "Minister Catherine King": a family name that is a title
        # A few words per name: asked directly, cheaper than flags over all tokens.
        if any(map(self._names_country, words[1:])) and not self._country_surname(words) or \
                self._names_country(words[0]) and not self._given_name_region(words[0]) \
                and not (after_title and len(words) == 2):  # "Minister Israel Katz"
            return False  # but "Virginia Raggi": a region that is also a given name
        if not spaced:
            return False  # one hyphenated word ("Visa-Sanktionen"), no given and family name
        if not DETERMINER_NAME_WORDS.isdisjoint(words):
            return False  # "Save Our Rivers", "Stop The War": a slogan's name, no person's
        if words[0] in PLACE_ARTICLES:
            return False  # "El Olivar", "Los Ríos": a Spanish place name opens with its article
        if last in PLACE_KIND_AFTER_CAPITALISED["en"] and len(words) == 2:
            return False  # "Harris County", "Marion County": a county named after a person
        if last in FEATURE_LASTS or last in SITE_LASTS or last in SETTLEMENT_LASTS \
                or words[0] in FEATURE_FIRSTS:
            return False  # "Thomas Shoal", "Lake Victoria", "Blair House", "Jackson Hole"
        if last in vocab.EN_LEARNED_HEADS:
            return False  # "Royal Marine Society": a body, no family name
        if self.lang == "en" and last in vocab.EN_ORG_HEADS and (
                len(words) > 2 or not self._is_given_name(words[0])):
            return False  # "Rail Workers Union", "(State) Fire Service": an organisation's name
        if last in NO_SURNAME_HEADS:
            return False  # "Linda Group", "Amara Holdings": a given name opens a company's name
        if last in MOVEMENT_HEADS:
            return False  # "Gang Suppression Force", "Lone Army": a force, no family name
        if after_title and words[0] in MONTH_GIVEN_NAMES:
            return self._calendar_words.isdisjoint(words[1:])
        return self._calendar_words.isdisjoint(words)

    def _country_surname(self, words: list[str]) -> bool:
        """"Mark Holland", "Michael Jordan", "Jörg Ludwig Jordan": one or two known given
        names and a one-word country (not a region: "Anna Victoria" stays open) make a
        person named after it."""
        if len(words) not in (2, 3) or self._names_country(words[0]) or \
                not all(self._is_given_name(word) for word in words[:-1]):
            return False
        entry = self.lexicon.lookup(words[-1])
        return entry is not None and entry.kind == "country"

    def _country_given_name(self, texts: list[str], start: int) -> bool:
        """Whether the country name at ``start`` is a given name before a family name
        ("Israel Katz", "Jordan Bardella"): a capitalised word after it that is no known
        name, no common word and no title, and no third name word."""
        if texts[start] not in self.lexicon.given_names \
                and not (start > 0 and self._title_or_honorific(texts[start - 1])):
            return False  # (after a title any country's name may be a given name:
            # "Defence Minister Israel Katz")
        after = texts[start + 1]
        return is_name_text(after) and self.lexicon.lookup(after) is None \
            and not self._dictionary_word(after) and not self._is_title_word(after) \
            and not (start + 2 < len(texts) and is_name_text(texts[start + 2]))

    def _given_name_region(self, text: str) -> bool:
        """A region or country that is also a given name ("Virginia", "Israel")."""
        entry = self.lexicon.lookup(text)
        return entry is not None and entry.kind in {"region", "country"} \
            and text in self.lexicon.given_names

    def _given_and_title_surname(self, texts: list[str], i: int) -> bool:
        """Whether a known given name at ``i`` (no country's or region's name) comes
        before a title word that is also a common family name ("Catherine King", "Sarah
        Bishop", "Klaus Richter"): the two words are a person's name."""
        return texts[i + 1] in TITLE_SURNAMES and self._is_given_name(texts[i]) \
            and not self._names_country(texts[i])

    def _title_or_honorific(self, word: str) -> bool:
        """Whether ``word`` is a title ("Minister") or an honorific ("Dr.", "Mrs"): either
        before capitalised words shows that they name a person."""
        return word in HONORIFICS or self._is_title_word(word)

    def _is_title_word(self, word: str) -> bool:
        """``self.words.is_title_word``, remembered per word: the person rules ask
        about every word around a run of names (three calls deep in ``vocab``)."""
        try:
            return self._title_words[word]
        except KeyError:
            if len(self._title_words) > 100_000:
                self._title_words.clear()  # bounded memory over a long corpus
            answer = self._title_words[word] = self.words.is_title_word(word)
            return answer

    def _names_country(self, text: str) -> bool:
        """Whether the word alone is the name of a country or region (remembered
        per word: every word of every name is asked)."""
        answer = self._country_words.get(text)
        if answer is None:
            if len(self._country_words) > 100_000:
                self._country_words.clear()  # bounded memory over a long corpus
            entry = self.lexicon.lookup(text)
            answer = self._country_words[text] = \
                entry is not None and entry.kind in {"country", "region"}
        return answer

    def _person_node(self, doc: Doc, written: str) -> Node:
        """The node of the person named ``written`` (a span's text)."""
        name = written.replace(" - ", "-")
        return add_node(doc, Node(f"person:{slug(name)}", ["Person"],
                                  {"name": name, "aliases": []}))

    def _surname_spans(self, doc: Doc, taken: list[Span], blocked: set[int]) -> list[Span]:
        """Later mentions by surname (or surname + genitive s) of persons found,
        outside ``blocked`` (the tokens of ``taken``)."""
        table = token_table(doc)
        texts = table.text
        by_surname: dict[str, str] = {}
        #: Hyphenated surnames by their first part: "Strack" -> ("Zimmermann", person).
        hyphenated: dict[str, tuple[str, str]] = {}
        #: The persons of three or more name words by their first word (see _name_gone_by).
        firsts: dict[str, set[str]] = {}
        space = table.space
        for span in taken:
            if span.label == PER:
                person = _entity_id(span)
                start, end = span.start, span.end
                by_surname.setdefault(texts[end - 1], person)
                if end - start >= 4 and texts[end - 2] in {"-", "‐"} \
                        and not space[end - 3] and not space[end - 2]:
                    hyphenated.setdefault(texts[end - 3], (texts[end - 1], person))
                first = texts[start]
                if end - start > 1 and self._is_family_name_first(first):
                    by_surname.setdefault(first, person)  # "Wang Yi" … "Wang said"
                elif end - start > 2 and self._name_gone_by(first):
                    firsts.setdefault(first, set()).add(person)
                if end - start < 4:
                    continue  # (most names: too short for a particle inside)
                for k in range(start + 1, end - 2):
                    if texts[k + 1] in PARTICLES and is_name_text(texts[k]):
                        # "Luiz Inácio Lula da Silva" … "Lula said": the name before
                        # the family name's particle is the one he goes by
                        by_surname.setdefault(texts[k], person)
        for first, persons in firsts.items():
            if len(persons) == 1 and first not in by_surname:
                by_surname[first] = persons.pop()  # "Tedros Adhanom Ghebreyesus" … "Tedros said"
        if not by_surname:
            return []
        nodes = doc.user_data["kg_nodes"]
        spans = []
        wanted = set(by_surname)
        if self.lang == "de":
            wanted.update([surname + "s" for surname in by_surname])
        wanted.update(hyphenated)
        # Only name-like words can be surnames, and only the words wanted matter:
        # their positions, in text order, from the doc's index of words.
        where = table.word_index
        done = -1  # the end of the last hyphenated surname read
        for i in sorted(i for word in wanted if word in where and is_name_text(word)
                        for i in where[word]):
            text = texts[i]
            if i in blocked or i < done:
                continue
            whole = self._hyphenated_surname(table, i, hyphenated) if hyphenated else None
            if whole is not None:  # "Strack-Zimmermann sagte": the whole surname
                span = Span(doc, i, i + 3, label=PER)
                set_kg_id(span, whole[1])
                aliases = nodes[whole[1]].properties["aliases"]
                if whole[0] not in aliases:
                    aliases.append(whole[0])
                spans.append(span)
                done = i + 3
                continue
            person_id = by_surname.get(text)
            if person_id is None and self.lang == "de" and text.endswith("s"):
                person_id = by_surname.get(text[:-1])
            if person_id is None:
                continue
            if text.lower() in self.words.stop_words and table.sent_start[i] \
                    and i + 1 < len(texts):
                following = texts[i + 1]
                if not _is_punct(doc, following) and following[0].islower():
                    continue
            span = Span(doc, i, i + 1, label=PER)
            set_kg_id(span, person_id)
            node = nodes[person_id]
            surname = text if text in by_surname else text[:-1]
            if surname not in node.properties["aliases"]:
                node.properties["aliases"].append(surname)
            spans.append(span)
        return spans

    def _name_gone_by(self, first: str) -> bool:
        """Whether the first word of a person's name of three or more words may name that
        person alone ("Tedros Adhanom Ghebreyesus" … "Tedros said", "Abiy Ahmed Ali" …
        "Abiy"): where a given name comes first and a patronym and a grandfather's name
        after, as in Ethiopia and Eritrea, texts name people by it. Only when one person
        of the text has that first word; no function or title word."""
        return is_name_text(first) and len(first) > 3 \
            and first.lower() not in self.words.stop_words and not self._is_title_word(first)

    @staticmethod
    def _hyphenated_surname(table: TokenTable, i: int,
                            hyphenated: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
        """The surname written ``first-second`` from i and its person's node id, if
        ``hyphenated`` knows it and the tokens there spell it without spaces."""
        known = hyphenated.get(table.text[i])
        texts, space = table.text, table.space
        if known is None or i + 2 >= len(texts) or texts[i + 1] not in {"-", "‐"} \
                or texts[i + 2] != known[0] or space[i] or space[i + 1]:
            return None
        return f"{texts[i]}-{texts[i + 2]}", known[1]

    # -- unseen organisations ----------------------------------------------
    def _organisation_spans(self, doc: Doc, taken: list[Span], blocked: set[int]) -> list[Span]:
        """Organisations the lexicon lacks, outside ``blocked`` (the tokens of ``taken``)."""
        spans = []
        table = token_table(doc)
        lowers = table.lower
        candidates = list(self.words.organisation_candidates(doc, blocked))
        candidates += self._possessive_head_names(table, blocked, candidates)
        known_starts: set[int] = set()
        states_by_start: dict[int, int] = {}
        states_by_end: dict[int, int] = {}
        cities_by_end: dict[int, int] = {}
        cities_by_start: dict[int, int] = {}
        acronyms_by_end: dict[int, int] = {}
        regions_by_start: dict[int, int] = {}  # English: "… Union of Wales" is named like a state's
        named_acronyms: list[tuple[str, Node]] = []  # "Flughafenverband ADV": ("ADV", its node)
        person_starts: set[int] = set()
        for span in taken if candidates else ():  # one pass for the six tables
            label = span.label
            if label == PER:
                person_starts.add(span.start)
            elif label == ORG:
                known_starts.add(span.start)
                if span.end - span.start == 1:
                    acronyms_by_end[span.end] = span.start
            elif label == GPE:
                states_by_start[span.start] = span.end
                states_by_end[span.end] = span.start
            elif label == LOC:
                cities_by_end[span.end] = span.start
                cities_by_start[span.start] = span.end
                if self.lang == "en" and self._is_region_span(doc, span):
                    regions_by_start[span.start] = span.end
        if self._club_prefix_positions(doc):
            spans += self._prefixed_clubs(doc, taken, blocked)
        for start, end in candidates:
            start = self._possessive_name_start(table, blocked, start)
            start = self._state_name_start(table.text, start, end, states_by_end)
            start = self._city_name_start(table.text, start, end, cities_by_end)
            start = self._acronym_name_start(table.text, start, end, acronyms_by_end)
            if end - start == 1 and lowers[start].startswith(EVENT_PREFIXES):
                continue  # "Frühjahrskonferenz": a meeting, no organisation
            if end in known_starts and self.lang == "de" and not any(table.space[start:end - 1]):
                continue  # "der Bauerndachverband Copa-Cogeca", "die EU-Grenzschutzagentur
                # Frontex": one (hyphenated) word for the kind of the named one
            if end - start == 1 and self._after_indefinite_article(table, start):
                continue  # "bei einer Sonderkonferenz", "einen parlamentarischen
                # Untersuchungsausschuss": one of a kind, not a body's name
            if self._cabinet_title(table.text, end):
                continue
            if self._council_member_title(table.text, start, end, person_starts):
                continue
            end = self._without_date_tail(table.text, start, end)
            end = self._state_of_name_end(table.text, start, end, states_by_start, regions_by_start)
            end = self._german_genitive_name_end(table.text, blocked, start, end)
            end = self._german_fuer_name_end(table.text, blocked, start, end)
            end = self._lower_case_name_end(table.text, blocked, end)
            end = self._german_city_name_end(table.text, end, cities_by_start)
            end = self._german_country_name_end(table.text, start, end, states_by_start,
                                                cities_by_start)
            if end - start == 1 and lowers[start].endswith(vocab.DE_PLACE_NAMED_SUFFIXES) \
                    and not (lowers[start].startswith(vocab.DE_OFFICIAL_PREFIXES)
                             and not lowers[start].endswith("museum")):  # ("Stadtmuseum")
                continue  # "die Universität", "die Staatsanwaltschaft": no name after them
            if end - start == 1 and (_bare_generic_head(table.text[start])
                                     or lowers[start].startswith(GENERIC_KIND_PREFIXES_DE)):
                continue  # "das Landesamt", "des Departements" with no name after it; "der
                # Branchenverband", "der Dachverband": what kind of body, not which
            acronym = self._german_acronym_after(table.text, blocked, end)
            if acronym:
                end += 1
            span = Span(doc, start, end, label=ORG)
            name = self.words.organisation_base_form(span)
            key = f"organisation:{slug(name)}"
            known = self.lexicon.lookup(name) or self._governing_party(span_text(span))
            if known is not None:
                set_kg_id(span, self._entry_node(doc, known, span_text(span)).id)
            else:
                node = add_node(doc, Node(key, ["Organisation"],
                                          {"name": name, "aliases": [span_text(span)]}))
                set_kg_id(span, node.id)
                if acronym:
                    named_acronyms.append((acronym, node))
            spans.append(span)
        if named_acronyms:
            self._acronyms_of_named_heads(doc, named_acronyms, blocked, spans)
        spans += self._company_short_forms(doc, blocked, spans)
        spans += self._employer_names(doc, [*taken, *spans], blocked)
        spans += self._employers_before_titles(doc, [*taken, *spans], blocked)
        if self.lang == "de":  # (no list of the spans so far made for other texts)
            spans += self._german_employer_names(doc, [*taken, *spans], blocked)
        spans += self._for_place_names(doc, taken, blocked, spans)
        spans += self._movement_spans(doc, blocked, spans)
        spans += self._national_service_spans(doc, taken, spans)
        spans += self._legal_form_companies(doc, taken, blocked, spans)
        spans += self._utility_names(doc, blocked, [*taken, *spans])
        if self.lang == "en":
            spans += self._regional_governments(doc, blocked)
        spans += self._based_companies(doc, blocked, spans)
        spans += self._names_before_based_appositions(doc, taken, blocked, spans)
        spans += self._romance_head_names(doc, taken, spans)
        if self.lang == "en":
            spans += self._companies_of_states(doc, taken, blocked, spans)
        if self.lang == "de":
            spans += self._missions_of_known_bodies(doc, taken, blocked, spans)
            spans += self._national_institutions(doc, taken, blocked, spans)
            spans += self._german_compounds_before_places(doc, taken, blocked, spans)
            spans += self._employers_in_german_titles(doc, taken, blocked, spans)
        spans += self._branch_spans(doc, taken)
        spans += self._pairs_after_plural_kind_nouns(doc, taken, blocked, spans)
        spans += self._examples_after_plural_kind_nouns(doc, taken, blocked, spans)
        spans += self._acronyms_before_party_nouns(doc, blocked, spans)
        spans += self._names_before_party(doc, blocked, spans)
        spans += self._party_family_names(doc, blocked, spans)
        spans += self._names_after_kind_nouns(doc, taken, blocked, spans)
        spans += self._quoted_names_after_kind_nouns(doc, taken, blocked, spans)
        spans += self._lists_before_other_kind_nouns(doc, taken, blocked, spans)
        spans += self._acronym_definitions(doc, taken + spans, blocked, spans)
        spans += self._parties_in_brackets(doc, taken, blocked, spans)
        spans += self._bare_eu_commission(doc, taken, blocked, spans)
        spans += self._undefined_initialisms(doc, taken, blocked, spans)
        spans += self._hyphenated_acronyms(doc, taken, blocked, spans)
        spans += self._names_before_kind_appositions(doc, taken, blocked, spans)
        spans += self._names_before_german_kind_appositions(doc, taken, blocked, spans)
        spans += self._bodies_known_as(doc, blocked, spans)
        spans += self._names_in_kind_appositions(doc, taken, blocked, spans)
        spans += self._authors_of_surveys(doc, taken, blocked, spans)
        self._bare_heads_as_aliases(doc, taken, spans)
        if self.lang == "de":
            self._federal_short_forms(doc, spans)
            self._compound_tails_as_aliases(doc, spans)
            self._descriptions_before_acronyms(doc, taken, spans)
        else:
            self._drop_parents_describing_agencies(doc, taken, spans)
        return spans

    @staticmethod
    def _club_prefix_positions(doc: Doc) -> list[int]:
        return word_positions(doc, "ent-club-prefix", CLUB_PREFIXES.__contains__, 0,
                              len(token_table(doc).text) - 1)

    def _prefixed_clubs(self, doc: Doc, taken: list[Span], blocked: set[int]) -> list[Span]:
        """"FC Porto", "GNK Dinamo Zagreb", "SK Sturm Graz": a sports club's abbreviation
        and the capitalised words after it (a place among them) are the club's name; the
        name's first word alone later names the club too ("Dinamo said …"). ``taken``: the
        spans of the rules before (``blocked`` their tokens)."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        places = {i for span in taken if span.label in (LOC, GPE)
                  for i in range(span.start, span.end)}
        used = set(blocked)
        found: list[Span] = []
        for k in self._club_prefix_positions(doc):
            end = k + 1
            while end < n and end - k <= 3 and (end not in used or end in places) \
                    and texts[end][:1].isupper() and texts[end].isalpha() \
                    and texts[end].lower() not in self.words.stop_words:
                end += 1
            if end == k + 1 or k in used and k not in places:
                continue
            span = Span(doc, k, end, label=ORG)
            node = _organisation_node(doc, span_text(span), kind="sports")
            set_kg_id(span, node.id)
            found.append(span)
            used.update(range(k, end))
            if k + 1 not in places:  # "Dinamo" of "GNK Dinamo Zagreb", not "Porto"
                self._other_mentions(doc, k + 1, end, node, found, used)
        return found

    @staticmethod
    def _after_indefinite_article(table: TokenTable, start: int) -> bool:
        """Whether an indefinite article opens the noun phrase of the word at ``start``,
        right before it or before up to two inflected adjectives ("eine neue
        Expertenkommission", "einen parlamentarischen Untersuchungsausschuss")."""
        texts, lowers = table.text, table.lower
        k = start - 1
        while k >= 0 and start - k <= 2 and texts[k].islower() and texts[k].isalpha() \
                and texts[k].endswith(("e", "en", "er", "es", "em")) \
                and lowers[k] not in GERMAN_INDEFINITE_ARTICLES \
                and lowers[k] not in GERMAN_ARTICLES:
            k -= 1
        return k >= 0 and lowers[k] in GERMAN_INDEFINITE_ARTICLES

    def _drop_parents_describing_agencies(self, doc: Doc, earlier: list[Span],
                                          spans: list[Span]) -> None:
        """"the U.N. children's agency UNICEF", "the U.N. nuclear watchdog IAEA": a known
        body before a few lowercase words and a noun for an agency, right before the
        agency's own name, describes the agency's parent: the text names the agency,
        not the parent (its span is dropped from ``earlier``)."""
        texts = token_table(doc).text
        n = len(texts)
        nouns = [k for k in word_positions(doc, "ent-agency-noun", AGENCY_NOUNS.__contains__,
                                           2, n - 1) if texts[k + 1][:1].isupper()]
        if not nouns:
            return
        orgs = [span for span in (*earlier, *spans) if span.label == ORG]
        starts = {span.start: span for span in orgs}
        ends = {span.end: span for span in earlier if span.label == ORG}
        for k in nouns:
            agency = starts.get(k + 1)
            if agency is None:
                continue
            for end in range(k, max(k - 4, 0), -1):
                parent = ends.get(end)
                if parent is not None:
                    if kg_id(parent) != kg_id(agency) and all(
                            word.islower() or word in POSSESSIVE_MARKS for word in texts[end:k]):
                        earlier.remove(parent)
                    break


    def _council_member_title(self, texts: list[str], start: int, end: int,
                              person_starts: set[int]) -> bool:
        """"der Landrat des Landkreises …", "dem Aargauer Regierungsrat Stephan Attiger":
        a one-word title ("Landrat"), or a German council's name right before a
        person's, is that person's title (a member of the council), no body; so is
        a city councillor's with a portfolio ("Wiener Bildungsstadtrat", "Stadträtin"):
        the city's council is the bare "Stadtrat"."""
        last = texts[end - 1]
        if end - start == 1 and self._is_title_word(last):
            return True
        low = last.lower()
        if self.lang == "de" and (low.endswith("stadträtin") or
                                  low.endswith("stadtrat") and len(low) > len("stadtrat") + 2):
            return True
        return self.lang == "de" and end in person_starts and last.endswith(("rat", "rätin"))

    def _company_short_forms(self, doc: Doc, blocked: set[int], spans: list[Span]) -> list[Span]:
        """"Abra chairman …", "Abra's bonds" after "Abra Group": the first word of an
        English company name the rules built ("… Group", "… Airlines", "… Holdings")
        standing alone later names that company (see ``_other_mentions``).
        ``blocked``: the tokens of the spans before, ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        companies = [span for span in spans if span.end - span.start == 2
                     and texts[span.end - 1] in COMPANY_LAST_WORDS]
        if not companies:
            return []
        nodes = doc.user_data["kg_nodes"]
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for span in companies:
            node = nodes.get(kg_id(span))
            if node is not None:
                self._other_mentions(doc, span.start, span.end, node, found, taken,
                                     opening_ok=False)
        return found

    @staticmethod
    def _federal_short_forms(doc: Doc, spans: list[Span]) -> None:
        """"das Arbeitsministerium" in a text that names the "Bundesarbeitsministerium":
        the short form of a federal body's compound names that body (an alias, no node
        of its own). Only one-word bodies the rules found (not the lexicon's)."""
        nodes = doc.user_data["kg_nodes"]
        federal: dict[str, str] = {}  # short form, lower case -> the federal body's node id
        for span in spans:
            node = nodes.get(kg_id(span)) if span.label == ORG and len(span) == 1 else None
            name = str(node.properties.get("name", "")) if node is not None else ""
            if name.startswith("Bundes") and len(name) > 12 and node is not None \
                    and not node.properties.get("kind"):
                federal[name[6:].lower()] = node.id
        if not federal:
            return
        for span in spans:
            node = nodes.get(kg_id(span)) if span.label == ORG and len(span) == 1 else None
            if node is None or node.properties.get("kind"):
                continue
            federal_id = federal.get(str(node.properties.get("name", "")).lower())
            if federal_id is None or federal_id == node.id:
                continue
            aliases = nodes[federal_id].properties.setdefault("aliases", [])
            if span_text(span) not in aliases:
                aliases.append(span_text(span))
            set_kg_id(span, federal_id)
            if not any(kg_id(other) == node.id for other in spans):
                del nodes[node.id]

    def _plural_owner_before(self, table: TokenTable, blocked: set[int], k: int) -> int | None:
        """The first word of a capitalised plural owner before the possessive mark at
        ``k`` ("National Farmers'", "People's"), else None. A singular owner
        ("Britain's Labour Party") names who has the organisation, not its name."""
        texts = table.text
        mark = texts[k]
        owner = k - 1
        if self.lang != "en" or owner < 0 or mark not in POSSESSIVE_MARKS or owner in blocked:
            return None
        word = texts[owner]
        plural = (word in IRREGULAR_PLURALS or word.endswith("men") and word[:1].isupper()
                  and len(word) > 5) if mark in POSSESSIVE_S else \
            word.endswith("s") and word[:1].isupper() and word.isalpha()
        if not plural:
            return None
        first = owner
        while first > 0 and owner - first < 3 and first - 1 not in blocked \
                and texts[first - 1][:1].isupper() and texts[first - 1].isalpha() \
                and table.lower[first - 1] not in self.words.stop_words:
            first -= 1
        return first

    def _possessive_name_start(self, table: TokenTable, blocked: set[int], start: int) -> int:
        """"Workers' Party of Korea", "People's Bank of China": a capitalised plural
        owner with a possessive mark opens the name the candidate after it ends."""
        if start < 2:
            return start
        first = self._plural_owner_before(table, blocked, start - 1)
        return start if first is None else first

    def _possessive_head_names(self, table: TokenTable, blocked: set[int],
                               candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"the Women's Institute", "Workers' Party": a single organisation head after
        a capitalised plural owner (the candidates need two words)."""
        if self.lang != "en":
            return []
        texts = table.text
        starts = {start for start, _ in candidates}
        found = []
        for k in table.positions("ent-possessive-mark", POSSESSIVE_MARKS.__contains__, 1,
                                 len(texts) - 1):
            head = k + 1
            if texts[head] in vocab.EN_ORG_HEADS and head not in blocked and head not in starts \
                    and self._plural_owner_before(table, blocked, k) is not None:
                end = head + 1  # "Teachers' Service Commission": heads only, no candidate
                while end < len(texts) and texts[end] in vocab.EN_ORG_HEADS and end not in blocked:
                    end += 1
                found.append((head, end))
        return found

    def _state_name_start(self, texts: list[str], start: int, end: int,
                          states_by_end: dict[int, int]) -> int:
        """"Kenya Union of Teachers", "Ghana Association of Bankers": a name that opens
        with its head and "of" is completed by the state right before it (the
        state is known, so the candidate started after it); so is an English party's
        name of two words or more, also in a German text ("Pakistan People's Party",
        "Bangladesh Nationalist Party")."""
        if end - start >= 2 and texts[end - 1] in STATE_OPENED_PARTY_HEADS:
            return states_by_end.get(start, start)  # "Pakistan People's Party"
        if self.lang == "en" and end - start >= 2 and start in states_by_end \
                and (texts[end - 1] in COMPANY_LAST_WORDS or texts[end - 1] in LEGAL_FORMS_EN) \
                and self._opens_company_name(texts, states_by_end[start]):
            return states_by_end[start]  # "Vietnam Southern Food Corporation"
        if self.lang == "en" and end - start >= 2 and start in states_by_end \
                and texts[end - 1] in STATE_BODY_HEADS and texts[start] not in vocab.EN_ORG_HEADS \
                and self._opens_company_name(texts, states_by_end[start]):
            return states_by_end[start]  # "Kenya Urban Roads Authority", "Ghana Health Service"
        if self.lang != "en" or end - start < 3 or texts[start] not in vocab.EN_ORG_HEADS \
                or texts[start + 1] != "of":
            return start
        return states_by_end.get(start, start)

    def _opens_company_name(self, texts: list[str], state: int) -> bool:
        """Whether the state's name at ``state`` opens the English name of a national
        company or board after it ("State-owned Vietnam Southern Food Corporation",
        "the Kenya Power and Lighting Company"): none of a place preposition, "of" or
        a possessive before the state ("rice from Vietnam Southern Food Corporation
        bought": the state is where), nor a name it ends ("Northern Ireland")."""
        if state == 0:
            return True
        before = texts[state - 1]
        if is_name_text(before) and before not in {"The", "A"}:
            return False  # "Northern Ireland Policing Board": the state ends a longer name
        return before.lower() not in self.words.place_prepositions \
            and before.lower() not in {"of", "across", "for", "by", "with", "and", "or", "than",
                                       "as"} \
            and before not in POSSESSIVE_MARKS

    def _city_name_start(self, texts: list[str], start: int, end: int,
                         cities_by_end: dict[int, int]) -> int:
        """"Los Angeles Unified School District", "Chicago Teachers Union": an English
        name whose head comes last is opened by the city written right before it
        (the city is known, so the candidate started after it)."""
        if self.lang != "en" or start not in cities_by_end or end - start < 2 \
                or texts[start] in vocab.EN_ORG_HEADS:
            return start
        city = cities_by_end[start]
        return city - 1 if city > 0 and texts[city - 1] == "Greater" else city
        # ("Greater Wellington Regional Council": the metropolitan region's body)

    def _is_place_name(self, name: str) -> bool:
        """Whether the lexicon knows ``name`` as a place ("Bürgermeister von Kiel": the
        city, even where the gazetteer leaves it out as a given name)."""
        entry = self.lexicon.lookup(name)
        return entry is not None and entry.label == "Place"

    def _german_employer_names(self, doc: Doc, taken: list[Span],
                               blocked: set[int]) -> list[Span]:
        """"Der Fraktionschef von GroenLinks-PvdA, …", "Sprecherin von Greenpeace.": after
        a German title and "von", one unknown name that ends the phrase (a comma or a
        full stop after it) names the employer. No plural or abstract noun ("Chef von
        Unternehmen"), no given name, no word of a person's name."""
        if self.lang != "de":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        vons = [k for k in word_positions(doc, "ent-von", "von".__eq__, 1, n - 2)
                if k + 1 not in blocked and self._is_title_word(texts[k - 1])]
        if not vons:
            return []
        taken_tokens = {i for span in taken for i in range(span.start, span.end)}
        person_words = self._person_words(taken, doc)
        name_like = table.flags("name", is_name_text)
        spans = []
        for k in vons:
            i = end = k + 1
            while end + 2 < n and self._joins_name_words(table, name_like, end + 1) or end + 2 < n \
                    and texts[end + 1] == "-" and _is_acronym(texts[end + 2]):
                end += 2  # "GroenLinks-PvdA", "Entso-E"
            end += 1
            name = span_text(Span(doc, i, end))
            if end >= n or texts[end] not in {",", ".", ";", ")"} \
                    or any(j in taken_tokens for j in range(i, end)) \
                    or texts[i] in person_words or self._is_given_name(texts[i]) \
                    or not (self._unknown_name(texts[i]) if end - i > 1 else
                            self._kind_name_word(texts[i], first=True)) \
                    or name.lower().endswith(GERMAN_NOUN_ENDINGS) \
                    or self._is_place_name(name):
                continue  # (a hyphenated name's first part may end like a plural)
            span = Span(doc, i, end, label=ORG)
            node = _organisation_node(doc, name, kind="organisation")
            set_kg_id(span, node.id)
            spans.append(span)
        return spans

    def _employer_names(self, doc: Doc, taken: list[Span], blocked: set[int]) -> list[Span]:
        """"chief executive of Liberty Energy", "national president of Unifor",
        "an economist at Capital Economics": after a lowercase title and its
        preposition, one to three unknown capitalised words name the employer (a
        known country or city there is taken already; a person's name, opened by
        a given name, is not an organisation's)."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        n = len(texts)
        spans = []
        person_words: set[str] | None = None  # the words of the persons' names, read once
        for k in word_positions(doc, "ent-employer-title", ORG_TITLE_PREPOSITIONS.__contains__,
                                0, n - 2):
            if lowers[k + 1] not in ORG_TITLE_PREPOSITIONS[texts[k]]:
                continue
            if person_words is None:
                person_words = self._person_words(taken, doc)
            start = k + 2
            end = start
            while end < n and end - start < 3 and end not in blocked \
                    and self._unknown_name(texts[end]) and texts[end].isalpha():
                end += 1
            if start < end < n - 1 and end not in blocked and _is_acronym(texts[end]) \
                    and texts[end].isalpha() and not texts[end + 1][:1].isupper():
                end += 1  # "co-founder of Asociacion ANDES": a Romance name's word in capitals
            if end == start or end < n and (is_name_text(texts[end]) or end in blocked
                                            or texts[end] in POSSESSIVE_MARKS
                                            or lowers[end] in {"at", "for", "of"}) \
                    or not FIELD_WORDS.isdisjoint(texts[start:end]) \
                    or self._is_given_name(texts[start]) or texts[start] in person_words:
                continue
            span = Span(doc, start, end, label=ORG)
            named_before = _longer_name_before(taken, texts, start) if end - start == 1 else None
            if named_before is not None:
                set_kg_id(span, named_before)  # "of Petrovia" after "Petrovia Ltd"
                spans.append(span)
                continue
            name = span_text(span)
            known = self.lexicon.lookup(name)
            node = self._entry_node(doc, known, name) if known is not None else \
                _organisation_node(doc, name, [name])
            set_kg_id(span, node.id)
            spans.append(span)
        return spans

    def _utility_names(self, doc: Doc, blocked: set[int], taken: list[Span]) -> list[Span]:
        """"Welsh Water was fined", "Severn Trent Water", "Scottish Power": one or two
        capitalised words and a utility's service, capitalised, name the company that
        supplies it (written lower-case it is the thing: "Russian gas", "wind power").
        Not inside a longer name ("Council on Water Rights", "Ministry of Natural Gas").
        ``blocked``: the tokens of the earlier rules, ``taken``: the spans so far."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        heads = [k for k in word_positions(doc, "ent-utility-head", UTILITY_HEADS.__contains__,
                                           1, n) if k not in blocked]
        if not heads:
            return []
        occupied = blocked | {i for span in taken for i in range(span.start, span.end)}
        # one-word states, regions and cities may open the name ("Yorkshire Water",
        # "London Power", "Kenya Power")
        local = {span.start for span in taken if span.end - span.start == 1
                 and (span.label == GPE or span.label == LOC
                      and self._is_city_span(doc, span, "region"))}
        stop = self.words.stop_words
        spans: list[Span] = []
        for k in heads:
            if k in occupied or k + 1 < n and is_name_text(texts[k + 1]):
                continue  # ("Water Rights": the name goes on)
            start = k
            if k - 1 in local:
                start = k - 1
            while start > 0 and k - start < 2 and start - 1 not in occupied \
                    and is_name_text(texts[start - 1]) and texts[start - 1].lower() not in stop \
                    and not self._is_title_word(texts[start - 1]):
                start -= 1
            if start == k or start > 0 and texts[start - 1] in NAME_LINK_WORDS:
                continue
            if self.lexicon.country_for_adjective(texts[start]) is not None \
                    and self.lexicon.lookup(" ".join(texts[start:k + 1])) is None:
                continue  # "Russian Gas prices": a state's goods (a known "British Gas" stays)
            span = Span(doc, start, k + 1, label=ORG)
            name = span_text(span)
            known = self.lexicon.lookup(name)
            node = self._entry_node(doc, known, name) if known is not None else \
                _organisation_node(doc, name, kind="company")
            set_kg_id(span, node.id)
            spans.append(span)
            occupied.update(range(start, k + 1))
        return spans

    def _regional_governments(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """"the Scottish Government", "the Queensland Government": a region's adjective
        or name before a capitalised "Government" names that region's government, a body
        of its own (a country's, "the British Government", is left to the rules for
        national governments; lower-case "government" is the common noun)."""
        table = token_table(doc)
        texts = table.text
        heads = table.word_index.get("Government", ())
        spans: list[Span] = []
        for k in heads:
            if k == 0 or k in blocked or table.sent_start[k - 1] and texts[k - 1] == "The":
                continue
            before = texts[k - 1]
            entry = self.lexicon.lookup(before)
            if not (self._regional_adjective(before) or entry is not None
                    and entry.kind == "region") \
                    or k + 1 < len(texts) and texts[k + 1] in NAME_LINK_WORDS:
                continue  # ("Government of National Unity": another name goes on)
            spans.append(self._organisation_span(doc, k - 1, k + 1, "government"))
        return spans

    def _employers_before_titles(self, doc: Doc, taken: list[Span],
                                 blocked: set[int]) -> list[Span]:
        """"Veloxa chief executive Max Muster", "Lumora CEO Anna Berg", "Podemos leader
        Ione Belarra": one or two unknown capitalised words right before a company
        officer's or a leader's title that a person's name follows name the company
        (the party, the movement) (a known country, city or body there is taken
        already). ``taken``: the spans so far, ``blocked``: the tokens of the earlier."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        n = len(texts)
        # (the person's name after the title is an earlier span: its tokens are blocked)
        # ("Vexa's chief executive, Paul Lang,": the name may follow as an apposition)
        cues = [k for k in word_positions(doc, "ent-company-title", COMPANY_TITLES.__contains__,
                                          1, n - 1)
                if k + 1 in blocked or texts[k + 1] == "," and k + 2 in blocked]
        if not cues:
            return []
        person_starts = {span.start for span in taken if span.label == PER}
        cues = [k for k in cues if k + 1 in person_starts or texts[k + 1] == ","
                and k + 2 in person_starts]  # (a title with no person's name
        if not cues:  # after it names no employer: no set of the taken tokens then)
            return []
        occupied = blocked | {i for span in taken for i in range(span.start, span.end)}
        person_words: set[str] | None = None
        spans: list[Span] = []
        for k in cues:
            opener = TITLE_OPENERS.get(texts[k])
            title = k - 1 if opener is not None and lowers[k - 1] == opener else k
            if title == k and opener is not None:
                continue  # "executive", "director" alone are no titles
            # "Nordic Vexa's chief executive Paul Lang": the name owns the title.
            possessive = title > 1 and texts[title - 1] in POSSESSIVE_S
            if texts[k + 1] == "," and not possessive:
                continue  # "Vexa's chief executive, Paul Lang": only with the possessive
            end = title - 1 if possessive else title
            start = end
            while start > 0 and end - start < 2 and start - 1 not in occupied \
                    and texts[start - 1].isalpha() and lowers[start - 1] not in TITLE_MODIFIERS \
                    and (_is_acronym(texts[start - 1]) or self._unknown_name(texts[start - 1])
                         or possessive and start < end
                         and texts[start - 1].lower() in self.lexicon.adjectives):
                start -= 1  # ("Bavarian Nordic's": a people's adjective may open the name)
            if start == end or start > 0 and not table.sent_start[start] \
                    and is_name_text(texts[start - 1]):
                continue  # no name, or a longer run of names than two words
            if person_words is None:
                person_words = self._person_words(taken, doc)
            if self._is_given_name(texts[start]) or texts[start] in person_words \
                    or all(word in vocab.EN_ORG_HEADS for word in texts[start:end]) \
                    or texts[k] == "leader" and texts[start].lower() in english_words():
                continue  # "Smith adviser Jane Roe": a person's; "Board chairman": no name;
                # "Opposition leader Raila Odinga": a kind of leader
            span = Span(doc, start, end, label=ORG)
            name = span_text(span)
            known = self.lexicon.lookup(name)
            kind = "organisation" if texts[k] == "leader" else "company"  # "Podemos leader"
            node = self._entry_node(doc, known, name) if known is not None else \
                _organisation_node(doc, name, kind=kind)
            set_kg_id(span, node.id)
            spans.append(span)
            occupied.update(range(start, end))
        return spans

    def _german_acronym_after(self, texts: list[str], blocked: set[int], end: int) -> str:
        """The acronym right after a German candidate ("der Flughafenverband ADV", "die
        Reederei MSC"): the body's own short name, written after the noun that says what
        it is; "" if none (a known acronym is taken already: "der Verband BDI")."""
        if self.lang != "de" or end >= len(texts) or end in blocked:
            return ""
        text = texts[end]
        if 2 <= len(text) <= 6 and text.isupper() and text.isalpha() \
                and not (end + 1 < len(texts) and texts[end + 1] == "(") \
                and not texts[end - 1].isupper():
            return text
        return ""

    def _acronyms_of_named_heads(self, doc: Doc, named: list[tuple[str, Node]],
                                 blocked: set[int], spans: list[Span]) -> None:
        """The acronyms of ``named`` become aliases of their nodes, and their other
        mentions ("ADV-Hauptgeschäftsführer") mentions of them."""
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        for acronym, node in named:
            if acronym not in node.properties["aliases"]:
                node.properties["aliases"].append(acronym)
            node.properties.setdefault("acronym", acronym)
            self._later_acronyms(doc, acronym, node.id, spans, taken)

    def _german_city_name_end(self, texts: list[str], end: int,
                              cities_by_start: dict[int, int]) -> int:
        """"Handelskammer Hamburg", "Handwerkskammer Berlin", "Stadtwerke München": a
        German head right before a known city is named by it (the city is known, so
        the candidate stopped before it); so is one "für" a known place ("Handwerkskammer
        für München und Oberbayern"), and a university "zu" one ("Universität zu Köln")."""
        if self.lang != "de" or not texts[end - 1].lower().endswith(vocab.DE_ORG_SUFFIXES):
            return end
        if end + 1 < len(texts) and texts[end] == "für" and end + 1 in cities_by_start:
            return self._places_for_end(texts, end + 1, cities_by_start)
        if end + 1 < len(texts) and texts[end] == "zu" and end + 1 in cities_by_start \
                and texts[end - 1].lower().endswith(vocab.DE_PLACE_NAMED_SUFFIXES[:2]):
            return cities_by_start[end + 1]  # "Humboldt-Universität zu Berlin"
        city_end = cities_by_start.get(end)
        if city_end is None or city_end < len(texts) and texts[city_end] in {"-", "‐"}:
            return end
        return city_end

    def _german_country_name_end(self, texts: list[str], start: int, end: int,
                                 states_by_start: dict[int, int],
                                 places_by_start: dict[int, int]) -> int:
        """"Wirtschaftskammer Österreich (WKÖ)", "Naturschutzbund Deutschland,": a German
        one-word head right before a country in the nominative names that country's
        body, when a bracket, a punctuation mark or "und" ends the phrase there (the
        country is known, so the candidate stopped before it). A country after a
        subject ("der Verband Österreichs", "… Deutschland vorwirft") is no name's."""
        if self.lang != "de" or end - start != 1:
            return end
        state_end = states_by_start.get(end)
        if state_end is None:
            region_end = places_by_start.get(end)  # "Silicon Saxony": a region's English name
            return region_end if region_end is not None \
                and self._foreign_country_name(" ".join(texts[end:region_end])) else end
        if self._foreign_country_name(" ".join(texts[end:state_end])):
            return state_end  # "GeoSphere Austria", "Salinen Austria": a German text's
            # English name of a country is a body's name part, whatever comes around it
        if not texts[start].lower().endswith(vocab.DE_ORG_SUFFIXES) \
                or texts[state_end - 1].endswith("s") \
                or state_end < len(texts) and texts[state_end] not in COUNTRY_NAME_CLOSERS:
            return end
        return state_end

    def _foreign_country_name(self, surface: str) -> bool:
        """Whether ``surface`` is a country's or region's name in the other language only
        ("Austria", "Saxony" in a German text): there it can only be part of a name."""
        entry = self.lexicon.lookup(surface)
        return entry is not None and entry.kind in ("country", "region") \
            and surface != entry.names.get(self.lang) and surface == entry.names.get("en")

    @staticmethod
    def _places_for_end(texts: list[str], start: int, cities_by_start: dict[int, int]) -> int:
        """"Handwerkskammer für München und Oberbayern": the end of the known places
        (one, or two joined by "und") a body's name says it is for, from ``start``."""
        end = cities_by_start[start]
        if end + 1 < len(texts) and texts[end] == "und" and end + 1 in cities_by_start:
            end = cities_by_start[end + 1]
        return end

    def _acronym_name_start(self, texts: list[str], start: int, end: int,
                            acronyms_by_end: dict[int, int]) -> int:
        """"EU Chamber of Commerce", "ANC Youth League": a known organisation's
        acronym written right before an English name with its own head opens that
        name (a body of the one the acronym names, not the same one)."""
        before = acronyms_by_end.get(start)
        if self.lang != "en" or before is None or end - start < 2:
            return start
        acronym = texts[before]
        if not (2 <= len(acronym) <= 5 and acronym.isupper() and acronym.isalpha()):
            return start
        return before

    def _branch_spans(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """"Service Employees International Union Local 99": a known union and the
        numbered branch after it name the branch (one node per union and number,
        also when the union is written by its acronym)."""
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        n = len(texts)
        spans = []
        nodes: dict[tuple[str, str], str] = {}
        for span in taken:
            end = span.end
            if span.label != ORG or not (end + 1 < n and texts[end] in vocab.EN_BRANCH_WORDS
                                         and texts[end + 1].isdigit()):
                continue
            branch = Span(doc, span.start, end + 2, label=ORG)
            key = (_entity_id(span), texts[end + 1])
            node_id = nodes.get(key)
            if node_id is None:
                name = span_text(branch)
                node_id = nodes[key] = _organisation_node(doc, name).id
            else:
                aliases = doc.user_data["kg_nodes"][node_id].properties["aliases"]
                if span_text(branch) not in aliases:
                    aliases.append(span_text(branch))
            set_kg_id(branch, node_id)
            spans.append(branch)
        return spans

    def _german_genitive_name_end(self, texts: list[str], blocked: set[int], start: int,
                                  end: int) -> int:
        """"Hauptverband der Deutschen Bauindustrie": an association word named by a
        genitive with a capitalised adjective after it ("der Deutschen", "des
        Europäischen") takes that genitive into its name, and so does a plural noun
        alone ("Fachverband der Seilbahnen"); a plain genitive ("der Bauernverband der
        Region") does not."""
        if self.lang != "de" or end - start != 1 or end + 2 >= len(texts) \
                or not texts[start].lower().endswith(ASSOCIATION_WORDS) \
                or texts[end] not in {"der", "des"}:
            return end
        k = end + 1
        while k < len(texts) and k not in blocked and texts[k][:1].isupper() \
                and texts[k].endswith("en") and texts[k].isalpha() and k - end <= 2:
            k += 1
        if k == end + 2 and k < len(texts) and not texts[k][:1].isupper() \
                and not _adjective(texts[k - 1]) and len(texts[k - 1]) > 5:
            return k  # "Fachverband der Seilbahnen": the members in the plural, no adjective
        if k == end + 1 or k >= len(texts) or k in blocked or not texts[k][:1].isupper() \
                or not texts[k].isalpha():
            return end
        return k + 1

    def _german_fuer_name_end(self, texts: list[str], blocked: set[int], start: int,
                              end: int) -> int:
        """"Max-Planck-Institut für Meteorologie", "Bundesamt für Migration und
        Flüchtlinge": a German head ending the candidate, "für" and a capitalised noun in
        the singular (and "und" with one more) say what the body is for, in its name. A
        plural after "für" ("der Verband für Betriebe") is whom it serves, no name."""
        if self.lang != "de" or end + 1 >= len(texts) or texts[end] != "für" \
                or not texts[end - 1].lower().endswith(vocab.DE_ORG_SUFFIXES) \
                or not (self._singular_name_noun(texts, blocked, end + 1)
                        or texts[end - 1].lower().endswith(vocab.DE_PLURAL_REMIT_SUFFIXES)
                        and end + 1 not in blocked and is_name_text(texts[end + 1])) \
                or any(texts[k].lower().startswith(FUER_VERB_STEMS)
                       and texts[k].lower() not in GERMAN_INDEFINITE_ARTICLES
                       for k in range(max(start - 3, self._after_preposition(texts, start), 0),
                                      start)):
            return end  # "sorgte der Bauernverband für Aufsehen": the verb's object
        name_end = _listed_portfolios_end(texts, blocked, end + 2)
        if name_end + 1 < len(texts) and texts[name_end] == "und" and name_end + 1 not in blocked \
                and texts[name_end + 1][:1].isupper() and texts[name_end + 1].isalpha():
            name_end += 2
        if name_end < len(texts) and texts[name_end].lower().startswith(FUER_VERB_STEMS):
            return end  # "…, dass der Verband für Klarheit sorgt"
        return name_end

    @staticmethod
    def _after_preposition(texts: list[str], start: int) -> int:
        """Where the words before a head at ``start`` that may govern its "für" begin: after
        a preposition right before the head or its article ("sprach mit der Agentur für
        Gesundheit": the preposition's object, whose "für" names it), else 0."""
        for k in (start - 1, start - 2):
            if k >= 0 and (texts[k] in KIND_PREPOSITIONS_DE or texts[k] in KIND_CONTRACTIONS):
                return k + 1
        return 0

    def _lower_case_name_end(self, texts: list[str], blocked: set[int], end: int) -> int:
        """"der Orchestergewerkschaft unisono, Gerald Mertens", "die Gewerkschaft vida.":
        a German union or association may write its own name in lower case after its
        kind noun. A short lower-case word there (the German list has every short word:
        a longer one may be a verb, "der Verein protestierte."), before a comma or the
        sentence's end, is that name when it is no German word, or when a person's name
        follows the comma (the body's officer: no adverb stands there); not "die
        Gewerkschaft jedoch,"."""
        if self.lang != "de" or end + 1 >= len(texts) or end in blocked \
                or not texts[end - 1].lower().endswith(LOWER_CASE_NAMED_HEADS_DE):
            return end
        word = texts[end]
        if not (word.isalpha() and word.islower() and 3 <= len(word) <= SHORT_GERMAN_WORD) \
                or texts[end + 1] not in {",", ".", ";", "("} \
                or word in self.words.stop_words or word.endswith(ADVERB_ENDINGS_DE):
            return end
        if _german_form(german_words(), word) and not (
                texts[end + 1] == "," and end + 3 < len(texts)
                and is_name_text(texts[end + 2]) and is_name_text(texts[end + 3])
                and texts[end + 2] in self.lexicon.given_names):
            return end
        return end + 1

    @staticmethod
    def _singular_name_noun(texts: list[str], blocked: set[int], k: int) -> bool:
        """Whether the word at ``k`` is a capitalised German noun that ends like no
        plural ("Meteorologie", "Arbeit", "Weltwirtschaft"; not "Betriebe", "Landwirten")."""
        word = texts[k]
        return k not in blocked and word[:1].isupper() and word.isalpha() and len(word) > 3 \
            and (word.endswith("ie") or not word.endswith(GERMAN_PLURAL_ENDINGS))

    def _state_of_name_end(self, texts: list[str], start: int, end: int,
                           states_by_start: dict[int, int], regions_by_start: dict[int, int]) -> int:
        """"Central Bank of Nigeria", "Supreme Court of India", "Farmers' Union of
        Wales": a state or a region after "of" completes an English name of two or more
        words ending in an organisation head (the place is a known one, so the
        candidate stopped before it); "Central Bank" alone would name no particular
        bank."""
        if self.lang != "en" or end - start < 2 or end + 1 >= len(texts) \
                or texts[end] != "of" or texts[end - 1] not in vocab.EN_ORG_HEADS:
            return end
        state = end + 2 if texts[end + 1] == "the" else end + 1
        state_end = states_by_start.get(state) or regions_by_start.get(state)
        if state_end is None or state_end < len(texts) and is_name_text(texts[state_end]):
            return end  # "… Council of the Nigeria Labour Congress": the state opens a name
        return state_end

    def _legal_form_companies(self, doc: Doc, taken: list[Span], blocked: set[int],
                              spans: list[Span]) -> list[Span]:
        """"die Vonovia SE", "die Müller Logistik GmbH": capitalised words before a
        legal form name a company (German candidates need an organisation suffix).
        A known organisation or place among the words ("Thyssenkrupp Steel Europe
        AG") is part of the name; a known company alone ("Siemens AG") stays itself.
        Outside ``blocked`` and the tokens of ``spans`` (organisations found so far)."""
        if self.lang != "de":
            return []
        forms = word_positions(doc, "ent-legal-form", vocab.COMPANY_SUFFIXES.__contains__, 1)
        if not forms:
            return []
        blocked = blocked | {i for span in spans for i in range(span.start, span.end)}
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        persons = {i for span in taken if span.label == PER for i in range(span.start, span.end)}
        known_by_start = {span.start: span.end for span in taken if span.label == ORG}
        found = []
        for form in forms:
            if form in blocked:
                continue
            start = form
            while start > 0 and form - start < 4 and start - 1 not in persons \
                    and texts[start - 1][:1].isupper() and texts[start - 1].replace("-", "").isalpha() \
                    and lowers[start - 1] not in self.words.stop_words:
                start -= 1
                if start >= 2 and texts[start - 1] == "&" and texts[start - 2][:1].isupper() \
                        and start - 2 not in persons:
                    start -= 2  # "Kessler & Söhne GmbH": one name of two joined by "&",
                    break  # where the name starts (not "der Zulieferer Kessler & …")
                if start >= 2 and _joins_hyphenated_part(table, start - 1) \
                        and start - 2 not in persons:
                    start -= 2  # "Saar-Menü GmbH": the hyphenated name's first part, where
                    break  # the name starts (not "dem Caterer Saar-Menü GmbH")
            if start == form or known_by_start.get(start) == form or \
                    any(i in blocked and not self._inside_known(taken, i) for i in range(start, form)):
                continue
            span = Span(doc, start, form + 1, label=ORG)
            name = span_text(Span(doc, start, form))
            node = _organisation_node(doc, name, [span_text(span)], kind="company")
            set_kg_id(span, node.id)
            found.append(span)
        return found

    def _based_companies(self, doc: Doc, blocked: set[int], spans: list[Span]) -> list[Span]:
        """"Houston-based Axiom Space", "the Oslo-based Nordlys Robotics", "London-listed
        Petrel Mining": capitalised words right after "<place>-based" (or "-listed",
        "-headquartered") name the body based there (a person has a
        noun first: "London-based artist Jane Roe"). ``blocked``: the tokens of the
        spans before, ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts, space = table.text, table.space
        n = len(texts)
        cues = [k for k in word_positions(doc, "ent-based-listed", COMPANY_BASE_WORDS.__contains__,
                                          2, n - 1)
                if texts[k - 1] in {"-", "‐"} and not space[k - 1] and not space[k - 2]
                and texts[k + 1][:1].isupper()]
        if not cues:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in cues:
            start = end = k + 1
            while end < n and end - start < 4 and end not in taken and texts[end].isalpha() \
                    and texts[end][:1].isupper() and table.lower[end] not in self.words.stop_words:
                end += 1
            if end == start or end < n and texts[end][:1].isupper():
                continue  # a known name, or one that goes on ("… Inc", "… Ltd"): other rules
            span = self._organisation_span(doc, start, end, "company")
            found.append(span)
            taken.update(range(start, end))
        return found

    def _names_before_based_appositions(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                        spans: list[Span]) -> list[Span]:
        """"Bavarian Nordic, based near Copenhagen, has …": capitalised words opening a
        clause before ", based in/near <place>" name a company (a person found before is
        blocked; a nationality adjective may open the name). ``earlier``: the spans of
        the rules before (``blocked`` their tokens), ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        cues = [k for k in word_positions(doc, "ent-based", "based".__eq__, 2, n - 1)
                if texts[k - 1] == "," and texts[k + 1] in BASED_PREPOSITIONS
                and k - 2 not in blocked and texts[k - 2][:1].isupper()]
        if not cues:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        person_words = self._person_words(earlier, doc)
        found: list[Span] = []
        for k in cues:
            end = k - 1
            start = end
            while start > 0 and end - start < 4 and start - 1 not in taken \
                    and is_name_text(texts[start - 1]) \
                    and texts[start - 1].lower() not in self.words.stop_words:
                start -= 1
            if start == end or not (table.sent_start[start] or texts[start - 1] in {",", "and"}
                                    or texts[start - 1].lower() in self.words.stop_words) \
                    or not person_words.isdisjoint(texts[start:end]) \
                    or end - start == 1 and (not self._unknown_name(texts[start])
                                             or texts[start].lower() in english_words()):
                continue  # no name, one inside a longer phrase, a person's, or "Analysts"
            span = Span(doc, start, end, label=ORG)
            node = _organisation_node(doc, span_text(span), kind="company")
            set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(start, end))
            self._other_mentions(doc, start, end, node, found, taken)
        return found

    def _romance_head_names(self, doc: Doc, earlier: list[Span],
                            spans: list[Span]) -> list[Span]:
        """"controlled by Grupo México", "Banco Santander", "die Confederación General
        del Trabajo": a Romance organisation head and the capitalised words after it
        (with "de", "del" … between) are one name, a place among them included.
        ``earlier``: the spans of the rules before, ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        heads = [k for k in word_positions(doc, f"ent-romance-head-{self.lang}",
                                           self._romance_name_head, 0, n - 2)
                 if texts[k + 1][:1].isupper() or texts[k + 1] in ROMANCE_NAME_PARTICLES
                 and texts[k + 2][:1].isupper()]
        if not heads:
            return []
        named = {i for span in (*earlier, *spans) if span.label in (ORG, PER)
                 for i in range(span.start, span.end)}
        place_starts = {span.start for span in earlier if span.label in (LOC, GPE)}
        found: list[Span] = []
        for k in heads:
            if k in place_starts:
                continue  # a known place opening with a head: "Viña del Mar"
            end = k + 1
            while end < n and end - k < 9 and end not in named and (
                    is_name_text(texts[end]) or texts[end] in ROMANCE_NAME_PARTICLES
                    and end + 1 < n and (is_name_text(texts[end + 1]) or
                                         texts[end + 1] in ROMANCE_NAME_PARTICLES
                                         and end + 2 < n and is_name_text(texts[end + 2]))
                    or _joins_hyphenated_name(table, end, named, self.lang == "de")):
                end += 1  # ("de la Nación": two particles before a name word)
            while texts[end - 1] in ROMANCE_NAME_PARTICLES:
                end -= 1  # (a particle before a known name ends no name)
            if k in named or end == k + 1:
                continue  # a known name, or a name word of a longer one after the head
            span = self._organisation_span(doc, k, end, "organisation")
            found.append(span)
            named.update(range(k, end))
        return found

    def _companies_of_states(self, doc: Doc, earlier: list[Span], blocked: set[int],
                             spans: list[Span]) -> list[Span]:
        """"France's Alstom", "led by Sweden's Saab and …": a state's possessive and one
        unknown capitalised word (no English word, given name, title or person's name
        found in the text) name a company of that state; a known place, party or person
        after it is the lexicon's or the persons' ("Germany's Merz" after "Friedrich
        Merz"). ``earlier``: the spans of the rules before (``blocked`` their tokens),
        ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        marks = [k for k in word_positions(doc, "ent-possessive-s", POSSESSIVE_S.__contains__,
                                           1, n - 2)
                 if k - 1 in blocked and k + 1 not in blocked and texts[k + 1][:1].isupper()]
        if not marks:
            return []
        states = {span.end for span in earlier if span.label == GPE}
        marks = [k for k in marks if k in states]
        if not marks:
            return []
        taken = {i for span in spans for i in range(span.start, span.end)}
        person_words = self._person_words(earlier, doc)
        found: list[Span] = []
        for k in marks:
            i = k + 1
            name = texts[i]
            if i in taken or not name.isalpha() or not self._unknown_name(name) \
                    or name.lower() in english_words() or self._is_given_name(name) \
                    or name in person_words or i + 1 < n and not _ends_company_mention(texts[i + 1]):
                continue  # ("India's Gaganyaan crew": a word before a noun names the noun's kind)
            span = self._organisation_span(doc, i, i + 1, "company")
            found.append(span)
            taken.add(i)
        return found

    def _missions_of_known_bodies(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                  spans: list[Span]) -> list[Span]:
        """"die UN-Unterstützungsmission in Libyen", "der EU-Beobachtermission": a known
        body's acronym compounded with a mission is that body's mission, a body of its
        own (whose acronym still mentions the body); the country or region after
        "in"/"im" belongs to its name. ``earlier``:
        the spans of the rules before (``blocked`` their tokens), ``spans``: the
        organisations so far."""
        table = token_table(doc)
        texts, space = table.text, table.space
        n = len(texts)
        heads = [k for k in word_positions(doc, "ent-de-mission", _is_mission_compound, 2, n)
                 if texts[k - 1] in {"-", "‐"} and not space[k - 2] and not space[k - 1]
                 and k - 2 in blocked and k not in blocked]
        if not heads:
            return []
        bodies = {span.start: span for span in earlier
                  if span.label == ORG and span.end - span.start == 1}
        places = {span.start: span for span in earlier if span.label in (LOC, GPE)}
        taken = {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in heads:
            body = bodies.get(k - 2)
            if body is None or not texts[k - 2].isupper() or k in taken:
                continue
            end = k + 1
            place = places.get(end + 1) if end + 1 < n and texts[end] in {"in", "im"} else None
            if place is not None:
                end = place.end  # "UN-Unterstützungsmission in Libyen"
            span = self._organisation_span(doc, k - 2, end, "organisation")
            found.append(span)
            taken.update(range(k - 2, end))
            for inner in (body, place):  # (the UN and Libya are named too)
                inner_id = kg_id(inner) if inner is not None else None
                if inner is not None and inner_id is not None:
                    add_mention(doc, inner_id, inner.start_char, inner.end_char)
        return found

    def _national_institutions(self, doc: Doc, earlier: list[Span], blocked: set[int],
                               spans: list[Span]) -> list[Span]:
        """"die Tschechische Post", "der Österreichische Rundfunk", "die Ungarische
        Nationalbank": German writes a nationality's adjective in lower case ("die
        tschechische Regierung") unless it opens a name; capitalised inside a sentence
        before a noun for a state's post, railway, broadcaster or bank, it names that
        body. ``earlier``: the spans of the rules before (``blocked`` their tokens),
        ``spans``: the organisations so far."""
        table = token_table(doc)
        texts, sent_start = table.text, table.sent_start
        heads = [k for k in word_positions(doc, "ent-national-institution",
                                           NATIONAL_INSTITUTION_NOUNS_DE.__contains__, 2,
                                           len(texts))
                 if k - 1 not in blocked and k not in blocked and not sent_start[k - 1]
                 and texts[k - 1][:1].isupper() and texts[k - 1].endswith(("e", "en", "er"))
                 and (texts[k - 2][:1].islower() or table.lower[k - 2] in GERMAN_ARTICLES)]
        if not heads:
            return []
        taken = {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in heads:
            adjective = texts[k - 1]
            if k - 1 in taken or k in taken \
                    or self.lexicon.country_for_adjective(adjective) is None:
                continue
            stem = re.sub(r"(en|er|e)$", "", adjective)
            name = f"{stem}{NATIONAL_INSTITUTION_NOUNS_DE[texts[k]]} {texts[k]}"
            span = Span(doc, k - 1, k + 1, label=ORG)
            known = self.lexicon.lookup(name)
            node = self._entry_node(doc, known, span_text(span)) \
                if known is not None and known.label == "Organisation" \
                else _organisation_node(doc, name, [span_text(span)])
            set_kg_id(span, node.id)
            found.append(span)
        return found

    def _german_compounds_before_places(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                        spans: list[Span]) -> list[Span]:
        """"der Mietervereinigung Wien.", "vom Nuklearforum Schweiz.", "Die
        Verbraucherzentrale Hamburg riet": a German compound with an association's head
        ("-vereinigung", "-forum", "-kammer" …) right before a known city or country in
        the nominative, the phrase ending there or the two opening the sentence, is that
        place's body (German puts no bare place after a noun otherwise: "in Wien",
        "Wiens"). ``earlier``: the spans of the rules before (``blocked`` their
        tokens), ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        heads = word_positions(doc, "ent-de-association-compound", _german_association_compound,
                               1, n - 1)
        # (a place of ``earlier`` has its tokens in ``blocked``: most compounds stand
        # before none, and then no table of the spans is built)
        heads = [k for k in heads if k + 1 in blocked]
        if not heads:
            return []
        places = {span.start: span.end for span in earlier if span.label in (LOC, GPE)}
        heads = [k for k in heads if k + 1 in places]
        if not heads:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in heads:
            end = places[k + 1]
            if k in taken or texts[end - 1].endswith("s"):
                continue
            subject = table.sent_start[k - 1] and table.lower[k - 1] in GERMAN_ARTICLES
            if end < n and texts[end] not in COUNTRY_NAME_CLOSERS and not subject:
                continue  # "weil der Bauernverband Deutschland vorwirft": an object after it
            span = self._organisation_span(doc, k, end, "organisation")
            name = self.words.organisation_base_form(span)
            if name != span_text(span):  # "des Lawinenwarndienstes Tirol"
                node = _organisation_node(doc, name, [span_text(span)])
                set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(k, end))
        return found

    def _employers_in_german_titles(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                    spans: list[Span]) -> list[Span]:
        """"Hannover-96-Geschäftsführer Martin Kind", "Köln-Sportdirektor Jan Lenz",
        "Eintracht Frankfurts Vorstandssprecher Axel Hellmann": the club or city a
        German company title is compounded with (or the genitive name before it) names
        the employer of the person after it. A city so named is a club or company only
        before a board's title ("Vorstandschef", not "Oberbürgermeister"); a country or
        region is none ("Deutschland-Geschäftsführer": a company's head there). (An unknown word
        so compounded, "Softwerk-Chefin", the roles read: see ``roles``.)
        ``earlier``: the spans of the rules before (``blocked`` their tokens),
        ``spans``: the organisations so far."""
        table = token_table(doc)
        texts, space = table.text, table.space
        n = len(texts)
        titles = [k for k in word_positions(doc, "ent-de-company-title", _german_company_title,
                                            2, n - 1)
                  if texts[k - 1] == "-" and not space[k - 1] and not space[k - 2]
                  or texts[k - 1].endswith("s") and texts[k - 2][:1].isupper()]
        titles = [k for k in titles if k + 1 in blocked]  # (a person of ``earlier`` after it)
        if not titles:
            return []
        persons = {span.start for span in earlier if span.label == PER}
        titles = [k for k in titles if k + 1 in persons]  # (a title with no one named after
        if not titles:  # it names no employer: no tables of the other spans then)
            return []
        places = {span.start: span for span in earlier if span.label in (LOC, GPE)
                  and span.end - span.start == 1}
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in titles:
            board = texts[k].lower().endswith(GERMAN_BOARD_TITLES)
            if texts[k - 1] == "-":
                start = self._compound_name_start(table, k - 1)
                end = k - 1
                name = span_text(Span(doc, start, end))
                if _club_with_year(name):
                    name = name.replace("-", " ")  # the club is "Hannover 96" on its own
            else:  # "Eintracht Frankfurts": a name, then a known place in the genitive
                start, end = k - 2, k
                name = f"{texts[k - 2]} {texts[k - 1][:-1]}"
                if k - 1 not in places or not board or not self._unknown_name(texts[k - 2]) \
                        or k - 3 >= 0 and is_name_text(texts[k - 3]) \
                        and texts[k - 3].lower() not in self.words.stop_words:
                    continue
            if start == end or any(i in taken and i not in places for i in range(start, end)):
                continue  # no name, or a known organisation's or person's
            place = places.get(start) if end - start == 1 else None
            if end - start == 1 and place is None and not _club_with_year(texts[start]):
                continue  # "Softwerk-Chefin": the roles read an unknown word's company
            if place is not None and (not board or not self._is_city_span(doc, place, "region")):
                continue  # "Köln-Trainer" is the club's; "NRW-Regierungschef" the state's,
                # "Deutschland-Geschäftsführer" a company's head for that country (a region
                # before a board's title is a club's name: "Bayern-Vorstandschef")
            for i in range(start, end):
                if i in places:
                    earlier.remove(places.pop(i))  # "Bayern-Vorstandschef": the club
            span = Span(doc, start, end, label=ORG)
            node = _organisation_node(doc, name, kind="organisation")
            set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(start, end))
        return found

    @staticmethod
    def _is_city_span(doc: Doc, span: Span, also: str = "city") -> bool:
        """Whether ``span`` names a city (no state, region or continent); with ``also``
        "region", a city or a region."""
        node = doc.user_data["kg_nodes"].get(kg_id(span))
        return node is not None and node.properties.get("kind") in ("city", also)

    @staticmethod
    def _compound_name_start(table: TokenTable, hyphen: int) -> int:
        """Where the hyphenated name before the hyphen at ``hyphen`` starts: capitalised
        words and numbers joined by hyphens ("Hannover-96-")."""
        texts, space = table.text, table.space
        start = hyphen
        while start > 0 and not space[start - 1] and (
                texts[start - 1][:1].isupper() or texts[start - 1].isdigit()):
            start -= 1
            if start > 1 and texts[start - 1] == "-" and not space[start - 2]:
                start -= 1
                continue
            break
        return start

    def _romance_name_head(self, word: str) -> bool:
        """A Romance head of a name ("Grupo", "Banco"), in English texts none that is an
        English word too ("Tribunal President", "Corte")."""
        return word in ROMANCE_NAME_HEADS and not (
            self.lang == "en" and word.lower() in english_words() and word not in WINERY_HEADS)

    @staticmethod
    def _inside_known(taken: list[Span], i: int) -> bool:
        """Whether token ``i`` belongs to a known organisation or place (not a person)."""
        return any(span.start <= i < span.end and span.label != PER for span in taken)

    def _names_after_kind_nouns(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                spans: list[Span]) -> list[Span]:
        """'den Hersteller KNDS', 'the chipmaker TSMC', 'the dairy cooperative Amul',
        'des estnischen Netzbetreibers Elering': a name right after a noun for a kind
        of organisation names one of that kind (the noun describes, the name names).
        An acronym in capitals follows any such noun; a name in words needs more (see
        ``_kind_noun_opens_name``). A one-word organisation made of the noun itself
        ("Umweltorganisation") gives way to the name. ``earlier``: the spans of the
        rules before (``blocked`` their tokens), ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        nouns = [k for k in word_positions(doc, f"ent-kind-noun-{self.lang}",
                                           self._kind_noun_test, 0, len(texts) - 1)
                 if (texts[k + 1][:1].isupper()  # a name, or a word of one, after the noun
                     or texts[k + 1] in NAMING_WORDS)  # "a subcontractor called Sahel …"
                 and (texts[k] != "tank" or k > 0 and texts[k - 1] == "think")]  # no "tank"
        if nouns and self.lang == "en" and not RIVAL_NOUNS.isdisjoint(texts[k] for k in nouns):
            org_ends = {span.end for span in (*earlier, *spans) if span.label == ORG}
            nouns = [k for k in nouns if texts[k] not in RIVAL_NOUNS or k in org_ends]
        if not nouns:
            return []  # (most texts: no need to collect the tokens taken)
        own = {span.start: span for span in spans if span.end - span.start == 1}
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        person_words: set[str] | None = None
        places: set[int] | None = None
        found = []
        for k in nouns:
            i = k + 1
            called = texts[i] in NAMING_WORDS
            if called:
                i += 1  # "a subcontractor called Sahel Confection", "ein Zulieferer namens …"
                if i >= len(texts) or not texts[i][:1].isupper():
                    continue
            name = texts[i]
            if i in taken:
                town = self._gazetteer_town_at(earlier, i) or \
                    self._city_opening_name_at(earlier, table, taken, i) or \
                    (self._place_at(earlier, i) if called else None) or \
                    self._word_named_person_at(earlier, texts, i)
                if town is None:
                    continue
                earlier.remove(town)  # "the alliance Bayan": no town of the gazetteer
                taken.difference_update(range(town.start, town.end))
            if name.isupper() and name.isalpha() and 2 <= len(name) <= 6:
                if _defined_acronym(texts, name):
                    continue  # "the party EFF" with "Economic Freedom Fighters (EFF)"
                end = i + 1  # an acronym: "the chipmaker TSMC", "doctors' union AMYTS"
            else:
                if not called and not self._kind_noun_opens_name(table, k):
                    continue
                if places is None or person_words is None:
                    places = {span.start for span in earlier
                              if span.label in (LOC, GPE) and span.end - span.start == 1}
                    person_words = self._person_words(earlier, doc)
                end = self._kind_name_end(table, i, taken, places)
                if end == i or not person_words.isdisjoint(texts[i:end]):
                    continue  # no name, or a person's ("the party Smith founded")
                if end == i + 1 and self.lang == "de" and \
                        name.lower().endswith(GERMAN_NOUN_ENDINGS):
                    continue  # "die Organisation Unterstützung": a common noun
                if self.lang == "de" and end < len(texts) and is_name_text(texts[end]) \
                        and end not in taken:
                    continue  # "Pro Heide": a capitalised word after it, name or noun
            kind = "company" if _is_company_noun(texts[k]) else "organisation"
            if texts[k] in NAME_OPENING_KIND_NOUNS and k not in taken:
                i = k  # "die Stiftung Warentest": the kind word is part of the name
            span = self._organisation_span(doc, i, end, kind)
            found.append(span)
            taken.update(range(i, end))
            if k in own:
                spans.remove(own.pop(k))  # "der Umweltorganisation Mobilisation …": its kind
            node = doc.user_data["kg_nodes"][kg_id(span)]
            self._other_mentions(doc, i, end, node, found, taken)  # "Codelco Chairman …"
        return found

    def _quoted_names_after_kind_nouns(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                       spans: list[Span]) -> list[Span]:
        """'die Fanorganisation „Unsere Kurve“', 'the campaign group "Stop the Tolls"': a
        name in quotes right after a noun for a kind of organisation is one of that kind
        (quotes mark a name made of common words). ``earlier``: the spans of the rules
        before (``blocked`` their tokens), ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        nouns = [k for k in word_positions(doc, f"ent-kind-noun-{self.lang}",
                                           self._kind_noun_test, 0, n - 3)
                 if texts[k + 1] in OPENING_QUOTES and texts[k + 2][:1].isupper()]
        if not nouns:
            return []
        taken = {i for span in (*earlier, *spans) if span.label == ORG
                 for i in range(span.start, span.end)}
        found = []
        for k in nouns:
            start = k + 2
            end = self._quote_end(texts, start)
            if end is None or not taken.isdisjoint(range(start, end)) \
                    or table.lower[start] in QUOTE_OPENING_PRONOUNS:
                continue  # no closing quote near, a known organisation inside, or a
                # statement ('der Konzern „Wir sind bereit“')
            for person in [span for span in earlier if span.label == PER
                           and start <= span.start and span.end <= end]:
                earlier.remove(person)  # 'the group "Fair Fares Now"': a name, no person's
            kind = "company" if _is_company_noun(texts[k]) else "organisation"
            span = self._organisation_span(doc, start, end, kind)
            found.append(span)
            taken.update(range(start, end))
        return found

    def _lists_before_other_kind_nouns(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                       spans: list[Span]) -> list[Span]:
        """'Brampton Transit, Mississauga's MiWay and other operators', 'Condor, Eurowings
        und andere Fluggesellschaften': the names listed before "and other" and a plural
        noun for a kind of organisation are organisations of that kind (a known one
        stays itself; a bare place of the list is none). ``earlier``: the spans of the
        rules before (``blocked`` their tokens), ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        test = self._kind_noun_test if self.lang == "de" else self._is_plural_kind_noun
        cues = [k for k in word_positions(doc, f"ent-other-{self.lang}",
                                          OTHER_WORDS[self.lang].__contains__, 2, n - 1)
                if texts[k - 1] in LIST_CONJUNCTIONS and (
                    test(texts[k + 1]) or k + 2 < n and texts[k + 1].islower()
                    and test(texts[k + 2]))]  # "and other operators", "and other oil firms"
        if not cues:
            return []
        known: dict[int, Span] = {}  # the organisations and persons by their last token + 1
        places: set[int] = set()  # the tokens of places
        for span in (*earlier, *spans):
            if span.label in (ORG, PER):
                known[span.end] = span
            else:
                places.update(range(span.start, span.end))
        taken = {i for span in known.values() for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in cues:
            noun = texts[k + 1] if test(texts[k + 1]) else texts[k + 2]
            kind = "company" if _is_company_noun(noun.rstrip("s")) else "organisation"
            end = k - 1  # the conjunction
            for _ in range(5):  # a short list: "A, B, C and other …"
                if end in known:
                    if known[end].label == PER:
                        break  # "Jane Roe and other executives": persons
                    start = known[end].start
                else:
                    start = self._list_item_start(texts, end, taken)
                    if start == end or places.issuperset(range(start, end)):
                        break  # no name, or a bare place ("Saudi Arabia and other producers")
                    node = _organisation_node(doc, span_text(Span(doc, start, end)), kind=kind)
                    span = Span(doc, start, end, label=ORG)
                    set_kg_id(span, node.id)
                    found.append(span)
                    taken.update(range(start, end))
                    self._other_mentions(doc, start, end, node, found, taken)
                if start > 1 and texts[start - 1] in POSSESSIVE_MARKS:  # "Mississauga's MiWay"
                    start = self._list_item_start(texts, start - 1, taken)
                if start == 0 or texts[start - 1] != ",":
                    break
                end = start - 1
        return found

    def _list_item_start(self, texts: list[str], end: int, taken: set[int]) -> int:
        """Where the capitalised name ending at ``end`` starts (up to four words, none a
        known name's or a function word); ``end`` if there is none."""
        start = end
        while start > 0 and end - start < 4 and start - 1 not in taken \
                and is_name_text(texts[start - 1]) \
                and texts[start - 1].lower() not in self.words.stop_words:
            start -= 1
        return start

    @staticmethod
    def _quote_end(texts: list[str], start: int) -> int | None:
        """Where a quoted name from ``start`` ends (its closing quote), within six words
        and no sentence punctuation; None if it does not end so."""
        for end in range(start + 1, min(start + 7, len(texts))):
            if texts[end] in CLOSING_QUOTES:
                return end
            if texts[end] in QUOTED_NAME_BREAKS:
                return None
        return None

    def _acronyms_before_party_nouns(self, doc: Doc, blocked: set[int],
                                     spans: list[Span]) -> list[Span]:
        """"the senator from the MDB party", "the CGT union": an acronym in capitals
        between an article and a lowercase noun for a party or union is that body's
        name ("the AI company", "the LNG producer" are no bodies: only party nouns).
        ``blocked``: the tokens of the spans before, ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        nouns = [k for k in word_positions(doc, "ent-party-noun-en", PARTY_NOUNS_EN.__contains__,
                                           2, len(texts))
                 if _is_acronym(texts[k - 1]) and texts[k - 2] in APPOSITION_ARTICLES_EN]
        if not nouns:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in nouns:
            if k - 1 in taken:
                continue
            acronym = texts[k - 1]
            node = _organisation_node(doc, acronym, kind="organisation")
            span = Span(doc, k - 1, k, label=ORG)
            set_kg_id(span, node.id)
            found.append(span)
            taken.add(k - 1)
            self._later_acronyms(doc, acronym, node.id, found, taken)
            taken.update(span.start for span in found)
        return found

    def _party_family_names(self, doc: Doc, blocked: set[int],
                            spans: list[Span]) -> list[Span]:
        """"Greens leader Anna Holm", "Labor has long attacked …", "the Nationals said":
        a party family's short name ("Greens", "Labor") the lexicon leaves out (it
        names a different party in each country) is a party before a member's title
        or a verb it is the subject of, or after "the" with no name after it (not the
        US "Labor Department" or "Labor Day")."""
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        n = len(texts)
        words = [k for k in word_positions(doc, "ent-party-family-en",
                                           PARTY_FAMILY_WORDS_EN.__contains__, 0, n - 1)
                 if texts[k + 1] in PARTY_FAMILY_CUES_AFTER
                 or k > 0 and texts[k - 1] == "the" and not texts[k + 1][:1].isupper()
                 and texts[k] != "Labor"]
        found = []
        for k in words:
            if k in blocked or any(span.start <= k < span.end for span in spans):
                continue  # (a word or two per text: no set of all the taken tokens)
            span = Span(doc, k, k + 1, label=ORG)
            set_kg_id(span, _organisation_node(doc, texts[k], kind="party").id)
            found.append(span)
        return found

    def _names_before_party(self, doc: Doc, blocked: set[int], spans: list[Span]) -> list[Span]:
        """"whose Ceann Nua party holds the portfolio", "the Aontu Saor party": one to
        three capitalised words between a determiner and a lowercase "party" are the
        party's name. ``blocked``: the tokens of the spans before, ``spans``: the
        organisations so far."""
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        nouns = [k for k in word_positions(doc, "ent-party-movement-word",
                                           NAMED_PARTY_NOUNS.__contains__, 2, len(texts))
                 if texts[k - 1][:1].isupper() and texts[k - 1].isalpha()
                 or self._exclaimed_name_before(texts, token_table(doc).space, k)]
        if not nouns:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in nouns:
            name_end = k - 1 if texts[k - 1] == "!" else k  # "the Mozemo! party"
            start = name_end - 1
            while start > 0 and name_end - start < 3 and texts[start - 1][:1].isupper() \
                    and texts[start - 1].isalpha() \
                    and texts[start - 1].lower() not in self.words.stop_words:
                start -= 1
            if start == 0 or not self._party_phrase_opens(texts, start) \
                    or taken.intersection(range(start, k)) \
                    or self._names_country(texts[name_end - 1]) \
                    or self.lexicon.country_for_adjective(texts[name_end - 1]) is not None \
                    or self.lexicon.country_for_adjective(" ".join(texts[start:name_end])) \
                    is not None \
                    or name_end - start == 1 and self._names_country(texts[start]):
                continue  # no determiner, a name found before, or "the Kenyan party"
            span = Span(doc, start, name_end, label=ORG)
            written = span_text(span)
            known = self.lexicon.lookup(written)
            if name_end - start == 1 and known is None and self._is_party_adjective(written):
                known = self.lexicon.lookup(written + "s") or \
                    self.lexicon.lookup(written + " Party")  # "the Conservative party"
            if known is not None and known.label == "Organisation" \
                    and (texts[k] == "party" or known.kind != "party"):  # no "Labour movement"
                node = self._entry_node(doc, known, written)
            elif name_end - start > 1 or name_end < k or self._movement_name(written):
                # ("the Akbayan party", "the Houthi movement": one word no dictionary has)
                node = _organisation_node(doc, written, kind=NAMED_PARTY_NOUNS[texts[k]])
            else:
                continue  # "the Green party", "the Kenyan party": a kind of party, no name
            set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(start, name_end))
        return found

    @staticmethod
    def _exclaimed_name_before(texts: list[str], space: list[int], k: int) -> bool:
        """"the green-left Mozemo! party": a name written with an exclamation mark ends
        right before the party noun at ``k``."""
        return k >= 3 and texts[k - 1] == "!" and not space[k - 2] and texts[k - 2][:1].isupper() \
            and texts[k - 2].isalpha()

    @staticmethod
    def _party_phrase_opens(texts: list[str], start: int) -> bool:
        """Whether a determiner opens the phrase of a party's name at ``start``, right
        before it or before up to two lowercase modifiers ("the opposition Centro
        Democratico party", "the ruling Georgian Dream party", "the far-right …")."""
        k = start - 1
        modifiers = 0
        while k > 0 and modifiers < 2 and texts[k].lower() not in PARTY_DETERMINERS \
                and texts[k] not in POSSESSIVE_S and (
                    texts[k].islower() and texts[k].isalpha() or texts[k] in {"-", "‐"}):
            modifiers += texts[k] not in {"-", "‐"}
            k -= 1
        return texts[k].lower() in PARTY_DETERMINERS or texts[k] in POSSESSIVE_S

    @staticmethod
    def _movement_name(word: str) -> bool:
        """Whether one capitalised word before "movement" names one ("the Houthi
        movement"), not a kind of movement: no dictionary word ("Green", "Labour") and
        no adjective of a creed or people ("Zionist", "Islamist", "Kurdish")."""
        return word.lower() not in english_words() and not word.endswith(
            (*NATIONALITY_ENDINGS, "ist", "ic", "al"))

    @staticmethod
    def _is_plural_kind_noun(text: str) -> bool:
        """An English plural noun for a kind of organisation ("airlines", "firms",
        "companies")."""
        if not text.endswith("s") or not text.islower():
            return False
        singular = text[:-3] + "y" if text.endswith("ies") else text[:-1]
        return singular in EN_KIND_NOUNS or _is_company_noun(singular) \
            or singular == "firm"  # (the adjective "firm" is why a company noun has five letters)

    @staticmethod
    def _plural_company_noun(text: str) -> bool:
        """"airlines", "firms", "Firmen", "Konzerne": a plural noun for companies."""
        low = text.lower()
        return low.endswith(("firms", "firmen", "unternehmen")) \
            or any(_is_company_noun(low[:len(low) - len(ending)])
                   for ending in ("s", "es", "en", "n", "e") if low.endswith(ending))

    def _pairs_after_plural_kind_nouns(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                       spans: list[Span]) -> list[Span]:
        """"Brazilian airlines Azul and Gol", "die Fluggesellschaften Condor und Eurowings":
        two names joined by "and"/"und" after a plural noun for a kind of organisation
        are two organisations of that kind (a small gazetteer town among them is none;
        a known organisation stays itself). ``earlier``: the spans of the rules before
        (``blocked`` their tokens), ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        conjunction = "und" if self.lang == "de" else "and"
        if conjunction not in table.word_index:
            return []
        # (German: the kind nouns of ``_names_after_kind_nouns``, any form a plural)
        name = "ent-kind-noun-de" if self.lang == "de" else "ent-plural-kind-noun-en"
        test = self._kind_noun_test if self.lang == "de" else self._is_plural_kind_noun
        nouns = [k for k in word_positions(doc, name, test, 1, n - 3)
                 if texts[k + 1][:1].isupper() and not table.sent_start[k]
                 and conjunction in texts[k + 2:k + 7]]
        if not nouns:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        # One pass over the earlier spans for the known organisations, the one-word
        # places and the persons' words (each span's label read once).
        known_orgs: dict[int, int] = {}
        places: set[int] = set()
        person_words: set[str] = set()
        for span in earlier:
            label = span.label
            if label == ORG:
                known_orgs[span.start] = span.end
            elif label == PER:
                person_words.update(texts[span.start:span.end])
            elif label in (LOC, GPE) and span.end - span.start == 1:
                places.add(span.start)
        for span in spans:
            if span.label == ORG:
                known_orgs[span.start] = span.end
        found: list[Span] = []
        for k in nouns:
            items = self._listed_names(table, k + 1, conjunction, taken, places, known_orgs,
                                       earlier)
            for start, end in items:
                if start in known_orgs or not person_words.isdisjoint(texts[start:end]):
                    continue  # a known organisation, or a person's name
                town = self._gazetteer_town_at(earlier, start)
                if town is not None:
                    earlier.remove(town)  # "airlines Azul and Gol": no town of the gazetteer
                span = Span(doc, start, end, label=ORG)
                kind = "company" if self._plural_company_noun(texts[k]) else "organisation"
                node = _organisation_node(doc, span_text(span), kind=kind)
                set_kg_id(span, node.id)
                found.append(span)
                taken.update(range(start, end))
                if end - start == 1:  # "Shares in Azul rose": its other mentions, no towns
                    for i in _occurrences(texts, texts[start]):
                        if (town := self._gazetteer_town_at(earlier, i)) is not None:
                            earlier.remove(town)
                            taken.discard(i)
                    self._later_acronyms(doc, texts[start], node.id, found, taken)
                    taken.update(span.start for span in found)
        return found

    def _examples_after_plural_kind_nouns(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                          spans: list[Span]) -> list[Span]:
        """"companies including Kalbar Terminals", "carriers such as Veloxa and Nordair":
        the names listed as examples after an English plural kind noun are organisations
        of that kind. ``earlier``: the spans of the rules before (``blocked`` their
        tokens), ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        cues = [k for k in word_positions(doc, "ent-example-cue", EXAMPLE_CUES.__contains__,
                                          1, n - 2)
                if (texts[k] == "including" or texts[k + 1] == "as")
                and self._is_plural_kind_noun(texts[k - 1])]
        if not cues:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        known_orgs = {span.start: span.end for span in (*earlier, *spans) if span.label == ORG}
        places = {span.start for span in earlier
                  if span.label in (LOC, GPE) and span.end - span.start == 1}
        found: list[Span] = []
        for k in cues:
            noun = texts[k - 1]
            singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
            kind = "company" if _is_company_noun(singular) else "organisation"
            i = k + 2 if texts[k] == "such" else k + 1
            for _ in range(4):  # a short list: "A, B and C"
                if i >= n or not texts[i][:1].isupper():
                    break
                end = self._pair_name_end(table, i, taken, places, known_orgs, earlier)
                if end is None:
                    break
                if i not in known_orgs and not self._is_given_name(texts[i]):
                    span = Span(doc, i, end, label=ORG)
                    node = _organisation_node(doc, span_text(span), kind=kind)
                    set_kg_id(span, node.id)
                    found.append(span)
                    taken.update(range(i, end))
                    self._other_mentions(doc, i, end, node, found, taken)
                if end + 1 >= n or texts[end] not in {",", "and"}:
                    break
                i = end + 1
        return found

    def _listed_names(self, table: TokenTable, i: int, conjunction: str, taken: set[int],
                      places: set[int], known_orgs: dict[int, int],
                      earlier: list[Span]) -> list[tuple[int, int]]:
        """The (start, end) of each name of a closed list from ``i`` after a plural kind
        noun: "Azul and Gol", "Voi, Lime und Dott", "Azul, Gol, and LATAM" (up to five
        names, the last after the conjunction); [] unless the list closes so."""
        texts = table.text
        n = len(texts)
        items: list[tuple[int, int]] = []
        while len(items) < 4:
            end = self._pair_name_end(table, i, taken, places, known_orgs, earlier)
            if end is None or end + 1 >= n:
                return []
            items.append((i, end))
            if texts[end] == "," and texts[end + 1] == conjunction and end + 2 < n:
                end += 1  # the serial comma: "A, B, and C"
            if texts[end] == conjunction:
                last = self._pair_name_end(table, end + 1, taken, places, known_orgs, earlier)
                return [*items, (end + 1, last)] if last is not None else []
            if texts[end] != ",":
                return []
            i = end + 1
        return []

    def _pair_name_end(self, table: TokenTable, i: int, taken: set[int], places: set[int],
                       known_orgs: dict[int, int], earlier: list[Span]) -> int | None:
        """The end of one name of a pair after a plural kind noun, starting at ``i``: a
        known organisation, a small gazetteer town read as a name, or unknown
        capitalised words; None if there is no name at ``i``."""
        if i in known_orgs:
            return known_orgs[i]
        if i in taken:
            town = self._gazetteer_town_at(earlier, i)
            return i + 1 if town is not None else None
        if self._is_given_name(table.text[i]):
            return None
        if _is_acronym(table.text[i]):  # "the unions UGT and CCOO", "APM Terminals"
            return max(i + 1, self._kind_name_end(table, i + 1, taken, places))
        end = self._kind_name_end(table, i, taken, places)
        return end if end > i else None

    def _names_before_kind_appositions(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                       spans: list[Span]) -> list[Span]:
        """English: "SQM, the world's second-largest lithium producer, …", "Kisan Morcha,
        an umbrella group of farmer unions": a name before an apposition headed by a
        noun for a kind of organisation is one of that kind. ``earlier``: the spans of
        the rules before (``blocked`` their tokens), ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        nouns = [k for k in word_positions(doc, f"ent-kind-noun-{self.lang}",
                                           self._kind_noun_test, 3, n - 1)
                 if texts[k + 1] in APPOSITION_HEAD_ENDS]
        if not nouns:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        person_words = self._person_words(earlier, doc)
        found = []
        for k in nouns:
            comma = self._apposition_comma(texts, k)
            if comma is None:
                continue
            start = self._name_start_before(table, comma, taken)
            if start is None or not person_words.isdisjoint(texts[start:comma]):
                continue
            span = Span(doc, start, comma, label=ORG)
            written = span_text(span)
            kind = "company" if _is_company_noun(texts[k]) else "organisation"
            node = _organisation_node(doc, written, kind=kind)
            set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(start, comma))
            self._other_mentions(doc, start, comma, node, found, taken)  # "SQM Chief …"
        return found

    def _names_before_german_kind_appositions(self, doc: Doc, earlier: list[Span],
                                              blocked: set[int], spans: list[Span]) -> list[Span]:
        """German: "Gasunie, der niederländische Netzbetreiber, …", "Dinamo, der
        erfolgreichste Klub Kroatiens, …": a name before an apposition of an article,
        lowercase adjectives and a noun for a kind of organisation is one of that kind
        (a title's apposition, "die Chefin der Gewerkschaft", has its noun elsewhere).
        ``earlier``: the spans of the rules before (``blocked`` their tokens), ``spans``:
        the organisations so far."""
        if self.lang != "de":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        nouns = [k for k in word_positions(doc, "ent-kind-noun-de", self._kind_noun_test, 3,
                                           n - 2)
                 if texts[k + 1] in GERMAN_APPOSITION_ENDS
                 or texts[k + 1][:1].isupper() and texts[k + 2] == ","]  # "… Klub Kroatiens,"
        taken: set[int] | None = None  # made for the first apposition: most nouns open none
        found: list[Span] = []
        for k in nouns:
            a = k - 1
            while a > k - 4 and texts[a].islower() and texts[a].isalpha() \
                    and table.lower[a] not in GERMAN_APPOSITION_ARTICLES:
                a -= 1  # the adjectives ("der niederländische Netzbetreiber")
            if table.lower[a] not in GERMAN_APPOSITION_ARTICLES or texts[a - 1] != ",":
                continue
            if taken is None:
                taken = blocked | {i for span in spans for i in range(span.start, span.end)}
            comma = a - 1
            start = self._name_start_before(table, comma, taken)
            if start is None or comma - start > 3:
                continue
            kind = "company" if _is_company_noun(texts[k]) else "organisation"
            span = self._organisation_span(doc, start, comma, kind)
            found.append(span)
            taken.update(range(start, comma))
            self._other_mentions(doc, start, comma, doc.user_data["kg_nodes"][kg_id(span)],
                                 found, taken)
        return found

    def _bodies_known_as(self, doc: Doc, blocked: set[int], spans: list[Span]) -> list[Span]:
        """"Brazil's foreign trade chamber, known as Gecex-Camex, …": the name after
        "known as" following a noun for a body is that body's (a stadium or a person
        "known as" a name is none). ``blocked``: the tokens of the spans before,
        ``spans``: the organisations so far."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        cues = [k for k in word_positions(doc, "ent-known-as", "known".__eq__, 2, n - 2)
                if texts[k + 1] == "as" and texts[k - 1] == ","
                and texts[k - 2] in BODY_NOUNS_KNOWN_AS]
        if not cues:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for k in cues:
            start = k + 2
            end = self._kind_name_end(table, start, taken, set())
            if end == start and start not in taken and _is_acronym(texts[start]):
                end = start + 1  # "the anti-graft body, known as KPK, …"
            if end == start or end < n and texts[end] not in APPOSITION_BREAKS:
                continue  # no name, or more words after it than a name's
            span = self._organisation_span(doc, start, end, "organisation")
            found.append(span)
            taken.update(range(start, end))
        return found

    def _authors_of_surveys(self, doc: Doc, earlier: list[Span], blocked: set[int],
                            spans: list[Span]) -> list[Span]:
        """"a survey by Pulse Asia", "eine Umfrage von Forsa": the capitalised name after
        a word for a survey or study and "by"/"von" is the body that made it (a person
        there, found before, is blocked). ``earlier``: the spans of the rules before
        (``blocked`` their tokens), ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        bys = [k for k in word_positions(doc, "ent-survey-by", SURVEY_AUTHOR_PREPOSITIONS.__contains__,
                                         1, n - 1)
               if texts[k - 1] in SURVEY_NOUNS[self.lang] and k + 1 not in blocked
               and texts[k + 1][:1].isupper()]  # a name, or a word of one, after "by"
        if not bys:
            return []  # (most texts: no need to collect the tokens taken)
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        places = {span.start for span in earlier
                  if span.label in (LOC, GPE) and span.end - span.start == 1}
        person_words = self._person_words(earlier, doc)
        found = []
        for k in bys:
            i = k + 1
            if i in taken:
                continue
            end = i + 1 if _is_acronym(texts[i]) else self._kind_name_end(table, i, taken, places)
            if end == i or not person_words.isdisjoint(texts[i:end]) \
                    or self._is_given_name(texts[i]) or self.lang == "de" and (
                        end < n and is_name_text(texts[end]) and end not in taken
                        or end == i + 1 and texts[i].lower().endswith(GERMAN_NOUN_ENDINGS)):
                continue
            span = Span(doc, i, end, label=ORG)
            node = _organisation_node(doc, span_text(span), kind="organisation")
            set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(i, end))
        return found

    def _other_mentions(self, doc: Doc, start: int, end: int, node: Node, found: list[Span],
                        taken: set[int], opening_ok: bool = True) -> None:
        """The other mentions of a name found by its kind noun or apposition, added to
        ``found`` (their tokens to ``taken``): each occurrence of a one-word name
        ("Codelco Chairman …"), and the first word of a longer one standing alone, no
        name word beside it ("talks with Tianqi executives" after "Tianqi Lithium");
        ``opening_ok``: also where it opens a sentence without a possessive after it."""
        table = token_table(doc)
        texts = table.text
        word = texts[start]
        if end - start == 1:
            self._later_acronyms(doc, word, node.id, found, taken)
            taken.update(span.start for span in found)
            return
        n = len(texts)
        self._full_name_mentions(doc, start, end, node, found, taken)
        if not self._unknown_name(word) or self._is_given_name(word) \
                or node.id in self.lexicon.entries:
            return  # (a known organisation's aliases are the lexicon's)
        for i in _occurrences(texts, word):
            if not opening_ok and table.sent_start[i] and not (
                    i + 1 < n and texts[i + 1] in POSSESSIVE_MARKS):
                continue  # "Global markets fell" after "Global Holdings": maybe a common word
            if i in taken or i + 1 < n and (texts[i + 1][:1].isupper() or texts[i + 1] == "-") \
                    or i > 0 and texts[i - 1][:1].isupper() and not table.sent_start[i]:
                continue
            span = Span(doc, i, i + 1, label=ORG)
            set_kg_id(span, node.id)
            found.append(span)
            taken.add(i)
            aliases = node.properties.setdefault("aliases", [])
            if word not in aliases:
                aliases.append(word)

    @staticmethod
    def _full_name_mentions(doc: Doc, start: int, end: int, node: Node, found: list[Span],
                            taken: set[int]) -> None:
        """Each other occurrence of a name of several words the rules built ("Bavarian
        Nordic's shares", "APM Terminals, which …"), added to ``found`` (its tokens to
        ``taken``): the rule found it by its context once, the name is the same later."""
        texts = token_table(doc).text
        words = texts[start:end]
        size = end - start
        for i in _occurrences(texts, words[0]):
            if i != start and texts[i:i + size] == words \
                    and taken.isdisjoint(range(i, i + size)):
                span = Span(doc, i, i + size, label=ORG)
                set_kg_id(span, node.id)
                found.append(span)
                taken.update(range(i, i + size))

    def _names_in_kind_appositions(self, doc: Doc, earlier: list[Span], blocked: set[int],
                                   spans: list[Span]) -> list[Span]:
        """"der Verband der europäischen Übertragungsnetzbetreiber, Entso-E, …", "the
        association of grid operators, ENTSO-E, …": one name between commas right after
        a kind noun and its "of"/genitive phrase is that organisation's, if it looks like
        an organisation's (an acronym, hyphenated or mixed case; not "…, Brown, said").
        ``earlier``: the spans of the rules before (``blocked`` their tokens), ``spans``:
        the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        nouns = [k for k in word_positions(doc, f"ent-kind-noun-{self.lang}",
                                           self._kind_noun_test, 0, n - 4)
                 if texts[k + 1] in KIND_PHRASE_OPENERS or texts[k + 1] == ","]
        # The comma that opens the name, found first: most kind phrases have none, and
        # then the tokens taken and the persons' words need not be collected. "the
        # operator, TT-Line, …": the kind noun alone before it.
        commas = [comma for comma in (k + 1 if texts[k + 1] == "," else
                                      next((c for c in range(k + 2, min(k + 8, n - 2))
                                            if texts[c] in APPOSITION_BREAKS), None)
                                      for k in nouns)
                  if comma is not None and texts[comma] == ","]
        if not commas:
            return []
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        person_words = self._person_words(earlier, doc)
        name_like = table.flags("name", is_name_text)
        found = []
        for comma in commas:
            start = end = comma + 1
            while end + 2 < n and (self._joins_name_words(table, name_like, end + 1)
                                   or texts[end + 1] == "-" and texts[end + 2][:1].isupper()
                                   and texts[end + 2].isalpha() and not table.space[end]):
                end += 2  # "Entso-E", "TT-Line"
            end += 1
            word = texts[start]
            if end >= n or texts[end] != "," or any(j in taken for j in range(start, end)) \
                    or word in person_words or self._is_given_name(word) \
                    or not (_is_acronym(word) or self._unknown_name(word)) \
                    or not (_is_acronym(word) or end - start > 1
                            or sum(c.isupper() for c in word) >= 2):
                continue  # only a name that looks like one: "ENTSO-E", "Entso-E", "BusinessEurope"
            span = Span(doc, start, end, label=ORG)
            node = _organisation_node(doc, span_text(span), kind="organisation")
            set_kg_id(span, node.id)
            found.append(span)
            taken.update(range(start, end))
        return found

    @staticmethod
    def _apposition_comma(texts: list[str], k: int) -> int | None:
        """The comma that opens an apposition "…, the/a … <noun at k>", else None: an
        article (or one owner's "'s") right after it and no punctuation up to the noun."""
        for a in range(k - 1, max(k - 8, 1), -1):
            word = texts[a]
            if word in APPOSITION_ARTICLES_EN:
                return a - 1 if texts[a - 1] == "," else None
            if word in POSSESSIVE_S and a > 2 and texts[a - 2] == ",":
                return a - 2  # "Tianqi Lithium, SQM's second-largest shareholder"
            if word in APPOSITION_BREAKS:
                return None
        return None

    def _name_start_before(self, table: TokenTable, end: int, taken: set[int]) -> int | None:
        """The start of a name of up to four capitalised words (or one acronym) ending
        at ``end``, with no name word before it; None if there is none. A lone word
        that opens a sentence must be an acronym ("Meanwhile, the group …")."""
        texts = table.text
        start = end
        while start > 0 and end - start < 4 and start - 1 not in taken and (
                self._unknown_name(texts[start - 1]) or _is_acronym(texts[start - 1])):
            start -= 1
        if start == end or start > 0 and (start - 1 in taken or is_name_text(texts[start - 1])
                                          and table.lower[start - 1] not in self.words.stop_words
                                          and not table.sent_start[start]):
            return None  # no name, or part of a longer one
        if end - start == 1 and table.sent_start[start] and not _is_acronym(texts[start]) \
                and (texts[start].lower() in english_words() if self.lang == "en"
                     else _german_form(german_words(), texts[start])):
            return None  # ("Meanwhile, the group …"; not "Dinamo, the city's club, …")
        return start

    def _word_named_person_at(self, earlier: list[Span], texts: list[str], i: int) -> Span | None:
        """The two-word person at token ``i`` after a kind noun whose both words are
        common words, else None: the organisation's name ("the campaign group River
        Action", "die Initiative Rose Zukunft"), not a given name and a family name. Not
        after "of"/"des"/"der" ("head of the civil service David Sterling", "Präsident
        des Verbands Hans Koch": the title's holder follows)."""
        if any(word in {"of", "des", "der"} for word in texts[max(0, i - 4):i - 1]):
            return None
        for span in earlier:
            if span.start == i and span.label == PER:
                return span if span.end - span.start == 2 and self._dictionary_word(texts[i]) \
                    and self._dictionary_word(texts[i + 1]) else None
        return None

    def _gazetteer_town_at(self, earlier: list[Span], i: int) -> Span | None:
        """The one-word small town of the generated gazetteer (no curated or major city,
        no country) at token ``i``, else None: after a kind noun such a word is the
        organisation's name ("the left-wing alliance Bayan", not "the club Barcelona")."""
        for span in earlier:
            if span.start == i and span.end == i + 1 and span.label == LOC:
                entry = self.lexicon.entries.get(_entity_id(span))
                return span if entry is not None and entry.kind == "city" \
                    and entry.wikidata is None \
                    and entry.population < MAJOR_CITY_POPULATION else None
        return None

    @staticmethod
    def _place_at(earlier: list[Span], i: int) -> Span | None:
        """The place that starts at ``i`` when an unknown name goes on after it ("a firm
        called Sahel Confection"): after a naming word the whole is the body's name."""
        for span in earlier:
            if span.start == i and span.label == LOC:
                return span
        return None

    def _city_opening_name_at(self, earlier: list[Span], table: TokenTable, taken: set[int],
                              i: int) -> Span | None:
        """The one-word city at ``i`` when an unknown name word follows it ("die Partei
        Libertad Avanza", "the party Esperanza Ciudadana"): after a kind noun the two are
        the organisation's name, whatever the size of the town so named; else None."""
        texts = table.text
        if i + 1 >= len(texts) or i + 1 in taken or not self._unknown_name(texts[i + 1]) \
                or not table.space[i]:
            return None
        for span in earlier:
            if span.start == i and span.end == i + 1 and span.label == LOC:
                node = span.doc.user_data["kg_nodes"].get(kg_id(span))
                kind = node.properties.get("kind") if node is not None else None
                return span if kind in ("city", "region") else None  # ("airline Andes Air")
        return None

    def _kind_noun_test(self, text: str) -> bool:
        """Whether ``text`` is a noun for a kind of organisation: English in lower case
        ("union", "cooperative", "chipmaker"), German a capitalised compound in any case
        ("Netzbetreibers", "Umweltorganisation")."""
        if self.lang != "de":
            return _is_company_noun(text) or text in EN_KIND_NOUNS or text in RIVAL_NOUNS \
                or self._opening_kind_noun(text)
        if not text[:1].isupper():
            return False  # German nouns are capitalised: "strahlender" ends like "lender"
        if _is_company_noun(text):
            return True
        low = text.lower()
        return any(low[:len(low) - len(ending)].endswith(DE_KIND_NOUN_ENDINGS)
                   for ending in ("", "s", "es", "en", "n", "e") if low.endswith(ending)) \
            or low.endswith(GERMAN_KIND_PLURALS)

    def _kind_noun_opens_name(self, table: TokenTable, k: int) -> bool:
        """Whether a name in words may follow the kind noun at ``k``. English: the noun
        follows a word of its phrase, no sentence start ("the union Verdi"). German,
        where every noun is capitalised ("will der Konzern Stellen abbauen"): the noun
        is a compound ("Klinikkonzern") or has an adjective ("des litauischen Betreibers")."""
        if k == 0 or table.sent_start[k]:
            return self.lang == "en" and self._opening_kind_noun(table.text[k])
        if self.lang != "de":
            return True
        text = table.text[k]
        low = text.lower()
        bare = any(low == base or low == base + ending for base in DE_KIND_NOUN_ENDINGS
                   + COMPANY_NOUN_ENDINGS for ending in ("", "s", "es", "en", "n"))
        before = table.text[k - 1]
        return not bare or before[:1].islower() and before.endswith(("en", "e", "er", "es")) \
            and before not in GERMAN_ARTICLES and before not in GERMAN_INDEFINITE_ARTICLES \
            or self._opens_subject_or_object_of_preposition(table, k - 1) \
            or self._genitive_after_noun(table, k - 1)

    @staticmethod
    def _opening_kind_noun(text: str) -> bool:
        """"Carmaker Veloxa said …", "Regulator Ofgas fined …": an English noun for a kind
        of company that opens a sentence is followed by the name (not "Union", "Bank",
        "Group": they open names themselves, "Union Pacific", "Bank Negara")."""
        return text[:1].isupper() and (_is_company_noun(text) or text.lower() in OPENING_KIND_NOUNS)

    @staticmethod
    def _genitive_after_noun(table: TokenTable, k: int) -> bool:
        """Whether the article at ``k`` opens a genitive after a noun ("die Chefin der
        Partei Fratelli d'Italia", "ein Sprecher des Konzerns Bosch"): the bare kind noun
        after it is named by the words that follow, no object of a verb."""
        return k >= 1 and table.lower[k] in {"der", "des"} and table.text[k - 1].isalpha() \
            and table.text[k - 1][:1].isupper() and table.lower[k - 1] not in GERMAN_ARTICLES

    @staticmethod
    def _opens_subject_or_object_of_preposition(table: TokenTable, k: int) -> bool:
        """Whether the article at ``k`` opens its sentence or follows a preposition, or is
        a contraction ("Die Fluggesellschaft Condor streicht …", "bei der Gewerkschaft
        Verdi", "beim Konzern Bosch"): a bare kind noun there is followed by its name,
        not, as after a verb, by an object ("will der Konzern Stellen abbauen")."""
        lowers = table.lower
        if lowers[k] in KIND_CONTRACTIONS:
            return True
        if lowers[k] in {"der", "die", "das"} and k > 0 and table.text[k - 1] == ",":
            return True  # "…, der Versorger Enercity habe": a clause's subject (its verb next)
        return lowers[k] in GERMAN_ARTICLES and (
            table.sent_start[k] or k > 0 and lowers[k - 1] in KIND_PREPOSITIONS_DE)

    def _kind_name_end(self, table: TokenTable, i: int, taken: set[int],
                       places: set[int]) -> int:
        """The end of the name that starts at ``i`` after a kind noun: capitalised words
        that name nothing else ("Fundacion Terram"), with particles and connectors
        between them ("Mobilisation for the Environment"), and a known place as a later
        word ("Mas Madrid", ``places``: the starts of one-word places); ``i`` itself if
        the first word is no name."""
        texts = table.text
        n = len(texts)
        end = i
        k = i
        while k < n and k - i < 5:
            word = texts[k]
            if word in {"-", "‐"} and end == k > i and k + 1 < n and k + 1 not in taken \
                    and not table.space[k - 1] and not table.space[k] \
                    and texts[k + 1][:1].isupper() and texts[k + 1].isalpha():
                end = k = k + 2  # "die Hilfsorganisation Sea-Watch": one hyphenated name
                continue
            if k in taken:
                if k == i or k not in places:
                    break
            elif not self._kind_name_word(word, first=k == i,
                                          after_connector=texts[k - 1] in KIND_NAME_CONNECTORS) \
                    and not self._name_word_ending_phrase(table, k):
                if word in KIND_NAME_CONNECTORS and end > i:
                    k += 1
                    continue
                break
            end = k = k + 1
        return end

    def _name_word_ending_phrase(self, table: TokenTable, k: int) -> bool:
        """"die Supermarktkette Rewe und …", "der Wasserbehörde Wody Polskie, …": a German
        word shaped like a plural noun is still a name's when the phrase ends right after
        it (an object noun has its verb after it: "will der Autokonzern Stellen abbauen"),
        or when the kind noun before it opens the sentence or follows a preposition with
        its article ("Die Supermarktkette Rewe hat …": no object can follow there)."""
        texts = table.text
        word = texts[k]
        if self.lang != "de" or not self._unknown_name(word) \
                or not word.endswith(GERMAN_PLURAL_ENDINGS) or word.endswith(GERMAN_NOUN_ENDINGS):
            return False
        if k >= 2 and self._kind_noun_test(texts[k - 1]) \
                and self._opens_subject_or_object_of_preposition(table, k - 2):
            return True  # "Die Supermarktkette Rewe hat …", "bei der Kette Lidle": no object
        after = k + 1  # past the name's later words ("Azione Popolare d'Italia, …")
        while after < len(texts) and after - k < 4 and (texts[after][:1].isupper()
                                                         or _is_elided_particle(texts[after])):
            after += 1
        return after < len(texts) and texts[after] in NAME_PHRASE_ENDS

    def _kind_name_word(self, word: str, first: bool, after_connector: bool = False) -> bool:
        """A word of a name after a kind noun: capitalised, no function word, title,
        month or country adjective; in German no plural or inflected noun (by its ending),
        unless a connector of a foreign name comes before it ("Friends for the Wadden":
        the name is not German)."""
        if not first and _is_elided_particle(word):
            return True  # "Fratelli d'Italia": a Romance particle and the name word after it
        if not self._unknown_name(word) and not (word[:1].isupper() and "-" in word) \
                and not (not first and word.isupper() and word.isalpha()):
            return False  # (a later word may be in capitals: "Parents' group Speak UP")
        if self.lang == "de" and not after_connector and _german_plural_shaped(word):
            return False  # "will der Konzern Stellen abbauen" (not "ProSieben": a capital inside)
        return not (first and word in vocab.EN_ORG_HEADS)

    def _bare_heads_as_aliases(self, doc: Doc, taken: list[Span], spans: list[Span]) -> None:
        """'Der nächste Ministerrat' after 'der Deutsch-Französische Ministerrat': a
        one-word organisation found by its suffix that is the last word of one longer
        organisation of the text names that one (an alias, no node of its own); so does
        the word that opens a name ending in a place ('die Wirtschaftskammer' after
        'Wirtschaftskammer Österreich', 'die Salinen' after 'Salinen Austria AG')."""
        nodes = doc.user_data["kg_nodes"]
        # The one-word organisations with a node of their own (a known organisation
        # of the lexicon, with a kind, keeps its node); read before any changes, as
        # no change below touches another span's node id or node.
        bare_heads = [(span, node) for span in spans if span.label == ORG
                      and (len(span) == 1 or " " not in span_text(span))  # ("Radio-Orchester")
                      and (node := nodes.get(kg_id(span))) is not None
                      and not node.properties.get("kind")]
        if not bare_heads:
            return  # no bare head to read as an alias
        longer_by_head: dict[str, set[str]] = {}
        texts = token_table(doc).text
        place_words = {texts[span.end - 1] for span in taken if span.label in (LOC, GPE)}
        place_names = {word.lower() for word in place_words}  # ("Salinen Austria AG": its name)
        for span in (*taken, *spans):
            node = nodes.get(kg_id(span)) if span.label == ORG else None
            if node is not None:
                name = str(node.properties.get("name", ""))
                if " " not in name and (len(span) == 1 or " " not in span_text(span)):
                    continue  # (an acronym of a longer name counts: "ÖGB", "vom Gewerkschaftsbund")
                head = name.rsplit(" ", 1)[-1].lower()
                longer_by_head.setdefault(head, set()).add(node.id)
                first, _, rest = name.lower().partition(" ")
                if texts[span.end - 1] in place_words or rest in place_names:
                    longer_by_head.setdefault(first, set()).add(node.id)
        if not longer_by_head:
            return
        for span, bare in bare_heads:
            longer = longer_by_head.get(str(bare.properties.get("name", "")).lower())
            if longer is None or len(longer) != 1:
                continue
            [longer_id] = longer
            if longer_id == bare.id:
                continue
            aliases = nodes[longer_id].properties.setdefault("aliases", [])
            if span_text(span) not in aliases:
                aliases.append(span_text(span))
            set_kg_id(span, longer_id)
            if not any(kg_id(other) == bare.id for other in (*taken, *spans)):
                del nodes[bare.id]

    @staticmethod
    def _descriptions_before_acronyms(doc: Doc, taken: list[Span], spans: list[Span]) -> None:
        """"der Verband der europäischen Übertragungsnetzbetreiber, Entso-E, hatte …": a
        German name the rules built from words ("X der Y") with a short name in capitals
        between commas right after it, the clause going on, describes that body: an
        alias of it, no node of its own (a list goes on with a name: "…, BDA, DIHK")."""
        texts = token_table(doc).text
        n = len(texts)
        nodes = doc.user_data["kg_nodes"]
        described = [span for span in spans if span.label == ORG and span.end + 3 < n
                     and texts[span.end] == "," and span.end - span.start >= 3]
        if not described:
            return
        by_start = {span.start: span for span in (*taken, *spans) if span.label == ORG}
        for span in described:
            short = by_start.get(span.end + 1)
            node = nodes.get(kg_id(span))
            if short is None or node is None or node.properties.get("kind") \
                    or short.end + 1 >= n or texts[short.end] != "," \
                    or not texts[short.end + 1].islower() \
                    or sum(c.isupper() for c in span_text(short)) < 2 \
                    or " " in span_text(short) or kg_id(short) == node.id:
                continue
            target = nodes.get(kg_id(short))
            if target is None:
                continue
            aliases = target.properties.setdefault("aliases", [])
            if span_text(span) not in aliases:
                aliases.append(span_text(span))
            if not any(kg_id(other) == node.id for other in spans if other is not span):
                nodes.pop(node.id, None)
            set_kg_id(span, target.id)

    @staticmethod
    def _compound_tails_as_aliases(doc: Doc, spans: list[Span]) -> None:
        """"die Lehrergewerkschaft" after "der Pflichtschullehrer-Gewerkschaft", "der
        Landesbauernverband" … "der Bauernverband": a German compound the rules read as
        a body that is the tail of exactly one longer compound of the text names that
        body (an alias, no node of its own)."""
        nodes = doc.user_data["kg_nodes"]
        by_folded: dict[str, str] = {}  # the one-word names the rules built: folded -> id
        for span in spans:
            node = nodes.get(kg_id(span)) if span.label == ORG else None
            if node is not None and not node.properties.get("kind"):
                name = str(node.properties.get("name", ""))
                if " " not in name:
                    by_folded[name.lower().replace("-", "")] = node.id
        if len(by_folded) < 2:
            return
        merged: dict[str, str] = {}  # the tail's node id -> the longer compound's
        for tail, tail_id in by_folded.items():
            longer = [node_id for folded, node_id in by_folded.items()
                      if len(folded) > len(tail) + 2 and folded.endswith(tail)]
            if len(longer) == 1:
                merged[tail_id] = longer[0]
        for span in spans:
            longer_id = merged.get(_entity_id(span))
            if longer_id is None or longer_id in merged:
                continue  # (a chain of three compounds: left as it is)
            aliases = nodes[longer_id].properties.setdefault("aliases", [])
            if span_text(span) not in aliases:
                aliases.append(span_text(span))
            nodes.pop(kg_id(span), None)
            set_kg_id(span, longer_id)

    def _cabinet_title(self, texts: list[str], end: int) -> bool:
        """"Health Cabinet Secretary Jane Doe": a portfolio and "Cabinet Secretary"
        make a minister's title (Kenya, UK), no organisation called "Health Cabinet"."""
        return self.lang == "en" and texts[end - 1] == "Cabinet" and end < len(texts) \
            and texts[end] in {"Secretary", "Minister"}

    def _movement_spans(self, doc: Doc, blocked: set[int], found: list[Span]) -> list[Span]:
        """English names of movements and armed groups the lexicon lacks: a
        capitalised run ending in a head like "Front" or "Forces" with a word like
        "Liberation" or "People's" in it ("Sudan People's Liberation Movement");
        outside ``blocked`` and the tokens of ``found`` (organisations found so far)."""
        if self.lang != "en":
            return []
        heads = word_positions(doc, "ent-movement-head", MOVEMENT_HEADS.__contains__, 1)
        if not heads:
            return []
        blocked = blocked | {i for span in found for i in range(span.start, span.end)}
        table = token_table(doc)
        texts = table.text
        name_like = table.flags("name", is_name_text)
        spans = []
        for k in heads:
            start = k
            while start > 0 and k - start < 6 and (
                    start - 1 not in blocked or self._names_country(texts[start - 1])) and (
                    name_like[start - 1] and table.lower[start - 1] not in self.words.stop_words
                    or texts[start - 1] in POSSESSIVE_S and start > 1 and name_like[start - 2]
                    or self._joins_name_words(table, name_like, start - 1)):
                start -= 1
            words = set(texts[start:k])
            end = self._of_country_end(texts, k + 1)
            if k in blocked or start == k or words == {"Armed"} and end == k + 1:
                continue  # "the Armed Forces": whose, the text does not say
            if words.isdisjoint(MOVEMENT_WORDS) and not self._named_force(table, start, k):
                continue
            span = Span(doc, start, end, label=ORG)
            name = span_text(span).replace(" 's", "'s").replace(" ’s", "’s")
            node = _organisation_node(doc, name, kind="organisation")
            set_kg_id(span, node.id)
            spans.append(span)
        return spans

    def _national_service_spans(self, doc: Doc, taken: list[Span],
                                found: list[Span]) -> list[Span]:
        """English "the Indian Navy", "the Japan Coast Guard", "Philippine Coast Guard
        spokesperson …": a country's name or adjective right before a capitalised
        national service names that country's service, an organisation of its own (the
        country's span gives way to it). Lower-case "navy" and "Japan's navy" are left
        alone; so is a longer name ("Indian Navy Foundation"). ``taken``: the spans of
        the earlier steps (a country's name there stays mentioned), ``found``: the
        organisations so far, whose words are passed over."""
        if self.lang != "en":
            return []
        heads = word_positions(doc, "ent-service-head", NATIONAL_SERVICE_LASTS.__contains__, 1)
        if not heads:
            return []
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        inside = {i for span in [*taken, *found] if span.label != GPE
                  for i in range(span.start, span.end)}  # (a country's name may open it)
        spans = []
        for k in heads:
            first = k if texts[k] == "Navy" else k - 1  # "Coast Guard", "Air Force"
            if first != k and texts[first] not in NATIONAL_SERVICE_LASTS[texts[k]]:
                continue  # "Revolutionary Guard", "Task Force": other rules' names
            country = first - 1
            if country < 0 or not inside.isdisjoint(range(country, k + 1)) \
                    or k + 1 < n and is_name_text(texts[k + 1]) \
                    and not self._is_title_word(texts[k + 1]):
                continue
            word = texts[country]
            if not (self._names_country(word) or self.lexicon.country_for_adjective(word)):
                continue
            span = Span(doc, country, k + 1, label=ORG)
            node = _organisation_node(doc, span_text(span), kind="organisation")
            set_kg_id(span, node.id)
            spans.append(span)
            self._bare_service_mentions(doc, found, texts[first:k + 1], node)
            for place in taken:
                place_id = kg_id(place) if place.start == country and place.label == GPE else None
                if place_id is not None:
                    add_mention(doc, place_id, place.start_char, place.end_char)
        return spans

    @staticmethod
    def _bare_service_mentions(doc: Doc, found: list[Span], service: list[str], node: Node) -> None:
        """"the Coast Guard (USCG)" after "the U.S. Coast Guard": the bare service in
        ``found`` (the organisations so far) is the national one's ``node`` (an alias)."""
        texts = token_table(doc).text
        for span in found:
            if span.label == ORG and texts[span.start:span.end] == service:
                set_kg_id(span, node.id)
                written = span_text(span)
                if written not in node.properties["aliases"]:
                    node.properties["aliases"].append(written)

    @staticmethod
    def _joins_name_words(table: TokenTable, name_like: list[bool], k: int) -> bool:
        """Whether the token at ``k`` is a hyphen inside one capitalised word
        ("Self-Defense Forces"): no space around it, name words on both sides."""
        return table.text[k] == "-" and k > 0 and name_like[k - 1] and name_like[k + 1] \
            and not table.space[k - 1] and not table.space[k]

    def _of_country_end(self, texts: list[str], k: int) -> int:
        """The end of "of (the) Country" at ``k`` after a force's head ("Armed Forces of
        the Philippines", "Armed Forces of Ukraine": the country says whose), else ``k``."""
        if k + 1 >= len(texts) or texts[k] != "of":
            return k
        country = k + 2 if texts[k + 1] == "the" else k + 1
        if country < len(texts) and self._names_country(texts[country]) and not (
                country + 1 < len(texts) and is_name_text(texts[country + 1])):
            return country + 1
        return k

    def _for_place_names(self, doc: Doc, taken: list[Span], blocked: set[int],
                         found: list[Span]) -> list[Span]:
        """English names of a head noun, "for" and a known place ("Transport for
        London", "Centre for Cities", "Campaign for Scotland"): the place, found
        first, stopped the candidate before it; the whole is the organisation."""
        if self.lang != "en":
            return []
        texts = token_table(doc).text
        heads = [k - 1 for k in word_positions(doc, "ent-for", "for".__eq__, 1, len(texts) - 1)
                 if texts[k - 1] in FOR_NAME_HEADS]
        if not heads:
            return []  # (most texts: no need to collect the places)
        places = {span.start: span.end for span in taken if span.label in (LOC, GPE)}
        inside = {i for span in found for i in range(span.start, span.end)}
        spans = []
        for head in heads:
            place_end = places.get(head + 2)  # the place after "for"
            if place_end is None or head in blocked or head in inside:
                continue
            if place_end < len(texts) and is_name_text(texts[place_end]):
                continue  # "Centre for London Studies": a longer name, not read here
            span = Span(doc, head, place_end, label=ORG)
            name = span_text(span)
            entry = self.lexicon.lookup(name)
            node = self._entry_node(doc, entry, name) if entry is not None else \
                _organisation_node(doc, name, kind="organisation")
            set_kg_id(span, node.id)
            spans.append(span)
        return spans

    def _named_force(self, table: TokenTable, start: int, head: int) -> bool:
        """Whether the capitalised words [start, head) before a movement head name one
        force of their own: two or more words, not opening a sentence, none a place
        ("Gang Suppression Force", "Joint Task Force"; not "the Eastern Front", not
        "Ukraine's Army")."""
        if head - start < 2 or table.sent_start[start]:
            return False
        texts = table.text
        return not any(self._names_country(texts[k]) or texts[k] in POSSESSIVE_S
                       for k in range(start, head))

    def _without_date_tail(self, texts: list[str], start: int, end: int) -> int:
        """"World Health Assembly in May", "Council on Tuesday": a connector and a
        month or weekday after an organisation's name are no part of it."""
        for k in range(start + 1, end - 1):
            if texts[k + 1] in self._calendar_words and texts[k][:1].islower() \
                    and is_name_text(texts[k - 1]):
                return k
        return end

    def _governing_party(self, text: str) -> Entry | None:
        """"PiS-Regierung", "SPD-geführte Koalition": a government named by a known
        party is a mention of the party, no organisation of its own."""
        prefix, _, head = text.partition("-")
        if head.lower() not in GOVERNMENT_HEADS:
            return None
        entry = self.lexicon.lookup(prefix)
        return entry if entry is not None and entry.kind == "party" else None

    def _acronym_definitions(self, doc: Doc, taken: list[Span], known_tokens: set[int],
                             found: list[Span]) -> list[Span]:
        """'Full Name (ACR)': the acronym names the entity just before it. ``taken``
        are the spans so far: those whose tokens are ``known_tokens``, then ``found``."""
        table = token_table(doc)
        texts = table.text
        by_end: dict[int, Span] | None = None  # built for the first acronym (see _spans_by_end)
        spans: list[Span] = []
        blocked: set[int] | None = None  # the tokens of ``taken``, once an acronym is defined
        # Only a word right after "(" can be a defined acronym.
        for paren in word_positions(doc, "ent-open-parenthesis", _is_open_parenthesis, 1,
                                    len(texts) - 2):
            i = paren + 1
            text = texts[i]
            if texts[i + 1] != ")" and self._prefixed_acronym(texts, i):
                if by_end is None:
                    by_end = self._spans_by_end(taken)
                long_form = by_end.get(paren)
                if long_form is None or long_form.label != ORG:
                    long_form = self._acronym_long_form(doc, table, paren, texts[i + 1], taken,
                                                        prefix=text)
                    if long_form is None:
                        continue
                    spans.append(long_form)
                aliases = doc.user_data["kg_nodes"][kg_id(long_form)].properties["aliases"]
                aliases.append(f"{text} {texts[i + 1]}")
                continue
            if texts[i + 1] != ")" or not (2 <= len(text) <= 8 and text.isalpha()
                                           and text[0].isupper()):
                continue
            if by_end is None:
                by_end = self._spans_by_end(taken)
            # "the Food and Agriculture Organization's (FAO) representative": the acronym
            # names the owner, the long form ends before the possessive.
            form_end = paren - 1 if texts[paren - 1] in POSSESSIVE_MARKS else paren
            before = by_end.get(form_end)
            if before is None and self._party_acronym(text) \
                    and self._surname_of_person_before(taken, texts, paren):
                if blocked is None:  # "Rakušan (STAN)" after "Innenminister Vít Rakušan"
                    blocked = known_tokens | {i for span in found
                                              for i in range(span.start, span.end)}
                spans.extend(self._party_acronym_spans(doc, i, blocked))
                continue
            if before is not None and before.label == PER:
                if self._party_acronym(text) and not _initials_before(texts, i - 1, text):
                    # (not "Andrés Manuel López Obrador (AMLO)": the person's initials)
                    if blocked is None:
                        blocked = known_tokens | {i for span in found
                                                  for i in range(span.start, span.end)}
                    spans.extend(self._party_acronym_spans(doc, i, blocked))
                continue
            if not text.isupper() and sum(c.isupper() for c in text) < 2 and not (
                    before is not None and before.label == ORG and len(text) >= 3
                    and _long_form_start(texts[before.start:form_end], text) == 0):
                continue  # "(Cosatu)" only after its long form, "(Reuters)" no acronym
            # A place may end the long form: "United Teachers Los Angeles (UTLA)"; so may
            # a known body the acronym does not abbreviate ("… Nutzung der Bundeswehr (BAAINBw)").
            if before is not None and before.label == GPE and self.lang == "de":
                owner = self._body_of_genitive_country(doc, by_end, before)
                if owner is not None:  # "…kammer Sloweniens (KGZS)"
                    before = owner
                    spans.append(owner)
            if (before is None or before.label in (LOC, GPE) or before.label == ORG and
                    _long_form_start(texts[before.start:form_end], text) is None) \
                    and sum(c.isupper() for c in text) >= 2:
                long_form = self._acronym_long_form(doc, table, form_end, text, taken,
                                                    translated=before is None)
                if long_form is None and before is None and self.lang == "de":
                    long_form = self._german_genitive_long_form(doc, table, form_end, taken) \
                        or self._compound_long_form(doc, table, form_end, text)
                if long_form is None and before is None and text.isupper() \
                        and self._body_noun_before_acronym(texts, paren):
                    named, node_id = self._acronym_named_body(doc, i, text)  # "ministry (MIDAGRI)"
                    spans.append(named)
                    if blocked is None:
                        blocked = known_tokens | {i for span in found
                                                  for i in range(span.start, span.end)}
                    self._later_acronyms(doc, text, node_id, spans, blocked)
                    continue
                if long_form is not None:
                    before = long_form
                    spans.append(before)
            if before is None or before.label != ORG or self._names_family_party(before, text):
                continue
            node = doc.user_data["kg_nodes"][kg_id(before)]
            if text not in node.properties["aliases"]:
                node.properties["aliases"].append(text)
            node.properties.setdefault("acronym", text)
            self._earlier_acronyms(texts, text, node.id, found)
            span = Span(doc, i, i + 1, label=ORG)
            set_kg_id(span, node.id)
            spans.append(span)
            if blocked is None:  # the tokens of ``taken``
                blocked = known_tokens | {i for span in found for i in range(span.start, span.end)}
            self._later_acronyms(doc, text, node.id, spans, blocked)
            self._acronyms_over_known_places(doc, taken, i, node.id, spans)
        return spans

    @staticmethod
    def _acronyms_over_known_places(doc: Doc, taken: list[Span], defined: int, node_id: str,
                                    spans: list[Span]) -> None:
        """"Natural Resources Wales (NRW) … NRW said": an acronym the text defines for a
        body names that body wherever it stands alone, though the lexicon knows the
        letters as a place (North Rhine-Westphalia). The body's span is added at each
        mention the lexicon took as a one-word place; the place's spans are dropped
        before the spans are filtered (see ``__call__``)."""
        texts = token_table(doc).text
        acronym = texts[defined]
        places = [span.start for span in taken if span.end - span.start == 1
                  and span.label in (GPE, LOC) and texts[span.start] == acronym]
        if not places:
            return
        overridden: set[int] = doc.user_data.setdefault("kg_acronyms_over_places", set())
        for k in places:
            overridden.add(k)
            if k != defined:
                span = Span(doc, k, k + 1, label=ORG)
                set_kg_id(span, node_id)
                spans.append(span)

    def _parties_in_brackets(self, doc: Doc, taken: list[Span], blocked: set[int],
                             spans: list[Span]) -> list[Span]:
        """"Robert Golob (Freiheitsbewegung)", "Jane Roe (Freedom Alliance)": a party's
        name in words, in brackets right after a person's name, is that person's party:
        a German compound with a party's head ("-bewegung", "-partei") or capitalised
        English words ending in one ("Party", "Movement"). ``taken``: the spans of the
        rules before (``blocked`` their tokens); ``spans``: the organisations so far."""
        table = token_table(doc)
        texts = table.text
        n = len(texts)
        parens = [k for k in word_positions(doc, "ent-open-parenthesis", _is_open_parenthesis, 1,
                                            n - 2)
                  if texts[k + 1][:1].isupper() and not texts[k + 1].isupper()]
        if not parens:
            return []
        person_ends = {span.end for span in taken if span.label == PER}
        taken_tokens = blocked | {i for span in spans for i in range(span.start, span.end)}
        found = []
        for paren in parens:
            close = paren + 1
            while close < n and close - paren <= 4 and texts[close][:1].isupper() \
                    and texts[close].isalpha():
                close += 1
            if paren not in person_ends or close == paren + 1 or close >= n \
                    or texts[close] != ")" or taken_tokens.intersection(range(paren + 1, close)) \
                    or not self._party_name_words(texts[paren + 1:close]):
                continue
            span = self._organisation_span(doc, paren + 1, close, "party")
            found.append(span)
            taken_tokens.update(range(paren + 1, close))
        return found

    def _bare_eu_commission(self, doc: Doc, taken: list[Span], blocked: set[int],
                            spans: list[Span]) -> list[Span]:
        """"The Commission will finance …", "Die Kommission werde …" in a text that names
        the EU: the bare head after its article is the European Commission (a head with
        a complement after it, "the Commission on Human Rights", is another body).
        ``taken``: the spans of the rules before (``blocked`` their tokens)."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        positions = table.word_index.get(BARE_COMMISSION[self.lang], ())
        found: list[Span] = []
        if not positions or not any(kg_id(span) == EU_KEY for span in taken):
            return found
        entry = self.lexicon.entries.get(EU_COMMISSION_KEY)
        owned = {i for span in spans for i in range(span.start, span.end)}
        for k in positions:
            if k == 0 or k in blocked or k in owned or lowers[k - 1] not in COMMISSION_ARTICLES \
                    or k + 1 < len(texts) and (is_name_text(texts[k + 1])
                                               or lowers[k + 1] in COMMISSION_COMPLEMENTS):
                continue
            if entry is None:
                break
            span = Span(doc, k, k + 1, label=ORG)
            set_kg_id(span, self._entry_node(doc, entry, texts[k]).id)
            found.append(span)
        return found

    def _party_name_words(self, words: list[str]) -> bool:
        """Whether bracketed words name a party: one German compound with a party's head,
        or English words ending in a party's head word."""
        last = words[-1]
        if self.lang == "de" and len(words) == 1:
            return last.lower().endswith(PARTY_COMPOUND_HEADS_DE) and len(last) > 8
        return len(words) >= 2 and last in PARTY_HEADS_EN

    @staticmethod
    def _body_of_genitive_country(doc: Doc, by_end: dict[int, Span], country: Span) -> Span | None:
        """"Landwirtschafts- und Forstwirtschaftskammer Sloweniens (KGZS)": a body's name
        right before a country in the genitive and a defined acronym takes the country
        into its name (the acronym abbreviates the whole); the longer span keeps the
        body's node. None if no body ends right before the country."""
        body = by_end.get(country.start)
        if body is None or body.label != ORG or not span_text(country).endswith("s"):
            return None
        longer = Span(doc, body.start, country.end, label=ORG)
        node = doc.user_data["kg_nodes"][kg_id(body)]
        node.properties["name"] = span_text(longer)
        node.properties["aliases"].append(span_text(longer))
        set_kg_id(longer, node.id)
        return longer

    def _body_noun_before_acronym(self, texts: list[str], paren: int) -> bool:
        """Whether a noun for a kind of body stands right before the bracket ("Peru's
        agriculture ministry (MIDAGRI)", "die staatliche Umweltagentur (ARSO)"): the
        acronym then is the body's only name in the text."""
        noun = texts[paren - 1]
        if self.lang == "en" and not noun.islower():
            return False
        return noun.lower() in ACRONYM_BODY_NOUNS or self._kind_noun_test(noun) \
            or self.lang == "de" and noun.lower().endswith(("ministerium", "behörde", "amt"))

    @staticmethod
    def _acronym_named_body(doc: Doc, i: int, acronym: str) -> tuple[Span, str]:
        """The span of an acronym at ``i`` that names a body by itself, and its node id."""
        span = Span(doc, i, i + 1, label=ORG)
        node = _organisation_node(doc, acronym, [acronym])
        node.properties.setdefault("acronym", acronym)
        set_kg_id(span, node.id)
        return span, node.id

    @staticmethod
    def _surname_of_person_before(taken: list[Span], texts: list[str], paren: int) -> bool:
        """Whether the word before ``paren`` is the last word of a person's full name
        found earlier in the text: a later mention by surname, which the rules read
        only after the organisations ("Rakušan (STAN)" gives his party, as after his
        full name)."""
        surname = texts[paren - 1]
        return surname[:1].isupper() and any(
            span.label == PER and span.end <= paren and texts[span.end - 1] == surname
            for span in taken)

    def _names_family_party(self, before: Span, acronym: str) -> bool:
        """"Die Sozialdemokraten (PSD)": a known party's acronym after a party family's
        word says which party of the family the word means (see _party_family_mentions);
        it is no second name of the lexicon's default for the word (the SPD)."""
        entry = self.lexicon.lookup(acronym)
        return len(before) == 1 and before.doc[before.start].text in PARTY_FAMILY_WORDS \
            and entry is not None and entry.kind == "party"

    def _party_acronym(self, text: str) -> bool:
        """"Ilie Bolojan (PNL)", "Jane Roe (NDP)": capitals in brackets after a person's
        name give the party; no title ("CEO") and no name the lexicon knows otherwise
        (a known party is the lexicon's already)."""
        return text.isupper() and 2 <= len(text) <= 6 and not self._is_title_word(text) \
            and text not in COMPANY_TITLES and self.lexicon.lookup(text) is None

    def _party_acronym_spans(self, doc: Doc, i: int, blocked: set[int]) -> list[Span]:
        """The party acronym at ``i`` and its later mentions outside ``blocked``."""
        text = token_table(doc).text[i]
        node = _organisation_node(doc, text, kind="party")
        span = Span(doc, i, i + 1, label=ORG)
        set_kg_id(span, node.id)
        spans = [span]
        self._later_acronyms(doc, text, node.id, spans, blocked)
        blocked.update(span.start for span in spans)
        return spans

    def _hyphenated_acronyms(self, doc: Doc, earlier: list[Span], blocked: set[int],
                             spans: list[Span]) -> list[Span]:
        """"the Indian National Space Promotion and Authorisation Centre (IN-SPACe)": a
        hyphenated acronym in brackets right after an organisation, opening with its
        first letter, names it there and wherever the text uses it again. ``earlier``:
        the spans of the rules before (``blocked`` their tokens), ``spans``: the
        organisations so far."""
        table = token_table(doc)
        texts, space = table.text, table.space
        n = len(texts)
        parens = [p for p in word_positions(doc, "ent-open-parenthesis", _is_open_parenthesis,
                                            1, n - 4)
                  if texts[p + 2] in {"-", "‐"} and texts[p + 4] == ")" and not space[p + 1]
                  and not space[p + 2] and texts[p + 1].isalpha() and texts[p + 3].isalpha()
                  and texts[p + 1][:1].isupper() and texts[p + 3][:1].isupper()]
        if not parens:
            return []
        by_end = self._spans_by_end([*earlier, *spans])
        taken = blocked | {i for span in spans for i in range(span.start, span.end)}
        found: list[Span] = []
        for p in parens:
            before = by_end.get(p)
            if before is None or before.label != ORG or texts[before.start][:1] != texts[p + 1][:1]:
                continue
            first, second = texts[p + 1], texts[p + 3]
            node = doc.user_data["kg_nodes"][kg_id(before)]
            acronym = first + texts[p + 2] + second
            if acronym not in node.properties["aliases"]:
                node.properties["aliases"].append(acronym)
            for i in _occurrences(texts, first):
                if i + 2 < n and texts[i + 2] == second and texts[i + 1] == texts[p + 2] \
                        and not taken.intersection((i, i + 1, i + 2)):
                    span = Span(doc, i, i + 3, label=ORG)
                    set_kg_id(span, node.id)
                    found.append(span)
                    taken.update((i, i + 1, i + 2))
        return found

    def _undefined_initialisms(self, doc: Doc, earlier: list[Span], blocked: set[int],
                               spans: list[Span]) -> list[Span]:
        """"The Nordic Maritime Safety Agency … NMSA chief Anna Berg": an acronym the
        text uses without defining it in brackets names the body whose name the rules
        built and whose words give its letters ("of", "and", "the" passed over), not a
        body of its own; so does "PC leader …" for the known "Progressive Conservatives".
        ``earlier``: the spans before ``spans`` (``blocked`` their tokens)."""
        table = token_table(doc)
        texts, index = table.text, table.word_index
        nodes = doc.user_data["kg_nodes"]
        found: list[Span] = []
        taken: set[int] | None = None  # the tokens of all spans, once an initialism occurs
        known_pairs = [span for span in earlier if span.label == ORG and span.end - span.start == 2]
        for span in (*known_pairs, *spans):
            if span.label != ORG or span.end - span.start < 2:
                continue
            words = [word for word in texts[span.start:span.end]
                     if word not in ACRONYM_SKIPPED_WORDS]
            initials = "".join(word[0] for word in words)
            positions = index.get(initials) if len(words) >= 2 and initials.isupper() \
                and initials.isalpha() else None
            if positions and len(words) == 2:  # (two letters say too little: "NC", "SA" …
                positions = [i for i in positions if i + 1 < len(texts)
                             and self._is_title_word(texts[i + 1])]  # … but "PC leader")
            node = nodes.get(kg_id(span)) if positions else None
            if node is None or node.properties.get("kind") and (
                    len(words) > 2 or self._known_acronym(node.id)):
                continue  # (a known body's acronym is the lexicon's)
            if taken is None:
                taken = blocked | {i for other in spans for i in range(other.start, other.end)}
            assert positions is not None  # (no node without them)
            self._initialisms_taken_alone(nodes, spans, positions, initials, node)
            for i in positions:
                if i in taken:
                    continue
                mention = Span(doc, i, i + 1, label=ORG)
                set_kg_id(mention, node.id)
                found.append(mention)
                taken.add(i)
                if initials not in node.properties["aliases"]:
                    node.properties["aliases"].append(initials)
        return found

    def _known_acronym(self, key: str) -> bool:
        """Whether the lexicon gives the entry ``key`` an acronym of its own."""
        entry = self.lexicon.entries.get(key)
        return entry is not None and entry.acronym is not None

    def _initialisms_taken_alone(self, nodes: dict[str, Node], spans: list[Span],
                                 positions: list[int], initials: str, node: Node) -> None:
        """"PC leader Jane Roe" read as a body of its own (the rule of employers before
        titles) where "the Progressive Conservatives" are named too: an initialism another
        rule took alone names the body whose words give its letters (its own node, if
        nothing else names it, goes)."""
        for other in spans:
            if other.end - other.start != 1 or other.start not in positions or other.label != ORG:
                continue
            old = kg_id(other)
            alone = nodes.get(old) if old is not None and old != node.id else None
            if alone is None or alone.id in self.lexicon.entries \
                    or alone.properties.get("name") != initials:
                continue  # (a known body of that acronym stays itself)
            set_kg_id(other, node.id)
            if initials not in node.properties["aliases"]:
                node.properties["aliases"].append(initials)
            if not any(kg_id(span) == old for span in spans):
                del nodes[alone.id]

    @staticmethod
    def _spans_by_end(taken: list[Span]) -> dict[int, Span]:
        """The longest span ending before "(": "Trades Union Congress (TUC)" defines
        the union's acronym, not that of the "Congress" inside it."""
        by_end: dict[int, Span] = {}
        for span in taken:
            if span.end not in by_end or span.start < by_end[span.end].start:
                by_end[span.end] = span
        return by_end

    def _prefixed_acronym(self, texts: list[str], i: int) -> bool:
        """"(EU EOM)", "(UN OCHA)": in brackets, a known body's acronym, then the acronym
        of the name it opens ("EU Election Observation Mission")."""
        return i + 2 < len(texts) and texts[i + 2] == ")" and texts[i].isupper() \
            and texts[i + 1].isupper() and texts[i + 1].isalpha() and len(texts[i + 1]) >= 2 \
            and (entry := self.lexicon.lookup(texts[i])) is not None \
            and entry.label == "Organisation"

    def _acronym_long_form(self, doc: Doc, table: TokenTable, paren: int, acronym: str,
                           taken: list[Span], translated: bool = False,
                           prefix: str | None = None) -> Span | None:
        """"Verband kommunaler Unternehmen (VKU)", "Tarifgemeinschaft deutscher Länder
        (TdL)": a name no other rule found, read back from its acronym (the
        Schwartz-Hearst match: the acronym's letters in order, the first one opening
        a word). Only a name with an organisation word in it is kept: "Gross
        Domestic Product (GDP)" is no organisation. ``translated``: no name ends
        before the acronym, which may then keep the order of another language's name
        (see ``_translated_long_form_start``)."""
        texts, sent_start = table.text, table.sent_start
        first = paren
        enumeration = False  # an "und"/"and" seen: a comma before it lists the name's parts
        while first > 0 and paren - first < len(acronym) + 3 and not sent_start[first] \
                and (texts[first - 1] not in {",", ";", ":", "(", ")", "–", "-", "\"", "„", "“"}
                     or texts[first - 1] == "," and enumeration
                     or _joins_compound(table, first - 1)):  # "Baden-Württemberg (LUBW)"
            first -= 1
            enumeration = enumeration or texts[first] in {"und", "and"}
        start = _long_form_start(texts[first:paren], acronym)
        if start is None and translated:
            start = _translated_long_form_start(texts[first:paren], acronym)
        if start is None:
            return None
        start = self._long_form_head_start(table, start + first)
        if prefix is not None:  # "(EU EOM)": the name opens with the known body's acronym
            if start == 0 or texts[start - 1] != prefix:
                return None
            start -= 1
        if not texts[start][:1].isupper() or table.lower[start] in self.words.stop_words \
                or paren - start < 2:
            return None
        words = texts[start:paren]
        if not any(self._is_organisation_word(word) for word in words) \
                and not vocab.is_english_head(words, len(words) - 1) \
                and not _long_form_only_head(words[-1]) \
                and not self._members_name(words, acronym) \
                and not (start > 0 and self._kind_noun_test(texts[start - 1])) \
                and not self._national_adjective_name(words) \
                and not (_initials_start(texts, paren, acronym) == start
                         and self._foreign_name_long_form(table, start, paren)) \
                and not (_word_initials_start(texts, paren, acronym) == start
                         and self._acronym_acts_as_body(table, paren, acronym)):
            return None  # (a kind noun before it: "the company Beogradski metro i voz (BMV)")
        # A state may open the name ("Kenya National Union of Teachers (KNUT)"), no
        # person's name be in it.
        owned = {i for span in taken if span.label not in (ORG, GPE)
                 for i in range(span.start, span.end)}
        if start in owned or texts[start + 1] in POSSESSIVE_MARKS \
                or any(i in owned and texts[i] in self._person_words(taken, doc)
                       for i in range(start, paren)):
            return None  # ("Kenya's Union of Teachers (KUT)": the state's, not its name)
        span = Span(doc, start, paren, label=ORG)
        name = self.words.organisation_base_form(span)
        node = _organisation_node(doc, name, [span_text(span)])
        set_kg_id(span, node.id)
        return span

    def _acronym_acts_as_body(self, table: TokenTable, paren: int, acronym: str) -> bool:
        """Whether the text treats the acronym defined at ``paren`` as a body's, though
        its long form has no organisation word ("Surfers Against Sewage (SAS)", "Natural
        Resources Wales (NRW)"): a body's noun follows it ("(NPP) government"), an
        apposition with one ("(SAS), a campaign group,"), or the acronym alone later
        speaks ("NRW said", "SAS warned") or has a post ("SAS's chief executive").
        "Gross Domestic Product (GDP)" does none of that."""
        texts = table.text
        n = len(texts)
        after = paren + 3  # the word after the closing bracket
        if after < n and (texts[after].lower() in ACRONYM_FOLLOWING_BODY_NOUNS
                          or texts[after] == "," and self._body_noun_ends_apposition(texts, after)):
            return True
        for k in table.word_index.get(acronym, ()):
            if k == paren + 1 or k + 1 >= n:
                continue
            following = texts[k + 1]
            if following.lower() in BODY_SPEECH_VERBS or following in POSSESSIVE_S \
                    and k + 2 < n and self._is_title_word(texts[k + 2]):
                return True
        return False

    @staticmethod
    def _body_noun_ends_apposition(texts: list[str], comma: int) -> bool:
        """Whether the apposition after ``comma`` is a short phrase ended by a noun only
        a body can be ("…, a campaign group,", "…, a local charity that …"); a noun with
        a complement ("a network of volunteers") may describe people, no body."""
        for k in range(comma + 2, min(comma + 6, len(texts) - 1)):
            if texts[k] in APPOSITION_BREAKS:
                return False
            if texts[k] in BODY_ONLY_NOUNS_EN:
                return texts[k + 1] in BODY_APPOSITION_ENDS
        return False

    def _national_adjective_name(self, words: list[str]) -> bool:
        """"Deutsche Flugsicherung (DFS)", "Slowenische Umweltagentur": a German name
        spelt out before its acronym that opens with a country's adjective, capitalised
        as only a name's adjective is, is a national body's, whatever its noun."""
        first = words[0]
        return self.lang == "de" and len(words) >= 2 and first[:1].isupper() \
            and first.endswith(("e", "er", "es", "en")) \
            and self.lexicon.country_for_adjective(first) is not None

    def _german_genitive_long_form(self, doc: Doc, table: TokenTable, paren: int,
                                   taken: list[Span]) -> Span | None:
        """"Die Konferenz der kantonalen Gesundheitsdirektorinnen und -direktoren (GDK)",
        "die Präsidentin der Verbindung der Schweizer Ärztinnen und Ärzte (FMH)": a German
        name whose acronym abbreviates another name (a Latin one, an older one) still
        ends at the bracket. It is the phrase of a head and its genitive or "für"
        complement: the head an organisation word, or the body a title before it
        belongs to ("Präsidentin der …")."""
        texts, lowers = table.text, table.lower
        first = paren  # walk back over the words a name's genitive phrase is made of
        while first > 0 and paren - first < 10 and not table.sent_start[first] \
                and self._genitive_phrase_word(texts[first - 1], lowers[first - 1]) \
                and not (lowers[first] in {"der", "des"} and self._is_title_word(texts[first - 1])):
            first -= 1  # (up to a title governing the name: "Präsidentin der …")
        owned = {i for span in taken if span.label == PER for i in range(span.start, span.end)}
        for head in range(first, paren - 2):
            if not texts[head][:1].isupper() or head > first and lowers[head - 1] not in {
                    "der", "des"} or lowers[head + 1] not in {"der", "des", "für"}:
                continue
            after_title = head >= 2 and lowers[head - 1] in {"der", "des"} \
                and self._is_title_word(texts[head - 2])
            if not (after_title or self._is_organisation_word(texts[head])) \
                    or owned.intersection(range(head, paren)):
                return None
            span = Span(doc, head, paren, label=ORG)
            node = _organisation_node(doc, self.words.organisation_base_form(span),
                                      [span_text(span)])
            set_kg_id(span, node.id)
            return span
        return None

    def _compound_long_form(self, doc: Doc, table: TokenTable, paren: int,
                            acronym: str) -> Span | None:
        """"des Landeskriminalamts (LKA)", "der Bundesnachrichtendienst (BND)": one German
        compound with an organisation's head, spelt out before its acronym, whose first
        letter opens the acronym and whose later letters hold the acronym's others in
        order (the acronym takes a letter from each part of the compound)."""
        word = table.text[paren - 1]
        if not (acronym.isupper() and len(acronym) >= 2 and word[:1] == acronym[0]
                and word.isalpha()):
            return None
        # (the nominative of a genitive too: "des Landeskriminalamts")
        name = next((word[:len(word) - len(ending)] for ending in ("", "s", "es")
                     if word.endswith(ending)
                     and self._is_organisation_word(word[:len(word) - len(ending)])), None)
        if name is None:
            return None
        rest = word[1:].lower()
        at = 0
        for letter in acronym[1:].lower():
            at = rest.find(letter, at) + 1
            if at == 0:
                return None
        span = Span(doc, paren - 1, paren, label=ORG)
        node = _organisation_node(doc, name, [word])
        set_kg_id(span, node.id)
        return span

    def _genitive_phrase_word(self, text: str, low: str) -> bool:
        """A word of a German name's genitive phrase: a noun or name, an inflected
        adjective, "der", "des", "für", "und" or an elided compound
        ("-direktoren" of "Direktorinnen und -direktoren")."""
        if low in {"der", "des", "für", "und"}:
            return True
        if text.startswith("-"):
            return text[1:].isalpha() and text[1:].islower()
        if not text.isalpha() or low in self.words.stop_words:
            return False
        if text.islower():
            return low.endswith(("e", "en", "er", "es", "em"))
        return text[:1].isupper()

    def _long_form_head_start(self, table: TokenTable, start: int) -> int:
        """Where a long form read back from its acronym at ``start`` really starts: with
        the first part of a hyphenated word ("Leibniz-Institut für … (IGB)"), and with
        a head when the acronym's letters start after its "für"/"for"/"of"
        ("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung (WBF)"), and
        with the German adjectives before a head ("Eidgenössisches Departement für
        Verkehr (DV)")."""
        texts, space = table.text, table.space
        if start >= 2 and texts[start - 1] in {"-", "‐"} and not space[start - 2] \
                and not space[start - 1] and texts[start - 2][:1].isupper():
            return start - 2
        if start >= 2 and texts[start - 1] in {"für", "for", "of"} \
                and self._is_organisation_word(texts[start - 2]):
            start -= 2
        if self._is_organisation_word(texts[start]):
            while start > 0 and not table.sent_start[start] and _adjective(texts[start - 1]):
                start -= 1
        return start

    def _members_name(self, words: list[str], acronym: str) -> bool:
        """"United Teachers Los Angeles (UTLA)", "Dairy Farmers of Canada (DFC)": a name
        without a head word is an organisation's when it names its members (a plural of
        people) and every word but a connector gives the acronym its letter."""
        return self.lang == "en" and not MEMBER_PLURALS.isdisjoint(words) and \
            "".join(word[0] for word in words
                    if word not in ACRONYM_SKIPPED_WORDS).upper() == acronym.upper()

    @staticmethod
    def _person_words(taken: list[Span], doc: Doc) -> set[str]:
        texts = token_table(doc).text
        return {texts[i] for span in taken if span.label == PER for i in range(span.start, span.end)}

    def _is_organisation_word(self, word: str) -> bool:
        """A word that makes a name an organisation's ("Verband", "Tarifgemeinschaft",
        "Council", "Forces"; "Unternehmen" does not)."""
        if word in vocab.EN_ORG_HEADS or word in LONG_FORM_HEADS or word in MOVEMENT_HEADS:
            return True  # (also an English name in a German text: "Farmers Defence Force")
        if self.lang == "en":
            return False
        low = word.lower()
        return word[:1].isupper() and (low.endswith(vocab.DE_ORG_SUFFIXES)
                                       or low.endswith(DE_EXTRA_ORG_SUFFIXES))

    def _earlier_acronyms(self, texts: list[str], acronym: str, node_id: str,
                          found: list[Span]) -> None:
        """"ICMM chief executive …" read as an employer before "International Council on
        Mining and Metals (ICMM)" was: the acronym the rules took alone names the body
        it is defined for (a known organisation's stays the lexicon's)."""
        entries = self.lexicon.entries
        for span in found:
            if span.end - span.start == 1 and texts[span.start] == acronym \
                    and kg_id(span) != node_id and kg_id(span) not in entries:
                set_kg_id(span, node_id)

    def _later_acronyms(self, doc: Doc, acronym: str, node_id: str,
                        spans: list[Span], blocked: set[int]) -> None:
        texts = token_table(doc).text
        for i in _occurrences(texts, acronym):
            if i not in blocked and not (i > 0 and texts[i - 1] == "("):
                span = Span(doc, i, i + 1, label=ORG)
                set_kg_id(span, node_id)
                spans.append(span)
