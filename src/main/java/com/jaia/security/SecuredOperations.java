package com.jaia.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jaia.api.ProblemResponses;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the edge on every operation of the API document, from the same role mapping the edge enforces
 * ({@link EndpointRoles}): the API key schemes and the role needed, and the refusals (401, 403, 429) an operation
 * that needs a key may answer. Open operations (health, the documents) say that they need none.
 */
@Component
class SecuredOperations implements OpenApiCustomizer {

    static final String API_KEY = "apiKey";

    static final String BEARER = "bearer";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
            .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("An API key (`jaia_` and 43 characters) created with `jaia keys create`"))
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API key as a bearer token, or with OIDC configured a JWT of the issuer whose "
                        + "`roles` claim gives the role"));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
            .forEach((method, operation) -> secure(method, path, operation)));
    }

    private static void secure(PathItem.HttpMethod method, String path, Operation operation) {
        Optional<Role> role = EndpointRoles.required(method.name(), path);
        if (role.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
            operation.setDescription(append(operation.getDescription(), "Open: needs no API key."));
            return;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY),
                new SecurityRequirement().addList(BEARER)));
        operation.setDescription(append(operation.getDescription(),
                "Needs an API key with the `" + role.get().label() + "` role or higher."));
        List<ProblemType> refusals = new ArrayList<>(List.of(ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN,
                ProblemType.LOCAL_ONLY, ProblemType.ADDRESS_BLOCKED, ProblemType.TOO_MANY_REQUESTS));
        if (EndpointRoles.mutating(method.name())) {
            refusals.add(ProblemType.ORIGIN_NOT_ALLOWED);
        }
        ProblemResponses.add(operation, refusals);
    }

    private static String append(String description, String sentence) {
        return description == null || description.isBlank() ? sentence : description.strip() + "\n\n" + sentence;
    }

}
