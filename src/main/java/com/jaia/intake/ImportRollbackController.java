package com.jaia.intake;

import com.jaia.loading.ImportRollback;
import com.jaia.loading.RollbackRefused;
import com.jaia.api.ProblemAnswers;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/v1/imports/{importId}}: rolls one import back and re-derives the fiscal years it touched.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports")
record ImportRollbackController(ImportRollback rollback) {

    @DeleteMapping("/{importId}")
    @Operation(operationId = "rollBackImport", summary = "Roll an import back",
            description = "Removes one import's lines, rejected rows, rule hits, scores and reviews in one "
                    + "transaction, marks it `rolled back` and re-derives its fiscal years; the same content can then "
                    + "be imported again. Refused while another import may load into the same scope.")
    @ProblemAnswers({ ProblemType.IMPORT_NOT_FOUND, ProblemType.ROLLBACK_REFUSED })
    ImportRollback.RolledBack rollback(@Parameter(description = "The import id") @PathVariable long importId) {
        return rollback.rollback(importId);
    }

    @ExceptionHandler(RollbackRefused.class)
    ProblemDetail rollbackRefused(RollbackRefused e) {
        return (e.unknownImport() ? ProblemType.IMPORT_NOT_FOUND : ProblemType.ROLLBACK_REFUSED).detail(e.getMessage());
    }

}
