"""Meetings: talks, summits and sessions with date, place, participants, chair.

Every sentence with an event noun ("Treffen", "Gespräche", "Gipfel",
"talks", "summit", also inside compounds like "Mittwochsgesprächen") is a
meeting mention. Its date is the date expression nearest the noun (a weekday
inside the compound counts), its place the nearest city or region after
"in/at/nach". Mentions are then merged: same date and compatible place, or a
later undated mention of the same place, or an undated, placeless mention
right after ("Das Treffen am Mittwoch …", "The meeting at …").

Participants are the persons, organisations and states in the mention's
sentence, plus those in nearby sentences that say who took part ("With him
were …", "saßen … am Tisch", "attended", "hatte dazu … eingeladen"), and a
state's officials who speak while a summit or session is told of ("China's
envoy Fu Cong said …"). "leitet", "chaired by", "unter der Leitung" mark the
chair.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, TypedDict

from spacy.language import Language
from spacy.tokens import Doc, Span

# demands imports meetings too: the module, its names read when called
from kg.extract import demands as demand_rules
from kg.extract import vocab
from kg.extract.dates import FUTURE_IN_CLAUSE, DateValue, weekday_near
from kg.extract.doc import (
    DocIndex,
    Fact,
    TokenTable,
    add_fact,
    add_mention,
    add_node,
    doc_index,
    doc_lang,
    doc_text,
    init_doc,
    kg_id,
    sent_ents,
    set_kg_id,
    span_text,
    token_table,
)
from kg.extract.lexicon import Entry, Lexicon, load_lexicon
from kg.extract.lookups import kg_date, word_positions
from kg.graph import Node

EVENT_NOUNS: Final = {
    "de": ("treffen", "gespräch", "gespräche", "gesprächen", "sitzung", "gipfel", "gipfeltreffen",
           "konsultationen", "verhandlungen", "konferenz", "beratungen", "spitzengespräch",
           "tagung", "parteitag", "versammlung", "runde", "verhandlungsrunde", "sondersitzung",
           "gipfels", "treffens", "gesprächs", "konferenzen",
           # nouns of a meeting as such: "nach der Unterredung", "die Zusammenkunft"
           "unterredung", "zusammenkunft", "besprechung",
           # exploratory talks, a working meal, a papal audience
           "sondierungen", "sondierung", "arbeitsessen", "audienz",
           # a dinner, as English "dinner": "zu einem Abendessen in den Élysée-Palast"
           "abendessen", "mittagessen",
           # a hearing of a committee: "bei der Anhörung im Ausschuss"
           "anhörung", "anhörungen"),
    "en": ("talks", "summit", "meeting", "meetings", "session", "negotiations", "consultations",
           "conference", "dinner", "summits", "sessions", "roundtable", "gathering"),
}
DE_EVENT_SUFFIXES: Final = ("gespräch", "gespräche", "gesprächen", "treffen", "gipfel", "konferenz",
                            "sitzung", "verhandlungen", "beratungen", "tagung", "runde", "konsultationen",
                            # genitives: "zum Auftakt eines Migrationsgipfels"
                            "gipfels", "treffens", "unterredung", "zusammenkunft", "besprechung",
                            # an assembly held: "an ihrer Plenarversammlung", "auf der Hauptversammlung"
                            "versammlung",
                            # a committee's hearing: "die Expertenanhörung im Bundestag"
                            "anhörung",
                            # a public meeting: "bei einem Bürgerforum in Arneburg" (not
                            # a body so named: ``FORUM_BODY``)
                            "forum")
#: Nouns after a capitalised event noun that make it part of a place's name ("the
#: Rironi-Mau Summit highway", "Summit Road"), as words of a route or a stop.
ROUTE_NOUNS: Final = frozenset({"highway", "road", "motorway", "expressway", "railway", "street", "avenue",
                                "bridge", "tunnel", "route", "station", "pass", "straße", "strasse"})
#: English nouns of a meeting only when written in lower case ("the party congress", not
#: "Congress"), each weak: it needs a day ("a working lunch in Oslo on Tuesday").
#: ("retreat" and "convention" stay out: an army's retreat, a convention signed.)
#: ("forum": "faced residents at a public forum in Leeds on Monday", not "the World
#: Economic Forum" nor "an online forum" without a day.)
EN_LOWER_EVENT_NOUNS: Final = frozenset({"lunch", "breakfast", "congress", "plenary", "huddle", "forum"})
#: Their kinds: a meal or a retreat is a meeting, a congress a conference.
EN_MEETING_NOUNS: Final = frozenset({"lunch", "breakfast", "huddle", "forum"})
EN_CONFERENCE_NOUNS: Final = frozenset({"congress"})
#: "sat down with X": a meeting when "down" follows.
SIT_FORMS: Final = frozenset({"sat", "sit", "sits", "sitting"})
#: "Runder Tisch", "round table": the table word names a meeting after "round".
TABLE_WORDS: Final = frozenset({"tisch", "table"})
ROUND_WORDS: Final = frozenset({"runden", "runder", "runde", "round"})
#: "holte die Beteiligten an einen Tisch", "gathered around a table": people brought
#: together at one table met (weak: only on a day named).
GATHERED_AT_TABLE: Final = frozenset({("an", "einen"), ("an", "einem"), ("around", "a"),
                                      ("around", "the"), ("round", "a"), ("round", "the")})
DE_NOT_EVENTS: Final = {"Pressekonferenz", "Telefongespräch", "Geberkonferenz",
                        # a foundation that holds a yearly meeting, named as the body
                        "Weltwirtschaftsforum"}
#: The ending of a German forum's name: a public meeting ("Bürgerforum"), unless an
#: organisation's name covers it ("das Deutsche Integrationsforum").
FORUM_BODY: Final = "forum"
#: Words of a forum on the web, no meeting: "an online forum", "im Internetforum".
ONLINE_WORDS: Final = frozenset({"online", "internet", "web", "discussion", "message", "chat"})
ONLINE_WORDS_DE: Final = ("online", "internet", "web", "diskussions", "chat")
CHAIR_CUES: Final = re.compile(r"\b(leitet|leitete|geleitet|leiten|chaired|chairs|chair|chairing|"
                               r"unter der Leitung|unter Vorsitz|unter dem Vorsitz|presided|hosted|"
                               # the chair one named before: "Unter ihrem Vorsitz berieten …"
                               r"[Uu]nter (?:seinem|ihrem|seiner|ihrer) (?:Vorsitz|Leitung)|"
                               r"[Uu]nder (?:his|her) (?:chairmanship|chairwomanship)|"
                               r"under the chairmanship|Gastgeberin|Gastgeber|"
                               # "Den Vorsitz führte X", "X führte den Vorsitz" (not "hat den Vorsitz
                               # inne", "übernimmt den Vorsitz": a body's presidency)
                               r"[Dd]en Vorsitz (?:[\w-]+ ){0,5}?führten?|führten? (?:\w+ ){0,3}?den Vorsitz|"
                               r"(?:Versammlungs|Sitzungs|Tagungs|Verhandlungs|Konferenz)leiter(?:in)?)\b")
#: "als Versammlungsleiter": whoever is named so chaired the meeting, wherever the
#: sentence stands.
SESSION_CHAIR: Final = re.compile(r"\bals (?:Versammlungs|Sitzungs|Tagungs|Verhandlungs|Konferenz)"
                                  r"leiter(?:in)?\b|"
                                  # "Den Vorsitz führte X", "X führte den Vorsitz", "X was in the chair"
                                  r"\b[Dd]en Vorsitz (?:[\w-]+ ){0,5}?führten?\b|"
                                  r"\bführten? (?:\w+ ){0,3}?den Vorsitz\b|"
                                  r"\b(?:was|were|is) in the chair\b|\btook the chair\b|"
                                  # said after the meeting: "Unter seinem Vorsitz sei viel
                                  # erreicht worden", "Under her chairmanship, the ministers …"
                                  r"\b[Uu]nter (?:seinem|ihrem|seiner|ihrer) (?:Vorsitz|Leitung)\b|"
                                  r"\b[Uu]nder (?:his|her) (?:chairmanship|chairwomanship)\b")
#: "X, who chairs the committee, …", "X, die den Ausschuss leitet, …": the head of a
#: body whose session or hearing is told of chaired it (``BODY_CHAIR_HINTS``: a word of
#: every match).
BODY_CHAIR: Final = re.compile(r"\bwho chairs the (?:\w+ )?(?:committee|panel|board|council|commission)\b|"
                               r"\b(?:der|die) (?:den|das|die) "
                               r"\w*(?:[Aa]usschuss|[Gg]remium|[Rr]at|[Kk]ommission) leitet\b")
BODY_CHAIR_HINTS: Final = ("who chairs", " leitet")


def _body_chair(doc: Doc, sent: Span) -> list[Span]:
    """The person named right before "who chairs"/"der … leitet": the last one before the cue."""
    text = span_text(sent)
    match = BODY_CHAIR.search(text)
    if match is None:
        return []
    cue = sent.start_char + match.start()
    before = [e for e in sent_ents(sent) if e.label_ == "PER" and e.end_char <= cue]
    return before[-1:]


#: Every match of SESSION_CHAIR holds one of these (``_add_participation_sentences``):
#: "the chair", not "chair", which "chairman", "chairs" hold too.
SESSION_CHAIR_HINTS: Final = ("leiter", "Vorsitz", "the chair", "Leitung", "chairmanship",
                              "chairwomanship")
#: Words that say who took part. Searched in every sentence after a meeting,
#: so written for speed: words sharing a start are grouped ("traf(?:en)?" is
#: "traf" or "trafen"), and the lookahead lists every word's first letter, so
#: most word starts are passed over without trying the words one by one.
PARTICIPATION_CUES: Final = re.compile(
    r"\b(?=[tnsahzvdeijlmwpobikcgq])(?:teil(?:nehmen|nahm|genommen|nehmer|nehmerinnen)?|nahm(?:en)?|"
    r"(?:kam(?:en)?|erschien(?:en)?) persönlich|came in person|"
    r"saß(?:en)?|am Tisch|at the table|hinzu(?:gezogen)?|zugeschaltet|vertr(?:at|eten)|"
    r"verhandelte|beriet(?:en)?|"
    r"dabei|empfing|traf(?:en)?|"
    r"anwesend|attend(?:ed|ing|ees)?|join(?:ed)?|with (?:him|her|them) (?:were|was)|"
    # who met the host, told with the split verb: "Mit ihr kamen X, Y und Z zusammen";
    # "Joining him were X and Y"
    r"kam(?:en)? (?:[^.;:!?]{0,200}? )?zusammen|joining (?:him|her|them)|included|led by|delegation|"
    r"team was led|sat on|met|(?:were|was|also) present|present were|participa(?:nts|ted|ting)|"
    r"took part|delegates|delegierten|opening address|addressed the|eröffnungsrede|"
    # who gave evidence at a hearing, or was heard or questioned there: "testified
    # alongside X", "Angehört wurden zudem Vertreter der X", "questioned the two officials"
    r"testif(?:ied|ies|y|ying)|angehört wurden?|wurden? (?:\w+ ){0,6}?angehört|"
    r"questioned the (?:\w+ ){0,2}?(?:officials|witnesses|ministers?|secretary|executives?)|"
    r"befragten? (?:\w+ ){0,2}?(?:zeugen|minister\w*|vertreter\w*|experten|sachverständigen)|"
    # who came along: "She was accompanied by X", "Begleitet wurde sie von X", "In ihrer
    # Begleitung", "Among those present", "Zu den Gesprächspartnern gehörte X"
    r"accompan(?:ied|ying)|begleit(?:et|ete|eten|ung)|those present|gesprächspartner\w*|"
    r"in the presence of|im beisein|"
    # "bestätigten ihre Teilnahme", "confirmed his attendance", "war eigens angereist"
    r"bestätigt\w* (?:\w+ ){0,3}?(?:ihre|seine) teilnahme|"
    r"(?:ihre|seine) teilnahme (?:\w+ ){0,2}?(?:bestätigt|zugesagt)|"
    r"confirmed (?:their|his|her) (?:attendance|participation)|angereist|"
    # "led the union side" (German "führte die Verhandlungen" names an event word)
    r"led the (?:\w+ ){0,2}?(?:side|team|talks|negotiations)|"
    # "stellte den Ministern Vorschläge vor": who spoke to those who met
    r"den (?:\w+ )?\w*(?:ministern|ministerinnen|ressortchefs)|"
    r"(?:told|telling|addressing) the (?:(?!that\b)\w+ ){0,5}?(?:meeting|committee|summit|"
    r"conference|council|session|assembly|gathering|plenary|board|ministers|leaders)|"
    # "hatte dazu López, Grimm und Benner eingeladen", "He had invited …": the host's guests;
    # "Unter ihnen sind X und Y", "Among them were …": of those said to attend;
    # "The unions were represented by X" (German "vertreten" above)
    # (each written to start with a letter of the lookahead above: "ihnen" after "unter")
    r"eingeladen|invited|(?<=unter )ihnen|(?<=among )them|(?:were|was) represented by|"
    # guests awaited: "Zu dem Gespräch erwartet werden X und Y", "X and Y are expected at
    # the talks" (not "the meeting is expected to last", "es wird erwartet, dass")
    r"erwartet werden|werden (?:\w+ ){0,6}?erwartet|wird (?:\w+ ){0,3}?erwartet(?!,)|"
    # a long list of guests, "erwartet" closing the sentence: "Neben X werden Minister Y
    # (SPD), Landrat Z sowie der Chef der W, Bernard M. Kemper, erwartet."
    r"werden (?:(?:[^.;:!?]|(?<=\s\w)\.){0,200}? )?erwartet(?=\s*[.;])|"
    r"(?:are|were|is|was) (?:also )?expected (?:at|to attend)|"
    # "X is also expected.", "X and Y are expected too." (the clause ends: not "is
    # expected to last", "expected, X said"; "also"/"too": not "said a deal was expected.")
    r"(?:are|were|is|was) (?:also expected|expected (?:too|as well))(?=\s*[.;])|"
    # a guest: "Als Gast wird Justizminister X erwartet", "X attends as a guest", "Zu Gast war X"
    r"als gast|als gäste|zu gast|as (?:a |the )?guests?|"
    # who sets what the meeting deals with: "will das Thema auf die Tagesordnung setzen",
    # "said she would put the issue on the agenda" (not "Auf der Tagesordnung steht …")
    r"auf die (?:\w+ )?tagesordnung|(?:on|onto) the (?:\w+ )?agenda|"
    # "Anne Lévy stellte die Pläne der Verwaltung vor": to those who met
    r"stellten? (?:\w+ ){1,5}?vor|"
    # who came, the participle fronted: "Gekommen waren auch X und Y", "Erschienen war
    # Landrat X" (a word after it: not "nachdem es zu Protesten gekommen war, …")
    r"(?:gekommen|erschienen) (?:waren|war|sind|ist) (?=\w))\b", re.I)
#: PARTICIPATION_CUES without re.I, for lower-cased text: a third faster, and it finds
#: the same words (checked over all of Unicode) unless the text holds one of the
#: letters re.I folds onto ASCII ones that lower() does not (``RE_I_ODD_LETTERS``).
PARTICIPATION_CUES_LOWER: Final = re.compile(PARTICIPATION_CUES.pattern.replace("am Tisch", "am tisch"))
RE_I_ODD_LETTERS: Final = ("ı", "ſ", "İ", "\u212a")  # dotless i, long s, dotted I, Kelvin sign
#: Every match of PARTICIPATION_CUES_LOWER holds one of these (one per cue: "tisch" of
#: "am tisch", "him" of "with him were"), each inside one token, as they hold letters
#: only: spaCy splits a word between letters only by its exceptions ("cannot"), none
#: of which splits one of these (both checked in the tests). A sentence without a
#: token holding one is not searched (``_may_hold_participation_cue``).
PARTICIPATION_HINTS: Final = ("teil", "nahm", "saß", "tisch", "hinzu", "zugeschaltet", "vertr",
                              "verhandelte", "beriet", "dabei", "empfing", "traf", "anwesend", "attend",
                              "join", "him", "included", "led", "deleg", "team", "sat",
                              "met", "present",
                              "particip", "took", "address", "eröffnungsrede", "presence", "beisein",
                              "told", "telling", "persönlich", "person", "ministern", "ministerinnen",
                              "ressortchefs", "angereist", "eingeladen", "invited", "ihnen", "them",
                              "represented", "stellte", "accompan", "begleit", "gesprächspartner",
                              "testif", "angehört", "questioned", "befragte", "erwartet", "expected",
                              "gast", "gäste", "guest", "tagesordnung", "agenda", "gekommen", "erschienen")
PLACE_PREPS: Final = {"in", "im", "at", "nach", "bei", "to", "near"}
#: "in the Hague": a place may follow an article after its preposition.
PLACE_PREPS_THE: Final = frozenset(PLACE_PREPS | {"the"})
#: Verbs of meeting, as whole lower-cased tokens.
EVENT_VERBS: Final = {
    "de": frozenset({"trafen", "treffen", "traf", "trifft", "getroffen", "tagte", "tagten",
                     "berieten", "beraten", "zusammengekommen", "zusammenkamen",
                     "zusammengetroffen", "zusammentreffen", "zusammenkommen", "zusammenkam",
                     "zusammenkommt", "verhandelten", "beriet", "berät", "tagt", "tagen",
                     # a separable verb at a subordinate clause's end: "wo er mit X zusammentraf"
                     "zusammentraf", "zusammentrafen", "zusammentrifft",
                     "verhandelt", "empfing", "empfängt", "empfangen",
                     # a separable verb's zu-infinitive: "kündigte an, … zusammenzutreffen"
                     "zusammenzutreffen", "zusammenzukommen",
                     # convening a body: "hat den Sicherheitsrat für Freitag einberufen"
                     "einberufen", "einberief", "einberiefen", "einzuberufen",
                     # "besprach sich am Dienstag mit X" (weak, as every lower-case word: a day needed)
                     "besprach", "besprachen"}),
    "en": frozenset({"met", "meets", "meet", "convened", "convenes", "talked", "negotiated",
                     "gathered", "hosted", "hosts", "welcomed", "welcomes", "received",
                     "receives", *("host", "welcome", "receive"),
                     # "greeted X at the airport on Monday" (with a guest: ``_guest_after``)
                     "greeted", "greets"}),
}
#: Bare forms of hosting verbs, nouns too ("a host of problems", "a warm welcome"): a
#: verb only after a modal or "to" ("will host X on Friday", "is due to receive X").
BARE_HOST_VERBS_EN: Final = frozenset({"host", "welcome", "receive"})
VERB_MARKERS_EN: Final = frozenset({"will", "would", "to", "shall", "'ll", "could", "can", "may", "might",
                                    "must", "not", "also"})
#: English verbs of hosting, each also said of things received or welcomed ("received
#: three complaints", "welcomed the decision"): a meeting only with a guest after them.
HOST_VERBS_EN: Final = frozenset({"received", "receives", "welcomed", "welcomes", "hosted", "hosts",
                                  "host", "welcome", "receive", "greeted", "greets"})
#: How many words after such a verb its guest may start ("received the visiting Chinese
#: Prime Minister X").
GUEST_REACH: Final = 5
GUEST_LABELS: Final = frozenset({"PER", "ORG", "GPE"})
#: Nouns and pronouns of a guest, beside titles.
GUEST_WORDS: Final = frozenset({"him", "her", "them", "us", "delegation", "delegations", "guests", "guest",
                                "visitors", "counterpart", "counterparts", "envoys", "leaders"})
#: What is received or welcomed besides guests: after a hosting verb, no meeting.
THINGS_RECEIVED: Final = frozenset({
    "decision", "decisions", "complaint", "complaints", "letter", "letters", "proposal",
    "proposals", "plan", "plans", "news", "move", "announcement", "offer", "offers", "support",
    "funding", "money", "call", "calls", "report", "reports", "application", "applications",
    "request", "requests", "bid", "bids", "vote", "votes", "award", "prize", "payment",
    "payments", "approval", "backing", "criticism", "signatures", "petition", "order", "orders",
    "delivery", "deliveries", "donation", "donations", "result", "results", "ruling", "verdict",
    "agreement", "deal", "step", "initiative", "measures", "assurances", "guarantees",
    "response", "reply", "invitation", "submissions", "questions", "treatment", "sentence",
    "share", "boost", "blow", "warning", "warnings", "praise", "attention", "data", "cash",
    "welcome"})
#: Counts before a received thing ("received three complaints", "hosted dozens of events").
COUNT_WORDS_EN: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                   "ten", "dozens", "hundreds", "thousands", "millions", "more",
                                   "fewer", "several", "many", "numerous"})
#: Weak event verbs that say people met (not "welcomed the talks", "received a letter").
MEET_VERBS: Final = frozenset({"met", "meet", "meets", "talked", "traf", "trafen", "trifft",
                               "getroffen"})
#: "a Senate hearing", "told the hearing": English nouns of a hearing, when a noun,
#: article or adjective stands before them (not "after hearing the news", "hard of
#: hearing") and no word after them makes them the sense (not "hearing aid", "hearing
#: loss"), nor a court's ("a bail hearing", "the court hearing").
HEARING_NOUNS: Final = frozenset({"hearing", "hearings"})
NOT_HEARING_BEFORE: Final = frozenset({"after", "before", "on", "upon", "of", "while", "when", "without",
                                       "court", "bail", "custody", "sentencing", "extradition", "appeal",
                                       "appeals", "asylum", "immigration", "plea", "preliminary", "fair",
                                       "his", "her", "my", "your", "our", "their", "its", "be", "is", "was",
                                       "are", "were", "been", "am", "not", "and", "or"})
NOT_HEARING_AFTER: Final = frozenset({"aid", "aids", "loss", "impaired", "impairment", "test", "tests",
                                      "the", "a", "an", "from", "about", "that", "what", "voices", "him",
                                      "her", "them", "it", "this"})
#: "also attended the handover", "nahm an der Übergabe teil": a handing over that
#: people attend is a meeting (only in a sentence saying who took part).
HANDOVER_NOUNS: Final = frozenset({"handover", "übergabe"})
#: Verbs of exchanging views, talk verbs only as such (``_exchange_of_views``): "tauschte
#: sich am Montag mit X aus", "X and Y exchanged views in Z on Tuesday".
EXCHANGE_VERBS_DE: Final = frozenset({"tauschte", "tauschten", "tauscht", "ausgetauscht", "austauschen"})
EXCHANGE_VERBS_EN: Final = frozenset({"exchanged", "exchange", "exchanges"})
EXCHANGE_VERBS: Final = EXCHANGE_VERBS_DE | EXCHANGE_VERBS_EN
#: What English "exchanged" must be followed by to tell of a talk (not "exchanged fire").
EXCHANGED_THOUGHTS: Final = frozenset({"views", "ideas", "opinions", "thoughts"})
#: German forms of "tauschen" that leave their particle "aus" to close the clause.
SPLIT_EXCHANGE_DE: Final = frozenset({"tauschte", "tauschten", "tauscht"})
#: Verbs of talking that tell of a meeting when a partner is named ("discussed the
#: figures with X", "sprach am Montag mit X", "wird am 7. Oktober mit X sprechen") or
#: two persons talk together ("X und Y wollen am Montag über … sprechen"): weak, as
#: every such verb, so a day must be named, and where they talked (``_talk_partner``).
TALK_VERBS: Final = frozenset({*EXCHANGE_VERBS, "sprach", "sprachen", "spricht", "sprechen", "gesprochen",
                               # "will das Programm am Freitag in Berlin mit X besprechen"
                               "besprechen", "bespricht", "besprochen",
                               "diskutierte", "diskutierten", "diskutieren", "beriet", "berieten",
                               "discussed", "discuss", "discusses", "spoke", "speak", "speaks",
                               "talk", "talked"})
#: A partner after these: "with X", "mit X".
PARTNER_LINKS: Final = frozenset({"with", "mit"})
#: A partner after these only right after the verb: "spoke to X" (not "spoke … to the
#: press about X").
PARTNER_LINKS_AFTER_VERB: Final = frozenset({"to"})
#: Two persons talking: "X und Y wollen … sprechen", "X and Y will discuss …".
PAIR_LINKS: Final = frozenset({"und", "and"})
#: Words that make the talk no meeting: a call, a video link, an interview, or
#: "sprach sich … aus" (came out for), "sprach von" (spoke of).
NOT_MET_TALK_WORDS: Final = frozenset({"telefonisch", "telefon", "telefonat", "phone", "telephone",
                                       "video", "videokonferenz", "videoschalte", "call", "interview",
                                       "podcast", "sich", "von", "zeitung", "newspaper", "reporters",
                                       "journalists", "journalisten", "reportern", "radio", "television",
                                       "fernsehen", "tv"})
#: The same for a verb of exchanging views, reflexive in German ("tauschte sich … aus").
NOT_MET_EXCHANGE_WORDS: Final = NOT_MET_TALK_WORDS - {"sich"}
#: Words that may stand between "with"/"mit" and the partner's name: articles,
#: possessives and titles ("with Prime Minister X", "mit dem Innenminister X").
PARTNER_REACH: Final = 4
#: How far a talk verb's clause may reach (a German verb may close a long one).
TALK_CLAUSE_REACH: Final = 25
#: Prepositions that put a name after "mit" out of the talk ("mit Blick auf X").
NOT_PARTNER_WORDS: Final = frozenset({"auf", "über", "von", "zu", "für", "of", "on", "about", "to", "for",
                                      "by", "from", "in", "at"})
TALK_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", '"', "“", "”", "„", "(", ")", "–", "-"})


#: Before an event word (up to three words, an article between): it was not held but
#: refused or asked for ("refused to meet", "called for talks", "forderte ein Treffen").
NOT_HELD_BEFORE: Final = frozenset({"refused", "refuses", "refuse", "declined", "declines", "rejected",
                                    "rejects", "demanded", "demands", "demand", "forderte", "forderten",
                                    "fordert", "fordern", "verlangte", "verlangten", "verlangt"})
#: Words that may stand between such a verb and the event word.
NOT_HELD_LINKS: Final = frozenset({"to", "a", "an", "the", "new", "fresh", "direct", "ein", "eine", "einen",
                                   "neue", "neues", "neuen", "direkte", "direkten"})
#: "called for talks", "calls for a meeting".
CALL_VERBS: Final = frozenset({"called", "calls", "call", "calling"})
#: After an event noun in its clause: it did not take place ("was cancelled", "abgesagt").
NOT_HELD_AFTER: Final = frozenset({"cancelled", "canceled", "postponed", "scrapped", "abgesagt",
                                   "verschoben"})
#: Words that end the reach of NOT_HELD_AFTER: another clause, or a time after it.
NOT_HELD_BREAKS: Final = frozenset({",", ";", "but", "aber", "after", "nachdem", "resumed", "since",
                                    "once", "twice"})
#: German "lehnte … ein Treffen ab": the verb before the noun, its particle at the end.
REFUSE_STEMS_DE: Final = frozenset({"lehnte", "lehnten", "lehnt", "schlug", "schlugen"})
#: How far after the noun "was cancelled" may stand ("A meeting between X and Y in
#: Paris was cancelled").
NOT_HELD_REACH: Final = 20
#: Every word one of ``_not_held``'s tests needs in the sentence (a refusal or call
#: before the event word, a cancellation after it, the stem of "lehnte … ab"): a
#: sentence without any (most) is not read word by word.
NOT_HELD_CUES: Final = NOT_HELD_BEFORE | CALL_VERBS | NOT_HELD_AFTER | REFUSE_STEMS_DE


#: Verbs of a closing attribution ("…, the ministers said on Wednesday"): the day
#: after them is the saying's.
ATTRIBUTION_VERBS: Final = frozenset({"said", "says", "told", "announced", "stated", "confirmed",
                                      "reported", "sagte", "sagten", "erklärte", "erklärten",
                                      "teilte", "teilten", "hieß", "berichtete", "berichteten",
                                      "bestätigte", "bestätigten", "betonte", "betonten"})
#: How many tokens may follow the day of a closing attribution before the sentence ends
#: ("said on Wednesday in a statement.").
ATTRIBUTION_TAIL: Final = 6


def _attribution_day(table: TokenTable, event: int, day: Span, end: int) -> bool:
    """Whether ``day`` dates a closing attribution after the event word at ``event``,
    not the event: "…, the finance ministers said on Wednesday", "…, erklärten die
    Minister am Mittwoch" (a comma after the event word, then a clause with a verb
    of saying before the day, ending the sentence soon after it)."""
    lowers = table.lower
    comma = next((k for k in range(day.start - 1, event, -1) if lowers[k] in {",", ";"}), None)
    if comma is None or end - day.end > ATTRIBUTION_TAIL or \
            any(lowers[k] in {",", ";", "that", "dass"} for k in range(day.end, end)):
        return False
    return any(lowers[k] in ATTRIBUTION_VERBS for k in range(comma + 1, day.start))


#: German verbs that close a "wie"-clause of attribution: "…, wie ein Sprecher am
#: Mittwoch mitteilte", "…, wie es am Mittwoch hieß".
FINAL_ATTRIBUTION_VERBS_DE: Final = frozenset({"mitteilte", "mitteilten", "sagte", "sagten", "erklärte",
                                               "erklärten", "berichtete", "berichteten", "hieß",
                                               "ankündigte", "ankündigten", "bekanntgab", "bestätigte",
                                               "bestätigten", "meldete", "meldeten"})
#: How far a "wie"-clause of attribution may run ("wie ein Sprecher des Ministeriums
#: am Mittwoch in Kiel mitteilte").
FINAL_ATTRIBUTION_REACH: Final = 12


def _final_attribution_day(table: TokenTable, event: int, day: Span, end: int) -> bool:
    """Whether ``day`` dates a German closing "wie"-clause of attribution after the event
    word at ``event``: "Am kommenden Montag sollen X und Y an einem Tisch sitzen, wie ein
    Sprecher am Mittwoch mitteilte" (the day of the telling; its verb ends the sentence)."""
    lowers = table.lower
    if day.start <= event or end - day.end > ATTRIBUTION_TAIL:
        return False
    opener = next((k for k in range(day.start - 1, max(event, day.start - FINAL_ATTRIBUTION_REACH), -1)
                   if lowers[k] == "wie"), None)
    if opener is None or lowers[opener - 1] != ",":
        return False
    verb = end - 1 if lowers[end - 1] not in {".", "!", "?"} else end - 2
    return verb >= day.end and lowers[verb] in FINAL_ATTRIBUTION_VERBS_DE


#: What opens the clause a speaker's words fill: "sagte nach dem Treffen, in X seien …",
#: "said after the talks that in X …".
REPORTED_CLAUSE_OPENERS: Final = frozenset({",", "that", "dass"})
#: How far before the event noun the verb of saying may stand ("sagte am Abend nach dem
#: Treffen").
REPORTED_VERB_REACH: Final = 6


def _in_reported_clause(table: TokenTable, start: int, event: int, place: Span) -> bool:
    """Whether a place after the event word stands in what a speaker said after it,
    not where it was: "Schulte sagte nach dem Treffen, in Frankfurt seien die Lager
    voll", "X said after the talks that in Lagos …" (a verb of saying shortly before
    the event word, which a comma or "that" follows; not "Nach dem Treffen in Berlin
    sagte X, …")."""
    lowers = table.lower
    if place.start <= event + 1 or lowers[event + 1] not in REPORTED_CLAUSE_OPENERS:
        return False
    for k in range(event - 1, max(start, event - REPORTED_VERB_REACH) - 1, -1):
        if lowers[k] in ATTRIBUTION_VERBS:
            return True
        if lowers[k] in TALK_CLAUSE_BREAKS:
            return False
    return False


def _is_not_held_cue(text: str) -> bool:
    return text.lower() in NOT_HELD_CUES


#: Verbs of demanding whose object clause tells what someone wants done ("asked X to
#: …", "urged", "called on X to", "verlangte, … zu …", "forderte, dass …").
DEMAND_CUES: Final = frozenset({"asked", "asks", "urged", "urges", "pressed", "presses", "demanded",
                                "demands", "forderte", "forderten", "fordert", "fordern", "verlangte",
                                "verlangten", "verlangt", "verlangen", "appellierte", "appellierten",
                                "drängte", "drängten", "drängt"})
#: Before an event word after a demand verb: the meeting the demand was made at.
DEMAND_SETTING_PREPS: Final = frozenset({"at", "during", "bei", "beim", "auf", "während"})
#: Words that end the clause a demand's content is told in.
DEMANDED_CLAUSE_ENDS: Final = frozenset({",", ";", ":", ".", "!", "?", "und", "and", "but", "aber"})


def _is_demand_cue(text: str) -> bool:
    return text.lower() in DEMAND_CUES


def _in_demanded_clause(lowers: list[str], i: int, start: int, end: int, german: bool) -> bool:
    """Whether the event word at ``i`` is part of what a demand verb before it asks
    for, a meeting wanted rather than held: in English after the verb's "to"
    ("asked lawmakers to hold hearings", "urged the council to call a summit"); in
    German in the clause after the verb's comma that ends in a zu-infinitive or opens
    with "dass" ("verlangte, das Gesetz erst nach einer Anhörung zu beschließen",
    "forderte, dass der Landtag eine Anhörung ansetzt"). Not an event word before the
    verb ("Nach dem Treffen forderte X, …")."""
    cue = next((k for k in range(i - 1, start - 1, -1) if lowers[k] in DEMAND_CUES), None)
    if cue is None:
        return False
    k = i - 1
    while k > cue and lowers[k] in NOT_HELD_LINKS:
        k -= 1
    if lowers[k] in DEMAND_SETTING_PREPS:
        return False  # "urged Mexico to send … at a meeting on border security": where it asked
    between = lowers[cue + 1:i]
    if not german:
        return "to" in between and not any(w in {";", ":"} for w in between)
    if "," not in between:
        return False
    clause = cue + 1 + len(between) - between[::-1].index(",")  # after the last comma before i
    if lowers[clause] == "dass":
        return True
    k = i + 1
    while k < end and lowers[k] not in DEMANDED_CLAUSE_ENDS:
        k += 1
    last = lowers[k - 1]
    return lowers[k - 2] == "zu" or "zu" in last[2:-2] and last.endswith("en") and k - 1 > i


#: Words opening a relative clause after a comma ("X, who attended …", "Y, die am …").
RELATIVE_PRONOUNS: Final = frozenset({"who", "which", "whose", "der", "die", "das", "dessen", "deren",
                                      "welche", "welcher"})
#: How far a relative clause's commas are looked for around its event word.
RELATIVE_REACH: Final = 12


def _relative_clause(lowers: list[str], i: int, start: int, end: int) -> tuple[int, int] | None:
    """The commas around the token ``i`` if it stands in a relative clause set off by
    them (", who attended the opening session,"); None otherwise."""
    opening = next((k for k in range(i - 1, max(start, i - RELATIVE_REACH), -1)
                    if lowers[k] == ","), None)
    if opening is None or opening + 1 >= i or lowers[opening + 1] not in RELATIVE_PRONOUNS:
        return None
    closing = next((k for k in range(i + 1, min(end, i + RELATIVE_REACH)) if lowers[k] == ","), None)
    return (opening, closing) if closing is not None else None


#: "has met X several times", "hatte ihn mehrfach getroffen": meetings told as a
#: background of repeated ones, none on a day.
REPEATED_WORDS: Final = frozenset({"repeatedly", "often", "frequently", "mehrfach", "mehrmals",
                                   "wiederholt", "oft", "häufig", "times"})


def _told_as_background(lowers: list[str], i: int, start: int, end: int) -> bool:
    """Whether the undated meeting word at ``i`` of a lead is background, not the
    news of the report's day: inside a relative clause ("X, who met Y over dinner in
    York, said …"), or told as repeated ("has met Y several times", "traf ihn mehrfach")."""
    if not REPEATED_WORDS.isdisjoint(lowers[start:end]):
        return True
    return _relative_clause(lowers, i, start, end) is not None


#: Words that lead from a verb of inviting to the meeting invited to ("zu einem
#: Krisengipfel", "zum Gespräch", "to crisis talks").
INVITED_TO_EVENT: Final = frozenset({"zu", "zum", "zur", "to"})
#: How far before the event word "zu"/"to" may stand ("zu einem kurzfristigen Krisengipfel").
INVITED_TO_REACH: Final = 4
#: How far from the event word the verb of inviting may stand ("lud … zu Gesprächen
#: ein": the particle after it; "hat die Beteiligten zu einem Gipfel eingeladen").
INVITE_VERB_REACH: Final = 10


def _invited_to(lowers: list[str], i: int, start: int, end: int) -> bool:
    """Whether the event word at ``i`` is what someone was invited to ("hat die
    Beteiligten zu einem Krisengipfel eingeladen", "lädt zum Gipfel", "invited union
    leaders to crisis talks"): a meeting still to come, not held on the day the
    invitation is told of."""
    first = i - INVITED_TO_REACH if i - INVITED_TO_REACH > start else start
    if INVITED_TO_EVENT.isdisjoint(lowers[first:i]):
        return False  # (most event words)
    first = i - INVITE_VERB_REACH if i - INVITE_VERB_REACH > start else start
    last = i + INVITE_VERB_REACH if i + INVITE_VERB_REACH < end else end
    return not INVITE_WORDS.isdisjoint(lowers[first:last])


#: First words of a sentence opening with what it is about or why ("Im Streit um …",
#: "Wegen …", "In a row over …", "Amid …"); "im"/"in" only with a
#: ``TOPIC_OPENER_LINKS`` after them.
TOPIC_OPENERS: Final = frozenset({"im", "in", "wegen", "angesichts", "trotz", "amid", "despite", "over"})
TOPIC_OPENER_LINKS: Final = frozenset({"um", "über", "over", "about"})
TOPIC_LINK_REACH: Final = 4
#: Words that may follow a noun inside the opening phrase (German): no finite verb yet.
TOPIC_PHRASE_WORDS_DE: Final = frozenset({"von", "vom", "an", "am", "mit", "nach", "auf", "bei", "beim",
                                           "zu", "zur", "zum", "für", "über", "in", "im", "aus", "gegen",
                                           "um", "unter", "vor", "der", "die", "das", "den", "dem", "des",
                                           "ein", "eine", "einen", "einem", "einer", "eines", "und",
                                           "sowie"})


def _in_opening_topic(table: TokenTable, first: int, event: int, place: Span, lang: str) -> bool:
    """Whether a place before the event word at ``event`` stands in the sentence's opening
    phrase of what it is about, after a common noun: "Im Streit um eine geplante Deponie
    bei Husum hat X …", "In a row over an incinerator near Bradford, X met …" (where the
    thing argued over is, not the venue; not "Im Streit um die Reform haben sich X und Y
    in Kiel getroffen": the verb has ended the phrase)."""
    lowers, texts = table.lower, table.text
    if place.start >= event or place.end >= len(lowers) or place.start - 2 <= first:
        return False
    if lowers[first] in {"im", "in"} and \
            TOPIC_OPENER_LINKS.isdisjoint(lowers[first + 1:first + 1 + TOPIC_LINK_REACH]):
        return False  # "Im Rathaus in Kiel trafen sich …": a place, no topic
    noun = table.tokens[place.start - 2]
    if not noun.is_alpha or noun.ent_type_:
        return False  # "X und Y in Kiel": the place of who is named
    if lang != "de":
        return texts[place.end] == "," and "," not in lowers[first:place.start]
    if not (texts[place.end].isalpha() and texts[place.end].islower()):
        return False  # the finite verb right after the phrase: "bei Husum hat …"
    return not any(texts[k].isalpha() and texts[k].islower() and texts[k - 1][:1].isupper()
                   and lowers[k] not in TOPIC_PHRASE_WORDS_DE for k in range(first + 1, place.start))


def _date_comma(lowers: list[str], k: int) -> bool:
    """Whether the comma at ``k`` lies inside a date ("Tuesday, May 7, 2024")."""
    after = lowers[k + 1] if k + 1 < len(lowers) else ""
    return lowers[k - 1].isdigit() or after.isdigit() or after in MONTH_WORDS


def _not_held(lowers: list[str], i: int, start: int, end: int) -> bool:
    """Whether the sentence says the meeting its event word at ``i`` names did not take
    place: refused, asked for, cancelled or put off ("Binet refused to meet Attal",
    "called for talks", "Das Treffen wurde abgesagt", "lehnte ein Treffen ab")."""
    k = i - 1
    while k > start and k > i - 4 and lowers[k] in NOT_HELD_LINKS:
        k -= 1  # "refused to meet", "forderte ein neues Treffen" (not "demanded at the meeting")
    if lowers[k] in NOT_HELD_BEFORE or lowers[k] == "for" and k > start and lowers[k - 1] in CALL_VERBS:
        return True
    for k in range(i + 1, min(end, i + NOT_HELD_REACH)):
        word = lowers[k]
        if word in NOT_HELD_AFTER or word == "off" and lowers[k - 1] == "called":
            return True
        if word in NOT_HELD_BREAKS and not (word == "," and _date_comma(lowers, k)):
            break  # "Talks resumed on Monday after being postponed": held after all
    last = end - 1
    while last > i and not lowers[last].isalpha():
        last -= 1
    return lowers[last] == "ab" and not REFUSE_STEMS_DE.isdisjoint(lowers[start:i])


#: Before "in talks" / "in Gesprächen": a state, not a meeting ("Shell is in talks with
#: BP", "Die Partner stehen in Verhandlungen").
ONGOING_STATE_VERBS: Final = frozenset({"is", "are", "was", "were", "be", "been", "remain", "remains",
                                        "remained", "stehen", "steht", "stand", "standen", "befinden",
                                        "befindet", "befand", "befanden"})
#: Beside a verb of negotiating: a process running for some time ("verhandelt derzeit",
#: "are currently negotiating"), no session on a day.
ONGOING_WORDS: Final = frozenset({"derzeit", "zurzeit", "gegenwärtig", "currently"})
#: Before the event word, in its clause: it would be held only on a condition named
#: after it ("would only meet X if …", "würde sich nur mit X treffen, wenn …").
CONDITIONAL_BEFORE: Final = frozenset({"would", "würde", "würden"})
CONDITIONAL_AFTER: Final = frozenset({"if", "unless", "wenn", "falls", "sofern"})
CONCESSIVE_BEFORE: Final = frozenset({"even", "auch", "selbst"})


def _is_conditional_word(text: str) -> bool:
    return text.lower() in CONDITIONAL_BEFORE


def _not_a_session(lowers: list[str], i: int, start: int, end: int, verb: bool,
                   own_day: bool, conditional: list[int] | None = None) -> bool:
    """Whether the event word at ``i`` tells of no session held: a state of talks ("is
    in talks with"), talks going on for some time ("verhandelt derzeit"), unless the
    sentence names a day of its own (``own_day``: "were in talks in Geneva on Monday");
    or a meeting only held if a condition is met ("would only meet X if …"). ``verb``:
    the event word is a verb; ``conditional``, if given: where the words of
    CONDITIONAL_BEFORE are in ``start`` … ``i``."""
    if not own_day and i - 2 >= start and lowers[i - 1] == "in" and \
            lowers[i - 2] in ONGOING_STATE_VERBS:
        return True
    if not own_day and verb and not ONGOING_WORDS.isdisjoint(lowers[max(start, i - 2):min(end, i + 3)]):
        return True
    if conditional is not None and not conditional:
        return False  # no "would" before the word (most sentences): its clause need not be found
    clause = start
    for k in range(i - 1, start, -1):
        if lowers[k] in {",", ";"}:
            clause = k + 1
            break
    if CONDITIONAL_BEFORE.isdisjoint(lowers[clause:i]):
        return False  # (most sentences)
    return any(lowers[k] in CONDITIONAL_AFTER and lowers[k - 1] not in CONCESSIVE_BEFORE
               for k in range(i + 1, end))  # not "even if", "auch wenn": held all the same


#: "is planned", "ist … geplant": a meeting still to come.
PLANNED_WORDS: Final = frozenset({"planned", "scheduled", "geplant", "vorgesehen"})
PLANNED_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "ist", "sind", "war", "waren"})
#: Before the event word: a meeting before the time told of ("had previously met",
#: "Zuletzt hatten sich die beiden … getroffen", "last met").
EARLIER_WORDS: Final = frozenset({"previously", "zuletzt", "last", "formerly"})
#: Right before an undated event noun (an adjective between, at most): talks going on
#: for a while, a process rather than a meeting on a day ("angesichts der laufenden
#: Regierungsverhandlungen in Wien", "amid the ongoing budget talks in London").
RUNNING_PROCESS_WORDS: Final = frozenset({"laufenden", "laufende", "andauernden", "andauernde", "ongoing",
                                          "continuing"})


def _other_time(lowers: list[str], i: int, start: int, end: int) -> bool:
    """Whether an undated meeting word at ``i`` tells of a meeting at another time than
    the day told of: one still planned ("A follow-up meeting is planned in Warsaw", "Ein
    weiteres Treffen ist in Warschau geplant") or one before ("had previously met")."""
    if not EARLIER_WORDS.isdisjoint(lowers[start:i]):
        return True
    if not RUNNING_PROCESS_WORDS.isdisjoint(lowers[max(start, i - 2):i]):
        return True  # "der laufenden Verhandlungen": going on, not held on a day
    for k in range(i + 1, end):
        if lowers[k] in PLANNED_WORDS and lowers[k - 1] in PLANNED_AUXILIARIES:
            return True  # "is planned", "was scheduled"
    last = end - 1
    while last > i and not lowers[last].isalpha():
        last -= 1
    return lowers[last] in PLANNED_WORDS and not PLANNED_AUXILIARIES.isdisjoint(lowers[start:last])


#: Verbs of inviting: "X lud die Beteiligten für Donnerstag nach München ein", "X
#: invited the parties to Munich on Thursday" tells of a meeting X hosts.
INVITE_WORDS: Final = frozenset({"lud", "luden", "lädt", "eingeladen", "invited", "invites"})

#: Verbs of inviting that tell of a meeting by themselves, when a guest and a place
#: follow (German: the split particle "ein" closing the clause): "lud X am Dienstag
#: nach Potsdam ein", "invited X to Leeds on Friday" (weak: only on a day named).
#: English "summoned X to St Andrew's House in Edinburgh": a guest called in to a
#: meeting, as invited (not "summoned X to court", ``SUMMONED_NOT_MET``).
#: German "zitierte X ins Ministerium": summoned (no particle; as "quoted" it has no
#: guest and place after it: "zitierte aus dem Brief", "zitierte X mit den Worten").
INVITE_EVENT_VERBS: Final = frozenset({"lud", "luden", "lädt", "invited", "invites", "summoned", "summons",
                                       "zitierte", "zitierten"})
SUMMON_VERBS_DE: Final = frozenset({"zitierte", "zitierten"})
#: Where a summoned guest is called to: "ins Ministerium", "nach Berlin".
SUMMONED_TO_DE: Final = frozenset({"ins", "nach", "in"})
#: Words after a summoned guest that tell of a court or an appearance, not a meeting.
SUMMONED_NOT_MET: Final = frozenset({"court", "appear", "testify", "trial", "hearing", "tribunal", "inquiry"})
#: English verbs of greeting: a meeting only with a guest named or titled after them.
GREET_VERBS_EN: Final = frozenset({"greeted", "greets"})
#: German verbs of greeting a guest ("begrüßte Präsident X im Kanzleramt"), also said of
#: things welcomed ("begrüßte die Entscheidung"): a meeting only with a person right after.
GREET_VERBS_DE: Final = frozenset({"begrüßte", "begrüßten", "begrüßt"})
#: Words that may stand between such a verb and its guest: articles, "auch".
GREET_FILLERS_DE: Final = frozenset({"den", "die", "der", "dem", "auch", "zudem", "dort"})
#: How far after the verb the guest may stand ("begrüßte am Montag in Berlin den X").
GREET_REACH: Final = 10
#: Verbs of a meal taken together, a meeting like "a working lunch": "aß mit X zu
#: Mittag", "speiste mit X", "dined with X" (weak: only on a day named).
MEAL_VERBS: Final = frozenset({"aß", "aßen", "isst", "speiste", "speisten", "dined", "dines"})
#: The meal a German "essen" names ("zu Mittag", "zu Abend"): without it, no meeting ("aß
#: ein Brot").
MEAL_TIMES_DE: Final = frozenset({"mittag", "abend"})
#: How far after a meal verb its "with X" may stand.
MEAL_REACH: Final = 12
#: Prepositions before the place a guest is invited to.
INVITED_TO: Final = frozenset({"nach", "in", "ins", "to"})
#: How far after the verb the guest and the place may stand ("summoned Scottish Water
#: chief executive X to St Andrew's House in Edinburgh").
INVITE_REACH: Final = 16

#: Opening a sentence: the place of the sentence before ("Dort traf sie …").
THERE_WORDS: Final = frozenset({"dort", "there"})
#: After a definite event noun: the meeting told of began that day ("The talks, known as
#: …, began on Monday", "Die Beratungen hatten am Montag begonnen").
OPENING_VERBS: Final = frozenset({"began", "begun", "started", "opened", "begannen", "begann", "begonnen",
                                  "eröffnet"})
OPENING_REACH: Final = 20
#: Verbs of a journey: the sentence after one tells what was done on arrival.
JOURNEY_VERBS: Final = frozenset({"travelled", "traveled", "flew", "arrived", "reiste", "reisten",
                                  "flog", "flogen", "angereist", "eingetroffen", "gereist", "geflogen",
                                  # a visit: "besuchte am Mittwoch die Weinberge um X. In X kam er
                                  # mit Y zusammen", "visited the flooded town on Monday"
                                  "besuchte", "besuchten", "visited", "toured", "besichtigte"})
#: "kam am Mittwoch nach Rom": a journey, told by "kam" and where it led.
COME_PAST: Final = frozenset({"kam", "kamen"})
JOURNEY_GOALS: Final = frozenset({"nach"})
#: "met", "traf": a meeting told of in the past tense (for the lead's day).
LEAD_MEET_VERBS: Final = frozenset({"met", "talked", "traf", "trafen", "getroffen"})
#: "had met", "hatte getroffen": earlier than the time told of.
PAST_PERFECT_AUXILIARIES: Final = frozenset({"had", "hatte", "hatten"})
#: How many words after "met" the venue may stand ("met for about 90 minutes at X in Y").
VENUE_WINDOW: Final = 12
#: "had met", "hatte getroffen": a time before the one told of.
PERFECT_AUXILIARIES: Final = frozenset({"had", "has", "have", "hatte", "hatten", "hat", "haben"})
#: "met with criticism", "met the target": "met" not of a meeting.
NOT_MEETING_AFTER_MET: Final = frozenset({"resistance", "criticism", "opposition", "demands",
                                          "expectations", "scepticism", "skepticism", "protests"})
#: "no talks", "press conference", "news conference": no meeting.
EN_NOT_EVENT_BEFORE: Final = frozenset({"no", "press", "news"})
#: "peace talks", "trade negotiations": as often a process as one meeting; a meeting
#: only with a day in the sentence ("opened peace talks in Pretoria on Tuesday").
EN_PROCESS_BEFORE: Final = frozenset({"peace", "trade"})
#: An event noun after an indefinite article names a further meeting, not the one
#: told of before: "is due to address a joint meeting of Congress".
#: Tokens at most between a lead's mention without day or place and the mention that
#: dates or places its meeting.
LEAD_GAP: Final = 80
#: Before a day: "Later on Thursday", "Später am Dienstag": another event of that day.
SAME_DAY_SHIFTS: Final = frozenset({"later", "earlier", "später", "früher"})
INDEFINITE_ARTICLES: Final = frozenset({"a", "an", "ein", "eine", "einen", "einem", "einer", "eines"})
#: Per language: German "an" is a preposition ("An dem Treffen nahmen … teil"), no article.
INDEFINITE_ARTICLES_BY_LANG: Final = {"de": frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
                                      "en": frozenset({"a", "an"})}
#: A month without a day, or next month/year: a time other than the day of a meeting
#: told of before ("Ihre Herbstsitzung hält die IMK im Dezember in Bremen ab").
VAGUE_MONTH: Final = (r"(?=[IiAMEeLlmnk])\b(?:[Ii]m|[Ii]n|Anfang|Mitte|Ende|[Ee]arly|[Ll]ate|[Mm]id-)\s*(?:"
                      + "|".join(vocab.MONTHS["de"] + vocab.MONTHS["en"]) + r")\b(?!\s*\d)")
VAGUE_PERIOD = (r"\b[Nn]ext (?:week|month|year)\b|\b(?:[Ii]m )?(?:nächsten|kommenden) (?:Monat|Jahr)\b|"
                # "next week", "in der kommenden Woche", "nächste Woche": no day told yet
                r"\b(?:nächsten|kommenden|nächste|kommende) Woche\b|"
                # "to resume later this month", "in the coming weeks", "in den kommenden Wochen"
                # (also opening a sentence: "Later this month, …")
                r"\b[Ll]ater this (?:week|month|year)\b|\b[Ii]n the coming (?:days|weeks|months)\b|"
                r"\b(?:[Ss]päter|[Nn]och) in diesem (?:Monat|Jahr)\b|"
                r"\b[Ii]n den (?:nächsten|kommenden) (?:Tagen|Wochen|Monaten)\b")
#: A time before the report without a day: "two weeks ago", "last year's summit",
#: "vor zwei Wochen", "im vergangenen Jahr" (a meeting then is not the day's news).
PAST_PERIOD = (r"\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?|years?) ago\b|"
               r"\b[Ll]ast (?:week|month|year)(?:'s|’s)?\b|"
               r"\bvor (?:zwei|drei|vier|fünf|sechs|einigen|wenigen|mehreren|\d+) "
               r"(?:Tagen|Wochen|Monaten|Jahren)\b|"
               r"\b(?:vergangenen|letzten|vorigen) (?:Woche|Monat|Monats|Jahr|Jahres)\b|\b[Ii]m Vorjahr\b")
PAST_PERIOD_RE: Final = re.compile(PAST_PERIOD)
#: Every match of PAST_PERIOD holds one of these.
PAST_PERIOD_WORDS: Final = (" ago", "ast week", "ast month", "ast year", "Tagen", "Wochen", "Monaten",
                            "Jahren", "vergangenen", "letzten", "vorigen", "Vorjahr")
VAGUE_TIME_HINTS: Final = re.compile(f"{VAGUE_MONTH}|{VAGUE_PERIOD}|{PAST_PERIOD}")
#: Its two parts, each searched only in a text holding words all its matches hold
#: (``_has_vague_time``): "Jahr" alone lets most German sentences through.
VAGUE_MONTH_RE: Final = re.compile(VAGUE_MONTH)
VAGUE_PERIOD_RE: Final = re.compile(VAGUE_PERIOD)
MONTH_NAMES: Final = tuple(dict.fromkeys(vocab.MONTHS["de"] + vocab.MONTHS["en"]))
#: Lower-case month names, German and English.
MONTH_WORDS: Final = frozenset(name.lower() for name in MONTH_NAMES)
PERIOD_WORDS: Final = ("next week", "Next week", "e Woche", "n Woche",
                       "next month", "next year", "Next month", "Next year", "nächsten Monat",
                       "nächsten Jahr", "kommenden Monat", "kommenden Jahr", "later this", "Later this",
                       "coming days", "coming weeks",
                       "coming months", "diesem Monat", "diesem Jahr", "nächsten Tagen", "nächsten Wochen",
                       "kommenden Tagen", "kommenden Wochen")
#: A word of every match of VAGUE_TIME_HINTS that lies inside one token (letters
#: only, as ``PARTICIPATION_HINTS``; the pattern is case-sensitive, and so is this).
VAGUE_TIME_ANCHORS: Final = (*MONTH_NAMES, "next", "Next", "nächste", "kommende", "later", "Later",
                             "coming", "diesem", "ago", "last", "Last", "Tagen", "Wochen", "Monaten",
                             "Jahren", "vergangen", "letzten", "vorigen", "Vorjahr")
#: Every match of CHAIR_CUES (case-sensitive) holds one of these: a
#: sentence without any is not searched.
CHAIR_HINTS: Final = ("leit", "Leit", "chair", "Vorsitz", "presided", "hosted", "Gastgeber")
#: Forms of "berufen" whose particle "ein" at the clause end makes them "convene": "Die
#: Kanzlerin berief den Koalitionsausschuss für Sonntag ein" (not "berief sich auf ein
#: Urteil", "wurde in den Vorstand berufen": no "ein" closing the clause).
CONVENE_SPLIT_DE: Final = frozenset({"berief", "beriefen", "beruft", "berufen"})
#: German verbs of convening (``EVENT_VERBS``), and those whose particle closes the clause.
CONVENE_DE: Final = frozenset({"einberufen", "einberief", "einberiefen", "einzuberufen"} | CONVENE_SPLIT_DE)
#: "zum Wehrdienst einberufen", "zur Armee": who is called up, not a body convened.
DRAFT_LINKS: Final = frozenset({"zum", "zur"})
#: Forms of "kommen" whose particle "zusammen" at the clause end makes a meeting verb.
COME_FORMS: Final = frozenset({"kam", "kamen", "kommt", "kommen", "traf", "trafen", "trifft"})
FUTURE_WORDS: Final = {"further", "future", "next", "weitere", "weiteren", "weiteres", "weiterer",
                       "künftige", "künftigen", "nächsten", "nächste", "upcoming"}
#: The same, but a meeting on any day named ("in der kommenden Landtagssitzung", "at the
#: coming summit": none; "bei der kommenden Sitzung am Donnerstag": that one).
COMING_WORDS: Final = frozenset({"kommenden", "kommende", "bevorstehenden", "bevorstehende", "coming"})
#: Event words that make a meeting only with a date in their sentence ("empfing … am
#: Mittwoch", "hosted … on Monday"): alone they are too often about something else.
#: "Negotiators from both sides spent nine hours at Acas in central London on Monday":
#: negotiators at a venue on a day are a negotiating session (with both, only).
NEGOTIATOR_GROUPS: Final = frozenset({"negotiators", "unterhändler"})
#: Verbs of a body dealing with a matter: with a committee or council in the sentence
#: and a day, a session of that body ("befasste sich am Mittwoch der Ausschuss mit …",
#: "the committee debated the bill on Tuesday").
BODY_SESSION_VERBS: Final = frozenset({"befasste", "befassten", "beschäftigte", "debattierte", "discussed",
                                       "debated", "considered",
                                       # a session to come: "will discuss the case on Thursday", "wird
                                       # sich am Donnerstag mit … befassen"
                                       "befassen", "befasst", "debattieren", "debattiert", "discuss",
                                       "discusses", "debate", "debates", "consider", "considers"})
#: "appear before the committee", "testified before the Senate": a hearing, where who
#: appears meets the body (a meeting only with a day: weak, as ``WEAK_EVENTS``).
HEARING_VERBS: Final = frozenset({"appear", "appears", "appeared", "appearing", "testify", "testifies",
                                  "testified", "testifying"})
HEARING_LINKS: Final = frozenset({"before"})
#: "X and Y signed the agreement at ISRO's headquarters in Bengaluru": a signing
#: ceremony, a meeting only when it names a venue and two parties (not "Putin signed
#: the law on Monday"), on the lead's day if it names none.
SIGNING_VERBS: Final = frozenset({"signed", "unterzeichneten", "unterzeichnete", "unterschrieben",
                                  "unterzeichnet"})
#: "The deal was signed at X's headquarters in Geneva on Tuesday", "Der Vertrag wurde am
#: Dienstag in Genf unterzeichnet": a signing ceremony told in the passive (who signed
#: is told after), a meeting when it names both the day and the place.
PASSIVE_AUXILIARIES: Final = frozenset({"was", "were"})
#: German puts the participle at the clause end, far from "wurde".
PASSIVE_AUXILIARIES_DE: Final = frozenset({"wurde", "wurden"})
#: "was formally signed": how far before the participle the English auxiliary stands.
PASSIVE_REACH: Final = 3
#: Verbs of visiting a person ("X visited Mayor Y in Leeds on Monday", "besuchte am Montag
#: Landrat Y in Kassel"): a meeting with the person visited (``_visits_person``; weak: a day
#: must be named). Bare "visit" only after a modal or "to" ("will visit X"; "a visit").
PERSON_VISIT_VERBS: Final = frozenset({"visited", "visits", "visit", "besuchte", "besuchten", "besucht"})
#: English "called on President X": a courtesy call, a visit to a person (not "called on
#: X to resign": a demand, ``_call_to_act``).
CALL_ON_VERBS: Final = frozenset({"called", "calls"})
#: How far after a visit verb its object may stand, and the words (beside articles, titles
#: and a weekday) that may stand before it ("besuchte am Montag auch den Landrat X").
VISIT_OBJECT_REACH: Final = 10
VISIT_FILLERS: Final = frozenset({"am", "on", "auch", "also", "erstmals", "dann", "then"})
#: German pronouns of a person as subject before a visit verb ("Am Montag hatte sie … besucht").
SUBJECT_PRONOUNS_DE: Final = frozenset({"er", "sie"})
#: A guest's noun and what links it to the host: "war am Montag Gast bei X", "zu Gast beim
#: Landrat X", "was the guest of Mayor X" (weak, as the visit verbs).
GUEST_NOUN_LINKS: Final = {"gast": frozenset({"bei", "beim"}), "guest": frozenset({"of"})}
#: "played host to X": a host's verb in English.
PLAY_FORMS: Final = frozenset({"played", "plays", "play", "playing"})
#: How far before "zu Gast" its "bei X" may stand ("war bei Landrat X in Kiel zu Gast").
HOST_BEFORE_REACH: Final = 10
WEAK_EVENTS: Final = {*BODY_SESSION_VERBS, *PERSON_VISIT_VERBS, *GUEST_NOUN_LINKS, *CALL_ON_VERBS,
                      "runde", "zusammen", "tagt", "tagen", "beriet", "berät",
                      "dinner", *EN_LOWER_EVENT_NOUNS, *SIT_FORMS,
                      "talked", "met", "meet", "meets", "treffen", "traf", "trafen",
                      "trifft", "getroffen", "verhandelt", "verhandelten", "empfing", "empfängt",
                      "empfangen", "hosted", "hosts", "welcomed", "welcomes", "received", "receives",
                      "host", "welcome", "receive", "visited", "toured", "besuchten", "besichtigten",
                      "invited", "invites", "summoned", "summons", "dined", "dines", "greeted", "greets",
                      *HEARING_VERBS}
RELATIVE_DAYS: Final = {
    r"\b(a|one) day later\b|\bthe (next|following) day\b|\beinen Tag später\b|"
    r"\bam (nächsten|folgenden) Tag\b|\btags darauf\b": 1,
    r"\bthe (day|evening|night) before\b|\bam Vortag\b|\bam Vorabend\b|\btags zuvor\b|"
    r"\b(a|one) day earlier\b|\beinen Tag (früher|zuvor)\b": -1,
    # the same day as the last date: "am Nachmittag", "Parallel berieten …", "later that day"
    r"\bam (Vormittag|Mittag|Nachmittag|Abend)\b|^(Parallel|Zeitgleich)\b|"
    r"\b(later|earlier) (that|in the) day\b|\bthat (morning|afternoon|evening)\b|"
    # "Anschließend kam sie mit X zusammen", "Later, Starmer met X", "Zuvor hatte ihn X
    # empfangen": a further meeting that day (not "Later this month", "Later on Friday")
    r"^(Anschließend|Im Anschluss|Afterwards|Later|Zuvor|Earlier)"
    r"(?=,? +(?!(this|that|in|on|next|last|am|im)\b))": 0,
}
#: How a relative day that tells of a further meeting that day begins.
NEXT_MEETING_WORDS: Final = ("earlier", "later", "anschließend", "im anschluss", "afterwards", "zuvor")
RELATIVE_DAY_PATTERNS: Final = [(re.compile(pattern, re.I), offset)
                                for pattern, offset in RELATIVE_DAYS.items()]
#: Every match of RELATIVE_DAYS holds one of these, lower-cased: a sentence
#: without any is not searched. (No "i", "s" or "k": re.I also lets "ı" match
#: "i", "ſ" "s" and "K" "k", which lower() leaves or makes otherwise.)
RELATIVE_DAY_HINTS: Final = (
    "day later", "next day", "ng day", "päter", "n tag", "darauf",  # a day later
    "before", "vortag", "vorabend", "zuvor", "day earl", "tag früher",  # the day before
    "ttag", "am abend", "parallel", "tgle", "that day", "the day", "that morn",  # that day
    "that afternoon", "that even", "chl", "afterward", "later", "earl")  # next meeting
#: Fewer and shorter: every match of RELATIVE_DAYS holds one of these too ("tag" in
#: "tags darauf", "einen Tag später", "am Vormittag"; "tgle" in "Zeitgleich"), so most
#: sentences are passed over after these few searches.
RELATIVE_DAY_WORDS: Final = ("day", "tag", "abend", "before", "parallel", "tgle", "that ", "chl",
                             "afterward", "later", "zuvor", "earl")
#: A word of every match of RELATIVE_DAYS that lies inside one token (letters only,
#: as ``PARTICIPATION_HINTS``): "later" of "a day later", "mittag" of "am Nachmittag".
#: A sentence without a token holding one is not searched (weekdays hold "day" and "tag").
RELATIVE_DAY_ANCHORS: Final = ("later", "next", "following", "später", "nächsten", "folgenden", "darauf",
                               "before", "vortag", "vorabend", "zuvor", "earlier", "früher", "mittag",
                               "abend", "parallel", "zeitgleich", "morning", "afternoon", "evening",
                               "anschließend", "anschluss", "afterwards")


@dataclass(slots=True, init=False)  # (slots: made for every event word, half the cost)
class Mention:
    sentence: Span
    #: Where the event word stands (a token index; a ``Token`` object costs more to make).
    noun: int
    kind: str
    date: DateValue | None
    date_span: Span | None
    place: Span | None
    participants: list[Span]
    chairs: list[Span]
    #: A meeting of its own, never merged into another: undated but with a month
    #: or year ("Im Dezember tagt …"), or undated after "a"/"ein" ("a meeting with …").
    separate: bool
    #: Separate because only a month or "next year" dates it: no day to record, so
    #: not emitted ("Im Juli sollen die Konsultationen stattfinden").
    vague: bool
    #: A side meeting ("am Rande", "on the sidelines"): its own meeting, even on the
    #: day and at the place of the main one.
    side: bool
    #: "nach einem Gespräch mit …", "after a meeting with …": a meeting of its own
    #: that has already taken place, on the day told of unless it says otherwise.
    follows: bool
    #: Dated after "a"/"ein" ("einem Treffen des Kanzlers mit X am Dienstagnachmittag"):
    #: a meeting not told of yet, even on the day of a dated one that was (an undated
    #: one, as a headline's, it may be).
    introduced: bool
    #: The host event of a side meeting ("am Rande der Konferenz"): told of in passing.
    host: bool
    #: "The talks … began on Monday": the start of a meeting told of before, on its
    #: first day (a meeting of several days, not another one).
    opening: bool
    #: Participants and chairs still to be read from the sentence (``_add_people``):
    #: only done for the mentions of meetings that are kept.
    people_due: bool
    #: The event noun is what someone judged or protested against ("kritisierte das
    #: Treffen", "protestierte gegen den Gipfel"), not what they took part in.
    commented: bool
    #: "traf sich am Dienstag in Döttingen mit …": a venue named by a word no place
    #: entity covers; not the dateline's place (``_default_place``).
    unknown_venue: bool
    #: "zu einem Krisengipfel ins Rathaus", "talks at City Hall": a venue named by a
    #: common noun of a local seat of government, no place given; in a datelined
    #: report the dateline's city, even days before it (``_default_place``).
    seat_venue: bool
    #: The sentence before that tells of the event a definite noun refers back to
    #: ("… hatte X den Plan Y vorgestellt. An dem Gespräch nahm auch Z teil"): its
    #: persons took part too (``_event_before``).
    antecedent: Span | None

    def __init__(self, sentence: Span, noun: int, kind: str, *,
                 date: DateValue | None = None,
                 date_span: Span | None = None,
                 place: Span | None = None,
                 participants: list[Span] | None = None,
                 chairs: list[Span] | None = None,
                 separate: bool = False,
                 vague: bool = False,
                 side: bool = False,
                 follows: bool = False,
                 introduced: bool = False,
                 host: bool = False,
                 opening: bool = False,
                 people_due: bool = False,
                 commented: bool = False,
                 unknown_venue: bool = False,
                 seat_venue: bool = False,
                 antecedent: Span | None = None) -> None:
        # (written out, as ``doc.Fact``'s: compiled, a native ``__init__``)
        self.sentence = sentence
        self.noun = noun
        self.kind = kind
        self.date = date
        self.date_span = date_span
        self.place = place
        self.participants = [] if participants is None else participants
        self.chairs = [] if chairs is None else chairs
        self.separate = separate
        self.vague = vague
        self.side = side
        self.follows = follows
        self.introduced = introduced
        self.host = host
        self.opening = opening
        self.people_due = people_due
        self.commented = commented
        self.unknown_venue = unknown_venue
        self.seat_venue = seat_venue
        self.antecedent = antecedent


#: Compared by identity: each mention joins one draft, so two drafts never hold
#: equal mentions, and comparing their fields (``target in open_drafts``) only costs.
@dataclass(eq=False)
class MeetingDraft:
    mentions: list[Mention]

    @property
    def date(self) -> DateValue | None:
        for mention in self.mentions:
            if mention.date is not None:
                return mention.date
        return None

    @property
    def place(self) -> Span | None:
        for mention in self.mentions:
            if mention.place is not None:
                return mention.place
        return None


class SentencePeople(TypedDict):
    """Who a sentence names (``MeetingExtractor._sentence_people``); ``chairs``: None
    when the sentence has no chairing cue."""

    actors: list[Span]
    described: list[Span]
    chairs: list[Span] | None


@Language.factory("kg_meetings", default_config={})
def make_meeting_extractor(nlp: Language, name: str) -> MeetingExtractor:
    assert nlp.lang is not None  # (a pipeline's language: spacy.blank("de"))
    return MeetingExtractor(nlp.lang)


class MeetingExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.nouns = EVENT_NOUNS.get(lang, EVENT_NOUNS["en"])
        self.event_verbs = EVENT_VERBS.get(lang, EVENT_VERBS["en"])
        #: Names of this language's word tests (``TokenTable.positions``).
        self.event_word_test = f"event-word-{lang}"
        self.title_word_test = f"title-word-{lang}"
        self.plural_title_test = f"plural-title-{lang}"
        self.subject_noun_test = f"meeting-subject-noun-{lang}"
        self.referring_word_test = f"meeting-referring-word-{lang}"
        #: The words of the speech verbs (``_described_speaker``) and of the group cues
        #: (``_is_group_cue_word``): a sentence holding none is asked neither.
        self.participant_cue_test = f"meeting-participant-cue-{lang}"
        self.participant_cue_words = frozenset(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]) | GROUP_CUE_WORDS)
        self.lexicon = load_lexicon()
        self.words = vocab.for_lang(lang)

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        index = doc_index(doc)
        table = token_table(doc)
        # Only sentences with an event word can hold a mention.
        candidates: dict[int, list[int]] = {}  # sentence index -> its event word positions
        for i in table.positions(self.event_word_test, self._may_name_event):
            candidates.setdefault(index.sent_index(i), []).append(i)
        sentences = [(index.sents[k], candidates[k]) for k in sorted(candidates)]
        mentions = []
        for sent, positions in sentences:
            words = self._event_words(table, sent, positions)
            after = _after_event(table.lower, sent, words)
            mentions += [m for word in words for m in [self._mention(doc, sent, word, after)]
                         if m is not None]
        # Who took part is read only for the meetings kept, unless the dateline's place
        # must be looked up (it may add a node and an entity's id, which they read).
        if not _dateline_place_known(doc):
            for mention in mentions:
                self._add_people(doc, mention)
        drafts = _fold_headline(doc, self._merge(mentions, _dateline_day(doc)))
        self._default_place(doc, drafts)
        _date_from_lead(doc, drafts)
        drafts = [d for d in drafts if d.place is not None and not d.mentions[0].vague]
        for draft in drafts:
            for mention in draft.mentions:
                self._add_people(doc, mention)
        self._add_participation_sentences(doc, drafts)
        self._add_gathering_speakers(doc, drafts)
        _add_enclosed_subjects(doc, drafts)
        for draft in drafts:
            self._add_group_members(doc, draft)
        _add_envoys(doc, drafts)
        for draft in drafts:
            self._emit(doc, draft)
        return doc

    # -- mentions --------------------------------------------------------------
    def _event_words(self, table: TokenTable, sent: Span, positions: list[int]) -> list[int]:
        """Where the event nouns and verbs of meeting in the sentence are (``positions``:
        its words that ``_may_name_event``; ``table``: the doc's ``token_table``)."""
        found: list[int] = []
        verbs: list[int] = []
        tokens, texts, lowers = table.tokens, table.text, table.lower
        event_verbs, nouns = self.event_verbs, self.nouns
        german, english = self.lang == "de", self.lang == "en"
        start = sent.start
        for i in positions:
            low, text = lowers[i], texts[i]
            prev = lowers[i - 1] if i > start else ""
            if prev in FUTURE_WORDS and not self._has_full_date(sent):
                # "further meetings", "künftige Gespräche" (not "zu einer weiteren
                # Gesprächsrunde am 23. September": a meeting set for a day)
                continue
            if prev in COMING_WORDS and not doc_index(sent.doc).dates_in(start, sent.end):
                continue  # "will den Antrag in der kommenden Landtagssitzung einbringen"
            if german and low in CONVENE_DE and _drafted(lowers, i, start):
                continue  # "wurde zum Wehrdienst einberufen": called up, not a session
            if german and prev == "ins" and low == "gespräch":
                continue  # "einen Zuschlag ins Gespräch bringen": proposed, no meeting
            if low in nouns and not (english and prev in EN_NOT_EVENT_BEFORE):
                if text[:1].isupper() and i + 1 < sent.end and lowers[i + 1] in ROUTE_NOUNS:
                    continue  # "the Rironi-Mau Summit highway": a place's name, no event
                found.append(i)
            elif german and text[:1].isupper() and text not in DE_NOT_EVENTS \
                    and low.endswith(DE_EVENT_SUFFIXES) and len(low) > 8 and \
                    not (low.endswith(FORUM_BODY) and
                         (i in doc_index(sent.doc).ent_at or low.startswith(ONLINE_WORDS_DE))):
                found.append(i)
            elif german and text == "Bundestag" and i >= 2 and \
                    texts[i - 1] == "-" and tokens[i - 2].ent_type_ == "ORG":
                found.append(i)  # an association's assembly: "DFB-Bundestag"
            elif english and low in EN_LOWER_EVENT_NOUNS and text.islower():
                if not (low == FORUM_BODY and prev in ONLINE_WORDS):
                    found.append(i)  # "a working lunch", "the party congress" (not "an online forum")
            elif english and low in SIT_FORMS and i + 1 < sent.end and lowers[i + 1] == "down":
                verbs.append(i)  # "sat down with the minister"
            elif german and low in APPOINTMENT_WORDS and i > start + 1 and i + 1 < sent.end and \
                    _appointment_with(lowers, i):
                found.append(i)  # "einen Termin mit X", "bei einem Termin in Y"
            elif low in TABLE_WORDS and i > start + 1 and _table_meeting(lowers, i) is not None:
                found.append(i)  # "zu einem Runden Tisch", "a round-table", "an einen Tisch"
            elif english and low == "host" and prev in PLAY_FORMS and i + 2 < sent.end and \
                    lowers[i + 1] == "to" and \
                    _person_after(table, doc_index(sent.doc).ent_at, i + 2, sent.end):
                verbs.append(i)  # "played host to Governor X": hosted a guest
            elif german and low == "gast" and prev == "zu" and _host_before(table, sent, i):
                found.append(i)  # "war am Montag bei Landrätin X in Kiel zu Gast"
            elif english and low in BARE_HOST_VERBS_EN and prev not in VERB_MARKERS_EN:
                continue  # "a host of problems", "a warm welcome": no verb
            elif english and low in HOST_VERBS_EN and not self._guest_after(table, i, sent.end):
                continue  # "received three complaints", "welcomed the decision": no guest
            elif low in event_verbs or low in NEGOTIATOR_GROUPS:
                verbs.append(i)
            elif low in SIGNING_VERBS:
                verbs.append(i)  # "X and Y signed the agreement at … in Bengaluru"
            elif low in HEARING_VERBS and i + 1 < sent.end and lowers[i + 1] in HEARING_LINKS:
                verbs.append(i)  # "are due to appear before the committee": a hearing
            elif english and low in HEARING_NOUNS and _is_hearing_noun(table, i, start):
                found.append(i)  # "at a Senate hearing in Pasay City", "told the hearing"
            elif low in HANDOVER_NOUNS and _attended_in(sent):
                found.append(i)  # "Y and Z also attended the handover": people met for it
            elif low in JOINT_VISIT_VERBS and _joint_visit(table, sent, i, german):
                verbs.append(i)  # "X and Y visited the air base at Z": they met there
            elif low in PERSON_VISIT_VERBS and text.islower() and \
                    (low != "visit" or prev in VERB_MARKERS_EN) and \
                    self._visits_person(table, sent, i, german):
                verbs.append(i)  # "X visited Mayor Y in Leeds on Monday": they met
            elif english and low in CALL_ON_VERBS and i + 2 < sent.end and lowers[i + 1] == "on" and \
                    _person_after(table, doc_index(sent.doc).ent_at, i + 2, sent.end) and \
                    not _call_to_act(table, i + 2, sent.end):
                verbs.append(i)  # "Ambassador X called on President Y in Colombo": a courtesy call
            elif low in GUEST_NOUN_LINKS and i + 1 < sent.end and \
                    lowers[i + 1] in GUEST_NOUN_LINKS[low] and \
                    _person_after(table, doc_index(sent.doc).ent_at, i + 2, sent.end):
                found.append(i)  # "war am Montag Gast bei Landrat X", "the guest of Mayor X"
            elif low in EXCHANGE_VERBS and not _exchange_of_views(lowers, i, start, sent.end, german):
                continue  # "tauschte die Reifen aus", "exchanged fire": no talk
            elif low in TALK_VERBS and _talk_partner(table, sent, i, german):
                verbs.append(i)  # "discussed the figures with X", "wollen über … sprechen"
            elif low in BODY_SESSION_VERBS and _body_named_in(table, doc_index(sent.doc), sent):
                verbs.append(i)  # "Am Mittwoch befasste sich der Ausschuss mit …": its session
            elif low == "zusammen" and german and i + 1 < sent.end and \
                    not texts[i + 1][:1].isalnum() and \
                    not COME_FORMS.isdisjoint(lowers[start:i]):
                verbs.append(i)  # "kamen am Montag in Brüssel zusammen": a split verb
            elif german and low in CONVENE_SPLIT_DE and _particle_closes_clause(lowers, i, sent.end, "ein"):
                verbs.append(i)  # "berief den Rat für Freitag ein": a split verb
            elif german and low in GREET_VERBS_DE and _guest_greeted(table, sent, i):
                verbs.append(i)  # "begrüßte am Montag im Kanzleramt Präsident X"
            elif low in MEAL_VERBS and _meal_with(table, sent, i):
                verbs.append(i)  # "aß am Montag mit X zu Mittag", "dined with X on Monday"
            elif low in INVITE_EVENT_VERBS and _invited_to_place(table, sent, i, german):
                verbs.append(i)  # "lud X am Dienstag nach Potsdam ein", "invited X to Leeds"
            elif text in COUNCIL_HEADS and tokens[i].ent_type_ == "ORG" and \
                    any(e.label_ == "LOC" and e.start > i and doc_prev_is(e, PLACE_PREPS)
                        and lowers[e.start - 2] not in SEAT_WORDS for e in sent_ents(sent)):
                found.append(i)  # "the Permanent Council of the OSCE in Vienna"
        return found + verbs  # nouns first: a noun names the event better than a verb

    def _visits_person(self, table: TokenTable, sent: Span, verb: int, german: bool) -> bool:
        """Whether the visit verb at ``verb`` has a person for its object: the words after
        it, as far as articles, a day, titles and (English) lower-case words reach, name a
        person not followed by a possessive ("visited Mayor X", "besuchte am Montag den
        Landrat X"; not "visited the plant of X", "visited X's factory", "besuchte das Werk").
        German puts the subject after the verb when the clause opens otherwise: there two
        persons must follow it ("Am Montag besuchte Ministerin X den Landrat Y"), unless a
        person is named before the verb in its clause."""
        lowers, texts = table.lower, table.text
        ent_at = doc_index(sent.doc).ent_at
        persons = 0
        k = verb + 1
        while k < min(sent.end, verb + VISIT_OBJECT_REACH):
            entity = ent_at.get(k)
            if entity is not None and entity.label_ == "PER":
                if entity.end < sent.end and texts[entity.end] in POSSESSIVE_MARKS:
                    return False  # "visited X's factory"
                persons += 1
                k = entity.end
                continue
            word, low = texts[k], lowers[k]
            if low in NOT_PARTNER_WORDS or not word.isalpha() or entity is not None:
                break  # "visited the grave of X", a place or an organisation
            if german and low in SUBJECT_PRONOUNS_DE:
                persons += 1  # "Am Montag besuchte sie Landrat X"
                k += 1
                continue
            titled = self._title_base(word) is not None
            if not (low in BODY_REFERRING_ARTICLES or low in VISIT_FILLERS or word.islower() and not german
                    or titled or low in MARKED_DAY_WORDS):
                break  # "besuchte das Werk": a thing visited
            if titled and german and lowers[k + 1] in BODY_REFERRING_ARTICLES:
                persons += 1  # "besuchte die Ministerin den Landrat X": a subject by title
            k += 1
        if persons == 0:
            return False
        if not german or persons >= 2:
            return True
        # a person before the verb: named, by a pronoun or by title ("Die Ministerin besuchte …")
        before = range(max(sent.start, verb - TALK_CLAUSE_REACH), verb)
        return any((e := ent_at.get(j)) is not None and e.label_ == "PER" or lowers[j] in SUBJECT_PRONOUNS_DE
                   or texts[j][:1].isupper() and self._title_base(texts[j]) is not None for j in before)

    def _guest_after(self, table: TokenTable, verb: int, end: int) -> bool:
        """Whether an English verb of hosting at ``verb`` tells of a guest: a name, a
        title or a noun for visitors among the few words after it ("received Prime
        Minister X", "welcomed the visiting delegation", "hosted him"); not when a
        count or a thing comes first ("received three complaints", "welcomed the
        decision by X"); else (nothing telling before a preposition or clause break)
        yes, as a host's verb mostly is. Its passive ("was received by X") has its
        guest for subject."""
        lowers, texts = table.lower, table.text
        if lowers[verb - 1] in PASSIVE_AUXILIARIES or lowers[verb - 1] in {"been", "being"}:
            return True
        ent_at = doc_index(table.tokens[verb].doc).ent_at
        counted = False
        for k in range(verb + 1, min(end, verb + GUEST_REACH + 1)):
            ent = ent_at.get(k)
            if ent is not None and ent.label_ in GUEST_LABELS:
                if ent.end < end and texts[ent.end] in {"'s", "’s"}:
                    continue  # "welcomed Germany's decision" (but "Germany's chancellor")
                return True
            low = lowers[k]
            if low in GUEST_WORDS or texts[k][:1].isalpha() and self._title_base(texts[k]) is not None:
                return True
            if k == verb + 1 and _things_received(table, k):
                return False  # "received enquiries from buyers", "hosted concerts"
            if low in COUNT_WORDS_EN or low[:1].isdigit():
                counted = True  # "received two delegations", "received 300 applications"
            elif low in THINGS_RECEIVED or low in self.nouns:
                # "welcomed the decision"; "welcomed the talks", "hosted a summit" (the
                # event noun tells of the event itself)
                return False
            elif low in NOT_PARTNER_WORDS or low in TALK_CLAUSE_BREAKS or low in {"that", "."}:
                break
        # (no guest and no thing: a host's verb, as it mostly is in news, unless it
        # received a count of something: "received three complaints"; "greeted" only
        # with a guest named: "fans greeted the team")
        return not counted and lowers[verb] not in GREET_VERBS_EN

    def _has_full_date(self, sent: Span) -> bool:
        """Whether the sentence names a day by its date ("am 23. September"), not
        only by a weekday."""
        dateline_end = sent.doc.user_data["kg_meta"].get("dateline_end", 0)
        dates = doc_index(sent.doc).dates_in(sent.start, sent.end)
        if not dates or dates[-1].start_char < dateline_end:
            return False  # (most sentences: no date, or only the dateline's)
        return any(d.start_char >= dateline_end for d in self._sentence_setting(sent.doc, sent)["full"])

    def _described_participants(self, doc: Doc, sent: Span) -> list[Span]:
        """'das Treffen mit dem Kanzler', 'empfing … die beiden Ministerpräsidenten':
        persons named by their title alone, when exactly as many persons in the
        document hold that title as the phrase counts (one, or "beiden" → two)."""
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        ent_at = doc_index(doc).ent_at
        found: list[Span] = []
        for i in table.positions(self.title_word_test, self._is_title_word, max(sent.start, 1), sent.end):
            if i in ent_at:
                continue
            count = 1
            k = i - 1
            former = False  # "den drei Ex-Präsidenten", "the two former presidents"
            if lowers[k] == "-" and k > sent.start and lowers[k - 1] == "ex":
                former, k = True, k - 2
            elif lowers[k] in FORMER_WORDS:
                former, k = True, k - 1
            if lowers[k] in NUMBER_WORDS:
                count, k = NUMBER_WORDS[lowers[k]], k - 1
            portfolio = ""  # "the transport secretary": only the holder of that portfolio
            if self.lang == "en" and k > sent.start and texts[k].isalpha() and texts[k].islower() \
                    and lowers[k - 1] == "the" and lowers[k] not in NOT_TITLE_QUALIFIERS:
                portfolio, k = lowers[k] + " ", k - 1
            if k < sent.start or lowers[k] not in DEFINITE_ARTICLES:
                continue
            if k > sent.start and lowers[k - 1] in WITHOUT_WORDS:
                continue  # "had met without the prime minister": not there
            if i + 1 < sent.end and ent_at.get(i + 1) is not None and ent_at[i + 1].label_ == "PER":
                continue  # "den Unionsfraktionschef Merz": the name is there
            base = self._title_base(texts[i])
            if base is None or _of_unnamed_bodies(table, ent_at, i, sent.end) and \
                    self._is_plural_title(table, sent.start, i):
                continue  # "die Chefs der Geheimdienste": not the "Chef" named before
            base = portfolio + base
            holders = _title_holders(doc, base.lower(), former)
            if len(holders) == count:
                found += holders
            elif count == 1 and holders:
                # "Wiersma … Schon am Montag war die Ministerin in Brüssel": of several
                # holders of the title, the one named last before, in the paragraph
                found += _last_named(doc, i, {kg_id(h) for h in holders}, sent.start)
            elif count > 1:
                # "the two leaders" when one other person in the text is a leader too:
                # the count still points at the pair just named.
                found += _persons_just_named(doc, sent, count)
        return found

    def _described_subject(self, doc: Doc, sent: Span) -> list[Span]:
        """'Der SPD-Politiker traf am Dienstag Donald Tusk', 'Am Montag hatte die Ministerin
        … empfangen', 'On Monday, the former prime minister met …': a subject of a definite
        article and a singular noun for a person, with no name, is the person named first
        in the nearest sentence before that names one (up to ``DESCRIBED_REACH`` sentences;
        in German one whose titles fit the noun's gender)."""
        table = token_table(doc)
        lowers, texts = table.lower, table.text
        near = min(sent.end, sent.start + SUBJECT_ARTICLE_REACH + 5)
        if texts[sent.start].strip() and SUBJECT_ARTICLES.isdisjoint(lowers[sent.start:near]):
            return []  # no article near the start (``_subject_article``: none to find)
        if not table.positions(self.subject_noun_test, self._is_subject_noun_word, sent.start, near):
            return []  # (most sentences: no title or noun for a person near their start)
        start = self._subject_article(table, sent)
        if start is None:
            return []
        article = lowers[start]
        ent_at = doc_index(doc).ent_at
        for i in range(start + 1, min(sent.end, start + 5)):
            if i in ent_at and ent_at[i].label_ == "PER":
                return []  # "Der Kanzler Olaf Scholz": the name is there
            word = texts[i]
            if not (_names_a_person_noun(lowers[i]) or self._title_base(word) is not None):
                continue
            singular = not word.endswith("s") if self.lang == "en" else \
                article == "der" or lowers[i].endswith("in")
            if not singular or texts[i + 1] in {"'s", "’s"} or _apposed_name(doc, i, sent.end):
                return []  # "The president's office", "Der Vorsitzende der IMK, Ulrich Mäurer"
            index = doc_index(doc)
            person = demand_rules._resolve_pronoun(doc, index.sents, index.sent_index(start),
                                                   table.tokens[start], person=True)
            if person is None:
                # "Gesundheitsministerin X … (a paragraph on) Am Montag hatte die
                # Vorsteherin des Departements …": named further back
                person = self._person_named_before(doc, sent)
            return [person] if person is not None and self._gender_fits(doc, person, lowers[i]) else []
        return []

    def _its_people(self, doc: Doc, sent: Span) -> list[Span]:
        """'Unite wants more pay. On Tuesday its leaders met …', "the agency's chief met …":
        unnamed people of an organisation ("its" or a kind noun's possessive before a noun
        for persons or a title) at a meeting bring in the organisation, the first one the
        nearest sentence before names (English)."""
        if self.lang != "en":
            return []
        table = token_table(doc)
        positions = table.positions("meeting-its", _is_its, sent.start, sent.end)
        if not positions:
            return []  # (most sentences)
        ent_at = doc_index(doc).ent_at
        found: list[Span] = []
        for i in positions:
            noun = i + 1
            if noun + 1 < sent.end and table.text[noun].islower() and table.text[noun + 1].islower() \
                    and self._title_base(table.text[noun + 1]) is not None:
                noun += 1  # "its chief executive", "its trade negotiators"
            if noun >= sent.end or noun in ent_at or _apposed_name(doc, noun, sent.end):
                continue  # "Its chairman, Tom Hale, met …": the person is named
            word = table.text[noun]
            if not (word.lower() in ITS_PERSON_NOUNS or self._title_base(word) is not None):
                continue
            organisation = _organisation_named_before(doc, sent, i)
            if organisation is not None:
                found.append(organisation)
        return found

    def _subject_article(self, table: TokenTable, sent: Span) -> int | None:
        """Where the definite article of a subject a title may form stands: the sentence's
        first word ("Der Minister traf …"); in German the word after the finite verb that
        follows an opening phrase ("Am Montag empfing die Ministerin …": a lower-case word
        no preposition, before any name); in English the word after the comma closing an
        opening phrase ("On Monday, the minister met …"). None if there is none."""
        lowers, texts = table.lower, table.text
        start = sent.start
        while start < sent.end and not texts[start].strip():
            start += 1
        if start >= sent.end:
            return None
        if lowers[start] in SUBJECT_ARTICLES:
            return start
        reach = min(sent.end, start + SUBJECT_ARTICLE_REACH)
        if SUBJECT_ARTICLES.isdisjoint(lowers[start + 1:reach]):
            return None  # no article near the start: nothing to read word by word
        ent_at = doc_index(sent.doc).ent_at
        german = self.lang == "de"
        for k in range(start + 1, reach):
            if k in ent_at and ent_at[k].label_ == "PER" or texts[k] in QUOTE_MARKS:
                return None  # a name (or a quote) comes first: the subject is named
            if lowers[k] not in SUBJECT_ARTICLES:
                continue
            before = texts[k - 1]
            if german and before.isalpha() and before.islower() and \
                    lowers[k - 1] not in demand_rules.PREPOSITIONS and lowers[k - 1] not in CLAUSE_WORDS_DE:
                return k
            if not german and before == "," and k - 1 > start:
                return k
            return None  # the first article is no subject's ("Im Streit um die Reform …")
        return None

    @staticmethod
    def _person_named_before(doc: Doc, sent: Span) -> Span | None:
        """The first person of the nearest of the ``DESCRIBED_REACH`` sentences before that
        names one (blank lines passed over)."""
        index = doc_index(doc)
        dateline_end = doc.user_data["kg_meta"].get("dateline_end", 0)
        k = index.sent_index(sent.start) - 1
        read = 0
        while k >= 0 and read < DESCRIBED_REACH:
            before = index.sents[k]
            k -= 1
            if not span_text(before).strip():
                continue
            read += 1
            persons = [e for e in sent_ents(before) if e.label_ == "PER" and e.start_char >= dateline_end]
            if persons:
                return persons[0]
        return None

    def _gender_fits(self, doc: Doc, person: Span, noun: str) -> bool:
        """Whether a German noun for a person may name ``person``: a feminine noun
        ("Ministerin") one with a feminine title, a masculine one one with a masculine
        title (no title, or English: it may)."""
        if self.lang != "de":
            return True
        titles = [title for title, holder in _role_facts(doc).titles if holder == kg_id(person)]
        if not titles:
            return True
        feminine = noun.endswith("in")
        return any(title.endswith("in") == feminine for title in titles)

    def _counted_subject(self, doc: Doc, sent: Span) -> list[Span]:
        """'The three met the minister …', 'Die beiden trafen sich …', 'Die beiden Politiker
        berieten …': a sentence opened by a number, with a verb or a noun for persons after
        it, is about the persons of the sentence before, when that one names exactly so many."""
        table = token_table(doc)
        lowers = table.lower
        start = sent.start
        while start < sent.end and not table.text[start].strip():
            start += 1
        if start + 2 >= sent.end:
            return []
        first = table.text[start]
        if lowers[start] not in COUNTED_OPENERS and first != "They" and first != "Sie":
            if PAIR_WORDS.isdisjoint(lowers[start + 1:start + PAIR_REACH]):
                return []  # (most sentences)
            return self._pair_after_opening(doc, sent, start)
        if self._plural_pronoun_subject(first, table.text[start + 1]):
            # "They will meet again in Madrid", "Sie wollen sich erneut treffen": the persons
            # just named, if there are several
            persons = _persons_just_named(doc, sent, None)
            return persons if len(persons) >= 2 else []
        k = start + 1 if lowers[start] in DEFINITE_ARTICLES else start
        count = NUMBER_WORDS.get(lowers[k])
        if count is None or k == start and lowers[k] not in BOTH_WORDS:
            return []  # (most sentences) "Two ministers …": no group told of before
        word = table.text[k + 1]
        if not self._verb_after_count(word) and not self._person_noun_after_count(word):
            return []  # "The two sides", "Die beiden Länder"
        return _persons_just_named(doc, sent, count)

    def _pair_after_opening(self, doc: Doc, sent: Span, start: int) -> list[Span]:
        """'On Monday the pair sat down with X', 'Am Montag trafen sich die beiden mit X':
        "the pair" (or "the two", "die beiden" before a verb or a noun for persons) as the
        subject after an opening phrase are the two persons of the sentences just before."""
        table = token_table(doc)
        lowers = table.lower
        reach = min(sent.end - 1, start + PAIR_REACH)
        if PAIR_WORDS.isdisjoint(lowers[start + 1:reach]):
            return []  # (most sentences)
        for k in range(start + 1, reach):
            if lowers[k] not in PAIR_WORDS or lowers[k - 1] not in DEFINITE_ARTICLES:
                continue
            after = table.text[k + 1]
            if lowers[k] in PAIR_NOUNS or self._verb_after_count(after) or \
                    self._person_noun_after_count(after):
                return _persons_just_named(doc, sent, 2)
            return []  # "die beiden Länder", "the two sides"
        return []

    def _plural_pronoun_subject(self, first: str, second: str) -> bool:
        """Whether a sentence opens with "They" (or German "Sie" before a plural verb:
        "Sie trafen sich", not "Sie traf")."""
        if self.lang == "de":
            return first == "Sie" and second.islower() and second.isalpha() and second.endswith("en")
        return first == "They"

    def _person_noun_after_count(self, word: str) -> bool:
        """'Die beiden Politiker', 'the two leaders', 'the three executives': a noun for
        persons after an opening number."""
        low = word.lower()
        if self.lang == "de":
            return _names_a_person_noun(low)
        return low in COUNTED_PERSON_NOUNS

    def _verb_after_count(self, word: str) -> bool:
        """Whether the word after an opening number is a verb, not the counted noun:
        in German any lower-case word (nouns are capitalised), in English a past
        form or one of a few verbs and auxiliaries."""
        if self.lang == "de":
            return word.isalpha() and word.islower()
        low = word.lower()
        return low in self.event_verbs or low in COUNTED_SUBJECT_VERBS or \
            word.islower() and low.endswith("ed")

    def _title_base(self, word: str) -> str | None:
        """The title a word names, English plurals included ("the two presidents")."""
        base = self.words.title_base(word)
        if base is None and self.lang == "en" and word.lower().endswith("s"):
            base = self.words.title_base(word[:-1])
        return base

    def _is_title_word(self, word: str) -> bool:
        """A word ``_described_participants`` may read as a title."""
        return word[:1].isalpha() and self._title_base(word) is not None

    def _is_subject_noun_word(self, word: str) -> bool:
        """A title or a noun for a person (``_described_subject``): one word test, so one
        lookup per sentence."""
        return self._is_title_word(word) or _is_person_noun_word(word)

    def _is_referring_word(self, word: str) -> bool:
        """A word ``_bodies_referred_to``, ``_organisations_referred_to`` or
        ``_its_people`` starts from."""
        return _is_body_head(word) or _is_kind_noun(word) or self.lang == "en" and _is_its(word)

    def _may_name_event(self, text: str) -> bool:
        """False for a word none of ``_event_words``' tests can accept."""
        low = text.lower()
        return low in self.nouns or low in self.event_verbs or low in BODY_SESSION_VERBS \
            or low in HEARING_VERBS or low in SIGNING_VERBS or low in TALK_VERBS \
            or low in HEARING_NOUNS or low in HANDOVER_NOUNS \
            or low in NEGOTIATOR_GROUPS \
            or low == "zusammen" or low in TABLE_WORDS or low in CONVENE_SPLIT_DE \
            or low in INVITE_EVENT_VERBS or low in MEAL_VERBS or low in GREET_VERBS_DE \
            or low in APPOINTMENT_WORDS or low in JOINT_VISIT_VERBS or low in PERSON_VISIT_VERBS \
            or low in GUEST_NOUN_LINKS or low in CALL_ON_VERBS \
            or low in EN_LOWER_EVENT_NOUNS or low in SIT_FORMS \
            or text in COUNCIL_HEADS or text == "Bundestag" \
            or low.endswith(DE_EVENT_SUFFIXES) and len(low) > 8

    def _mention(self, doc: Doc, sent: Span, i: int, after: int | None = None) -> Mention | None:
        """The meeting the event word at ``i`` tells of (``after``: the event noun of a
        sentence opening "Nach der Sitzung …", whose other event words are a later meeting)."""
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        low = lowers[i]  # token.lower_, without asking the vocab
        start = sent.start
        mention = Mention(sentence=sent, noun=i, kind=low)
        if low in TALK_VERBS and low in BODY_SESSION_VERBS and \
                _talk_partner(table, sent, i, self.lang == "de"):
            mention.kind = "talks"  # "discussed the figures with X": talks, not a body's session
        setting = self._sentence_setting(doc, sent)
        dates, full, places = setting["dates"], setting["full"], setting["places"]
        candidates = full or dates
        # „Wir haben beraten“, sagte er am Mittwoch: the day of the saying, not of the meeting
        candidates = [d for d in candidates if _same_quote_side(table, i, d.start)]
        if len(candidates) > 1 and self.lang == "de":
            # "Am kommenden Montag sollen X und Y an einem Tisch sitzen, wie ein Sprecher am
            # Mittwoch mitteilte": the day of the telling is not the meeting's
            candidates = [d for d in candidates
                          if not _final_attribution_day(table, i, d, sent.end)] or candidates
        if candidates:
            clause = _relative_clause(lowers, i, start, sent.end)
            # (the sentence's event words, listed for the doc: none is tested again)
            if clause is not None and any(k < clause[0] or k >= clause[1] for k in table.positions(
                    self.event_word_test, self._may_name_event, start, sent.end)):
                # "X, who attended the opening session, said talks would follow on Thursday":
                # the main clause's day is its own event's, not the session's (but "X, der
                # der Innenministerkonferenz vorsitzt, hatte für Freitag eingeladen": the
                # conference's, as the main clause names no other)
                candidates = [d for d in candidates if clause[0] < d.start < clause[1]]
        further = self._introduced_event_after(lowers, i, sent.end) \
            if (candidates or places) and lowers[i - 1] in DEFINITE_ARTICLES else None
        if further is not None:
            # "The talks followed a meeting on Tuesday in Cape Town": the day and place
            # after "a meeting" are that meeting's; "the talks" are told of elsewhere
            candidates = [d for d in candidates if d.start < further]
            places = [p for p in places if p.start < further]
            if not candidates and not places:
                return None
        # (most event words have no "nach"/"after" a few words before them)
        after_before = not AFTER_WORDS.isdisjoint(lowers[max(start, i - AFTER_PHRASE_REACH):i])
        counted = _counted_after(lowers, i, start) if after_before else None
        if counted is not None:
            # "… from Dec. 1, the mayor said on Tuesday, a day after a summit at City Hall":
            # the day the count is told from stands right before it (even a weekday beside
            # a full date elsewhere), and a place before it is the main clause's
            told_from = [d for d in dates if counted - COUNTED_AFTER_GAP <= d.end <= counted]
            if told_from:
                candidates = told_from[-1:]
            places = [p for p in places if p.start > counted]
        opening = _opening(doc, sent) if after_before and candidates else i
        if i - opening <= AFTER_PHRASE_REACH and lowers[opening] in AFTER_WORDS:
            main = _main_clause_after(table, opening, i, sent.end, self.lang)
            if main is not None:
                # "Nach einem Treffen mit X haben die Verbände am Dienstag gedroht": the
                # day is the threat's; the meeting came before it
                candidates = [d for d in candidates if d.start < main]
        # "Mittwochsgesprächen": the noun names its own day (a full date wins)
        compound_day = _weekday_in_compound(doc, texts[i]) if self.lang == "de" and not full else None
        if compound_day is not None:
            mention.date = compound_day
        elif candidates:
            best = min(candidates, key=lambda d: abs(d.start - i))
            mention.date, mention.date_span = kg_date(best), best
            if low in PRESENT_EVENT_VERBS and texts[i].islower():
                mention.date = _present_tense_ahead(doc, mention.date)
            # (the "before" of "appear before the committee" links the hearing's body)
            link = i + 1 if low in HEARING_VERBS else i
            other = _other_event(lowers, link, best.start) if best.start > link else None
            if other is not None:
                # "The meeting came three days after a walkout on Friday in X": not that
                # day (three days later, if counted), nor that place
                mention.date = _shifted(mention.date, other[1])
                if mention.date is None:
                    mention.date_span = None
                places = [p for p in places if p.start < other[0]]
            if not NIGHT_WORDS.isdisjoint(lowers[max(start, best.start - 3):best.start]):
                mention.date = _night_before(lowers, best, mention.date)
            if best.start_char < doc.user_data["kg_meta"].get("dateline_end", 0) and \
                    (_told_as_background(lowers, i, start, sent.end) or
                     _invited_to(lowers, i, start, sent.end)):
                # not the report's day (nor that of an invitation it tells of: "hat die
                # Beteiligten zu einem Krisengipfel eingeladen", the summit is still to come)
                mention.date, mention.date_span = None, None
        articles = INDEFINITE_ARTICLES_BY_LANG.get(self.lang, INDEFINITE_ARTICLES)
        # (a verb's article is its noun's: "kamen zu einem Gipfel zusammen" is one meeting)
        verb = texts[i].islower() and low not in self.nouns and \
            (low in self.event_verbs or low == "zusammen" or low in CONVENE_SPLIT_DE
             or low in TALK_VERBS)
        # (most event words have no indefinite article before them: no scan for a break)
        first = max(start, i - 3)
        indefinite = not verb and not articles.isdisjoint(lowers[first:i]) and \
            _indefinite_before(lowers, first, i, articles)
        mention.introduced = indefinite and mention.date_span is not None
        day_start = mention.date_span.start if mention.date_span is not None else None
        if day_start is not None and \
                not SAME_DAY_SHIFTS.isdisjoint(lowers[max(start, day_start - 2):day_start]):
            mention.side = True  # "Later on Thursday, Rubio and Noem were received by …": another meeting
        days = _days_before_event(lowers, mention.date_span.end, i) \
            if after_before and mention.date_span is not None else None
        if days is None and after_before and mention.date is None and lowers[start] in DEFINITE_ARTICLES:
            # "The decision came a day after talks in X": the day of the event told of
            # the sentence before, that many days earlier
            mention.date = self._day_before_event_told(doc, sent, i)
        if days is not None:
            # "demanded … on Wednesday, a day after talks with the minister ended": the
            # talks were that many days before the day told of
            mention.date = _shifted(mention.date, -days)
        elif mention.date_span is not None and _earlier_than_date(lowers, mention.date_span.end, i):
            # "went on strike on Tuesday after talks … broke down overnight": the talks
            # came before the day told of, which is not theirs
            mention.date, mention.date_span, mention.vague = None, None, True
            return mention
        if mention.date is None:
            mention.date = _relative_day(doc, sent)
            if mention.date is not None and mention.date.text.lower().startswith(NEXT_MEETING_WORDS) \
                    and not (low in self.nouns and lowers[i - 1] in BODY_REFERRING_ARTICLES):
                # "who had met X earlier in the day", "Anschließend kam sie mit X zusammen":
                # a meeting of its own (but "Afterwards she said the talks had been tough":
                # the talks told of)
                mention.side = True
        if mention.date is None and not indefinite and \
                PAST_PERFECT_AUXILIARIES.isdisjoint(lowers[start:i]):
            self._journey_before(doc, sent, i, mention)  # (not "had met": before the journey)
        day = mention.date.date if mention.date is not None else None  # (parses the ISO text)
        if day is not None:
            doc.user_data["kg_last_meeting_date"] = (start, day)
        if places:
            # '"… a licensing office in Beijing," he said after the meeting': a place
            # quoted is the speaker's, not where the meeting outside the quote was held
            places = [p for p in places if not _in_topic(table, i, p, low in self.nouns)
                      and _same_quote_side(table, i, p.start)
                      and not _in_reported_clause(table, start, i, p)]
            opening_word = _opening(doc, sent) if places and places[0].start < i else i
            if lowers[opening_word] in TOPIC_OPENERS:
                # "Im Streit um eine Deponie bei Husum hat X …": where the thing argued over is
                places = [p for p in places if not _in_opening_topic(table, opening_word, i, p, self.lang)]
        elif not THERE_WORDS.isdisjoint(lowers[max(start + 1, i - THERE_REACH):i + THERE_REACH]):
            places = _place_there_refers_to(doc, table, sent, i)  # "host talks there on Oct. 8"
        elif not CAPITAL_WORDS.isdisjoint(lowers[start:sent.end]):
            places = _capital_refers_to(doc, table, sent)  # "Hilfe aus Berlin … in der Hauptstadt"
        if not places and mention.date_span is not None and mention.date_span.start > i and \
                _attribution_day(table, i, mention.date_span, sent.end):
            # "… made progress in talks to …, the ministers said on Wednesday": with no
            # venue, the day of the saying, not of talks told of (a meeting a sentence
            # further on may name its own day and place)
            mention.date, mention.date_span = None, None
        if not places:
            mention.unknown_venue = _unknown_venue(doc, i, sent.end)
            if mention.date is not None and not mention.unknown_venue:
                # "Auch in Wien ist der Streit angekommen. Kaiser wird am 20. November mit
                # X zusammentreffen": the place the sentence before opens with
                places = _scene_place_before(doc, sent)
            if not places and not mention.unknown_venue and \
                    (mention.date is not None or _invited_to(lowers, i, start, sent.end)):
                mention.seat_venue = _seat_venue(table, i, start, sent.end)
        if mention.date is None and not places and (not indefinite or lowers[start] in THERE_WORDS):
            # ("Dort ist ein Treffen mit X geplant": "there" sets even a meeting introduced
            # by "ein" where and when the sentence before is)
            self._scene_before(doc, sent, mention)
        if mention.date is None and lowers[i - 1] in DEFINITE_ARTICLES:
            self._event_before(doc, sent, mention)
        if mention.date is None and lowers[i - 1] in DEFINITE_ARTICLES and low in self.nouns and \
                _kind(low, self.lang) in BODY_SESSION_KINDS:
            self._body_session_before(doc, sent, i, mention)
        german = self.lang == "de"
        weak = texts[i].islower() and german or low in TALK_VERBS or low in GUEST_NOUN_LINKS or \
            low in WEAK_EVENTS and \
            not (german and texts[i][:1].isupper() and (low != "runde" or _the_round(lowers, i, start)))
        if self.lang == "en" and i > start and lowers[i - 1] in EN_PROCESS_BEFORE:
            weak = True
        if (low in TABLE_WORDS and _table_meeting(lowers, i) is False or low in APPOINTMENT_WORDS
                or low.endswith(FORUM_BODY)) and self._own_day(doc, mention) is None:
            # "an einen Tisch holen", "ein Termin mit X", "opened the forum": a meeting
            # on a day named
            return None
        if after is not None and i != after:
            mention.side, weak = True, False  # "Nach der Sitzung empfing Clarinval …": its day and place
        if weak and mention.date is None and low in LEAD_MEET_VERBS and not places and \
                not mention.side and PAST_PERFECT_AUXILIARIES.isdisjoint(lowers[start:i]):
            # "MANILA (Reuters) - … agreed on Tuesday …. Nakatani met Teodoro at Camp
            # Aguinaldo": right after the lead, the lead's day (not "welcomed the plan",
            # "will meet", "had met")
            mention.date = _lead_day_for(doc, sent)
        if low in SIGNING_VERBS:
            if not (self._pair_met_at_venue(doc, sent, i, places) or
                    _passive_signing(lowers, i, start, places, self._own_day(doc, mention))):
                return None
            if mention.date is None:
                mention.date = _lead_day_for(doc, sent)
        elif weak and mention.date is None and not self._pair_met_at_venue(doc, sent, i, places):
            return None
        if not SERIES_WORDS.isdisjoint(lowers[max(start, i - SERIES_REACH):i]) and \
                _of_a_series(lowers, i, start):
            return None  # "a series of meetings this week", "mehrere Treffen": no one meeting
        if low == "runde" and lowers[i - 1] == "die" and lowers[i - 2] in MAKE_FORMS:
            return None  # "Gerüchte machten die Runde": they spread
        # (the word before is read even outside the sentence, as ``_not_held`` does)
        if (lowers[i - 1] in NOT_HELD_BEFORE or table.positions("meeting-not-held", _is_not_held_cue,
                                                                 start, sent.end)) \
                and _not_held(lowers, i, start, sent.end):
            return None  # "refused to meet X", "called for talks", "das Treffen wurde abgesagt"
        if table.positions("meeting-demanded", _is_demand_cue, start, i) and \
                _in_demanded_clause(lowers, i, start, sent.end, german):
            return None  # "asked lawmakers to hold hearings", "verlangte, … nach einer Anhörung
            # zu beschließen": a meeting someone wants, not one held
        mention.opening = mention.date is not None and lowers[i - 1] in DEFINITE_ARTICLES and \
            not OPENING_VERBS.isdisjoint(lowers[i + 1:min(sent.end, i + OPENING_REACH)])
        own_day = mention.date_span is not None and \
            mention.date_span.start_char >= doc.user_data["kg_meta"].get("dateline_end", 0)
        conditional = table.positions("meeting-conditional", _is_conditional_word, start, i)
        if _not_a_session(lowers, i, start, sent.end, verb, own_day, conditional):
            return None  # "is in talks with", "verhandelt derzeit", "would only meet X if …"
        if low in NEGOTIATOR_GROUPS and (mention.date is None or not places):
            return None  # negotiators named without both day and venue: no session told of
        if mention.date is None:
            # (also "is planned in Warsaw", "had previously met": another time than the day told of)
            mention.vague = self._vaguely_dated(doc, sent) or _other_time(lowers, i, start, sent.end)
            # ("lud zu einem Krisengipfel ein": the meeting a later "das Treffen am Freitag"
            # tells of, not one of its own)
            mention.separate = mention.vague or indefinite and not _invited_to(lowers, i, start, sent.end)
            mention.follows = indefinite and not mention.vague and i >= 2 and \
                lowers[i - 2] in AFTER_WORDS and lowers[i - 1] in articles
        commented = _commented_on(lowers, start, i)
        if places and not commented:  # "In Tokyo, X welcomed the summit": where X spoke
            mention.place = min(places, key=lambda e: abs(e.start - i))
        if i == after:
            return mention  # "Nach der Sitzung": a time, who is named met afterwards
        if commented:
            mention.commented = True
            return mention  # "Esken kritisierte das Treffen": a critic, not a participant
        sidelines = _sidelines_cue(doc, sent)
        if sidelines is not None:
            if sidelines < i <= sidelines + 4 and \
                    low not in self.event_verbs:
                # "am Rande des Gipfels": the host event; who met is the side meeting
                # (not the verb of "On the sidelines, Suzuki met Yellen")
                mention.host = True
                if mention.place is not None and mention.place.start < sidelines:
                    # "In Słubice demonstrierten am Rande des Treffens …": where the side
                    # event was, not the meeting told of
                    mention.place = None
                return mention
            # "On the sidelines, Suzuki met Yellen": a meeting of its own (not beside "an
            # industry conference", a host event the text tells of no further)
            mention.side = not _host_introduced(lowers, sidelines, sent.end, articles)
        # the states its adjectives name: as nodes of the doc, added in sentence order
        # even for meetings later dropped (the rest of who took part: ``_add_people``)
        _adjective_states(doc, sent, self.lexicon)
        mention.people_due = True
        return mention

    def _own_day(self, doc: Doc, mention: Mention) -> Span | None:
        """The mention's date expression, if the sentence names it (not the dateline)."""
        span = mention.date_span
        if span is None or span.start_char < doc.user_data["kg_meta"].get("dateline_end", 0):
            return None
        return span

    def _introduced_event_after(self, lowers: list[str], i: int, end: int) -> int | None:
        """Where a further meeting is introduced after the definite event noun at ``i``
        ("The talks followed a meeting …", "Die Gespräche folgten auf ein Treffen …"):
        an event noun after an indefinite article; None if there is none, or if the
        word at ``i`` is not a noun after a definite article."""
        if lowers[i - 1] not in DEFINITE_ARTICLES or lowers[i] not in self.nouns:
            return None
        articles = INDEFINITE_ARTICLES_BY_LANG.get(self.lang, INDEFINITE_ARTICLES)
        german = self.lang == "de"
        for j in range(i + 2, end):
            if lowers[j - 1] in articles and (lowers[j] in self.nouns or german and len(lowers[j]) > 8
                                              and lowers[j].endswith(DE_EVENT_SUFFIXES)):
                return j
        return None

    def _add_people(self, doc: Doc, mention: Mention) -> None:
        """Who took part in the meeting a mention tells of, and who chaired it, if not
        read yet."""
        if not mention.people_due:
            return
        mention.people_due = False
        participants, chairs = self._sentence_participants(doc, mention.sentence)
        if mention.antecedent is not None:
            participants = participants + self._sentence_participants(doc, mention.antecedent)[0]
        # the sentence's list itself, never changed: ``_emit`` reads a list once per meeting
        mention.participants = participants
        if chairs is not None:
            mention.chairs = list(chairs)

    def _sentence_participants(self, doc: Doc, sent: Span) -> tuple[list[Span], list[Span] | None]:
        """Who took part in a meeting the sentence tells of, and who chaired it (None:
        no chairing cue), as every event word of the sentence shares them: computed
        once per sentence (it reads the doc without changing it: ``_adjective_states``
        has run for the sentence in ``_mention``)."""
        cache = doc.user_data.setdefault("kg_meeting_participants", {})
        answer = cache.get(sent.start)
        if answer is None:
            people = self._sentence_people(doc, sent)
            participants = list(people["actors"])
            participants += _adjective_states(doc, sent, self.lexicon)
            participants += _pronoun_persons(doc, sent)
            participants += self._described_subject(doc, sent)
            participants += self._counted_subject(doc, sent)
            # (one lookup for the three readers of a body or an organisation not named:
            # most sentences hold no word any of them reads)
            if token_table(doc).positions(self.referring_word_test, self._is_referring_word,
                                          sent.start, sent.end):
                participants += _bodies_referred_to(doc, sent)
                participants += _organisations_referred_to(doc, sent)
                participants += self._its_people(doc, sent)
            participants += _organisations_of_delegates(doc, sent)
            participants += _host_of_meeting_with(doc, sent, self.nouns)
            # (one lookup for the four word tests below: most sentences hold none)
            cued = _sentence_holds(doc, self.participant_cue_test, self._is_participant_cue_word, sent)
            if cued:
                participants += self._described_speaker(doc, sent)
            group_cue = cued and _sentence_holds(doc, "meeting-group-cue", _is_group_cue_word, sent)
            if group_cue and _sentence_holds(doc, "meeting-union-group", _is_union_group_word, sent):
                participants += _unions_named_before(doc, sent)
            if group_cue and _sentence_holds(doc, "meeting-sides", _is_sides_word, sent):
                participants += _sides_named_before(doc, sent)
            participants += people["described"]
            if _may_hold_participation_cue(doc, sent.start, sent.end) and \
                    _negated_participation(span_text(sent)):
                participants = []  # "Karl Berg nahm an dem Treffen nicht teil"
            elif group_cue and _sentence_holds(doc, "meeting-absence", _is_absence_word, sent):
                participants = []  # "Hegseth skipped the gathering": not there
            answer = cache[sent.start] = (participants, people["chairs"])
        return answer

    def _pair_met_at_venue(self, doc: Doc, sent: Span, verb: int, places: list[Span]) -> bool:
        """'The two leaders met at Hyderabad House in New Delhi': a weak meeting verb
        without a date still tells of a meeting when it names the venue and at least
        two participants (not "had met", an earlier time; not "met with criticism")."""
        lowers = token_table(doc).lower
        if lowers[verb] not in MEET_VERBS and lowers[verb] not in SIGNING_VERBS or \
                lowers[verb - 1] in PERFECT_AUXILIARIES or \
                not any(verb < p.start <= verb + VENUE_WINDOW for p in places) or \
                verb + 1 < sent.end and lowers[verb + 1] in NOT_MEETING_AFTER_MET:
            return False
        if self._vaguely_dated(doc, sent):
            return False
        people = self._sentence_people(doc, sent)
        found = {kg_id(p) for p in [*people["actors"], *people["described"],
                                    *_pronoun_persons(doc, sent), *self._counted_subject(doc, sent)]}
        return len(found - {None}) >= 2

    def _scene_before(self, doc: Doc, sent: Span, mention: Mention) -> None:
        """'Am Dienstag blockierten Landwirte das Viertel in Brüssel. Während drinnen die
        Minister tagten, …': a meeting sentence without day or place is set where and when
        the sentence just before in its paragraph is, if that one names both (and the
        sentence names no time of its own without a day: "Later this month")."""
        index = doc_index(doc)
        previous = _dated_sentence_before(index, sent)
        if previous is None:
            return  # (most sentences): its setting need not be worked out
        setting = self._sentence_setting(doc, previous)
        # "Am Dienstag reiste Schulze nach Kumasi. Dort traf sie …": "there" is that
        # sentence's place, on its day even if only a weekday names it
        dates = setting["dates"] if token_table(doc).lower[sent.start] in THERE_WORDS \
            else setting["full"]
        if dates and setting["places"] and not self._vaguely_dated(doc, sent):
            # (not "Later this month, Meloni will meet X": a time of its own)
            mention.date, mention.date_span = kg_date(dates[0]), dates[0]
            mention.place = setting["places"][0]

    def _body_session_before(self, doc: Doc, sent: Span, i: int, mention: Mention) -> None:
        """'Am Donnerstag legte X das Paket dem Stiftungsrat vor. … Die Sitzung des
        Stiftungsrats leitete Y': an undated session of a body (``_session_body``) is the
        one on the day an earlier sentence names beside that body, at its place if this
        sentence names none; who that sentence names took part too (``Mention.antecedent``)."""
        body = _session_body(doc, sent, i)
        found = _body_dated_before(doc, sent, body) if body is not None else None
        if found is None:
            return
        earlier, day = found
        mention.date, mention.date_span = kg_date(day), day
        mention.antecedent = earlier
        places = self._sentence_setting(doc, earlier)["places"]
        if mention.place is None and places:
            mention.place = places[0]

    def _day_before_event_told(self, doc: Doc, sent: Span, i: int) -> DateValue | None:
        """'The board approved the tariff on Wednesday. The decision came a day after
        talks in Bergen …': the day of the event noun at ``i``, counted back by the
        "a day after" before it from the day the sentence before in its paragraph
        names (the sentence opens with a definite noun referring to that event)."""
        lowers = token_table(doc).lower
        days = _days_before_event(lowers, sent.start, i)
        if days is None:
            return None
        index = doc_index(doc)
        previous = _dated_sentence_before(index, sent)
        if previous is None:
            return None
        dates = self._sentence_setting(doc, previous)["dates"]
        return _shifted(kg_date(dates[-1]), -days) if dates else None

    def _event_before(self, doc: Doc, sent: Span, mention: Mention) -> None:
        """'Am Mittwoch hatte X den Plan Y vorgestellt. An dem Gespräch im Ministerium
        nahm auch Z teil', '… was handed to X on Wednesday. Y also attended the
        handover': a definite meeting noun without a day, in a sentence saying who took
        part, refers back to the event of the sentence just before in its paragraph,
        which names a day and two persons (one, if its verb is the noun's) but no event
        word of its own. "X raised the issue with Y on Monday. … X said after the
        meeting" says so too: "after the" noun refers to the event just told of (two
        persons, then). The meeting is on that day (at its place, if the noun's sentence
        names none), and its persons took part too (``Mention.antecedent``)."""
        index = doc_index(doc)
        previous = _dated_sentence_before(index, sent)
        if previous is None:
            return  # (most sentences)
        table = token_table(doc)
        # "X raised the issue with Y at City Hall on Monday. … X said after the meeting":
        # a meeting noun after "after the" refers to an event just told of
        after_it = table.lower[mention.noun - 2] in AFTER_WORDS
        if not after_it and (not _may_hold_participation_cue(doc, sent.start, sent.end) or
                             not PARTICIPATION_CUES.search(span_text(sent))):
            return
        if any(table.lower[k] not in INVITE_EVENT_VERBS for k in table.positions(
                self.event_word_test, self._may_name_event, previous.start, previous.end)):
            # its own event, a mention of its own (merged with this one, if the same; an
            # invitation is read here, as it is with or without a mention of its own)
            return
        persons = sum(e.label_ == "PER" for e in index.ents_in(previous.start, previous.end))
        if after_it and persons < 2:
            return  # (only an event between persons is a meeting the noun refers to)
        if persons == 0 or persons == 1 and not _verb_of_noun(table.lower, previous, mention.noun) \
                and INVITE_WORDS.isdisjoint(table.lower[previous.start:previous.end]):
            # not an event between persons ("On Tuesday, X resigned"), unless its verb is
            # the noun's ("wurde an X übergeben. An der Übergabe nahm auch Y teil") or X
            # invited guests ("X lud für Donnerstag nach München ein. Zu dem Gespräch …")
            return
        setting = self._sentence_setting(doc, previous)
        if not setting["dates"] or self._vaguely_dated(doc, previous):
            return
        mention.date, mention.date_span = kg_date(setting["dates"][0]), setting["dates"][0]
        if mention.place is None and setting["places"]:
            mention.place = setting["places"][0]
        mention.antecedent = previous

    def _journey_before(self, doc: Doc, sent: Span, i: int, mention: Mention) -> None:
        """'X travelled to the capital on Tuesday … The three met the minister at his
        ministry', '… kam am Mittwoch nach Rom. Die beiden berieten über Migration': a
        meeting without a day of its own (the event word at ``i``) told of right after a
        journey in its paragraph is on the journey's day (a weekday too), and where the
        journey led, unless its sentence names a place itself (not a meeting still to
        come: "He said India would host the next summit")."""
        index = doc_index(doc)
        previous = _dated_sentence_before(index, sent)
        if previous is None:
            return  # (most sentences)
        words = token_table(doc).lower[previous.start:previous.end]
        if JOURNEY_VERBS.isdisjoint(words) and \
                (COME_PAST.isdisjoint(words) or JOURNEY_GOALS.isdisjoint(words)):
            return
        if FUTURE_IN_CLAUSE.search(index.text, sent.start_char, token_table(doc).idx[i]):
            return
        setting = self._sentence_setting(doc, previous)
        if setting["dates"] and not self._vaguely_dated(doc, sent):
            mention.date, mention.date_span = kg_date(setting["dates"][0]), setting["dates"][0]
            if mention.place is None and setting["places"]:
                mention.place = setting["places"][0]

    def _sentence_setting(self, doc: Doc, sent: Span) -> dict[str, list[Span]]:
        """When and where, as every event word of a sentence shares it: its
        dates with a day, those not only a weekday, its places. Computed once
        per sentence (it reads the doc without changing it)."""
        cache = doc.user_data.setdefault("kg_meeting_settings", {})
        setting = cache.get(sent.start)
        if setting is not None:
            return setting
        table = token_table(doc)
        lowers = table.lower
        nodes = doc.user_data["kg_nodes"]
        start = sent.start
        index = doc_index(doc)
        values = [(d, value) for d in index.dates_in(start, sent.end)
                  if (value := kg_date(d)) is not None and _is_full_date(value.iso)
                  and not (d.start > start and lowers[d.start - 1] in DEADLINE_WORDS)]
        if values and values[0][0].start_char < doc.user_data["kg_meta"].get("dateline_end", 0):
            values = _without_dateline_date(doc, values, self._vaguely_dated(doc, sent))
        # only names right after a preposition (or "im"/"at") can be the venue:
        # places, then government buildings ("im Kanzleramt"), else states
        places: list[Span] = []
        buildings: list[Span] = []
        states: list[Span] = []
        named_in: list[Span] = []  # a place that begins a venue's name: if no other is named
        ent_at = index.ent_at
        for e in index.ents_in(start, sent.end):
            name_start = first = e.start  # (a span's attributes are read once: each costs)
            label = e.label_
            if first and lowers[first - 1] not in PLACE_PREPS_THE:  # most names
                if label == "ORG":
                    if lowers[first - 1] in POSSESSIVE_MARKS and first - 2 in ent_at:
                        name_start = ent_at[first - 2].start  # "at Mexico's Foreign Ministry"
                elif label != "PER" and _placed_adjective(table, first - 1, self.lang):
                    name_start = first - 1  # "im südostpolnischen Rzeszów"
                elif label != "PER" and e.end < len(lowers) and lowers[e.end] in VENUE_NOUNS and \
                        (article := _venue_article(table, first, e.end)) is not None:
                    name_start = article  # "at a downtown Calgary hotel"
                elif label == "LOC" and (article := _settlement_article(table, first, self.lang)) is not None:
                    name_start = article  # "in the border town of Arlon", "in der Grenzstadt Arlon"
            before = name_start - 1
            prep = lowers[before] if before >= 0 else ""
            if label == "ORG" and (prep in {"der", "dem", "die", "das"} and before > start and
                                   lowers[before - 1] == "in" or prep == "ins") and \
                    lowers[e.end - 1].endswith(DE_BUILDING_ENDINGS):
                # "in der Dresdner Staatskanzlei", "lud in die Staatskanzlei", "ins Kanzleramt"
                # (not "in der EU-Kommission zuständig")
                prep = "im"
            elif label == "ORG" and prep == "the" and before > start and lowers[before - 1] == "at":
                prep = "at"  # "at the White House", "at the Foreign Ministry"
            # "am Grenzposten Arlon": "am" (no place preposition: "am Montag") before a
            # venue's kind places the name after it
            at_post = prep == "am" and name_start != first and label == "LOC"
            if before < 0 or prep not in PLACE_PREPS_THE and not at_post:
                continue
            if prep == "the" and label != "ORG" and _names_part_of_a_venue(table, ent_at, e.end):
                named_in.append(e)  # "at the Manitoba Legislative Building in Winnipeg"
            elif label == "LOC" and (at_post or _after_place_preposition(lowers, name_start)):
                places.append(e)
            elif label == "ORG" and prep in {"im", "at"} and \
                    _is_building(nodes[kg_id(e)], lowers[e.end - 1]):
                buildings.append(e)
            elif label == "GPE" and _after_place_preposition(lowers, name_start) and \
                    not _state_as_attribute(table, e, self.lang):
                states.append(e)
        venues = [p for p in places + buildings if not _not_the_venue(table, start, p)]
        if not venues:
            # "Treffen in Luxemburg", "talks in Singapore": a state as the venue
            venues = [e for e in states if not _not_the_venue(table, start, e)] or named_in
        if not venues:
            # "is due to visit Seogwipo on Friday, where he will meet X": the place visited
            events = table.positions(self.event_word_test, self._may_name_event, start, sent.end)
            venues = _visited_places(doc, table, sent, events[-1] if events else start)
        if not venues and self.lang == "de":
            # "im Linzer Landhaus": a city's adjective before the building (no entity)
            adjectives = table.positions("meeting-city-adjective", _is_city_adjective, start, sent.end)
            venues = [v for k in adjectives
                      if (v := _adjective_venue(doc, table, ent_at, k, sent.end)) is not None]
        places = [p for p in venues if not (p.end < len(table) and
                                            table.text[p.end] in NOT_THE_PLACE_AFTER
                                            and not _district_of(lowers, p.end)
                                            and not _city_hall_of(lowers, p))
                  and lowers[p.end - 1] not in WATERS]
        setting = cache[start] = {
            "dates": [d for d, _ in values],
            "full": [d for d, value in values if not value.weekday_only],
            "places": places,
        }
        return setting

    def _vaguely_dated(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence names a time without a day: a month or year date
        ("im Dezember 2025", "im Dezember"), "next month". Asked only for undated
        mentions; the answer is kept per sentence."""
        cache = doc.user_data.setdefault("kg_meeting_vague", {})
        if sent.start not in cache:
            cache[sent.start] = any(
                (value := kg_date(d)) is not None and not _is_full_date(value.iso)
                for d in doc_index(doc).dates_in(sent.start, sent.end)) or \
                _may_match(doc, "vague-time-anchor", _holds_vague_time_anchor, sent.start, sent.end) \
                and _has_vague_time(span_text(sent))
        return cache[sent.start]

    def _sentence_people(self, doc: Doc, sent: Span) -> SentencePeople:
        """Who, as every event word of a sentence shares it: actors, persons
        named by title, chairs. Computed once per sentence, and only for
        sentences with a mention that is kept (it reads the doc without
        changing it)."""
        cache = doc.user_data.setdefault("kg_meeting_people", {})
        people = cache.get(sent.start)
        if people is None:
            people = cache[sent.start] = {
                "actors": _possible_participants(doc, sent),
                "described": self._described_participants(doc, sent),
                "chairs": _chairs(doc, sent) if _has_chair_cue(span_text(sent)) else None,
            }
        return people

    def _default_place(self, doc: Doc, drafts: list[MeetingDraft]) -> None:
        """A dated meeting without a place on the day of a datelined report took
        place where the dateline says; an undated one at the dateline place took
        place on the reference date."""
        meta = doc.user_data["kg_meta"]  # (doc._.kg_meta, without an object per access)
        line = meta.get("dateline_span")
        reference = meta.get("reference_date")
        if not line:
            return
        place = _dateline_location(doc, line)
        if place is None:
            place = _dateline_entity(doc, line)
        if place is None:
            return
        for draft in drafts:
            date = draft.date
            if draft.place is None and any(m.unknown_venue for m in draft.mentions):
                continue  # its venue is named, though no known place
            if draft.place is None and date is not None and date.date is not None and reference:
                days = abs((date.date - dt.date.fromisoformat(reference)).days)
                # (further from the report's day, the story may have moved elsewhere:
                # only a local seat named as the venue still puts it in the dateline's city)
                if days <= 1 or days <= SEAT_VENUE_DAYS and any(m.seat_venue for m in draft.mentions):
                    draft.mentions[0].place = place
            elif draft.place is not None and date is None and reference and \
                    kg_id(draft.place) == kg_id(place):
                draft.mentions[0].date = DateValue(reference, "", inferred=True)

    def _merge(self, mentions: list[Mention],
               dateline_day: tuple[Span, str] | None = None) -> list[MeetingDraft]:
        """Mentions of the same meeting, joined (``dateline_day``: the dateline place's
        node and the reference date, the day an undated meeting there is on)."""
        drafts: list[MeetingDraft] = []
        #: Drafts later mentions may join: not the separate ones ("a meeting with …",
        #: "Im Dezember …"), which a later "the meeting" does not refer to.
        open_drafts: list[MeetingDraft] = []
        leading: list[Mention] = []  # undated, placeless mentions before any meeting
        for mention in mentions:
            if mention.side and mention.date is None and mention.place is None and open_drafts:
                # "Am Rande des Treffens kamen … zu einem Gespräch zusammen": the host's day and place
                mention.date, mention.place = open_drafts[-1].date, open_drafts[-1].place
            elif mention.side and mention.place is None and open_drafts and dateline_day is None \
                    and _same_day(mention.date, open_drafts[-1].date) and \
                    open_drafts[-1].place is not None and open_drafts[-1].place.label_ == "LOC":
                # "Anschließend kam sie mit X zusammen": in the city the meeting before was
                # in (not its building; with a dateline, the dateline's place)
                mention.place = open_drafts[-1].place
            if mention.separate:
                if mention.follows and mention.place is None and open_drafts:
                    mention.date = open_drafts[-1].date  # the day told of (the place: the dateline's)
                drafts.append(MeetingDraft([mention]))
                continue
            target = None if mention.side else self._merge_target(mention, open_drafts)
            if target is None and mention.opening and open_drafts and \
                    _compatible(mention.place, open_drafts[-1].place):
                target = open_drafts[-1]  # "The talks … began on Monday": the talks told of
            if target is not None and mention.date is None and mention.place is None:
                target = _referred_draft(mention, drafts, self.event_verbs) or target
            if target is not None and mention.introduced and target.date is not None:
                target, mention.side = None, True  # another meeting that day
            if target is not None and _other_day_than_dateline(mention, target, dateline_day):
                # a meeting of its own, where the report is filed (as _default_place would)
                target, mention.place = None, dateline_day[0]  # type: ignore[index]
            if target is None and mention.date is None and mention.place is None:
                if open_drafts:
                    open_drafts[-1].mentions.append(mention)
                elif not mention.side:
                    leading.append(mention)
                continue
            if target is None:
                drafts.append(MeetingDraft([mention]))
                open_drafts.append(drafts[-1])
                # "ist auch die vierte Verhandlungsrunde ohne Einigung zu Ende gegangen. …
                # Die Gespräche hatten am Montag begonnen": a lead without day or place
                # tells of the first meeting dated or placed right after it
                drafts[-1].mentions += [m for m in leading
                                        if mention.sentence.start - m.sentence.end < LEAD_GAP]
                leading = []
            else:
                target.mentions.append(mention)
                # the meeting told of last is the one a later "the session" refers to
                if target in open_drafts:
                    open_drafts.remove(target)
                open_drafts.append(target)
        return drafts

    def _merge_target(self, mention: Mention, drafts: list[MeetingDraft]) -> MeetingDraft | None:
        """The meeting a mention tells of again: same date and compatible place; or, undated,
        the only one at its place (or, failing that, the only one whose sentences name
        that place); or the last one, if near and compatible."""
        if mention.date is not None:
            for draft in drafts:
                date = draft.date  # (a walk over the draft's mentions)
                if date is not None and mention.date.iso == date.iso and \
                        _compatible(mention.place, draft.place):
                    return draft
            week_before = _week_before_told(mention, drafts)
            if week_before is not None:
                return week_before
        if mention.date is None and mention.place is not None:
            same_place = [d for d in drafts if d.place is not None and
                          kg_id(d.place) == kg_id(mention.place)]
            if not same_place:
                # "am Mittwoch im Bundeskanzleramt in Wien", later "das Treffen im
                # Kanzleramt": the building named beside the city the meeting is set in
                place_id = kg_id(mention.place)
                same_place = [d for d in drafts if self._names_place(d, place_id)]
            if len(same_place) == 1:
                return same_place[0]
        if not drafts:
            return None
        last = drafts[-1]
        gap = mention.sentence.start - last.mentions[-1].sentence.end
        if mention.date is None and _compatible(mention.place, last.place) and gap < 80:
            return last
        if mention.date is not None and _compatible(mention.place, last.place) and \
                last.date is None and gap < 80:
            return last  # "Pharmagipfel im Kanzleramt: …" then "… im Kanzleramt am Mittwoch"
        return None

    def _names_place(self, draft: MeetingDraft, place_id: str | None) -> bool:
        """Whether a sentence telling of the meeting names ``place_id`` as a possible venue
        (each sentence's setting was worked out for its mention: a cached lookup)."""
        return any(kg_id(p) == place_id for m in draft.mentions
                   for p in self._sentence_setting(m.sentence.doc, m.sentence)["places"])

    def _add_participation_sentences(self, doc: Doc, drafts: list[MeetingDraft]) -> None:
        """Sentences after a meeting that say who took part add participants."""
        if not drafts:
            return
        texts = token_table(doc).text
        index = doc_index(doc)
        doc_chars = index.text
        # Cues searched for only in sentences holding a word every match holds: where
        # those words are in the text is found once ("leiter": in every SESSION_CHAIR match).
        chair_words = _occurrences(doc_chars, SESSION_CHAIR_HINTS)
        seat_words = _occurrences(doc_chars, SEAT_HINTS)
        body_chair_words = _occurrences(doc_chars, BODY_CHAIR_HINTS)
        # (found from the doc's distinct words: no search of the whole text)
        address_anchors = token_table(doc).positions("meeting-address-anchor", _holds_address_anchor)
        odd_letters = _holds_any(doc_chars, RE_I_ODD_LETTERS)
        cue_anchors = _anchors(doc, "participation-hint", _holds_participation_hint)
        meeting_sents = {m.sentence.start: d for d in drafts for m in d.mentions}
        current = None
        quoted_opening = False  # passed over a paragraph's opening quote
        main = None  # the last meeting told of that is not a side one ("a meeting with …")
        for sent in index.sents[index.sent_index(min(meeting_sents)):]:  # from the first meeting on
            start = sent.start
            addressed = bool(address_anchors) and _any_within(address_anchors, start, sent.end) \
                and self._add_addressing(doc, sent, drafts, current, main)
            if start in meeting_sents:
                current = meeting_sents[start]
                if not current.mentions[0].separate:
                    main = current
                continue
            told_of = current if current is not None else main
            if addressed or told_of is None:
                continue
            start_char, end_char = sent.start_char, sent.end_char
            text = doc_chars[start_char:end_char]
            if chair_words and _occurs_within(chair_words, start_char, end_char) and \
                    SESSION_CHAIR.search(text):
                # "sagte Koch als Versammlungsleiter", paragraphs later: he chaired it
                extra = Mention(sentence=sent, noun=sent.start, kind="participation")
                extra.chairs = _chairs(doc, sent)
                told_of.mentions.append(extra)
                continue
            if body_chair_words and _occurs_within(body_chair_words, start_char, end_char) and \
                    _kind(told_of.mentions[0].kind, self.lang) in BODY_SESSION_KINDS | {"hearing"} and \
                    BODY_CHAIR.search(text):
                # "X, who chairs the committee, …" after its hearing: X chaired it
                extra = Mention(sentence=sent, noun=sent.start, kind="participation")
                extra.chairs = _body_chair(doc, sent)
                told_of.mentions.append(extra)
                continue
            seat = SEAT_CUES.search(text) if seat_words and \
                _occurs_within(seat_words, start_char, end_char) else None
            if seat is not None and not _negated(text, seat.start()):
                # "Mit am Tisch saß X", "Gastgeberin X …", a paragraph later: still the
                # meeting told of (told_of: the current meeting, else the main one)
                extra = Mention(sentence=sent, noun=sent.start, kind="participation")
                extra.participants = _possible_participants(doc, sent)
                told_of.mentions.append(extra)
                continue
            cued = _any_within(cue_anchors, start, sent.end)
            # paragraphs on, "X, who attended Tuesday's ceremony, …": the meeting of that day
            target = current if current is not None or not cued else _draft_of_day(doc, sent, drafts)
            if target is None:
                continue
            tellers = _tellers_of_participant(doc, sent, target) if cued and current is not None \
                else []
            if tellers:
                # "Maigandi told Tinubu that …" after the meeting Tinubu hosted: he was there
                extra = Mention(sentence=sent, noun=sent.start, kind="participation")
                extra.participants = tellers
                target.mentions.append(extra)
                continue
            if cued and _has_participation_cue(text, odd_letters):
                cue = PARTICIPATION_CUES.search(text)
                if cue is not None and _negated(text, cue.start()):
                    continue  # "Blume nahm an der Runde nicht teil"
                extra = Mention(sentence=sent, noun=sent.start, kind="participation")
                extra.participants = _possible_participants(doc, sent)
                if not any(p.label_ == "PER" for p in extra.participants):
                    # (no name: who a title or a pronoun names, "Also present was the
                    # finance minister", "Sie nahm ebenfalls teil")
                    extra.participants += self._described_participants(doc, sent) + \
                        _pronoun_persons(doc, sent)
                if _has_chair_cue(text):
                    extra.chairs = _chairs(doc, sent)
                target.mentions.append(extra)
                quoted_opening = False
            elif start and "\n\n" in texts[start - 1]:  # (a token's whitespace_ is " " or "")
                # a paragraph opening with a quote is told of by its next sentence
                # ('"Finish the job," Tedros told delegates'): look on there, once
                quoted_opening = not quoted_opening and texts[start] in OPENING_QUOTES
                if not quoted_opening:
                    current = None

    def _add_gathering_speakers(self, doc: Doc, drafts: list[MeetingDraft]) -> None:
        """'… addressing a Security Council session in New York.' then, paragraphs on,
        'China's envoy Fu Cong said …', 'Dobrindt forderte …': a state's official (a
        minister, envoy, commissioner: ``STATE_OFFICES``) who speaks while a summit,
        session or conference is told of (no other meeting told of since, side ones
        aside) speaks at it, unless the sentence sets the words elsewhere: another day, a
        time without a day ("last month") or another place ("In Brussels, X said").
        Who else speaks then (an association's head, a member of parliament) comments
        from outside. Only the name right beside the speech verb counts ("X said",
        "sagte X")."""
        table = token_table(doc)
        verbs = table.positions(f"meeting-speech-verb-{self.lang}", self._is_speech_verb)
        if not verbs:
            return
        gatherings = {id(d): d for d in drafts if _told_as_gathering(d)}
        if not gatherings:
            return  # (most docs)
        first = min(d.mentions[0].sentence.start for d in gatherings.values())
        verbs = verbs[bisect.bisect_left(verbs, first):]  # (speakers before: no gathering yet)
        if not verbs:
            return
        officials = _state_officials(doc)  # who holds a state office
        if not officials:
            return  # (a doc naming no minister, envoy …: no speaker counts)
        index = doc_index(doc)
        # where each meeting (not a side one) is told of: the last one before a
        # speaker is the one the text is about
        told = sorted((m.sentence.start, id(d)) for d in drafts for m in d.mentions
                      if m.kind != "participation" and not m.side and not m.host)
        starts = [start for start, _ in told]
        for verb in verbs:
            at = bisect.bisect_right(starts, verb) - 1  # told of before the verb
            gathering = gatherings.get(told[at][1]) if at >= 0 else None
            if gathering is None:
                continue
            sent = index.sent(verb)
            speaker = _speaker_beside(doc, sent, verb)
            if speaker is None:
                continue
            if kg_id(speaker) in officials and self._speaks_at(doc, sent, gathering):
                extra = Mention(sentence=sent, noun=sent.start, kind="participation")
                extra.participants = [speaker]
                gathering.mentions.append(extra)

    def _described_speaker(self, doc: Doc, sent: Span) -> list[Span]:
        """'„…“, sagte die Chefin der Partei am Donnerstag zum Auftakt eines Gipfels',
        '"…," the minister said at the summit': who a meeting sentence quotes, named by a
        title or a noun for a person only, is the person named last before it."""
        table = token_table(doc)
        lowers = table.lower
        for verb in table.positions(f"meeting-speech-verb-{self.lang}", self._is_speech_verb,
                                    sent.start, sent.end):
            for noun in (verb + 2, verb - 1):  # "sagte die Chefin", "the minister said"
                article = noun - 1
                if not sent.start <= article < noun < sent.end or \
                        lowers[article] not in DEFINITE_ARTICLES:
                    continue
                word = table.text[noun]
                if noun in doc_index(doc).ent_at or _apposed_name(doc, noun, sent.end) or not (
                        _names_a_person_noun(lowers[noun]) or self._title_base(word) is not None):
                    continue
                index = doc_index(doc)
                person = demand_rules._resolve_pronoun(doc, index.sents, index.sent_index(noun),
                                                       table.tokens[noun], person=True)
                return [person] if person is not None else []
        return []

    def _is_participant_cue_word(self, word: str) -> bool:
        return word.lower() in self.participant_cue_words

    def _is_speech_verb(self, word: str) -> bool:
        return word.lower() in SPEECH_VERBS.get(self.lang, SPEECH_VERBS["en"])

    def _speaks_at(self, doc: Doc, sent: Span, gathering: MeetingDraft) -> bool:
        """Whether a sentence after a gathering stays at it: no other day, no time
        without a day, no other venue, no word setting it apart ("Meanwhile")."""
        table = token_table(doc)
        if not ELSEWHERE_WORDS.isdisjoint(table.lower[sent.start:sent.end]):
            return False
        iso = gathering.date.iso  # type: ignore[union-attr]
        if any((value := kg_date(d)) is None or value.iso != iso
               for d in doc_index(doc).dates_in(sent.start, sent.end)):
            return False
        if self._vaguely_dated(doc, sent) or \
                _may_match(doc, "past-period", _holds_past_period_word, sent.start, sent.end):
            return False
        venues = {kg_id(m.place) for m in gathering.mentions if m.place is not None}
        return all(kg_id(p) in venues for p in self._sentence_setting(doc, sent)["places"])

    @staticmethod
    def _add_addressing(doc: Doc, sent: Span, drafts: list[MeetingDraft],
                        current: MeetingDraft | None, main: MeetingDraft | None) -> bool:
        """'Catherine Russell, executive director of UNICEF, told the council …', paragraphs
        after the session; '…, whose Secretary-General also addressed the council, welcomed
        the talks': who spoke to a gathering was at it (the meeting told of in the paragraph
        if a gathering, else the gathering told of last before, else the meeting told of:
        ``current``, else ``main``). Whether the sentence said so."""
        text = span_text(sent)
        address = ADDRESS_CUES.search(text)
        if address is None or _negated(text, address.start()):
            return False
        if current is not None and _is_gathering(current):
            gathering: MeetingDraft | None = current
        else:
            gathering = _gathering_before(drafts, sent.start)
        if gathering is None and address["audience"] is None:
            # (an appeal to "member states" needs a gathering told of)
            gathering = current if current is not None else main
        if gathering is None:
            return False
        extra = Mention(sentence=sent, noun=sent.start, kind="participation")
        extra.participants = _possible_participants(doc, sent) + _pronoun_persons(doc, sent)
        gathering.mentions.append(extra)
        return True

    def _add_group_members(self, doc: Doc, draft: MeetingDraft) -> None:
        """'verlangten die Ressortchefs', 'Finance ministers from the G7 … wrapped up a
        meeting': a group named by a plural title took part, so every person the
        document gives that title did. 'Bei ihrem Treffen': the group is named in the
        sentence before (there also the body it belongs to: 'der Europäischen Union')."""
        index = doc_index(doc)
        lowers = token_table(doc).lower
        extra: list[Span] = []
        # A sentence read once: a second mention in it would only add the same
        # persons again, whom ``_emit`` passes over.
        done: set[tuple[int, bool]] = set()
        for mention in [m for m in draft.mentions if m.kind != "participation"]:
            sent = mention.sentence
            start = sent.start
            if (start, False) not in done:
                done.add((start, False))
                extra += self._plural_title_holders(doc, start, sent.end, bodies=False)
            if _possessive_before(lowers, start, mention.noun):
                previous = _previous_sentence(index, sent)
                if previous is not None and (previous.start, True) not in done:
                    done.add((previous.start, True))
                    extra += self._plural_title_holders(doc, previous.start, previous.end, bodies=True)
        extra += self._same_day_groups(doc, draft)
        if any(m.kind != "participation" and _negotiation_noun(m.kind) for m in draft.mentions):
            # "Tarifstreit zwischen der Bahn und der GDL … zweite Verhandlungsrunde":
            # a negotiation round is held between the two sides the text names
            extra += demand_rules._between_pair(doc, frozenset())
            extra += _negotiators(doc)
        if extra:
            members = Mention(sentence=draft.mentions[0].sentence, noun=draft.mentions[0].noun,
                              kind="participation")
            members.participants = extra
            draft.mentions.append(members)

    def _same_day_groups(self, doc: Doc, draft: MeetingDraft) -> list[Span]:
        """'NATO defence ministers moved closer on Thursday to …', then 'Rutte chaired the
        meeting … on June 5': a group named by a plural title in a sentence dated to the
        meeting's day (and naming no other meeting) is the group that met."""
        date = draft.date
        if date is None or date.inferred or date.date is None:  # (.date parses the iso text)
            return []
        mention_sents = {m.sentence.start for m in draft.mentions}
        found: list[Span] = []
        for sent in _sentences_by_day(doc).get(date.iso, ()):
            if sent.start not in mention_sents:
                found += self._plural_title_holders(doc, sent.start, sent.end, bodies=False)
        return found

    def _plural_title_holders(self, doc: Doc, start: int, end: int, bodies: bool) -> list[Span]:
        """Persons holding a title written in the plural between ``start`` and ``end``
        ("die Innenministerinnen und Innenminister", "foreign ministers"); with
        ``bodies``, also the name right after such a title ("… der Länder", "from the G7")."""
        table = token_table(doc)
        found: list[Span] = []
        ent_at = doc_index(doc).ent_at
        for i in table.positions(self.plural_title_test, self._may_be_plural_title, start, end):
            count = _group_count(table.lower, start, i)
            base = self._plural_title_base(table, start, i, counted=count is not None)
            if base is None or _of_unnamed_bodies(table, ent_at, i, end):
                continue
            holders = _title_holders(doc, base)
            if count is not None and len(holders) > count:
                continue  # "the two leaders" of three: which two, _described_participants says
            if base == "minister":  # "the ministers" met: not the prime minister they answer to
                heads = {kg_id(p) for p in _title_holders(doc, "prime minister")}
                holders = [h for h in holders if kg_id(h) not in heads]
            found += holders
            body_before = _body_before_title(table, ent_at, start, i)
            if body_before is not None:
                found.append(body_before)  # "NATO defence ministers", "EU-Agrarminister"
            if bodies:
                k = i + 1
                while k < end and table.lower[k] in BODY_LINKS:
                    k += 1
                body = ent_at.get(k)
                if k > i + 1 and body is not None and body.label_ in {"ORG", "GPE"}:
                    found.append(body)
        return found

    def _is_plural_title(self, table: TokenTable, start: int, i: int) -> bool:
        """Whether the title word at ``i`` is written in the plural ("die Chefs", "the heads")."""
        if self.lang == "en":
            return table.lower[i].endswith("s") and self.words.title_base(table.text[i]) is None
        return self._plural_title_base(table, start, i) is not None

    def _may_be_plural_title(self, word: str) -> bool:
        if self.lang == "de":
            return word[:1].isupper() and self.words.title_base(word) is not None
        return word.endswith("s") and word[:1].isalpha() and self.words.title_base(word[:-1]) is not None

    def _plural_title_base(self, table: TokenTable, start: int, i: int,
                           counted: bool = False) -> str | None:
        """The lower-case title a plural title word names, or None if the word is
        singular: "Innenministerinnen", "die Minister", "die Ressortchefs" (not "die
        Außenministerin", "die Vorsitzende"); "foreign ministers" → "foreign minister".
        ``counted``: a number stands before it ("the six premiers"), which makes it plural."""
        text, before = table.text[i], table.lower[i - 1] if i > start else ""
        words_before = table.lower[max(start, i - 2):i]
        if not FORMER_WORDS.isdisjoint(words_before) or before == "-" or \
                not counted and not NUMBER_WORDS.keys().isdisjoint(words_before):
            return None  # "die beiden Ex-Präsidenten", "Ex-Präsidenten": _described_participants
        if counted and self.lang == "de":
            base = self.words.title_base(text)  # "die drei Minister": plural, as counted
            return base.lower() if base is not None else None
        if self.lang == "en":
            base = text[:-1].lower()
            if before.isalpha() and before not in NOT_TITLE_QUALIFIERS and before not in GROUP_NUMBERS:
                if i - 2 >= start and _regional_adjective(table.text[i - 2]):
                    return None  # "African finance ministers": which of them, the text does not say
                return f"{before} {base}"  # "finance ministers": only finance ministers
            return base
        base = self.words.title_base(text)
        if base is None:
            return None
        plural_forms = {base + "s", base + "n", base + "en"}
        if base.endswith("er") and base[:-2].endswith(("t", "d")):
            # a participle used as a noun: "Abgeordneter", "Beauftragter" → "Abgeordneten"
            plural_forms.add(base[:-1] + "n")
        if before != "den":  # "den Minister" is one, "den Ministern" several
            plural_forms.add(base)
        if text.endswith("innen") or before in PLURAL_DETERMINERS_DE and \
                text in plural_forms and not text.endswith("in"):
            return base.lower()
        if before == "mit" and text != base and text in plural_forms and not text.endswith("in") and \
                i + 1 not in doc_index(table.tokens[i].doc).ent_at:
            return base.lower()  # "mit Abgeordneten der Grünen": no article, so several
        return None

    # -- output ----------------------------------------------------------------
    def _emit(self, doc: Doc, draft: MeetingDraft) -> None:
        date, place = draft.date, draft.place
        place_id = kg_id(place) if place is not None else None
        nodes = doc.user_data["kg_nodes"]
        if place is not None and place_id not in nodes:
            place_id = _city_of_adjective(doc, place)  # "im Linzer Landhaus": Linz, added now
        first = draft.mentions[0]
        if date is not None and place is not None:
            assert place_id is not None  # (a venue names its node)
            key = f"meeting:{date.iso.lstrip('-')}-{place_id.split(':', 1)[1]}"
            if first.side:  # not the main meeting of that day and place
                doc_key = doc_index(doc).text_key
                key = f"{key}-side-{doc_key}-{first.sentence.start}"
        else:
            doc_key = doc_index(doc).text_key
            if place is not None:
                assert place_id is not None
                key = f"meeting:{place_id.split(':', 1)[1]}-{doc_key}-{first.sentence.start}"
            else:
                assert date is not None  # (a meeting without a place has a date)
                key = f"meeting:{date.iso.lstrip('-')}-{doc_key}-{first.sentence.start}"
        kind = _kind(first.kind, self.lang)
        table = token_table(doc)
        word = table.text[first.noun]
        if word.lower() in TABLE_WORDS and _table_meeting(table.lower, first.noun):
            before = table.text[first.noun - 1]  # "Runden Tisch", "round table", "round-table"
            word = f"{table.text[first.noun - 2]}-{word}" if before == "-" else f"{before} {word}"
        elif word.lower() in TABLE_WORDS or word.lower() in APPOINTMENT_WORDS or \
                word.lower() in GUEST_NOUN_LINKS:
            # "an einen Tisch", "ein Termin mit X", "Gast bei X": a meeting, named as such
            word = KIND_WORDS.get(self.lang, {}).get("meeting", "meeting")
        elif word.islower() or word.lower() in NEGOTIATOR_GROUPS:  # a verb ("met", "beraten"),
            # or who negotiated: name the event by its kind
            word = KIND_WORDS.get(self.lang, {}).get(kind, kind)
        elif self.lang == "de" and word.endswith(GENITIVE_EVENT_ENDINGS):
            word = word[:-1]  # "am Rande des Verkehrsgipfels": the "Verkehrsgipfel"
        place_name = span_text(place) if place is not None else ""
        if place_name.isupper() and place_id in nodes:  # "WASHINGTON (Reuters) -": the dateline
            place_name = str(nodes[place_id].properties.get("name", place_name))
        name = word if place is None else f"{word} ({place_name})"
        props: dict[str, object] = {"name": name, "kind": kind}
        if date is not None:
            props["date"] = date.iso
            props["date_text"] = date.text
            if date.inferred:
                props["date_inferred"] = True
            warnings = [d.warning for m in draft.mentions for d in [m.date] if d and d.warning]
            if warnings:
                props["warnings"] = sorted(set(warnings))
        meeting = add_node(doc, Node(f"{key}", ["Meeting"], props))
        noun_start = table.idx[first.noun]
        add_mention(doc, meeting.id, noun_start, noun_start + len(table.text[first.noun]))
        if place is not None:
            assert place_id is not None
            venue = nodes.get(place_id)
            if venue is not None and "Place" not in venue.labels:
                venue.labels.append("Place")  # "im Kanzleramt": an institution's building
            sent = next(m.sentence for m in draft.mentions if m.place is not None)
            add_fact(doc, Fact("HELD_IN", meeting.id, place_id, sent, "meeting.place", 0.8))
            if venue is not None and "Organisation" in venue.labels and self.lang == "de":
                city = _city_of_adjective(doc, place)
                if city is not None:  # "in der Dresdner Staatskanzlei": in Dresden too
                    add_fact(doc, Fact("HELD_IN", meeting.id, city, sent, "meeting.place", 0.7))
        seen: set[str | None] = {None}  # node ids done (None: a span without a node)
        # the venue takes no part, nor does a building another mention names
        # ("An dem Treffen im Kanzleramt …" after "Konsultationen in Warschau")
        venues = {kg_id(m.place) for m in draft.mentions if m.place is not None}
        seen |= venues
        seen |= doc.user_data.get("kg_venue_organisations", set())
        # Mentions in one sentence share its list of participants: with the same chairs,
        # a list read before adds no one (each was seen, or is a chair).
        lists_read: set[tuple[int, tuple[str | None, ...]]] = set()
        for mention in draft.mentions:
            sent = mention.sentence
            chairs = [kg_id(c) for c in mention.chairs]
            for chair in chairs:
                if chair is None:
                    continue  # (a span without a node: a fact on None, which run.py drops)
                add_fact(doc, Fact("CHAIRED", chair, meeting.id, sent, "meeting.chair", 0.75))
            read = (id(mention.participants), tuple(chairs))
            if read in lists_read:
                continue
            lists_read.add(read)
            confidence = 0.7 if mention.kind != "participation" else 0.6
            for span in mention.participants:
                node_id = kg_id(span)
                if node_id in seen or node_id in chairs:
                    continue
                assert node_id is not None  # (None is in ``seen``)
                seen.add(node_id)
                node = nodes.get(node_id)
                if node is None or PARTICIPANT_LABELS.isdisjoint(node.labels):
                    continue
                add_fact(doc, Fact("PARTICIPATED_IN", node_id, meeting.id, sent,
                                   "meeting.participant", confidence))
        _add_envoy_states(doc, meeting.id, seen, first.sentence)  # (a state: then role states too)
        self._add_role_states(doc, meeting.id, seen - venues, first.sentence)
        self._add_represented(doc, meeting.id, seen, first.sentence)

    @staticmethod
    def _add_represented(doc: Doc, meeting_id: str, seen: set[str | None], sent: Span) -> None:
        """'Bayer-Chef Bill Anderson', 'Oliver Blatt, Vorstandsvorsitzender des
        GKV-Spitzenverbands': a company's, union's or association's head at a meeting
        speaks for it, so it takes part too (not a party, government or medium)."""
        _add_through_roles(doc, meeting_id, seen, sent, _represented_organisations(doc))

    @staticmethod
    def _add_role_states(doc: Doc, meeting_id: str, seen: set[str | None], sent: Span) -> None:
        """'Bessent met Chinese Finance Minister Lan Fo'an': a meeting one state takes
        part in is one between states, so each person's state takes part too (the
        state a role of theirs is at: "U.S. Treasury Secretary Scott Bessent"). So is
        one between officials of two states ("Haitian Prime Minister X held talks with
        Dominican President Y")."""
        states = _role_states(doc)
        if not states:
            return  # (many docs: no role at a state, so no state to add)
        nodes = doc.user_data["kg_nodes"]
        if not any(node_id in nodes and "Country" in nodes[node_id].labels for node_id in seen):
            # (``seen``: the participants, not the venue)
            represented = {state for node_id in seen if node_id in states for state in states[node_id]}
            if len(represented) < 2:
                return
        _add_through_roles(doc, meeting_id, seen, sent, states)


#: Verbs of speaking whose subject, named beside them, speaks where the text is
#: (``_add_gathering_speakers``).
SPEECH_VERBS: Final = {
    "de": frozenset({"sagte", "betonte", "warnte", "mahnte", "forderte", "verlangte",
                     "erklärte", "kritisierte", "appellierte", "drängte", "bekräftigte"}),
    "en": frozenset({"said", "warned", "urged", "pressed", "insisted", "stressed",
                     "criticised", "criticized", "argued", "demanded", "cautioned"}),
}
#: Words that set a sentence apart from the scene told of: "Meanwhile, X said …".
ELSEWHERE_WORDS: Final = frozenset({"meanwhile", "separately", "elsewhere", "unterdessen",
                                    "indes", "derweil", "separat"})
#: Words of ``PAST_PERIOD`` ("a month ago", "vor zwei Wochen", "last year").
PAST_PERIOD_TOKENS: Final = frozenset({"ago", "last", "earlier", "vergangenen", "vergangene",
                                       "letzten", "letzte", "zuvor"})


#: Parts of the titles of a state's (or a union of states') officials, who speak for
#: it at a gathering of states: "Außenminister", "ambassador", "EU Commissioner".
STATE_OFFICES: Final = ("minister", "ambassador", "botschafter", "envoy", "gesandte", "commissioner",
                        "kommissar", "secretary-general", "secretary general", "executive secretary",
                        "secretary of state", "generalsekretär", "kanzler", "chancellor", "treasurer")


def _told_as_gathering(draft: MeetingDraft) -> bool:
    """Whether a meeting with a day and a place is told of as a gathering of many
    ("summit", "session", "Konferenz"), not only as the host of a side meeting nor in a
    protest against it merged into other talks."""
    gathering = False
    for mention in draft.mentions:
        if _is_gathering_kind(mention.kind) and not mention.host and not mention.commented:
            gathering = True
            break
    return gathering and draft.date is not None and draft.place is not None


@functools.lru_cache(maxsize=1024)
def _is_gathering_kind(kind: str) -> bool:
    return kind.endswith(GATHERING_ENDINGS)


def _state_officials(doc: Doc) -> set[str]:
    """The persons holding a role whose title is a state office (``_is_state_office``):
    read from ``_role_facts``' titles (every HOLDS_ROLE fact's, lower-case; "" for a role
    without a node), not from another walk over the facts."""
    return {holder for title, holder in _role_facts(doc).titles if _is_state_office(title)}


@functools.lru_cache(maxsize=4096)
def _is_state_office(title: str) -> bool:
    """Whether a lower-case role title is a state official's (``STATE_OFFICES``)."""
    return any(office in title for office in STATE_OFFICES)


def _holds_past_period_word(word: str) -> bool:
    return word.lower() in PAST_PERIOD_TOKENS


def _speaker_beside(doc: Doc, sent: Span, verb: int) -> Span | None:
    """The person named right before a speech verb ("Fu Cong said", "Dobrindt
    forderte") or right after it ("sagte Benner", "said Waltz"), outside quotes."""
    ent_at = doc_index(doc).ent_at
    for k in (verb - 1, verb + 1):
        if not sent.start <= k < sent.end:
            continue
        entity = ent_at.get(k)
        if entity is None or entity.label_ != "PER":
            continue
        quoted = _quoted_char_ranges(doc, sent)
        if any(a <= entity.start_char and entity.end_char <= b for a, b in quoted):
            continue
        return entity
    return None


#: Words naming the unions as a group: "union leaders had walked out of negotiations",
#: "Die Gewerkschaften verließen die Gespräche".
UNION_GROUP_WORDS: Final = frozenset({"unions", "gewerkschaften", "gewerkschaftsführer",
                                      "gewerkschaftsvertreter", "gewerkschaftsspitzen"})
#: "union leaders", "union representatives": "union" before a word for persons.
UNION_PERSON_WORDS: Final = frozenset({"leaders", "representatives", "officials", "negotiators"})
#: Words of a union's name, when the lexicon gives it no kind ("Maritime Workers Union of
#: Nigeria", "Trade Union Congress", "Nigeria Labour Congress", "Teachers' Union"; not a
#: union of states or a party: "European Union", "Christian Democratic Union").
UNION_NAME = re.compile(r"[Ww]orkers\b|\b(?:[Tt]rade [Uu]nions?|Labou?r Congress|Employees|Gewerkschaft)\b|"
                        r"gewerkschaft\b|\w(?:ers|s'|s’) Union\b")
#: Name endings of unions of states, which the lexicon lists with the unions of workers
#: ("Europäische Union", "African Union").
STATES_UNION_ENDINGS: Final = ("ische Union", "ean Union", "can Union", "sian Union")
#: How many unions a text may name for its "the unions" to mean all of them.
MAX_UNION_GROUP: Final = 4


def _is_union_group_word(word: str) -> bool:
    low = word.lower()
    return low in UNION_GROUP_WORDS or low == "union"


def _sentence_holds(doc: Doc, name: str, test: Callable[[str], bool], sent: Span) -> bool:
    """Whether a token of the sentence passes the word test ``name`` (a lookup)."""
    return bool(token_table(doc).positions(name, test, sent.start, sent.end))


#: Verbs of staying away from a meeting: who the sentence names was not there.
ABSENCE_WORDS: Final = frozenset({"skipped", "skips", "skip", "boycotted", "boycotts", "boycott",
                                  "absent", "fernblieb", "fernblieben", "fernbleiben", "boykottierte",
                                  "boykottierten", "boykottiert"})


def _is_absence_word(word: str) -> bool:
    return word.lower() in ABSENCE_WORDS


#: "both sides", "beide Seiten", "the two sides": the two parties told of before.
SIDES_WORDS: Final = frozenset({"sides", "seiten", "parties", "parteien"})
SIDES_COUNTS: Final = frozenset({"both", "two", "beide", "beiden"})


def _is_sides_word(word: str) -> bool:
    return word.lower() in SIDES_WORDS


#: The words of ``_is_union_group_word``, ``_is_sides_word`` and ``_is_absence_word``.
GROUP_CUE_WORDS: Final = frozenset(UNION_GROUP_WORDS | {"union"} | SIDES_WORDS | ABSENCE_WORDS)


def _is_group_cue_word(word: str) -> bool:
    """Whether a word passes one of the three tests: a sentence without one is asked
    none of them."""
    return word.lower() in GROUP_CUE_WORDS


def _sides_named_before(doc: Doc, sent: Span) -> list[Span]:
    """'Negotiators from both sides spent nine hours at Acas …' after '… the collapse of
    talks between the RMT union and TfL': "both sides" of a meeting sentence are the
    two organisations the sentence before names, if it names exactly two."""
    table = token_table(doc)
    lowers = table.lower
    if not any(k > sent.start and lowers[k - 1] in SIDES_COUNTS
               for k in table.positions("meeting-sides", _is_sides_word, sent.start, sent.end)):
        return []
    index = doc_index(doc)
    previous = _previous_sentence(index, sent)
    if previous is None:
        return []
    organisations: dict[str | None, Span] = {}
    dateline_end = doc.user_data["kg_meta"].get("dateline_end", 0)
    for entity in index.ents_in(previous.start, previous.end):
        if entity.label_ == "ORG" and entity.start_char >= dateline_end:  # (not "(Reuters)")
            organisations.setdefault(kg_id(entity), entity)
    organisations.pop(None, None)
    return list(organisations.values()) if len(organisations) == 2 else []


def _unions_named_before(doc: Doc, sent: Span) -> list[Span]:
    """'union leaders had walked out of negotiations', 'the unions met the minister': the
    unions the text has named up to the sentence's end, when it names a few (in
    English, "union" only before "leaders", "representatives" …)."""
    table = token_table(doc)
    if not any(table.lower[i] in UNION_GROUP_WORDS or i + 1 < sent.end and
               table.lower[i + 1] in UNION_PERSON_WORDS
               for i in table.positions("meeting-union-group", _is_union_group_word,
                                        sent.start, sent.end)):
        return []
    nodes = doc.user_data["kg_nodes"]
    found: dict[str | None, Span] = {}
    for entity in doc_index(doc).ents_in(0, sent.end):
        if entity.label_ != "ORG" or kg_id(entity) in found:
            continue
        node = nodes.get(kg_id(entity))
        if node is None:
            continue
        kind = node.properties.get("kind")
        name = str(node.properties.get("name", ""))
        if kind == "union" and not name.endswith(STATES_UNION_ENDINGS) or \
                kind is None and UNION_NAME.search(name):
            found[kg_id(entity)] = entity
    return list(found.values()) if len(found) <= MAX_UNION_GROUP else []


#: Titles of who speaks for a state at a body: "the U.S. ambassador to the OSCE".
ENVOY_TITLES: Final = ("ambassador", "permanent representative", "envoy", "botschafter",
                       "ständiger vertreter", "ständige vertreterin", "gesandter")


def _add_envoys(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """'… the Permanent Council of the OSCE in Vienna.' then '"…," the U.S. ambassador to
    the OSCE, Michael Carpenter, told reporters': an envoy to a body taking part in a
    meeting, named while the text tells of that meeting (before the next one), sits at
    its table."""
    envoys = _envoys(doc) if drafts else None
    if not envoys:
        return  # (most docs)
    order = sorted(drafts, key=lambda d: d.mentions[0].sentence.start)
    for k, draft in enumerate(order):
        start = draft.mentions[0].sentence.start
        end = order[k + 1].mentions[0].sentence.start if k + 1 < len(order) else len(doc)
        bodies = {kg_id(p) for m in draft.mentions for p in m.participants if p.label_ == "ORG"}
        wanted = {person for person, targets in envoys.items() if not bodies.isdisjoint(targets)}
        found = [e for e in doc_index(doc).ents_in(start, end) if kg_id(e) in wanted] if wanted else []
        if found:
            extra = Mention(sentence=draft.mentions[0].sentence, noun=draft.mentions[0].noun,
                            kind="participation")
            extra.participants = found
            draft.mentions.append(extra)


def _add_envoy_states(doc: Doc, meeting_id: str, seen: set[str | None], sent: Span) -> None:
    """'U.S. Ambassador Mike Waltz', "China's envoy Fu Cong": an ambassador or envoy at a
    meeting speaks for the state that sent them, which takes part too (``seen``: the
    meeting's participants so far)."""
    if not _role_facts(doc).envoy_roles:
        return  # (most docs)
    states = doc.user_data.get("kg_meeting_envoy_states")
    if states is None:
        nodes = doc.user_data["kg_nodes"]
        states = doc.user_data["kg_meeting_envoy_states"] = {
            person: [body for body in bodies if body in nodes and _is_state(nodes[body])]
            for person, bodies in _envoys(doc).items()}
    _add_through_roles(doc, meeting_id, seen, sent, states)


def _envoys(doc: Doc) -> dict[str, set[str]]:
    """Person node id -> the bodies their envoy roles ("ambassador", "Botschafter") are at
    (the roles from ``_role_facts``' walk over the facts, which the meetings read anyway)."""
    envoy_roles = _role_facts(doc).envoy_roles
    if not envoy_roles:
        return {}  # (most docs: where roles are held is then not needed)
    role_at: dict[str, set[str]] = {}
    for fact in doc.user_data["kg_facts"]:
        if fact.type == "ROLE_AT":
            role_at.setdefault(fact.start, set()).add(fact.end)
    return {person: set().union(*(role_at.get(r, set()) for r in roles))
            for person, roles in envoy_roles.items()}


#: Words between a title and the bodies it is held at: "die Chefs der Geheimdienste",
#: "the heads of the agencies".
OF_BODIES_LINKS: Final = frozenset({"der", "des", "of"})
OF_BODIES_ARTICLES: Final = frozenset({"the", "its", "their", "all", "both"})
#: Words for the states or governments a title is held in, which the text names by their
#: holders ("the foreign ministers of the member states", "die Außenminister der
#: Mitgliedstaaten"): every holder is meant.
STATE_GROUP_ENDINGS: Final = ("member", "staaten", "länder", "states", "countries", "nations", "kantone",
                              "provinces", "provinzen", "regierungen", "governments")


def _of_unnamed_bodies(table: TokenTable, ent_at: dict, i: int, end: int) -> bool:
    """'die Chefs der Geheimdienste', 'the heads of the agencies': a plural title held at
    bodies the text does not name is a group of its own, not every holder of that title
    the text names ("AUR-Chef X", "PSD-Chef Y"); true when a genitive link follows the
    title and the next noun (adjectives passed over) starts no name."""
    k = i + 1
    if k >= end or table.lower[k] not in OF_BODIES_LINKS:
        return False
    k += 1
    while k < end and table.lower[k] in OF_BODIES_ARTICLES:
        k += 1
    # lower-case adjectives: "der kantonalen Ämter" (in German; English nouns are lower-case)
    while k + 1 < end and table.text[k].islower() and table.text[k + 1][:1].isupper() and \
            k not in ent_at and table.lower[k] not in OF_BODIES_LINKS:
        k += 1
    return k < end and k not in ent_at and table.text[k][:1].isalpha() and \
        not table.lower[k].endswith(STATE_GROUP_ENDINGS)


def _body_before_title(table: TokenTable, ent_at: dict, start: int, i: int) -> Span | None:
    """The organisation named right before a plural title (and its lower-case portfolio
    word, or joined by a hyphen): "NATO defence ministers", "EU-Agrarminister" (the body
    whose members meet, so it takes part too); None if there is none."""
    k = i - 1
    if k > start and (table.text[k].isalpha() and table.text[k].islower() or table.text[k] == "-"):
        k -= 1  # "defence", the hyphen of "EU-Agrarminister"
    entity = ent_at.get(k) if k >= start else None
    if entity is None or entity.label_ != "ORG" or entity.end != k + 1:
        return None
    return entity


def _add_through_roles(doc: Doc, meeting_id: str, seen: set[str | None], sent: Span,
                       by_person: dict[str, list[str]]) -> None:
    """Each participant's nodes in ``by_person`` (their state, the body they head)
    take part too, at a lower confidence; ``seen`` grows with them."""
    for person in [node_id for node_id in seen if node_id in by_person]:
        for target in by_person[person]:
            if target not in seen:
                seen.add(target)
                add_fact(doc, Fact("PARTICIPATED_IN", target, meeting_id, sent,
                                   "meeting.participant", 0.5))


#: Head nouns a body is referred to by after its name was given: "the council"
#: for "the Peace and Security Council", "der Rat" for "der EU-Agrarrat".
BODY_HEADS: Final = frozenset({"council", "committee", "commission", "board", "assembly",
                               "rat", "ausschuss", "kommission", "gremium", "versammlung",
                               # "Members of the mission will meet …", "Ein Team der Behörde trifft …"
                               "mission", "agency", "behörde", "delegation"})
BODY_HEAD_ENDINGS: Final = tuple(sorted(BODY_HEADS))
#: Articles that make a head noun refer back: "the 15-member council", "der Ausschuss".
BODY_REFERRING_ARTICLES: Final = frozenset({"the", "der", "die", "das", "dem", "den", "des"})


def _is_body_head(word: str) -> bool:
    return word.lower() in BODY_HEADS


def _body_named_in(table: TokenTable, index: DocIndex, sent: Span) -> bool:
    """Whether an organisation named in the sentence is a committee, council or the
    like: a word of its name ends in a body's head noun ("Verteidigungsausschuss",
    "the Senate Foreign Relations Committee")."""
    lowers = table.lower
    return any(e.label_ == "ORG" and any(lowers[k].endswith(BODY_HEAD_ENDINGS) for k in range(e.start, e.end))
               for e in index.ents_in(sent.start, sent.end))


def _bodies_referred_to(doc: Doc, sent: Span) -> list[Span]:
    """'Meeting at the AU headquarters, the 15-member council demanded …': a body
    named by its head noun alone (article, up to two words, noun; not part of a
    name) is the last organisation before whose name ends in that noun."""
    table = token_table(doc)
    index = doc_index(doc)
    lowers = table.lower
    found: list[Span] = []
    for i in table.positions("body-head", _is_body_head, sent.start, sent.end):
        if i in index.ent_at or doc_lang(doc) == "en" and not table.text[i].islower():
            continue  # a name's own word ("the Security Council"; English: lower case only)
        if BODY_REFERRING_ARTICLES.isdisjoint(lowers[max(sent.start, i - 3):i]):
            continue
        head = lowers[i]
        for entity in reversed(index.ents_in(0, i)):
            if entity.label_ == "ORG" and lowers[entity.end - 1].endswith(head):
                found.append(entity)
                break
    return found


#: Nouns that refer to an organisation of a kind named before ("negotiators for the union
#: and the company", "mit der Gewerkschaft"), by the node kind they refer to.
KIND_REFERENCE_NOUNS: Final = {"union": "union", "gewerkschaft": "union",
                               "company": "company", "firm": "company", "carmaker": "company",
                               "automaker": "company", "manufacturer": "company", "konzern": "company",
                               "unternehmen": "company", "firma": "company", "autobauer": "company",
                               "hersteller": "company"}
#: German case endings a kind noun may carry ("des Konzerns", "des Unternehmens").
KIND_NOUN_CASE_ENDINGS: Final = ("es", "s")
#: Articles (and possessives) that make a kind noun refer back: "the union", "der Konzern".
KIND_REFERRING_ARTICLES: Final = frozenset({"the", "der", "die", "das", "dem", "den", "des"})


def _kind_noun(word: str) -> str | None:
    """The organisation kind a noun refers to ("union", "Konzerns": "company"), or None."""
    low = word.lower()
    kind = KIND_REFERENCE_NOUNS.get(low)
    if kind is None and low.endswith(KIND_NOUN_CASE_ENDINGS):
        kind = KIND_REFERENCE_NOUNS.get(low[:-2]) or KIND_REFERENCE_NOUNS.get(low[:-1])
    return kind


#: German kind nouns whose plural is written as the singular, by the articles that show
#: the singular ("das Unternehmen", "dem Hersteller"; not "die Unternehmen").
SAME_PLURAL_NOUNS_DE: Final = {"unternehmen": frozenset({"das", "dem", "des"}),
                               "hersteller": frozenset({"dem", "des", "den"}),
                               "autobauer": frozenset({"dem", "des", "den"})}


def _singular_kind_noun(lowers: list[str], i: int) -> bool:
    """Whether the kind noun at ``i`` is singular, as far as its form or article shows."""
    articles = SAME_PLURAL_NOUNS_DE.get(lowers[i])
    return articles is None or lowers[i - 1] in articles


def _is_kind_noun(word: str) -> bool:
    return _kind_noun(word) is not None


def _organisations_referred_to(doc: Doc, sent: Span) -> list[Span]:
    """'negotiators for the union and the company would sit down in Windsor', 'traf sich
    mit der Gewerkschaft': an organisation named by its kind noun alone after a definite
    article (not part of a name, no name right after it) is the last organisation of that
    kind named before it (a union: one the lexicon calls so, or whose name says so)."""
    table = token_table(doc)
    positions = table.positions("meeting-kind-noun", _is_kind_noun, sent.start, sent.end)
    if not positions:
        return []  # (most sentences)
    index = doc_index(doc)
    nodes = doc.user_data["kg_nodes"]
    found: list[Span] = []
    for i in positions:
        if i in index.ent_at or i + 1 in index.ent_at or \
                KIND_REFERRING_ARTICLES.isdisjoint(table.lower[max(sent.start, i - 2):i]):
            continue  # part of a name, "die Gewerkschaft Verdi", "a union"
        if not _singular_kind_noun(table.lower, i):
            continue  # "die Unternehmen", "der Hersteller": perhaps many, perhaps none named
        kind = _kind_noun(table.text[i])
        for entity in reversed(index.ents_in(0, i)):
            node = nodes.get(kg_id(entity)) if entity.label_ == "ORG" else None
            if node is not None and _of_kind(node, kind):
                found.append(entity)
                break
    return found


#: Nouns for an organisation's people after "its" ("its leaders met …"), besides titles.
ITS_PERSON_NOUNS: Final = frozenset({"leaders", "leadership", "representatives", "officials", "negotiators",
                                     "delegation", "delegates", "team", "envoys", "executives", "bosses",
                                     # its own bodies: "its executive committee would meet"
                                     "committee", "board"})


#: Nouns for the people an organisation sends ("Association leaders", "officials from the
#: ministry", "Vertreter des Verbands"; German also as a compound's last part:
#: "Verbandsvertreter", "Gewerkschaftsspitze").
DELEGATES_NOUNS: Final = {
    "en": frozenset({"leaders", "officials", "representatives", "negotiators", "delegates", "executives",
                     "delegation", "leadership"}),
    "de": frozenset({"vertreter", "vertreterin", "vertreterinnen", "spitze", "delegation", "führung",
                     "unterhändler"})}
#: English words between such a noun and the organisation's head noun: "officials from the
#: ministry", "leaders of the association".
DELEGATES_LINKS: Final = frozenset({"of", "from"})
#: Head nouns of German organisations' names a delegation may be named by ("Vertreter des
#: Verbands" of the "Deutscher Imkerverband", "Gewerkschaftsvertreter" of "Gewerkschaft
#: der Polizei"), as the end of a word of the name.
DE_DELEGATING_HEADS: Final = ("verband", "gewerkschaft", "ministerium", "kammer", "partei", "verein",
                              "behörde", "konzern", "bund", "vereinigung", "genossenschaft", "stiftung",
                              "regierung", "kommission")


def _is_delegates_word(word: str) -> bool:
    """A noun for an organisation's people, or (German) a compound ending in one."""
    low = word.lower()
    return low in DELEGATES_NOUNS["en"] or low in DELEGATES_NOUNS["de"] or \
        word[:1].isupper() and low.endswith(DE_DELEGATES_ENDINGS) and len(low) > 10


#: German compounds of an organisation's people: "Verbandsvertreter", "Kammerspitze".
DE_DELEGATES_ENDINGS: Final = ("vertreter", "vertreterin", "vertreterinnen", "spitze", "führung")


def _delegating_head(table: TokenTable, ent_at: dict[int, Span], i: int, end: int, lang: str) -> str | None:
    """The head noun of the organisation whose people the noun at ``i`` names, lower
    case: "Association leaders" → "association", "officials from the ministry" →
    "ministry", "Vertreter des Verbands" → "verband", "Gewerkschaftsvertreter" →
    "gewerkschaft"; None if the noun names no such head (or the organisation's name
    follows: "officials of the World Bank")."""
    texts, lowers = table.text, table.lower
    low = lowers[i]
    if lang == "en":
        if low not in DELEGATES_NOUNS["en"]:
            return None
        if i > 0 and i - 1 not in ent_at and texts[i - 1].title() in vocab.EN_ORG_HEADS:
            return lowers[i - 1]  # "Association leaders", "ministry officials"
        if i + 3 < end and lowers[i + 1] in DELEGATES_LINKS and lowers[i + 2] == "the" and \
                i + 3 not in ent_at and texts[i + 3].title() in vocab.EN_ORG_HEADS:
            return lowers[i + 3]  # "representatives from the federation"
        return None
    if low in DELEGATES_NOUNS["de"]:
        if i + 2 < end and lowers[i + 1] in {"des", "der"} and i + 2 not in ent_at:
            return _german_head(lowers[i + 2])  # "Vertreter des Verbands"
        return None
    stem = next((low[:-len(e)] for e in DE_DELEGATES_ENDINGS if low.endswith(e)), "")
    return _german_head(stem.removesuffix("s")) if i not in ent_at else None


def _german_head(word: str) -> str | None:
    """The organisation head a German noun (or compound part) ends in, case endings
    dropped ("Verbandes" → "verband", "Ministeriums" → "ministerium"); None if none."""
    for ending in ("es", "s", ""):
        if word.endswith(ending):
            stem = word[:len(word) - len(ending)]
            head = next((h for h in DE_DELEGATING_HEADS if stem.endswith(h)), None)
            if head is not None:
                return head
    return None


def _organisations_of_delegates(doc: Doc, sent: Span) -> list[Span]:
    """'The GNAPF called for aid. Association leaders are due to meet X …', "Vertreter des
    Verbands trafen …": people named by an organisation's head noun bring in the last
    organisation named before whose name holds that noun (a word of it, German: a word
    ending in it)."""
    table = token_table(doc)
    positions = table.positions("meeting-delegates", _is_delegates_word, sent.start, sent.end)
    if not positions:
        return []  # (most sentences)
    index = doc_index(doc)
    nodes = doc.user_data["kg_nodes"]
    lowers = table.lower
    english = doc_lang(doc) == "en"
    found: list[Span] = []
    for i in positions:
        head = _delegating_head(table, index.ent_at, i, sent.end, doc_lang(doc) or "de")
        if head is None:
            continue
        # ("union leaders" after "the European Union": a union of workers, or none named)
        kind = _kind_noun(head)
        for entity in reversed(index.ents_in(0, i)):
            if entity.label_ == "ORG" and any(
                    lowers[k] == head if english else lowers[k].endswith(head)
                    for k in range(entity.start, entity.end)):
                node = nodes.get(kg_id(entity))
                if kind is None or node is not None and _of_kind(node, kind):
                    found.append(entity)
                break
    return found


def _is_its(word: str) -> bool:
    return word.lower() == "its"


def _organisation_named_before(doc: Doc, sent: Span, i: int) -> Span | None:
    """The organisation "its" at ``i`` refers to: the last one named before it in its
    sentence ("CESM said its committee would meet"), else the first of the nearest of
    the three sentences before that names one (not a dateline's news agency)."""
    index = doc_index(doc)
    dateline_end = doc.user_data["kg_meta"].get("dateline_end", 0)
    for entity in reversed(index.ents_in(sent.start, i)):
        if entity.label_ == "ORG" and entity.start_char >= dateline_end:
            return entity
    k = index.sent_index(sent.start) - 1
    read = 0
    while k >= 0 and read < 3:
        before = index.sents[k]
        k -= 1
        if not span_text(before).strip():
            continue
        read += 1
        for entity in sent_ents(before):
            if entity.label_ == "ORG" and entity.start_char >= dateline_end:
                return entity
    return None


def _of_kind(node: Node, kind: str | None) -> bool:
    """Whether an organisation node is of the kind (a union also by its name: "Maritime
    Workers Union", not a union of states)."""
    own = node.properties.get("kind")
    if kind != "union":
        return own == kind
    name = str(node.properties.get("name", ""))
    if name.endswith(STATES_UNION_ENDINGS):
        return False
    return own == "union" or own is None and UNION_NAME.search(name) is not None


#: "a meeting with X", "bei einem Treffen mit X": X is the other side.
WITH_WORDS: Final = frozenset({"with", "mit"})


def _host_of_meeting_with(doc: Doc, sent: Span, nouns: tuple[str, ...]) -> list[Span]:
    """'Šefčovič warb in Brasília um Geduld. Bei einem Treffen mit X …': a meeting
    "with" someone in a sentence naming no person before it was held by the person
    the sentence just before (same paragraph) names first."""
    table = token_table(doc)
    lowers = table.lower
    if WITH_WORDS.isdisjoint(lowers[sent.start + 1:min(sent.end, sent.start + 9)]):
        return []  # most sentences: no "with" near their start (the loop below finds none)
    index = doc_index(doc)
    for i in range(sent.start, min(sent.end - 1, sent.start + 8)):
        if lowers[i + 1] in WITH_WORDS and (lowers[i] in nouns or lowers[i].endswith(DE_EVENT_SUFFIXES)):
            break
    else:
        return []  # most sentences: no "meeting with" near their start
    if any(e.label_ == "PER" and e.start < i for e in index.ents_in(sent.start, i)):
        return []  # "Merz sagte bei einem Treffen mit …": the one who met is named
    previous = _previous_sentence(index, sent)
    if previous is None or "\n\n" in index.text[previous.end_char:sent.start_char]:
        return []
    persons = [e for e in index.ents_in(previous.start, previous.end) if e.label_ == "PER"]
    return persons[:1]


def _role_states(doc: Doc) -> dict[str, list[str]]:
    """Person node id -> the states (``Country`` nodes) their roles are at."""
    return _organisations_of_holders(doc)[0]


def _is_state(node: Node) -> bool:
    return "Country" in node.labels


#: Kinds of organisation a member's or official's presence does not make a party to a
#: meeting: a politician's party, a minister's government, a reporter's medium.
NOT_REPRESENTED_KINDS: Final = frozenset({"party", "government", "ministry", "media", "court", "military"})


def _represented_organisations(doc: Doc) -> dict[str, list[str]]:
    """Person node id -> the organisations they hold a role at whose kind is not one of
    ``NOT_REPRESENTED_KINDS``."""
    return _organisations_of_holders(doc)[1]


def _is_represented(node: Node) -> bool:
    return "Organisation" in node.labels and node.properties.get("kind") not in NOT_REPRESENTED_KINDS


def _organisations_of_holders(doc: Doc) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Person node id -> the nodes their roles are at (``ROLE_AT``), in fact order: those
    ``_is_state`` accepts, and those ``_is_represented`` accepts."""
    facts = _role_facts(doc)
    return facts.states, facts.represented


@dataclass
class RoleFacts:
    """What the meeting rules read of the doc's role facts: the lower-case title and
    holder of every HOLDS_ROLE fact, each holder's first entity, and the states and
    represented organisations of each holder's roles."""

    titles: list[tuple[str, str]]
    firsts: FirstEntities
    states: dict[str, list[str]]
    represented: dict[str, list[str]]
    #: Person -> their roles with an envoy's title (``ENVOY_TITLES``), in fact order.
    envoy_roles: dict[str, list[str]]


def _role_facts(doc: Doc) -> RoleFacts:
    """The doc's ``RoleFacts``, from one walk over the facts, once per doc: meetings add
    no role facts (only HELD_IN, CHAIRED, PARTICIPATED_IN), nor entities, nor role nodes'
    titles, labels or kinds."""
    cached = doc.user_data.get("kg_meeting_role_facts")
    if cached is not None:
        return cached
    nodes = doc.user_data["kg_nodes"]
    states: dict[str, list[str]] = {}
    represented: dict[str, list[str]] = {}
    holders: list[tuple[str, str]] = []
    titles: list[tuple[str, str]] = []
    envoy_roles: dict[str, list[str]] = {}
    for fact in doc.user_data["kg_facts"]:
        if fact.type == "ROLE_AT":
            node = nodes.get(fact.end)
            if node is None:
                continue
            if _is_state(node):
                states.setdefault(fact.start, []).append(fact.end)
            if _is_represented(node):
                represented.setdefault(fact.start, []).append(fact.end)
        elif fact.type == "HOLDS_ROLE":
            holders.append((fact.start, fact.end))
            role = nodes.get(fact.end)
            title = str(role.properties.get("title", "")).lower() if role is not None else ""
            titles.append((title, fact.start))
            if title.endswith(ENVOY_TITLES):
                envoy_roles.setdefault(fact.start, []).append(fact.end)
    firsts = FirstEntities(doc_index(doc).ents, {holder for _, holder in titles})
    answer = doc.user_data["kg_meeting_role_facts"] = RoleFacts(
        titles, firsts, _by_holder(holders, states), _by_holder(holders, represented), envoy_roles)
    return answer


def _by_holder(holders: list[tuple[str, str]], role_at: dict[str, list[str]]) -> dict[str, list[str]]:
    """Person -> the targets of their roles (``role_at``: role -> targets), each once."""
    found: dict[str, list[str]] = {}
    for person, role in holders:
        targets = role_at.get(role)
        if targets:  # (most roles: none)
            mine = found.setdefault(person, [])
            for target in targets:
                if target not in mine:
                    mine.append(target)
    return found


#: No meeting is held in a sea: "talks … on any attempt to change the status quo in
#: the East China Sea" names a topic, not the venue.
WATERS: Final = frozenset({"sea", "ocean", "strait", "meer", "ozean"})
#: A date after these is a deadline or a period's start, not the meeting's day:
#: "a meeting on Thursday without a deal to fund the government past Sept. 30".
DEADLINE_WORDS: Final = frozenset({"past", "until", "till", "through", "since", "bis", "seit"})


#: Endings of an adjective between a place preposition and the place's name: "im
#: südostpolnischen Rzeszów", "in central London", "in northern Syria".
PLACE_ADJECTIVE_ENDINGS: Final = {"de": ("en", "em", "er", "es"), "en": ("ern", "al")}


#: Last words of an organisation's name that make it a building one meets in:
#: "at the Foreign Ministry", "im Ministerium".
BUILDING_HEADS: Final = frozenset({"ministry", "ministerium"})
#: German seats of government: "im Finanzministerium", "in der Staatskanzlei".
DE_BUILDING_ENDINGS: Final = ("ministerium", "staatskanzlei", "senatskanzlei", "kanzleramt")
#: Words after "to <state>" that still leave the state the place: "talks to Germany on …".
#: A mission to a state: "delegation to Serbia", "Botschafter in Serbien", "envoy to China".
MISSION_LINKS: Final = frozenset({"to", "in", "bei"})
MISSION_NOUN_ENDINGS: Final = ("delegation", "ambassador", "envoy", "embassy", "botschafter", "botschafterin",
                               "botschaft", "gesandter", "gesandte", "gesandten")
STATE_FOLLOWERS_EN: Final = frozenset({"on", "in", "at", "for", "to", "and", "or", "with", "by", "from",
                                       "after", "before", "next", "last", "this", "today", "later",
                                       "earlier", "where", "which", "that", "who", "as", "but", "amid"})


def _city_of_adjective(doc: Doc, building: Span) -> str | None:
    """The node id of the city a German building's name opens with as an adjective
    ("Dresdner Staatskanzlei" → Dresden, "Münchner Rathaus" → München, "Berliner
    Kanzleramt" → Berlin), added to the doc; None if the first word names no city."""
    word = doc[building.start].text
    if len(building) < 2:
        return None
    entry = _city_of_adjective_word(word)
    if entry is None:
        return None
    node = add_node(doc, Node(entry.key, ["Place"], {"name": entry.name(doc_lang(doc) or "de"),
                                                     "aliases": [], "kind": entry.kind}))
    token = doc[building.start]
    add_mention(doc, node.id, token.idx, token.idx + len(word))
    return node.id


@functools.lru_cache(maxsize=4096)
def _city_of_adjective_word(word: str) -> Entry | None:
    """The lexicon's city a German adjective in "-er" names ("Linzer" → Linz, "Bremer" →
    Bremen, "Dresdner" → Dresden); None for any other word."""
    if not word.endswith("er") or not word[:1].isupper() or len(word) < 5:
        return None
    lexicon = load_lexicon()
    for name in (word[:-2], word[:-2] + "en", word[:-3] + "en"):  # Berlin, Bremen, Dresden
        entry = lexicon.lookup(name)
        if entry is not None and entry.label == "Place" and entry.kind == "city":
            return entry
    return None


#: Endings of German nouns of a building a meeting is held in ("Landhaus", "Rathaus",
#: "Schloss", "Hofburg", "Kanzleramt", "Congress Center", "Festsaal", "Messehalle").
BUILDING_ENDINGS_DE: Final = ("haus", "schloss", "burg", "palais", "palast", "hotel", "amt", "ministerium",
                              "kanzlei", "saal", "halle", "zentrum", "center", "landtag", "residenz")


def _is_city_adjective(word: str) -> bool:
    return _city_of_adjective_word(word) is not None


def _adjective_venue(doc: Doc, table: TokenTable, ent_at: dict[int, Span], k: int, end: int) -> Span | None:
    """'im Linzer Landhaus', 'in der Potsdamer Staatskanzlei' (no entity): a venue named by
    a city's adjective before a capitalised noun after "im"/"in der", as a span over both
    words that names the city (its node is added when a meeting there is kept: ``_emit``)."""
    if k < 2 or k + 1 >= end or k in ent_at or k + 1 in ent_at:
        return None
    lowers = table.lower
    if not (lowers[k - 1] == "im" or lowers[k - 1] in {"der", "dem"} and lowers[k - 2] == "in"):
        return None
    noun = table.text[k + 1]
    if not noun[:1].isupper() or not lowers[k + 1].endswith(BUILDING_ENDINGS_DE):
        return None  # (not "im Dresdner Norden": a part of the city, no venue)
    entry = _city_of_adjective_word(table.text[k])
    if entry is None:
        return None
    venue = Span(doc, k, k + 2, label="LOC")
    set_kg_id(venue, entry.key)
    return venue


def _is_building(node: Node, last_word: str) -> bool:
    """Whether an organisation named after "im"/"at" is a building the meeting is held in:
    a government's seat ("im Kanzleramt") or a ministry ("at the Foreign Ministry")."""
    return node.properties.get("kind") in {"government", "ministry"} or last_word in BUILDING_HEADS \
        or last_word.endswith(DE_BUILDING_ENDINGS)


def _state_as_attribute(table: TokenTable, state: Span, lang: str) -> bool:
    """'to hand over leaders to U.S. courts': an English state after "to" and before a
    lower-case noun qualifies the noun; it is no destination, nor the venue. Nor is
    the state a mission is sent to ("the EU's ambassador to Serbia")."""
    lowers = table.lower
    if state.start >= 2 and lowers[state.start - 1] in MISSION_LINKS and \
            lowers[state.start - 2].endswith(MISSION_NOUN_ENDINGS):
        return True  # "the head of the EU delegation to Serbia", "EU-Botschafter in Serbien"
    if lang != "en" or lowers[state.start - 1] != "to" or state.end >= len(table):
        return False
    after = table.text[state.end]
    return after.isalpha() and after.islower() and after not in STATE_FOLLOWERS_EN


def _names_part_of_a_venue(table: TokenTable, ent_at: dict[int, Span], end: int) -> bool:
    """Whether a place name ending at ``end``, after "the", begins the name of a venue:
    a capitalised word no entity covers follows ("at the Manitoba Legislative Building",
    "at the Ohio Statehouse"), so a city named beside the venue is where it was."""
    if end >= len(table):
        return False
    after = table.text[end]
    return after[:1].isupper() and after.isalpha() and end not in ent_at


def _placed_adjective(table: TokenTable, k: int, lang: str) -> bool:
    """Whether the word at ``k`` is a lower-case adjective right after a place
    preposition (``table``: the doc's ``token_table``)."""
    word = table.text[k] if k > 0 else ""
    return word.isalpha() and word.islower() and word.endswith(PLACE_ADJECTIVE_ENDINGS.get(lang, ())) \
        and table.lower[k - 1] in PLACE_PREPS


#: Lower-case nouns of a venue a city's name may qualify: "at a downtown Calgary hotel".
VENUE_NOUNS: Final = frozenset({"hotel", "airport", "resort", "residence", "hall", "palace", "office",
                                "offices", "headquarters", "venue", "airbase", "villa"})


def _venue_article(table: TokenTable, start: int, end: int) -> int | None:
    """Where the article stands of a venue phrase a place's name qualifies, after a
    place preposition ("at a downtown Calgary hotel", "at the Geneva airport"): the
    meeting was held in that place. None for any other name."""
    lowers, texts = table.lower, table.text
    if end >= len(lowers) or lowers[end] not in VENUE_NOUNS or not texts[end].islower():
        return None
    k = start - 1
    if k > 0 and texts[k].isalpha() and texts[k].islower() and lowers[k] not in {"a", "an", "the"}:
        k -= 1  # "downtown", "luxury"
    if k > 0 and lowers[k] in {"a", "an", "the"} and lowers[k - 1] in PLACE_PREPS:
        return k
    return None


#: English nouns of a kind of settlement a place's name is apposed to (after "of"):
#: "in the Belgian border town of Arlon", "in the Ukrainian capital Kyiv".
SETTLEMENT_NOUNS_EN: Final = frozenset({"town", "city", "village", "port", "capital", "resort",
                                        "municipality", "suburb", "district", "province", "region",
                                        "enclave", "island", "hamlet"})
#: Endings of German nouns of such a kind, the name apposed right after them: "in der
#: belgischen Grenzstadt Arlon", "im Kurort Baden", "in der Gemeinde Wals".
SETTLEMENT_ENDINGS_DE: Final = ("stadt", "dorf", "gemeinde", "metropole", "region", "provinz",
                                # (not any "-ort": "Export", "Sport")
                                "grenzort", "kurort", "badeort", "ferienort", "urlaubsort", "tagungsort",
                                "heimatort", "wohnort", "vorort")
#: Articles between a place preposition and such a noun.
SETTLEMENT_ARTICLES: Final = frozenset({"the", "a", "der", "dem", "die", "den"})
#: How many words (adjectives, a noun qualifying the head: "Belgian border") may stand
#: between the article and the settlement noun.
SETTLEMENT_QUALIFIERS: Final = 3


def _settlement_article(table: TokenTable, first: int, lang: str) -> int | None:
    """Where the phrase opens that names a place by its kind before its name, after a
    place preposition ("in the Belgian border town of Arlon", "in der belgischen
    Grenzstadt Arlon", "im Grenzort Arlon"): the word after the preposition, so that
    the name counts as placed by it. None for a name not so introduced."""
    lowers, texts = table.lower, table.text
    if lang == "en":
        # "town of Arlon", "the Ukrainian capital Kyiv", "the capital, Kyiv"
        head = first - 2 if lowers[first - 1] in {"of", ","} else first - 1
        if head < 2 or lowers[head] not in SETTLEMENT_NOUNS_EN and lowers[head] not in POST_NOUNS_EN \
                or not texts[head].islower():
            return None
    else:
        head = first - 1  # "Grenzstadt" of "Grenzstadt Arlon"
        if head < 1 or not texts[head][:1].isupper() or \
                not lowers[head].endswith(VENUE_KIND_ENDINGS_DE):
            return None
        if lowers[head - 1] in PLACE_PREPS or lowers[head - 1] == "am":
            return head  # "im Grenzort Arlon", "am Grenzübergang Arlon"
    for k in range(head - 1, max(0, head - 2 - SETTLEMENT_QUALIFIERS), -1):
        if lowers[k] in SETTLEMENT_ARTICLES:
            return k if lowers[k - 1] in PLACE_PREPS else None
        if not texts[k].isalpha():
            return None  # a comma, a number: the phrase does not go back further
    return None


#: Verbs of visiting a place: their object is where the visitor is (and meets whom
#: the sentence says): "will visit Leeds on Friday, where she meets X", "besucht am
#: Freitag Potsdam und trifft dort X".
VISIT_VERBS: Final = frozenset({"visit", "visits", "visited", "visiting", "tour", "tours", "toured",
                                "besucht", "besuchte", "besuchten", "besuchen", "bereist", "bereiste",
                                "bereisten", "bereisen"})
#: Words right before a visit verb that set the visit at another time than the
#: sentence's meeting: "after visiting Leeds", "who visited Leeds in May", "nachdem sie
#: Potsdam besucht hatte".
OTHER_VISIT_WORDS: Final = frozenset({"after", "before", "since", "who", "which", "nach", "nachdem",
                                      "seit", "bevor", "had", "has", "have", "hatte", "hatten"})
#: Words that open a day's phrase before its date: "on Friday", "am Freitag".
DAY_PREPOSITIONS: Final = frozenset({"on", "am"})
#: How many words after a visit verb the place visited may start ("besuchte am
#: Freitag mit Ministerin X Potsdam").
VISITED_REACH: Final = 6


def _is_visit_verb(word: str) -> bool:
    return word.lower() in VISIT_VERBS


def _visited_places(doc: Doc, table: TokenTable, sent: Span, last_event: int) -> list[Span]:
    """Places (LOC or GPE) a visit verb of the sentence has for object, as the venue of
    a meeting the sentence names no other place for: "will visit Seogwipo on Friday,
    where he will meet Oh", "besucht am Freitag Potsdam und trifft dort X". Only a
    day's words and a person's name may stand between verb and place; not after
    "after", "who", "had" (another time than the meeting's), nor after the sentence's
    last event word (``last_event``: "met X on Monday and will visit Y on Friday")."""
    positions = table.positions("meeting-visit-verb", _is_visit_verb, sent.start, last_event)
    if not positions:
        return []  # (most sentences)
    index = doc_index(doc)
    lowers = table.lower
    found: list[Span] = []
    for verb in positions:
        if not OTHER_VISIT_WORDS.isdisjoint(lowers[max(sent.start, verb - 2):verb]):
            continue
        dates = index.dates_in(verb + 1, verb + 1 + VISITED_REACH)
        k = verb + 1
        while k < min(sent.end, verb + 1 + VISITED_REACH):
            date = next((d for d in dates if d.start == k or d.start == k + 1 and
                         lowers[k] in DAY_PREPOSITIONS), None)
            entity = index.ent_at.get(k)
            if date is not None:
                k = date.end  # "am Freitag", "on Friday"
            elif entity is not None and entity.start == k and entity.label_ == "PER":
                k = entity.end  # "besuchte X Potsdam": the visitor
            elif entity is None and k + 1 in index.ent_at and index.ent_at[k + 1].label_ == "PER":
                k += 1  # "besucht Ministerin X Potsdam": the visitor's title
            elif entity is not None and entity.start == k and entity.label_ in {"LOC", "GPE"}:
                found.append(entity)
                break
            else:
                break
    return found


#: Endings of English plurals that mostly name people ("lawmakers", "protesters",
#: "activists", "civilians", "students", "migrants"): after a hosting verb, guests.
PERSON_PLURAL_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ees", "ents", "ants", "men", "ives")


def _things_received(table: TokenTable, k: int) -> bool:
    """Whether the word at ``k``, right after an English hosting verb with no article
    between, is a plural noun of things: lower case, ending in "s", and no word for
    persons ("received enquiries", "hosted concerts"; not "received visitors",
    "hosted officials", "received farmers' leaders"; titles are asked before)."""
    word = table.text[k]
    if not (word.isalpha() and word.islower() and word.endswith("s")) or len(word) < 4:
        return False
    if k + 1 < len(table) and table.text[k + 1] in {"'", "’", "'s", "’s"}:
        return False  # a possessive: "farmers' representatives"
    return not word.endswith(PERSON_PLURAL_ENDINGS) and word not in GUEST_WORDS \
        and word not in ITS_PERSON_NOUNS and word not in COUNTED_PERSON_NOUNS \
        and not _names_a_person_noun(word) and not _names_a_person_noun(word[:-1])


def _after_place_preposition(lowers: list[str], start: int) -> bool:
    """'in Genf', 'at the Hague', 'nach Wien': a name right after a place preposition."""
    return start > 0 and lowers[start - 1] in PLACE_PREPS_THE and \
        (lowers[start - 1] != "the" or start > 1 and lowers[start - 2] in PLACE_PREPS)


#: Words before "in X" that deny X is the venue: "statt in Brüssel", "instead of in Brussels".
NOT_HERE_WORDS: Final = frozenset({"statt", "anstatt", "instead", "rather", "nicht", "not"})
#: Words after which a sentence tells what a meeting was about, not where it was:
#: "they discussed … the humanitarian situation in Gaza", "berieten über die Lage in der Ukraine".
TOPIC_CUES: Final = frozenset({"discussed", "discuss", "discusses", "discussing", "debated", "about",
                               "über", "besprachen", "besprochen", "diskutierten", "diskutiert",
                               "erörterten", "erörtert"})


def _not_the_venue(table: TokenTable, start: int, place: Span) -> bool:
    """Whether a place after a preposition is denied as the venue: "statt in Brüssel"."""
    lowers = table.lower
    prep = place.start - 1
    if lowers[prep] in TOPIC_ARTICLES and prep > start:
        prep -= 1  # "in der Ukraine", "at the Hague"
    before = [w for w in lowers[max(start, prep - 2):prep]]
    if before and (before[-1] in NOT_HERE_WORDS or before[-1] == "of" and len(before) > 1
                   and before[-2] in NOT_HERE_WORDS):
        return True
    if before and before[-1] in AUDIENCE_WORDS:
        return True  # "told reporters in Tokyo that the summit had …": where it was told of
    if before and before[-1] in SEAT_WORDS:
        return True  # "an industry group based in London": where a body sits, not meets
    # "a goal set at last year's summit in Baku": the venue of an earlier event (not
    # "met last Friday in Geneva", "am vergangenen Freitag in Genf": a day's marker)
    window = range(max(start, prep - 4), prep - 1)
    if PAST_EVENT_MARKERS.isdisjoint(lowers[window.start:window.stop]):
        return False  # (most places: no marker before them)
    return any(lowers[k] in PAST_EVENT_MARKERS and not _marks_a_day(lowers, k) for k in window)


def _marks_a_day(lowers: list[str], marker: int) -> bool:
    """Whether the past marker at ``marker`` dates a day or week ("last Friday", "am
    vergangenen Wochenende"), not an event ("last week's summit")."""
    return lowers[marker + 1] in MARKED_DAY_WORDS and lowers[marker + 2] not in POSSESSIVE_MARKS


#: Those told of a meeting: "told reporters in Tokyo", "sagte Journalisten in Berlin"
#: names where the speaker was, not the venue.
AUDIENCE_WORDS: Final = frozenset({"reporters", "journalists", "journalisten", "reportern"})
#: Before "in": where a body has its seat ("based in London", "mit Sitz in Genf").
SEAT_WORDS: Final = frozenset({"based", "headquartered", "sitz", "ansässig", "ansässige", "ansässigen"})
#: Words that make the noun after them an earlier event ("last year's summit").
PAST_EVENT_MARKERS: Final = frozenset({"last", "previous", "earlier", "letzten", "vorigen",
                                       "vergangenen", "früheren", "vorherigen"})

#: After such a marker, a day or week, not an event: "last Friday", "am vergangenen Wochenende".
MARKED_DAY_WORDS: Final = frozenset(day.lower() for days in vocab.WEEKDAYS.values() for day in days) | \
    frozenset({"week", "weekend", "woche", "wochenende"})


def _in_topic(table: TokenTable, event: int, place: Span, noun: bool = False) -> bool:
    """Whether a place after a preposition belongs to what the meeting was about:
    a common noun's complement after a verb of discussing that follows the event
    word ("met … where they discussed … the situation in Gaza"; "talks about Ukraine
    in Geneva" keeps Geneva: a name, not a common noun, stands before "in"), or, after
    an event noun (``noun``), in the purpose clause that follows it ("talks to end the
    war in Sudan", "Gespräche, um die Lage in Libyen zu klären")."""
    lowers = table.lower
    prep = place.start - 1
    if lowers[prep] in TOPIC_ARTICLES:
        prep -= 1  # "in der Ukraine"
    if prep <= event + 1:
        return False
    if not (noun and prep > event + 3 and _purpose_after(table, event)
            and not _clause_break_between(table, place.doc, event, prep)) and (
            TOPIC_CUES.isdisjoint(lowers[event + 1:prep]) or
            not any(lowers[k] in TOPIC_CUES and not _approximate(table, k) for k in range(event + 1, prep))):
        return False
    before = table.tokens[prep - 1]
    return before.is_alpha and not before.ent_type_


#: Verbs after "talks to" that tell of the talks' own course, not their purpose:
#: "talks to resume in Geneva", "talks to be held in Doha".
OWN_COURSE_VERBS: Final = frozenset({"be", "take", "resume", "continue", "begin", "start", "reconvene",
                                     "open", "go", "proceed", "follow"})


#: Words that end a purpose clause after "talks to …": the main clause's auxiliary or
#: a verb of the talks' own course ("… were held in", "… resumed in").
MAIN_CLAUSE_WORDS: Final = frozenset({"was", "were", "is", "are", "will", "would", "has", "have", "had",
                                      "resumed", "began", "started", "opened", "continued", "reconvened",
                                      "held", "convened", "took", "ended", "fanden", "fand", "begannen"})


def _clause_break_between(table: TokenTable, doc: Doc, event: int, prep: int) -> bool:
    """Whether a date, a comma or the main clause's verb ends the purpose clause after
    the event noun before ``prep``: "talks to end the war on Wednesday in Geneva", "The
    talks to end the war in Sudan resumed in Jeddah" are held in Geneva, in Jeddah."""
    words = table.lower[event + 3:prep]
    if "," in words or not MAIN_CLAUSE_WORDS.isdisjoint(words):
        return True
    return bool(doc_index(doc).dates_in(event + 1, prep))


def _purpose_after(table: TokenTable, event: int) -> bool:
    """Whether a purpose clause follows the event noun at ``event``: "talks to amend
    the treaty …" (an infinitive), "Gespräche, um … zu …"."""
    lowers, texts = table.lower, table.text
    if event + 2 >= len(lowers):
        return False
    after, verb = lowers[event + 1], texts[event + 2]
    if after == "to":
        return verb.isalpha() and verb.islower() and verb not in OWN_COURSE_VERBS
    return after == "," and lowers[event + 2] == "um"


#: "in Lima's La Molina district", "in Russia's Kursk region": a part of the place
#: named in its possessive (within ``DISTRICT_REACH`` words), so it is in that place.
DISTRICT_WORDS: Final = frozenset({"district", "region", "province", "suburb", "suburbs", "neighbourhood",
                                   "neighborhood", "quarter", "borough", "county", "outskirts"})
DISTRICT_REACH: Final = 5


def _district_of(lowers: list[str], mark: int) -> bool:
    """Whether the possessive mark at ``mark`` after a place name opens the name of one
    of its districts or venues ("Lima's La Molina district", "York's town hall"), not of
    a body ("Mexico's Foreign Ministry")."""
    if lowers[mark] not in POSSESSIVE_MARKS:
        return False
    after = lowers[mark + 1:mark + 1 + DISTRICT_REACH]
    return not DISTRICT_WORDS.isdisjoint(after) or not VENUE_NOUNS.isdisjoint(after)


#: After a place name: its possessive, or the head of a building named after it
#: ("Hyderabad House", "Wiener Hofburg" aside): the city itself is not the venue.
NOT_THE_PLACE_AFTER: Final = frozenset({"'s", "’s", "House", "Palace", "Hall", "Castle", "Hotel",
                                        "Airport", "Stadium", "Haus", "Palast", "Schloss", "Flughafen"})


def _approximate(table: TokenTable, k: int) -> bool:
    """'for about 90 minutes': "about" before a number says how much, not what about."""
    return table.lower[k] == "about" and k + 1 < len(table) and table.tokens[k + 1].like_num


#: Words between a group's title and the body it belongs to: "der Länder", "from the G7".
BODY_LINKS: Final = frozenset({"der", "des", "from", "of", "the", "aus", "den"})
#: German determiners before a plural title ("die Minister" is plural, "der Minister" not).
PLURAL_DETERMINERS_DE: Final = frozenset({"die", "den", "alle", "allen", "übrigen", "anderen", "deutschen",
                                          "europäischen"})
#: Words before an English plural title that do not narrow it to one portfolio.
NOT_TITLE_QUALIFIERS: Final = frozenset({"the", "two", "three", "four", "five", "six", "seven", "eight",
                                         "nine", "ten", "both", "all", "other", "several",
                                         "many", "some", "their", "its", "his", "her", "and", "of", "from",
                                         "with", "by", "former", "senior", "top", "fellow", "european", "eu"})
#: Possessive determiners before an event noun: "Bei ihrem Treffen", "at their meeting".
POSSESSIVES: Final = frozenset({"ihrem", "ihrer", "ihren", "ihr", "ihre", "seinem", "seiner", "sein",
                                "seine", "their", "his", "her"})


#: Endings of English adjectives of regions and nationalities ("African", "Nordic",
#: "Korean", "Danish", "Japanese", "Iraqi") and such adjectives without them.
REGIONAL_ADJECTIVE_ENDINGS: Final = ("an", "ic", "ish", "ese", "i")
REGIONAL_ADJECTIVES: Final = frozenset({"Arab", "Gulf", "Baltic", "Balkan", "Caribbean", "Pacific",
                                        "Atlantic", "Western", "Eastern", "Northern", "Southern"})


def _regional_adjective(word: str) -> bool:
    """Whether ``word`` is a capitalised adjective of a region or nationality: before
    a plural title ("African finance ministers") it picks some holders of the title,
    not every one the text names."""
    return word in REGIONAL_ADJECTIVES or (
        len(word) > 3 and word[:1].isupper() and word[1:].islower()
        and word.endswith(REGIONAL_ADJECTIVE_ENDINGS))


def _possessive_before(lowers: list[str], start: int, noun: int) -> bool:
    """Whether a possessive determiner stands up to three words before the event word."""
    return not POSSESSIVES.isdisjoint(lowers[max(start, noun - 3):noun])


def _is_person_noun_word(word: str) -> bool:
    return _names_a_person_noun(word.lower())


def _names_a_person_noun(lower: str) -> bool:
    """'SPD-Politiker', 'leader': nouns for a person in public life."""
    return lower.endswith(demand_rules.PERSON_NOUN_ENDINGS) or lower == "leader"


#: "am Rande des Gipfels", "on the sidelines of the summit": what follows is the host event.
SIDELINES_CUE: Final = re.compile(r"\b(?:am Rande|am Rand|on the sidelines|on the margins|at the margins)\b",
                                  re.I)
#: A sentence is searched for SIDELINES_CUE only if it holds one of these ("Rand",
#: "Rande", "sidelines", "margins"; as written: "AM RANDE" is passed over).
SIDELINES_HINTS: Final = ("Rand", "idelines", "argins")


def _sidelines_cue(doc: Doc, sent: Span) -> int | None:
    """Position of the last word of a sidelines cue in the sentence, or None."""
    if not _doc_holds(doc, "sidelines", SIDELINES_HINTS):
        return None  # most texts: no cue anywhere
    text = span_text(sent)
    if not _holds_any(text, SIDELINES_HINTS):
        return None  # most sentences: no cue
    match = SIDELINES_CUE.search(text)
    if match is None:
        return None
    span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                         alignment_mode="expand")
    return span.end - 1 if span is not None else None


def _host_introduced(lowers: list[str], cue_end: int, end: int, articles: frozenset[str]) -> bool:
    """Whether the host event after a sidelines cue is introduced by an indefinite
    article ("on the sidelines of an industry conference", "am Rande einer Messe")."""
    k = cue_end + 1
    if k < end and lowers[k] in {"of", "der", "des"}:
        k += 1
    return k < end and lowers[k] in articles


def _has_chair_cue(text: str) -> bool:
    """``CHAIR_CUES.search(text)``, with most sentences passed over by a cheaper search."""
    return _holds_any(text, CHAIR_HINTS) and CHAIR_CUES.search(text) is not None


#: Words that put someone at the table of the meeting told of, even a paragraph
#: after it: "Mit am Tisch saß …", "Around the table with her were …", "Für das
#: Unternehmen verhandelte …", "Gastgeberin X".
SEAT_CUES: Final = re.compile(r"\b(?:[Aa]m Tisch|(?:[Aa]t|[Aa]round|[Rr]ound) the table|"
                              r"verhandelte|verhandelten|negotiated for|"
                              r"Gastgeberin|Gastgeber|"
                              # '"We cannot wait," Marcos told fellow leaders': one of those who met
                              r"told (?:his |her |their )?fellow (?:leaders|ministers|delegates|members))\b")
#: Every match of SEAT_CUES (case-sensitive) holds one of these: a sentence
#: without any is not searched.
SEAT_HINTS: Final = ("Tisch", "table", "verhandelte", "negotiated for", "Gastgeber", "fellow")
#: Speaking to a gathering ("told the council", "addressed the summit"; not "told the
#: news conference"): the speaker was at it, even paragraphs after it was told of.
#: Also an appeal to the gathering's members ("forderte alle Teilnehmerstaaten auf",
#: "urged delegates to …": the ``audience`` group), while a gathering is told of.
ADDRESS_CUES = re.compile(r"\b(?:(?:told|addressed|addressing|telling) the (?:(?!news |press )[\w-]+ ){0,3}?"
                          r"(?:[Cc]ouncil|[Ss]ummit|[Cc]onference|[Aa]ssembly|[Ss]ession|plenary|"
                          r"[Cc]ommittee|gathering|hearing)|"
                          r"(?P<audience>(?:rief|forderte|appellierte|verlangte|urged|called on|told|"
                          r"appealed to|pressed)\w* (?:\w+ ){0,3}?(?:Teilnehmerstaaten|Mitgliedstaaten|"
                          r"Delegierten|Delegationen|participating states|delegates|delegations)))\b")
#: Every match of ADDRESS_CUES holds one of these inside one token (letters only, as
#: ``PARTICIPATION_HINTS``; case-sensitive, as the pattern): a sentence without a token
#: holding one is not searched.
ADDRESS_ANCHORS: Final = ("told", "addressed", "addressing", "telling", "Teilnehmerstaaten",
                          "Mitgliedstaaten", "Delegierten", "Delegationen", "participating",
                          "delegates", "delegations")


def _holds_address_anchor(word: str) -> bool:
    return _holds_any(word, ADDRESS_ANCHORS)
#: Endings of event words for a gathering of many, which a speaker addresses.
GATHERING_ENDINGS: Final = ("council", "session", "summit", "conference", "assembly", "plenary",
                            "committee", "sessions", "summits", "konferenz", "gipfel", "gipfels",
                            "sitzung", "tagung", "versammlung")
NEGATIONS: Final = frozenset({"nicht", "not", "n't", "never", "nie"})
NEGATION_WORDS: Final = tuple(sorted(NEGATIONS))
NEGOTIATION_STEMS: Final = ("verhandlung", "runde", "negotiat", "bargaining")


def _gathering_before(drafts: list[MeetingDraft], start: int) -> MeetingDraft | None:
    """The gathering of many (a council, session, summit …) told of last before the token
    ``start``, which a speaker addresses ("told the council"); not one told of only as
    the host of a side meeting ("Am Rande der Konferenz traf …"); None if there is none."""
    found, at = None, -1
    for draft in drafts:
        if not _is_gathering(draft):
            continue
        for mention in draft.mentions:
            begin = mention.sentence.start
            if at < begin < start and mention.kind != "participation":
                found, at = draft, begin
    return found


def _is_gathering(draft: MeetingDraft) -> bool:
    """Whether an event word of the meeting names a gathering of many (not only as the
    host event of a side meeting)."""
    return any(m.kind.endswith(GATHERING_ENDINGS) and not m.host for m in draft.mentions)


#: Marks that may end a clause's last word.
CLAUSE_STOPS: Final = ".;:!? \n"


def _negated(text: str, cue: int) -> bool:
    """Whether the clause of the cue at ``cue`` negates (who "did not attend" took no
    part; "Gastgeberin X …, die Organisation nicht kaputtzusparen" did)."""
    start = text.rfind(",", 0, cue) + 1
    end = text.find(",", cue)
    # (the clause's stop taken off its last word: "Jan Roth begleitete sie nicht.")
    clause = text[start:end if end >= 0 else len(text)].rstrip(CLAUSE_STOPS)
    words = clause.lower().replace("n't", " n't").split()
    return not NEGATIONS.isdisjoint(words)


NEGOTIATOR_ENDINGS: Final = ("verhandlungsführer", "verhandlungsführerin", "negotiator")


def _is_negotiator_word(text: str) -> bool:
    return text.lower().endswith(NEGOTIATOR_ENDINGS)


def _negotiators(doc: Doc) -> list[Span]:
    """'sagte IG-Metall-Verhandlungsführer Thorsten Gröger', 'chief negotiator X':
    whoever negotiates for a side sits at the negotiation round."""
    ent_at = doc_index(doc).ent_at
    found = []
    for i in word_positions(doc, "negotiator-word", _is_negotiator_word):
        person = ent_at.get(i + 1)
        if person is not None and person.label_ == "PER" and person.start == i + 1:
            found.append(person)
    return found


def _negotiation_noun(kind: str) -> bool:
    """'Verhandlungsrunde', 'Runde', 'negotiations': a meeting of two sides."""
    return _holds_any(kind, NEGOTIATION_STEMS)


def _negated_participation(text: str) -> bool:
    """Whether the sentence says someone took no part: "nahm an dem Treffen nicht teil",
    "did not attend the meeting" (a negation in the clause of a participation cue)."""
    if not _holds_any(text, NEGATION_WORDS):
        return False  # most sentences: no negation word at all
    cue = PARTICIPATION_CUES.search(text)
    return cue is not None and _negated(text, cue.start())


#: Whole words that hint at a cue too, each too short or too common inside other words
#: to be searched for as a part ("her" of "other", "table" of "stable").
PARTICIPATION_HINT_WORDS: Final = frozenset({"her", "kam", "kamen", "table"})


def _holds_participation_hint(word: str) -> bool:
    low = word.lower()
    return low in PARTICIPATION_HINT_WORDS or _holds_any(low, PARTICIPATION_HINTS)


def _may_hold_participation_cue(doc: Doc, start: int, end: int) -> bool:
    """False if ``PARTICIPATION_CUES`` cannot match in the tokens ``start`` … ``end``:
    none holds one of ``PARTICIPATION_HINTS``. The cue search costs ~8 µs per
    sentence, and most sentences after a meeting have no cue."""
    return _may_match(doc, "participation-hint", _holds_participation_hint, start, end)


def _may_match(doc: Doc, name: str, test: Callable[[str], bool], start: int, end: int) -> bool:
    """False if no token in ``start`` … ``end`` passes ``test`` (the word test ``name``,
    run once per word: ``TokenTable.positions``) and the doc holds none of the letters
    that re.I matches otherwise than their lower-case forms (``RE_I_ODD_LETTERS``)."""
    return _any_within(_anchors(doc, name, test), start, end)


def _anchors(doc: Doc, name: str, test: Callable[[str], bool]) -> list[int] | None:
    """Where the tokens passing ``test`` are (``_may_match``); None: a match may lie
    anywhere (the doc holds one of ``RE_I_ODD_LETTERS``)."""
    anchors = doc.user_data.setdefault("kg_meeting_anchors", {})
    if name not in anchors:
        anchors[name] = None if _doc_holds(doc, "odd letters", RE_I_ODD_LETTERS) else \
            token_table(doc).positions(name, test)
    return anchors[name]


def _any_within(anchors: list[int] | None, start: int, end: int) -> bool:
    """Whether one of the sorted ``anchors`` lies in ``start`` … ``end`` (None: always)."""
    if anchors is None:
        return True
    k = bisect.bisect_left(anchors, start)
    return k < len(anchors) and anchors[k] < end


def _tellers_of_participant(doc: Doc, sent: Span, draft: MeetingDraft) -> list[Span]:
    """The person who, in the sentence right after a meeting's, "told" one of its
    participants something ("The association's president, Abubakar Maigandi, told
    Tinubu that …"): the one who spoke to them there; none if no participant is told."""
    lowers = token_table(doc).lower
    ent_at = doc_index(doc).ent_at
    for k in range(sent.start + 1, sent.end - 1):
        if lowers[k] != "told":
            continue
        told = ent_at.get(k + 1)
        if told is None or told.label_ != "PER":
            return []
        known = {kg_id(p) for m in draft.mentions for p in [*m.participants, *(m.chairs or ())]}
        if kg_id(told) not in known:
            return []
        tellers = [e for e in sent_ents(sent) if e.label_ == "PER" and e.end <= k
                   and kg_id(e) not in known]
        return tellers[-1:]
    return []


def _has_participation_cue(text: str, odd_letters: bool = True) -> bool:
    """``PARTICIPATION_CUES.search(text)``, the faster way where it finds the same
    (``odd_letters``: False if the text is known to hold none of ``RE_I_ODD_LETTERS``)."""
    if odd_letters and _holds_any(text, RE_I_ODD_LETTERS):
        return PARTICIPATION_CUES.search(text) is not None
    return PARTICIPATION_CUES_LOWER.search(text.lower()) is not None


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of ``words`` occurs in ``text`` (start and end), sorted."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _occurs_within(occurrences: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted ``occurrences`` lies within ``start`` … ``end``."""
    k = bisect.bisect_left(occurrences, (start,))
    while k < len(occurrences) and occurrences[k][0] < end:
        if occurrences[k][1] <= end:
            return True
        k += 1
    return False


def _doc_holds(doc: Doc, name: str, words: tuple[str, ...]) -> bool:
    """``_holds_any`` over the doc's whole text, asked once per doc under ``name``: a
    sentence cannot hold a word its text lacks."""
    answers = doc.user_data.setdefault("kg_meeting_doc_holds", {})
    answer = answers.get(name)
    if answer is None:
        answer = answers[name] = _holds_any(doc_text(doc), words)
    return answer


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text`` (a loop of ``in``: for a few words,
    faster than a regular expression of alternatives)."""
    for word in words:
        if word in text:
            return True
    return False


def _holds_vague_time_anchor(word: str) -> bool:
    return _holds_any(word, VAGUE_TIME_ANCHORS)


def _has_vague_time(text: str) -> bool:
    """``VAGUE_TIME_HINTS.search(text)``: one of its alternatives matches, each searched
    only if the text holds a word all its matches hold (a month; "next month", …)."""
    if _holds_any(text, MONTH_NAMES) and VAGUE_MONTH_RE.search(text) is not None:
        return True
    if _holds_any(text, PAST_PERIOD_WORDS) and PAST_PERIOD_RE.search(text) is not None:
        return True
    return _holds_any(text, PERIOD_WORDS) and VAGUE_PERIOD_RE.search(text) is not None


#: Quotation marks that open a quote.
OPENING_QUOTES: Final = frozenset({'"', "“", "„", "«", "»", "‘", "'"})
QUOTE_MARKS: Final = frozenset({'"', "“", "”", "„", "«", "»"})


def _is_quote_mark(text: str) -> bool:
    return text in QUOTE_MARKS


def _same_quote_side(table: TokenTable, a: int, b: int) -> bool:
    """Whether two words of a sentence are both inside or both outside a quote: an
    even number of quotation marks lies between them (counted from the doc's list of
    them: most sentences have none, and no words are read)."""
    low, high = (a, b) if a < b else (b, a)
    return len(table.positions("meeting-quote-mark", _is_quote_mark, low, high)) % 2 == 0


#: "Nach der Sitzung empfing …", "After the talks, Lee met …": a meeting told of
#: before as the time of a further one.
AFTER_WORDS: Final = frozenset({"nach", "after"})
def _is_hearing_noun(table: TokenTable, i: int, start: int) -> bool:
    """Whether "hearing" at ``i`` names a hearing held ("a Senate hearing", "the
    committee's hearing", "told the hearing"), not hearing something ("after hearing
    the news"), the sense ("hearing aid") or a court's ("a bail hearing")."""
    lowers = table.lower
    if i == start or lowers[i - 1] in NOT_HEARING_BEFORE or lowers[i - 1].endswith("ing"):
        return False
    return i + 1 >= len(lowers) or lowers[i + 1] not in NOT_HEARING_AFTER


def _attended_in(sent: Span) -> bool:
    """Whether the sentence says who took part ("also attended", "nahm … teil")."""
    doc = sent.doc
    return _may_hold_participation_cue(doc, sent.start, sent.end) and \
        PARTICIPATION_CUES.search(span_text(sent)) is not None


def _talk_partner(table: TokenTable, sent: Span, verb: int, german: bool) -> bool:
    """Whether the talk verb at ``verb`` tells of two sides meeting: a person's name
    after "with"/"mit" in its clause (after the verb in English; before or after it in
    German, where the verb may close the clause), or two persons joined by "and"/"und"
    before it with no clause break between. Not a call, a video link, an interview
    or "sprach sich … aus" (``NOT_MET_TALK_WORDS`` in the sentence)."""
    lowers, start, end = table.lower, sent.start, sent.end
    not_met = NOT_MET_EXCHANGE_WORDS if lowers[verb] in EXCHANGE_VERBS else NOT_MET_TALK_WORDS
    if not not_met.isdisjoint(lowers[start:end]):
        return False
    clause = verb  # where the verb's clause starts
    floor = max(start, verb - TALK_CLAUSE_REACH)
    while clause > floor:
        if lowers[clause - 1] == ")" and clause > floor + 2 and lowers[clause - 3] == "(":
            clause -= 3  # a one-word bracket, passed over: "mit X (CSU) besprechen"
        elif lowers[clause - 1] in TALK_CLAUSE_BREAKS:
            break
        else:
            clause -= 1
    # German "mit X" may stand before a verb closing the clause ("werde mit X … sprechen")
    first = clause if german else verb + 1
    last = verb + 1
    while last < min(end, verb + TALK_CLAUSE_REACH) and lowers[last] not in TALK_CLAUSE_BREAKS:
        last += 1
    if not _venue_named(table, start, end):
        return False  # "spoke with X on Monday, his office said": maybe a call
    ent_at = doc_index(sent.doc).ent_at
    links = [k for k in range(first, last)
             if lowers[k] in PARTNER_LINKS or k == verb + 1 and lowers[k] in PARTNER_LINKS_AFTER_VERB]
    if any(_person_after(table, ent_at, k + 1, end) for k in links):
        return True
    if any(_titled_partner_after(sent.doc, table, k + 1, end, german) for k in links):
        return True  # "will mit der Ministerin sprechen": a holder of the title named before
    # (German puts the subject after the verb when the clause opens otherwise: "Am
    # Montag sprachen X und Y in Linz über …")
    # (titles may stand before the second name: "X and Transport Secretary Y discussed …")
    return _pair_before(table, ent_at, clause, verb) or \
        german and _pair_before(table, ent_at, verb, last + 1)


def _exchange_of_views(lowers: list[str], verb: int, start: int, end: int, german: bool) -> bool:
    """Whether the verb of exchanging at ``verb`` tells of an exchange of views: German
    reflexive "sich … austauschen" (a split form's particle "aus" closing the clause:
    "tauschte sich mit X aus", not "tauschte die Reifen aus"), English "exchanged"
    before "views", "ideas" ("exchanged views with X", not "exchanged fire")."""
    if not german:
        return verb + 1 < end and lowers[verb + 1] in EXCHANGED_THOUGHTS
    if "sich" not in lowers[start:end]:
        return False
    return lowers[verb] not in SPLIT_EXCHANGE_DE or _particle_closes_clause(lowers, verb, end, "aus")


#: Prepositions before where people talked: not "to", "nach" ("spoke to President X",
#: "flew to Rome": a partner or a journey's goal, no venue).
TALK_VENUE_PREPS: Final = frozenset(PLACE_PREPS - {"to", "nach"})


#: Verbs of a visit two persons make together ("X and Y visited the plant at Z on
#: Tuesday", "Am Dienstag besuchten X und Y das Werk in Z"): they met there (weak, as
#: every lower-case event word: a day must be named).
JOINT_VISIT_VERBS: Final = frozenset({"visited", "toured", "besuchten", "besichtigten"})
#: How far after a German visit verb its pair of subjects may end ("besuchten
#: Verteidigungsministerin X und Airbus-Chef Y").
VISIT_SUBJECT_REACH: Final = 14


def _joint_visit(table: TokenTable, sent: Span, verb: int, german: bool) -> bool:
    """Whether two persons joined by "and"/"und" are the subject of the visit verb at
    ``verb``: right before it, or (German, after an opening phrase) right after it."""
    ent_at = doc_index(sent.doc).ent_at
    if _pair_before(table, ent_at, max(sent.start, verb - TALK_CLAUSE_REACH), verb):
        return True
    return german and _pair_before(table, ent_at, verb, min(sent.end, verb + VISIT_SUBJECT_REACH))


def _pair_before(table: TokenTable, ent_at: dict, first: int, last: int) -> bool:
    """Whether a person's name, "and"/"und", then another person's name (titles between
    allowed: "X and De Havilland chief executive Y") stand between ``first`` and ``last``."""
    for k in range(first + 1, last - 1):
        if table.lower[k] not in PAIR_LINKS:
            continue
        before = ent_at.get(k - 1)
        if before is not None and before.label_ == "PER" and \
                any((e := ent_at.get(j)) is not None and e.label_ == "PER"
                    for j in range(k + 1, min(last, k + PARTNER_REACH + 2))):
            return True
    return False


def _venue_named(table: TokenTable, start: int, end: int) -> bool:
    """Whether a place preposition before a capitalised word (after an article, at
    most) names where people talked ("in Brünn", "at the White House", "im
    Innenministerium"; not "in March")."""
    lowers, texts = table.lower, table.text
    for k in range(start, end - 1):
        if lowers[k] not in TALK_VENUE_PREPS:
            continue
        j = k + 2 if lowers[k + 1] in BODY_REFERRING_ARTICLES and k + 2 < end else k + 1
        if texts[j][:1].isupper() and texts[j].isalpha() and lowers[j] not in MONTH_WORDS:
            return True
    return False


def _person_after(table: TokenTable, ent_at: dict, k: int, end: int) -> bool:
    """Whether a person's name starts at ``k`` or a few articles, possessives or title
    words after it ("with Prime Minister X", "mit dem Innenminister X", "with India's
    High Commissioner X": a state's or body's possessive passed over)."""
    for j in range(k, min(end, k + PARTNER_REACH + 1)):
        ent = ent_at.get(j)
        if ent is not None and ent.label_ == "PER":
            return True
        if table.text[j] in POSSESSIVE_MARKS and j > k and j - 1 in ent_at:
            continue  # "India's", "the council's"
        if table.lower[j] in NOT_PARTNER_WORDS or table.lower[j] in TALK_CLAUSE_BREAKS or \
                not table.text[j].isalpha():
            return False
    return False


#: Lower-case words that may stand between a partner's article and title: adjectives
#: and, in English, the portfolio ("with the new minister", "with the health secretary").
TITLED_PARTNER_FILLERS: Final = 2


def _titled_partner_after(doc: Doc, table: TokenTable, k: int, end: int, german: bool) -> bool:
    """Whether a partner named by title alone starts at ``k``: a definite article, at most
    ``TITLED_PARTNER_FILLERS`` lower-case words, then a singular title word whose holder
    the text has named ("mit der Ministerin", "with the health secretary"; not "mit den
    Ministern", nor a title nobody in the text holds). Who it is, ``_described_participants``
    works out."""
    lowers, texts = table.lower, table.text
    if k >= end or lowers[k] not in DEFINITE_ARTICLES:
        return False
    words = vocab.for_lang("de" if german else "en")
    for j in range(k + 1, min(end, k + TITLED_PARTNER_FILLERS + 2)):
        text = texts[j]
        if not text.isalpha():
            return False
        base = words.title_base(text) if german or text.islower() or text.istitle() else None
        if base is not None:
            plural = text.endswith("s") if not german else lowers[k] in {"den", "die"} and \
                not lowers[j].endswith("in")  # ("mit den Ministern"; "die Ministerin" is one)
            if plural or j + 1 < end and texts[j + 1] in POSSESSIVE_MARKS:
                return False  # "with the president's office": not the president
            return bool(_title_holders(doc, base.lower()))
        if german and not text.islower():
            return False  # a noun, no title: "mit der Regierung"
    return False


def _pair_within(table: TokenTable, ent_at: dict, first: int, last: int) -> bool:
    """Whether two persons' names joined by "and"/"und" stand between ``first`` and
    ``last`` (both out) ("Štěpán und Vaňková wollen am Montag … sprechen")."""
    for k in range(first + 1, last - 1):  # (k - 1: the first name's last word)
        if table.lower[k] not in PAIR_LINKS:
            continue
        before, after = ent_at.get(k - 1), ent_at.get(k + 1)
        if after is not None and after.label_ == "PER" and \
                before is not None and before.label_ == "PER":
            return True
    return False


#: The kinds of meeting a body holds as its own (not a summit, talks, a conference).
BODY_SESSION_KINDS: Final = frozenset({"session", "meeting"})
#: "die Sitzung des Stiftungsrats", "the meeting of the board": the body whose session it is.
GENITIVE_LINKS = frozenset({"des", "der", "of"})


#: How many first letters a verb shares with its event noun ("übergeben", "Übergabe";
#: "handed", "handover"; "gesprochen", "Gespräch").
NOUN_STEM: Final = 4


def _verb_of_noun(lowers: list[str], sent: Span, noun: int) -> bool:
    """Whether a word of ``sent`` shares the event noun's stem (``NOUN_STEM`` letters)."""
    stem = lowers[noun][:NOUN_STEM]
    return len(stem) == NOUN_STEM and any(lowers[k].startswith(stem) for k in range(sent.start, sent.end))


def _session_body(doc: Doc, sent: Span, i: int) -> Span | None:
    """The body whose session the definite event noun at ``i`` names: the organisation
    after it ("die Sitzung des Stiftungsrats", "the meeting of the board"), else one its
    sentence refers to by its head noun ("Zu der Sitzung hatte die Kommission … eingeladen")."""
    lowers = token_table(doc).lower
    index = doc_index(doc)
    if i + 2 < sent.end and lowers[i + 1] in GENITIVE_LINKS:
        k = i + 2 if lowers[i + 2] != "the" else i + 3
        body = index.ent_at.get(k)
        if body is not None and body.label_ == "ORG" and body.start == k:
            return body
    table = token_table(doc)
    heads = table.positions("body-head", _is_body_head, sent.start, sent.end)
    if any(k + 1 < sent.end and table.text[k + 1] in POSSESSIVE_MARKS for k in heads):
        return None  # "which holds the council's presidency": the body owns a thing, holds no session
    index, lowers = doc_index(doc), table.lower
    for k in heads:
        if k in index.ent_at or BODY_REFERRING_ARTICLES.isdisjoint(lowers[max(sent.start, k - 3):k]):
            continue  # a name's own word, or no article: no body named before
        for entity in reversed(index.ents_in(0, k)):
            # (its head first or last: "die Kommission für … (SGK-S)", "the Finance Committee")
            if entity.label_ == "ORG" and (lowers[entity.end - 1].endswith(lowers[k])
                                           or _name_head(lowers, entity).endswith(lowers[k])
                                           or _long_form_head(lowers, entity.start, lowers[k])):
                return entity
    return None


#: Words that end a name's head phrase: "Committee of the …", "Kommission für …".
NAME_HEAD_LINKS: Final = frozenset({"of", "for", "on", "für", "des", "der", "zur", "zum"})


def _name_head(lowers: list[str], entity: Span) -> str:
    """The head word of an organisation's name: its last word before a linking word
    ("Finance Committee of the assembly": "committee"; "Kommission für …": "kommission")."""
    for k in range(entity.start + 1, entity.end):
        if lowers[k] in NAME_HEAD_LINKS:
            return lowers[k - 1]
    return lowers[entity.end - 1]


#: How far before a bracketed short name its long form may start.
LONG_FORM_REACH: Final = 12


def _long_form_head(lowers: list[str], short: int, head: str) -> bool:
    """Whether the short name at ``short`` stands in brackets after a long form
    opening with an article and ``head`` ("Die Kommission für soziale Sicherheit … (SGK-S)",
    "the Finance Committee of … (FC)"):
    the long form no entity covers, the short name stands for it."""
    if short < 2 or lowers[short - 1] != "(":
        return False
    for k in range(short - 2, max(0, short - LONG_FORM_REACH) - 1, -1):
        if lowers[k] in {".", "!", "?", ")", ";"}:
            return False
        if lowers[k].endswith(head) and \
                not BODY_REFERRING_ARTICLES.isdisjoint(lowers[max(0, k - 2):k]):
            return True  # ("the Finance Committee …": up to a word between)
    return False


def _body_dated_before(doc: Doc, sent: Span, body: Span) -> tuple[Span, Span] | None:
    """The last sentence before ``sent`` that names ``body`` beside a day ("legte X am
    Donnerstag dem Stiftungsrat vor", "Die Kommission … hat am Dienstag in Bern
    beschlossen"), and that day; None if none does (not the dateline's date)."""
    index = doc_index(doc)
    body_id = kg_id(body)
    if body_id is None:
        return None
    dateline_end = doc.user_data["kg_meta"].get("dateline_end", 0)
    for ent in reversed(index.ents_in(0, sent.start)):
        if ent.label_ != "ORG" or kg_id(ent) != body_id:
            continue
        earlier = index.sent(ent.start)
        dates = [d for d in index.dates_in(earlier.start, earlier.end) if d.start_char >= dateline_end]
        if dates:
            return earlier, dates[0]
    return None


#: Between an article and an event noun, these make the article another noun's:
#: "a day after talks", "eine Woche nach Gesprächen", "a week before talks".
ARTICLE_BREAKS: Final = frozenset({"nach", "after", "before", "vor"})


def _indefinite_before(lowers: list[str], start: int, noun: int, articles: frozenset[str]) -> bool:
    """Whether an indefinite article in ``lowers[start:noun]`` is the event noun's own:
    not the one of a counted time before it ("a day after talks in Brasilia" tells of
    talks the text may date elsewhere, not of "a meeting" still to be introduced)."""
    for k in range(noun - 1, start - 1, -1):
        if lowers[k] in ARTICLE_BREAKS:
            return False
        if lowers[k] in articles:
            return True
    return False
AFTER_ARTICLES: Final = frozenset({"der", "dem", "den", "the", "this", "these", "their", "ihrem",
                                   "ihrer", "seinem", "seiner"})


def _after_event(lowers: list[str], sent: Span, words: list[int]) -> int | None:
    """Position of the event noun of a sentence opening "Nach der Sitzung",
    "After the talks", when the sentence holds a further event word: that one is a
    meeting held after the first, not the first again."""
    if len(words) < 2:
        return None  # most sentences: one event word
    start = sent.start
    while start < sent.end and not lowers[start].strip():
        start += 1
    if start + 2 >= sent.end or lowers[start] not in AFTER_WORDS or \
            lowers[start + 1] not in AFTER_ARTICLES:
        return None
    noun = start + 2
    return noun if noun in words else None


#: "in der Nacht auf Mittwoch", "overnight into Wednesday": the night that ends on the
#: day named, so a meeting that ran into it began the day before.
NIGHT_WORDS: Final = frozenset({"nacht", "night", "overnight"})
NIGHT_LINKS: Final = frozenset({"auf", "zum", "zu", "to", "into"})


def _night_before(lowers: list[str], span: Span, value: DateValue | None) -> DateValue | None:
    """The day a date names, or the day before it after "Nacht auf", "night to"."""
    start = span.start
    words = lowers[max(0, start - 3):start]
    if value is None or value.date is None or NIGHT_WORDS.isdisjoint(words) or \
            not any(words[k] in NIGHT_WORDS and words[k + 1] in NIGHT_LINKS for k in range(len(words) - 1)):
        return value
    day = value.date - dt.timedelta(days=1)
    return DateValue(day.isoformat(), value.text, value.inferred, value.warning)


#: Words opening a clause about an earlier time: "after talks broke down".
EARLIER_CLAUSE_WORDS: Final = frozenset({"after", "following", "nachdem"})


#: Words that give talks a length ("after a day of talks", "nach stundenlangen
#: Verhandlungen"): talks that lasted until the time told of, so held on its day.
DURATION_WORDS: Final = frozenset({"day", "days", "hour", "hours", "marathon", "lengthy", "long",
                                   "stundenlangen", "tagelangen", "langen"})
DURATION_ENDINGS: Final = ("stündigen", "tägigen")


def _earlier_than_date(lowers: list[str], date_end: int, noun: int) -> bool:
    """Whether the event noun stands in an "after …" clause (up to five words before
    it) that follows the sentence's date: an event before that date (not one that
    lasted until then: "on Tuesday, after a day of talks")."""
    window = lowers[max(date_end, noun - 5):noun]
    if date_end > noun or EARLIER_CLAUSE_WORDS.isdisjoint(window):
        return False
    return DURATION_WORDS.isdisjoint(window) and not any(w.endswith(DURATION_ENDINGS) for w in window)


#: How far into a sentence opening "Nach …"/"After …" its event noun may stand.
AFTER_PHRASE_REACH: Final = 4
#: Words that may follow the event noun inside an "after" phrase before the main clause
#: ("Nach einem Treffen mit dem Kanzler in der Hauptstadt …"): not its finite verb.
PHRASE_WORDS_DE: Final = frozenset({"mit", "von", "vom", "zwischen", "und", "sowie", "der", "des", "dem",
                                    "den", "die", "das", "im", "in", "am", "an", "beim", "bei", "zum", "zur",
                                    "über", "auf", "aus", "für", "ein", "eine", "einem", "einer", "eines"})


def _opening(doc: Doc, sent: Span) -> int:
    """The sentence's first token after the dateline ("GRAZ, 5. März 2025 (APA) - Nach …")."""
    dateline_end = doc.user_data["kg_meta"].get("dateline_end", 0)
    table = token_table(doc)
    if table.idx[sent.start] >= dateline_end:
        return sent.start  # (most sentences)
    return min(bisect.bisect_left(table.idx, dateline_end, sent.start, sent.end), sent.end - 1)


def _main_clause_after(table: TokenTable, start: int, noun: int, end: int, lang: str) -> int | None:
    """Where the main clause begins in a sentence opening with an "after" phrase that
    holds the event noun at ``noun``: in German the finite verb that follows the phrase
    (the first lower-case word not of the phrase: "Nach einem Treffen mit Stocker haben
    …"), in English the comma that ends it ("After talks with X, the unions on Tuesday
    …"); None if not found."""
    lowers, texts = table.lower, table.text
    for k in range(noun + 1, end):
        if lang == "en":
            if texts[k] == ",":
                return k
            continue
        word = texts[k]
        if word == ",":
            return None  # "Nach dem Treffen am Montag, das …": a clause of the phrase
        if word.isalpha() and word.islower() and lowers[k] not in PHRASE_WORDS_DE and \
                lowers[k - 1] not in PHRASE_WORDS_DE:
            return k
    return None


#: How many tokens may stand between a date and the count of days after it ("on
#: Tuesday, a day after …": the comma; "am Dienstag in Leeds, zwei Tage nach …").
COUNTED_AFTER_GAP: Final = 5


#: Articles before an event noun that refers to a meeting told of ("beim Treffen am
#: Montag", "at the meeting on Monday").
REFERRING_EVENT_ARTICLES: Final = frozenset({"the", "der", "die", "das", "dem", "den", "des", "beim",
                                             "zum", "vom"})


def _week_before_told(mention: Mention, drafts: list[MeetingDraft]) -> MeetingDraft | None:
    """The meeting a definite event noun dated by a bare weekday refers to when the text
    has told of a meeting on that weekday a week later ("hat für kommenden Montag zu
    einem Gipfel eingeladen … er wolle beim Treffen am Montag …": the weekday read as
    the past one is the coming one told of); its date becomes the mention's."""
    date = mention.date
    if date is None or not date.weekday_only or mention.date_span is None or date.date is None:
        return None
    lowers = token_table(mention.sentence.doc).lower
    if lowers[mention.noun - 1] not in REFERRING_EVENT_ARTICLES:
        return None
    for draft in reversed(drafts):
        told = draft.date
        if told is not None and told.date is not None and (told.date - date.date).days == 7 and \
                _compatible(mention.place, draft.place):
            mention.date = told
            return draft
    return None


def _counted_after(lowers: list[str], noun: int, start: int) -> int | None:
    """Where the count of days of a counted "after" before the event noun begins ("a
    day after a summit", "zwei Tage nach dem Treffen": the "a"/"zwei"), or None: the
    event lies that many days before the date right before the count."""
    for k in range(noun - 1, max(start + 2, noun - AFTER_PHRASE_REACH) - 1, -1):
        if lowers[k] in AFTER_WORDS:
            if lowers[k - 1] in DAY_COUNT_WORDS and _days_counted(lowers, k) is not None:
                return k - 2
            return None
    return None


def _days_before_event(lowers: list[str], date_end: int, noun: int) -> int | None:
    """How many days the event noun lies before the sentence's date, when a counted
    "after" stands between them: "on Wednesday, a day after talks", "am Freitag, zwei
    Tage nach dem Treffen" (up to two words between "after" and the noun); None if not."""
    for k in range(noun - 1, max(date_end, noun - 4) - 1, -1):
        if lowers[k] in AFTER_WORDS:
            return _days_counted(lowers, k) if lowers[k - 1] in DAY_COUNT_WORDS else None
    return None


#: Words that tie a date to another event than the meeting: "the meeting came after a
#: walkout on Friday". German "nach"/"vor" only after a number of days ("drei Tage nach
#: dem Streik"): alone they also name a way ("nach Paris") or a place ("vor dem Amt").
OTHER_EVENT_WORDS: Final = frozenset({"after", "before", "following", "nach", "vor"})
GERMAN_OTHER_EVENT_WORDS: Final = frozenset({"nach", "vor"})
#: Articles after which an "after" names an event: "after a walkout", "after the vote".
OTHER_EVENT_ARTICLES: Final = frozenset({"a", "an", "the"})
DAY_COUNT_WORDS: Final = frozenset({"days", "day", "tage", "tagen", "tag"})
BEFORE_WORDS: Final = frozenset({"before", "vor"})
#: How many words an "after" phrase may run before its date ("two days after Fils-Aime
#: held talks with Dominican President Luis Abinader in Santo Domingo on Monday").
OTHER_EVENT_REACH: Final = 16
#: Tokens that end the phrase: a clause goes on after them.
CLAUSE_BREAKS: Final = frozenset({",", ";", "and", "und", "but", "aber", "which", "that", "while"})


def _other_event(lowers: list[str], noun: int, date_start: int) -> tuple[int, int | None] | None:
    """Whether the date after the event noun at ``noun`` is another event's, named in an
    "after" phrase between them that counts days ("three days after Fils-Aime held talks
    … on Monday", "drei Tage nach dem Streik am Freitag") or opens with an article
    ("after a walkout on Friday"): the phrase's first word and the days from that date
    to the meeting's (None: not told), or None if the date is the meeting's."""
    for k in range(date_start - 1, max(noun, date_start - OTHER_EVENT_REACH - 1), -1):
        word = lowers[k]
        if word in CLAUSE_BREAKS:
            return None  # "… after months of tension, ended on Monday": the clause ended
        if word not in OTHER_EVENT_WORDS:
            continue
        count = _days_counted(lowers, k) if lowers[k - 1] in DAY_COUNT_WORDS else None
        if count is None and (word in GERMAN_OTHER_EVENT_WORDS or
                              lowers[k + 1] not in OTHER_EVENT_ARTICLES):
            return None  # "after arriving in Paris on Monday": the same day
        if count is None:
            return k, None
        return k - 2, -count if word in BEFORE_WORDS else count
    return None


def _days_counted(lowers: list[str], k: int) -> int | None:
    """The number of days before "days"/"Tage" at ``k - 1`` ("three days", "2 Tage")."""
    number = lowers[k - 2]
    if number.isdigit():
        return int(number)
    if number in {"a", "one", "einen", "ein"}:
        return 1
    return GROUP_NUMBERS.get(number)


def _shifted(value: DateValue | None, shift: int | None) -> DateValue | None:
    """The day ``shift`` days from ``value`` (None: an unknown day, or no day given)."""
    if value is None or value.date is None or shift is None:
        return None
    day = value.date + dt.timedelta(days=shift)
    return DateValue(day.isoformat(), value.text, value.inferred, value.warning)


def _drafted(lowers: list[str], verb: int, start: int) -> bool:
    """Whether a verb of convening calls someone up ("wurde zum Wehrdienst einberufen",
    "zur Armee"): "zum"/"zur" among the three words before it."""
    return not DRAFT_LINKS.isdisjoint(lowers[max(start, verb - 3):verb])


#: What ends the clause a separable verb's particle closes.
CLAUSE_END_MARKS: Final = frozenset({".", ",", ";", ":", "!", "?", "–", "-", ")", "“", "”", '"'})


def _host_before(table: TokenTable, sent: Span, gast: int) -> bool:
    """Whether "zu Gast" at ``gast`` has its host before it: "bei"/"beim" and a person's
    name (titles and articles between) in the words before, no clause break between
    ("war am Montag bei Bürgermeisterin X in Kiel zu Gast"; not "war bei der Messe zu
    Gast", "bei den Festspielen zu Gast")."""
    lowers = table.lower
    ent_at = doc_index(sent.doc).ent_at
    for k in range(gast - 2, max(sent.start, gast - HOST_BEFORE_REACH) - 1, -1):
        if lowers[k] in CLAUSE_END_MARKS:
            return False
        if lowers[k] in GUEST_NOUN_LINKS["gast"]:
            return _person_after(table, ent_at, k + 1, gast)
    return False


def _call_to_act(table: TokenTable, k: int, end: int) -> bool:
    """Whether "called on …" from ``k`` asks someone to act: "to" before a lower-case
    word or a quote in the clause ("called on President X to resign", "called on the minister in
    Leeds on Monday to step down"), or a written or spoken appeal ("called on X in a
    statement on Monday: …"), so a demand, not a visit."""
    lowers, texts = table.lower, table.text
    for j in range(k, min(end - 1, k + CALL_TO_ACT_REACH)):
        if lowers[j] in CALL_APPEAL_WORDS:
            return True
        if lowers[j] in CLAUSE_END_MARKS and lowers[j] != "-":
            return False
        if lowers[j] == "to" and not texts[j + 1][:1].isupper():
            return True  # (also 'to "get out of the way"')
    return False


#: Words of an appeal made in writing or speech: "called on X in a letter".
CALL_APPEAL_WORDS: Final = frozenset({"letter", "statement", "speech", "post", "tweet", "interview", "video",
                                      "message", "appeal", "petition", "broadcast"})
#: How far after "called on" its "to <verb>" may stand.
CALL_TO_ACT_REACH: Final = 16


def _guest_greeted(table: TokenTable, sent: Span, verb: int) -> bool:
    """Whether a German verb of greeting at ``verb`` has a person for object: the first
    name after it is a person's, and only a day, a place after "in"/"im", articles and
    a title word before the name stand between ("begrüßte am Montag im Kanzleramt den
    Präsidenten X"); not "begrüßte die Entscheidung von X" (a thing first)."""
    index = doc_index(sent.doc)
    ent_at, lowers, texts = index.ent_at, table.lower, table.text
    dates = index.dates_in(verb + 1, min(sent.end, verb + GREET_REACH))
    k = verb + 1
    while k < min(sent.end, verb + GREET_REACH):
        entity = ent_at.get(k)
        date = next((d for d in dates if d.start == k or d.start == k + 1 and
                     lowers[k] in DAY_PREPOSITIONS), None)
        if date is not None:
            k = date.end  # "am Montag"
        elif entity is not None:
            return entity.label_ == "PER"
        elif lowers[k] in {"in", "im"} and k + 1 in ent_at:
            k = ent_at[k + 1].end  # "im Kanzleramt", "in Berlin"
        elif lowers[k] in GREET_FILLERS_DE or texts[k][:1].isupper() and k + 1 in ent_at \
                and ent_at[k + 1].label_ == "PER":
            k += 1  # "den", a title before the name
        else:
            return False
    return False


def _meal_with(table: TokenTable, sent: Span, verb: int) -> bool:
    """Whether a meal verb at ``verb`` tells of a meal with someone named: "mit"/"with"
    before a person's name within its clause ("aß am Montag in Paris mit Präsident X zu
    Mittag", "dined with X"), and, for "aß"/"isst", "zu Mittag"/"zu Abend" (not "aß mit
    X ein Eis", "ate with his fingers")."""
    lowers = table.lower
    ent_at = doc_index(sent.doc).ent_at
    end = min(sent.end, verb + MEAL_REACH)
    if lowers[verb] in {"aß", "aßen", "isst"} and not any(
            lowers[k] == "zu" and lowers[k + 1] in MEAL_TIMES_DE for k in range(verb + 1, end - 1)):
        return False
    for k in range(verb + 1, end - 1):
        if lowers[k] in CLAUSE_END_MARKS:
            return False
        if lowers[k] in WITH_WORDS:
            # the name, a title or article before it allowed ("mit dem Präsidenten X")
            return any(j in ent_at and ent_at[j].label_ in {"PER", "ORG", "GPE"}
                       for j in range(k + 1, min(end, k + 4)))
    return False


def _invited_to_place(table: TokenTable, sent: Span, verb: int, german: bool) -> bool:
    """Whether a verb of inviting at ``verb`` has a guest (a person or organisation
    named right after it, a title between allowed) and a place after "nach"/"to"
    within its clause: "lud Kanzler X am Dienstag nach Potsdam ein" (German: the
    particle "ein" closes the clause), "invited Mayor X to Leeds on Friday"; not
    "lud zum Stadtfest ein", "invited bids", "was invited to Leeds" (no guest after)."""
    lowers = table.lower
    end = min(sent.end, verb + INVITE_REACH)
    summoned_de = lowers[verb] in SUMMON_VERBS_DE
    if german and not summoned_de and not _particle_closes_clause(lowers, verb, sent.end, "ein"):
        return False
    ent_at = doc_index(sent.doc).ent_at
    # the first name after the verb, before the place's preposition (a day, an article
    # and a title may stand between: "lud am Dienstag den Betriebsratschef X nach Y ein")
    guest = next((k for k in range(verb + 1, end) if k in ent_at or lowers[k] in INVITED_TO
                  or lowers[k] in CLAUSE_END_MARKS), None)
    if guest is None or guest not in ent_at or ent_at[guest].label_ not in {"PER", "ORG"}:
        return False
    summoned = lowers[verb].startswith("summon")
    for k in range(ent_at[guest].end, end - 1):
        if lowers[k] in CLAUSE_END_MARKS or summoned and lowers[k] in SUMMONED_NOT_MET:
            return False
        entity = ent_at.get(k + 1)
        if lowers[k] in INVITED_TO and entity is not None and entity.label_ in {"LOC", "GPE"}:
            return True
        if summoned_de and lowers[k] in SUMMONED_TO_DE and k + 1 < end and \
                (lowers[k + 1].endswith(DE_BUILDING_ENDINGS) or
                 entity is not None and entity.label_ == "ORG"):
            # "zitierte den Botschafter ins Ministerium", "ins Auswärtige Amt": called in to a seat
            return True
    return False


def _particle_closes_clause(lowers: list[str], verb: int, end: int, particle: str) -> bool:
    """Whether the verb's separated ``particle`` closes its clause ("berief den Rat für
    Freitag ein."): the particle's first occurrence after the verb, right before a
    punctuation mark or the sentence's end."""
    for k in range(verb + 1, end):
        if lowers[k] == particle:
            return k + 1 >= end or lowers[k + 1] in CLAUSE_END_MARKS
        if lowers[k] in CLAUSE_END_MARKS and lowers[k] not in {"-", "–"}:
            return False  # the verb's clause ended first
    return False


def _apposed_name(doc: Doc, noun: int, end: int) -> bool:
    """Whether a person's name follows the noun at once or after a comma within six
    words ("Der Kanzler Olaf Scholz", "Der Vorsitzende der IMK, Ulrich Mäurer")."""
    ent_at = doc_index(doc).ent_at
    texts = token_table(doc).text
    comma = False
    for k in range(noun + 1, min(end, noun + 7)):
        entity = ent_at.get(k)
        if entity is not None and entity.label_ == "PER" and (k == noun + 1 or comma):
            return True
        comma = comma or texts[k] == ","
    return False


def _last_named(doc: Doc, i: int, wanted: set[str | None], sentence_start: int) -> list[Span]:
    """The last of the ``wanted`` persons named before token ``i`` in its paragraph,
    if the person named last there is one of them ("Wiersma … die Ministerin": not
    when another person was named in between, whom the title may mean as well). Others
    named earlier in the title's own sentence (from ``sentence_start``) are passed over:
    there they are another side ("X will mit der Ministerin sprechen": not X)."""
    index = doc_index(doc)
    start_char = index.text.rfind("\n\n", 0, token_table(doc).idx[i]) + 1
    starts = token_table(doc).idx
    first = bisect.bisect_left(starts, start_char)
    for entity in reversed(index.ents_in(first, i)):
        if entity.label_ == "PER":
            if kg_id(entity) in wanted:
                return [entity]
            if entity.start < sentence_start:
                return []
    return []


#: Articles that may open a subject a title forms ("Der Minister", "die Ministerin", "the minister").
SUBJECT_ARTICLES: Final = frozenset({"der", "die", "the"})
#: How far into a sentence its subject's article may stand ("Bereits am Montag hatte die …").
SUBJECT_ARTICLE_REACH: Final = 8
#: German lower-case words before an article that are no finite verb.
CLAUSE_WORDS_DE: Final = frozenset({"und", "oder", "aber", "dass", "wie", "als", "wenn", "ob", "weil",
                                    "während", "seit", "bis", "durch", "ohne", "wegen", "trotz", "zwischen",
                                    "hinter", "neben", "über", "bereits", "schon", "auch", "noch", "nur"})
#: How many sentences back a title subject may name a person told of before.
DESCRIBED_REACH: Final = 6
#: How many sentences back a counted group ("Beide", "the two") may gather its persons.
COUNTED_REACH: Final = 3


def _persons_just_named(doc: Doc, sent: Span, count: int | None) -> list[Span]:
    """'Biden and Kishida pledged … After the talks, the two leaders said': the persons
    of the sentence before, when it names exactly as many as the phrase counts (None:
    all of them, "They …"). With a count the sentence before does not reach, the
    sentences before it in the paragraph add theirs ("X forderte … Seine Amtskollegin Y
    schloss sich an. Beide wollen …"), until exactly so many are named (more: no answer)."""
    index = doc_index(doc)
    persons: dict[str, Span] = {}
    current = sent
    for _ in range(COUNTED_REACH if count is not None else 1):
        previous = _previous_sentence(index, current)
        if previous is None or current is not sent and \
                "\n\n" in index.text[previous.end_char:current.start_char]:
            return []  # (a paragraph lies between the group and the persons before)
        for entity in sent_ents(previous):
            if entity.label_ == "PER" and (node_id := kg_id(entity)) is not None:
                persons.setdefault(node_id, entity)
        if count is None or len(persons) >= count:
            break
        current = previous
    return list(persons.values()) if count is None or len(persons) == count else []


def _previous_sentence(index: DocIndex, sent: Span) -> Span | None:
    """The sentence before, passing over the blank lines between paragraphs."""
    k = index.sent_index(sent.start) - 1
    while k >= 0 and not span_text(index.sents[k]).strip():
        k -= 1
    return index.sents[k] if k >= 0 else None


#: How far from the event word "there"/"dort" may stand to name its venue.
THERE_REACH: Final = 8
#: After "there": it only opens the sentence ("there will be talks", "there were meetings").
EXISTENTIAL_FOLLOWERS: Final = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had",
                                          "be", "'s", "could", "might", "may", "should", "must", "seems"})


def _place_there_refers_to(doc: Doc, table: TokenTable, sent: Span, event: int) -> list[Span]:
    """'The ICCO, which is headquartered in Abidjan, said it would host consultations
    there on Oct. 8', '… in Graz. Die Minister wollen dort am Montag beraten': "there"
    near the event word names its venue, the last place (a city or region, else a state)
    named before it in the sentence, or in the sentence before in its paragraph (not
    "there will be talks"; a "Dort" opening the sentence is ``_scene_before``'s)."""
    lowers = table.lower
    window = range(max(sent.start + 1, event - THERE_REACH), min(sent.end - 1, event + THERE_REACH))
    there = next((k for k in window
                  if lowers[k] in THERE_WORDS and lowers[k + 1] not in EXISTENTIAL_FOLLOWERS), None)
    if there is None:
        return []
    index = doc_index(doc)
    found = _last_place(index.ents_in(sent.start, there))
    if found is None:
        previous = _previous_sentence(index, sent)
        if previous is not None and "\n\n" not in index.text[previous.end_char:sent.start_char]:
            found = _last_place(index.ents_in(previous.start, previous.end))
    return [found] if found is not None else []


#: "in der Hauptstadt", "in the capital": the city named just before, as a venue.
CAPITAL_WORDS: Final = frozenset({"hauptstadt", "capital"})
#: What stands before such a word: "in der", "in the".
CAPITAL_PREPS: Final = frozenset({("in", "der"), ("in", "the")})


def _capital_refers_to(doc: Doc, table: TokenTable, sent: Span) -> list[Span]:
    """'Aulepp setzt auf Hilfe aus Berlin. Die Senatorin will am Montag in der Hauptstadt
    mit X zusammenkommen', 'Hale flew to Lisbon. In the capital she met X': "in der
    Hauptstadt", "in the capital" (no adjective: "the Croatian capital" is no city named
    before) is the last city named before it in the sentence, or in the sentence before
    in its paragraph."""
    lowers = table.lower
    word = next((k for k in range(sent.start + 2, sent.end) if lowers[k] in CAPITAL_WORDS
                 and (lowers[k - 2], lowers[k - 1]) in CAPITAL_PREPS), None)
    if word is None:
        return []
    index = doc_index(doc)
    cities = [e for e in index.ents_in(sent.start, word) if e.label_ == "LOC"]
    if not cities:
        previous = _previous_sentence(index, sent)
        if previous is not None and "\n\n" not in index.text[previous.end_char:sent.start_char]:
            cities = [e for e in index.ents_in(previous.start, previous.end) if e.label_ == "LOC"]
    return cities[-1:]


#: Words that may open a sentence before the "in" setting its scene: "Auch in Wien …".
SCENE_OPENERS: Final = frozenset({"auch", "also", "even", "selbst", "schon", "bereits", "and", "und"})
SCENE_PREPS: Final = frozenset({"in", "im"})


def _scene_place_before(doc: Doc, sent: Span) -> list[Span]:
    """'Auch in Wien ist der Streit angekommen. Kaiser wird am 20. November mit X
    zusammentreffen', 'In Leeds, the row has reached the council. Lee will meet X on
    Friday': the city or region the sentence just before, in the same
    paragraph, opens with ("In X", after "Auch"/"Also" at most) sets the scene of a
    dated meeting that names no place of its own (not a state: a country is no venue)."""
    index = doc_index(doc)
    previous = _previous_sentence(index, sent)
    if previous is None or "\n\n" in index.text[previous.end_char:sent.start_char]:
        return []
    table = token_table(doc)
    k = previous.start
    while k < previous.end and not table.text[k].strip():
        k += 1
    if k < previous.end and table.lower[k] in SCENE_OPENERS:
        k += 1
    if k + 1 >= previous.end or table.lower[k] not in SCENE_PREPS:
        return []
    place = index.ent_at.get(k + 1)
    # (a city or region: "In Deutschland ist die Debatte …" sets no venue)
    return [place] if place is not None and place.label_ == "LOC" and place.start == k + 1 else []


def _last_place(entities: list[Span]) -> Span | None:
    """The last city or region among the entities, else the last state."""
    places = [e for e in entities if e.label_ == "LOC"] or [e for e in entities if e.label_ == "GPE"]
    return places[-1] if places else None


def _dated_sentence_before(index: DocIndex, sent: Span) -> Span | None:
    """The sentence just before in the same paragraph, if it names a date (most
    sentences do not, so what it tells need not be worked out)."""
    previous = _previous_sentence(index, sent)
    if previous is None or "\n\n" in index.text[previous.end_char:sent.start_char] \
            or not index.dates_in(previous.start, previous.end):
        return None
    return previous


#: How a meeting found through a verb is named, by kind and language.
KIND_WORDS: Final = {"de": {"talks": "Gespräche", "meeting": "Treffen", "summit": "Gipfel",
                            "session": "Sitzung", "conference": "Konferenz", "dinner": "Abendessen",
                            "hearing": "Anhörung", "signing": "Unterzeichnung"},
                     "en": {"talks": "talks", "meeting": "meeting", "summit": "summit",
                            "session": "session", "conference": "conference", "dinner": "dinner"}}
#: German event nouns in the genitive ("des Gipfels", "des Treffens"): named without the "s".
GENITIVE_EVENT_ENDINGS: Final = ("gipfels", "treffens", "gesprächs")
COUNCIL_HEADS: Final = {"Council", "Rat", "Rates", "Assembly", "Summit", "Gipfel"}
#: Nodes that can take part in a meeting.
PARTICIPANT_LABELS: Final = frozenset({"Person", "Organisation", "Country"})


#: Words before a name that make it the topic of a meeting, not a party to it.
#: ("gegen"/"against" stay out: "setzte sich gegen Peter Peters durch" names a rival at the vote.)
TOPIC_PREPOSITIONS: Final = frozenset({"for", "on", "about", "over", "für", "über"})
TOPIC_ARTICLES: Final = frozenset({"the", "die", "den", "das", "der", "dem"})


#: Genitive links in a topic phrase: "um die Zollpolitik der USA", "on the future of Ukraine".
GENITIVE_LINKS = frozenset({"der", "des", "of"})
#: Links inside a topic phrase: genitives, and "in" after a noun ("über die Lage in der Ukraine").
TOPIC_LINKS: Final = frozenset(GENITIVE_LINKS | {"in"})


#: Every word ``_is_topic`` reads right before a name to find a topic phrase.
TOPIC_PHRASE_WORDS = frozenset(TOPIC_ARTICLES | TOPIC_PREPOSITIONS | TOPIC_LINKS | {"um", "und", "and"})


def _is_topic(lowers: list[str], start: int, i: int, topic_before: int | None) -> bool:
    """Whether the name at ``i`` ends a topic phrase: a topic preposition, an article,
    and up to two genitive links ("über die Zukunft der Ukraine"); "um" only in "es
    geht/ging … um" ("die Runde um Merz" names who met). A phrase joined by "und" to
    a topic that ended at ``topic_before`` is one too ("um die Zollpolitik der USA
    und die Unterstützung der Ukraine")."""
    if i <= start or lowers[i - 1] not in TOPIC_PHRASE_WORDS:
        return False  # most names: none of the words below right before them
    k = i - 1
    for _ in range(3):
        if k > start and lowers[k] in TOPIC_ARTICLES and \
                (lowers[k] not in GENITIVE_LINKS or lowers[k - 1] == "in"):
            k -= 1  # an article ("in der Ukraine": "der" is no genitive there)
        if k < start:
            return False
        if lowers[k] in TOPIC_PREPOSITIONS:
            return True
        if lowers[k] == "um":
            return "es" in lowers[max(start, k - 4):k]
        if lowers[k] in {"und", "and"}:
            return topic_before is not None and k - topic_before <= 1
        if k - 1 > start and lowers[k] in TOPIC_LINKS:
            k -= 2  # past "der" and its noun: "Zollpolitik der"; "Lage in"
            continue
        return False
    return False


#: Verbs whose subject judges a meeting from outside: "X criticised the talks".
COMMENT_VERBS: Final = frozenset({
    "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns", "praised",
    "praises", "hailed", "hails", "slammed", "derided", "dismissed", "welcomed", "welcomes",
    "kritisierte", "kritisierten", "kritisiert", "begrüßte", "begrüßten", "begrüßt", "lobte",
    "lobten", "verurteilte", "verurteilten", "bezeichnete", "bezeichneten", "nannte", "nannten",
    # who backs talks from outside: "The EU supported the talks", "unterstützte die Gespräche"
    "supported", "supports", "backed", "backs", "endorsed", "endorses",
    "unterstützte", "unterstützten", "unterstützt", "befürwortete", "befürworteten"})


#: "Outside the meeting, X urged …", "Außerhalb des Treffens …": who is named was not in it.
OUTSIDE_WORDS: Final = frozenset({"outside", "außerhalb", "abseits"})
#: "protestierte gegen den Gipfel", "rallied against the summit": who is named opposed it.
AGAINST_WORDS: Final = frozenset({"gegen", "against"})
#: Articles and demonstratives before the event noun in ``_commented_on``.
COMMENTED_ARTICLES: Final = frozenset(TOPIC_ARTICLES | {"this", "these", "dieses", "diese", "diesen", "des"})


def _commented_on(lowers: list[str], start: int, noun: int) -> bool:
    """Whether the event noun is the object of a verb of judging or backing: "kritisierte das
    Treffen", "welcomed the talks", "criticised the Beijing meeting" (article, up to two
    words, noun), "supported the talks", or of a protest: "protestierte gegen den Gipfel"."""
    for k in range(noun - 1, max(start, noun - 4) - 1, -1):
        if lowers[k] in COMMENTED_ARTICLES:
            return k > start and (lowers[k - 1] in COMMENT_VERBS or lowers[k - 1] in OUTSIDE_WORDS
                                  or lowers[k - 1] in AGAINST_WORDS)
    return False


def _possible_participants(doc: Doc, sent: Span) -> list[Span]:
    """Who may take part in a meeting the sentence tells of: persons, organisations,
    states; not the media that report it ("BRUSSELS (Reuters) -", "told the BBC"),
    nor what it is about ("talks on aid for Ukraine", "Gespräche über die Ukraine")."""
    nodes = doc.user_data["kg_nodes"]
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    actors = []
    topic_end = None  # where the last topic name ended
    start = sent.start
    quoted = _quoted_char_ranges(doc, sent)
    # (most sentences have no "without"/"ohne": then no name needs the look back)
    any_without = bool(table.positions("meeting-without", _is_without_word, start, sent.end))
    # (nor a source word: "according to", "nach Angaben")
    any_source = bool(table.positions("meeting-source", _is_source_word, start, sent.end))
    for entity in sent_ents(sent):
        first, end = entity.start, entity.end
        if quoted and any(a <= entity.start_char and entity.end_char <= b and
                          not (a + 1 == entity.start_char and entity.end_char == b - 1) for a, b in quoted):
            # '"China cannot export its way to growth," Yellen told the session' (not a name
            # the quote marks hold alone: 'die Bürgerinitiative „Saubere Luft“ nahm teil')
            continue
        # (_is_topic's first test, here: most names have none of its words before them)
        if first > start and lowers[first - 1] in TOPIC_PHRASE_WORDS and \
                _is_topic(lowers, start, first, topic_end):
            topic_end = end
            continue  # what the meeting is about: "talks on military aid for Ukraine"
        window = first - 4 if first - 4 > start else start  # (most names: no "without" before)
        if any_without and first > start and \
                not WITHOUT_WORDS.isdisjoint(lowers[window:first]) and \
                _after_without(lowers, window, first):
            continue  # "had met without Prime Minister Anthony Albanese", "ohne Scholz"
        label = entity.label_
        if label == "PER":
            actors.append(entity)
            continue
        if end < len(texts) and texts[end] in POSSESSIVE_MARKS and _possessive_of_thing(doc, entity):
            continue  # "Russia's defence industry", "China's internal affairs"
        if label == "GPE":
            actors.append(entity)
        elif label == "ORG":
            node = nodes.get(kg_id(entity))
            kind = None if node is None else node.properties.get("kind")
            if kind == "media" or kind in NOT_REPRESENTED_KINDS and _describes_a_person(table, entity):
                continue
            if any_source and _after_source_cue(lowers, start, first):
                continue  # "nach Angaben des Verkehrsministeriums", "according to the ministry"
            found = _german_venue_or_source(lowers, start, first, sent.end) \
                if lowers[first - 1] in GERMAN_VENUE_LEADS else None
            if found == "venue" and not lowers[end - 1].endswith(SEAT_ENDINGS_DE):
                found = None  # "in der EU-Kommission zuständig": a member, no venue
            if found is not None:  # "berieten im Verkehrsministerium", "hieß es aus der Staatskanzlei"
                if found == "venue":  # (where they met: not a participant through a role either)
                    doc.user_data.setdefault("kg_venue_organisations", set()).add(kg_id(entity))
                continue
            if lowers[first - 1] in VENUE_LEAD_WORDS and _venue_organisation(lowers, texts, start, entity):
                # "spent nine hours at the conciliation service Acas": where they met,
                # also where the text names it otherwise ("after Acas talks fail")
                doc.user_data.setdefault("kg_venue_organisations", set()).add(kg_id(entity))
                continue
            actors.append(entity)
    return actors


#: German words right before an organisation named as the venue ("im Rathaus", "in der
#: Staatskanzlei", "ins Ministerium") or as the source ("hieß es aus der Staatskanzlei").
GERMAN_VENUE_LEADS: Final = frozenset({"im", "ins", "der", "die", "den", "dem", "aus"})
#: German prepositions of the venue before an article (or fused with it).
GERMAN_VENUE_PREPS: Final = frozenset({"im", "ins", "in"})
#: The article after "in" before a venue ("in der Staatskanzlei", "in die Zentrale").
GERMAN_VENUE_ARTICLES: Final = frozenset({"der", "die", "den"})
#: Verbs of "es hieß aus …" / "wie aus … verlautete": an unnamed source's words.
GERMAN_SOURCE_VERBS: Final = frozenset({"hieß", "heißt", "verlautete", "verlautet"})


def _german_venue_or_source(lowers: list[str], start: int, first: int, end: int) -> str | None:
    """Whether the organisation at ``first`` is, in German, where a meeting was held
    ("berieten im Verkehrsministerium", "in der Staatskanzlei": "venue", if it names a
    seat, which the caller checks) or whence a
    report came ("hieß es aus der Staatskanzlei", "wie aus dem Ministerium verlautete":
    "source"); neither takes part. None if it is neither."""
    k = first - 1
    if lowers[k] in GERMAN_VENUE_ARTICLES or lowers[k] == "dem":
        k -= 1
        if k < start:
            return None
        if lowers[k] == "in" and lowers[k + 1] in GERMAN_VENUE_ARTICLES:
            return "venue"
    elif lowers[k] in GERMAN_VENUE_PREPS:
        return "venue"
    if lowers[k] == "aus" and \
            not GERMAN_SOURCE_VERBS.isdisjoint(lowers[max(start, k - 3):min(end, first + 8)]):
        return "source"
    return None


#: Words that name where a report comes from ("according to", "nach Angaben", "laut"):
#: the organisation after them is the source, not a participant.
SOURCE_WORDS: Final = frozenset({"according", "angaben", "laut", "zufolge"})
#: How many words before an organisation a source word may stand ("nach Angaben des
#: sächsischen Verkehrsministeriums", "according to an SCA statement").
SOURCE_REACH: Final = 4


def _is_source_word(word: str) -> bool:
    return word.lower() in SOURCE_WORDS


def _after_source_cue(lowers: list[str], start: int, first: int) -> bool:
    """Whether a source word stands up to ``SOURCE_REACH`` words before the name at
    ``first``, with no comma between."""
    for k in range(first - 1, max(start, first - SOURCE_REACH) - 1, -1):
        if lowers[k] in SOURCE_WORDS:
            return True
        if lowers[k] == ",":
            return False
    return False


#: What may stand right before an organisation named as the venue: "at Acas", "at the
#: conciliation service Acas" (the last word of its lower-case description: checked
#: first, as most names have none of these before them).
VENUE_LEAD_WORDS: Final = frozenset({"at", "the", "service", "agency", "offices", "office"})
#: How many lower-case words may describe the venue organisation after "at the".
VENUE_DESCRIPTION_WORDS: Final = 3


def _venue_organisation(lowers: list[str], texts: list[str], start: int, entity: Span) -> bool:
    """Whether an organisation is named as the place a meeting was held, in English:
    after "at" ("talks at Acas"), perhaps with "the" and a lower-case description ("at the
    conciliation service Acas"), and not qualifying a noun after it ("at NATO
    headquarters": the host, who takes part; "at the U.N. climate summit") nor after "of"
    ("at the invitation of the UN": who invited)."""
    end = entity.end
    if end < len(lowers) and texts[end].isalpha() and texts[end].islower() and \
            lowers[end] not in STATE_FOLLOWERS_EN:
        return False  # (a function word after it qualifies nothing: "at the White House on Monday")
    k = entity.start - 1
    floor = max(start, k - VENUE_DESCRIPTION_WORDS)
    while k > floor and texts[k].isalpha() and texts[k].islower() and lowers[k] not in {"the", "at", "of"}:
        k -= 1
    if lowers[k] == "the" and k > start:
        k -= 1
    return lowers[k] == "at"


#: "met without X", "tagten ohne X": X was not at the meeting.
WITHOUT_WORDS: Final = frozenset({"without", "ohne"})
#: Words that end the reach of "without" over the names after it.
WITHOUT_BREAKS: Final = frozenset({",", "and", "und", "but", "aber"})


def _is_without_word(word: str) -> bool:
    return word.lower() in WITHOUT_WORDS


def _after_without(lowers: list[str], start: int, first: int) -> bool:
    """Whether "without"/"ohne" stands between ``start`` and a name at ``first``, with
    only its title words between ("without Prime Minister Anthony Albanese")."""
    for k in range(first - 1, start - 1, -1):
        if lowers[k] in WITHOUT_WORDS:
            return True
        if lowers[k] in WITHOUT_BREAKS:
            return False
    return False


def _quoted_char_ranges(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The character ranges of the direct quotes that overlap a sentence: what a
    speaker says names what the meeting was about, not who took part in it. Found
    over the whole text (read once per doc), as a quote may open in the sentence
    before ('… on Monday. "India cannot …," Hoekstra told the meeting.')."""
    quotes = doc.user_data.get("kg_meeting_quotes")
    if quotes is None:
        found = _quotes(doc_text(doc))
        quotes = doc.user_data["kg_meeting_quotes"] = (found, [b for _, b in found])
    found, ends = quotes
    if not found:
        return []
    # quotes do not overlap: those ending after the sentence's start, up to the
    # first one starting at or after its end
    start, end = sent.start_char, sent.end_char
    k = bisect.bisect_right(ends, start)
    overlapping = []
    while k < len(found) and found[k][0] < end:
        overlapping.append(found[k])
        k += 1
    return overlapping


#: A direct quote: the quoted text holds none of the ``QUOTE_MARKS`` (defined above).
QUOTED_TEXT: Final = re.compile(r"[„“\"«»][^„“”\"«»]+[“”\"«»]")
QUOTE_OPENERS: Final = frozenset('„“"«»')
QUOTE_CLOSERS: Final = frozenset('“”"«»')


def _quotes(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``QUOTED_TEXT.finditer(text)``, found from the positions
    of the quotation marks alone (a regular expression tries every character of the
    text: ~100 µs per article). A quote is a mark that opens one, then at least one
    character, then the next mark, if that one closes."""
    marks = sorted(at for mark in QUOTE_MARKS if mark in text
                   for at in _positions_of(text, mark))
    found = []
    k = 0
    while k + 1 < len(marks):
        a, b = marks[k], marks[k + 1]
        if text[a] in QUOTE_OPENERS and b > a + 1 and text[b] in QUOTE_CLOSERS:
            found.append((a, b + 1))
            k += 2  # the next quote starts after this one's closing mark
        else:
            k += 1
    return found


def _positions_of(text: str, mark: str) -> list[int]:
    """Where the character ``mark`` occurs in ``text``."""
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _describes_a_person(table: TokenTable, entity: Span) -> bool:
    """"Die SPD-Politikerin traf …", "Scholz (SPD) empfing …": a party (or another body
    a member's presence does not bring to the table) as the first part of a compound or
    in brackets after a name says who a person is, not who takes part."""
    texts, space = table.text, table.space
    start, end = entity.start, entity.end
    if end < len(texts) and texts[end] in {"-", "‐"} and not space[end - 1]:
        return True  # "SPD-Politikerin", "CDU-Chef"
    if end >= len(texts) or texts[end] != ")" or start < 1:
        return False
    # "Jung (beide SPD)", "Reed and Hale (both Labour)": the party of those named before
    return texts[start - 1] == "(" or \
        start > 1 and texts[start - 2] == "(" and texts[start - 1].lower() in SHARED_PARTY_WORDS


#: "(beide SPD)", "(both Labour)": a bracket giving the party of several persons.
SHARED_PARTY_WORDS: Final = frozenset({"beide", "alle", "both", "all"})

#: The English possessive: "Russia's".
POSSESSIVE_MARKS: Final = frozenset({"'s", "’s"})


def _possessive_of_thing(doc: Doc, entity: Span) -> bool:
    """"Russia's defence industry": a state or body in a possessive before a lower-case
    noun is what the sentence is about; before a title ("China's foreign minister")
    or a name it still stands for the party that takes part."""
    texts = token_table(doc).text
    after = entity.end
    if after + 1 >= len(texts) or texts[after] not in POSSESSIVE_MARKS:
        return False
    if not texts[after + 1][:1].islower():
        return False
    titles = vocab.for_lang(doc_lang(doc)).en_titles
    words = [w.lower() for w in texts[after + 1:after + 4]]
    if not MEMBER_BODY_NOUNS.isdisjoint(words[:2]):
        return False  # "the Fund's steering committee met": the body it sends takes part
    return not any(" ".join(words[:k]) in titles for k in (1, 2, 3))


#: Nouns for a body or group a party sends to a meeting: "the IMF's steering committee",
#: "Japan's delegation", "the EU's negotiators".
MEMBER_BODY_NOUNS: Final = frozenset({"committee", "council", "board", "delegation", "delegates",
                                      "negotiators", "envoys", "representatives", "leaders",
                                      "ministers", "cabinet", "team", "panel", "commission"})


def doc_prev_is(span: Span, words: set[str]) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in words


#: Singular personal pronouns that refer to a person.
PERSONAL_PRONOUNS: Final = frozenset({"he", "she", "er", "him", "ihn", "ihm"})


#: "der 60-Jährige", "the 60-year-old": a person named before, by age.
AGE_NOUNS: Final = frozenset({"jährige", "jähriger", "jährigen", "old"})


def _age_noun(lowers: list[str], i: int) -> bool:
    """'der 60-Jährige' (60 - Jährige), 'the 60-year-old' (60 - year - old)."""
    low = lowers[i]
    if low == "old":
        return i >= 4 and lowers[i - 2] == "year" and lowers[i - 4].isdigit()
    return low in AGE_NOUNS and i >= 2 and lowers[i - 2].isdigit()


def _pronoun_persons(doc: Doc, sent: Span) -> list[Span]:
    """'she sat on the American side … when the Council convened', 'setzte sich der
    60-Jährige durch': the person a singular personal pronoun (or an age) in the
    sentence refers to."""
    lowers = token_table(doc).lower
    words = lowers[sent.start:sent.end]
    she = _singular_sie(token_table(doc), sent) if "sie" in words else None
    if PERSONAL_PRONOUNS.isdisjoint(words) and AGE_NOUNS.isdisjoint(words) and she is None:
        return []  # most sentences (a look at its words: cheaper than a doc-wide index)
    answers = doc.user_data.setdefault("kg_pronoun_persons", {})
    if (sent.start, sent.end) in answers:  # asked once per event word of the sentence
        return list(answers[sent.start, sent.end])
    sentences = doc_index(doc).sents
    index = doc_index(doc).sent_index(sent.start)
    found = []
    tokens = token_table(doc).tokens
    for i in range(sent.start, sent.end):
        if lowers[i] not in PERSONAL_PRONOUNS and not _age_noun(lowers, i) and i != she:
            continue
        person = demand_rules._resolve_pronoun(doc, sentences, index, tokens[i], person=True)
        if person is not None and i == she and not _in_subject_place(doc, person):
            person = None  # "Die SPD-Politikerin traf … Akufo-Addo. Anschließend kam sie …"
        if person is not None:
            found.append(person)
    answers[sent.start, sent.end] = found
    return list(found)


#: How far into its sentence a German subject stands: first, or after the verb that
#: follows one opening word or phrase ("Am Dienstag reiste Schulze …").
SUBJECT_REACH: Final = 4


def _in_subject_place(doc: Doc, person: Span) -> bool:
    """Whether a name stands where a German sentence's subject does: within its first
    words (not "Die SPD-Politikerin traf … den Präsidenten Nana Akufo-Addo", whose
    subject is the title before the name)."""
    sent = doc_index(doc).sent(person.start)
    # (a lead's words count from its dateline's end: "LINZ (APA) - Ministerin X traf …")
    dateline_end = doc.user_data["kg_meta"].get("dateline_end", 0)
    start = sent.start
    if dateline_end > sent.start_char:
        start = max(start, bisect.bisect_left(token_table(doc).idx, dateline_end))
    return person.start - start <= SUBJECT_REACH


#: Verbs after an opening "Sie" that are plural or the polite form though they do not
#: end in "-en"/"-nd" ("Sie sind", "Sie tun").
PLURAL_OR_POLITE_VERBS: Final = frozenset({"sind", "tun", "seid"})


def _singular_sie(table: TokenTable, sent: Span) -> int | None:
    """Where German "sie" means "she": right after a singular verb that follows the
    word or phrase opening the sentence ("Dort traf sie …", "Am Dienstag traf sie …",
    "Anschließend kam sie …"; the plural would be "trafen", "kamen"); None if it is
    not so placed."""
    start = sent.start
    while start < sent.end and not table.text[start].strip():
        start += 1
    if start + 2 >= sent.end or not table.text[start][:1].isupper() or table.tokens[start].ent_type_:
        return None
    if table.text[start] == "Sie":
        # "Sie nahm ebenfalls teil": opening the sentence before a singular verb (not
        # "Sie nahmen", "Sie sind": they)
        verb = table.text[start + 1]
        singular = verb.isalpha() and verb.islower() and not verb.endswith(("en", "nd"))
        return start if singular and table.lower[start + 1] not in PLURAL_OR_POLITE_VERBS else None
    for k in range(start + 2, min(sent.end, start + SUBJECT_ARTICLE_REACH)):
        if table.lower[k] == "sie":
            verb = table.text[k - 1]
            if not verb.isalpha() or not verb.islower() or verb.endswith(("en", "nd")) or \
                    table.lower[k - 1] in demand_rules.PREPOSITIONS or table.lower[k - 1] in CLAUSE_WORDS_DE:
                return None
            return k
        if not table.text[k].isalpha() or table.tokens[k].ent_type_ == "PER":
            return None  # a comma, a quote, a name: not one opening phrase before the verb
    return None


def _relative_day(doc: Doc, sent: Span) -> DateValue | None:
    """'A day later', 'am Vorabend': a day after/before the last date written before.

    Asked for every event word; the answer is kept per sentence on the doc."""
    answers = doc.user_data.setdefault("kg_relative_days", {})
    key = (sent.start, sent.end)
    if key not in answers:
        answers[key] = _find_relative_day(doc, sent)
    return answers[key]


def _holds_relative_day_anchor(word: str) -> bool:
    return _holds_any(word.lower(), RELATIVE_DAY_ANCHORS)


def _find_relative_day(doc: Doc, sent: Span) -> DateValue | None:
    if not _may_match(doc, "relative-day-anchor", _holds_relative_day_anchor, sent.start, sent.end):
        return None  # most sentences: no word of a relative day
    text = span_text(sent)
    lowered = text.lower()
    if not _holds_any(lowered, RELATIVE_DAY_WORDS) or not _holds_any(lowered, RELATIVE_DAY_HINTS):
        return None
    for pattern, offset in RELATIVE_DAY_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        # "Kishida received them after the talks. A day earlier, …": the day of the
        # meeting told of last, rather than a date in an aside ("who flew in on Sunday")
        told = doc.user_data.get("kg_last_meeting_date")
        if told is not None and told[0] < sent.start:
            base = told[1]
        else:
            earlier = [day for d in doc_index(doc).dates if d.end <= sent.start
                       and (value := kg_date(d)) is not None and (day := value.date) is not None]
            if not earlier:
                return None
            base = earlier[-1]
        return DateValue((base + dt.timedelta(days=offset)).isoformat(), match.group(0),
                         inferred=True)
    return None


def _dateline_entity(doc: Doc, line: tuple[int, int]) -> Span | None:
    """'BONN –': the dateline's city, looked up case-insensitively."""
    span = doc.char_span(line[0], line[1], alignment_mode="expand")
    if span is None:
        return None
    entry = load_lexicon().lookup(span.text.title()) or load_lexicon().lookup(span.text)
    if entry is None or entry.label != "Place":
        return _dateline_place_named_again(doc, span)
    node = add_node(doc, Node(entry.key, ["Place"], {"name": entry.name(doc_lang(doc) or "de"),
                                                     "aliases": [], "kind": entry.kind}))
    add_mention(doc, node.id, span.start_char, span.end_char)
    place = Span(doc, span.start, span.end, label="LOC")
    place._.kg_id = node.id
    return place


def _dateline_place_named_again(doc: Doc, line: Span) -> Span | None:
    """'SAN PEDRO DE ATACAMA, Chile, Jan 21 (Reuters) - … at the municipal hall of San
    Pedro de Atacama': a dateline place no lexicon knows is the place the text names
    with the same words (asked once per doc, only for such datelines)."""
    wanted = line.text.casefold()
    for entity in doc_index(doc).ents_in(line.end, len(doc)):
        if entity.label_ == "LOC" and kg_id(entity) and entity.text.casefold() == wanted:
            place = Span(doc, line.start, line.end, label="LOC")
            place._.kg_id = kg_id(entity)
            return place
    return None


def _without_dateline_date(doc: Doc, values: list[tuple[Span, DateValue]],
                           vague: bool) -> list[tuple[Span, DateValue]]:
    """'GENF, 10. Januar 2022 (dpa) – Am Mittwoch treffen sich …': the dateline's date
    is the report's, so a day the lead names after it is the meeting's. The dateline's
    date stays when the lead names no other time ("… will meet next week": none; ``vague``)."""
    end = doc.user_data["kg_meta"]["dateline_end"]
    own = [(d, value) for d, value in values if d.start_char >= end]
    return own or ([] if vague else values)


def _dateline_place_known(doc: Doc) -> bool:
    """Whether ``_dateline_day`` and ``_default_place`` find the dateline's place
    among the entities (or there is no dateline), so that they change nothing in
    the doc (``_dateline_entity`` is not called)."""
    line = doc.user_data["kg_meta"].get("dateline_span")
    return not line or _dateline_location(doc, line) is not None


def _dateline_location(doc: Doc, line: tuple[int, int]) -> Span | None:
    """The LOC entity that starts where the dateline does, if any (asked up to three
    times per doc: kept). Entities do not overlap, so only the one at the dateline's
    first token can start there."""
    answers = doc.user_data.setdefault("kg_dateline_location", {})
    if line[0] not in answers:
        starts = token_table(doc).idx
        i = bisect.bisect_left(starts, line[0])
        entity = doc_index(doc).ent_at.get(i) if i < len(starts) and starts[i] == line[0] else None
        answers[line[0]] = entity if entity is not None and entity.start == i and \
            entity.label_ == "LOC" else None
    return answers[line[0]]


def _dateline_day(doc: Doc) -> tuple[Span, str] | None:
    """The dateline place's node and the reference date, if the report has both."""
    meta = doc.user_data["kg_meta"]
    line, reference = meta.get("dateline_span"), meta.get("reference_date")
    if not line or not reference:
        return None
    place = _dateline_location(doc, line) or _dateline_entity(doc, line)
    return (place, reference) if place is not None and kg_id(place) else None


def _other_day_than_dateline(mention: Mention, draft: MeetingDraft,
                             dateline_day: tuple[Span, str] | None) -> bool:
    """'Meeting … in Addis Ababa, the council …' (undated, at the dateline place: the
    report's day), then 'Before the council met, X held talks … on Wednesday': a dated
    mention does not give its other day to an undated meeting at the dateline place."""
    if dateline_day is None or mention.date is None or draft.date is not None or \
            draft.place is None or kg_id(draft.place) != kg_id(dateline_day[0]):
        return False
    return mention.date.iso != dateline_day[1] and mention.place is None


#: The dash that ends a dateline ("MANILA, Feb 25, 2025 (Reuters) -").
DATELINE_DASHES: Final = frozenset({"-", "–", "—", "--"})


def _date_from_lead(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """'MANILA (Reuters) - Japan and the Philippines agreed on Tuesday …', then 'The
    agreement came out of talks … in Quezon City': an agency lead tells the news of
    the dateline's day, and a meeting the lead or the sentence right after it tells of,
    with a place but no day of its own, is that news: it is on the lead's day, when
    the lead names that day (the reference date) after the dateline."""
    undated = [d for d in drafts if d.date is None and d.place is not None]
    if not undated:
        return  # (most docs)
    for draft in undated:
        day = _lead_day_for(doc, draft.mentions[0].sentence)
        if day is not None:
            draft.mentions[0].date = day


def _lead_day_for(doc: Doc, sent: Span) -> DateValue | None:
    """The lead's day (``_lead_setting``) for the lead sentence and the one after it;
    None for other sentences, or if the lead names no day."""
    setting = _lead_setting(doc)
    if setting is None:
        return None
    lead, day = setting
    if sent.start == lead.start or _previous_sentence(doc_index(doc), sent) == lead:
        return day
    return None


def _lead_setting(doc: Doc) -> tuple[Span, DateValue] | None:
    """The agency lead (the sentence the dateline opens) and its day, if it names the
    reference date after the dateline ("agreed on Tuesday"); asked once per doc."""
    cache = doc.user_data.setdefault("kg_meeting_lead", {})
    if "lead" not in cache:
        cache["lead"] = None
        meta = doc.user_data["kg_meta"]
        line, reference = meta.get("dateline_span"), meta.get("reference_date")
        if line and reference:
            lead = doc_index(doc).sent(bisect.bisect_left(token_table(doc).idx, line[0]))
            day = _lead_day(doc, lead, reference)
            if day is not None:
                cache["lead"] = (lead, DateValue(kg_date(day).iso, day.text, inferred=True))  # type: ignore[union-attr]
    return cache["lead"]


def _lead_day(doc: Doc, lead: Span, reference: str) -> Span | None:
    """The date in the lead sentence after the dateline's dash that names the
    reference date ("agreed on Tuesday"), or the day before it (a report filed the
    morning after: "BENGALURU, Nov 12 - … agreed on Tuesday"), if there is one."""
    texts = token_table(doc).text
    dash = next((k for k in range(lead.start, min(lead.end, lead.start + 20))
                 if texts[k] in DATELINE_DASHES), None)
    if dash is None:
        return None
    day_before = (dt.date.fromisoformat(reference) - dt.timedelta(days=1)).isoformat() \
        if FULL_DATE.fullmatch(reference) and not reference.startswith("-") else None
    for date in doc_index(doc).dates_in(dash + 1, lead.end):
        value = kg_date(date)
        if value is not None and (value.iso == reference or value.iso == day_before):
            return date
    return None


def _is_headline(doc: Doc, sent: Span) -> bool:
    """Whether the sentence is the headline: the text's first, a line of its own."""
    return sent.start == 0 and "\n" in doc_index(doc).text[sent.end_char - 1:sent.end_char + 2]


def _fold_headline(doc: Doc, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """'Laumann lädt zu Krisengespräch' (headline, "Kliniken in NRW"), then "zu einem
    Krisengespräch in sein Ministerium in Düsseldorf" on Monday: an undated meeting
    told of only in the headline is the dated one the text names by the same word."""
    kept: list[MeetingDraft] = []
    for draft in drafts:
        first = draft.mentions[0]
        if draft.date is None and all(_is_headline(doc, m.sentence) for m in draft.mentions):
            same = [d for d in drafts if d is not draft and d.date is not None
                    and any(m.kind == first.kind for m in d.mentions)]
            if same:
                same[0].mentions += draft.mentions
                continue
        kept.append(draft)
    return kept


def _persons_in(sent: Span) -> set[str | None]:
    """The node ids of the persons the sentence names (kept per sentence: a draft's
    sentences are asked again for every later "the meeting")."""
    cache = sent.doc.user_data.setdefault("kg_meeting_sentence_persons", {})
    persons = cache.get(sent.start)
    if persons is None:
        persons = cache[sent.start] = {kg_id(e) for e in sent_ents(sent) if e.label_ == "PER"}
    return persons


def _referred_draft(mention: Mention, drafts: list[MeetingDraft],
                    verbs: frozenset[str] | set[str]) -> MeetingDraft | None:
    """The meeting an undated, placeless "the meeting" refers to when others were told
    of since: the last one a person named with it took part in ("Šefčovič rief … nach
    dem Treffen dazu auf"); else, if the last one was named by another noun, the last
    one named by the same word ("an emergency meeting …", "negotiations …", then "after
    the meeting"; ``verbs``: the event verbs, which name none); None: the last one."""
    if len(drafts) < 2:
        return None  # (most texts: one meeting, the last one told of)
    named = _persons_in(mention.sentence) - {None}
    if named and _adds_participants(mention.sentence):
        named = set()  # "Auch Lenz und Merkel nahmen an dem Treffen teil": the last one
    candidates = [d for d in reversed(drafts) if not d.mentions[0].vague]
    if named:
        for draft in candidates:
            if any(not named.isdisjoint(_persons_in(m.sentence)) for m in draft.mentions):
                return draft
    if not candidates or any(m.kind in verbs or m.kind == mention.kind for m in candidates[0].mentions):
        return None
    for draft in candidates[1:]:
        if any(m.kind == mention.kind for m in draft.mentions):
            return draft
    return None


#: "Auch X nahm an dem Treffen teil", "Y also attended the talks": more participants.
ALSO_WORDS: Final = frozenset({"auch", "ebenfalls", "also", "too"})


def _adds_participants(sent: Span) -> bool:
    """Whether the sentence adds participants to a meeting ("also" and a participation
    cue): those it names took part in the meeting just told of, even if they took part
    in an earlier one too (which a person named beside "the meeting" otherwise points to)."""
    doc = sent.doc
    lowers = token_table(doc).lower
    return not ALSO_WORDS.isdisjoint(lowers[sent.start:sent.end]) and \
        _may_hold_participation_cue(doc, sent.start, sent.end) and \
        _has_participation_cue(span_text(sent))


#: At most so many sentences between two mentions of a meeting for those between to
#: tell of it.
ENCLOSED_REACH: Final = 4


def _add_enclosed_subjects(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """'Am Dienstag trafen sich … zu einer Sitzung. Dabei … X warb für … Y warnte …
    Auch Z nahm an dem Treffen teil.': sentences a paragraph tells between two mentions
    of one meeting (no other meeting told of between) tell of that meeting, so the
    persons they open with (its subjects) took part in it."""
    told = sorted((m.sentence.start, id(d)) for d in drafts for m in d.mentions
                  if m.kind != "participation" and not m.host)
    if len(told) < 2:
        return  # (most docs)
    by_id = {id(d): d for d in drafts}
    index = doc_index(doc)
    for (first, draft_id), (last, next_id) in itertools.pairwise(told):
        if draft_id != next_id:
            continue
        k, end = index.sent_index(first) + 1, index.sent_index(last)
        if not 1 <= end - k <= ENCLOSED_REACH or \
                "\n\n" in index.text[index.sents[k - 1].end_char:index.sents[end].start_char]:
            continue  # (adjacent mentions, or far apart, or in other paragraphs)
        persons = [e for sent in index.sents[k:end] for e in index.ents_in(sent.start, sent.end)
                   if e.label_ == "PER" and _in_subject_place(doc, e)]
        if persons:
            extra = Mention(sentence=index.sents[k], noun=index.sents[k].start, kind="participation")
            extra.participants = persons
            by_id[draft_id].mentions.append(extra)


#: Nouns of a local seat of government a meeting is held in, named without a place:
#: "ins Rathaus", "in ihr Ministerium", "in die Staatskanzlei", "at City Hall", "at the
#: ministry". German ones as endings of a capitalised noun ("Innenministerium",
#: "Landratsamt"); English ones as the last word ("City Hall", "the Foreign Ministry").
SEAT_ENDINGS_DE: Final = ("rathaus", "ministerium", "kanzlei", "kanzleramt", "landratsamt")
SEAT_NOUNS_EN: Final = frozenset({"ministry", "chancellery", "secretariat"})
#: English halls of a city's or county's government: "City Hall", "town hall".
SEAT_HALL_OWNERS_EN: Final = frozenset({"city", "town", "county"})
#: Prepositions before such a venue, and the words that may stand between ("in ihr",
#: "at the", "at Riga": a capitalised word the place lexicon did not take).
SEAT_PREPS: Final = frozenset({"in", "ins", "im", "zum", "at", "to"})
SEAT_FILLERS: Final = frozenset({"ihr", "ihrem", "ihre", "sein", "seinem", "seine", "das", "dem", "die",
                                  "der", "the", "his", "her", "their"})
#: How many days from the report's a meeting at such a seat may be (about a week:
#: "am Montag" in Wednesday's report).
SEAT_VENUE_DAYS: Final = 6


def _city_hall_of(lowers: list[str], place: Span) -> bool:
    """'at Quezon City Hall': a place named "… City" or "… Town" before "Hall" is the city
    whose hall it is, so the venue is in it (not "Hyderabad House", "Carnegie Hall")."""
    return place.end < len(lowers) and lowers[place.end] == "hall" and \
        lowers[place.end - 1] in SEAT_HALL_OWNERS_EN


def _is_seat_word(word: str) -> bool:
    """A word ``_seat_venue`` may read as a seat's noun (any case: a cheap superset, for
    ``TokenTable.positions``)."""
    low = word.lower()
    return low.endswith(SEAT_ENDINGS_DE) or low in SEAT_NOUNS_EN or low == "hall"


def _seat_venue(table: TokenTable, i: int, start: int, end: int) -> bool:
    """Whether the sentence of the event word at ``i`` names its venue by a local seat
    of government after a preposition, a determiner or one capitalised word between
    ("hatte zu einem Krisengipfel ins Rathaus geladen", "in ihr Ministerium", "hosted a
    round-table at Riga City Hall", "at the ministry"; not "das Rathaus kritisierte",
    "a town hall meeting", "the ministry said")."""
    lowers, texts = table.lower, table.text
    for k in table.positions("meeting-seat-word", _is_seat_word, start + 1, end):
        word = texts[k]
        if not word[:1].isupper() and lowers[k] not in SEAT_NOUNS_EN and lowers[k] != "hall":
            continue
        if lowers[k] == "hall":
            if lowers[k - 1] not in SEAT_HALL_OWNERS_EN:
                continue  # "a concert hall"
            first = k - 2
        elif lowers[k] in SEAT_NOUNS_EN or word.isalpha() and lowers[k].endswith(SEAT_ENDINGS_DE):
            first = k - 1
            if lowers[k] in SEAT_NOUNS_EN and first > start and texts[first].istitle() and \
                    lowers[first] not in SEAT_FILLERS:
                first -= 1  # "at the Foreign Ministry"
        else:
            continue
        if k + 1 < end and lowers[k + 1] in SEAT_NOT_VENUE_AFTER:
            continue  # "at the ministry's request", "a town hall meeting"
        if first > start and lowers[first] in SEAT_FILLERS:
            first -= 1
        elif first > start and texts[first].istitle() and lowers[first] not in SEAT_PREPS:
            first -= 1  # "at Riga City Hall"
        if first >= start and lowers[first] in SEAT_PREPS and abs(k - i) <= SEAT_REACH:
            return True
    return False


#: After a seat's noun: it is no venue ("the ministry's request", "a town hall meeting").
SEAT_NOT_VENUE_AFTER: Final = frozenset({"'s", "’s", "meeting", "meetings", "said", "says"})
#: How far from the event word the seat may stand.
SEAT_REACH: Final = 12


#: How far after the event word "in <Name>" may name its venue.
UNKNOWN_VENUE_REACH: Final = 6
#: After a venue's name: the sentence goes on ("in Döttingen mit …", "in Ismailia on").
VENUE_FOLLOWERS: Final = frozenset({",", ".", "mit", "zu", "zum", "zur", "und", "on", "with", "and",
                                    "for", "to", "am"})


def _unknown_venue(doc: Doc, i: int, end: int) -> bool:
    """Whether a capitalised word no entity covers follows "in" just after the event
    word at ``i`` and ends its phrase ("traf sich am Dienstag in Döttingen mit …"):
    a venue the place lexicon does not know (not "in Begleitung von …")."""
    table = token_table(doc)
    lowers, texts = table.lower, table.text
    if lowers[i] == "zusammen" and _unknown_name_before_particle(table, doc_index(doc).ent_at, i):
        return True  # "kamen am Montag im luxemburgischen Schengen zusammen"
    stop = min(end - 2, i + UNKNOWN_VENUE_REACH)
    if KIND_VENUE_PREPS.isdisjoint(lowers[i + 1:stop]):
        return False  # (most event words: no "in", "am", "at" right after them)
    ent_at = doc_index(doc).ent_at
    # (no venue's kind after the event word: none of its prepositions is read on)
    kinds = bool(table.positions("meeting-venue-kind", _is_venue_kind_word, i + 2, end))
    for k in range(i + 1, stop):
        if lowers[k] == "in" and texts[k + 1][:1].isupper() and texts[k + 1].isalpha() \
                and k + 1 not in ent_at and lowers[k + 2] in VENUE_FOLLOWERS:
            return True
        if kinds and lowers[k] in KIND_VENUE_PREPS and _unknown_name_of_kind(table, ent_at, k, end):
            return True
    return False


def _unknown_name_before_particle(table: TokenTable, ent_at: dict[int, Span], particle: int) -> bool:
    """Whether a split German verb's particle at ``particle`` closes "in"/"im", perhaps a
    place's adjective, and a capitalised word no entity covers: "kamen am Montag im
    luxemburgischen Schengen zusammen", "kamen in Döttingen zusammen" (a venue the place
    lexicon does not know, not the dateline's place)."""
    name = particle - 1
    if name < 2 or name in ent_at or not (table.text[name][:1].isupper() and table.text[name].isalpha()):
        return False
    prep = name - 2 if _placed_adjective(table, name - 1, "de") else name - 1
    return table.lower[prep] in {"in", "im"}


#: Prepositions (with their article) before a venue named by its kind: "am Grenzposten
#: X", "im Grenzort X", "in der Grenzstadt X", "at the border post of X".
KIND_VENUE_PREPS: Final = frozenset({"am", "im", "in", "at"})
#: German endings of a venue's kind a name is apposed to ("Grenzposten", "Grenzübergang"),
#: beside the settlements' (``SETTLEMENT_ENDINGS_DE``).
POST_ENDINGS_DE: Final = ("posten", "übergang")
#: English ones ("border post of X", "crossing of X"), beside ``SETTLEMENT_NOUNS_EN``.
POST_NOUNS_EN: Final = frozenset({"post", "crossing", "checkpoint"})


#: The endings of a German venue's kind (``_unknown_name_of_kind``).
VENUE_KIND_ENDINGS_DE: Final = SETTLEMENT_ENDINGS_DE + POST_ENDINGS_DE


def _is_venue_kind_word(word: str) -> bool:
    """A word ``_unknown_name_of_kind`` may read as a venue's kind (any case: a cheap
    superset, for ``TokenTable.positions``)."""
    low = word.lower()
    return low in SETTLEMENT_NOUNS_EN or low in POST_NOUNS_EN or low.endswith(VENUE_KIND_ENDINGS_DE)


def _unknown_name_of_kind(table: TokenTable, ent_at: dict[int, Span], k: int, end: int) -> bool:
    """Whether after the preposition at ``k`` a venue's kind is followed by a capitalised
    name no entity covers: "am Grenzposten Ras Jedir", "in der Grenzstadt Ben Gardane",
    "at the border crossing of Rafah" (a venue the place lexicon does not know)."""
    lowers, texts = table.lower, table.text
    head = k + 1
    if head < end and lowers[head] in SETTLEMENT_ARTICLES:
        head += 1  # "in der", "at the"
    while head + 1 < end and texts[head].isalpha() and texts[head].islower() and \
            lowers[head] not in SETTLEMENT_NOUNS_EN and lowers[head] not in POST_NOUNS_EN:
        head += 1  # "belgischen", "border"
    if head + 2 >= end:
        return False
    word = lowers[head]
    name = head + 2 if lowers[head + 1] == "of" else head + 1
    if word in SETTLEMENT_NOUNS_EN or word in POST_NOUNS_EN:
        kind = texts[head].islower()
    else:
        kind = texts[head][:1].isupper() and word.endswith(VENUE_KIND_ENDINGS_DE)
    return kind and name < end and texts[name][:1].isupper() and texts[name].isalpha() and \
        name not in ent_at


def _draft_of_day(doc: Doc, sent: Span, drafts: list[MeetingDraft]) -> MeetingDraft | None:
    """The one meeting held on the day the sentence names as an event's ("Shukla, who
    attended Tuesday's ceremony"), if exactly one is."""
    dates = doc_index(doc).dates_in(sent.start, sent.end)
    if not dates:
        return None  # (most sentences)
    texts = token_table(doc).text
    # only a day naming an event: "Tuesday's ceremony" (not "joined the talks on Tuesday")
    days = {value.date for d in dates if d.end < sent.end and texts[d.end] in POSSESSIVE_MARKS
            and (value := kg_date(d)) is not None and value.date is not None}
    held = [d for d in drafts if d.date is not None and d.date.date in days]
    return held[0] if len(held) == 1 else None


#: "machte die Runde": news spread, no meeting.
MAKE_FORMS: Final = frozenset({"machte", "machten", "macht", "machen", "gemacht"})
#: "in der Runde", "an der Runde": a group that met, told of before.
ROUND_PREPOSITIONS: Final = frozenset({"in", "an"})


def _the_round(lowers: list[str], i: int, start: int) -> bool:
    """Whether German "Runde" at ``i`` is the group told of ("Dafür hatte in der Runde
    vor allem X gekämpft"), not a round of something ("in der zweiten Runde",
    "machte die Runde")."""
    return i - 2 >= start and lowers[i - 1] == "der" and lowers[i - 2] in ROUND_PREPOSITIONS


def _passive_signing(lowers: list[str], verb: int, start: int, places: list[Span],
                     day: Span | None) -> bool:
    """Whether the signing verb at ``verb`` is a passive one ("was signed", "wurde …
    unterzeichnet") in a sentence naming its day and place: a ceremony, whose signers
    the sentences after name."""
    return day is not None and bool(places) and (
        not PASSIVE_AUXILIARIES.isdisjoint(lowers[max(start, verb - PASSIVE_REACH):verb]) or
        not PASSIVE_AUXILIARIES_DE.isdisjoint(lowers[start:verb]) or
        # "Under the agreement, signed on Wednesday at X's headquarters in Lima, …": a
        # participle after the thing signed; "der am Mittwoch in Lima unterzeichnete
        # Vertrag": before it
        verb - 2 >= start and lowers[verb - 1] == "," and lowers[verb - 2] in SIGNED_THINGS or
        verb + 1 < len(lowers) and lowers[verb + 1] in SIGNED_THINGS)


#: What is signed, before a signing participle ("the agreement, signed on Wednesday …").
SIGNED_THINGS: Final = frozenset({"agreement", "deal", "accord", "treaty", "contract", "memorandum",
                                  "pact", "declaration", "charter", "abkommen", "vertrag", "vereinbarung"})


def _same_day(a: DateValue | None, b: DateValue | None) -> bool:
    """Whether two dates name the same day."""
    return a is not None and b is not None and a.date is not None and a.date == b.date


def _compatible(a: Span | None, b: Span | None) -> bool:
    """Whether two venues may be one meeting's: the same, one unknown, or a building
    and a city ("Treffen im Kanzleramt" after "Konsultationen in Warschau"): a building
    (an organisation's seat) stands in some city, which the other may name."""
    if a is None or b is None or kg_id(a) == kg_id(b):
        return True
    return (a.label_ == "ORG") != (b.label_ == "ORG")


#: The kind of meeting an event word names, by a part of the word (the first that fits).
KINDS_BY_PART: Final = {"termin": "meeting", "visit": "meeting", "lud": "meeting", "lädt": "meeting",
                        "invit": "meeting", "aß": "meeting", "isst": "meeting", "speist": "meeting",
                        "dine": "dinner", "tour": "meeting", "besuch": "meeting",
                        "besicht": "meeting", "gipfel": "summit", "summit": "summit", "sitzung": "session",
                        "session": "session",
                        "konferenz": "conference", "conference": "conference", "treffen": "meeting",
                        "meeting": "meeting", "dinner": "dinner", "convene": "session", "tagte": "session",
                        "traf": "meeting", "trifft": "meeting", "zusammen": "meeting", "gathering": "meeting",
                        "zusammenkunft": "meeting", "plenary": "session", "essen": "meeting",
                        "audienz": "meeting", "einberief": "session", "berief": "session",
                        "beruf": "session", "hearing": "hearing", "anhörung": "hearing",
                        "handover": "handover", "übergabe": "handover", "gast": "meeting",
                        "guest": "meeting", "forum": "meeting", "zitiert": "meeting"}


#: Event verbs in the present tense only: a weekday they are told with is still to
#: come ("Am Montag empfängt die Ministerin X", "On Monday she hosts X"), though its
#: clause has no "will"/"wird" before the weekday for ``dates`` to read.
PRESENT_EVENT_VERBS: Final = frozenset({"trifft", "empfängt", "berät", "tagt", "zusammentrifft",
                                        "zusammenkommt", "meets", "hosts", "receives", "welcomes",
                                        "convenes"})


def _present_tense_ahead(doc: Doc, value: DateValue | None) -> DateValue | None:
    """A weekday alone told with a verb of ``PRESENT_EVENT_VERBS``: the next such day
    from the reference date on, not the nearest one (which may lie before it)."""
    reference = doc.user_data["kg_meta"].get("reference_date")
    day = value.date if value is not None else None
    if value is None or day is None or not value.weekday_only or not reference:
        return value
    ahead = (day - dt.date.fromisoformat(reference)).days
    if ahead >= 0:
        return value
    return DateValue((day + dt.timedelta(days=7)).isoformat(), value.text, inferred=value.inferred,
                     warning=value.warning, weekday_only=True)


#: Words before an event noun that make it several meetings ("a series of hastily
#: arranged meetings", "mehrere Treffen", "eine Reihe von Gesprächen"), not one.
SERIES_WORDS: Final = frozenset({"series", "several", "numerous", "multiple", "mehrere", "mehreren",
                                 "reihe", "zahlreiche", "zahlreichen"})
SERIES_REACH: Final = 4
#: Before a series word: one meeting of it ("the first of a series of meetings").
ONE_OF_SERIES: Final = frozenset({"first", "last", "latest", "next", "second", "third", "one", "erste",
                                  "ersten", "letzte", "letzten", "nächste", "nächsten", "zweite", "eines"})


def _of_a_series(lowers: list[str], i: int, start: int) -> bool:
    """Whether the event noun at ``i`` names several meetings: a series word stands
    among the few words before it, with no "the first of" before that word."""
    for k in range(max(start, i - SERIES_REACH), i):
        if lowers[k] in SERIES_WORDS:
            return not any(lowers[j] in ONE_OF_SERIES for j in range(max(start, k - 4), k))
    return False


#: "Termin": an appointment, a meeting when someone is met at it ("einen Termin mit X",
#: "bei einem Termin in Potsdam"), not a date set ("der Termin für die Wahl").
#: ("Ortstermin": a visit on site, "bei einem Ortstermin in Husum mit Landrat X".)
APPOINTMENT_WORDS: Final = frozenset({"termin", "termine", "terminen", "ortstermin", "ortstermine",
                                      "ortsterminen"})
#: Before an appointment word: "bei einem Termin", "beim Termin", "bei Terminen".
AT_APPOINTMENT: Final = frozenset({("bei", "einem"), ("bei", "dem"), ("bei", "mehreren")})


def _appointment_with(lowers: list[str], i: int) -> bool:
    """Whether the appointment word at ``i`` (not a sentence's first two words, nor its
    last) names one where people met: "mit" after it, or "bei" before it."""
    return lowers[i + 1] == "mit" or lowers[i - 1] == "beim" or \
        (lowers[i - 2], lowers[i - 1]) in AT_APPOINTMENT


def _table_meeting(lowers: list[str], i: int) -> bool | None:
    """What the table word at ``i`` (not a sentence's first two words) tells: True for a
    round table ("Runder Tisch", "a round table", "a round-table in Dauphin"), False for
    people brought to one table ("holte die Beteiligten an einen Tisch", "gathered
    around a table"), which names a meeting only on a day named; None for any other
    table ("legte die Zahlen auf den Tisch")."""
    before = lowers[i - 1]
    if before in ROUND_WORDS or before == "-" and lowers[i - 2] in ROUND_WORDS:
        return True
    if (lowers[i - 2], before) in GATHERED_AT_TABLE:
        return False
    return None


#: Beginnings of hosting verbs: they name a meeting ("empfing", "hosted", "greeted").
HOST_VERB_STARTS: Final = ("empf", "host", "welcom", "receiv", "greet", "begrüß")


@functools.lru_cache(maxsize=4096)
def _kind(noun: str, lang: str) -> str:
    """The kind of meeting a lower-case event word names (a few hundred words: kept)."""
    if noun in {"met", "meet", "meets"} or noun in CALL_ON_VERBS or noun.startswith(HOST_VERB_STARTS) or \
            noun in SIT_FORMS or noun in EN_MEETING_NOUNS:
        return "meeting"
    if noun in EN_CONFERENCE_NOUNS:
        return "conference"
    if noun in BODY_SESSION_VERBS:
        return "session"  # a committee's: "befasste sich der Ausschuss mit …"
    if noun in HEARING_VERBS:
        return "hearing"
    if noun in SIGNING_VERBS:
        return "signing"
    for key, value in KINDS_BY_PART.items():
        if key in noun:
            return value
    return "talks"


#: A date with a day: "2022-01-12", or "--01-12" when the year is unknown.
FULL_DATE: Final = re.compile(r"(\d{4}|-)-\d\d-\d\d")


@functools.lru_cache(maxsize=4096)
def _is_full_date(iso: str) -> bool:
    """``FULL_DATE.fullmatch(iso)``, remembered: a text's few dates are asked of often."""
    return FULL_DATE.fullmatch(iso) is not None
#: Definite articles before a title that names a person already known.
#: Before a title naming a known holder; "des" too: "ein Treffen des Kanzlers mit X".
DEFINITE_ARTICLES: Final = {"der", "die", "den", "dem", "des", "the"}
#: "die beiden Ministerpräsidenten": how many persons the title names.
NUMBER_WORDS: Final = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "both": 2, "two": 2, "three": 3}
#: "On Monday the pair sat down with X", "Am Montag trafen sich die beiden mit X": two
#: persons as the subject after an opening phrase (within ``PAIR_REACH`` words of the
#: sentence's start); the nouns need no verb after them.
PAIR_WORDS: Final = frozenset({"pair", "duo", "two", "beiden"})
PAIR_NOUNS: Final = frozenset({"pair", "duo"})
PAIR_REACH: Final = 7
#: Numbers that open a sentence as its subject without an article ("Both met …").
BOTH_WORDS: Final = frozenset({"both", "beide"})
#: What a sentence ``_counted_subject`` reads opens with, besides "They"/"Sie": an
#: article ("The two …", "Die beiden …") or "Both": others (most) are passed over at once.
COUNTED_OPENERS: Final = frozenset(DEFINITE_ARTICLES | BOTH_WORDS)
#: English nouns for persons after "The two"/"The three".
COUNTED_PERSON_NOUNS: Final = frozenset({"leaders", "executives", "politicians", "men", "women", "chiefs",
                                         "bosses", "ministers", "presidents", "officials"})
#: English verbs after "The two"/"Both" that are no past form in -ed.
COUNTED_SUBJECT_VERBS: Final = frozenset({"met", "held", "had", "have", "were", "are", "will", "would",
                                          "also", "then", "later", "flew", "spoke", "sat", "went"})
#: Numbers before a plural title that count a group: "the six premiers", "die sechzehn
#: Ministerpräsidenten" (with NUMBER_WORDS).
GROUP_NUMBERS: Final = {**NUMBER_WORDS, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                        "ten": 10, "eleven": 11, "twelve": 12, "sixteen": 16, "vier": 4, "fünf": 5,
                        "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
                        "sechzehn": 16}


def _group_count(lowers: list[str], start: int, i: int) -> int | None:
    """How many persons a plural title at ``i`` counts: the number right before it
    ("the six premiers") or before its portfolio word ("two chief ministers"); None
    without one. The group is every holder of the title when they are no more than that
    (a text need not name each)."""
    before = lowers[i - 1] if i > start else ""
    if before in GROUP_NUMBERS:
        return GROUP_NUMBERS[before]
    if i - 2 >= start and before.isalpha() and before not in NOT_TITLE_QUALIFIERS:
        return GROUP_NUMBERS.get(lowers[i - 2])
    return None
FORMER_WORDS: Final = {"früheren", "frühere", "ehemaligen", "ehemalige", "former"}
FORMER_PREFIXES: Final = ("früher", "ehemalig", "former", "ex-", "ex ")
#: Titles of a deputy: not the holder of the title they are built on.
DEPUTY_PREFIXES: Final = ("vize", "vice", "deputy", "stellvertretend", "co-")


def _title_holders(doc: Doc, base: str, former: bool = False) -> list[Span]:
    """First mentions of the persons holding a title ending in ``base``
    ("kanzler" matches "Bundeskanzler"), in order of first mention; with
    ``former``, only titles such as "früherer Präsident".

    Each answer walks all role facts (see ``_role_facts``), and the same title
    is asked for in many sentences: answers are kept on the doc (meetings add no
    role facts)."""
    answers = doc.user_data.setdefault("kg_title_holders", {})
    key = (base, former)
    if key not in answers:
        answers[key] = _find_title_holders(doc, base, former)
    return list(answers[key])


#: Titles for the same portfolio ("die Agrarminister" include the Landwirtschaftsminister).
TITLE_SYNONYMS: Final = {
    "agrarminister": ("landwirtschaftsminister",),
    "landwirtschaftsminister": ("agrarminister",),
    "agriculture minister": ("farm minister", "agriculture secretary"),
    "farm minister": ("agriculture minister", "agriculture secretary"),
    # "NATO defence ministers met": the U.S. Defense Secretary is one of them
    "defence minister": ("defense minister", "defense secretary", "defence secretary"),
    "defense minister": ("defence minister", "defense secretary", "defence secretary"),
    # "G7 foreign ministers": the U.S. Secretary of State and Britain's Foreign Secretary too
    "foreign minister": ("secretary of state", "foreign secretary"),
}


def _find_title_holders(doc: Doc, base: str, former: bool) -> list[Span]:
    facts = _role_facts(doc)
    titles, firsts = facts.titles, facts.firsts
    bases = (base, *TITLE_SYNONYMS.get(base, ()))
    endings = bases + tuple(b + "in" for b in bases)  # "kanzler", "kanzlerin"
    # "den Kanzler" is not the Vizekanzler, "the president" not the vice president
    deputies = () if base.startswith(DEPUTY_PREFIXES) else DEPUTY_PREFIXES
    holders = {holder for title, holder in titles
               if title.endswith(endings) and (not former or title.startswith(FORMER_PREFIXES))
               and not (deputies and title.startswith(deputies))}
    first = firsts.of(holders)
    # in order of first mention, as ``doc_index(doc).ents`` lists them
    return [ent for _, _, ent in sorted(first[h] for h in holders if h in first)]


class FirstEntities:
    """Each role holder's first entity, with its start and its place among the doc's
    entities (to sort by). The entities are walked only as far as the holders asked
    for so far need (most are named early; reading an entity's node id costs)."""

    def __init__(self, ents: list[Span], holders: set[str]) -> None:
        self._ents = ents
        self._holders = holders
        self._found: dict[str, tuple[int, int, Span]] = {}
        self._next = 0  # the first entity not read yet

    def of(self, wanted: set[str]) -> dict[str, tuple[int, int, Span]]:
        """The first entities found so far, including those of all ``wanted`` holders
        that have one."""
        found, ents, holders = self._found, self._ents, self._holders
        missing = wanted.difference(found)
        k = self._next
        while missing and k < len(ents) and len(found) < len(holders):
            ent = ents[k]
            node_id = kg_id(ent)
            if node_id in holders and node_id not in found:
                found[node_id] = (ent.start, k, ent)
                missing.discard(node_id)
            k += 1
        self._next = k
        return found


def _sentences_by_day(doc: Doc) -> dict[str, list[Span]]:
    """The sentences with a date, by its ISO text, each once, in order: what
    ``_same_day_groups`` looks up for every meeting (gathered once per doc)."""
    found = doc.user_data.get("kg_sentences_by_day")
    if found is None:
        found = doc.user_data["kg_sentences_by_day"] = {}
        index = doc_index(doc)
        for span in index.dates:
            value = kg_date(span)
            if value is not None:
                sents = found.setdefault(value.iso, [])
                sent = index.sent(span.start)
                if not sents or sents[-1] is not sent:  # (dates in text order)
                    sents.append(sent)
    return found


DE_WEEKDAYS: Final = tuple(vocab.WEEKDAYS["de"])


def _weekday_in_compound(doc: Doc, noun: str) -> DateValue | None:
    """'Mittwochsgesprächen' (the event noun) → the Wednesday near the reference date."""
    if not noun.startswith(DE_WEEKDAYS):
        return None  # most nouns: no weekday at all
    reference = doc.user_data["kg_meta"].get("reference_date")
    if not reference:
        return None
    for number, day in enumerate(vocab.WEEKDAYS["de"]):
        if noun.startswith(day) and len(noun) > len(day):
            date = weekday_near(number, dt.date.fromisoformat(reference))
            return DateValue(date.isoformat(), noun, inferred=True, weekday_only=True)
    return None


def _adjective_states(doc: Doc, sent: Span, lexicon: Lexicon) -> list[Span]:
    """'Russian and Ukrainian negotiators', 'russische Vertreter' → the states as actors.

    Asked for every event word and every demand of a sentence: the answer is
    kept per sentence on the doc (its nodes and mentions are added once)."""
    answers = doc.user_data.setdefault("kg_adjective_states", {})
    key = (sent.start, sent.end, id(lexicon))
    if key not in answers:
        answers[key] = _find_adjective_states(doc, sent, lexicon)
    return list(answers[key])


# The per-word test of ``_find_adjective_states`` and the name its answers are kept
# under, made once per lexicon (not a closure and a name per sentence). The test
# holds its lexicon, so the lexicon's id is not reused while it is listed here.
_ADJECTIVE_TESTS: dict[int, tuple[str, Callable[[str], bool]]] = {}


def _adjective_test(lexicon: Lexicon) -> tuple[str, Callable[[str], bool]]:
    """The flag name and test: does a word (every part of 'deutsch-polnischen')
    name a country of ``lexicon``?"""
    found = _ADJECTIVE_TESTS.get(id(lexicon))
    if found is None:
        def names_country(text: str) -> bool:
            if "-" in text:  # "deutsch-polnischen", "German-Polish": every part names a state
                return all(names_country(part) for part in text.split("-"))
            entry = lexicon.country_for_adjective(text)
            return entry is not None and entry.kind == "country" and len(text) >= 4

        found = _ADJECTIVE_TESTS[id(lexicon)] = (f"country-adjective-{id(lexicon)}", names_country)
    return found


def _find_adjective_states(doc: Doc, sent: Span, lexicon: Lexicon) -> list[Span]:
    spans: list[Span] = []
    table = token_table(doc)
    name, names_country = _adjective_test(lexicon)
    positions = table.positions(name, names_country, sent.start, sent.end)
    if not positions:
        return spans
    lang = doc_lang(doc)
    # (the index's entities are the doc's: a token in one has an entity type;
    # spaCy's ``is_lower`` is ``str.islower``; no ``Token`` made)
    ent_at = doc_index(doc).ent_at
    # A state's node is built and merged once per doc: merging the same node again
    # changes nothing (labels and aliases are unions, other properties keep their
    # first value), and the adjectives of a text name the same few states.
    added = doc.user_data.setdefault("kg_adjective_state_nodes", set())
    for i in positions:
        text = table.text[i]
        entity = ent_at.get(i)
        if entity is not None and entity.label:
            continue
        if lang == "de" and not text.islower():
            continue  # "Der Deutsche Städtetag": a capitalised adjective is part of a name
        spans += _adjective_parts_states(doc, table, i, lexicon, added)
    return spans


def _adjective_parts_states(doc: Doc, table: TokenTable, i: int, lexicon: Lexicon,
                            added: set[tuple[str, int]]) -> list[Span]:
    """The states an adjective token names, one per part of "deutsch-polnischen"; each
    its node (made once per doc: ``added``) and a span of its own. A span's node is
    keyed by its characters, so the second part's span reaches over the next token
    (it is only read for its node id)."""
    lang = doc_lang(doc)
    text = table.text[i]
    spans: list[Span] = []
    offset = table.idx[i]
    for n, part in enumerate(text.split("-")):
        part_start, offset = offset, offset + len(part) + 1
        end = i + 1 + n
        if end > len(doc):
            break
        entry = lexicon.country_for_adjective(part)
        assert entry is not None  # (every part passed ``_adjective_test``)
        if (entry.key, id(entry)) not in added:
            added.add((entry.key, id(entry)))
            labels = ["Place", "Country"]
            props: dict[str, object] = {"name": entry.name(lang if lang in {"de", "en"} else "en"),
                                        "aliases": [], "kind": "country"}
            if entry.wikidata:
                props["wikidata"] = entry.wikidata
            if entry.country:
                props["country_code"] = entry.country
            add_node(doc, Node(entry.key, labels, props))
        add_mention(doc, entry.key, part_start, part_start + len(part))
        span = Span(doc, i, end, label="GPE")
        set_kg_id(span, entry.key)
        spans.append(span)
    return spans


#: Chairing cues always followed by the chair's name: "unter dem Vorsitz von X",
#: "under the chairmanship of X".
CHAIR_BY_NAME_AFTER: Final = frozenset({"unter der leitung", "unter vorsitz", "unter dem vorsitz",
                                        "under the chairmanship"})


#: Chairing cues whose possessive points at the chair named before.
POSSESSIVE_CHAIR_CUES: Final = ("unter seine", "unter ihre", "under his", "under her")


def _last_person_before(doc: Doc, sent: Span) -> list[Span]:
    """The last person the sentence before names, in the same paragraph."""
    index = doc_index(doc)
    previous = _previous_sentence(index, sent)
    if previous is None or "\n\n" in index.text[previous.end_char:sent.start_char]:
        return []
    persons = [e for e in index.ents_in(previous.start, previous.end) if e.label_ == "PER"]
    return persons[-1:]


#: "X war Gastgeber", "X ist Gastgeberin des Gipfels": the host is the subject before.
HOST_COPULAS: Final = frozenset({"war", "ist", "sei", "wäre", "wird", "bleibt"})
#: How many words before the cue the copula may stand ("war am Dienstag Gastgeber").
HOST_COPULA_REACH: Final = 6


def _chairs(doc: Doc, sent: Span) -> list[Span]:
    """The person next to a chairing cue: 'X leitet', 'chaired by X', 'unter der Leitung des … X'."""
    persons = [e for e in sent_ents(sent) if e.label_ == "PER"]
    text = span_text(sent)
    match = CHAIR_CUES.search(text)
    assert match is not None
    cue_char = sent.start_char + match.start()
    cue = match.group(0).lower()
    if cue.startswith(POSSESSIVE_CHAIR_CUES):
        # "Unter ihrem Vorsitz …", "under his chairmanship": the person named last before
        before = [p for p in persons if p.end_char <= cue_char]
        return before[-1:] if before else _last_person_before(doc, sent)
    if not persons:
        return []
    if cue in {"chaired", "unter der leitung", "unter vorsitz", "presided", "hosted"} and \
            "by" in text[match.end():match.end() + 4] or cue in CHAIR_BY_NAME_AFTER:
        after = [p for p in persons if p.start_char > cue_char]
        return after[:1]
    before = [p for p in persons if p.end_char <= cue_char]
    after = [p for p in persons if p.start_char > cue_char]
    if cue in {"leitet", "leitete", "chairs", "chair", "chaired"} and before:
        return before[-1:]
    if cue in {"leitet", "leitete"} and after:
        return after[:1]  # "Die Gespräche leitet NATO-Generalsekretär Jens Stoltenberg"
    if cue.startswith("gastgeber"):
        # "Gastgeberin X …", but "X war Gastgeber eines Treffens mit Y": the subject
        if before and not HOST_COPULAS.isdisjoint(text[:match.start()].split()[-HOST_COPULA_REACH:]):
            return before[-1:]
        return after[:1]
    if cue.startswith("den vorsitz"):
        return after[:1]  # "Den Vorsitz führte Ministerin X"
    return before[-1:] if before else []
