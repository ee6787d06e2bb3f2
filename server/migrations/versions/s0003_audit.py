"""terminals' audit trails; device tokens rotated with a grace for the previous one

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-28 13:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = 's0003'
down_revision = 's0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('devices') as batch:
        batch.add_column(sa.Column('prev_token_hash', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('rotated_at', sa.DateTime(), nullable=True))
    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('terminal', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_role', sa.String(length=16), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('subject', sa.String(length=128), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('center_code', 'terminal', 'seq', name='uq_server_audit_seq')
    )


def downgrade() -> None:
    op.drop_table('audit_log')
    with op.batch_alter_table('devices') as batch:
        batch.drop_column('rotated_at')
        batch.drop_column('prev_token_hash')
