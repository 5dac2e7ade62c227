"""Dates: absolute, partial and relative date expressions, resolved.

Each date expression becomes a span in ``doc.spans["kg_dates"]`` with
``span._.kg_date``: a ``DateValue`` holding the ISO date (``2022-01-12``, or
``--01-12`` when the year is unknown), whether the year was inferred, and a
warning when a weekday contradicts its date.

The reference date for relative expressions ("am Mittwoch", "on Friday") is
the publication date (``--published`` or a dateline), else the first full
date in the text. A weekday with a day and month but no year ("Mittwoch
(12. Januar)") fixes the year: the latest year, not after the publication date
or today, in which that day falls on that weekday (flagged as inferred).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.doc import doc_text, init_doc, set_span_extension, token_table
from kg.extract.vocab import MONTH_ALIASES, MONTHS, WEEKDAYS


@dataclass(init=False, unsafe_hash=True)
class DateValue:
    """A resolved date: equal and hashed by its fields, and never changed once made
    (not ``frozen``: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``; this one is written out, as ``doc.Fact``'s)."""

    iso: str  # "2022-01-12", "--01-12", "2022-03", "2005"
    text: str
    inferred: bool
    warning: str | None
    weekday_only: bool
    #: ``date``, read once (the meeting rules ask many times per date).
    _day: dt.date | None = field(default=None, repr=False, compare=False)

    def __init__(self, iso: str, text: str, inferred: bool = False, warning: str | None = None,
                 weekday_only: bool = False) -> None:
        self.iso = iso
        self.text = text
        self.inferred = inferred
        self.warning = warning
        self.weekday_only = weekday_only
        self._day = _full_date(iso)

    @property
    def date(self) -> dt.date | None:
        """The day, if the value names one (not "--01-12", "2022-03" or "2005")."""
        return self._day


#: A full ISO date: "2022-01-12", not "--01-12", "2022-03" or "2005".
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=4096)
def _full_date(iso: str) -> dt.date | None:
    """The date an ISO text names, if it names a day (meetings ask many times per date)."""
    return dt.date.fromisoformat(iso) if _FULL_DATE.fullmatch(iso) else None


if not Span.has_extension("kg_date"):
    Span.set_extension("kg_date", default=None)

_MONTH_NUMBER = {name.lower(): i + 1 for names in MONTHS.values() for i, name in enumerate(names)}
_MONTH_NUMBER.update({k.lower(): v for k, v in MONTH_ALIASES.items()})
_WEEKDAY_NUMBER = {name.lower(): i for names in WEEKDAYS.values() for i, name in enumerate(names)}

_MONTH = "|".join(sorted({*(_m for names in MONTHS.values() for _m in names), "Jänner"},
                         key=len, reverse=True))
#: "Feb 3, 2025", "3. Jan. 2025": abbreviated months, as news agencies' datelines write them.
_MONTH_ABBR = "|".join(sorted((a for a in MONTH_ALIASES if len(a) <= 4), key=len, reverse=True))
_ANY_MONTH = rf"(?:{_MONTH})\b|(?:{_MONTH_ABBR})\b\.?"
_WEEKDAY = "|".join(d for names in WEEKDAYS.values() for d in names)
#: Lookaheads for the first character of a match: they let the regex engine
#: skip most positions at once (3-5x faster scans, same matches).
_WEEKDAY_INITIALS = "".join(sorted({day[0] for names in WEEKDAYS.values() for day in names}))
_NAME_INITIALS = "".join(sorted(set(_WEEKDAY_INITIALS) | {m[0] for m in _MONTH.split("|")}))
_DAY_FIRST = re.compile(
    rf"(?=[0-9{_WEEKDAY_INITIALS}])"
    rf"(?:(?P<wd>{_WEEKDAY})(?:,\s*(?:(?:dem|den|the)\s+)?|\s*\(\s*|\s+))?"
    rf"(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th)?(?:\s+(?:und|bis|and|to|-|–)\s+(?P<d2>[0-3]?\d)\.?)?"
    rf"\s+(?:of\s+)?(?P<m>{_ANY_MONTH})(?:\s+(?P<y>1[5-9]\d\d|20\d\d))?\)?")
_MONTH_FIRST = re.compile(
    rf"(?=[{_NAME_INITIALS}])(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_ANY_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?:[-–](?P<d2>[0-3]?\d)\b)?(?:,?\s+(?P<y>1[5-9]\d\d|20\d\d))?")
