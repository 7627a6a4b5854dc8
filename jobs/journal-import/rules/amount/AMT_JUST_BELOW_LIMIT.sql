-- AMT_JUST_BELOW_LIMIT: Just below the approver's limit (承認者の限度額直前の金額). Flags amounts within a small margin below the approval limit of the user who approved them (users master); an amount tailored so that this approver may still sign it dodges a higher approver, a standard JET test.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' is ' || round(100 * l.amount / l.approver_limit, 1) || '% of approver ' || l.approved_by || '''s limit ' || l.approver_limit AS message
FROM rule_lines l
WHERE l.approver_limit > 0 AND l.amount >= l.approver_limit * (1 - ${pct}) AND l.amount < l.approver_limit
