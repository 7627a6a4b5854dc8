package com.jaia.intake;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A ledger file to import, with the overrides a caller may give.
 *
 * @param file the file on local disk
 * @param fiscalYear the fiscal year for every line, when the file has none
 * @param businessUnit the business unit code for every line, when the file has none
 * @param origin where the request came from (cli, inbox, rest, s3, schedule), for the audit trail
 */
public record ImportRequest(Path file, Optional<Integer> fiscalYear, Optional<String> businessUnit, String origin) {

    public ImportRequest {
        fiscalYear = fiscalYear == null ? Optional.empty() : fiscalYear;
        businessUnit = businessUnit == null ? Optional.empty() : businessUnit;
        origin = origin == null ? "cli" : origin;
    }

    public static ImportRequest of(Path file, String origin) {
        return new ImportRequest(file, Optional.empty(), Optional.empty(), origin);
    }

}
