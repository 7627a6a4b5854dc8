-- agg_by_vendor: what was posted against each vendor in a fiscal year (related-party and concentration review).
-- Reads scoped_lines through line_activity (see refresh_inputs.sql). Counts lines, not journals: a journal can name several vendors.
-- One row per (fiscal_year, business_unit_code, vendor_code) for lines that carry a vendor_code;
-- business_unit_code '*' totals all units.
--   vendor_name, is_related_party  from the vendors master (NULL when the vendor is not in it)
--   entry_count                 journal lines
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; net_amount = debit_total - credit_total
--   max_amount                  the largest single line amount
--   first_date, last_date       earliest and latest effective_date
--   avg_risk_score, max_risk_score  over the lines' risk_scores.risk_score (NULL before the rules ran)
--   high_risk_entry_count       lines in risk band critical or high
INSERT INTO agg_by_vendor (fiscal_year, business_unit_code, vendor_code, vendor_name, is_related_party, entry_count, debit_total,
    credit_total, net_amount, max_amount, first_date, last_date, avg_risk_score, max_risk_score, high_risk_entry_count)
WITH grouped_lines AS (SELECT *, vendor_code AS group_key FROM scoped_lines WHERE vendor_code IS NOT NULL AND vendor_code <> '')
SELECT g.fiscal_year, g.business_unit_code, g.group_key, v.vendor_name, v.is_related_party, g.entry_count, g.debit_total, g.credit_total,
       g.debit_total - g.credit_total, g.max_amount, g.first_date, g.last_date, g.avg_risk_score, g.max_risk_score,
       g.critical_count + g.high_count
FROM line_activity(grouped_lines) g
LEFT JOIN vendors v ON v.vendor_code = g.group_key;
