-- PostgreSQL only (db/vendor/postgresql): unit paths ("/14/128/04048/") and the team list order built on them are
-- codes and hex sort keys, not words, so they compare byte by byte. Under the database's linguistic collation
-- (even C.UTF-8) PostgreSQL cannot use a btree index for a prefix test (path LIKE '/14/%') and scanned every unit
-- instead (issue 7, P3). With the "C" collation the same indexes serve the prefix test; H2 already does.
ALTER TABLE administrative_unit ALTER COLUMN path TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE campaign ALTER COLUMN unit_path TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE membership_request ALTER COLUMN unit_path TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE team ALTER COLUMN unit_path TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE team ALTER COLUMN list_order TYPE VARCHAR(1810) COLLATE "C";
