-- GovAssets schema 8: the office-space register (办公用房). Rooms per building and floor,
-- who sits where and since when, over-standard cases (超标整改), rooms lent or rented out.
-- Areas INTEGER in 0.01 m², dates TEXT 'YYYY-MM-DD', an allocation's end date is the first day
-- it no longer holds (half-open), NULL while it runs.

INSERT INTO settings (key, value) VALUES
    ('offices.washroom_allowance', '0'),
    ('offices.washroom_ranks', 'central.minister,central.vice_minister,provincial.principal,provincial.deputy'),
    ('offices.rectification_days', '90');

CREATE TABLE office_rooms (
    id              INTEGER PRIMARY KEY,
    building_id     INTEGER NOT NULL REFERENCES buildings (id),
    floor           INTEGER NOT NULL,                       -- storey; below ground negative
    number          TEXT NOT NULL,
    use_type        TEXT NOT NULL CHECK (use_type IN ('office', 'service', 'equipment', 'ancillary')),
    service_kind    TEXT NOT NULL DEFAULT '' CHECK (service_kind IN
                        ('', 'meeting', 'archive', 'print', 'reception', 'canteen', 'other')),
    usable_area     INTEGER NOT NULL CHECK (usable_area > 0),        -- 使用面积, 0.01 m²
    gross_area      INTEGER NOT NULL CHECK (gross_area >= usable_area), -- 建筑面积, 0.01 m²
    status          TEXT NOT NULL DEFAULT 'vacant' CHECK (status IN
                        ('in_use', 'vacant', 'repair', 'lent', 'disposed')),
    department_id   INTEGER NOT NULL REFERENCES departments (id),  -- the owner agency
    notes           TEXT NOT NULL DEFAULT '',
    disposed_on     TEXT,
    disposal_reason TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    UNIQUE (building_id, number)
);
CREATE INDEX office_rooms_floor ON office_rooms (building_id, floor, number);
CREATE INDEX office_rooms_department ON office_rooms (department_id, building_id, number);
CREATE INDEX office_rooms_number ON office_rooms (number, id);
CREATE INDEX office_rooms_area ON office_rooms (usable_area, id);

CREATE TABLE office_allocations (
    id            INTEGER PRIMARY KEY,
    room_id       INTEGER NOT NULL REFERENCES office_rooms (id),
    staff_id      INTEGER REFERENCES staff (id),           -- a person's office
    department_id INTEGER REFERENCES departments (id),     -- or a department's service room
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    reason        TEXT NOT NULL DEFAULT '',                 -- recorded when over the limit
    approved_by   INTEGER REFERENCES users (id),
    created_at    INTEGER NOT NULL,
    CHECK ((staff_id IS NULL) <> (department_id IS NULL)),
    CHECK (end_date IS NULL OR end_date > start_date)
);
CREATE INDEX office_allocations_room ON office_allocations (room_id, start_date);
CREATE INDEX office_allocations_staff ON office_allocations (staff_id, start_date);
CREATE INDEX office_allocations_current ON office_allocations (end_date, room_id);

CREATE TABLE office_cases (
    id            INTEGER PRIMARY KEY,
    staff_id      INTEGER NOT NULL REFERENCES staff (id),
    room_id       INTEGER NOT NULL REFERENCES office_rooms (id),
    department_id INTEGER NOT NULL REFERENCES departments (id),  -- the room's owner agency
    opened_on     TEXT NOT NULL,
    deadline      TEXT NOT NULL,
    share_area    INTEGER NOT NULL,   -- the person's share, 0.01 m²
    limit_area    INTEGER NOT NULL,   -- their limit (with any washroom allowance), 0.01 m²
    excess        INTEGER NOT NULL,   -- share − limit, 0.01 m²
    plan          TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on     TEXT,
    created_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX office_cases_one_open ON office_cases (staff_id) WHERE status = 'open';
CREATE INDEX office_cases_status ON office_cases (status, deadline);
CREATE INDEX office_cases_room ON office_cases (room_id, status);

CREATE TABLE office_lendings (
    id          INTEGER PRIMARY KEY,
    room_id     INTEGER NOT NULL REFERENCES office_rooms (id),
    kind        TEXT NOT NULL CHECK (kind IN ('lend', 'rent')),
    borrower    TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    terms       TEXT NOT NULL DEFAULT '',
    rent        INTEGER NOT NULL DEFAULT 0 CHECK (rent >= 0),   -- fen per month
    created_at  INTEGER NOT NULL,
    CHECK (end_date IS NULL OR end_date > start_date)
);
CREATE INDEX office_lendings_room ON office_lendings (room_id, start_date);

-- One person sits in one place at a time: two allocations of one staff member never overlap.
-- [sqlite]
CREATE TRIGGER office_allocations_no_overlap_insert BEFORE INSERT ON office_allocations
WHEN NEW.staff_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM office_allocations a
    WHERE a.staff_id = NEW.staff_id
      AND a.start_date < coalesce(NEW.end_date, '9999-12-31')
      AND coalesce(a.end_date, '9999-12-31') > NEW.start_date)
BEGIN
    SELECT RAISE(ABORT, 'office_allocations_no_overlap constraint failed: two allocations of one staff member overlap');
END;

CREATE TRIGGER office_allocations_no_overlap_update BEFORE UPDATE ON office_allocations
WHEN NEW.staff_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM office_allocations a
    WHERE a.staff_id = NEW.staff_id AND a.id <> NEW.id
      AND a.start_date < coalesce(NEW.end_date, '9999-12-31')
      AND coalesce(a.end_date, '9999-12-31') > NEW.start_date)
BEGIN
    SELECT RAISE(ABORT, 'office_allocations_no_overlap constraint failed: two allocations of one staff member overlap');
END;
-- [postgres]
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ISO dates as dates, for the exclusion constraint (ISO input reads alike in every DateStyle).
CREATE FUNCTION office_day(d TEXT) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(d AS date)
$$;

ALTER TABLE office_allocations ADD CONSTRAINT office_allocations_no_overlap EXCLUDE USING gist
    (staff_id WITH =,
     daterange(office_day(start_date), office_day(coalesce(end_date, '9999-12-31')), '[)') WITH &&)
    WHERE (staff_id IS NOT NULL);
-- [all]
