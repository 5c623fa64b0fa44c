-- The chairman's signed paper on file with a team's establishment decision: what it is on the team's row (so that
-- attaching it moves the team's version on), the bytes in a table of their own (read only for a download).

ALTER TABLE team ADD COLUMN decision_scan_type VARCHAR(40);
ALTER TABLE team ADD COLUMN decision_scan_size BIGINT;
ALTER TABLE team ADD COLUMN decision_scan_sha256 CHAR(64);
ALTER TABLE team ADD COLUMN decision_scan_by VARCHAR(200);
ALTER TABLE team ADD COLUMN decision_scan_at TIMESTAMP;

-- id: the team's id and the decision's kind ("<team id>:ESTABLISHMENT").
CREATE TABLE decision_scan_file (
    id      VARCHAR(60) NOT NULL PRIMARY KEY,
    content BYTEA       NOT NULL
);
