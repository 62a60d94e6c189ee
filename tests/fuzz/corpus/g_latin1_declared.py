# coding: latin-1
"""café crème"""
revision = "a7a7a7a7"
down_revision = "e5e5e5e5"
