"""server number sequences

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-28 01:38:27.649165
"""

from alembic import op
import sqlalchemy as sa


revision = 's0002'
down_revision = 's0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('number_sequences',
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('service_code', sa.String(length=16), nullable=False),
    sa.Column('local_day', sa.String(length=10), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('center_code', 'service_code', 'local_day')
    )
    


def downgrade() -> None:
    
    op.drop_table('number_sequences')
    
