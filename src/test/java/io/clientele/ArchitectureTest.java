package io.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The package-by-feature boundaries and the thin-resource rule, checked rather than hoped for. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.clientele");

  @Test
  void sharedPackagesDependOnNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage("io.clientele.web..", "io.clientele.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.clientele.staff..",
            "io.clientele.account..",
            "io.clientele.pipeline..",
            "io.clientele.fx..",
            "io.clientele.forecast..",
            "io.clientele.pnl..",
            "io.clientele.review..",
            "io.clientele.dev..")
        .check(CLASSES);
  }

  @Test
  void accountsKnowNothingOfThePipelineOrTheLedger() {
    noClasses()
        .that()
        .resideInAnyPackage("io.clientele.account..", "io.clientele.fx..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.clientele.pipeline..", "io.clientele.pnl..", "io.clientele.review..")
        .check(CLASSES);
  }

  @Test
  void reviewsReadTheForecastNotTheLedger() {
    noClasses()
        .that()
        .resideInAPackage("io.clientele.review..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.clientele.pnl..", "io.clientele.account..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.clientele.forecast..", "io.clientele.pipeline..", "io.clientele.pnl..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.clientele.review..")
        .check(CLASSES);
  }

  @Test
  void theLedgerKnowsNothingOfDeals() {
    noClasses()
        .that()
        .resideInAPackage("io.clientele.pnl..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.clientele.pipeline..", "io.clientele.forecast..", "io.clientele.review..")
        .check(CLASSES);
  }

  @Test
  void staffKnowsNothingOfAccounts() {
    noClasses()
        .that()
        .resideInAPackage("io.clientele.staff..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.clientele.account..", "io.clientele.review..")
        .check(CLASSES);
  }

  @Test
  void resourcesStayThin() {
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .notBeAnnotatedWith(Transactional.class)
        .andShould()
        .onlyDependOnClassesThat()
        .doNotHaveFullyQualifiedName(EntityManager.class.getName())
        .check(CLASSES);
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .callMethod(Response.class, "status", int.class)
        .check(CLASSES);
  }
}
