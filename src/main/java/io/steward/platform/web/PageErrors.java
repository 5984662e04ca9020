package io.steward.platform.web;

import io.steward.platform.DomainRefusal;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/** Friendly pages for refusals and failures on the HTML side; never a stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainRefusal.class)
    ModelAndView refusal(DomainRefusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return page(status, messages.getMessage("problem." + refusal.code(), refusal.arguments(),
                refusal.getMessage(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid-parameter",
                new Object[] {e.getName()}, LocaleContextHolder.getLocale()));
    }

    /** A form posted without a field it needs (a crafted or stale form): the person's mistake, not a failure. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MultipartException.class})
    ModelAndView missingParameter(Exception e) {
        String name = switch (e) {
            case MissingServletRequestParameterException missing -> missing.getParameterName();
            case MissingServletRequestPartException missing -> missing.getRequestPartName();
            default -> "file";
        };
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("problem.missing-parameter", new Object[] {name},
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
            throw e;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("problem.internal", null,
                LocaleContextHolder.getLocale()));
    }

    private static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
