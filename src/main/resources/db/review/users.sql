-- The users named on a journal: the ids and names are replaced by pseudonyms before a prompt leaves.
SELECT user_id, user_name, user_name_en, position, role, approval_limit
FROM users
WHERE user_id IN (:ids)
