package com.concert.bootstrap;

import com.concert.db.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of the service, started as {@code java -jar} would start it (no test profile), on a
 * random port and a database of the test's choosing. For tests that need several instances, or a
 * database URL of a particular form.
 */
final class RunningService implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private RunningService(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the service on that database with these extra {@code key=value} settings. */
  static RunningService start(TestDatabase database, String jdbcUrl, String... settings) {
    return new RunningService(
        new SpringApplicationBuilder(ConcertApplication.class)
            .run(arguments(database, jdbcUrl, settings)));
  }

  static String[] arguments(TestDatabase database, String jdbcUrl, String... settings) {
    var arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--spring.datasource.hikari.minimum-idle=1"));
    for (var setting : settings) {
      arguments.add("--" + setting);
    }
    return arguments.toArray(String[]::new);
  }

  HttpApi api() {
    return new HttpApi(
        context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
  }

  @Override
  public void close() {
    context.close();
  }
}