_MONTH_INITIALS = "".join(sorted({m[0] for m in _MONTH.split("|")}))
_MONTH_YEAR = re.compile(rf"(?=[{_MONTH_INITIALS}])\b(?P<m>{_ANY_MONTH})\s+(?P<y>1[5-9]\d\d|20\d\d)\b")
_WEEKDAY_ALONE = re.compile(rf"(?=[{_WEEKDAY_INITIALS}])\b(?P<wd>{_WEEKDAY})"
                            rf"(?P<part>abend|morgen|nachmittag|vormittag|mittag|nacht)?\b")
_ISO = re.compile(r"(?=[12])\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_NUMERIC = re.compile(r"(?=\d)\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def infer_year(month: int, day: int, weekday: int, before: dt.date) -> int | None:
    """The latest year ≤ before.year in which month/day is that weekday (and not after ``before``)."""
    for year in range(before.year, before.year - 30, -1):
        date = _valid(year, month, day)
        if date and date <= before and date.weekday() == weekday:
            return year
    return None


@functools.lru_cache(maxsize=4096)
def year_near(month: int, day: int, reference: dt.date) -> int:
    """Year for a day and month written without one: the one nearest the reference."""
    best = reference.year
    best_gap = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        date = _valid(year, month, day)
        if date is None:
            continue
        gap = abs((date - reference).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


#: Words before a weekday that make it the end of a time still running ("bis Sonntag").
UNTIL_BEFORE: Final = re.compile(r"\b(?:until|till|through|bis(?: zum)?)\s+$", re.I)

#: How far back from a weekday its clause is read for tense (to a clause mark).
CLAUSE_WINDOW: Final = 100
#: A clause ends at punctuation; a full stop not after a lone capital letter, so an
#: initialism does not end it ("is scheduled to meet U.S. Trade Representative … on
#: Monday": still the clause of "scheduled to"), but a sentence after "the US." starts one.
_CLAUSE_MARK = re.compile(r"[!?;:,\n–—(\"“„«»]|\.(?<!(?<![A-Za-z])[A-Z]\.)")
#: Words in a weekday's clause, before it, that put it after the reference date:
#: "will meet on Monday", "said they would return to talks on Wednesday", "is
#: expected to join on Friday", "next Wednesday", "wird am Mittwoch erwartet",
#: "soll am kommenden Montag beginnen".
FUTURE_IN_CLAUSE: Final = re.compile(
    r"\b(?:will|would|shall|'ll|(?:due|set|scheduled|expected|slated|planned|going) to|"
    r"plans? to|next|coming|upcoming|wird|werden|soll|sollen|sollte|sollten|"
    r"kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?)\b", re.I)


#: Right before a weekday: the next one after the reference ("next Tuesday" written on
#: a Tuesday is a week later), or the last one before it ("last Tuesday").
NEXT_BEFORE: Final = re.compile(r"\b(?:next|coming|nächsten|kommenden)\s+$", re.I)
#: Right before a weekday: a day something is set for, not yet come ("lud für Montag
#: zu einem Treffen ein", "a vote scheduled for Friday"), the reference day at the earliest.
FOR_BEFORE: Final = re.compile(r"\b(?:für|for)\s+$", re.I)
LAST_BEFORE: Final = re.compile(r"\b(?:last|past|vergangenen|letzten)\s+$", re.I)
#: The three at once, one search for each weekday (the word right before it is of at
#: most one of them, so at most one group matches).
NEXT_LAST_FOR_BEFORE: Final = re.compile(
    r"\b(?:(?P<next>next|coming|nächsten|kommenden)|"
    r"(?P<last>last|past|vergangenen|letzten)|(?P<for>für|for))\s+$", re.I)


#: The last clause mark of a text: ``.*`` runs to the end and backs off to the
#: rightmost place a mark matches (every mark is one character, so that is
#: where the last of ``_CLAUSE_MARK.finditer`` is).
_LAST_CLAUSE_MARK = re.compile(rf"(?s:.*)(?:{_CLAUSE_MARK.pattern})")


def _clause_before(text: str, start: int) -> str:
    """The text of the clause before ``start``: back to a clause mark, at most
    ``CLAUSE_WINDOW`` characters."""
    window = text[max(0, start - CLAUSE_WINDOW):start]
    last = _LAST_CLAUSE_MARK.match(window)
    return window[last.end():] if last else window


def weekday_near(weekday: int, reference: dt.date) -> dt.date:
    """The date with that weekday closest to the reference (ties: the earlier).

    The weekday lies ``ahead`` days after the reference (0-6) or ``7 - ahead``
    days before it; as 7 is odd, the two are never equally far."""
    ahead = (weekday - reference.weekday()) % 7
    return reference + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


@dataclass(slots=True, init=False)
class _Raw:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    text: str
    #: Not before the reference: "bis Sonntag", "until Sunday" (a time runs up to it),
    #: "will meet on Monday" (future tense; see ``_set_direction``).
    forward: bool
    #: +1 for "next Tuesday", "am kommenden Dienstag": a day after the reference, never
    #: the reference itself; -1 for "last Tuesday", "am vergangenen Dienstag": one before.
    strict: int

    def __init__(self, start: int, end: int, day: int | None, month: int | None,
                 year: int | None, weekday: int | None, text: str) -> None:
        # (written out, as ``doc.Fact``'s: compiled, a native ``__init__``)
        self.start = start
        self.end = end
        self.day = day
        self.month = month
        self.year = year
        self.weekday = weekday
        self.text = text
        self.forward = False
        self.strict = 0


#: Where a date expression can start: at a digit, or at a weekday or month
#: name (no name contains another after its first letter, so these
#: non-overlapping matches find every place a name starts).
_DIGIT = re.compile(r"\d")
_NAME = re.compile(rf"{_WEEKDAY}|{_MONTH}|{_MONTH_ABBR}")


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only the positions in ``starts``
    (sorted, and including every position a match can start at). Each scan
    of the whole text costs as much as the rest of ``_scan``; dates are few."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                yield match
                end = match.end()


def _scan(text: str, starts: tuple[list[int], list[int]] | None = None) -> list[_Raw]:
    """The date expressions of ``text``; ``starts``: where its digits and its
    weekday and month names start, if known (``_doc_starts``)."""
    if starts is None:
        digits = [m.start() for m in _DIGIT.finditer(text)]
        names = [m.start() for m in _NAME.finditer(text)]
    else:
        digits, names = starts
    # ISO and numeric dates start at a word boundary: at the first digit of a run.
    run_starts = [p for k, p in enumerate(digits) if k == 0 or digits[k - 1] != p - 1]
    # A day ("12. Januar") is one or two digits with no digit after them, so it
    # starts at one of the last two digits of a run.
    day_starts = [p for k, p in enumerate(digits)
                  if k + 2 >= len(digits) or digits[k + 2] != p + 2]
    days_or_names = sorted(day_starts + names)
    found: list[_Raw] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], day: int | None, month: int | None, year: int | None,
            weekday: int | None) -> None:
        start, end = m.span()
        for s, e in taken:  # (a loop, not ``all`` over a generator: a few dates per text)
            if end > s and start < e:
                return  # overlaps a date found before
        taken.append((start, end))
        found.append(_Raw(start, end, day, month, year, weekday, m.group(0)))

    for m in _matches(_ISO, text, run_starts):
        add(m, int(m["d"]), int(m["m"]), int(m["y"]), None)
    for m in _matches(_NUMERIC, text, run_starts):
        add(m, int(m["d"]), int(m["m"]), int(m["y"]), None)
    for m in _matches(_DAY_FIRST, text, days_or_names):
        # a range's weekday may be its last day's ("Monday and Tuesday, March 3-4"): not checked
        wd = _WEEKDAY_NUMBER.get((m["wd"] or "").lower()) if not m["d2"] else None
        add(m, int(m["d"]), _MONTH_NUMBER[m["m"].rstrip(".").lower()], int(m["y"]) if m["y"] else None, wd)
    for m in _matches(_MONTH_FIRST, text, names):
        if m["m"] == "May" and not m["y"] and not m["wd"] and _after_a_name(text, m.start()):
            continue  # "Theresa May 14 times", not "BRASILIA, May 14" nor "on May 27"
        wd = _WEEKDAY_NUMBER.get((m["wd"] or "").lower()) if not m["d2"] else None
        add(m, int(m["d"]), _MONTH_NUMBER[m["m"].rstrip(".").lower()], int(m["y"]) if m["y"] else None, wd)
    for m in _matches(_MONTH_YEAR, text, names):
        add(m, None, _MONTH_NUMBER[m["m"].rstrip(".").lower()], int(m["y"]), None)
    for m in _matches(_WEEKDAY_ALONE, text, names):
        add(m, None, None, None, _WEEKDAY_NUMBER[m["wd"].lower()])
        if found and found[-1].start == m.start():
            _set_direction(found[-1], text)
    return sorted(found, key=lambda r: r.start)


