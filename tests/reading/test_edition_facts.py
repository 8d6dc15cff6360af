"""An edition's own facts read from made-up lines in the shapes real pages have (issue 19, §5): its name (on a
title line, alone, labelled, a collection's spine number), catalogue number, barcode (checked), ASIN, the disc's
release date (never the film's year), its frame, and a mono flag from its tracks."""

from __future__ import annotations

import pytest

from dvdtrack.store.ingest import read_text

SPECS = "Region 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min"


def read(text: str, grammars):
    specs = read_text(text, grammars).specs
    assert len(specs) == 1, [s.titles for s in specs]
    return specs[0]


@pytest.mark.parametrize("line, field, value", [
    ("Edition: Collector's Edition", "edition", "Collector's Edition"),
    ("Ausgabe: Special Edition", "edition", "Special Edition"),
    ("Catalogue No.: CC1963D", "catalogue_number", "CC1963D"),
    ("Cat. No.: RCD-1023", "catalogue_number", "RCD-1023"),
    ("Katalognummer: 23666DX", "catalogue_number", "23666DX"),
    ("EAN: 5021866234502", "barcode", "5021866234502"),
    ("UPC: 0 37429 20932 5", "barcode", "037429209325"),
    ("Kod EAN: 96385074", "barcode", "96385074"),
    ("ASIN: B0001Z3TQ2", "asin", "B0001Z3TQ2"),
    ("Release Date: November 08, 2005", "release_date", "2005-11-08"),
    ("DVD Release Date: December 2002", "release_date", "2002-12"),
    ("Released 8-Sep-2004", "release_date", "2004-09-08"),
    ("Erscheinungstermin: 13. Februar 2009", "release_date", "2009-02-13"),
    ("Lançamento: 12/04/2007", "release_date", "2007-04-12"),
    ("Data wydania: 15 lipca 2009", "release_date", "2009-07-15"),
    ("Julkaisuvuosi: 2004", "release_date", "2004"),
    ("Anamorphic: No", "anamorphic", False),
    ("16x9 Enhancement: Yes", "anamorphic", True),
])
def test_a_labelled_line_of_an_edition_fact(grammars, line, field, value):
    spec = read(f"Harbour Lights (1963)\n{SPECS}\n{line}", grammars)
    assert getattr(spec, field) == value and line not in spec.unparsed


@pytest.mark.parametrize("line", ["EAN: 5021866234506", "UPC: 037429209326", "Release Date: to be announced",
                                  "Edition : Northwind Films"])
def test_a_value_of_the_wrong_kind_stays_unread(grammars, line):
    spec = read(f"Harbour Lights (1963)\n{SPECS}\n{line}", grammars)
    assert line in spec.unparsed and (spec.barcode, spec.release_date, spec.edition) == (None, None, None)


def test_a_company_under_a_date_label_is_no_date_but_the_label(grammars):
    """A flattened table's cells out of step (`Release Date: Crash Entertainment`): no release date, and the
    company it names is the disc's label, as under any label that names no company field."""
    spec = read(f"Harbour Lights (1963)\n{SPECS}\nRelease Date: Crash Entertainment", grammars)
    assert (spec.release_date, spec.label) == (None, "Crash Entertainment")


@pytest.mark.parametrize("lines", [["Release Date: 12 May 2003"], ["DVD Released: April 9th, 2002"],
                                   ["Released March 17, 2009"], ["Erscheinungsdatum: 02.03.2012"]])
def test_a_release_date_is_never_the_films_year(grammars, lines):
    spec = read("\n".join(["Harbour Lights", SPECS, *lines]), grammars)
    assert spec.year is None and spec.release_date is not None


def test_the_films_year_and_the_discs_date_side_by_side(grammars):
    spec = read(f"Harbour Lights (1963)\n{SPECS}\nRelease Date: 12 May 2003", grammars)
    assert (spec.year, spec.release_date) == (1963, "2003-05-12")


