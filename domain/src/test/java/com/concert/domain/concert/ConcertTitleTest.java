package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcertTitleTest {

  /** Outside the Basic Multilingual Plane: one character, two UTF-16 code units. */
  private static final String EMOJI = "\uD83C\uDFB5";

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\u2003"})
  void isNeverBlank(String value) {
    assertThatThrownBy(() -> new ConcertTitle(value)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void hasAtMost200Characters() {
    assertThat(new ConcertTitle("a".repeat(200)).value()).hasSize(200);
    assertThatThrownBy(() -> new ConcertTitle("a".repeat(201)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("200");
  }

  @Test
  void countsCharactersNotUtf16CodeUnits() {
    var twoHundredEmoji = EMOJI.repeat(200);
    assertThat(twoHundredEmoji).hasSize(400);

    assertThat(new ConcertTitle(twoHundredEmoji).value()).isEqualTo(twoHundredEmoji);
    assertThat(new ConcertTitle("a".repeat(199) + EMOJI).value()).hasSize(201);
    assertThatThrownBy(() -> new ConcertTitle(EMOJI.repeat(201)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "Gala\u0000", "Ga\u0000la"})
  void cannotContainTheNulCharacter(String value) {
    assertThatThrownBy(() -> new ConcertTitle(value)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void mayContainAnyOtherCharacter() {
    var title = "Gala \t\u00e9\u4e2d\uD83C\uDFB5 \"2026\"";

    assertThat(new ConcertTitle(title).value()).isEqualTo(title);
  }

  @Test
  void aSingleCharacterIsATitle() {
    assertThat(new ConcertTitle("X").value()).isEqualTo("X");
  }
}
