"""Lexicons: the names kg knows, loaded from editable data files.

Organisations and places come from YAML files in ``kg/data`` (users add
their own with ``--lexicon``); country names in German and English come from
Babel's CLDR tables; cities from the generated ``cities.tsv`` (smaller towns and
English dictionary words, asked about only after a place preposition, from
``towns.txt`` and ``english_words.txt``); regions (states, provinces, counties)
from the generated ``regions.tsv``, below all of those; given names from the gender-guesser
package's name dictionary plus ``given_names.txt``.
Every entry gets a stable key that becomes the node id, so the same entity
has the same id in every document and every run.
"""

from __future__ import annotations

import functools
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy

import kg
from kg.errors import ConfigError
from kg.graph import slugify
from kg.safe_yaml import load_yaml_file

#: (found from the ``kg`` package: a compiled module's ``__file__`` is not its path)
DATA_DIR: Final = Path(kg.__file__).resolve().parent / "data"


@dataclass
class Entry:
    """One known entity: its key (node id), label, names and links."""

    key: str
    label: str  # "Organisation" or "Place"
    kind: str  # org kind, or "country" / "city" / "region"
    names: dict[str, str]  # language -> canonical name in that language
    aliases: list[str] = field(default_factory=list)
    acronym: str | None = None
    wikidata: str | None = None
    country: str | None = None  # ISO code, for cities and countries
    #: Titles of the organisation's head ("Secretary General", "Generalsekretär"):
    #: a title written without an organisation is read as this one's when it
    #: was named just before.
    leaders: list[str] = field(default_factory=list)
    #: Inhabitants of a gazetteer city (``cities.tsv``); 0 if not known.
    population: int = 0
    #: A region of the generated gazetteer (``regions.tsv``): it yields to any longer
    #: name it is part of ("Abra Group", "Port Otago").
    gazetteer: bool = False

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("de") or next(iter(self.names.values()))

    def surfaces(self) -> set[str]:
        found = set(self.names.values()) | set(self.aliases)
        if self.acronym:
            found.add(self.acronym)
        if self.label == "Organisation":
            found |= {form for name in found for form in german_case_forms(name)}
        return {s for s in found if s}


#: Words that end like an adjective but are articles or particles.
NOT_ADJECTIVES: Final = frozenset({"Die", "Der", "Das", "Des", "Le", "La", "The", "De", "Ne"})


def german_case_forms(name: str) -> set[str]:
    """The forms a German organisation name takes after an article in the genitive or
    dative: "Internationaler Strafgerichtshof" → "Internationalen Strafgerichtshof(e)s",
    "Deutsche Bank" → "Deutschen Bank", "Europäischer Gerichtshof für Menschenrechte" →
    "Europäischen Gerichtshofs für Menschenrechte". Only names that start with adjectives
    (capitalised, ending in -er, -e, -es) get forms; a form that German does not use
    ("Deutschen Banks") is harmless, since nothing in a text matches it.
    """
    words = name.split()
    adjectives = 0
    while adjectives < len(words) - 1 and _german_adjective(words[adjectives]):
        adjectives += 1
    if adjectives == 0:
        return set()
    inflected = [w[: -2 if w.endswith(("er", "es")) else -1] + "en" for w in words[:adjectives]]
    noun, rest = words[adjectives], words[adjectives + 1:]  # "Gerichtshof" "für Menschenrechte"
    return {" ".join([*inflected, form, *rest]) for form in (noun, noun + "s", noun + "es")} - {name}


def _german_adjective(word: str) -> bool:
    return len(word) >= 4 and word[:1].isupper() and word.endswith(("er", "e", "es")) \
        and word not in NOT_ADJECTIVES and "-" not in word


