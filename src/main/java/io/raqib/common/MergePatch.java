package io.raqib.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * JSON merge patch (RFC 7396) for every resource that takes one: the patch is merged by Jackson
 * ({@code readerForUpdating}) into the resource's current representation, and the result is read
 * back as that representation's type, strictly (no number from a string, no string from a number),
 * and checked by Bean Validation against the representation's constraints (a 400 problem listing
 * each field, as for a POST body). Only the fields the patch names are held against it: a value
 * stored before a constraint existed is not the caller's fault. The service then applies the
 * fields the patch names, with its own rules.
 */
@ApplicationScoped
public class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper strict;
    private final Validator validator;

    @Inject
    public MergePatch(ObjectMapper json, Validator validator) {
        this.validator = validator;
        strict = json.copy().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.Float}) {
            strict.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Boolean,
                CoercionInputShape.Float}) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * The fields a patch names. 400 when the body is not a JSON object ({@code notAnObject} says
     * so) or names a field outside {@code patchable} ({@code unknown} says so, given the field).
     */
    public Set<String> fields(JsonNode patch, Set<String> patchable, String notAnObject, Function<String, String> unknown) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest(notAnObject);
        }
        Set<String> fields = new LinkedHashSet<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!patchable.contains(name)) {
                throw ProblemException.badRequest(unknown.apply(name));
            }
            fields.add(name);
        });
        return Set.copyOf(fields);
    }

    /**
     * {@code current} with the patch merged in; 400 when a field gets a value of the wrong type or
     * one its constraints refuse.
     */
    public <T> T merge(T current, JsonNode patch, Class<T> type) {
        T merged = read(current, patch, type);
        Set<ConstraintViolation<T>> refused = validator.validate(merged).stream()
                .filter(v -> patch.has(ProblemMappers.fieldOf(v)))
                .collect(Collectors.toSet());
        if (!refused.isEmpty()) {
            throw new ConstraintViolationException(refused);
        }
        return merged;
    }

    private <T> T read(T current, JsonNode patch, Class<T> type) {
        try {
            ObjectNode target = strict.valueToTree(current);
            // RFC 7396 replaces an array whole; Jackson's updating reader would append to it
            patch.fields().forEachRemaining(field -> {
                if (field.getValue().isArray()) {
                    target.remove(field.getKey());
                }
            });
            JsonNode merged = strict.readerForUpdating(target).readValue(patch);
            return strict.treeToValue(merged, type);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "the patch" : e.getPath().get(0).getFieldName();
            throw ProblemException.badRequest(field + " must be " + expected(e.getTargetType()) + ", not "
                    + patch.get(field));
        } catch (IOException e) {
            throw ProblemException.badRequest("the patch could not be applied: " + e.getMessage());
        }
    }

    /** What a field of this type takes, as an error message says it: "one of [a, b] or null", … */
    private String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(strict::valueToTree)
                    .map(node -> ((JsonNode) node).asText()).toList() + " or null";
        }
        return (type != null && Number.class.isAssignableFrom(type) ? "a whole number" : "a string") + " or null";
    }
}
