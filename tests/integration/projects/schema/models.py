"""The application's models: what autogenerate and drift compare with."""
import sqlalchemy as sa

metadata = sa.MetaData()

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(40), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime, server_default=sa.text("now()")),
)

orders = sa.Table(
    "orders", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("amount", sa.Integer),
)
sa.Index("ix_orders_user_id", orders.c.user_id)
