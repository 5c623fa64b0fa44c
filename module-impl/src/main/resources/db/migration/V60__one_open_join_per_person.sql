-- One open JOIN request per person and team, guarded by the database: the service's check alone let two identical
-- requests filed in the same instant both pass. open_join_key is team and phone while the request is submitted or
-- endorsed, NULL otherwise (a unique index admits any number of NULLs). Where such twins already exist, the
-- oldest keeps the key and the others stay as they are, to be decided or withdrawn.
ALTER TABLE membership_request ADD COLUMN open_join_key VARCHAR(60);

UPDATE membership_request SET open_join_key = team_id || ':' || phone
 WHERE request_type = 'JOIN' AND state IN ('SUBMITTED', 'ENDORSED')
   AND NOT EXISTS (SELECT 1 FROM membership_request older
                    WHERE older.team_id = membership_request.team_id AND older.phone = membership_request.phone
                      AND older.request_type = 'JOIN' AND older.state IN ('SUBMITTED', 'ENDORSED')
                      AND (older.created_at < membership_request.created_at
                           OR (older.created_at = membership_request.created_at
                               AND older.id < membership_request.id)));

CREATE UNIQUE INDEX ux_request_open_join ON membership_request (open_join_key);
