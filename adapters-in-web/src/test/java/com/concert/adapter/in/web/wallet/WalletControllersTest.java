package com.concert.adapter.in.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.concert.adapter.in.web.StrictJsonConfiguration;
import com.concert.adapter.in.web.ValueObjectMapperImpl;
import com.concert.adapter.in.web.error.ProblemDetailsAdvice;
import com.concert.application.port.in.ChargeWalletCommand;
import com.concert.application.port.in.ChargeWalletUseCase;
import com.concert.application.port.in.GetBalanceUseCase;
import com.concert.application.port.in.IdempotencyInProgressException;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.IdempotencyKeyReusedException;
import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.BalanceLimitExceededException;
import com.concert.domain.wallet.InvalidAmountException;
import com.concert.domain.wallet.Wallet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/** The wallet endpoints' shapes and every error code they answer, with the use cases mocked. */
@WebMvcTest(controllers = {ChargeWalletController.class, GetBalanceController.class})
class WalletControllersTest {

  /** Exactly the wallet's web slice, independent of the other features' controllers. */
  @Configuration(proxyBeanMethods = false)
  @Import({
    ChargeWalletController.class,
    GetBalanceController.class,
    WalletMapperImpl.class,
    ValueObjectMapperImpl.class,
    ProblemDetailsAdvice.class,
    StrictJsonConfiguration.class
  })
  static class WalletSlice {}

  static final UserId USER = new UserId(42);

  @Autowired MockMvc mvc;
  @MockitoBean ChargeWalletUseCase chargeWallet;
  @MockitoBean GetBalanceUseCase getBalance;

  @Test
  void aChargeAnswersTheUserAndTheBalanceAfterIt() throws Exception {
    when(chargeWallet.charge(any())).thenReturn(new Wallet(USER, Money.won(200_000)));

    charge("{\"userId\": 42, \"amount\": 50000}")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json("{\"userId\": 42, \"amount\": 200000}", true));

