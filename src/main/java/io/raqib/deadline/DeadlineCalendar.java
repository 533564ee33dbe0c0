package io.raqib.deadline;

import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Deadlines as an RFC 5545 calendar: one all-day VEVENT per deadline, on the LAST day of its due
 * period. "بحلول أيلول 2025" is kept as long as September lasts, so the day a newsroom must look
 * again is the 30th, the day the status turns from upcoming to passed; the first day would fire
 * the reminder a month (or a year) before anything is due. A modifier narrows the period first
 * ({@link DuePeriod}): "مطلع أيلول" falls on the 10th, "منتصف 2026" on 31 August, "نهاية 2026" (due
 * 2026-12) on 31 December. UIDs are {@code deadline-{id}@raqib},
 * stable across feeds, so calendar apps update events instead of duplicating them.
 *
 * <p>Lines end in CRLF, content lines are folded at 75 octets (never inside a UTF-8 sequence),
 * and TEXT values escape backslash, semicolon, comma and newlines.
 */
public final class DeadlineCalendar {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final Map<DeadlineModifier, String> MODIFIERS = Map.of(DeadlineModifier.EARLY, "مطلع",
            DeadlineModifier.MID, "منتصف", DeadlineModifier.LATE, "أواخر", DeadlineModifier.END, "نهاية");

    private static final Map<DeadlineSubject, String> SUBJECTS = Map.of(
            DeadlineSubject.WITHDRAWAL, "انسحاب",
            DeadlineSubject.MISSION_END, "انتهاء المهمة",
            DeadlineSubject.PRESENCE_UNTIL, "بقاء حتى",
            DeadlineSubject.DEPLOYMENT, "انتشار",
            DeadlineSubject.OTHER, "موعد");
    private static final Map<String, String> FORCES = Map.ofEntries(
            Map.entry("US", "القوات الأمريكية"), Map.entry("COALITION", "التحالف الدولي"), Map.entry("ISIS", "داعش"),
            Map.entry("SDF", "قوات سوريا الديمقراطية"), Map.entry("SYRIAN_GOV", "الجيش السوري"),
            Map.entry("IRAQI", "القوات العراقية"), Map.entry("PESHMERGA", "البيشمركة"), Map.entry("PMF", "الحشد الشعبي"),
            Map.entry("TURKISH", "القوات التركية"), Map.entry("RUSSIAN", "القوات الروسية"),
            Map.entry("IRANIAN", "القوات الإيرانية"), Map.entry("HTS", "هيئة تحرير الشام"), Map.entry("NATO", "حلف الناتو"),
            Map.entry("BRITISH", "القوات البريطانية"), Map.entry("FRENCH", "القوات الفرنسية"),
            Map.entry("GERMAN", "القوات الألمانية"), Map.entry("ITALIAN", "القوات الإيطالية"),
            Map.entry("SPANISH", "القوات الإسبانية"), Map.entry("DUTCH", "القوات الهولندية"),
            Map.entry("JORDANIAN", "القوات الأردنية"), Map.entry("AUSTRALIAN", "القوات الأسترالية"),
            Map.entry("CANADIAN", "القوات الكندية"), Map.entry("OTHER", "قوات أخرى"));
    private static final Map<String, String> COUNTRIES = Map.of("IQ", "العراق", "SY", "سوريا", "KW", "الكويت",
            "TR", "تركيا", "JO", "الأردن", "IR", "إيران", "US", "الولايات المتحدة", "RU", "روسيا");
    private static final Map<DeadlineStatus, String> STATUSES = Map.of(
            DeadlineStatus.UPCOMING, "قادم (upcoming)", DeadlineStatus.PASSED, "انقضى (passed)",
            DeadlineStatus.POSTPONED, "أُرجئ (postponed)", DeadlineStatus.SUPERSEDED, "استُبدل (superseded)");

    private DeadlineCalendar() {
    }

    public static String render(List<DeadlineView> deadlines, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Raqib//Deadlines//AR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("رقيب: مواعيد الانسحاب والوجود العسكري"));
        for (DeadlineView d : deadlines) {
            if (d.due() == null) {
                continue;
            }
            LocalDate day = DuePeriod.of(d.due(), d.modifier()).last();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:deadline-" + d.id() + "@raqib");
            line(out, "DTSTAMP:" + STAMP.format(d.updatedAt() == null ? stamp : d.updatedAt()));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
            line(out, "SUMMARY:" + text(summary(d)));
            line(out, "DESCRIPTION:" + text(description(d)));
            line(out, "STATUS:" + switch (d.status()) {
                case POSTPONED, SUPERSEDED -> "CANCELLED";
                default -> d.qualifier() == DeadlineQualifier.PROPOSED ? "TENTATIVE" : "CONFIRMED";
            });
            line(out, "CATEGORIES:" + text(d.subject().code()) + "," + text(d.status().code()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** "انسحاب القوات الأمريكية من العراق: 2025-09 (أُرجئ)". */
    static String summary(DeadlineView d) {
        StringBuilder s = new StringBuilder(SUBJECTS.get(d.subject()));
        if (d.force() != null) {
            s.append(' ').append(FORCES.getOrDefault(d.force(), d.force()));
        }
        if (d.country() != null) {
            s.append(d.subject() == DeadlineSubject.WITHDRAWAL ? " من " : " في ")
                    .append(COUNTRIES.getOrDefault(d.country(), d.country()));
        }
        s.append(": ");
        if (d.modifier() != null) {
            s.append(MODIFIERS.get(d.modifier())).append(' ');
        }
        s.append(d.due().toIso());
        if (d.qualifier() == DeadlineQualifier.AT_LEAST) {
            s.append(" على الأقل");
        } else if (d.qualifier() == DeadlineQualifier.PROPOSED) {
            s.append(" (مقترح)");
        }
        if (d.status() == DeadlineStatus.POSTPONED || d.status() == DeadlineStatus.SUPERSEDED) {
            s.append(" — ").append(STATUSES.get(d.status()));
        }
        return s.toString();
    }

    static String description(DeadlineView d) {
        StringBuilder s = new StringBuilder();
        s.append("الحالة: ").append(STATUSES.get(d.status())).append('\n');
        s.append("الموعد كما ورد: ").append(d.dueText() == null ? d.due().toIso() : d.dueText()).append('\n');
        s.append("النص: ").append(d.sentence()).append('\n');
        if (d.announcedBy() != null || d.announcer() != null) {
            s.append("أعلنه: ").append(d.announcer() != null ? d.announcer().name() : d.announcedBy()).append('\n');
        }
        if (d.article() != null) {
            s.append("المصدر: ");
            if (d.article().outlet() != null) {
                s.append(d.article().outlet().name()).append(" — ");
            }
            s.append(d.article().title());
            if (d.article().publishedAt() != null) {
                s.append(" (").append(d.article().publishedAt()).append(')');
            }
            s.append('\n');
        }
        if (d.confirmations() > 0) {
            s.append("أكدته ").append(d.confirmations()).append(" إعلانات لاحقة").append('\n');
        }
        s.append("/deadlines/").append(d.id());
        return s.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, newlines as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (continuations start with a space), ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
