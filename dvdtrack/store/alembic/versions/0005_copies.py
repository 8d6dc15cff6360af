"""Copies: a collector's copies of releases, with their status (owned, wanted, ordered, lent, sold),
price in minor units and currency, purchase, location, condition, watching and lending.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made by create_all before migrations existed (then stamped 0001) may have it already.
    if sa.inspect(op.get_bind()).has_table('copy'):
        return
    op.create_table('copy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('price_minor', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('bought_on', sa.Date(), nullable=True),
    sa.Column('bought_from', sa.String(), nullable=True),
    sa.Column('location', sa.String(), nullable=True),
    sa.Column('condition', sa.String(), nullable=True),
    sa.Column('watched_on', sa.Date(), nullable=True),
    sa.Column('lent_to', sa.String(), nullable=True),
    sa.Column('lent_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_copy_release_id'), 'copy', ['release_id'], unique=False)
    op.create_index(op.f('ix_copy_status'), 'copy', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_copy_status'), table_name='copy')
    op.drop_index(op.f('ix_copy_release_id'), table_name='copy')
    op.drop_table('copy')
