package io.raqib.editing;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes optimistic concurrency into the contract once, instead of on every resource method: the
 * ETag header on answers showing one article, claim, deadline or source; If-Match and the 412 and
 * 428 answers on PUT, PATCH and DELETE of one. It runs at build only: the document the build writes is
 * served as it is, so the start does not run it again on a model read back from that document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ConcurrencyContract implements OASFilter {
    private static final Pattern SINGLE_RECORD = Pattern.compile("/(articles|claims|deadlines|sources)/\\{id}");
    private static final Pattern CREATES = Pattern.compile("/(articles|claims|deadlines)|/sources/\\{id}/merge");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = entry.getKey();
            PathItem item = entry.getValue();
            if (SINGLE_RECORD.matcher(path).matches()) {
                etag(item.getGET());
                conditional(item.getPUT());
                conditional(item.getPATCH());
                conditional(item.getDELETE());
            } else if (CREATES.matcher(path).matches()) {
                etag(item.getPOST());
            }
        }
    }

    private static void etag(Operation operation) {
        if (operation == null || operation.getResponses() == null) {
            return;
        }
        for (String code : new String[] {"200", "201"}) {
            APIResponse response = operation.getResponses().getAPIResponse(code);
            if (response != null) {
                response.addHeader("ETag", OASFactory.createHeader()
                        .description("The record's version, as a strong entity tag (\"3\"); send it back in If-Match "
                                + "to change the record only if nobody changed it since")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(java.util.List.of("\"3\""))));
            }
        }
    }

    private static void conditional(Operation operation) {
        if (operation == null) {
            return;
        }
        etag(operation);
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .description("The ETag you last read: the change is made only if the record is still at that "
                            + "version (else 412). * matches any version. Required when the server runs with "
                            + "raqib.api.require-if-match=true (else 428).")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("\"3\""));
        }
        problem(operation, "409", "Another request changed the same record at the same moment, every time this one was "
                + "tried; read it again and retry");
        problem(operation, "412", "If-Match names a version the record is no longer at: someone changed it since you "
                + "read it; GET it again, reapply your change, send the new ETag");
        problem(operation, "428", "If-Match is required (raqib.api.require-if-match=true) and was not sent");
    }

    private static void problem(Operation operation, String code, String description) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponse(code) != null) {
            return;
        }
        operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}
