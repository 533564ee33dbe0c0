package io.raqib.changes;

/** A numbered change: its place in the feed ({@code seq}), the cursor just after it, and what it says. */
record Change(long seq, String cursor, ChangeItem item) {
}
