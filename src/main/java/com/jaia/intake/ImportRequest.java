package com.jaia.intake;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A ledger file to import, with what a caller may give along with it.
 *
 * @param file the file on local disk
 * @param fiscalYear the fiscal year of lines whose file has none; a line whose own year differs is rejected
 * @param businessUnit the business unit code of lines whose file has none (the file's own code wins)
 * @param origin where the request came from (cli, inbox, rest, s3, schedule), for the audit trail
 * @param replace whether the import replaces the journals that earlier imports hold in its scope (business unit,
 *        fiscal year, period) instead of refusing them as duplicates
 */
public record ImportRequest(Path file, Optional<Integer> fiscalYear, Optional<String> businessUnit, String origin,
        boolean replace) {

    /** The earliest and latest fiscal year an import may name. */
    public static final int MIN_FISCAL_YEAR = 1900, MAX_FISCAL_YEAR = 2200;

    public ImportRequest {
        fiscalYear = fiscalYear == null ? Optional.empty() : fiscalYear;
        fiscalYear.ifPresent(ImportRequest::checkFiscalYear);
        businessUnit = businessUnit == null ? Optional.empty() : businessUnit.map(String::strip).filter(u -> !u.isEmpty());
        origin = origin == null ? "cli" : origin;
    }

    public ImportRequest(Path file, Optional<Integer> fiscalYear, Optional<String> businessUnit, String origin) {
        this(file, fiscalYear, businessUnit, origin, false);
    }

    public static ImportRequest of(Path file, String origin) {
        return new ImportRequest(file, Optional.empty(), Optional.empty(), origin);
    }

    /** Refuses a fiscal year outside 1900-2200 with a message a person can act on. */
    public static void checkFiscalYear(Integer year) {
        if (year != null && (year < MIN_FISCAL_YEAR || year > MAX_FISCAL_YEAR)) {
            throw new IllegalArgumentException("fiscal year " + year + " is out of range: give a year from "
                    + MIN_FISCAL_YEAR + " to " + MAX_FISCAL_YEAR + ", or none to use the file's own years");
        }
    }

}
