"""rename accounts.email to mail; drop the legacy column

Revision ID: l200
Revises: l100
Create Date: 2026-12-02 11:00:00
"""
from alembic import op

revision = "l200"
down_revision = "l100"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("accounts", "email", new_column_name="mail")
    # strata: allow drop-column nothing has read legacy_flag since release 4.2
    op.drop_column("accounts", "legacy_flag")


def downgrade():
    pass