@dataclass
class Lexicon:
    entries: dict[str, Entry] = field(default_factory=dict)
    #: surface string -> entry key; several entries may not share a surface.
    surfaces: dict[str, str] = field(default_factory=dict)
    #: lower-cased adjective stem or prefix ("russisch", "us") -> country key
    adjectives: dict[str, str] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    #: "f" or "m" for given names the name dictionary gives one gender.
    given_name_genders: dict[str, str] = field(default_factory=dict)
    #: Family names written first ("Wang Yi"): such a person may be named by the first word.
    family_name_first: frozenset[str] = frozenset()
    #: The regions of the generated gazetteer (``regions.tsv``) by name, kept apart from
    #: ``entries`` and ``surfaces``: only the phrase matcher reads them, below every
    #: listed name (``gazetteer_region``), and the rules that ask whether a word is a
    #: known name do not see them. Also those a city shares its name with ("Suffolk"):
    #: "West Suffolk" is a region.
    gazetteer_regions: dict[str, Entry] = field(default_factory=dict)
    #: … and those read only after a compass word, named like a word, a given or a
    #: family name ("North Down", "West Cork", "North Kerry"): all of them by name.
    compass_regions: dict[str, Entry] = field(default_factory=dict)
    #: Answers of country_for_adjective, by word: the extractors ask about the
    #: same words in every sentence. Cleared when an entry is added (the
    #: loaders fill ``adjectives`` before any extractor asks).
    _adjective_answers: dict[str, Entry | None] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry, *, override: bool = False) -> None:
        self._adjective_answers.clear()
        if entry.key in self.entries and not override:
            old = self.entries[entry.key]
            old.aliases += [a for a in entry.aliases if a not in old.aliases]
            old.leaders += [t for t in entry.leaders if t not in old.leaders]
            old.population = max(old.population, entry.population)
            entry = old
        self.entries[entry.key] = entry
        for surface in entry.surfaces():
            if override or surface not in self.surfaces:
                self.surfaces[surface] = entry.key
            if "ß" in surface:  # Swiss German writes "ss": "Grossbritannien", "Weisses Haus"
                swiss = surface.replace("ß", "ss")
                if override or swiss not in self.surfaces:
                    self.surfaces[swiss] = entry.key

    def lookup(self, surface: str) -> Entry | None:
        key = self.surfaces.get(surface)
        return self.entries.get(key) if key else None

    def gazetteer_region(self, surface: str) -> Entry | None:
        """The gazetteer region named ``surface`` unless a listed name has that surface
        or that key (the listed place, country or organisation comes first)."""
        entry = self.gazetteer_regions.get(surface)
        if entry is None or surface in self.surfaces or entry.key in self.entries:
            return None
        return entry

    def country_for_adjective(self, word: str) -> Entry | None:
        """'russische' / 'Russian' / 'US' → the country entry, else None."""
        try:
            return self._adjective_answers[word]
        except KeyError:
            if len(self._adjective_answers) >= 100_000:
                self._adjective_answers.clear()  # bounded memory over a long corpus
            answer = self._adjective_answers[word] = self._country_for_adjective(word)
            return answer

    def _country_for_adjective(self, word: str) -> Entry | None:
        low = word.lower().rstrip(".")
        for ending in ("en", "er", "es", "em", "e", ""):
            if ending and not low.endswith(ending):
                continue
            stem = low[: len(low) - len(ending)] if ending else low
            key = self.adjectives.get(stem)
            if key:
                return self.entries[key]
        return None


@functools.lru_cache(maxsize=32)
def _load_yaml(path: Path) -> Any:
    """A lexicon file's data (cached: places.yaml is read by three loaders).

    Read through ``kg.safe_yaml``: no anchors or aliases, a size limit, and
    one-line errors naming the file and line.
    """
    return load_yaml_file(path, "lexicon file")


def _organisation_entries(path: Path) -> Iterable[Entry]:
    data = _load_yaml(path)
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a list of organisations")
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ConfigError(f"{path}: entry {number} needs a 'name' string")
        unknown = set(item) - {"name", "aliases", "acronym", "kind", "wikidata", "en", "leaders"}
        if unknown:
            raise ConfigError(f"{path}: entry {number} ({item['name']}): unknown key "
                              f"{sorted(unknown)[0]!r}")
        aliases = [str(a) for a in item.get("aliases") or []]
        names = {"de": item["name"],
                 "en": item.get("en") or _english_alias(item["name"], aliases) or item["name"]}
        yield Entry(key=f"organisation:{slugify(item['name'])}", label="Organisation",
                    kind=str(item.get("kind") or "organisation"), names=names,
                    aliases=aliases,
                    acronym=item.get("acronym"), wikidata=item.get("wikidata"),
                    leaders=[str(t) for t in item.get("leaders") or []])


#: German function words inside a name: its head is the noun before them
#: ("Bund der Steuerzahler", "Deutsches Institut für Wirtschaftsforschung").
GERMAN_NAME_LINKS: Final = frozenset({"der", "des", "für", "vom", "von", "ohne", "und", "die"})


def _name_words(name: str) -> list[str]:
    return [word for word in name.replace("-", " ").replace("/", " ").split() if word.isalpha()]


def german_headed(name: str) -> bool:
    """Whether an organisation's name is German: umlauts or an eszett, or a head
    noun that German's dictionary has and English's lacks ("Weltbank",
    "Asiatische Entwicklungsbank"; not "Ukraine Defense Contact Group")."""
    if any(letter in name for letter in "äöüßÄÖÜ"):
        return True
    words = _name_words(name)
    if not words:
        return False
    links = [k for k, word in enumerate(words) if word in GERMAN_NAME_LINKS]
    head = words[links[0] - 1] if links and links[0] > 0 else words[-1]
    return head in german_words() and head.lower() not in english_words()


