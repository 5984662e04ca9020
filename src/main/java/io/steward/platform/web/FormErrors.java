package io.steward.platform.web;

import io.steward.platform.DomainRefusal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * What a page shows next to its form when the input was refused: a message per field and one for the form. The
 * page re-renders with what the user typed, so nothing they entered is lost.
 */
public record FormErrors(Map<String, String> fields, String form) {

    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    public static FormErrors of(BindingResult result, MessageSource messages) {
        Map<String, String> fields = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(),
                messages.getMessage(error, LocaleContextHolder.getLocale())));
        String form = result.getGlobalErrors().stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
                .findFirst().orElse(fields.isEmpty() ? null : messages.getMessage("form.fix-fields", null,
                        LocaleContextHolder.getLocale()));
        return new FormErrors(fields, form);
    }

    public static FormErrors of(DomainRefusal refusal, MessageSource messages) {
        return new FormErrors(Map.of(), messages.getMessage("problem." + refusal.code(), refusal.arguments(),
                refusal.getMessage(), LocaleContextHolder.getLocale()));
    }

    public boolean any() {
        return form != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String of(String field) {
        return fields.get(field);
    }
}
