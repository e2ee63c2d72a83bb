package com.concert.adapter.in.web.queue;

import com.concert.application.port.in.AuthenticateQueueTokenUseCase;
import com.concert.application.port.in.QueuePass;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.queue.TokenNotActiveException;
import com.concert.domain.shared.UserId;
import java.util.Arrays;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The queue-token guard of the booking endpoints: the one place a token is read and checked. */
public class QueueUserArgumentResolver implements HandlerMethodArgumentResolver {

  private final AuthenticateQueueTokenUseCase authenticate;

  public QueueUserArgumentResolver(AuthenticateQueueTokenUseCase authenticate) {
    this.authenticate = authenticate;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.hasParameterAnnotation(QueueUser.class)
        && (parameter.getParameterType() == UserId.class
            || parameter.getParameterType() == QueuePass.class);
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    var pass =
        authenticate.authenticate(
            QueueTokenHeader.tokenFrom(request.getHeader(HttpHeaders.AUTHORIZATION)));
    var accepted = parameter.getParameterAnnotation(QueueUser.class).accept();
    if (!Arrays.asList(accepted).contains(pass.access())) {
      throw switch (pass.access()) {
        case WAITING -> new TokenNotActiveException(pass.position());
        case ACTIVE, FINISHED -> new TokenInvalidException("the queue token is no longer valid");
      };
    }
    return parameter.getParameterType() == QueuePass.class ? pass : pass.user();
  }
}
