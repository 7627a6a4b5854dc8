package com.jaia.validation;

import static com.jaia.validation.JournalField.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Reads the values of one record, field by field; the first bad value ends the row as a {@link Rejection}, carried
 * out by a stack-less {@link RowRejected} (never thrown for good rows).
 */
final class LineParser {

    private final HeaderMapping mapping;
    private final ValidationRules rules;
    private final RawRecord record;
    private final String[] fields;
    private String journalId;
    private boolean amountNormalised;

    LineParser(HeaderMapping mapping, ValidationRules rules, RawRecord record) {
        this.mapping = mapping;
        this.rules = rules;
        this.record = record;
        this.fields = record.fields();
    }

    JournalLine parse() {
        journalId = required(JOURNAL_ID, "a journal id");
        Integer lineNumber = number(JOURNAL_ID_LINE_NUMBER, 0, Integer.MAX_VALUE, "a line number");
        LocalDate effectiveDate = date(EFFECTIVE_DATE, true);
        String account = required(GL_ACCOUNT_NUMBER, "an account");
        SidedAmount sided = SidedAmount.read(this, mapping.amountLayout());
        BigDecimal amount = BigDecimal.valueOf(sided.cents(), 2);
        BigDecimal functional = functionalAmount(amount, sided.cents());
        int fiscalYear = fiscalYear(effectiveDate);
        int period = period(effectiveDate);
        String entryDateText = raw(ENTRY_DATE);
        LocalDate entryDate = date(ENTRY_DATE, false);
        LocalTime entryTime = time(ENTRY_TIME);
        if (entryTime == null && entryDate != null && Texts.isBlank(raw(ENTRY_TIME))) {
            entryTime = LedgerTimes.timeOfDateTime(entryDateText);
        }
        String glDetailId = Texts.code(raw(GL_DETAIL_ID));
        if (glDetailId == null) {
            glDetailId = journalId + "-" + (lineNumber != null ? lineNumber : record.lineNumber());
        }
        String businessUnit = Texts.code(raw(BUSINESS_UNIT_CODE));
        if (businessUnit == null) {
            businessUnit = rules.businessUnit();
        }
        return new JournalLine(record.lineNumber(), glDetailId, businessUnit, fiscalYear, period, journalId,
                lineNumber, effectiveDate, entryDate, entryTime, account, amount, currency(), functional,
                sided.side(), Texts.trimToNull(raw(JE_LINE_DESCRIPTION)), Texts.trimToNull(raw(SOURCE)),
                Texts.code(raw(VENDOR_CODE)), Texts.code(raw(DEPT_CODE)), Texts.code(raw(PREPARED_BY)),
                Texts.code(raw(APPROVED_BY)), date(APPROVED_DATE, false), Texts.code(raw(LAST_MODIFIED_BY)),
                date(LAST_MODIFIED_DATE, false), amountNormalised);
    }

    HeaderMapping mapping() {
        return mapping;
    }

    /** The field's value as read, or null when the file has no such column (or the record is short). */
    String raw(JournalField field) {
        int index = mapping.index(field);
        return index < 0 || index >= fields.length ? null : fields[index];
    }

    /** Ends the row: never returns. */
    RowRejected reject(String column, RejectReason reason, String message) {
        String id = journalId;
        if (id == null) {
            String candidate = Texts.code(raw(JOURNAL_ID));
            id = candidate != null && candidate.length() <= rules.maxFieldLength() ? candidate : null;
        }
        throw new RowRejected(new Rejection(record.lineNumber(), id, column, reason, message,
                record.rawLine(rules.delimiter(), rules.rawLineMaxLength())));
    }

    /** Rejects the field's value with the reason, quoting it after the header. */
    RowRejected rejectValue(JournalField field, RejectReason reason, String problem) {
        String header = mapping.header(field);
        return reject(header, reason, header + " \"" + Texts.excerpt(String.valueOf(raw(field)), 100) + "\" "
                + problem);
    }

    /** Rejects the row because a required field is empty. */
    RowRejected rejectEmpty(JournalField field, String what) {
        String header = mapping.header(field);
        return reject(header, RejectReason.MISSING_VALUE, header + " is empty; every line needs " + what);
    }

    private String required(JournalField field, String what) {
        String value = Texts.code(raw(field));
        if (value == null) {
            throw rejectEmpty(field, what);
        }
        return value;
    }

