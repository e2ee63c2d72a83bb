package com.concert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  @Test
  void theOrderOfTheFieldsDoesNotMatter() {
    var userFirst = new LinkedHashMap<String, Object>();
    userFirst.put("userId", 42L);
    userFirst.put("amount", 500L);
    var amountFirst = new LinkedHashMap<String, Object>();
    amountFirst.put("amount", 500L);
    amountFirst.put("userId", 42L);

    assertThat(RequestFingerprint.of(userFirst)).isEqualTo(RequestFingerprint.of(amountFirst));
  }

  @Test
  void anotherValueIsAnotherRequest() {
    assertThat(RequestFingerprint.of(Map.of("userId", 42L, "amount", 500L)))
        .isNotEqualTo(RequestFingerprint.of(Map.of("userId", 42L, "amount", 501L)));
  }

  @Test
  void aFieldLeftOutIsAnotherRequest() {
    assertThat(RequestFingerprint.of(Map.of("reservationId", 9L)))
        .isNotEqualTo(RequestFingerprint.of(Map.of("reservationId", 9L, "amount", 500L)));
  }

  @Test
  void namesAndValuesCannotRunIntoEachOther() {
    assertThat(RequestFingerprint.of(Map.of("ab", "c")))
        .isNotEqualTo(RequestFingerprint.of(Map.of("a", "bc")));
    assertThat(RequestFingerprint.of(Map.of("a", "1", "b", "2")))
        .isNotEqualTo(RequestFingerprint.of(Map.of("a", "1b", "", "2")));
  }

  @Test
  void isASha256ThatRoundTripsThroughItsBytes() {
    var fingerprint = RequestFingerprint.of(Map.of("userId", 42L));

    assertThat(fingerprint.bytes()).hasSize(32);
    assertThat(RequestFingerprint.ofBytes(fingerprint.bytes())).isEqualTo(fingerprint);
  }
}
