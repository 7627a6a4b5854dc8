-- DSC_ADJUSTMENT_KEYWORD: Adjustment wording (調整・訂正を示す摘要). Flags descriptions saying adjustment, correction or cancellation; adjustments are where judgement and overrides enter.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" reads as an adjustment' AS message
FROM rule_lines l WHERE regexp_matches(lower(l.je_line_description), array_to_string(${keywords}, '|'))
