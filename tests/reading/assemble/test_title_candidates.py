"""A release's title chosen among candidates by what the whole block says (`assemble.candidates`): a page's
section, slogan, column or headline above the title loses to a line the block supports (a year, a disc,
named again), and a film named in running text with a cue wins over an unsupported headline. Every text
here is made up, in the shapes real pages have."""

from __future__ import annotations

import pytest

from dvdtrack.reading import parse_text

SPECS = "Region 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min"


def read(text: str, grammars):
    return parse_text(text, grammars).releases[0]


def test_a_section_above_a_title_line_with_its_years_and_disc(grammars):
    spec = read("Cartoons\n\nHarbour Tales (1961-1969) DVD5\n\nThe harbour's tales, told again.\n\n"
                "Жанр: мультфильм\nРежиссер: Анна Берг", grammars)
    assert spec.titles == ["Harbour Tales"] and spec.year is None  # a span of years is no film's year


@pytest.mark.parametrize("section", ["Кино", "Movies", "Мультфильмы"])
def test_a_sites_section_alone_is_no_title(grammars, section):
    spec = read(f"{section}\n\nМаяк на краю\n\n(Студия Север, 1999/Нордвинд, 90 мин)\nМаяк на краю\n{SPECS}", grammars)
    assert spec.titles == ["Маяк на краю"]


def test_a_title_named_again_below_a_sites_slogan(grammars):
    text = ("Over 5 000 reviews\nNew ones every week.\nDVD\n\nL – the harbour town\n\nFormat: DVD\nYear: 1959\n"
            "Runtime: 94 min\n\nThe label has put out L – the harbour town (1959), the first of its sound films.")
    spec = read(text, grammars)
    assert spec.titles == ["L – the harbour town"] and spec.year == 1959


@pytest.mark.parametrize("slogan", ["dal 1999 una finestra sul cinema", "since 2001 the home of film lovers"])
def test_a_slogan_in_lower_case_loses_to_the_title_below(grammars, slogan):
    spec = read(f"{slogan}\n\nLe ombre del porto\n\n(Nordwind)\n\nDATI TECNICI: 16:9 1.85:1 – DD 5.1 (ita)", grammars)
    assert spec.titles == ["Le ombre del porto"]


def test_a_sites_section_and_name_lose_to_a_heading_in_capitals(grammars):
    text = ("Reviews and comparisons - Harbour Cinema\n\nAuthor: Anna\n\nTHE LANTERN KEEPER\n\nAbout\n\n"
            "The lighthouse keeper waits.\n\nRegion 2 PAL\nRunning time: 94 min")
    assert read(text, grammars).titles == ["THE LANTERN KEEPER"]


@pytest.mark.parametrize("lines", [["Test dvd", "Image de la jaquette"], ["Larger Image"], ["Click to enlarge"]])
def test_a_cover_caption_and_a_section_are_no_title(grammars, lines):
    heading = "\n".join(lines)
    spec = read(f"Menu\n{heading}\n\nLe Phare: station du nord\n\nDVD - Région 2\nNordwind\n\nImage\n\nUne copie superbe.",
                grammars)
    assert spec.titles == ["Le Phare: station du nord"]


def test_a_quoted_title_alone_named_in_a_list_above(grammars):
    text = ("Renter's Corner\n\nNow Playing\nHarbour Lights Winter Sun\nThe Lantern Keeper Fog\n\n"
            "Nordwind Home Entertainment\n\n1 Hr 34 Min\n\nAspect Ratio: 2.35:1\n\n\"Harbour Lights\"\n\nSynopsis\n\n"
            "A keeper and his light.")
    assert read(text, grammars).titles == ["Harbour Lights"]


@pytest.mark.parametrize("sentence, title, year", [
    ("The 1963 film Harbour Lights, which was shot in Wales, will be out on a two-disc set.", "Harbour Lights", 1963),
    ("Directed by Bo Berg, 1985's St. Ives Rising starred the so-called Harbour Set.", "St. Ives Rising", 1985),
    ("Nordwind has set The Lantern Keeper for release on 7/17. Extras include a commentary.", "The Lantern Keeper", None),
    ("映画「港の灯」('63年公開)は2000年8月にDVD化されている。映画「港の灯」は名作。", "港の灯", 1963),
])
def test_a_film_named_in_running_text_under_a_column_or_date(grammars, sentence, title, year):
    spec = read(f"My Weekly Column\n\n25th March 2004\n\n{sentence} The disc is Region 2 PAL, 94 minutes.", grammars)
    assert spec.titles == [title] and spec.year == year


def test_a_headline_of_the_news_gives_way_to_the_film_its_text_names(grammars):
    text = ("New English Lighthouse DVD\n\nNordwind announces their upcoming DVD of Lighthouse (written by Anna Berg). "
            "It's PAL, region 2, with a booklet on the making of Lighthouse.")
    assert read(text, grammars).titles == ["Lighthouse"]


def test_a_film_named_with_its_original_title_and_year_and_named_again(grammars):
    text = ("Bergovy orgie\n  Po sadě filmů (Mlha (Dimma, 1961) a Ostrov (Ön, 1966)) nyní vychází film Přístavní světla "
            "(Hamnens ljus, 1958). Přístavní světla je na disk přepsána v 2,35:1 a s původním zvukem DD 2.0.")
    spec = read(text, grammars)
    assert spec.titles == ["Přístavní světla", "Hamnens ljus"] and spec.year == 1958


