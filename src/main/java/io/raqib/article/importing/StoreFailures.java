package io.raqib.article.importing;

import io.raqib.common.ProblemException;
import io.raqib.common.LostRace;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Why one imported article could not be stored, in words fit for the import report. */
public final class StoreFailures {
    private static final Logger LOG = Logger.getLogger(StoreFailures.class);

    private StoreFailures() {
    }

    public static String reason(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem.getMessage();
            }
            if (t instanceof ConstraintViolationException invalid) {
                return invalid.getConstraintViolations().stream()
                        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                        .sorted().collect(Collectors.joining("; "));
            }
        }
        if (LostRace.of(failure).isPresent()) {
            return LostRace.of(failure).get().problem().getMessage();
        }
        LOG.errorf(failure, "an imported article could not be stored");
        return "the article could not be stored (an internal error, logged); the other lines are not affected";
    }
}
