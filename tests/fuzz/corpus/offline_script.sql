-- strata: from=base to=c3 direction=upgrade
BEGIN;
CREATE TABLE t (id int, note text DEFAULT 'a;b');
-- Running upgrade  -> a1
CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $fn$ LANGUAGE sql;
/* outer /* inner; */ still; */
INSERT INTO t VALUES (1, E'it\'s;'), (2, U&'d\0061t');
CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
CREATE INDEX CONCURRENTLY ix ON t (id);
COMMIT;
