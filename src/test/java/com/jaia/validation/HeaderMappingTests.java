package com.jaia.validation;

import static com.jaia.validation.JournalField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderMappingTests {

    static final List<String> EARLIER_JAIA_COLUMNS = List.of("gl_detail_id", "business_unit_code", "fiscal_year",
            "accounting_period", "journal_id", "journal_id_line_number", "effective_date", "entry_date", "entry_time",
            "gl_account_number", "amount", "amount_currency", "functional_amount", "debit_credit_indicator",
            "je_line_description", "source", "vendor_code", "dept_code", "prepared_by", "approved_by", "approved_date",
            "last_modified_by", "last_modified_date");

    @TempDir
    Path dir;

    @Test
    void mapsJapaneseHeaders() {
        HeaderMapping mapping = resolve("\uFEFF伝票番号", "行番号", "計上日", "入力日", "入力時刻", "勘定科目コード", "金額",
                "借貸区分", "摘要", "部門コード", "取引先コード", "起票者", "承認者", "承認日", "通貨");
        assertThat(mapping.index(JOURNAL_ID)).isZero();
        assertThat(mapping.header(JOURNAL_ID)).isEqualTo("伝票番号");
        assertThat(mapping.index(EFFECTIVE_DATE)).isEqualTo(2);
        assertThat(mapping.index(AMOUNT_CURRENCY)).isEqualTo(14);
        assertThat(mapping.index(PREPARED_BY)).isEqualTo(11);
        assertThat(mapping.amountLayout()).isEqualTo(AmountLayout.AMOUNT_AND_SIDE);
        assertThat(mapping.ignoredColumns()).isEmpty();
    }

    @Test
    void ignoresCaseSpacesUnderscoresAndWidth() {
        HeaderMapping mapping = resolve(" Journal ID ", "EFFECTIVE-DATE", "Ｇｌ＿Ａｃｃｏｕｎｔ＿Ｎｕｍｂｅｒ", "Amount",
                "D.C", "金額(円)");
        assertThat(mapping.index(JOURNAL_ID)).isZero();
        assertThat(mapping.index(EFFECTIVE_DATE)).isEqualTo(1);
        assertThat(mapping.index(GL_ACCOUNT_NUMBER)).isEqualTo(2);
        assertThat(mapping.index(DEBIT_CREDIT_INDICATOR)).isEqualTo(4);
        assertThat(mapping.ignoredColumns()).containsExactly("金額(円)");
    }

    @Test
    void readsTheDebitAndCreditColumnLayout() {
        HeaderMapping mapping = resolve("伝票日付", "伝票番号", "勘定科目", "借方金額", "貸方金額", "摘要", "入力者");
        assertThat(mapping.amountLayout()).isEqualTo(AmountLayout.DEBIT_AND_CREDIT_COLUMNS);
        assertThat(mapping.index(DEBIT_AMOUNT)).isEqualTo(3);
        assertThat(mapping.index(CREDIT_AMOUNT)).isEqualTo(4);
        assertThat(mapping.has(AMOUNT)).isFalse();
        assertThat(mapping.index(PREPARED_BY)).isEqualTo(6);
    }

    @Test
    void takesASignedAmountWithoutIndicator() {
        HeaderMapping mapping = resolve("journal_id", "date", "account", "amount");
        assertThat(mapping.amountLayout()).isEqualTo(AmountLayout.SIGNED_AMOUNT);
    }

    @Test
    void prefersTheBetterNameWhenTwoColumnsMatchOneField() {
        HeaderMapping mapping = resolve("伝票日付", "計上日", "伝票番号", "勘定科目", "勘定科目コード", "金額", "貸借区分");
        assertThat(mapping.header(EFFECTIVE_DATE)).isEqualTo("計上日");
        assertThat(mapping.header(GL_ACCOUNT_NUMBER)).isEqualTo("勘定科目コード");
        assertThat(mapping.ignoredColumns()).containsExactly("伝票日付", "勘定科目");
    }

    @Test
    void importsEarlierJaiaFilesInAnyOrderWithLabelColumns() {
        List<String> headers = new ArrayList<>(EARLIER_JAIA_COLUMNS);
        headers.addAll(List.of("account_name", "dept_name", "vendor_name"));
        Collections.shuffle(headers, new Random(7));
        HeaderMapping mapping = resolve(headers.toArray(String[]::new));
        for (String column : EARLIER_JAIA_COLUMNS) {
            JournalField field = JournalField.valueOf(column.toUpperCase());
            assertThat(mapping.index(field)).as(column).isEqualTo(headers.indexOf(column));
        }
        assertThat(mapping.ignoredColumns()).containsExactlyInAnyOrder("account_name", "dept_name", "vendor_name");
        assertThat(mapping.amountLayout()).isEqualTo(AmountLayout.AMOUNT_AND_SIDE);
    }

    @Test
    void failsNamingTheMissingColumnAndTheHeadersFound() {
        assertThatThrownBy(() -> resolve("伝票番号", "勘定科目コード", "金額", "借貸区分"))
                .isInstanceOfSatisfying(MissingRequiredColumn.class, e -> {
                    assertThat(e.missing()).singleElement().asString().startsWith("effective date (effective_date");
                    assertThat(e.headersFound()).containsExactly("伝票番号", "勘定科目コード", "金額", "借貸区分");
                })
                .hasMessageContaining("計上日").hasMessageContaining("Headers found: 伝票番号, 勘定科目コード, 金額, 借貸区分");
    }

    @Test
    void failsWhenNoAmountColumnExists() {
        assertThatThrownBy(() -> resolve("journal_id", "effective_date", "account", "memo"))
                .isInstanceOf(MissingRequiredColumn.class).hasMessageContaining("amount (amount")
                .hasMessageContaining("借方金額");
        assertThatThrownBy(() -> resolve("journal_id", "effective_date", "account", "借方金額"))
                .isInstanceOf(MissingRequiredColumn.class).hasMessageContaining("credit amount");
    }

    @Test
    void listsUnknownAndUnnamedColumnsAsIgnored() {
        HeaderMapping mapping = resolve("journal_id", "", "effective_date", "account", "amount", "notes", "", "");
        assertThat(mapping.ignoredColumns()).containsExactly("(unnamed column 2)", "notes");
        assertThat(mapping.columnCount()).isEqualTo(8);
    }

    @Test
    void standardAliasesNeverNameTwoFields() {
        Map<String, JournalField> seen = new HashMap<>();
        MappingProfile.standard().aliases().forEach((field, aliases) -> aliases.forEach(alias -> {
            JournalField before = seen.put(HeaderNames.normalise(alias), field);
            assertThat(before).as(alias).isIn(null, field);
        }));
        assertThat(MappingProfile.standard().aliases()).containsKeys(JournalField.values());
    }

    @Test
    void readsAProfileFromYaml() throws IOException {
        Files.writeString(dir.resolve("erp.yml"), """
                # an ERP export
                journal_id: [BELNR, 会計伝票]
                effective_date: BUDAT
                GL_ACCOUNT_NUMBER: [HKONT]
                amount: [DMBTR]
                debit-credit-indicator: [SHKZG]
                je_line_description: [金額]
                """);
        MappingProfile profile = MappingProfiles.load(dir, "erp");
        assertThat(profile.name()).isEqualTo("erp");
        HeaderMapping mapping = HeaderMapping.resolve(new String[] {"BELNR", "budat", "HKONT", "DMBTR", "SHKZG", "金額"},
                profile);
        assertThat(mapping.index(JOURNAL_ID)).isZero();
        assertThat(mapping.index(AMOUNT)).isEqualTo(3);
        assertThat(mapping.header(JE_LINE_DESCRIPTION)).isEqualTo("金額");
        assertThatThrownBy(() -> HeaderMapping.resolve(new String[] {"伝票番号", "計上日", "勘定科目", "金額", "借貸"},
                profile)).isInstanceOf(MissingRequiredColumn.class).hasMessageContaining("amount (DMBTR, amount");
    }

    @Test
    void readsTheShippedExampleProfile() {
        MappingProfile profile = MappingProfiles.load(Path.of("config/mappings"), "example-erp");
        HeaderMapping mapping = HeaderMapping.resolve(new String[] {"DocumentNo", "PostingDate", "GLAccount",
            "AmountInLocalCurrency", "DebitCreditCode", "CostCenter"}, profile);
        assertThat(mapping.has(DEPT_CODE)).isTrue();
        assertThat(mapping.ignoredColumns()).isEmpty();
    }

    @Test
    void explainsBadProfiles() throws IOException {
        Files.writeString(dir.resolve("typo.yml"), "journal: [BELNR]\n");
        assertThatIllegalArgumentException().isThrownBy(() -> MappingProfiles.load(dir, "typo"))
                .withMessageContaining("unknown field 'journal'").withMessageContaining("journal_id");
        assertThatIllegalArgumentException().isThrownBy(() -> MappingProfiles.load(dir, "absent"))
                .withMessageContaining("no mapping profile 'absent'").withMessageContaining("available: standard, typo");
        assertThat(MappingProfiles.load(dir, "standard")).isSameAs(MappingProfile.standard());
    }

    private static HeaderMapping resolve(String... headers) {
        return HeaderMapping.resolve(headers, MappingProfile.standard());
    }

}
