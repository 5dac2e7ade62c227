"""Titles and organisation heads that come from the editable lexicons (kg/data/titles.yaml,
organisations.yaml ``leaders:``), on sentences of our own."""

from __future__ import annotations

from helpers import extract_text, roles_of


def test_english_titles_of_states_courts_and_agencies():
    graph = extract_text("Chinese Premier Li Qiang met Saudi Crown Prince Mohammed bin Salman in "
                         "Riyadh on Monday.", "en", "2025-03-03")
    assert roles_of(graph, "Li Qiang") == {("premier", "country:cn")}
    assert roles_of(graph, "Mohammed bin Salman") == {("crown prince", "country:sa")}


def test_agency_head_named_before_the_title_is_its_leader():
    graph = extract_text("IAEA Director General Rafael Grossi visited the plant on Friday.", "en",
                         "2025-03-03")
    assert roles_of(graph, "Rafael Grossi") == {
        ("director general", "organisation:internationale-atomenergiebehoerde")}
    graph = extract_text("WHO-Generaldirektor Tedros Adhanom Ghebreyesus warnte am Montag vor "
                         "einer neuen Welle.", "de", "2025-03-03")
    assert roles_of(graph, "Tedros Adhanom Ghebreyesus") == {
        ("Generaldirektor", "organisation:weltgesundheitsorganisation")}


def test_german_company_chair_and_opposition_leader():
    graph = extract_text("Der Vorstandsvorsitzende von Siemens, Roland Busch, traf am Montag den "
                         "Oppositionsführer Friedrich Merz.", "de", "2025-03-03")
    assert roles_of(graph, "Roland Busch") == {("Vorstandsvorsitzender", "organisation:siemens")}
    assert roles_of(graph, "Friedrich Merz") == {("Oppositionsführer", None)}


def test_english_chancellor_of_the_exchequer_and_co_chair_are_titles():
    graph = extract_text("Britain's Chancellor of the Exchequer Rachel Reeves met the co-chair of "
                         "the panel, Maria Santos, on Monday.", "en", "2025-03-03")
    assert roles_of(graph, "Rachel Reeves") == {("chancellor of the exchequer", "country:gb")}
    assert {t for t, _ in roles_of(graph, "Maria Santos")} == {"co-chair"}


def test_german_kollege_aus_a_state_gives_role_at_the_state():
    graph = extract_text("Sein Kollege aus Sachsen, Martin Weber (CDU), widersprach am Montag.",
                         "de", "2025-03-03")
    assert roles_of(graph, "Martin Weber") == {("Kollege", "place:saxony")}


def test_german_umlaut_female_titles_are_found_and_kept():
    graph = extract_text("Die Finanzvorständin der Deutschen Bahn, Anna Kraus, traf am Montag "
                         "Landrätin Eva Sommer in Fulda.", "de", "2025-03-03")
    assert roles_of(graph, "Anna Kraus") == {("Finanzvorständin", "organisation:deutsche-bahn")}
    assert roles_of(graph, "Eva Sommer") == {("Landrätin", None)}


def test_former_and_future_post_modifiers_stay_in_the_title():
    graph = extract_text("Der damalige Außenminister Karl Brandt traf den künftigen Kanzler Paul "
                         "Weiß in Bonn.", "de", "2025-03-03")
    assert roles_of(graph, "Karl Brandt") == {("damaliger Außenminister", None)}
    assert roles_of(graph, "Paul Weiß") == {("künftiger Kanzler", None)}
    graph = extract_text("Outgoing Prime Minister Mark Stone met the press in Leeds.", "en",
                         "2025-03-03")
    assert roles_of(graph, "Mark Stone") == {("outgoing prime minister", None)}


def test_english_top_diplomat_is_a_title_with_its_state():
    graph = extract_text("Anna Berg, Sweden's top diplomat, met reporters in Oslo.", "en",
                         "2025-03-03")
    assert roles_of(graph, "Anna Berg") == {("top diplomat", "country:se")}


def test_a_bare_governor_after_a_central_bank_is_its_governor():
    graph = extract_text("LONDON (Reuters) - The Bank of England kept rates on hold on Thursday. "
                         "Governor Andrew Bailey said inflation was falling.", "en", "2025-03-20")
    assert roles_of(graph, "Andrew Bailey") == {("governor", "organisation:bank-of-england")}


