package com.jaia.rules;

/**
 * No journal lines carry the requested journal id.
 */
class JournalNotFound extends RuntimeException {

    JournalNotFound(String journalId) {
        super("no journal " + journalId + " in the ledger");
    }

}
