-- The lines of one journal of one import with their account names and classes.
SELECT e.journal_id_line_number, e.accounting_period, e.effective_date, e.entry_date, e.entry_time,
       e.gl_account_number, a.account_name, a.account_name_en, a.account_class, e.debit_credit_indicator, e.amount,
       e.amount_currency, e.je_line_description, e.source, e.dept_code, e.vendor_code, e.prepared_by,
       e.approved_by, e.approved_date, e.last_modified_by
FROM journal_entries e
LEFT JOIN accounts a ON a.account_code = e.gl_account_number
WHERE e.import_id = :importId AND e.fiscal_year = :fiscalYear AND e.journal_id = :journalId
  AND e.business_unit_code IS NOT DISTINCT FROM :businessUnit
ORDER BY e.journal_id_line_number, e.source_line_number
