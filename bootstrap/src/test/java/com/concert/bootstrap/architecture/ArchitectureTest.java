package com.concert.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.adapter.in.web.archfixture.WebAdapterCallingAUseCaseImplementation;
import com.concert.adapter.in.web.archfixture.WebAdapterReadingTables;
import com.concert.adapter.out.persistence.archfixture.PersistenceAdapterUsingWebErrors;
import com.concert.application.archfixture.ApplicationUsingJooq;
import com.concert.application.archfixture.ApplicationUsingTheWebAdapter;
import com.concert.domain.archfixture.DomainUsingSpring;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule holds on the production classes of all modules, and every rule is shown to bite: it
 * reports a planted violation (test-only classes in the packages the rule guards).
 */
class ArchitectureTest {

  /** Production classes only: no test classes and no test jars of the modules. */
  private static final ImportOption PRODUCTION_CODE =
      (Location location) ->
          !location.contains("/test-classes/") && !location.contains("-tests.jar");

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter().withImportOption(PRODUCTION_CODE).importPackages("com.concert");
  }

  static Stream<Arguments> rulesWithAPlantedViolation() {
    return Stream.of(
        Arguments.of(
            "domain", ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, DomainUsingSpring.class),
        Arguments.of(
            "application",
            ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN,
            ApplicationUsingTheWebAdapter.class),
        Arguments.of(
            "core", ArchitectureRules.CORE_IS_FREE_OF_FRAMEWORKS, ApplicationUsingJooq.class),
        Arguments.of("core", ArchitectureRules.CORE_IS_FREE_OF_FRAMEWORKS, DomainUsingSpring.class),
        Arguments.of(
            "web",
            ArchitectureRules.WEB_ADAPTER_DOES_NOT_SEE_PERSISTENCE,
            WebAdapterReadingTables.class),
        Arguments.of(
            "persistence",
            ArchitectureRules.PERSISTENCE_ADAPTER_DOES_NOT_SEE_WEB,
            PersistenceAdapterUsingWebErrors.class),
        Arguments.of(
            "ports",
            ArchitectureRules.ADAPTERS_USE_USE_CASES_THROUGH_THEIR_PORTS,
            WebAdapterCallingAUseCaseImplementation.class),
        Arguments.of(
            "jooq",
            ArchitectureRules.GENERATED_JOOQ_ONLY_IN_PERSISTENCE,
            WebAdapterReadingTables.class));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rulesWithAPlantedViolation")
  void theRuleHoldsForTheProductionCode(String layer, ArchRule rule, Class<?> plantedViolation) {
    var result = rule.evaluate(production);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {2} is caught")
  @MethodSource("rulesWithAPlantedViolation")
  void theRuleCatchesAPlantedViolation(String layer, ArchRule rule, Class<?> plantedViolation) {
    var planted = new ClassFileImporter().importClasses(plantedViolation);

    var result = rule.evaluate(planted);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(detail -> assertThat(detail).contains(plantedViolation.getName()));
  }

  /** A rule checked against no classes would pass; the import must see every module. */
  @Test
  void theProductionImportSeesEveryModuleAndNoPlantedClass() {
    assertThat(production.containPackage("com.concert.domain.concert")).isTrue();
    assertThat(production.containPackage("com.concert.application.service")).isTrue();
    assertThat(production.containPackage("com.concert.adapter.in.web")).isTrue();
    assertThat(production.containPackage("com.concert.adapter.out.persistence")).isTrue();
    assertThat(production.containPackage("com.concert.db.jooq")).isTrue();
    assertThat(production.stream().map(c -> c.getName()))
        .noneMatch(name -> name.contains(".archfixture."));
  }
}
