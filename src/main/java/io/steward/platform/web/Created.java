package io.steward.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API handler that creates a record answers {@code 201 Created} with the record's address in {@code Location}
 * (the handler returns {@code ResponseEntity.created(location).body(...)}); this declaration puts the same into the
 * OpenAPI document, which the API tests hold every call to. Where the new record has no address of its own, Location
 * names the list it appears in.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Created {
}
