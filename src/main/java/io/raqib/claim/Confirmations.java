package io.raqib.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Confirmations", description = "How many independent originators stand behind a figure, and how many "
        + "outlets merely echo one of them. \"2000 جندي، بحسب سي إن إن\" carried by five outlets is 1 independent and "
        + "4 echoes; the same figure from سنتكوم and from وكالة الأنباء العراقية (واع) is 2 independent. A claim "
        + "naming no originator counts its outlet as its originator (an anonymous one relayed by a named medium: "
        + "the medium).")
public record Confirmations(
        @Schema(description = "Distinct originators holding the figure", example = "2") int independent,
        @Schema(description = "Further outlets repeating an originator already counted", example = "4") int echoes) {
}
