package com.jaia.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How files reach the import job in server mode: watched folders, uploads, S3 and schedules.
 *
 * @param inboxes the watched folders ({@code data/inbox} by default); each gets {@code processed/}, {@code failed/}
 * and {@code duplicates/} sub-folders
 * @param watch whether the watched folders are polled at all
 * @param pollInterval how often the watched folders and the S3 prefix are scanned
 * @param settleTime how long a file must stay unchanged before it counts as complete
 * @param maxUploadSize the largest REST upload accepted; larger ones are answered with 413
 * @param uploadDir where REST uploads and S3 downloads are written before their import
 * @param uploadRetention how long an upload whose import failed or was interrupted is kept for a restart before it is
 * removed (a completed import's upload is removed at once); checked every hour
 * @param s3 the optional S3 prefix to watch
 * @param schedules cron schedules that sweep a folder or an S3 prefix
 */
@ConfigurationProperties("jaia.intake")
public record IntakeSettings(List<Path> inboxes, Boolean watch, Duration pollInterval, Duration settleTime,
        DataSize maxUploadSize, Path uploadDir, Duration uploadRetention, S3Watch s3, List<Schedule> schedules) {

    public IntakeSettings {
        inboxes = inboxes == null || inboxes.isEmpty() ? List.of(Path.of("data", "inbox")) : List.copyOf(inboxes);
        watch = watch == null || watch;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        settleTime = settleTime == null ? Duration.ofSeconds(2) : settleTime;
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(500) : maxUploadSize;
        uploadDir = uploadDir == null ? Path.of("data", "uploads") : uploadDir;
        uploadRetention = uploadRetention == null ? Duration.ofDays(7) : uploadRetention;
        s3 = s3 == null ? new S3Watch(null, null) : s3;
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    /**
     * An S3 prefix whose new objects are imported exactly once.
     *
     * @param bucket the bucket; no polling when empty
     * @param prefix the key prefix (empty for the whole bucket)
     */
    public record S3Watch(String bucket, String prefix) {

        public S3Watch {
            prefix = prefix == null ? "" : prefix;
        }

        boolean enabled() {
            return bucket != null && !bucket.isBlank();
        }

    }

    /**
     * A recurring sweep: at each cron tick every complete file of the folder (or every new object under the S3 URI)
     * is imported, unless the previous run of the same schedule is still going.
     *
     * @param name shown in logs and the status page
     * @param cron a Spring cron expression (six fields, seconds first)
     * @param folder the folder to sweep, or null
     * @param s3Uri an {@code s3://bucket/prefix} to sweep, or null
     */
    public record Schedule(String name, String cron, Path folder, String s3Uri) {
    }

}
