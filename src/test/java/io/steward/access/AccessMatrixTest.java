package io.steward.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.platform.web.Access;
import io.steward.platform.web.AccessDeclarations;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.Navigation;
import io.steward.support.CommittedDocs;
import io.steward.support.IntegrationTest;
import jakarta.annotation.security.PermitAll;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * DESIGN §6, "a test walks the whole matrix of roles × endpoints": every handler Spring has mapped (so a new endpoint
 * cannot be left out) is called with its own HTTP method by one demo account of every role and by a visitor who is
 * not signed in, and the answer is compared with the handler's own {@link Access} declaration — the same one the door
 * enforces, so there is no second table to drift. A role the declaration names must get through the door (any answer
 * but 401/403 or the sign-in page: a 400 for an empty body or a 404 for a made-up number still proves the door
 * opened); a role it does not name gets exactly 403; a visitor gets 401 on the API and the sign-in page elsewhere,
 * except on PUBLIC handlers, which must answer without a sign-in. Path variables are filled with values that exist
 * nowhere and bodies are empty, so the calls change nothing another test reads (the one that needs no record to name,
 * a daily-close revision, is made for a day thirty years ago). What each handler shows behind its door (404 outside
 * the scope) is tested module by module.
 */
class AccessMatrixTest extends IntegrationTest {

    static final Map<String, String> ACCOUNT_OF_ROLE = new TreeMap<>(Map.of("PRACTITIONER", "wang",
            "ASSISTANT", "assistant", "STAFF", "lobby", "RETAIL_HEAD", "head.sh", "RETAIL_DIRECTOR", "director",
            "MARKETING_MANAGER", "marketing", "DEPARTMENT_MANAGER", "manager", "PRODUCT_OFFICER", "product",
            "COMPLIANCE", "compliance", "ADMIN", "admin"));

    /**
     * The framework's own endpoints, outside the handlers' declarations: who reads them is the security
     * configuration's decision, listed in docs/access.md under the handlers and checked here like them.
     */
    record FrameworkDoor(String path, String role, String what) {

        boolean open() {
            return role == null;
        }
    }

    static final List<FrameworkDoor> FRAMEWORK_DOORS = List.of(
            new FrameworkDoor("/v3/api-docs", null, "The OpenAPI document of `/api/**`. It describes the API, not "
                    + "data: every operation it lists needs a staff sign-in and passes the door above, the document "
                    + "holds no record, example or credential, and names no server taken from the request. Hiding the "
                    + "shape of the API would protect nothing the door does not; integrators and test tools read it "
                    + "without an account."),
            new FrameworkDoor("/swagger-ui.html", null, "Swagger UI on that document (its calls sign in with HTTP "
                    + "Basic like any API call)."),
            new FrameworkDoor("/actuator/health", null, "Up or down, with the database; no details."),
            new FrameworkDoor("/actuator/prometheus", "ADMIN", "Metrics: they count the bank's activity."));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<Navigation> navigation;

