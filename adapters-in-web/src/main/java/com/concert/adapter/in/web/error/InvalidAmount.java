package com.concert.adapter.in.web.error;

import jakarta.validation.Payload;

/**
 * Marks a constraint on an amount of money: a request that breaks only such constraints is {@code
 * 400 INVALID_AMOUNT} rather than {@code INVALID_REQUEST}.
 */
public interface InvalidAmount extends Payload {}
