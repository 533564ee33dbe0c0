package io.raqib.deadline;

import io.raqib.arabic.ArabicDigits;
import io.raqib.common.Codes;
import io.raqib.common.DateRange;
import io.raqib.common.ProblemException;
import io.raqib.deadline.extraction.DeadlineSubject;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the deadline list and the calendar feed. */
public class DeadlineFilter {
    @QueryParam("force")
    @Parameter(description = "Force code", example = "US",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"US", "COALITION", "ISIS", "SDF", "SYRIAN_GOV",
                    "IRAQI", "PESHMERGA", "PMF", "TURKISH", "RUSSIAN", "IRANIAN", "HTS", "NATO", "BRITISH", "FRENCH", "GERMAN",
                "ITALIAN", "SPANISH", "DUTCH", "JORDANIAN", "AUSTRALIAN", "CANADIAN", "DANISH", "NORWEGIAN", "BELGIAN", "FINNISH", "POLISH", "NEW_ZEALAND", "HUNGARIAN", "PORTUGUESE", "JAPANESE", "GEORGIAN", "SOUTH_KOREAN",
                "ROMANIAN", "SWEDISH", "LATVIAN", "CZECH", "ESTONIAN", "LITHUANIAN", "UKRAINIAN", "BULGARIAN",
                "SLOVAK", "ALBANIAN", "MONGOLIAN", "SALVADORAN", "AZERBAIJANI", "ARMENIAN", "KAZAKH", "MACEDONIAN", "ISRAELI", "UN", "IRISH", "AUSTRIAN", "NEPALESE", "FIJIAN", "FILIPINO", "CROATIAN",
                "INDIAN",
                "OTHER"}))
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

    @QueryParam("asKnownAt")
    @Parameter(description = io.raqib.common.AsKnownAt.DESCRIPTION, examples = {
            @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "instant", ref = "asKnownAtInstant"),
            @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "day", ref = "asKnownAtDay")})
    public String asKnownAt;

    @QueryParam("articleId")
    @Parameter(description = "Read from this article", example = "7")
    public String articleId;

    public String forceCode() {
        return Codes.force("force", force);
    }

    public String countryCode() {
        return Codes.country("country", country);
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
        return DateRange.firstDay(from);
    }

    public LocalDate toDate() {
        return DateRange.lastDay(to);
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
        DateRange.of(from, to);
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
}
