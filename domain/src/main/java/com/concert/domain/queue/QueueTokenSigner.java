package com.concert.domain.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the token a user presents from the stored nonce, and finds a presented token by its hash.
 *
 * <p>A token is the HMAC-SHA256 of its nonce under a key that is not stored with the tokens: 256
 * bits, URL-safe, unguessable without the key. The database keeps the nonce and the token's
 * SHA-256, so the same token can be given back to its user, yet the table alone gives no token.
 */
public final class QueueTokenSigner {

  public static final int MIN_KEY_LENGTH = 32;

  private static final String MAC = "HmacSHA256";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  public QueueTokenSigner(byte[] key) {
    if (key.length < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "a token signing key has at least " + MIN_KEY_LENGTH + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), MAC);
  }

  public String tokenFor(TokenNonce nonce) {
    try {
      var mac = Mac.getInstance(MAC);
      mac.init(key);
      return ENCODER.encodeToString(mac.doFinal(nonce.bytes()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * The hash a presented token is stored under.
   *
   * @throws TokenInvalidException when the text cannot be a token at all
   */
  public TokenHash hashOf(String presented) {
    if (presented == null || !TOKEN.matcher(presented).matches()) {
      throw new TokenInvalidException("the queue token is malformed");
    }
    try {
      return TokenHash.of(
          MessageDigest.getInstance("SHA-256")
              .digest(presented.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
