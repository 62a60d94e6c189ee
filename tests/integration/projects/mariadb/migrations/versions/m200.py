"""accounts.email

Revision ID: m200
Revises: m100
Create Date: 2026-12-02 12:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "m200"
down_revision = "m100"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("accounts", sa.Column("email", sa.String(100)))
    op.execute("INSERT INTO accounts (name, email) VALUES ('alice', 'a@example.org')")


def downgrade():
    op.drop_column("accounts", "email")
