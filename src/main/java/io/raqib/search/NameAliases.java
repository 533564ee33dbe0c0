package io.raqib.search;

import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.Gazetteer;
import io.raqib.source.SourceNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other names of a name in a query, looked up when the query runs, so a new alias needs no
 * reindex: first the source registry (سنتكوم → القيادة المركزية الأمريكية, CENTCOM, …; every alias
 * of the source), then the gazetteer's forces and places (داعش → تنظيم الدولة, تنظيم الدولة
 * الإسلامية, ISIS, …). Names match on the source-name key (Arabic normalisation, the article ال,
 * punctuation, Latin case). Gazetteer country names are left out: they list capitals as
 * variants (طهران for إيران), which would widen a search for the city to the whole country.
 */
@ApplicationScoped
public class NameAliases {
    @Inject
    EntityManager em;

    private final Map<String, Set<String>> gazetteer = gazetteerForms(Gazetteer.standard());

    /** The lookup for one query; call inside a transaction. */
    public ArabicQuery.Aliases forQuery() {
        Map<String, Set<String>> seen = new HashMap<>();
        return words -> seen.computeIfAbsent(words, this::alternatives);
    }

    Set<String> alternatives(String words) {
        String key = SourceNames.key(words);
        if (key.isEmpty()) {
            return Set.of();
        }
        List<String> aliases = em.createQuery("select b.alias from SourceAlias a, SourceAlias b "
                        + "where a.normalized = :key and b.source = a.source order by b.id", String.class)
                .setParameter("key", key).getResultList();
        if (!aliases.isEmpty()) {
            Set<String> forms = new LinkedHashSet<>();
            for (String alias : aliases) {
                String form = ArabicQuery.form(alias);
                if (!form.isEmpty() && !form.equals(words)) {
                    forms.add(form);
                }
            }
            return forms;
        }
        Set<String> forms = new LinkedHashSet<>(gazetteer.getOrDefault(ArabicNormalizer.foldHamzaSeats(key), Set.of()));
        forms.remove(words);
        return forms;
    }

    /**
     * Name key, hamza seats folded (هيأة = هيئة) → every written form of the force or place it
     * names (not the * patterns).
     */
    static Map<String, Set<String>> gazetteerForms(Gazetteer gazetteer) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Gazetteer.Entry entry : gazetteer.entries()) {
            if (entry.kind() != Gazetteer.Kind.FORCE && entry.kind() != Gazetteer.Kind.PLACE) {
                continue;
            }
            List<String> plain = gazetteer.variantsOf(entry).stream().filter(v -> !v.contains("*")).toList();
            Set<String> forms = new LinkedHashSet<>();
            plain.stream().map(ArabicQuery::form).filter(f -> !f.isEmpty()).forEach(forms::add);
            for (String variant : plain) {
                byKey.computeIfAbsent(ArabicNormalizer.foldHamzaSeats(SourceNames.key(variant)), k -> new LinkedHashSet<>())
                        .addAll(forms);
            }
        }
        return byKey;
    }
}
