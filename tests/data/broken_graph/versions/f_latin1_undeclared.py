revision = "f6f6f6f6"
down_revision = "b2b2b2b2"
"""café"""
