-- The vendors named on a journal: codes and names are replaced by pseudonyms before a prompt leaves.
SELECT vendor_code, vendor_name, vendor_name_en, vendor_type, is_related_party
FROM vendors
WHERE vendor_code IN (:codes)
