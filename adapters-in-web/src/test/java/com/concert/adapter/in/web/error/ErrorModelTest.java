package com.concert.adapter.in.web.error;

import static com.concert.adapter.in.web.ProblemAssert.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.concert.adapter.in.web.catalog.CreateConcertController;
import com.concert.adapter.in.web.catalog.ListAvailableDatesController;
import com.concert.adapter.in.web.catalog.ListConcertsController;
import com.concert.adapter.in.web.catalog.ListSeatsController;
import com.concert.application.port.in.ConcertSummary;
import com.concert.application.port.in.CreateConcertUseCase;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.application.port.in.ListConcertsUseCase;
import com.concert.application.port.in.ListSeatsUseCase;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertTitle;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every way a request can be wrong is answered with a problem carrying the contract's code, and
 * none of them reaches a use case.
 */
@WebMvcTest(
    controllers = {
      ListConcertsController.class,
      ListAvailableDatesController.class,
      ListSeatsController.class,
      CreateConcertController.class
    },
    properties = "concert.admin.api-key=" + ErrorModelTest.ADMIN_KEY)
class ErrorModelTest {

  static final String ADMIN_KEY = "web-test-key";
  private static final String ADMIN = "/api/admin/concerts";
  private static final int ONE_MIB = 1024 * 1024;

  @Autowired MockMvc mvc;
  @MockitoBean ListConcertsUseCase listConcerts;
  @MockitoBean ListAvailableDatesUseCase listAvailableDates;
  @MockitoBean ListSeatsUseCase listSeats;
  @MockitoBean CreateConcertUseCase createConcert;

  private boolean aUseCaseMayBeCalled;

