package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Generates the TypeScript, Python and Java clients from the committed contract with OpenAPI
 * Generator, compiles each and runs its round trip (clients/roundtrip.ts, roundtrip.py,
 * RoundTrip.java) against this app. Runs with {@code -Dclients=true} (CI does): it needs Node with
 * {@code npm ci} done in clients/, and Python 3 with pydantic and urllib3.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "clients", matches = "true")
class GeneratedClientsTest {
  private static final Path GENERATOR = Path.of("target/tools/openapi-generator-cli.jar");
  private static final Path CLASSPATH = Path.of("target/tools/classpath.txt");
  private static final Path OUT = Path.of("target/clients");
  private static final Path CLIENTS = Path.of("clients");

  @Inject Fixtures fixtures;

  @TestHTTPResource("/")
  URL app;

  @Test
  void typescriptClientRoundTrip() throws Exception {
    assertThat(CLIENTS.resolve("node_modules/.bin/tsc"))
        .as("the TypeScript compiler: run `npm ci` in clients/")
        .exists();
    generate("typescript-fetch", "typescript", "supportsES6=true");
    run("tsc", CLIENTS, List.of("node_modules/.bin/tsc", "-p", "tsconfig.json"), Map.of());
    roundTrip(
        "typescript",
        Path.of("."),
        List.of("node", OUT.resolve("typescript-out/clients/roundtrip.js").toString()),
        Map.of());
  }

  @Test
  void pythonClientRoundTrip() throws Exception {
    generate("python", "python", "packageName=clientele_client,library=urllib3");
    Map<String, String> env = Map.of("PYTHONPATH", OUT.resolve("python").toString());
    run("python import", Path.of("."), List.of("python3", "-c", "import clientele_client"), env);
    roundTrip(
        "python",
        Path.of("."),
        List.of("python3", CLIENTS.resolve("roundtrip.py").toString()),
        env);
  }

  @Test
  void javaClientRoundTrip() throws Exception {
    generate(
        "java",
        "java",
        "library=native,useJakartaEe=true,openApiNullable=false,invokerPackage=io.clientele.client,"
            + "apiPackage=io.clientele.client.api,modelPackage=io.clientele.client.model");
    Path classes = OUT.resolve("java-classes");
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(OUT.resolve("java/src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
    }
    sources.add(CLIENTS.resolve("RoundTrip.java").toString());
    String classpath = Files.readString(CLASSPATH).trim();
    // an argument file: the test classpath is longer than a command line may be
    Path javacArgs = OUT.resolve("javac.args");
    List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString()));
    args.addAll(List.of("-cp", classpath));
    args.addAll(sources);
    Files.write(javacArgs, args.stream().map(GeneratedClientsTest::quoted).toList());
    run("javac", Path.of("."), List.of(javaTool("javac"), "@" + javacArgs), Map.of());
    Path javaArgs = OUT.resolve("java.args");
    Files.write(
        javaArgs, List.of("-cp", quoted(classes.toAbsolutePath() + ":" + classpath), "RoundTrip"));
    roundTrip("java", Path.of("."), List.of(javaTool("java"), "@" + javaArgs), Map.of());
  }

  private void roundTrip(String language, Path dir, List<String> command, Map<String, String> env)
      throws Exception {
    TestStaff manager = fixtures.staff("manager");
    var withApp = new java.util.HashMap<>(env);
    withApp.put("CLIENTELE_BASE_URL", app.toString().replaceAll("/$", ""));
    withApp.put("CLIENTELE_TOKEN", manager.token());
    withApp.put("CLIENTELE_RUN", Fixtures.unique("clients"));
    String output = run(language + " round trip", dir, command, withApp);
    assertThat(output).contains(language + " round trip passed");
  }

  private void generate(String generator, String directory, String properties) throws Exception {
    assertThat(GENERATOR)
        .as("the generator's jar: build with -Dclients=true (the `clients` profile copies it)")
        .exists();
    Path out = OUT.resolve(directory);
    deleteRecursively(out);
    run(
        "generate " + generator,
        Path.of("."),
        List.of(
            javaTool("java"),
            "-jar",
            GENERATOR.toString(),
            "generate",
            "-g",
            generator,
            "-i",
            Api.CONTRACT.toString(),
            "-o",
            out.toString(),
            "--additional-properties=" + properties),
        Map.of());
  }

  /**
   * Runs a command to its end (2 minutes at most) and answers its output; fails on non-zero exit.
   */
  private static String run(String what, Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path log = OUT.resolve(what.replace(' ', '-') + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(finished && process.exitValue() == 0)
        .as(
            "%s (%s) failed; its output:%n%s",
            what, String.join(" ", command.subList(0, 1)), tail(output))
        .isTrue();
    System.out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    return output;
  }

  private static String tail(String output) {
    return output.length() <= 6000 ? output : "..." + output.substring(output.length() - 6000);
  }

  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static String quoted(String arg) {
    return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
