"""watch: rules, alerts and their events, feed items already read

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'watch_rules',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('path', sa.Text(), nullable=True),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_watch_rules')),
    )
    op.create_table(
        'alerts',
        sa.Column('id', sa.String(length=200), nullable=False),
        sa.Column('rule', sa.String(length=200), nullable=False),
        sa.Column('fired_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('severity', sa.String(length=20), nullable=True),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('window_start', sa.String(length=10), nullable=True),
        sa.Column('window_end', sa.String(length=10), nullable=True),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('previous_count', sa.Integer(), nullable=True),
        sa.Column('details', sa.JSON(), nullable=True),
        sa.Column('delivered', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
    )
    op.create_index(op.f('ix_alerts_rule'), 'alerts', ['rule'], unique=False)
    op.create_table(
        'alert_events',
        sa.Column('alert_id', sa.String(length=200), nullable=False),
        sa.Column('event_id', sa.String(length=200), nullable=False),
        sa.Column('document_id', sa.String(length=200), nullable=True),
        sa.Column('type', sa.String(length=20), nullable=True),
        sa.Column('mode', sa.String(length=60), nullable=True),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('source', sa.Text(), nullable=True),
        sa.Column('target', sa.Text(), nullable=True),
        sa.Column('evidence', sa.Text(), nullable=True),
        sa.Column('start', sa.Integer(), nullable=True),
        sa.Column('end', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_alert_events_alert_id_alerts'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('alert_id', 'event_id', name=op.f('pk_alert_events')),
    )
    op.create_index(op.f('ix_alert_events_event_id'), 'alert_events', ['event_id'], unique=False)
    op.create_table(
        'feed_items',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('feed_url', sa.Text(), nullable=False),
        sa.Column('item_key', sa.String(length=64), nullable=False),
        sa.Column('item_id', sa.Text(), nullable=True),
        sa.Column('link', sa.Text(), nullable=True),
        sa.Column('title', sa.Text(), nullable=True),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('document_id', sa.String(length=200), nullable=True),
        sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_items')),
    )
    op.create_index('ix_feed_items_feed_item', 'feed_items', ['feed_url', 'item_key'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_feed_items_feed_item', table_name='feed_items')
    op.drop_table('feed_items')
    op.drop_index(op.f('ix_alert_events_event_id'), table_name='alert_events')
    op.drop_table('alert_events')
    op.drop_index(op.f('ix_alerts_rule'), table_name='alerts')
    op.drop_table('alerts')
    op.drop_table('watch_rules')