def test_a_state_of_a_federal_country_owns_the_title_after_its_possessive():
    graph = extract_text("MUMBAI (Reuters) - Keir Starmer met Karnataka's Chief Minister Ravi Menon "
                         "on Wednesday.", "en", "2025-02-12")
    assert roles_of(graph, "Ravi Menon") == {("chief minister", "place:karnataka")}


def test_chief_economist_and_chief_minister_are_titles_of_their_own():
    graph = extract_text("Minister Tom Reed spoke first. The IMF's chief economist, Ana Lima, "
                         "said growth would slow. Tasmania's Jo Kerr, Northern Territory Chief "
                         "Minister Lia Moss and others attended.", "en", "2025-03-03")
    assert roles_of(graph, "Ana Lima") == {
        ("chief economist", "organisation:internationaler-waehrungsfonds")}
    assert {title for title, _ in roles_of(graph, "Tom Reed")} == {"minister"}
    assert {title for title, _ in roles_of(graph, "Lia Moss")} == {"chief minister"}
    assert roles_of(graph, "Jo Kerr") == set()


def test_member_of_a_swiss_or_austrian_chamber_is_a_title_in_an_apposition():
    graph = extract_text("Ganz anders sieht das der Schweizerische Gewerkschaftsbund. Dessen "
                         "Präsident, der Ständerat Urs Keller, verlangte mehr Geld. "
                         "SVP-Nationalrätin Anna Roth widersprach.", "de", "2025-03-03")
    assert ("Präsident", "organisation:schweizerischer-gewerkschaftsbund") in \
        roles_of(graph, "Urs Keller")
    assert ("Ständerat", None) in roles_of(graph, "Urs Keller")
    assert {title for title, _ in roles_of(graph, "Anna Roth")} == {"Nationalrätin"}


def test_irish_heads_of_government_are_titles():
    graph = extract_text("Taoiseach Ciarán Burke met Tánaiste Nora Walsh in Dublin.", "en",
                         "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Ciarán Burke")} == {"taoiseach"}
    assert {title for title, _ in roles_of(graph, "Nora Walsh")} == {"tánaiste"}


def test_hyphenated_president_general_is_one_title_not_a_general():
    graph = extract_text("Union President-General Tunde Bello told reporters in Lagos.", "en",
                         "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Tunde Bello")} == {"president-general"}


def test_swiss_and_austrian_members_of_a_regional_government_are_titles():
    graph = extract_text("Der Berner Regierungsrat Jan Roth traf am Montag den Tiroler "
                         "Landesrat Eva Berg.", "de", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Jan Roth")} == {"Regierungsrat"}
    assert {t for t, _ in roles_of(graph, "Eva Berg")} == {"Landesrat"}


def test_swiss_price_supervisor_is_a_title():
    graph = extract_text("Preisüberwacher Jan Roth kritisierte am Montag die Mieten.", "de",
                         "2025-03-03")
    assert roles_of(graph, "Jan Roth") == {("Preisüberwacher", None)}


def test_german_city_councillor_compounds_are_titles():
    graph = extract_text("Bildungsstadträtin Anna Berg und Verkehrsstadtrat Jan Kolb stellten am "
                         "Montag den Plan vor.", "de", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Anna Berg")} == {"Bildungsstadträtin"}
    assert {t for t, _ in roles_of(graph, "Jan Kolb")} == {"Verkehrsstadtrat"}


def test_german_city_council_without_a_name_after_it_holds_no_role():
    graph = extract_text("Der Dresdner Stadtrat beschloss am Montag den Abriss der Brücke.", "de",
                         "2025-03-03")
    assert not [n for n in graph.nodes.values() if "Role" in n.labels]


def test_english_country_director_is_one_title():
    graph = extract_text("Oxfam's country director Jane Roe warned of famine on Monday.", "en",
                         "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Jane Roe")} == {"country director"}


def test_english_registrar_is_a_title_and_names_its_holder_again():
    graph = extract_text("Jane Roe, Kenya's national registrar, met the observers on Tuesday. "
                         "The registrar asked Congress for a larger budget.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Jane Roe")} == {"national registrar"}


