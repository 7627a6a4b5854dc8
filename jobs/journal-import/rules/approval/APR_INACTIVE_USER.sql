-- APR_INACTIVE_USER: Inactive user (無効ユーザーによる入力・承認). Flags lines prepared or approved by a user marked inactive; leavers' credentials must not post.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, CASE WHEN l.preparer_active = false THEN 'prepared by inactive user ' || l.prepared_by
                       ELSE 'approved by inactive user ' || l.approved_by END AS message
FROM rule_lines l WHERE l.preparer_active = false OR l.approver_active = false
