package com.jaia.rules;

import java.util.List;

/**
 * A bare journal id that more than one journal carries (in several business units or fiscal years); the candidates
 * say which {@code businessUnit} and {@code fiscalYear} to add.
 */
class AmbiguousJournal extends RuntimeException {

    private final transient List<RulesController.JournalKey> candidates;

    AmbiguousJournal(String journalId, List<RulesController.JournalKey> candidates) {
        super("journal id " + journalId + " is used by " + candidates.size() + " journals; add businessUnit and "
                + "fiscalYear to say which (see candidates)");
        this.candidates = List.copyOf(candidates);
    }

    List<RulesController.JournalKey> candidates() {
        return candidates;
    }

}
