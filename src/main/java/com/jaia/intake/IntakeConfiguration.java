package com.jaia.intake;

import javax.sql.DataSource;

import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * The landing folder for uploads and S3 downloads, S3 imports, and (server mode only) the cron sweeps and S3 watch.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    Uploads uploads(IntakeSettings settings) {
        return new Uploads(settings.uploadDir(), settings.maxUploadSize().toBytes());
    }

    @Bean
    S3Imports s3Imports(S3Client s3Client, Uploads uploads, ImportQueue importQueue, DataSource metaStore) {
        return new S3Imports(s3Client, uploads, importQueue, metaStore);
    }

    @Bean
    @ConditionalOnProperty(name = "jaia.mode", havingValue = "server", matchIfMissing = true)
    FolderSweep folderSweep(FolderImports folderImports, IntakeSettings settings) {
        return new FolderSweep(folderImports, settings.settleTime());
    }

    @Bean
    @ConditionalOnProperty(name = "jaia.mode", havingValue = "server", matchIfMissing = true)
    IntakeSchedules intakeSchedules(IntakeSettings settings, FolderSweep folderSweep, S3Imports s3Imports,
            Uploads uploads, @Qualifier("taskScheduler") TaskScheduler taskScheduler) {
        return new IntakeSchedules(settings, folderSweep, s3Imports, uploads, taskScheduler);
    }

}
