# -*- coding: cp1252 -*-
"""Café € prices (cp1252)"""
revision = "e0000005"
down_revision = "d0000004"


def upgrade():
    pass
