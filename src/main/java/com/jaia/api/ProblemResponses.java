package com.jaia.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds every problem an operation may answer to its documented responses, grouped by HTTP status, each as
 * {@code application/problem+json} with the {@code Problem} schema and one example per problem type: those the
 * handler names with {@link ProblemAnswers}, and those every operation of its kind may give.
 */
public class ProblemResponses implements OperationCustomizer {

    /** The name of the problem schema in the document's components. */
    public static final String SCHEMA = "Problem";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ProblemType> types = new LinkedHashSet<>();
        ProblemAnswers declared = handler.getMethodAnnotation(ProblemAnswers.class);
        if (declared != null) {
            types.addAll(Arrays.asList(declared.value()));
        }
        types.add(ProblemType.INVALID_PARAMETER);
        types.add(ProblemType.SUSPICIOUS_REQUEST);
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                || p.hasParameterAnnotation(RequestPart.class))) {
            types.add(ProblemType.MALFORMED_REQUEST);
            types.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
            types.add(ProblemType.BODY_TOO_LARGE);
        }
        boolean pathVariables = Arrays.stream(handler.getMethodParameters())
            .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        if (pathVariables && types.stream().noneMatch(type -> type.status().value() == 404)) {
            types.add(ProblemType.NOT_FOUND);
        }
        types.add(ProblemType.INTERNAL_ERROR);
        add(operation, types);
        return operation;
    }

    /** Adds the given problem types to an operation's responses, merging with the problems already there. */
    public static void add(Operation operation, Collection<ProblemType> types) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Map<Integer, List<ProblemType>> byStatus = types.stream()
            .collect(Collectors.groupingBy(type -> type.status().value(), TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, ofStatus) -> {
            String code = String.valueOf(status);
            ApiResponse existing = operation.getResponses().get(code);
            MediaType problems = existing == null || existing.getContent() == null ? null
                    : existing.getContent().get(PROBLEM_JSON);
            if (existing == null) {
                operation.getResponses().addApiResponse(code, response(ofStatus));
            }
            else if (problems != null) {
                ofStatus.forEach(type -> problems.addExamples(type.slug(), example(type)));
                existing.setDescription(describe(problems.getExamples().keySet()));
            }
        });
    }

    /** A response whose body is one of the given problem types. */
    static ApiResponse response(List<ProblemType> types) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA));
        types.forEach(type -> media.addExamples(type.slug(), example(type)));
        return new ApiResponse().description(describe(media.getExamples().keySet()))
            .content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private static String describe(Collection<String> slugs) {
        return "A problem detail whose `type` is one of: " + slugs.stream()
            .map(slug -> "`" + ProblemType.BASE + slug + "`")
            .collect(Collectors.joining(", ")) + " (see the `Problem` schema).";
    }

    private static Example example(ProblemType type) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", type.status().value());
        value.put("detail", type.meaning());
        return new Example().summary(type.title()).value(value);
    }

}
