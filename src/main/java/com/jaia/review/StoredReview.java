package com.jaia.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One journal's review as the API lists it.
 *
 * @param importId the import that loaded the journal
 * @param fiscalYear its fiscal year
 * @param businessUnit its business unit
 * @param journalId its id
 * @param riskScore the journal risk score when it was selected
 * @param riskBand the journal risk band
 * @param status {@code reviewed}, {@code skipped} or {@code deferred}
 * @param reason why it was skipped or deferred, null when reviewed
 * @param verdict {@code likely_legitimate}, {@code needs_follow_up} or {@code suspicious}, null unless reviewed
 * @param confidence the model's confidence, 0 to 1
 * @param rationale the model's reasons, with the real names restored
 * @param suggestedProcedure the audit procedure the model suggests
 * @param provider the provider that answered
 * @param model the model that answered
 * @param cost what the calls cost
 * @param reviewedAt when the row was last written (UTC)
 */
public record StoredReview(long importId, int fiscalYear, String businessUnit, String journalId, Double riskScore,
        String riskBand, String status, String reason, String verdict, Double confidence, String rationale,
        String suggestedProcedure, String provider, String model, BigDecimal cost, OffsetDateTime reviewedAt) {
}
