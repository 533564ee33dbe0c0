package io.raqib.deadline;

import io.raqib.arabic.ArabicDigits;
import io.raqib.arabic.ReducedDate;
import io.raqib.common.ProblemException;
import io.raqib.deadline.extraction.DeadlineSubject;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the deadline list and the calendar feed. */
public class DeadlineFilter {
    @QueryParam("force")
    @Parameter(description = "Force code", example = "US",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"US", "COALITION", "ISIS", "SDF", "SYRIAN_GOV",
                    "IRAQI", "PESHMERGA", "PMF", "TURKISH", "RUSSIAN", "IRANIAN", "HTS", "OTHER"}))
    public String force;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country of the presence", example = "IQ")
    public String country;

    @QueryParam("subject")
    @Parameter(description = "What is due",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"withdrawal", "mission_end", "presence_until",
                    "deployment", "other"}))
    public String subject;

    @QueryParam("status")
    @Parameter(description = "Where it stands today",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"upcoming", "passed", "postponed", "superseded"}))
    public String status;

    @QueryParam("from")
    @Parameter(description = "Due period ends on or after this date (2025, 2025-09 or 2025-09-01: its first day)",
            example = "2025-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Due period starts on or before this date (2026, 2026-12 or 2026-12-31: its last day)",
            example = "2026")
    public String to;

    @QueryParam("source")
    @Parameter(description = "Announced by, or published by, this source: id or any written form of its name",
            example = "سنتكوم")
    public String source;

    @QueryParam("originator")
    @Parameter(description = "Announced first by this source (the attribution chain's originator): id or any written "
            + "form of its name", example = "البنتاغون")
    public String originator;

    @QueryParam("reporter")
    @Parameter(description = "Relayed by this source (the chain's reporter): id or any written form of its name",
            example = "وكالة الأنباء العراقية")
    public String reporter;

    @QueryParam("attributedTo")
    @Parameter(description = "Announced or relayed by this source: originator OR reporter", example = "سي إن إن")
    public String attributedTo;

    @QueryParam("outlet")
    @Parameter(description = "Published by this outlet (the article's): id or any written form of its name",
            example = "شفق نيوز")
    public String outlet;

    @QueryParam("articleId")
    @Parameter(description = "Read from this article", example = "7")
    public String articleId;

    public static final java.util.Set<String> FORCES = java.util.Set.of("US", "COALITION", "ISIS", "SDF", "SYRIAN_GOV",
            "IRAQI", "PESHMERGA", "PMF", "TURKISH", "RUSSIAN", "IRANIAN", "HTS", "OTHER");

    public String forceCode() {
        return force == null || force.isBlank() ? null : checkedForce("force", force);
    }

    public String countryCode() {
        return country == null || country.isBlank() ? null : checkedCountry("country", country);
    }

    public DeadlineSubject subjectCode() {
        return subject == null || subject.isBlank() ? null : checkedSubject(subject);
    }

    public DeadlineStatus statusCode() {
        if (status == null || status.isBlank()) {
            return null;
        }
        return DeadlineStatus.parse(status).orElseThrow(() -> ProblemException.badRequest(
                "status must be upcoming, passed, postponed or superseded, not '" + status + "'"));
    }

    public LocalDate fromDate() {
        ReducedDate d = date("from", from);
        return d == null ? null : d.firstDay();
    }

    public LocalDate toDate() {
        ReducedDate d = date("to", to);
        return d == null ? null : d.lastDay();
    }

    public Long articleIdValue() {
        if (articleId == null || articleId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ArabicDigits.toAscii(articleId.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("articleId must be a whole number, not '" + articleId + "'");
        }
    }

    /** Checks every filter; called before any query runs. */
    public void validate() {
        forceCode();
        countryCode();
        subjectCode();
        statusCode();
        articleIdValue();
        LocalDate start = fromDate();
        LocalDate end = toDate();
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
    }

    static String checkedForce(String name, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!FORCES.contains(code)) {
            throw ProblemException.badRequest(name + " must be one of " + new java.util.TreeSet<>(FORCES) + ", not '"
                    + value + "'");
        }
        return code;
    }

    static String checkedCountry(String name, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ProblemException.badRequest(name + " must be an ISO 3166-1 alpha-2 code such as IQ or SY, not '"
                    + value + "'");
        }
        return code;
    }

    static DeadlineSubject checkedSubject(String value) {
        for (DeadlineSubject s : DeadlineSubject.values()) {
            if (s.code().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        throw ProblemException.badRequest("subject must be withdrawal, mission_end, presence_until, deployment or other, "
                + "not '" + value + "'");
    }

    /** A due date as a client writes it: 2029, 2025-09 or 2025-09-30; null or blank for none. */
    static ReducedDate checkedDue(String value) {
        return date("due", value);
    }

    private static ReducedDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReducedDate.parse(ArabicDigits.toAscii(value.strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be an ISO 8601 date, year-month or year (2025-09-30, "
                    + "2025-09, 2025), not '" + value + "'");
        }
    }
}
