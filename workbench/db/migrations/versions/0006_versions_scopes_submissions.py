"""versions, scopes, submissions: every edited record counts its changes (no lost update),
the audit log names the login that wrote it, a login's village scope, and each kelurahan's
assessment year submitted, approved or returned

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

VERSIONED = (
    'plan_version', 'proposal_source', 'proposal', 'vote', 'priority_decision',
    'funding_source', 'activity_type', 'activity', 'area', 'location', 'assessment',
    'stakeholder', 'coverage', 'engagement', 'commitment',
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1',
                                          nullable=False))
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('db_user', sa.String(length=100), server_default='',
                                      nullable=False))
    op.create_table(
        'user_scope',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('login', sa.String(length=100), nullable=False),
        sa.Column('village_id', sa.Integer(), nullable=True),
        sa.Column('subdistrict_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['subdistrict_id'], ['subdistrict.id'],
                                name=op.f('fk_user_scope_subdistrict_id_subdistrict'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['village_id'], ['village.id'],
                                name=op.f('fk_user_scope_village_id_village'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_user_scope')),
        sa.UniqueConstraint('login', 'village_id', 'subdistrict_id',
                            name=op.f('uq_user_scope_login_village_id_subdistrict_id')),
    )
    with op.batch_alter_table('user_scope', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_scope_login'), ['login'], unique=False)
    op.create_table(
        'village_submission',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('village_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('by', sa.String(length=100), nullable=False),
        sa.Column('at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.CheckConstraint("status IN ('diajukan', 'disetujui', 'dikembalikan')",
                           name=op.f('ck_village_submission_status')),
        sa.ForeignKeyConstraint(['village_id'], ['village.id'],
                                name=op.f('fk_village_submission_village_id_village'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_village_submission')),
    )
    with op.batch_alter_table('village_submission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_submission_village_id'), ['village_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('village_submission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_submission_village_id'))
    op.drop_table('village_submission')
    with op.batch_alter_table('user_scope', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_scope_login'))
    op.drop_table('user_scope')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('db_user')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
