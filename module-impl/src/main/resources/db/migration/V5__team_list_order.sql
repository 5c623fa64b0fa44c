-- Team lists (GET /teams?unit=, issue 7 P3) read one table: a team carries its unit's path (jurisdiction, R1) and
-- its place in the lists (its commune's path, the commune team before the village teams, then the name in
-- Vietnamese order), so that a page is one index range instead of a join and a sort of every team of the unit.
-- Unit paths never change (a unit keeps its parent; a team keeps its unit); the name part follows renames.
ALTER TABLE team ADD COLUMN unit_path VARCHAR(200);
ALTER TABLE team ADD COLUMN list_order VARCHAR(1810);
UPDATE team SET
    unit_path = (SELECT u.path FROM administrative_unit u WHERE u.code = team.unit_code),
    list_order = (SELECT c.path FROM administrative_unit c WHERE c.code = team.commune_code)
        || CASE WHEN team_level = 'COMMUNE' THEN '0' ELSE '1' END || name_sort;
ALTER TABLE team ALTER COLUMN unit_path SET NOT NULL;
ALTER TABLE team ALTER COLUMN list_order SET NOT NULL;
CREATE INDEX ix_team_unit_path ON team (unit_path);
CREATE INDEX ix_team_list_order ON team (list_order, id);
