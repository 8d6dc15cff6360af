"""Titles in headline shapes, editions split off titles, page chrome refused as a title, and labels
named without `Label:` (issue 18, §3 and §6). Every text here is made up, in the shapes real pages have."""

from __future__ import annotations

import pytest

from dvdtrack.reading import parse_text


def read(text: str, grammars):
    return parse_text(text, grammars).releases[0]


SPECS = "Region 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min"


@pytest.mark.parametrize("heading, title", [
    ("DVD Review: The Lantern Keeper (1994)", "The Lantern Keeper"),
    ("Il DVD di Le ombre del porto", "Le ombre del porto"),
    ("[DVD] Moon over Tallinn (2001)", "Moon over Tallinn"),
    ("Film Site >> Reviews >> Harbour Lights (1988) DVD Review", "Harbour Lights"),
    ("HARBOUR LIGHTS dvd review", "HARBOUR LIGHTS"),
    ("Resenha de DVD: A Casa do Farol", "A Casa do Farol"),
    ('Crítica sobre o DVD "Nordwind - 95 Min." do filme "Luzes do Porto 2ª Temp.":', "Luzes do Porto 2ª Temp."),
    ("Review of The Lantern Keeper", "The Lantern Keeper"),
    ("Análisis dvd: El faro del puerto", "El faro del puerto"),
    ("Harbour Lights - DVD:", "Harbour Lights"),
    ("Harbour Lights - DVD", "Harbour Lights"),
    ("Il DVD di U-571", "U-571"),  # a letter and a number, a title where a headline says so
])
def test_headline_words_are_not_the_title(grammars, heading, title):
    assert read(f"{heading}\n\n{SPECS}", grammars).titles == [title]


@pytest.mark.parametrize("heading, title, edition", [
    ("Harbour Lights: Special Edition (1999)", "Harbour Lights", "Special Edition"),
    ("Harbour Lights (Collector’s Edition) (1999)", "Harbour Lights", "Collector’s Edition"),
    ("Harbour Lights 25th Anniversary Edition (1999)", "Harbour Lights", "25th Anniversary Edition"),
    ("Le ombre del porto - Edizione speciale", "Le ombre del porto", "Edizione speciale"),
    ("Harbour Lights Uncut (1999)", "Harbour Lights", "Uncut"),
    ("Harbour Lights: Director's Cut", "Harbour Lights", "Director's Cut"),
])
def test_an_edition_is_split_off_the_title_into_the_edition(grammars, heading, title, edition):
    spec = read(f"{heading}\n\n{SPECS}", grammars)
    assert (spec.titles, spec.edition) == ([title], edition)
    assert edition not in spec.unparsed


@pytest.mark.parametrize("heading, title, kept", [
    ("Тихая гавань (спектакль)", "Тихая гавань", "спектакль"),
    ("Moon Patrol V02 (2006)", "Moon Patrol", "V02"),
])
def test_what_else_is_split_off_the_title_is_kept(grammars, heading, title, kept):
    spec = read(f"{heading}\n\n{SPECS}", grammars)
    assert spec.titles == [title] and kept in spec.unparsed and spec.edition is None


def test_an_edition_with_its_disc_count(grammars):
    spec = read(f"Harbour Lights (Special Edition, 2 DVDs)\n\n{SPECS}", grammars)
    assert (spec.titles, spec.disc_count, spec.edition) == (["Harbour Lights"], 2, "Special Edition")
    assert spec.unparsed == []


def test_a_title_edition_gives_way_to_an_edition_line_and_is_kept(grammars):
    spec = read(f"Harbour Lights (Special Edition)\nEdition: Collector's Edition\n{SPECS}", grammars)
    assert (spec.titles, spec.edition) == (["Harbour Lights"], "Collector's Edition")
    assert "Special Edition" in spec.unparsed


def test_a_title_that_is_its_name_is_not_cut(grammars):
    assert read(f"The Final Cut (1983)\n\n{SPECS}", grammars).titles == ["The Final Cut"]


