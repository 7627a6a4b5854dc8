-- TRD_NEW_VENDOR_LARGE: Large amount to a one-off vendor (初出取引先への多額計上). Flags large lines with a vendor that appears in only one journal in the whole ledger; one-off vendors are a fictitious-vendor signal.
WITH v AS (SELECT vendor_code, count(DISTINCT (journal_id, business_unit_code)) AS journals FROM journal_entries WHERE vendor_code IS NOT NULL GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'vendor ' || l.vendor_code || ' appears in no other journal; amount ' || l.amount AS message
FROM rule_entries l JOIN v USING (vendor_code) WHERE v.journals = 1 AND l.amount >= ${min_amount}
