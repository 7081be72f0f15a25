-- Schema 4: indexes for keyset paging. Every sort order a growing list offers is read from an
-- index in its own order, so the page after any row is one index range starting at that row
-- (no sort of the whole table per page). Each index ends, implicitly, on the row id, which is
-- the key's last column. Nullable columns are indexed as the list sorts them, coalesced.

-- Staff (20,000 in a region): every column the list sorts by. Not the status: the list's default
-- filter is `status = 'active'`, and an index on it would be taken for that filter (then every
-- page sorted); the status order reads the table in id order instead.
CREATE INDEX staff_post_title ON staff (post_title);
CREATE INDEX staff_post_start ON staff (coalesce(post_start, ''));
CREATE INDEX staff_post_end ON staff (coalesce(post_end, ''));
CREATE INDEX staff_transferred ON staff (transferred);
-- The rank order joins ranks by sort_order, then staff_rank (rank_id).
CREATE INDEX ranks_sort_order ON ranks (sort_order);

-- The audit log (millions of rows): filtered by entity or action, newest first.
CREATE INDEX audit_entity_at ON audit_log (entity, at);
CREATE INDEX audit_action_at ON audit_log (action, at);
