-- agg_trend_mom: month-on-month movement of each account, compared with the previous accounting period, also across
-- the fiscal-year boundary (period 1 of year Y compares with the last period of year Y-1).
-- Built from agg_by_period_account (refreshed before it). The previous period of (Y, P) is the latest period with
-- postings before it, in year Y or Y-1; none when neither has one (prev_* columns NULL). Because period 1 of Y+1
-- compares with year Y, refreshing year Y also refreshes this table's rows of year Y+1.
-- Each business unit (and '*', all units) is compared with itself: its previous period is its own latest one.
-- One row per (fiscal_year, business_unit_code, accounting_period, gl_account_number) where the account had postings
-- in that period or in its previous period (an account that stopped shows zero current values).
--   debit_total, credit_total, net_amount, entry_count  this period's values (0 when the account had no postings)
--   prev_fiscal_year, prev_accounting_period           the period compared with
--   prev_debit_total, prev_credit_total, prev_net_amount, prev_entry_count  its values (0 when the account had none)
--   net_change                  net_amount - prev_net_amount
--   net_change_pct              net_change / |prev_net_amount| * 100 (NULL when prev_net_amount is 0 or NULL)
--   entry_count_change          entry_count - prev_entry_count
INSERT INTO agg_trend_mom (fiscal_year, business_unit_code, accounting_period, gl_account_number, debit_total, credit_total, net_amount,
    entry_count, prev_fiscal_year, prev_accounting_period, prev_debit_total, prev_credit_total, prev_net_amount,
    prev_entry_count, net_change, net_change_pct, entry_count_change)
WITH periods AS (
    SELECT fiscal_year, business_unit_code, accounting_period,
           lag(fiscal_year) OVER w AS lag_year, lag(accounting_period) OVER w AS lag_period
    FROM (SELECT DISTINCT fiscal_year, business_unit_code, accounting_period FROM agg_by_period_account
          WHERE list_contains(getvariable('fiscal_years'), fiscal_year) OR list_contains(getvariable('fiscal_years'), fiscal_year + 1))
    WINDOW w AS (PARTITION BY business_unit_code ORDER BY fiscal_year, accounting_period)
),
scoped AS (
    SELECT fiscal_year, business_unit_code, accounting_period,
           CASE WHEN lag_year >= fiscal_year - 1 THEN lag_year END AS prev_fiscal_year,
           CASE WHEN lag_year >= fiscal_year - 1 THEN lag_period END AS prev_accounting_period
    FROM periods
    WHERE list_contains(getvariable('fiscal_years'), fiscal_year)
),
cur AS (
    SELECT s.fiscal_year, s.business_unit_code, s.accounting_period, a.gl_account_number, a.debit_total, a.credit_total, a.net_amount,
           a.entry_count
    FROM scoped s
    JOIN agg_by_period_account a ON a.fiscal_year = s.fiscal_year AND a.accounting_period = s.accounting_period
        AND a.business_unit_code IS NOT DISTINCT FROM s.business_unit_code
),
prev AS (
    SELECT s.fiscal_year, s.business_unit_code, s.accounting_period, a.gl_account_number, a.debit_total, a.credit_total, a.net_amount,
           a.entry_count
    FROM scoped s
    JOIN agg_by_period_account a ON a.fiscal_year = s.prev_fiscal_year AND a.accounting_period = s.prev_accounting_period
        AND a.business_unit_code IS NOT DISTINCT FROM s.business_unit_code
),
joined AS (
    SELECT * FROM account_movement(cur, prev)
),
compared AS (
    SELECT j.*, s.prev_fiscal_year, s.prev_accounting_period,
           CASE WHEN s.prev_fiscal_year IS NOT NULL THEN coalesce(j.p_debit, 0) END AS prev_debit_total,
           CASE WHEN s.prev_fiscal_year IS NOT NULL THEN coalesce(j.p_credit, 0) END AS prev_credit_total,
           CASE WHEN s.prev_fiscal_year IS NOT NULL THEN coalesce(j.p_net, 0) END AS prev_net_amount,
           CASE WHEN s.prev_fiscal_year IS NOT NULL THEN coalesce(j.p_count, 0) END AS prev_entry_count
    FROM joined j
    JOIN scoped s ON s.fiscal_year = j.fiscal_year AND s.accounting_period = j.accounting_period
        AND s.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
)
SELECT fiscal_year, business_unit_code, accounting_period, gl_account_number, debit_total, credit_total, net_amount,
       entry_count, prev_fiscal_year, prev_accounting_period, prev_debit_total, prev_credit_total, prev_net_amount,
       prev_entry_count, net_amount - prev_net_amount,
       CASE WHEN prev_net_amount <> 0 THEN round((net_amount - prev_net_amount) / abs(prev_net_amount) * 100, 4) END,
       entry_count - prev_entry_count
FROM compared;
