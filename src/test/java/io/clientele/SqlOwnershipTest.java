package io.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature: only its package writes it, and sync (which composes the
 * synced types) names none of the account's and pipeline's tables, so a column is added in the
 * owner's package alone. Reading another feature's tables is allowed (reports join deals and
 * accounts). Checked on the SQL in the Java sources' string literals and on the entity mappings.
 * Sync's shared statements on the tables a feature hands it (a SyncTable) are that feature's.
 */
class SqlOwnershipTest {
  private static final Path SOURCES = Path.of("src/main/java/io/clientele");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** The package that owns each table; a new table gets its line here. */
  private static final Map<String, Set<String>> OWNERS =
      Map.ofEntries(
          Map.entry("staff", Set.of("staff")),
          Map.entry("web", Set.of("idempotency_key")),
          Map.entry(
              "account",
              Set.of(
                  "account",
                  "account_external_id",
                  "account_team_member",
                  "contact",
                  "contact_external_id")),
          Map.entry(
              "pipeline",
              Set.of(
                  "pipeline_stage",
                  "opportunity",
                  "opportunity_external_id",
                  "opportunity_history")),
          Map.entry("fx", Set.of("exchange_rate")),
          Map.entry(
              "forecast",
              Set.of("quota", "forecast_submission", "forecast_adjustment", "forecast_snapshot")),
          Map.entry(
              "pnl",
              Set.of(
                  "pnl_entry",
                  "pnl_month",
                  "pnl_year",
                  "pnl_settings",
                  "budget",
                  "budget_line",
                  "invoice",
                  "invoice_payment")),
          Map.entry("review", Set.of("review", "review_competency")),
          Map.entry(
              "clientreview",
              Set.of("client_review", "client_review_attendee", "client_review_action")),
          Map.entry("sync", Set.of("change_log", "change_transaction", "change_clock")),
          Map.entry(
              "issue",
              Set.of("account_issue", "account_issue_transition", "account_issue_external_id")),
          Map.entry("activity", Set.of("activity", "activity_external_id")));

  private static final Pattern SQL =
      Pattern.compile(
          "(?is)\\b(select\\s.*\\sfrom|insert\\s+into|update\\s+\\w+(\\s+\\w+)?\\s+set"
              + "|delete\\s+from|join\\s+\\w+)\\b");
  private static final Pattern WRITE =
      Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate)\\s+(\\w+)");
  private static final Pattern MAPPING =
      Pattern.compile("@(?:Collection)?Table\\(\\s*name\\s*=\\s*\"(\\w+)\"");

  @Test
  void everyTableHasOneOwner() {
    Set<String> tables = migrationTables();
    Set<String> owned = new TreeSet<>();
    OWNERS.values().forEach(owned::addAll);
    assertThat(owned)
        .as("tables with an owner (OWNERS) that the migrations create")
        .isEqualTo(tables);
  }

  @Test
  void syncNamesNoTableOfTheAccountsOrThePipeline() {
    Set<String> theirs = new TreeSet<>(OWNERS.get("account"));
    theirs.addAll(OWNERS.get("pipeline"));
    List<String> named = new ArrayList<>();
    for (Path file : javaFiles(SOURCES.resolve("sync"))) {
      for (String sql : sqlStrings(file)) {
        for (String table : theirs) {
          if (Pattern.compile("(?i)\\b" + table + "\\b").matcher(sql).find()) {
            named.add(file.getFileName() + " names " + table + " in: " + oneLine(sql));
          }
        }
      }
    }
    assertThat(named).as("SQL in sync naming the tables of account or pipeline").isEmpty();
  }

  @Test
  void onlyATablesOwnerWritesIt() {
    List<String> foreign = new ArrayList<>();
    for (Path file : javaFiles(SOURCES)) {
      String feature = SOURCES.relativize(file).getName(0).toString();
      for (String sql : sqlStrings(file)) {
        Matcher write = WRITE.matcher(sql);
        while (write.find()) {
          String owner = ownerOf(write.group(1));
          if (owner != null && !owner.equals(feature)) {
            foreign.add(feature + "/" + file.getFileName() + " writes " + write.group(1));
          }
        }
      }
      Matcher mapping = MAPPING.matcher(read(file));
      while (mapping.find()) {
        String owner = ownerOf(mapping.group(1));
        if (!feature.equals(owner)) {
          foreign.add(feature + "/" + file.getFileName() + " maps " + mapping.group(1));
        }
      }
    }
    assertThat(foreign).as("writes and entity mappings outside the table's owner").isEmpty();
  }

  private static String ownerOf(String table) {
    return OWNERS.entrySet().stream()
        .filter(e -> e.getValue().contains(table.toLowerCase()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /** The tables the migrations leave: created, less those dropped. */
  private static Set<String> migrationTables() {
    Pattern create =
        Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    Pattern drop = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".sql"))
              .sorted(java.util.Comparator.comparingInt(SqlOwnershipTest::version))
              .toList()) {
        String sql = read(file);
        Matcher created = create.matcher(sql);
        while (created.find()) {
          tables.add(created.group(1).toLowerCase());
        }
        Matcher dropped = drop.matcher(sql);
        while (dropped.find()) {
          tables.remove(dropped.group(1).toLowerCase());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The string literals and text blocks of a Java file that read as SQL (comments left out). */
  static List<String> sqlStrings(Path file) {
    return strings(read(file)).stream().filter(s -> SQL.matcher(s).find()).toList();
  }

  /** The contents of a Java source's string literals and text blocks, in order. */
  static List<String> strings(String java) {
    List<String> strings = new ArrayList<>();
    int i = 0;
    while (i < java.length()) {
      if (java.startsWith("//", i)) {
        i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
      } else if (java.startsWith("/*", i)) {
        i = java.indexOf("*/", i + 2) + 2;
      } else if (java.startsWith("\"\"\"", i)) {
        int end = java.indexOf("\"\"\"", i + 3);
        while (java.charAt(end - 1) == '\\') {
          end = java.indexOf("\"\"\"", end + 1);
        }
        strings.add(java.substring(i + 3, end));
        i = end + 3;
      } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
        char quote = java.charAt(i);
        StringBuilder literal = new StringBuilder();
        i++;
        while (java.charAt(i) != quote) {
          if (java.charAt(i) == '\\') {
            literal.append(java.charAt(i++));
          }
          literal.append(java.charAt(i++));
        }
        if (quote == '"') {
          strings.add(literal.toString());
        }
        i++;
      } else {
        i++;
      }
    }
    return strings;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String sql) {
    return sql.lines().map(String::strip).collect(Collectors.joining(" "));
  }
}
