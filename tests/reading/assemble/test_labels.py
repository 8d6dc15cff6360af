"""The label of a release whose lines named none (`dvdtrack.reading.assemble.labels`): a studio gives way
to a distributor, a company under a label no grammar knows is the label, a theatrical one is not.
Every text is made up, in the shapes real pages have."""

import pytest

from dvdtrack.reading import parse_text

SPECS = "Region 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min"


def label(text: str, grammars) -> str | None:
    return parse_text(text, grammars).releases[0].label


@pytest.mark.parametrize("lines", [
    "Studio: Paramount Pictures (1994)\nVerleih: Paramount Home Video (2001)",
    "Studio\n\nParamount Pictures (1994)\n\nVerleih\n\nParamount Home Video (2001)",  # label / blank / value
    "Verleih: Paramount Home Video\nStudio: Paramount Pictures",
])
def test_a_studio_gives_way_to_the_distributor_in_any_order(grammars, lines):
    assert label(f"The Lantern Keeper\n{lines}\n{SPECS}", grammars) == "Paramount Home Video"


def test_a_studio_alone_is_the_label_without_its_year(grammars):
    assert label(f"The Lantern Keeper\nStudio: Umbrella Entertainment (2003)\n{SPECS}", grammars) == "Umbrella Entertainment"


def test_a_japanese_production_line_names_the_label_where_nothing_else_does(grammars):
    assert label("The Lantern Keeper\nリージョン:1 制作: Criterion 画面比率: 1.85:1", grammars) == "Criterion"


@pytest.mark.parametrize("line, company", [
    ("Edition : Artificial Eye", "Artificial Eye"),  # a collection manager's export
    ("DVD Release: Second Run", "Second Run"),
    ("Hersteller: Madman Entertainment (2005)", "Madman Entertainment"),
])
def test_a_company_under_a_label_no_grammar_knows_is_the_label(grammars, line, company):
    text = f"The Lantern Keeper\n{line}\n{SPECS}"
    spec = parse_text(text, grammars).releases[0]
    assert spec.label == company and line not in spec.unparsed


def test_a_theatrical_distributor_is_not_the_discs_label(grammars):
    spec = parse_text(f"The Lantern Keeper\nTheatrical Release: Paramount\n{SPECS}", grammars).releases[0]
    assert spec.label is None and "Theatrical Release: Paramount" in spec.unparsed


def test_a_labelled_line_that_is_more_than_a_company_names_no_label(grammars):
    assert label(f"The Lantern Keeper\nNote: Madman put it out twice\n{SPECS}", grammars) is None



@pytest.mark.parametrize("sentence, company", [
    ("Today 「Lantern Keeper - The Criterion Collection」 came in the post.", "The Criterion Collection"),
    ("I ordered “The Lantern Keeper – Second Run” from the shop.", "Second Run"),
    ("The film - Universal made it in 1962 - is a small gem.", None),  # no quoted product's name
])
def test_a_company_ending_a_quoted_products_name_is_the_label(grammars, sentence, company):
    assert label(f"The Lantern Keeper\n{SPECS}\n\n{sentence}", grammars) == company
