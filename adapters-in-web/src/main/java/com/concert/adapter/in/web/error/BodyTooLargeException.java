package com.concert.adapter.in.web.error;

import java.io.IOException;

/** Raised while a request body is read, the moment it passes the size limit. */
public class BodyTooLargeException extends IOException {

  public BodyTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
