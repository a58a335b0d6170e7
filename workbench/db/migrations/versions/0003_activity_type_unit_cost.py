"""activity type: typical unit cost (a starting point for new activities)

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


def downgrade() -> None:
    with op.batch_alter_table('activity_type', schema=None) as batch_op:
        batch_op.drop_column('unit_cost_rp')
