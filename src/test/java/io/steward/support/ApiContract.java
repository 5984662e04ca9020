package io.steward.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as the contract of every API call a test makes: {@link Api} hands each exchange here, and
 * the call fails unless its response is what {@code /v3/api-docs} documents for the operation (status, content type,
 * body schema, headers) and the document and the server agree on the request — a request the document refuses
 * must be refused by the server too (a 4xx), or the document is stricter or different than the code. The document
 * is fetched once per test run from the first application that asks (every context of the run serves the same one).
 */
public final class ApiContract {

    private static volatile ApiContract loaded;

    private final OpenApiInteractionValidator validator;

    private ApiContract(String document) {
        ParseOptions resolve = new ParseOptions();
        resolve.setResolve(true);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        // a response carries only what the document says (drift shows); a request may carry more,
                        // like every JSON reader that ignores unknown properties
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                        // and a body sent to an operation that reads none is ignored, as an unknown property is
                        .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .withCustomRequestValidation(new MultipartParts(new OpenAPIV3Parser().readContents(document, null,
                        resolve).getOpenAPI().getComponents().getSchemas()))
                .build();
    }

    /** The contract of the application on this port (fetched on the first call of the run). */
    public static ApiContract of(int port) {
        ApiContract contract = loaded;
        if (contract == null) {
            synchronized (ApiContract.class) {
                if (loaded == null) {
                    loaded = new ApiContract(fetch(port));
                }
                contract = loaded;
            }
        }
        return contract;
    }

    /** One call as it went over the wire: fails with every way it breaks the contract. */
    public void check(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path())
                .withBody(exchange.requestBody());
        exchange.requestHeaders().forEach(request::withHeader);
        queryOf(exchange.query()).forEach(request::withQueryParam);
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach((name, values) -> response.withHeader(name, values));
        if (isJson(exchange.responseHeader("Content-Type"))) {
            response.withBody(new String(exchange.responseBody(), StandardCharsets.UTF_8));
        } else if (exchange.responseBody().length > 0) {
            response.withBody(exchange.responseBody());
        }
        Request built = request.build();
        ValidationReport requestReport = validator.validateRequest(built);
        ValidationReport responseReport = validator.validateResponse(exchange.path(),
                Request.Method.valueOf(exchange.method()), response.build());
        List<String> broken = new ArrayList<>();
        boolean refused = exchange.status() >= 400 && exchange.status() < 500;
        if (requestReport.hasErrors() && !refused) {
            broken.add("the document refuses this request, the server answered " + exchange.status() + ": "
                    + messages(requestReport));
        }
        if (responseReport.hasErrors() && !unknownOperation(requestReport)) {
            broken.add("the response is not what the document says: " + messages(responseReport));
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("API contract (/v3/api-docs) broken by " + exchange.method() + " "
                    + exchange.path() + (exchange.query() == null ? "" : "?" + exchange.query()) + " -> "
                    + exchange.status() + "\n  " + String.join("\n  ", broken) + "\n  response body: "
                    + abbreviated(new String(exchange.responseBody(), StandardCharsets.UTF_8)));
        }
    }

    /** A call to a path or method the document does not have: only its refusal is checked (by the request rule). */
    private static boolean unknownOperation(ValidationReport requestReport) {
        return requestReport.getMessages().stream().anyMatch(message -> message.getKey().equals(
                "validation.request.path.missing") || message.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "[" + message.getKey() + "] " + message.getMessage()).distinct()
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().matches("application/([a-z.+-]*\\+)?json.*");
    }

    private static String abbreviated(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }

    private static Map<String, List<String>> queryOf(String query) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // a test of malformed escapes: the server's refusal is what counts
        }
    }

    private static String fetch(int port) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + answer.statusCode() + " (see the log): "
                        + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request and its response as sent and received. */
    public record Exchange(String method, String path, String query, Map<String, String> requestHeaders,
            byte[] requestBody, int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {

        String responseHeader(String name) {
            return responseHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    /**
     * The validator reads JSON and form bodies only; a multipart body is checked here: every part it sends is one the
     * document names, and every part the document requires is there.
     */
    private record MultipartParts(Map<String, Schema> components) implements CustomRequestValidator {

        private static final Pattern PART_NAME = Pattern.compile(
                "(?im)^Content-Disposition:\\s*form-data;\\s*name=\"([^\"]*)\"");

        @Override
        public ValidationReport validate(Request request, ApiOperation operation) {
            String contentType = request.getContentType().orElse("");
            RequestBody body = operation.getOperation().getRequestBody();
            if (!contentType.startsWith("multipart/form-data") || body == null || body.getContent() == null) {
                return ValidationReport.empty();
            }
            MediaType documented = body.getContent().get("multipart/form-data");
            if (documented == null || documented.getSchema() == null) {
                return ValidationReport.empty();
            }
            Schema<?> schema = resolved(documented.getSchema());
            Set<String> sent = partsOf(request);
            Set<String> known = schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
            List<ValidationReport.Message> wrong = new ArrayList<>();
            sent.stream().filter(part -> !known.contains(part)).forEach(part -> wrong.add(ValidationReport.Message
                    .create("validation.request.body.multipart.unknownPart", "part '" + part
                            + "' is not in the document (documented: " + known + ")").build()));
            if (schema.getRequired() != null) {
                schema.getRequired().stream().filter(part -> !sent.contains(part)).forEach(part -> wrong.add(
                        ValidationReport.Message.create("validation.request.body.multipart.missingPart",
                                "required part '" + part + "' is missing").build()));
            }
            return ValidationReport.from(wrong);
        }

        private Schema<?> resolved(Schema<?> schema) {
            if (schema.get$ref() == null) {
                return schema;
            }
            return components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }

        private static Set<String> partsOf(Request request) {
            Set<String> names = new LinkedHashSet<>();
            String body = request.getRequestBody().map(b -> {
                try {
                    return b.toString(StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse("");
            Matcher matcher = PART_NAME.matcher(body);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }
}
