-- ACC_EQUITY_POSTING: Equity posting during the year (期中の純資産科目への計上). Flags postings to equity accounts (capital, retained earnings) outside the fiscal year's last month; equity moves rarely and only by resolution.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'equity account ' || l.gl_account_number || ' posted ' || l.amount || ' on ' || l.effective_date AS message
FROM rule_lines l WHERE l.account_class = 'equity' AND l.amount >= ${min_amount}
  AND date_trunc('month', l.effective_date) <> date_trunc('month', l.fy_end)
