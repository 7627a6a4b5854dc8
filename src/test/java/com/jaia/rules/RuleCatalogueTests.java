package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jaia.pipeline.JobFiles;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, the SQL files and the fixtures agree, and configuration overrides are applied or refused by name.
 */
class RuleCatalogueTests {

    static final Path RULES = Path.of("jobs", "journal-import", "rules");

    final RuleCatalogue catalogue = RuleCatalogue.load(new JobFiles(Path.of("jobs")), RulesSettings.defaults());

    @Test
    void everySqlFileHasAnEntryAndEveryEntryHasASqlFileAndFixtures() throws IOException {
        Set<String> files;
        try (Stream<Path> paths = Files.walk(RULES)) {
            files = paths.filter(p -> p.toString().endsWith(".sql"))
                .map(p -> RULES.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
        }
        Set<String> entries = catalogue.rules().stream().map(Rule::sqlPath).collect(Collectors.toSet());
        assertThat(files).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(RuleFixturesTests.fixtures().keySet())
            .containsExactlyInAnyOrderElementsOf(catalogue.rules().stream().map(Rule::id).toList());
        RuleFixturesTests.fixtures().forEach((id, fixture) -> assertThat(fixture).as(id).containsKeys("fires", "silent"));
    }

    @Test
    void coversEightCategoriesWithAtLeastEightyRules() {
        assertThat(catalogue.rules()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(catalogue.rules().stream().map(Rule::category).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "amount", "time", "account", "approval", "description", "trend", "benford", "ml");
    }

    @Test
    void everyRuleFileOpensWithItsCatalogueEntry() {
        for (Rule rule : catalogue.rules()) {
            String sql = new JobFiles(Path.of("jobs")).read(RuleCatalogue.RULES_DIR + rule.sqlPath());
            assertThat(sql.lines().findFirst().orElse("")).as(rule.id())
                .isEqualTo("-- " + rule.id() + ": " + rule.nameEn() + " (" + rule.nameJa() + "). "
                        + String.join(" ", rule.description().strip().split("\\s+")));
        }
    }

    @Test
    void everyEntryIsCompleteAndUsesExactlyItsThresholds() {
        Pattern parameter = Pattern.compile("\\$\\{([a-z_0-9]+)}");
        for (Rule rule : catalogue.rules()) {
            assertThat(rule.nameJa()).as(rule.id()).isNotBlank();
            assertThat(rule.nameEn()).as(rule.id()).isNotBlank();
            assertThat(rule.description()).as(rule.id()).isNotBlank();
            assertThat(rule.requires()).as(rule.id()).isNotEmpty();
            assertThat(rule.severity()).as(rule.id()).isIn("critical", "high", "medium", "low", "info");
            assertThat(rule.score()).as(rule.id()).isBetween(0.0, 100.0);
            String sql = new JobFiles(Path.of("jobs")).read(RuleCatalogue.RULES_DIR + rule.sqlPath());
            Matcher used = parameter.matcher(sql);
            Set<String> names = used.results().map(m -> m.group(1)).collect(Collectors.toSet());
            assertThat(names).as(rule.id()).containsExactlyInAnyOrderElementsOf(rule.thresholds().keySet());
        }
    }

    @Test
    void appliesThresholdOverridesAndDisabledRules() {
        RulesSettings settings = new RulesSettings(Map.of("AMT_ROUND_AMOUNT", Map.of("min_amount", "5000000")),
                List.of("TIME_LATE_NIGHT"), 0, 0, 0, null, null, null, 0, null);
        RuleCatalogue overridden = RuleCatalogue.load(new JobFiles(Path.of("jobs")), settings);
        assertThat(overridden.rule("AMT_ROUND_AMOUNT").orElseThrow().thresholds()).containsEntry("min_amount", "5000000");
        RuleSql sql = overridden.sql(overridden.rule("AMT_ROUND_AMOUNT").orElseThrow(), RulesTestLedger.YEN_SCALE);
        assertThat(sql.sql()).contains(">= getvariable('amt_round_amount__min_amount')");
        assertThat(sql.variables()).containsEntry("amt_round_amount__min_amount", 5000000);
        assertThat(overridden.rule("TIME_LATE_NIGHT").orElseThrow().enabled()).isFalse();
    }

    @Test
    void refusesAnOverrideOfAnUnknownThreshold() {
        RulesSettings settings = new RulesSettings(Map.of("AMT_ROUND_AMOUNT", Map.of("minimum", "5")), null, 0, 0, 0, null, null, null, 0, null);
        assertThatThrownBy(() -> RuleCatalogue.load(new JobFiles(Path.of("jobs")), settings))
            .hasMessageContaining("jaia.rules.thresholds.AMT_ROUND_AMOUNT.minimum");
    }

}
