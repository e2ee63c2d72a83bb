import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The load the benchmark cannot express with wrk: many claims of one seat released together, and
 * whole purchases (token, hold, charge, pay) by new users. Run from the repository root with {@code
 * java benchmark/LoadClient.java <mode> ...}; it prints one {@code RESULT {...}} line of JSON.
 *
 * <pre>
 * contended URL CONCERT_ID DATE SEAT_NO USER_BASE CLAIMS
 * flow      URL CONCERT0 DATES SEATS USER_BASE WORKERS SECONDS
 * </pre>
 */
public class LoadClient {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final Pattern RESERVATION = Pattern.compile("\"reservationId\":(\\d+)");
  private static final Pattern PRICE = Pattern.compile("\"price\":(\\d+)");
  private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  private LoadClient(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    var client = new LoadClient(args[1]);
    switch (args[0]) {
      case "contended" ->
          client.contended(
              Long.parseLong(args[2]),
              args[3],
              Integer.parseInt(args[4]),
              Long.parseLong(args[5]),
              Integer.parseInt(args[6]));
      case "flow" ->
          client.flow(
              Long.parseLong(args[2]),
              args[3].split(","),
              Long.parseLong(args[4]),
              Long.parseLong(args[5]),
              Integer.parseInt(args[6]),
              Integer.parseInt(args[7]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
    System.exit(0);
  }

  /**
   * CLAIMS users, each with an active token and an open connection, claim one seat at the same
   * instant. Exactly one must win and every other must be told SEAT_UNAVAILABLE.
   */
  private void contended(long concertId, String date, int seatNo, long userBase, int claims)
      throws Exception {
    var tokens = new String[claims];
    var pool = Executors.newFixedThreadPool(16);
    var issued = new ArrayList<Future<?>>();
    for (int i = 0; i < claims; i++) {
      int user = i;
      issued.add(pool.submit(() -> tokens[user] = activeToken(userBase + user)));
    }
    for (var each : issued) {
      each.get();
    }
    pool.shutdown();
    var body =
        "{\"concertId\":%d,\"concertDate\":\"%s\",\"seatNo\":%d}".formatted(concertId, date, seatNo);
    var ready = new CountDownLatch(claims);
    var go = new CountDownLatch(1);
    var latencies = new long[claims];
    var ends = new long[claims];
    var outcomes = new ConcurrentHashMap<String, AtomicLong>();
    var threads = new ArrayList<Thread>();
    for (int i = 0; i < claims; i++) {
      int claim = i;
      var thread =
          new Thread(
              () -> {
                try {
                  // Opens this claimer's connection before the start, so the claims race each
                  // other and not the TCP handshakes.
                  send("GET", "/api/token", tokens[claim], null);
                  var request = request("POST", "/api/reservation/reserve", tokens[claim], body);
                  ready.countDown();
                  go.await();
                  var start = System.nanoTime();
                  var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                  ends[claim] = System.nanoTime();
                  latencies[claim] = ends[claim] - start;
                  outcomes
                      .computeIfAbsent(outcome(response), key -> new AtomicLong())
                      .incrementAndGet();
                } catch (Exception e) {
                  outcomes
                      .computeIfAbsent(e.getClass().getSimpleName(), key -> new AtomicLong())
                      .incrementAndGet();
                }
              });
      thread.start();
      threads.add(thread);
    }
    ready.await();
    var released = System.nanoTime();
    go.countDown();
    for (var thread : threads) {
      thread.join();
    }
    var settled = Arrays.stream(ends).max().getAsLong() - released;
    var won = count(outcomes, "200");
    var unavailable = count(outcomes, "409 SEAT_UNAVAILABLE");
    System.out.printf(
        "RESULT {\"claims\":%d,\"won\":%d,\"unavailable\":%d,\"other\":%d,\"outcomes\":\"%s\","
            + "\"settle_us\":%d,\"p50_us\":%d,\"p95_us\":%d,\"p99_us\":%d}%n",
        claims,
        won,
        unavailable,
        claims - won - unavailable,
        outcomes,
        settled / 1000,
        percentile(latencies, 50) / 1000,
        percentile(latencies, 95) / 1000,
        percentile(latencies, 99) / 1000);
  }

  /**
   * WORKERS fans buy one seat each, one after another, for SECONDS: a new user takes a token,
   * waits until it is active, holds the next free seat, charges its price and pays for it.
   */
  private void flow(
      long concert0, String[] dates, long seats, long userBase, int workers, int seconds)
      throws Exception {
    var next = new AtomicLong();
    var purchases = new AtomicLong();
    var errors = new ConcurrentHashMap<String, AtomicLong>();
    var latencies = java.util.Collections.synchronizedList(new ArrayList<Long>());
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    var started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    for (int w = 0; w < workers; w++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < deadline) {
              var key = next.getAndIncrement();
              var start = System.nanoTime();
              try {
                purchase(userBase + key, concert0, dates, key % seats);
                latencies.add(System.nanoTime() - start);
                purchases.incrementAndGet();
              } catch (Exception e) {
                errors
                    .computeIfAbsent(String.valueOf(e.getMessage()), m -> new AtomicLong())
                    .incrementAndGet();
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    var elapsed = System.nanoTime() - started;
    var sorted = latencies.stream().mapToLong(Long::longValue).toArray();
    System.out.printf(
        "RESULT {\"requests\":%d,\"duration_us\":%d,\"errors\":%d,\"error_kinds\":\"%s\","
            + "\"p50_us\":%d,\"p95_us\":%d,\"p99_us\":%d}%n",
        purchases.get(),
        elapsed / 1000,
        errors.values().stream().mapToLong(AtomicLong::get).sum(),
        errors.keySet().stream().limit(3).toList().toString().replace('"', '\''),
        percentile(sorted, 50) / 1000,
        percentile(sorted, 95) / 1000,
        percentile(sorted, 99) / 1000);
  }

  private void purchase(long user, long concert0, String[] dates, long seat) throws Exception {
    var token = activeToken(user);
    var concert = concert0 + seat / 5000;
    var date = dates[(int) (seat % 5000 / 1000)];
    var held =
        expect(
            200,
            send(
                "POST",
                "/api/reservation/reserve",
                token,
                "{\"concertId\":%d,\"concertDate\":\"%s\",\"seatNo\":%d}"
                    .formatted(concert, date, seat % 1000 + 1)));
    var reservation = find(RESERVATION, held);
    var price = find(PRICE, held);
    expect(
        200,
        send("POST", "/api/charge", null, "{\"userId\":%d,\"amount\":%s}".formatted(user, price)));
    expect(
        200,
        send(
            "POST",
            "/api/payment",
            token,
            "{\"reservationId\":%s,\"amount\":%s}".formatted(reservation, price)));
  }

  /** A token for the user, polled until the line lets the user in. */
  private String activeToken(long user) throws Exception {
    var issued =
        expect(200, send("POST", "/api/token/create", null, "{\"id\":%d}".formatted(user)));
    var token = find(TOKEN, issued);
    var status = find(STATUS, issued);
    while (!status.equals("ACTIVE")) {
      Thread.sleep(50);
      status = find(STATUS, expect(200, send("GET", "/api/token", token, null)));
    }
    return token;
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    return http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String method, String path, String token, String body) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.build();
  }

  private static String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(outcome(response) + " " + response.uri().getPath());
    }
    return response.body();
  }

  private static String outcome(HttpResponse<String> response) {
    var code = CODE.matcher(response.body());
    return response.statusCode() + (code.find() ? " " + code.group(1) : "");
  }

  private static String find(Pattern pattern, String body) {
    var matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern + " in " + body);
    }
    return matcher.group(1);
  }

  private static long count(Map<String, AtomicLong> outcomes, String key) {
    var counted = outcomes.get(key);
    return counted == null ? 0 : counted.get();
  }

  private static long percentile(long[] values, int percent) {
    if (values.length == 0) {
      return 0;
    }
    var sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }
}
