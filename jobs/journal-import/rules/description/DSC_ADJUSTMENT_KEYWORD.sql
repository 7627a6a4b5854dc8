-- DSC_ADJUSTMENT_KEYWORD: Adjustment wording (調整・訂正を示す摘要). Flags descriptions saying adjustment, correction or cancellation; adjustments are where judgement and overrides enter.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" reads as an adjustment' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
