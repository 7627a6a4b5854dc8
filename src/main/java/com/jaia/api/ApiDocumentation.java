package com.jaia.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of the OpenAPI document springdoc generates at {@code /v3/api-docs}: info, the stage tags, the
 * {@code Problem} schema with every stable problem type, and the problem answers of each operation. The security
 * schemes and each operation's role come from the security stage, which owns the role mapping.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** The stages of the API, in the order a reader meets them. */
    static final Map<String, String> TAGS = tags();

    @Bean
    OpenAPI jaiaOpenApi(@Value("${jaia.status.version:dev}") String version) {
        return new OpenAPI()
            .info(new Info().title("JAIA API")
                .version(version.startsWith("@") ? "dev" : version)
                .summary("Journal AI Auditor: import general ledgers, follow the jobs, read the audit results.")
                .description("""
                        JAIA tests every journal entry of a general ledger for audit risk. Upload a ledger \
                        (imports), follow its job (jobs), then read the rule violations (rules), a journal with its \
                        evidence (journals), the aggregate tables (aggregates) and the LLM reviews (reviews).

                        Conventions: JSON names are camelCase; every list answers one page as `items`, `page` \
                        (from 0), `size`, `totalItems` and `totalPages`; timestamps are ISO 8601 with an offset; \
                        every error is an RFC 9457 problem detail (`application/problem+json`) whose `type` is one \
                        of the stable URIs listed in the `Problem` schema. Send an API key as \
                        `Authorization: Bearer KEY` or `X-API-Key: KEY` (only health and these documents are \
                        open).""")
                .contact(new Contact().name("JAIA maintainers"))
                .license(new License().name("Proprietary").identifier("LicenseRef-JAIA-Proprietary")))
            .servers(List.of(new Server().url("http://127.0.0.1:8001")
                .description("The server's default address (HOST and PORT)")))
            .tags(TAGS.entrySet().stream().map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                .toList())
            .components(new Components().addSchemas(ProblemResponses.SCHEMA, problemSchema()));
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("imports", "Upload a ledger or import an S3 object, list the imports ledger, roll an import back");
        tags.put("jobs", "Job executions: status, steps with counts and progress, rejected rows, stop, restart, "
                + "live events");
        tags.put("rules", "The audit rule catalogue with each rule's last outcome, violations, account classes");
        tags.put("journals", "One journal with its lines, risk scores and violations");
        tags.put("aggregates", "The aggregate tables, as JSON pages or CSV");
        tags.put("reviews", "LLM reviews of the riskiest journals, and the retry of deferred ones");
        tags.put("masters", "Chart of accounts, users, departments and vendors");
        tags.put("ops", "Store status and other operations");
        tags.put("admin", "Audit trail and blocked addresses (admin only)");
        tags.put("health", "Health probes for load balancers and operators (no key needed)");
        return tags;
    }

    private static Schema<?> problemSchema() {
        String types = java.util.Arrays.stream(ProblemType.values())
            .map(type -> "- `" + type.uri() + "` (" + type.status().value() + "): " + type.meaning())
            .collect(Collectors.joining("\n"));
        return new ObjectSchema()
            .description("An RFC 9457 problem detail. Tell errors apart by `type`, one of:\n\n" + types)
            .addRequiredItem("type").addRequiredItem("title").addRequiredItem("status")
            .addProperty("type", new StringSchema().format("uri-reference")
                .description("The problem type, `/problems/<slug>`; stable").example("/problems/job-not-found"))
            .addProperty("title", new StringSchema().description("The problem type's title").example("Job not found"))
            .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status").example(404))
            .addProperty("detail", new StringSchema().description("What happened and what to do, for a person")
                .example("Job execution 42 does not exist."))
            .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
            .addProperty("requestId", new StringSchema().description("The request's X-Request-ID"))
            .addProperty("parameter", new StringSchema()
                .description("The parameter at fault (invalid-parameter, missing-parameter)").example("status"))
            .addProperty("acceptedValues", new ArraySchema().items(new StringSchema())
                .description("The values the parameter accepts, for a closed set"))
            .addProperty("earlierImportId", new IntegerSchema().format("int64")
                .description("The import that already holds this content (import-refused)"))
            .addProperty("candidates", new ArraySchema().items(new ObjectSchema())
                .description("The journals a bare journal id may mean (ambiguous-journal)"))
            .addProperty("files", new ArraySchema().items(new ObjectSchema())
                .description("Each master file's outcome (master-refused)"));
    }

}
