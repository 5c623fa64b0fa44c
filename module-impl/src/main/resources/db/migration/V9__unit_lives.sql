-- Units with a life (the two-level structure of 1 July 2025): a unit has a type, the dates it is in force and its
-- successions. An official code may be reused by a successor (old and new "Xã Vân Hồ" are both 04048), so the
-- column "code", which every other table references, is from now on the unit's own key: it stays the official code
-- for every unit that existed before, and a successor that reuses a code gets "<code>~<yyyyMMdd of its start>".
-- The official code is "official_code"; paths are made of keys, so each unit keeps its own path.
ALTER TABLE administrative_unit ADD COLUMN official_code VARCHAR(20);
ALTER TABLE administrative_unit ADD COLUMN unit_type VARCHAR(30);
ALTER TABLE administrative_unit ADD COLUMN valid_from DATE;
ALTER TABLE administrative_unit ADD COLUMN valid_to DATE;
UPDATE administrative_unit SET official_code = code;
ALTER TABLE administrative_unit ALTER COLUMN official_code SET NOT NULL;
CREATE INDEX ix_unit_official_code ON administrative_unit (official_code);

-- Predecessor -> successor, whole ("full") or in part ("partial"), by a resolution; never deleted.
CREATE TABLE unit_succession (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    predecessor_code  VARCHAR(20)  NOT NULL REFERENCES administrative_unit (code),
    successor_code    VARCHAR(20)  NOT NULL REFERENCES administrative_unit (code),
    part              VARCHAR(10)  NOT NULL,
    effective_on      DATE         NOT NULL,
    resolution_number VARCHAR(100),
    resolution_date   DATE,
    CONSTRAINT uq_unit_succession UNIQUE (predecessor_code, successor_code)
);
CREATE INDEX ix_succession_successor ON unit_succession (successor_code);

-- A team dissolved by a decision (or by the reorganisation that closed its commune) keeps every record.
ALTER TABLE team ADD COLUMN dissolved_on DATE;
ALTER TABLE team ADD COLUMN dissolution_number VARCHAR(100);
ALTER TABLE team ADD COLUMN dissolution_date DATE;
ALTER TABLE team ADD COLUMN dissolution_signer VARCHAR(200);
