package io.raqib.admin;

import io.raqib.arabic.ArabicDigits;
import io.raqib.claim.ClaimIngest;
import io.raqib.common.Problem;
import io.raqib.common.ProblemException;
import io.raqib.deadline.DeadlineIngest;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/reextract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ReextractResource {
    @Inject
    ClaimIngest claims;

    @Inject
    DeadlineIngest deadlines;

    @POST
    @Operation(summary = "Run claim and deadline extraction again",
            description = "Over every article, or one. Replaces only claims the extractor made that nobody reviewed; "
                    + "manual claims and reviewed ones (confirmed, rejected, corrected) stay as they are, and a figure "
                    + "found again where such a claim stands is not added twice. Deadlines likewise: extracted, "
                    + "unreviewed ones are read again (with their attribution chains), deadlines people added or "
                    + "reviewed stay, and chains are recomputed. Each article is its own transaction. The claim counts "
                    + "are at the top level, the deadline counts under `deadlines`.")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(schema = @Schema(implementation = ReextractReport.class)))
    @APIResponse(responseCode = "400", description = "articleId is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReextractReport reextract(
            @QueryParam("articleId") @Parameter(description = "Only this article", example = "7") String articleId) {
        if (articleId == null || articleId.isBlank()) {
            return ReextractReport.of(claims.reextractAll(), deadlines.reextractAll());
        }
        long id;
        try {
            id = Long.parseLong(ArabicDigits.toAscii(articleId.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("articleId must be a whole number, not '" + articleId + "'");
        }
        return ReextractReport.of(claims.reextract(id), deadlines.reextract(id));
    }
}
