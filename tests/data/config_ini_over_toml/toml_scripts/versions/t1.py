revision = "t1"
down_revision = None
