"""users.created_at

Revision ID: s200
Revises: s100
Create Date: 2026-11-30 11:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "s200"
down_revision = "s100"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("users", sa.Column("created_at", sa.DateTime, server_default=sa.text("now()")))


def downgrade():
    op.drop_column("users", "created_at")
