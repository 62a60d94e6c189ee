"""not loaded: recursion is off"""
revision = "s2"
down_revision = "s1"
