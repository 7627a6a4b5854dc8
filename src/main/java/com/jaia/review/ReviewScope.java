package com.jaia.review;

/**
 * Which deferred reviews a retry takes: those of one fiscal year and one business unit, or all when a part is null.
 *
 * @param fiscalYear the fiscal year, or null for every year
 * @param businessUnit the business unit code, or null for every unit
 */
public record ReviewScope(Integer fiscalYear, String businessUnit) {

    public ReviewScope {
        businessUnit = businessUnit == null || businessUnit.isBlank() ? null : businessUnit.strip();
    }

    /** Every deferred review. */
    public static ReviewScope all() {
        return new ReviewScope(null, null);
    }

    /** The scope in words, e.g. {@code fiscal year 2024, business unit BU1}. */
    public String describe() {
        if (fiscalYear == null && businessUnit == null) {
            return "every fiscal year and business unit";
        }
        return (fiscalYear == null ? "every fiscal year" : "fiscal year " + fiscalYear) + ", "
                + (businessUnit == null ? "every business unit" : "business unit " + businessUnit);
    }

}
