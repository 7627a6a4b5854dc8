package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

@JaiaSpringTest
class InboxTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(InboxTests.class);

    @Autowired
    IntakeSettings settings;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    Path inbox() {
        return settings.inboxes().get(0).toAbsolutePath();
    }

    Path outcome(String folder, String name) {
        return inbox().resolve(folder).resolve(LocalDate.now().toString()).resolve(name);
    }

    @Test
    void importsAFileDroppedIntoTheInboxAndMovesItToProcessed() {
        Path file = Ledgers.write(inbox().resolve("inbox-ledger.csv"), UNIT, "INBOX", 20);
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(outcome("processed", "inbox-ledger.csv")));
        assertThat(file).doesNotExist();
        Map<String, Object> ledger = duckDb.sql("SELECT rows_loaded FROM imports WHERE file_name = 'inbox-ledger.csv'")
            .query()
            .singleRow();
        assertThat(((Number) ledger.get("rows_loaded")).longValue()).isEqualTo(40);
    }

    @Test
    void movesAFailedFileToFailedWithAnErrorFileSayingWhy() throws IOException {
        Ledgers.broken(inbox().resolve("inbox-broken.csv"));
        Path error = outcome("failed", "inbox-broken.csv.error.txt");
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(error));
        assertThat(outcome("failed", "inbox-broken.csv")).exists();
        assertThat(Files.readString(error)).contains("ended FAILED").doesNotContain("Exception", "\tat ");
    }

    @Test
    void movesAFileWhoseEveryRowWasRejectedToFailedSayingNothingWasLoaded() throws IOException {
        Path file = inbox().resolve("inbox-all-rejected.csv");
        Files.writeString(file, Ledgers.HEADER + "\n" + "AR-1," + UNIT + ",2024,1,AR-J1,1,2024-04-01,1110,100.00,D,x\n"
                + "AR-2," + UNIT + ",2024,1,AR-J1,2,2024-04-01,4110,90.00,C,unbalanced\n");
        Path error = outcome("failed", "inbox-all-rejected.csv.error.txt");
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(error));
        assertThat(outcome("failed", "inbox-all-rejected.csv")).exists();
        assertThat(outcome("processed", "inbox-all-rejected.csv")).doesNotExist();
        assertThat(Files.readString(error)).contains("loaded nothing", "all 2 rows were rejected", "/rejects");
    }

    @Test
    void refusesTheSameContentTwiceAndMovesTheCopyAsideWithANoteNamingTheFirstImport() throws IOException {
        Ledgers.write(inbox().resolve("inbox-dup-first.csv"), UNIT, "DUP", 5);
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(outcome("processed", "inbox-dup-first.csv")));
        long firstImport = duckDb.sql("SELECT import_id FROM imports WHERE file_name = 'inbox-dup-first.csv'")
            .query(Long.class)
            .single();
        Ledgers.write(inbox().resolve("inbox-dup-second.csv"), UNIT, "DUP", 5);
        Path note = outcome("duplicates", "inbox-dup-second.csv.duplicate.txt");
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(note));
        assertThat(Files.readString(note)).contains("#" + firstImport);
        assertThat(duckDb.sql("SELECT count(*) FROM imports WHERE file_name = 'inbox-dup-second.csv'").query(Long.class).single())
            .isZero();
    }

    @Test
    void leavesPartialAndTemporaryFilesAlone() {
        assertThat(CompleteFiles.isCompleteName(Path.of("ledger.csv.part"))).isFalse();
        assertThat(CompleteFiles.isCompleteName(Path.of(".ledger.csv"))).isFalse();
        assertThat(CompleteFiles.isCompleteName(Path.of("ledger.csv.tmp"))).isFalse();
        assertThat(CompleteFiles.isCompleteName(Path.of("~$ledger.xlsx"))).isFalse();
        assertThat(CompleteFiles.isCompleteName(Path.of("ledger.csv"))).isTrue();
        Path part = Ledgers.write(inbox().resolve("growing.csv.part"), UNIT, "PART", 3);
        Ledgers.write(inbox().resolve("inbox-marker.csv"), UNIT, "MARKER", 3);
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(outcome("processed", "inbox-marker.csv")));
        assertThat(part).exists();
    }

}
