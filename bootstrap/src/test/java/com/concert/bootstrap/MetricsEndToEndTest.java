package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Prometheus scrape carries the business counters, the queue's sizes and the latency of each
 * endpoint by its path template. Its service is its own (the application name sets it apart from
 * tests with otherwise equal settings), so no other test's hold can expire into its counts.
 */
@ServiceTest(
    properties = {
      "spring.application.name=metrics-end-to-end",
      "concert.reservation.hold-ttl=PT4S",
      "concert.reservation.max-holds-per-user=2",
      "concert.queue.max-active-users=100000"
    })
class MetricsEndToEndTest {

  static final LocalDate SHOW = BookingApi.TODAY.plusDays(6);

  @LocalServerPort int port;
  BookingApi api;
  long concert;

  @BeforeEach
  void aConcertOfItsOwn() {
    api = new BookingApi(port);
    concert = api.createConcert(SHOW, 3, 10_000);
  }

  @Test
  void holdsTakenCancelledAndExpiredAreCountedOnceEach() throws Exception {
    var token = api.activeToken();
    var before = scrape();

    var cancelled = api.hold(token, concert, SHOW, 1);
    api.cancel(token, cancelled);
    var expiring = api.reserve(token, concert, SHOW, 2);
    var afterHolds = scrape();
    BookingApi.waitUntil(Instant.parse(expiring.json().get("expiresAt").asString()));
    var expiredBefore = value(afterHolds, "concert_holds_expired_total");
    var afterExpiry =
        scrapeOnce(scraped -> value(scraped, "concert_holds_expired_total") > expiredBefore);

    assertThat(value(afterHolds, "concert_holds_taken_total"))
        .isEqualTo(value(before, "concert_holds_taken_total") + 2);
    assertThat(value(afterHolds, "concert_holds_cancelled_total"))
        .isEqualTo(value(before, "concert_holds_cancelled_total") + 1);
    assertThat(value(afterExpiry, "concert_holds_expired_total"))
        .isEqualTo(value(afterHolds, "concert_holds_expired_total") + 1);
  }

  @Test
  void aPaymentIsCountedWithTheHoldsItConfirms() {
    var user = BookingApi.newUserId();
    var issued = api.http.post("/api/token/create", Map.of("id", user));
    var token = "Bearer " + issued.json().get("token").asString();
    api.hold(token, concert, SHOW, 1);
    api.hold(token, concert, SHOW, 2);
    api.http.post("/api/charge", Map.of("userId", user, "amount", 20_000));
    var before = scrape();

    var paid = api.http.post("/api/payment", Map.of(), "Authorization", token);

    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    var after = scrape();
    assertThat(value(after, "concert_payments_total"))
        .isEqualTo(value(before, "concert_payments_total") + 1);
    assertThat(value(after, "concert_holds_confirmed_total"))
        .isEqualTo(value(before, "concert_holds_confirmed_total") + 2);
  }

  @Test
  void theQueueSizesAreReadAtEachScrape() {
    api.activeToken();

    var scraped = scrape();

    assertThat(value(scraped, "concert_queue_active")).isGreaterThanOrEqualTo(1);
    assertThat(value(scraped, "concert_queue_waiting")).isZero();
  }

  @Test
  void requestLatencyIsTimedPerEndpointByItsTemplateNotByItsIds() {
    var token = api.activeToken();
    var id = api.hold(token, concert, SHOW, 3);
    api.cancel(token, id);

    var scraped = scrape();

    assertThat(scraped)
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*method=\"DELETE\""
                + "[^}]*uri=\"/api/reservations/\\{id}\"");
    assertThat(scraped)
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*method=\"POST\""
                + "[^}]*uri=\"/api/reservation/reserve\"");
    assertThat(scraped).doesNotContain("uri=\"/api/reservations/" + id + "\"");
  }

  /** The first scrape that shows what the sweeper did, waiting at most a few of its rounds. */
  private String scrapeOnce(Predicate<String> seen) throws InterruptedException {
    var scraped = scrape();
    for (int round = 0; round < 100 && !seen.test(scraped); round++) {
      Thread.sleep(200);
      scraped = scrape();
    }
    return scraped;
  }

  private String scrape() {
    var response = api.http.get("/actuator/prometheus");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.text();
  }

  /** The value of a sample without labels, or with only the application's. */
  private static double value(String scrape, String name) {
    var matcher =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$").matcher(scrape);
    assertThat(matcher.find()).as(name + " in the scrape").isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
