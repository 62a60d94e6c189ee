revision = "c3"
down_revision = "c2"
