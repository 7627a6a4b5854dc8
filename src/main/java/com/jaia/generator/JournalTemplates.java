package com.jaia.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The everyday journal kinds of {@code generator/journal-templates.tsv}, drawn by weight.
 */
final class JournalTemplates {

    private final List<JournalTemplate> templates = new ArrayList<>();

    private final double[] cumulative;

    JournalTemplates() {
        try (InputStream in = JournalTemplates.class.getResourceAsStream("/generator/journal-templates.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(JournalTemplate::parse)
                .forEach(templates::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cumulative = new double[templates.size()];
        double sum = 0;
        for (int i = 0; i < templates.size(); i++) {
            sum += templates.get(i).weight();
            cumulative[i] = sum;
        }
    }

    JournalTemplate pick(SplittableRandom random) {
        double roll = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (roll < cumulative[i]) {
                return templates.get(i);
            }
        }
        return templates.get(templates.size() - 1);
    }

    JournalTemplate named(String name) {
        return templates.stream().filter(t -> t.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no journal template " + name));
    }

    List<JournalTemplate> all() {
        return templates;
    }

}
