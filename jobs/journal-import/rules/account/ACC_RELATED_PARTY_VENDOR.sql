-- ACC_RELATED_PARTY_VENDOR: Related-party vendor (関連当事者との取引). Flags lines with a vendor the vendors master marks as a related party; related-party transactions need disclosure and arm's-length review.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'vendor ' || l.vendor_code || ' is a related party' AS message
FROM rule_lines l WHERE l.vendor_related_party
