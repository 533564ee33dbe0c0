package io.raqib.article;

import io.raqib.common.CreatedResponse;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of the article archive; the work is in {@link ArticleService} and friends. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "The Arabic article archive and its full-text search")
public class ArticleResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ArticleService articles;

    @Inject
    ArticleSearch search;

    @Inject
    java.time.Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Archive an article",
            description = "Creates the article, or answers 200 with the existing one when an article with the "
                    + "same title and body (after Arabic normalisation) is already archived.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already archived: the existing article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid article (the detail names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing title", ref = "articleMissingTitle")))
    @APIResponse(responseCode = "413", description = "Body over the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON article is required") ArticleInput input, UriInfo uri) {
        ArticleService.Created created = articles.create(input);
        if (!created.isNew()) {
            return Response.ok(created.article()).build();
        }
        return CreatedResponse.of(uri, created.article().id(), created.article());
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles", description = "Newest first; articles without a date last. Reads the database only.")
    @APIResponse(responseCode = "200", description = "A page of articles")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<ArticleSummary> list(@BeanParam ArticleFilter filter, @BeanParam Paging paging) {
        return articles.list(filter, paging.validated());
    }

    @GET
    @Path("search")
    @Operation(operationId = "searchArticles", summary = "Arabic full-text search",
            description = "Finds what an Arabic reader means: hamza/alef forms, teh marbuta, alef maqsura, diacritics and "
                    + "tatweel are folded; clitics and light inflection are stemmed (والعراق, بالعراق → العراق); "
                    + "Arabic-Indic and Persian digits equal Western ones; spelling variants (الأمريكية/الأميركية, "
                    + "البنتاغون/البنتاجون) and both month-name families (أيلول = سبتمبر) match each other. "
                    + "Text in double quotes is a phrase; articles containing it exactly rank first. "
                    + "Without q, every article matching the filters, newest first.")
    @APIResponse(responseCode = "200", description = "Matches with highlights and facets",
            content = @Content(schema = @Schema(implementation = ArticleSearchResults.class)))
    @APIResponse(responseCode = "400", description = "Query too long, without words, invalid filters, or asKnownAt "
            + "not a past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The search index is unreachable; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleSearchResults search(
            @QueryParam("q") @Parameter(description = "Arabic query; \"…\" for a phrase",
                    examples = {@ExampleObject(name = "words", ref = "searchWords"),
                            @ExampleObject(name = "phrase", ref = "searchPhrase"),
                            @ExampleObject(name = "month", ref = "searchMonth")}) String q,
            @BeanParam ArticleFilter filter, @BeanParam Paging paging,
            @QueryParam("asKnownAt") @Parameter(description = "Only articles archived (created) by this instant, as the "
                    + "archive would have answered then; its text and keywords are today's. An ISO 8601 instant or "
                    + "date-time with offset; a date alone means the end of that day (UTC; today: now). Not in the future.",
                    examples = {@ExampleObject(name = "instant", ref = "asKnownAtInstant"),
                            @ExampleObject(name = "day", ref = "asKnownAtDay")}) String asKnownAt) {
        return search.search(q, filter, paging.validated(), io.raqib.common.AsKnownAt.parse(asKnownAt, clock));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "Get an article with its related articles",
            description = "The article as archived, with the articles it is related to (its `إقرأ أيضاً` sections on import, "
                    + "or `related` given on PUT).")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") @Parameter(example = "1") long id) {
        return articles.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Replace an article", description = "`related`, when given, replaces the article's links.")
    @APIResponse(responseCode = "200", description = "The updated article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another article already has this title and body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView update(@PathParam("id") long id,
            @Valid @NotNull(message = "a JSON article is required") ArticleInput input) {
        return articles.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "Removes the article, its links to related articles, and the claims and deadlines read from it; "
                    + "the search index follows.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        articles.delete(id);
    }
}
