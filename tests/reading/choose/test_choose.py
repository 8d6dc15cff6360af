"""Third stage on its own: which grammar reads a chunk of lines (`choose`), and a paragraph in
another style read by its own grammar (`choose_parts`); the score is the lines read (`score`)."""

from dvdtrack.reading.choose.choice import choose, choose_parts, score
from dvdtrack.reading.lines.reads import LineRead, ReadKind


def numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def parts(text: str, grammars: dict) -> list[tuple[str, list[int]]]:
    """Each part's grammar and the numbers of the lines it read."""
    return [(part.grammar, sorted({read.number for read in part.lines}))
            for part in choose_parts(numbered(text), list(grammars.values()))]


def test_the_grammar_that_reads_most_lines_is_chosen(grammars):
    choice = choose(numbered("Летят журавли (1957) DVD9\nПродолжительность: 01:31:15\nАудио: Русский (Dolby AC3, 2 ch)"),
                    list(grammars.values()))
    assert (choice.grammar, choice.score) == ("tracker_ru", 3.0)
    assert choice.runner_up_score < 3 and [read.kind for read in choice.lines] == ["rule"] * 3


def test_on_a_tie_the_grammar_whose_marks_the_block_shows_wins_in_any_order(grammars):
    """`.....:` is an NFO's mark; a spec sheet reads these lines as well."""
    chunk = numbered("Title........: Quiet Lake\nYear.........: 1958")
    for order in (["specsheet", "nfo"], ["nfo", "specsheet"]):
        choice = choose(chunk, [grammars[name] for name in order])
        assert (choice.grammar, choice.score, choice.runner_up, choice.runner_up_score) == ("nfo", 2.0, "specsheet", 2)


def test_with_no_marks_a_tie_goes_to_the_grammar_of_highest_rank(grammars):
    choice = choose(numbered("Title: Quiet Lake\nYear: 1958"), [grammars["nfo"], grammars["specsheet"]])
    assert (choice.grammar, choice.runner_up) == ("specsheet", "nfo")


def test_one_grammar_offered_is_the_choice_whatever_it_reads(grammars):
    choice = choose(numbered("Летят журавли (1957) DVD9\nПродолжительность: 01:31:15"), [grammars["blog"]])
    assert (choice.grammar, choice.score, choice.runner_up) == ("blog", 1.0, None)


def test_a_line_read_in_part_scores_its_share_and_prose_is_not_read():
    reads = [LineRead(1, "a", ReadKind.RULE), LineRead(1, "b", ReadKind.UNPARSED), LineRead(2, "", ReadKind.BLANK), LineRead(3, "c", ReadKind.ITEM),
             LineRead(4, "d", ReadKind.PROSE), LineRead(5, "e", ReadKind.UNPARSED)]
    assert score(reads) == 0.5 + 1


def test_a_paragraph_opening_a_release_in_another_style_is_read_by_its_grammar(grammars):
    text = ("Laufzeit: 91 Min.\nUntertitel: Deutsch\nBildformat: 1,66:1\n\n"
            "Соляной луг (1963)\nПродолжительность: 01:31:15\nАудио: Шведский")
    assert parts(text, grammars) == [("specsheet", [1, 2, 3, 4]), ("tracker_ru", [5, 6, 7])]


def test_a_paragraph_in_another_style_that_names_no_title_stays_with_the_block(grammars):
    text = ("Laufzeit: 91 Min.\nUntertitel: Deutsch\nBildformat: 1,66:1\n\n"
            "Режиссер: Ингрид Валль\nВ ролях: Марта Линд\nСтрана: Швеция")
    assert parts(text, grammars) == [("specsheet", [1, 2, 3, 4, 5, 6, 7])]


def test_a_run_of_stray_bullets_counts_as_one_line():
    """Bullets under no header (a press release's cast list) say only that the block holds a list: a
    grammar that takes them as extras does not outscore one that reads the block's specs."""
    reads = [LineRead(n, f"• Actor {n} / Role {n}", ReadKind.STRAY, "features") for n in range(1, 6)]
    assert score(reads) == 1 and score(reads + [LineRead(6, "Trailer", ReadKind.ITEM)]) == 2


def test_a_sheet_above_a_bulleted_cast_list_is_read_as_a_sheet(grammars):
    sheet = "czas trwania: 96 min.\nlektor polski / napisy polskie\nPal 4:3\nRegion 2\nDVD 5\nDolby Digital 2.0"
    cast = "\n".join(f"• Aktor Numer{n} / Rola{n}" for n in range(1, 12))
    choice = choose(numbered(f"{sheet}\nWystępują:\n{cast}"), list(grammars.values()))
    assert choice.grammar == "specsheet"


def test_a_guess_counts_a_compound_label_and_a_value_over_several_lines(grammars):
    """The guess must not fall below what reading finds, or the grammar that reads most is never read:
    `Land & Jahr:` is two labels the grammar knows, and names under `Cast:` are its values, one a line."""
    from dvdtrack.reading.choose.guess import estimates, glance

    lines = numbered("Land & Jahr:\nSchweden 1961\nCast:\nMarta Lind\nPer Holm\nBo Berg")
    guess = dict(zip(grammars, estimates(list(grammars.values()), glance(lines))))
    assert guess["specsheet"] >= choose(lines, [grammars["specsheet"]]).score == 6
