revision = "r2"
down_revision = ("r1", "r2")
