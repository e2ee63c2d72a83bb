package com.concert.bootstrap;

import com.concert.domain.queue.QueueTokenSigner;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code concert.*} key of the contract, typed and validated: a bad value stops the service
 * at startup with a message that names the key.
 */
@ConfigurationProperties("concert")
@Validated
public record ConcertProperties(
    @Valid @NotNull @DefaultValue Queue queue,
    @Valid @NotNull @DefaultValue Reservation reservation,
    @Valid @NotNull @DefaultValue Wallet wallet,
    @Valid @NotNull @DefaultValue Admin admin,
    @Valid @NotNull @DefaultValue Audit audit,
    @DefaultValue("true") boolean demoData,
    @NotNull @DefaultValue("Asia/Seoul") ZoneId timeZone) {

  /**
   * The queue. {@code tokenSecret} signs the tokens (at least 32 characters); without it, a key is
   * generated once and kept in the database for every instance to share, so set it in production to
   * keep a copy of the database from yielding usable tokens.
   */
  public record Queue(
      @Min(1) @Max(1_000_000) @DefaultValue("100") int maxActiveUsers,
      @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) @DefaultValue("PT10M")
          Duration activeTtl,
      @Size(min = QueueTokenSigner.MIN_KEY_LENGTH) String tokenSecret) {

    public Optional<String> secret() {
      return Optional.ofNullable(tokenSecret).filter(secret -> !secret.isBlank());
    }
  }

  public record Reservation(
      @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) @DefaultValue("PT5M")
          Duration holdTtl,
      @Min(1) @Max(1000) @DefaultValue("4") int maxHoldsPerUser) {}

  public record Wallet(
      @Min(1) @DefaultValue("10000000") long maxCharge,
      @Min(1) @Max(Long.MAX_VALUE / 2) @DefaultValue("1000000000") long maxBalance) {}

  /** How often each instance checks the invariants of the data ({@code GET /api/admin/audit}). */
  public record Audit(
      @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) @DefaultValue("PT1M")
          Duration interval) {}

  /** A blank key counts as none, so an empty environment variable keeps the admin API off. */
  public record Admin(String apiKey) {

    public Optional<String> key() {
      return Optional.ofNullable(apiKey).filter(key -> !key.isBlank());
    }
  }
}
