package com.jaia.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chart's account classes as the rules see them (given, inferred from the names, or overridden), and the
 * auditor's overrides.
 */
final class AccountClasses {

    private final DataSource duckDb;

    private final ReferenceData referenceData;

    private final JdbcClient jdbc;

    AccountClasses(DataSource duckDb, ReferenceData referenceData) {
        this.duckDb = duckDb;
        this.referenceData = referenceData;
        this.jdbc = JdbcClient.create(duckDb);
    }

    /** One account and the class the rules use for it. */
    record AccountClass(String accountCode, String accountName, String accountType, String accountClass,
            String source, String overrideReason, String overrideAuthor) {
    }

    List<AccountClass> list() {
        refresh();
        return jdbc.sql("SELECT a.account_code, a.account_name, a.account_type, a.account_class, "
                + "a.account_class_source AS source, o.reason AS override_reason, o.author AS override_author "
                + "FROM accounts a LEFT JOIN account_class_overrides o ON o.account_code = a.account_code "
                + "AND a.account_class_source = 'override' ORDER BY a.account_code").query(AccountClass.class).list();
    }

    /** The classes an override may set: those the keyword file infers and those the chart itself gives. */
    List<String> knownClasses() {
        refresh();
        return jdbc.sql("SELECT account_class FROM account_class_keywords UNION SELECT account_class FROM accounts "
                + "WHERE account_class_source = 'file' AND account_class IS NOT NULL ORDER BY 1")
            .query(String.class).list();
    }

    /**
     * Sets (or, with a null class, removes) an override and who set it; returns false when the account is not in the
     * chart.
     */
    boolean override(String accountCode, String accountClass, String reason, String author) {
        boolean known = jdbc.sql("SELECT count(*) FROM accounts WHERE account_code = ?").param(accountCode)
            .query(Long.class).single() > 0;
        if (!known) {
            return false;
        }
        jdbc.sql("DELETE FROM account_class_overrides WHERE account_code = ?").param(accountCode).update();
        if (accountClass != null) {
            jdbc.sql("INSERT INTO account_class_overrides (account_code, account_class, reason, updated_at, author) "
                    + "VALUES (?, ?, ?, now(), ?)").params(accountCode, accountClass, reason, author).update();
        }
        refresh();
        return true;
    }

    private void refresh() {
        try (Connection connection = duckDb.getConnection()) {
            referenceData.refresh(connection);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot refresh account classes: " + e.getMessage(), e);
        }
    }

}