    assertThat(command()).isEqualTo(new ChargeWalletCommand(USER, 50_000, Optional.empty()));
  }

  @Test
  void theIdempotencyKeyHeaderGoesWithTheCharge() throws Exception {
    when(chargeWallet.charge(any())).thenReturn(new Wallet(USER, Money.won(500)));

    mvc.perform(
            post("/api/charge")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "order-7/try#1")
                .content("{\"amount\": 500, \"userId\": 42, \"unknown\": true}"))
        .andExpect(status().isOk());

    assertThat(command().idempotencyKey()).contains(new IdempotencyKey("order-7/try#1"));
  }

  static Stream<String> invalidKeys() {
    return Stream.of("", " ", "two words", "k".repeat(256), "caf\u00e9");
  }

  @ParameterizedTest
  @MethodSource("invalidKeys")
  void anInvalidIdempotencyKeyIsRefusedBeforeAnythingHappens(String key) throws Exception {
    mvc.perform(
            post("/api/charge")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .content("{\"userId\": 42, \"amount\": 0}"))
        .andExpect(problem(400, "INVALID_REQUEST"));

    verifyNoInteractions(chargeWallet);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"userId\": 42",
        "{\"userId\": 42, \"amount\": 5} trailing",
        "{\"userId\": 42}",
        "{\"amount\": 500}",
        "{\"userId\": 42, \"amount\": null}",
        "{\"userId\": 42, \"amount\": \"500\"}",
        "{\"userId\": 42, \"amount\": 1.5}",
        "{\"userId\": 42, \"amount\": 1e2}",
        "{\"userId\": 42, \"amount\": 9223372036854775808}",
        "{\"userId\": 0, \"amount\": 500}",
        "{\"userId\": -3, \"amount\": 500}",
        "[42, 500]",
        ""
      })
  void aMalformedChargeIsAnInvalidRequest(String body) throws Exception {
    charge(body).andExpect(problem(400, "INVALID_REQUEST"));

    verifyNoInteractions(chargeWallet);
  }

  static Stream<Arguments> refusedCharges() {
    return Stream.of(
        Arguments.of(new InvalidAmountException(0, 10_000_000), 400, "INVALID_AMOUNT"),
        Arguments.of(
            new BalanceLimitExceededException(USER, Money.won(1)), 409, "BALANCE_LIMIT_EXCEEDED"),
        Arguments.of(new IdempotencyInProgressException(), 409, "IDEMPOTENCY_IN_PROGRESS"),
        Arguments.of(new IdempotencyKeyReusedException(), 422, "IDEMPOTENCY_KEY_REUSED"));
  }

  @ParameterizedTest
  @MethodSource("refusedCharges")
  void aRefusedChargeIsAProblemWithItsCode(DomainException refusal, int status, String code)
      throws Exception {
    when(chargeWallet.charge(any())).thenThrow(refusal);

    charge("{\"userId\": 42, \"amount\": 500}")
        .andExpect(problem(status, code))
        .andExpect(jsonPath("$.detail").value(refusal.getMessage()));
  }

  @Test
  void aChargeInAnotherMediaTypeIsUnsupported() throws Exception {
    mvc.perform(post("/api/charge").contentType(MediaType.TEXT_PLAIN).content("42 500"))
        .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
  }

  @Test
  void anotherMethodIsNotAllowed() throws Exception {
    mvc.perform(
            put("/api/charge")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": 42, \"amount\": 500}"))
        .andExpect(problem(405, "METHOD_NOT_ALLOWED"));
  }

  @Test
  void theBalanceIsAskedByQueryParameter() throws Exception {
    when(getBalance.balance(USER)).thenReturn(new Wallet(USER, Money.won(150_000)));

    mvc.perform(get("/api/charge").param("userId", "42"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"userId\": 42, \"amount\": 150000}", true));
  }

  @Test
  void theBalanceIsAskedAsTheOriginalApiDidWithAJsonBody() throws Exception {
    when(getBalance.balance(USER)).thenReturn(new Wallet(USER, Money.won(150_000)));

    mvc.perform(get("/api/charge").contentType(MediaType.APPLICATION_JSON).content("{\"id\": 42}"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"userId\": 42, \"amount\": 150000}", true));
  }

  @Test
  void theQueryParameterWinsAndTheBodyIsThenNotRead() throws Exception {
    when(getBalance.balance(USER)).thenReturn(Wallet.empty(USER));

    mvc.perform(
            get("/api/charge")
                .param("userId", "42")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\": 7"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"userId\": 42, \"amount\": 0}", true));

    verify(getBalance).balance(USER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "", "1.5", "9223372036854775808"})
  void aBadUserIdInTheQueryIsAnInvalidRequest(String userId) throws Exception {
    mvc.perform(get("/api/charge").param("userId", userId))
        .andExpect(problem(400, "INVALID_REQUEST"));

    verifyNoInteractions(getBalance);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"id\": \"42\"}",
        "{\"id\": 0}",
        "{\"id\": 4.2}",
        "{\"id\": 42",
        "null",
        " "
      })
  void aBadUserIdInTheBodyIsAnInvalidRequest(String body) throws Exception {
    mvc.perform(
            get("/api/charge")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Length", body.length())
                .content(body))
        .andExpect(problem(400, "INVALID_REQUEST"));

    verifyNoInteractions(getBalance);
  }

  @Test
  void aBalanceQueryWithoutAnyUserIsAnInvalidRequest() throws Exception {
    mvc.perform(get("/api/charge")).andExpect(problem(400, "INVALID_REQUEST"));
    mvc.perform(get("/api/charge").contentType(MediaType.APPLICATION_JSON))
        .andExpect(problem(400, "INVALID_REQUEST"));

    verifyNoInteractions(getBalance);
  }

  /** The Content-Length header is set as an HTTP client sets it; MockMvc does not. */
  @Test
  void aBalanceQueryWithABodyInAnotherMediaTypeIsUnsupported() throws Exception {
    var body = "{\"id\": 42}";
    mvc.perform(
            get("/api/charge")
                .contentType(MediaType.TEXT_PLAIN)
                .header("Content-Length", body.length())
                .content(body))
        .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
    mvc.perform(get("/api/charge").header("Content-Length", body.length()).content(body))
        .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));

    verifyNoInteractions(getBalance);
  }

  private ResultActions charge(String body) throws Exception {
    return mvc.perform(post("/api/charge").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ChargeWalletCommand command() {
    var captor = ArgumentCaptor.forClass(ChargeWalletCommand.class);
    verify(chargeWallet).charge(captor.capture());
    return captor.getValue();
  }

  private static ResultMatcher problem(int status, String code) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(status).match(result);
      jsonPath("$.code").value(code).match(result);
    };
  }
}
