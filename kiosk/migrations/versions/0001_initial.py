"""initial schema: tickets, events, sequences, print jobs, sessions, outbox

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 00:50:15.457884
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('counter_sessions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=False),
    sa.Column('officer_code', sa.String(length=32), nullable=False),
    sa.Column('signed_in_at', sa.DateTime(), nullable=False),
    sa.Column('signed_out_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('number_sequences',
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('service_code', sa.String(length=16), nullable=False),
    sa.Column('local_day', sa.String(length=10), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('center_code', 'service_code', 'local_day')
    )
    op.create_table('outbox',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('tickets',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('service_code', sa.String(length=16), nullable=False),
    sa.Column('queue_service', sa.String(length=16), nullable=False),
    sa.Column('local_day', sa.String(length=10), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('counter_number', sa.Integer(), nullable=True),
    sa.Column('target_counter', sa.Integer(), nullable=True),
    sa.Column('officer_code', sa.String(length=32), nullable=True),
    sa.Column('recall_count', sa.Integer(), nullable=False),
    sa.Column('terminal', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('center_code', 'service_code', 'local_day', 'number', name='uq_ticket_number')
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_status_day', ['center_code', 'local_day', 'status'], unique=False)

    op.create_table('print_jobs',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('device_url', sa.String(length=255), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('reprint_of', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('bytes_sent', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_print_jobs_status', ['status'], unique=False)

    op.create_table('ticket_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=True),
    sa.Column('officer_code', sa.String(length=32), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('seq')
    )
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.create_index('ix_events_at', ['at'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_at')

    op.drop_table('ticket_events')
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_print_jobs_status')

    op.drop_table('print_jobs')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_status_day')

    op.drop_table('tickets')
    op.drop_table('outbox')
    op.drop_table('number_sequences')
    op.drop_table('counter_sessions')
    
