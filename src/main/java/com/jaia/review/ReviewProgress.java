package com.jaia.review;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.jaia.observability.ProgressBoard;
import com.jaia.pipeline.ImportContext;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Reports the review step's progress: journals done of those selected, with how many were reviewed, skipped (and
 * any other outcome) so far. One listener serves every running execution of the step, told apart by import.
 */
class ReviewProgress implements StepExecutionListener, ItemWriteListener<JournalReview>,
        SkipListener<ReviewCandidate, JournalReview> {

    private final ReviewCandidates candidates;

    private final ProgressBoard board;

    private final Map<Long, Tally> running = new ConcurrentHashMap<>();

    ReviewProgress(ReviewCandidates candidates, ProgressBoard board) {
        this.candidates = candidates;
        this.board = board;
    }

    @Override
    public void beforeStep(StepExecution step) {
        Object importId = step.getJobExecution().getExecutionContext().get(ImportContext.IMPORT_ID);
        if (importId instanceof Number id) {
            Tally tally = new Tally(step, candidates.select(id.longValue()).size());
            running.put(id.longValue(), tally);
            tally.report(board);
        }
    }

    @Override
    public void afterWrite(Chunk<? extends JournalReview> reviews) {
        for (JournalReview review : reviews) {
            count(review.candidate(), review.status());
        }
    }

    @Override
    public void onSkipInProcess(ReviewCandidate candidate, Throwable failure) {
        count(candidate, "skipped");
    }

    private void count(ReviewCandidate candidate, String status) {
        Tally tally = running.get(candidate.importId());
        if (tally != null) {
            tally.add(status);
            tally.report(board);
        }
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution step) {
        Object importId = step.getJobExecution().getExecutionContext().get(ImportContext.IMPORT_ID);
        if (importId instanceof Number id) {
            running.remove(id.longValue());
        }
        return null;
    }

    /** Outcomes of one execution so far. */
    private static final class Tally {

        private final StepExecution step;

        private final long selected;

        private final Map<String, Long> counts = new TreeMap<>(Map.of("reviewed", 0L, "deferred", 0L, "skipped", 0L));

        Tally(StepExecution step, long selected) {
            this.step = step;
            this.selected = selected;
        }

        synchronized void add(String status) {
            counts.merge(status, 1L, Long::sum);
        }

        synchronized void report(ProgressBoard board) {
            long done = counts.values().stream().mapToLong(Long::longValue).sum();
            board.report(step, done, selected, "journals", describe(done), counts);
        }

        private String describe(long done) {
            StringBuilder text = new StringBuilder();
            counts.forEach((status, n) -> text.append(text.isEmpty() ? "" : ", ").append(status).append(' ').append(n));
            return text.append(" of ").append(selected).append(" selected").toString();
        }

    }

}
