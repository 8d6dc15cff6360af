"""Tables flattened into lines, and what is no table: each shape in a small made-up line."""

from dvdtrack.reading.lines.reader import read_lines


def reads(grammar, *lines: str) -> list[tuple]:
    return [(r.number, r.kind, r.rule, r.fields) for r in read_lines(grammar, list(enumerate(lines, start=1)))]


def test_a_paragraph_holding_label_words_is_no_flattened_table(grammars):
    """`Studio Canal`, `proporção 2.35:1`: words of labels inside sentences split nothing."""
    line = ("Esta edição da Vale Norte saiu com o selo da Studio Lumen, num box que junta os três filmes, e a imagem "
            "vem na proporção 2.35:1, com cores fortes; o Studio Lumen fez um bom trabalho de restauro em todos eles.")
    assert reads(grammars["specsheet"], line) == [(1, "prose", None, {})]


def test_a_flattened_table_row_is_still_split_at_its_labels(grammars):
    assert [read[2:] for read in reads(grammars["specsheet"], "Region Coding 2,4 Directed By Ingrid Vall")] == [
        ("region", {"region": "2,4"}), ("director", {"directors": ["Ingrid Vall"]})]


def test_labels_on_lines_of_their_own_take_the_values_after_them_in_order(grammars):
    """A two-column table flattened: `Studio` and `Distributor` on two lines, then their two values."""
    got = reads(grammars["specsheet"], "Studio", "Distributor", "Northern Lights Films", "Harbour Home Entertainment",
                "Running Time 94:12")
    assert [read[2:] for read in got] == [
        ("studio", {}), ("distributor", {}), ("studio", {"studio": "Northern Lights Films"}),
        ("distributor", {"label": "Harbour Home Entertainment"}), ("runtime", {"runtime": "94:12"})]


def test_a_label_alone_still_takes_every_value_line_under_it(grammars):
    got = reads(grammars["specsheet"], "Audio", "Swedish: Dolby Digital Mono", "English: Dolby Digital 2.0")
    assert [read[3] for read in got] == [{}, {"audio": ["Swedish: Dolby Digital Mono"]}, {"audio": ["English: Dolby Digital 2.0"]}]


def test_a_flattened_cell_of_no_field_ends_where_a_language_starts(grammars):
    """`Pan & Scan/Full Frame` (a label of no field) holds `Pan & Scan`; the audio column's cell is `English …`."""
    got = reads(grammars["specsheet"], "Pan & Scan/Full Frame Pan & Scan English Dolby Digital 2.0 mono (224Kb/s)")
    assert [(read[1], read[3]) for read in got] == [
        ("unparsed", {}), ("rule", {"audio": ["English Dolby Digital 2.0 mono (224Kb/s)"]})]


def test_a_line_opening_with_a_label_of_no_field_is_kept_as_written(grammars):
    """`Rated 15` is a rating: no field's value. (`16x9 Enhancement No` says the picture is letterboxed,
    not that it is 16:9.)"""
    assert reads(grammars["specsheet"], "16x9 Enhancement No", "Rated 15") == [
        (1, "rule", "anamorphic", {"anamorphic": False}), (2, "unparsed", None, {})]
    assert [r.text for r in read_lines(grammars["specsheet"], [(1, "Rated 15")])] == ["Rated 15"]


def test_a_row_of_labels_and_values_in_turn_gives_each_label_its_value(grammars):
    got = reads(grammars["specsheet"], "DVD-Typ | 2x9 (4,10 & 6,20 GB) | Bitrate | 8,1", "Fernsehnorm | PAL | Kapitel | 16")
    assert [(read[1], read[3]) for read in got] == [
        ("rule", {"discs": (2, "DVD9")}), ("unparsed", {}), ("rule", {"video_system": "PAL"}), ("unparsed", {})]


def test_a_row_of_a_label_and_its_list_is_no_pairs(grammars):
    assert reads(grammars["specsheet"], "Subtitles | English | French | German") == [
        (1, "rule", "subtitles", {"subtitles": ["English", "French", "German"]})]


def test_a_label_announcing_specs_has_its_value_read_item_by_item(grammars):
    """`DATI TECNICI:` (no field of its own) over a list of specs: each item is read as a bare spec."""
    got = reads(grammars["specsheet"], "DATI TECNICI: 4:3/ltbx 1.66:1 – DD 2.0 (ita), 1.0 (ing)")
    assert [read[3] for read in got] == [{"aspect": "4:3"}, {"aspect": "1.66:1"}, {"audio": ["ita (DD 2.0)"]},
                                         {"audio": ["ing (1.0)"]}]
    assert [read[3] for read in reads(grammars["specsheet"], "仕様:片面2層/3枚組")] == [{"discs": (1, "DVD9")}, {"disc_count": 3}]


def test_a_label_of_no_field_over_words_is_not_read_as_specs(grammars):
    assert reads(grammars["specsheet"], "Dati tecnici: ottimi, come sempre") == [(1, "unparsed", None, {})]


def test_japanese_fields_between_slashes_after_a_bar_are_read_each(grammars):
    """`―価格:…/品番:…/発売元:…` (a Japanese magazine's line): the catalogue number and the publisher are
    read, without the slashes between the fields; the price stays unread."""
    got = reads(grammars["specsheet"], "―価格:4,700円/品番:ABCD-0001/発売元:ノースライト")
    assert [(read[1], read[3]) for read in got] == [
        ("unparsed", {}), ("rule", {"catalogue": "ABCD-0001"}), ("rule", {"label": "ノースライト"})]


def test_a_specs_heading_is_no_value_of_the_labels_above_it(grammars):
    """`Directed by` and `Starring` whose names the copy lost, then `Specs`: a heading, no director's name."""
    got = reads(grammars["specsheet"], "Directed by", "Starring", "Specs", "Widescreen 2.35:1")
    assert all("directors" not in read[3] and "cast" not in read[3] for read in got)
