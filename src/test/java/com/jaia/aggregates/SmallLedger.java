package com.jaia.aggregates;

import static com.jaia.aggregates.Line.credit;
import static com.jaia.aggregates.Line.debit;

/**
 * The hand-built ledger behind the aggregate fixtures: four journals over fiscal years 2024 and 2025, their risk
 * scores, three rule violations and the masters.
 * <pre>
 * J1 2024 p1 2024-04-01 (Mon) Dr 1000 / Cr 4000   1,200.00  alice, approved by bob the same day     risk low
 * J2 2024 p1 2024-04-06 (Sat) Dr 5000 / Cr 1000  15,000.00  carol, self-approved, 23:30, V1, D1, Manual  critical
 * J3 2024 p2 2024-05-10 (Fri) Dr 1000 / Cr 4000     300.00  alice, not approved                    risk minimal
 * J4 2025 p1 2025-04-01 (Tue) Dr 1000 / Cr 4000     900.00  alice, approved by bob the next day     not scored
 * </pre>
 */
final class SmallLedger {

    private SmallLedger() {
    }

    static void load(DuckDbFixture db) {
        load(db, 2024);
    }

    /** The same ledger with fiscal years {@code first} and {@code first + 1} instead of 2024 and 2025. */
    static void load(DuckDbFixture db, int first) {
        int second = first + 1;
        db.insert(debit("1", first, 1, "J1", "2024-04-01", "1000", "1200.00"),
                credit("2", first, 1, "J1", "2024-04-01", "4000", "1200.00"));
        db.insert(j2(debit("3", first, 1, "J2", "2024-04-06", "5000", "15000.00")),
                j2(credit("4", first, 1, "J2", "2024-04-06", "1000", "15000.00")));
        db.insert(debit("5", first, 2, "J3", "2024-05-10", "1000", "300.00").by("alice", null, null),
                credit("6", first, 2, "J3", "2024-05-10", "4000", "300.00").by("alice", null, null));
        db.insert(debit("7", second, 1, "J4", "2025-04-01", "1000", "900.00").by("alice", "bob", "2025-04-02"),
                credit("8", second, 1, "J4", "2025-04-01", "4000", "900.00").by("alice", "bob", "2025-04-02"));
        db.score("1", "J1", first, 25, "low", 0.3, 0, 25, "low");
        db.score("2", "J1", first, 25, "low", 0.35, 0, 25, "low");
        db.score("3", "J2", first, 90, "critical", 0.95, 2, 92, "critical");
        db.score("4", "J2", first, 85, "critical", 0.85, 1, 92, "critical");
        db.score("5", "J3", first, 5, "minimal", 0.05, 0, 5, "minimal");
        db.score("6", "J3", first, 5, "minimal", 0.05, 0, 5, "minimal");
        db.violation("3", "J2", first, "APR_SELF_APPROVAL", "approval", "high", 70);
        db.violation("4", "J2", first, "APR_SELF_APPROVAL", "approval", "high", 70);
        db.violation("3", "J2", first, "TIM_WEEKEND", "time", "medium", 40);
        db.execute("""
                INSERT OR IGNORE INTO accounts (account_code, account_name, account_type, account_class) VALUES
                    ('1000', 'Cash', 'asset', 'cash'), ('4000', 'Sales', 'revenue', 'revenue'),
                    ('5000', 'Travel', 'expense', 'expense');
                INSERT OR IGNORE INTO users (user_id, user_name, dept_code, approval_limit) VALUES
                    ('alice', 'Alice', 'D1', 1000), ('bob', 'Bob', 'D1', 100000), ('carol', 'Carol', 'D2', 10000);
                INSERT OR IGNORE INTO departments (dept_code, dept_name) VALUES ('D1', 'Sales');
                INSERT OR IGNORE INTO vendors (vendor_code, vendor_name, is_related_party) VALUES ('V1', 'Acme', true);
                """);
    }

    private static Line j2(Line line) {
        return line.by("carol", "carol", "2024-04-06").entered("2024-04-06", "23:30:00").vendor("V1").dept("D1")
            .source("Manual");
    }

}
