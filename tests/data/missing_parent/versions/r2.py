revision = "r2"
down_revision = "r1"
