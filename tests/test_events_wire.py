"""Wire stories on unseen text (issue 8): the dateline, weekdays and the running story's time.

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import extract_events

ACTORS = {"Congo": ("congo", "country"), "Uganda": ("uganda", "country"), "Peru": ("peru", "country"),
          "Bolivia": ("bolivia", "country"), "Vietnam": ("vietnam", "country"), "China": ("china", "country"),
          "Norway": ("norway", "country"), "Russia": ("russia", "country"), "Ghana": ("ghana", "country"),
          "Togo": ("togo", "country"), "Kenya": ("kenya", "country"), "Tanzania": ("tanzania", "country")}


def story(title_date: str, body: str) -> str:
    return f"source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, {title_date})\n\n{body}\n"


def dates_of(ctx, word: str) -> list[str | None]:
    """The dates of the events told by ``word`` (the first word of their evidence that is no actor's)."""
    return [e.date.iso if e.date else None for e in ctx.events
            if word in e.evidence and not any(w in e.evidence for w in ("accused", "said"))]


def test_a_weekday_after_the_act_dates_it_not_the_dateline_before_it(tmp_path):
    # a yearless dateline under a dated title: the weekday after the verb is the act's day
    cases = [("9 March 2022", "KINSHASA, March 9 (Harbor Wire) - Congo expelled a Ugandan diplomat on Tuesday and "
              "accused Uganda of backing rebels.", "expelled", "2022-03-08"),
             ("4 October 2019", "LIMA, Oct 4 (Harbor Wire) - Peru recalled its ambassador to Bolivia on Monday over "
              "a border dispute.", "recalled", "2019-09-30"),
             ("12 June 2018", "HANOI, June 12 (Harbor Wire) - Vietnam lodged a protest with China on Friday after "
              "its fishing boat was rammed.", "protest", "2018-06-08"),
             ("2 February 2021", "OSLO, Feb 2, 2021 (Harbor Wire) - Norway expelled a Russian diplomat on Monday, "
              "the foreign ministry said.", "expelled", "2021-02-01")]
    for title_date, body, word, day in cases:
        ctx = extract_events(tmp_path, story(title_date, body), ACTORS, "wire.txt")
        assert dates_of(ctx, word) == [day], (body, [(e.evidence, e.date) for e in ctx.events])


def test_a_lead_with_no_day_of_its_own_keeps_the_datelines_day(tmp_path):
    ctx = extract_events(tmp_path, story("5 May 2017", "ACCRA, May 5 (Harbor Wire) - Ghana recalled its envoy to Togo "
                                         "after a row over fishing rights."), ACTORS, "wire.txt")
    assert dates_of(ctx, "recalled") == ["2017-05-05"], [(e.evidence, e.date) for e in ctx.events]
