-- APR_LATE_APPROVAL: Late approval (遅延承認). Flags lines approved long after entry; late approval means the entry was live without review.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'approved ' || (l.approved_date - l.entry_date) || ' days after entry on ' || l.entry_date AS message
FROM rule_entries l WHERE l.approved_date - l.entry_date > ${days}
