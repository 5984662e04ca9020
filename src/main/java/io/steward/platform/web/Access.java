package io.steward.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint or open a page, and over which data (DESIGN §6: "every endpoint and page names the role
 * and the scope it needs"). This one declaration is what the door enforces (the access module refuses a caller whose
 * roles it does not name with 403, and a Steward handler without it altogether) and what the role-by-endpoint test
 * reads to know what to expect; there is no second table to keep in step.
 *
 * <p>The roles are the door; the scope says what the handler then shows of the data behind it. Outside the scope a
 * record answers 404, the same as one that does not exist; that part is the handler's own, tested per module.
 *
 * <p>On a method, or on the controller class for every handler in it (a method's own declaration wins).
 *
 * <pre>
 * &#64;Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
 * &#64;Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)   // every signed-in staff member; the scope answers 404
 * &#64;Access(roles = "ADMIN", self = "username", scope = DataScope.BANK)  // or the staff member named in the path
 * &#64;Access(scope = DataScope.PUBLIC)                          // no sign-in (the customer channel)
 * </pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Access {

    /** The roles (names of {@code io.steward.organization.Role}) that pass the door; checked at start-up. */
    String[] roles() default {};

    /** Every signed-in staff member passes the door, whatever their role; the data scope then decides. */
    boolean anyStaff() default false;

    /** What the caller sees once through the door. */
    DataScope scope();

    /**
     * The name of a path variable holding a username: that staff member passes the door for themselves even without
     * one of the roles (their own certificates, for instance).
     */
    String self() default "";
}