@pytest.mark.parametrize("chrome", ["Tuesday, May 12, 2009", "Reviewed by Anna Berg", "HOME News Reviews Search Forum"])
def test_page_chrome_is_no_title(grammars, chrome):
    spec = read(f"{chrome}\n\n{SPECS}", grammars)
    assert spec.titles == [] and chrome in " ".join(spec.unparsed)


def test_a_rating_read_as_a_title_is_refused_for_the_headline(grammars):
    spec = read(f"THE LANTERN KEEPER dvd review\n\n{SPECS}\n\nMovie: 9", grammars)
    assert spec.titles == ["THE LANTERN KEEPER"]


def test_a_company_in_a_title_bracket_is_the_label(grammars):
    spec = read(f"The Lantern Keeper (Second Run)\n\n{SPECS}", grammars)
    assert (spec.titles, spec.label) == (["The Lantern Keeper"], "Second Run")


def test_a_company_after_a_title_with_its_spine_number(grammars):
    spec = read(f"Harbour Lights / Гавань (1979) (Artificial Eye - #412)\n\n{SPECS}", grammars)
    assert spec.label == "Artificial Eye" and spec.titles == ["Harbour Lights", "Гавань"]


def test_a_company_after_a_colon_is_the_label(grammars):
    spec = read(f"Harbour Lights: Criterion Collection (1950)\n\n{SPECS}", grammars)
    assert (spec.titles, spec.label) == (["Harbour Lights"], "Criterion Collection")


def test_a_bare_company_line_is_the_label(grammars):
    spec = read(f"The Lantern Keeper (1994)\n\nUmbrella Entertainment\n\n{SPECS}", grammars)
    assert spec.label == "Umbrella Entertainment" and "Umbrella Entertainment" not in spec.unparsed


def test_a_distributor_line_beside_a_studio_line(grammars):
    spec = read(f"The Lantern Keeper (1994)\nParamount Pictures\nParamount Home Video\n{SPECS}", grammars)
    assert spec.label == "Paramount Home Video"


def test_a_banner_names_the_label(grammars):
    spec = read(f"The Lantern Keeper (1994)\n\n{SPECS}\n\nThe Criterion Collection presents a new transfer.", grammars)
    assert spec.label == "The Criterion Collection"


@pytest.mark.parametrize("sentence, label", [
    ("Second Run's Region 2 DVD is presented in its original ratio.", "Second Run"),
    ("The disc was released by Madman Entertainment last spring.", "Madman Entertainment"),
    ("Shot on the Universal back lot, the film is a small gem.", None),
    ("Made at Mosfilm in 1962, it was restored this year.", None),
    ("Un'edizione con i fiocchi quella confezionata da Second Run per il film.", "Second Run"),
    ("Nu vond distributeur Madman Entertainment de tijd rijp voor een nieuwe uitgave.", "Madman Entertainment"),
])
def test_a_company_in_prose_only_beside_a_disc_word(grammars, sentence, label):
    assert read(f"The Lantern Keeper (1994)\n\n{SPECS}\n\n{sentence}", grammars).label == label


def test_a_label_read_with_its_year_loses_the_year(grammars):
    assert read(f"Title: The Lantern Keeper\nLabel: Nordwind (1998)\n{SPECS}", grammars).label == "Nordwind"


def test_a_letter_and_a_number_alone_on_a_line_is_no_title_over_the_line_above(grammars):
    """`K-19` below `K-19 - Showdown in der Tiefe` (a sheet's `Original` value): a code-like line alone is
    no title; under a review's words (`Il DVD di K-19`) it is."""
    assert read(f"U-571 - Das Boot der Helden\n\nOriginal\n\nU-571\n\n{SPECS}", grammars).titles[0] == \
        "U-571 - Das Boot der Helden"


def test_a_sentence_under_a_film_heading_is_its_synopsis_not_its_title(grammars):
    """A page's `FILM` heading (a title's label) over its synopsis: a sentence of eight words or more."""
    spec = read("Harbour Lights\n\nFILM\nWhen the keeper of the harbour light falls ill, his daughter takes "
                f"over the lamp for one long winter.\n\n{SPECS}", grammars)
    assert spec.titles == ["Harbour Lights"] and spec.synopsis.startswith("When the keeper")


