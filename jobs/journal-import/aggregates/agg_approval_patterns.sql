-- agg_approval_patterns: who approved which journals, how large they were against the approver's limit, and how soon
-- (approval-control review). Reads scoped_journals (see refresh_inputs.sql): a journal's amount is the sum of its
-- debit lines, its preparer and approver the largest value over its lines, its entry day the earliest entry_date
-- (else effective_date), its approval day the latest approved_date.
-- One row per (fiscal_year, business_unit_code, approved_by); NULL approved_by groups the journals nobody approved;
-- business_unit_code '*' totals all units.
--   approver_name, approval_limit  from the users master (NULL when the approver is not in it)
--   journal_count, preparer_count  journals approved and distinct preparers of them
--   journal_amount_total, max_journal_amount  sum and maximum of the journal amounts
--   self_approved_count         journals whose approver is also their preparer
--   over_limit_count, over_limit_amount  journals whose amount exceeds approval_limit, and their amount
--   approved_before_entry_count journals approved before they were entered
--   same_day_count              journals approved on the day they were entered
--   avg_approval_days, max_approval_days  days from entry to approval (journals with an approved_date)
INSERT INTO agg_approval_patterns (fiscal_year, business_unit_code, approved_by, approver_name, approval_limit, journal_count,
    preparer_count, journal_amount_total, max_journal_amount, self_approved_count, over_limit_count,
    over_limit_amount, approved_before_entry_count, same_day_count, avg_approval_days, max_approval_days)
SELECT j.fiscal_year, j.business_unit_code, j.approved_by, u.user_name, u.approval_limit,
       count(*), count(DISTINCT j.prepared_by), sum(j.amount), max(j.amount),
       count(*) FILTER (WHERE j.approved_by = j.prepared_by),
       count(*) FILTER (WHERE j.amount > u.approval_limit),
       coalesce(sum(j.amount) FILTER (WHERE j.amount > u.approval_limit), 0),
       count(*) FILTER (WHERE j.approved_date < j.entered),
       count(*) FILTER (WHERE j.approved_date = j.entered),
       avg(datediff('day', j.entered, j.approved_date)),
       max(datediff('day', j.entered, j.approved_date))
FROM scoped_journals j
LEFT JOIN users u ON u.user_id = j.approved_by
GROUP BY j.fiscal_year, j.business_unit_code, j.approved_by, u.user_name, u.approval_limit;
