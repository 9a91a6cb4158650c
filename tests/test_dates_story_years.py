"""A month with a deictic year and a year counted from the story's own (issue 8, docs25).

Own sentences from arenas other than the wire stories that showed the need: "in February last year" is the month
of the year before the document's, not this year's; "the next year" after "in 1991" is 1992, not the year after
the document's; with no year told before it, "the next year" is no date at all.
"""

from foothold.extract.dates import find_dates, parse_date
from foothold.model import DateValue

NOV_2009 = DateValue(iso="2009-11-20", precision="day")


def dated(text: str) -> list[tuple[str, str]]:
    return [(v.text, v.iso) for v in find_dates(text, NOV_2009)]


def test_a_month_of_last_year_is_last_years_month():
    assert dated("The junta dissolved the assembly in March last year.") == [("March last year", "2008-03")]
    assert dated("Elections are due in June of next year.") == [("June of next year", "2010-06")]
    # near miss: a bare month after a preposition is still this year's (rolled back when later than the document's)
    assert dated("The junta dissolved the assembly in March.") == [("March", "2009-03")]


def test_the_next_year_counts_from_the_storys_year():
    assert dated("A truce agreed in Lusaka in 1991 broke down the next year.") == [("1991", "1991"),
                                                                                  ("the next year", "1992")]
    assert dated("The rebels took the port in 1996; the year before they had lost it.")[-1] == (
        "the year before", "1995")
    # near miss: "next year" with no "the" is the document's next year
    assert dated("The rebels took the port in 1996 and will hold talks next year.")[-1] == ("next year", "2010")


def test_the_next_year_with_no_year_told_is_no_date():
    assert dated("The mission was extended, and the following year it was wound up.") == []


def test_parse_date_reads_a_month_of_last_year():
    assert parse_date("in May last year", NOV_2009).iso == "2008-05"
