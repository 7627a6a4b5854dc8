package com.jaia.intake;

/**
 * No import with this id is in the imports ledger.
 */
class ImportNotFound extends RuntimeException {

    ImportNotFound(long importId) {
        super("no import " + importId + " in the imports ledger (GET /api/v1/imports lists them)");
    }

}
