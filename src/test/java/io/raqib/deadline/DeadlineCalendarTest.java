package io.raqib.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ReducedDate;
import io.raqib.article.ArticleField;
import io.raqib.article.ArticleSummary;
import io.raqib.common.Origin;
import io.raqib.common.Review;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import io.raqib.source.SourceRef;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar ical4j builds, as served: escaped, folded by octets, and parsed back as it was meant. */
class DeadlineCalendarTest {
    static final Instant STAMP = Instant.parse("2026-03-01T08:15:30.123456Z");

    static DeadlineView deadline(long id, ReducedDate due, DeadlineModifier modifier, String dueText, String sentence,
                                 DeadlineStatus status, DeadlineQualifier qualifier) {
        ArticleSummary article = new ArticleSummary(9L, "مقال تجريبي عن موعد الانسحاب", LocalDate.of(2025, 2, 3),
                new SourceRef(4L, "منفذ تجريبي"), List.of());
        return new DeadlineView(id, 9L, ArticleField.BODY, 0, 10, "بحلول الموعد", sentence, due, dueText, modifier,
                null, DeadlineSubject.WITHDRAWAL, qualifier, "US", "IQ", "متحدث رسمي", null, null, status,
                Origin.EXTRACTED, Review.UNREVIEWED, 0.9, LocalDate.of(2025, 2, 3), null, null, 2, article, null,
                null, null);
    }

    static String render(DeadlineView... deadlines) {
        return DeadlineCalendar.render(List.of(deadlines), STAMP);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void textIsEscapedFoldedByOctetsAndParsesBack() throws Exception {
        String awkward = "انسحاب، القوات; \\ نهاية, 2025\nسطر\r\nوسطر\rأخير";
        String ics = render(deadline(7, ReducedDate.ofMonth(2025, 9), null, awkward, "جملة طويلة ".repeat(20),
                DeadlineStatus.UPCOMING, null));

        String unfolded = ics.replace("\r\n ", "");
        String description = unfolded.lines().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
        assertThat(description).contains("\\;").contains("\\,").contains("\\\\").contains("\\n")
                .contains("الموعد كما ورد: انسحاب، القوات\\; \\\\ نهاية\\, 2025\\nسطر\\nوسطر\\nأخير\\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");

        VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(event, Property.DESCRIPTION))
                .contains("الموعد كما ورد: انسحاب، القوات; \\ نهاية, 2025\nسطر\nوسطر\nأخير\n");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = "SUMMARY:" + "ب".repeat(40) + "😀".repeat(30) + "x".repeat(100);
        String folded = ContentLineFolding.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            byte[] octets = part.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(part);
            assertThat(part).doesNotContain("\uFFFD");
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        // a line of exactly 75 octets stays whole
        String exact = "X".repeat(75) + "\r\n";
        assertThat(ContentLineFolding.fold(exact)).isEqualTo(exact);
        assertThat(ContentLineFolding.fold("X".repeat(76) + "\r\n")).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }

    @Test
    void eventsKeepUidAllDayDatesModifierAndStatus() throws Exception {
        String ics = render(
                deadline(11, ReducedDate.ofMonth(2025, 9), DeadlineModifier.EARLY, null, "جملة.",
                        DeadlineStatus.POSTPONED, null),
                deadline(12, ReducedDate.ofYear(2026), DeadlineModifier.MID, "منتصف 2026", "جملة.",
                        DeadlineStatus.UPCOMING, DeadlineQualifier.PROPOSED),
                deadline(13, null, null, "قريباً", "جملة.", DeadlineStatus.UPCOMING, null));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Raqib//Deadlines//AR\r\n")
                .contains("\r\nDTSTART;VALUE=DATE:20250910\r\n").contains("\r\nDTEND;VALUE=DATE:20250911\r\n")
                .contains("\r\nDTSTAMP:20260301T081530Z\r\n").contains("\r\nMETHOD:PUBLISH\r\n")
                .contains("\r\nCATEGORIES:withdrawal,postponed\r\n").contains("\r\nTRANSP:TRANSPARENT\r\n");

        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2); // a vague deadline has no day
        VEvent early = events.get(0);
        VEvent mid = events.get(1);
        assertThat(value(early, Property.UID)).isEqualTo("deadline-11@raqib");
        assertThat(value(early, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(early, Property.SUMMARY)).isEqualTo(
                "انسحاب القوات الأمريكية من العراق: مطلع 2025-09 — أُرجئ (postponed)");
        assertThat(value(mid, Property.UID)).isEqualTo("deadline-12@raqib");
        assertThat(value(mid, Property.DTSTART)).isEqualTo("20260831");
        assertThat(mid.<Property>getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE");
        assertThat(value(mid, Property.DTEND)).isEqualTo("20260901");
        assertThat(value(mid, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(mid, Property.SUMMARY)).endsWith(": منتصف 2026 (مقترح)");
        assertThat(value(mid, Property.DESCRIPTION)).contains("الحالة: قادم (upcoming)\n")
                .contains("أعلنه: متحدث رسمي\n").contains("المصدر: منفذ تجريبي — مقال تجريبي عن موعد الانسحاب (2025-02-03)")
                .contains("أكدته 2 إعلانات لاحقة").endsWith("/deadlines/12");
    }
}
