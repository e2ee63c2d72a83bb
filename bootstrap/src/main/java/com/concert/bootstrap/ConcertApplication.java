package com.concert.bootstrap;

import com.concert.adapter.in.web.WebAdapterConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import(WebAdapterConfiguration.class)
public class ConcertApplication {

  public static void main(String[] args) {
    SpringApplication.run(ConcertApplication.class, args);
  }
}
