"""Meetings: date, place (HELD_IN), participants (PARTICIPATED_IN) and chair (CHAIRED)."""

from __future__ import annotations

from helpers import chairs, extract_text, held_in, meetings, only_meeting, participants

GERMAN_GENEVA = "Am Mittwoch (12. Januar) treffen sich Vertreter der NATO zu Gesprächen in Genf."


def test_german_weekday_and_date_in_brackets_resolved_with_published():
    graph = extract_text(GERMAN_GENEVA, "de", published="2022-01-10")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2022-01-12"
    assert meeting.properties["date_text"] == "Mittwoch (12. Januar)"
    assert "date_inferred" not in meeting.properties
    assert "warnings" not in meeting.properties
    assert held_in(graph, meeting) == {"place:geneva"}
    assert "organisation:nato" in participants(graph, meeting)


def test_german_dateline_gives_the_year():
    graph = extract_text("GENF, 10. Januar 2022 – " + GERMAN_GENEVA, "de")
    assert graph.documents[next(iter(graph.documents))].published == "2022-01-10"
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2022-01-12"
    assert held_in(graph, meeting) == {"place:geneva"}


def test_german_unknown_year_is_inferred_from_the_weekday():
    # No publication date and no dateline: 12 January was a Wednesday in 2022
    # (the latest such year not after "today", 2026-11-28).
    meeting = only_meeting(extract_text(GERMAN_GENEVA, "de"))
    assert meeting.properties["date"] == "2022-01-12"


def test_german_unknown_year_inferred_from_the_weekday_is_flagged():
    meeting = only_meeting(extract_text(GERMAN_GENEVA, "de"))
    assert meeting.properties.get("date_inferred") is True


def test_english_unknown_year_inferred_from_the_weekday_is_flagged():
    meeting = only_meeting(extract_text("On Wednesday, January 12, negotiators will meet for talks "
                                        "in Geneva.", "en"))
    assert meeting.properties["date"] == "2022-01-12"
    assert meeting.properties.get("date_inferred") is True


def test_weekday_alone_is_resolved_against_published_without_inferred_flag():
    graph = extract_text("Am Mittwoch treffen sich die Unterhändler der NATO in Brüssel.", "de",
                         published="2022-01-10")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2022-01-12"
    assert meeting.properties["date_text"] == "Mittwoch"
    assert "date_inferred" not in meeting.properties  # the year is known from --published
    assert held_in(graph, meeting) == {"place:brussels"}


def test_german_weekday_contradicting_the_date_gives_a_warning():
    meeting = only_meeting(extract_text("Am Donnerstag (12. Januar 2022) treffen sich die "
                                        "Delegationen zu Gesprächen in Genf.", "de"))
    assert meeting.properties["date"] == "2022-01-12"
    [warning] = meeting.properties["warnings"]
    assert "Wednesday" in warning and "Thursday" in warning


def test_english_weekday_contradicting_the_date_gives_a_warning():
    meeting = only_meeting(extract_text("On Thursday, 12 January 2022, negotiators met for talks "
                                        "in Geneva.", "en"))
    assert meeting.properties["date"] == "2022-01-12"
    assert len(meeting.properties["warnings"]) == 1


def test_english_participants_from_the_meeting_sentence():
    graph = extract_text("On Wednesday (January 12) NATO and Russia will hold talks in Brussels.",
                         "en", published="2022-01-10")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2022-01-12"
    assert participants(graph, meeting) == {"organisation:nato", "country:ru"}
    assert held_in(graph, meeting) == {"place:brussels"}


def test_german_and_english_reports_of_one_meeting_get_the_same_id():
    german = only_meeting(extract_text(GERMAN_GENEVA, "de", published="2022-01-10"))
    english = only_meeting(extract_text("On Wednesday, NATO and Russia hold talks in Geneva.", "en",
                                        published="2022-01-10"))
    assert german.id == english.id


def test_english_chaired_by_gives_the_chair_and_attended_adds_participants():
    graph = extract_text("The talks in Brussels on Wednesday were chaired by Jens Stoltenberg. "
                         "Wendy Sherman and Alexander Grushko attended.", "en", published="2022-01-10")
    meeting = only_meeting(graph)
    assert chairs(graph, meeting) == {"person:jens-stoltenberg"}
    assert {"person:wendy-sherman", "person:alexander-grushko"} <= participants(graph, meeting)
    assert "person:jens-stoltenberg" not in participants(graph, meeting)


def test_german_unter_der_leitung_gives_the_chair():
    graph = extract_text("Die Gespräche in Genf am Montag fanden unter der Leitung von Wendy Sherman "
                         "statt.", "de", published="2022-01-10")
    meeting = only_meeting(graph)
    assert chairs(graph, meeting) == {"person:wendy-sherman"}


def test_german_inverted_leitet_gives_the_chair():
    graph = extract_text("Das Treffen in Brüssel am Mittwoch leitet NATO-Generalsekretär Jens "
                         "Stoltenberg.", "de", published="2022-01-10")
    meeting = only_meeting(graph)
    assert chairs(graph, meeting) == {"person:jens-stoltenberg"}


def test_german_following_sentence_with_nehmen_teil_adds_participants():
    graph = extract_text("Das Treffen in Brüssel findet am Mittwoch statt. Daran nehmen Wendy Sherman "
                         "und Alexander Gruschko teil.", "de", published="2022-01-10")
    meeting = only_meeting(graph)
    assert {"person:wendy-sherman", "person:alexander-gruschko"} <= participants(graph, meeting)


SCHOLZ_SUMMIT = ("Bundeskanzler Olaf Scholz trifft am Montag die Ministerpräsidenten der Länder zu "
                 "einem Gipfel in Berlin.")


def test_german_event_noun_wins_over_meeting_verb_for_kind_and_name():
    meeting = only_meeting(extract_text(SCHOLZ_SUMMIT, "de", published="2023-11-06"))
    assert meeting.properties["kind"] == "summit"
    assert meeting.properties["name"] == "Gipfel (Berlin)"


def test_german_summit_with_persons_as_participants():
    graph = extract_text(SCHOLZ_SUMMIT, "de", published="2023-11-06")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2023-11-06"
    assert "person:olaf-scholz" in participants(graph, meeting)
    assert held_in(graph, meeting) == {"place:berlin"}


def test_sentence_without_event_noun_gives_no_meeting():
    graph = extract_text("Bundeskanzler Olaf Scholz reiste am Montag nach Paris.", "de",
                         published="2023-11-06")
    assert meetings(graph) == []


def test_later_mention_of_the_same_meeting_is_merged():
    graph = extract_text("Am Mittwoch beginnen in Genf Gespräche zwischen den USA und Russland. "
                         "Das Treffen soll einen Tag dauern.", "de", published="2022-01-10")
    meeting = only_meeting(graph)
    assert participants(graph, meeting) == {"country:us", "country:ru"}


# -- participants named by their title alone --------------------------------------------

def test_german_treffen_mit_dem_kanzler_makes_the_chancellor_a_participant():
    graph = extract_text("Bundeskanzler Karl Weber sprach am Montag in Köln. Am Dienstag, dem "
                         "7. Mai 2024, begann in Bonn das Treffen mit dem Kanzler.", "de",
                         "2024-05-07")
    meeting = only_meeting(graph)
    assert "person:karl-weber" in participants(graph, meeting)


def test_german_die_beiden_ministerpraesidenten_are_the_two_holders_of_that_title():
    text = ("Ministerpräsidentin Anna Berg und Ministerpräsident Jonas Roth reisten am Montag an. "
            "Am Abend des 7. Mai 2024 empfing Karl Weber die beiden Ministerpräsidenten zu einem "
            "Spitzengespräch in Bonn.")
    meeting = only_meeting(graph := extract_text(text, "de", "2024-05-07"))
    assert {"person:anna-berg", "person:jonas-roth"} <= participants(graph, meeting)
    # Three holders of the title but "die beiden": nobody is guessed.
    text = text.replace("und Ministerpräsident Jonas Roth", ", Ministerpräsident Jonas Roth und "
                        "Ministerpräsident Paul Lenz")
    meeting = only_meeting(graph := extract_text(text, "de", "2024-05-07"))
    assert not {"person:anna-berg", "person:jonas-roth", "person:paul-lenz"} & \
        participants(graph, meeting)


def test_english_the_two_former_presidents_are_the_former_presidents_named_before():
    text = ("Former Presidents Karl Weber and Jonas Roth wrote to the delegates, and President "
            "Anna Berg replied. On 7 May 2024 Paul Lenz met the two former presidents in Geneva.")
    meeting = only_meeting(graph := extract_text(text, "en", "2024-05-08"))
    assert {"person:karl-weber", "person:jonas-roth"} <= participants(graph, meeting)
    assert "person:anna-berg" not in participants(graph, meeting)


def test_news_agency_in_the_dateline_is_no_participant():
    graph = extract_text("BRUSSELS, June 12 (Reuters) - Ursula von der Leyen met Wang Yi in "
                         "Brussels on Thursday.", "en", "2025-06-12")
    meeting = only_meeting(graph)
    assert participants(graph, meeting) == {"person:ursula-von-der-leyen", "person:wang-yi"}


def test_what_a_meeting_is_about_is_no_participant():
    graph = extract_text("Olaf Scholz hosted Donald Tusk in Berlin on Monday for talks on "
                         "military aid for Ukraine.", "en", "2025-02-03")
    assert "country:ua" not in participants(graph, only_meeting(graph))
    graph = extract_text("Olaf Scholz und Donald Tusk führten am Montag in Berlin Gespräche über "
                         "die Ukraine.", "de", "2025-02-03")
    assert "country:ua" not in participants(graph, only_meeting(graph))


def test_receiving_a_visitor_on_a_given_day_is_a_meeting():
    graph = extract_text("Frankreichs Präsident Emmanuel Macron hat Bundeskanzler Friedrich Merz am "
                         "Mittwoch im Élysée-Palast empfangen.", "de", "2025-05-14")
    meeting = only_meeting(graph)
    assert {"person:emmanuel-macron", "person:friedrich-merz"} <= participants(graph, meeting)
    assert meeting.properties["date"] == "2025-05-14"
    graph = extract_text("German Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in "
                         "Berlin on Monday.", "en", "2025-02-03")
    meeting = only_meeting(graph)
    assert "person:donald-tusk" in participants(graph, meeting)
    assert chairs(graph, meeting) == {"person:olaf-scholz"}  # the host


def test_receiving_without_a_day_is_no_meeting():
    graph = extract_text("Die Behörde hat die Unterlagen empfangen.", "de", "2025-05-14")
    assert meetings(graph) == []


def test_what_a_meeting_was_about_in_a_later_sentence_is_no_participant():
    graph = extract_text("Emmanuel Macron hat Friedrich Merz am Mittwoch im Élysée-Palast empfangen. "
                         "Bei dem Treffen ging es vor allem um die Zollpolitik der USA und die "
                         "Unterstützung der Ukraine.", "de", "2025-05-14")
    found = participants(graph, only_meeting(graph))
    assert {"person:emmanuel-macron", "person:friedrich-merz"} <= found
    assert not {"country:us", "country:ua"} & found
    graph = extract_text("Die Runde um Friedrich Merz traf sich am Mittwoch in Berlin.", "de",
                         "2025-05-14")
    assert "person:friedrich-merz" in participants(graph, only_meeting(graph))


def test_critic_of_a_meeting_is_no_participant():
    graph = extract_text("Kanzler Olaf Scholz traf am Montag in Paris Präsident Emmanuel Macron.\n\n"
                         "Die Oppositionsführerin Alice Weidel kritisierte das Treffen.", "de",
                         published="2024-05-06")
    meeting = only_meeting(graph)
    assert participants(graph, meeting) == {"person:olaf-scholz", "person:emmanuel-macron"}


def test_state_in_a_possessive_of_a_thing_is_no_participant():
    graph = extract_text("Secretary of State Antony Blinken met Foreign Minister Wang Yi in "
                         "Beijing on Friday, April 26, 2024, and urged China to stop supplying "
                         "Russia's defence industry.", "en", published="2024-04-26")
    meeting = only_meeting(graph)
    assert "country:ru" not in participants(graph, meeting)
    assert {"person:antony-blinken", "person:wang-yi"} <= participants(graph, meeting)


def test_german_state_after_in_is_the_venue_when_no_city_is_named():
    graph = extract_text("Am Montag, dem 3. März 2025, trafen sich die Außenminister der EU "
                         "zu Beratungen in Luxemburg.", "de")
    assert held_in(graph, only_meeting(graph)) == {"country:lu"}


def test_german_place_after_statt_in_is_not_the_venue():
    graph = extract_text("Am 3. März 2025 tagten die Minister der Länder statt in Bremen in Hamburg.", "de")
    assert held_in(graph, only_meeting(graph)) == {"place:hamburg"}


def test_english_place_in_the_discussed_topic_is_not_the_venue():
    graph = extract_text("OSLO (AP) - On Monday, 3 March 2025, the two ministers met at the embassy, "
                         "where they discussed the humanitarian situation in Gaza.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:oslo"}


def test_german_am_nachmittag_dates_a_meeting_on_the_day_last_named():
    graph = extract_text("Am Dienstag, dem 4. März 2025, besuchte Olaf Scholz Prag. "
                         "Am Nachmittag berieten in Prag Annalena Baerbock und Jan Lipavský.", "de")
    dates = {m.properties.get("date") for m in meetings(graph)}
    assert dates == {"2025-03-04"}


def test_english_received_with_a_date_is_a_meeting():
    graph = extract_text("Chancellor Olaf Scholz received Emmanuel Macron in Berlin on 4 March 2025.", "en")
    meeting = only_meeting(graph)
    assert {"person:olaf-scholz", "person:emmanuel-macron"} <= participants(graph, meeting)


def test_english_press_conference_is_no_meeting():
    graph = extract_text("Olaf Scholz spoke at a press conference in Berlin on 4 March 2025.", "en")
    assert meetings(graph) == []


def test_english_undated_meeting_after_a_is_not_merged_into_the_dated_one():
    graph = extract_text("The talks in Berlin on 4 March 2025 were attended by Olaf Scholz. "
                         "Emmanuel Macron is also due to address a meeting of the Bundestag.", "en")
    meeting = only_meeting(graph)
    assert "person:emmanuel-macron" not in participants(graph, meeting)


def test_german_meeting_dated_only_by_a_month_is_a_meeting_of_its_own():
    graph = extract_text("Hamburg (dpa) - Am 4. März 2025 tagten die Innenminister der Länder. "
                         "Ihre Herbstsitzung halten sie im Dezember in Bremen ab.", "de")
    hamburg = [m for m in meetings(graph) if held_in(graph, m) == {"place:hamburg"}]
    assert len(hamburg) == 1 and hamburg[0].properties["date"] == "2025-03-04"


def test_german_meeting_with_only_a_month_is_not_emitted():
    graph = extract_text("Am 4. März 2025 tagten die Innenminister in Hamburg. "
                         "Im Dezember folgt die Herbstsitzung in Bremen.", "de")
    assert [held_in(graph, m) for m in meetings(graph)] == [{"place:hamburg"}]


def test_german_als_versammlungsleiter_chairs_the_meeting_paragraphs_later():
    graph = extract_text("Am 4. März 2025 tagte der Verband in Hamburg.\n\n"
                         "Die Delegierten stimmten ab.\n\n"
                         "„Das ist ein guter Tag“, sagte Peter Petersen als Versammlungsleiter.", "de")
    assert chairs(graph, only_meeting(graph)) == {"person:peter-petersen"}


def test_german_possessive_meeting_after_a_plural_title_gives_every_holder_of_the_title():
    graph = extract_text("Kiel (dpa) - Die Agrarministerinnen und Agrarminister der Länder haben "
                         "mehr Geld gefordert. Bei ihrem Treffen in Kiel am 4. März 2025 stritten sie "
                         "lange.\n\nBayerns Agrarministerin Petra Pahl lobte den Bund. "
                         "Hessens Agrarminister Karl Kamm war skeptisch.", "de")
    meeting = only_meeting(graph)
    assert {"person:petra-pahl", "person:karl-kamm"} <= participants(graph, meeting)


def test_english_plural_title_in_the_meeting_sentence_gives_every_holder_of_the_title():
    graph = extract_text("Health ministers wrapped up a meeting in Vienna on 4 March 2025.\n\n"
                         "Austria's Health Minister Karl Kamm was pleased. "
                         "Italy's Health Minister Paolo Pini was not.", "en")
    meeting = only_meeting(graph)
    assert {"person:karl-kamm", "person:paolo-pini"} <= participants(graph, meeting)


def test_english_the_two_leaders_are_the_two_persons_of_the_sentence_before():
    graph = extract_text("Karl Kamm and Paolo Pini signed a pact on Monday. After talks in Vienna on "
                         "3 March 2025, the two leaders said they were pleased.", "en")
    meeting = only_meeting(graph)
    assert {"person:karl-kamm", "person:paolo-pini"} <= participants(graph, meeting)


def test_german_der_spd_politiker_opening_the_meeting_sentence_is_the_person_named_before():
    graph = extract_text("Karl Kamm reiste am Montag nach Wien. Der SPD-Politiker traf am 3. März 2025 "
                         "in Wien den Kanzler Paolo Pini zu Gesprächen.", "de")
    assert "person:karl-kamm" in participants(graph, only_meeting(graph))


def test_english_dated_side_meeting_after_a_next_month_summit_is_a_meeting_of_its_own():
    graph = extract_text("OSLO (AP) - Ministers wrapped up a meeting on Saturday, 4 May 2024. "
                         "Leaders will hold their summit next month. On the sidelines, Karl Kamm "
                         "met Paolo Pini on Friday.", "en")
    dates = sorted(m.properties.get("date") for m in meetings(graph))
    assert dates == ["2024-05-03", "2024-05-04"]


