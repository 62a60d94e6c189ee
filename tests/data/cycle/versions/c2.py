revision = "c2"
down_revision = ("c1", "c3")
