package com.jaia.validation;

import com.jaia.ledgerfile.RawRecord;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates one record into a journal line or a rejection; never filters, so every record read is written somewhere.
 */
class JournalLineProcessor implements ItemProcessor<RawRecord, StagedLine> {

    private final JournalLineValidator validator;

    JournalLineProcessor(JournalLineValidator validator) {
        this.validator = validator;
    }

    @Override
    public StagedLine process(RawRecord record) {
        return new StagedLine(validator.validate(record), record.offset());
    }

}
