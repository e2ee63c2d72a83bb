package com.concert.adapter.in.web.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.queue.TokenNotActiveException;
import com.concert.domain.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class QueueUserArgumentResolverTest {

  private final List<String> presented = new ArrayList<>();
  private QueuePass pass = new QueuePass(new UserId(42), Access.ACTIVE, 0);
  private final QueueUserArgumentResolver resolver =
      new QueueUserArgumentResolver(
          token -> {
            presented.add(token);
            return pass;
          });

  @SuppressWarnings("unused")
  void endpoints(
      @QueueUser UserId active,
      @QueueUser(accept = {Access.ACTIVE, Access.WAITING, Access.FINISHED}) QueuePass anyone,
      UserId notAnnotated) {}

  @Test
  void readsABearerTokenAndGivesTheTokensUser() throws Exception {
    var user = resolve(0, "Bearer abc.DEF_123");

    assertThat(user).isEqualTo(new UserId(42));
    assertThat(presented).containsExactly("abc.DEF_123");
  }

  @Test
  void acceptsTheBareTokenOfTheOriginalApi() throws Exception {
    resolve(0, "abc.DEF_123");

    assertThat(presented).containsExactly("abc.DEF_123");
  }

  @Test
  void refusesARequestWithoutToken() {
    assertThatThrownBy(() -> resolve(0, null)).isInstanceOf(TokenInvalidException.class);
    assertThatThrownBy(() -> resolve(0, "  ")).isInstanceOf(TokenInvalidException.class);
    assertThat(presented).isEmpty();
  }

  @Test
  void aWaitingTokenIsNotActiveAndLearnsItsPosition() {
    pass = new QueuePass(new UserId(42), Access.WAITING, 17);

    assertThatThrownBy(() -> resolve(0, "Bearer t"))
        .isInstanceOfSatisfying(
            TokenNotActiveException.class, e -> assertThat(e.position()).isEqualTo(17));
  }

  @Test
  void aFinishedTokenIsInvalidWhereOnlyActiveOnesAreAccepted() {
    pass = new QueuePass(new UserId(42), Access.FINISHED, 0);

    assertThatThrownBy(() -> resolve(0, "Bearer t")).isInstanceOf(TokenInvalidException.class);
  }

  @Test
  void anEndpointMayAcceptWaitingAndFinishedTokensAndReceiveTheWholePass() throws Exception {
    pass = new QueuePass(new UserId(42), Access.WAITING, 3);

    assertThat(resolve(1, "Bearer t")).isEqualTo(pass);
  }

  @Test
  void onlyAnnotatedUserParametersAreResolved() throws Exception {
    assertThat(resolver.supportsParameter(parameter(0))).isTrue();
    assertThat(resolver.supportsParameter(parameter(1))).isTrue();
    assertThat(resolver.supportsParameter(parameter(2))).isFalse();
  }

  private Object resolve(int index, String authorization) throws Exception {
    var request = new MockHttpServletRequest();
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    return resolver.resolveArgument(parameter(index), null, new ServletWebRequest(request), null);
  }

  private static MethodParameter parameter(int index) throws NoSuchMethodException {
    var method =
        QueueUserArgumentResolverTest.class.getDeclaredMethod(
            "endpoints", UserId.class, QueuePass.class, UserId.class);
    return new MethodParameter(method, index);
  }
}
