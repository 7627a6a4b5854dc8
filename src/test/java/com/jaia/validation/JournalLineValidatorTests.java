package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JournalLineValidatorTests {

    private static final String[] JAPANESE = {"伝票番号", "行番号", "計上日", "入力日", "入力時刻", "勘定科目コード", "金額",
        "借貸区分", "摘要", "部門コード", "取引先コード", "起票者", "承認者", "承認日", "通貨"};
    private static final String[] DEBIT_CREDIT = {"伝票日付", "伝票番号", "勘定科目", "借方金額", "貸方金額", "摘要"};
    private static final String[] SIGNED = {"journal_id", "effective_date", "account", "amount"};
    private static final String[] PERIODS = {"journal_id", "effective_date", "account", "amount", "fiscal_year",
        "accounting_period"};

    private final ValidationRules rules = ValidationRules.defaults();

    @Test
    void readsEveryColumnOfAnEarlierJaiaFile() {
        String[] headers = HeaderMappingTests.EARLIER_JAIA_COLUMNS.toArray(String[]::new);
        JournalLine line = line(headers, "GL-1", "BU01", "2023", "13", "JE-9", "3", "2024-03-31", "2024-04-02",
                "10:15:30", "4000", "-1500.50", "usd", "-225075", "C", "Sales", "AR", "V01", "D01", "alice", "bob",
                "2024-04-03", "carol", "2024-04-04");
        assertThat(line).isEqualTo(new JournalLine(2, "GL-1", "BU01", 2023, 13, "JE-9", 3, LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 4, 2), LocalTime.of(10, 15, 30), "4000", new BigDecimal("1500.50"), "USD",
                new BigDecimal("225075.00"), 'D', "Sales", "AR", "V01", "D01", "alice", "bob", LocalDate.of(2024, 4, 3),
                "carol", LocalDate.of(2024, 4, 4), false));
    }

    @Test
    void normalisesAJapaneseLedgerRow() {
        JournalLine line = line(JAPANESE, " Ｊ００１ ", "１", "令和6年4月1日", "2024/04/01 09:05", "", "０１００", "¥1,234",
                "貸方", "　売上　", "", "", "山田", "", "", "");
        assertThat(line.journalId()).isEqualTo("J001");
        assertThat(line.accountNumber()).isEqualTo("0100");
        assertThat(line.amount()).isEqualTo(new BigDecimal("1234.00"));
        assertThat(line.side()).isEqualTo('C');
        assertThat(line.effectiveDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(line.entryTime()).as("time part of the entry date").isEqualTo(LocalTime.of(9, 5));
        assertThat(line.description()).isEqualTo("売上");
        assertThat(line.deptCode()).isNull();
        assertThat(line.approvedDate()).isNull();
        assertThat(line.amountCurrency()).isNull();
        assertThat(line.functionalAmount()).isSameAs(line.amount());
        assertThat(line.glDetailId()).isEqualTo("J001-1");
        assertThat(line.fiscalYear()).isEqualTo(2024);
        assertThat(line.accountingPeriod()).isEqualTo(1);
    }

    @Test
    void flipsTheSideOfNegativeAmounts() {
        JournalLine line = line(JAPANESE, "J1", "1", "2024-05-10", "", "", "100", "(500)", "借", "", "", "", "", "",
                "", "");
        assertThat(line.side()).isEqualTo('C');
        assertThat(line.amount()).isEqualTo(new BigDecimal("500.00"));
    }

    @Test
    void takesTheSideFromASignedAmount() {
        assertThat(line(SIGNED, "J1", "2024-04-01", "100", "1,000").side()).isEqualTo('D');
        JournalLine credit = line(SIGNED, "J1", "2024-04-01", "100", "−1,000");
        assertThat(credit.side()).isEqualTo('C');
        assertThat(credit.amount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void readsSeparateDebitAndCreditColumns() {
        JournalLine debit = line(DEBIT_CREDIT, "2024/04/01", "1", "現金", "1,000", "", "");
        assertThat(debit.side()).isEqualTo('D');
        assertThat(debit.accountNumber()).isEqualTo("現金");
        JournalLine credit = line(DEBIT_CREDIT, "2024/04/01", "1", "売上", "0", "1,000", "");
        assertThat(credit.side()).isEqualTo('C');
        assertThat(credit.amount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(line(DEBIT_CREDIT, "2024/04/01", "1", "売上", "-300", "", "").side()).isEqualTo('C');
        assertThat(line(DEBIT_CREDIT, "2024/04/01", "1", "売上", "0", "0", "").amount()).isZero();
    }

    @Test
    void rejectsDebitAndCreditBothFilledOrBothEmpty() {
        Rejection both = rejection(DEBIT_CREDIT, "2024/04/01", "1", "現金", "1,000", "500", "");
        assertThat(both.reason()).isEqualTo(RejectReason.AMBIGUOUS_SIDE);
        assertThat(both.message()).isEqualTo(
                "借方金額 \"1,000\" and 貸方金額 \"500\" are both filled; a line is either a debit or a credit");
        Rejection neither = rejection(DEBIT_CREDIT, "2024/04/01", "1", "現金", "", " ", "");
        assertThat(neither.reason()).isEqualTo(RejectReason.AMBIGUOUS_SIDE);
        assertThat(neither.message()).contains("both empty");
    }

    @Test
    void derivesFiscalYearAndPeriodFromTheConfiguredStartMonth() {
        JournalLine april = line(SIGNED, "J1", "2025-03-31", "1", "1");
        assertThat(april.fiscalYear()).isEqualTo(2024);
        assertThat(april.accountingPeriod()).isEqualTo(12);
        JournalLine calendar = validator(SIGNED, new ValidationRules(1, null, "BU9", 0, 0, ','))
                .validate(record(SIGNED, "J1", "2025-03-31", "1", "1")) instanceof JournalLine l ? l : null;
        assertThat(calendar.fiscalYear()).isEqualTo(2025);
        assertThat(calendar.accountingPeriod()).isEqualTo(3);
        assertThat(calendar.businessUnitCode()).isEqualTo("BU9");
        JournalLine overridden = (JournalLine) validator(SIGNED, new ValidationRules(4, 2030, null, 0, 0, ','))
                .validate(record(SIGNED, "J1", "2025-03-31", "1", "1"));
        assertThat(overridden.fiscalYear()).isEqualTo(2030);
    }

    @Test
    void usesFiscalYearAndPeriodColumnsWhenFilled() {
        JournalLine adjustment = line(PERIODS, "J1", "2025-03-31", "1", "1", "2024", "16");
        assertThat(adjustment.accountingPeriod()).isEqualTo(16);
        JournalLine derived = line(PERIODS, "J1", "2025-03-31", "1", "1", "", "");
        assertThat(derived.accountingPeriod()).isEqualTo(12);
        Rejection period = rejection(PERIODS, "J1", "2025-03-31", "1", "1", "2024", "17");
        assertThat(period.reason()).isEqualTo(RejectReason.BAD_NUMBER);
        assertThat(period.message()).isEqualTo("accounting_period \"17\" is not an accounting period "
                + "(a whole number from 1 to 16)");
        assertThat(rejection(PERIODS, "J1", "2025-03-31", "1", "1", "FY24", "1").column()).isEqualTo("fiscal_year");
    }

    @Test
    void buildsTheDetailIdFromTheRecordLineWhenThereIsNoLineNumber() {
        assertThat(validator(SIGNED, rules).validate(new RawRecord(42, new String[] {"J7", "2024-04-01", "1", "1"}))
                .journalId()).isEqualTo("J7");
        JournalLine line = (JournalLine) validator(SIGNED, rules)
                .validate(new RawRecord(42, new String[] {"J7", "2024-04-01", "1", "1"}));
        assertThat(line.glDetailId()).isEqualTo("J7-42");
        assertThat(line.journalLineNumber()).isNull();
    }

    @Test
    void rejectsMissingRequiredValues() {
        assertMissing(rejection(JAPANESE, " ", "1", "2024-04-01", "", "", "100", "1", "D", "", "", "", "", "", "", ""),
                "伝票番号 is empty; every line needs a journal id");
        assertMissing(rejection(JAPANESE, "J1", "1", "", "", "", "100", "1", "D", "", "", "", "", "", "", ""),
                "計上日 is empty; every line needs an effective date");
        assertMissing(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "", "1", "D", "", "", "", "", "", "", ""),
                "勘定科目コード is empty; every line needs an account");
        assertMissing(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "", "D", "", "", "", "", "", "", ""),
                "金額 is empty; every line needs an amount");
        assertMissing(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "1", "", "", "", "", "", "", "", ""),
                "借貸区分 is empty; every line needs a debit/credit indicator");
    }

    @Test
    void rejectsBadValuesNamingTheColumnAndQuotingTheValue() {
        Rejection date = rejection(JAPANESE, "J1", "1", "2024/13/01", "", "", "1", "1", "D", "", "", "", "", "", "", "");
        assertThat(date).isEqualTo(new Rejection(2, "J1", "計上日", RejectReason.BAD_DATE,
                "計上日 \"2024/13/01\" is not a real calendar date", "J1,1,2024/13/01,,,1,1,D,,,,,,,"));
        assertRejected(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "25:00", "1", "1", "D", "", "", "", "", "", "",
                ""), RejectReason.BAD_TIME, "入力時刻 \"25:00\" is not a time (expected HH:mm, HH:mm:ss or HHmmss)");
        assertRejected(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "12.345", "D", "", "", "", "", "", "",
                ""), RejectReason.BAD_AMOUNT, "金額 \"12.345\" has more than 2 decimals and is not within 0.000001 of an amount "
                        + "with 2 decimals");
        assertRejected(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "12a", "D", "", "", "", "", "", "",
                ""), RejectReason.BAD_AMOUNT, "金額 \"12a\" is not an amount");
        assertRejected(rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "1", "X", "", "", "", "", "", "", ""),
                RejectReason.UNKNOWN_SIDE, "借貸区分 \"X\" is not a debit/credit indicator "
                        + "(expected D/C, 借/貸, 借方/貸方, Debit/Credit or 1/2)");
        assertRejected(rejection(JAPANESE, "J1", "x", "2024-04-01", "", "", "1", "1", "D", "", "", "", "", "", "", ""),
                RejectReason.BAD_NUMBER, "行番号 \"x\" is not a line number (a whole number of at least 0)");
        assertRejected(rejection(JAPANESE, "J1", "1", "2024-04-01", "20240230", "", "1", "1", "D", "", "", "", "", "",
                "", ""), RejectReason.BAD_DATE, "入力日 \"20240230\" is not a real calendar date");
    }

    @Test
    void acceptsFloatingPointNoiseAsTheAmountWithTheCurrencysDecimals() {
        String[] headers = HeaderMappingTests.EARLIER_JAIA_COLUMNS.toArray(String[]::new);
        JournalLine dollars = line(headers, earlierJaiaRow("8131.200000000001", "USD", "8131.199999999999"));
        assertThat(dollars.amount()).isEqualTo(new BigDecimal("8131.20"));
        assertThat(dollars.functionalAmount()).isEqualTo(new BigDecimal("8131.20"));
        assertThat(dollars.amountNormalised()).isTrue();
        JournalLine yen = line(headers, earlierJaiaRow("8131.000000000001", "JPY", "8131"));
        assertThat(yen.amount()).isEqualTo(new BigDecimal("8131.00"));
        assertThat(yen.amountNormalised()).isTrue();
        JournalLine plain = line(headers, earlierJaiaRow("8131.20", "USD", "8131.20"));
        assertThat(plain.amountNormalised()).isFalse();
        assertThat(line(headers, earlierJaiaRow("8131.200", "USD", "")).amountNormalised()).as("zeros are not noise")
            .isFalse();
    }

    @Test
    void rejectsMoreDecimalsThanNoiseWithItsLineNumber() {
        String[] headers = HeaderMappingTests.EARLIER_JAIA_COLUMNS.toArray(String[]::new);
        Rejection dollars = rejection(headers, earlierJaiaRow("12.345", "USD", ""));
        assertThat(dollars.lineNumber()).isEqualTo(2);
        assertRejected(dollars, RejectReason.BAD_AMOUNT, "amount \"12.345\" has more than 2 decimals and is not "
                + "within 0.000001 of an amount with 2 decimals (USD)");
        assertRejected(rejection(headers, earlierJaiaRow("12.345", "JPY", "")), RejectReason.BAD_AMOUNT,
                "amount \"12.345\" has more than 2 decimals and is not within 0.000001 of an amount with 0 decimals "
                        + "(JPY)");
        assertRejected(rejection(headers, earlierJaiaRow("8131.200000000001", "JPY", "")), RejectReason.BAD_AMOUNT,
                "amount \"8131.200000000001\" has more than 2 decimals and is not within 0.000001 of an amount with 0 "
                        + "decimals (JPY)");
        assertRejected(rejection(headers, earlierJaiaRow("5", "USD", "5.0001")), RejectReason.BAD_AMOUNT,
                "functional_amount \"5.0001\" has more than 2 decimals and is not within 0.000001 of an amount with 2 "
                        + "decimals");
    }

    private static String[] earlierJaiaRow(String amount, String currency, String functionalAmount) {
        return new String[] {"GL-1", "BU01", "2024", "1", "JE-1", "1", "2024-04-01", "2024-04-01", "10:00", "4000",
            amount, currency, functionalAmount, "D", "", "", "", "", "", "", "", "", ""};
    }

    @Test
    void rejectsRowsWithTheWrongNumberOfFields() {
        Rejection fewer = rejection(SIGNED, "J1", "2024-04-01", "1");
        assertThat(fewer.reason()).isEqualTo(RejectReason.WRONG_FIELD_COUNT);
        assertThat(fewer.message()).isEqualTo("the row has 3 fields but the header has 4 columns");
        assertThat(fewer.column()).isNull();
        assertThat(fewer.journalId()).isEqualTo("J1");
        assertThat(rejection(SIGNED, "J1", "2024-04-01", "1", "5", "extra").message())
                .isEqualTo("the row has 5 fields but the header has 4 columns");
        assertThat(rejection(SIGNED, "").message()).isEqualTo("the line is empty");
    }

    @Test
    void toleratesTrailingEmptyFields() {
        assertThat(line(SIGNED, "J1", "2024-04-01", "1", "5", "")).isNotNull();
        assertThat(line(SIGNED, "J1", "2024-04-01", "1", "5", "", " ")).isNotNull();
        String[] trailingDelimiter = {"journal_id", "effective_date", "account", "amount", ""};
        assertThat(line(trailingDelimiter, "J1", "2024-04-01", "1", "5")).isNotNull();
    }

    @Test
    void rejectsFieldsLongerThanTheLimit() {
        String description = "x".repeat(10_000);
        Rejection rejection = rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "1", "D", description, "", "",
                "", "", "", "");
        assertThat(rejection.reason()).isEqualTo(RejectReason.FIELD_TOO_LONG);
        assertThat(rejection.column()).isEqualTo("摘要");
        assertThat(rejection.message()).startsWith("摘要 is 10000 characters long; the limit is 1000 (it starts \"xxx");
        assertThat(rejection.rawLine()).hasSize(2001).endsWith("…");
    }

    @Test
    void rejectsValuesThatWereNotValidInTheFileEncoding() {
        Rejection rejection = rejection(JAPANESE, "J1", "1", "2024-04-01", "", "", "1", "1", "D", "売\uFFFD上", "", "",
                "", "", "", "");
        assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_ENCODING);
        assertThat(rejection.message()).startsWith("摘要 \"売\uFFFD上\" contains bytes that are not valid");
    }

    @Test
    void ignoresProblemsInColumnsThatAreNotImported() {
        String[] headers = {"journal_id", "effective_date", "account", "amount", "account_name"};
        assertThat(line(headers, "J1", "2024-04-01", "1", "5", "bad \uFFFD " + "y".repeat(5000))).isNotNull();
    }

    @Test
    void validatesManyRowsFromSeveralThreadsWithOneValidator() {
        JournalLineValidator validator = validator(JAPANESE, rules);
        long loaded = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> validator.validate(new RawRecord(i + 2, new String[] {"J" + i / 4, String.valueOf(i % 4),
                    "2024/" + (i % 12 + 1) + "/" + (i % 28 + 1), "", "", String.format("%04d", i % 50),
                    i % 1000 == 0 ? "bad" : String.valueOf(i * 7), i % 2 == 0 ? "借" : "貸", "", "", "", "", "", "", ""})))
                .filter(JournalLine.class::isInstance).count();
        assertThat(loaded).isEqualTo(20_000 - 20);
    }

    private static void assertMissing(Rejection rejection, String message) {
        assertRejected(rejection, RejectReason.MISSING_VALUE, message);
    }

    private static void assertRejected(Rejection rejection, RejectReason reason, String message) {
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.message()).isEqualTo(message);
        assertThat(message).startsWith(rejection.column() + " ");
    }

    private JournalLine line(String[] headers, String... fields) {
        ValidatedLine result = validator(headers, rules).validate(record(headers, fields));
        assertThat(result).isInstanceOf(JournalLine.class);
        return (JournalLine) result;
    }

    private Rejection rejection(String[] headers, String... fields) {
        ValidatedLine result = validator(headers, rules).validate(record(headers, fields));
        assertThat(result).isInstanceOf(Rejection.class);
        return (Rejection) result;
    }

    private static JournalLineValidator validator(String[] headers, ValidationRules rules) {
        return new JournalLineValidator(HeaderMapping.resolve(headers, MappingProfile.standard()), rules);
    }

    private static RawRecord record(String[] headers, String... fields) {
        return new RawRecord(2, fields);
    }

}