    @Test
    void every_steward_handler_declares_its_access_once_and_in_one_way() {
        List<String> undeclared = new ArrayList<>();
        List<String> declaredTwice = new ArrayList<>();
        handlers().forEach((info, handler) -> {
            if (AccessDeclarations.of(handler).isEmpty()) {
                undeclared.add(handler.getShortLogMessage());
            }
            for (Class<? extends java.lang.annotation.Annotation> other : List.of(PreAuthorize.class, PermitAll.class)) {
                if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), other)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), other)) {
                    declaredTwice.add(handler.getShortLogMessage() + " also carries @" + other.getSimpleName());
                }
            }
        });

        assertThat(undeclared).as("handlers without @Access (refused to everyone at run time)").isEmpty();
        assertThat(declaredTwice).as("@Access is the one declaration").isEmpty();
        assertThat(handlers()).hasSizeGreaterThan(200);
    }

    @Test
    void every_role_and_a_visitor_meet_exactly_the_door_each_endpoint_declares() {
        Map<String, MatrixClient> clients = new LinkedHashMap<>();
        ACCOUNT_OF_ROLE.forEach((role, username) -> clients.put(role, MatrixClient.signedIn(port, username)));
        MatrixClient visitor = MatrixClient.visitor(port);
        List<String> wrong = new ArrayList<>();
        List<String[]> table = new ArrayList<>();

        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers().entrySet()) {
            MatrixRequest request = MatrixRequest.of(entry.getKey(), entry.getValue(), clock);
            Access access = AccessDeclarations.of(entry.getValue()).orElseThrow();
            table.add(row(request, access));

            MatrixClient.Answer anonymous = visitor.send(request, null);
            if (access.scope() == DataScope.PUBLIC) {
                expect(wrong, request, "a visitor", anonymous, !anonymous.doorRefused(request.api()));
                continue; // staff on a PUBLIC page (the customer channel) are the handler's business (CONF-1)
            }
            expect(wrong, request, "a visitor", anonymous, request.api() ? anonymous.status() == 401
                    : anonymous.status() == 302 && anonymous.location().endsWith("/sign-in"));
            for (Map.Entry<String, MatrixClient> role : clients.entrySet()) {
                String username = ACCOUNT_OF_ROLE.get(role.getKey());
                boolean self = !access.self().isEmpty();
                MatrixClient.Answer answer = role.getValue().send(request, self ? Map.of(access.self(), username) : null);
                boolean allowed = access.anyStaff() || Arrays.asList(access.roles()).contains(role.getKey()) || self;
                expect(wrong, request, role.getKey(), answer, allowed ? !answer.doorRefused(request.api())
                        : answer.status() == 403 && answer.isDoorRefusal(request.api()));
            }
        }

        assertThat(wrong).as("answers that do not match the declarations").isEmpty();
        assertTableCurrent(table);
    }

    @Test
    void the_framework_s_own_endpoints_open_to_whom_docs_access_md_says() {
        MatrixClient visitor = MatrixClient.visitor(port);
        List<String> wrong = new ArrayList<>();
        for (FrameworkDoor door : FRAMEWORK_DOORS) {
            MatrixClient.Answer anonymous = visitor.get(door.path());
            boolean opened = anonymous.status() == 200
                    || (anonymous.status() == 302 && !anonymous.location().endsWith("/sign-in"));
            if (door.open() != opened) {
                wrong.add(door.path() + " answered a visitor " + anonymous.status());
            }
            if (!door.open()) {
                ACCOUNT_OF_ROLE.forEach((role, username) -> {
                    int status = MatrixClient.signedIn(port, username).get(door.path()).status();
                    if ((status == 200) != role.equals(door.role())) {
                        wrong.add(door.path() + " answered " + role + " " + status);
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_menu_entry_leads_a_role_to_a_door_it_cannot_pass() {
        List<String> wrong = new ArrayList<>();
        for (Navigation entry : navigation) {
            HandlerMethod page = handlers().entrySet().stream()
                    .filter(e -> e.getKey().getPatternValues().contains(entry.path()))
                    .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (page == null) {
                wrong.add(entry.path() + " is no page");
                continue;
            }
            Access access = AccessDeclarations.of(page).orElseThrow();
            entry.roles().stream().filter(role -> !access.anyStaff() && !Arrays.asList(access.roles()).contains(role))
                    .forEach(role -> wrong.add(entry.path() + " is in the menu of " + role + ", who gets 403"));
        }
        assertThat(wrong).isEmpty();
    }

    private Map<RequestMappingInfo, HandlerMethod> handlers() {
        Map<RequestMappingInfo, HandlerMethod> ours = new TreeMap<>(Comparator.comparing(RequestMappingInfo::toString));
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (AccessDeclarations.isOurs(handler)) {
                ours.put(info, handler);
            }
        });
        return ours;
    }

    private static void expect(List<String> wrong, MatrixRequest request, String who, MatrixClient.Answer answer,
            boolean right) {
        if (!right) {
            wrong.add(request.method() + " " + request.path() + " as " + who + " answered " + answer.status()
                    + (answer.location() == null ? "" : " -> " + answer.location()));
        }
    }

    private static String[] row(MatrixRequest request, Access access) {
        String roles = access.scope() == DataScope.PUBLIC ? "anyone, no sign-in"
                : access.anyStaff() ? "any staff" : String.join(", ", access.roles());
        if (!access.self().isEmpty()) {
            roles += "; or the staff member {" + access.self() + "}";
        }
        return new String[] {request.method(), request.template(), roles, access.scope().name()};
    }

    /** The matrix as the declarations give it, for people: docs/access.md, kept current like the module diagram. */
    private static void assertTableCurrent(List<String[]> rows) {
        StringBuilder text = new StringBuilder("""
                # Who may call what

                Generated by `AccessMatrixTest` from the `@Access` declaration of every handler (the door enforces
                the same declaration; the test calls every endpoint as every role and checks it). The scope says what
                the handler shows behind the door: outside it a record answers 404 (DESIGN §6).

                | method | path | roles | scope |
                |---|---|---|---|
                """);
        rows.stream().sorted(Comparator.comparing((String[] r) -> r[1]).thenComparing(r -> r[0]))
                .forEach(r -> text.append("| ").append(r[0]).append(" | `").append(r[1]).append("` | ").append(r[2])
                        .append(" | ").append(r[3]).append(" |\n"));
        text.append("""

                ## The framework's own endpoints

                Not Steward's handlers, so no `@Access`: the security configuration opens them, and the same test
                checks each answers whom this table says.

                | path | who | what and why |
                |---|---|---|
                """);
        FRAMEWORK_DOORS.forEach(door -> text.append("| `").append(door.path()).append("` | ")
                .append(door.open() ? "anyone, no sign-in" : door.role()).append(" | ").append(door.what()).append(" |\n"));
        CommittedDocs.assertCurrent(Map.of(Path.of("docs", "access.md"), text.toString()));
    }
}