@pytest.mark.parametrize("heading", ["Qualità dell'edizione: ••••", "Caractéristiques", "Beeld en geluid"])
def test_a_reviews_or_a_sheets_section_heading_is_no_title(grammars, heading):
    assert read(f"{heading}\n\n{SPECS}", grammars).titles == []


def test_a_country_and_a_year_with_a_full_stop_between(grammars):
    spec = read(f"The Lantern Keeper\nСША. 2006г.\n{SPECS}", grammars)
    assert (spec.year, spec.countries) == (2006, ["США"])


def test_a_title_under_a_date_in_the_head(grammars):
    spec = read(f"sobota, 14 maja 2011\n\nHarbour Lights: The Return\n\n{SPECS}", grammars)
    assert spec.titles == ["Harbour Lights: The Return"]


def test_a_title_under_a_site_slogan_and_above_a_byline(grammars):
    text = f"Reel Notes   Films from the vault to the drive-in™\n\nThe Lantern Keeper (Second Run)\nWritten by: on May 3rd, 2011\n\n{SPECS}"
    spec = read(text, grammars)
    assert (spec.titles, spec.label) == (["The Lantern Keeper"], "Second Run")


def test_a_headline_line_before_the_release(grammars):
    text = f"Search - The Lantern Keeper (Collector's Edition) on DVD\n\nActors: Anna Berg, Per Holm\n{SPECS}"
    spec = read(text, grammars)
    assert spec.titles == ["The Lantern Keeper"] and spec.disc_format == "DVD"


def test_a_label_line_in_the_head_is_no_title(grammars):
    spec = read(f"Jakelija: Nordwind\n\n{SPECS}", grammars)
    assert spec.titles == []


@pytest.mark.parametrize("line, label", [
    ("Umbrella Entertainment . R4 . COLOR . 94 mins . PAL", "Umbrella Entertainment"),
    ("Madman (Australia). Region 4, PAL.", "Madman"),
    ("Warner Bros. - June 2, 2009", "Warner Bros."),
])
def test_a_company_opening_a_line_of_specs(grammars, line, label):
    assert read(f"The Lantern Keeper (1994)\n\n{line}\n\n{SPECS}", grammars).label == label


@pytest.mark.parametrize("sentence, label", [
    ("Second Run announced last week that the disc will be out in June.", "Second Run"),
    ("Eureka Entertainment has done a fine job of releasing this western.", "Eureka Entertainment"),
    ("Both films will be released as Special Editions by Arrow Films in June.", "Arrow Films"),
    ("Vydavatel, společnost Bontonfilm, přidal české titulky.", "Bontonfilm"),
    ("Изданием занимается компания «Союз-видео».", "Союз-видео"),
    ("(Студия Ромашка, 1999/Видеосервис, 96 мин, Россия)", "Видеосервис"),
    ("The Chinese Excel Media NTSC Region 6 DVD is anamorphic.", "Excel Media"),
    ("The first Toho disc from Tristar is a fine one.", "Tristar"),
    ("SONY has provided the correct 1.66:1 ratio.", "SONY"),
    ("Infelizmente o DVD da Universal vem sem legendas.", "Universal"),
    # another edition's company is not the label
    ("Unlike the Criterion disc, this Eureka edition is uncut.", "Eureka"),
    ("It looks better than the old Artificial Eye DVD; Second Run's Region 2 disc is sharp.", "Second Run"),
])
def test_a_company_in_prose_beside_words_of_releasing(grammars, sentence, label):
    assert read(f"The Lantern Keeper (1994)\n\n{SPECS}\n\n{sentence}", grammars).label == label


def test_a_date_read_as_a_label_is_no_label(grammars):
    spec = read(f"Title: The Lantern Keeper\nLabel: November 13, 2005\n{SPECS}", grammars)
    assert spec.label is None and "November 13, 2005" in spec.unparsed


def test_a_company_read_as_a_title_is_the_label(grammars):
    spec = read(f"The Lantern Keeper\n\nParamount Home Video (2000)\n\n{SPECS}", grammars)
    assert (spec.titles, spec.label) == (["The Lantern Keeper"], "Paramount Home Video")


