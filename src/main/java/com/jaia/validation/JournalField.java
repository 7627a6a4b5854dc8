package com.jaia.validation;

/**
 * The fields a ledger file can carry, named after the {@code journal_entries} columns, plus the debit and credit
 * amount columns of the layout Japanese accounting software exports.
 */
enum JournalField {

    GL_DETAIL_ID, BUSINESS_UNIT_CODE, FISCAL_YEAR, ACCOUNTING_PERIOD, JOURNAL_ID, JOURNAL_ID_LINE_NUMBER,
    EFFECTIVE_DATE, ENTRY_DATE, ENTRY_TIME, GL_ACCOUNT_NUMBER, AMOUNT, DEBIT_AMOUNT, CREDIT_AMOUNT, AMOUNT_CURRENCY,
    FUNCTIONAL_AMOUNT, DEBIT_CREDIT_INDICATOR, JE_LINE_DESCRIPTION, SOURCE, VENDOR_CODE, DEPT_CODE, PREPARED_BY,
    APPROVED_BY, APPROVED_DATE, LAST_MODIFIED_BY, LAST_MODIFIED_DATE

}
