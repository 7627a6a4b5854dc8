-- The ledger profile: what the lines of the ledgers being processed (the fiscal years of the run's business unit) say about their own conventions, read before
-- any rule runs. One row in rule_profile; the engine turns it into the facts and parameters the rules use.

-- Lines counted by fiscal year label, calendar month of the effective date and accounting period (a small table).
CREATE OR REPLACE TEMP TABLE rule_profile_months AS
SELECT fiscal_year, year(effective_date) * 12 + month(effective_date) - 1 AS month_index, month(effective_date) AS month,
       accounting_period AS period, count(*) AS n
FROM journal_entries
WHERE list_contains(${fiscal_years}, fiscal_year) AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit')) AND effective_date IS NOT NULL
GROUP BY ALL;

-- Every fiscal-year convention (first month 1..12, year named after the calendar year it starts or ends in) scored by
-- the share of lines whose effective date falls inside the year their label names, and, with that first month, by the
-- share of lines in periods 1..12 numbered as fiscal periods or as calendar months. The best convention wins; ties go
-- to the configured first month, then to start-year naming.
CREATE OR REPLACE TEMP TABLE rule_profile_conventions AS
WITH candidates AS (
    SELECT s AS start_month, naming FROM range(1, 13) t(s) CROSS JOIN (VALUES ('start_year'), ('end_year')) v(naming)
    WHERE NOT (s = 1 AND naming = 'end_year')),
scored AS (
    SELECT c.start_month, c.naming,
           sum(m.n) FILTER (WHERE m.month_index - ((m.fiscal_year - CASE WHEN c.naming = 'end_year' THEN 1 ELSE 0 END)
                                                   * 12 + c.start_month - 1) BETWEEN 0 AND 11) / sum(m.n) AS year_share,
           coalesce(sum(m.n) FILTER (WHERE m.period = (m.month - c.start_month + 12) % 12 + 1)
                    / nullif(sum(m.n) FILTER (WHERE m.period BETWEEN 1 AND 12), 0), 0) AS fiscal_period_share,
           coalesce(sum(m.n) FILTER (WHERE m.period = m.month)
                    / nullif(sum(m.n) FILTER (WHERE m.period BETWEEN 1 AND 12), 0), 0) AS calendar_month_share
    FROM candidates c CROSS JOIN rule_profile_months m GROUP BY ALL)
SELECT *, row_number() OVER (ORDER BY year_share DESC, greatest(fiscal_period_share, calendar_month_share) DESC,
                                      start_month = ${fy_start_month} DESC, naming = 'start_year' DESC, start_month) AS rank
FROM scored;

-- Amounts, columns populated, and whether last_modified_date records changes or only the time of the export.
CREATE OR REPLACE TEMP TABLE rule_profile AS
WITH lines AS (
    SELECT count(*) AS line_count,
           count(DISTINCT journal_id) AS journal_count,
           mode(amount_currency) AS currency,
           count(*) FILTER (WHERE amount <> floor(amount)) / greatest(count(*), 1) AS fractional_share,
           quantile_disc(amount, 0.5) AS p50, quantile_disc(amount, 0.9) AS p90,
           quantile_disc(amount, 0.99) AS p99, quantile_disc(amount, 0.999) AS p999,
           count(nullif(trim(prepared_by), '')) AS prepared_by,
           count(nullif(trim(approved_by), '')) AS approved_by,
           count(approved_date) AS approved_date,
           count(nullif(trim(vendor_code), '')) AS vendor_code,
           count(nullif(trim(je_line_description), '')) AS je_line_description,
           count(entry_date) AS entry_date,
           count(entry_time) AS entry_time,
           count(last_modified_date) AS last_modified_date,
           count(DISTINCT entry_date) AS entry_dates,
           max(approved_date) AS last_approval
    FROM journal_entries WHERE list_contains(${fiscal_years}, fiscal_year) AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'))),
stamps AS (
    SELECT count(*) FILTER (WHERE je.last_modified_date >= l.last_approval) AS after_last_approval
    FROM journal_entries je CROSS JOIN lines l
    WHERE list_contains(${fiscal_years}, je.fiscal_year) AND (getvariable('run_all_units') OR coalesce(je.business_unit_code, '') = getvariable('run_business_unit')) AND je.last_modified_date IS NOT NULL)
SELECT l.*, s.after_last_approval, c.start_month, c.naming, c.year_share, c.fiscal_period_share, c.calendar_month_share,
       d.year_share AS configured_year_share, d.fiscal_period_share AS configured_period_share
FROM lines l CROSS JOIN stamps s
LEFT JOIN rule_profile_conventions c ON c.rank = 1
LEFT JOIN rule_profile_conventions d ON d.start_month = ${fy_start_month} AND d.naming = 'start_year';

DROP TABLE IF EXISTS rule_profile_months;
DROP TABLE IF EXISTS rule_profile_conventions;
