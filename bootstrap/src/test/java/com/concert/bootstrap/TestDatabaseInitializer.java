package com.concert.bootstrap;

import com.concert.db.testing.TestDatabase;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at a database of its own, created for it and dropped when the context
 * closes (Spring keeps cached contexts open until the test JVM ends). The drop is registered before
 * any bean, so it runs after every bean is destroyed: the pool and the schedulers are gone first.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    var database = TestDatabase.create();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "testDatabase",
                Map.of(
                    "spring.datasource.url", database.jdbcUrl(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password())));
    ((DefaultSingletonBeanRegistry) context.getBeanFactory())
        .registerDisposableBean("testDatabase", database::close);
  }
}
