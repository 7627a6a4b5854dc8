package com.jaia.intake;

/**
 * An import that is refused before any row is read: the same content was already imported completely, or the file
 * cannot be imported at all. The message names the earlier import or the reason.
 */
public class ImportRejected extends RuntimeException {

    private final Long earlierImportId;

    public ImportRejected(String message, Long earlierImportId) {
        super(message);
        this.earlierImportId = earlierImportId;
    }

    /** The import that already holds this content, when that is why the import was refused. */
    public Long earlierImportId() {
        return earlierImportId;
    }

}
