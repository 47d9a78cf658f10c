-- 0003: index only the activity items that say something happened to a device. A nightly
-- re-import of a full order export writes one `unchanged` item per device; indexing those by
-- serial made every such item a random B-tree insert (a third of a 200,000-row re-import's
-- time). `activity list --serial` lists the activities that added, changed, refused, skipped or
-- queued a device, which is what an audit of that device asks for.
DROP INDEX activity_items_serial;
CREATE INDEX activity_items_serial ON activity_items (serial_number) WHERE outcome <> 'unchanged';
