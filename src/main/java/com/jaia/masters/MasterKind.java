package com.jaia.masters;

import static com.jaia.masters.MasterColumn.amount;
import static com.jaia.masters.MasterColumn.flag;
import static com.jaia.masters.MasterColumn.integer;
import static com.jaia.masters.MasterColumn.text;

import java.util.List;

/**
 * The master tables a file can fill, each with its columns in table order. A file is told apart by its header: it must
 * carry the key column and the name column of exactly one kind.
 */
enum MasterKind {

    ACCOUNTS("accounts", "account_name", List.of(
            text("account_code", "勘定科目コード", "科目コード", "勘定コード"),
            text("account_name", "勘定科目名", "科目名", "勘定科目"),
            text("account_name_en", "勘定科目名英語", "科目名英語", "英語名"),
            text("account_category", "科目区分", "勘定区分", "区分"),
            text("account_type", "科目種別", "種別"),
            text("account_class", "科目分類", "詳細区分"),
            text("account_class_source"),
            text("normal_balance", "貸借区分", "正常残高", "残高区分"),
            integer("level", "階層", "レベル"),
            text("parent_code", "親科目コード", "親コード", "上位科目コード"),
            flag("is_posting", "転記可", "転記可能", "posting"),
            flag("is_active", "有効", "使用可", "active"))),

    USERS("users", "user_name", List.of(
            text("user_id", "ユーザーid", "ユーザーコード", "担当者コード", "社員番号", "userid"),
            text("user_name", "ユーザー名", "氏名", "担当者名", "社員名"),
            text("user_name_en", "ユーザー名英語", "氏名英語"),
            text("dept_code", "部門コード", "所属部門コード", "所属部門"),
            text("position", "役職"),
            amount("approval_limit", "承認限度額", "承認上限額", "承認権限額", "承認限度"),
            flag("is_active", "有効", "在籍", "active"),
            flag("can_approve", "承認権限", "承認可", "承認可否"),
            text("role", "ロール", "権限"))),

    VENDORS("vendors", "vendor_name", List.of(
            text("vendor_code", "取引先コード", "仕入先コード", "得意先コード"),
            text("vendor_name", "取引先名", "取引先名称", "取引先", "仕入先名", "得意先名"),
            text("vendor_name_en", "取引先名英語"),
            text("vendor_type", "取引先区分", "取引先種別", "区分"),
            flag("is_related_party", "関連当事者", "関係会社", "関連当事者区分", "related_party"),
            flag("is_active", "有効", "active"))),

    DEPARTMENTS("departments", "dept_name", List.of(
            text("dept_code", "部門コード", "部署コード"),
            text("dept_name", "部門名", "部署名", "部門名称"),
            text("dept_name_en", "部門名英語", "部署名英語"),
            text("parent_dept_code", "上位部門コード", "親部門コード"),
            text("cost_center", "コストセンター", "原価センター"),
            flag("is_active", "有効", "active")));

    final String table;

    /** A second column the header must carry besides the key, so a file with a stray key column is not taken. */
    final String nameColumn;

    final List<MasterColumn> columns;

    MasterKind(String table, String nameColumn, List<MasterColumn> columns) {
        this.table = table;
        this.nameColumn = nameColumn;
        this.columns = columns;
    }

    /** The first column, unique per row. */
    MasterColumn key() {
        return columns.get(0);
    }

}
