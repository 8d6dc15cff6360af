"""The collector's commands end to end: own, want, order, lend, return, sell, copies, collection,
copy set/rm, add --own/--want, find --owned/--wanted/--lent. Bad input is one line, exit 2, and
the database exactly as before (compared by `export`)."""

import json

import pytest

from tests.conftest import DATA, SEEDS, cli


def _shelf(run) -> None:
    assert run("import", SEEDS).exit_code == 0
    assert run("add", DATA / "cranes_ntsc.txt").exit_code == 0


@pytest.fixture
def shelf(run, restore):
    """The seeds (release #1, PAL DVD9) and the Criterion NTSC edition (release #2)."""
    restore(_shelf)
    return run


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(result):
    return json.loads(ok(result))


def test_a_collectors_session(shelf):
    run = shelf
    assert ok(run("own", 1, "--price", "12,50 €", "--from", "Shop", "--on", "2024-05-01", "--at", "shelf 3")) == \
        ("copy #1 of release #1 The Cranes are Flying (1957): owned; 12.50 EUR; from Shop; bought 2024-05-01; "
         "at shelf 3\n")
    assert "copy #2 of release #2" in ok(run("want", 2, "--price", "$15"))
    assert ok(run("order", 2, "--on", "2024-05-02")).endswith("ordered (was wanted); 15.00 USD; bought 2024-05-02\n")
    assert "owned (was ordered)" in ok(run("own", 2))
    assert "lent (was owned)" in ok(run("lend", 1, "--to", "Anna", "--on", "2024-06-01", "--due", "2024-07-01"))
    listed = as_json(run("copies", "--json"))
    assert [(c["id"], c["release_id"], c["status"], c["price"]) for c in listed] == \
        [(1, 1, "lent", "12.50 EUR"), (2, 2, "owned", "15.00 USD")]
    assert listed[0]["overdue"] is True and listed[0]["due_on"] == "2024-07-01"
    assert [c["id"] for c in as_json(run("copies", "--overdue", "--json"))] == [1]
    table = ok(run("copies", "--lent"))
    assert "Anna" in table and "overdue" in table and "1 copy" in table
    assert [r["id"] for r in as_json(run("find", "--lent", "--json"))] == [1]
    assert [r["id"] for r in as_json(run("find", "--owned", "--json"))] == [1, 2]
    summary = as_json(run("collection", "--json"))
    assert summary["statuses"] == {"owned": 1, "wanted": 0, "ordered": 0, "lent": 1, "sold": 0}
    assert summary["format"] == [["DVD5", 1], ["DVD9", 1]] and (summary["lent"], summary["overdue"]) == (1, 1)
    assert [s["amount"] for s in summary["spent"]] == ["12.50 EUR", "15.00 USD"]
    text = ok(run("collection"))
    assert "12.50 EUR (1 copy), 15.00 USD (1 copy)" in text and "1, 1 overdue" in text
    assert "owned (was lent)" in ok(run("return", 1))
    assert "sold (was owned)" in ok(run("sell", 1))
    assert ok(run("copies")).endswith("1 copy (1 sold not shown: --status sold)\n")
    assert [c["id"] for c in as_json(run("copies", "--status", "sold,owned", "--json"))] == [1, 2]
    assert "at box 2" in ok(run("copy", "set", 2, "at", "box 2"))
    assert "removed copy #2" in ok(run("copy", "rm", 2, "--yes"))
    assert [c["id"] for c in as_json(run("copies", "--status", "owned", "--json"))] == []


