package io.raqib.article;

import io.raqib.article.importing.ImportReport;
import io.raqib.article.importing.ImportService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    ImportService importer;

    @Inject
    ArticleSearch search;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archive an article",
            description = "Creates the article, or answers 200 with the existing one when an article with the "
                    + "same title and body (after Arabic normalisation) is already archived.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already archived: the existing article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid article (the detail names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing title", value = "{\"type\":\"https://raqib.io/problems/validation\","
                            + "\"title\":\"Invalid request\",\"status\":400,\"detail\":\"title: title must not be blank\","
                            + "\"instance\":\"/articles\",\"violations\":[{\"field\":\"title\",\"message\":\"title must not be blank\"}]}")))
    @APIResponse(responseCode = "413", description = "Body over the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON article is required") ArticleInput input, UriInfo uri) {
        ArticleService.Created created = articles.create(input);
        if (!created.isNew()) {
            return Response.ok(created.article()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.article().id().toString()).build())
                .entity(created.article()).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Import articles in bulk",
            description = "`text/plain`: a news document as pages are saved (title line; `تاريخ النشر: 9th, January 2025 GMT`; "
                    + "body; `المصدر: …`; `كلمات دلالية: …`; `إقرأ أيضاً:` sections, each a related article). "
                    + "`application/x-ndjson`: one ArticleInput JSON object per line. Every article is stored or "
                    + "reported; one bad line never stops the others.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "news document", value =
                    "التحالف الدولي يبدأ نقل معداته من قاعدة عين الأسد\nتاريخ النشر: 3rd, September 2025 GMT\n"
                            + "بدأت قوات التحالف الدولي نقل جزء من معداتها من قاعدة عين الأسد إلى أربيل، "
                            + "على أن تنتهي المهمة في بغداد بنهاية أيلول/سبتمبر 2025.\nالمصدر: شفق نيوز\n"
                            + "كلمات دلالية: العراق التحالف الدولي عين الأسد\n")),
            @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two articles", value =
                    "{\"title\":\"نحو 900 جندي أمريكي في سوريا\",\"body\":\"قالت وزارة الدفاع إن نحو 900 جندي ما زالوا في سوريا.\",\"publishedAt\":\"2024-03-02\",\"outlet\":\"عنب بلدي\"}\n"
                            + "{\"title\":\"البنتاغون يرفع العدد إلى 2000\",\"body\":\"أعلن البنتاغون أن العدد الفعلي بلغ 2000 جندي.\",\"outlet\":\"الجزيرة نت\"}"))})
    @APIResponse(responseCode = "200", description = "What was created, what was already there, what failed and why",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Empty document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importDocuments(String document) {
        return importer.importNewsDocument(document);
    }

    /** The NDJSON form of POST /articles/import, documented with it above. */
    @POST
    @Path("import")
    @Consumes(NDJSON)
    @Operation(hidden = true)
    public ImportReport importNdjson(String lines) {
        return importer.importNdjson(lines);
    }

    @GET
    @Operation(summary = "List articles", description = "Newest first; articles without a date last. Reads the database only.")
    @APIResponse(responseCode = "200", description = "A page of articles")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<ArticleSummary> list(@BeanParam ArticleFilter filter, @BeanParam Paging paging) {
        return articles.list(filter, paging.validated());
    }

    @GET
    @Path("search")
    @Operation(summary = "Arabic full-text search",
            description = "Finds what an Arabic reader means: hamza/alef forms, teh marbuta, alef maqsura, diacritics and "
                    + "tatweel are folded; clitics and light inflection are stemmed (والعراق, بالعراق → العراق); "
                    + "Arabic-Indic and Persian digits equal Western ones; spelling variants (الأمريكية/الأميركية, "
                    + "البنتاغون/البنتاجون) and both month-name families (أيلول = سبتمبر) match each other. "
                    + "Text in double quotes is a phrase; articles containing it exactly rank first. "
                    + "Without q, every article matching the filters, newest first.")
    @APIResponse(responseCode = "200", description = "Matches with highlights and facets",
            content = @Content(schema = @Schema(implementation = ArticleSearchResults.class)))
    @APIResponse(responseCode = "400", description = "Query too long, without words, or invalid filters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The search index is unreachable; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleSearchResults search(
            @QueryParam("q") @Parameter(description = "Arabic query; \"…\" for a phrase",
                    examples = {@ExampleObject(name = "words", value = "انسحاب القوات الأميركية من العراق"),
                            @ExampleObject(name = "phrase", value = "\"قاعدة عين الأسد\""),
                            @ExampleObject(name = "month", value = "أيلول 2025")}) String q,
            @BeanParam ArticleFilter filter, @BeanParam Paging paging) {
        return search.search(q, filter, paging.validated());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an article with its related articles")
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
    @Operation(summary = "Replace an article", description = "`related`, when given, replaces the article's links.")
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
    @Operation(summary = "Delete an article")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        articles.delete(id);
    }
}
