package io.raqib.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttributionChain", description = "Who said it first (originator), the medium it came through "
        + "(reporter) and the outlet that published the article. A party named anonymously (مصادر، مسؤولون) has "
        + "its text and no source id.")
public record AttributionView(
        @Schema(nullable = true, description = "Who said it first") Party originator,
        @Schema(nullable = true, description = "The medium that relayed it; null when the originator spoke "
                + "directly to the outlet") Party reporter,
        @Schema(nullable = true, description = "The article's outlet") Party outlet) {

    @Schema(name = "AttributionParty", description = "A party of the chain: the linked source, and the name as written")
    public record Party(
            @Schema(nullable = true, description = "The source's id; null when anonymous or not linked", example = "12")
            Long id,
            @Schema(nullable = true, description = "The source's name", example = "سي بي إس") String name,
            @Schema(nullable = true, description = "The name as the text writes it", example = "شبكة CBS") String text,
            @Schema(description = "True when the text names nobody in particular", example = "false")
            boolean anonymous) {

        static Party of(String text, Source source) {
            return of(text, SourceRef.of(source));
        }

        static Party of(String text, SourceRef source) {
            if (text == null && source == null) {
                return null;
            }
            return new Party(source == null ? null : source.id(), source == null ? null : source.name(), text,
                    source == null && text != null && AttributionChains.isAnonymous(text));
        }
    }

    public static AttributionView of(String originatorText, Source originator, String reporterText, Source reporter,
                                     Source outlet) {
        return new AttributionView(Party.of(originatorText, originator), Party.of(reporterText, reporter),
                Party.of(null, outlet));
    }

    /** The same from sources by id and name (as a search index holds them). */
    public static AttributionView of(String originatorText, SourceRef originator, String reporterText,
                                     SourceRef reporter, SourceRef outlet) {
        return new AttributionView(Party.of(originatorText, originator), Party.of(reporterText, reporter),
                Party.of(null, outlet));
    }
}
