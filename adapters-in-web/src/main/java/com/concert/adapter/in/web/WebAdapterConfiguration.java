package com.concert.adapter.in.web;

import com.concert.adapter.in.web.admin.AdminAccess;
import com.concert.adapter.in.web.admin.AdminKeyInterceptor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP adapter: its controllers, mappers and error handling, the admin guard and the body
 * limit. The application imports it and supplies the use cases and {@link AdminAccess}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WebAdapterConfiguration implements WebMvcConfigurer {

  private final AdminAccess adminAccess;

  public WebAdapterConfiguration(AdminAccess adminAccess) {
    this.adminAccess = adminAccess;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AdminKeyInterceptor(adminAccess)).addPathPatterns("/api/admin/**");
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
