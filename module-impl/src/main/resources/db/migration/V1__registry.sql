-- The registry: administrative units, rule parameters, teams, members, audit trail.
-- Portable SQL: the same script runs on H2 (embedded) and PostgreSQL. Ids are UUID strings made by the
-- application (no IDENTITY columns, which EclipseLink and H2 2.x disagree on).

CREATE TABLE administrative_unit (
    code                 VARCHAR(20)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    name_search          VARCHAR(200)  NOT NULL,
    name_sort            VARCHAR(1600) NOT NULL,
    unit_level           VARCHAR(10)   NOT NULL,
    parent_code          VARCHAR(20)   REFERENCES administrative_unit (code),
    path                 VARCHAR(200)  NOT NULL,
    village_team_minimum INTEGER
);
CREATE INDEX ix_unit_parent ON administrative_unit (parent_code);
CREATE UNIQUE INDEX ix_unit_path ON administrative_unit (path);

CREATE TABLE rule_parameters (
    province_code        VARCHAR(20) NOT NULL PRIMARY KEY REFERENCES administrative_unit (code),
    version              BIGINT      NOT NULL,
    min_team_size        INTEGER     NOT NULL,
    max_team_size        INTEGER     NOT NULL,
    village_team_minimum INTEGER     NOT NULL
);

CREATE TABLE team (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    unit_code            VARCHAR(20)   NOT NULL REFERENCES administrative_unit (code),
    commune_code         VARCHAR(20)   NOT NULL REFERENCES administrative_unit (code),
    team_level           VARCHAR(10)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    name_search          VARCHAR(200)  NOT NULL,
    name_sort            VARCHAR(1600) NOT NULL,
    zalo_group_url       VARCHAR(500),
    status               VARCHAR(12)   NOT NULL,
    member_count         INTEGER       NOT NULL,
    collaborator_count   INTEGER       NOT NULL,
    deputy_count         INTEGER       NOT NULL,
    leader_name          VARCHAR(200),
    decision_number      VARCHAR(100),
    decision_date        DATE,
    decision_signer      VARCHAR(200),
    decision_recorded_by VARCHAR(200),
    decision_recorded_at TIMESTAMP,
    created_at           TIMESTAMP     NOT NULL,
    -- R1: one team per unit (one commune team per commune, one village team per village).
    CONSTRAINT uq_team_unit UNIQUE (unit_code)
);
CREATE INDEX ix_team_commune ON team (commune_code);

CREATE TABLE team_member (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    team_id        VARCHAR(36)   NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    full_name      VARCHAR(200)  NOT NULL,
    name_search    VARCHAR(200)  NOT NULL,
    name_sort      VARCHAR(1600) NOT NULL,
    phone          VARCHAR(15)   NOT NULL,
    position_title VARCHAR(200),
    profession     VARCHAR(20)   NOT NULL,
    member_role    VARCHAR(15)   NOT NULL,
    joined_on      DATE          NOT NULL,
    left_on        DATE
);
CREATE INDEX ix_member_team ON team_member (team_id);
CREATE INDEX ix_member_phone ON team_member (phone);

CREATE TABLE audit_record (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    entity_type  VARCHAR(30)    NOT NULL,
    entity_id    VARCHAR(36)    NOT NULL,
    action       VARCHAR(30)    NOT NULL,
    principal    VARCHAR(200)   NOT NULL,
    roles        VARCHAR(500),
    recorded_at  TIMESTAMP      NOT NULL,
    before_state VARCHAR(100000),
    after_state  VARCHAR(100000)
);
CREATE INDEX ix_audit_entity ON audit_record (entity_type, entity_id);
