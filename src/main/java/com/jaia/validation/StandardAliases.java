package com.jaia.validation;

import static com.jaia.validation.JournalField.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in header names of every field, in order of preference: the earlier JAIA column name first, then
 * English and Japanese names that accounting systems and spreadsheets commonly use.
 */
final class StandardAliases {

    private StandardAliases() {
    }

    static Map<JournalField, List<String>> all() {
        Map<JournalField, List<String>> aliases = new EnumMap<>(JournalField.class);
        aliases.put(GL_DETAIL_ID, List.of("gl_detail_id", "detail_id", "line_id", "明細ID", "仕訳明細ID"));
        aliases.put(BUSINESS_UNIT_CODE, List.of("business_unit_code", "business_unit", "company_code", "company",
                "会社コード", "事業単位コード", "事業所コード", "会社"));
        aliases.put(FISCAL_YEAR, List.of("fiscal_year", "fy", "会計年度", "年度"));
        aliases.put(ACCOUNTING_PERIOD, List.of("accounting_period", "period", "fiscal_period", "会計期間", "会計月度",
                "月度", "期間"));
        aliases.put(JOURNAL_ID, List.of("journal_id", "journal_no", "journal_number", "je_number", "je_id",
                "entry_number", "voucher_no", "voucher_number", "document_number", "document_no", "伝票番号", "仕訳番号",
                "伝票No", "仕訳No", "伝票ID", "仕訳ID"));
        aliases.put(JOURNAL_ID_LINE_NUMBER, List.of("journal_id_line_number", "line_number", "line_no", "je_line_number",
                "行番号", "明細行番号", "明細番号", "行No", "明細No"));
        aliases.put(EFFECTIVE_DATE, List.of("effective_date", "posting_date", "gl_date", "accounting_date",
                "journal_date", "voucher_date", "date", "計上日", "伝票日付", "仕訳日付", "計上日付", "取引日", "取引日付",
                "日付"));
        aliases.put(ENTRY_DATE, List.of("entry_date", "input_date", "created_date", "creation_date", "入力日", "入力日付",
                "起票日", "作成日", "登録日"));
        aliases.put(ENTRY_TIME, List.of("entry_time", "input_time", "created_time", "creation_time", "入力時刻",
                "入力時間", "作成時刻", "登録時刻"));
        aliases.put(GL_ACCOUNT_NUMBER, List.of("gl_account_number", "account_number", "account_code", "gl_account",
                "account", "勘定科目コード", "科目コード", "勘定科目番号", "勘定科目"));
        aliases.put(AMOUNT, List.of("amount", "signed_amount", "金額", "取引金額", "仕訳金額", "計上金額"));
        aliases.put(DEBIT_AMOUNT, List.of("debit_amount", "debit", "dr_amount", "借方金額", "借方"));
        aliases.put(CREDIT_AMOUNT, List.of("credit_amount", "credit", "cr_amount", "貸方金額", "貸方"));
        aliases.put(AMOUNT_CURRENCY, List.of("amount_currency", "currency", "currency_code", "通貨", "通貨コード"));
        aliases.put(FUNCTIONAL_AMOUNT, List.of("functional_amount", "local_amount", "amount_functional", "機能通貨金額",
                "円換算金額", "換算金額", "邦貨金額"));
        aliases.put(DEBIT_CREDIT_INDICATOR, List.of("debit_credit_indicator", "debit_credit", "dc", "d/c", "dr/cr",
                "dc_indicator", "side", "借貸区分", "貸借区分", "借貸", "貸借"));
        aliases.put(JE_LINE_DESCRIPTION, List.of("je_line_description", "description", "line_description", "memo",
                "narrative", "摘要", "明細摘要", "摘要文", "備考"));
        aliases.put(SOURCE, List.of("source", "je_source", "source_system", "入力元", "伝票種別", "伝票区分", "仕訳区分"));
        aliases.put(VENDOR_CODE, List.of("vendor_code", "vendor", "supplier_code", "partner_code", "customer_code",
                "counterparty_code", "取引先コード", "取引先", "仕入先コード", "得意先コード"));
        aliases.put(DEPT_CODE, List.of("dept_code", "department_code", "department", "cost_center", "部門コード",
                "部署コード", "部門"));
        aliases.put(PREPARED_BY, List.of("prepared_by", "entered_by", "created_by", "preparer", "user_id", "起票者",
                "入力者", "作成者", "登録者", "起票者コード", "入力者コード"));
        aliases.put(APPROVED_BY, List.of("approved_by", "approver", "承認者", "承認者コード"));
        aliases.put(APPROVED_DATE, List.of("approved_date", "approval_date", "承認日", "承認日付"));
        aliases.put(LAST_MODIFIED_BY, List.of("last_modified_by", "modified_by", "updated_by", "最終更新者", "更新者",
                "修正者"));
        aliases.put(LAST_MODIFIED_DATE, List.of("last_modified_date", "modified_date", "updated_date", "最終更新日",
                "更新日", "修正日"));
        return aliases;
    }

}
