package com.concert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.InvalidRequestException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  static Stream<String> notOneTo255VisibleAsciiCharacters() {
    return Stream.of(
        "",
        " ",
        "two words",
        "tab\tbed",
        "line\nbreak",
        "delete\u007F",
        "nul\u0000",
        "café",
        "키",
        "a".repeat(256));
  }

  @ParameterizedTest
  @MethodSource("notOneTo255VisibleAsciiCharacters")
  void anythingButOneTo255VisibleAsciiCharactersIsAnInvalidRequest(String value) {
    assertThatThrownBy(() -> new IdempotencyKey(value))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }

  @Test
  void aMissingValueIsAnInvalidRequest() {
    assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "!", "~", "3f2b1c9e-5d7a-4c1b-9a8e-0f6d2b7c4e1a", "order#42/retry=1"})
  void visibleAsciiCharactersMakeAKey(String value) {
    assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
  }

  @Test
  void aKeyHasUpTo255Characters() {
    assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
  }

  @Test
  void everyVisibleAsciiCharacterBelongsInAKey() {
    var all = new StringBuilder();
    for (char c = 0x21; c <= 0x7E; c++) {
      all.append(c);
    }

    assertThat(new IdempotencyKey(all.toString()).value()).hasSize(94);
  }
}
