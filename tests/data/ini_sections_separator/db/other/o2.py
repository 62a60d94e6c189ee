"""other next"""
revision = "o2o2o2o2"
down_revision = "o1o1o1o1"
depends_on = "m1m1m1m1"
