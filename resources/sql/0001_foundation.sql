-- GovAssets schema 1: settings, ranks, organisation, users, audit.
-- Conventions (DESIGN.md): money INTEGER fen; instants INTEGER Unix seconds UTC; dates TEXT
-- 'YYYY-MM-DD'; areas INTEGER in 0.01 m² units; status columns instead of deletes.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO settings (key, value) VALUES
    ('bureau.name', ''),
    ('vehicle.renewal_years', '8'),
    ('vehicle.renewal_km', '250000'),
    ('vehicle.alert_days', '30'),
    ('vehicle.service_interval_days', '180'),
    ('vehicle.service_interval_km', '10000'),
    ('housing.term_default_years', '3'),
    ('housing.term_max_years', '5'),
    ('housing.alert_days', '60');

-- Per-rank office usable-area limits (党政机关办公用房建设标准, 2014), editable by admins.
CREATE TABLE ranks (
    id           INTEGER PRIMARY KEY,
    level        TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city', 'county', 'township')),
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    sort_order   INTEGER NOT NULL,
    office_limit INTEGER NOT NULL CHECK (office_limit > 0),   -- 0.01 m²
    active       INTEGER NOT NULL DEFAULT 1
);

INSERT INTO ranks (level, code, name, name_en, sort_order, office_limit) VALUES
    ('central', 'central.minister',        '部级正职',     'Minister',                       101, 5400),
    ('central', 'central.vice_minister',   '部级副职',     'Vice minister',                  102, 4200),
    ('central', 'central.director_gen',    '正司局级',     'Director-general',               103, 2400),
    ('central', 'central.deputy_dg',       '副司局级',     'Deputy director-general',        104, 1800),
    ('central', 'central.division',        '处级',         'Division level',                 105, 1200),
    ('central', 'central.below_division',  '处级以下',     'Below division level',           106,  900),
    ('provincial', 'provincial.principal', '省级正职',     'Provincial principal',           201, 5400),
    ('provincial', 'provincial.deputy',    '省级副职',     'Provincial deputy',              202, 4200),
    ('provincial', 'provincial.bureau',    '正厅（局）级', 'Department head (zhengting)',    203, 3000),
    ('provincial', 'provincial.deputy_bureau', '副厅（局）级', 'Deputy department head (futing)', 204, 2400),
    ('provincial', 'provincial.division',  '正处级',       'Division head (zhengchu)',       205, 1800),
    ('provincial', 'provincial.deputy_division', '副处级', 'Deputy division head (fuchu)',   206, 1200),
    ('provincial', 'provincial.below_division', '处级以下', 'Below division level',          207,  900),
    ('city', 'city.principal',             '市级正职',     'City principal',                 301, 4200),
    ('city', 'city.deputy',                '市级副职',     'City deputy',                    302, 3000),
    ('city', 'city.bureau',                '正局（处）级', 'Bureau head',                    303, 2400),
    ('city', 'city.deputy_bureau',         '副局（处）级', 'Deputy bureau head',             304, 1800),
    ('city', 'city.below_bureau',          '局（处）级以下', 'Below bureau level',           305,  900),
    ('county', 'county.principal',         '县级正职',     'County principal',               401, 3000),
    ('county', 'county.deputy',            '县级副职',     'County deputy',                  402, 2400),
    ('county', 'county.section',           '正科级',       'Section head',                   403, 1800),
    ('county', 'county.deputy_section',    '副科级',       'Deputy section head',            404, 1200),
    ('county', 'county.below_section',     '科级以下',     'Below section level',            405,  900),
    ('township', 'township.all',           '乡级',         'Township level',                 501, 2400);

-- The organisation tree: bureau → agencies → divisions.
CREATE TABLE departments (
    id            INTEGER PRIMARY KEY,
    parent_id     INTEGER REFERENCES departments (id),
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('bureau', 'agency', 'division')),
    approved_area INTEGER NOT NULL DEFAULT 0 CHECK (approved_area >= 0),  -- 核定面积, 0.01 m²
    phone         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at    INTEGER NOT NULL
);
CREATE INDEX departments_parent ON departments (parent_id);
CREATE INDEX departments_name ON departments (name);

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    staff_no      TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    gender        TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    department_id INTEGER NOT NULL REFERENCES departments (id),
    rank_id       INTEGER NOT NULL REFERENCES ranks (id),
    post_title    TEXT NOT NULL DEFAULT '',
    post_start    TEXT,
    post_end      TEXT,
    transferred   INTEGER NOT NULL DEFAULT 0 CHECK (transferred IN (0, 1)),  -- 交流干部
    phone         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at    INTEGER NOT NULL
);
CREATE INDEX staff_department ON staff (department_id, name);
CREATE INDEX staff_name ON staff (name);
CREATE INDEX staff_rank ON staff (rank_id);

CREATE TABLE buildings (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    campus        TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES departments (id),   -- the managing agency
    gross_area    INTEGER NOT NULL DEFAULT 0 CHECK (gross_area >= 0),    -- 建筑面积, 0.01 m²
    usable_area   INTEGER NOT NULL DEFAULT 0 CHECK (usable_area >= 0),   -- 使用面积, 0.01 m²
    energy_users  INTEGER NOT NULL DEFAULT 0 CHECK (energy_users >= 0),  -- 用能人数
    year_built    INTEGER,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at    INTEGER NOT NULL
);
CREATE INDEX buildings_name ON buildings (name);
CREATE INDEX buildings_department ON buildings (department_id);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    password_hash  TEXT NOT NULL,       -- libsodium crypto_pwhash_str (Argon2id)
    role           TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'clerk', 'staff')),
    modules        TEXT NOT NULL DEFAULT '',   -- clerk's modules: 'org,vehicles'
    department_id  INTEGER REFERENCES departments (id),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     INTEGER NOT NULL,
    last_login_at  INTEGER
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     INTEGER,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL DEFAULT 0,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_at ON audit_log (at);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_user ON audit_log (username, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
