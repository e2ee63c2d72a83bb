package com.concert.bootstrap;

import com.concert.db.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * One instance of the service, started as {@code java -jar} would start it (no test profile), on a
 * random port and a database of the test's choosing. For tests that need several instances, or a
 * database URL of a particular form.
 */
final class RunningService implements AutoCloseable {

  /**
   * Instances started at once in one JVM share one Logback context, which each resets and
   * configures as it starts; one instance's reset under another's configuration fails that start.
   * Each instance holds this lock while it sets up logging, and starts everything else, its data
   * and its runners included, alongside the others.
   */
  private static final ReentrantLock LOGGING_SETUP = new ReentrantLock();

  private final ConfigurableApplicationContext context;

  private RunningService(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the service on that database with these extra {@code key=value} settings. */
  static RunningService start(TestDatabase database, String jdbcUrl, String... settings) {
    return new RunningService(
        new SpringApplicationBuilder(ConcertApplication.class)
            .listeners(new OneLoggingSetupAtATime())
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

  /** Holds {@link #LOGGING_SETUP} from the start until the context is initialized, or fails. */
  private static final class OneLoggingSetupAtATime implements SmartApplicationListener {

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
      return ApplicationStartingEvent.class.isAssignableFrom(type)
          || ApplicationContextInitializedEvent.class.isAssignableFrom(type)
          || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationStartingEvent) {
        LOGGING_SETUP.lock();
      } else if (LOGGING_SETUP.isHeldByCurrentThread()) {
        LOGGING_SETUP.unlock();
      }
    }

    /** Before the logging listener, which prepares Logback as the application starts. */
    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
