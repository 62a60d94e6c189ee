"""typed header (Alembic >= 1.13 template)

Revision ID: bbbb00000002
Revises: aaaa00000001
Create Date: 2024-05-02 10:00:00.000000
"""
from typing import Sequence, Union

revision: str = "bbbb00000002"
down_revision: Union[str, None] = "aaaa00000001"
branch_labels: Union[str, Sequence[str], None] = ("core",)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    revision = "not-the-header"  # a local variable, ignored
