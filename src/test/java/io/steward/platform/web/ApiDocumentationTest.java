package io.steward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.support.ApiContract;
import io.steward.support.ApiContract.Exchange;
import io.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is the API's contract ({@link ApiDocumentation}); every API test holds its calls to it
 * through {@link ApiContract}. Here: the checker itself refuses what the document does not describe (a checker that
 * cannot fail would prove nothing), and what the document says of every operation.
 */
class ApiDocumentationTest extends IntegrationTest {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void a_response_the_document_does_not_describe_fails_the_call() {
        ApiContract contract = ApiContract.of(port);

        assertThatThrownBy(() -> contract.check(get("/api/v1/institutions", 200, "[{\"code\":\"HO\",\"surprise\":1}]")))
                .hasMessageContaining("surprise");
        assertThatThrownBy(() -> contract.check(get("/api/v1/institutions", 201, "[]")))
                .hasMessageContaining("201");
        contract.check(get("/api/v1/institutions", 200, "[]"));
    }

    @Test
    void a_request_the_document_refuses_must_be_refused_by_the_server() {
        ApiContract contract = ApiContract.of(port);
        String problem = "{\"type\":\"urn:steward:problem:validation\",\"title\":\"Bad Request\",\"status\":400}";

        assertThatThrownBy(() -> contract.check(post("/api/v1/institutions", "{}", 201, "{}")))
                .hasMessageContaining("the document refuses this request");
        contract.check(post("/api/v1/institutions", "{}", 400, problem));
    }

    @Test
    void every_operation_signs_in_with_basic_and_documents_its_refusals_as_problem_details() {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();

        assertThat(document.get("security").get(0).has("basic")).isTrue();
        assertThat(document.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            for (String status : List.of("400", "401", "403", "4XX")) {
                if (!operation.getValue().get("responses").has(status) || !operation.getValue().get("responses")
                        .get(status).at("/content/application~1problem+json/schema/$ref").asString().endsWith("/Problem")) {
                    wrong.add(operation.getKey() + " " + path.getKey() + " " + status);
                }
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(document.get("paths").size()).isGreaterThan(100);
    }

    @Test
    void every_handler_that_creates_is_documented_as_201_with_its_location() {
        JsonNode paths = document().get("paths");
        List<String> wrong = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Created.class)) {
                return;
            }
            String path = info.getPatternValues().iterator().next();
            info.getMethodsCondition().getMethods().forEach(method -> {
                JsonNode responses = paths.path(path).path(method.name().toLowerCase()).path("responses");
                if (responses.has("200") || !responses.at("/201/headers/Location/required").asBoolean()) {
                    wrong.add(method + " " + path);
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_customer_record_is_one_of_its_two_views_told_apart_by_view() {
        JsonNode record = document().at("/paths/~1api~1v1~1customers~1{number}/get/responses/200/content/application~1json/schema");

        assertThat(record.get("oneOf")).hasSize(2);
        assertThat(record.at("/discriminator/propertyName").asString()).isEqualTo("view");
        assertThat(record.at("/discriminator/mapping/LOW_SENSITIVITY").asString()).endsWith("/LowSensitivity");
    }

    @Test
    void schema_names_stand_for_one_java_type_each_so_decisions_keep_their_own_shapes() {
        JsonNode schemas = document().at("/components/schemas");

        assertThat(schemas.at("/ExportDecision/properties").has("approve")).isTrue();
        assertThat(schemas.at("/ReviewDecision/properties").has("reason")).isTrue();
        assertThat(schemas.at("/Decision/properties").has("outcome")).isTrue();
        assertThat(schemas.at("/SaleStep/properties/to/enum").toString()).contains("SUBMITTED").doesNotContain("FINALISED");
    }

    @Test
    void no_request_header_shapes_the_document() {
        String document = anonymous().header("X-Forwarded-Host", "evil.example").get("/v3/api-docs").body();

        assertThat(document).doesNotContain("evil.example");
        assertThat(document().at("/servers/0/url").asString()).isEqualTo("/");
    }

    private JsonNode document() {
        return anonymous().get("/v3/api-docs").json();
    }

    private static Exchange get(String path, int status, String body) {
        return new Exchange("GET", path, null, Map.of("Authorization", "Basic YWRtaW46c3Rld2FyZC1kZW1v"), new byte[0],
                status, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Exchange post(String path, String request, int status, String body) {
        return new Exchange("POST", path, null, Map.of("Authorization", "Basic YWRtaW46c3Rld2FyZC1kZW1v",
                "Content-Type", "application/json"), request.getBytes(StandardCharsets.UTF_8), status,
                Map.of("Content-Type", List.of(status >= 400 ? "application/problem+json" : "application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
