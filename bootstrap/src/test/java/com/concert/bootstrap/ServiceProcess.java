package com.concert.bootstrap;

import com.concert.db.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The service in a JVM of its own, as it runs in production, so a test can kill it the way an
 * operating system does: {@code kill -9}, with no shutdown hook and no chance to finish anything.
 */
final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServiceProcess start(TestDatabase database, Path log, String... settings)
      throws IOException, InterruptedException {
    var port = freePort();
    var command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                ConcertApplication.class.getName()));
    command.addAll(List.of(RunningService.arguments(database, database.jdbcUrl(), settings)));
    command.replaceAll(
        argument -> argument.equals("--server.port=0") ? "--server.port=" + port : argument);
    var process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    var service = new ServiceProcess(process, port);
    service.awaitHealthy(Duration.ofSeconds(180));
    return service;
  }

  HttpApi api() {
    return new HttpApi(port);
  }

  /** SIGKILL: the JVM stops between two instructions, whatever it was doing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy(Duration patience) throws InterruptedException {
    var deadline = Instant.now().plus(patience);
    var api = api();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited with " + process.exitValue());
      }
      try {
        if (api.get("/actuator/health").status() == 200) {
          return;
        }
      } catch (IllegalStateException notListeningYet) {
        // the port opens a few seconds after the JVM starts
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the service was not healthy within " + patience);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Path logFile(String name) {
    return new File("target", name + ".log").toPath();
  }
}
