-- DSC_RELATED_PARTY_WORDING: Officer or related-party wording (役員・関係者を示す摘要). Flags descriptions naming officers, directors or relatives (役員, 社長, 親族); related-party dealings need disclosure.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" names an officer or related party' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
