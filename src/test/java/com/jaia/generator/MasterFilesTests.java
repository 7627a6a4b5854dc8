package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterFilesTests {

    @TempDir
    Path dir;

    @Test
    void mastersHoldEveryAccountUserDepartmentAndVendorTheLedgerUses() throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        LedgerGenerator generator = new LedgerGenerator(9);
        generator.generate(30_000, ledger, dir.resolve("labels.csv"));
        generator.writeMasters(dir.resolve("masters"));
        List<Map<String, String>> rows = LedgerFile.rows(ledger);

        Set<String> accounts = column(dir.resolve("masters/chart_of_accounts.csv"), "account_code");
        Set<String> users = column(dir.resolve("masters/users.csv"), "user_id");
        Set<String> departments = column(dir.resolve("masters/departments.csv"), "dept_code");
        Set<String> vendors = column(dir.resolve("masters/vendors.csv"), "vendor_code");
        assertThat(accounts).containsAll(used(rows, "gl_account_number"));
        assertThat(users).containsAll(used(rows, "prepared_by")).containsAll(used(rows, "approved_by"));
        assertThat(departments).containsAll(used(rows, "dept_code"));
        assertThat(vendors).containsAll(used(rows, "vendor_code"));
    }

    @Test
    void writesTheEarlierJaiaMasterLayouts() throws IOException {
        new LedgerGenerator(9).writeMasters(dir);
        assertThat(firstLine("chart_of_accounts.csv")).isEqualTo("account_code,account_name,account_name_en,"
                + "account_category,account_type,normal_balance,level,parent_code,is_posting,is_active");
        assertThat(firstLine("users.csv")).isEqualTo(
                "user_id,user_name,user_name_en,dept_code,position,approval_limit,is_active,can_approve,role");
        assertThat(firstLine("departments.csv"))
            .isEqualTo("dept_code,dept_name,dept_name_en,parent_dept_code,cost_center,is_active");
        assertThat(firstLine("vendors.csv"))
            .isEqualTo("vendor_code,vendor_name,vendor_name_en,vendor_type,is_related_party,is_active");
        List<Map<String, String>> users = LedgerFile.rows(dir.resolve("users.csv"));
        assertThat(users).hasSizeBetween(30, 80);
        assertThat(LedgerFile.rows(dir.resolve("vendors.csv")))
            .filteredOn(vendor -> vendor.get("is_related_party").equals("true")).hasSizeBetween(2, 6);
        assertThat(LedgerFile.rows(dir.resolve("chart_of_accounts.csv")))
            .filteredOn(account -> account.get("is_posting").equals("true")).hasSizeBetween(55, 80)
            .extracting(account -> account.get("account_type"))
            .containsOnly("asset", "liability", "equity", "revenue", "expense");
    }

    private String firstLine(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file)).get(0);
    }

    private static Set<String> column(Path file, String name) throws IOException {
        return LedgerFile.rows(file).stream().map(row -> row.get(name)).collect(Collectors.toSet());
    }

    private static Set<String> used(List<Map<String, String>> rows, String name) {
        return rows.stream().map(row -> row.get(name)).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }

}
