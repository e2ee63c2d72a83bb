package com.concert.adapter.in.web;

import com.concert.adapter.in.web.admin.AdminAccess;
import com.concert.adapter.in.web.admin.AdminKeyInterceptor;
import com.concert.adapter.in.web.queue.QueueUserArgumentResolver;
import com.concert.application.port.in.AuthenticateQueueTokenUseCase;
import java.util.List;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP adapter: its controllers, mappers and error handling, the admin guard, the queue-token
 * guard and the body limit. The application imports it and supplies the use cases and {@link
 * AdminAccess}. Its scan honours Spring Boot's test-slice filter, so a {@code @WebMvcTest} of some
 * controllers loads only those.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    excludeFilters = @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@Import(StrictJsonConfiguration.class)
public class WebAdapterConfiguration implements WebMvcConfigurer {

  private final AdminAccess adminAccess;
  private final AuthenticateQueueTokenUseCase authenticateQueueToken;

  public WebAdapterConfiguration(
      AdminAccess adminAccess, AuthenticateQueueTokenUseCase authenticateQueueToken) {
    this.adminAccess = adminAccess;
    this.authenticateQueueToken = authenticateQueueToken;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new QueueUserArgumentResolver(authenticateQueueToken));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new AdminKeyInterceptor(adminAccess))
        .addPathPatterns(AdminKeyInterceptor.PATHS);
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter() {
    var registration =
        new FilterRegistrationBean<>(
            new RequestBodyLimitFilter(RequestBodyLimitFilter.DEFAULT_LIMIT));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
