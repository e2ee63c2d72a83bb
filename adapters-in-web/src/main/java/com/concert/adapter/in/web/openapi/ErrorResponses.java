package com.concert.adapter.in.web.openapi;

import com.concert.adapter.in.web.error.ApiError;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The errors an endpoint answers for its own reasons, documented as problem responses. Those that
 * follow from its shape are added without being listed: a body or a parameter to read ({@code
 * INVALID_REQUEST}, and {@code PAYLOAD_TOO_LARGE} and {@code UNSUPPORTED_MEDIA_TYPE} for a body),
 * the queue-token guard, the admin key, and {@code UNAVAILABLE} for every endpoint.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ErrorResponses {

  ApiError[] value();
}
