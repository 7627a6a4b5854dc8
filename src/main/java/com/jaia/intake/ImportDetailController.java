package com.jaia.intake;

import com.jaia.api.ProblemAnswers;
import com.jaia.loading.ImportLedger;
import com.jaia.loading.ImportLedgerEntry;
import com.jaia.problems.ProblemType;
import com.jaia.rules.LedgerProfiles;
import com.jaia.validation.ValidationCounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/imports/{importId}}: one import with its reconciliation, rejects by reason, normalised amounts
 * and the ledger profile the rules inferred for it.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports")
record ImportDetailController(ImportLedger ledger, LedgerProfiles profiles) {

    @GetMapping("/{importId}")
    @Operation(operationId = "getImport", summary = "Read one import",
            description = "The import's row of the imports ledger (file, rows and journals loaded and rejected, debit "
                    + "and credit totals), its rejected rows by reason, the amounts normalised, and the ledger "
                    + "profile its rules run inferred.")
    @ProblemAnswers(ProblemType.IMPORT_NOT_FOUND)
    ImportDetail detail(@Parameter(description = "The import id") @PathVariable long importId) {
        ImportLedgerEntry entry = ledger.findById(importId).orElseThrow(() -> new ImportNotFound(importId));
        return new ImportDetail(entry, ledger.rejectsByReason(importId).entrySet().stream()
            .map(reason -> new ImportDetail.RejectCount(reason.getKey(), reason.getValue())).toList(),
                new ImportDetail.AmountNormalisation(entry.amountsNormalised(),
                        entry.amountsNormalised() == null ? "not counted for this import"
                                : ValidationCounts.normalisation(entry.amountsNormalised())),
                profiles.ofImport(importId).orElse(null));
    }

    @ExceptionHandler(ImportNotFound.class)
    ProblemDetail importNotFound(ImportNotFound e) {
        return ProblemType.IMPORT_NOT_FOUND.detail(e.getMessage());
    }

}
