package com.jaia.intake;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

import org.springframework.http.ProblemDetail;

/**
 * An import that is refused before any row is read: the same content was already imported completely, or the file
 * cannot be imported at all. The message names the earlier import or the reason.
 */
public class ImportRejected extends NamedProblem {

    private final Long earlierImportId;

    public ImportRejected(String message, Long earlierImportId) {
        super(ProblemType.IMPORT_REFUSED, message);
        this.earlierImportId = earlierImportId;
    }

    @Override
    public ProblemDetail detail() {
        ProblemDetail problem = super.detail();
        if (earlierImportId != null) {
            problem.setProperty("earlierImportId", earlierImportId);
        }
        return problem;
    }

    /** The import that already holds this content, when that is why the import was refused. */
    public Long earlierImportId() {
        return earlierImportId;
    }

}