def test_sell_keeps_the_price_the_buyer_and_the_day(shelf):
    run = shelf
    ok(run("own", 1, "--price", "12.50EUR"))
    ok(run("own", 2, "--price", "$20"))
    ok(run("own", 2, "--price", "$5"))
    assert ok(run("sell", 1, "--price", "8EUR", "--to", "Boris", "--on", "2024-06-01")) == \
        ("copy #1 of release #1 The Cranes are Flying (1957): sold (was owned); 12.50 EUR; "
         "sold for 8.00 EUR; to Boris; sold 2024-06-01\n")
    ok(run("sell", 2, "--price", "$15.50"))
    assert "sold (was owned); 5.00 USD; sold for 6.00 USD; sold " in ok(run("sell", 2, "--price", "6 USD"))
    sold = as_json(run("copies", "--status", "sold", "--json"))
    assert [(c["id"], c["price"], c["sold_for"], c["sold_to"]) for c in sold] == \
        [(1, "12.50 EUR", "8.00 EUR", "Boris"), (2, "20.00 USD", "15.50 USD", None), (3, "5.00 USD", "6.00 USD", None)]
    assert sold[0]["sold_on"] == "2024-06-01" and sold[1]["sold_on"] is not None  # today, when not said
    table = ok(run("copies", "--status", "sold"))
    assert "sold for" in table and "Boris" in table
    summary = as_json(run("collection", "--json"))
    assert [s["amount"] for s in summary["received"]] == ["8.00 EUR", "21.50 USD"]
    text = ok(run("collection"))
    assert "received" in text and "8.00 EUR (1 copy), 21.50 USD (2 copies)" in text
    assert "12.50 EUR (1 copy), 25.00 USD (2 copies)" in text  # spent stays spent


def test_collection_says_nothing_of_sales_when_none(shelf):
    ok(shelf("own", 1, "--price", "12.50EUR"))
    ok(shelf("sell", 1))
    assert as_json(shelf("collection", "--json"))["received"] == []
    assert "received" not in ok(shelf("collection"))


def test_add_own_and_want_in_one_step(run):
    first = ok(run("add", DATA / "cranes_ntsc.txt", "--want"))
    assert "copy #1 of release #1 The Cranes Are Flying (1957): wanted" in first
    again = ok(run("add", DATA / "cranes_ntsc.txt", "--want"))
    assert "release #1: a copy is wanted already; none added" in again
    assert "owned (was wanted)" in ok(run("add", DATA / "cranes_ntsc.txt", "--own"))
    assert "a copy is owned already; none added" in ok(run("add", DATA / "cranes_ntsc.txt", "--own"))
    assert "a copy is owned already; none added" in ok(run("add", DATA / "cranes_ntsc.txt", "--want"))  # not "wanted"
    assert [(c["id"], c["status"]) for c in as_json(run("copies", "--json"))] == [(1, "owned")]


def test_export_holds_copies_and_imports_back(shelf, tmp_path, grammars):
    run = shelf
    ok(run("own", 1, "--price", "¥1500", "--on", "2024-05-01", "--watched", "2024-05-03", "--note", "sealed"))
    ok(run("lend", 1, "--to", "Anna", "--due", "2999-01-01"))
    dump = ok(run("export"))
    rows = json.loads(dump)["tables"]["copy"]
    assert [(r["status"], r["price_minor"], r["currency"], r["bought_on"], r["due_on"]) for r in rows] == \
        [("lent", 1500, "JPY", "2024-05-01", "2999-01-01")]
    (tmp_path / "dump.json").write_text(dump, encoding="utf-8")
    with cli(f"sqlite:///{tmp_path / 'other.db'}", grammars) as elsewhere:
        ok(elsewhere("import", tmp_path / "dump.json"))
        assert ok(elsewhere("export")) == dump


def test_db_check_counts_copies(shelf):
    ok(shelf("own", 2))
    report = as_json(shelf("db", "check", "--json"))
    assert report["counts"]["copy"] == 1 and not report["orphans"]


def test_reading_commands_create_no_database(tmp_path, grammars):
    target = tmp_path / "none.db"
    with cli(f"sqlite:///{target}", grammars) as run:
        for args in (("copies",), ("collection",)):
            result = run(*args)
            assert result.exit_code == 2 and "no database" in result.stderr
    assert not target.exists()