@pytest.fixture
def labelled(run, tmp_path):
    """Four made-up releases, their labels written as pages write them."""
    for n, (title, label) in enumerate([("The Lantern Keeper", "The Criterion Collection"),
                                        ("Harbour Lights", "Russian Cinema Council"),
                                        ("Moon over Tallinn", "СОЮЗ-ВИДЕО"),
                                        ("Winter Harbour", "Madman Entertainment")]):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Title: {title}\nYear: {1960 + n}\nLabel: {label}\nRegion 2 PAL\n", encoding="utf-8")
        assert run("add", path).exit_code == 0
    return run


@pytest.mark.parametrize("asked, found", [
    ("criterion", ["The Lantern Keeper"]),
    ("The Criterion Collection", ["The Lantern Keeper"]),
    ("RUSCICO", ["Harbour Lights"]),
    ("Союз-видео", ["Moon over Tallinn"]),
    ("madman", ["Winter Harbour"]),
    ("Cinema Council", ["Harbour Lights"]),
    ("Second Run", []),
])
def test_find_by_any_name_of_a_label(labelled, asked, found):
    import json

    result = labelled("find", "--label", asked, "--json")
    assert result.exit_code == 0, result.output
    assert sorted(r["film_title"] for r in json.loads(result.stdout)) == found


def test_the_title_again_below_in_another_language(grammars):
    text = f"sobota, 14 maja 2011\n\nHarbour Lights: Ostatni rejs\n\nHarbour Lights: The Last Voyage\n\n{SPECS}"
    assert read(text, grammars).titles == ["Harbour Lights: Ostatni rejs", "Harbour Lights: The Last Voyage"]


def test_a_line_below_the_title_with_other_words_is_not_a_title(grammars):
    text = f"Harbour Lights (1994)\n\nAnna Berg\n\n{SPECS}"
    assert read(text, grammars).titles == ["Harbour Lights"]


@pytest.mark.parametrize("chrome", ["Menu", "SKU 16360", "10,000 Reels   Films from the vault to the drive-in"])
def test_more_page_chrome_is_no_title(grammars, chrome):
    assert read(f"{chrome}\n\n{SPECS}", grammars).titles == []


def test_an_edition_opening_a_title_in_japanese(grammars):
    spec = read(f"スペシャル・エディション 港の灯 特別編\n\n{SPECS}", grammars)
    assert spec.titles == ["港の灯"] and "特別編" in spec.unparsed


def test_a_company_cell_with_its_year(grammars):
    spec = read(f"The Lantern Keeper\nCompany Year of Manufacture\nImage Entertainment 1998\n{SPECS}", grammars)
    assert spec.label == "Image Entertainment"


def test_a_title_in_a_table_under_a_catalogue_banner_and_a_company(grammars):
    text = "Каталог\nВИДЕОСЕРВИС | |||\nТихая гавань: Последний рейс |\n|||\nРегион 5, DVD9 |\nЯзык: | русский |"
    spec = read(text, grammars)
    assert (spec.titles, spec.label) == (["Тихая гавань: Последний рейс"], "ВИДЕОСЕРВИС")


def test_a_title_wrapped_by_a_narrow_page(grammars):
    text = "Lanterns\nof the Harbour (1958)\nDirector:\nAnna Berg\nRegion 1 NTSC\nAspect ratio: 1.33:1"
    assert read(text, grammars).titles == ["Lanterns of the Harbour"]


def test_a_news_headline_names_its_film_again_below(grammars):
    text = ("Nordwind confirm Harbour Lights for June\n\nRegion 2 PAL\nAspect ratio: 1.85:1\n\n"
            "We hear that Nordwind will bring the classic Harbour Lights to DVD in June, with a new transfer.")
    assert read(text, grammars).titles == ["Harbour Lights"]


@pytest.mark.parametrize("title", ["Picnic at the Lantern Rock", "Harbour Lights - Die letzte Fahrt"])
def test_a_title_with_small_words_is_no_headline(grammars, title):
    text = f"{title}\n\n{SPECS}\n\nHarbour Lights and Lantern Rock are named again here."
    assert read(text, grammars).titles == [title]


