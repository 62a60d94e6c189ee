"""second"""
revision = "p2p2p2p2"
down_revision = "p1p1p1p1"