def test_english_offices_ending_in_general_are_whole_titles():
    graph = extract_text("Auditor General Ivan Klein asked the city for documents. Solicitor "
                         "General Ana Ruiz and Surgeon General Tom Hale agreed.", "en",
                         "2025-06-03")
    assert {t for t, _ in roles_of(graph, "Ivan Klein")} == {"auditor general"}
    assert {t for t, _ in roles_of(graph, "Ana Ruiz")} == {"solicitor general"}
    assert {t for t, _ in roles_of(graph, "Tom Hale")} == {"surgeon general"}


def test_a_general_s_rank_alone_is_still_general():
    graph = extract_text("General Ivan Klein inspected the troops.", "en", "2025-06-03")
    assert {t for t, _ in roles_of(graph, "Ivan Klein")} == {"general"}


def test_swiss_federal_councillor_before_a_name_is_a_title_besides_her_apposition():
    graph = extract_text("Die Kommission hatte Bundesrätin Anna Keller (SP), Vorsteherin des "
                         "Eidgenössischen Finanzdepartements, eingeladen. Bundesrat Beat Roth "
                         "fehlte.", "de", "2025-06-03")
    assert {t for t, _ in roles_of(graph, "Anna Keller")} >= {"Bundesrätin", "Vorsteherin"}
    assert {t for t, _ in roles_of(graph, "Beat Roth")} == {"Bundesrat"}


def test_the_german_bundesrat_as_a_chamber_gives_no_one_its_title():
    graph = extract_text("Der Bundesrat billigte am Freitag das Gesetz. Ministerpräsidentin "
                         "Anke Berg sprach von einem guten Tag.", "de", "2025-06-03")
    assert {t for t, _ in roles_of(graph, "Anke Berg")} == {"Ministerpräsidentin"}


def test_parliament_offices_are_titles_and_a_party_before_them_is_the_owner():
    graph = extract_text("The debate was chaired by Presiding Officer Ann Lee, and Labour MP Jane "
                         "Doe and independent MSP Tom Reed spoke first.", "en", "2025-03-03")
    assert roles_of(graph, "Ann Lee") == {("presiding officer", None)}
    assert roles_of(graph, "Jane Doe") == {("mp", "organisation:labour")}
    assert roles_of(graph, "Tom Reed") == {("msp", None)}


def test_a_field_word_before_director_belongs_to_the_title():
    graph = extract_text("Nina Petrov, programme director at the anti-corruption group Clean "
                         "Hands, called on parliament to act.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Nina Petrov")} == {"programme director"}
    graph = extract_text("Jane Doe, the research director of the institute, said the plan was "
                         "flawed.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Jane Doe")} == {"research director"}


def test_german_insolvency_administrator_is_a_title_with_its_provisional_modifier():
    graph = extract_text("Auch der vorläufige Sachwalter Jörg Hausmann nahm an dem Treffen teil. "
                         "Insolvenzverwalterin Petra Lind sprach mit den Gläubigern.", "de",
                         "2025-03-03")
    assert roles_of(graph, "Jörg Hausmann") == {("vorläufiger Sachwalter", None)}
    assert roles_of(graph, "Petra Lind") == {("Insolvenzverwalterin", None)}


def test_staatsraetin_is_a_title_but_the_staatsrat_stays_a_body():
    graph = extract_text("Die Genfer Staatsrätin Anne Roux (SP) sprach am Dienstag von einer "
                         "Krise.", "de", "2025-03-03")
    assert roles_of(graph, "Anne Roux") == {("Staatsrätin", None)}
    graph = extract_text("Die Regierung sei an Urteile des Staatsrats gebunden, sagte Anne Roux.",
                         "de", "2025-03-03")
    assert roles_of(graph, "Anne Roux") == set()


def test_english_boss_is_a_title_only_with_a_body_or_name():
    graph = extract_text("Unilever's boss Rosa Diaz was absent. Tom Hale, the boss of Siemens, "
                         "agreed. Mia Kern said her boss had left.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Rosa Diaz")} == {"boss"}
    assert {t for t, _ in roles_of(graph, "Tom Hale")} == {"boss"}
    assert roles_of(graph, "Mia Kern") == set()


