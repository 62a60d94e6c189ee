# -*- coding: utf-8 -*-
"""initial schema — café

Revision ID: aaaa00000001
Revises:
Create Date: 2024-05-01 10:00:00.000000

"""
revision = 'aaaa00000001'
down_revision = None
branch_labels = None
depends_on = None
