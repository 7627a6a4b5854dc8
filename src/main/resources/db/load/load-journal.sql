-- The load of one import, run in one DuckDB transaction by JournalLoader. Its values are session variables bound as
-- parameters (getvariable('name')): import_id, lines (list of staged line files), rejects (list of staged reject
-- files), tolerance, replace (true or false). ${line_columns} and ${reject_columns} are the staging files' column
-- types, fixed in the code. Statements are separated by a line holding only ';'.

-- Every valid line, flagged when a chart of accounts is loaded and does not know its account.
INSERT INTO journal_entries
SELECT s.gl_detail_id, s.business_unit_code, s.fiscal_year, s.accounting_period, s.journal_id,
       s.journal_id_line_number, s.effective_date, s.entry_date, s.entry_time, s.gl_account_number, s.amount,
       s.amount_currency, s.functional_amount, s.debit_credit_indicator, s.je_line_description, s.source,
       s.vendor_code, s.dept_code, s.prepared_by, s.approved_by, s.approved_date, s.last_modified_by,
       s.last_modified_date, getvariable('import_id'), s.source_line_number, s.source_offset,
       CASE WHEN (SELECT count(*) FROM accounts) = 0 THEN NULL ELSE a.account_code IS NOT NULL END
FROM read_csv(getvariable('lines'), header = false, delim = ',', quote = '"', escape = '"', auto_detect = false,
              columns = ${line_columns}) s
LEFT JOIN accounts a ON a.account_code = s.gl_account_number
;
-- Every row validation rejected.
INSERT INTO rejected_rows
SELECT getvariable('import_id'), line_number, journal_id, column_name, reason_code, message, raw_line
FROM read_csv(getvariable('rejects'), header = false, delim = ',', quote = '"', escape = '"', auto_detect = false,
              columns = ${reject_columns})
;
-- With replace: every journal of an earlier import that has a line in this import's scope (business unit, fiscal
-- year, period) leaves in this transaction, with its LLM review; without, the table stays empty. Its rule hits and
-- scores go when the rules step rewrites the fiscal year.
CREATE OR REPLACE TEMP TABLE load_replaced_journals AS
SELECT DISTINCT e.business_unit_code, e.fiscal_year, e.journal_id, e.import_id
FROM journal_entries e
JOIN (SELECT DISTINCT business_unit_code, fiscal_year, accounting_period FROM journal_entries
      WHERE import_id = getvariable('import_id')) s
  ON s.business_unit_code = e.business_unit_code AND s.fiscal_year = e.fiscal_year
 AND s.accounting_period = e.accounting_period
WHERE getvariable('replace') AND e.import_id <> getvariable('import_id')
;
DELETE FROM journal_entries e USING load_replaced_journals r
WHERE e.import_id = r.import_id AND e.business_unit_code = r.business_unit_code AND e.fiscal_year = r.fiscal_year
  AND e.journal_id = r.journal_id
;
DELETE FROM llm_reviews v USING load_replaced_journals r
WHERE v.import_id = r.import_id AND v.business_unit_code = r.business_unit_code AND v.fiscal_year = r.fiscal_year
  AND v.journal_id = r.journal_id
;
-- Lines whose gl_detail_id already appeared on an earlier line of the same file. The ids that repeat are found by one
-- hash aggregate (few or none), and only their lines are looked at again: a window over every line would sort them all.
CREATE OR REPLACE TEMP TABLE load_duplicate_lines AS
WITH repeated AS (
    SELECT gl_detail_id, min(source_line_number) AS first_line
    FROM journal_entries WHERE import_id = getvariable('import_id')
    GROUP BY gl_detail_id HAVING count(*) > 1
)
SELECT e.source_line_number, e.gl_detail_id, r.first_line
FROM journal_entries e JOIN repeated r ON r.gl_detail_id = e.gl_detail_id
WHERE e.import_id = getvariable('import_id') AND e.source_line_number > r.first_line
;
-- What is wrong with each journal that cannot load, the most telling problem first.
CREATE OR REPLACE TEMP TABLE load_journal_problems AS
WITH journals AS (
    SELECT business_unit_code, journal_id, fiscal_year,
           sum(CASE WHEN debit_credit_indicator = 'D' THEN amount ELSE 0 END) AS debits,
           sum(CASE WHEN debit_credit_indicator = 'C' THEN amount ELSE 0 END) AS credits
    FROM journal_entries WHERE import_id = getvariable('import_id')
    GROUP BY ALL
), earlier AS (
    SELECT j.business_unit_code, j.journal_id, min(e.import_id) AS earlier_import
    FROM journals j
    JOIN journal_entries e ON e.journal_id = j.journal_id AND e.fiscal_year = j.fiscal_year
         AND e.business_unit_code IS NOT DISTINCT FROM j.business_unit_code AND e.import_id <> getvariable('import_id')
    GROUP BY ALL
), held_back AS (
    SELECT journal_id, arg_min(line_number, line_number) AS line_number, arg_min(reason_code, line_number) AS reason_code
    FROM (SELECT journal_id, line_number, reason_code FROM rejected_rows
          WHERE import_id = getvariable('import_id') AND journal_id IS NOT NULL
          UNION ALL
          SELECT j.journal_id, d.source_line_number, 'DUPLICATE_LINE_ID'
          FROM load_duplicate_lines d JOIN journal_entries j
               ON j.import_id = getvariable('import_id') AND j.source_line_number = d.source_line_number)
    GROUP BY journal_id
), problems AS (
    SELECT business_unit_code, journal_id, 1 AS priority, 'DUPLICATE_JOURNAL' AS reason_code,
           'journal ' || journal_id || ' of business unit ' || coalesce(business_unit_code, '(none)')
           || ' was already loaded by import #' || earlier_import
           || '; import with replace to replace that import''s journals of the same scope' AS message
    FROM earlier
    UNION ALL
    SELECT DISTINCT j.business_unit_code, j.journal_id, 2, 'JOURNAL_HAS_REJECTED_LINE',
           'journal ' || j.journal_id || ' is held back as a whole: its line ' || h.line_number
           || ' was rejected (' || h.reason_code || ')'
    FROM journals j JOIN held_back h ON h.journal_id = j.journal_id
    UNION ALL
    SELECT business_unit_code, journal_id, 3, 'UNBALANCED_JOURNAL',
           'journal ' || journal_id || ' does not balance: debits ' || debits || ' vs credits ' || credits
           || ' (difference ' || (debits - credits) || ')'
    FROM journals WHERE abs(debits - credits) > getvariable('tolerance')
)
SELECT business_unit_code, journal_id, arg_min(reason_code, priority) AS reason_code,
       arg_min(message, priority) AS message
FROM problems GROUP BY ALL
;
-- Every line of those journals, each with its reason; a duplicate line says which line it repeats.
CREATE OR REPLACE TEMP TABLE load_rejected_lines AS
SELECT j.source_line_number, j.source_offset, j.journal_id,
       CASE WHEN d.source_line_number IS NOT NULL THEN 'gl_detail_id' END AS column_name,
       CASE WHEN d.source_line_number IS NOT NULL THEN 'DUPLICATE_LINE_ID' ELSE p.reason_code END AS reason_code,
       CASE WHEN d.source_line_number IS NOT NULL
            THEN 'gl_detail_id "' || d.gl_detail_id || '" already appears on line ' || d.first_line
            ELSE p.message END AS message
FROM journal_entries j
JOIN load_journal_problems p ON p.journal_id = j.journal_id
     AND p.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
LEFT JOIN load_duplicate_lines d ON d.source_line_number = j.source_line_number
WHERE j.import_id = getvariable('import_id')
