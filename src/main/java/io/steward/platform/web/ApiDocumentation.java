package io.steward.platform.web;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The OpenAPI document of {@code /api/**} ({@code /v3/api-docs}) is the API's contract: every API test's request and
 * response is validated against it. What springdoc cannot read from the handlers is added here, once for every
 * operation: HTTP Basic on every call; the problem details (RFC 9457, {@link ApiProblems}) of the refusals every
 * operation can meet; the {@code Idempotency-Key} of every POST; {@code 201 Created} with {@code Location} for
 * {@link Created} handlers; the media types of a {@link FileDownload}; amounts as the JSON reader takes them; sealed
 * types as a {@code oneOf} with its discriminator. Schema names name one Java type each ({@link UniqueSchemaNames}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String BASIC = "basic";

    @Bean
    OpenAPI stewardApi() {
        return new OpenAPI()
                .info(new Info().title("Steward API").version("v1").description("""
                        The JSON API of Steward. Every call signs in with HTTP Basic as a staff member; which roles may \
                        call which operation, and over which data, is in docs/access.md. Errors are RFC 9457 problem \
                        details with a stable type (urn:steward:problem:<code>)."""))
                // relative: no Host or X-Forwarded-Host header of a request shapes the document
                .servers(List.of(new Server().url("/").description("This Steward")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * An amount: Jackson reads a decimal from a JSON number or from a string of one (as clients that keep money exact
     * send it), and writes a number. A fresh schema each time: Bean Validation's bounds are then written into it.
     */
    @Bean
    ModelConverter amountsAsNumberOrString() {
        return (type, context, chain) -> {
            if (type.getType() != null && Json.mapper().constructType(type.getType()).getRawClass() == BigDecimal.class) {
                return new Schema<BigDecimal>().anyOf(List.of(new NumberSchema(),
                        new StringSchema().pattern("^[+-]?[0-9]+(\\.[0-9]+)?$")));
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }

    @Bean
    OperationCustomizer statusesOfEveryOperation() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Created.class)) {
                ApiResponse ok = responses.remove("200");
                if (ok != null) { // (a second handler of the same operation finds it done)
                    responses.addApiResponse("201", ok.description("Created"));
                }
            }
            FileDownload download = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), FileDownload.class);
            if (download != null) {
                Content files = new Content();
                for (String type : download.value()) {
                    files.addMediaType(type, new MediaType().schema(new StringSchema().format("binary")));
                }
                responses.get("200").content(files);
            }
            ApiResponse created = responses.get("201");
            if (created != null) {
                created.addHeaderObject("Location", new Header().required(true)
                        .description("Where the new record is read (or the list it appears in)")
                        .schema(new StringSchema().format("uri-reference")));
            }
            if (handler.hasMethodAnnotation(PostMapping.class) && (operation.getParameters() == null
                    || operation.getParameters().stream().noneMatch(p -> IdempotencyKeys.HEADER.equals(p.getName())))) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                        .description("A repeat with the same key gets the first answer again, without a second effect")
                        .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeys.MAX_KEY_LENGTH)));
            }
            refusal(operation, "400", "The request is malformed or has invalid fields (errors names them)");
            refusal(operation, "401", "No valid HTTP Basic sign-in");
            refusal(operation, "403", "The caller's role may not call this operation");
            refusal(operation, "4XX", "Refused: 404 unknown or outside the caller's scope, 409 in conflict with the "
                    + "record's state, 422 refused by policy rules (ruleIds), 413 too large, 415 wrong content type");
            return operation;
        };
    }

    /**
     * Springdoc puts a sealed type's discriminator ({@code @Schema(discriminatorProperty = ...)}) on the parent's
     * schema and composes each child as {@code allOf} the parent and its own part; readers and validators need the
     * discriminator on the {@code oneOf} over the children, each child whole (on the parent, which every child
     * extends, a validator recurses without end, and {@code allOf} parts each refuse the other's properties).
     */
    @Bean
    @SuppressWarnings("rawtypes")
    OpenApiCustomizer discriminatorsOnTheirOneOf() {
        return document -> {
            Map<String, Schema> schemas = document.getComponents().getSchemas();
            List.copyOf(schemas.values()).forEach(parent -> {
                Discriminator discriminator = parent.getDiscriminator();
                if (discriminator == null || discriminator.getMapping() == null) {
                    return;
                }
                Set<String> children = Set.copyOf(discriminator.getMapping().values());
                document.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                        Stream.concat(operation.getResponses().values().stream().map(ApiResponse::getContent),
                                        Stream.ofNullable(operation.getRequestBody()).map(body -> body.getContent()))
                                .filter(Objects::nonNull).flatMap(content -> content.values().stream())
                                .map(MediaType::getSchema).filter(Objects::nonNull).forEach(schema -> {
                                    List<Schema> oneOf = schema.getOneOf();
                                    if (oneOf != null && children.equals(oneOf.stream().map(Schema::get$ref)
                                            .collect(Collectors.toSet()))) {
                                        schema.setDiscriminator(discriminator);
                                    }
                                })));
                parent.setDiscriminator(null);
                children.forEach(child -> whole(schemas.get(child.substring(COMPONENTS.length())), schemas));
            });
        };
    }

    /** A child composed as allOf its parent and its own part, made one object with the properties of both. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void whole(Schema child, Map<String, Schema> schemas) {
        if (child == null || child.getAllOf() == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        for (Schema part : (List<Schema>) child.getAllOf()) {
            Schema resolved = part.get$ref() == null ? part : schemas.get(part.get$ref().substring(COMPONENTS.length()));
            if (resolved.getProperties() != null) {
                properties.putAll(resolved.getProperties());
            }
            if (resolved.getRequired() != null) {
                required.addAll(resolved.getRequired());
            }
        }
        child.setAllOf(null);
        child.setType("object");
        child.setProperties(properties);
        child.setRequired(required.isEmpty() ? null : List.copyOf(required));
    }

    private static void refusal(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref(COMPONENTS + PROBLEM)))));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .properties(Map.of("field", new StringSchema(), "message", new StringSchema()))
                .required(List.of("field", "message"));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference")
                .description("urn:steward:problem:<code>; the code is stable"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema());
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("errors", new ArraySchema().items(fieldError).description("The fields at fault"));
        properties.put("ruleIds", new ArraySchema().items(new StringSchema()).description("The policy rules that refused"));
        return new ObjectSchema().description("RFC 9457 problem details").properties(properties)
                .required(List.of("type", "title", "status"));
    }
}
