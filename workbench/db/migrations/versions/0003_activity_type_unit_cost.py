"""activity type: typical unit cost; one name may serve several criteria

(e.g. "Jalan paving block" for 2a, new road, and for 2b, road quality)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('activity_type', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_cost_rp', sa.BigInteger(), nullable=True))
        batch_op.drop_constraint('uq_activity_type_name', type_='unique')
        batch_op.create_unique_constraint(
            batch_op.f('uq_activity_type_name_criterion_code'), ['name', 'criterion_code'])


def downgrade() -> None:
    with op.batch_alter_table('activity_type', schema=None) as batch_op:
        batch_op.drop_constraint('uq_activity_type_name_criterion_code', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_activity_type_name'), ['name'])
        batch_op.drop_column('unit_cost_rp')
