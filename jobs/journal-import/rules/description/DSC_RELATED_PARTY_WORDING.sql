-- DSC_RELATED_PARTY_WORDING: Officer or related-party wording (役員・関係者を示す摘要). Flags descriptions naming officers, directors or relatives (役員, 社長, 親族); related-party dealings need disclosure.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" names an officer or related party' AS message
FROM rule_lines l WHERE regexp_matches(lower(l.je_line_description), array_to_string(${keywords}, '|'))