  @AfterEach
  void noUseCaseWasCalled() {
    if (!aUseCaseMayBeCalled) {
      verifyNoInteractions(listConcerts, listAvailableDates, listSeats, createConcert);
    }
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"title\": \"Gala\", \"schedules\": ["),
        Arguments.of("not JSON at all", "title=Gala"),
        Arguments.of("an empty body", ""),
        Arguments.of("the JSON null", "null"),
        Arguments.of("an array instead of an object", "[]"),
        Arguments.of("trailing garbage", body("5", "1000") + " x"),
        Arguments.of("a second document", body("5", "1000") + "{}"),
        Arguments.of("a string for an integer", body("\"5\"", "1000")),
        Arguments.of("a fraction for an integer", body("5.5", "1000")),
        Arguments.of("a whole fraction for an integer", body("5.0", "1000")),
        Arguments.of("an exponent for an integer", body("1e2", "1000")),
        Arguments.of("an integer beyond int", body("99999999999999999999", "1000")),
        Arguments.of("a boolean for an integer", body("true", "1000")),
        Arguments.of("a string for a long", body("5", "\"1000\"")),
        Arguments.of("a fraction for a long", body("5", "1000.5")),
        Arguments.of("an exponent for a long", body("5", "1e3")),
        Arguments.of("a number beyond long", body("5", "99999999999999999999")),
        Arguments.of("a number for a string", "{\"title\": 5, \"schedules\": " + schedules() + "}"),
        Arguments.of(
            "a boolean for a string", "{\"title\": true, \"schedules\": " + schedules() + "}"),
        Arguments.of(
            "an object for a string", "{\"title\": {}, \"schedules\": " + schedules() + "}"),
        Arguments.of("a missing title", "{\"schedules\": " + schedules() + "}"),
        Arguments.of("a null title", "{\"title\": null, \"schedules\": " + schedules() + "}"),
        Arguments.of("missing schedules", "{\"title\": \"Gala\"}"),
        Arguments.of("null schedules", "{\"title\": \"Gala\", \"schedules\": null}"),
        Arguments.of("an object for a list", "{\"title\": \"Gala\", \"schedules\": {}}"),
        Arguments.of("a null schedule", "{\"title\": \"Gala\", \"schedules\": [null]}"),
        Arguments.of(
            "a missing seat count",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"2026-12-24\", \"price\": 1}]}"),
        Arguments.of(
            "a missing price",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"2026-12-24\", \"seatCount\": 1}]}"),
        Arguments.of(
            "a missing date",
            "{\"title\": \"Gala\", \"schedules\": [{\"seatCount\": 1, \"price\": 1}]}"),
        Arguments.of("an impossible date", bodyOn("\"2026-02-30\"")),
        Arguments.of("a date that is not ISO-8601", bodyOn("\"24.12.2026\"")),
        Arguments.of("a number for a date", bodyOn("20261224")),
        Arguments.of("a negative price", body("5", "-1")),
        Arguments.of("a blank title", "{\"title\": \" \", \"schedules\": " + schedules() + "}"),
        Arguments.of("nesting deeper than 1000", withUnknownField(nested(1001))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void aBadBodyIsAnInvalidRequest(String what, String body) throws Exception {
    mvc.perform(
            post(ADMIN)
                .header("X-Admin-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(problem(400, "INVALID_REQUEST"));
  }

  @Test
  void aDocumentOfAThousandLevelsIsNotTooDeep() throws Exception {
    aUseCaseMayBeCalled = true;
    givenTheConcertIsCreated();

    mvc.perform(
            post(ADMIN)
                .header("X-Admin-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(withUnknownField(nested(1000))))
        .andExpect(status().isCreated());
  }

  @ParameterizedTest(name = "chunked: {0}")
  @ValueSource(booleans = {false, true})
  void aBodyOverOneMebibyteIsTooLarge(boolean chunked) throws Exception {
    mvc.perform(adminPost(chunked, ONE_MIB + 1)).andExpect(problem(413, "PAYLOAD_TOO_LARGE"));
  }

  @ParameterizedTest(name = "chunked: {0}")
  @ValueSource(booleans = {false, true})
  void aBodyOfExactlyOneMebibyteIsRead(boolean chunked) throws Exception {
    aUseCaseMayBeCalled = true;
    givenTheConcertIsCreated();

    mvc.perform(adminPost(chunked, ONE_MIB)).andExpect(status().isCreated());
  }

  /** A valid admin request of {@code size} bytes, its length declared or, if chunked, not. */
  private static RequestBuilder adminPost(boolean chunked, int size) {
    var request = chunked ? new ChunkedPost(ADMIN) : post(ADMIN);
    return request
        .header("X-Admin-Key", ADMIN_KEY)
        .contentType(MediaType.APPLICATION_JSON)
        .content(paddedTo(size));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/nope", "/api", "/api/reservation/seat", "/api/concerts/1"})
  void anUnknownPathIsNotFound(String path) throws Exception {
    mvc.perform(get(path)).andExpect(problem(404, "NOT_FOUND"));
    mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(problem(404, "NOT_FOUND"));
    mvc.perform(delete(path)).andExpect(problem(404, "NOT_FOUND"));
  }

  @Test
  void aWrongMethodIsNotAllowedAndSaysWhichAre() throws Exception {
    mvc.perform(delete("/api/concerts"))
        .andExpect(problem(405, "METHOD_NOT_ALLOWED"))
        .andExpect(header().string("Allow", containsString("GET")));
    mvc.perform(
            post("/api/reservation/dates").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(problem(405, "METHOD_NOT_ALLOWED"))
        .andExpect(header().string("Allow", containsString("GET")));
    mvc.perform(put(ADMIN).header("X-Admin-Key", ADMIN_KEY))
        .andExpect(problem(405, "METHOD_NOT_ALLOWED"))
        .andExpect(header().string("Allow", containsString("POST")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType(String contentType) throws Exception {
    mvc.perform(
            post(ADMIN)
                .header("X-Admin-Key", ADMIN_KEY)
                .contentType(contentType)
                .content(body("5", "1000")))
        .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/reservation/dates?concertId=abc",
        "/api/reservation/dates?concertId=1.5",
        "/api/reservation/dates?concertId=1e2",
        "/api/reservation/dates?concertId=0",
        "/api/reservation/dates?concertId=-1",
        "/api/reservation/dates?concertId=99999999999999999999",
        "/api/reservation/seats",
        "/api/reservation/seats?concertId=1",
        "/api/reservation/seats?date=",
        "/api/reservation/seats?date=tomorrow",
        "/api/reservation/seats?date=2026-02-30",
        "/api/reservation/seats?date=2026-12-24T10:00:00Z",
        "/api/reservation/seats?date=24-12-2026",
        "/api/reservation/seats?date=2026-12-24&concertId=abc",
        "/api/reservation/seats?date=2026-12-24&concertId=0"
      })
  void aMalformedQueryParameterIsAnInvalidRequest(String uri) throws Exception {
    mvc.perform(get(uri)).andExpect(problem(400, "INVALID_REQUEST"));
  }

  private void givenTheConcertIsCreated() {
    given(createConcert.createConcert(any()))
        .willReturn(
            new ConcertSummary(
                new ConcertId(1), new ConcertTitle("Gala"), List.of(LocalDate.of(2026, 12, 24))));
  }

  private static String body(String seatCount, String price) {
    return "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"2026-12-24\", \"seatCount\": "
        + seatCount
        + ", \"price\": "
        + price
        + "}]}";
  }

  private static String bodyOn(String date) {
    return "{\"title\": \"Gala\", \"schedules\": [{\"date\": "
        + date
        + ", \"seatCount\": 5, \"price\": 1000}]}";
  }

  private static String schedules() {
    return "[{\"date\": \"2026-12-24\", \"seatCount\": 5, \"price\": 1000}]";
  }

  /** A valid body with an unknown field, which is ignored whatever its value. */
  private static String withUnknownField(String value) {
    return "{\"title\": \"Gala\", \"schedules\": " + schedules() + ", \"unknown\": " + value + "}";
  }

  /** Arrays nested so that, inside the body's own object, the document is {@code depth} deep. */
  private static String nested(int depth) {
    var arrays = depth - 1;
    return "[".repeat(arrays) + "]".repeat(arrays);
  }

  /** A valid body, padded with whitespace to exactly {@code size} bytes. */
  private static byte[] paddedTo(int size) {
    var body = body("5", "1000");
    var padded = body + " ".repeat(size - body.getBytes(StandardCharsets.UTF_8).length);
    var bytes = padded.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).hasSize(size);
    return bytes;
  }

  /** A POST whose body comes without a declared length, as a chunked request's does. */
  private static final class ChunkedPost
      extends AbstractMockHttpServletRequestBuilder<ChunkedPost> {

    ChunkedPost(String uri) {
      super(HttpMethod.POST);
      uri(uri);
      header("Transfer-Encoding", "chunked");
    }

    @Override
    protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
      return new MockHttpServletRequest(servletContext) {
        @Override
        public int getContentLength() {
          return -1;
        }

        @Override
        public long getContentLengthLong() {
          return -1;
        }
      };
    }
  }
}
