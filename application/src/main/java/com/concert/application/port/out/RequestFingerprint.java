package com.concert.application.port.out;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests with one Idempotency-Key the same request: the SHA-256 of the fields of
 * the parsed request, by name. The raw body is not used, so the same JSON with its fields in
 * another order, other spacing or other escapes is the same request.
 */
public record RequestFingerprint(String sha256) {

  private static final HexFormat HEX = HexFormat.of();

  public RequestFingerprint {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a fingerprint is a SHA-256 in lower-case hex");
    }
  }

  /**
   * The fingerprint of a request with these fields. A field the request left out is left out of the
   * map; values are compared by their {@code toString()}.
   */
  public static RequestFingerprint of(Map<String, ?> fields) {
    var canonical = new StringBuilder();
    new TreeMap<>(fields)
        .forEach(
            (name, value) -> {
              var text = String.valueOf(value);
              canonical
                  .append(name.length())
                  .append(':')
                  .append(name)
                  .append(text.length())
                  .append(':')
                  .append(text);
            });
    return new RequestFingerprint(HEX.formatHex(sha256(canonical.toString())));
  }

  public static RequestFingerprint ofBytes(byte[] sha256) {
    return new RequestFingerprint(HEX.formatHex(sha256));
  }

  public byte[] bytes() {
    return HEX.parseHex(sha256);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
