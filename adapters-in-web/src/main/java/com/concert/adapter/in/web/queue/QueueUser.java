package com.concert.adapter.in.web.queue;

import com.concert.application.port.in.QueuePass;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the controller parameter that receives the queue token's user, as a {@link
 * com.concert.domain.shared.UserId} or the whole {@link QueuePass}. The token is read from {@code
 * Authorization: Bearer <token>} (or the bare token); the request is refused with {@code 401
 * TOKEN_INVALID} without a valid one, and with {@code 403 TOKEN_NOT_ACTIVE} while it waits, unless
 * the endpoint accepts waiting tokens.
 *
 * <p>Parameters are resolved in declaration order: declare it after the request body and the
 * validated parameters, so a malformed request is {@code 400} before the token is looked at.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QueueUser {

  /** The token states this endpoint lets in. */
  QueuePass.Access[] accept() default {QueuePass.Access.ACTIVE};
}
