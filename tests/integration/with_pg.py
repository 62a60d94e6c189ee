#!/usr/bin/python3
"""Runs a command next to a throwaway PostgreSQL cluster. The command gets
STRATA_PG_PORT and a role STRATA_PG_USER/STRATA_PG_PASSWORD owning a database
STRATA_PG_DB (empty). Usage: with_pg.py COMMAND [ARGS...]"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_cluster import PgCluster  # noqa: E402

with PgCluster() as pg:
    pg.sql("CREATE ROLE app_user LOGIN PASSWORD 'Ask-Me-Pw-42'")
    pg.sql("CREATE DATABASE app_db OWNER app_user")
    env = dict(os.environ, STRATA_PG_PORT=str(pg.port), STRATA_PG_USER="app_user",
               STRATA_PG_PASSWORD="Ask-Me-Pw-42", STRATA_PG_DB="app_db")
    sys.exit(subprocess.run(sys.argv[1:], env=env).returncode)
