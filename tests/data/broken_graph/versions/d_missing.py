revision = "d4d4d4d4"
down_revision = "zzzz9999"
depends_on = "nothere"
