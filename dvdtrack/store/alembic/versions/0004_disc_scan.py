"""Disc scans: the disc id, label and full scan of each disc `dvdtrack scan` tied to a release.

Revision ID: 0004
Revises: 0003 (on this branch 0002, until 0003_release_raw_bytes is merged before it)
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made by create_all before migrations existed (then stamped 0001) may have it already.
    if sa.inspect(op.get_bind()).has_table('discscan'):
        return
    op.create_table('discscan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('disc_id', sa.String(), nullable=False),
    sa.Column('volume_id', sa.String(), nullable=False),
    sa.Column('scan_json', sa.Text(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('scanned_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('release_id', 'disc_id')
    )
    op.create_index(op.f('ix_discscan_release_id'), 'discscan', ['release_id'], unique=False)
    op.create_index(op.f('ix_discscan_disc_id'), 'discscan', ['disc_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_discscan_disc_id'), table_name='discscan')
    op.drop_index(op.f('ix_discscan_release_id'), table_name='discscan')
    op.drop_table('discscan')
