package io.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The package-by-feature boundaries and the thin-resource rule, checked rather than hoped for. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.clientele");

  /**
   * What each package may use of the others (README "Code map"); anything not listed is forbidden.
   * `common` holds value types that know nothing of HTTP or of any feature; `web` knows no feature.
   */
  static final Map<String, Set<String>> ALLOWED = allowed();

  private static Map<String, Set<String>> allowed() {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put("common", Set.of());
    allowed.put("web", Set.of("common"));
    allowed.put("staff", Set.of("web", "common"));
    allowed.put("account", Set.of("sync", "staff", "web", "common"));
    allowed.put("fx", Set.of("staff", "web", "common"));
    allowed.put("pipeline", Set.of("account", "fx", "sync", "staff", "web", "common"));
    allowed.put("forecast", Set.of("fx", "staff", "web", "common"));
    allowed.put("pnl", Set.of("account", "fx", "staff", "web", "common"));
    allowed.put("review", Set.of("forecast", "fx", "staff", "web", "common"));
    allowed.put("sync", Set.of("staff", "web", "common"));
    allowed.put("clientreview", Set.of("account", "staff", "web", "common"));
    allowed.put("issue", Set.of("account", "sync", "staff", "web", "common"));
    allowed.put("activity", Set.of("account", "sync", "staff", "web", "common"));
    allowed.put("plan", Set.of("account", "pnl", "pipeline", "fx", "staff", "web", "common"));
    allowed.put("dev", Set.of());
    return allowed;
  }

  @TestFactory
  Stream<DynamicTest> eachPackageDependsOnlyOnWhatTheCodeMapAllows() {
    return ALLOWED.entrySet().stream()
        .map(
            entry -> {
              String from = entry.getKey();
              String[] forbidden =
                  ALLOWED.keySet().stream()
                      .filter(to -> !to.equals(from) && !entry.getValue().contains(to))
                      .map(to -> "io.clientele." + to + "..")
                      .toArray(String[]::new);
              return DynamicTest.dynamicTest(
                  from + " may use " + (entry.getValue().isEmpty() ? "none" : entry.getValue()),
                  () ->
                      noClasses()
                          .that()
                          .resideInAPackage("io.clientele." + from + "..")
                          .should()
                          .dependOnClassesThat()
                          .resideInAnyPackage(forbidden)
                          .check(CLASSES));
            });
  }

  @Test
  void everyPackageIsInTheTable() {
    List<String> packages =
        CLASSES.stream()
            .map(c -> c.getPackageName().replaceFirst("^io\\.clientele\\.?", ""))
            .map(p -> p.contains(".") ? p.substring(0, p.indexOf('.')) : p)
            .distinct()
            .filter(p -> !ALLOWED.containsKey(p))
            .toList();
    assertThat(packages).as("packages missing from ALLOWED").isEmpty();
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
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(Transactional.class)
        .check(CLASSES);
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .callMethod(Response.class, "status", int.class)
        .check(CLASSES);
  }
}
