-- strata: from=base to=l200 direction=upgrade
BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> l100

ALTER TABLE accounts ADD COLUMN token UUID DEFAULT gen_random_uuid() NOT NULL;

CREATE INDEX ix_accounts_email ON accounts (email);

INSERT INTO alembic_version (version_num) VALUES ('l100') RETURNING alembic_version.version_num;

-- Running upgrade l100 -> l200

ALTER TABLE accounts RENAME email TO mail;

ALTER TABLE accounts DROP COLUMN legacy_flag;

UPDATE alembic_version SET version_num='l200' WHERE alembic_version.version_num = 'l100';

COMMIT;