def _english_alias(name: str, aliases: list[str]) -> str | None:
    """The English name of an organisation the lexicon names in German and gives no
    ``en:``: its first alias of two or more words, no umlaut, that ends in an
    English word and does not merely lengthen the name ("Asian Development Bank" of
    "Asiatische Entwicklungsbank"; not "Caritas International" of "Caritas").
    An English text shows this name; the node's id stays that of the German name."""
    if not german_headed(name):
        return None
    for alias in aliases:
        words = _name_words(alias)
        if len(alias.split()) >= 2 and words and name not in alias \
                and not any(letter in alias for letter in "äöüßÄÖÜ") \
                and words[-1].lower() in english_words() \
                and GERMAN_NAME_LINKS.isdisjoint(words):
            return alias
    return None


def _country_entries(path: Path) -> Iterable[Entry]:
    from babel import Locale

    extra = (_load_yaml(path) or {}).get("countries", {}) or {}
    german, english = Locale("de").territories, Locale("en").territories
    for code in sorted(english):
        if not (len(code) == 2 and code.isalpha()) or code in {"EU", "EZ", "UN", "QO", "XA", "XB"}:
            continue
        info = extra.get(code, {})
        names = {"de": info.get("name_de") or german.get(code, english[code]),
                 "en": info.get("name_en") or english[code]}
        aliases = [german.get(code, ""), english[code], *info.get("aliases", [])]
        name_de = names["de"]
        if name_de and not name_de.endswith(("s", "z", "x")) and " " not in name_de:
            aliases.append(name_de + "s")  # German genitive: "Russlands Forderungen"
        for variant in (german.get(f"{code}-alt-short"), english.get(f"{code}-alt-short")):
            if variant:
                aliases.append(variant)
        if " & " in english[code]:  # CLDR's "Bosnia & Herzegovina": texts write "and"
            aliases.append(english[code].replace(" & ", " and "))
        yield Entry(key=f"country:{code.lower()}", label="Place", kind="country", names=names,
                    aliases=[a for a in aliases if a], wikidata=info.get("wikidata"),
                    country=code)


def _city_entries(tsv: Path, yaml_path: Path) -> Iterable[Entry]:
    data = _load_yaml(yaml_path) or {}
    for item in data.get("cities", []) or []:
        yield Entry(key=f"place:{slugify(item.get('en') or item['name'])}", label="Place",
                    kind="city", names={"de": item["name"], "en": item.get("en") or item["name"]},
                    aliases=list(item.get("aliases") or []), wikidata=item.get("wikidata"),
                    country=item.get("country"))
    for item in data.get("regions", []) or []:
        yield Entry(key=f"place:{slugify(item.get('en') or item['name'])}", label="Place",
                    kind=item.get("kind", "region"),
                    names={"de": item["name"], "en": item.get("en") or item["name"]},
                    aliases=list(item.get("aliases") or []), wikidata=item.get("wikidata"))
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, population, _geonameid = line.split("\t")
        yield Entry(key=f"place:{slugify(name)}", label="Place", kind="city",
                    names={"de": name, "en": name}, country=country, population=int(population))


def _region_entries(tsv: Path) -> Iterable[tuple[Entry, bool]]:
    """The regions of the generated gazetteer (``regions.tsv``: see scripts/build-regions),
    each with whether it is read only after a compass word (the fourth column says
    "after-compass"; a line a user adds may leave it out)."""
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, *rest = line.split("\t")
        yield Entry(key=f"place:{slugify(name)}", label="Place", kind="region",
                    names={"de": name, "en": name}, country=country,
                    gazetteer=True), rest[1:2] == ["after-compass"]


def _adjectives(path: Path, lexicon: Lexicon) -> None:
    data = _load_yaml(path) or {}
    for code, info in (data.get("countries") or {}).items():
        for adjective in info.get("adjectives", []) or []:
            lexicon.adjectives[adjective.lower().rstrip(".")] = f"country:{code.lower()}"
    for item in data.get("regions") or []:
        for adjective in item.get("adjectives", []) or []:
            lexicon.adjectives[adjective.lower()] = f"place:{slugify(item.get('en') or item['name'])}"


