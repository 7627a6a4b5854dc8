-- The ledger profile the latest rules run over an import's fiscal years stored for it.
SELECT run_id, fiscal_years, lines, journals, fy_start_month, fy_naming, fy_share, period_numbering, period_share,
       conventions_confirmed, currency, minor_units, amount_p50, amount_p90, amount_p99, amount_p999, materiality,
       materiality_source, magnitude, populated, last_modified_tracks_changes, holiday_calendar, holiday_calendar_source
FROM ledger_profiles
WHERE import_id = :importId
ORDER BY run_id DESC
LIMIT 1
