"""from the extra location"""
revision = "p3p3p3p3"
down_revision = "p2p2p2p2"
