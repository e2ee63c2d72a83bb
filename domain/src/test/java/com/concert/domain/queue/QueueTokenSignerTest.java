package com.concert.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueueTokenSignerTest {

  final byte[] key = "a-key-of-at-least-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8);
  final QueueTokenSigner signer = new QueueTokenSigner(key);
  final SecureRandom random = new SecureRandom();

  @Test
  void aTokenIs256UrlSafeBitsAndTheSameForTheSameNonce() {
    var nonce = TokenNonce.random(random);

    var token = signer.tokenFor(nonce);

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(signer.tokenFor(TokenNonce.of(nonce.bytes()))).isEqualTo(token);
  }

  @Test
  void differentNoncesGiveDifferentTokens() {
    var tokens = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      tokens.add(signer.tokenFor(TokenNonce.random(random)));
    }

    assertThat(tokens).hasSize(1000);
  }

  @Test
  void withoutTheKeyTheNonceGivesAnotherToken() {
    var nonce = TokenNonce.random(random);
    var otherKey = "another-key-of-thirty-two-bytes-or-more".getBytes(StandardCharsets.UTF_8);

    assertThat(new QueueTokenSigner(otherKey).tokenFor(nonce)).isNotEqualTo(signer.tokenFor(nonce));
  }

  @Test
  void aTokenIsFoundByItsSha256() throws Exception {
    var token = signer.tokenFor(TokenNonce.random(random));

    var expected =
        MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));

    assertThat(signer.hashOf(token)).isEqualTo(TokenHash.of(expected));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "short",
        "tm2cAzvAQ2RDbA_EMiEaQ33FdyvsACF01D5KRh9sQg",
        "tm2cAzvAQ2RDbA_EMiEaQ33FdyvsACF01D5KRh9sQgwX",
        "tm2cAzvAQ2RDbA+EMiEaQ33FdyvsACF01D5KRh9sQgw",
        "tm2cAzvAQ2RDbA_EMiEaQ33FdyvsACF01D5KRh9sQg="
      })
  void aPresentedTextThatCannotBeATokenIsInvalid(String presented) {
    assertThatThrownBy(() -> signer.hashOf(presented)).isInstanceOf(TokenInvalidException.class);
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new QueueTokenSigner(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
