"""assessment revisions: a year's assessment updated from a file keeps its replaced values

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='1',
                                      nullable=False))
    op.create_table(
        'assessment_history',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('replaced_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('user', sa.String(length=100), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('values_json', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'],
                                name=op.f('fk_assessment_history_assessment_id_assessment'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_history')),
        sa.UniqueConstraint('assessment_id', 'revision',
                            name=op.f('uq_assessment_history_assessment_id_revision')),
    )
    with op.batch_alter_table('assessment_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_history_assessment_id'),
                              ['assessment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assessment_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_history_assessment_id'))
    op.drop_table('assessment_history')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_column('revision')
