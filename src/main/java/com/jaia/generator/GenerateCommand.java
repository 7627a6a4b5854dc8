package com.jaia.generator;

import com.jaia.problems.PlainReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.jaia.CommandArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;

import org.springframework.stereotype.Component;

/**
 * {@code generate --lines=N --seed=S --out=PATH [--profile=NAME] [--labels=PATH] [--masters=DIR] [--fiscal-year=Y]
 * [--anomaly-rate=R] [--float-noise[=SHARE]]}: writes a synthetic ledger in a profile's conventions, and optionally its
 * anomaly labels and master files.
 */
@Component
class GenerateCommand implements JaiaCommand {

    /** The share of amounts written with floating-point noise by a bare {@code --float-noise}. */
    private static final double DEFAULT_FLOAT_NOISE = 0.02;

    @Override
    public int run(CommandArguments arguments) {
        try {
            long lines = Long.parseLong(arguments.require("lines").replace("_", ""));
            long seed = Long.parseLong(arguments.option("seed").orElse("42"));
            Path out = Path.of(arguments.require("out"));
            LedgerProfile profile = LedgerProfile.named(arguments.option("profile").orElse("standard"));
            int fiscalYear = Integer.parseInt(
                    arguments.option("fiscal-year").orElse(Integer.toString(LedgerGenerator.DEFAULT_FISCAL_YEAR)));
            double rate = arguments.option("anomaly-rate").map(Double::parseDouble)
                .orElse(profile.defaultAnomalyRate());
            double noise = arguments.option("float-noise")
                .map(v -> v.equals("true") ? DEFAULT_FLOAT_NOISE : Double.parseDouble(v)).orElse(0.0);
            LedgerGenerator generator = new LedgerGenerator(seed, fiscalYear, rate, profile, noise);
            Path labels = arguments.option("labels").map(Path::of).orElse(null);
            createParent(out);
            createParent(labels);
            long started = System.nanoTime();
            GenerationSummary summary = generator.generate(lines, out, labels);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("wrote %d lines in %d journals (profile %s, fiscal year %d) to %s (%.1f s)%n",
                    summary.lines(), summary.journals(), profile.label(), fiscalYear, out, seconds);
            if (summary.noisyAmounts() > 0) {
                System.out.printf("wrote %d lines with floating-point noise in their amounts%n",
                        summary.noisyAmounts());
            }
            if (labels != null) {
                System.out.printf("labelled %d anomalous journals in %s%n", summary.anomalousJournals(), labels);
            }
            if (arguments.option("masters").isPresent()) {
                Path dir = Path.of(arguments.option("masters").get());
                List<Path> written = generator.writeMasters(dir);
                System.out.println("wrote master files to " + dir + ": " + written.stream()
                    .map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
            }
            return ExitCodes.DONE;
        }
        catch (IllegalArgumentException e) {
            throw new CommandArguments.BadArguments(e.getMessage());
        }
        catch (IOException e) {
            System.err.println("jaia generate: cannot write: " + PlainReason.of(e));
            return ExitCodes.FAILED;
        }
    }

    private static void createParent(Path file) throws IOException {
        if (file != null && file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
    }

}
