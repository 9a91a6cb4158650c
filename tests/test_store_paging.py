"""store.paging: cursors, the keyset condition in both directions, the page shape."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select

from foothold.errors import BadCursorError
from foothold.store import paging


def test_a_cursor_carries_its_key_back():
    when = datetime(2020, 6, 17, 9, 30, tzinfo=timezone.utc)
    values = ["2020-06", "é~id", 3, when, None]
    assert paging.decode(paging.encode(values), 5) == values


@pytest.mark.parametrize("cursor", ["not a cursor!", "AAAA", paging.encode(["a"]), paging.encode([["a"], "b"]),
                                    paging.encode([True, "b"]), paging.encode([{"t": "yesterday"}, "b"]),
                                    "%%%", paging.encode({"a": 1})])
def test_a_cursor_no_list_gave_out_is_a_bad_parameter(cursor):
    with pytest.raises(BadCursorError) as err:
        paging.decode(cursor, 2)
    assert err.value.code == "E330" and "next" in err.value.fix


def _table():
    engine = create_engine("sqlite://")
    md = MetaData()
    t = Table("t", md, Column("id", Integer, primary_key=True), Column("k", String(5)), Column("n", Integer))
    md.create_all(engine)
    rows = [{"id": i, "k": "abcde"[i % 5], "n": i % 3} for i in range(1, 41)]
    with engine.begin() as conn:
        conn.execute(insert(t), rows)
    return engine, t, rows


@pytest.mark.parametrize("descending", [None, [True, True], [True, False], [False, True]])
def test_a_walk_sees_every_row_once_in_order_in_any_direction(descending):
    engine, t, rows = _table()
    keys = [t.c.k, t.c.id]
    expected = sorted(rows, key=lambda r: r["id"], reverse=bool(descending and descending[1]))
    expected = sorted(expected, key=lambda r: r["k"], reverse=bool(descending and descending[0]))
    seen, cursor = [], None
    with engine.connect() as conn:
        while True:
            got = conn.execute(paging.keyset(select(t.c.k, t.c.id), keys, cursor, 7, descending)).all()
            page = paging.page(got, 7, cursor, key=lambda r: (r.k, r.id), render=lambda r: r.id)
            assert len(page["items"]) <= 7 and page["cursor"] == cursor
            seen += page["items"]
            if not page["has_more"]:
                assert page["next"] is None
                break
            cursor = page["next"]
    assert seen == [r["id"] for r in expected]


def test_rows_inserted_during_a_walk_neither_repeat_nor_hide_the_others():
    engine, t, rows = _table()
    keys = [t.c.k, t.c.id]
    seen, cursor, added = [], None, 0
    with engine.connect() as conn:
        while True:
            got = conn.execute(paging.keyset(select(t.c.k, t.c.id), keys, cursor, 6)).all()
            page = paging.page(got, 6, cursor, key=lambda r: (r.k, r.id), render=lambda r: r.id)
            seen += page["items"]
            if not page["has_more"]:
                break
            cursor = page["next"]
            added += 1        # a new row before and one after the cursor, every page
            conn.execute(insert(t), [{"id": 100 + 2 * added, "k": "a", "n": 0},
                                     {"id": 101 + 2 * added, "k": "e", "n": 0}])
    assert len(seen) == len(set(seen))                         # nothing twice
    assert {r["id"] for r in rows} <= set(seen)                # nothing that was there is skipped
    assert {101 + 2 * i for i in range(1, added + 1)} <= set(seen)   # rows after the cursor show up


def test_limits_are_clamped():
    assert paging.check_limit(None) == paging.DEFAULT_LIMIT
    assert paging.check_limit(10**6) == paging.MAX_LIMIT
    assert paging.check_limit(0) == 1
