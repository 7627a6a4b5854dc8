package com.jaia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jaia.review.ReachesIntoAnotherStage;
import com.jaia.validation.UsesALaterStage;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The pipeline stages depend on each other in one direction only: a stage may use an earlier one, and only through
 * the entry points named here; everything else of a stage is its own business.
 */
class ModularityTests {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.jaia");

    /**
     * The stages, earliest first, each with its entry points (types other stages may use). The one place the allowed
     * direction is written: a stage may use the entry points of the stages above it, never of those below.
     */
    static final Map<String, Set<String>> STAGES = stages(
            "problems", Set.of("InvalidParameter", "NamedProblem", "PlainReason", "ProblemType"),
            "commands", Set.of("CommandArguments", "Commands", "ExitCodes", "JaiaCommand"),
            "api", Set.of("Page", "ProblemAnswers", "ProblemResponses", "Timestamps"),
            "duckdb", Set.of("CamelCase", "DuckDb", "DuckDbSchema", "DuckDbSettings", "DuckDbUnavailable",
                    "DuckDbWriteLock", "SqlScript"),
            "metastore", Set.of("MetaStore", "MetaStoreSettings"),
            "observability", Set.of("Phases", "PipelineMetrics", "ProgressBoard", "StepPhases"),
            "pipeline", Set.of("FiscalYears", "ImportContext", "ImportFile", "ImportParameters", "ImportSettings",
                    "JobCompletions", "JobFiles", "PlainExitDescriptions", "Sha256"),
            "ledgerfile", Set.of("BadLedgerFile", "DelimitedRecordScanner", "LedgerFileKind", "LedgerFormat",
                    "LedgerFormatDetector", "RawRecord", "Texts", "XlsxLedgerConverter"),
            "validation", Set.of("ValidatedFile", "ValidationCounts", "ValidationProgress"),
            "loading", Set.of("ImportLedger", "ImportLedgerEntry", "ImportRollback", "RollbackRefused",
                    "RunningImports"),
            "rules", Set.of("LedgerProfiles", "RecordedLedgerProfile", "RuleOutcomeReports", "RunCalibration"),
            "aggregates", Set.of(),
            "review", Set.of("DeferredReviews", "LlmChainStatus"),
            "masters", Set.of("MasterLoadResult", "MasterLoader"),
            "intake", Set.of("ImportLauncher", "ImportQueue", "ImportRejected", "ImportRequest", "ImportSubmission",
                    "ImportSummaries", "ImportSummary", "IntakeSettings", "UploadTooLarge"),
            "status", Set.of(),
            "security", Set.of("KeysApplication"),
            "generator", Set.of("GenerationSummary", "LedgerGenerator"),
            "demo", Set.of(),
            "application", Set.of());

    static final ArchRule stagesUseOnlyEntryPointsOfEarlierStages = classes().that()
        .resideInAPackage("com.jaia..")
        .should(useOnlyEntryPointsOfEarlierStages());

    @Test
    void stagesHaveNoCycles() {
        slices().matching("com.jaia.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void stagesUseOnlyTheEntryPointsOfEarlierStages() {
        stagesUseOnlyEntryPointsOfEarlierStages.check(APPLICATION);
    }

    @Test
    void aStageUsingAnotherStagesInnerTypeOrALaterStageFails() {
        EvaluationResult result = stagesUseOnlyEntryPointsOfEarlierStages
            .evaluate(new ClassFileImporter().importClasses(ReachesIntoAnotherStage.class, UsesALaterStage.class));

        assertThat(result.getFailureReport().getDetails())
            .anyMatch(line -> line.contains("ReachesIntoAnotherStage") && line.contains("RuleCatalogue")
                    && line.contains("not an entry point of rules"))
            .anyMatch(line -> line.contains("UsesALaterStage") && line.contains("ImportLedger")
                    && line.contains("loading comes after validation"));
    }

    @Test
    void everyStagePackageIsNamed() {
        List<String> unnamed = new ArrayList<>();
        APPLICATION.forEach(type -> {
            if (!STAGES.containsKey(stageOf(type))) {
                unnamed.add(type.getName());
            }
        });
        assertThat(unnamed).isEmpty();
    }

    private static ArchCondition<JavaClass> useOnlyEntryPointsOfEarlierStages() {
        List<String> order = List.copyOf(STAGES.keySet());
        return new ArchCondition<>("use only the entry points of earlier stages") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = stageOf(type);
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().isArray()
                            ? dependency.getTargetClass().getBaseComponentType() : dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("com.jaia")) {
                        continue;
                    }
                    String to = stageOf(target);
                    if (to.equals(from)) {
                        continue;
                    }
                    String outer = target.getName().substring(target.getPackageName().length() + 1).split("\\$")[0];
                    if (order.indexOf(to) > order.indexOf(from)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": "
                                + to + " comes after " + from));
                    }
                    else if (!STAGES.getOrDefault(to, Set.of()).contains(outer)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": "
                                + outer + " is not an entry point of " + to));
                    }
                }
            }
        };
    }

    /** The stage a type belongs to: its package below {@code com.jaia}; the root package holds two. */
    static String stageOf(JavaClass type) {
        String name = type.getPackageName();
        if (name.equals("com.jaia")) {
            String simple = type.getName().substring("com.jaia.".length()).split("\\$")[0];
            return STAGES.get("commands").contains(simple) ? "commands" : "application";
        }
        return name.substring("com.jaia.".length()).split("\\.")[0];
    }

    private static Map<String, Set<String>> stages(Object... namesAndEntryPoints) {
        Map<String, Set<String>> stages = new LinkedHashMap<>();
        for (int i = 0; i < namesAndEntryPoints.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> entryPoints = (Set<String>) namesAndEntryPoints[i + 1];
            stages.put((String) namesAndEntryPoints[i], entryPoints);
        }
        return stages;
    }

}
