-- agg_trend_yoy: year-on-year movement of each account, each period compared with the same period of the previous
-- fiscal year (analytical review of fluctuations).
-- Built from agg_by_period_account (refreshed before it). Because year Y+1 compares with year Y, refreshing year Y also
-- refreshes this table's rows of year Y+1.
-- Each business unit (and '*', all units) is compared with itself.
-- One row per (fiscal_year, business_unit_code, accounting_period, gl_account_number) for each period of year Y with
-- postings, where the account had postings in that period of Y or of Y-1 (an account that stopped shows zero current
-- values).
--   debit_total, credit_total, net_amount, entry_count  this year's values for the period (0 when none)
--   prev_fiscal_year            fiscal_year - 1
--   prev_debit_total, prev_credit_total, prev_net_amount, prev_entry_count  the previous year's values (0 when the
--                               account had none; NULL when the unit has no postings at all in the previous year)
--   net_change                  net_amount - prev_net_amount
--   net_change_pct              net_change / |prev_net_amount| * 100 (NULL when prev_net_amount is 0 or NULL)
--   entry_count_change          entry_count - prev_entry_count
INSERT INTO agg_trend_yoy (fiscal_year, business_unit_code, accounting_period, gl_account_number, debit_total, credit_total, net_amount,
    entry_count, prev_fiscal_year, prev_debit_total, prev_credit_total, prev_net_amount, prev_entry_count, net_change,
    net_change_pct, entry_count_change)
WITH scoped AS (
    SELECT DISTINCT p.fiscal_year, p.business_unit_code, p.accounting_period,
           EXISTS (SELECT 1 FROM agg_by_period_account y WHERE y.fiscal_year = p.fiscal_year - 1
                   AND y.business_unit_code IS NOT DISTINCT FROM p.business_unit_code) AS prev_year_loaded
    FROM agg_by_period_account p
    WHERE list_contains(getvariable('fiscal_years'), p.fiscal_year)
),
cur AS (
    SELECT a.fiscal_year, a.business_unit_code, a.accounting_period, a.gl_account_number, a.debit_total, a.credit_total, a.net_amount,
           a.entry_count
    FROM agg_by_period_account a
    WHERE list_contains(getvariable('fiscal_years'), a.fiscal_year)
),
prev AS (
    SELECT s.fiscal_year, s.business_unit_code, s.accounting_period, a.gl_account_number, a.debit_total, a.credit_total, a.net_amount,
           a.entry_count
    FROM scoped s
    JOIN agg_by_period_account a ON a.fiscal_year = s.fiscal_year - 1 AND a.accounting_period = s.accounting_period
        AND a.business_unit_code IS NOT DISTINCT FROM s.business_unit_code
),
compared AS (
    SELECT * FROM account_movement(cur, prev)
),
filled AS (
    SELECT c.*, s.fiscal_year - 1 AS prev_fiscal_year,
           CASE WHEN s.prev_year_loaded THEN coalesce(c.p_debit, 0) END AS prev_debit_total,
           CASE WHEN s.prev_year_loaded THEN coalesce(c.p_credit, 0) END AS prev_credit_total,
           CASE WHEN s.prev_year_loaded THEN coalesce(c.p_net, 0) END AS prev_net_amount,
           CASE WHEN s.prev_year_loaded THEN coalesce(c.p_count, 0) END AS prev_entry_count
    FROM compared c
    JOIN scoped s ON s.fiscal_year = c.fiscal_year AND s.accounting_period = c.accounting_period
        AND s.business_unit_code IS NOT DISTINCT FROM c.business_unit_code
)
SELECT fiscal_year, business_unit_code, accounting_period, gl_account_number, debit_total, credit_total, net_amount,
       entry_count, prev_fiscal_year, prev_debit_total, prev_credit_total, prev_net_amount, prev_entry_count,
       net_amount - prev_net_amount,
       CASE WHEN prev_net_amount <> 0 THEN round((net_amount - prev_net_amount) / abs(prev_net_amount) * 100, 4) END,
       entry_count - prev_entry_count
FROM filled;
