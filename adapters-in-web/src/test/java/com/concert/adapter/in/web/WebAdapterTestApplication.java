package com.concert.adapter.in.web;

import com.concert.adapter.in.web.admin.AdminAccess;
import com.concert.application.port.in.AuthenticateQueueTokenUseCase;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.shared.UserId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The web adapter as the service assembles it, for {@code @WebMvcTest} slices: the adapter's
 * configuration, the admin key the service would take from {@code concert.admin.api-key}, and a
 * stand-in for the queue's token check. The other use cases are left to each test, as mocks.
 */
@SpringBootApplication
@Import({WebAdapterConfiguration.class, WebAdapterTestApplication.Mappers.class})
public class WebAdapterTestApplication {

  /** The generated mappers, which a slice's filter would leave out: controllers need them. */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan(
      basePackageClasses = WebAdapterConfiguration.class,
      useDefaultFilters = false,
      includeFilters = @Filter(type = FilterType.REGEX, pattern = ".*MapperImpl"))
  static class Mappers {}

  /**
   * Stands in for the queue: {@code active-<user>} is an admitted user's token, {@code
   * waiting-<position>} a waiting one, anything else was never issued. A test that needs other
   * answers replaces it with a {@code @MockitoBean}.
   */
  @Bean
  AuthenticateQueueTokenUseCase authenticateQueueToken() {
    return token -> {
      if (token.startsWith("active-")) {
        var user = new UserId(Long.parseLong(token.substring("active-".length())));
        return new QueuePass(user, Access.ACTIVE, 0);
      }
      if (token.startsWith("waiting-")) {
        var position = Long.parseLong(token.substring("waiting-".length()));
        return new QueuePass(new UserId(1), Access.WAITING, position);
      }
      throw new TokenInvalidException("the queue token was never issued");
    };
  }

  @Bean
  AdminAccess adminAccess(@Value("${concert.admin.api-key:}") String apiKey) {
    return new AdminAccess(Optional.of(apiKey).filter(key -> !key.isBlank()));
  }
}
