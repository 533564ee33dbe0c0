package io.raqib.deadline;

import io.raqib.arabic.Gazetteer;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Deadlines as an RFC 5545 calendar: one all-day VEVENT per deadline, on the LAST day of its due
 * period. "بحلول أيلول 2025" is kept as long as September lasts, so the day a newsroom must look
 * again is the 30th, the day the status turns from upcoming to passed; the first day would fire
 * the reminder a month (or a year) before anything is due. A modifier narrows the period first
 * ({@link DuePeriod}): "مطلع أيلول" falls on the 10th, "منتصف 2026" on 31 August, "نهاية 2026" (due
 * 2026-12) on 31 December. UIDs are {@code deadline-{id}@raqib},
 * stable across feeds, so calendar apps update events instead of duplicating them.
 *
 * <p>ical4j builds the calendar and writes its content lines (CRLF, TEXT values escaped). Its own
 * folding ({@code CalendarOutputter}'s {@code FoldingWriter}) counts UTF-16 chars, which lets an
 * Arabic line reach 146 octets, so the lines are folded by octets here instead
 * ({@link ContentLineFolding}).
 */
public final class DeadlineCalendar {
    public static final String MEDIA_TYPE = "text/calendar";

    private static final Map<DeadlineModifier, String> MODIFIERS = Map.of(DeadlineModifier.EARLY, "مطلع",
            DeadlineModifier.MID, "منتصف", DeadlineModifier.LATE, "أواخر", DeadlineModifier.END, "نهاية");

    private static final Map<DeadlineSubject, String> SUBJECTS = Map.of(
            DeadlineSubject.WITHDRAWAL, "انسحاب",
            DeadlineSubject.MISSION_END, "انتهاء المهمة",
            DeadlineSubject.PRESENCE_UNTIL, "بقاء حتى",
            DeadlineSubject.DEPLOYMENT, "انتشار",
            DeadlineSubject.OTHER, "موعد");
    /**
     * A force's name in the calendar: the gazetteer's canonical name, except where that names one
     * part of the force (the IRGC, an armed group) rather than the whole.
     */
    private static final Map<String, String> FORCES = forceNames();
    private static final Map<String, String> COUNTRIES = Map.of("IQ", "العراق", "SY", "سوريا", "KW", "الكويت",
            "TR", "تركيا", "JO", "الأردن", "IR", "إيران", "US", "الولايات المتحدة", "RU", "روسيا");
    private static final Map<DeadlineStatus, String> STATUSES = Map.of(
            DeadlineStatus.UPCOMING, "قادم (upcoming)", DeadlineStatus.PASSED, "انقضى (passed)",
            DeadlineStatus.POSTPONED, "أُرجئ (postponed)", DeadlineStatus.SUPERSEDED, "استُبدل (superseded)");

    private DeadlineCalendar() {
    }

    private static Map<String, String> forceNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (Gazetteer.Entry e : Gazetteer.standard().entries()) {
            if (e.kind() == Gazetteer.Kind.FORCE) {
                names.putIfAbsent(e.code(), e.canonical());
            }
        }
        names.putAll(Map.of("IRANIAN", "القوات الإيرانية", "TURKISH", "القوات التركية", "JAPANESE", "القوات اليابانية",
                "OTHER", "قوات أخرى"));
        return Map.copyOf(names);
    }

    public static String render(List<DeadlineView> deadlines, Instant stamp) {
        return ContentLineFolding.fold(build(deadlines, stamp).toString());
    }

    /** The calendar as ical4j's model; its {@code toString()} is the unfolded content lines. */
    static Calendar build(List<DeadlineView> deadlines, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new ProdId("-//Raqib//Deadlines//AR"));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", "رقيب: مواعيد الانسحاب والوجود العسكري"));
        for (DeadlineView d : deadlines) {
            if (d.due() != null) {
                calendar.add(event(d, stamp));
            }
        }
        return calendar;
    }

    private static VEvent event(DeadlineView d, Instant stamp) {
        LocalDate day = DuePeriod.of(d.due(), d.modifier()).last();
        VEvent event = new VEvent(false);
        event.add(new Uid("deadline-" + d.id() + "@raqib"));
        event.add(new DtStamp((d.updatedAt() == null ? stamp : d.updatedAt()).truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(new Summary(lineBreaks(summary(d))));
        event.add(new Description(lineBreaks(description(d))));
        event.add(new Status(switch (d.status()) {
            case POSTPONED, SUPERSEDED -> Status.VALUE_CANCELLED;
            default -> d.qualifier() == DeadlineQualifier.PROPOSED ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED;
        }));
        event.add(new Categories(new TextList(d.subject().code(), d.status().code())));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        return event;
    }

    /** ical4j escapes LF (and CRLF) in TEXT as \n but would write a lone CR raw, which ends a content line. */
    static String lineBreaks(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
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
}
