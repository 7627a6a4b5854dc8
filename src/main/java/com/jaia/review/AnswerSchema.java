package com.jaia.review;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an answer against the review's JSON Schema (the keywords it uses: type, required, enum, minimum, maximum,
 * minLength, maxLength, additionalProperties) and turns a valid one into a {@link ReviewAnswer}.
 */
final class AnswerSchema {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode schema;

    AnswerSchema(String schemaText) {
        this.schema = JSON.readTree(schemaText);
    }

    /**
     * Parses and validates the answer text; a fenced or prefixed JSON object is accepted.
     * @throws InvalidAnswer naming every violation
     */
    ReviewAnswer parse(String text) {
        JsonNode answer;
        try {
            answer = JSON.readTree(jsonPart(text));
        }
        catch (JacksonException e) {
            throw new InvalidAnswer("the answer is not a JSON object: " + e.getOriginalMessage());
        }
        List<String> errors = new ArrayList<>();
        validate(schema, answer, "$", errors);
        if (!errors.isEmpty()) {
            throw new InvalidAnswer(String.join("; ", errors));
        }
        return new ReviewAnswer(ReviewVerdict.valueOf(answer.get("verdict").asString().toUpperCase()),
                answer.get("confidence").asDouble(), answer.get("rationale").asString(),
                answer.get("suggested_procedure").asString());
    }

    private static String jsonPart(String text) {
        String trimmed = text == null ? "" : text.strip();
        int start = trimmed.indexOf('{');
        int end = trimmed.lastIndexOf('}');
        return start >= 0 && end > start ? trimmed.substring(start, end + 1) : trimmed;
    }

    private static void validate(JsonNode schema, JsonNode value, String path, List<String> errors) {
        String type = schema.path("type").asString("");
        if (!hasType(value, type)) {
            errors.add(path + " must be a " + type);
            return;
        }
        if (schema.has("enum") && !schema.get("enum").valueStream().anyMatch(value::equals)) {
            errors.add(path + " must be one of " + schema.get("enum"));
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                errors.add(path + " must be at least " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                errors.add(path + " must be at most " + schema.get("maximum"));
            }
        }
        if (value.isString()) {
            int length = value.asString().strip().length();
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                errors.add(path + " must not be empty");
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                errors.add(path + " must be at most " + schema.get("maxLength") + " characters");
            }
        }
        if (value.isObject()) {
            schema.path("required").valueStream().map(JsonNode::asString).filter(name -> !value.has(name))
                .forEach(name -> errors.add(path + "." + name + " is required"));
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = value.propertyNames().iterator(); names.hasNext();) {
                String name = names.next();
                if (properties.has(name)) {
                    validate(properties.get(name), value.get(name), path + "." + name, errors);
                }
                else if (!schema.path("additionalProperties").asBoolean(true)) {
                    errors.add(path + "." + name + " is not allowed");
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "string" -> value.isString();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            default -> true;
        };
    }

    /** The answer does not match the schema; the message names what is wrong. */
    static final class InvalidAnswer extends RuntimeException {

        InvalidAnswer(String message) {
            super(message);
        }

    }

}