#: The word before a match, if it ends right before it after spaces.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
#: Capitalised words before "May 14" that open a sentence rather than name a person.
_MAY_OPENERS = frozenset({"On", "In", "By", "Since", "Until", "From", "Through", "Before", "After",
                          "Early", "Late", "Mid", "Last", "Next", "And", "Or", "To", "Of"})


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than a sentence-opening preposition stands right
    before ``start`` ("Theresa May 14": the name, not the month)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[1][:1].isupper() and before[1] not in _MAY_OPENERS


def _has_digit(word: str) -> bool:
    return _DIGIT.search(word) is not None


def _has_name(word: str) -> bool:
    return _NAME.search(word) is not None


@functools.lru_cache(maxsize=16384)
def _digit_offsets(word: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _DIGIT.finditer(word))


@functools.lru_cache(maxsize=16384)
def _name_offsets(word: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _NAME.finditer(word))


def _doc_starts(doc: Doc) -> tuple[list[int], list[int]]:
    """Where the doc's text has a digit and where a weekday or month name
    starts (``_scan``'s regex scans of the whole text), from the few tokens
    that hold one: each distinct word is tested once per process.

    A digit is never whitespace, so it lies in a token; a name is letters only,
    and spaCy splits a run of letters only by a tokenizer exception (none splits
    a name: checked over spaCy 3's German and English exceptions), so a name
    lies in one token."""
    table = token_table(doc)
    texts, idx = table.text, table.idx
    digits = [idx[i] + k for i in table.positions("date-digit", _has_digit)
              for k in _digit_offsets(texts[i])]
    names = [idx[i] + k for i in table.positions("date-name", _has_name)
             for k in _name_offsets(texts[i])]
    return digits, names


