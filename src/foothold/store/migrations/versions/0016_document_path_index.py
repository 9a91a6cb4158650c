"""document path index: an ingest finds the earlier version of a file without a scan

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 11:50:00

Index only (no data changes). Every write asks which stored documents came from the same path
(the new content replaces them, store.writer.save_extraction); without this index that is a scan of
the documents table, whose rows hold the texts: at a million events a write read gigabytes.
"""
from alembic import op


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_documents_path', 'documents', ['path'])


def downgrade() -> None:
    op.drop_index('ix_documents_path', table_name='documents')
