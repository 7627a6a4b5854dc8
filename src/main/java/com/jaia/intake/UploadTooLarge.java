package com.jaia.intake;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

/**
 * An upload is larger than {@code jaia.intake.max-upload-size}.
 */
public class UploadTooLarge extends NamedProblem {

    public UploadTooLarge(long limit) {
        super(ProblemType.UPLOAD_TOO_LARGE, "the upload exceeds the limit of " + limit + " bytes (jaia.intake.max-upload-size)");
    }

}
