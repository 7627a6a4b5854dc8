package com.jaia.intake;

import com.jaia.problems.ProblemType;

import org.springframework.web.ErrorResponseException;

/**
 * An upload without content: refused at once, before an import is queued.
 */
class EmptyUpload extends ErrorResponseException {

    EmptyUpload(String fileName) {
        super(ProblemType.EMPTY_UPLOAD.status(), ProblemType.EMPTY_UPLOAD.detail("The uploaded file "
                + (fileName == null || fileName.isBlank() ? "" : "'" + fileName + "' ")
                + "is empty; send the ledger file's content in the form field 'file'."), null);
    }

}
