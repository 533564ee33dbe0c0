package io.raqib.editing;

import io.raqib.article.Article;
import io.raqib.article.ArticleView;
import io.raqib.claim.Claim;
import io.raqib.claim.ClaimView;
import io.raqib.deadline.Deadline;
import io.raqib.deadline.DeadlineView;
import io.raqib.source.Source;
import io.raqib.source.SourceView;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records clients edit one at a time, each under the name its history and ETag use, and the
 * collection path it lives under ({@code /articles/{id}}, …).
 */
public final class TrackedEntities {
    private TrackedEntities() {
    }

    /** A record by name and id, e.g. ("claim", 42). */
    public record Ref(String entity, long id) {
        String key() {
            return entity + ":" + id;
        }
    }

    private static final Map<Class<?>, String> ENTITIES = Map.of(Article.class, "article", Claim.class, "claim",
            Deadline.class, "deadline", Source.class, "source");

    private static final Map<String, String> COLLECTIONS = Map.of("articles", "article", "claims", "claim",
            "deadlines", "deadline", "sources", "source");

    private static final Pattern SINGLE_RECORD = Pattern.compile("/(articles|claims|deadlines|sources)/([0-9]{1,18})/?");

    /** The name of an entity class, when it is tracked. */
    public static Optional<String> nameOf(Class<?> entityClass) {
        return Optional.ofNullable(ENTITIES.get(entityClass));
    }

    /** The record a path such as /claims/42 addresses, if it addresses one. */
    public static Optional<Ref> ofPath(String path) {
        Matcher m = SINGLE_RECORD.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Ref(COLLECTIONS.get(m.group(1)), Long.parseLong(m.group(2))));
    }

    /** The record a response body shows, when it shows one. */
    public static Optional<Ref> ofView(Object view) {
        if (view instanceof ArticleView a && a.id() != null) {
            return Optional.of(new Ref("article", a.id()));
        }
        if (view instanceof ClaimView c && c.id() != null) {
            return Optional.of(new Ref("claim", c.id()));
        }
        if (view instanceof DeadlineView d && d.id() != null) {
            return Optional.of(new Ref("deadline", d.id()));
        }
        if (view instanceof SourceView s && s.id() != null) {
            return Optional.of(new Ref("source", s.id()));
        }
        return Optional.empty();
    }
}
