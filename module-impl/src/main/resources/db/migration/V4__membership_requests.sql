-- Requests to join (R7) and leave (R8) a team, with the history of each.

CREATE TABLE membership_request (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    team_id             VARCHAR(36)   NOT NULL REFERENCES team (id),
    unit_path           VARCHAR(200)  NOT NULL,
    request_type        VARCHAR(10)   NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    full_name           VARCHAR(200)  NOT NULL,
    phone               VARCHAR(15)   NOT NULL,
    position_title      VARCHAR(200),
    profession          VARCHAR(20),
    member_id           VARCHAR(36)   REFERENCES team_member (id),
    reason              VARCHAR(1000),
    filed_by            VARCHAR(200)  NOT NULL,
    endorsed_for_leader BOOLEAN       NOT NULL,
    outcome_role        VARCHAR(15),
    created_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_request_team ON membership_request (team_id);
CREATE INDEX ix_request_path ON membership_request (unit_path);
CREATE INDEX ix_request_filer ON membership_request (filed_by);

CREATE TABLE membership_request_event (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    request_id  VARCHAR(36)   NOT NULL REFERENCES membership_request (id),
    seq         INTEGER       NOT NULL,
    state       VARCHAR(12)   NOT NULL,
    happened_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    reason      VARCHAR(1000)
);
CREATE INDEX ix_request_event ON membership_request_event (request_id);
