package io.steward.confirmation.web;

import io.steward.confirmation.ConfirmationRequest.Section;
import io.steward.confirmation.RequestOrigin;
import io.steward.confirmation.internal.ChannelPage;
import io.steward.confirmation.internal.CustomerActs;
import io.steward.confirmation.internal.Outcome;
import io.steward.confirmation.internal.Submission;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer channel's page, {@code /c/{token}}: no staff sign-in, and none tolerated — while a staff member is
 * signed in on this browser the page refuses to show or take anything (CONF-1: staff "do not ... fill in any
 * documents ... on behalf of the customer"). Forms carry the CSRF token like every other page.
 */
@Controller
@Access(scope = DataScope.PUBLIC)
@RequestMapping("/c/{token}")
class ChannelPages {

    private final CustomerActs acts;
    private final Clock clock;

    ChannelPages(CustomerActs acts, Clock clock) {
        this.acts = acts;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<String> refused = staffRefusal(token, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<ChannelPage> page = acts.page(token);
        if (page.isEmpty()) {
            return unknown(response);
        }
        return render(token, page.get(), model, Submitted.none(), null, null);
    }

    @GetMapping("/sections/{key}")
    String section(@PathVariable String token, @PathVariable String key, Model model, HttpServletRequest request,
            HttpServletResponse response, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Optional<String> refused = staffRefusal(token, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Section> section = acts.openSection(token, key, RequestOrigin.of(request));
        if (section.isEmpty()) {
            return unknown(response);
        }
        model.addAttribute("section", section.get());
        model.addAttribute("token", token);
        return htmx != null ? "confirmation/channel :: section-opened" : "confirmation/section";
    }

    @PostMapping
    String confirm(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<String> refused = staffRefusal(token, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        Submitted submitted = Submitted.of(form);
        Outcome outcome = acts.confirm(token, submitted.submission(), RequestOrigin.of(request));
        return outcome(token, outcome, submitted, model, response);
    }

    @PostMapping("/code")
    String resend(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<String> refused = staffRefusal(token, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        return outcome(token, acts.resendCodes(token, RequestOrigin.of(request)), Submitted.none(), model, response);
    }

    @PostMapping("/decline")
    String decline(@PathVariable String token, @RequestParam(required = false) String code,
            @RequestParam(required = false) String reason, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<String> refused = staffRefusal(token, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (code == null || code.isBlank()) {
            return outcome(token, new Outcome.Incomplete(Map.of("declineCode", "channel.problem.code")),
                    Submitted.none(), model, response);
        }
        return outcome(token, acts.decline(token, code, reason, RequestOrigin.of(request)), Submitted.none(), model,
                response);
    }

    private String outcome(String token, Outcome outcome, Submitted submitted, Model model,
            HttpServletResponse response) {
        if (outcome instanceof Outcome.Unknown) {
            return unknown(response);
        }
        if (outcome instanceof Outcome.Done done) {
            model.addAttribute("state", done.state());
            return "confirmation/done";
        }
        ChannelPage page = acts.page(token).orElseThrow();
        return switch (outcome) {
            case Outcome.Incomplete incomplete -> {
                response.setStatus(400);
                yield render(token, page, model, submitted, incomplete.problems(), "channel.problem.incomplete");
            }
            case Outcome.WrongCode wrong -> {
                response.setStatus(400);
                model.addAttribute("messageArgs", new Object[] {wrong.triesLeft()});
                yield render(token, page, model, submitted, Map.of(), "channel.wrong-code");
            }
            case Outcome.CodeExpired expired -> {
                response.setStatus(400);
                yield render(token, page, model, submitted, Map.of(), "channel.code-expired");
            }
            case Outcome.Locked locked -> {
                response.setStatus(423);
                model.addAttribute("state", page.state());
                yield "confirmation/closed";
            }
            case Outcome.NotPending notPending -> {
                response.setStatus(409);
                model.addAttribute("state", notPending.state());
                yield "confirmation/closed";
            }
            case Outcome.TooManyCodes tooMany -> {
                response.setStatus(429);
                yield render(token, page, model, submitted, Map.of(), "channel.too-many-codes");
            }
            case Outcome.CodesResent resent -> {
                model.addAttribute("messageArgs", new Object[] {resent.sentTo()});
                yield render(token, page, model, submitted, Map.of(), "channel.code-resent");
            }
            default -> throw new IllegalStateException("unexpected outcome " + outcome);
        };
    }

    private String render(String token, ChannelPage page, Model model, Submitted submitted,
            Map<String, String> problems, String message) {
        if (!page.state().open()) {
            model.addAttribute("state", page.state());
            return "confirmation/closed";
        }
        model.addAttribute("token", token);
        model.addAttribute("page", page);
        model.addAttribute("submitted", submitted);
        model.addAttribute("problems", problems == null ? Map.of() : problems);
        model.addAttribute("message", message);
        if (!model.containsAttribute("messageArgs")) {
            model.addAttribute("messageArgs", new Object[0]);
        }
        return "confirmation/channel";
    }

    /** A staff session on this browser: refuse, and record who it was. */
    private Optional<String> staffRefusal(String token, Model model, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        acts.refusedStaffSession(token, authentication.getName());
        response.setStatus(403);
        model.addAttribute("staff", authentication.getName());
        return Optional.of("confirmation/staff-refused");
    }

    private static String unknown(HttpServletResponse response) {
        response.setStatus(404);
        return "confirmation/unknown";
    }

    /** What the customer typed, to show it again when the form comes back. */
    record Submitted(Map<String, String> answers, List<String> statements, String specialStatement, boolean secondPartyAgrees,
            Submission submission) {

        static Submitted none() {
            return new Submitted(Map.of(), List.of(), null, false, null);
        }

        static Submitted of(Map<String, String> form) {
            Map<String, String> answers = new LinkedHashMap<>();
            form.forEach((name, value) -> {
                if (name.startsWith("answer.")) {
                    answers.put(name.substring("answer.".length()), value);
                }
            });
            List<String> statements = new ArrayList<>();
            for (int i = 0; form.containsKey("statement." + i); i++) {
                statements.add(form.get("statement." + i));
            }
            boolean agrees = "true".equals(form.get("secondPartyAgrees"));
            return new Submitted(answers, statements, form.get("specialStatement"), agrees,
                    new Submission(answers, statements, form.get("specialStatement"), form.get("code"),
                            form.get("secondPartyCode"), agrees));
        }

        public String answer(String question) {
            return answers.get(question);
        }

        public String statement(int index) {
            return index < statements.size() ? statements.get(index) : "";
        }
    }
}