def _set_direction(raw: _Raw, text: str) -> None:
    """Whether a weekday alone lies after the reference date (``forward``): a
    time runs until it, or its clause is in the future tense. Else it is the
    nearest such day (the reference may be the first date the text names, not
    its publication, so a past tense does not make it earlier)."""
    if UNTIL_BEFORE.search(text, max(0, raw.start - 12), raw.start):
        raw.forward = True
        return
    before = NEXT_LAST_FOR_BEFORE.search(text[max(0, raw.start - 12):raw.start])
    if before is not None:
        if before["next"]:  # NEXT_BEFORE
            raw.forward, raw.strict = True, 1
        elif before["last"]:  # LAST_BEFORE
            raw.strict = -1
        else:  # FOR_BEFORE
            raw.forward = True
        return
    if FUTURE_IN_CLAUSE.search(_clause_before(text, raw.start)):
        raw.forward = True


def resolve(raw: _Raw, reference: dt.date | None, ceiling: dt.date,
            reference_inferred: bool = False) -> DateValue | None:
    """Turn a scanned expression into a DateValue against the reference date."""
    if raw.day is None and raw.month is None:  # weekday alone
        if reference is None:
            return None
        date = weekday_near(raw.weekday, reference)  # type: ignore[arg-type]
        if raw.forward and date < reference or raw.strict > 0 and date == reference:
            date += dt.timedelta(days=7)
        elif raw.strict < 0 and date >= reference:
            date -= dt.timedelta(days=7)
        return DateValue(date.isoformat(), raw.text, inferred=reference_inferred,
                         weekday_only=True)
    if raw.day is None:
        return DateValue(f"{raw.year:04d}-{raw.month:02d}", raw.text)
    assert raw.month is not None
    year = raw.year
    inferred = False
    if year is None and reference is not None:
        year = year_near(raw.month, raw.day, reference)
        inferred = reference_inferred
    elif year is None and raw.weekday is not None:
        year = infer_year(raw.month, raw.day, raw.weekday, ceiling)
        inferred = year is not None
    if year is None:
        return DateValue(f"--{raw.month:02d}-{raw.day:02d}", raw.text)
    full = _valid(year, raw.month, raw.day)
    if full is None:
        return None
    warning = None
    if raw.weekday is not None and full.weekday() != raw.weekday:
        warning = (f"'{raw.text}': {full.isoformat()} is a "
                   f"{WEEKDAYS['en'][full.weekday()]}, not a {WEEKDAYS['en'][raw.weekday]}")
    return DateValue(full.isoformat(), raw.text, inferred=inferred, warning=warning)