# (command, what the one line says); run after: copy #1 of release #1 owned and lent to Anna
BAD = [
    (("own", 99), "no release with id 99"),
    (("own", 0), "release id 0 is out of range"),
    (("own", 2, "--on", "2024-02-30"), "not a date: '2024-02-30'"),
    (("own", 2, "--price", "12,5,0EUR"), "not a price: '12,5,0EUR'"),
    (("own", 2, "--price", "12.50 XYZ"), "unknown currency 'XYZ'"),
    (("own", 2, "--price", "12.50"), "names no currency"),
    (("lend", 1, "--to", "Boris"), "is lent already (copy #1 to Anna"),
    (("lend", 2, "--to", "Boris"), "you own no copy of release #2"),
    (("lend", 1), "say who borrows it: --to NAME"),
    (("lend", 1, "--to", "Boris", "--due", "05/01/2024"), "ambiguous date"),
    (("sell", 2), "you own no copy of release #2 (The Cranes Are Flying); nothing to sell"),
    (("sell", 1), "return` it before selling it"),
    (("sell", 1, "--price", "8"), "names no currency"),
    (("sell", 1, "--price", "8,0,0EUR"), "not a price: '8,0,0EUR'"),
    (("sell", 1, "--on", "2024-13-01"), "not a date: '2024-13-01'"),
    (("sell", 99, "--price", "8EUR"), "no release with id 99"),
    (("return", 2), "is not lent; nothing to return"),
    (("return", 1, "--from", "Boris"), "is not lent to Boris"),
    (("want", 1), "is lent already (copy #1)"),
    (("copies", "--status", "borrowed"), "unknown status 'borrowed'"),
    (("copies", "--json", "--csv"), "choose one of --json, --csv"),
    (("copy", "set", 9, "at", "box"), "no copy with id 9"),
    (("copy", "set", 1, "colour", "red"), "cannot set 'colour'"),
    (("copy", "rm", 1), "copy rm asks before it changes anything, and there is no terminal to ask on: give --yes"),
    (("copy", "rm", 42), "no copy with id 42"),  # an unknown copy is said before anything is asked
]


@pytest.mark.parametrize("args, says", BAD, ids=[" ".join(map(str, a[:3])) for a, _ in BAD])
def test_bad_input_is_one_line_and_changes_nothing(shelf, args, says):
    ok(shelf("own", 1))
    ok(shelf("lend", 1, "--to", "Anna"))
    before = ok(shelf("export"))
    result = shelf(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("dvdtrack: error: ") and says in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert ok(shelf("export")) == before


@pytest.mark.parametrize("args,said", [
    (("own", 1, "--on", "2099-01-01"), "2099-01-01 is after today"),
    (("own", 1, "--on", "+2w"), "is after today"),
    (("own", 1, "--watched", "tomorrow"), "is after today"),
    (("sell", 1, "--on", "+1d"), "is after today"),
])
def test_a_day_that_has_not_come_is_no_day_it_happened(shelf, args, said):
    """`own --on 2099-01-01` and `own --on +2w` were kept as days the copy was bought."""
    if args[0] == "sell":
        ok(shelf("own", 1))
    before = shelf("export").stdout
    done = shelf(*args)
    assert done.exit_code == 2 and said in done.stderr, done.output
    assert shelf("export").stdout == before


def test_a_copy_is_not_lent_before_it_was_bought(shelf):
    ok(shelf("own", 1, "--on", "2024-05-01"))
    done = shelf("lend", 1, "--to", "Anna", "--on", "2020-01-01")
    assert done.exit_code == 2 and "before the day copy #1 was bought (2024-05-01)" in done.stderr
    assert "lent (was owned)" in ok(shelf("lend", 1, "--to", "Anna", "--on", "2024-05-01", "--due", "+2w"))
    refused = shelf("copy", "set", 1, "on", "+1d")
    assert refused.exit_code == 2 and "is after today" in refused.stderr