    private LocalDate date(JournalField field, boolean required) {
        String text = raw(field);
        if (Texts.isBlank(text)) {
            if (required) {
                throw rejectEmpty(field, "an effective date");
            }
            return null;
        }
        LocalDate date = LedgerDates.parse(text);
        if (date == null) {
            throw rejectValue(field, RejectReason.BAD_DATE, LedgerDates.problem(text));
        }
        return date;
    }

    private LocalTime time(JournalField field) {
        String text = raw(field);
        if (Texts.isBlank(text)) {
            return null;
        }
        LocalTime time = LedgerTimes.parse(text);
        if (time == null) {
            throw rejectValue(field, RejectReason.BAD_TIME, LedgerTimes.problem(text));
        }
        return time;
    }

    private Integer number(JournalField field, int min, int max, String what) {
        String text = raw(field);
        if (Texts.isBlank(text)) {
            return null;
        }
        long value = WholeNumbers.parse(text);
        if (value < min || value > max) {
            throw rejectValue(field, RejectReason.BAD_NUMBER, "is not " + what + " (a whole number "
                    + (max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max) + ")");
        }
        return (int) value;
    }

    private int fiscalYear(LocalDate effectiveDate) {
        Integer year = number(FISCAL_YEAR, LedgerDates.MIN_YEAR, LedgerDates.MAX_YEAR, "a fiscal year");
        Integer given = rules.givenFiscalYear();
        if (year == null) {
            return given != null ? given : FiscalCalendar.fiscalYear(effectiveDate, rules.fiscalYearStartMonth());
        }
        if (given != null && given.intValue() != year) {
            throw rejectValue(FISCAL_YEAR, RejectReason.FISCAL_YEAR_MISMATCH, "differs from the fiscal year " + given
                    + " given with the import; the file's own year wins, so import without the fiscal year or with "
                    + year);
        }
        return year;
    }

    private int period(LocalDate effectiveDate) {
        Integer period = number(ACCOUNTING_PERIOD, 1, 16, "an accounting period");
        return period != null ? period : FiscalCalendar.period(effectiveDate, rules.fiscalYearStartMonth());
    }

    private BigDecimal functionalAmount(BigDecimal amount, long amountCents) {
        String text = raw(FUNCTIONAL_AMOUNT);
        if (Texts.isBlank(text)) {
            return amount;
        }
        long cents = Amounts.scan(text);
        if (cents == Amounts.TOO_MANY_DECIMALS) {
            cents = floatNoise(FUNCTIONAL_AMOUNT, text, CurrencyDecimals.STORED);
        }
        else if (!Amounts.isValid(cents)) {
            throw rejectValue(FUNCTIONAL_AMOUNT, RejectReason.BAD_AMOUNT, Amounts.problem(text));
        }
        cents = Math.abs(cents);
        return cents == amountCents ? amount : BigDecimal.valueOf(cents, 2);
    }

    /**
     * The amount in hundredths of a value written with floating-point noise, rounded to {@code decimals}; the line
     * counts as normalised. Rejects the row when the value is not that close to such an amount.
     */
    long floatNoise(JournalField field, String text, int decimals) {
        long cents = Amounts.scanNoisy(text, decimals);
        if (Amounts.isValid(cents)) {
            amountNormalised = true;
            return cents;
        }
        if (cents == Amounts.TOO_MANY_DECIMALS) {
            throw rejectValue(field, RejectReason.BAD_AMOUNT, "has more than 2 decimals and is not within "
                    + Amounts.NOISE.toPlainString() + " of an amount with " + decimals + " decimal"
                    + (decimals == 1 ? "" : "s") + (field == FUNCTIONAL_AMOUNT || currencyCode() == null ? ""
                            : " (" + currencyCode() + ")"));
        }
        throw rejectValue(field, RejectReason.BAD_AMOUNT, Amounts.problem(text));
    }

    /** The line's currency code as written (upper-cased when it has three letters), or null. */
    String currencyCode() {
        return currency();
    }

    private String currency() {
        String code = Texts.code(raw(AMOUNT_CURRENCY));
        return code == null || code.length() != 3 ? code : code.toUpperCase(java.util.Locale.ROOT);
    }

    /** A row's rejection on its way out of the parser; cheap because it has no stack trace. */
    static final class RowRejected extends RuntimeException {

        final transient Rejection rejection;

        RowRejected(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }

    }

}
