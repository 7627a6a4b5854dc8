-- The chart, users and vendors every rule fixture starts from. Account classes are left empty on purpose: the rules
-- run infers them from the names.
INSERT INTO accounts (account_code, account_name, account_type, is_posting, is_active) VALUES
    ('1000', '流動資産合計', 'asset', false, true),
    ('1110', '現金', 'asset', true, true),
    ('1120', '普通預金', 'asset', true, true),
    ('1190', '仮払金', 'asset', true, true),
    ('1310', '売掛金', 'asset', true, true),
    ('1410', '関係会社貸付金', 'asset', true, true),
    ('1510', '建物', 'asset', true, true),
    ('1999', '旧預け金勘定', 'asset', true, false),
    ('2110', '買掛金', 'liability', true, true),
    ('2190', '仮受金', 'liability', true, true),
    ('2210', '未払金', 'liability', true, true),
    ('3110', '資本金', 'equity', true, true),
    ('3210', '繰越利益剰余金', 'equity', true, true),
    ('4110', '売上高', 'revenue', true, true),
    ('4120', '関係会社売上高', 'revenue', true, true),
    ('5110', '売上原価', 'expense', true, true),
    ('6110', '消耗品費', 'expense', true, true),
    ('6120', '給料手当', 'expense', true, true),
    ('6130', '支払手数料', 'expense', true, true);

INSERT INTO users (user_id, user_name, approval_limit, is_active, can_approve) VALUES
    ('U01', '経理担当', 1000000, true, false),
    ('U02', '経理課長', 5000000, true, true),
    ('U03', '経理部長', 50000000, true, true),
    ('U09', '退職者', 1000000, false, true);

INSERT INTO vendors (vendor_code, vendor_name, is_related_party, is_active) VALUES
    ('V01', '一般取引先', false, true),
    ('V99', '関係会社取引先', true, true);
