-- Infers each account's fine class from its names (keywords in account_class_keywords, lowest priority first), falls
-- back to the coarse type, then applies the auditor's overrides. Classes given by the chart itself are kept.
UPDATE accounts SET account_class = NULL, account_class_source = NULL
WHERE account_class_source = 'override' AND account_code NOT IN (SELECT account_code FROM account_class_overrides);

UPDATE accounts SET account_class_source = 'file' WHERE account_class IS NOT NULL AND account_class_source IS NULL;

UPDATE accounts AS a SET account_class = i.account_class, account_class_source = 'inferred'
FROM (SELECT a.account_code, arg_min(k.account_class, k.priority) AS account_class
      FROM accounts a
      JOIN account_class_keywords k
        ON contains(lower(coalesce(a.account_name, '') || ' ' || coalesce(a.account_name_en, '')), lower(k.keyword))
      GROUP BY a.account_code) AS i
WHERE a.account_code = i.account_code AND (a.account_class IS NULL OR a.account_class_source = 'inferred');

UPDATE accounts SET account_class_source = 'inferred',
       account_class = CASE
           WHEN lower(account_type) IN ('asset', 'assets', '資産') THEN 'other_asset'
           WHEN lower(account_type) IN ('liability', 'liabilities', '負債') THEN 'other_liability'
           WHEN lower(account_type) IN ('equity', '純資産', '資本') THEN 'equity'
           WHEN lower(account_type) IN ('revenue', 'income', '収益') THEN 'revenue'
           WHEN lower(account_type) IN ('expense', 'expenses', '費用') THEN 'expense'
           ELSE 'unknown' END
WHERE account_class IS NULL OR (account_class_source = 'inferred' AND account_code NOT IN (
      SELECT a.account_code FROM accounts a JOIN account_class_keywords k
        ON contains(lower(coalesce(a.account_name, '') || ' ' || coalesce(a.account_name_en, '')), lower(k.keyword))));

UPDATE accounts AS a SET account_class = o.account_class, account_class_source = 'override'
FROM account_class_overrides o WHERE o.account_code = a.account_code;
