-- GovAssets schema 5: each user's agency scope (DESIGN.md, Users).
-- NULL: the whole region (the bureau's own staff); otherwise the root of the department subtree
-- (one agency) whose records the user sees and changes. Existing users keep the whole region.
ALTER TABLE users ADD COLUMN scope_department_id INTEGER REFERENCES departments (id);
