package io.steward.platform;

import java.util.List;

/**
 * The one exception type for a refusal the user can understand: an unknown record, a conflict with the current
 * state, input that breaks a rule. Mapped to RFC 9457 problem details (API) or a friendly page, with a stable
 * problem type, a message key from the bundles and, where a policy rule refused, its rule ids.
 */
public class DomainRefusal extends RuntimeException {

    public enum Kind {
        /** Unknown, or outside the actor's scope: the two look the same from outside (DESIGN §6). */
        NOT_FOUND,
        /** The record is not in a state that allows this, or a concurrent change won. */
        CONFLICT,
        /** The input breaks a rule of the domain (a certificate that expires before it is issued). */
        INVALID,
        /** The actor may not do this. */
        FORBIDDEN,
        /** A policy rule refuses; the rule ids say which. */
        RULE
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] arguments;
    private final List<String> ruleIds;

    public DomainRefusal(Kind kind, String code, String defaultMessage, List<String> ruleIds, Object... arguments) {
        super(defaultMessage);
        this.kind = kind;
        this.code = code;
        this.arguments = arguments;
        this.ruleIds = List.copyOf(ruleIds);
    }

    public static DomainRefusal notFound(String code, String defaultMessage, Object... arguments) {
        return new DomainRefusal(Kind.NOT_FOUND, code, defaultMessage, List.of(), arguments);
    }

    public static DomainRefusal conflict(String code, String defaultMessage, Object... arguments) {
        return new DomainRefusal(Kind.CONFLICT, code, defaultMessage, List.of(), arguments);
    }

    public static DomainRefusal invalid(String code, String defaultMessage, Object... arguments) {
        return new DomainRefusal(Kind.INVALID, code, defaultMessage, List.of(), arguments);
    }

    public static DomainRefusal forbidden(String code, String defaultMessage, Object... arguments) {
        return new DomainRefusal(Kind.FORBIDDEN, code, defaultMessage, List.of(), arguments);
    }

    public static DomainRefusal byRules(String code, String defaultMessage, List<String> ruleIds, Object... arguments) {
        return new DomainRefusal(Kind.RULE, code, defaultMessage, ruleIds, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable, kebab-case; the problem type is {@code urn:steward:problem:<code>} and the message key {@code problem.<code>}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<String> ruleIds() {
        return ruleIds;
    }
}