@pytest.mark.parametrize("line, noise", [("Title: Harbour Lights £12.99", "£12.99"),
                                         ("Title: Harbour Lights | harbourdvd.com", "harbourdvd.com"),
                                         ("Title: Harbour Lights [R2]", "R2")])
def test_a_title_holds_no_price_site_or_region_tag(grammars, line, noise):
    spec = read(f"{line}\n{SPECS}", grammars)
    assert spec.titles == ["Harbour Lights"] and noise in spec.unparsed


def test_a_country_before_a_region_is_no_title(grammars):
    assert read(f"Hong Kong Region 3 DVD\n\n{SPECS}", grammars).titles == []


def test_a_review_names_its_film_in_capitals(grammars):
    text = (f"Taiwan Region 3 DVD\n\n{SPECS}\n\nI feared THE LANTERN KEEPER would bore me, unlike THE HARBOUR. "
            "Yet THE LANTERN KEEPER is a fine film, with ENGLISH DTS 5.1 sound.")
    assert read(text, grammars).titles == ["THE LANTERN KEEPER"]


def test_the_companies_file_knows_the_market():
    from dvdtrack.reading.grammar.companies import aliases_of, companies

    assert len(companies()) >= 300
    assert {"criterion", "the criterion collection"} <= aliases_of("Criterion")
    assert "russian cinema council" in aliases_of("RUSCICO") and "eureka" in aliases_of("Masters of Cinema")
    assert "крупный план" in aliases_of("Крупный план") and "buena vista" in aliases_of("Disney")


def test_a_grammar_may_name_a_known_company_field():
    import parse

    from dvdtrack.reading.grammar.types import field_types

    pattern = "{title} ({label:KnownCompany})"
    assert parse.parse(pattern, "Kin-dza-dza (Ruscico)", extra_types=field_types())["label"] == "Ruscico"
    assert parse.parse(pattern, "Kin-dza-dza (Mosfilm)", extra_types=field_types()) is None


@pytest.mark.parametrize("sentence, other", [
    ('"Harbour Lights", eller "Hamnens ljus" om man vil, er en fin film.', "Hamnens ljus"),
    ("Snímek Harbour Lights (Hamnens ljus, 1958) je klasika.", "Hamnens ljus"),
])
def test_another_title_named_beside_the_title_in_prose(grammars, sentence, other):
    spec = read(f"Harbour Lights (1958)\n\n{SPECS}\n\n{sentence}", grammars)
    assert spec.titles == ["Harbour Lights", other]


def test_a_director_in_brackets_with_the_year_is_no_title(grammars):
    spec = read(f"Harbour Lights\n(Anna Berg, 1958)\nDirector: Anna Berg\n{SPECS}", grammars)
    assert "Anna Berg" not in spec.titles


def test_a_sentence_below_a_title_is_no_second_title(grammars):
    """`The X` then a sentence opening with `The`: the article is no series' name, and a line that goes
    on past the words cut as a title is a sentence, whose specs the prose stage reads."""
    from dvdtrack.store.ingest import read_text

    text = "The Lantern Keeper\n\nThe disc is PAL, Region 2, and runs 91 minutes.\n"
    [spec] = read_text(text, grammars).specs
    assert spec.titles == ["The Lantern Keeper"] and (spec.region, spec.runtime_seconds) == ("2", 91 * 60)



def test_words_after_a_title_that_no_fact_reads_are_kept(grammars):
    """`Title (1963) – Collector notes`: the year is read; the words after it are no fact, so the rest
    of the line is kept as not understood, as written, never dropped."""
    from dvdtrack.store.ingest import read_text

    [spec] = read_text("The Salt Meadow (1963) – Collector notes\nRegion: 2\nRunning time: 91 min\n", grammars).specs
    assert (spec.titles, spec.year) == (["The Salt Meadow"], 1963)
    assert spec.unparsed == ["(1963) – Collector notes"]
    [plain] = read_text("The Salt Meadow (1963) DVD9\nRegion: 2\nRunning time: 91 min\n", grammars).specs
    assert plain.unparsed == [] and plain.disc_format == "DVD9"
