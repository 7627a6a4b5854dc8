-- The inputs every rule reads, built once per run for the ledgers being processed: the fiscal years, of one business unit
-- (the session variables run_all_units and run_business_unit, '' for lines without one, bound by the run).
-- rule_fiscal_years: where each fiscal year starts and ends, in the convention the ledger profile found: the first month
-- of the year, and whether a year is named after the calendar year it starts in or the one it ends in.
CREATE OR REPLACE TEMP TABLE rule_fiscal_years AS
SELECT fiscal_year,
       make_date(fiscal_year - CASE WHEN ${fy_end_year_naming} THEN 1 ELSE 0 END, ${fy_start_month}, 1) AS fy_start,
       NULL::DATE AS fy_end
FROM journal_entries WHERE list_contains(${fiscal_years}, fiscal_year) AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'))
GROUP BY fiscal_year;
UPDATE rule_fiscal_years SET fy_end = CAST(fy_start + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE);

-- rule_holidays: the holiday calendar the profile chose (none: no rows, and the holiday rules do not apply).
CREATE OR REPLACE TEMP VIEW rule_holidays AS
SELECT holiday_date, name FROM calendar_holidays WHERE country = ${holiday_calendar};

-- rule_entries: the ledger's own fields plus a few derived ones, no master joins (the cheapest to scan);
-- rule_lines: the same with the chart of accounts, users and vendors joined on. Both are views, read where used.
CREATE OR REPLACE TEMP VIEW rule_entries AS
SELECT je.*,
       coalesce(je.entry_date, je.effective_date) AS posted_date,
       CASE WHEN je.debit_credit_indicator = 'D' THEN je.amount ELSE -je.amount END AS signed_amount,
       fy.fy_start, fy.fy_end,
       -- the period the effective date falls in, numbered the way the ledger numbers its periods
       CASE WHEN ${calendar_periods} THEN month(je.effective_date)
            ELSE (month(je.effective_date) - ${fy_start_month} + 12) % 12 + 1 END AS expected_period
FROM journal_entries je
JOIN rule_fiscal_years fy USING (fiscal_year)
-- a view: read after the run too (its variables reset), it then shows every business unit of the run's years
WHERE (coalesce(getvariable('run_all_units'), true) OR coalesce(je.business_unit_code, '') = getvariable('run_business_unit'));

CREATE OR REPLACE TEMP VIEW rule_lines AS
SELECT je.*,
       a.account_name, a.account_type, coalesce(a.account_class, 'unknown') AS account_class,
       a.account_code IS NOT NULL AS account_in_chart, a.is_active AS account_active, a.is_posting AS account_posting,
       pu.user_id IS NOT NULL AS preparer_known, pu.is_active AS preparer_active, pu.approval_limit AS preparer_limit,
       au.user_id IS NOT NULL AS approver_known, au.is_active AS approver_active, au.approval_limit AS approver_limit,
       au.can_approve AS approver_can_approve,
       v.is_related_party AS vendor_related_party
FROM rule_entries je
LEFT JOIN accounts a ON a.account_code = je.gl_account_number
LEFT JOIN users pu ON pu.user_id = je.prepared_by
LEFT JOIN users au ON au.user_id = je.approved_by
LEFT JOIN vendors v ON v.vendor_code = je.vendor_code;

-- rule_descriptions: each distinct line description once, with its lower-case form. A ledger repeats its descriptions
-- many times over, so description tests match these and join back to the lines instead of testing every line.
CREATE OR REPLACE TEMP TABLE rule_descriptions AS
SELECT je_line_description AS description, lower(je_line_description) AS lowered
FROM rule_entries WHERE je_line_description IS NOT NULL GROUP BY je_line_description;

-- rule_amount_digits: lines counted by fiscal year, account, preparer, first digit and first two digits of the integral
-- amount (amounts of at least 1; first_two is null below 10), and, in the rows with by_last_two, by fiscal year, preparer
-- and last two digits (null below 100). The Benford tests take their populations from these counts.
CREATE OR REPLACE TEMP TABLE rule_amount_digits AS
SELECT fiscal_year, gl_account_number, prepared_by, first_digit, first_two, last_two,
       grouping(gl_account_number) = 1 AS by_last_two, count(*) AS n
