"""report indexes and the KPI report's daily cache

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 08:00:00.000000

The KPI report reads daily aggregates (kiosk/reports/cache.py) rather than every ticket, rating
and dossier of the period: one year of a busy center is 500,000 tickets, and SQLite needs more
than a second to parse their times. The aggregates of a day are computed from the records the
first time a report needs that day, and kept; a month (a year) that is over is kept summed too.
These triggers only *forget* a day, its month and its year (their rows in report_fresh_days)
when a record of that day is written, so the next report computes them again; they do no
aggregation themselves. A rating's or a finish's day is its local date in
Asia/Ho_Chi_Minh, which has been UTC+7 without daylight saving since 1975 ("+7 hours" below).
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TICKET_COLUMNS = ("center_code, service_code, local_day, status, issued_at, called_at, finished_at, "
                  "counter_number, officer_code")
RATING_COLUMNS = "center_code, at, level, levels, field_code, service_code, counter_number, officer_code"
DOSSIER_COLUMNS = ("center_code, local_day, outcome, state, field_code, counter_number, officer_code, "
                   "fee_total, fee_state, fee_channel, appointment_at, finished_at")
COMPONENT_COLUMNS = "dossier_id, received, sha256"


def _forget(source: str, days: list[str]) -> str:
    """Forget the days (and their month and year) the record belongs to."""
    keys = ", ".join(f"{d}, substr({d}, 1, 7), substr({d}, 1, 4)" for d in days)
    return f"DELETE FROM report_fresh_days WHERE source = '{source}' AND period IN ({keys});"


def _ticket_days(row: str) -> list[str]:
    return [f"{row}.local_day"]


def _rating_days(row: str) -> list[str]:
    return [f"date({row}.at, '+7 hours')"]


def _dossier_days(row: str) -> list[str]:
    return [f"{row}.local_day", f"date({row}.finished_at, '+7 hours')"]


def _component_days(row: str) -> list[str]:
    return [f"(SELECT local_day FROM dossiers WHERE id = {row}.dossier_id)"]


TRIGGERS = [
    ("kpi_forget_tickets_ins", "AFTER INSERT ON tickets", _forget("tickets", _ticket_days("NEW"))),
    ("kpi_forget_tickets_upd", f"AFTER UPDATE OF {TICKET_COLUMNS} ON tickets",
     _forget("tickets", _ticket_days("NEW") + _ticket_days("OLD"))),
    ("kpi_forget_tickets_del", "AFTER DELETE ON tickets", _forget("tickets", _ticket_days("OLD"))),
    ("kpi_forget_ratings_ins", "AFTER INSERT ON ratings", _forget("ratings", _rating_days("NEW"))),
    ("kpi_forget_ratings_upd", f"AFTER UPDATE OF {RATING_COLUMNS} ON ratings",
     _forget("ratings", _rating_days("NEW") + _rating_days("OLD"))),
    ("kpi_forget_ratings_del", "AFTER DELETE ON ratings", _forget("ratings", _rating_days("OLD"))),
    ("kpi_forget_dossiers_ins", "AFTER INSERT ON dossiers", _forget("dossiers", _dossier_days("NEW"))),
    ("kpi_forget_dossiers_upd", f"AFTER UPDATE OF {DOSSIER_COLUMNS} ON dossiers",
     _forget("dossiers", _dossier_days("NEW") + _dossier_days("OLD"))),
    ("kpi_forget_dossiers_del", "AFTER DELETE ON dossiers", _forget("dossiers", _dossier_days("OLD"))),
    ("kpi_forget_components_ins", "AFTER INSERT ON dossier_components",
     _forget("dossiers", _component_days("NEW"))),
    ("kpi_forget_components_upd", f"AFTER UPDATE OF {COMPONENT_COLUMNS} ON dossier_components",
     _forget("dossiers", _component_days("NEW") + _component_days("OLD"))),
    ("kpi_forget_components_del", "AFTER DELETE ON dossier_components",
     _forget("dossiers", _component_days("OLD"))),
]


def upgrade() -> None:
    # the records of one day, for computing that day's aggregates
    op.create_index('ix_tickets_local_day', 'tickets', ['local_day'], unique=False)
    op.create_index('ix_ratings_at_only', 'ratings', ['at'], unique=False)
    op.create_index('ix_dossiers_local_day', 'dossiers', ['local_day'], unique=False)
    op.create_index('ix_dossiers_finished', 'dossiers', ['finished_at'], unique=False)

    op.create_table('report_fresh_days',
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('source', 'period'),
    sqlite_with_rowid=False,
    )
    # grain: day (period YYYY-MM-DD), month (YYYY-MM) or year (YYYY)
    op.create_table('kpi_tickets',
    sa.Column('grain', sa.String(length=5), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('service_code', sa.String(length=16), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=False),
    sa.Column('officer_code', sa.String(length=32), nullable=False),
    sa.Column('issued', sa.Integer(), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('no_show', sa.Integer(), nullable=False),
    sa.Column('waited', sa.Integer(), nullable=False),
    sa.Column('wait_s', sa.Float(), nullable=False),
    sa.Column('served', sa.Integer(), nullable=False),
    sa.Column('service_s', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('grain', 'period', 'center_code', 'service_code', 'counter_number', 'officer_code'),
    sqlite_with_rowid=False,
    )
    op.create_table('kpi_ticket_minutes',
    sa.Column('grain', sa.String(length=5), nullable=False),
    sa.Column('dim', sa.String(length=8), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('value', sa.String(length=32), nullable=False),
    sa.Column('metric', sa.String(length=8), nullable=False),
    sa.Column('minute', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('grain', 'dim', 'period', 'center_code', 'value', 'metric', 'minute'),
    sqlite_with_rowid=False,
    )
    op.create_table('kpi_ratings',
    sa.Column('grain', sa.String(length=5), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('field_code', sa.String(length=64), nullable=False),
    sa.Column('service_code', sa.String(length=16), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=False),
    sa.Column('officer_code', sa.String(length=32), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('very', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Integer(), nullable=False),
    sa.Column('unsatisfied', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('grain', 'period', 'center_code', 'field_code', 'service_code', 'counter_number',
                            'officer_code'),
    sqlite_with_rowid=False,
    )
    op.create_table('kpi_dossiers',
    sa.Column('grain', sa.String(length=5), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('basis', sa.String(length=8), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('field_code', sa.String(length=64), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=False),
    sa.Column('officer_code', sa.String(length=32), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('with_fees', sa.Integer(), nullable=False),
    sa.Column('paid_online', sa.Integer(), nullable=False),
    sa.Column('digitized', sa.Integer(), nullable=False),
    sa.Column('ended', sa.Integer(), nullable=False),
    sa.Column('early', sa.Integer(), nullable=False),
    sa.Column('on_time', sa.Integer(), nullable=False),
    sa.Column('late', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('grain', 'period', 'basis', 'center_code', 'field_code', 'counter_number',
                            'officer_code'),
    sqlite_with_rowid=False,
    )
    op.create_table('kpi_dossier_late',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('center_code', sa.String(length=32), nullable=False),
    sa.Column('field_code', sa.String(length=64), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=False),
    sa.Column('officer_code', sa.String(length=32), nullable=False),
    sa.Column('appointment_day', sa.String(length=10), nullable=False),
    sa.Column('finished_day', sa.String(length=10), nullable=True),
    sa.PrimaryKeyConstraint('dossier_id'),
    )
    op.create_index('ix_kpi_dossier_late_day', 'kpi_dossier_late', ['day'], unique=False)
    op.create_index('ix_kpi_dossier_late_due', 'kpi_dossier_late', ['appointment_day'], unique=False)

    for name, when, body in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW BEGIN {body} END")


def downgrade() -> None:
    for name, _when, _body in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index('ix_kpi_dossier_late_due', table_name='kpi_dossier_late')
    op.drop_index('ix_kpi_dossier_late_day', table_name='kpi_dossier_late')
    for table in ('kpi_dossier_late', 'kpi_dossiers', 'kpi_ratings', 'kpi_ticket_minutes', 'kpi_tickets',
                  'report_fresh_days'):
        op.drop_table(table)
    op.drop_index('ix_dossiers_finished', table_name='dossiers')
    op.drop_index('ix_dossiers_local_day', table_name='dossiers')
    op.drop_index('ix_ratings_at_only', table_name='ratings')
    op.drop_index('ix_tickets_local_day', table_name='tickets')
