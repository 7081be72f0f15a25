-- GovAssets schema 9: turnover housing (周转住房, DESIGN.md Housing): complexes and their flats with
-- the furnishing inventory, applications and the queue, offers, tenancies with their extensions,
-- the monthly rent roll and payments, check-outs with the inspection and the final settlement.
-- Money INTEGER fen, areas INTEGER 0.01 m², dates TEXT 'YYYY-MM-DD', months TEXT 'YYYY-MM'.
-- It needs only schema 7's tables (departments, staff, users).

INSERT INTO settings (key, value) VALUES
    ('housing.decline_keeps_place', '1'),
    ('housing.arrears_months', '3');

-- A housing complex (小区) with its rent rate per m² per month and the unit that manages it (the
-- agency scope of everything below it).
CREATE TABLE housing_complexes (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    address       TEXT NOT NULL DEFAULT '',
    department_id INTEGER NOT NULL REFERENCES departments (id),
    rent_rate     INTEGER NOT NULL CHECK (rent_rate >= 0),      -- fen per m² per month
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at    INTEGER NOT NULL
);
CREATE INDEX housing_complexes_department ON housing_complexes (department_id);

CREATE TABLE housing_flats (
    id            INTEGER PRIMARY KEY,
    complex_id    INTEGER NOT NULL REFERENCES housing_complexes (id),
    building      TEXT NOT NULL,
    unit          TEXT NOT NULL DEFAULT '',
    floor         INTEGER NOT NULL,
    number        TEXT NOT NULL,
    area          INTEGER NOT NULL CHECK (area > 0),            -- 0.01 m²
    layout        TEXT NOT NULL,                                -- '2室1厅'
    water_meter   TEXT NOT NULL DEFAULT '',
    power_meter   TEXT NOT NULL DEFAULT '',
    gas_meter     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'vacant'
                  CHECK (status IN ('vacant', 'occupied', 'maintenance', 'reserved')),
    vacant_since  TEXT,                                         -- set while vacant or reserved
    created_at    INTEGER NOT NULL,
    UNIQUE (complex_id, building, unit, number)
);
CREATE INDEX housing_flats_layout ON housing_flats (layout, complex_id);
CREATE INDEX housing_flats_number ON housing_flats (building, unit, number);

-- The furnishing inventory of a flat, one line per item.
CREATE TABLE housing_flat_items (
    id         INTEGER PRIMARY KEY,
    flat_id    INTEGER NOT NULL REFERENCES housing_flats (id),
    name       TEXT NOT NULL,
    quantity   INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    value      INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0)    -- replacement value, fen
);
CREATE INDEX housing_flat_items_flat ON housing_flat_items (flat_id);

-- An application for a flat. The queue of a layout: waiting applications by priority points
-- (descending), then queue date, then id. The queue date is the application date unless a
-- declined offer lost the applicant their place.
CREATE TABLE housing_applications (
    id               INTEGER PRIMARY KEY,
    staff_id         INTEGER NOT NULL REFERENCES staff (id),
    applied_on       TEXT NOT NULL,
    queue_date       TEXT NOT NULL,
    household_size   INTEGER NOT NULL CHECK (household_size > 0),
    layout           TEXT NOT NULL,
    priority_points  INTEGER NOT NULL DEFAULT 0 CHECK (priority_points >= 0),
    priority_grounds TEXT NOT NULL DEFAULT '',
    no_local_housing INTEGER NOT NULL CHECK (no_local_housing IN (0, 1)),
    status           TEXT NOT NULL DEFAULT 'waiting'
                     CHECK (status IN ('waiting', 'offered', 'housed', 'withdrawn')),
    created_at       INTEGER NOT NULL
);
CREATE UNIQUE INDEX housing_applications_one_open ON housing_applications (staff_id)
    WHERE status IN ('waiting', 'offered');
CREATE INDEX housing_applications_queue ON housing_applications
    (layout, status, priority_points DESC, queue_date, id);

-- A flat offered to an applicant; `skipped_application_id` and `skip_reason` when the applicant
-- was not the head of the queue.
CREATE TABLE housing_offers (
    id                     INTEGER PRIMARY KEY,
    application_id         INTEGER NOT NULL REFERENCES housing_applications (id),
    flat_id                INTEGER NOT NULL REFERENCES housing_flats (id),
    offered_on             TEXT NOT NULL,
    skipped_application_id INTEGER REFERENCES housing_applications (id),
    skip_reason            TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL DEFAULT 'open'
                           CHECK (status IN ('open', 'accepted', 'declined')),
    decline_reason         TEXT NOT NULL DEFAULT '',
    keeps_place            INTEGER NOT NULL DEFAULT 1 CHECK (keeps_place IN (0, 1)),
    decided_on             TEXT,
    created_at             INTEGER NOT NULL
);
CREATE UNIQUE INDEX housing_offers_one_open_per_flat ON housing_offers (flat_id)
    WHERE status = 'open';
CREATE UNIQUE INDEX housing_offers_one_open_per_application ON housing_offers (application_id)
    WHERE status = 'open';
