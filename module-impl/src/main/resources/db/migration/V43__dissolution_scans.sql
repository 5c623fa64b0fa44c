-- The chairman's signed dissolution decision on file, as the establishment decision's (V41): what it is on the team's
-- row, the bytes in decision_scan_file ("<team id>:DISSOLUTION").

ALTER TABLE team ADD COLUMN dissolution_scan_type VARCHAR(40);
ALTER TABLE team ADD COLUMN dissolution_scan_size BIGINT;
ALTER TABLE team ADD COLUMN dissolution_scan_sha256 CHAR(64);
ALTER TABLE team ADD COLUMN dissolution_scan_by VARCHAR(200);
ALTER TABLE team ADD COLUMN dissolution_scan_at TIMESTAMP;
