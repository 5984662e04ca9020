package io.steward.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals that come before a handler method is chosen (a path no handler has, a method or content type no
 * handler of the path takes): problem details from {@link ApiProblems}, like every other API error, instead of the
 * framework's error body. Requests outside {@code /api/} keep their error page.
 */
@Component
class ApiMappingProblems implements HandlerExceptionResolver, Ordered {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiProblems problems;

    ApiMappingProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (handler instanceof HandlerMethod || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            ResponseEntity<Object> answer = problems.handleException(failure, new ServletWebRequest(request, response));
            if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
                return null;
            }
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", problem.getType().toString());
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            if (problem.getDetail() != null) {
                body.put("detail", problem.getDetail());
            }
            JSON.writeValue(response.getOutputStream(), body);
            return new ModelAndView();
        } catch (Exception notOneOfOurs) {
            return null; // not a refusal the framework describes: the next resolver decides
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
