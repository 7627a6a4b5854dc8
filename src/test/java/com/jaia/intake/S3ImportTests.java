package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.duckdb.DuckDb;
import com.jaia.status.ApiErrors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

@JaiaSpringTest
class S3ImportTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(S3ImportTests.class);

    static Path root;

    static S3MockServer server;

    static S3Client client;

    @Autowired
    ImportQueue queue;

    @Autowired
    Uploads uploads;

    @Autowired
    DataSource metaStore;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @BeforeAll
    static void startS3() throws Exception {
        root = Files.createTempDirectory("jaia-s3-").resolve("store");
        Files.createDirectories(root);
        server = S3MockServer.start(root, "ledgers");
        client = server.client();
    }

    @AfterAll
    static void stopS3() {
        client.close();
        server.close();
    }

    static void put(String key, Path file) {
        client.putObject(PutObjectRequest.builder().bucket("ledgers").key(key).build(), RequestBody.fromFile(file));
    }

    S3Imports s3Imports() {
        return new S3Imports(client, uploads, queue, metaStore);
    }

    long rowsLoaded(long executionId) {
        return duckDb.sql("SELECT rows_loaded FROM imports WHERE job_execution_id = ?")
            .param(executionId)
            .query(Long.class)
            .single();
    }

    @Test
    void importsAnObjectNamedByItsS3Uri() throws Exception {
        put("single/s3-ledger.csv", Ledgers.write(Files.createTempFile("s3-", ".csv"), UNIT, "S3ONE", 15));
        ImportSubmission submission = s3Imports().importObject(S3Location.parse("s3://ledgers/single/s3-ledger.csv"),
                Optional.empty(), Optional.empty());
        JobExecution ended = submission.completion().get(120, TimeUnit.SECONDS);
        assertThat(ended.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rowsLoaded(ended.getId())).isEqualTo(30);
    }

    @Test
    void acceptsAnS3UriThroughTheRestEndpoint() throws Exception {
        put("rest/rest-s3.csv", Ledgers.write(Files.createTempFile("s3-", ".csv"), UNIT, "S3REST", 4));
        ObjectProvider<S3Imports> provider = new StaticListableBeanFactory(
                Map.of("s3Imports", s3Imports())).getBeanProvider(S3Imports.class);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ImportsController(queue, uploads, provider, duckDb))
            .setControllerAdvice(new ApiErrors())
            .build();
        mvc.perform(post("/api/v1/imports").contentType(MediaType.APPLICATION_JSON)
            .content("{\"uri\": \"s3://ledgers/rest/rest-s3.csv\"}"))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", startsWith("/api/v1/jobs/")));
    }

    @Test
    void watchesAPrefixAndImportsEachNewObjectExactlyOnceAcrossRestarts() throws Exception {
        put("watch/a.csv", Ledgers.write(Files.createTempFile("s3-", ".csv"), UNIT, "S3WA", 3));
        put("watch/b.csv", Ledgers.write(Files.createTempFile("s3-", ".csv"), UNIT, "S3WB", 4));
        put("watch/c.csv.part", Ledgers.write(Files.createTempFile("s3-", ".csv"), UNIT, "S3WC", 4));
        S3Location prefix = S3Location.parse("s3://ledgers/watch/");
        List<CompletableFuture<?>> first = s3Imports().sweep(prefix);
        assertThat(first).hasSize(2);
        CompletableFuture.allOf(first.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        assertThat(s3Imports().sweep(prefix)).as("a new watcher over the same store (a restart)").isEmpty();
        put("watch/d.csv", Ledgers.write(Files.createTempFile("s3-", ".csv"), UNIT, "S3WD", 5));
        List<CompletableFuture<?>> third = s3Imports().sweep(prefix);
        assertThat(third).hasSize(1);
        JobExecution ended = (JobExecution) third.get(0).get(120, TimeUnit.SECONDS);
        assertThat(ended.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rowsLoaded(ended.getId())).isEqualTo(10);
    }

}
