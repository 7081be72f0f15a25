-- GovAssets schema 2: official vehicles (公务用车), their files (一车一档), fuel cards
-- (一车一卡), drivers, and dispatch (requests and trips).

CREATE TABLE vehicles (
    id                 INTEGER PRIMARY KEY,
    plate              TEXT NOT NULL UNIQUE,          -- '宁A·12345', new-energy '宁A·D12345'
    fleet_no           TEXT UNIQUE,                   -- the fleet's own number (自编号)
    brand              TEXT NOT NULL,
    model              TEXT NOT NULL DEFAULT '',
    category           TEXT NOT NULL CHECK (category IN
                           ('confidential', 'emergency', 'law_enforcement', 'special', 'general', 'leader')),
    energy_type        TEXT NOT NULL CHECK (energy_type IN ('petrol', 'diesel', 'hybrid', 'bev', 'phev')),
    seats              INTEGER NOT NULL CHECK (seats > 0),
    licence_class      TEXT NOT NULL DEFAULT 'C1',    -- the driving-licence class it needs (A1 … C2)
    purchase_date      TEXT,
    purchase_price     INTEGER NOT NULL DEFAULT 0,    -- fen
    ownership          TEXT NOT NULL CHECK (ownership IN ('retained', 'leased')),
    lessor             TEXT NOT NULL DEFAULT '',
    lease_cost_monthly INTEGER NOT NULL DEFAULT 0,    -- fen per month
    department_id      INTEGER REFERENCES departments (id),  -- owning department (platform: the bureau)
    odometer_km        INTEGER NOT NULL DEFAULT 0 CHECK (odometer_km >= 0),
    status             TEXT NOT NULL DEFAULT 'available'
                           CHECK (status IN ('available', 'dispatched', 'maintenance', 'retired')),
    fuel_card_no       TEXT UNIQUE,                   -- 一车一卡
    notes              TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL
);
CREATE INDEX vehicles_department ON vehicles (department_id);
CREATE INDEX vehicles_status ON vehicles (status);

CREATE TABLE drivers (
    id             INTEGER PRIMARY KEY,
    staff_id       INTEGER REFERENCES staff (id),
    name           TEXT NOT NULL,
    employment     TEXT NOT NULL CHECK (employment IN ('established', 'contracted', 'self_hired')),
    licence_no     TEXT NOT NULL DEFAULT '',
    licence_class  TEXT NOT NULL,                     -- A1, A2, A3, B1, B2, C1, C2
    licence_expiry TEXT NOT NULL,
    phone          TEXT NOT NULL DEFAULT '',
    department_id  INTEGER REFERENCES departments (id),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'retired')),
    created_at     INTEGER NOT NULL
);
CREATE INDEX drivers_name ON drivers (name);

