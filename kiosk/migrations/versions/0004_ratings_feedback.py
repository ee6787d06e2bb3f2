"""ratings feedback payments

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 07:08:35.517660
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('dossier_evaluations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dossier_id', name='uq_evaluation_dossier')
    )
    op.create_table('feedback',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('contact_phone', sa.String(length=32), nullable=True),
    sa.Column('contact_email', sa.String(length=255), nullable=True),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('dossier_code', sa.String(length=64), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('assigned_to', sa.String(length=120), nullable=True),
    sa.Column('answer', sa.Text(), nullable=True),
    sa.Column('terminal', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code', name='uq_feedback_code')
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_state', ['center_code', 'state', 'due_at'], unique=False)

    op.create_table('feedback_sequences',
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('local_day', sa.String(length=10), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('center_code', 'local_day')
    )
    op.create_table('ratings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('event_key', sa.String(length=120), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=True),
    sa.Column('dossier_id', sa.String(length=36), nullable=True),
    sa.Column('counter_number', sa.Integer(), nullable=True),
    sa.Column('officer_code', sa.String(length=32), nullable=True),
    sa.Column('service_code', sa.String(length=16), nullable=True),
    sa.Column('field_code', sa.String(length=64), nullable=True),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('levels', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('terminal', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_key', name='uq_rating_event')
    )
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.create_index('ix_ratings_at', ['center_code', 'at'], unique=False)

    op.create_table('feedback_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('feedback_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=True),
    sa.Column('to_state', sa.String(length=16), nullable=False),
    sa.Column('officer_code', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['feedback_id'], ['feedback.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('feedback_events', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_events', ['feedback_id', 'at'], unique=False)

    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fee_channel', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('fee_paid_at', sa.DateTime(), nullable=True))




def downgrade() -> None:

    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_column('fee_paid_at')
        batch_op.drop_column('fee_channel')

    with op.batch_alter_table('feedback_events', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_events')

    op.drop_table('feedback_events')
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.drop_index('ix_ratings_at')

    op.drop_table('ratings')
    op.drop_table('feedback_sequences')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_state')

    op.drop_table('feedback')
    op.drop_table('dossier_evaluations')

