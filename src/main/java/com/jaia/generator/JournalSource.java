package com.jaia.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a profile's journals come from: the days it posts on, clean journals, and injected anomalies with their labels.
 */
interface JournalSource {

    /** The posting days of the ledger, in order; lines are spread evenly over them. */
    List<LocalDate> days();

    /**
     * A clean journal dated {@code day}; when {@code remaining} is at most {@link Journal#MAX_LINES} it has exactly that
     * many lines, otherwise it leaves at least 2 lines to write.
     */
    Journal clean(LocalDate day, long remaining);

    /** The journals of one injected anomaly around {@code day}; their labels are added to {@code labels}. */
    List<Journal> inject(LocalDate day, List<AnomalyLabel> labels);

    /** The chance of starting an injection before a journal so that {@code rate} of all journals end up labelled. */
    double injectionChance(double rate);

}
