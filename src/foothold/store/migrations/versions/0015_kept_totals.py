"""kept totals: whole-store counts and events per date kept by triggers

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 10:20:00

Derived tables only (the downgrade drops them with their triggers):
- ``kept_totals`` (key -> n): documents, relations, citations, occurrences, tied actors
  (actor_counts rows with a degree), mentions (the actor_counts sum), actors per type, events per type;
- ``event_dates``: events per date as written ('' undated), date qualifier, type and sphere.
Filled set-based from the facts (store/totals.rebuild), then kept by triggers that add and subtract
in the writing transaction: SQLite row triggers, PostgreSQL statement triggers over transition
tables (one upsert per statement and key, never a count of a table). Readers: store/totals.py.
Both get the index event_actors (actor, role, event): a tie's events in each direction as a merge of
two sorted index runs (views.ties_between). PostgreSQL also gets ``ix_pg_tie_counts_pairs`` (tie_counts
by both ends, covering), read by the network's ties among its top actors as an index-only scan.
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# table -> [(kept_totals key of a row {r}, the row's value, condition on the row or None)];
# updates are watched on the WATCHED columns only.
TOTALS = {
    'documents': [("'documents'", "1", None)],
    'relations': [("'relations'", "1", None)],
    'citations': [("'citations'", "1", None)],
    'event_occurrences': [("'occurrences'", "1", None)],
    'actors': [("'actors:' || {r}.type", "1", None)],
    'events': [("'events:' || {r}.type", "1", None)],
    'actor_counts': [("'tied_actors'", "1", "{r}.degree > 0"), ("'mentions'", "{r}.mentions", None)],
}
WATCHED = {'actors': ['type'], 'events': ['date', 'date_qualifier', 'type', 'sphere'],
           'actor_counts': ['degree', 'mentions']}
DATE_KEY = "coalesce({r}.date, ''), coalesce({r}.date_qualifier, ''), {r}.type, coalesce({r}.sphere, '')"
DATE_COLUMNS = "date, date_qualifier, type, sphere"
OPS = ('insert', 'delete', 'update')


def _sqlite_statements(table: str, row: str, sign: str) -> str:
    out = ""
    for key, value, cond in TOTALS[table]:
        d = f"{sign}({value.format(r=row)})"
        where = cond.format(r=row) if cond else "1"
        out += (f"INSERT INTO kept_totals (key, n) SELECT {key.format(r=row)}, {d} WHERE {where} "
                f"ON CONFLICT (key) DO UPDATE SET n = n + excluded.n; ")
    if table == 'events':
        out += (f"INSERT INTO event_dates ({DATE_COLUMNS}, n) VALUES ({DATE_KEY.format(r=row)}, {sign}1) "
                f"ON CONFLICT ({DATE_COLUMNS}) DO UPDATE SET n = n + excluded.n; ")
    return out


def _sqlite_upgrade() -> None:
    for table in TOTALS:
        op.execute(f"CREATE TRIGGER kept_{table}_insert AFTER INSERT ON {table} "
                   f"BEGIN {_sqlite_statements(table, 'NEW', '+')} END")
        op.execute(f"CREATE TRIGGER kept_{table}_delete AFTER DELETE ON {table} "
                   f"BEGIN {_sqlite_statements(table, 'OLD', '-')} END")
        if table in WATCHED:
            changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED[table])
            op.execute(f"CREATE TRIGGER kept_{table}_update AFTER UPDATE OF {', '.join(WATCHED[table])} ON {table} "
                       f"WHEN {changed} BEGIN {_sqlite_statements(table, 'OLD', '-')} "
                       f"{_sqlite_statements(table, 'NEW', '+')} END")


def _pg_function(table: str, op_name: str) -> str:
    """One statement-level trigger function: the transition tables' rows summed per key (+ new,
    - old), one upsert per changed key; events also per date key."""
    sources = {'insert': [('new_rows', '+')], 'delete': [('old_rows', '-')],
               'update': [('old_rows', '-'), ('new_rows', '+')]}[op_name]
    parts = [f"SELECT {key.format(r='r')} AS k, {sign}({value.format(r='r')}) AS d FROM {name} r"
             + (f" WHERE {cond.format(r='r')}" if cond else "")
             for key, value, cond in TOTALS[table] for name, sign in sources]
    body = (f"INSERT INTO kept_totals AS kt (key, n) SELECT x.k, sum(x.d) FROM ({' UNION ALL '.join(parts)}) x "
            "GROUP BY x.k HAVING sum(x.d) <> 0 ON CONFLICT (key) DO UPDATE SET n = kt.n + excluded.n;")
    if table == 'events':
        parts = [f"SELECT {DATE_KEY.format(r='r')}, {sign}1 FROM {name} r" for name, sign in sources]
        body += (f" INSERT INTO event_dates AS ed ({DATE_COLUMNS}, n) "
                 f"SELECT x.a, x.b, x.c, x.e, sum(x.d) FROM ({' UNION ALL '.join(parts)}) AS x (a, b, c, e, d) "
                 "GROUP BY x.a, x.b, x.c, x.e HAVING sum(x.d) <> 0 "
                 f"ON CONFLICT ({DATE_COLUMNS}) DO UPDATE SET n = ed.n + excluded.n;")
    return (f"CREATE FUNCTION kept_{table}_{op_name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} RETURN NULL; END $$")


# PostgreSQL only (SQLite probes the pairs of its primary key one by one, views.graph._ties_among): the
# ties among the network's top actors read from this index alone, filtered on both ends in the index
# (the primary key's bitmap scan fetched every tie of the hubs from the table: 17k pages at a million).
PG_PAIRS_INDEX = ("CREATE INDEX ix_pg_tie_counts_pairs ON tie_counts (source_id, target_id) "
                  "INCLUDE (kind, label, n, score)")


def _postgresql_upgrade() -> None:
    op.execute(PG_PAIRS_INDEX)
    for table in TOTALS:
        for op_name in OPS:
            if op_name == 'update' and table not in WATCHED:
                continue
            op.execute(_pg_function(table, op_name))
            refs = {'insert': "NEW TABLE AS new_rows", 'delete': "OLD TABLE AS old_rows",
                    'update': "OLD TABLE AS old_rows NEW TABLE AS new_rows"}[op_name]
            op.execute(f"CREATE TRIGGER kept_{table}_{op_name} AFTER {op_name.upper()} ON {table} "
                       f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION kept_{table}_{op_name}()")


def _drop_triggers(dialect: str) -> None:
    for table in TOTALS:
        for op_name in OPS:
            if dialect == 'postgresql':
                op.execute(f"DROP TRIGGER IF EXISTS kept_{table}_{op_name} ON {table}")
                op.execute(f"DROP FUNCTION IF EXISTS kept_{table}_{op_name}()")
            else:
                op.execute(f"DROP TRIGGER IF EXISTS kept_{table}_{op_name}")


def upgrade() -> None:
    op.create_table(
        'kept_totals',
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_kept_totals')),
    )
    op.create_table(
        'event_dates',
        sa.Column('date', sa.String(length=10), nullable=False),
        sa.Column('date_qualifier', sa.String(length=20), nullable=False),
        sa.Column('type', sa.String(length=20), nullable=False),
        sa.Column('sphere', sa.String(length=40), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('date', 'date_qualifier', 'type', 'sphere', name=op.f('pk_event_dates')),
    )
    op.create_index('ix_event_actors_actor_role_event', 'event_actors', ['actor_id', 'role', 'event_id'])
    from foothold.store.totals import rebuild
    rebuild(op.get_bind())
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        _sqlite_upgrade()
    elif dialect == 'postgresql':
        _postgresql_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_triggers(dialect)
    if dialect == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_pg_tie_counts_pairs")
    op.drop_table('event_dates')
    op.drop_table('kept_totals')
    op.drop_index('ix_event_actors_actor_role_event', table_name='event_actors')