def test_english_police_chiefs_and_corporate_officers_are_titles():
    graph = extract_text("Assistant Chief Constable Ann Price and the chief operating officer of "
                         "Siemens, Tom Hale, met on Monday.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Ann Price")} == {"assistant chief constable"}
    assert {t for t, _ in roles_of(graph, "Tom Hale")} == {"chief operating officer"}


def test_a_title_only_one_state_has_is_that_states_when_the_text_names_it():
    graph = extract_text("Japan and South Korea agreed on Monday. Chief Cabinet Secretary Ken Oda "
                         "later told reporters the summit went well.", "en", "2025-03-03")
    assert roles_of(graph, "Ken Oda") == {("chief cabinet secretary", "country:jp")}
    graph = extract_text("Die Schweiz lehnt den Plan ab. Bundesrätin Eva Roth sagte, man prüfe.",
                         "de", "2025-03-03")
    assert roles_of(graph, "Eva Roth") == {("Bundesrätin", "country:ch")}


def test_a_national_title_in_a_text_not_naming_its_state_is_unplaced():
    graph = extract_text("Taoiseach Sean Kerr was absent on Monday.", "en", "2025-03-03")
    assert roles_of(graph, "Sean Kerr") == {("taoiseach", None)}


def test_a_landeshauptmann_is_not_placed_in_the_state_the_text_names():
    # a Landeshauptmann heads an Austrian Land or South Tyrol (Italy), not a state
    graph = extract_text("Italien und Österreich prüfen Dämme. Landeshauptmann Karl Moser sagte in Bozen, "
                         "die Lage sei ernst.", "de", "2025-03-03")
    assert all(org is None or not org.startswith("country:")
               for _, org in roles_of(graph, "Karl Moser"))


def test_lieutenant_governor_is_one_title_not_a_governor():
    graph = extract_text("Texas Governor Greg Abbott and Lieutenant Governor Dan Patrick toured "
                         "the site.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Dan Patrick")} == {"lieutenant governor"}
    assert {t for t, _ in roles_of(graph, "Greg Abbott")} == {"governor"}


def test_landesstatthalter_and_floor_leader_are_titles():
    graph = extract_text("Landesstatthalter Christof Bitschi (FPÖ) forderte eine Stelle.", "de",
                         "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Christof Bitschi")} == {"Landesstatthalter"}
    graph = extract_text("Floor leader Jan Berg urged a vote on Friday.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Jan Berg")} == {"floor leader"}


def test_german_ceo_is_a_title_with_its_company():
    graph = extract_text("Peter Haas, CEO von Siemens, widersprach am Montag.", "de", "2025-03-03")
    assert roles_of(graph, "Peter Haas") == {("CEO", "organisation:siemens")}
    graph = extract_text("Volkswagen-CEO Karl Weber stimmte am Montag zu.", "de", "2025-03-03")
    assert roles_of(graph, "Karl Weber") == {("CEO", "organisation:volkswagen")}
    graph = extract_text("Die CEO der Lufthansa, Anna Kurz, schwieg am Montag.", "de", "2025-03-03")
    assert roles_of(graph, "Anna Kurz") == {("CEO", "organisation:lufthansa")}
    graph = extract_text("Eva Lis, CFO von Siemens, sprach am Montag.", "de", "2025-03-03")
    assert roles_of(graph, "Eva Lis") == {("CFO", "organisation:siemens")}


def test_german_plural_ceos_without_a_name_hold_nothing():
    graph = extract_text("Viele CEOs klagten am Montag über hohe Energiepreise.", "de", "2025-03-03")
    assert not [r for r in graph.relationships if r.type == "HOLDS_ROLE"]


def test_austrian_modifiers_of_acting_posts_belong_to_the_title():
    graph = extract_text("Die interimistische Leiterin des ORF, Eva Lis, sprach am Montag.", "de",
                         "2025-03-03")
    assert roles_of(graph, "Eva Lis") == {("interimistische Leiterin", "organisation:orf")}
    graph = extract_text("Der amtsführende Stadtrat Peter Hacker sprach am Montag.", "de",
                         "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Peter Hacker")} == {"amtsführender Stadtrat"}


