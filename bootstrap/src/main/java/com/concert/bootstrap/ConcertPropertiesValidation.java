package com.concert.bootstrap;

import jakarta.validation.Validation;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Validates each group of {@link ConcertProperties} (queue, reservation, wallet) as it is bound, so
 * a bad value stops the service with a report naming the key the operator wrote, such as {@code
 * concert.queue.max-active-users}, and where it came from. Validated only as a whole, Spring Boot
 * reports the field path {@code concert.queue.maxActiveUsers} without its origin.
 */
@Configuration(proxyBeanMethods = false)
class ConcertPropertiesValidation {

  /** Spring Boot applies the validator of this name to every object it binds, nested ones too. */
  @Bean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)
  static Validator concertPropertyGroupsValidator() {
    return new GroupsValidator(
        new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
  }

  private record GroupsValidator(Validator beanValidation) implements Validator {

    private static final Set<Class<?>> GROUPS =
        Set.of(
            ConcertProperties.Queue.class,
            ConcertProperties.Reservation.class,
            ConcertProperties.Wallet.class,
            ConcertProperties.Audit.class);

    @Override
    public boolean supports(Class<?> type) {
      return GROUPS.contains(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
      beanValidation.validate(target, errors);
    }
  }
}
