"""A synthetic news corpus of any size, made from the dev texts.

Each generated document is one dev text with its people, places, dates and
paragraph order varied, so that N documents are N different texts (different
``sha256``, different document ids) with the same shape and vocabulary as the
real ones. The generator is deterministic (same seed, same texts) and streams:
documents are made one at a time and never held as a corpus.

    python -m bench.corpus 1000 --out /tmp/corpus.jsonl     # one JSON line per document
    python -m bench.corpus 100 --out /tmp/corpus/           # one .txt per document
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "eval" / "dev"

#: Given names the dev texts use (the generator finds "Given Family" pairs by them)
#: plus those of kg/data/given_names.txt, read at start.
KNOWN_GIVEN = {
    "Alexander", "Annalena", "Antony", "Boris", "Dmitri", "Dmitry", "Donald", "Emmanuel",
    "Friedrich", "Hannelore", "Hendrik", "Jens", "Julianne", "Kadri", "Karl", "Markus", "Marco",
    "Nancy", "Olaf", "Rainer", "Recep", "Rustem", "Sabine", "Sergei", "Sergey", "Serhiy", "Silke",
    "Stephan", "Theo", "Vladimir", "Volodymyr", "Wendy", "Yoshimasa", "Andrij", "Bernd",
    "Christian", "Daniel", "Peter", "Thomas", "Michael", "Robert", "James", "John", "Joe",
}
#: Pools the replacements are drawn from: common names every name list knows.
GIVEN_POOL = ("Anna", "Peter", "Maria", "Thomas", "Elena", "Martin", "Sofia", "Daniel", "Laura",
              "Michael", "Julia", "Andreas", "Katrin", "Stefan", "Monika", "Paul")
FAMILY_POOL = ("Novak", "Kowalski", "Andersen", "Dubois", "Rossi", "Petrov", "Jansen", "Lindqvist",
               "Horvath", "Costa", "Berger", "Keller", "Wagner", "Nilsson", "Moreau", "Ricci",
               "Schmitt", "Fischer", "Brandt", "Larsen")
#: Cities that occur in the dev texts, and what they may become (per language).
CITIES = {
    "de": ("Brüssel", "Genf", "Bonn", "Münster", "Berlin", "Istanbul", "Wien", "Prag", "Warschau",
           "Hamburg", "Köln", "Leipzig", "Madrid", "Rom", "Paris", "Helsinki"),
    "en": ("Brussels", "Geneva", "Istanbul", "Berlin", "Vienna", "Prague", "Warsaw", "Helsinki",
           "Oslo", "Lisbon", "Madrid", "Rome", "Paris", "Ankara"),
}
MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
#: Syllables of invented family names (``generate(new_names=True)``): 24**4 names,
#: so nearly every person of every document gets a name no earlier one had.
SYLLABLES = ("ba", "ko", "ri", "sen", "mar", "tel", "vo", "lin", "da", "ru", "gor", "mi",
             "sta", "ne", "fal", "quin", "ter", "zu", "po", "han", "ve", "dor", "li", "mes")
_CAP = r"[A-ZÄÖÜ][a-zäöüßéèáíóúçšžćčł]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class BenchDoc:
    """One generated document."""

    index: int
    source: str  # the dev text it was made from (file name)
    lang: str
    title: str
    text: str

    @property
    def url(self) -> str:
        return f"bench://doc/{self.index}"

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "title": self.title, "url": self.url,
                           "lang": self.lang}, ensure_ascii=False)


@dataclass(frozen=True)
class SourceDoc:
    name: str
    lang: str
    text: str


def read_sources(folder: Path | None = None) -> list[SourceDoc]:
    """The dev texts (``*.txt``; language from ``name.de.txt``, else guessed)."""
    folder = folder or DEFAULT_SOURCE
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no .txt files in {folder}")
    sources = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        suffixes = path.suffixes
        lang = suffixes[-2].lstrip(".") if len(suffixes) >= 2 and suffixes[-2] in (".de", ".en") \
            else ("de" if re.search(r"\b(der|die|und)\b", text) else "en")
        sources.append(SourceDoc(path.name, lang, text))
    return sources


def _given_names() -> set[str]:
    names = set(KNOWN_GIVEN)
    path = REPO_ROOT / "kg" / "data" / "given_names.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                names.add(word)
    return names


def invented_family_name(rng: random.Random) -> str:
    """A family name made of four syllables ("Ritelquinda")."""
    return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize()


class Varier:
    """Rewrites one text into a variant; all randomness comes from ``rng``."""

    def __init__(self, given_names: set[str]) -> None:
        given = "|".join(sorted((re.escape(g) for g in given_names), key=len, reverse=True))
        self.person = re.compile(rf"\b({given}) ({_CAP})\b")

    def names(self, text: str, rng: random.Random, new_names: bool = False) -> str:
        """Swap every "Given Family" pair, and later "Family" alone, for a name from the pools
        (with ``new_names``, for an invented family name: real news keep naming new people)."""
        mapping: dict[str, tuple[str, str]] = {}
        for match in self.person.finditer(text):
            family = match.group(2)
            if family not in mapping and family not in GIVEN_POOL:
                new_family = invented_family_name(rng) if new_names else rng.choice(FAMILY_POOL)
                mapping[family] = (rng.choice(GIVEN_POOL), new_family)
        if not mapping:
            return text

        def full(match: re.Match[str]) -> str:
            new = mapping.get(match.group(2))
            return f"{new[0]} {new[1]}" if new else match.group(0)

        text = self.person.sub(full, text)
        surnames = re.compile(r"\b(" + "|".join(re.escape(f) for f in mapping) + r")\b")
        return surnames.sub(lambda m: mapping[m.group(1)][1], text)

    @staticmethod
    def places(text: str, lang: str, rng: random.Random) -> str:
        pool = CITIES[lang]
        present = [c for c in pool if re.search(rf"\b{re.escape(c)}\b", text)]
        if not present:
            return text
        targets = rng.sample(pool, len(pool))
        mapping = dict(zip(present, targets, strict=False))
        pattern = re.compile(r"\b(" + "|".join(re.escape(c) for c in present) + r")\b")
        return pattern.sub(lambda m: mapping[m.group(1)], text)

    @staticmethod
    def dates(text: str, lang: str, rng: random.Random) -> str:
        years = rng.randint(-3, 3)
        days = rng.randint(0, 27)
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + years), text)
        months = "|".join(MONTHS[lang])

        def shift(day: str) -> str:
            return str((int(day) - 1 + days) % 28 + 1)

        if lang == "de":
            return re.sub(rf"\b(\d{{1,2}})\.(\s+)({months})\b",
                          lambda m: f"{shift(m.group(1))}.{m.group(2)}{m.group(3)}", text)
        text = re.sub(rf"\b({months})(\s+)(\d{{1,2}})\b",
                      lambda m: f"{m.group(1)}{m.group(2)}{shift(m.group(3))}", text)
        return re.sub(rf"\b(\d{{1,2}})(\s+)({months})\b",
                      lambda m: f"{shift(m.group(1))}{m.group(2)}{m.group(3)}", text)

    @staticmethod
    def paragraphs(text: str, rng: random.Random) -> str:
        """Shuffle the paragraphs after the first (the headline stays on top)."""
        parts = _PARAGRAPH_BREAK.split(text.strip("\n"))
        if len(parts) <= 2:
            return text
        head, body = parts[0], parts[1:]
        rng.shuffle(body)
        return "\n\n".join([head, *body]) + "\n"


def generate(n: int, seed: int = 0, source: Path | None = None,
             new_names: bool = False) -> Iterator[BenchDoc]:
    """Yield ``n`` documents, one at a time (deterministic for a seed).

    By default the persons' names come from small pools, so the corpus's vocabulary
    stops growing after a few hundred documents; ``new_names`` gives every person an
    invented family name instead, so that it keeps growing, as over real news.
    """
    sources = read_sources(source)
    varier = Varier(_given_names())
    for index in range(n):
        src = sources[index % len(sources)]
        rng = random.Random(f"{seed}:{index}")
        text = varier.names(src.text, rng, new_names)
        text = varier.places(text, src.lang, rng)
        text = varier.dates(text, src.lang, rng)
        text = varier.paragraphs(text, rng)
        # The headline carries the number, so every document is a different text.
        head, sep, rest = text.partition("\n")
        head = f"{head} (#{index})"
        yield BenchDoc(index, src.name, src.lang, head, head + sep + rest)


def write(docs: Iterator[BenchDoc], out: Path) -> int:
    """Write documents to ``out``: a ``.jsonl`` file, or a folder of ``.txt`` files."""
    count = 0
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(doc.to_json() + "\n")
                count += 1
        return count
    out.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        stem = Path(doc.source).name.removesuffix(".txt")
        (out / f"{doc.index:06d}-{stem}.txt").write_text(doc.text, encoding="utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--source", type=Path, default=None,
                        help=f"folder of .txt source texts (default {DEFAULT_SOURCE})")
    parser.add_argument("--out", type=Path, default=None,
                        help="a .jsonl file or a folder (default: JSON lines on stdout)")
    parser.add_argument("--new-names", action="store_true",
                        help="an invented family name for every person (a growing vocabulary)")
    args = parser.parse_args(argv)
    docs = generate(args.n, args.seed, args.source, args.new_names)
    if args.out is None:
        for doc in docs:
            sys.stdout.write(doc.to_json() + "\n")
        return 0
    count = write(docs, args.out)
    print(f"wrote {count} documents to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
