"""Dates: absolute, partial and relative expressions, resolved against the publication date.

These run the real pipeline and read the resolved values from ``doc.spans["kg_dates"]``.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import process

TODAY = "2026-11-28"


def dates(text: str, lang: str, published: str | None = None) -> dict[str, object]:
    doc = process(text, lang, {"lang": lang, "published": published, "today": TODAY})
    return {span.text: span._.kg_date for span in doc.spans["kg_dates"]}


def test_german_full_dates_in_words_and_numbers():
    found = dates("Am 12.01.2022 trafen sich die Minister. Am 3. März 2021 auch.", "de")
    assert found["12.01.2022"].iso == "2022-01-12"
    assert found["3. März 2021"].iso == "2021-03-03"


def test_english_full_dates_day_first_and_month_first():
    found = dates("On 12 January 2022 the ministers met; on March 3, 2021 they had met before.", "en")
    assert found["12 January 2022"].iso == "2022-01-12"
    assert found["March 3, 2021"].iso == "2021-03-03"


def test_abbreviated_months_of_agency_datelines():
    found = dates("BERLIN, Feb. 3, 2025 (AP) — The talks on Monday lasted long.", "en")
    assert found["Feb. 3, 2025"].iso == "2025-02-03"
    found = dates("Wien, 3. Jan. 2025 – Am Montag trafen sich die Minister.", "de")
    assert found["3. Jan. 2025"].iso == "2025-01-03"
    assert "Jan Böhmermann" not in dates("Jan Böhmermann sprach am 4. Januar 2025.", "de")


def test_german_weekday_alone_is_the_nearest_such_day_to_published():
    value = dates("Am Mittwoch treffen sich die Minister.", "de", "2022-01-10")["Mittwoch"]
    assert value.iso == "2022-01-12"
    assert value.weekday_only
    assert not value.inferred  # the year comes from the publication date, not a guess


def test_english_weekday_alone_in_past_tense_before_published():
    value = dates("The talks resumed on Friday.", "en", "2022-01-10")["Friday"]
    assert value.iso == "2022-01-07"


def test_day_and_month_without_year_take_the_year_nearest_published():
    value = dates("Das Treffen am 3. Januar wird vorbereitet.", "de", "2022-12-28")["3. Januar"]
    assert value.iso == "2023-01-03"


def test_german_weekday_with_date_without_year_infers_the_year():
    value = dates("Am Mittwoch (12. Januar) treffen sich die Minister.", "de")["Mittwoch (12. Januar)"]
    assert value.iso == "2022-01-12"


def test_german_weekday_with_date_without_year_is_marked_inferred():
    value = dates("Am Mittwoch (12. Januar) treffen sich die Minister.", "de")["Mittwoch (12. Januar)"]
    assert value.inferred


def test_weekday_contradicting_the_date_gives_a_warning():
    value = dates("Am Samstag, dem 12. Januar, trafen sich alle.", "de", "2022-01-10")[
        "Samstag, dem 12. Januar"]
    assert value.iso == "2022-01-12"
    assert "Wednesday" in value.warning and "Saturday" in value.warning


def test_german_dateline_sets_published_and_reference():
    doc = process("BERLIN, 7. November 2023 – Am Montag trafen sich die Länderchefs.", "de",
                  {"lang": "de", "published": None, "today": TODAY})
    assert doc._.kg_meta["published"] == "2023-11-07"
    assert {s.text: s._.kg_date.iso for s in doc.spans["kg_dates"]}["Montag"] == "2023-11-06"


def test_english_dateline_sets_published():
    doc = process("GENEVA, January 10, 2022 — On Wednesday the talks continue.", "en",
                  {"lang": "en", "published": None, "today": TODAY})
    assert doc._.kg_meta["published"] == "2022-01-10"
    assert {s.text: s._.kg_date.iso for s in doc.spans["kg_dates"]}["Wednesday"] == "2022-01-12"


def test_month_and_year_give_a_partial_iso_date():
    assert dates("Die Konferenz im März 2022 war wichtig.", "de")["März 2022"].iso == "2022-03"


def test_date_range_resolves_to_its_first_day():
    found = dates("Die Gespräche fanden vom 12. bis 14. Januar 2022 statt.", "de")
    assert [v.iso for v in found.values()] == ["2022-01-12"]


def test_impossible_date_is_dropped():
    assert dates("The meeting on 31 February 2022 was cancelled.", "en") == {}


def test_verb_may_is_not_a_month():
    assert dates("Ministers may 5 times a year meet in Geneva.", "en", "2022-01-10") == {}


def test_dateline_with_news_agency_in_brackets_gives_dateline_place():
    for text, lang in (("OSLO (AP) - The ministers met on Monday.", "en"),
                       ("Genf (dpa) - Die Minister trafen sich am Montag.", "de")):
        doc = process(text, lang, {"lang": lang, "today": TODAY})
        assert doc._.kg_meta["dateline_place"] in {"OSLO", "Genf"}


def test_dateline_with_two_places_gives_the_first():
    doc = process("Kiew/Berlin (dpa) - Die Minister trafen sich am Montag.", "de",
                  {"lang": "de", "today": TODAY})
    assert doc._.kg_meta["dateline_place"] == "Kiew"


def test_german_weekday_after_bis_gives_a_day_not_before_published():
    # published on a Wednesday: "bis Sonntag" is the coming Sunday, not the one before
    found = dates("Die Messe in Leipzig dauert noch bis Sonntag.", "de", published="2025-03-12")
    assert found["Sonntag"].iso == "2025-03-16"


def test_english_weekday_after_until_gives_a_day_not_before_published():
    found = dates("The fair in Leipzig runs until Monday.", "en", published="2025-03-13")
    assert found["Monday"].iso == "2025-03-17"


#: A weekday in a future-tense clause and the day it must resolve to: the coming
#: one, though the nearest such day is before publication (Thursday 13 and
#: Wednesday 12 March 2025).
FUTURE_CLAUSES = [
    ("Both negotiators said they would return to talks on Wednesday.", "en", "2025-03-13",
     "Wednesday", "2025-03-19"),
    ("The finance ministers are scheduled to meet on Monday.", "en", "2025-03-13",
     "Monday", "2025-03-17"),
    ("Die Ministerin wird am Montag in Lissabon erwartet.", "de", "2025-03-12",
     "Montag", "2025-03-17"),
    ("Die Tarifrunde soll am kommenden Montag weitergehen.", "de", "2025-03-12",
     "Montag", "2025-03-17"),
]


@pytest.mark.parametrize(("text", "lang", "published", "weekday", "expected"), FUTURE_CLAUSES)
def test_weekday_in_a_future_clause_is_not_before_published(
        text: str, lang: str, published: str, weekday: str, expected: str) -> None:
    assert dates(text, lang, published=published)[weekday].iso == expected


def test_future_tense_in_an_earlier_clause_leaves_the_weekday_nearest():
    text = "Die Gewerkschaft, die im Herbst streiken will, traf sich am Montag mit dem Vorstand."
    assert dates(text, "de", published="2025-03-12")["Montag"].iso == "2025-03-10"
    text = "The union, which will strike in May, met the board on Monday."
    assert dates(text, "en", published="2025-03-12")["Monday"].iso == "2025-03-10"


def test_a_headline_with_a_dash_is_no_dateline():
    text = ("Busfahrer legen den Nahverkehr lahm – Pendler warten\n\n"
            "Leipzig (dpa) - Die Gewerkschaft rief am Montag zum Warnstreik auf.")
    doc = process(text, "de", {"lang": "de", "today": TODAY})
    assert doc._.kg_meta["dateline_place"] == "Leipzig"
    doc = process("Frankfurt am Main (dpa) – Die Bank traf sich am Montag.", "de",
                  {"lang": "de", "today": TODAY})
    assert doc._.kg_meta["dateline_place"] == "Frankfurt am Main"


def test_dateline_places_with_letters_beyond_german_ones():
    for line, place in [("São Paulo (Reuters) - Die Bank", "São Paulo"),
                        ("BOGOTÁ (AP) - Die Regierung", "BOGOTÁ")]:
        doc = process(line + " traf sich am Montag.", "de", {"lang": "de", "today": TODAY})
        assert doc._.kg_meta["dateline_place"] == place


def test_dateline_agency_with_a_hyphen_still_makes_a_dateline():
    for line, place in [("BASEL (Keystone-SDA) - Die Regierung", "BASEL"),
                        ("Frankfurt (dpa-AFX) - Die Bank", "Frankfurt")]:
        doc = process(line + " traf sich am Montag.", "de", {"lang": "de", "today": TODAY})
        assert doc._.kg_meta["dateline_place"] == place
    found = dates("ZURICH, May 14 (Keystone-SDA) - The court ruled on Wednesday.", "en")
    assert found["Wednesday"].iso.endswith("-05-14")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_tokenizer_exception_splits_a_weekday_or_month_name(lang):
    """Dates find where names start from the tokens that hold them
    (``dates._doc_starts``): that is the regex scan of the text only while
    every name lies inside one token. spaCy splits a run of letters only by a
    tokenizer exception, so none may cut a name."""
    from kg.extract.dates import _NAME
    from kg.extract.pipeline import build_pipeline

    nlp = build_pipeline(lang)
    checked = 0
    for chunk in nlp.tokenizer.rules:
        doc = nlp.make_doc(chunk)
        token_spans = [(t.idx, t.idx + len(t.text)) for t in doc]
        for match in _NAME.finditer(chunk):
            checked += 1
            assert any(start <= match.start() and match.end() <= end
                       for start, end in token_spans), (chunk, match.group(0))
    assert checked > 0  # some exceptions do hold names ("Jan.", "Mon.", ...)


def test_next_weekday_written_on_that_weekday_is_a_week_later():
    # 2024-05-07 was a Tuesday
    assert dates("The envoys will meet next Tuesday.", "en", "2024-05-07")["Tuesday"].iso == "2024-05-14"
    assert dates("Die Gesandten treffen sich am kommenden Dienstag.", "de",
                 "2024-05-07")["Dienstag"].iso == "2024-05-14"


def test_last_weekday_is_before_the_reference():
    assert dates("The envoys met last Thursday.", "en", "2024-05-07")["Thursday"].iso == "2024-05-02"
    assert dates("Die Gesandten trafen sich am vergangenen Dienstag.", "de",
                 "2024-05-07")["Dienstag"].iso == "2024-04-30"


def test_next_weekday_is_the_nearest_one_ahead():
    assert dates("The envoys will meet next Thursday.", "en", "2024-05-07")["Thursday"].iso == "2024-05-09"


def test_initialism_full_stop_does_not_end_a_future_clause():
    # 2025-03-13 was a Thursday: "scheduled to" reaches over "U.S." to Monday
    text = "The envoy is scheduled to meet U.S. Trade Representative Jane Roe in Washington on Monday."
    assert dates(text, "en", "2025-03-13")["Monday"].iso == "2025-03-17"


def test_weekday_a_thing_is_set_for_is_not_before_the_reference():
    # 2025-03-13 was a Thursday
    text = "Die Ministerin lud die Verbände für Montag zu einem Gespräch nach Kiel ein."
    assert dates(text, "de", "2025-03-13")["Montag"].iso == "2025-03-17"
    text = "The mayor invited the unions for Monday to a meeting at city hall."
    assert dates(text, "en", "2025-03-13")["Monday"].iso == "2025-03-17"


def test_may_with_a_day_is_the_month_unless_a_name_stands_before_it():
    assert dates("The vote is due on May 27.", "en", "2025-05-14")["May 27"].iso == "2025-05-27"
    found = dates("LIMA, May 14 (Reuters) - The court ruled on Wednesday.", "en")
    assert found["May 14"].iso.endswith("-05-14")
    assert dates("Theresa May 14 times refused.", "en", "2025-05-14") == {}


def test_a_lead_weekday_ahead_or_back_does_not_date_the_dateline():
    # May 14 was a Wednesday in 2025 (and a Friday in 2021, a Monday in 2018)
    found = dates("LIMA, May 14 (Reuters) - The minister will travel to Cusco on Friday. She "
                  "said on Wednesday the visit was overdue.", "en")
    assert found["Wednesday"].iso == "2025-05-14"
    assert found["Friday"].iso == "2025-05-16"
    found = dates("LIMA, 14. Mai (dpa) - Die Ministerin reist am kommenden Freitag nach Cusco. "
                  "Sie sagte am Mittwoch, der Besuch sei überfällig.", "de")
    assert found["Mittwoch"].iso == "2025-05-14"
    found = dates("LIMA, May 14 (Reuters) - Talks that began last Monday ended on Wednesday.",
                  "en")
    assert found["Wednesday"].iso == "2025-05-14"


def test_month_first_day_range_gives_its_first_day_and_year_without_a_weekday_warning():
    found = dates("Ministers met on Monday and Tuesday, March 3-4, 2025.", "en", "2025-03-10")
    [value] = [v for text, v in found.items() if "March" in text]
    assert value.iso == "2025-03-03"
    assert value.warning is None


def test_sentence_after_an_all_capital_word_starts_a_clause_of_its_own():
    # 2025-03-13 was a Thursday: "will" in the sentence before does not reach "Monday"
    text = "The minister will travel to the US. The envoys met on Monday."
    assert dates(text, "en", "2025-03-13")["Monday"].iso == "2025-03-10"


LONG_LEAD = ("OSLO, Nov 5 (Reuters) - Shipping lines want the port of Oslo to drop a planned rise "
             "in fees, which they say would hurt trade across the whole of the North Sea region "
             "and push cargo towards other ports.\n\nThe port announced the rise last month, "
             "citing higher costs for dredging, for new cranes and for the staff it needs to run "
             "them, and said the new fees would apply from the first day of next year.\n\n")


def test_dateline_year_without_a_lead_weekday_is_fixed_by_a_statement_said_on_a_weekday():
    text = LONG_LEAD + ("The carriers met the port chief on Monday. The minister said on Wednesday "
                        "that he agreed.")
    found = dates(text, "en")
    assert found["Monday"].iso == "2025-11-03"


def test_dateline_year_from_a_past_weekday_makes_the_dateline_that_day_or_the_next():
    # Nov 5 was a Tuesday in 2024 (Wednesday in 2025, Thursday in 2026): news of
    # Monday is news of the day before.
    found = dates(LONG_LEAD + "The carriers met the port chief on Monday.", "en")
    assert found["Monday"].iso == "2024-11-04"
    # Nov 5, 2025 was a Wednesday, the day after a Tuesday.
    found = dates(LONG_LEAD + "Dock workers walked out on Tuesday, and the port shut.", "en")
    assert found["Tuesday"].iso == "2025-11-04"


def test_dateline_year_is_not_fixed_by_a_weekday_still_to_come():
    found = dates(LONG_LEAD + "The carriers will meet the port chief on Monday.", "en")
    assert "Monday" not in found


def test_dateline_year_stays_open_without_any_weekday():
    found = dates(LONG_LEAD + "The carriers met the port chief last month.", "en")
    assert all(not value.iso[:4].isdigit() for value in found.values())


def test_lead_weekday_named_as_its_evening_may_be_the_day_before_the_dateline():
    # March 20 was a Thursday in 2025 and a Wednesday in 2024: "late on Wednesday"
    # in copy dated Thursday is the latest year that fits.
    text = ("QUITO, March 20 (Reuters) - Ecuador's cabinet approved a new fuel levy late on "
            "Wednesday, and hauliers said they would block roads.")
    assert dates(text, "en")["Wednesday"].iso == "2025-03-19"
    text_de = ("WIEN, 20. März (APA) - Der Ministerrat hat am Mittwochabend eine neue "
               "Abgabe beschlossen.")
    assert dates(text_de, "de")["Mittwochabend"].iso == "2025-03-19"


@pytest.mark.parametrize(("before", "clause"), [
    ("Talks ended, and the envoys will meet again on ", " and the envoys will meet again on "),
    ("set to meet U.S. envoy Tai on ", "set to meet U.S. envoy Tai on "),  # an initialism: no end
    ("He said the US. They will meet on ", " They will meet on "),
    ("„Wir reden weiter“ (sagte er); am ", " am "),
    ("no mark at all before ", "no mark at all before "),
    ("", ""),
])
def test_clause_before_a_weekday_runs_back_to_its_last_clause_mark(before, clause):
    from kg.extract.dates import _clause_before

    text = before + "Monday"
    assert _clause_before(text, len(before)) == clause