def test_german_split_verb_kamen_zusammen_is_a_meeting():
    graph = extract_text("Die Agrarminister der EU kamen am Montag, dem 3. März 2025, in Wien "
                         "zusammen.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-03" and held_in(graph, meeting) == {"place:vienna"}


def test_german_beriet_mit_is_a_meeting_with_both_persons():
    graph = extract_text("Karl Kamm beriet am 5. März 2025 in Wien mit Paolo Pini über den Haushalt.", "de")
    assert {"person:karl-kamm", "person:paolo-pini"} <= participants(graph, only_meeting(graph))


def test_german_am_rande_gives_a_side_meeting_of_its_own():
    graph = extract_text("Am Rande des Gipfels in Wien am 3. März 2025 traf Karl Kamm den "
                         "Regierungschef Paolo Pini.", "de")
    found = meetings(graph)
    assert len(found) == 2
    side = [m for m in found if "person:paolo-pini" in participants(graph, m)]
    assert len(side) == 1 and "person:karl-kamm" in participants(graph, side[0])


def test_english_also_present_were_and_german_anwesend_add_participants():
    for text, lang in (("Health ministers met in Vienna on 3 March 2025. Also present were Karl Kamm "
                        "and Paolo Pini.", "en"),
                       ("Die Minister trafen sich am 3. März 2025 in Wien. Anwesend waren auch "
                        "Karl Kamm und Paolo Pini.", "de")):
        graph = extract_text(text, lang)
        assert {"person:karl-kamm", "person:paolo-pini"} <= participants(graph, only_meeting(graph))


def test_english_peace_talks_with_a_day_are_a_meeting_without_one_not():
    graph = extract_text("The two sides opened peace talks in Geneva on Tuesday, 4 March 2025.", "en")
    assert only_meeting(graph).properties["date"] == "2025-03-04"
    assert meetings(extract_text("The peace talks in Geneva have stalled for years.", "en")) == []


def test_german_state_in_a_topic_phrase_with_in_is_no_participant():
    graph = extract_text("Karl Kamm und Paolo Pini berieten am 3. März 2025 in Wien über die Lage "
                         "in der Ukraine.", "de")
    assert "country:ua" not in participants(graph, only_meeting(graph))


def test_english_meeting_at_an_upper_case_dateline_is_named_after_the_place_name():
    graph = extract_text("VIENNA (AP) - Karl Kamm and Paolo Pini held talks on Monday, 3 March 2025.", "en")
    assert only_meeting(graph).properties["name"] == "talks (Vienna)"


def test_english_the_ministers_are_not_the_prime_minister():
    graph = extract_text("Prime Minister Karl Kamm sent Finance Minister Paolo Pini. "
                         "The ministers met in Vienna on 3 March 2025.", "en")
    found = participants(graph, only_meeting(graph))
    assert "person:paolo-pini" in found and "person:karl-kamm" not in found


def test_german_der_vorsitzende_with_his_name_after_a_comma_is_not_the_person_before():
    graph = extract_text("Karl Kamm reiste am Montag nach Wien. Der Vorsitzende der Kommission, "
                         "Paolo Pini, leitete am 3. März 2025 in Wien die Sitzung.", "de")
    assert "person:karl-kamm" not in participants(graph, only_meeting(graph))


def _meeting_names(graph, meeting) -> set[str]:
    """The names of a meeting's participants."""
    return {str(graph.nodes[i].properties.get("name")) for i in participants(graph, meeting)}


def test_german_meeting_without_day_or_place_gives_the_scene_of_the_sentence_before():
    graph = extract_text("Am Montag, dem 4. November 2024, demonstrierten Fischer vor dem Rathaus "
                         "in Hamburg. Während drinnen die Konferenz der Fischereiminister lief, "
                         "hielten sie Transparente hoch.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-11-04"
    assert held_in(graph, meeting) == {"place:hamburg"}


def test_english_sidelines_talks_without_day_or_place_give_the_host_meetings():
    graph = extract_text("European energy ministers held a meeting in Tallinn on 12 March 2024. "
                         "On the sidelines of the meeting, Olaf Scholz and Emmanuel Macron held "
                         "talks about gas storage.", "en")
    found = meetings(graph)
    assert len(found) == 2
    assert {m.properties["date"] for m in found} == {"2024-03-12"}
    side = next(m for m in found if "side" in m.id)
    assert held_in(graph, side) == {"place:tallinn"}
    assert _meeting_names(graph, side) >= {"Olaf Scholz", "Emmanuel Macron"}


def test_german_after_the_session_a_reception_gives_a_second_meeting():
    graph = extract_text("Die Fischereiminister tagten am Montag, dem 4. November 2024, in Hamburg. "
                         "Nach der Sitzung empfing Ministerin Anna Weber eine Abordnung der "
                         "Fischer, darunter Jan Berg.", "de")
    found = meetings(graph)
    assert len(found) == 2
    later = next(m for m in found if "side" in m.id)
    main = next(m for m in found if "side" not in m.id)
    assert _meeting_names(graph, later) >= {"Anna Weber", "Jan Berg"}
    assert "Jan Berg" not in _meeting_names(graph, main)


def test_english_plural_title_group_in_a_sentence_of_the_meeting_day_gives_participants():
    graph = extract_text("Health ministers agreed on Tuesday, 3 June 2025, to share vaccine stocks. "
                         "The meeting in Oslo on 3 June 2025 was chaired by the Norwegian host. "
                         "Spain's Health Minister Carmen Vidal said the deal was fair. "
                         "Italy's Health Minister Paolo Greco welcomed it.", "en")
    meeting = only_meeting(graph)
    assert _meeting_names(graph, meeting) >= {"Carmen Vidal", "Paolo Greco"}


def test_english_speaker_telling_delegates_after_an_opening_quote_gives_a_participant():
    graph = extract_text("The climate conference opened in Bonn on 2 June 2025.\n\n"
                         "\"We have no time to lose. Act now,\" UN chief António Guterres told "
                         "delegates in his opening address.", "en")
    meeting = only_meeting(graph)
    assert "António Guterres" in _meeting_names(graph, meeting)


def test_german_quoted_meeting_verb_does_not_take_the_day_of_the_saying():
    graph = extract_text("Die Ministerin empfing am Montag, dem 3. März 2025, in Hamburg den "
                         "Bürgermeister Peter Tschentscher. „Wir haben lange beraten“, sagte "
                         "Tschentscher am Dienstag.", "de")
    assert [m.properties["date"] for m in meetings(graph)] == ["2025-03-03"]


def test_german_negotiation_round_gives_the_two_sides_named_with_zwischen():
    graph = extract_text("Im Tarifstreit zwischen der Lufthansa und Verdi gibt es keine "
                         "Einigung. Am Dienstag, dem 6. Februar 2024, endete in Köln die dritte "
                         "Verhandlungsrunde ohne Ergebnis.", "de", "2024-02-06")
    meeting = only_meeting(graph)
    assert {"organisation:lufthansa", "organisation:verdi"} <= participants(graph, meeting)


def test_german_am_tisch_a_paragraph_later_adds_a_participant():
    graph = extract_text("Köln (dpa) – Am Dienstag, dem 6. Februar 2024, trafen sich Anna Berg "
                         "und Peter Altmaier in Köln zu Gesprächen.\n\nDie Stimmung war "
                         "angespannt. Mit am Tisch saß auch Karl Lauterbach.", "de", "2024-02-06")
    meeting = only_meeting(graph)
    assert "person:karl-lauterbach" in participants(graph, meeting)


def test_german_negated_participation_adds_no_participant():
    graph = extract_text("Am Dienstag, dem 6. Februar 2024, trafen sich Anna Berg und Peter "
                         "Altmaier in Köln zu Gesprächen. Karl Lauterbach nahm an dem Treffen "
                         "nicht teil.", "de", "2024-02-06")
    meeting = only_meeting(graph)
    assert "person:karl-lauterbach" not in participants(graph, meeting)


def test_english_a_day_earlier_gives_the_day_before_the_meeting_told_of():
    graph = extract_text("The leaders met in Paris on March 5, 2024. Rishi Sunak, who arrived "
                         "on Sunday, spoke first. A day earlier, Annalena Baerbock had met "
                         "Antony Blinken for talks in Paris.", "en", "2024-03-05")
    dates = {m.properties.get("date") for m in meetings(graph)}
    assert "2024-03-04" in dates


def test_english_date_after_past_is_a_deadline_not_the_meeting_day():
    graph = extract_text("WASHINGTON (AP) — Rishi Sunak and Olaf Scholz held a meeting on "
                         "Thursday in Washington without a deal to extend the pact past Oct. 15.",
                         "en", "2024-09-19")
    assert {m.properties.get("date") for m in meetings(graph)} == {"2024-09-19"}


def test_english_met_earlier_in_the_day_is_a_meeting_of_its_own():
    graph = extract_text("PARIS (Reuters) - The ministers opened a conference in Paris on "
                         "March 5, 2024. Rishi Sunak, who had met Olaf Scholz earlier in the day, "
                         "spoke first.", "en", "2024-03-05")
    found = meetings(graph)
    assert len(found) == 2
    side = [m for m in found if "person:olaf-scholz" in participants(graph, m)]
    assert side and side[0].properties.get("date") == "2024-03-05"


def test_german_nach_einem_gespraech_is_a_meeting_of_its_own_on_the_day_told_of():
    graph = extract_text("Berlin (dpa) – Die Minister trafen sich am Dienstag, dem 6. Februar "
                         "2024, im Kanzleramt. Die Preise müssten sinken, sagte Anna Berg nach "
                         "einem Gespräch mit Peter Altmaier.", "de", "2024-02-06")
    talk = [m for m in meetings(graph) if "person:peter-altmaier" in participants(graph, m)]
    assert talk and talk[0].properties.get("date") == "2024-02-06"
    assert held_in(graph, talk[0]) == {"place:berlin"}


def test_german_beriet_dort_after_a_meeting_adds_participants():
    graph = extract_text("Am Dienstag, dem 6. Februar 2024, tagte in Köln der Städtetag. Die "
                         "Stimmung war gut. Anna Berg beriet dort mit Peter Altmaier über die "
                         "Finanzen.", "de", "2024-02-06")
    meeting = only_meeting(graph)
    assert {"person:anna-berg", "person:peter-altmaier"} <= participants(graph, meeting)


def test_german_gastgeberin_a_paragraph_later_takes_part_despite_a_negated_clause():
    graph = extract_text("Am Dienstag, dem 6. Februar 2024, trafen sich Anna Berg und Peter "
                         "Altmaier in Köln zu Gesprächen.\n\nGastgeberin Karla Lauterbach, die "
                         "Bürgermeisterin, bat darum, die Stadt nicht zu vergessen.", "de",
                         "2024-02-06")
    meeting = only_meeting(graph)
    assert "person:karla-lauterbach" in participants(graph, meeting)


def test_english_a_sea_named_after_the_talks_is_not_the_venue():
    graph = extract_text("BERLIN (Reuters) - After talks on March 5, 2024, Rishi Sunak and Olaf "
                         "Scholz opposed any attempt to change borders in the Baltic Sea by force.",
                         "en", "2024-03-05")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:berlin"}


def test_english_on_the_sidelines_x_met_y_gives_x_and_y_as_participants():
    graph = extract_text("ROME (Reuters) - The G7 ministers met in Rome on March 5, 2024. On the "
                         "sidelines, Rishi Sunak met Olaf Scholz on Monday to discuss trade.",
                         "en", "2024-03-05")
    side = [m for m in meetings(graph) if m.properties.get("date") == "2024-03-04"]
    assert side
    assert {"person:rishi-sunak", "person:olaf-scholz"} <= participants(graph, side[0])


def test_german_der_nn_jaehrige_in_a_meeting_sentence_is_the_person_named_before():
    graph = extract_text("Anna Berg ist neue Vorsitzende des Vereins. Auf der Versammlung in "
                         "Köln setzte sich die 52-Jährige am Samstag, dem 2. März 2024, gegen "
                         "Peter Altmaier durch.", "de", "2024-03-02")
    meeting = only_meeting(graph)
    assert "person:anna-berg" in participants(graph, meeting)


def test_german_verhandlungsfuehrer_takes_part_in_the_negotiation_round():
    graph = extract_text("Am Dienstag, dem 6. Februar 2024, endete in Köln die dritte "
                         "Verhandlungsrunde ohne Ergebnis. „Wir bleiben hart“, sagte "
                         "Verdi-Verhandlungsführerin Anna Berg.", "de", "2024-02-06")
    meeting = only_meeting(graph)
    assert "person:anna-berg" in participants(graph, meeting)


def test_english_dateline_without_year_gets_it_from_the_lead_weekday():
    # 14 March is a Friday in 2025 (the latest such year before "today", 2026-11-28);
    # "on Monday" is then 17 March, after the dateline day.
    text = ("OSLO, March 14 (Reuters) - Fishing ministers of Norway and Iceland agreed on "
            "Friday to share the mackerel quota. They will meet again in Bergen on Monday.")
    meeting = only_meeting(extract_text(text, "en"))
    assert meeting.properties["date"] == "2025-03-17"
    assert meeting.properties.get("date_inferred") is True


def test_german_dateline_without_year_gets_it_from_the_lead_weekday():
    text = ("BERLIN, 14. März (dpa) - Die Agrarminister der Länder haben sich am Freitag "
            "auf neue Regeln geeinigt. Am Montag treffen sie sich erneut in Hamburg.")
    meeting = only_meeting(extract_text(text, "de"))
    assert meeting.properties["date"] == "2025-03-17"


def test_english_undated_met_at_a_venue_by_the_pair_just_named_gives_a_meeting():
    text = ("HELSINKI, May 6, 2025 (AP) - Finnish Prime Minister Petteri Orpo and Swedish "
            "Prime Minister Ulf Kristersson agreed on Tuesday to link their power grids more "
            "closely.\n\nThe two leaders met for about 90 minutes at the Kesaranta residence in "
            "Helsinki.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-05-06"
    assert {"person:petteri-orpo", "person:ulf-kristersson"} <= participants(graph, meeting)


def test_english_undated_met_with_criticism_gives_no_meeting():
    text = ("HELSINKI, May 6, 2025 (AP) - Finnish Prime Minister Petteri Orpo presented a grid "
            "plan on Tuesday.\n\nThe plan of Orpo and Ulf Kristersson met criticism at the "
            "parliament in Helsinki.")
    assert meetings(extract_text(text, "en")) == []


def test_english_city_named_building_is_not_the_venue_city():
    text = ("Finnish Prime Minister Petteri Orpo met Swedish Prime Minister Ulf Kristersson "
            "on 6 May 2025 at Stockholm House in Helsinki.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:helsinki"}


def test_english_place_of_last_years_summit_is_not_the_venue():
    text = ("FRANKFURT, June 3, 2025 (Reuters) - Dutch Finance Minister Eelco Heinen and Austrian "
            "Finance Minister Markus Marterbauer met on Tuesday to discuss a fund agreed at last "
            "year's summit in Madrid.")
    graph = extract_text(text, "en")
    assert all(held_in(graph, m) == {"place:frankfurt"} for m in meetings(graph))


def test_english_the_session_refers_to_the_meeting_told_of_last():
    text = ("GENEVA, March 4, 2025 (AP) - Trade ministers of the WTO met in Geneva on Tuesday.\n\n"
            "On Monday, Ngozi Okonjo-Iweala held talks with Maros Sefcovic in Bern.\n\n"
            "On Tuesday afternoon, Okonjo-Iweala opened the talks in Geneva. Jamieson Greer, who "
            "chaired last year's conference, attended the session.")
    graph = extract_text(text, "en")
    by_place = {next(iter(held_in(graph, m))): m for m in meetings(graph)}
    geneva, bern = by_place["place:geneva"], by_place["place:bern"]
    greer = "person:jamieson-greer"
    assert greer in participants(graph, geneva) | chairs(graph, geneva)
    assert greer not in participants(graph, bern) | chairs(graph, bern)


def test_german_agrarminister_group_includes_the_landwirtschaftsminister():
    text = ("Die Agrarministerinnen und Agrarminister der EU haben am 15. März 2025 in Luxemburg "
            "beraten. Österreichs Landwirtschaftsminister Norbert Totschnig verlangte dort "
            "weniger Auflagen.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert "person:norbert-totschnig" in participants(graph, meeting)


def test_english_earlier_day_does_not_redate_the_undated_meeting_at_the_dateline_place():
    text = ("NAIROBI, March 6, 2025 (Reuters) - East African trade ministers called on Thursday "
            "for lower fuel taxes.\n\nMeeting at the Kenyatta centre in Nairobi, the ministers "
            "of Kenya and Uganda agreed on a common fuel levy.\n\nBefore the ministers met, "
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni "
            "on Wednesday.")
    dates = {m.properties.get("date") for m in meetings(extract_text(text, "en"))}
    assert dates == {"2025-03-05", "2025-03-06"}


def _ids_named(graph, ids: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """The names of the nodes with these ids."""
    return {str(n.properties.get("name")) for n in graph.nodes.values() if n.id in ids}


def test_chairmanship_names_the_chair():
    text = ("VIENNA, March 3, 2026 (Reuters) - The OSCE Permanent Council met in Vienna on Tuesday "
            "under the chairmanship of Finland's Foreign Minister Elina Valtonen.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert "Elina Valtonen" in _ids_named(graph, chairs(graph, meeting))


def test_speaker_telling_the_committee_took_part():
    text = ("GENEVA, March 3, 2026 (Reuters) - The WHO's executive board held a meeting in Geneva "
            "on Tuesday. WHO chief Tedros Adhanom Ghebreyesus warned of funding cuts, telling "
            "the Executive Board that the budget was short by a fifth.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert "Tedros Adhanom Ghebreyesus" in _ids_named(graph, participants(graph, meeting))


def test_body_named_in_possessive_before_committee_took_part():
    text = ("GENEVA, March 3, 2026 (Reuters) - The World Health Organization's executive "
            "committee held a meeting in Geneva on Tuesday.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert "organisation:weltgesundheitsorganisation" in participants(graph, meeting)


def test_state_of_a_minister_joins_a_meeting_between_states():
    text = ("BERLIN, March 3, 2026 (Reuters) - U.S. Secretary of State Marco Rubio arrived in Berlin "
            "on Monday. On Tuesday, Marco Rubio met German Foreign Minister Johann Wadephul in Berlin.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert {"country:us", "country:de"} <= participants(graph, meeting)


def test_place_where_reporters_were_told_is_not_the_venue():
    text = ("A spokesman later told reporters in Paris that the summit had gone well.")
    graph = extract_text(text, "en", published="2026-03-03")
    assert not meetings(graph)


def test_body_referred_to_by_its_head_noun_took_part():
    text = ("NAIROBI, May 5, 2026 (Reuters) - The African Union's Peace and Security Council "
            "urged a ceasefire in Sudan on Tuesday. Meeting in Nairobi on Tuesday, the council "
            "asked both armies to open aid corridors.")
    graph = extract_text(text, "en")
    found = set().union(*(participants(graph, m) for m in meetings(graph)))
    assert "Peace and Security Council" in _ids_named(graph, found)


def test_place_of_a_comment_on_the_meeting_is_not_the_venue():
    text = "In Madrid, the opposition leader welcomed the summit but asked for more."
    graph = extract_text(text, "en", published="2026-03-03")
    assert not meetings(graph)


def test_talks_in_an_after_clause_are_not_on_the_day_told_of():
    text = ("MADRID, March 3, 2026 (AP) - Bus drivers in Madrid went on strike on Tuesday after "
            "talks with the city broke down overnight.")
    graph = extract_text(text, "en")
    assert not meetings(graph)


def test_meeting_with_someone_was_held_by_the_person_named_just_before():
    text = ("WIEN, 5. Mai 2026 (dpa) – EU-Kommissarin Kaja Kallas warb in Wien um Unterstützung. "
            "Bei einem Treffen mit Außenministerin Beate Meinl-Reisinger am Dienstag in Wien "
            "ging es um die Ukraine.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert "Kaja Kallas" in _ids_named(graph, participants(graph, meeting))


def test_defense_secretary_is_one_of_the_defence_ministers_who_met():
    text = ("BRUSSELS, March 3, 2026 (Reuters) - NATO defence ministers met in Brussels on "
            "Tuesday. U.S. Defense Secretary Lloyd Austin asked allies to spend more.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert "Lloyd Austin" in _ids_named(graph, participants(graph, meeting))


def test_english_group_qualified_by_a_region_does_not_take_every_holder_of_the_title():
    graph = extract_text("Nordic finance ministers met in Oslo on Tuesday, 3 June 2025, to discuss "
                         "energy prices. In Berlin, German Finance Minister Jörg Kukies said on "
                         "Tuesday, 3 June 2025, that the budget was on track.", "en")
    meeting = only_meeting(graph)
    assert "Jörg Kukies" not in _meeting_names(graph, meeting)


def test_german_compound_consultations_noun_names_a_meeting():
    text = ("PRAG, 4. März 2026 (dpa) – Bei den Regierungskonsultationen am Mittwoch in Prag "
            "sprachen Kanzler Olaf Scholz und Premier Petr Fiala über Energie.")
    meeting = only_meeting(extract_text(text, "de"))
    assert meeting.properties["date"] == "2026-03-04"


def test_german_an_dem_treffen_is_no_indefinite_meeting():
    text = ("PRAG, 4. März 2026 (dpa) – Bei den Konsultationen am Mittwoch in Brünn sprachen "
            "Kanzler Olaf Scholz und Premier Petr Fiala über Energie. An dem Treffen in Brünn nahm "
            "auch Außenministerin Annalena Baerbock teil.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert "Annalena Baerbock" in _ids_named(graph, participants(graph, meeting))


def test_german_meeting_in_a_building_joins_the_meeting_in_the_city():
    text = ("PRAG, 4. März 2026 (dpa) – Bei den Konsultationen am Mittwoch in Prag sprachen "
            "Kanzler Olaf Scholz und Premier Petr Fiala über Energie. An dem Treffen im "
            "Kanzleramt nahm auch Außenministerin Annalena Baerbock teil.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    names = _meeting_names(graph, meeting)
    assert "Annalena Baerbock" in names and "Bundeskanzleramt" not in names


def test_indefinite_dated_meeting_is_not_the_main_meeting_of_that_day():
    text = ("PRAG, 4. März 2026 (dpa) – Bei den Konsultationen am Mittwoch in Prag sprachen "
            "Kanzler Olaf Scholz und Premier Petr Fiala über Energie. Am Abend folgte ein Treffen "
            "des Kanzlers mit Präsident Petr Pavel am Mittwochabend.")
    graph = extract_text(text, "de")
    assert len(meetings(graph)) == 2
    side = [m for m in meetings(graph) if "Petr Pavel" in _meeting_names(graph, m)]
    assert len(side) == 1 and "Olaf Scholz" in _meeting_names(graph, side[0])
    assert "Petr Fiala" not in _meeting_names(graph, side[0])


def test_hyphenated_adjective_of_two_states_makes_both_participants():
    text = ("PRAG, 4. März 2026 (dpa) – Bei den deutsch-tschechischen Konsultationen am Mittwoch "
            "in Prag sprachen Kanzler Olaf Scholz und Premier Petr Fiala über Energie.")
    graph = extract_text(text, "de")
    names = _meeting_names(graph, only_meeting(graph))
    assert {"Deutschland", "Tschechien"} <= names


def test_place_after_a_preposition_and_an_adjective_is_the_venue():
    text = ("BERLIN, 4. März 2026 (dpa) – Am Mittwoch kamen die Agrarminister im "
            "nordhessischen Kassel zusammen.")
    meeting = only_meeting(extract_text(text, "de"))
    assert meeting.properties["name"].endswith("(Kassel)")


def test_head_of_a_company_at_a_meeting_brings_the_company_in():
    text = ("BERLIN, 4. März 2026 (dpa) – Am Mittwoch trafen sich Wirtschaftsminister Robert Habeck "
            "und Roland Busch in Berlin zu einem Gespräch über Energiepreise. Busch, "
            "Vorstandsvorsitzender von Siemens, sprach von Fortschritten.")
    graph = extract_text(text, "de")
    assert "Siemens" in _meeting_names(graph, only_meeting(graph))


def test_the_meeting_refers_to_the_one_a_person_named_with_it_took_part_in():
    text = ("BERLIN, 4. März 2026 (dpa) – Am Dienstag traf Außenministerin Annalena Baerbock in "
            "Paris ihren Kollegen Jean-Noël Barrot. Am Mittwoch empfing Kanzler Olaf Scholz in "
            "Berlin Gewerkschaftschefin Yasmin Fahimi. Barrot lobte nach dem Treffen die gute "
            "Zusammenarbeit, sagte Kristina Lange.")
    graph = extract_text(text, "de")
    berlin = [m for m in meetings(graph) if "Olaf Scholz" in _meeting_names(graph, m)]
    assert len(berlin) == 1 and "Kristina Lange" not in _meeting_names(graph, berlin[0])


def test_the_meeting_refers_to_the_last_one_told_of_by_the_same_word():
    text = ("LAGOS, May 6, 2026 (Reuters) - The union decided on Wednesday at an emergency meeting "
            "in Lagos to strike. On Tuesday, union leaders had left negotiations in Abuja with the "
            "government. \"We are ready,\" union president Musa Bello told reporters after the "
            "meeting.")
    graph = extract_text(text, "en")
    lagos = [m for m in meetings(graph) if m.properties.get("date") == "2026-05-06"]
    assert len(lagos) == 1 and "Musa Bello" in _meeting_names(graph, lagos[0])


def test_headline_meeting_at_a_place_takes_the_date_of_the_next_mention_there():
    text = ("Krisengipfel in Hannover: Einigung vertagt\n\nBERLIN, 4. März 2026 (dpa) – Bei einem "
            "Spitzentreffen in Hannover am Mittwoch haben Ministerpräsident Olaf Lies und "
            "VW-Chef Oliver Blume über Stellen gesprochen.")
    graph = extract_text(text, "de")
    assert only_meeting(graph).properties["date"] == "2026-03-04"


def test_round_table_names_a_meeting_and_who_sat_at_it_took_part():
    text = ("BERN, 4. März 2026 (sda) – Am Mittwoch lud Bundesrätin Karin Keller-Sutter in Bern "
            "zu einem Runden Tisch über die Banken. Am Runden Tisch in Bern sassen unter anderen "
            "Sergio Ermotti und Marlene Amstad.")
    graph = extract_text(text, "de")
    names = _meeting_names(graph, only_meeting(graph))
    assert {"Karin Keller-Sutter", "Sergio Ermotti", "Marlene Amstad"} <= names


def test_state_before_a_noun_after_to_is_not_the_venue():
    text = ("OTTAWA, March 4, 2026 (AP) - Canada's Foreign Minister Melanie Joly urged Mexico on "
            "Wednesday to send more suspects to U.S. prisons at a meeting on border security.")
    graph = extract_text(text, "en")
    assert held_in(graph, only_meeting(graph)) == {"place:ottawa"}


def test_later_on_the_day_tells_of_another_meeting():
    text = ("OTTAWA, March 4, 2026 (AP) - Foreign Minister Melanie Joly met Mexican Foreign "
            "Minister Juan Ramon de la Fuente in Ottawa on Wednesday. Later on Wednesday, Joly was "
            "received by Prime Minister Mark Carney.")
    graph = extract_text(text, "en")
    assert len(meetings(graph)) == 2


def test_ministry_of_a_state_after_at_is_the_venue():
    text = ("OTTAWA, March 4, 2026 (AP) - The talks at Canada's Foreign Ministry on Wednesday "
            "were led by Foreign Minister Melanie Joly.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["name"].endswith("(Foreign Ministry)")


def test_lead_without_day_or_place_tells_of_the_meeting_dated_right_after():
    text = ("Bonn (dpa) – Im Tarifstreit bei Lufthansa ist auch die dritte Verhandlungsrunde ohne "
            "Einigung zu Ende gegangen. Die Gespräche hatten am Montag, dem 3. März 2025, in Bonn "
            "begonnen.")
    graph = extract_text(text, "de")
    assert "organisation:lufthansa" in participants(graph, only_meeting(graph))


def test_english_title_with_its_portfolio_names_the_holder():
    text = ("LEEDS, March 4, 2026 (PA) - Health Secretary Wes Streeting visited a hospital. Union "
            "leader Sharon Graham met the health secretary in Leeds on Wednesday, March 4, 2026.")
    graph = extract_text(text, "en")
    assert "Wes Streeting" in _meeting_names(graph, only_meeting(graph))


def test_undated_headline_meeting_is_the_dated_one_named_by_the_same_word():
    text = ("Pflegestreik in Bayern – Ministerin lädt zu Krisengespräch\n\nMÜNCHEN, 5. März 2024 "
            "(dpa) – Am Montag hatte Gesundheitsministerin Judith Gerlach die Gewerkschaft Verdi zu "
            "einem Krisengespräch in Nürnberg eingeladen.")
    graph = extract_text(text, "de")
    assert only_meeting(graph).properties["name"] == "Krisengespräch (Nürnberg)"


def test_party_that_describes_a_person_is_no_participant():
    text = ("Die SPD-Politikerin Anke Rehlinger traf am Montag, dem 3. März 2025, in Paris "
            "den französischen Präsidenten Emmanuel Macron.")
    graph = extract_text(text, "de")
    found = participants(graph, only_meeting(graph))
    assert {"person:anke-rehlinger", "person:emmanuel-macron"} <= found
    assert "organisation:spd" not in found
    text = ("Anke Rehlinger (SPD) traf am Montag, dem 3. März 2025, in Paris "
            "den französischen Präsidenten Emmanuel Macron.")
    graph = extract_text(text, "de")
    assert "organisation:spd" not in participants(graph, only_meeting(graph))


def test_parties_named_as_such_take_part():
    text = "SPD und CDU trafen sich am Montag, dem 3. März 2025, in Berlin zu Koalitionsgesprächen."
    graph = extract_text(text, "de")
    assert {"organisation:spd", "organisation:cdu"} <= participants(graph, only_meeting(graph))


def test_a_state_named_inside_a_quote_is_no_participant():
    text = ('BERLIN, March 3, 2025 (Reuters) - Finance ministers of the European Union met in '
            'Brussels on Monday. "India cannot keep its tariffs," Wopke Hoekstra told the meeting.')
    graph = extract_text(text, "en")
    found = participants(graph, only_meeting(graph))
    assert "country:in" not in found
    assert "person:wopke-hoekstra" in found


def test_counted_plural_title_names_every_holder_when_the_count_allows():
    english = extract_text("Governor Laura Bennett, Governor Samuel Ortiz and Governor Helen Price "
                           "criticised the plan. The meeting in Denver on Monday brought together "
                           "the seven governors and two mayors.", "en", published="2025-03-10")
    assert {"person:laura-bennett", "person:samuel-ortiz", "person:helen-price"} <= \
        participants(english, only_meeting(english))
    german = extract_text("Regierungschef Tim Albers, Regierungschefin Jana Wolf und Regierungschef "
                          "Karl Brandt warnten vor Kürzungen. Die Konferenz in Erfurt am Montag "
                          "brachte die sechs Regierungschefs zusammen.", "de", published="2025-03-10")
    assert {"person:tim-albers", "person:jana-wolf", "person:karl-brandt"} <= \
        participants(german, only_meeting(german))


def test_counted_plural_title_with_fewer_than_its_holders_names_not_all():
    graph = extract_text("Governor Laura Bennett, Governor Samuel Ortiz and Governor Helen Price "
                         "criticised the plan. The meeting in Denver on Monday brought together "
                         "two governors.", "en", published="2025-03-10")
    assert len({"person:laura-bennett", "person:samuel-ortiz", "person:helen-price"}
               & participants(graph, only_meeting(graph))) < 3


def test_place_inside_a_quote_is_not_the_venue_of_a_meeting_outside_it():
    graph = extract_text("The talks in Madrid on Monday ended without a deal. \"We will never accept "
                         "a naval base in Lisbon,\" Foreign Minister Clara Ruiz told reporters after "
                         "the meeting.", "en", published="2025-03-10")
    assert held_in(graph, only_meeting(graph)) == {"place:madrid"}


def test_after_a_day_of_talks_keeps_the_day_of_the_sentence():
    graph = extract_text("Norway and Sweden failed in Oslo on Tuesday to settle their fishing dispute "
                         "after a day of talks.", "en", published="2025-03-10")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-11"
    assert held_in(graph, meeting) == {"place:oslo"}


def test_definite_meeting_before_an_introduced_one_leaves_it_its_day_and_place():
    english = extract_text("The leaders held a summit in Paris on Wednesday. The summit followed a "
                           "meeting on Monday in Lyon between Finance Minister Paul Girard and Economy "
                           "Minister Anna Kowalska.", "en", published="2025-03-10")
    assert {m.id for m in meetings(english)} == {"meeting:2025-03-12-paris", "meeting:2025-03-10-lyon"}
    german = extract_text("Die Regierungschefs berieten am Mittwoch in Paris. Die Beratungen folgten auf "
                          "ein Spitzentreffen am Montag in Lyon zwischen Finanzminister Paul Girard und "
                          "Wirtschaftsministerin Anna Kowalska.", "de", published="2025-03-10")
    assert {m.id for m in meetings(german)} == {"meeting:2025-03-12-paris", "meeting:2025-03-10-lyon"}


def test_indefinite_article_of_the_noun_does_not_make_its_verb_a_further_meeting():
    graph = extract_text("Die Regierungschefs kamen am Mittwoch in Paris zu einem Gipfel zusammen.", "de",
                         published="2025-03-10")
    assert [m.id for m in meetings(graph)] == ["meeting:2025-03-12-paris"]


def test_talks_into_the_night_before_a_day_are_dated_the_day_before():
    german = extract_text("Die Unterhändler vertagten ihre Verhandlungen in Genf in der Nacht auf Mittwoch "
                          "ohne Ergebnis.", "de", published="2025-03-10")
    assert only_meeting(german).properties["date"] == "2025-03-11"
    english = extract_text("Negotiators adjourned their talks in Geneva overnight into Wednesday without "
                           "a deal.", "en", published="2025-03-10")
    assert only_meeting(english).properties["date"] == "2025-03-11"


def test_title_named_alone_is_not_held_by_the_deputy():
    german = extract_text("Bundeskanzler Emil Lang und Vizekanzler Max Roth stritten über den Haushalt. Am "
                          "Montag hatte Bundespräsident Otto Berg den Kanzler zu einem Gespräch in Graz "
                          "empfangen.", "de", published="2025-03-10")
    assert "person:emil-lang" in participants(german, only_meeting(german))
    english = extract_text("President Emil Lang and Vice President Max Roth disagreed on the budget. On "
                           "Monday, Prime Minister Otto Berg met the president for talks in Graz.", "en",
                           published="2025-03-10")
    assert "person:emil-lang" in participants(english, only_meeting(english))


def test_german_hinzugezogen_adds_a_participant():
    graph = extract_text("Die Regierungschefs der Länder trafen sich am Montag in Graz zu Beratungen über "
                         "den Haushalt. Hinzugezogen wurde Finanzminister Otto Berg.", "de",
                         published="2025-03-10")
    assert "person:otto-berg" in participants(graph, only_meeting(graph))


def test_committee_dealing_with_a_matter_on_a_day_is_its_session():
    german = extract_text("Am Donnerstag befasste sich in Wien auch der Finanzausschuss des Nationalrats "
                          "mit dem Budget.", "de", published="2025-03-10")
    meeting = only_meeting(german)
    assert meeting.properties["date"] == "2025-03-13"
    assert "organisation:finanzausschuss" in participants(german, meeting)
    english = extract_text("The Senate Banking Committee debated the bill in Washington on Thursday.", "en",
                           published="2025-03-10")
    assert held_in(english, only_meeting(english)) == {"place:washington"}


def test_person_dealing_with_a_matter_on_a_day_is_no_session():
    assert meetings(extract_text("Am Donnerstag befasste sich Finanzminister Otto Berg in Wien mit dem "
                                 "Budget.", "de", published="2025-03-10")) == []
    assert meetings(extract_text("Finance Minister Otto Berg discussed the budget in Vienna on Thursday.",
                                 "en", published="2025-03-10")) == []


def test_talks_to_resume_later_this_month_or_in_the_coming_weeks_are_no_meeting_yet():
    english = extract_text("The ministers met in Rome on Monday. Talks are expected to resume in Geneva "
                           "later this month.", "en", published="2025-03-10")
    assert [m.id for m in meetings(english)] == ["meeting:2025-03-10-rome"]
    german = extract_text("Die Minister trafen sich am Montag in Paris. Die Gespräche sollen in den "
                          "kommenden Wochen in Genf fortgesetzt werden.", "de", published="2025-03-10")
    assert [m.id for m in meetings(german)] == ["meeting:2025-03-10-paris"]


def test_city_naming_a_venue_is_the_place_of_the_meeting():
    graph = extract_text("Fisheries Minister Lars Dahl and Rural Affairs Minister Eva Berg met at a Bergen "
                         "hotel on Monday.", "en", published="2025-03-10")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:bergen"}
    assert {"person:lars-dahl", "person:eva-berg"} <= participants(graph, meeting)


def test_meeting_beside_an_event_the_text_only_introduces_is_no_side_meeting():
    graph = extract_text("Am Rande einer Messe in Bergen trafen sich Fischereiminister Lars Dahl und "
                         "Ministerin Eva Berg am Montag.", "de", published="2025-03-10")
    assert [m.id for m in meetings(graph)] == ["meeting:2025-03-10-bergen"]


def test_came_in_person_adds_participants():
    german = extract_text("Die Verkehrsminister der Länder berieten am Freitag in Hamburg über die Bahn. "
                          "Bundesverkehrsminister Otto Berg kam persönlich, ebenso die Chefin der "
                          "Netzagentur, Eva Lang.", "de", published="2025-03-10")
    assert "person:eva-lang" in participants(german, only_meeting(german))
    english = extract_text("Transport ministers met in Leeds on Friday to discuss rail funding. Transport "
                           "Secretary Otto Berg came in person, as did the head of the rail regulator, "
                           "Eva Lang.", "en", published="2025-03-10")
    assert {"person:otto-berg", "person:eva-lang"} <= participants(english, only_meeting(english))


def test_negotiators_at_a_venue_on_a_day_are_a_negotiating_session():
    english = extract_text("Negotiators from the union and the airline spent ten hours at a mediation office "
                           "in Dublin on Monday without a deal.", "en", published="2025-03-10")
    assert held_in(english, only_meeting(english)) == {"place:dublin"}
    german = extract_text("Die Unterhändler beider Seiten rangen am Montag in Düsseldorf zehn Stunden lang "
                          "um einen Kompromiss.", "de", published="2025-03-10")
    assert held_in(german, only_meeting(german)) == {"place:duesseldorf"}


def test_negotiators_without_a_venue_are_no_session():
    assert meetings(extract_text("EU negotiators said on Tuesday that a deal was close.", "en",
                                 published="2025-03-10")) == []


def test_person_named_outside_the_meeting_is_no_participant():
    english = extract_text("The ministers met in Rome on Monday. Outside the meeting, union leader Paolo "
                           "Conti urged them to act.", "en", published="2025-03-10")
    assert "person:paolo-conti" not in participants(english, only_meeting(english))
    german = extract_text("Die Minister trafen sich am Montag in Paris. Außerhalb des Treffens forderte "
                          "Gewerkschaftschef Paul Roth mehr Geld.", "de", published="2025-03-10")
    assert "person:paul-roth" not in participants(german, only_meeting(german))


def test_person_the_meeting_was_held_without_is_no_participant():
    by_name = extract_text("The governors met in Perth on Monday without Prime Minister Tom Hale.", "en",
                           published="2025-03-10")
    assert "person:tom-hale" not in participants(by_name, only_meeting(by_name))
    by_title = extract_text("Prime Minister Tom Hale criticised the states. The governors met in Perth on "
                            "Monday without the prime minister. Governor Ann Lee and Governor Bo Chan "
                            "attended.", "en", published="2025-03-10")
    assert participants(by_title, only_meeting(by_title)) == {"person:ann-lee", "person:bo-chan"}


def test_meeting_counted_days_after_another_event_is_on_the_later_day():
    text = ("Chancellor Olaf Scholz met union leaders in Berlin for talks. The meeting came "
            "two days after a general strike on Monday, March 4, 2024.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-06"
    assert held_in(graph, meeting) == {"place:berlin"}


def test_place_of_the_event_an_after_phrase_names_is_not_the_meetings():
    text = ("Prime Minister Ulf Kristersson met King Carl Gustaf for talks in Stockholm. "
            "The talks came three days after Kristersson held talks with Jonas Gahr Store "
            "in Oslo on Monday, May 6, 2024.")
    graph = extract_text(text, "en")
    places = {m.properties.get("date"): held_in(graph, m) for m in meetings(graph)}
    assert places == {"2024-05-09": {"place:stockholm"}, "2024-05-06": {"place:oslo"}}


def test_undated_meeting_right_after_an_agency_lead_is_on_the_leads_day():
    text = ("LISBON, March 12, 2025 (Reuters) - Portugal and Spain agreed on Wednesday to link "
            "their power grids more closely.\n\nThe deal came out of talks between Prime Minister "
            "Luis Montenegro and Pedro Sanchez in Porto.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-12"
    assert held_in(graph, meeting) == {"place:porto"}


def test_undated_meeting_far_from_the_lead_takes_no_day_from_it():
    text = ("LISBON, March 12, 2025 (Reuters) - Portugal and Spain agreed on Wednesday to link "
            "their power grids more closely.\n\nThe grid operators welcomed the plan. Engineers "
            "warned of costs.\n\nThe deal came out of talks between Prime Minister Luis Montenegro "
            "and Pedro Sanchez in Porto.")
    meeting = only_meeting(extract_text(text, "en"))
    assert "date" not in meeting.properties


def test_organisation_named_as_the_venue_is_no_participant():
    text = ("Leaders of the RMT and Network Rail held talks at the conciliation service Acas "
            "in Manchester on Tuesday, June 3, 2025. The Acas talks ended without a deal.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    taking_part = participants(graph, meeting)
    assert "organisation:rmt" in taking_part
    assert not any("acas" in node_id for node_id in taking_part)


def test_organisation_qualifying_the_venue_still_takes_part():
    text = ("Defence ministers held talks at NATO headquarters in Brussels on Thursday, "
            "June 5, 2025.")
    meeting_graph = extract_text(text, "en")
    assert "organisation:nato" in participants(meeting_graph, only_meeting(meeting_graph))


def test_meeting_opened_by_anschliessend_is_a_further_meeting_that_day():
    text = ("Wien (dpa) - Außenministerin Beate Meinl-Reisinger traf am Montag, dem 3. März 2025, "
            "den slowakischen Außenminister Juraj Blanár zu einem Gespräch in Wien. Anschließend "
            "kam sie mit dem ungarischen Außenminister Péter Szijjártó zusammen.")
    graph = extract_text(text, "de")
    found = {frozenset(participants(graph, m)): m.properties.get("date") for m in meetings(graph)}
    assert len(found) == 2
    further = next(p for p in found if "person:peter-szijjarto" in p)
    assert found[further] == "2025-03-03"
    assert "person:juraj-blanar" not in further


def test_later_with_a_time_of_its_own_is_no_further_meeting_that_day():
    text = ("ROME, March 3, 2025 (Reuters) - Italian Prime Minister Giorgia Meloni met Dutch Prime "
            "Minister Dick Schoof in Rome on Monday. Later this month, Meloni will meet Olaf Scholz.")
    graph = extract_text(text, "en")
    dated = [m for m in meetings(graph) if m.properties.get("date") == "2025-03-03"]
    assert len(dated) == 1
    assert "person:olaf-scholz" not in participants(graph, dated[0])


def test_title_of_several_holders_means_the_one_named_last_in_the_paragraph():
    text = ("Verkehrsministerin Lea Roth und Innenminister Paul Brandt stellten am Montag ihre Pläne "
            "vor.\n\nRoth gilt als Reformerin. Am Dienstag, 4. März 2025, war die Ministerin in "
            "Brüssel mit EU-Kommissar Apostolos Tzitzikostas zusammengetroffen.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    taking_part = participants(graph, meeting)
    assert "person:lea-roth" in taking_part
    assert "person:paul-brandt" not in taking_part


def test_title_of_several_holders_is_not_one_named_before_another_holder():
    text = ("Verkehrsministerin Lea Roth und Innenminister Paul Brandt stellten am Montag ihre Pläne "
            "vor.\n\nRoth lobte Brandt. Am Dienstag, 4. März 2025, war der Minister in Brüssel mit "
            "EU-Kommissar Apostolos Tzitzikostas zusammengetroffen. Tzitzikostas sprach mit ihm.")
    graph = extract_text(text, "de")
    taking_part = participants(graph, only_meeting(graph))
    assert "person:lea-roth" not in taking_part


def test_who_presents_to_the_ministers_after_their_meeting_took_part():
    text = ("Die Verkehrsminister der Länder trafen sich am Donnerstag, 6. März 2025, in Hamburg. "
            "Bahnchef Richard Lutz stellte den Ministern seine Pläne für die Sanierung vor.")
    graph = extract_text(text, "de")
    assert "person:richard-lutz" in participants(graph, only_meeting(graph))


def test_who_told_fellow_leaders_paragraphs_later_took_part():
    text = ("European Union leaders opened a summit in Brussels on Thursday, March 20, 2025.\n\n"
            "The agenda was long.\n\nPolish Prime Minister Donald Tusk warned about migration. "
            '"We must act now," Tusk told fellow leaders.')
    graph = extract_text(text, "en")
    assert "person:donald-tusk" in participants(graph, only_meeting(graph))


def test_talks_planned_for_next_week_are_no_meeting_yet():
    graph = extract_text("The talks between Antony Blinken and Sergei Lavrov are to take place "
                         "in Geneva next week.", "en")
    assert meetings(graph) == []


def test_gespraeche_in_der_kommenden_woche_are_no_meeting_yet():
    graph = extract_text("Die Gespräche zwischen Verdi und der Lufthansa sollen in der kommenden "
                         "Woche in Frankfurt weitergehen.", "de")
    assert meetings(graph) == []


def test_meeting_in_der_staatskanzlei_of_a_city_adjective_is_held_in_that_city():
    text = ("Am Montag, 3. März 2025, kam Bundeskanzler Friedrich Merz in der Münchner "
            "Staatskanzlei mit Ministerpräsident Markus Söder zusammen.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-03"
    assert "place:munich" in held_in(graph, meeting)
    assert len(held_in(graph, meeting)) == 2  # and the Staatskanzlei


def test_body_a_person_works_in_is_no_venue():
    text = ("Kommissarin Ana Lopez, in der EU-Kommission für Handel zuständig, traf am Montag, "
            "3. März 2025, in Genf den Minister Guy Parmelin zu einem Gespräch.")
    graph = extract_text(text, "de")
    assert held_in(graph, only_meeting(graph)) == {"place:geneva"}


def test_meeting_verb_right_after_an_agency_lead_is_on_the_leads_day_at_the_dateline():
    text = ("QUITO, March 4, 2025 (Reuters) - Ecuador and Peru agreed on Tuesday to reopen their "
            "border crossings.\n\nPresident Daniel Noboa met Peruvian President Dina Boluarte "
            "at the presidential palace.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-04"
    assert held_in(graph, meeting) == {"place:quito"}
    assert {"person:daniel-noboa", "person:dina-boluarte"} <= participants(graph, meeting)


def test_meeting_verb_further_from_the_lead_takes_no_day_from_it():
    text = ("QUITO, March 4, 2025 (Reuters) - Ecuador and Peru agreed on Tuesday to reopen their "
            "border crossings.\n\nTrade has suffered.\n\nPresident Daniel Noboa met Peruvian "
            "President Dina Boluarte at the presidential palace.")
    assert meetings(extract_text(text, "en")) == []


def test_envoy_to_a_body_named_while_its_meeting_is_told_of_took_part():
    text = ("The Permanent Council of the OSCE met in Vienna on Thursday, March 6, 2025. "
            '"We need a budget now," the Irish ambassador to the OSCE, Niamh Kelly, told reporters.')
    graph = extract_text(text, "en")
    assert "person:niamh-kelly" in participants(graph, only_meeting(graph))


def test_envoy_named_before_the_bodys_meeting_is_not_added_to_it():
    text = ("The Irish ambassador to the OSCE, Niamh Kelly, visited Kyiv on Monday, March 3, 2025. "
            "Later that week the Permanent Council of the OSCE met in Vienna on Thursday, "
            "March 6, 2025.")
    graph = extract_text(text, "en")
    vienna = [m for m in meetings(graph) if held_in(graph, m) == {"place:vienna"}]
    assert len(vienna) == 1
    assert "person:niamh-kelly" not in participants(graph, vienna[0])


def test_dort_takes_the_day_and_place_of_the_sentence_before():
    text = ("Am Mittwoch reiste Entwicklungsministerin Reem Alabali-Radovan weiter nach Nairobi. "
            "Dort traf sie den kenianischen Präsidenten William Ruto.")
    graph = extract_text(text, "de", published="2025-03-07")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-05"
    assert held_in(graph, meeting) == {"place:nairobi"}
    assert {"person:reem-alabali-radovan", "person:william-ruto"} <= participants(graph, meeting)


def test_sie_after_a_singular_verb_is_the_subject_named_before_not_a_later_name():
    text = ("Die SPD-Politikerin traf am Montag, 3. März 2025, in Nairobi den Präsidenten "
            "William Ruto. Anschließend kam sie mit Finanzminister John Mbadi zusammen.")
    graph = extract_text(text, "de")
    further = [m for m in meetings(graph) if "person:john-mbadi" in participants(graph, m)]
    assert len(further) == 1
    assert "person:william-ruto" not in participants(graph, further[0])


def test_refused_cancelled_or_asked_for_meetings_are_no_meetings():
    english = ["Union leader Sophie Binet refused to meet Gabriel Attal in Paris on Tuesday, "
               "May 7, 2024.",
               "Sophie Binet called for talks with Gabriel Attal in Paris on Tuesday, May 7, 2024.",
               "A meeting between Sophie Binet and Gabriel Attal in Paris on Tuesday, May 7, 2024 "
               "was cancelled."]
    german = ["Sophie Binet lehnte am Dienstag, 7. Mai 2024, ein Treffen mit Gabriel Attal in "
              "Paris ab.",
              "Das für Dienstag, 7. Mai 2024, geplante Treffen von Sophie Binet und Gabriel Attal "
              "in Paris wurde abgesagt."]
    for text in english:
        assert meetings(extract_text(text, "en")) == [], text
    for text in german:
        assert meetings(extract_text(text, "de")) == [], text


def test_meeting_held_after_a_delay_or_with_demands_made_at_it_is_a_meeting():
    held = ["Talks between Sophie Binet and Gabriel Attal resumed in Paris on Tuesday, May 7, "
            "2024 after being postponed.",
            "Sophie Binet demanded at the meeting with Gabriel Attal in Paris on Tuesday, May 7, "
            "2024 that the reform be withdrawn."]
    for text in held:
        assert len(meetings(extract_text(text, "en"))) == 1, text


def test_planned_or_earlier_meeting_mentioned_in_passing_is_no_further_meeting():
    english = ("BERLIN, May 7, 2024 (Reuters) - Olaf Scholz met Donald Tusk in Berlin on Tuesday. "
               "The two had previously met at a summit in Brussels. A follow-up meeting is planned "
               "in Warsaw.")
    german = ("BERLIN, 7. Mai 2024 (dpa) - Olaf Scholz traf am Dienstag Donald Tusk in Berlin. "
              "Zuletzt hatten sich die beiden beim Gipfel in Brüssel getroffen. Ein weiteres "
              "Treffen ist in Warschau geplant.")
    for text, lang in ((english, "en"), (german, "de")):
        graph = extract_text(text, lang)
        assert [held_in(graph, m) for m in meetings(graph)] == [{"place:berlin"}], lang


def test_zuvor_tells_of_an_earlier_meeting_that_day_and_ihn_of_its_guest():
    text = ("Berlin (dpa) - Der spanische Regierungschef Pedro Sánchez traf am Montag, 3. März "
            "2025, Bundeskanzler Friedrich Merz im Kanzleramt. Zuvor hatte ihn Bundespräsident "
            "Frank-Walter Steinmeier empfangen.")
    graph = extract_text(text, "de")
    earlier = [m for m in meetings(graph)
               if "person:frank-walter-steinmeier" in participants(graph, m)]
    assert len(earlier) == 1
    assert earlier[0].properties["date"] == "2025-03-03"
    assert "person:pedro-sanchez" in participants(graph, earlier[0])
    assert "person:friedrich-merz" not in participants(graph, earlier[0])


def test_body_named_before_a_plural_title_on_the_meetings_day_takes_part():
    text = ("NATO defence ministers moved closer to a spending deal on Thursday, June 5, 2025. "
            "Secretary-General Mark Rutte chaired the meeting in Brussels on June 5, 2025.")
    graph = extract_text(text, "en")
    assert "organisation:nato" in participants(graph, only_meeting(graph))


def test_german_zu_infinitive_of_a_separable_meeting_verb_is_a_meeting():
    text = ("KIEL, 3. März 2025 (dpa) - Die Ministerin Anna Roth kündigte an, am 14. März in "
            "Danzig mit ihrem Amtskollegen Piotr Nowak zusammenzutreffen.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-14"
    assert held_in(graph, meeting) == {"place:gdansk"}
    assert {"person:anna-roth", "person:piotr-nowak"} <= participants(graph, meeting)


def test_confirmed_participation_or_arrival_in_the_meetings_paragraph_is_taking_part():
    german = ("KIEL, 3. März 2025 (dpa) - Ministerpräsident Jan Behrens will die Fischer am "
              "Mittwoch, 5. März 2025, in Kiel zu einem Gespräch empfangen. Karl Lund und Eva Holm "
              "bestätigten ihre Teilnahme. Auch die Präsidentin des Fischereiverbands, Maria Stein, "
              "war angereist.")
    graph = extract_text(german, "de")
    assert {"person:karl-lund", "person:eva-holm", "person:maria-stein"} <= \
        participants(graph, only_meeting(graph))
    english = ("OSLO, March 3, 2025 (Reuters) - Fisheries ministers met for talks in Oslo on "
               "Monday, March 3, 2025. Around the table with the host were Ian Moore and Lisa Berg. "
               "Tom Hale confirmed his attendance.")
    graph = extract_text(english, "en")
    assert {"person:ian-moore", "person:lisa-berg", "person:tom-hale"} <= \
        participants(graph, only_meeting(graph))


def test_undated_meeting_at_a_building_named_beside_a_dated_ones_city_is_that_meeting():
    text = ("WIEN, 17. November 2025 (APA) - Kanzler Paul Berger will die Bauern am Mittwoch im "
            "Bundeskanzleramt in Wien empfangen. Minister Otto Graf trifft am Donnerstag in Brüssel "
            "den Kommissar Jan Vos. An dem Treffen im Kanzleramt nimmt auch Ministerin Eva Holm teil.")
    graph = extract_text(text, "de")
    [vienna] = [m for m in meetings(graph) if held_in(graph, m) == {"place:vienna"}]
    assert "person:eva-holm" in participants(graph, vienna)
    assert len(meetings(graph)) == 2


def test_weekday_in_the_lead_after_the_datelines_date_is_the_meetings_day():
    german = "BERLIN, 10. Januar 2022 (dpa) – Am Mittwoch treffen sich Vertreter der NATO in Genf."
    english = ("GENEVA, Jan 10, 2022 (Reuters) - NATO and Russian envoys will meet for talks in "
               "Geneva on Wednesday.")
    for text, lang in ((german, "de"), (english, "en")):
        assert only_meeting(extract_text(text, lang)).properties["date"] == "2022-01-12", lang


def test_opening_number_without_a_noun_names_the_persons_of_the_sentence_before():
    english = ("OSLO, March 5, 2025 (Reuters) - Union leaders Ann Berg, Tom Dahl and Eva Lund "
               "arrived in Oslo together. The three met Labour Minister Nils Aas at his ministry "
               "in Oslo on Wednesday.")
    graph = extract_text(english, "en")
    assert {"person:ann-berg", "person:tom-dahl", "person:eva-lund", "person:nils-aas"} <= \
        participants(graph, only_meeting(graph))
    german = ("KIEL, 5. März 2025 (dpa) - Die Landrätin Anna Roth lud den Bürgermeister Jan Beck "
              "ein. Die beiden trafen sich am Mittwoch in Kiel.")
    graph = extract_text(german, "de")
    assert {"person:anna-roth", "person:jan-beck"} <= participants(graph, only_meeting(graph))


def test_meeting_right_after_a_journey_is_on_the_journeys_day():
    # 2025-05-14 was a Wednesday: the journey on Tuesday is the day before
    text = ("LIMA, May 14, 2025 (Reuters) - The mining executives Ann Berg and Tom Dahl travelled "
            "to the capital on Tuesday. They met Energy Minister Luis Paz at his ministry in Lima.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-05-13"
    assert held_in(graph, meeting) == {"place:lima"}


def test_capitalised_dateline_place_no_lexicon_knows_is_the_place_named_again_in_the_text():
    text = ("PUERTO NUEVO DEL SUR, Jan 21, 2025 (Reuters) - President Ana Ruiz on Tuesday defended "
            "the mining plan. Ruiz met representatives of the Council of Coastal Peoples at the "
            "town hall of Puerto Nuevo del Sur.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-01-21"
    [place] = held_in(graph, meeting)
    assert graph.nodes[place].properties["name"] == "Puerto Nuevo del Sur"


def test_talks_as_a_state_going_on_or_on_a_condition_are_no_meeting():
    english = ["LONDON, March 5, 2025 (Reuters) - Northgate is in talks with Southfield in London "
               "about a merger.",
               "PARIS, March 5, 2025 (Reuters) - The union said it would only meet Labour Minister "
               "Anne Roy in Paris on Wednesday if the reform was withdrawn."]
    german = ["BERLIN, 5. März 2025 (dpa) - Die Gewerkschaft Verdi verhandelt derzeit in Potsdam "
              "mit den Ländern über höhere Löhne.",
              "BERLIN, 5. März 2025 (dpa) - Die Gewerkschaft würde sich nur dann mit Ministerin "
              "Anna Roth in Berlin treffen, wenn die Reform zurückgenommen wird."]
    for text in english:
        assert meetings(extract_text(text, "en")) == [], text
    for text in german:
        assert meetings(extract_text(text, "de")) == [], text


def test_meeting_held_even_if_a_condition_fails_is_a_meeting():
    text = ("PARIS, March 5, 2025 (Reuters) - The ministers would meet in Paris on Wednesday, "
            "officials said, even if no deal was in sight.")
    assert len(meetings(extract_text(text, "en"))) == 1


def test_lead_meeting_next_week_or_in_a_month_is_not_on_the_datelines_day():
    english = ("WASHINGTON, March 5, 2025 (Reuters) - Trade envoy Jane Roe will meet her EU "
               "counterpart Piet Smit next week in Washington.")
    german = "BERLIN, 5. März 2025 (dpa) - Die Ministerpräsidenten treffen sich im Dezember in Bonn."
    for text, lang in ((english, "en"), (german, "de")):
        dated = [m for m in meetings(extract_text(text, lang)) if m.properties.get("date") == "2025-03-05"]
        assert dated == [], lang


def test_speaker_to_a_gathering_paragraphs_later_took_part_in_it():
    text = ("GENEVA, March 5, 2025 (Reuters) - Health ministers from 40 countries gathered for the "
            "session in Geneva on Wednesday, March 5, 2025.\n\n"
            "Separately, Foreign Minister Ana Ruiz met her counterpart Luis Mora in Bern on Tuesday, "
            "March 4, 2025.\n\n"
            "Water experts warned of shortages across the region.\n\n"
            "Maria Lind, the head of the refugee agency, told the council that camps were full. "
            "Paul Kerr told the news conference that aid was coming.")
    graph = extract_text(text, "en")
    [session] = [m for m in meetings(graph) if m.properties["date"] == "2025-03-05"]
    [bern] = [m for m in meetings(graph) if m.properties["date"] == "2025-03-04"]
    assert "person:maria-lind" in participants(graph, session)
    assert "person:maria-lind" not in participants(graph, bern)
    assert "person:paul-kerr" not in participants(graph, session)


def test_session_in_a_relative_clause_does_not_take_the_day_of_the_main_clauses_talks():
    text = ("HANOI, October 9, 2024 (AP) - Regional leaders opened their summit in Hanoi on "
            "Wednesday, October 9, 2024. Secretary-General Ana Ruiz, who attended the opening "
            "session, said the leaders would hold talks with Premier Li Wei on Thursday.")
    graph = extract_text(text, "en")
    [summit] = [m for m in meetings(graph) if m.properties.get("date") == "2024-10-09"]
    assert "person:ana-ruiz" in participants(graph, summit)


def test_talks_told_of_right_after_a_visit_are_on_its_day_where_it_led():
    text = ("ROM, 5. März 2025 (dpa) - Auf Einladung von Ministerpräsidentin Carla Neri kam der "
            "tunesische Präsident Sami Ben Ali am Mittwoch nach Rom. Die beiden Politiker berieten "
            "über Migration.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-05"
    assert held_in(graph, meeting) == {"place:rome"}
    assert {"person:carla-neri", "person:sami-ben-ali"} <= participants(graph, meeting)


def test_meeting_still_to_come_after_a_journey_takes_not_its_day():
    text = ("TOKYO, July 29, 2024 (AP) - Minister Ravi Rao flew in from New Delhi on Sunday. "
            "He said India would host the next summit.")
    assert meetings(extract_text(text, "en")) == []


def test_meeting_dated_only_to_a_past_period_is_not_the_reports_day():
    english = ["Last week's meeting in Brussels between Ana Ruiz and Luis Mora ended without a deal.",
               "Ana Ruiz and Luis Mora met in Geneva two weeks ago."]
    german = ["Beim Treffen in Brüssel vor zwei Wochen hatten Ana Ruiz und Luis Mora keine Einigung "
              "erzielt.",
              "Beim Gipfel in Madrid im vergangenen Jahr hatten die Regierungschefs mehr Geld "
              "beschlossen."]
    for sentence in english:
        for lead in ("", "Oil prices rose on Wednesday. "):
            text = f"LONDON, March 5, 2025 (Reuters) - {lead}{sentence}"
            assert meetings(extract_text(text, "en")) == [], text
    for sentence in german:
        for lead in ("", "Die Ölpreise stiegen am Mittwoch. "):
            text = f"BERLIN, 5. März 2025 (dpa) - {lead}{sentence}"
            assert meetings(extract_text(text, "de")) == [], text


def test_who_led_a_side_of_the_talks_took_part():
    english = ("LONDON, March 5, 2025 (Reuters) - Union leaders met Labour Minister Ana Ruiz in "
               "London on Wednesday. Fran Hale, general secretary of the union, led the union side.")
    german = ("BERLIN, 5. März 2025 (dpa) - Verdi und die Arbeitgeber trafen sich am Mittwoch in "
              "Potsdam. Für die Länder führte Finanzsenator Paul Kerr die Verhandlungen.")
    graph = extract_text(english, "en")
    assert "person:fran-hale" in participants(graph, only_meeting(graph))
    graph = extract_text(german, "de")
    assert "person:paul-kerr" in participants(graph, only_meeting(graph))


def test_appeal_to_the_gatherings_members_is_made_at_it_not_at_a_side_meeting():
    text = ("Wien (APA) - Die Außenministerin Eva Holm sagte am Donnerstag, 16. Oktober 2025, zum "
            "Auftakt einer Sonderkonferenz in Wien, der Dialog müsse weitergehen.\n\n"
            "Am Rande der Konferenz traf Minister Karl Berg am Freitag seinen Amtskollegen Ivan "
            "Petrov zu einem Gespräch.\n\n"
            "Der Schweizer Außenminister Paul Graf meldete sich zu Wort. Er forderte alle "
            "Teilnehmerstaaten auf, einen Haushalt zu beschließen.")
    graph = extract_text(text, "de")
    [conference] = [m for m in meetings(graph) if m.properties.get("date") == "2025-10-16"]
    assert "person:paul-graf" in participants(graph, conference)
    side = [m for m in meetings(graph) if "person:ivan-petrov" in participants(graph, m)]
    assert side and all("person:paul-graf" not in participants(graph, m) for m in side)


def test_appeal_to_delegates_without_any_gathering_adds_no_participant():
    text = ("BERLIN, 5. März 2025 (dpa) - Ana Ruiz traf am Mittwoch in Berlin Luis Mora.\n\n"
            "Unterdessen forderte Paul Kerr alle Mitgliedstaaten auf, den Plan zu unterstützen.")
    graph = extract_text(text, "de")
    assert "person:paul-kerr" not in participants(graph, only_meeting(graph))


def test_they_opening_a_sentence_are_the_persons_named_just_before():
    text = ("Ana Ruiz met Luis Mora in Lisbon on Wednesday, March 5, 2025. They will meet again in "
            "Madrid on Friday.")
    graph = extract_text(text, "en")
    [madrid] = [m for m in meetings(graph) if held_in(graph, m) == {"place:madrid"}]
    assert {"person:ana-ruiz", "person:luis-mora"} <= participants(graph, madrid)


def test_sides_in_talks_on_a_day_of_their_own_held_a_meeting():
    text = "LONDON, March 5, 2025 (Reuters) - The two sides were in talks in Geneva on Wednesday."
    assert len(meetings(extract_text(text, "en"))) == 1


def test_the_talks_began_on_an_earlier_day_is_the_start_of_the_talks_told_of():
    english = ("BONN, June 19, 2025 (Reuters) - Poorer nations pressed for money at climate talks "
               "in Bonn on Thursday.\n\nThe talks, chaired by diplomat Ana Ruiz, began on Monday.")
    graph = extract_text(english, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-06-19"
    assert "person:ana-ruiz" in participants(graph, meeting) | chairs(graph, meeting)
    german = ("BONN, 19. Juni 2025 (dpa) - Die ärmeren Länder drängten am Donnerstag bei den "
              "Klimagesprächen in Bonn auf mehr Geld.\n\nDie Gespräche mit Diplomatin Ana Ruiz "
              "hatten am Montag begonnen.")
    graph = extract_text(german, "de")
    assert "person:ana-ruiz" in participants(graph, only_meeting(graph))


def test_genitive_compound_summit_noun_is_a_meeting():
    text = ("WIEN, 4. März 2025 (dpa) - Die Ministerin sprach am Dienstag zum Auftakt eines "
            "Bildungsgipfels in Wien.")
    meeting = only_meeting(extract_text(text, "de"))
    assert meeting.properties["date"] == "2025-03-04"


def test_guests_the_host_invited_are_participants():
    text = ("Am Montag kamen die Minister in Graz zu einem Krisengipfel zusammen. Landeshauptmann "
            "Karl Obermoser hatte dazu Verbandschefin Petra Lindner und Bürgermeister Felix Kranz "
            "eingeladen.")
    graph = extract_text(text, "de", published="2025-03-05")
    assert {"person:petra-lindner", "person:felix-kranz"} <= participants(graph, only_meeting(graph))


def test_those_named_among_them_are_participants():
    text = ("Ministers from six states met in Oslo on Monday, March 3, 2025, for a summit. "
            "Among them were Ana Ruiz and Luis Mora.")
    graph = extract_text(text, "en")
    assert {"person:ana-ruiz", "person:luis-mora"} <= participants(graph, only_meeting(graph))


def test_who_represented_a_side_is_a_participant():
    text = ("The minister held talks with the unions in Leeds on Monday, March 3, 2025. The "
            "unions were represented by Ana Ruiz, head of the teachers' union.")
    graph = extract_text(text, "en")
    assert "person:ana-ruiz" in participants(graph, only_meeting(graph))


def test_protester_against_a_summit_is_no_participant():
    text = ("Die Außenminister trafen sich am Montag, 3. März 2025, in Oslo zu einem Gipfel. "
            "Auch die Initiative Grünes Netz protestierte gegen den Gipfel, sagte Paula Brenner.")
    graph = extract_text(text, "de")
    assert "person:paula-brenner" not in participants(graph, only_meeting(graph))


def test_envoy_speaking_while_a_session_is_told_of_is_a_participant():
    text = ("OSLO, March 3, 2025 (Reuters) - The summit on refugees opened in Oslo on "
            "Monday.\n\nThe rights of refugees came first. Norway's ambassador Ana Ruiz "
            "said the plan would fail without money.")
    graph = extract_text(text, "en")
    assert "person:ana-ruiz" in participants(graph, only_meeting(graph))


def test_official_speaking_elsewhere_or_another_day_is_no_participant():
    text = ("OSLO, March 3, 2025 (Reuters) - The summit on refugees opened in Oslo on "
            "Monday.\n\nIn Berlin, Germany's ambassador Ana Ruiz said the plan would "
            "fail. Sweden's ambassador Luis Mora said last month that it was costly.")
    graph = extract_text(text, "en")
    found = participants(graph, only_meeting(graph))
    assert "person:ana-ruiz" not in found
    assert "person:luis-mora" not in found


def test_association_head_commenting_on_a_summit_is_no_participant():
    text = ("BERLIN, 3. März 2025 (dpa) - Die Verkehrsminister kamen am Montag in Berlin zu einer "
            "Konferenz zusammen.\n\nDie Kosten seien zu hoch, sagte Verbandspräsidentin Ana "
            "Ruiz.")
    graph = extract_text(text, "de")
    assert "person:ana-ruiz" not in participants(graph, only_meeting(graph))


def test_talks_a_counted_day_after_which_something_happened_are_that_day_earlier():
    text = ("LEEDS, March 5, 2025 (Reuters) - Teachers voted to strike on Wednesday, two days "
            "after talks with Education Minister Ana Ruiz in Leeds broke down.")
    meeting = only_meeting(extract_text(text, "en"))
    assert meeting.properties["date"] == "2025-03-03"


def test_day_after_the_finite_verb_of_an_opening_nach_phrase_is_not_the_meetings():
    text = ("GRAZ, 5. März 2025 (APA) - Nach einem Treffen mit Landeshauptmann Karl Obermoser "
            "haben die Bauern am Mittwoch mit Protesten gedroht.")
    graph = extract_text(text, "de")
    assert all(m.properties.get("date") != "2025-03-05" for m in meetings(graph))


def test_day_inside_an_opening_nach_phrase_is_the_meetings():
    text = ("GRAZ, 5. März 2025 (APA) - Nach einem Treffen mit Landeshauptmann Karl Obermoser "
            "am Dienstag in Graz drohten die Bauern mit Protesten.")
    meeting = only_meeting(extract_text(text, "de"))
    assert meeting.properties["date"] == "2025-03-04"


def test_union_leaders_at_talks_are_the_unions_named_before():
    text = ("LEEDS, March 5, 2025 (Reuters) - The Northern Bus Workers Union (NBWU) called a "
            "strike on Wednesday. On Tuesday, union leaders had walked out of talks with "
            "Transport Minister Ana Ruiz in Leeds.")
    graph = extract_text(text, "en")
    [meeting] = [m for m in meetings(graph) if m.properties.get("date") == "2025-03-04"]
    assert any("workers-union" in node_id for node_id in participants(graph, meeting))


def test_union_of_states_is_not_a_union_of_workers():
    text = ("BRUSSELS, March 5, 2025 (Reuters) - The European Union set new rules. On Tuesday, "
            "union leaders met Transport Minister Ana Ruiz in Leeds.")
    graph = extract_text(text, "en")
    assert not any("union" in node_id for node_id in participants(graph, only_meeting(graph)))


def test_further_round_set_for_a_date_is_a_meeting():
    text = ("GRAZ, 5. März 2025 (APA) - Die Ministerin Ana Ruiz kündigte an, die Bauern am "
            "12. März zu einer weiteren Gesprächsrunde in Graz einzuladen.")
    meeting = only_meeting(extract_text(text, "de"))
    assert meeting.properties["date"] == "2025-03-12"


def test_further_talks_without_a_date_are_no_meeting():
    text = ("GRAZ, 5. März 2025 (APA) - Die Ministerin Ana Ruiz kündigte weitere Gespräche in "
            "Graz an.")
    assert meetings(extract_text(text, "de")) == []


def test_appearing_before_a_committee_on_a_day_is_a_hearing():
    text = ("LEEDS, March 5, 2025 (Reuters) - Nurses went on strike. Health Minister Ana Ruiz "
            "and hospital chief Paul Kerr are due to appear before the health committee in "
            "Leeds on Thursday.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-06"
    assert meeting.properties["kind"] == "hearing"
    assert {"person:ana-ruiz", "person:paul-kerr"} <= participants(graph, meeting)


def test_appearing_before_a_committee_without_a_day_is_no_meeting():
    text = "Health Minister Ana Ruiz will appear before the health committee in Leeds."
    assert meetings(extract_text(text, "en")) == []


def test_who_presented_plans_at_the_meeting_is_a_participant():
    text = ("Am Dienstag trafen sich die Bauern mit Ministerin Petra Lindner in Graz. Amtschefin "
            "Ana Ruiz stellte die neuen Förderregeln vor.")
    graph = extract_text(text, "de", published="2025-03-05")
    assert "person:ana-ruiz" in participants(graph, only_meeting(graph))


def test_two_parties_signing_at_a_venue_is_a_meeting_on_the_leads_day():
    text = ("OSLO, March 5, 2025 (Reuters) - Norway and Chile agreed on Tuesday to cooperate on "
            "fisheries.\n\nFisheries Minister Ana Ruiz and Chilean envoy Luis Mora signed the "
            "agreement at the ministry's headquarters in Oslo.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-04"
    assert meeting.properties["kind"] == "signing"
    assert {"person:ana-ruiz", "person:luis-mora"} <= participants(graph, meeting)


def test_one_person_signing_a_law_on_a_day_is_no_meeting():
    text = ("OSLO, March 5, 2025 (Reuters) - Prime Minister Ana Ruiz signed the fisheries law in "
            "Oslo on Tuesday.")
    assert meetings(extract_text(text, "en")) == []


def test_speaker_of_a_meeting_sentence_named_by_title_is_the_person_named_before():
    text = ("OSLO, 5. März 2025 (dpa) - Die norwegische Ministerin Ana Ruiz verlangt mehr Geld. "
            "„Wir brauchen Hilfe“, sagte die Ministerin am Mittwoch zum Auftakt eines "
            "Fischereigipfels in Oslo.")
    graph = extract_text(text, "de")
    assert "person:ana-ruiz" in participants(graph, only_meeting(graph))


def test_state_of_an_ambassador_at_a_session_takes_part():
    text = ("OSLO, March 3, 2025 (Reuters) - The summit on refugees opened in Oslo on "
            "Monday.\n\nThe rights of refugees came first. Norway's ambassador Ana Ruiz "
            "said the plan would fail without money.")
    graph = extract_text(text, "en")
    assert "country:no" in participants(graph, only_meeting(graph))


def test_minister_quoted_after_a_summit_is_a_participant():
    text = ("OSLO, March 3, 2025 (Reuters) - The summit on refugees opened in Oslo on "
            "Monday.\n\nFisheries Minister Ana Ruiz asked for money. \"We need help now,\" Ruiz "
            "said.")
    graph = extract_text(text, "en")
    assert "person:ana-ruiz" in participants(graph, only_meeting(graph))


def test_talks_between_officials_of_two_states_bring_in_both_states():
    text = ("OSLO, March 5, 2025 (Reuters) - Norway's Prime Minister Ana Ruiz praised "
            "Chile's President Luis Mora.\n\nThe fish trade grew. Ruiz held talks with Mora in "
            "Oslo on Monday.")
    graph = extract_text(text, "en")
    assert {"country:no", "country:cl"} <= participants(graph, only_meeting(graph))


def test_separable_meeting_verb_at_a_clause_end_is_a_meeting():
    text = ("KIEL, 5. März 2025 (dpa) - Am Dienstag reiste die Ministerin Anna Kolbe nach "
            "Lübeck, wo sie mit Bürgermeister Jens Ahlers zusammentraf.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-04"
    assert {"person:anna-kolbe", "person:jens-ahlers"} <= participants(graph, meeting)


def test_also_attending_the_meeting_adds_to_the_last_meeting_not_an_earlier_one():
    text = ("KIEL, 5. März 2025 (dpa) - Die Verbandschefs Anna Kolbe und Jens Ahlers waren "
            "am Montag in Kiel mit Minister Paul Berger zusammengekommen. Am Dienstag trafen "
            "sich die Vertreter der Häfen in Lübeck zu einer Sitzung. Auch Kolbe und Ahlers "
            "nahmen an dem Treffen teil.")
    graph = extract_text(text, "de")
    lubeck = next(m for m in meetings(graph) if held_in(graph, m) == {"place:luebeck"})
    assert {"person:anna-kolbe", "person:jens-ahlers"} <= participants(graph, lubeck)


def test_subjects_told_of_between_two_mentions_of_a_meeting_take_part():
    text = ("KIEL, 5. März 2025 (dpa) - Am Dienstag trafen sich die Vertreter der Häfen in "
            "Lübeck zu einer Sitzung. Dabei gab es Streit. Hafenchefin Anna Kolbe warb für "
            "mehr Geld. Reeder Jens Ahlers warnte vor Kosten. Auch Minister Paul Berger nahm "
            "an dem Treffen teil.")
    graph = extract_text(text, "de")
    assert {"person:anna-kolbe", "person:jens-ahlers", "person:paul-berger"} <= \
        participants(graph, only_meeting(graph))


def test_subjects_of_another_paragraph_do_not_take_part():
    text = ("KIEL, 5. März 2025 (dpa) - Am Dienstag trafen sich die Vertreter der Häfen in "
            "Lübeck zu einer Sitzung.\n\nReeder Jens Ahlers warnte vor Kosten.\n\nAuch "
            "Minister Paul Berger nahm an dem Treffen teil.")
    graph = extract_text(text, "de")
    assert "person:jens-ahlers" not in participants(graph, only_meeting(graph))


def test_place_where_a_body_is_based_is_no_venue():
    text = ("LIMA, June 18, 2025 (Reuters) - The International Council of Copper Miners, an "
            "industry group based in London, urged Lima to consult companies.")
    assert meetings(extract_text(text, "en")) == []


def test_passive_signing_with_day_and_place_is_a_ceremony_of_those_who_signed_after():
    text = ("OSLO, March 5, 2025 (Reuters) - The fisheries deal was signed at the ministry's "
            "offices in Oslo on Tuesday. Fisheries Minister Ana Ruiz and Chile's envoy Luis "
            "Mora put their names to it, while trade chief Eva Lund attended the ceremony.")
    graph = extract_text(text, "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-04"
    assert held_in(graph, meeting) == {"place:oslo"}
    assert {"person:ana-ruiz", "person:luis-mora", "person:eva-lund"} <= participants(graph, meeting)


def test_passive_signing_without_a_day_is_no_meeting():
    text = "OSLO, March 5, 2025 (Reuters) - The fisheries law was signed in Oslo, officials said."
    assert meetings(extract_text(text, "en")) == []


def test_meeting_in_a_town_no_lexicon_knows_is_not_put_at_the_dateline_place():
    text = ("KIEL, 5. März 2025 (dpa) - Landrat Jens Ahlers traf sich am Dienstag in "
            "Wulfsbüttelhagen mit Bürgermeisterin Anna Kolbe.")
    graph = extract_text(text, "de")
    assert all(held_in(graph, m) != {"place:kiel"} for m in meetings(graph))


def test_attending_a_named_days_event_paragraphs_later_adds_to_that_days_meeting():
    text = ("OSLO, March 5, 2025 (Reuters) - Norway's Ana Ruiz and Chile's Luis Mora signed "
            "the fisheries deal at the ministry's offices in Oslo on Tuesday.\n\nThe deal "
            "covers salmon and cod.\n\nEva Lund, who attended Tuesday's ceremony, said trade "
            "would double.")
    graph = extract_text(text, "en")
    assert "person:eva-lund" in participants(graph, only_meeting(graph))


def test_joining_something_on_the_meetings_day_paragraphs_later_is_no_participation():
    text = ("OSLO, March 5, 2025 (Reuters) - Norway's Ana Ruiz and Chile's Luis Mora signed "
            "the fisheries deal at the ministry's offices in Oslo on Tuesday.\n\nThe deal "
            "covers salmon and cod.\n\nEva Lund joined the board on Tuesday.")
    graph = extract_text(text, "en")
    assert "person:eva-lund" not in participants(graph, only_meeting(graph))


def test_in_der_runde_refers_to_the_meeting_told_of_and_brings_in_who_is_named():
    text = ("KIEL, 5. März 2025 (dpa) - Die Runde der Hafenchefs war am Dienstag in Lübeck "
            "zusammengekommen. Dafür hatte in der Runde vor allem Reederin Anna Kolbe "
            "gekämpft.")
    graph = extract_text(text, "de")
    assert "person:anna-kolbe" in participants(graph, only_meeting(graph))


def test_a_rumour_making_the_rounds_is_no_meeting():
    text = ("KIEL, 5. März 2025 (dpa) - Gerüchte über Reederin Anna Kolbe und Jens Ahlers "
            "machten die Runde.")
    assert meetings(extract_text(text, "de")) == []


def test_english_also_attending_the_meeting_adds_to_the_last_meeting():
    text = ("OSLO, March 5, 2025 (Reuters) - Union leaders Ana Ruiz and Luis Mora met Minister "
            "Paul Berg in Bergen on Monday. On Tuesday port owners gathered in Oslo for a "
            "special session. Ruiz and Mora also attended the meeting.")
    graph = extract_text(text, "en")
    oslo = next(m for m in meetings(graph) if held_in(graph, m) == {"place:oslo"})
    assert {"person:ana-ruiz", "person:luis-mora"} <= participants(graph, oslo)


def test_english_subjects_between_two_mentions_of_a_session_take_part():
    text = ("OSLO, March 5, 2025 (Reuters) - Port owners met in Oslo on Tuesday for a special "
            "session. Port chief Ana Ruiz argued for more money. Shipowner Luis Mora warned of "
            "costs. Minister Paul Berg also attended the meeting.")
    graph = extract_text(text, "en")
    assert {"person:ana-ruiz", "person:luis-mora"} <= participants(graph, only_meeting(graph))


def test_german_passive_signing_with_day_and_place_is_a_ceremony():
    text = ("GENF, 5. März 2025 (dpa) - Der Fischereivertrag wurde am Dienstag im Hauptsitz "
            "der Behörde in Genf unterzeichnet. Ministerin Anna Kolbe und Botschafter Jens "
            "Ahlers setzten ihre Namen darunter, Handelschefin Eva Lund nahm an der Zeremonie "
            "teil.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:geneva"}
    assert {"person:anna-kolbe", "person:jens-ahlers", "person:eva-lund"} <= participants(graph, meeting)


def test_nouns_for_a_meeting_as_such_name_a_meeting_in_both_languages():
    german = extract_text("WIEN, 5. März 2025 (dpa) - Die Unterredung von Ministerin Anna Kolbe "
                          "mit Jens Ahlers fand am Dienstag in Graz statt.", "de")
    english = extract_text("OSLO, March 5, 2025 (Reuters) - The gathering in Bergen on Tuesday "
                           "brought together Ana Ruiz and Luis Mora.", "en")
    for graph in (german, english):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-04"
        assert len(participants(graph, meeting)) == 2
    assert only_meeting(english).properties["kind"] == "meeting"


def test_both_sides_of_a_meeting_are_the_two_organisations_named_before():
    text = ("OSLO, March 5, 2025 (Reuters) - The Unite union warned of strikes after the "
            "collapse of talks with Lufthansa.\n\nNegotiators from both sides met at a hotel in "
            "Bergen on Tuesday without a deal.")
    graph = extract_text(text, "en")
    found = participants(graph, only_meeting(graph))
    assert {"organisation:unite", "organisation:lufthansa"} <= found
    assert "organisation:reuters" not in found


def test_german_beide_seiten_are_the_two_organisations_named_before():
    text = ("KIEL, 5. März 2025 (dpa) - Die Gewerkschaft Verdi und die Lufthansa streiten über "
            "Löhne. Am Dienstag trafen sich beide Seiten in Lübeck.")
    graph = extract_text(text, "de")
    found = participants(graph, only_meeting(graph))
    assert {"organisation:verdi", "organisation:lufthansa"} <= found
    assert "organisation:deutsche-presse-agentur" not in found


def test_who_skipped_a_meeting_is_no_participant():
    text = ("OSLO, March 5, 2025 (Reuters) - Fisheries ministers met in Bergen on Tuesday. "
            "Chile's minister Luis Mora skipped the gathering.")
    graph = extract_text(text, "en")
    assert "person:luis-mora" not in participants(graph, only_meeting(graph))


def test_the_source_of_a_report_on_a_meeting_is_no_participant():
    german = extract_text("KIEL, 5. März 2025 (dpa) - Ministerin Anna Kolbe traf am Dienstag in "
                          "Lübeck Jens Ahlers. Nach Angaben der Staatskanzlei ging es dabei um "
                          "Häfen.", "de")
    english = extract_text("OSLO, March 5, 2025 (Reuters) - Ana Ruiz met Luis Mora in Bergen on "
                           "Tuesday. According to the European Commission, the talks were about "
                           "fish.", "en")
    assert not any(p.startswith("organisation:") for p in participants(german, only_meeting(german)))
    assert "organisation:europaeische-kommission" not in participants(english, only_meeting(english))


def test_convening_a_body_for_a_day_is_a_session_in_both_languages():
    german = extract_text("GRAZ, 5. März 2025 (APA) - Landeshauptmann Tomas Berg hat für Freitag "
                          "den Landessicherheitsrat in Graz einberufen.", "de")
    english = extract_text("TALLINN, March 5, 2025 (Reuters) - President Marta Lind convened the "
                           "cabinet in Tallinn on Thursday. Finance Minister Jaan Tamm also "
                           "attended the session.", "en")
    meeting = only_meeting(german)
    assert meeting.properties["date"] == "2025-03-07"
    assert held_in(german, meeting) == {"place:graz"}
    assert "person:tomas-berg" in participants(german, meeting)
    meeting = only_meeting(english)
    assert meeting.properties["date"] == "2025-03-06"
    assert {"person:marta-lind", "person:jaan-tamm"} <= participants(english, meeting)


def test_german_split_convening_verb_is_a_session_the_next_sentence_adds_to():
    text = ("LINZ, 5. März 2025 (APA) - Bürgermeisterin Lena Falk berief den Stadtrat für Montag "
            "ins Rathaus in Linz ein. An der Sitzung nehmen auch Paul Egger und Eva Moser teil.")
    graph = extract_text(text, "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-10"
    assert held_in(graph, meeting) == {"place:linz"}
    assert {"person:lena-falk", "person:paul-egger", "person:eva-moser"} <= participants(graph, meeting)


def test_berufen_without_its_particle_closing_the_clause_is_no_convening():
    text = ("LINZ, 5. März 2025 (APA) - Bürgermeisterin Lena Falk berief sich am Montag in Linz "
            "auf ein Gutachten. Paul Egger wurde am Dienstag in Wels in den Vorstand berufen.")
    assert meetings(extract_text(text, "de")) == []


def test_plural_title_held_at_unnamed_bodies_is_not_every_holder_named_before():
    german = extract_text("KIEL, 5. März 2025 (dpa) - Verdi-Chef Jan Ohm warnte vor Streiks. Am "
                          "Dienstag trafen sich Minister Paul Berger und die Chefs der "
                          "Hafenbetriebe in Lübeck.", "de")
    english = extract_text("OSLO, March 5, 2025 (Reuters) - IMF head Eva Lund warned of risks. "
                           "Minister Ana Ruiz met the heads of the regional agencies in Bergen "
                           "on Tuesday.", "en")
    assert participants(german, only_meeting(german)) == {"person:paul-berger"}
    assert participants(english, only_meeting(english)) == {"person:ana-ruiz"}


def test_plural_title_held_at_a_named_body_still_brings_in_its_holders():
    text = ("KIEL, 5. März 2025 (dpa) - Hamburgs Innenminister Jan Ohm warnte vor Gewalt. Am "
            "Dienstag trafen sich die Innenminister der Länder in Lübeck.")
    graph = extract_text(text, "de")
    assert "person:jan-ohm" in participants(graph, only_meeting(graph))


def test_counted_group_gathers_its_persons_from_the_sentences_before_in_both_languages():
    german = extract_text("KIEL, 5. März 2025 (dpa) - Bürgermeisterin Anna Beck kritisierte den "
                          "Plan. Ihr Amtskollege Jan Roth aus Flensburg schloss sich an. Beide "
                          "treffen sich am Dienstag in Lübeck.", "de")
    english = extract_text("LEEDS, March 5, 2025 (Reuters) - Mayor Ann Lee of Leeds criticised "
                           "the plan. Her counterpart Tom Hale agreed. The two will meet in York "
                           "on Tuesday.", "en")
    assert {"person:anna-beck", "person:jan-roth"} <= participants(german, only_meeting(german))
    assert {"person:ann-lee", "person:tom-hale"} <= participants(english, only_meeting(english))


def test_counted_group_is_nobody_when_the_sentences_before_name_more_persons():
    text = ("LEEDS, March 5, 2025 (Reuters) - Ann Lee and Tom Hale criticised the plan. Eva Lund "
            "agreed. The two met in York on Tuesday.")
    graph = extract_text(text, "en")
    assert participants(graph, only_meeting(graph)) == set()


def test_counted_group_does_not_gather_persons_across_a_paragraph():
    text = ("LEEDS, March 5, 2025 (Reuters) - Ann Lee criticised the plan.\n\nTom Hale agreed. "
            "The two met in York on Tuesday.")
    graph = extract_text(text, "en")
    assert "person:ann-lee" not in participants(graph, only_meeting(graph))


def test_title_subject_after_an_opening_phrase_is_the_person_named_before_in_both_languages():
    german = extract_text("LINZ, 5. März 2025 (APA) - Innenminister Karl Nehr kritisierte den Plan. "
                          "Am Mittwoch traf der Minister in Linz Bürgermeister Paul Egger.", "de")
    english = extract_text("LEEDS, March 5, 2025 (Reuters) - Health Secretary Ann Lee presented the "
                           "plan on Tuesday. Costs would rise, she said.\n\nOn Monday, the "
                           "secretary had received union leaders in Leeds.", "en")
    assert {"person:karl-nehr", "person:paul-egger"} <= participants(german, only_meeting(german))
    assert "person:ann-lee" in participants(english, only_meeting(english))


def test_title_subject_is_the_person_named_a_paragraph_before():
    text = ("BERN, 3. Juni 2025 (SDA) - Gesundheitsministerin Eva Keller stellte am Dienstag den "
            "Entwurf vor. Die Kosten seien hoch. Die Prämien würden sinken.\n\nBereits am Montag "
            "hatte die Vorsteherin des Departements in Bern Vertreter der Branche empfangen.")
    graph = extract_text(text, "de")
    assert "person:eva-keller" in participants(graph, only_meeting(graph))


def test_german_title_subject_of_the_other_gender_is_not_the_person_named_before():
    for opening in ("Am Montag hatte die Bürgermeisterin in Linz Vertreter der Branche empfangen.",
                    "Die Bürgermeisterin traf am Montag in Linz Vertreter der Branche."):
        graph = extract_text("LINZ, 5. März 2025 (APA) - Innenminister Karl Nehr kritisierte den "
                             "Plan. " + opening, "de")
        assert "person:karl-nehr" not in participants(graph, only_meeting(graph))


def test_union_and_company_named_by_their_kind_noun_are_those_named_before_in_both_languages():
    german = extract_text("KIEL, 5. März 2025 (dpa) - Die Gewerkschaft Verdi fordert mehr Lohn. "
                          "Der Konzern Siemens lehnt das ab. Am Dienstag verhandelten Vertreter "
                          "der Gewerkschaft und des Konzerns in Lübeck.", "de")
    english = extract_text("LEEDS, March 5, 2025 (Reuters) - The GMB union wants more pay. Carmaker "
                           "Nissan refused. Negotiators for the union and the company met in "
                           "Sunderland on Tuesday.", "en")
    assert {"organisation:verdi", "organisation:siemens"} <= participants(german, only_meeting(german))
    assert {"organisation:gmb", "organisation:nissan"} <= participants(english, only_meeting(english))


def test_kind_noun_after_an_indefinite_article_or_without_a_match_refers_to_nothing():
    text = ("LEEDS, March 5, 2025 (Reuters) - Ann Lee wants more pay. Negotiators for a union and "
            "the company met in Sunderland on Tuesday.")
    graph = extract_text(text, "en")
    assert participants(graph, only_meeting(graph)) == set()


def test_the_union_is_not_a_union_of_states_named_before():
    text = ("BRUSSELS, March 5, 2025 (Reuters) - The European Union wants new rules. Ana Ruiz met "
            "officials of the union in Ghent on Tuesday.")
    graph = extract_text(text, "en")
    assert "organisation:europaeische-union" not in participants(graph, only_meeting(graph))


def test_an_assembly_held_on_a_day_is_a_meeting():
    for text in ("BERN, 3. Juni 2025 (SDA) - Auf der Hauptversammlung der Firma Novartis am "
                 "Dienstag in Basel kritisierten Aktionäre den Chef Paul Egger.",
                 "BERN, 3. Juni 2025 (SDA) - Der Verband tagt am 19. Juni an seiner "
                 "Mitgliederversammlung in Lausanne; Paul Egger wird dort erwartet."):
        graph = extract_text(text, "de")
        meeting = only_meeting(graph)
        assert meeting.properties["name"].split()[0].endswith("versammlung")
        assert "person:paul-egger" in participants(graph, meeting)


def test_who_accompanied_someone_to_a_meeting_is_a_participant_in_both_languages():
    english = ("She was accompanied by her deputy Eva Lund.", "Among those present was trade "
               "chief Eva Lund.")
    german = ("Begleitet wurde sie von Staatssekretärin Eva Lund.", "In ihrer Begleitung war "
              "Staatssekretärin Eva Lund.", "Zu den Gesprächspartnern gehörte auch Eva Lund.")
    for follow_up in english:
        graph = extract_text("OSLO, March 5, 2025 (Reuters) - Ana Ruiz met Luis Mora in Bergen on "
                             "Tuesday. " + follow_up, "en")
        assert "person:eva-lund" in participants(graph, only_meeting(graph)), follow_up
    for follow_up in german:
        graph = extract_text("LINZ, 5. März 2025 (APA) - Ministerin Ana Ruiz traf am Dienstag in "
                             "Linz Bürgermeister Paul Egger. " + follow_up, "de")
        assert "person:eva-lund" in participants(graph, only_meeting(graph)), follow_up


def test_who_did_not_come_along_at_a_clause_end_is_no_participant():
    german = extract_text("LINZ, 5. März 2025 (APA) - Ministerin Ana Ruiz traf am Dienstag in Linz "
                          "Bürgermeister Paul Egger. Eva Lund begleitete sie nicht.", "de")
    english = extract_text("OSLO, March 5, 2025 (Reuters) - Ana Ruiz met Luis Mora in Bergen on "
                           "Tuesday. Eva Lund did not accompany her.", "en")
    for graph in (german, english):
        assert "person:eva-lund" not in participants(graph, only_meeting(graph))


def test_german_sie_after_the_verb_of_an_opening_phrase_is_the_woman_named_before():
    for meeting_sentence in ("Am Dienstag traf sie in Linz Bürgermeister Paul Egger.",
                             "Bereits am Montag hatte sie in Linz Bürgermeister Paul Egger empfangen."):
        graph = extract_text("LINZ, 5. März 2025 (APA) - Ministerin Eva Keller kritisierte den "
                             "Plan. " + meeting_sentence, "de")
        assert {"person:eva-keller", "person:paul-egger"} <= participants(graph, only_meeting(graph))


def test_german_plural_sie_after_a_plural_verb_is_no_woman_named_before():
    text = ("LINZ, 5. März 2025 (APA) - Ministerin Eva Keller kritisierte den Plan. Am Dienstag "
            "trafen sie in Linz Bürgermeister Paul Egger.")
    graph = extract_text(text, "de")
    assert "person:eva-keller" not in participants(graph, only_meeting(graph))


def test_unnamed_people_of_an_organisation_bring_it_into_a_meeting():
    for text, body in (
            ("OSLO, March 5, 2025 (Reuters) - Unite wants more pay. On Tuesday its leaders met "
             "Luis Mora in Bergen.", "organisation:unite"),
            ("OSLO, March 5, 2025 (Reuters) - The International Energy Agency warned of shortages. "
             "Its chief executive met Luis Mora in Bergen on Tuesday.",
             "organisation:internationale-energieagentur"),
            ("OSLO, March 5, 2025 (Reuters) - Prices rose. The union Unite said its executive "
             "committee would meet in Bergen on Tuesday.", "organisation:unite")):
        graph = extract_text(text, "en")
        assert body in participants(graph, only_meeting(graph)), text


def test_its_before_a_thing_brings_in_no_organisation():
    text = ("OSLO, March 5, 2025 (Reuters) - The International Energy Agency warned of shortages. "
            "Luis Mora met Tom Hale in Bergen on Tuesday to discuss its forecast.")
    graph = extract_text(text, "en")
    assert participants(graph, only_meeting(graph)) == {"person:luis-mora", "person:tom-hale"}


def test_a_team_of_an_agency_named_before_brings_it_into_the_meeting_in_both_languages():
    english = extract_text("KYIV, March 5, 2025 (Reuters) - The International Atomic Energy Agency "
                           "warned of risks.\n\nA team from the agency will travel to Lviv on "
                           "Friday, where it is due to meet Mayor Andriy Sadovyi.", "en")
    german = extract_text("KIEW, 5. März 2025 (dpa) - Die Internationale Atomenergiebehörde warnte "
                          "vor Risiken.\n\nEin Team der Behörde reist am Freitag nach Lwiw, wo es "
                          "Bürgermeister Andrij Sadowyj treffen soll.", "de")
    for graph in (english, german):
        found = participants(graph, only_meeting(graph))
        assert any(p.startswith("organisation:") for p in found), found


def test_the_agency_with_no_agency_named_before_brings_in_no_organisation():
    text = ("KYIV, March 5, 2025 (Reuters) - Ukraine's army chief warned of shelling. Officials "
            "from the agency will meet Mayor Andriy Sadovyi in Lviv on Friday.")
    graph = extract_text(text, "en")
    assert not any(p.startswith("organisation:") for p in participants(graph, only_meeting(graph)))


def test_who_held_the_chair_after_a_session_chaired_it_in_both_languages():
    for text, lang in (
            ("LINZ, 5. März 2025 (APA) - Der Stadtrat tagte am Dienstag in Linz. Den Vorsitz "
             "führte Bürgermeisterin Eva Lund.", "de"),
            ("LINZ, 5. März 2025 (APA) - Der Stadtrat tagte am Dienstag in Linz. Bürgermeisterin "
             "Eva Lund führte den Vorsitz.", "de"),
            ("OSLO, March 5, 2025 (Reuters) - The council met in Bergen on Tuesday. Mayor Eva Lund "
             "was in the chair.", "en")):
        graph = extract_text(text, lang)
        assert chairs(graph, only_meeting(graph)) == {"person:eva-lund"}, text


def test_taking_over_a_bodys_presidency_later_is_no_chairing():
    for text, lang in (
            ("LINZ, 5. März 2025 (APA) - Der Stadtrat tagte am Dienstag in Linz. Den Vorsitz "
             "übernimmt im Mai Bürgermeisterin Eva Lund.", "de"),
            ("OSLO, March 5, 2025 (Reuters) - The council met in Bergen on Tuesday. Mayor Eva Lund "
             "wants to chair the next one.", "en")):
        graph = extract_text(text, lang)
        assert chairs(graph, only_meeting(graph)) == set(), text


def test_more_words_for_a_meeting_name_one_in_both_languages():
    english = ("Ana Ruiz sat down with Luis Mora in Bergen on Tuesday.",
               "Ana Ruiz and Luis Mora had a working lunch in Bergen on Tuesday.",
               "The party congress in Bergen on Tuesday re-elected Ana Ruiz.")
    german = ("Ministerin Ana Ruiz kam am Dienstag in Linz mit Paul Egger zu einem Arbeitsessen "
              "zusammen.", "Ana Ruiz und Paul Egger führten am Dienstag in Linz Sondierungen.",
              "Ana Ruiz besprach sich am Dienstag in Linz mit Paul Egger.")
    for sentence in english:
        graph = extract_text("OSLO, March 5, 2025 (Reuters) - " + sentence, "en")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-04", sentence
        assert "person:ana-ruiz" in participants(graph, meeting), sentence
    for sentence in german:
        graph = extract_text("LINZ, 5. März 2025 (APA) - " + sentence, "de")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-04", sentence
        assert {"person:ana-ruiz", "person:paul-egger"} <= participants(graph, meeting), sentence


def test_congress_as_a_name_and_sitting_without_down_name_no_meeting():
    for sentence in ("Congress in Washington on Tuesday passed a bill by Ana Ruiz.",
                     "Ana Ruiz sat in Bergen on Tuesday waiting for news."):
        assert meetings(extract_text("OSLO, March 5, 2025 (Reuters) - " + sentence, "en")) == [], sentence


def test_plural_title_held_in_the_member_states_still_brings_in_its_holders():
    english = extract_text("BRUSSELS, March 5, 2025 (Reuters) - Germany's foreign minister Eva Lund "
                           "warned of risks. The foreign ministers of the member states met in "
                           "Brussels on Tuesday.", "en")
    german = extract_text("BRÜSSEL, 5. März 2025 (dpa) - Die deutsche Außenministerin Eva Lund warnte "
                          "vor Risiken. Die Außenminister der Mitgliedstaaten trafen sich am Dienstag "
                          "in Brüssel.", "de")
    for graph in (english, german):
        assert "person:eva-lund" in participants(graph, only_meeting(graph))


def test_being_called_up_is_no_convening():
    for sentence in ("Tausende Männer wurden am Montag in Lwiw zum Wehrdienst einberufen.",
                     "Paul Egger wurde am Montag in Lwiw zur Armee einberufen."):
        assert meetings(extract_text("KIEW, 5. März 2025 (dpa) - " + sentence, "de")) == [], sentence


def test_an_armys_retreat_and_a_convention_signed_are_no_meetings():
    for sentence in ("The army's retreat in eastern Ukraine on Tuesday surprised Ana Ruiz.",
                     "Ana Ruiz signed the convention in Paris on Tuesday."):
        assert meetings(extract_text("OSLO, March 5, 2025 (Reuters) - " + sentence, "en")) == [], sentence


def test_german_kind_noun_in_the_plural_refers_to_no_company_named_before():
    plural = extract_text("LINZ, 5. März 2025 (APA) - Der Konzern Siemens kritisierte den Plan. "
                          "Vertreter der Unternehmen trafen sich am Dienstag in Linz mit Paul Egger.", "de")
    singular = extract_text("LINZ, 5. März 2025 (APA) - Der Konzern Siemens kritisierte den Plan. "
                            "Vertreter des Unternehmens trafen sich am Dienstag in Linz mit Paul "
                            "Egger.", "de")
    assert "organisation:siemens" not in participants(plural, only_meeting(plural))
    assert "organisation:siemens" in participants(singular, only_meeting(singular))


def test_talks_a_day_after_another_event_are_dated_by_a_later_possessive_weekday():
    graph = extract_text("OSLO, March 7, 2025 (Reuters) - The board approved the tariff on Thursday. "
                         "The vote came a day after talks in Bergen between Finance Minister Ana Ruiz "
                         "and Paul Egger failed. Trade Minister Ole "
                         "Berg also attended Wednesday's meeting.", "en")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-05"
    assert held_in(graph, meeting) == {"place:bergen"}
    assert {"person:ana-ruiz", "person:paul-egger", "person:ole-berg"} <= participants(graph, meeting)


def test_an_article_of_a_counted_time_is_not_the_talks_own():
    for text in ("OSLO, March 7, 2025 (Reuters) - Dock workers walked out on Thursday. The strike "
                 "began a week before talks in Bergen between Ana Ruiz and Paul Egger. Ole Berg also "
                 "attended Wednesday's meeting.",
                 "GRAZ, 7. März 2025 (APA) - Die Hafenarbeiter streikten am Donnerstag. Der Streik "
                 "begann eine Woche vor Gesprächen in Linz "
                 "zwischen Anna Huber und Paul Egger. An dem Treffen am Mittwoch nahm auch Ole Berg teil."):
        graph = extract_text(text, "en" if "OSLO" in text else "de")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-05", text
        assert "person:ole-berg" in participants(graph, meeting), text


TALK_LEADS = {"en": "OSLO, March 7, 2025 (Reuters) - ", "de": "GRAZ, 7. März 2025 (APA) - "}


def test_talking_with_a_named_partner_on_a_day_is_a_meeting():
    cases = [
        ("en", "Mayor Ana Ruiz discussed the budget with Prime Minister Paul Egger in Bergen on Tuesday.",
         "2025-03-04", {"person:ana-ruiz", "person:paul-egger"}),
        ("en", "Ana Ruiz will talk with Paul Egger in Bergen on March 12.",
         "2025-03-12", {"person:ana-ruiz", "person:paul-egger"}),
        ("de", "Ministerin Anna Huber sprach am Dienstag in Linz mit dem Innenminister Paul Egger.",
         "2025-03-04", {"person:anna-huber", "person:paul-egger"}),
        ("de", "Anna Huber kündigte an, sie werde am 12. März in Linz mit Paul Egger über das Netz sprechen.",
         "2025-03-12", {"person:anna-huber", "person:paul-egger"}),
        ("de", "Anna Huber und Paul Egger wollen am kommenden Montag in Linz über die Zukunft des "
               "Werks sprechen.", "2025-03-10", {"person:anna-huber", "person:paul-egger"}),
        ("de", "Am Montag sprachen Anna Huber und Paul Egger in Linz über die Zukunft des Werks.",
         "2025-03-10", {"person:anna-huber", "person:paul-egger"}),
        ("en", "Ana Ruiz and Paul Egger spoke in Bergen on Tuesday about the strike.",
         "2025-03-04", {"person:ana-ruiz", "person:paul-egger"}),
    ]
    for lang, sentence, day, people in cases:
        graph = extract_text(TALK_LEADS[lang] + sentence, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == day, sentence
        assert people <= participants(graph, meeting), sentence


def test_talking_by_phone_to_reporters_or_alone_is_no_meeting():
    cases = [
        ("en", "Ana Ruiz spoke with Paul Egger by phone on Tuesday."),
        ("en", "Ana Ruiz discussed the budget in Bergen on Tuesday."),
        ("en", "Ana Ruiz spoke with reporters in Bergen on Tuesday."),
        ("de", "Anna Huber sprach am Dienstag telefonisch mit Paul Egger."),
        ("de", "Anna Huber sprach sich am Dienstag in Linz mit Paul Egger für das Netz aus."),
        ("de", "Anna Huber sprach am Dienstag in Linz mit Blick auf Paul Egger von einem Fehler."),
        ("de", "Anna Huber sprach am Dienstag in Linz über die Zukunft des Werks."),
    ]
    for lang, sentence in cases:
        assert meetings(extract_text(TALK_LEADS[lang] + sentence, lang)) == [], sentence


def test_definite_meeting_noun_with_participants_refers_back_to_the_event_before():
    cases = [
        ("de", "Bereits am Mittwoch hatte Anna Huber den Plan dem Minister Paul Egger vorgestellt. "
               "An dem Gespräch im Ministerium in Linz nahm auch Ole Berg teil.", "2025-03-05"),
        ("de", "Am Dienstag legte Anna Huber dem Bürgermeister Paul Egger in Linz ihre Zahlen vor. "
               "Bei der Unterredung war auch Ole Berg anwesend.", "2025-03-04"),
        ("en", "On Tuesday Ana Ruiz presented the plan to Paul Egger in Bergen. "
               "Ole Berg also took part in the meeting.", "2025-03-04"),
    ]
    for lang, text, day in cases:
        graph = extract_text(TALK_LEADS[lang] + text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == day, text
        people = {"person:anna-huber" if lang == "de" else "person:ana-ruiz", "person:paul-egger",
                  "person:ole-berg"}
        assert people <= participants(graph, meeting), text


def test_definite_meeting_noun_refers_back_to_no_event_in_another_paragraph_or_without_taking_part():
    cases = [
        ("de", "Bereits am Mittwoch hatte Anna Huber den Plan dem Minister Paul Egger vorgestellt.\n\n"
               "An dem Gespräch im Ministerium nahm auch Ole Berg teil."),
        ("en", "On Tuesday Ana Ruiz presented the plan to Paul Egger in Bergen. "
               "The meeting was described as tense."),
    ]
    for lang, text in cases:
        graph = extract_text(TALK_LEADS[lang] + text, lang)
        for meeting in meetings(graph):
            assert "person:paul-egger" not in participants(graph, meeting), text


def test_undated_session_of_a_body_is_on_the_day_an_earlier_sentence_names_beside_it():
    cases = [
        ("de", "Finanzchefin Anna Huber legte den Bericht am Donnerstag dem Aufsichtsrat der Voestalpine "
               "vor. Die Gewerkschaft kritisierte die Pläne scharf.\n\nDie Sitzung des Aufsichtsrats der "
               "Voestalpine leitete dessen Vorsitzender Paul Egger.", "2025-03-06",
         {"person:anna-huber", "person:paul-egger"}),
        ("en", "Finance chief Ana Ruiz presented the budget to the European Investment Bank's board on "
               "Thursday. Unions criticised the plans.\n\nThe meeting of the European Investment Bank "
               "was chaired by Paul Egger.", "2025-03-06", {"person:ana-ruiz", "person:paul-egger"}),
    ]
    for lang, text, day, people in cases:
        graph = extract_text(TALK_LEADS[lang] + text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == day, text
        assert people <= participants(graph, meeting) | chairs(graph, meeting), text


def test_session_of_a_body_named_with_no_day_before_stays_undated():
    text = ("Die Gewerkschaft kritisierte den Aufsichtsrat der Voestalpine.\n\nDie Sitzung des "
            "Aufsichtsrats der Voestalpine leitete dessen Vorsitzender Paul Egger.")
    graph = extract_text("Anna Huber sprach von Fehlern. " + text, "de")
    assert meetings(graph) == []


def test_a_hearing_held_is_a_meeting_in_either_language():
    cases = [
        ("en", "Paul Egger testified at a parliamentary hearing in Bergen on Tuesday.", "person:paul-egger"),
        ("en", "Figures presented at a Senate hearing in Bergen on Tuesday worried Ana Ruiz.",
         "person:ana-ruiz"),
        ("en", "Ana Ruiz spoke at Tuesday's hearing of the Senate Banking Committee in Bergen.",
         "person:ana-ruiz"),
        ("de", "Anna Huber sprach am Dienstag bei einer Anhörung im Landtag in Linz.", "person:anna-huber"),
    ]
    for lang, sentence, person in cases:
        graph = extract_text(TALK_LEADS[lang] + sentence, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-04", sentence
        assert person in participants(graph, meeting), sentence


def test_who_told_or_testified_at_a_hearing_took_part():
    graph = extract_text(TALK_LEADS["en"] + "A committee hearing was held in Bergen on Tuesday. Paul "
                         "Egger told the hearing that costs had risen. Ana Ruiz testified alongside "
                         "him.", "en")
    assert {"person:paul-egger", "person:ana-ruiz"} <= participants(graph, only_meeting(graph))


def test_hearing_news_a_hearing_aid_or_a_court_hearing_is_no_meeting():
    for sentence in ("After hearing the news in Bergen on Tuesday, Ana Ruiz resigned.",
                     "Paul Egger was fitted with a hearing aid in Bergen on Tuesday.",
                     "A bail hearing for Paul Egger was held in Bergen on Tuesday."):
        assert meetings(extract_text(TALK_LEADS["en"] + sentence, "en")) == [], sentence


def test_a_handover_people_attend_is_a_meeting_on_the_day_told_before():
    cases = [
        ("en", "The report was handed to Mayor Ana Ruiz at the city hall in Bergen on Tuesday. "
               "Paul Egger also attended the handover.", {"person:ana-ruiz", "person:paul-egger"}),
        ("de", "Am Dienstag wurde der Bericht in Linz an Ministerin Anna Huber übergeben. An der "
               "Übergabe nahm auch Paul Egger teil.", {"person:anna-huber", "person:paul-egger"}),
    ]
    for lang, text, people in cases:
        graph = extract_text(TALK_LEADS[lang] + text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-04", text
        assert people <= participants(graph, meeting), text


def test_a_handover_no_one_is_said_to_attend_is_no_meeting():
    for lang, sentence in (("de", "Die Übergabe der Waffen in Linz am Dienstag verlief ruhig."),
                           ("en", "The handover of power in Bergen on Tuesday went smoothly.")):
        assert meetings(extract_text(TALK_LEADS[lang] + sentence, lang)) == [], sentence


def test_session_a_sentence_refers_to_by_its_bodys_head_noun_is_on_the_bodys_day():
    cases = [
        ("de", "Der Ausschuss für Verkehr und Umwelt des Landtags (AVU) hat am Dienstag in Linz "
               "beschlossen, die Maut zu senken.\n\nZu der Sitzung hatte der Ausschuss auch Ministerin "
               "Anna Huber eingeladen.", "person:anna-huber"),
        ("en", "The Finance Committee of the regional assembly (FCRA) voted in Bergen on Tuesday to cut "
               "the toll.\n\nThe committee had also invited Ana Ruiz to the session.", "person:ana-ruiz"),
    ]
    for lang, text, person in cases:
        graph = extract_text(TALK_LEADS[lang] + text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-04", text
        assert person in participants(graph, meeting), text


def test_session_of_a_body_named_without_a_day_before_is_not_dated_by_it():
    text = ("Der Ausschuss für Verkehr und Umwelt des Landtags (AVU) kritisierte die Maut.\n\n"
            "Zu der Sitzung hatte der Ausschuss auch Ministerin Anna Huber eingeladen.")
    assert meetings(extract_text("Anna Huber sprach von Fehlern. " + text, "de")) == []


def test_who_was_heard_or_questioned_at_a_hearing_took_part():
    german = extract_text(TALK_LEADS["de"] + "Am Dienstag fand im Landtag in Linz eine Anhörung statt. "
                          "Angehört wurden zudem Vertreter der Caritas und Paul Egger.", "de")
    english = extract_text(TALK_LEADS["en"] + "A committee hearing was held in Bergen on Tuesday. Paul "
                           "Egger told the hearing that costs had risen.\n\nSenator Ana Ruiz, who "
                           "questioned the two officials for an hour, demanded an audit.", "en")
    assert "person:paul-egger" in participants(german, only_meeting(german))
    assert "person:ana-ruiz" in participants(english, only_meeting(english))


def test_belonging_to_a_body_is_not_being_heard():
    graph = extract_text(TALK_LEADS["de"] + "Am Dienstag fand im Landtag in Linz eine Anhörung statt. "
                         "Paul Egger, der dem Vorstand seit 2020 angehört, kritisierte die Pläne.", "de")
    assert "person:paul-egger" not in participants(graph, only_meeting(graph))


def test_talking_with_a_partner_where_no_venue_is_named_may_be_a_call():
    for lang, sentence in (("en", "Ana Ruiz spoke with Paul Egger on Thursday, her office said."),
                           ("de", "Anna Huber sprach am Donnerstag mit Paul Egger, teilte ihr Büro mit.")):
        assert meetings(extract_text(TALK_LEADS[lang] + sentence, lang)) == [], sentence


def test_discussing_with_a_partner_is_talks_not_a_bodys_session():
    graph = extract_text(TALK_LEADS["en"] + "Mayor Ana Ruiz discussed the budget with Paul Egger in "
                         "Bergen on Tuesday.", "en")
    assert only_meeting(graph).properties["kind"] == "talks"


def test_definite_meeting_noun_refers_back_to_no_event_of_one_person_alone():
    for lang, text in (("en", "On Tuesday, Ana Ruiz resigned in Bergen. Paul Egger also attended the "
                              "meeting of the board."),
                       ("de", "Am Dienstag trat Anna Huber in Linz zurück. An der Sitzung nahm auch "
                              "Paul Egger teil.")):
        assert meetings(extract_text(TALK_LEADS[lang] + text, lang)) == [], text


def test_a_summit_of_a_body_is_not_dated_by_the_bodys_earlier_day():
    text = ("Die Europäische Union beschloss am Montag in Brüssel neue Sanktionen.\n\nDer Gipfel der "
            "Europäischen Union leitete Anna Huber.")
    assert meetings(extract_text(TALK_LEADS["de"] + text, "de")) == []


def test_talks_a_counted_time_after_the_event_told_before_are_dated_from_its_day():
    cases = [
        ("en", "The board approved the tariff late on Wednesday. The decision came a day after talks in "
               "Bergen between Finance Minister Ana Ruiz and Paul Egger.", "2025-03-04"),
        ("de", "Der Vorstand billigte den Zoll am Mittwoch. Die Entscheidung fiel zwei Tage nach "
               "Gesprächen in Linz zwischen Ministerin Anna Huber und Paul Egger.", "2025-03-03"),
    ]
    for lang, text, day in cases:
        assert only_meeting(extract_text(TALK_LEADS[lang] + text, lang)).properties["date"] == day, text


def test_talks_after_an_event_of_another_paragraph_take_not_its_day():
    text = ("Der Vorstand billigte den Zoll am Mittwoch.\n\nDie Entscheidung fiel zwei Tage nach "
            "Gesprächen in Linz zwischen Ministerin Anna Huber und Paul Egger.")
    for meeting in meetings(extract_text(TALK_LEADS["de"] + text, "de")):
        assert meeting.properties.get("date") != "2025-03-03"


def test_a_place_named_by_its_kind_before_its_name_is_the_venue():
    for text, lang, place in [
        ("Finance Minister Ilse Wagner and her Dutch counterpart Piet Smeets met on Monday "
         "in the Belgian border town of Arlon.", "en", "place:arlon"),
        ("On Tuesday, Ilse Wagner and Piet Smeets met in the port city of Antwerp.", "en", "place:antwerp"),
        ("Ilse Wagner und ihr niederländischer Amtskollege Piet Smeets trafen sich am Montag "
         "in der belgischen Grenzstadt Arlon.", "de", "place:arlon"),
        ("Am Dienstag trafen sich Ilse Wagner und Piet Smeets in der Hafenstadt Hamburg.", "de",
         "place:hamburg"),
        ("Ilse Wagner and Piet Smeets met on Monday in the Ukrainian capital Kyiv.", "en", "place:kyiv"),
        ("Ilse Wagner and Piet Smeets met on Monday in the capital, Kyiv.", "en", "place:kyiv"),
        ("Ilse Wagner und Piet Smeets trafen sich am Montag direkt am Grenzübergang Görlitz.", "de",
         "place:goerlitz"),
    ]:
        graph = extract_text(text, lang, published="2025-11-12")
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text


def test_a_town_named_by_its_kind_in_the_topic_or_after_from_is_not_the_venue():
    for text, lang in [
        ("Ilse Wagner and Piet Smeets met on Monday in Luxembourg to discuss commuters "
         "from the border town of Arlon.", "en"),
        ("Ilse Wagner und Piet Smeets trafen sich am Montag in Luxemburg, um über Pendler "
         "aus der Grenzstadt Arlon zu sprechen.", "de"),
    ]:
        graph = extract_text(text, lang, published="2025-11-12")
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {"country:lu"}, text


def test_the_day_of_a_closing_attribution_does_not_date_talks_without_a_venue():
    # the lead's talks take no day from "said on Wednesday"; the meeting told next keeps its own
    for text, lang, place in [
        ("LONDON, Nov 12, 2025 (Reuters) - Ruritania and Sweden have made progress in talks on "
         "their border, the foreign ministers said on Wednesday. Foreign Minister Ilse Wagner "
         "and her counterpart Piet Smeets met on Monday in Arlon.", "en", "place:arlon"),
        ("BERLIN, 12. November 2025 - Österreich und die Schweiz sind bei den Gesprächen über "
         "ihre Grenze vorangekommen, erklärten die Außenminister am Mittwoch. Außenministerin "
         "Ilse Wagner und ihr Amtskollege Piet Smeets trafen sich am Montag in Salzburg.", "de",
         "place:salzburg"),
    ]:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-11-10", text
        assert held_in(graph, meeting) == {place}, text
        assert {"person:ilse-wagner", "person:piet-smeets"} <= participants(graph, meeting)


def test_talks_without_a_venue_dated_only_by_the_saying_are_no_meeting():
    graph = extract_text("MOSCOW, Nov 12, 2025 (Reuters) - Ruritania and Sweden have made progress "
                         "in talks on a ceasefire, officials said on Wednesday.", "en")
    assert meetings(graph) == []


def test_talks_at_a_venue_or_with_their_own_day_keep_a_day_despite_an_attribution():
    graph = extract_text("Ilse Wagner and Piet Smeets held talks in Geneva, the ministry said "
                         "on Wednesday.", "en", published="2025-11-12")
    assert only_meeting(graph).properties["date"] == "2025-11-12"
    graph = extract_text("Ilse Wagner and Piet Smeets met in Geneva on Monday, the ministry said "
                         "on Wednesday.", "en", published="2025-11-12")
    assert only_meeting(graph).properties["date"] == "2025-11-10"


def test_a_place_in_the_purpose_clause_after_talks_is_not_the_venue():
    graph = extract_text("LONDON, Nov 12, 2025 (Reuters) - Ilse Wagner and Piet Smeets held talks "
                         "to end the war in Sudan on Wednesday.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:london"}
    graph = extract_text("BERLIN, 12. November 2025 - Ilse Wagner und Piet Smeets führten am "
                         "Mittwoch Gespräche, um die Lage in Libyen zu klären.", "de")
    assert held_in(graph, only_meeting(graph)) == {"place:berlin"}


def test_a_venue_after_the_purpose_clause_or_the_talks_own_course_stays_the_venue():
    for text in ["Ilse Wagner and Piet Smeets will hold talks to end the war in Sudan on "
                 "Wednesday in Geneva.",
                 "Ilse Wagner and Piet Smeets agreed on Monday for their talks to resume in "
                 "Geneva on Wednesday.",
                 "The talks to end the war in Sudan resumed in Geneva on Wednesday.",
                 "The talks to end the war in Sudan were held in Geneva on Wednesday."]:
        graph = extract_text(text, "en", published="2025-11-12")
        assert held_in(graph, only_meeting(graph)) == {"place:geneva"}, text


def test_a_meeting_introduced_after_there_is_where_and_when_the_sentence_before_is():
    for text, lang, place in [
        ("Ministerpräsidentin Anna Berger will am 15. November nach Tripolis reisen. Dort ist "
         "ein Treffen mit dem Regierungschef Paul Kogler geplant.", "de", "place:tripoli"),
        ("Prime Minister Anna Berger will travel to Tripoli on Nov. 15. There, a meeting with "
         "Prime Minister Paul Kogler is planned.", "en", "place:tripoli"),
        ("Kanzlerin Anna Berger reist am 15. November nach Wien. Dort ist ein Gespräch mit "
         "Präsident Paul Kogler vorgesehen.", "de", "place:vienna"),
    ]:
        graph = extract_text(text, lang, published="2025-11-04")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-11-15", text
        assert held_in(graph, meeting) == {place}, text
        assert participants(graph, meeting) >= {"person:anna-berger", "person:paul-kogler"}, text


def test_a_planned_meeting_without_there_or_after_a_paragraph_takes_no_journeys_day():
    for text in ["Ministerpräsidentin Anna Berger will am 15. November nach Tripolis reisen. "
                 "Ein Treffen mit dem Regierungschef Paul Kogler ist geplant.",
                 "Ministerpräsidentin Anna Berger will am 15. November nach Tripolis reisen.\n\n"
                 "Dort ist ein Treffen mit dem Regierungschef Paul Kogler geplant."]:
        assert meetings(extract_text(text, "de", published="2025-11-04")) == [], text


def test_the_meeting_guests_are_awaited_at_is_the_one_the_host_invited_to():
    for text, lang in [
        ("Innenministerin Anna Berger lud die Verbände für Donnerstag nach Hannover ein. Zu dem "
         "Gespräch erwartet werden auch Paul Kogler und Lena Hoff.", "de"),
        ("Interior Minister Anna Berger invited the unions to Hanover on Thursday. Paul Kogler "
         "and Lena Hoff are also expected at the meeting.", "en"),
        ("Innenministerin Anna Berger hat die Verbände für Donnerstag nach Hannover eingeladen. "
         "Bei dem Treffen werden neben Paul Kogler auch Lena Hoff erwartet.", "de"),
    ]:
        graph = extract_text(text, lang, published="2025-11-04")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-11-06", text
        assert held_in(graph, meeting) == {"place:hanover"}, text
        assert participants(graph, meeting) == {"person:anna-berger", "person:paul-kogler",
                                                "person:lena-hoff"}, text


def test_a_lone_persons_act_or_an_expected_duration_makes_no_meeting_to_refer_back_to():
    for text, lang in [
        ("Interior Minister Anna Berger resigned on Thursday in Hanover. Paul Kogler and Lena "
         "Hoff are also expected at the meeting.", "en"),
        ("Interior Minister Anna Berger spoke on Thursday in Hanover. The meeting is expected "
         "to last two hours.", "en"),
    ]:
        assert meetings(extract_text(text, lang, published="2025-11-04")) == [], text


def test_a_venue_named_by_its_kind_but_unknown_is_not_the_datelines_place():
    for text, lang in [
        ("TUNIS, 4. November 2025 (dpa) - Die Innenminister Anna Berger und Paul Kogler "
         "verständigten sich bei einem Treffen am Montag direkt am Grenzposten Qarnat Wadi darauf.",
         "de"),
        ("TUNIS, Nov 4, 2025 (Reuters) - Anna Berger and Paul Kogler met on Monday at the border "
         "post of Qarnat Wadi.", "en"),
        ("TUNIS, 4. November 2025 (dpa) - Anna Berger und Paul Kogler trafen sich am Montag in "
         "der Grenzstadt Qarnat Wadi.", "de"),
    ]:
        assert meetings(extract_text(text, lang)) == [], text


def test_a_known_place_or_a_weekday_after_the_event_word_leaves_the_datelines_place():
    for text, lang, place in [
        ("TUNIS, Nov 4, 2025 (Reuters) - Anna Berger and Paul Kogler met on Monday at the "
         "border town of Arlon.", "en", "place:arlon"),
        ("TUNIS, 4. November 2025 (dpa) - Anna Berger und Paul Kogler trafen sich am Montag "
         "zu Gesprächen.", "de", "place:tunis"),
    ]:
        graph = extract_text(text, lang)
        assert held_in(graph, only_meeting(graph)) == {place}, text


def test_a_venue_after_a_german_purpose_clause_stays_the_venue():
    graph = extract_text("Die Gespräche, um den Krieg im Sudan zu beenden, fanden am Mittwoch in "
                         "Genf statt.", "de", published="2025-11-12")
    assert held_in(graph, only_meeting(graph)) == {"place:geneva"}


def test_english_host_verb_without_a_guest_is_no_meeting():
    # received or welcomed things, not people: no meeting, however dated and placed
    for text in ("LEEDS, March 11, 2025 (PA) - The regulator in Yorkshire confirmed on Tuesday "
                 "that it had received three complaints.",
                 "LEEDS, March 11, 2025 (PA) - Anna Berg welcomed the decision in Leeds on Tuesday.",
                 "LEEDS, March 11, 2025 (PA) - Anna Berg received a letter from Prime Minister "
                 "Tom Hale in Leeds on Monday."):
        assert meetings(extract_text(text, "en")) == [], text


def test_english_host_verb_with_a_guest_is_a_meeting():
    for text, guest in (("LEEDS, March 11, 2025 (PA) - Anna Berg received Prime Minister Tom Hale "
                         "in Leeds on Monday.", "person:tom-hale"),
                        ("LEEDS, March 11, 2025 (PA) - On Monday in York, Mayor Anna Berg welcomed "
                         "the visiting Polish delegation.", "person:anna-berg")):
        graph = extract_text(text, "en")
        assert guest in participants(graph, only_meeting(graph)), text


def test_day_after_last_or_vergangenen_keeps_the_venue():
    german = extract_text("BERN, 2. September 2025 (sda) - Die Ministerinnen Eva Roth und Lea Kern "
                          "hatten sich bereits am vergangenen Freitag in Basel getroffen.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - Anna Berg and Tom Hale met last Friday in "
                           "York to discuss the budget.", "en")
    assert only_meeting(german).properties["date"] == "2025-08-29"
    assert held_in(german, only_meeting(german)) == {"place:basel"}
    assert only_meeting(english).properties["date"] == "2025-03-07"
    assert held_in(english, only_meeting(english)) == {"place:york"}


def test_venue_of_last_weeks_summit_is_no_venue_of_todays_meeting():
    graph = extract_text("LEEDS, March 11, 2025 (PA) - Ministers met on Friday after last week's "
                         "summit in Baku.", "en")
    assert all(held_in(graph, m) != {"place:baku"} for m in meetings(graph))


def test_place_in_what_was_said_after_the_meeting_is_no_venue():
    german = extract_text("BONN, 7. Oktober 2025 (Reuters) - Ministerin Eva Roth hatte sich am Montag "
                          "in Berlin mit Bahnchef Paul Lenz getroffen. Lenz sagte nach dem Treffen, "
                          "in Hamburg seien die Lager voll.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - Anna Berg met Tom Hale in York on Monday. "
                           "Hale said after the meeting that in Leeds the warehouses were full.", "en")
    assert held_in(german, only_meeting(german)) == {"place:berlin"}
    assert held_in(english, only_meeting(english)) == {"place:york"}


def test_place_right_after_the_meeting_before_the_speaker_is_the_venue():
    graph = extract_text("BONN, 7. Oktober 2025 (Reuters) - Nach dem Treffen in Köln sagte Ingo Lutz, "
                         "man sei zufrieden.", "de")
    assert held_in(graph, only_meeting(graph)) == {"place:cologne"}


def test_meeting_after_which_someone_spoke_is_the_event_told_just_before():
    german = extract_text("KÖLN, 11. März 2025 (dpa) - Ministerin Eva Roth drängte Bürgermeister Paul "
                          "Lenz am Montag im Rathaus zu einer raschen Entscheidung. „Wir brauchen "
                          "Klarheit“, sagte Roth nach dem Gespräch.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - Health Secretary Ann Lee pressed Mayor Tom "
                           "Hale on the budget at the town hall on Monday. \"We need clarity,\" Lee "
                           "said after the meeting.", "en")
    for graph, ids in ((german, {"person:eva-roth", "person:paul-lenz"}),
                       (english, {"person:ann-lee", "person:tom-hale"})):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-10"
        assert ids <= participants(graph, meeting)


def test_after_the_meeting_needs_two_persons_in_the_sentence_before():
    graph = extract_text("LEEDS, March 11, 2025 (PA) - Health Secretary Ann Lee criticised the budget "
                         "on Monday. \"We need clarity,\" Lee said after the meeting.", "en")
    assert meetings(graph) == []


def test_state_a_mission_is_sent_to_is_no_venue():
    english = extract_text("LEEDS, March 11, 2025 (PA) - The head of the EU delegation to Serbia, Tom "
                           "Hale, met Anna Berg on Monday.", "en")
    german = extract_text("KÖLN, 11. März 2025 (dpa) - Der EU-Botschafter in Serbien, Tom Hale, traf "
                          "am Dienstag Anna Berg.", "de")
    assert held_in(english, only_meeting(english)) == {"place:leeds"}
    assert held_in(german, only_meeting(german)) == {"place:cologne"}


def test_there_near_the_event_word_names_the_place_before_it():
    same_sentence = extract_text("OSLO, Sept 30, 2025 (Reuters) - The Nordic Energy Forum, which is "
                                 "based in Bergen, said it would host talks between utilities and "
                                 "regulators there on Oct. 8.", "en")
    sentence_before = extract_text("OSLO, Sept 30, 2025 (Reuters) - Anna Berg spent the week in "
                                   "Bergen. She will hold talks there with Tom Hale on Friday.", "en")
    german = extract_text("WIEN, 30. September 2025 (APA) - Der Energieverband mit Sitz in Graz will "
                          "am 8. Oktober dort Gespräche mit den Versorgern ausrichten.", "de")
    assert held_in(same_sentence, only_meeting(same_sentence)) == {"place:bergen"}
    assert held_in(sentence_before, only_meeting(sentence_before)) == {"place:bergen"}
    assert only_meeting(german).properties["date"] == "2025-10-08"
    assert held_in(german, only_meeting(german)) == {"place:graz"}


def test_existential_there_names_no_place():
    graph = extract_text("OSLO, Sept 30, 2025 (Reuters) - Anna Berg lives in Bergen. There will be "
                         "talks with Tom Hale on Friday.", "en")
    assert all(held_in(graph, m) != {"place:bergen"} for m in meetings(graph))


def test_body_that_will_deal_with_a_matter_on_a_day_holds_a_session():
    english = extract_text("OTTAWA, March 11, 2025 (AP) - The Senate Finance Committee will discuss "
                           "the bill on Thursday in Ottawa. Its meeting will be chaired by Senator "
                           "Anna Berg.", "en")
    german = extract_text("BERLIN, 11. März 2025 (dpa) - Der Haushaltsausschuss des Bundestages wird "
                          "sich am Donnerstag in Berlin mit dem Gesetz befassen. Die Sitzung leitet "
                          "Anna Berg.", "de")
    for graph in (english, german):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-13"
        assert chairs(graph, meeting) == {"person:anna-berg"}


def test_person_who_will_discuss_a_matter_holds_no_session():
    graph = extract_text("OTTAWA, March 11, 2025 (AP) - Senator Anna Berg will discuss the bill on "
                         "Thursday in Ottawa.", "en")
    assert meetings(graph) == []


def test_guest_expected_at_an_assembly_takes_part():
    german = extract_text("ZÜRICH, 2. September 2025 (sda) - Am Donnerstag kommt in Bern der "
                          "Städteverband zu seiner Herbstversammlung zusammen. Als Gast wird "
                          "Innenminister Paul Lenz erwartet.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - The Northern Mayors Forum meets in York on "
                           "Thursday. Health Secretary Ann Lee is expected to attend as a guest.", "en")
    assert "person:paul-lenz" in participants(german, only_meeting(german))
    assert "person:ann-lee" in participants(english, only_meeting(english))


def test_person_expected_to_do_something_else_is_no_guest():
    graph = extract_text("LEEDS, March 11, 2025 (PA) - The Northern Mayors Forum meets in York on "
                         "Thursday. Health Secretary Ann Lee is expected to criticise the plan.", "en")
    assert "person:ann-lee" not in participants(graph, only_meeting(graph))


def test_who_puts_a_matter_on_the_meetings_agenda_takes_part():
    german = extract_text("ZÜRICH, 2. September 2025 (sda) - Am Donnerstag kommt in Bern der "
                          "Städteverband zu seiner Herbstversammlung zusammen. Verbandspräsidentin "
                          "Eva Roth will das Thema ganz oben auf die Tagesordnung setzen.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - The Northern Mayors Forum meets in York on "
                           "Thursday. Its chair, Ann Lee, said she would put housing on the agenda.", "en")
    near_miss = extract_text("ZÜRICH, 2. September 2025 (sda) - Am Donnerstag kommt in Bern der "
                             "Städteverband zu seiner Herbstversammlung zusammen. Auf der Tagesordnung "
                             "steht auch die Kritik von Eva Roth.", "de")
    assert "person:eva-roth" in participants(german, only_meeting(german))
    assert "person:ann-lee" in participants(english, only_meeting(english))
    assert "person:eva-roth" not in participants(near_miss, only_meeting(near_miss))


def test_place_the_sentence_before_opens_with_sets_a_dated_meetings_scene():
    german = extract_text("KLAGENFURT, 15. November 2025 (APA) - Der Streit wird schärfer.\n\nAuch in "
                          "Graz ist der Streit inzwischen angekommen. Landesrat Paul Lenz wird am 20. "
                          "November mit Ministerin Eva Roth zusammentreffen.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - The row goes on.\n\nIn York, the dispute has "
                           "reached the council. Mayor Tom Hale will meet Health Secretary Ann Lee on "
                           "Friday.", "en")
    assert held_in(german, only_meeting(german)) == {"place:graz"}
    assert held_in(english, only_meeting(english)) == {"place:york"}


def test_scene_of_another_paragraph_is_not_the_meetings_place():
    graph = extract_text("LEEDS, March 11, 2025 (PA) - The row goes on.\n\nIn York, the dispute has "
                         "reached the council.\n\nMayor Tom Hale will meet Health Secretary Ann Lee on "
                         "Friday.", "en")
    assert all(held_in(graph, m) != {"place:york"} for m in meetings(graph))


def test_possessive_chairing_cue_names_the_person_before_as_chair():
    german = extract_text("BERN, 2. September 2025 (sda) - Bundesrätin Eva Roth hatte die Kantone "
                          "eingeladen. Unter ihrem Vorsitz berieten die Direktoren am Montag in Bern "
                          "über die Haftplätze.", "de")
    same_sentence = extract_text("BERN, 2. September 2025 (sda) - Am Montag traf sich Bundesrätin Eva "
                                 "Roth in Bern mit den Direktoren, unter ihrer Leitung wurde beraten.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - Mayor Tom Hale opened the forum. Under his "
                           "chairmanship, the mayors met in York on Monday.", "en")
    assert chairs(german, only_meeting(german)) == {"person:eva-roth"}
    assert chairs(same_sentence, only_meeting(same_sentence)) == {"person:eva-roth"}
    assert chairs(english, only_meeting(english)) == {"person:tom-hale"}


def test_possessive_chairing_cue_after_a_paragraph_break_names_no_chair():
    graph = extract_text("BERN, 2. September 2025 (sda) - Bundesrätin Eva Roth hatte die Kantone "
                         "eingeladen.\n\nUnter ihrem Vorsitz berieten die Direktoren am Montag in Bern "
                         "über die Haftplätze.", "de")
    assert chairs(graph, only_meeting(graph)) == set()


def test_spoke_to_a_person_at_a_venue_is_talks():
    for text in ("LEEDS, March 11, 2025 (PA) - Health Secretary Ann Lee spoke to Mayor Tom Hale at "
                 "the town hall in York on Monday.",
                 "LEEDS, March 11, 2025 (PA) - Health Secretary Ann Lee talked to Tom Hale in York on "
                 "Monday about the budget."):
        graph = extract_text(text, "en")
        assert {"person:ann-lee", "person:tom-hale"} <= participants(graph, only_meeting(graph))


def test_spoke_to_by_phone_or_to_defend_someone_is_no_meeting():
    for text in ("LEEDS, March 11, 2025 (PA) - Health Secretary Ann Lee spoke to Mayor Tom Hale by "
                 "phone on Monday.",
                 "LEEDS, March 11, 2025 (PA) - Health Secretary Ann Lee spoke in York on Monday to "
                 "defend Tom Hale."):
        assert meetings(extract_text(text, "en")) == [], text


def test_organisation_whose_building_hosts_the_talks_takes_no_part():
    graph = extract_text("WASHINGTON, March 11, 2025 (Reuters) - British Prime Minister Keir Starmer "
                         "discussed trade with President Donald Trump at the White House on Monday.", "en")
    found = participants(graph, only_meeting(graph))
    assert {"person:keir-starmer", "person:donald-trump"} <= found
    assert not any("white-house" in node_id for node_id in found)


def test_organisation_before_a_noun_after_at_is_the_host_and_takes_part():
    graph = extract_text("BRUSSELS, March 11, 2025 (Reuters) - Ministers met at NATO headquarters on "
                         "Monday.", "en")
    assert "organisation:nato" in participants(graph, only_meeting(graph))


def test_dinner_is_a_meeting_in_both_languages():
    german = extract_text("PARIS, 11. März 2025 (dpa) - Emmanuel Macron und Friedrich Merz haben sich "
                          "am Montag in Paris zu einem Abendessen getroffen.", "de")
    english = extract_text("PARIS, March 11, 2025 (Reuters) - Emmanuel Macron and Friedrich Merz "
                           "discussed Ukraine over dinner in Paris on Monday.", "en")
    for graph in (german, english):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-03-10"
        assert {"person:emmanuel-macron", "person:friedrich-merz"} <= participants(graph, meeting)


def test_country_the_sentence_before_opens_with_is_no_venue():
    graph = extract_text("PARIS, 11. März 2025 (dpa) - Die Lage bleibt angespannt.\n\nIn Deutschland ist "
                         "die Debatte inzwischen angekommen. Kanzler Paul Lenz wird am Freitag mit "
                         "Präsidentin Eva Roth zusammentreffen.", "de")
    assert all(held_in(graph, m) != {"country:de"} for m in meetings(graph))


def test_place_before_on_the_sidelines_of_the_meeting_is_the_side_events():
    german = extract_text("KÖLN, 24. September 2025 (dpa) - Bei einer Sitzung des Umweltrates am "
                          "Dienstag in Bonn gab es keine Einigung. In Siegburg demonstrierten am Rande "
                          "des Treffens rund 200 Menschen.", "de")
    english = extract_text("LEEDS, March 11, 2025 (PA) - Ministers met in Leeds on Tuesday. In York, "
                           "about 200 people protested on the sidelines of the meeting.", "en")
    assert [held_in(german, m) for m in meetings(german)] == [{"place:bonn"}]
    assert [held_in(english, m) for m in meetings(english)] == [{"place:leeds"}]


def test_place_after_on_the_sidelines_of_the_summit_is_the_summits():
    graph = extract_text("LEEDS, March 11, 2025 (PA) - On the sidelines of the summit in York, Anna "
                         "Berg met Tom Hale on Tuesday.", "en")
    assert all(held_in(graph, m) == {"place:york"} for m in meetings(graph))


def test_english_host_verb_before_a_counted_guest_or_an_unknown_object_is_a_meeting():
    # a count before guests, and an object kg cannot classify, keep the host's meeting
    for text, place in (("LEEDS, March 11, 2025 (PA) - Anna Berg received the two delegations "
                         "at the town hall in Leeds on Monday.", "place:leeds"),
                        ("LEEDS, March 11, 2025 (PA) - Tom Hale hosted Ostrava's mayor, "
                         "Pavel Novak, in York on Monday.", "place:york"),
                        ("LEEDS, March 11, 2025 (PA) - Anna Berg hosted the Kestrel Forum's "
                         "board in York on Monday.", "place:york")):
        graph = extract_text(text, "en")
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == "2025-03-10", text


def test_english_host_verb_before_an_event_noun_leaves_the_event_to_the_noun():
    # "welcomed the talks": the talks are the event; who welcomed them took no part
    graph = extract_text("ADDIS ABABA, Oct 26, 2022 (Reuters) - Anna Berg welcomed the talks "
                         "on Wednesday.", "en")
    assert "person:anna-berg" not in participants(graph, only_meeting(graph))
    welcomed = extract_text("LEEDS, March 11, 2025 (PA) - Anna Berg welcomed the agreement in "
                            "York on Monday.", "en")
    assert meetings(welcomed) == []
    hosted = extract_text("LEEDS, March 11, 2025 (PA) - Anna Berg hosted a summit of mayors in "
                          "York on Monday.", "en")
    assert len(meetings(hosted)) == 1


# -- who came together with the host, told in the next sentence -------------------------

def test_german_mit_ihm_kamen_zusammen_names_the_hosts_guests():
    for text in ("MAINZ, 13. März 2024 (dpa) - Ministerpräsident Peter Hansmann (SPD) hatte am "
                 "Dienstag zu einem Krisengipfel in die Staatskanzlei geladen. Mit ihm kamen "
                 "Umweltministerin Karla Feldmann, Innenminister Jörg Riemer (beide SPD) und der "
                 "Mainzer Oberbürgermeister Tobias Lanz (CDU) zusammen.",
                 "MAINZ, 13. März 2024 (dpa) - Ministerin Karla Feldmann traf am Dienstag in Mainz "
                 "Vertreter der Bauern. Mit ihr kam auch Staatssekretär Tobias Lanz zusammen."):
        graph = extract_text(text, "de")
        assert "person:tobias-lanz" in participants(graph, only_meeting(graph)), text


def test_a_shared_party_in_brackets_is_no_participant():
    graph = extract_text("MAINZ, 13. März 2024 (dpa) - Ministerpräsident Peter Hansmann hatte am "
                         "Dienstag zu einem Krisengipfel geladen. Mit ihm kamen Karla Feldmann und "
                         "Jörg Riemer (beide SPD) zusammen.", "de")
    found = participants(graph, only_meeting(graph))
    assert {"person:karla-feldmann", "person:joerg-riemer"} <= found
    assert "organisation:spd" not in found


def test_english_with_her_were_and_joining_him_were_name_participants():
    for cue in ("With her were", "Joining her were"):
        graph = extract_text("ALBANY, N.Y., March 13, 2024 (Reuters) - Governor Ann Marlow held a "
                             f"crisis meeting in Albany on Tuesday. {cue} health commissioner Paul "
                             "Ortega and Mayor Lisa Crane.", "en")
        found = participants(graph, only_meeting(graph))
        assert {"person:paul-ortega", "person:lisa-crane"} <= found, cue


def test_german_not_coming_together_names_no_participant():
    graph = extract_text("MAINZ, 13. März 2024 (dpa) - Ministerin Karla Feldmann traf am Dienstag in "
                         "Mainz Vertreter der Bauern. Bauernverband und Handel kamen in der Frage "
                         "nicht zusammen, sagte Lena Kurz.", "de")
    assert "person:lena-kurz" not in participants(graph, only_meeting(graph))


# -- people brought to one table, a round-table ---------------------------------------

def test_german_an_einen_tisch_holen_on_a_day_is_a_meeting_a_later_noun_refers_to():
    graph = extract_text("KIEL, 18. Juni 2025 (dpa) - Die Schließung sorgt für Unruhe.\n\n"
                         "Ministerpräsident Karl Brandes holte am Dienstag die Beteiligten in der "
                         "Kieler Staatskanzlei an einen Tisch. An dem Krisengipfel nahmen Ministerin "
                         "Ute Sommer und Bürgermeister Jan Wiebe teil.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-06-17"
    assert "place:kiel" in held_in(graph, meeting)
    assert {"person:karl-brandes", "person:ute-sommer", "person:jan-wiebe"} <= participants(graph, meeting)


def test_english_round_table_with_a_hyphen_and_those_at_the_table():
    graph = extract_text("LEEDS, March 13, 2025 (Reuters) - A plan has drawn opposition.\n\n"
                         "Anna Berg, chief executive of Northern Rail, hosted a round-table in York on "
                         "Monday with local mayors. Among those at the table were Mayor Tom Hale and "
                         "Paula Stone.\n\nAccording to participants, the meeting ended without "
                         "agreement.", "en")
    meeting = only_meeting(graph)
    assert meeting.properties["name"] == "round-table (York)"
    assert meeting.properties["date"] == "2025-03-10"
    assert {"person:tom-hale", "person:paula-stone"} <= participants(graph, meeting)


def test_a_table_without_a_day_or_round_is_no_meeting():
    for text, lang in (("MAINZ, 13. März 2024 (dpa) - Karl Brandes will alle Beteiligten an einen "
                        "Tisch holen. Er legte die Zahlen auf den Tisch.", "de"),
                       ("LEEDS, March 13, 2025 (Reuters) - Anna Berg wants everyone around a table. "
                        "She put the figures on the table on Monday.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


# -- a visit's day for the meeting told right after it --------------------------------

def test_meeting_after_a_visit_takes_the_visits_day():
    german = extract_text("BERLIN, 24. April 2025 (dpa) - Winzer fordern Hilfe.\n\nMinisterpräsident "
                          "Karl Brandes besuchte am Mittwoch die Weinberge bei Dresden. In Leipzig "
                          "kam er mit Winzern und Bürgermeisterin Ute Sommer zusammen.", "de")
    english = extract_text("LONDON, April 24, 2025 (Reuters) - Growers asked for help.\n\nPrime "
                           "Minister Karl Brandes toured flooded vineyards near York on Wednesday. "
                           "In Leeds he met Mayor Ute Sommer and local growers.", "en")
    for graph, place in ((german, "place:leipzig"), (english, "place:leeds")):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-04-23"
        assert held_in(graph, meeting) == {place}
        assert {"person:karl-brandes", "person:ute-sommer"} <= participants(graph, meeting)


def test_meeting_planned_after_a_visit_keeps_no_visit_day():
    graph = extract_text("BERLIN, 24. April 2025 (dpa) - Winzer fordern Hilfe.\n\nMinisterpräsident "
                         "Karl Brandes besuchte am Mittwoch die Weinberge bei Dresden. Er will im "
                         "Sommer in Leipzig mit Bürgermeisterin Ute Sommer zusammenkommen.", "de")
    assert all(m.properties.get("date") != "2025-04-23" for m in meetings(graph))


# -- a present-tense verb of meeting: the weekday to come -----------------------------

def test_present_tense_meeting_verb_puts_a_weekday_ahead():
    # written on Thursday 24 April: Monday is the 28th, not the 21st
    for text, lang in (("LJUBLJANA, 24. April 2025 (dpa) - Winzer fordern Hilfe. Am Montag empfängt "
                        "die Ministerin Ana Kovač den Kommissar Erik Lund in Ljubljana.", "de"),
                       ("LJUBLJANA, 24. April 2025 (dpa) - Winzer fordern Hilfe. Am Montag trifft "
                        "Ministerin Ana Kovač in Ljubljana den Kommissar Erik Lund.", "de"),
                       ("LJUBLJANA, April 24, 2025 (Reuters) - Growers want help. On Monday minister "
                        "Ana Kovac hosts EU commissioner Erik Lund in Ljubljana.", "en")):
        assert only_meeting(extract_text(text, lang)).properties["date"] == "2025-04-28", text


def test_past_tense_meeting_verb_keeps_the_weekday_before():
    for text, lang in (("LJUBLJANA, 24. April 2025 (dpa) - Winzer fordern Hilfe. Am Montag traf "
                        "Ministerin Ana Kovač in Ljubljana den Kommissar Erik Lund.", "de"),
                       ("LJUBLJANA, April 24, 2025 (Reuters) - Growers want help. On Monday minister "
                        "Ana Kovac hosted EU commissioner Erik Lund in Ljubljana.", "en")):
        assert only_meeting(extract_text(text, lang)).properties["date"] == "2025-04-21", text


# -- a place that begins a venue's name -----------------------------------------------

def test_place_beginning_a_venues_name_gives_way_to_the_city_named():
    graph = extract_text("LEEDS, Aug 13, 2025 (Reuters) - A plan has drawn opposition.\n\nOn Tuesday, "
                         "Governor Ann Marlow met Senator Tom Hale, whose office oversees the parks, "
                         "at the Ohio Statehouse in Columbus.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:columbus"}


def test_place_beginning_a_venues_name_is_the_venue_when_alone():
    graph = extract_text("LEEDS, Aug 13, 2025 (Reuters) - A plan has drawn opposition.\n\nOn Tuesday, "
                         "Governor Ann Marlow met Senator Tom Hale at the Ohio Statehouse.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:ohio"}


# -- "the pair", "die beiden" after an opening phrase ---------------------------------

def test_the_pair_after_an_opening_phrase_are_the_two_persons_just_named():
    english = extract_text("BELFAST, March 12, 2025 (Reuters) - Money is short.\n\nFirst Minister Ann "
                           "Marlow and her deputy Paula Stone have accused London of underfunding. On "
                           "Monday the pair sat down with Secretary Tom Hale at Hillsborough Castle.", "en")
    german = extract_text("BERLIN, 12. März 2025 (dpa) - Streit um Geld.\n\nMinisterin Anna Berg und ihr "
                          "Kollege Paul Hale werfen dem Bund Versäumnisse vor. Am Montag trafen sich die "
                          "beiden mit Staatssekretär Jan Wiebe in Potsdam.", "de")
    for graph, pair in ((english, {"person:ann-marlow", "person:paula-stone"}),
                        (german, {"person:anna-berg", "person:paul-hale"})):
        assert pair <= participants(graph, only_meeting(graph))


def test_the_two_sides_after_an_opening_phrase_are_no_persons():
    graph = extract_text("BELFAST, March 12, 2025 (Reuters) - Money is short.\n\nFirst Minister Ann "
                         "Marlow and her deputy Paula Stone have accused London of underfunding. On "
                         "Monday the two sides met Secretary Tom Hale in Belfast.", "en")
    assert "person:ann-marlow" not in participants(graph, only_meeting(graph))


# -- several meetings are no one meeting ----------------------------------------------

def test_a_series_of_meetings_is_no_single_meeting():
    for text, lang in (("LEEDS, Aug 13, 2025 (Reuters) - The plan has forced ministers into a series "
                        "of hastily arranged meetings this week.", "en"),
                       ("LEEDS, Aug 13, 2025 (Reuters) - Ministers held several meetings in Leeds on "
                        "Tuesday.", "en"),
                       ("BERLIN, 13. August 2025 (dpa) - Die Minister hatten am Dienstag in Berlin "
                        "mehrere Treffen mit Verbänden.", "de")):
        assert meetings(extract_text(text, lang)) == [], text


def test_the_first_of_a_series_of_meetings_is_one_meeting():
    graph = extract_text("LEEDS, Aug 13, 2025 (Reuters) - Ministers will hold the first of a series "
                         "of meetings in Leeds on Tuesday.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:leeds"}


# -- a signing told by a participle beside the thing signed ---------------------------

def test_signing_participle_beside_the_agreement_is_a_ceremony_its_signers_attend():
    english = extract_text("LEEDS, June 5, 2025 (Reuters) - Funding secured.\n\nUnder the agreement, "
                           "signed on Wednesday at the bank's headquarters in Leeds, the fund will pay "
                           "2 million pounds a year. Bank chief Anna Berg and Tom Hale, director of the "
                           "Seed Trust, signed the deal in the presence of Minister Paul Stone.", "en")
    german = extract_text("BERLIN, 5. Juni 2025 (dpa) - Geld gesichert.\n\nDer am Mittwoch in Leipzig "
                          "unterzeichnete Vertrag sieht Zahlungen vor. Unterzeichnet hatten ihn "
                          "Bankchefin Anna Berg und Tom Hale im Beisein von Minister Paul Stone.", "de")
    for graph, place in ((english, "place:leeds"), (german, "place:leipzig")):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-06-04"
        assert held_in(graph, meeting) == {place}
        assert {"person:anna-berg", "person:tom-hale", "person:paul-stone"} <= participants(graph, meeting)


def test_signing_participle_without_a_day_or_of_a_law_is_no_ceremony():
    for text in ("The deal, signed in 2019 in Paris, expires next year.",
                 "The law, signed on Tuesday in Lisbon, sets new quotas."):
        graph = extract_text(f"LEEDS, June 5, 2025 (Reuters) - Funding secured.\n\n{text}", "en")
        assert meetings(graph) == [], text


def test_a_district_in_a_places_possessive_is_in_that_place():
    graph = extract_text("LISBON, June 5, 2025 (Reuters) - Quotas set.\n\nThe accord, signed on "
                         "Tuesday in Lisbon's Belem district, sets new quotas.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:lisbon"}


# -- "unter seinem Vorsitz" said after the meeting ------------------------------------

def test_unter_seinem_vorsitz_in_a_later_sentence_names_the_chair():
    german = extract_text("BREMEN, 13. März 2024 (dpa) - Die Innenminister berieten am Dienstag in "
                          "Bremen über die Lage. Innensenator Ulrich Kramer zeigte sich zufrieden. Unter "
                          "seinem Vorsitz sei viel erreicht worden.", "de")
    english = extract_text("LEEDS, March 13, 2024 (Reuters) - Ministers met in Leeds on Tuesday to "
                           "discuss policing. Interior Secretary Ann Hale said afterwards that under her "
                           "chairmanship the talks had made progress.", "en")
    assert chairs(german, only_meeting(german)) == {"person:ulrich-kramer"}
    assert chairs(english, only_meeting(english)) == {"person:ann-hale"}


def test_under_her_leadership_after_a_meeting_names_no_chair():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Ministers met in Leeds on Tuesday to "
                         "discuss policing. Party leader Ann Hale said the party had grown under her "
                         "leadership.", "en")
    assert chairs(graph, only_meeting(graph)) == set()


# -- "Termin": an appointment where people met -----------------------------------------

def test_termin_mit_or_bei_einem_termin_on_a_day_is_a_meeting():
    for text in ("Kanzler Olaf Brandt hatte am Dienstag in Potsdam einen Termin mit "
                 "Ministerpräsidentin Ute Sommer.",
                 "Bei einem Termin in Potsdam sprach Kanzler Olaf Brandt am Dienstag lange mit "
                 "Ministerpräsidentin Ute Sommer."):
        graph = extract_text(f"BERLIN, 13. März 2024 (dpa) - {text}", "de")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2024-03-12", text
        assert {"person:olaf-brandt", "person:ute-sommer"} <= participants(graph, meeting), text


def test_termin_as_a_date_set_or_without_a_day_is_no_meeting():
    for text in ("Als Termin für die Wahl nannte Kanzler Olaf Brandt am Dienstag in Potsdam den 5. Mai.",
                 "Kanzler Olaf Brandt will bald einen Termin mit Ute Sommer in Potsdam vereinbaren."):
        graph = extract_text(f"BERLIN, 13. März 2024 (dpa) - {text}", "de")
        assert meetings(graph) == [], text


# -- "spoke to X" with no venue: maybe a call -------------------------------------------

def test_spoke_to_a_title_is_no_venue_so_no_meeting_without_one():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Prime Minister Ann Hale spoke to President "
                         "Tom Berg on Tuesday.", "en")
    assert meetings(graph) == []
    german = extract_text("BERLIN, 13. März 2024 (dpa) - Kanzler Olaf Brandt sprach am Dienstag mit "
                          "Präsident Tom Berg.", "de")
    assert meetings(german) == []


def test_spoke_to_a_partner_at_a_venue_is_a_meeting():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Prime Minister Ann Hale spoke to President "
                         "Tom Berg in York on Tuesday.", "en")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:york"}
    assert {"person:ann-hale", "person:tom-berg"} <= participants(graph, meeting)


# -- a government building after "at the" ----------------------------------------------

def test_government_building_after_at_the_is_the_venue_not_a_participant():
    for text in ("Keir Starmer discussed trade with Donald Trump at the White House on Monday.",
                 "Ann Hale met Tom Berg at the Foreign Ministry on Monday."):
        graph = extract_text(f"LEEDS, March 13, 2024 (Reuters) - {text}", "en")
        meeting = only_meeting(graph)
        [venue] = held_in(graph, meeting)
        assert venue.startswith("organisation:"), text
        assert venue not in participants(graph, meeting), text
        assert meeting.properties["date"] == "2024-03-11", text


# -- a lead's background meeting is not the report's day --------------------------------

def test_meeting_in_a_leads_relative_clause_takes_no_dateline_day():
    english = extract_text("LEEDS, March 13, 2024 (Reuters) - Prime Minister Ann Hale, who met "
                           "President Tom Berg at a state dinner in York, said trade would grow.", "en")
    german = extract_text("BERLIN, 13. März 2024 (dpa) - Kanzler Olaf Brandt, der Präsident Tom Berg "
                          "in Potsdam zum Abendessen traf, sagte, der Handel wachse.", "de")
    for graph in (english, german):
        assert all("date" not in m.properties for m in meetings(graph))


def test_meetings_told_as_repeated_are_no_meeting_of_the_day():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Prime Minister Ann Hale, who has met "
                         "President Tom Berg several times, said trade would grow.", "en")
    assert meetings(graph) == []


def test_a_leads_own_meeting_keeps_the_dateline_day():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Prime Minister Ann Hale met President Tom "
                         "Berg in York to discuss trade.", "en")
    assert only_meeting(graph).properties["date"] == "2024-03-13"


# -- "X war Gastgeber": the host before the cue ------------------------------------------

def test_host_before_war_gastgeber_chairs_not_the_guest_after():
    for text, host, guest in (
            ("Kanzler Olaf Brandt war am Dienstag Gastgeber eines Treffens mit Präsident Tom Berg "
             "in Potsdam.", "person:olaf-brandt", "person:tom-berg"),
            ("Kanzlerin Paula Stein ist am Dienstag in Potsdam Gastgeberin eines Gipfels mit "
             "Präsident Tom Berg.", "person:paula-stein", "person:tom-berg")):
        graph = extract_text(f"BERLIN, 13. März 2024 (dpa) - {text}", "de")
        meeting = only_meeting(graph)
        assert chairs(graph, meeting) == {host}, text
        assert guest in participants(graph, meeting), text


def test_gastgeberin_before_a_name_still_names_the_host_after():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Gastgeberin Paula Stein empfing am Dienstag in "
                         "Potsdam Präsident Tom Berg.", "de")
    assert chairs(graph, only_meeting(graph)) == {"person:paula-stein"}


def test_mittagessen_on_a_day_is_a_meeting():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Kanzler Olaf Brandt lud Präsident Tom Berg am "
                         "Dienstag in Potsdam zu einem Mittagessen.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-12"
    assert {"person:olaf-brandt", "person:tom-berg"} <= participants(graph, meeting)


# -- bare hosting verbs after a modal or "to" -----------------------------------------

def test_will_host_or_due_to_receive_a_guest_is_a_meeting():
    for text in ("Ann Hale, the health secretary, will host Tom Berg in York on Friday.",
                 "Ann Hale is due to receive union leader Tom Berg in York on Friday."):
        graph = extract_text(f"LEEDS, March 13, 2024 (Reuters) - Prices rose. {text}", "en")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2024-03-15", text
        assert {"person:ann-hale", "person:tom-berg"} <= participants(graph, meeting), text


def test_host_or_welcome_as_a_noun_is_no_meeting():
    for text in ("The city faces a host of problems, Ann Hale said in York on Friday.",
                 "Tom Berg received a warm welcome in York on Friday."):
        graph = extract_text(f"LEEDS, March 13, 2024 (Reuters) - Prices rose. {text}", "en")
        assert meetings(graph) == [], text


def test_german_singular_guest_awaited_takes_part():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Die Preise stiegen. Anna Hahn und Tom Berg "
                         "wollen sich am Freitag in Potsdam treffen. Auch Paula Stein wird erwartet.", "de")
    assert "person:paula-stein" in participants(graph, only_meeting(graph))


def test_german_es_wird_erwartet_names_no_guest():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Die Preise stiegen. Anna Hahn und Tom Berg "
                         "wollen sich am Freitag in Potsdam treffen. Es wird erwartet, dass Paula Stein "
                         "widerspricht.", "de")
    assert "person:paula-stein" not in participants(graph, only_meeting(graph))


# -- a later sentence naming a participant by title or pronoun only --------------------

def test_later_participation_sentence_names_a_participant_by_title():
    german = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst.\n\nVerkehrsministerin Paula "
                          "Stein warnte vor Verspätungen. Anna Hahn traf am Dienstag in Potsdam "
                          "Bahnchefs. Auch die Verkehrsministerin nahm teil.", "de")
    english = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew.\n\nFinance Minister Tom "
                           "Berg warned of costs. Ann Hale met rail bosses in York on Tuesday. Also "
                           "present was the finance minister.", "en")
    assert "person:paula-stein" in participants(german, only_meeting(german))
    assert "person:tom-berg" in participants(english, only_meeting(english))


def test_german_opening_sie_before_a_singular_verb_is_the_woman_just_named():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst.\n\nAnna Hahn traf am Dienstag "
                         "in Potsdam Bahnchefs. Verkehrsministerin Paula Stein warnte vor Verspätungen. "
                         "Sie nahm ebenfalls teil.", "de")
    assert "person:paula-stein" in participants(graph, only_meeting(graph))


def test_german_opening_sie_before_a_plural_verb_is_no_single_woman():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst.\n\nAnna Hahn traf am Dienstag "
                         "in Potsdam Bahnchefs. Gewerkschafterin Paula Stein warnte vor Verspätungen. "
                         "Sie sind nicht zufrieden, sagten Fahrgäste später.", "de")
    assert "person:paula-stein" not in participants(graph, only_meeting(graph))


# -- a venue named by its city: "im Linzer Landhaus", "at Lisbon's city hall" ----------

def test_german_city_adjective_before_a_building_places_the_meeting_in_that_city():
    for text, place in (("Anna Hahn empfing am Dienstag im Linzer Landhaus Bahnchef Tom Berg.", "place:linz"),
                        ("Anna Hahn empfing am Dienstag im Potsdamer Rathaus Bahnchef Tom Berg.",
                         "place:potsdam")):
        graph = extract_text(f"BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. {text}", "de")
        assert held_in(graph, only_meeting(graph)) == {place}, text


def test_german_city_adjective_gives_way_to_a_place_named():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. Anna Hahn traf am Dienstag in "
                         "Potsdam Bahnchef Tom Berg vor dem Linzer Dom.", "de")
    assert held_in(graph, only_meeting(graph)) == {"place:potsdam"}


def test_english_venue_in_a_places_possessive_is_in_that_place():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. Ann Hale met rail boss Tom "
                         "Berg at Lisbon's city hall on Tuesday.", "en")
    assert held_in(graph, only_meeting(graph)) == {"place:lisbon"}
    topic = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. Ann Hale met rail boss Tom "
                         "Berg to discuss Lisbon's rail future on Tuesday.", "en")
    assert held_in(topic, only_meeting(topic)) == {"place:leeds"}


def test_german_city_adjective_before_a_part_of_the_city_is_no_venue():
    # "im Potsdamer Norden" is a topic's part of town: "Dort" still sets the meeting
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst.\n\nFür Donnerstag hat Anna Hahn "
                         "zu einem runden Tisch in Leipzig eingeladen. Dort wollen Tom Berg und Paula Stein "
                         "mit der Ministerin über den Nahverkehr im Potsdamer Norden beraten.", "de")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:leipzig"}
    assert {"person:tom-berg", "person:paula-stein"} <= participants(graph, meeting)


# -- a seat of government after "in die"/"ins"; "besprechen mit X (Partei)" ---------------

def test_german_building_after_in_die_or_ins_is_the_venue():
    for text, venue in (("Ministerin Anna Hahn hatte am 11. März Vertreter der Bauern zu einem Gespräch in "
                         "die Staatskanzlei gebeten.", "Staatskanzlei"),
                        ("Kanzler Tom Berg lud am 11. März die Gewerkschaften ins Kanzleramt zu einem "
                         "Spitzengespräch.", "Bundeskanzleramt")):
        graph = extract_text(f"BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. {text}", "de")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2024-03-11", text
        [place] = held_in(graph, meeting)
        assert graph.nodes[place].properties["name"] == venue, text


def test_german_besprechen_mit_a_partner_at_a_venue_is_a_meeting_past_or_planned():
    for text, day in (("Ministerin Anna Hahn will das Programm am Freitag in Potsdam mit Minister Tom "
                       "Berg (CSU) besprechen.", "2024-03-15"),
                      ("Ministerin Anna Hahn hat das Programm am Dienstag in Potsdam mit Minister Tom "
                       "Berg besprochen.", "2024-03-12")):
        graph = extract_text(f"BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. {text}", "de")
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == day, text
        assert {"person:anna-hahn", "person:tom-berg"} <= participants(graph, meeting), text


def test_german_besprechen_without_a_venue_is_no_meeting():
    graph = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. Ministerin Anna Hahn will das "
                         "Programm am Freitag mit Minister Tom Berg besprechen.", "de")
    assert meetings(graph) == []


def test_english_partner_before_a_party_bracket_still_talks():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. Minister Ann Hale will "
                         "discuss the plan with Minister Tom Berg (Labour) in York on Friday.", "en")
    assert {"person:ann-hale", "person:tom-berg"} <= participants(graph, only_meeting(graph))


# -- "in der Hauptstadt", "in the capital": the city named just before ------------------

def test_the_capital_is_the_city_named_just_before():
    german = extract_text("BREMEN, 13. März 2024 (dpa) - Das Chaos wächst.\n\nAnna Hahn setzt nun auf Hilfe "
                          "aus Berlin. Die Senatorin will am kommenden Montag in der Hauptstadt mit "
                          "Ministerin Paula Stein zusammenkommen.", "de")
    english = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew.\n\nAnn Hale is counting on "
                           "help from Lisbon. She will meet Minister Tom Berg in the capital on "
                           "Friday.", "en")
    for graph, place in ((german, "place:berlin"), (english, "place:lisbon")):
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}


def test_the_capital_without_a_city_before_is_no_venue():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew.\n\nAnn Hale is counting on "
                         "help from the government. She will meet Minister Tom Berg in the capital on "
                         "Friday.", "en")
    assert all(held_in(graph, m) != {"place:lisbon"} for m in meetings(graph))


# -- a visit two persons make together -------------------------------------------------

def test_two_persons_visiting_together_meet_there():
    english = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew.\n\nOn Tuesday, Defence "
                           "Minister Ann Hale and Airbus chief executive Tom Berg visited the air base at "
                           "Lisbon. Mayor Paula Stone joined the two on a tour of the hangars.", "en")
    german = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst.\n\nAm Dienstag besuchten "
                          "Verteidigungsministerin Anna Hahn und Airbus-Chef Tom Berg den Fliegerhorst in "
                          "Potsdam.", "de")
    for graph, place, people in (
            (english, "place:lisbon", {"person:ann-hale", "person:tom-berg", "person:paula-stone"}),
            (german, "place:potsdam", {"person:anna-hahn", "person:tom-berg"})):
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2024-03-12"
        assert held_in(graph, meeting) == {place}
        assert people <= participants(graph, meeting)


def test_one_person_visiting_or_a_visit_without_a_day_is_no_meeting():
    for text, lang in (("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. Defence Minister Ann Hale "
                        "visited the air base at Lisbon on Tuesday.", "en"),
                       ("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. Ann Hale and Tom Berg "
                        "visited Lisbon in 2019.", "en"),
                       ("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. Verteidigungsministerin Anna "
                        "Hahn besuchte am Dienstag den Fliegerhorst in Potsdam.", "de")):
        assert meetings(extract_text(text, lang)) == [], text


# -- "who chairs the committee" after its hearing; a place's "Summit highway" ------------

def test_who_chairs_the_committee_after_its_hearing_chaired_it():
    english = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. On Tuesday, Minister Ann Hale "
                           "appeared before the transport committee in Lisbon. Senator Tom Berg, who chairs "
                           "the committee, demanded new figures.", "en")
    german = extract_text("BERLIN, 13. März 2024 (dpa) - Das Chaos wächst. Am Dienstag tagte der "
                          "Verkehrsausschuss in Potsdam. Paula Stein, die den Ausschuss leitet, verlangte "
                          "neue Zahlen.", "de")
    assert chairs(english, only_meeting(english)) == {"person:tom-berg"}
    assert chairs(german, only_meeting(german)) == {"person:paula-stein"}


def test_who_chairs_a_committee_after_talks_chairs_nothing():
    graph = extract_text("LEEDS, March 13, 2024 (Reuters) - Rail chaos grew. On Tuesday, Ann Hale and Paula "
                         "Stone held talks in Lisbon. Senator Tom Berg, who chairs the transport committee, "
                         "criticised them.", "en")
    assert chairs(graph, only_meeting(graph)) == set()


def test_capitalised_summit_before_highway_is_a_place_name():
    graph = extract_text("NAIROBI, Aug 14, 2025 (Reuters) - Bus owners on Thursday demanded a toll cap on "
                         "the planned Rironi-Mau Summit highway.", "en")
    assert meetings(graph) == []


# -- the place a visit verb names is the venue of a meeting there; "Termin" is named a meeting ---

def test_place_visited_is_the_venue_of_a_meeting_the_sentence_tells_of():
    cases = (("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Minister Ann Hale is due to visit Lisbon "
              "on Friday, where she will meet Mayor Tom Berg and Paula Stone.", "en", "place:lisbon"),
             ("BERLIN, 10. Juni 2025 (dpa) - Das Chaos wächst. Am Freitag besucht Ministerin Anna Hahn "
              "Potsdam, wo sie Bürgermeister Paul Stein trifft.", "de", "place:potsdam"),
             ("BERLIN, 10. Juni 2025 (dpa) - Das Chaos wächst. Ministerin Anna Hahn besuchte am Freitag "
              "Potsdam und traf dort Bürgermeister Paul Stein.", "de", "place:potsdam"))
    for text, lang, place in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == "2025-06-13", text


def test_place_visited_at_another_time_is_no_venue():
    for text, lang in (("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Ann Hale, who visited Lisbon in "
                        "May, met Tom Berg on Friday.", "en"),
                       ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. After visiting Lisbon, Ann Hale "
                        "met Tom Berg on Friday.", "en"),
                       ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Ann Hale met Tom Berg on Monday "
                        "and will visit Lisbon on Friday.", "en"),
                       ("BERLIN, 10. Juni 2025 (dpa) - Das Chaos wächst. Anna Hahn, die im Mai Potsdam "
                        "besuchte, traf am Freitag Paul Stein.", "de")):
        graph = extract_text(text, lang)
        assert all(not held_in(graph, m) & {"place:lisbon", "place:potsdam"} for m in meetings(graph)), text


def test_meeting_found_by_an_appointment_is_named_a_meeting():
    graph = extract_text("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Kanzler Paul Stein hat am "
                         "Freitag einen Termin mit Präsidentin Anna Hahn in Paris.", "de")
    assert only_meeting(graph).properties["name"] == "Treffen (Paris)"


# -- a hosting verb before a plural noun of things tells of no guest -------------------------

def test_things_received_right_after_the_verb_are_no_meeting():
    for text in ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Traders have received enquiries from "
                 "buyers in Lisbon, the association said on Tuesday.",
                 "LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. The city hosted concerts in Lisbon on "
                 "Friday."):
        assert meetings(extract_text(text, "en")) == [], text


def test_people_received_right_after_the_verb_are_guests_at_a_meeting():
    for text, guest in (("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Mayor Tom Berg welcomed "
                         "lawmakers from Chad in Lisbon on Friday.", "country:td"),
                        ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Mayor Tom Berg received Paula "
                         "Stone in Lisbon on Friday.", "person:paula-stone")):
        graph = extract_text(text, "en")
        meeting = only_meeting(graph)
        assert {"person:tom-berg", guest} <= participants(graph, meeting), text
        assert meeting.properties["name"] == "meeting (Lisbon)", text


# -- an organisation's people named by its head noun bring in the organisation -----------------

def test_people_named_by_an_organisations_head_noun_bring_in_the_organisation():
    cases = (("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. The Leeds Nurses Association (LNA) asked "
              "for more pay. Association leaders are due to meet Minister Ann Hale in Lisbon on Friday.",
              "en", "Leeds Nurses Association"),
             ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. The Leeds Nurses Association (LNA) asked "
              "for more pay. On Friday, representatives from the association met Minister Ann Hale in "
              "Lisbon.", "en", "Leeds Nurses Association"),
             ("BERLIN, 10. Juni 2025 (dpa) - Der Deutsche Imkerverband fordert mehr Geld. Vertreter des "
              "Verbands trafen am Freitag in Potsdam Ministerin Anna Hahn.", "de", "Deutscher Imkerverband"),
             ("BERLIN, 10. Juni 2025 (dpa) - Der Deutsche Imkerverband fordert mehr Geld. Am Freitag kamen "
              "Verbandsvertreter in Potsdam mit Ministerin Anna Hahn zusammen.", "de",
              "Deutscher Imkerverband"),
             ("ERFURT, 10. Juni 2025 (dpa) - Die Thüringer Landesregierung plant eine Reform. Die "
              "Regierungsvertreter kamen am Freitag in Jena mit Bürgermeister Paul Stein zusammen.", "de",
              "Thüringer Landesregierung"))
    for text, lang, name in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        names = {graph.nodes[n].properties.get("name") for n in participants(graph, meeting)}
        assert name in names, text


def test_people_named_by_a_head_noun_no_organisation_holds_bring_in_none():
    graph = extract_text("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. The Leeds Nurses Association "
                         "(LNA) asked for more pay. Party leaders are due to meet Minister Ann Hale in "
                         "Lisbon on Friday.", "en")
    meeting = only_meeting(graph)
    assert participants(graph, meeting) == {"person:ann-hale"}


def test_union_leaders_bring_in_the_union_named_before():
    graph = extract_text("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. The Rail Workers Union called a "
                         "strike. Union leaders are due to meet Minister Ann Hale in Lisbon on Friday.", "en")
    meeting = only_meeting(graph)
    names = {graph.nodes[n].properties.get("name") for n in participants(graph, meeting)}
    assert "Rail Workers Union" in names


# -- an invitation of a guest to a place on a day is a meeting there ---------------------------

def test_guest_invited_to_a_place_on_a_day_meets_the_host_there():
    cases = (("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Ministerpräsident Paul Stein lud "
              "Kanzlerin Anna Hahn am Freitag nach Potsdam ein.", "de", "place:potsdam",
              {"person:paul-stein", "person:anna-hahn"}),
             ("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Am Freitag lädt Bürgermeisterin Anna "
              "Hahn den Minister Paul Stein nach Potsdam ein.", "de", "place:potsdam",
              {"person:paul-stein", "person:anna-hahn"}),
             ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Minister Ann Hale invited Mayor Tom Berg "
              "to Lisbon on Friday.", "en", "place:lisbon", {"person:ann-hale", "person:tom-berg"}))
    for text, lang, place, people in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == "2025-06-13", text
        assert people <= participants(graph, meeting), text


def test_invitation_without_guest_place_or_day_is_no_meeting():
    for text, lang in (("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Die Stadt Potsdam lädt am "
                        "Samstag zum Stadtfest ein.", "de"),
                       ("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Anna Hahn lud Paul Stein "
                        "nach Potsdam ein.", "de"),
                       ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Ann Hale was invited to Lisbon "
                        "on Friday.", "en"),
                       ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. The ministry invited bids for "
                        "the line to Lisbon on Friday.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


def test_invitation_and_the_talks_it_is_for_are_one_meeting():
    graph = extract_text("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Ministerin Anna Hahn lud "
                         "Bürgermeister Paul Stein für Donnerstag nach Potsdam ein. Zu dem Gespräch erwartet "
                         "werden auch Lisa Berg und Tom Kurz.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-06-12"
    assert {"person:anna-hahn", "person:paul-stein", "person:lisa-berg"} <= participants(graph, meeting)


# -- a meal taken with someone on a day is a meeting ------------------------------------------

def test_meal_with_someone_on_a_day_is_a_meeting():
    cases = (("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Kanzler Paul Stein aß am Freitag in "
              "Paris mit Präsidentin Anna Hahn zu Mittag.", "de", "place:paris"),
             ("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Am Freitag speiste Kanzlerin Anna Hahn "
              "in Potsdam mit Bürgermeister Paul Stein.", "de", "place:potsdam"),
             ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Minister Anna Hahn dined with Mayor Paul "
              "Stein in Lisbon on Friday.", "en", "place:lisbon"))
    for text, lang, place in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == "2025-06-13", text
        assert {"person:anna-hahn", "person:paul-stein"} <= participants(graph, meeting), text


def test_meal_alone_or_of_food_is_no_meeting():
    for text, lang in (("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Anna Hahn aß am Freitag in "
                        "Paris mit Paul Stein ein Eis.", "de"),
                       ("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Anna Hahn aß am Freitag in "
                        "Paris zu Mittag.", "de"),
                       ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Ann Hale dined in Lisbon on "
                        "Friday.", "en"),
                       ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Minister Ann Hale dined with "
                        "Mayor Tom Berg in Lisbon.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


# -- "X is also expected." after a meeting: X takes part -------------------------------------

def test_person_also_expected_takes_part_in_the_meeting_before():
    cases = (("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Prime Minister Tom Berg will meet union "
              "leaders in Lisbon on Friday. Finance Minister Ann Hale is also expected.", "en",
              {"person:tom-berg", "person:ann-hale"}),
             ("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Prime Minister Tom Berg will meet union "
              "leaders in Lisbon on Friday. Ann Hale and Paula Stone are expected too.", "en",
              {"person:ann-hale", "person:paula-stone"}),
             ("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Kanzler Paul Stein trifft am Freitag "
              "in Potsdam die Gewerkschaften. Finanzministerin Anna Hahn wird ebenfalls erwartet.", "de",
              {"person:paul-stein", "person:anna-hahn"}))
    for text, lang, people in cases:
        graph = extract_text(text, lang)
        assert people <= participants(graph, only_meeting(graph)), text


def test_speaker_of_something_expected_takes_no_part():
    graph = extract_text("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Prime Minister Tom Berg will "
                         "meet union leaders in Lisbon on Friday. Ann Hale said a decision was "
                         "expected.", "en")
    assert "person:ann-hale" not in participants(graph, only_meeting(graph))


def test_side_meeting_and_its_summit_are_two_meetings_named_in_the_nominative():
    graph = extract_text("BERLIN, 10. Juni 2025 (dpa) - Die Regierung streitet. Am Rande des Verkehrsgipfels "
                         "in Lissabon traf Ministerin Anna Hahn am Freitag Bürgermeister Paul Stein.", "de")
    names = sorted(m.properties["name"] for m in meetings(graph))
    assert names == ["Treffen (Lissabon)", "Verkehrsgipfel (Lissabon)"]
    english = extract_text("LEEDS, June 10, 2025 (Reuters) - Rail chaos grew. Minister Ann Hale met Mayor "
                           "Tom Berg on the sidelines of the transport summit in Lisbon on Friday.", "en")
    side = [m for m in meetings(english) if m.properties["name"] == "meeting (Lisbon)"]
    assert len(meetings(english)) == 2 and len(side) == 1
    assert participants(english, side[0]) == {"person:ann-hale", "person:tom-berg"}


# -- greeting a guest on a day is a meeting; greeting a thing is none ---------------------------

def test_guest_greeted_on_a_day_meets_the_host():
    cases = (("BERLIN, 8. August 2025 (dpa) - Das Chaos wächst. Ministerin Anna Hahn begrüßte am "
              "Donnerstag in Potsdam Bürgermeister Paul Stein.", "de", "place:potsdam"),
             ("BERLIN, 8. August 2025 (dpa) - Das Chaos wächst. Am Donnerstag begrüßte Ministerin Anna Hahn "
              "in Potsdam den Bürgermeister Paul Stein.", "de", "place:potsdam"),
             ("LEEDS, Aug 8, 2025 (Reuters) - Rail chaos grew. Minister Anna Hahn greeted Mayor Paul Stein "
              "at the airport in Lisbon on Thursday.", "en", "place:lisbon"))
    for text, lang, place in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == "2025-08-07", text
        assert {"person:anna-hahn", "person:paul-stein"} <= participants(graph, meeting), text


def test_thing_or_crowd_greeted_is_no_meeting():
    for text, lang in (("BERLIN, 8. August 2025 (dpa) - Das Chaos wächst. Ministerin Anna Hahn begrüßte am "
                        "Donnerstag in Potsdam die Entscheidung von Paul Stein.", "de"),
                       ("LEEDS, Aug 8, 2025 (Reuters) - Rail chaos grew. Fans greeted the team with cheers "
                        "in Lisbon on Thursday.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


# -- a talk partner named by title alone, a holder named before --------------------------------

def test_talk_with_partner_named_by_title_is_a_meeting_with_the_holder_named_before():
    cases = (("ERFURT, 6. Mai 2025 (dpa) - Verkehrsministerin Anna Berg (SPD) hat ein Gutachten vorgelegt. "
              "Landrat Peter Kurz will am Freitag in Erfurt mit der Ministerin über die Umgehung sprechen.",
              "de", "place:erfurt", "2025-05-09", {"person:anna-berg", "person:peter-kurz"}),
             ("KASSEL, 6. Mai 2025 (dpa) - Bundeskanzler Olaf Lenz reist durch Hessen. Am Montag hatte "
              "Bürgermeister Jan Vogt in Kassel mit dem Kanzler gesprochen.",
              "de", "place:kassel", "2025-05-05", {"person:olaf-lenz", "person:jan-vogt"}),
             ("CORK, May 7, 2025 (Reuters) - Agriculture Minister Tom Byrne unveiled a drought plan. "
              "Farmers' leader Ann Kelly discussed the plan with the minister in Cork on Tuesday.",
              "en", "place:cork", "2025-05-06", {"person:tom-byrne", "person:ann-kelly"}),
             ("LEEDS, May 7, 2025 (Reuters) - Health Secretary Mark Doyle unveiled the plan. Mayor Ruth "
              "Adler will talk with the health secretary in Leeds on Friday.",
              "en", "place:leeds", "2025-05-09", {"person:mark-doyle", "person:ruth-adler"}))
    for text, lang, place, date, people in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == date, text
        assert people <= participants(graph, meeting), text


def test_talk_with_a_title_nobody_holds_or_a_plural_title_is_no_meeting():
    for text, lang in (("ERFURT, 6. Mai 2025 (dpa) - Landrat Peter Kurz will am Freitag in Erfurt mit der "
                        "Ministerin über die Umgehung sprechen.", "de"),
                       ("ERFURT, 6. Mai 2025 (dpa) - Verkehrsminister Karl Berg (SPD) hat ein Gutachten "
                        "vorgelegt. Landrat Peter Kurz will am Freitag in Erfurt mit den Ministern "
                        "sprechen.", "de"),
                       ("LEEDS, May 7, 2025 (Reuters) - Mayor Ruth Adler will talk with the health secretary "
                        "in Leeds on Friday.", "en"),
                       ("LEEDS, May 7, 2025 (Reuters) - President Mark Doyle unveiled a plan. Mayor Ruth "
                        "Adler spoke with the president's office in Leeds on Friday.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


# -- talks going on for a while are a process, not the meeting told of ----------------------

def test_ongoing_talks_elsewhere_do_not_move_the_meeting_told_of():
    cases = (("INNSBRUCK, 23. Jänner 2025 (APA) - Am Mittwoch empfing Landeshauptmann Karl Huber den "
              "Minister Paul Weiss im Landhaus. Zusagen könne er wegen der laufenden Budgetverhandlungen in "
              "Wien nicht machen.", "de", "place:innsbruck", "2025-01-22"),
             ("CORK, March 5, 2025 (Reuters) - On Tuesday Mayor Dan Reilly received Transport Minister Liam "
              "Nolan at City Hall. Nolan said he could promise nothing during the ongoing budget talks in "
              "Dublin.", "en", "place:cork", "2025-03-04"))
    for text, lang, place, date in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == date, text


def test_ongoing_talks_without_a_day_are_no_meeting_but_with_one_they_are():
    for text, lang in (("Die laufenden Verhandlungen in Brüssel ziehen sich hin.", "de"),
                       ("The ongoing talks in Geneva are going well, diplomats said.", "en")):
        assert meetings(extract_text(text, lang, published="2025-05-06")) == [], text
    graph = extract_text("The ongoing talks in Geneva resumed on Monday.", "en", published="2025-05-06")
    assert held_in(graph, only_meeting(graph)) == {"place:geneva"}


# -- idioms and later sessions that are not the meeting told of ------------------------------

def test_proposal_brought_ins_gespraech_is_no_meeting():
    graph = extract_text("Der Verband hat am Montag in Kiel eine neue Abgabe ins Gespräch gebracht.", "de",
                         published="2025-05-06")
    assert meetings(graph) == []
    graph = extract_text("Das Gespräch am Montag in Kiel dauerte zwei Stunden.", "de", published="2025-05-06")
    assert held_in(graph, only_meeting(graph)) == {"place:kiel"}


def test_a_coming_session_does_not_add_its_people_to_the_meeting_before():
    for text, lang in (("Am Montag trafen sich Anna Berg und Jan Vogt in Kiel. Die Grünen wollen einen "
                        "Antrag in der kommenden Ausschusssitzung einbringen.", "de"),
                       ("On Monday Anna Berg and Jan Vogt met in Leeds. The Green Party will raise the "
                        "issue at the coming summit.", "en")):
        graph = extract_text(text, lang, published="2025-05-06")
        meeting = only_meeting(graph)
        assert participants(graph, meeting) == {"person:anna-berg", "person:jan-vogt"}, text


# -- an exchange of views with a partner, on a day and at a place, is a meeting -------------

def test_exchange_of_views_with_a_partner_is_a_meeting():
    cases = (("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt tauschte sich am Dienstag in Kassel mit "
              "Bürgermeisterin Eva Kühn aus.", "de", "place:kassel", "2025-05-06"),
             ("KASSEL, 6. Mai 2025 (dpa) - Am Dienstag tauschten sich Landrat Uwe Brandt und Bürgermeisterin "
              "Eva Kühn in Kassel über den Nahverkehr aus.", "de", "place:kassel", "2025-05-06"),
             ("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt will sich am Freitag in Kassel mit Eva Kühn "
              "austauschen.", "de", "place:kassel", "2025-05-09"),
             ("LEEDS, May 6, 2025 (Reuters) - Mayor Uwe Brandt and Transport Secretary Eva Kühn exchanged "
              "views in Leeds on Tuesday.", "en", "place:leeds", "2025-05-06"),
             ("LEEDS, May 6, 2025 (Reuters) - On Friday in Leeds, Uwe Brandt will exchange ideas with "
              "Transport Secretary Eva Kühn.", "en", "place:leeds", "2025-05-09"))
    for text, lang, place, date in cases:
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == date, text
        assert participants(graph, meeting) == {"person:uwe-brandt", "person:eva-kuehn"}, text


def test_exchanging_things_or_by_phone_is_no_meeting():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt tauschte am Dienstag in Kassel die "
                        "Reifen seines Wagens mit Eva Kühn aus.", "de"),
                       ("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt tauschte sich am Dienstag "
                        "telefonisch mit Bürgermeisterin Eva Kühn aus.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Troops of Uwe Brandt exchanged fire with Eva Kühn's "
                        "militia in Leeds on Tuesday.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


# -- a guest invited to a place, a day, an article or a title between --------------------------

def test_guest_invited_to_a_place_is_met_even_after_a_day_and_a_title():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt lud am Dienstag den "
                        "Betriebsratschef Jan Hahn nach Kassel ein.", "de"),
                       ("KASSEL, 6. Mai 2025 (dpa) - Am Dienstag lud Landrat Uwe Brandt den neuen "
                        "Betriebsratschef Jan Hahn nach Kassel ein.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Mayor Uwe Brandt invited the visiting union "
                        "leader Jan Hahn to Leeds on Tuesday.", "en")):
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["date"] == "2025-05-06", text
        assert participants(graph, meeting) == {"person:uwe-brandt", "person:jan-hahn"}, text


def test_invitation_without_a_named_guest_is_no_meeting():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt lud am Dienstag die Bürger zu einem "
                        "Fest nach Kassel ein.", "de"),
                       ("KASSEL, 6. Mai 2025 (dpa) - Landrat Uwe Brandt lud am Dienstag in Kassel zum "
                        "Stadtfest ein.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Mayor Uwe Brandt invited residents to Leeds on "
                        "Tuesday.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


# -- a visit to a person, or a guest of a host, on a day is a meeting ---------------------------

def test_visit_to_a_person_on_a_day_is_a_meeting_of_both():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Verkehrsministerin Ida Brandt besuchte am Montag "
                        "Landrat Jan Hahn in Kassel.", "de"),
                       ("KASSEL, 6. Mai 2025 (dpa) - Am Montag besuchte Ministerin Ida Brandt den Landrat "
                        "Jan Hahn in Kassel.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Transport Secretary Ida Brandt visited Mayor Jan "
                        "Hahn in Leeds on Monday.", "en"),
                       ("LEEDS, May 6, 2025 (Reuters) - Ida Brandt will visit Mayor Jan Hahn in Leeds on "
                        "Friday.", "en")):
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["kind"] == "meeting", text
        assert participants(graph, meeting) == {"person:ida-brandt", "person:jan-hahn"}, text


def test_visit_by_a_subject_named_by_title_or_pronoun_is_a_meeting_of_both():
    lead = "KASSEL, 6. Mai 2025 (dpa) - Verkehrsministerin Ida Brandt kritisierte die Pläne. "
    for text in (lead + "Die Ministerin besuchte am Montag Landrat Jan Hahn in Kassel.",
                 lead + "Am Montag besuchte die Ministerin den Landrat Jan Hahn in Kassel.",
                 lead + "Am Montag besuchte sie Landrat Jan Hahn in Kassel."):
        graph = extract_text(text, "de")
        meeting = only_meeting(graph)
        assert participants(graph, meeting) == {"person:ida-brandt", "person:jan-hahn"}, text
    for text in (lead + "Am Montag besuchte sie das Werk in Kassel.",
                 lead + "Am Montag besuchte die Ministerin das Werk von Jan Hahn in Kassel."):
        assert meetings(extract_text(text, "de")) == [], text


def test_visit_to_a_thing_or_a_persons_belongings_is_no_meeting():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Am Montag besuchte Ministerin Ida Brandt das Werk in "
                        "Kassel.", "de"),
                       ("KASSEL, 6. Mai 2025 (dpa) - Ministerin Ida Brandt besuchte am Montag das Grab von "
                        "Jan Hahn in Kassel.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Ida Brandt visited Jan Hahn's factory in Leeds on "
                        "Monday.", "en"),
                       ("LEEDS, May 6, 2025 (Reuters) - On Monday Ida Brandt visited the family of Jan Hahn "
                        "in Leeds.", "en")):
        assert meetings(extract_text(text, lang)) == [], text


def test_guest_of_a_host_on_a_day_is_a_meeting_named_as_such():
    for text, lang, name in (("KASSEL, 6. Mai 2025 (dpa) - Bürgermeisterin Ida Brandt war am Montag Gast bei "
                              "Landrat Jan Hahn in Kassel.", "de", "Treffen (Kassel)"),
                             ("KASSEL, 6. Mai 2025 (dpa) - Am Montag war Ida Brandt zu Gast beim Landrat Jan "
                              "Hahn in Kassel.", "de", "Treffen (Kassel)"),
                             ("LEEDS, May 6, 2025 (Reuters) - Transport Secretary Ida Brandt was the guest "
                              "of Mayor Jan Hahn in Leeds on Monday.", "en", "meeting (Leeds)")):
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert meeting.properties["name"] == name, text
        assert meeting.properties["date"] == "2025-05-05", text
        assert participants(graph, meeting) == {"person:ida-brandt", "person:jan-hahn"}, text


def test_guest_of_honour_or_on_a_show_is_no_meeting():
    for text, lang in (("LEEDS, May 6, 2025 (Reuters) - The prime minister was the guest of honour at a "
                        "gala in Leeds on Monday.", "en"),
                       ("KASSEL, 6. Mai 2025 (dpa) - Jan Hahn war am Montag Gast in einer Talkshow in "
                        "Kassel.", "de")):
        assert meetings(extract_text(text, lang)) == [], text


# -- "afterwards … the talks": the meeting told of, not a further one ---------------------------

def test_the_talks_spoken_of_afterwards_are_the_meeting_told_of():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Landrat Jan Roth traf am Montag in Kassel "
                        "Bürgermeisterin Ida Kern. Anschließend sagte Roth, das Gespräch sei gut "
                        "gewesen.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Mayor Jan Roth met union leader Ida Kern in Leeds on "
                        "Monday. Afterwards she said the talks had been tough.", "en"),
                       ("LEEDS, May 6, 2025 (Reuters) - Mayor Jan Roth met union leader Ida Kern in Leeds on "
                        "Monday. Later, Kern told reporters the meeting had been useful.", "en")):
        graph = extract_text(text, lang)
        meeting = only_meeting(graph)
        assert participants(graph, meeting) == {"person:jan-roth", "person:ida-kern"}, text


def test_a_further_meeting_afterwards_is_a_meeting_of_its_own():
    for text, lang in (("KASSEL, 6. Mai 2025 (dpa) - Landrat Jan Roth traf am Montag in Kassel "
                        "Bürgermeisterin Ida Kern. Anschließend kam er mit Betriebsrat Tom Hahn "
                        "zusammen.", "de"),
                       ("LEEDS, May 6, 2025 (Reuters) - Mayor Jan Roth met union leader Ida Kern in Leeds on "
                        "Monday. Afterwards, he held a meeting with Transport Secretary Tom Hahn.", "en")):
        assert len(meetings(extract_text(text, lang))) == 2, text


def test_a_coming_session_on_a_day_named_is_a_meeting():
    cases = (("Bei der kommenden Sitzung am Donnerstag in Kiel wollen Anna Berg und Jan Vogt über den "
              "Haushalt beraten.", "de", "place:kiel"),
             ("Anna Berg and Jan Vogt will attend the coming summit in Leeds on Thursday.", "en",
              "place:leeds"))
    for text, lang, place in cases:
        graph = extract_text(text, lang, published="2025-05-06")
        meeting = only_meeting(graph)
        assert held_in(graph, meeting) == {place}, text
        assert meeting.properties["date"] == "2025-05-08", text


# -- a venue named by a local seat of government: the dateline's city, days before ----------

def test_meeting_in_the_town_hall_days_before_the_report_is_in_the_dateline_city():
    graph = extract_text("HANNOVER, 14. März 2024 (dpa) – Oberbürgermeister Markus Berger (SPD) hatte "
                         "am Montag zu einem Krisentreffen ins Rathaus eingeladen.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-11"
    assert held_in(graph, meeting) == {"place:hanover"}


def test_meeting_in_her_ministry_days_before_the_report_is_in_the_dateline_city():
    graph = extract_text("KIEL, 23. Mai 2024 (dpa) – Am Montag trafen sich Umweltministerin Anna Lorenz "
                         "und Landrat Peter Vogt zu einem Gespräch in ihrem Ministerium.", "de")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-05-20"
    assert held_in(graph, meeting) == {"place:kiel"}
    assert {"person:anna-lorenz", "person:peter-vogt"} <= participants(graph, meeting)


def test_english_talks_at_city_hall_days_before_the_report_are_in_the_dateline_city():
    graph = extract_text("BOSTON, March 14 (Reuters) - Mayor Jane Porter met union leaders for talks "
                         "at City Hall on Monday.", "en", published="2024-03-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-11"
    assert held_in(graph, meeting) == {"place:boston"}


def test_english_round_table_at_a_city_hall_named_by_an_unknown_word_is_in_the_dateline_city():
    graph = extract_text("SALFORD, March 14 (Reuters) - The mayor, Jane Porter, had hosted a round-table "
                         "at Brindle City Hall on Monday with bus operators.", "en", published="2024-03-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-11"
    assert held_in(graph, meeting) == {"place:salford"}


def test_meeting_days_before_the_report_without_a_seat_named_has_no_place():
    # the story may have moved on: no venue, no dateline city three days back
    graph = extract_text("BERLIN, 14. März 2024 (dpa) – Die Ministerin Anna Lorenz hatte am Montag "
                         "zu einem Krisentreffen eingeladen.", "de")
    assert meetings(graph) == []


def test_a_ministry_that_speaks_is_no_seat_venue():
    graph = extract_text("BOSTON, March 14 (Reuters) - Mayor Jane Porter held talks with Governor Mark "
                         "Ellis on Monday, the ministry said.", "en", published="2024-03-14")
    assert meetings(graph) == []


# -- "summoned X to <venue>": a guest called in to a meeting ----------------------------------

def test_minister_who_summoned_a_chief_to_a_city_met_him_there():
    graph = extract_text("LEEDS, March 14 (Reuters) - Transport Secretary Mark Ellis said he had summoned "
                         "Northern Rail chief executive Jane Porter to his department in London on Tuesday.",
                         "en", published="2024-03-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-12"
    assert held_in(graph, meeting) == {"place:london"}
    assert {"person:mark-ellis", "person:jane-porter"} <= participants(graph, meeting)


def test_summons_in_the_present_to_a_capital_is_a_meeting():
    graph = extract_text("Health Minister Ruth Baker summons insurer boss Tom Hale to Cardiff on Friday.",
                         "en", published="2024-03-14")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:cardiff"}
    assert "person:tom-hale" in participants(graph, meeting)


def test_summoned_to_court_is_no_meeting():
    graph = extract_text("Judge Mark Ellis summoned Jane Porter to court in Leeds on Tuesday.", "en",
                         published="2024-03-14")
    assert meetings(graph) == []


# -- a talk partner after a state's or body's possessive --------------------------------------

def test_talks_with_a_states_envoy_after_its_possessive_are_a_meeting():
    graph = extract_text("President Mark Ellis discussed the loan on Tuesday with Japan's ambassador Ken "
                         "Sato at the presidential palace in Colombo.", "en", published="2025-07-09")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:colombo"}
    assert {"person:mark-ellis", "person:ken-sato"} <= participants(graph, meeting)


def test_talks_with_a_city_councils_leader_after_its_possessive_are_a_meeting():
    graph = extract_text("Mayor Jane Porter discussed the budget on Monday with Leeds's council leader "
                         "Tom Hale in Leeds.", "en", published="2025-07-09")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-07-07"
    assert {"person:jane-porter", "person:tom-hale"} <= participants(graph, meeting)


def test_talk_about_a_states_possession_is_no_partner():
    # "with India's" before a thing, not a person: no one to have met
    graph = extract_text("Mayor Jane Porter discussed the budget on Monday with India's trade figures "
                         "in mind in Leeds.", "en", published="2025-07-09")
    assert meetings(graph) == []


def test_german_talks_with_a_states_president_after_its_genitive_are_a_meeting():
    graph = extract_text("Kanzlerin Anna Lorenz sprach am Montag in Wien mit Frankreichs Präsident Paul "
                         "Girard über die Lage.", "de", published="2025-07-09")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:vienna"}
    assert {"person:anna-lorenz", "person:paul-girard"} <= participants(graph, meeting)


# -- "Gekommen waren X und Y": who came, the participle fronted ---------------------------------

def test_german_fronted_gekommen_waren_names_participants():
    graph = extract_text("Am Dienstag trafen sich die Ministerpräsidenten in Hannover. Gekommen waren "
                         "auch Markus Berger und Sabine Kraus.", "de", published="2024-03-14")
    meeting = only_meeting(graph)
    assert {"person:markus-berger", "person:sabine-kraus"} <= participants(graph, meeting)


def test_german_fronted_erschienen_war_names_a_participant():
    graph = extract_text("Landrat Peter Vogt hatte am Dienstag zu einem Gespräch nach Kiel eingeladen. "
                         "Erschienen war nur Bürgermeister Thomas Weber.", "de", published="2024-03-14")
    meeting = only_meeting(graph)
    assert {"person:peter-vogt", "person:thomas-weber"} <= participants(graph, meeting)


def test_german_gekommen_war_closing_a_clause_names_no_participant():
    graph = extract_text("Landrat Peter Vogt traf am Dienstag in Kiel den Bürgermeister Thomas Weber. "
                         "Nachdem es zu Protesten von Markus Berger gekommen war, reiste Vogt ab.", "de",
                         published="2024-03-14")
    assert "person:markus-berger" not in participants(graph, only_meeting(graph))


# -- who backs talks from outside is no participant ----------------------------------------------

def test_states_that_supported_the_talks_are_no_participants():
    graph = extract_text("Negotiators from Serbia and Kosovo held talks in Brussels on Tuesday. The "
                         "European Union and Germany supported the talks.", "en", published="2024-03-14")
    found = participants(graph, only_meeting(graph))
    assert {"country:rs", "country:xk"} <= found
    assert "country:de" not in found and "organisation:european-union" not in found


def test_german_states_that_unterstuetzten_die_gespraeche_are_no_participants():
    graph = extract_text("Serbien und das Kosovo verhandelten am Dienstag in Brüssel. Deutschland und "
                         "Frankreich unterstützten die Gespräche.", "de", published="2024-03-14")
    found = participants(graph, only_meeting(graph))
    assert "country:de" not in found and "country:fr" not in found


def test_persons_who_supported_a_plan_and_met_are_participants():
    graph = extract_text("Tom Hale and Ruth Baker, who had supported the plan, met for talks in Leeds on "
                         "Tuesday.", "en", published="2024-03-14")
    assert {"person:tom-hale", "person:ruth-baker"} <= participants(graph, only_meeting(graph))


# -- "called on President X": a courtesy call, unless someone is asked to act -------------------

def test_envoy_who_called_on_the_president_met_him():
    graph = extract_text("Ambassador Tom Hale called on President Jane Porter in Colombo on Tuesday.", "en",
                         published="2024-03-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-12"
    assert held_in(graph, meeting) == {"place:colombo"}
    assert {"person:tom-hale", "person:jane-porter"} <= participants(graph, meeting)


def test_courtesy_call_after_an_opening_day_and_a_states_possessive_is_a_meeting():
    graph = extract_text("On Monday, India's new envoy Tom Hale called on Prime Minister Jane Porter at "
                         "Temple Trees in Colombo.", "en", published="2024-03-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-11"
    assert {"person:tom-hale", "person:jane-porter"} <= participants(graph, meeting)


def test_called_on_someone_to_act_is_no_meeting():
    for text in ("Tom Hale called on President Jane Porter in Colombo on Tuesday to release the funds.",
                 'Tom Hale on Tuesday called on Prime Minister Jane Porter to "get out of the way" in Leeds.',
                 "Tom Hale called on President Jane Porter in a statement in Colombo on Tuesday: pay now."):
        assert meetings(extract_text(text, "en", published="2024-03-14")) == [], text


# -- "mit Abgeordneten": a participle noun's plural without an article names a group -----------

def test_german_meeting_mit_abgeordneten_takes_in_the_member_named_after():
    graph = extract_text("Am Dienstag kamen Markus Berger und Sabine Kraus in Kiel mit Abgeordneten der "
                         "Grünen zusammen. Der Grünen-Abgeordnete Thomas Weber sagte anschließend, man sei "
                         "sich einig.", "de", published="2024-03-14")
    found = participants(graph, only_meeting(graph))
    assert {"person:markus-berger", "person:sabine-kraus", "person:thomas-weber"} <= found


def test_german_meeting_mit_vorsitzenden_takes_in_a_chair_named_after():
    graph = extract_text("Ministerin Sabine Kraus traf sich am Montag in Kiel mit Vorsitzenden von SPD und "
                         "CDU. Der CDU-Vorsitzende Peter Vogt sagte danach, er sei zufrieden.", "de",
                         published="2024-03-14")
    assert "person:peter-vogt" in participants(graph, only_meeting(graph))


def test_german_meeting_mit_dem_abgeordneten_is_one_member_not_the_group():
    graph = extract_text("Am Dienstag traf Markus Berger in Kiel mit dem Abgeordneten Peter Vogt zusammen. "
                         "Der Abgeordnete Thomas Weber kritisierte das später.", "de", published="2024-03-14")
    found = participants(graph, only_meeting(graph))
    assert "person:peter-vogt" in found and "person:thomas-weber" not in found


# -- hosts and guests: "bei X zu Gast", "played host to X" ----------------------------------------

def test_german_guest_bei_a_host_zu_gast_met_the_host():
    graph = extract_text("Am Montag war Landrat Peter Vogt bei Bürgermeisterin Sabine Kraus in Kiel zu Gast.",
                         "de", published="2024-03-14")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:kiel"}
    assert {"person:peter-vogt", "person:sabine-kraus"} <= participants(graph, meeting)


def test_german_guest_beim_titled_host_zu_gast_in_the_present_met_the_host():
    graph = extract_text("Ministerin Anna Lorenz ist am Freitag beim Ministerpräsidenten Markus Berger in "
                         "Hannover zu Gast.", "de", published="2024-03-14")
    assert {"person:anna-lorenz", "person:markus-berger"} <= participants(graph, only_meeting(graph))


def test_german_zu_gast_at_an_event_is_no_meeting():
    graph = extract_text("Am Montag war die Band bei den Festspielen in Kiel zu Gast.", "de",
                         published="2024-03-14")
    assert meetings(graph) == []


def test_english_played_host_to_a_governor_is_a_meeting():
    graph = extract_text("Mayor Jane Porter played host to Governor Tom Hale in Leeds on Monday.", "en",
                         published="2024-03-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2024-03-11"
    assert {"person:jane-porter", "person:tom-hale"} <= participants(graph, meeting)


def test_english_city_that_played_host_to_championships_holds_no_meeting():
    graph = extract_text("Leeds played host to the championships in Leeds on Monday.", "en",
                         published="2024-03-14")
    assert meetings(graph) == []


# -- "at Quezon City Hall": the city whose hall it is ----------------------------------------

def test_meeting_at_a_city_hall_is_in_the_city_it_names():
    graph = extract_text("MANILA, March 14 (Reuters) - On Wednesday, Mayor Jane Porter and Tom Hale met at "
                         "Cebu City Hall to coordinate.", "en", published="2024-03-14")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:cebu-city"}
    assert {"person:jane-porter", "person:tom-hale"} <= participants(graph, meeting)


def test_meeting_at_a_house_named_after_a_city_is_not_in_that_city():
    graph = extract_text("LONDON, March 14 (Reuters) - On Wednesday, Mayor Jane Porter and Tom Hale met at "
                         "Hyderabad House in New Delhi.", "en", published="2024-03-14")
    assert held_in(graph, only_meeting(graph)) == {"place:new-delhi"}


def test_meeting_someone_asks_for_is_no_meeting_held():
    graph = extract_text("Senate leader Ada Obi asked lawmakers on Monday to hold hearings on the "
                         "fuel shortage in Abuja.", "en", "2025-03-03")
    assert meetings(graph) == []
    graph = extract_text("Die Grünen-Fraktionschefin Eva Lind verlangte am Montag, das Gesetz erst "
                         "nach einer Anhörung im Umweltausschuss zu beschließen.", "de", "2025-03-03")
    assert meetings(graph) == []
    graph = extract_text("Verdi forderte am Montag, dass die Regierung einen Krisengipfel in Kiel "
                         "einberuft.", "de", "2025-03-03")
    assert meetings(graph) == []


def test_demand_made_after_a_meeting_keeps_the_meeting():
    graph = extract_text("Nach dem Treffen mit Landrat Jens Ohm in Kiel am Montag verlangte Eva "
                         "Lind, die Pläne zu stoppen.", "de", "2025-03-03")
    assert participants(graph, only_meeting(graph)) >= {"person:eva-lind", "person:jens-ohm"}
    graph = extract_text("After talks with Mayor Tom Reed in Leeds on Monday, Ann Cole urged the "
                         "council to act.", "en", "2025-03-03")
    assert participants(graph, only_meeting(graph)) >= {"person:ann-cole", "person:tom-reed"}


def test_german_seat_named_as_venue_or_source_takes_no_part():
    graph = extract_text("WIESBADEN (dpa) - Verkehrsministerin Eva Lind empfing am Montag Landrat "
                         "Jens Ohm zu einem Krisentreffen. Mit der Ministerin berieten im "
                         "Verkehrsministerium auch Tom Berg und Ute Kranz.", "de", "2025-03-03")
    found = participants(graph, only_meeting(graph))
    assert {"person:tom-berg", "person:ute-kranz", "person:jens-ohm"} <= found
    assert not any("verkehrsministerium" in node for node in found)
    graph = extract_text("Ministerpräsident Boris Rhein traf sich am Montag mit Vertretern der "
                         "Lufthansa in Frankfurt. Dabei sei es um neue Flüge gegangen, hieß es aus "
                         "der Staatskanzlei.", "de", "2025-03-03")
    assert not any("staatskanzlei" in node for node in participants(graph, only_meeting(graph)))


def test_german_member_of_a_body_named_with_in_der_still_takes_part():
    graph = extract_text("Am Montag trafen sich Außenminister Tom Berg und Eva Lind, in der "
                         "EU-Kommission für Handel zuständig, in Bern.", "de", "2025-03-03")
    assert "organisation:europaeische-kommission" in participants(graph, only_meeting(graph))


def test_who_told_a_participant_something_right_after_the_meeting_took_part():
    graph = extract_text("LONDON (Reuters) - Prime Minister Tom Hale met union leaders in London on "
                         "Monday. Union leader Ann Cole told Hale that workers needed a raise.", "en",
                         "2025-03-03")
    assert "person:ann-cole" in participants(graph, only_meeting(graph))
    graph = extract_text("LONDON (Reuters) - Prime Minister Tom Hale met Ann Cole in London on "
                         "Monday. Eva Lind told Reuters she was not invited.", "en", "2025-03-03")
    assert "person:eva-lind" not in participants(graph, only_meeting(graph))


def test_meeting_a_counted_day_after_the_said_day_is_dated_from_that_day():
    # the full date of the main clause ("from April 1") is not the one counted from
    graph = extract_text("LEEDS, England, March 4 (Reuters) - Leeds will close three libraries from "
                         "April 1, Mayor Tom Hale said on Tuesday, two days after talks with Ann Cole "
                         "in Bradford.", "en", "2025-03-04")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-02"
    assert held_in(graph, meeting) == {"place:bradford"}
    graph = extract_text("LEEDS, 4. März 2025 (dpa) - Die Stadt schließt vom 1. April an drei "
                         "Bibliotheken, sagte Bürgermeister Tom Hale am Dienstag in Leeds, zwei Tage "
                         "nach einem Treffen mit Ministerin Eva Lind in York.", "de", "2025-03-04")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-02"
    assert held_in(graph, meeting) == {"place:york"}


def test_place_of_the_main_clause_is_not_the_venue_of_a_meeting_counted_days_before():
    graph = extract_text("LEEDS, England, March 4 (Reuters) - Unions on Tuesday demanded new pay rules "
                         "for nurses in the county of Kent, a day after Prime Minister Tom Hale received "
                         "the mayor of Paris to discuss trade. Hale hosted Mayor Anne Hidalgo at the "
                         "Mansion House in London on Monday.", "en", "2025-03-04")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-03"
    assert held_in(graph, meeting) == {"place:london"}


def test_a_day_of_talks_is_no_count_of_days_before_the_said_day():
    graph = extract_text("LEEDS, England, March 4 (Reuters) - Mayor Tom Hale and Ann Cole agreed on a "
                         "deal on Tuesday, after a day of talks in Bradford.", "en", "2025-03-04")
    assert only_meeting(graph).properties["date"] == "2025-03-04"


def test_day_of_a_wie_clause_of_attribution_is_not_the_meetings_day():
    graph = extract_text("KIEL, 5. März 2025 (dpa) - Am kommenden Montag sollen Ministerin Eva Lind und "
                         "Landrat Tom Berg in Kiel an einem Tisch sitzen, wie ein Regierungssprecher am "
                         "Mittwoch mitteilte.", "de", "2025-03-05")
    assert only_meeting(graph).properties["date"] == "2025-03-10"
    graph = extract_text("KIEL, 5. März 2025 (dpa) - Für Freitag ist in Kiel eine Sitzung von Ministerin "
                         "Eva Lind mit Landrat Tom Berg geplant, wie es am Mittwoch aus dem Ministerium "
                         "hieß.", "de", "2025-03-05")
    assert only_meeting(graph).properties["date"] == "2025-03-07"
    # the only day named is the meeting's, even in such a clause
    graph = extract_text("KIEL, 5. März 2025 (dpa) - Ministerin Eva Lind und Landrat Tom Berg haben sich "
                         "am Mittwoch in Kiel zu einem Gespräch getroffen, wie ein Sprecher mitteilte.",
                         "de", "2025-03-05")
    assert only_meeting(graph).properties["date"] == "2025-03-05"


def test_meeting_invited_to_is_not_held_on_the_day_of_the_report():
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Ministerpräsident Tom Berg hat die Landräte zu "
                         "einem Krisengipfel eingeladen. Das Treffen soll am Freitag in der Staatskanzlei "
                         "in Kiel stattfinden.", "de", "2025-03-05")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-07"
    assert "person:tom-berg" in participants(graph, meeting)
    graph = extract_text("LEEDS, March 5 (Reuters) - Mayor Tom Hale has invited union leader Ann Cole to "
                         "crisis talks. The meeting will take place on Friday in Leeds, a spokesman said.",
                         "en", "2025-03-05")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-07"
    assert {"person:tom-hale", "person:ann-cole"} <= participants(graph, meeting)


def test_invitation_and_the_announced_meeting_are_one_meeting_in_the_dateline_city():
    graph = extract_text("LEEDS, March 5 (Reuters) - Mayor Tom Hale has invited union leaders to crisis "
                         "talks at City Hall. The meeting will take place on Friday, a spokesman said.",
                         "en", "2025-03-05")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-03-07"
    assert held_in(graph, meeting) == {"place:leeds"}


def test_place_in_an_opening_phrase_of_what_is_argued_over_is_no_venue():
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Im Streit um eine geplante Deponie bei Husum hat "
                         "Ministerpräsident Tom Berg die Beteiligten zu einem Krisengipfel eingeladen. Am "
                         "kommenden Montag sollen Landrätin Eva Lind und Ute Kranz in der Staatskanzlei in "
                         "Kiel an einem Tisch sitzen.", "de", "2025-03-05")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:kiel"}
    assert "person:tom-berg" in participants(graph, meeting)
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Wegen des Ausbaus des Hafens bei Husum trafen sich "
                         "Landrätin Eva Lind und Ute Kranz am Dienstag in Kiel.", "de", "2025-03-05")
    assert held_in(graph, only_meeting(graph)) == {"place:kiel"}
    graph = extract_text("LEEDS, March 5 (Reuters) - In a dispute over a planned incinerator near "
                         "Bradford, Mayor Tom Hale met union leader Ann Cole in York on Tuesday.", "en",
                         "2025-03-05")
    assert held_in(graph, only_meeting(graph)) == {"place:york"}


def test_place_after_the_verb_of_an_opening_topic_phrase_is_the_venue():
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Im Streit um die Reform haben sich Landrätin Eva "
                         "Lind und Ute Kranz am Dienstag in Husum getroffen.", "de", "2025-03-05")
    assert held_in(graph, only_meeting(graph)) == {"place:husum"}
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Im Rathaus in Husum trafen sich Landrätin Eva Lind "
                         "und Ute Kranz am Dienstag.", "de", "2025-03-05")
    assert held_in(graph, only_meeting(graph)) == {"place:husum"}


def test_long_list_of_guests_expected_at_a_meeting_take_part():
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Am kommenden Montag sollen Vertreter der Stadt und "
                         "der Anwohner in der Staatskanzlei in Kiel an einem Tisch sitzen. Neben dem "
                         "Regierungschef werden Umweltministerin Eva Lind (SPD), der Husumer Landrat Jens "
                         "Ohm sowie die Chefin der Stadtwerke Kiel, Ute J. Kranz, erwartet.", "de",
                         "2025-03-05")
    assert {"person:eva-lind", "person:jens-ohm", "person:ute-j-kranz"} <= \
        participants(graph, only_meeting(graph))


def test_organisation_named_in_quotation_marks_takes_part():
    graph = extract_text("Kiel, 5. März 2025 (dpa) - Am kommenden Montag sollen Vertreter der Stadt in "
                         "Kiel an einem Tisch sitzen. Auch die Bürgerinitiative „Saubere Luft Altmark“ hat "
                         "ihre Teilnahme zugesagt.", "de", "2025-03-05")
    assert "organisation:saubere-luft-altmark" in participants(graph, only_meeting(graph))
    graph = extract_text('LEEDS, March 5 (Reuters) - Mayor Tom Hale met union leaders at City Hall in '
                         'Leeds on Tuesday. The campaign group "Save Our Libraries Leeds" also took part.',
                         "en", "2025-03-05")
    assert "organisation:save-our-libraries-leeds" in participants(graph, only_meeting(graph))


def test_public_forum_is_a_meeting():
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Bereits am vergangenen Freitag hatten Ministerin Eva "
                         "Lind und Bürgermeister Tom Berg bei einem Bürgerforum in Husum mit rund 300 "
                         "Anwohnern diskutiert.", "de", "2025-05-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-05-09"
    assert held_in(graph, meeting) == {"place:husum"}
    assert {"person:eva-lind", "person:tom-berg"} <= participants(graph, meeting)
    graph = extract_text("LEEDS, May 14 (Reuters) - Mayor Tom Hale and Ann Cole faced angry residents at "
                         "a public forum in Leeds on Monday.", "en", "2025-05-14")
    meeting = only_meeting(graph)
    assert meeting.properties["date"] == "2025-05-12"
    assert {"person:ann-cole", "person:tom-hale"} <= participants(graph, meeting)


def test_forum_on_the_web_or_as_a_body_is_no_meeting():
    graph = extract_text("LEEDS, May 14 (Reuters) - Ann Cole posted the letter on an online forum on "
                         "Monday, Mayor Tom Hale said in Leeds.", "en", "2025-05-14")
    assert meetings(graph) == []
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Eva Lind hatte den Brief am Montag in einem "
                         "Internetforum gepostet, sagte Tom Berg in Husum.", "de", "2025-05-14")
    assert meetings(graph) == []
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Das Weltwirtschaftsforum in Genf veröffentlichte am "
                         "Montag einen Bericht, den Eva Lind lobte.", "de", "2025-05-14")
    assert meetings(graph) == []


def test_german_ortstermin_with_someone_is_a_meeting():
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Ministerin Eva Lind hat am Montag bei einem "
                         "Ortstermin in Husum mit Landrat Tom Berg die Deichbaustelle besichtigt.", "de",
                         "2025-05-14")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:husum"}
    assert {"person:eva-lind", "person:tom-berg"} <= participants(graph, meeting)


def test_forum_without_a_day_of_its_own_is_no_meeting():
    graph = extract_text("LEEDS, March 11, 2025 (PA) - Mayor Tom Hale opened the forum with a speech on "
                         "housing.", "en")
    assert meetings(graph) == []


def test_unknown_venue_before_a_split_verb_is_not_the_dateline_city():
    graph = extract_text("Saarbrücken, 9. September 2025 (KNA) - Die Ministerin Eva Lind und Landrat Tom "
                         "Berg kamen am Montag im luxemburgischen Schengen zusammen, um über die Zukunft zu "
                         "beraten.", "de", "2025-09-09")
    assert not any("saarbruecken" in held_in(graph, m) for m in meetings(graph))
    graph = extract_text("Saarbrücken, 9. September 2025 (KNA) - Die Ministerin Eva Lind und Landrat Tom "
                         "Berg kamen am Montag im französischen Metz zusammen.", "de", "2025-09-09")
    assert held_in(graph, only_meeting(graph)) == {"place:metz"}
    graph = extract_text("Saarbrücken, 9. September 2025 (KNA) - Die Ministerin Eva Lind und Landrat Tom "
                         "Berg kamen am Montag zusammen.", "de", "2025-09-09")
    assert held_in(graph, only_meeting(graph)) == {"place:saarbruecken"}


def test_german_zitierte_someone_into_a_ministry_is_a_meeting_not_a_quote():
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Ministerin Eva Lind zitierte am Dienstag Landrat Tom "
                         "Berg ins Ministerium nach Kiel.", "de", "2025-05-14")
    meeting = only_meeting(graph)
    assert held_in(graph, meeting) == {"place:kiel"}
    assert {"person:eva-lind", "person:tom-berg"} <= participants(graph, meeting)
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Ministerin Eva Lind zitierte am Dienstag Landrat Tom "
                         "Berg mit den Worten, in Kiel sei alles gut.", "de", "2025-05-14")
    assert meetings(graph) == []
    graph = extract_text("Kiel, 14. Mai 2025 (dpa) - Ministerin Eva Lind zitierte am Dienstag in Husum "
                         "aus einem Brief von Landrat Tom Berg.", "de", "2025-05-14")
    assert meetings(graph) == []


def test_the_meeting_on_a_weekday_is_the_one_told_of_for_the_coming_weekday():
    graph = extract_text("Kiel, 13. Mai 2025 (dpa) - Ministerpräsident Tom Berg hat für kommenden Montag "
                         "Landrätin Eva Lind zu einem Krisengipfel in die Staatskanzlei in Kiel eingeladen. "
                         "Berg sagte, er wolle beim Treffen am Montag alle Argumente hören.", "de",
                         "2025-05-13")
    assert only_meeting(graph).properties["date"] == "2025-05-19"
    graph = extract_text("LEEDS, May 13 (Reuters) - Mayor Tom Hale will host union leader Ann Cole for "
                         "crisis talks at City Hall in Leeds next Monday. Hale said he wanted to hear all "
                         "sides at the meeting on Monday.", "en", "2025-05-13")
    assert only_meeting(graph).properties["date"] == "2025-05-19"


def test_a_meeting_on_the_weekday_a_week_later_stays_its_own():
    graph = extract_text("Kiel, 13. Mai 2025 (dpa) - Ministerpräsident Tom Berg traf am Montag Landrätin "
                         "Eva Lind in Kiel. Am Montag kommender Woche trifft er erneut Jens Ohm in Kiel.",
                         "de", "2025-05-13")
    assert sorted(m.properties["date"] for m in meetings(graph)) == ["2025-05-12", "2025-05-19"]
    graph = extract_text("LEEDS, May 13 (Reuters) - Mayor Tom Hale met Ann Cole in Leeds on Monday. Next "
                         "Monday, the two will hold talks with Jo Reed in Leeds.", "en", "2025-05-13")
    assert sorted(m.properties["date"] for m in meetings(graph)) == ["2025-05-12", "2025-05-19"]
