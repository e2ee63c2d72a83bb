package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Every {@code concert.*} key of the contract binds, by its name or its environment variable. */
class ConcertPropertiesTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(ConcertPropertiesValidation.class, BindConcertProperties.class);

  @Test
  void everyKeyHasTheContractsDefault() {
    runner.run(
        context -> {
          var properties = context.getBean(ConcertProperties.class);
          assertThat(properties.queue().maxActiveUsers()).isEqualTo(100);
          assertThat(properties.queue().activeTtl()).isEqualTo(Duration.ofMinutes(10));
          assertThat(properties.reservation().holdTtl()).isEqualTo(Duration.ofMinutes(5));
          assertThat(properties.reservation().maxHoldsPerUser()).isEqualTo(4);
          assertThat(properties.wallet().maxCharge()).isEqualTo(10_000_000);
          assertThat(properties.wallet().maxBalance()).isEqualTo(1_000_000_000);
          assertThat(properties.admin().key()).isEmpty();
          assertThat(properties.demoData()).isTrue();
          assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        });
  }

  @Test
  void everyKeyBindsFromItsPropertyName() {
    runner
        .withPropertyValues(
            "concert.queue.max-active-users=2",
            "concert.queue.active-ttl=PT30S",
            "concert.reservation.hold-ttl=PT2M",
            "concert.reservation.max-holds-per-user=7",
            "concert.wallet.max-charge=5000",
            "concert.wallet.max-balance=90000",
            "concert.admin.api-key=change-me",
            "concert.demo-data=false",
            "concert.time-zone=Europe/Paris")
        .run(context -> assertNonDefaults(context.getBean(ConcertProperties.class)));
  }

  @Test
  void everyKeyBindsFromItsEnvironmentVariable() {
    var environment =
        Map.<String, Object>of(
            "CONCERT_QUEUE_MAX_ACTIVE_USERS", "2",
            "CONCERT_QUEUE_ACTIVE_TTL", "PT30S",
            "CONCERT_RESERVATION_HOLD_TTL", "PT2M",
            "CONCERT_RESERVATION_MAX_HOLDS_PER_USER", "7",
            "CONCERT_WALLET_MAX_CHARGE", "5000",
            "CONCERT_WALLET_MAX_BALANCE", "90000",
            "CONCERT_ADMIN_API_KEY", "change-me",
            "CONCERT_DEMO_DATA", "false",
            "CONCERT_TIME_ZONE", "Europe/Paris");
    runner
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource(
                            "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            environment)))
        .run(context -> assertNonDefaults(context.getBean(ConcertProperties.class)));
  }

  @Test
  void aBlankAdminKeyLeavesTheAdminApiOff() {
    runner
        .withPropertyValues("concert.admin.api-key=   ")
        .run(
            context ->
                assertThat(context.getBean(ConcertProperties.class).admin().key()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "concert.queue.max-active-users=0",
        "concert.queue.max-active-users=-1",
        "concert.queue.max-active-users=many",
        "concert.queue.active-ttl=PT0S",
        "concert.queue.active-ttl=P2D",
        "concert.queue.active-ttl=ten minutes",
        "concert.reservation.hold-ttl=PT0S",
        "concert.reservation.hold-ttl=-PT5M",
        "concert.reservation.max-holds-per-user=0",
        "concert.reservation.max-holds-per-user=1001",
        "concert.wallet.max-charge=0",
        "concert.wallet.max-balance=0",
        "concert.demo-data=maybe",
        "concert.time-zone=Mars/Base",
        "concert.time-zone="
      })
  void aBadValueStopsTheApplication(String setting) {
    runner.withPropertyValues(setting).run(context -> assertThat(context).hasFailed());
  }

  private static void assertNonDefaults(ConcertProperties properties) {
    assertThat(properties.queue().maxActiveUsers()).isEqualTo(2);
    assertThat(properties.queue().activeTtl()).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.reservation().holdTtl()).isEqualTo(Duration.ofMinutes(2));
    assertThat(properties.reservation().maxHoldsPerUser()).isEqualTo(7);
    assertThat(properties.wallet().maxCharge()).isEqualTo(5000);
    assertThat(properties.wallet().maxBalance()).isEqualTo(90_000);
    assertThat(properties.admin().key()).contains("change-me");
    assertThat(properties.demoData()).isFalse();
    assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @EnableConfigurationProperties(ConcertProperties.class)
  static class BindConcertProperties {}
}
