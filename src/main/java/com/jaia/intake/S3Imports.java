package com.jaia.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import com.jaia.duckdb.SqlScript;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports S3 objects: one on request, or every object under a prefix that was not imported before. Objects already
 * handled are remembered in SQLite by bucket, key and ETag, so a restart does not import them again.
 */
class S3Imports {

    private static final Log log = LogFactory.getLog(S3Imports.class);

    private final S3Client s3;

    private final Uploads uploads;

    private final ImportQueue queue;

    private final JdbcClient metaStore;

    S3Imports(S3Client s3, Uploads uploads, ImportQueue queue, DataSource metaStore) {
        this.s3 = s3;
        this.uploads = uploads;
        this.queue = queue;
        this.metaStore = JdbcClient.create(metaStore);
        this.metaStore.sql(SqlScript.read("db/intake/s3-objects-table.sql")).update();
    }

    /** Downloads one object (streamed to disk) and queues its import. */
    ImportSubmission importObject(S3Location object, Optional<Integer> fiscalYear, Optional<String> businessUnit) {
        return importObject(object, fiscalYear, businessUnit, false);
    }

    ImportSubmission importObject(S3Location object, Optional<Integer> fiscalYear, Optional<String> businessUnit,
            boolean replace) {
        Path file = download(object);
        try {
            ImportSubmission submission = queue.submit(new ImportRequest(file, fiscalYear, businessUnit, "s3",
                    replace));
            submission.completion().thenAccept(ended -> {
                if (ended.getStatus() == BatchStatus.COMPLETED) {
                    uploads.discard(file);
                }
            });
            return submission;
        }
        catch (RuntimeException refused) {
            uploads.discard(file);
            throw refused;
        }
    }

    /** Queues every object under the prefix not seen before; answers futures of the imports it started. */
    synchronized List<CompletableFuture<?>> sweep(S3Location prefix) {
        List<CompletableFuture<?>> started = new ArrayList<>();
        ListObjectsV2Request list = ListObjectsV2Request.builder().bucket(prefix.bucket()).prefix(prefix.key()).build();
        for (S3Object object : s3.listObjectsV2Paginator(list).contents()) {
            if (object.key().endsWith("/") || !CompleteFiles.isCompleteName(Path.of(object.key()).getFileName())
                    || seen(prefix.bucket(), object)) {
                continue;
            }
            S3Location location = new S3Location(prefix.bucket(), object.key());
            String outcome;
            Long executionId = null;
            try {
                ImportSubmission submission = importObject(location, Optional.empty(), Optional.empty());
                executionId = submission.execution().getId();
                outcome = "queued";
                started.add(submission.completion());
            }
            catch (ImportRejected rejected) {
                outcome = "refused: " + rejected.getMessage();
            }
            remember(location, object.eTag(), executionId, outcome);
            log.info(location + " " + outcome + (executionId == null ? "" : " as job execution " + executionId));
        }
        return started;
    }

    private Path download(S3Location object) {
        try {
            return uploads.receive(s3.getObject(GetObjectRequest.builder().bucket(object.bucket())
                .key(object.key())
                .build()), Path.of(object.key()).getFileName().toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot download " + object, e);
        }
    }

    private boolean seen(String bucket, S3Object object) {
        return metaStore.sql("SELECT count(*) FROM intake_s3_objects WHERE bucket = ? AND object_key = ? AND etag = ?")
            .params(bucket, object.key(), object.eTag())
            .query(Long.class)
            .single() > 0;
    }

    private void remember(S3Location location, String etag, Long executionId, String outcome) {
        metaStore.sql(SqlScript.read("db/intake/s3-objects-remember.sql"))
            .params(location.bucket(), location.key(), etag, executionId, outcome)
            .update();
    }

}