def test_english_portfolio_before_minister_or_secretary_is_part_of_the_title():
    graph = extract_text("Infrastructure Minister Jan Ruf spoke. Fisheries Minister Tom Reed and "
                         "Immigration Secretary Anna Berg objected.", "en", "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Jan Ruf")} == {"infrastructure minister"}
    assert {title for title, _ in roles_of(graph, "Tom Reed")} == {"fisheries minister"}
    assert {title for title, _ in roles_of(graph, "Anna Berg")} == {"immigration secretary"}


def test_english_two_word_portfolios_are_part_of_the_minister_title():
    graph = extract_text("Foreign Affairs Minister Helen Cole met Rural Affairs Secretary Tom Reed "
                         "and Resources Minister Ann King in Perth on Monday.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Helen Cole")} == {"foreign affairs minister"}
    assert {t for t, _ in roles_of(graph, "Tom Reed")} == {"rural affairs secretary"}
    assert {t for t, _ in roles_of(graph, "Ann King")} == {"resources minister"}


def test_general_manager_is_one_title_not_a_military_rank():
    graph = extract_text("Tom Hale, the general manager of Rio Tinto, declined to comment on "
                         "Monday.", "en", "2025-03-03")
    assert {t for t, _ in roles_of(graph, "Tom Hale")} == {"general manager"}
    graph = extract_text("General Mark Hale, the army's commander, spoke on Monday.", "en",
                         "2025-03-03")
    assert "general manager" not in {t for t, _ in roles_of(graph, "Mark Hale")}


def test_english_local_and_devolved_elected_posts_are_titles():
    graph = extract_text("Councillor Ann Lee said on Monday the library would stay open.", "en",
                         "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Ann Lee")} == {"councillor"}
    graph = extract_text("Tom Reed, the Alliance Party MLA for South Belfast, objected on Monday.",
                         "en", "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Tom Reed")} == {"mla"}
    graph = extract_text("The bill was drafted by Congresswoman Eva Lis and Assemblyman Jan Ruf.",
                         "en", "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Eva Lis")} == {"congresswoman"}
    assert {title for title, _ in roles_of(graph, "Jan Ruf")} == {"assemblyman"}


def test_sheriff_before_a_name_is_a_title_but_the_sheriffs_office_is_no_holder():
    graph = extract_text("Sheriff Ann Lee said the company had failed to invest.", "en",
                         "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Ann Lee")} == {"sheriff"}
    graph = extract_text("The sheriff's office said Tom Reed was released on Monday.", "en",
                         "2025-03-03")
    assert roles_of(graph, "Tom Reed") == set()


def test_party_before_a_councillor_or_assembly_member_is_the_party_not_a_portfolio():
    graph = extract_text("Labour councillor Tom Reed said on Monday the library would close.", "en",
                         "2025-03-03")
    assert roles_of(graph, "Tom Reed") == {("councillor", "organisation:labour")}
    graph = extract_text("Ann Lee, the Sinn Fein MLA for Foyle, objected on Monday.", "en",
                         "2025-03-03")
    assert {org for _, org in roles_of(graph, "Ann Lee")} == {"organisation:sinn-fein"}


def test_portfolio_before_a_minister_stays_part_of_the_title():
    graph = extract_text("Labour Minister Tom Reed said on Monday wages would rise.", "en",
                         "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Tom Reed")} == {"labour minister"}


def test_lower_case_portfolio_before_a_minister_stays_part_of_the_title():
    graph = extract_text("Manitoba's transportation minister, Lisa Naylor, said the province would "
                         "help.", "en", "2025-03-03")
    assert roles_of(graph, "Lisa Naylor") == {("transportation minister", "place:manitoba")}
    graph = extract_text("Mines Minister Ana Ruiz said the permit was valid.", "en", "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Ana Ruiz")} == {"mines minister"}


def test_floor_leader_of_a_chamber_keeps_its_minority_or_majority():
    graph = extract_text("Senate Minority Floor Leader Juan Reyes said the Senate would vote on "
                         "Friday.", "en", "2025-03-03")
    assert {title for title, _ in roles_of(graph, "Juan Reyes")} == {"minority floor leader"}