FROM (SELECT fiscal_year, gl_account_number, prepared_by, left(a, 1) AS first_digit,
             CASE WHEN length(a) >= 2 THEN left(a, 2) END AS first_two,
             CASE WHEN length(a) >= 3 THEN right(a, 2) END AS last_two
      FROM (SELECT fiscal_year, gl_account_number, prepared_by, CAST(CAST(floor(amount) AS BIGINT) AS VARCHAR) AS a
            FROM rule_entries WHERE amount >= 1))
GROUP BY GROUPING SETS ((fiscal_year, gl_account_number, prepared_by, first_digit, first_two),
                        (fiscal_year, prepared_by, last_two));

-- benford_excess(digits, population, min_count, mad_threshold, min_excess): the Benford test the ten BEN_* rules share.
-- digits is first, second, first_two or last_two (the last two are expected uniform); population is account, user or
-- ledger. Per fiscal year and population value with at least min_count amounts whose mean absolute deviation from the
-- expected distribution exceeds mad_threshold, the digits over-represented by more than min_excess: (fiscal_year, pop,
-- digit, expected, actual, mad).
CREATE OR REPLACE TEMP MACRO benford_excess(digits, population, min_count, mad_threshold, min_excess) AS TABLE
WITH o AS (SELECT fiscal_year, pop, digit, sum(n) AS n
           FROM (SELECT fiscal_year, n,
                        CASE population WHEN 'account' THEN gl_account_number WHEN 'user' THEN prepared_by
                                        ELSE 'ledger' END AS pop,
                        CASE digits WHEN 'first' THEN first_digit WHEN 'first_two' THEN first_two
                                    WHEN 'second' THEN substr(first_two, 2, 1) ELSE last_two END AS digit
                 FROM rule_amount_digits WHERE by_last_two = (digits = 'last_two'))
           WHERE digit IS NOT NULL AND pop IS NOT NULL GROUP BY ALL),
p AS (SELECT fiscal_year, pop, sum(n) AS n FROM o GROUP BY ALL HAVING sum(n) >= min_count),
e AS (SELECT CAST(d AS VARCHAR) AS digit, log10(1 + 1 / d) AS expected FROM range(1, 10) t(d) WHERE digits = 'first'
      UNION ALL
      SELECT CAST(d AS VARCHAR), log10(1 + 1 / d) FROM range(10, 100) t(d) WHERE digits = 'first_two'
      UNION ALL
      SELECT CAST(d AS VARCHAR), sum(log10(1 + 1 / (10 * k + d))) FROM range(0, 10) a(d), range(1, 10) b(k)
      WHERE digits = 'second' GROUP BY d
      UNION ALL
      SELECT lpad(CAST(d AS VARCHAR), 2, '0'), 0.01 FROM range(0, 100) t(d) WHERE digits = 'last_two'),
f AS (SELECT p.fiscal_year, p.pop, e.digit, e.expected, coalesce(o.n, 0) / p.n AS actual FROM p CROSS JOIN e
      LEFT JOIN o ON o.fiscal_year = p.fiscal_year AND o.pop = p.pop AND o.digit = e.digit),
m AS (SELECT fiscal_year, pop, avg(abs(actual - expected)) AS mad FROM f GROUP BY ALL
      HAVING avg(abs(actual - expected)) > mad_threshold)
SELECT f.*, m.mad FROM f JOIN m USING (fiscal_year, pop) WHERE f.actual - f.expected > min_excess;

-- rule_journals: per journal its line count, debit and credit totals, its first effective date, and, when the journal
-- moves money between one account and another (one account per side), those accounts and its single vendor.
CREATE OR REPLACE TEMP TABLE rule_journals AS
SELECT journal_id, fiscal_year, business_unit_code,
       count(*) AS line_count,
       coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS debit_total,
       coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), 0) AS credit_total,
       min(effective_date) AS effective_date,
       CASE WHEN min(gl_account_number) FILTER (WHERE debit_credit_indicator = 'D')
                 = max(gl_account_number) FILTER (WHERE debit_credit_indicator = 'D')
            THEN min(gl_account_number) FILTER (WHERE debit_credit_indicator = 'D') END AS debit_account,
       CASE WHEN min(gl_account_number) FILTER (WHERE debit_credit_indicator = 'C')
                 = max(gl_account_number) FILTER (WHERE debit_credit_indicator = 'C')
            THEN min(gl_account_number) FILTER (WHERE debit_credit_indicator = 'C') END AS credit_account,
       CASE WHEN min(vendor_code) = max(vendor_code) THEN min(vendor_code) END AS vendor_code
FROM rule_entries GROUP BY journal_id, fiscal_year, business_unit_code;
