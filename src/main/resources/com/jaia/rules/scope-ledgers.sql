-- The ledgers of a scope that hold lines: (business unit, '' for lines without one; fiscal year), read from the
-- session variables the caller binds (scope_all_years, scope_years, scope_all_units, scope_units).
SELECT DISTINCT coalesce(business_unit_code, '') AS business_unit, fiscal_year
FROM journal_entries
WHERE (getvariable('scope_all_years') OR list_contains(getvariable('scope_years'), fiscal_year))
  AND (getvariable('scope_all_units') OR list_contains(getvariable('scope_units'), business_unit_code))
ORDER BY business_unit, fiscal_year
