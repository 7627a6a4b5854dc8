-- A page of the rejected rows of one import, in file order, with the import's total.
SELECT line_number, journal_id, column_name, reason_code, message, raw_line, COUNT(*) OVER () AS total
FROM rejected_rows
WHERE import_id = :importId
ORDER BY line_number
LIMIT :size OFFSET :offset