def reference_date(raws: list[_Raw], published: str | None, ceiling: dt.date) -> dt.date | None:
    """Publication date, else the first full date, else a weekday-fixed date."""
    if published:
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            pass
    for raw in raws:
        if raw.year and raw.month and raw.day:
            date = _valid(raw.year, raw.month, raw.day)
            if date:
                return date
    for raw in raws:
        if raw.day and raw.month and raw.weekday is not None:
            year = infer_year(raw.month, raw.day, raw.weekday, ceiling)
            if year:
                return dt.date(year, raw.month, raw.day)
    return None


#: A place name in a dateline: capitalised words, joined by at most a few lower-case
#: particles ("Frankfurt am Main", "Rio de Janeiro", "NEW YORK"). A headline with a
#: dash ("Warnstreik legt Kliniken lahm – …") has lower-case words of its own.
_DATELINE_WORD = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČ](?:[^\W\d_]|[.\-])+"  # "BRÜSSEL", "São", "Łódź"
_DATELINE_PLACE = (rf"{_DATELINE_WORD}(?:\s+(?:(?:am|an|der|ob|im|upon|on|de|del|la|le|di|da|do)\s+)*"
                   rf"{_DATELINE_WORD}){{0,3}}")
#: "BONN, 12. Januar 2022 –", "WASHINGTON (Reuters) -": a place (the first of
#: "Kiew/Berlin"), then a date or a country, or the news agency in brackets, then a dash.
DATELINE: Final = re.compile(
    rf"^\s*(?P<place>{_DATELINE_PLACE})"
    r"(?:/[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.\-]{1,30})*\s*"
    r"(?:,\s*(?P<date>[^–—\-\n(]{4,40}?))?\s*(?:\([^()\n]{2,30}\))?\s*[–—-]{1,2}\s",
    re.MULTILINE)  # (an agency may have a hyphen: "(dpa-AFX)", "(Keystone-SDA)")


#: How far after the dateline the lead's weekday may stand: its first sentence.
LEAD_WINDOW: Final = 400


#: Right before a weekday: a statement reported that day ("Dominguez said on Wednesday").
SAID_ON: Final = re.compile(r"\b(?:said|says|told reporters|sagte|erklärte|betonte)\s+(?:on|am)\s+$")
#: How many characters before a weekday ``SAID_ON`` reads.
SAID_ON_REACH: Final = 20


#: Around a weekday: late in that day ("late on Wednesday", "Wednesday night",
#: "Mittwochabend"). Agency copy dated the next morning reports it as well as copy
#: dated that day, so the dateline day is that weekday or the one after.
LATE_BEFORE: Final = re.compile(r"\blate\s+(?:on\s+)?$", re.I)
LATE_AFTER: Final = re.compile(r"\s+(?:night|evening)\b", re.I)
#: How many years back a dateline's year is looked for: every weekday falls on a
#: given day and month at least once in any twelve years.
YEARS_BACK: Final = 12


def _is_late(raw: _Raw, text: str) -> bool:
    """Whether a weekday is named as its evening or night ("late on Tuesday")."""
    if raw.text.lower().endswith(("abend", "nacht")):
        return True
    return bool(LATE_BEFORE.search(text, max(0, raw.start - 8), raw.start)
                or LATE_AFTER.match(text, raw.end))


def _year_of_recent_weekday(month: int, day: int, weekday: int, ceiling: dt.date) -> int | None:
    """The latest year, not after the ceiling, in which the dateline day is that
    weekday or the day after it.

    Agency copy reports what happened that day or the day before ("met on
    Wednesday" in copy dated Thursday)."""
    for year in range(ceiling.year, ceiling.year - YEARS_BACK, -1):
        date = _valid(year, month, day)
        if date and date <= ceiling and (date.weekday() - weekday) % 7 in (0, 1):
            return year
    return None


