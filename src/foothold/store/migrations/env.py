"""Alembic environment: runs on the connection ``foothold.store.db.ensure_schema`` passes in."""

from alembic import context

from foothold.store.schema import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:      # `alembic` command line: build an engine from the URL
        from foothold.store.db import _sqlite_foreign_keys_off, make_engine
        with make_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
            with _sqlite_foreign_keys_off(conn), conn.begin():
                _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
