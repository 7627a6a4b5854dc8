package com.jaia.intake;

import java.net.URI;

import com.jaia.loading.ImportRollback;
import com.jaia.loading.RollbackRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
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
@Tag(name = "imports", description = "Start imports and list the imports ledger")
class ImportRollbackController {

    private final ImportRollback rollback;

    ImportRollbackController(ImportRollback rollback) {
        this.rollback = rollback;
    }

    @DeleteMapping("/{importId}")
    @Operation(summary = "Rolls one import back: its rows and everything derived from them, then re-derives its scope")
    ImportRollback.RolledBack rollback(@PathVariable long importId) {
        return rollback.rollback(importId);
    }

    @ExceptionHandler(RollbackRefused.class)
    ProblemDetail rollbackRefused(RollbackRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                e.unknownImport() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(e.unknownImport() ? "Import not found" : "Rollback refused");
        problem.setType(URI.create(e.unknownImport() ? "/problems/import-not-found" : "/problems/rollback-refused"));
        return problem;
    }

}
