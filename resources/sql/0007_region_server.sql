-- GovAssets schema 7: what one shared PostgreSQL server for the whole region needs (DESIGN.md,
-- Scale-out). On SQLite there is one writer at a time and the dispatch service's overlap check
-- is enough; on PostgreSQL several desks write at once, so the database itself refuses two
-- overlapping assignments of a vehicle or of a driver (an assigned or departed trip occupies
-- [planned_start, planned_end)), whoever commits second.

-- [postgres]
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE trips ADD CONSTRAINT trips_vehicle_no_overlap EXCLUDE USING gist
    (vehicle_id WITH =, int8range(planned_start, planned_end) WITH &&)
    WHERE (vehicle_id IS NOT NULL AND status IN ('assigned', 'departed'));

ALTER TABLE trips ADD CONSTRAINT trips_driver_no_overlap EXCLUDE USING gist
    (driver_id WITH =, int8range(planned_start, planned_end) WITH &&)
    WHERE (driver_id IS NOT NULL AND status IN ('assigned', 'departed'));

-- The audit log is append-only here too: the UPDATE and DELETE triggers of schema 1, and one
-- for TRUNCATE.
CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = 'the audit log is append-only',
                          ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();
-- [all]
