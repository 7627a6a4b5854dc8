package com.jaia.loading;

/**
 * A rollback that did not happen: the import is unknown or already taken back, or another import may load into the
 * same scope right now. The message says which and what to do.
 */
public class RollbackRefused extends RuntimeException {

    private final boolean unknownImport;

    RollbackRefused(String message, boolean unknownImport) {
        super(message);
        this.unknownImport = unknownImport;
    }

    /** Whether the refusal is because the import does not exist. */
    public boolean unknownImport() {
        return unknownImport;
    }

}
