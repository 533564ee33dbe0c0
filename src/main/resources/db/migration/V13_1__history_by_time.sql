-- "As known at" (common.PastStates) reads what changed after an instant, per kind of record.
create index change_history_changed_idx on change_history (entity, changed_at);
