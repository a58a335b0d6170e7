"""shapes: the drawn RT, village and kawasan polygons (or points) from the district's maps

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 08:20:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'shape',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=True),
        sa.Column('village_id', sa.Integer(), nullable=True),
        sa.Column('area_id', sa.Integer(), nullable=True),
        sa.Column('geometry', sa.LargeBinary(), nullable=False),
        sa.Column('is_point', sa.Boolean(), nullable=False),
        sa.Column('area_ha', sa.Float(), nullable=True),
        sa.Column('centroid_lat', sa.Float(), nullable=False),
        sa.Column('centroid_lon', sa.Float(), nullable=False),
        sa.Column('min_lon', sa.Float(), nullable=False),
        sa.Column('min_lat', sa.Float(), nullable=False),
        sa.Column('max_lon', sa.Float(), nullable=False),
        sa.Column('max_lat', sa.Float(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('feature', sa.String(length=300), nullable=False),
        sa.Column('imported_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.CheckConstraint("kind IN ('rt', 'village', 'area')", name=op.f('ck_shape_kind')),
        sa.CheckConstraint(
            "(kind = 'rt' AND location_id IS NOT NULL AND village_id IS NULL AND area_id IS NULL)"
            " OR (kind = 'village' AND village_id IS NOT NULL AND location_id IS NULL"
            " AND area_id IS NULL)"
            " OR (kind = 'area' AND area_id IS NOT NULL AND location_id IS NULL"
            " AND village_id IS NULL)",
            name=op.f('ck_shape_one_owner'),
        ),
        sa.CheckConstraint('area_ha IS NULL OR area_ha >= 0', name=op.f('ck_shape_area_ha')),
        sa.CheckConstraint('centroid_lat BETWEEN -90 AND 90', name=op.f('ck_shape_centroid_lat')),
        sa.CheckConstraint('centroid_lon BETWEEN -180 AND 180',
                           name=op.f('ck_shape_centroid_lon')),
        sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_shape_area_id_area'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['location_id'], ['location.id'],
                                name=op.f('fk_shape_location_id_location'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['village_id'], ['village.id'],
                                name=op.f('fk_shape_village_id_village'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shape')),
        sa.UniqueConstraint('area_id', name=op.f('uq_shape_area_id')),
        sa.UniqueConstraint('location_id', name=op.f('uq_shape_location_id')),
        sa.UniqueConstraint('village_id', name=op.f('uq_shape_village_id')),
    )
    with op.batch_alter_table('shape', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shape_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shape_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shape_village_id'), ['village_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('shape', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shape_village_id'))
        batch_op.drop_index(batch_op.f('ix_shape_location_id'))
        batch_op.drop_index(batch_op.f('ix_shape_area_id'))
    op.drop_table('shape')
