package io.raqib.editing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one request knows about record versions: the version of every tracked record it loaded or
 * wrote (the last one wins, so a write answers its new version as the ETag), and the versions the
 * client said it edits (If-Match), checked when the record is loaded for the write.
 */
@RequestScoped
@Unremovable
public class EntityVersions {
    private final Map<String, Long> seen = new HashMap<>();
    private TrackedEntities.Ref target;
    private Set<String> expected;

    /** The request's versions, or none outside a request (scheduled work, start-up). */
    static Optional<EntityVersions> current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(arc.instance(EntityVersions.class).get());
    }

    /** The write of {@code ref} must find it at one of these versions ("*": any). */
    void expect(TrackedEntities.Ref ref, Set<String> versions) {
        target = ref;
        expected = versions;
    }

    boolean hasPrecondition() {
        return expected != null;
    }

    /** Records a version read; refuses the write when it is not the one the client holds. */
    void loaded(TrackedEntities.Ref ref, long version) {
        seen.put(ref.key(), version);
        if (expected != null && ref.equals(target) && !expected.contains("*")
                && !expected.contains(Long.toString(version))) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    ref.entity() + " " + ref.id() + " is at version \"" + version + "\", not " + ETags.list(expected)
                            + ": it changed since you read it; GET it again, reapply your change and send the new ETag"
                            + " in If-Match");
        }
    }

    /** Records a version written (the new one). */
    void wrote(TrackedEntities.Ref ref, long version) {
        seen.put(ref.key(), version);
    }

    Optional<Long> versionOf(TrackedEntities.Ref ref) {
        return Optional.ofNullable(seen.get(ref.key()));
    }
}
