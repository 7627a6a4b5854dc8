package com.jaia.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the synthetic company's master files in the earlier JAIA's sample-master layouts: chart of accounts, users,
 * departments and vendors.
 */
final class MasterFiles {

    static final String CHART = "chart_of_accounts.csv";
    static final String USERS = "users.csv";
    static final String DEPARTMENTS = "departments.csv";
    static final String VENDORS = "vendors.csv";

    private MasterFiles() {
    }

    /** Writes {@code users.csv} for a ledger whose users prepare journals but approve none: no limits, no approvers. */
    static Path writePreparers(List<String> preparers, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder users = new StringBuilder(Csv.row("user_id", "user_name", "user_name_en", "dept_code",
                "position", "approval_limit", "is_active", "can_approve", "role"));
        for (String id : preparers) {
            String name = Character.toUpperCase(id.charAt(0)) + ". " + Character.toUpperCase(id.charAt(1))
                    + id.substring(2);
            users.append(Csv.row(id, name, name, "", "Treasury analyst", "", true, false, "preparer"));
        }
        Path file = dir.resolve(USERS);
        Files.writeString(file, users, StandardCharsets.UTF_8);
        return file;
    }

    static List<Path> write(Company company, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream chart = MasterFiles.class.getResourceAsStream("/generator/" + CHART)) {
            Files.copy(chart, dir.resolve(CHART), StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder users = new StringBuilder(Csv.row("user_id", "user_name", "user_name_en", "dept_code",
                "position", "approval_limit", "is_active", "can_approve", "role"));
        for (Company.User u : company.users) {
            users.append(Csv.row(u.id(), u.name(), u.nameEn(), u.deptCode(), u.position(), u.approvalLimit(),
                    u.active(), u.canApprove(), u.role()));
        }
        StringBuilder departments = new StringBuilder(Csv.row("dept_code", "dept_name", "dept_name_en",
                "parent_dept_code", "cost_center", "is_active"));
        for (Company.Department d : company.departments) {
            departments.append(Csv.row(d.code(), d.name(), d.nameEn(), d.parent(), d.costCenter(), true));
        }
        StringBuilder vendors = new StringBuilder(Csv.row("vendor_code", "vendor_name", "vendor_name_en",
                "vendor_type", "is_related_party", "is_active"));
        for (Company.Vendor v : company.vendors) {
            vendors.append(Csv.row(v.code(), v.name(), v.nameEn(), v.type(), v.relatedParty(), true));
        }
        Files.writeString(dir.resolve(USERS), users, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(DEPARTMENTS), departments, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(VENDORS), vendors, StandardCharsets.UTF_8);
        return List.of(dir.resolve(CHART), dir.resolve(USERS), dir.resolve(DEPARTMENTS), dir.resolve(VENDORS));
    }

}