CREATE INDEX housing_offers_application ON housing_offers (application_id);

-- A tenancy: the rent is area × the complex's rate, frozen when signed. One active tenancy per
-- flat and per person, enforced here by the two partial unique indexes.
CREATE TABLE housing_tenancies (
    id             INTEGER PRIMARY KEY,
    flat_id        INTEGER NOT NULL REFERENCES housing_flats (id),
    staff_id       INTEGER NOT NULL REFERENCES staff (id),
    application_id INTEGER REFERENCES housing_applications (id),
    start_date     TEXT NOT NULL,
    end_date       TEXT NOT NULL,                               -- the agreed end (inclusive)
    area           INTEGER NOT NULL CHECK (area > 0),           -- 0.01 m², as signed
    rent_rate      INTEGER NOT NULL CHECK (rent_rate >= 0),     -- fen per m² per month, as signed
    monthly_rent   INTEGER NOT NULL CHECK (monthly_rent >= 0),  -- fen
    deposit        INTEGER NOT NULL DEFAULT 0 CHECK (deposit >= 0),
    credit         INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0), -- overpayment carried, fen
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    ended_on       TEXT,
    created_at     INTEGER NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE UNIQUE INDEX housing_tenancies_one_per_flat ON housing_tenancies (flat_id)
    WHERE status = 'active';
CREATE UNIQUE INDEX housing_tenancies_one_per_person ON housing_tenancies (staff_id)
    WHERE status = 'active';
CREATE INDEX housing_tenancies_flat ON housing_tenancies (flat_id, start_date);
CREATE INDEX housing_tenancies_staff ON housing_tenancies (staff_id);
CREATE INDEX housing_tenancies_end ON housing_tenancies (status, end_date);

-- A change of a tenancy's agreed end; beyond the maximum term only with a manager's approval.
CREATE TABLE housing_extensions (
    id            INTEGER PRIMARY KEY,
    tenancy_id    INTEGER NOT NULL REFERENCES housing_tenancies (id),
    previous_end  TEXT NOT NULL,
    new_end       TEXT NOT NULL,
    beyond_max    INTEGER NOT NULL CHECK (beyond_max IN (0, 1)),
    reason        TEXT NOT NULL DEFAULT '',
    approved_by   TEXT NOT NULL,                                -- the user's name
    created_at    INTEGER NOT NULL
);
CREATE INDEX housing_extensions_tenancy ON housing_extensions (tenancy_id);

-- The monthly rent roll: one line per tenancy and month.
CREATE TABLE housing_rent_lines (
    id          INTEGER PRIMARY KEY,
    tenancy_id  INTEGER NOT NULL REFERENCES housing_tenancies (id),
    month       TEXT NOT NULL,
    days        INTEGER NOT NULL CHECK (days >= 0),
    month_days  INTEGER NOT NULL CHECK (month_days BETWEEN 28 AND 31),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    paid        INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),
    created_at  INTEGER NOT NULL,
    UNIQUE (tenancy_id, month),
    CHECK (paid <= amount)
);
CREATE INDEX housing_rent_lines_month ON housing_rent_lines (month);
CREATE INDEX housing_rent_lines_open ON housing_rent_lines (tenancy_id, month) WHERE paid < amount;

CREATE TABLE housing_payments (
    id          INTEGER PRIMARY KEY,
    tenancy_id  INTEGER NOT NULL REFERENCES housing_tenancies (id),
    line_id     INTEGER REFERENCES housing_rent_lines (id),
    paid_on     TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    kind        TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'settlement')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX housing_payments_tenancy ON housing_payments (tenancy_id, paid_on);
CREATE INDEX housing_payments_line ON housing_payments (line_id);

-- The check-out of a tenancy: the inspection against the inventory and the final settlement.
-- balance = rent_due + utilities + damages - deposit - credit (positive: the tenant pays).
CREATE TABLE housing_checkouts (
    id             INTEGER PRIMARY KEY,
    tenancy_id     INTEGER NOT NULL UNIQUE REFERENCES housing_tenancies (id),
    checkout_date  TEXT NOT NULL,
    rent_due       INTEGER NOT NULL,
    utilities      INTEGER NOT NULL DEFAULT 0 CHECK (utilities >= 0),
    damages        INTEGER NOT NULL DEFAULT 0 CHECK (damages >= 0),
    deposit        INTEGER NOT NULL DEFAULT 0,
    credit         INTEGER NOT NULL DEFAULT 0,
    balance        INTEGER NOT NULL,
    flat_status    TEXT NOT NULL CHECK (flat_status IN ('vacant', 'maintenance')),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL
);

CREATE TABLE housing_checkout_items (
    id           INTEGER PRIMARY KEY,
    checkout_id  INTEGER NOT NULL REFERENCES housing_checkouts (id),
    item_id      INTEGER REFERENCES housing_flat_items (id),
    name         TEXT NOT NULL,
    condition    TEXT NOT NULL CHECK (condition IN ('ok', 'damaged', 'missing')),
    cost         INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0)
);
CREATE INDEX housing_checkout_items_checkout ON housing_checkout_items (checkout_id);
