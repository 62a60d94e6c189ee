"""first"""
revision = "p1"
down_revision = None
