package com.concert.adapter.in.web.error;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes Tomcat report its own errors as problems too ({@link ProblemErrorReportValve}). */
@Configuration(proxyBeanMethods = false)
public class TomcatErrorReport {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
              }
            });
  }
}
