package io.raqib.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Numbers in request bodies are what they say: an id or an offset is a JSON integer, so
 * {"into": 1.5} and {"into": "1"} are refused rather than read as 1. Strings holding NUL are
 * refused as they are read, before they can reach a database query.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule noNul = new SimpleModule("raqib-no-nul");
        noNul.addDeserializer(String.class, new NoNulStrings());
        noNul.addDeserializer(JsonNode.class, new NoNulTree());
        mapper.registerModule(noNul);
    }

    /** PostgreSQL cannot store NUL in text: a string holding one is refused where it is read. */
    static String checked(JsonParser parser, String value) throws IOException {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(parser, "contains a NUL character", value, String.class);
        }
        return value;
    }

    static final class NoNulStrings extends StdDeserializer<String> {
        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }
    }

    /** The same for merge patches, which are read as trees. */
    static final class NoNulTree extends StdDeserializer<JsonNode> {
        NoNulTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            walk(parser, tree);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        private static void walk(JsonParser parser, JsonNode node) throws IOException {
            if (node.isTextual()) {
                checked(parser, node.textValue());
            }
            for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> field = it.next();
                checked(parser, field.getKey());
                walk(parser, field.getValue());
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    walk(parser, item);
                }
            }
        }
    }
}
