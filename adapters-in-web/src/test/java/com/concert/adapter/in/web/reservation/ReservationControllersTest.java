package com.concert.adapter.in.web.reservation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.concert.adapter.in.web.StrictJsonConfiguration;
import com.concert.adapter.in.web.ValueObjectMapperImpl;
import com.concert.adapter.in.web.error.ProblemDetailsAdvice;
import com.concert.adapter.in.web.queue.QueueUserArgumentResolver;
import com.concert.application.port.in.AuthenticateQueueTokenUseCase;
import com.concert.application.port.in.CancelReservationCommand;
import com.concert.application.port.in.CancelReservationUseCase;
import com.concert.application.port.in.HoldSeatCommand;
import com.concert.application.port.in.HoldSeatUseCase;
import com.concert.application.port.in.ListReservationsUseCase;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.application.port.in.ReservationView;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.ScheduleNotFoundException;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatNotFoundException;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.reservation.HoldLimitReachedException;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationNotFoundException;
import com.concert.domain.reservation.ReservationNotHeldException;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.reservation.SeatUnavailableException;
import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The reservation endpoints' HTTP contract: shapes, the token guard, and every error code. */
@WebMvcTest
@ContextConfiguration(classes = ReservationControllersTest.Slice.class)
class ReservationControllersTest {

  /** Only what these endpoints need, with the queue-token guard registered here. */
  @Configuration(proxyBeanMethods = false)
  @Import({
    HoldSeatController.class,
    ListReservationsController.class,
    CancelReservationController.class,
    ReservationMapperImpl.class,
    ValueObjectMapperImpl.class,
    ReservationIdConverter.class,
    ProblemDetailsAdvice.class,
    StrictJsonConfiguration.class
  })
  static class Slice implements WebMvcConfigurer {

    private final AuthenticateQueueTokenUseCase authenticate;

    Slice(AuthenticateQueueTokenUseCase authenticate) {
      this.authenticate = authenticate;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
      resolvers.add(new QueueUserArgumentResolver(authenticate));
    }
  }

  static final UserId USER = new UserId(42);
  static final String ACTIVE = "Bearer active-token";
  static final LocalDate DATE = LocalDate.of(2026, 12, 24);
  static final ReservationView HELD =
      new ReservationView(
          new ReservationId(901),
          new ConcertId(1),
          DATE,
          new SeatNo(7),
          Money.won(120_000),
          ReservationStatus.HELD,
          Instant.parse("2026-12-01T10:05:00Z"));
  static final ReservedSeat SEAT =
      new ReservedSeat(new ConcertId(1), new ScheduleId(3), DATE, new SeatNo(7));

  @Autowired MockMvc mvc;
  @MockitoBean AuthenticateQueueTokenUseCase authenticate;
  @MockitoBean HoldSeatUseCase holdSeat;
  @MockitoBean ListReservationsUseCase listReservations;
  @MockitoBean CancelReservationUseCase cancelReservation;

  @BeforeEach
  void tokens() {
    when(authenticate.authenticate("active-token"))
        .thenReturn(new QueuePass(USER, Access.ACTIVE, 0));
    when(authenticate.authenticate("waiting-token"))
        .thenReturn(new QueuePass(USER, Access.WAITING, 17));
    when(authenticate.authenticate("finished-token"))
        .thenReturn(new QueuePass(USER, Access.FINISHED, 0));
    when(authenticate.authenticate("unknown-token"))
        .thenThrow(new TokenInvalidException("no such token"));
  }

  ResultActions reserve(String body, String... authorization) throws Exception {
    var request = post("/api/reservation/reserve").contentType(MediaType.APPLICATION_JSON);
    for (var value : authorization) {
      request.header("Authorization", value);
    }
    return mvc.perform(request.content(body));
  }