def dateline_by_lead_weekday(dateline: re.Match[str], raws: list[_Raw],
                             ceiling: dt.date, text: str = "") -> dt.date | None:
    """A dateline with day and month but no year ("NEW DELHI, Feb 11 (Reuters) -")
    gets its year from the weekdays after it, in this order:

    - the lead's first weekday that is neither ahead nor back ("pledged on Tuesday",
      not "will meet on Friday", "last Monday"): agency leads report the
      dateline day's news, so the dateline day is that weekday; named as its
      evening ("late on Tuesday"), the dateline day may also be the day after;
    - the first weekday a statement is reported on ("X said on Wednesday"), as
      agency copy reports that day's statements;
    - else the weekdays of things past ("met on Monday"; not "will meet on
      Monday"): the first of them, the most recent news, as the dateline day or
      the day before (an article goes further back as it goes on).

    The year is the latest one, not after the ceiling, that fits."""
    line_raws = _scan(dateline["date"])
    if not line_raws or line_raws[0].day is None or line_raws[0].month is None:
        return None
    first = line_raws[0]
    month, day = first.month, first.day
    assert month is not None and day is not None  # (tested above)
    lead_end = dateline.end() + LEAD_WINDOW
    weekdays = [r for r in raws if r.start >= dateline.end() and r.day is None
                and r.month is None and r.weekday is not None]
    # (a day the lead looks ahead or back to, "will chair a summit on Friday", "last
    # Monday", is not the dateline day)
    lead = next((r for r in weekdays if r.start < lead_end and not r.forward and r.strict == 0),
                None)
    if lead is not None and lead.weekday is not None and _is_late(lead, text):
        year = _year_of_recent_weekday(month, day, lead.weekday, ceiling)
    elif lead is not None and lead.weekday is not None:
        year = infer_year(month, day, lead.weekday, ceiling)
    else:
        said = next((r.weekday for r in weekdays
                     if SAID_ON.search(text, max(0, r.start - SAID_ON_REACH), r.start)), None)
        if said is not None:
            year = infer_year(month, day, said, ceiling)
        else:
            past = next((r.weekday for r in weekdays if not r.forward and r.strict == 0), None)
            year = _year_of_recent_weekday(month, day, past, ceiling) if past is not None else None
    return dt.date(year, month, day) if year else None


@Language.component("kg_dates")
def find_dates(doc: Doc) -> Doc:
    """Mark and resolve every date expression; set the document's date."""
    init_doc(doc)
    meta = doc.user_data["kg_meta"]  # doc._.kg_meta, without an object per access
    today = dt.date.fromisoformat(meta["today"]) if meta.get("today") else dt.date.today()
    published = meta.get("published")
    ceiling = dt.date.fromisoformat(published) if published else today
    text = doc_text(doc)
    raws = _scan(text, _doc_starts(doc))
    dateline = DATELINE.search(text[:600])
    if dateline and dateline["date"] and not published:
        line_raws = _scan(dateline["date"])
        if line_raws:
            first = line_raws[0]
            if first.year and first.day and first.month:
                published = dt.date(first.year, first.month, first.day).isoformat()
    reference = reference_date(raws, published, ceiling)
    dateline_inferred = False
    if reference is None and dateline and dateline["date"] and not published:
        reference = dateline_by_lead_weekday(dateline, raws, ceiling, text)
        dateline_inferred = reference is not None
    # A reference fixed only by "Mittwoch (12. Januar)" has an inferred year.
    reference_inferred = dateline_inferred or (reference is not None and not published and
                                               not any(r.year and r.month and r.day for r in raws))
    meta["published"] = published
    meta["reference_date"] = reference.isoformat() if reference else None
    if dateline:
        meta["dateline_place"] = dateline["place"].strip()
        meta["dateline_span"] = (dateline.start("place"), dateline.end("place"))
        meta["dateline_end"] = dateline.end()  # where the lead's own text starts
    spans = []
    table = token_table(doc)
    for raw in raws:
        value = resolve(raw, reference, ceiling, reference_inferred)
        if value is None:
            continue
        span = table.char_span(raw.start, raw.end, expand=True)  # doc.char_span, "expand"
        if span is None:
            continue
        set_span_extension(span, "kg_date", value)
        spans.append(span)
    doc.spans["kg_dates"] = spans
    doc.user_data["kg_date_spans"] = spans  # for DocIndex: the span group would make them again
    return doc
