package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTests {

    @TempDir
    Path folder;

    @Test
    void keepsOnlyTheLastSegmentOfAHostileName() {
        assertThat(Uploads.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.sanitise("..\\..\\Windows\\system.ini")).isEqualTo("system.ini");
        assertThat(Uploads.sanitise("/abs/path/ledger.csv")).isEqualTo("ledger.csv");
    }

    @Test
    void removesControlCharactersAndForbiddenCharacters() {
        assertThat(Uploads.sanitise("led\u0000ger\r\n.csv")).isEqualTo("ledger.csv");
        assertThat(Uploads.sanitise("evil\u202Evsc.csv")).isEqualTo("evilvsc.csv");
        assertThat(Uploads.sanitise("a<b>:c|d?.csv")).isEqualTo("a_b__c_d_.csv");
        assertThat(Uploads.sanitise("...hidden.csv")).isEqualTo("hidden.csv");
    }

    @Test
    void namesAnEmptyOrMissingNameUpload() {
        assertThat(Uploads.sanitise(null)).isEqualTo("upload");
        assertThat(Uploads.sanitise("../")).isEqualTo("upload");
        assertThat(Uploads.sanitise("..")).isEqualTo("upload");
    }

    @Test
    void shortensVeryLongNamesKeepingTheExtension() {
        String name = Uploads.sanitise("x".repeat(300) + ".csv");
        assertThat(name).hasSize(100).endsWith(".csv");
    }

    @Test
    void storesAnUploadInsideItsFolder() throws IOException {
        Uploads uploads = new Uploads(folder, 1024);
        Path stored = uploads.receive(new ByteArrayInputStream("a,b\n".getBytes()), "../../escape.csv");
        assertThat(stored.getParent().getParent()).isEqualTo(folder.toAbsolutePath());
        assertThat(stored.getFileName()).hasToString("escape.csv");
        assertThat(Files.readString(stored)).isEqualTo("a,b\n");
    }

    @Test
    void refusesAnUploadOverTheLimitAndLeavesNothingBehind() throws IOException {
        Uploads uploads = new Uploads(folder, 10);
        assertThatThrownBy(() -> uploads.receive(new ByteArrayInputStream(new byte[11]), "big.csv"))
            .isInstanceOf(UploadTooLarge.class);
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void removesUploadsLeftBehindOnceOlderThanTheRetention() throws IOException {
        Uploads uploads = new Uploads(folder, 1024);
        Path old = uploads.receive(new ByteArrayInputStream("a,b\n".getBytes()), "failed-import.csv");
        Path recent = uploads.receive(new ByteArrayInputStream("c,d\n".getBytes()), "running-import.csv");
        Files.setLastModifiedTime(old.getParent(),
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(8))));

        assertThat(uploads.removeExpired(java.time.Duration.ofDays(7))).isEqualTo(1);

        assertThat(old.getParent()).doesNotExist();
        assertThat(recent).exists();
    }

}
