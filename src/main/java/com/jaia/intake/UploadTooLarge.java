package com.jaia.intake;

/**
 * An upload is larger than {@code jaia.intake.max-upload-size}.
 */
public class UploadTooLarge extends RuntimeException {

    public UploadTooLarge(long limit) {
        super("the upload exceeds the limit of " + limit + " bytes (jaia.intake.max-upload-size)");
    }

}
