package io.steward.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API handler that answers with a file (its bytes, in one of these media types) rather than JSON; the OpenAPI
 * document, which the API tests hold every call to, says so.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FileDownload {

    /** The media types the file may have. */
    String[] value();
}
