"""The first schema: films, titles, sourced facts, people, lists, releases and their tracks.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('film',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('imdb_id', sa.String(), nullable=True),
    sa.Column('rating', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('imdb_id')
    )
    op.create_index(op.f('ix_film_year'), 'film', ['year'], unique=False)
    op.create_table('filmlist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('published', sa.String(), nullable=True),
    sa.Column('link', sa.String(), nullable=True),
    sa.Column('intro', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('title')
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_source_name'), 'source', ['name'], unique=True)
    op.create_table('credit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('film_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['film_id'], ['film.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('film_id', 'person_id', 'role')
    )
    op.create_index(op.f('ix_credit_film_id'), 'credit', ['film_id'], unique=False)
    op.create_index(op.f('ix_credit_person_id'), 'credit', ['person_id'], unique=False)
    op.create_table('filmfact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('film_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('entry', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['film_id'], ['film.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('film_id', 'field', 'value', 'source_id', 'entry')
    )
    op.create_index('ix_filmfact_field_value', 'filmfact', ['field', 'value'], unique=False)
    op.create_index(op.f('ix_filmfact_film_id'), 'filmfact', ['film_id'], unique=False)
    op.create_table('filmtitle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('film_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('script', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['film_id'], ['film.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('film_id', 'title')
    )
    op.create_index(op.f('ix_filmtitle_film_id'), 'filmtitle', ['film_id'], unique=False)
    op.create_index(op.f('ix_filmtitle_key'), 'filmtitle', ['key'], unique=False)
    op.create_table('listentry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('film_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('fact', sa.Text(), nullable=True),
    sa.Column('availability', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['film_id'], ['film.id'], ),
    sa.ForeignKeyConstraint(['list_id'], ['filmlist.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('list_id', 'source_id', 'position')
    )
    op.create_index(op.f('ix_listentry_film_id'), 'listentry', ['film_id'], unique=False)
    op.create_index(op.f('ix_listentry_list_id'), 'listentry', ['list_id'], unique=False)
    op.create_table('release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('film_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('disc_format', sa.String(), nullable=True),
    sa.Column('disc_count', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('region', sa.String(), nullable=True),
    sa.Column('video_system', sa.String(), nullable=True),
    sa.Column('aspect_ratio', sa.String(), nullable=True),
    sa.Column('runtime_seconds', sa.Integer(), nullable=True),
    sa.Column('size_bytes', sa.Integer(), nullable=True),
    sa.Column('size_text', sa.String(), nullable=True),
    sa.Column('recovery_percent', sa.Float(), nullable=True),
    sa.Column('grammar', sa.String(), nullable=True),
    sa.Column('spec_json', sa.Text(), nullable=False),
    sa.Column('raw_block', sa.Text(), nullable=False),
    sa.Column('block_hash', sa.String(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['film_id'], ['film.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('block_hash')
    )
    op.create_index(op.f('ix_release_disc_format'), 'release', ['disc_format'], unique=False)
    op.create_index(op.f('ix_release_film_id'), 'release', ['film_id'], unique=False)
    op.create_index(op.f('ix_release_label'), 'release', ['label'], unique=False)
    op.create_index(op.f('ix_release_video_system'), 'release', ['video_system'], unique=False)
    op.create_index(op.f('ix_release_year'), 'release', ['year'], unique=False)
    op.create_table('releaseaudio',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('codec', sa.String(), nullable=True),
    sa.Column('channels', sa.String(), nullable=True),
    sa.Column('kind', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_audio_lang_release', 'releaseaudio', ['language', 'release_id'], unique=False)
    op.create_index(op.f('ix_releaseaudio_release_id'), 'releaseaudio', ['release_id'], unique=False)
    op.create_table('releasefeature',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_releasefeature_release_id'), 'releasefeature', ['release_id'], unique=False)
    op.create_table('releasesubtitle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_releasesubtitle_release_id'), 'releasesubtitle', ['release_id'], unique=False)
    op.create_index('ix_subtitle_lang_release', 'releasesubtitle', ['language', 'release_id'], unique=False)


def downgrade() -> None:

    op.drop_index('ix_subtitle_lang_release', table_name='releasesubtitle')
    op.drop_index(op.f('ix_releasesubtitle_release_id'), table_name='releasesubtitle')
    op.drop_table('releasesubtitle')
    op.drop_index(op.f('ix_releasefeature_release_id'), table_name='releasefeature')
    op.drop_table('releasefeature')
    op.drop_index(op.f('ix_releaseaudio_release_id'), table_name='releaseaudio')
    op.drop_index('ix_audio_lang_release', table_name='releaseaudio')
    op.drop_table('releaseaudio')
    op.drop_index(op.f('ix_release_year'), table_name='release')
    op.drop_index(op.f('ix_release_video_system'), table_name='release')
    op.drop_index(op.f('ix_release_label'), table_name='release')
    op.drop_index(op.f('ix_release_film_id'), table_name='release')
    op.drop_index(op.f('ix_release_disc_format'), table_name='release')
    op.drop_table('release')
    op.drop_index(op.f('ix_listentry_list_id'), table_name='listentry')
    op.drop_index(op.f('ix_listentry_film_id'), table_name='listentry')
    op.drop_table('listentry')
    op.drop_index(op.f('ix_filmtitle_key'), table_name='filmtitle')
    op.drop_index(op.f('ix_filmtitle_film_id'), table_name='filmtitle')
    op.drop_table('filmtitle')
    op.drop_index(op.f('ix_filmfact_film_id'), table_name='filmfact')
    op.drop_index('ix_filmfact_field_value', table_name='filmfact')
    op.drop_table('filmfact')
    op.drop_index(op.f('ix_credit_person_id'), table_name='credit')
    op.drop_index(op.f('ix_credit_film_id'), table_name='credit')
    op.drop_table('credit')
    op.drop_index(op.f('ix_source_name'), table_name='source')
    op.drop_table('source')
    op.drop_table('person')
    op.drop_table('filmlist')
    op.drop_index(op.f('ix_film_year'), table_name='film')
    op.drop_table('film')
