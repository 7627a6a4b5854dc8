package com.jaia.validation;

import java.nio.file.Path;
import java.util.function.Function;

import com.jaia.ledgerfile.RawRecord;
import com.jaia.pipeline.ImportFile;
import com.jaia.pipeline.ImportParameters;
import com.jaia.pipeline.ImportSettings;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The reader, processor and writer of one running partition, kept per thread: each partition runs on its own thread,
 * and plain per-thread objects cost nothing per record, where step-scoped proxies cost a reflective call each.
 */
final class PartitionWork {

    private static final ThreadLocal<PartitionWork> CURRENT = new ThreadLocal<>();

    private final long stepExecutionId;

    private final JournalFileReader reader;

    private final JournalLineProcessor processor;

    private final StagingFileWriter writer;

    private PartitionWork(long stepExecutionId, JournalFileReader reader, JournalLineProcessor processor,
            StagingFileWriter writer) {
        this.stepExecutionId = stepExecutionId;
        this.reader = reader;
        this.processor = processor;
        this.writer = writer;
    }

    /** The partition's work on this thread, built from its step execution when it opens. */
    private static PartitionWork current(ImportSettings settings) {
        StepExecution stepExecution = StepSynchronizationManager.getContext().getStepExecution();
        PartitionWork work = CURRENT.get();
        if (work == null || work.stepExecutionId != stepExecution.getId()) {
            work = create(stepExecution, settings);
            CURRENT.set(work);
        }
        return work;
    }

    private static PartitionWork create(StepExecution stepExecution, ImportSettings settings) {
        ExecutionContext context = stepExecution.getExecutionContext();
        JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
        long importId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        Path workDir = settings.workDirOf(importId);
        SourceFile source = SourceFile.readFrom(context);
        if (!source.path().startsWith(workDir)) {
            // a restart reads the file where it is now, which may not be where the first attempt found it
            source = source.withPath(ImportFile.locate(parameters));
        }
        JournalFileReader reader = new JournalFileReader(source, context.getLong(JournalFilePartitioner.START),
                context.getLong(JournalFilePartitioner.END), context.getLong(JournalFilePartitioner.START_LINE));
        HeaderMapping mapping = HeaderMapping.resolve(source.header(),
                MappingProfiles.load(settings.mappingDir(), settings.mappingProfile()));
        ImportParameters given = ImportParameters.from(parameters);
        ValidationRules rules = new ValidationRules(settings.fiscalYearStartMonth(), given.fiscalYear().orElse(null),
                given.businessUnit().orElse(settings.defaultBusinessUnit()),
                settings.maxFieldLength(), settings.rawLineMaxLength(), source.delimiter());
        JournalLineProcessor processor = new JournalLineProcessor(new JournalLineValidator(mapping, rules));
        StagingFileWriter writer = new StagingFileWriter(workDir, context.getInt(JournalFilePartitioner.PARTITION));
        if (writer.behindCheckpoint(context)) {
            for (String key : new String[] { JournalFileReader.POSITION, JournalFileReader.LINE,
                    ImportFacts.RECORDS_READ, StagingFileWriter.LINES_SIZE, StagingFileWriter.REJECTS_SIZE,
                    StagingFileWriter.VALID_COUNT, StagingFileWriter.REJECTED_COUNT,
                    StagingFileWriter.NORMALISED_COUNT }) {
                context.remove(key);
            }
        }
        return new PartitionWork(stepExecution.getId(), reader, processor, writer);
    }

    /** Reads the current partition's records. */
    static ItemStreamReader<RawRecord> reader(ImportSettings settings) {
        return new CurrentReader(settings);
    }

    /** Validates the current partition's records. */
    static ItemProcessor<RawRecord, StagedLine> processor() {
        return record -> CURRENT.get().processor.process(record);
    }

    /** Stages the current partition's lines and rejections. */
    static ItemStreamWriter<StagedLine> writer(ImportSettings settings) {
        return new CurrentWriter(settings);
    }

    /**
     * Opens, checkpoints and closes one part (reader or writer) of the current partition's work; opening builds the
     * work when this thread starts another partition.
     */
    private static class CurrentPart implements ItemStream {

        private final ImportSettings settings;

        private final Function<PartitionWork, ItemStream> part;

        CurrentPart(ImportSettings settings, Function<PartitionWork, ItemStream> part) {
            this.settings = settings;
            this.part = part;
        }

        private ItemStream part(PartitionWork work) {
            return part.apply(work);
        }

        @Override
        public void open(ExecutionContext context) {
            part(current(settings)).open(context);
        }

        @Override
        public void update(ExecutionContext context) {
            part(CURRENT.get()).update(context);
        }

        @Override
        public void close() {
            PartitionWork work = CURRENT.get();
            if (work != null) {
                part(work).close();
            }
        }

    }

    private static final class CurrentReader extends CurrentPart implements ItemStreamReader<RawRecord> {

        CurrentReader(ImportSettings settings) {
            super(settings, work -> work.reader);
        }

        @Override
        public RawRecord read() {
            return CURRENT.get().reader.read();
        }

    }

    /** The writer closes last, so closing it also lets go of the partition's work. */
    private static final class CurrentWriter extends CurrentPart implements ItemStreamWriter<StagedLine> {

        CurrentWriter(ImportSettings settings) {
            super(settings, work -> work.writer);
        }

        @Override
        public void write(Chunk<? extends StagedLine> chunk) {
            CURRENT.get().writer.write(chunk);
        }

        @Override
        public void close() {
            try {
                super.close();
            }
            finally {
                CURRENT.remove();
            }
        }

    }

}
