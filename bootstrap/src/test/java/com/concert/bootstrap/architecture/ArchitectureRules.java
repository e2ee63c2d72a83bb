package com.concert.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of the hexagon. {@link ArchitectureTest} shows each one holds and bites. */
final class ArchitectureRules {

  static final String DOMAIN = "com.concert.domain..";
  static final String APPLICATION = "com.concert.application..";
  static final String USE_CASE_IMPLEMENTATIONS = "com.concert.application.service..";
  static final String WEB_ADAPTER = "com.concert.adapter.in.web..";
  static final String PERSISTENCE_ADAPTER = "com.concert.adapter.out.persistence..";
  static final String SCHEMA = "com.concert.db..";
  static final String GENERATED_JOOQ = "com.concert.db.jooq..";

  private ArchitectureRules() {}

  static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, "java..", "javax.crypto..")
          .because(
              "the domain is plain Java (the JDK, its cryptography included) any adapter can reuse");

  static final ArchRule APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
          .because("use cases orchestrate the domain's ports and know no adapter");

  static final ArchRule CORE_IS_FREE_OF_FRAMEWORKS =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "org.jooq..",
              "jakarta..",
              "javax.annotation..",
              "javax.inject..",
              "javax.persistence..",
              "javax.validation..",
              "org.mapstruct..",
              "tools.jackson..",
              "com.fasterxml..")
          .because("Spring, jOOQ, Jakarta and MapStruct belong to the adapters and bootstrap");

  static final ArchRule WEB_ADAPTER_DOES_NOT_SEE_PERSISTENCE =
      noClasses()
          .that()
          .resideInAPackage(WEB_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PERSISTENCE_ADAPTER, SCHEMA)
          .because("adapters meet only through the application's ports");

  static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_SEE_WEB =
      noClasses()
          .that()
          .resideInAPackage(PERSISTENCE_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WEB_ADAPTER)
          .because("adapters meet only through the application's ports");

  static final ArchRule ADAPTERS_USE_USE_CASES_THROUGH_THEIR_PORTS =
      noClasses()
          .that()
          .resideInAnyPackage(WEB_ADAPTER, PERSISTENCE_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(USE_CASE_IMPLEMENTATIONS)
          .because("adapters call use-case interfaces; bootstrap chooses the implementations");

  static final ArchRule GENERATED_JOOQ_ONLY_IN_PERSISTENCE =
      noClasses()
          .that()
          .resideOutsideOfPackages(PERSISTENCE_ADAPTER, SCHEMA)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(GENERATED_JOOQ)
          .because("table classes are the persistence adapter's private business");
}
