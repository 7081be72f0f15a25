-- GovAssets schema 11: an administrator can lock an account and unlock it again (guessed at,
-- a laptop lost). Unlike a deactivated user, a locked one is still a current user: their
-- assignments, scope and history stay as they are, only logging in is refused.
ALTER TABLE users ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
