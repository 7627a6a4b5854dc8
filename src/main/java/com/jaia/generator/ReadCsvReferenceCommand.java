package com.jaia.generator;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

import org.springframework.stereotype.Component;

/**
 * {@code read-csv-reference FILE [--memory-limit=512MB] [--threads=N]}: {@link ReadCsvReference} run inside JAIA. The
 * benchmark runs {@link ReadCsvReference} as a bare process instead, so the reference does not pay JAIA's start-up.
 */
@Component
class ReadCsvReferenceCommand implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) {
        return ReadCsvReference.run(arguments.given().toArray(String[]::new));
    }

}
