revision = "bad-id+1"
down_revision = None
