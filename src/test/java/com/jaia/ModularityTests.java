package com.jaia;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pipeline stages depend on each other in one direction only: a stage may use an earlier one's entry points,
 * never the reverse.
 */
@AnalyzeClasses(packages = "com.jaia", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

    @ArchTest
    static final ArchRule stagesHaveNoCycles = slices().matching("com.jaia.(*)..").should().beFreeOfCycles();

}