-- 一车一档: the vehicle's file.
CREATE TABLE vehicle_maintenance (
    id          INTEGER PRIMARY KEY,
    vehicle_id  INTEGER NOT NULL REFERENCES vehicles (id),
    kind        TEXT NOT NULL CHECK (kind IN ('service', 'repair')),
    date        TEXT NOT NULL,
    garage      TEXT NOT NULL DEFAULT '',
    items       TEXT NOT NULL DEFAULT '',
    cost        INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    odometer_km INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE INDEX vehicle_maintenance_vehicle ON vehicle_maintenance (vehicle_id, date);
CREATE INDEX vehicle_maintenance_date ON vehicle_maintenance (date);

CREATE TABLE vehicle_inspections (
    id          INTEGER PRIMARY KEY,
    vehicle_id  INTEGER NOT NULL REFERENCES vehicles (id),
    date        TEXT NOT NULL,
    expiry      TEXT NOT NULL,
    result      TEXT NOT NULL DEFAULT 'passed' CHECK (result IN ('passed', 'failed')),
    cost        INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE INDEX vehicle_inspections_vehicle ON vehicle_inspections (vehicle_id, expiry);

CREATE TABLE vehicle_insurance (
    id          INTEGER PRIMARY KEY,
    vehicle_id  INTEGER NOT NULL REFERENCES vehicles (id),
    insurer     TEXT NOT NULL,
    policy_no   TEXT NOT NULL DEFAULT '',
    start_date  TEXT NOT NULL,
    expiry      TEXT NOT NULL,
    premium     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE INDEX vehicle_insurance_vehicle ON vehicle_insurance (vehicle_id, expiry);

CREATE TABLE vehicle_violations (
    id          INTEGER PRIMARY KEY,
    vehicle_id  INTEGER NOT NULL REFERENCES vehicles (id),
    driver_id   INTEGER REFERENCES drivers (id),
    date        TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    fine        INTEGER NOT NULL DEFAULT 0,
    points      INTEGER NOT NULL DEFAULT 0,
    settled     INTEGER NOT NULL DEFAULT 0 CHECK (settled IN (0, 1)),
    created_at  INTEGER NOT NULL
);
CREATE INDEX vehicle_violations_vehicle ON vehicle_violations (vehicle_id, date);

CREATE TABLE vehicle_accidents (
    id          INTEGER PRIMARY KEY,
    vehicle_id  INTEGER NOT NULL REFERENCES vehicles (id),
    driver_id   INTEGER REFERENCES drivers (id),
    date        TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    liability   TEXT NOT NULL DEFAULT '',
    cost        INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE INDEX vehicle_accidents_vehicle ON vehicle_accidents (vehicle_id, date);

-- 相对固定派遣: a platform vehicle assigned to one department for a period.
CREATE TABLE vehicle_assignments (
    id            INTEGER PRIMARY KEY,
    vehicle_id    INTEGER NOT NULL REFERENCES vehicles (id),
    department_id INTEGER NOT NULL REFERENCES departments (id),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    note          TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);
CREATE INDEX vehicle_assignments_vehicle ON vehicle_assignments (vehicle_id, start_date);

-- 一车一卡: fuel (or charging) transactions against the vehicle's card.
CREATE TABLE fuel_transactions (
    id             INTEGER PRIMARY KEY,
    vehicle_id     INTEGER NOT NULL REFERENCES vehicles (id),
    card_no        TEXT NOT NULL,
    at             INTEGER NOT NULL,
    fuel_kind      TEXT NOT NULL CHECK (fuel_kind IN ('petrol', 'diesel', 'electricity')),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),  -- 0.001 L (fuel) or 0.001 kWh
    amount         INTEGER NOT NULL CHECK (amount >= 0),         -- fen
    station        TEXT NOT NULL DEFAULT '',
    odometer_km    INTEGER,
    created_at     INTEGER NOT NULL,
    UNIQUE (card_no, at, amount)
);
CREATE INDEX fuel_transactions_vehicle ON fuel_transactions (vehicle_id, at);
CREATE INDEX fuel_transactions_at ON fuel_transactions (at);

-- Dispatch: a vehicle request becomes a trip. One row follows the whole workflow
-- requested → approved → assigned → departed → returned → closed (or rejected / cancelled).
CREATE TABLE trips (
    id                      INTEGER PRIMARY KEY,
    request_no              TEXT NOT NULL UNIQUE,          -- 'PC202611280001'
    department_id           INTEGER NOT NULL REFERENCES departments (id),
    requested_by            INTEGER REFERENCES users (id),
    liaison                 TEXT NOT NULL DEFAULT '',       -- 派车联络员
    liaison_phone           TEXT NOT NULL DEFAULT '',
    purpose                 TEXT NOT NULL,
    destination             TEXT NOT NULL,
    out_of_region           INTEGER NOT NULL DEFAULT 0 CHECK (out_of_region IN (0, 1)),
    emergency               INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
    passengers              INTEGER NOT NULL CHECK (passengers > 0),
    planned_start           INTEGER NOT NULL,
    planned_end             INTEGER NOT NULL,
    status                  TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'assigned',
                                'departed', 'returned', 'closed', 'rejected', 'cancelled')),
    approved_by             INTEGER REFERENCES users (id),
    approved_at             INTEGER,
    approval_note           TEXT NOT NULL DEFAULT '',
    dispatched_before_approval INTEGER NOT NULL DEFAULT 0,   -- emergency: dispatched first
    vehicle_id              INTEGER REFERENCES vehicles (id),
    driver_id               INTEGER REFERENCES drivers (id),
    assigned_by             INTEGER REFERENCES users (id),
    assigned_at             INTEGER,
    override_reason         TEXT NOT NULL DEFAULT '',        -- manager's override of soft rules
    departed_at             INTEGER,
    odometer_out            INTEGER,
    returned_at             INTEGER,
    odometer_in             INTEGER,
    fuel_cost               INTEGER NOT NULL DEFAULT 0,
    tolls                   INTEGER NOT NULL DEFAULT 0,
    parking                 INTEGER NOT NULL DEFAULT 0,
    closed_at               INTEGER,
    reason                  TEXT NOT NULL DEFAULT '',        -- rejection / cancellation reason
    created_at              INTEGER NOT NULL,
    CHECK (planned_end > planned_start)
);
CREATE INDEX trips_start ON trips (planned_start);
CREATE INDEX trips_vehicle ON trips (vehicle_id, planned_start);
CREATE INDEX trips_driver ON trips (driver_id, planned_start);
CREATE INDEX trips_department ON trips (department_id, planned_start);
CREATE INDEX trips_status ON trips (status, planned_start);
