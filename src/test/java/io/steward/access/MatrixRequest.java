package io.steward.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * One mapped endpoint as the access matrix calls it: its HTTP method, its path with the variables filled with values
 * that exist nowhere (of the right type, matching any pattern the mapping sets), the parameters its mapping requires
 * and the content type it consumes.
 */
record MatrixRequest(String method, String template, Map<String, String> variables, String query, MediaType consumes) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::((?:[^{}]|\\{[^{}]*})+))?}");
    private static final List<String> CANDIDATES = List.of("987654321", "C99999999", "NO-SUCH-THING", "nobody-here",
            "S99999999", "2020-01-01", "2020-01");

    static MatrixRequest of(RequestMappingInfo info, HandlerMethod handler, Clock clock) {
        String template = info.getPatternValues().iterator().next();
        String method = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).sorted().findFirst()
                .orElse("GET");
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null) {
                types.put(variable.name().isEmpty() ? parameter.getParameter().getName() : variable.name(),
                        parameter.getParameterType());
            }
        }
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            variables.put(matcher.group(1), valueFor(matcher.group(1), matcher.group(2), types.get(matcher.group(1)), clock));
        }
        String query = info.getParamsCondition().getExpressions().stream()
                .filter(expression -> !expression.isNegated() && expression.getValue() != null)
                .map(expression -> expression.getName() + "=" + expression.getValue())
                .reduce((a, b) -> a + "&" + b).orElse("");
        MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
        return new MatrixRequest(method, template, variables, query, consumes);
    }

    boolean api() {
        return template.startsWith("/api/");
    }

    String path() {
        return path(null);
    }

    /** The concrete path, with some variables given (a caller's own username, for instance). */
    String path(Map<String, String> given) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = given != null && given.containsKey(name) ? given.get(name) : variables.get(name);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return query.isEmpty() ? path.toString() : path + "?" + query;
    }

    private static String valueFor(String name, String regex, Class<?> type, Clock clock) {
        if (type != null && (type == long.class || type == Long.class || type == int.class || type == Integer.class)) {
            return "987654321";
        }
        if (type == LocalDate.class) {
            return LocalDate.now(clock).minusYears(30).toString();
        }
        if (type == YearMonth.class) {
            return "2020-01";
        }
        if (type != null && type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (name.equals("token")) {
            return "NoSuchToken0NoSuchToken0NoSuchToken0NoSuchT";
        }
        if (name.equals("number") || name.equals("customerNumber")) {
            return "C99999999";
        }
        if (regex == null) {
            return "NO-SUCH-" + name.toUpperCase();
        }
        String firstAlternative = regex.split("\\|")[0]; // {move:verification|finalisation}: a word of the list
        return CANDIDATES.stream().filter(candidate -> candidate.matches(regex)).findFirst()
                .or(() -> Optional.of(firstAlternative).filter(word -> word.matches(regex)))
                .orElseThrow(() -> new IllegalStateException("no value for {" + name + ":" + regex + "}"));
    }
}
