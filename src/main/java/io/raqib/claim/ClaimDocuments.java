package io.raqib.claim;

import io.quarkus.panache.common.Sort;
import io.raqib.config.RaqibConfig;
import io.raqib.search.IndexedType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claims as the search index holds them: their sentences, for Arabic full-text over claims. */
@ApplicationScoped
public class ClaimDocuments implements IndexedType<ClaimDocument> {
    @Inject
    RaqibConfig config;

    @Override
    public String aggregate() {
        return ClaimIngest.AGGREGATE;
    }

    @Override
    public String alias() {
        return config.search().claimsAlias();
    }

    @Override
    public String definition() {
        return "/search/claims-index.json";
    }

    @Override
    public Optional<ClaimDocument> load(long id) {
        return Claim.<Claim>findByIdOptional(id).map(ClaimDocument::of);
    }

    @Override
    public Map<Long, ClaimDocument> loadAll(Collection<Long> ids) {
        Map<Long, ClaimDocument> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Claim.getEntityManager().createQuery("select c from Claim c join fetch c.article a left join fetch a.outlet"
                            + " left join fetch c.attributedTo left join fetch c.reportedBy where c.id in :ids", Claim.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> found.put(c.id, ClaimDocument.of(c)));
        }
        return found;
    }

    @Override
    public List<ClaimDocument> after(long afterId, int size) {
        return Claim.<Claim>find("id > ?1", Sort.by("id"), afterId).page(0, size).list().stream().map(ClaimDocument::of).toList();
    }

    @Override
    public long idOf(ClaimDocument document) {
        return document.id();
    }
}