def test_a_credits_line_names_the_film_and_its_year(grammars):
    text = ("Monday, March 30, 2009\n\nNew Nordic Noir DVD\n\nRegion 2, 1.85:1. Swedish language, 94 minutes\n\n"
            "HARBOUR LIGHTS (1963) – Director: Bo Berg, Music: Per Holm, Cast: Anna Berg.\n\n"
            "Harbour Lights is the best of its kind.")
    spec = read(text, grammars)
    assert spec.titles == ["HARBOUR LIGHTS"] and spec.year == 1963


@pytest.mark.parametrize("line", [
    "Thanks for the review Anna, I am waiting for this DVD's release on 8-28 in the states.",
    "The first widely sold dual layer DVD was Harbour Lights, and now the first real foray into the new format.",
])
def test_a_sentence_cut_before_its_disc_is_no_title(grammars, line):
    text = f"Harbour news breaks new ground again.\n\n{line}\n\nThe DVD has extras on two discs (commentary, a gallery)."
    assert read(text, grammars).titles == []


def test_a_title_line_the_block_supports_keeps_its_place(grammars):
    """A review's own title line (named again below) is not replaced by another film its prose names."""
    text = (f"Harbour Lights (1963)\n\n{SPECS}\n\nHarbour Lights is slower than the 1961 film The Lantern Keeper, "
            "and The Lantern Keeper is slow.")
    spec = read(text, grammars)
    assert spec.titles == ["Harbour Lights"] and spec.year == 1963


@pytest.mark.parametrize("links", [["Go to the Home Page", "Go to the Reviews Page"],
                                   ["Click here to learn more about widescreen!"]])
def test_a_pages_links_are_no_title(grammars, links):
    heading = "\n".join(links)
    assert read(f"{heading}\n\n{SPECS}", grammars).titles == []


def test_a_review_headline_with_the_title_in_its_quotes(grammars):
    spec = read(f"Рецензия на ДВД «Огни гавани»\n\nАвтор: Анна\n\n{SPECS}", grammars)
    assert spec.titles == ["Огни гавани"]


def test_a_line_in_lower_case_below_the_text_is_no_title(grammars):
    text = ("Nordwind this week reveals the details of a two-disc DVD set, due out on March 7. It runs 94 minutes.\n"
            "categories Features, News")
    assert read(text, grammars).titles == []


def test_a_title_in_quotes_opening_a_reviews_line_named_again(grammars):
    text = ("Movie Renter's Corner – June, 2011\n\n“Harbour Lights” (DVD) – Reviewed by Anna Berg\n\nSynopsis\n\n"
            "Harbour Lights is the story of a keeper.\n\nSpecifications\n\n  • Nordwind\n"
            "  • 1963, Color, Rated PG, 1 Hr 34 min\n"
            "  • Aspect Ratio: 1.85:1")
    spec = read(text, grammars)
    assert spec.titles == ["Harbour Lights"] and spec.year == 1963
    assert "Reviewed by Anna Berg" in " ".join(spec.unparsed)  # what follows the title on its line is kept


def test_a_headline_after_a_bullet_kept_unread(grammars):
    text = f"Category Archives: DVD Review\n\n  • 0\n\nDVD Review – Harbour Lights\n\nDirector: Bo Berg\n{SPECS}"
    assert read(text, grammars).titles == ["Harbour Lights"]


def test_a_title_alone_above_its_discs_strip_of_specs(grammars):
    text = ("HOME   News   Reviews   Search\n  Extras\n  • Deleted scenes\n  • Outtakes\n\nHarbour Lights\n\n"
            "Nordwind/Nordwind . R4 . COLOR . 94 mins . M15+ . PAL\n\nA keeper waits for the boat.")
    assert read(text, grammars).titles == ["Harbour Lights"]


def test_a_translated_title_under_the_title_in_another_script(grammars):
    spec = read(f"Огни гавани\nHarbour Lights\n(Нордвинд, 1963/Север, 94 мин, Швеция)\n{SPECS}", grammars)
    assert spec.titles == ["Огни гавани", "Harbour Lights"]


@pytest.mark.parametrize("caption,picture,sound,extras", [("Image de la jaquette", "Image", "Son", "Suppléments"),
                                                          ("Bild vergrößern", "Bild", "Ton", "Extras")])
def test_a_reviews_section_headings_are_no_title(grammars, caption, picture, sound, extras):
    """A review's headings over its paragraphs (`grammars/words/vocab.toml` review_sections) are no title, even
    where the page names them again (a cover's caption): the title line above them is."""
    text = (f"Menu\nTest dvd\n{caption}\n\nLe Phare: station du nord\n\nDVD - Region 2\nNordwind\n\n{picture}\n\n"
            f"Arrow Films gives a fine transfer, sharp and clean.\n\n{sound}\n\nA clear track.\n\n{extras}\n\nA trailer.")
    assert read(text, grammars).titles == ["Le Phare: station du nord"]


@pytest.mark.parametrize("byline", ["Reviewed by Anna Berg (March 3, 2011)", "Posted by Anna Berg (2011)",
                                    "Geschrieben von Anna Berg (3. März 2011)"])
def test_a_reviews_byline_with_its_date_is_no_second_release(grammars, byline):
    """`Reviewed by Colin Jacobson (November 30, 2012)` was read as a title and its year: a second release."""
    text = (f"Harbour Lights (1963)\nStudio: Nordwind\nRegion 1\nRunning time: 94 min\n{byline}\n"
            "A quiet film about a harbour, and a fine disc of it.")
    assert [(r.titles, r.year) for r in parse_text(text, grammars).releases] == [(["Harbour Lights"], 1963)]
