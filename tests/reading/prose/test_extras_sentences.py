"""Extras listed in sentences (`dvdtrack.reading.prose.extras`): made-up sentences of the shapes
reviews, news posts and forum posts use."""

import pytest

from dvdtrack.reading.prose.cues import sentences
from dvdtrack.reading.prose.extras import extras_in


def read(text: str) -> list[str]:
    return extras_in(sentences(text))


@pytest.mark.parametrize("text, items", [
    # a weak cue: the list starts at its first extra; names after a name are of the same item
    ("The film comes on a two-disc set, featuring a restored, 98 minute cut of the film, along with interviews "
     "with stars Ann Lee, Bo Park and director Cy Dahl.", ["interviews with stars Ann Lee, Bo Park and director Cy Dahl"]),
    # an unfinished part and a word alone go on with the item before them
    ("The second disc will feature an interview with Berg and, yes, Lind.", ["an interview with Berg and, yes, Lind"]),
    # a sentence going on with the list; its subject is an item, a generic one is not
    ("The disc will feature a commentary. The 20 minute documentary is also included, as well as screen tests with "
     "Ann Lee and C. Dahl, the trailer, and a 16-page booklet.",
     ["a commentary", "The 20 minute documentary", "screen tests with Ann Lee and C. Dahl", "the trailer", "a 16-page booklet"]),
    ("The disc will feature a commentary. Several bonus features are included with the teaser and a photo gallery.",
     ["a commentary", "the teaser", "a photo gallery"]),
    # a remark after an item, and a place on the set, are no items
    ("The main extra is a commentary by critic Ann Lee, who knows the film well, and a trailer.",
     ["a commentary by critic Ann Lee", "a trailer"]),
    ("La sezione extra è buona: sul secondo disco, oltre a un commento audio, troviamo un trailer e una galleria.",
     ["un commento audio", "un trailer", "una galleria"]),
    # a remark inside an item is no part of it
    ("La sezione extra: un commento audio non sottotitolato come da tradizione (peccato), un trailer e un making-of.",
     ["un commento audio non sottotitolato", "un trailer", "un making-of"]),
    # an `and` before a word cuts the list only between two extras
    ("Extras include an introduction and wrap, a trailer and text biographies.",
     ["an introduction and wrap", "a trailer", "text biographies"]),
    # an `e a` that cuts no list (Italian `a` is "to")
    ("I contributi extra consistono in un'intervista ad alcuni attori e a qualche tecnico, e in un trailer.",
     ["un'intervista ad alcuni attori e a qualche tecnico", "un trailer"]),
    # the film itself and a remark on it are no extras
    ("Both one- and two-disc versions will include the 98-minute film, based on a novel by Ann Lee, as well as a commentary by "
     "director Bo Park and the film's young stars.", ["a commentary by director Bo Park and the film's young stars"]),
    ("Sono presenti infatti il commento del regista e dello sceneggiatore, il making of e il trailer.",
     ["il commento del regista e dello sceneggiatore", "il making of", "il trailer"]),
    ("On trouve les bonus classiques : BA du film, photos, filmographies.", ["BA du film", "photos", "filmographies"]),
    # a bracket after an extras word opens a list only of several items
    ("L'unique bonus de ce DVD est un making of (27 min).", ["un making of (27 min)"]),
    # a verb after an extras word, a dash after one, an announcing word with no disc named
    ("Obraz je v poměru 2,35:1, jediným bonusem na disku je trailer.", ["trailer"]),
    ("Not much in the way of extras, though – a stills gallery, a trailer and text biographies.",
     ["a stills gallery", "a trailer", "text biographies"]),
    ("Expect a 2.35:1 anamorphic transfer, a mono track plus a director's introduction, and the original trailers.",
     ["a director's introduction", "the original trailers"]),
])
def test_extras_listed_in_sentences(text, items):
    assert read(text) == items


@pytest.mark.parametrize("text", [
    "The film includes poignant scenes of letters, showing the weight of words.",  # a film's, no disc named
    "The extras are nonexistent.",
    "The supplements are similarly excellent and are highlighted by a fine commentary.",  # a judgement, no list
    "Then we get a chase, a fight and a lot of fun.",
])
def test_sentences_listing_no_extras(text):
    assert read(text) == []


def test_a_paragraph_led_by_its_extras_heading():
    text = ("Outtakes This is a rare disc whose outtakes are funny.\n"
            "More Extra Features A stills gallery, and cast and crew biographies.\n"
            "Star Wars Episode One is not on this disc.")
    assert read(text) == ["Outtakes", "A stills gallery", "cast and crew biographies"]


def test_a_paragraph_after_an_extras_label():
    text = ("Extras: First of all, we get a fine commentary by Ann Lee, who knows the film well, such as its "
            "score. Another interview with Bo Park is also on the disc.")
    assert read(text) == ["a fine commentary by Ann Lee", "Another interview with Bo Park"]
