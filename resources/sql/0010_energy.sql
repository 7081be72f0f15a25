-- GovAssets schema 10: energy statistics (能耗统计, DESIGN.md Energy; GB/T 2589). Meters per
-- building, their monthly readings, the standard-coal coefficient table (versioned by the date
-- from which a value applies) and the yearly quotas (定额) of each building. Quantities are
-- INTEGER thousandths of the meter's unit (0.001 kWh, 0.001 m³, …); money INTEGER fen.
-- It applies on top of schema 7 and does not depend on 8 or 9; written to apply again over a
-- store where it already ran (a store whose earlier schemas were undone and re-applied).

CREATE TABLE IF NOT EXISTS energy_meters (
    id             INTEGER PRIMARY KEY,
    building_id    INTEGER NOT NULL REFERENCES buildings (id),
    meter_no       TEXT NOT NULL,
    energy_type    TEXT NOT NULL CHECK (energy_type IN ('electricity', 'natural_gas', 'heat',
                        'water', 'petrol', 'diesel', 'lpg', 'coal', 'other')),
    unit           TEXT NOT NULL,
    reading_kind   TEXT NOT NULL CHECK (reading_kind IN ('cumulative', 'period')),
    -- the first month it is read (its readings from then on make a period complete)
    since_month    TEXT NOT NULL,
    -- cumulative meters: the index when it was installed (0.001 units)
    initial_milli  INTEGER NOT NULL DEFAULT 0 CHECK (initial_milli >= 0),
    -- cumulative meters: the index at which the register rolls over to zero (0.001 units; 0: none)
    rollover_milli INTEGER NOT NULL DEFAULT 0 CHECK (rollover_milli >= 0),
    -- the tariff, in 0.01 fen per unit (0: the readings carry the invoice amount)
    unit_price     INTEGER NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
    note           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at     INTEGER NOT NULL,
    UNIQUE (building_id, meter_no)
);
CREATE INDEX IF NOT EXISTS energy_meters_no ON energy_meters (meter_no, id);
CREATE INDEX IF NOT EXISTS energy_meters_type ON energy_meters (energy_type, id);

-- One reading per meter and month. value_milli is the index at the month's end (cumulative) or
-- the month's amount (period); consumption_milli is the month's use derived from it (the index
-- less the previous one, over a roll-over or a replacement). flags: 1 below the previous index,
-- 2 outside the meter's usual range for that month; a flagged reading carries the confirmation
-- note (empty: imported, awaiting confirmation).
CREATE TABLE IF NOT EXISTS energy_readings (
    id                INTEGER PRIMARY KEY,
    meter_id          INTEGER NOT NULL REFERENCES energy_meters (id),
    month             TEXT NOT NULL,
    value_milli       INTEGER NOT NULL CHECK (value_milli >= 0),
    consumption_milli INTEGER NOT NULL,
    amount            INTEGER CHECK (amount >= 0),
    event             TEXT NOT NULL DEFAULT '' CHECK (event IN ('', 'rollover', 'replacement')),
    old_final_milli   INTEGER,
    new_start_milli   INTEGER,
    flags             INTEGER NOT NULL DEFAULT 0,
    note              TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT 'entry' CHECK (source IN ('entry', 'import', 'generated')),
    updated_at        INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    UNIQUE (meter_id, month)
);
CREATE INDEX IF NOT EXISTS energy_readings_month ON energy_readings (month, meter_id);

-- kgce per unit of the type's unit (kWh, m³, GJ, kg); liquid fuels metered in litres are
-- converted with density_kg_per_l first.
CREATE TABLE IF NOT EXISTS energy_coefficients (
    id               INTEGER PRIMARY KEY,
    energy_type      TEXT NOT NULL,
    valid_from       TEXT NOT NULL,
    kgce_per_unit    REAL NOT NULL CHECK (kgce_per_unit > 0),
    unit             TEXT NOT NULL,
    density_kg_per_l REAL,
    note             TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    UNIQUE (energy_type, valid_from)
);

INSERT INTO energy_coefficients (energy_type, valid_from, kgce_per_unit, unit, density_kg_per_l, note, created_at) VALUES
    ('electricity', '2000-01-01', 0.1229, 'kWh', NULL, 'GB/T 2589, equivalent value', 0),
    ('natural_gas', '2000-01-01', 1.2143, 'm³', NULL, 'GB/T 2589', 0),
    ('heat', '2000-01-01', 34.12, 'GJ', NULL, 'GB/T 2589', 0),
    ('petrol', '2000-01-01', 1.4714, 'kg', 0.74, 'GB/T 2589', 0),
    ('diesel', '2000-01-01', 1.4571, 'kg', 0.86, 'GB/T 2589', 0),
    ('lpg', '2000-01-01', 1.7143, 'kg', NULL, 'GB/T 2589', 0),
    ('coal', '2000-01-01', 0.7143, 'kg', NULL, 'GB/T 2589, raw coal', 0)
    ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS energy_quotas (
    id          INTEGER PRIMARY KEY,
    building_id INTEGER NOT NULL REFERENCES buildings (id),
    year        INTEGER NOT NULL,
    kgce        INTEGER NOT NULL CHECK (kgce > 0),
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (building_id, year)
);

-- k of the anomaly rule: a month's use outside median ± k·MAD of the same month's history.
INSERT INTO settings (key, value) VALUES ('energy.anomaly_k', '3') ON CONFLICT DO NOTHING;