def _given_names() -> tuple[frozenset[str], dict[str, str]]:
    """Given names from gender-guesser's dictionary plus our own list, and the
    gender ("f"/"m") of those the dictionary gives as (mostly) one gender."""
    names: set[str] = set()
    genders: dict[str, str] = {}
    own = DATA_DIR / "given_names.txt"
    for line in own.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line)
    try:
        import gender_guesser

        dictionary = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
        with dictionary.open(encoding="iso-8859-1") as handle:
            for line in handle:
                if line.startswith("#") or len(line) < 30:
                    continue
                # The file is UTF-8 in columns of bytes: slice the Latin-1 view
                # (one char per byte), then read the name's bytes as UTF-8
                # ("Władysław", "Aarón" were mojibake).
                name = line[3:29].strip().encode("iso-8859-1").decode("utf-8", "replace")
                if "+" in name:
                    name = name.replace("+", "-")
                if name and name[0].isupper():
                    names.add(name)
                    gender = GENDER_CODES.get(line[:2].strip())
                    if genders.get(name, gender) != gender:
                        gender = "?"  # listed as both
                    genders[name] = gender or "?"
    except (ImportError, OSError):
        pass
    stop = not_given_names()
    return frozenset(names - stop), {n: g for n, g in genders.items() if g != "?" and n not in stop}


@functools.lru_cache(maxsize=1)
def not_given_names() -> frozenset[str]:
    """Words listed as no given names although a dictionary has them ("Länder", "Weil")."""
    return frozenset((DATA_DIR / "not_given_names.txt").read_text(encoding="utf-8").split())


#: gender-guesser's codes: M/F, 1M/1F "mostly", ?M/?F "more often"; "?" unisex.
GENDER_CODES: Final = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus the user's organisation files, cached."""
    # One cache key for ``load_lexicon()`` and ``load_lexicon(())``: without
    # this, lru_cache builds the default lexicon twice (about 1-4 s of startup).
    return _load_lexicon(tuple(extra_files))


@functools.lru_cache(maxsize=8)
def _load_lexicon(extra_files: tuple[str, ...]) -> Lexicon:
    lexicon = Lexicon()
    places = DATA_DIR / "places.yaml"
    for entry in _country_entries(places):
        lexicon.add(entry)
    for entry in _city_entries(DATA_DIR / "cities.tsv", places):
        if entry.key in lexicon.entries and lexicon.entries[entry.key].kind == "country":
            continue
        lexicon.add(entry)
    for entry, after_compass in _region_entries(DATA_DIR / "regions.tsv"):
        lexicon.compass_regions[entry.names["en"]] = entry
        if not after_compass:
            lexicon.gazetteer_regions[entry.names["en"]] = entry
    _adjectives(places, lexicon)
    for entry in _organisation_entries(DATA_DIR / "organisations.yaml"):
        lexicon.add(entry, override=True)
    for name in extra_files:
        for entry in _organisation_entries(Path(name)):
            lexicon.add(entry, override=True)
    lexicon.given_names, lexicon.given_name_genders = _given_names()
    lexicon.family_name_first = frozenset(_word_list(DATA_DIR / "family_name_first.txt"))
    return lexicon


def _word_list(path: Path) -> list[str]:
    """The lines of an editable word list, without blanks and # comments."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


class ChecksumSet:
    """A set of names or words kept as sorted CRC-32 checksums (4 bytes an item, not
    ~100 for a set of strings: ~50,000 items): another string shares one checksum
    with a listed item once in ~100,000 strings asked, and only the words after a
    place preposition are asked."""

    def __init__(self, names: Iterable[str]) -> None:
        sums = numpy.unique(numpy.fromiter((zlib.crc32(name.encode("utf-8")) for name in names),
                                           dtype=numpy.uint32))
        self._sums = array("I")  # (bisect on an array: ~1 µs a lookup, numpy's ~20 µs)
        self._sums.frombytes(sums.astype(numpy.uint32).tobytes())

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        checksum = zlib.crc32(name.encode("utf-8"))
        k = bisect_left(self._sums, checksum)
        return k < len(self._sums) and self._sums[k] == checksum

    def __len__(self) -> int:
        return len(self._sums)


@functools.lru_cache(maxsize=1)
def town_names() -> ChecksumSet:
    """The names of towns too small for ``cities.tsv`` (``towns.txt``): read only after a
    place preposition, so loaded when the first text asks (see scripts/build-gazetteer)."""
    return _checksum_list(DATA_DIR / "towns.txt")


@functools.lru_cache(maxsize=1)
def english_words() -> ChecksumSet:
    """The lower-case English dictionary words (``english_words.txt``): a capitalised
    one after "in" ("in Nature") names no town."""
    return _checksum_list(DATA_DIR / "english_words.txt")


@functools.lru_cache(maxsize=1)
def german_words() -> ChecksumSet:
    """The capitalised German dictionary words, every form, and the short lower-case ones
    (``german_words.txt``): one after "in" ("in Fragen") or a compound of them ("in
    Rückhaltebecken") names no town."""
    return _checksum_list(DATA_DIR / "german_words.txt")


def _checksum_list(path: Path) -> ChecksumSet:
    """The items of a word list (one a line, # comments), streamed: no list of strings."""
    with path.open(encoding="utf-8") as lines:
        return ChecksumSet(item for line in lines
                           if (item := line.strip()) and not item.startswith("#"))
