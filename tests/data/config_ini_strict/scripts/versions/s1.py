"""base"""
revision = "s1"
down_revision = None
