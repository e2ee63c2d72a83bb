package com.concert.adapter.in.web.admin;

import static com.concert.adapter.in.web.ProblemAssert.problem;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.concert.adapter.in.web.catalog.CreateConcertController;
import com.concert.application.port.in.CreateConcertUseCase;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.application.port.in.ListConcertsUseCase;
import com.concert.application.port.in.ListSeatsUseCase;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The admin key is checked before anything else about an admin request, the body included. */
@WebMvcTest(
    controllers = CreateConcertController.class,
    properties = "concert.admin.api-key=" + AdminKeyTest.ADMIN_KEY)
@MockitoBean(
    types = {ListConcertsUseCase.class, ListAvailableDatesUseCase.class, ListSeatsUseCase.class})
class AdminKeyTest {

  static final String ADMIN_KEY = "web-test-key";
  private static final String VALID_BODY =
      "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"2026-12-24\", \"seatCount\": 5, \"price\": 1}]}";

  @Autowired MockMvc mvc;
  @MockitoBean CreateConcertUseCase createConcert;

  @AfterEach
  void noConcertWasCreated() {
    verifyNoInteractions(createConcert);
  }

  @Test
  void withoutAKeyTheRequestIsRefused() throws Exception {
    mvc.perform(
            post("/api/admin/concerts").contentType(MediaType.APPLICATION_JSON).content(VALID_BODY))
        .andExpect(problem(401, "ADMIN_KEY_INVALID"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "wrong", "web-test-ke", "web-test-key ", "WEB-TEST-KEY", "web-test-keyy"})
  void aWrongKeyIsRefused(String key) throws Exception {
    mvc.perform(
            post("/api/admin/concerts")
                .header(AdminKeyInterceptor.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(VALID_BODY))
        .andExpect(problem(401, "ADMIN_KEY_INVALID"));
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("malformed JSON", MediaType.APPLICATION_JSON_VALUE, "{\"title\": "),
        Arguments.of("an invalid concert", MediaType.APPLICATION_JSON_VALUE, "{\"schedules\": []}"),
        Arguments.of("a body that is not JSON", MediaType.TEXT_PLAIN_VALUE, "hello"),
        Arguments.of(
            "an oversized body", MediaType.APPLICATION_JSON_VALUE, " ".repeat(1024 * 1024 + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void theKeyIsCheckedBeforeTheBody(String what, String contentType, String body) throws Exception {
    mvc.perform(
            post("/api/admin/concerts")
                .header(AdminKeyInterceptor.HEADER, "wrong")
                .contentType(contentType)
                .content(body))
        .andExpect(problem(401, "ADMIN_KEY_INVALID"));
    mvc.perform(post("/api/admin/concerts").contentType(contentType).content(body))
        .andExpect(problem(401, "ADMIN_KEY_INVALID"));
  }
}
