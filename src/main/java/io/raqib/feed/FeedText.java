package io.raqib.feed;

import io.raqib.claim.ClaimView;
import io.raqib.deadline.DeadlineView;
import io.raqib.source.AttributionView;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** Arabic titles for feed entries, e.g. "نحو 2,000 — القوات الأمريكية في سوريا". */
final class FeedText {
    private static final Map<String, String> FORCES = Map.ofEntries(
            Map.entry("US", "القوات الأمريكية"), Map.entry("COALITION", "التحالف الدولي"), Map.entry("ISIS", "تنظيم داعش"),
            Map.entry("SDF", "قسد"), Map.entry("SYRIAN_GOV", "القوات الحكومية السورية"),
            Map.entry("IRAQI", "القوات العراقية"), Map.entry("PESHMERGA", "البيشمركة"), Map.entry("PMF", "الحشد الشعبي"),
            Map.entry("TURKISH", "القوات التركية"), Map.entry("RUSSIAN", "القوات الروسية"),
            Map.entry("IRANIAN", "القوات الإيرانية"), Map.entry("HTS", "هيئة تحرير الشام"), Map.entry("NATO", "حلف الناتو"));
    private static final Map<String, String> COUNTRIES = Map.of("IQ", "العراق", "SY", "سوريا", "KW", "الكويت",
            "JO", "الأردن", "TR", "تركيا", "IR", "إيران", "LB", "لبنان");
    private static final Map<String, String> QUALIFIERS = Map.of("approx", "نحو", "more_than", "أكثر من",
            "less_than", "أقل من", "at_least", "على الأقل", "at_most", "على الأكثر");
    private static final Map<String, String> SUBJECTS = Map.of("withdrawal", "الانسحاب", "mission_end", "انتهاء المهمة",
            "presence_until", "البقاء", "deployment", "الانتشار", "other", "موعد");
    private static final Map<String, String> STATUSES = Map.of("upcoming", "قادم", "passed", "انقضى",
            "postponed", "أُجِّل", "superseded", "استُبدل");

    private FeedText() {
    }

    static String claimTitle(ClaimView c) {
        String figure;
        if (c.value() != null) {
            String q = QUALIFIERS.get(c.qualifier());
            figure = (q == null ? "" : q + " ") + number(c.value());
        } else if (c.low() != null && c.high() != null) {
            figure = number(c.low()) + "–" + number(c.high());
        } else {
            figure = c.text();
        }
        return figure + " — " + where(c.force(), c.country(), c.place());
    }

    static String deadlineTitle(DeadlineView d) {
        String subject = d.subject() == null ? "موعد" : SUBJECTS.getOrDefault(d.subject().name().toLowerCase(Locale.ROOT), "موعد");
        String status = d.status() == null ? "" : " (" + STATUSES.getOrDefault(d.status().name().toLowerCase(Locale.ROOT), "") + ")";
        return subject + " — " + where(d.force(), d.country(), null) + ": " + (d.due() == null ? "دون تاريخ" : d.due())
                + status;
    }

    /** Who said it first, as a name: the linked originator, else the name as the text wrote it. */
    static String originator(AttributionView chain, String fallback) {
        AttributionView.Party origin = chain == null ? null : chain.originator();
        if (origin != null && origin.name() != null) {
            return origin.name();
        }
        if (origin != null && origin.text() != null) {
            return origin.text();
        }
        return fallback;
    }

    private static String where(String force, String country, String place) {
        StringBuilder out = new StringBuilder(force == null ? "قوة غير محددة" : FORCES.getOrDefault(force, force));
        if (country != null) {
            out.append(" في ").append(COUNTRIES.getOrDefault(country, country));
        }
        if (place != null) {
            out.append(" (").append(place).append(')');
        }
        return out.toString();
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