  static ResultActions isProblem(ResultActions result, int status, String code) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code));
  }

  @Test
  void aHoldAnswersTheReservationInTheContractsShape() throws Exception {
    when(holdSeat.holdSeat(any())).thenReturn(HELD);

    reserve("{\"concertId\": 1, \"concertDate\": \"2026-12-24\", \"seatNo\": 7}", ACTIVE)
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    "{\"reservationId\":901,\"concertId\":1,\"concertDate\":\"2026-12-24\","
                        + "\"seatNo\":7,\"price\":120000,\"status\":\"HELD\","
                        + "\"expiresAt\":\"2026-12-01T10:05:00Z\"}",
                    JsonCompareMode.STRICT));

    verify(holdSeat)
        .holdSeat(new HoldSeatCommand(USER, Optional.of(new ConcertId(1)), DATE, new SeatNo(7)));
  }

  @Test
  void theUserIsTheTokensAndTheConcertMayBeLeftOut() throws Exception {
    when(holdSeat.holdSeat(any())).thenReturn(HELD);

    reserve("{\"concertDate\": \"2026-12-24\", \"seatNo\": 7, \"userId\": 99}", ACTIVE)
        .andExpect(status().isOk());

    verify(holdSeat).holdSeat(new HoldSeatCommand(USER, Optional.empty(), DATE, new SeatNo(7)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": 0}",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": -3}",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": \"7\"}",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": 7.5}",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": 1e2}",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": 99999999999}",
        "{\"concertDate\": \"2026-12-24\"}",
        "{\"seatNo\": 7}",
        "{\"concertDate\": \"2026-13-01\", \"seatNo\": 7}",
        "{\"concertDate\": 20261224, \"seatNo\": 7}",
        "{\"concertId\": 0, \"concertDate\": \"2026-12-24\", \"seatNo\": 7}",
        "{\"concertId\": \"1\", \"concertDate\": \"2026-12-24\", \"seatNo\": 7}",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": 7} trailing",
        "{\"concertDate\": \"2026-12-24\", \"seatNo\": 7",
        ""
      })
  void aMalformedHoldIsABadRequestBeforeTheTokenIsLookedAt(String body) throws Exception {
    isProblem(reserve(body), 400, "INVALID_REQUEST");

    verifyNoInteractions(authenticate, holdSeat);
  }

  @Test
  void aHoldNeedsAValidToken() throws Exception {
    var body = "{\"concertDate\": \"2026-12-24\", \"seatNo\": 7}";

    isProblem(reserve(body), 401, "TOKEN_INVALID");
    isProblem(reserve(body, "Bearer unknown-token"), 401, "TOKEN_INVALID");
    isProblem(reserve(body, "Bearer finished-token"), 401, "TOKEN_INVALID");
    isProblem(reserve(body, "Bearer waiting-token"), 403, "TOKEN_NOT_ACTIVE")
        .andExpect(jsonPath("$.position").value(17));

    verifyNoInteractions(holdSeat);
  }

  @Test
  void theOriginalApisBareTokenIsAccepted() throws Exception {
    when(holdSeat.holdSeat(any())).thenReturn(HELD);

    reserve("{\"concertDate\": \"2026-12-24\", \"seatNo\": 7}", "active-token")
        .andExpect(status().isOk());
  }

  static Stream<Arguments> holdFailures() {
    return Stream.of(
        Arguments.of(new SeatUnavailableException(SEAT), 409, "SEAT_UNAVAILABLE"),
        Arguments.of(new HoldLimitReachedException(4), 409, "HOLD_LIMIT_REACHED"),
        Arguments.of(
            new SeatNotFoundException(new ConcertId(1), DATE, new SeatNo(99)),
            404,
            "SEAT_NOT_FOUND"),
        Arguments.of(
            new ScheduleNotFoundException(new ConcertId(1), DATE), 404, "SCHEDULE_NOT_FOUND"));
  }

  @ParameterizedTest
  @MethodSource("holdFailures")
  void aRefusedHoldIsAProblemWithItsCode(DomainException refusal, int status, String code)
      throws Exception {
    when(holdSeat.holdSeat(any())).thenThrow(refusal);

    isProblem(reserve("{\"concertDate\": \"2026-12-24\", \"seatNo\": 7}", ACTIVE), status, code)
        .andExpect(jsonPath("$.detail").value(refusal.getMessage()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer active-token", "Bearer waiting-token", "Bearer finished-token"})
  void theHistoryIsReadWithAnActiveWaitingOrFinishedToken(String authorization) throws Exception {
    when(listReservations.listReservations(USER)).thenReturn(List.of(HELD, HELD));

    mvc.perform(get("/api/reservations").header("Authorization", authorization))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].reservationId").value(901))
        .andExpect(jsonPath("$[0].status").value("HELD"));
  }

  @Test
  void theHistoryNeedsAValidToken() throws Exception {
    isProblem(mvc.perform(get("/api/reservations")), 401, "TOKEN_INVALID");
    isProblem(
        mvc.perform(get("/api/reservations").header("Authorization", "Bearer unknown-token")),
        401,
        "TOKEN_INVALID");

    verifyNoInteractions(listReservations);
  }

  @Test
  void aCancellationAnswersTheCancelledReservation() throws Exception {
    var cancelled =
        new ReservationView(
            HELD.reservationId(),
            HELD.concertId(),
            HELD.concertDate(),
            HELD.seatNo(),
            HELD.price(),
            ReservationStatus.CANCELLED,
            HELD.expiresAt());
    when(cancelReservation.cancelReservation(any())).thenReturn(cancelled);

    mvc.perform(delete("/api/reservations/901").header("Authorization", ACTIVE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reservationId").value(901))
        .andExpect(jsonPath("$.status").value("CANCELLED"));

    verify(cancelReservation)
        .cancelReservation(new CancelReservationCommand(USER, new ReservationId(901)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999"})
  void aMalformedReservationIdIsABadRequestBeforeTheTokenIsLookedAt(String id) throws Exception {
    isProblem(mvc.perform(delete("/api/reservations/" + id)), 400, "INVALID_REQUEST");

    verifyNoInteractions(authenticate, cancelReservation);
  }

  static Stream<Arguments> cancelFailures() {
    return Stream.of(
        Arguments.of(
            new ReservationNotFoundException(new ReservationId(901)), 404, "RESERVATION_NOT_FOUND"),
        Arguments.of(
            new ReservationNotHeldException(new ReservationId(901), ReservationStatus.EXPIRED),
            409,
            "RESERVATION_NOT_HELD"));
  }

  @ParameterizedTest
  @MethodSource("cancelFailures")
  void aRefusedCancellationIsAProblemWithItsCode(DomainException refusal, int status, String code)
      throws Exception {
    when(cancelReservation.cancelReservation(any())).thenThrow(refusal);

    isProblem(
        mvc.perform(delete("/api/reservations/901").header("Authorization", ACTIVE)), status, code);
  }

  @Test
  void aCancellationNeedsAnActiveToken() throws Exception {
    isProblem(
        mvc.perform(
            delete("/api/reservations/901").header("Authorization", "Bearer waiting-token")),
        403,
        "TOKEN_NOT_ACTIVE");

    verifyNoInteractions(cancelReservation);
  }

  @Test
  void wrongMethodsAreRefused() throws Exception {
    isProblem(mvc.perform(get("/api/reservation/reserve")), 405, "METHOD_NOT_ALLOWED");
    isProblem(
        mvc.perform(post("/api/reservations/901").header("Authorization", ACTIVE)),
        405,
        "METHOD_NOT_ALLOWED");
    verifyNoInteractions(holdSeat, cancelReservation);
  }
}
