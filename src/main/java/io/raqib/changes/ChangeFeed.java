package io.raqib.changes;

import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the changes feed: numbered rows of change_feed after a cursor (see {@link ChangeSequencer} for
 * why the numbers follow commit order). A cursor is "{last number read}-{purges so far}"; clients treat
 * it as opaque. The purge count lets a cursor tell whether a retention purge ran after it was given
 * ({@link ChangeRetention}): if one did and dropped rows above it, deletions may be gone, and the
 * cursor is refused (410) instead of resuming over a hole.
 */
@ApplicationScoped
public class ChangeFeed {
    private static final Pattern CURSOR = Pattern.compile("([0-9]{1,18})(?:-([0-9]{1,9}))?");

    @Inject
    EntityManager em;

    /** The sequencer's row: the last number given, the highest number purged, how many purges ran. */
    private record State(long last, long purgedThrough, int purges) {
        String cursorAt(long seq) {
            return seq + "-" + purges;
        }
    }

    /** Changes read and the cursor after them. */
    public record Read(List<Change> changes, String cursor) {
    }

    /** A page for GET /changes: the changes after {@code since} and the cursor after them. */
    @Transactional
    public ChangePage page(String since, int limit) {
        State state = state();
        Read read = read(state, position(state, since), limit);
        return new ChangePage(read.changes().stream().map(Change::item).toList(), read.cursor());
    }

    /** Where a live stream starts: after {@code since} when given (checked like a page's), else after the latest change. */
    @Transactional
    public long start(String since) {
        State state = state();
        return since == null || since.isEmpty() ? state.last() : position(state, since);
    }

    /** Up to {@code limit} changes after number {@code after}, each cursor naming the purges so far. */
    @Transactional
    public Read after(long after, int limit) {
        return read(state(), after, limit);
    }

    private Read read(State state, long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, entity, entity_id, op, changed_at from change_feed"
                        + " where seq > ?1 order by seq limit ?2")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long seq = ((Number) row[0]).longValue();
            changes.add(new Change(seq, state.cursorAt(seq), new ChangeItem((String) row[1],
                    ((Number) row[2]).longValue(), (String) row[3], instant(row[4]))));
        }
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
        return new Read(changes, state.cursorAt(last));
    }

    /** The number a cursor stands at: 400 when it is not one this feed gives, 410 when a purge passed it. */
    private static long position(State state, String since) {
        if (since == null || since.isEmpty()) {
            return 0;
        }
        Matcher m = CURSOR.matcher(since);
        if (!m.matches()) {
            throw ProblemException.badRequest("since must be a cursor this feed returned, not '"
                    + (since.length() > 40 ? since.substring(0, 40) + "…" : since) + "'");
        }
        long seq = Long.parseLong(m.group(1));
        long purges = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        if (seq > state.last() || purges > state.purges()) {
            throw ProblemException.badRequest("since " + since + " is ahead of this feed (its latest cursor is "
                    + state.cursorAt(state.last()) + ")");
        }
        if (purges < state.purges() && seq < state.purgedThrough()) {
            throw new ProblemException(410, "cursor-expired", "Cursor expired",
                    "changes after " + since + " include deletions older than the feed keeps; read the feed again "
                            + "from the start (without since)");
        }
        return seq;
    }

    private State state() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select last_seq, purged_through, purges from change_feed_sequencer where id = 1").getSingleResult();
        return new State(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).intValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