def test_an_nfos_release_and_retail_dates_are_one_release(grammars):
    spec = read("Title ........ : Harbour Lights\nRelease Date .. : 2010-05-12\nRetail Date ... : 2009-11-02\n"
                "Source ....... : DVD9 Retail\nRuntime ...... : 01:31:42", grammars)
    assert spec.release_date == "2010-05-12" and spec.grammar == "nfo"


@pytest.mark.parametrize("heading, title, edition, discs", [
    ("Solaris (Special Edition, 2 DVDs)", "Solaris", "Special Edition", 2),
    ("Harbour Lights: Collector's Edition (1963)", "Harbour Lights", "Collector's Edition", None),
    ("Harbour Lights 25th Anniversary Edition", "Harbour Lights", "25th Anniversary Edition", None),
    ("Le ombre del porto - Edizione speciale", "Le ombre del porto", "Edizione speciale", None),
])
def test_an_edition_on_a_title_line_is_split_off_and_kept(grammars, heading, title, edition, discs):
    spec = read(f"{heading}\n\n{SPECS}", grammars)
    assert (spec.titles, spec.edition, spec.disc_count) == ([title], edition, discs) and spec.unparsed == []


def test_an_edition_alone_on_its_line_under_the_title(grammars):
    spec = read(f"Harbour Lights\n2-Disc Special Edition\n{SPECS}", grammars)
    assert (spec.titles, spec.edition) == (["Harbour Lights"], "2-Disc Special Edition")


def test_a_film_called_like_an_edition_keeps_its_title(grammars):
    spec = read(f"The Final Cut\n{SPECS}", grammars)
    assert (spec.titles, spec.edition) == (["The Final Cut"], None)


def test_a_collections_spine_number(grammars):
    spec = read(f"Harbour Lights (1963)\nCriterion Collection Spine #417\n{SPECS}", grammars)
    assert (spec.label, spec.edition) == ("Criterion Collection", "Spine #417")


@pytest.mark.parametrize("line, frame", [
    ("Aspect Ratio: 2.35:1 Anamorphic Widescreen", True), ("Bild: 16:9 (1,78:1) anamorph", True),
    ("Video: 1.85:1 (16x9 enhanced)", True), ("Aspect Ratio: 2.35:1 Non-Anamorphic Widescreen", False),
    ("Video: 1.66:1 letterboxed", False), ("Aspect Ratio: 1.33:1", None),
])
def test_a_picture_line_says_whether_its_frame_is_anamorphic(grammars, line, frame):
    spec = read(f"Harbour Lights (1963)\nRegion 2 PAL\n{line}\nRunning time: 94 min", grammars)
    assert spec.anamorphic is frame


@pytest.mark.parametrize("audio, mono", [("Swedish Dolby Digital 1.0", True), ("Swedish mono, English DD 5.1", True),
                                         ("English DD 5.1", False), ("Swedish", None)])
def test_mono_is_a_track_of_one_channel(grammars, audio, mono):
    spec = read(f"Harbour Lights (1963)\n{SPECS}\nAudio: {audio}", grammars)
    assert spec.mono is mono


@pytest.mark.parametrize("line, year", [("Theatrical Release Date: Japan, July 5th, 1975", 1975),
                                        ("Original Release Date: 01/01/1986", 1986), ("Theatrical Release: 1961", 1961)])
def test_the_films_first_release_gives_its_year_beside_the_discs_date(grammars, line, year):
    spec = read(f"Harbour Lights\n{SPECS}\nDVD Release Date: 05/29/2007\n{line}", grammars)
    assert (spec.year, spec.release_date) == (year, "2007-05-29")


def test_a_theatrical_release_naming_a_company_is_no_year(grammars):
    spec = read(f"Harbour Lights\n{SPECS}\nTheatrical Release: Northwind Films", grammars)
    assert spec.year is None and "Theatrical Release: Northwind Films" in spec.unparsed
