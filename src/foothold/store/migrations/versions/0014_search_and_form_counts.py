"""search indexes and kept form counts: queries that stay fast at a million events

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 07:30:00

Derived tables and indexes only (no fact changes; the downgrade drops them):
- ``form_counts``: per actor and surface form (and merge reason) its lookup key and the documents
  using it, kept by store/counts.py beside actor_counts (an actor's profile lists its forms without
  counting its alias rows: a country's fill hundreds of thousands; name search reads its key index).
- ``outlet_counts``: per outlet (its actor id, else its name) the citations, documents, events
  resting on it and those resting on it alone (the sources view), with the index on that key.
- ``ix_events_location_order``: the events located at a place in page order (date, then id).
- Text search (store/search.py): on SQLite an FTS5 trigram index (``search_fts``, contentless,
  its rows named by ``search_keys``) over actor names, document names, titles and texts, and the
  evidence of events and of their tellings, kept by triggers on those tables; on PostgreSQL
  pg_trgm GIN indexes on the same lower-cased columns (skipped, with search left unindexed, when
  the extension cannot be created). Both answer "contains q" (case-insensitive) from the index.
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

# kind -> (table, key column, (fts name column, title column, body column)); None: not indexed there.
SEARCHED = {
    'actor': ('actors', 'id', ('name', None, None)),
    'document': ('documents', 'id', ('name', 'title', 'text')),
    'event': ('events', 'id', (None, None, 'evidence')),
    'occurrence': ('event_occurrences', 'id', (None, None, 'evidence')),
}
FTS_COLUMNS = ('name', 'title', 'body')
# PostgreSQL: one trigram index per searched column, on lower(column) as the queries write it.
PG_INDEXES = {f'ix_search_{table}_{col}': (table, col)
              for table, _, cols in SEARCHED.values() for col in cols if col}


def _values(row: str, columns) -> str:
    return ", ".join(f"{row}.{c}" if c else "NULL" for c in columns)


def _sqlite_upgrade() -> None:
    op.execute("CREATE TABLE search_keys (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL)")
    op.execute("CREATE UNIQUE INDEX ux_search_keys_kind_ref ON search_keys (kind, ref)")
    op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(name, title, body, content='', tokenize='trigram')")
    names = ", ".join(FTS_COLUMNS)
    for kind, (table, key, cols) in SEARCHED.items():
        op.execute(f"INSERT INTO search_keys (kind, ref) SELECT '{kind}', {key} FROM {table}")
        op.execute(f"INSERT INTO search_fts (rowid, {names}) SELECT k.id, {_values('x', cols)} "
                   f"FROM search_keys k JOIN {table} x ON x.{key} = k.ref WHERE k.kind = '{kind}'")
        row_of = f"(SELECT id FROM search_keys WHERE kind = '{kind}' AND ref = {{r}}.{key})"
        add = (f"INSERT INTO search_keys (kind, ref) VALUES ('{kind}', NEW.{key}); "
               f"INSERT INTO search_fts (rowid, {names}) VALUES ({row_of.format(r='NEW')}, {_values('NEW', cols)});")
        # A contentless FTS5 row is removed by giving back the values it was indexed with.
        remove = (f"INSERT INTO search_fts (search_fts, rowid, {names}) "
                  f"VALUES ('delete', {row_of.format(r='OLD')}, {_values('OLD', cols)}); "
                  f"DELETE FROM search_keys WHERE kind = '{kind}' AND ref = OLD.{key};")
        watched = [key] + [c for c in cols if c]
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
        op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {', '.join(watched)} ON {table} "
                   f"WHEN {changed} BEGIN {remove} {add} END")


def _sqlite_downgrade() -> None:
    for table, _, _ in SEARCHED.values():
        for what in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{what}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_keys")


def _postgresql_upgrade() -> None:
    conn = op.get_bind()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return          # no pg_trgm for this user: search stays correct, unindexed (store/search.py)
    for name, (table, col) in PG_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (lower({col}) gin_trgm_ops)")


def _postgresql_downgrade() -> None:
    for name in PG_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def upgrade() -> None:
    op.create_table(
        'form_counts',
        sa.Column('actor_id', sa.String(length=200), nullable=False),
        sa.Column('alias', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),          # '' for none
        sa.Column('key', sa.Text(), nullable=False),             # aliases.key of the form
        sa.Column('documents', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_form_counts_actor_id_actors'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('actor_id', 'alias', 'reason', name=op.f('pk_form_counts')),
    )
    op.create_index('ix_form_counts_key', 'form_counts', ['key', 'actor_id'])
    op.create_table(
        'outlet_counts',
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('outlet', sa.Text(), nullable=False),
        sa.Column('actor_id', sa.String(length=200), nullable=True),
        *[sa.Column(name, sa.Integer(), nullable=False)
          for name in ('citations', 'documents', 'events', 'sole_events')],
        sa.Column('first', sa.String(length=10), nullable=True),
        sa.Column('last', sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_outlet_counts')),
    )
    op.create_index('ix_citations_outlet_key', 'citations', [sa.text('coalesce(outlet_actor_id, outlet)')])
    op.create_index('ix_events_location_order', 'events', ['location_id', sa.text("coalesce(date, '~')"), 'id'])
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        # FTS5 merges its index segments through the page cache: with SQLite's default 2 MB it
        # rereads them from the file (tens of GB of reads for a million events); 1 GB here, lazily used.
        bind = op.get_bind()
        cache = bind.exec_driver_sql("PRAGMA cache_size").scalar()
        bind.exec_driver_sql("PRAGMA cache_size = -1000000")
        try:
            _sqlite_upgrade()
        finally:
            bind.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    elif dialect == 'postgresql':
        _postgresql_upgrade()
    from foothold.store.counts import rebuild_forms, rebuild_outlets
    rebuild_forms(op.get_bind())
    rebuild_outlets(op.get_bind())


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        _sqlite_downgrade()
    elif dialect == 'postgresql':
        _postgresql_downgrade()
    op.drop_index('ix_events_location_order', table_name='events')
    op.drop_index('ix_citations_outlet_key', table_name='citations')
    op.drop_table('outlet_counts')
    op.drop_index('ix_form_counts_key', table_name='form_counts')
    op.drop_table('form_counts')
