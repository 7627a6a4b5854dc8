package com.jaia.review;

/**
 * A journal of an import selected for review.
 *
 * @param importId the import that loaded it
 * @param fiscalYear its fiscal year
 * @param journalId its id
 * @param businessUnitCode its business unit, may be null
 * @param riskScore the journal risk score, 0 to 100
 * @param riskBand the journal risk band
 * @param mlScore the anomaly model's score, 0 to 1, may be null
 */
record ReviewCandidate(long importId, int fiscalYear, String journalId, String businessUnitCode, double riskScore,
        String riskBand, Double mlScore) {
}
