package com.concert.adapter.in.web.catalog;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.concert.application.port.in.AvailableDate;
import com.concert.application.port.in.ConcertSummary;
import com.concert.application.port.in.CreateConcertCommand;
import com.concert.application.port.in.CreateConcertUseCase;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.application.port.in.ListConcertsUseCase;
import com.concert.application.port.in.ListSeatsQuery;
import com.concert.application.port.in.ListSeatsUseCase;
import com.concert.application.port.in.SeatView;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The shapes of the catalog's answers, exactly as the contract writes them. */
@WebMvcTest(
    controllers = {
      ListConcertsController.class,
      ListAvailableDatesController.class,
      ListSeatsController.class,
      CreateConcertController.class
    },
    properties = "concert.admin.api-key=" + CatalogEndpointsTest.ADMIN_KEY)
class CatalogEndpointsTest {

  static final String ADMIN_KEY = "web-test-key";
  static final String ACTIVE = "Bearer active-7";

  private static final LocalDate EVE = LocalDate.of(2026, 12, 24);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 25);

  @Autowired MockMvc mvc;
  @MockitoBean ListConcertsUseCase listConcerts;
  @MockitoBean ListAvailableDatesUseCase listAvailableDates;
  @MockitoBean ListSeatsUseCase listSeats;
  @MockitoBean CreateConcertUseCase createConcert;

  @Test
  void listsConcertsWithTheirDates() throws Exception {
    given(listConcerts.listConcerts())
        .willReturn(
            List.of(
                new ConcertSummary(
                    new ConcertId(1), new ConcertTitle("Winter Gala"), List.of(EVE, DAY)),
                new ConcertSummary(new ConcertId(2), new ConcertTitle("Past"), List.of())));

    mvc.perform(get("/api/concerts"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .string(
                    "[{\"id\":1,\"title\":\"Winter Gala\",\"dates\":[\"2026-12-24\",\"2026-12-25\"]},"
                        + "{\"id\":2,\"title\":\"Past\",\"dates\":[]}]"));
  }

  @Test
  void listsTheAvailableDatesOfTheGivenConcert() throws Exception {
    given(listAvailableDates.listAvailableDates(Optional.of(new ConcertId(1))))
        .willReturn(List.of(new AvailableDate(EVE, 37), new AvailableDate(DAY, 1)));

    mvc.perform(
            get("/api/reservation/dates").param("concertId", "1").header("Authorization", ACTIVE))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .string(
                    "[{\"date\":\"2026-12-24\",\"availableSeats\":37},"
                        + "{\"date\":\"2026-12-25\",\"availableSeats\":1}]"));
  }

  @Test
  void withoutAConcertIdAsksForTheOnlyConcertsDates() throws Exception {
    given(listAvailableDates.listAvailableDates(Optional.empty())).willReturn(List.of());

    mvc.perform(get("/api/reservation/dates").header("Authorization", ACTIVE))
        .andExpect(status().isOk())
        .andExpect(content().string("[]"));
    then(listAvailableDates).should().listAvailableDates(Optional.empty());
  }

  @Test
  void listsTheSeatsOfADate() throws Exception {
    given(listSeats.listSeats(new ListSeatsQuery(Optional.of(new ConcertId(1)), EVE)))
        .willReturn(
            List.of(
                new SeatView(new SeatNo(1), SeatStatus.AVAILABLE, Money.won(120_000)),
                new SeatView(new SeatNo(2), SeatStatus.HELD, Money.won(120_000)),
                new SeatView(new SeatNo(3), SeatStatus.SOLD, Money.ZERO)));

    mvc.perform(
            get("/api/reservation/seats")
                .param("date", "2026-12-24")
                .param("concertId", "1")
                .header("Authorization", ACTIVE))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .string(
                    "[{\"seatNo\":1,\"status\":\"AVAILABLE\",\"price\":120000},"
                        + "{\"seatNo\":2,\"status\":\"HELD\",\"price\":120000},"
                        + "{\"seatNo\":3,\"status\":\"SOLD\",\"price\":0}]"));
  }

  @Test
  void withoutAConcertIdAsksForTheSeatsOfTheOnlyConcert() throws Exception {
    given(listSeats.listSeats(new ListSeatsQuery(Optional.empty(), DAY))).willReturn(List.of());

    mvc.perform(
            get("/api/reservation/seats")
                .param("date", "2026-12-25")
                .header("Authorization", ACTIVE))
        .andExpect(status().isOk())
        .andExpect(content().string("[]"));
    then(listSeats).should().listSeats(new ListSeatsQuery(Optional.empty(), DAY));
  }

  @Test
  void createsAConcertAnswering201WithItsDates() throws Exception {
    var command =
        new CreateConcertCommand(
            new ConcertTitle("Winter Gala"),
            List.of(
                new SchedulePlan(DAY, 50, Money.won(120_000)),
                new SchedulePlan(EVE, 1, Money.ZERO)));
    given(createConcert.createConcert(command))
        .willReturn(
            new ConcertSummary(
                new ConcertId(3), new ConcertTitle("Winter Gala"), List.of(EVE, DAY)));

    mvc.perform(
            post("/api/admin/concerts")
                .header("X-Admin-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Winter Gala", "unknown": {"ignored": [1, 2]},
                     "schedules": [{"date": "2026-12-25", "seatCount": 50, "price": 120000},
                                   {"date": "2026-12-24", "seatCount": 1, "price": 0, "extra": true}]}
                    """))
        .andExpect(status().isCreated())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .string(
                    "{\"id\":3,\"title\":\"Winter Gala\",\"dates\":[\"2026-12-24\",\"2026-12-25\"]}"));
    then(createConcert).should().createConcert(command);
  }
}
