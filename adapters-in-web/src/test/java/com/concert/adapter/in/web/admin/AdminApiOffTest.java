package com.concert.adapter.in.web.admin;

import static com.concert.adapter.in.web.ProblemAssert.problem;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.concert.adapter.in.web.catalog.CreateConcertController;
import com.concert.application.port.in.CreateConcertUseCase;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.application.port.in.ListConcertsUseCase;
import com.concert.application.port.in.ListSeatsUseCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Without a configured key, the admin API does not exist: whatever key is sent, it is 404. */
@WebMvcTest(CreateConcertController.class)
@MockitoBean(
    types = {ListConcertsUseCase.class, ListAvailableDatesUseCase.class, ListSeatsUseCase.class})
class AdminApiOffTest {

  @Autowired MockMvc mvc;
  @MockitoBean CreateConcertUseCase createConcert;

  @ParameterizedTest
  @ValueSource(strings = {"", "anything", "web-test-key"})
  void theAdminApiIsNotFound(String key) throws Exception {
    mvc.perform(
            post("/api/admin/concerts")
                .header(AdminKeyInterceptor.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"2026-12-24\", \"seatCount\": 5, \"price\": 1}]}"))
        .andExpect(problem(404, "NOT_FOUND"));
    mvc.perform(post("/api/admin/concerts").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(problem(404, "NOT_FOUND"));

    verifyNoInteractions(createConcert);
  }
}
