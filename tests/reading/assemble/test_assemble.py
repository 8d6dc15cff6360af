"""Fourth stage on its own: line reads made by hand → releases (`assemble`): the fields each read
carries set on its release, where a second release starts, and where unread lines go."""

from dvdtrack.reading.assemble.releases import assemble
from dvdtrack.reading.lines.reads import LineRead, ReadKind


def rule(number: int, name: str, **fields) -> LineRead:
    return LineRead(number, f"line {number}", ReadKind.RULE, name, fields)


def test_each_field_of_the_reads_is_set_on_the_release():
    reads = [rule(1, "title", titles=["Stalker"], year=1979, discs=(2, "DVD9")),
             rule(2, "spec-line", aspect="16:9", runtime="155 min", size="7.9 Gb", video_system="PAL"),
             rule(3, "audio", audio=["Russian", "English"]), rule(4, "subtitles", subtitles=["English"]),
             LineRead(5, "Extras:", ReadKind.HEADER, "features"),
             LineRead(6, "• Trailer", ReadKind.ITEM, "features", {"features": ["Trailer"]}),
             rule(7, "region", region="2")]
    [(spec, numbers)] = assemble(reads, "blog")
    assert numbers == [1, 2, 3, 4, 5, 6, 7] and spec.grammar == "blog"
    assert (spec.titles, spec.year, spec.disc_count, spec.disc_format, spec.aspect_ratio, spec.runtime_text,
            spec.size_text, spec.video_system, spec.region, spec.features) == (
        ["Stalker"], 1979, 2, "DVD9", "16:9", "155 min", "7.9 Gb", "PAL", "2", ["Trailer"])
    assert [t.name for t in spec.audio] == ["Russian", "English"] and [t.name for t in spec.subtitles] == ["English"]
    assert spec.unparsed == [] and spec.raw == ""  # the text is the pipeline's to set


def test_a_title_line_again_with_a_value_that_differs_starts_the_next_release():
    reads = [rule(1, "title", titles=["Stalker"], year=1979), rule(2, "region", region="2"),
             LineRead(3, "", ReadKind.BLANK),
             rule(4, "title", titles=["Stalker"], year=1979), rule(5, "region", region="1")]
    found = assemble(reads, "specsheet")
    assert [(spec.titles, spec.region, numbers) for spec, numbers in found] == [
        (["Stalker"], "2", [1, 2]), (["Stalker"], "1", [4, 5])]


def test_the_same_value_said_again_is_the_same_release():
    reads = [rule(1, "title", titles=["Stalker"], year=1979), rule(2, "region", region="2"), rule(3, "region", region="2")]
    assert [numbers for _, numbers in assemble(reads, "specsheet")] == [[1, 2, 3]]


def test_a_paragraph_restating_the_disc_is_the_same_release_and_one_saying_otherwise_the_next():
    """A page's second look at its disc (`Tipo de DVD: DVD 9`, `Imagen: 16:9` again under `ANÁLISIS DEL DVD`)
    adds to the release; the same paragraph of another disc (DVD5) is the next release."""
    def page(second_format: str) -> list[LineRead]:
        return [rule(1, "title", titles=["Stalker"], year=1979), rule(2, "discs", discs=(1, "DVD9")),
                rule(3, "aspect", aspect="16:9"), LineRead(4, "", ReadKind.BLANK),
                rule(5, "discs", discs=(1, second_format)), rule(6, "runtime", runtime="2h 35m"),
                rule(7, "aspect", aspect="16:9")]

    [(spec, numbers)] = assemble(page("DVD9"), "specsheet")
    assert numbers == [1, 2, 3, 5, 6, 7] and spec.runtime_text == "2h 35m"
    assert [numbers for _, numbers in assemble(page("DVD5"), "specsheet")] == [[1, 2, 3], [5, 6, 7]]


def test_a_line_of_another_kind_never_starts_a_release():
    reads = [rule(1, "title", titles=["Stalker"], year=1979), rule(2, "original-title", titles=["Сталкер"])]
    [(spec, numbers)] = assemble(reads, "specsheet")
    assert numbers == [1, 2] and spec.titles == ["Stalker", "Сталкер"]


def test_unread_lines_go_with_the_release_their_paragraph_opens():
    reads = [rule(1, "title", titles=["Stalker"], year=1979), LineRead(2, "", ReadKind.BLANK),
             LineRead(3, "Barcode 4607", ReadKind.UNPARSED), rule(4, "title", titles=["Solaris"], year=1972),
             rule(5, "region", region="5")]
    found = assemble(reads, "blog")
    assert [(spec.titles, spec.unparsed, numbers) for spec, numbers in found] == [
        (["Stalker"], [], [1]), (["Solaris"], ["Barcode 4607"], [3, 4, 5])]


def test_unread_lines_within_a_paragraph_stay_with_its_release_and_prose_is_its_synopsis():
    reads = [rule(1, "title", titles=["Stalker"], year=1979), LineRead(2, "Barcode 4607", ReadKind.UNPARSED),
             LineRead(3, "A long sentence of prose.", ReadKind.PROSE), rule(4, "region", region="5")]
    [(spec, numbers)] = assemble(reads, "blog")
    assert (spec.unparsed, spec.synopsis, numbers) == (["Barcode 4607"], "A long sentence of prose.", [1, 2, 3, 4])


def test_a_frame_gives_way_to_the_films_ratio_named_after_it():
    """`16:9` is the frame; `1.85:1`, named after it, the picture in it. A film's ratio is never replaced."""
    [(spec, _)] = assemble([rule(1, "bare", aspect="16:9"), rule(2, "bare", aspect="1.85:1"),
                            rule(3, "bare", aspect="4:3")], "specsheet")
    assert spec.aspect_ratio == "1.85:1"
