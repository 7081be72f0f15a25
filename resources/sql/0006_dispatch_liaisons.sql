-- GovAssets schema 6: the registered dispatch liaisons (派车联络员) of each department, so that a
-- clerk taking a phone request picks the caller instead of typing the name and the phone.
-- A liaison who no longer files requests is retired ('retired'), never deleted: the trips keep
-- the name and phone they were filed with.
CREATE TABLE dispatch_liaisons (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    name          TEXT NOT NULL CHECK (name <> ''),
    phone         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at    INTEGER NOT NULL,
    UNIQUE (department_id, name, phone)
);
CREATE INDEX dispatch_liaisons_department ON dispatch_liaisons (department_id, status);

-- An existing store registers the liaisons its requests were filed by.
INSERT INTO dispatch_liaisons (department_id, name, phone, created_at)
SELECT department_id, liaison, liaison_phone, max(created_at)
FROM trips
WHERE liaison <> ''
GROUP BY department_id, liaison, liaison_phone;
