revision = "r3"
down_revision = ("r2", "missing")
