package com.concert.adapter.in.web;

import com.concert.adapter.in.web.admin.AdminAccess;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The web adapter as the service assembles it, for {@code @WebMvcTest} slices: the adapter's
 * configuration, and the admin key the service would take from {@code concert.admin.api-key}. The
 * use cases are left to each test, as mocks.
 */
@SpringBootApplication
@Import(WebAdapterConfiguration.class)
public class WebAdapterTestApplication {

  @Bean
  AdminAccess adminAccess(@Value("${concert.admin.api-key:}") String apiKey) {
    return new AdminAccess(Optional.of(apiKey).filter(key -> !key.isBlank()));
  }
}
