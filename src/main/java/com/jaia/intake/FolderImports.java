package com.jaia.intake;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import com.jaia.pipeline.PlainExitDescriptions;
import com.jaia.problems.PlainReason;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Imports a file found in a watched or swept folder through the bounded launcher, then moves it according to how
 * its import ended.
 */
class FolderImports {

    private static final Log log = LogFactory.getLog(FolderImports.class);

    private final ImportQueue queue;

    private final InboxFiles files;

    FolderImports(ImportQueue queue, InboxFiles files) {
        this.queue = queue;
        this.files = files;
    }

    /**
     * Starts the import of {@code file} and answers a future that completes once the file has been moved.
     * @param origin how the file was found (inbox, schedule)
     */
    CompletableFuture<Path> importFile(Path folder, Path file, String origin) {
        ImportSubmission submission;
        try {
            submission = queue.submit(ImportRequest.of(file, origin));
        }
        catch (ImportRejected rejected) {
            Path moved = rejected.earlierImportId() != null ? files.duplicate(folder, file, rejected.getMessage())
                    : files.failed(folder, file, rejected.getMessage());
            log.info(file + " refused: " + rejected.getMessage());
            return CompletableFuture.completedFuture(moved);
        }
        catch (RuntimeException failure) {
            log.warn("could not start the import of " + file, failure);
            return CompletableFuture.completedFuture(files.failed(folder, file, "The import could not start: "
                    + PlainReason.of(failure) + "\nDrop the file into the inbox again; the details are in the log."));
        }
        log.info(file + " queued as job execution " + submission.execution().getId());
        return submission.completion().thenApply(ended -> settle(folder, file, ended));
    }

    private Path settle(Path folder, Path file, JobExecution ended) {
        if (ended.getStatus() == BatchStatus.COMPLETED
                && !PlainExitDescriptions.NOTHING_LOADED.equals(ended.getExitStatus().getExitCode())) {
            return files.processed(folder, file);
        }
        return files.failed(folder, file, why(ended));
    }

    /** What the {@code .error.txt} beside a failed file says: the outcome and its reason in plain words. */
    static String why(JobExecution ended) {
        String reason = PlainReason.clean(ended.getExitStatus().getExitDescription());
        String outcome = ended.getStatus() == BatchStatus.COMPLETED ? "loaded nothing" : "ended " + ended.getStatus();
        return "Import #" + ended.getJobInstance().getInstanceId() + " (job execution " + ended.getId() + ") "
                + outcome + ": " + reason + "\n"
                + (ended.getStatus() == BatchStatus.COMPLETED
                        ? "Nothing of this file was loaded; fix the rows listed by GET /api/v1/jobs/" + ended.getId()
                                + "/rejects and drop the corrected file into the inbox."
                        : "Fix the file and drop it into the inbox again, or restart the execution with POST "
                                + "/api/v1/jobs/" + ended.getId() + "/restart (the file is found here in failed/).");
    }

}
