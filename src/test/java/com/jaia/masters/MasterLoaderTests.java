package com.jaia.masters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.jaia.generator.LedgerGenerator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class MasterLoaderTests {

    @TempDir
    Path dir;

    SingleConnectionDataSource duckDb;

    JdbcClient sql;

    MasterLoader loader;

    @BeforeEach
    void openStore() throws SQLException, IOException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("test.duckdb"));
        duckDb = new SingleConnectionDataSource(connection, true);
        try (InputStream schema = getClass().getResourceAsStream("/db/duckdb/020-masters.sql")) {
            connection.createStatement().execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
        sql = JdbcClient.create(duckDb);
        loader = new MasterLoader(duckDb);
    }

    @AfterEach
    void closeStore() {
        duckDb.destroy();
    }

    @Test
    void loadsTheGeneratedMasters() throws IOException {
        new LedgerGenerator(3).writeMasters(dir.resolve("masters"));
        List<MasterLoadResult> results = loader.loadDirectory(dir.resolve("masters"), false, "cli");
        assertThat(results).extracting(MasterLoadResult::table)
            .containsExactly("accounts", "departments", "users", "vendors");
        assertThat(results).allSatisfy(result -> assertThat(result.rejected()).isEmpty());
        for (MasterLoadResult result : results) {
            long lines = Files.readAllLines(result.file()).size() - 1;
            assertThat(count(result.table())).isEqualTo(lines).isEqualTo(result.rowsLoaded());
        }
        assertThat(sql.sql("select account_name from accounts where account_code = '1110'").query(String.class)
            .single()).isEqualTo("現金");
        assertThat(sql.sql("select count(*) from vendors where is_related_party").query(Long.class).single())
            .isPositive();
        assertThat(count("master_loads")).isEqualTo(4);
    }

    @Test
    void readsAShiftJisUsersFileWithJapaneseHeaders() throws IOException {
        Path users = write("担当者.csv", Charset.forName("windows-31j"), """
                ユーザーID,氏名,部門コード,役職,承認限度額,有効,承認権限\r
                U001,山田 太郎,D200,課長,"10,000,000",〇,〇\r
                U002,佐藤 花子,D200,担当者,0,1,×\r
                U003,鈴木 一郎,D200,担当者,たくさん,1,0\r
                U001,山田 二郎,D200,担当者,0,Y,N\r
                """);
        MasterLoadResult result = load(users);
        assertThat(result.table()).isEqualTo("users");
        assertThat(result.rowsLoaded()).isEqualTo(2);
        assertThat(result.rejected()).extracting(MasterLoadResult.RejectedRow::lineNumber).containsExactly(4L, 5L);
        assertThat(result.rejected().get(0).reason()).contains("approval_limit", "たくさん");
        assertThat(result.rejected().get(1).reason()).contains("U001", "line 2");
        Map<String, Object> yamada = sql.sql("select * from users where user_id = 'U001'").query().singleRow();
        assertThat(yamada).containsEntry("user_name", "山田 太郎").containsEntry("can_approve", true)
            .containsEntry("is_active", true);
        assertThat((BigDecimal) yamada.get("approval_limit")).isEqualByComparingTo("10000000");
    }

    @Test
    void storesAGivenAccountClassFromATabSeparatedChart() throws IOException {
        Path chart = write("科目.tsv", StandardCharsets.UTF_8, """
                \uFEFF勘定科目コード\t勘定科目名\t科目種別\t科目分類\t転記可
                1430\t仮払金\tasset\tsuspense\tyes
                1110\t現金\tasset\t\tno
                """);
        MasterLoadResult result = load(chart);
        assertThat(result.table()).isEqualTo("accounts");
        assertThat(sql.sql("select concat_ws('/', account_code, coalesce(account_class, '-'), "
                + "coalesce(account_class_source, '-'), is_posting) from accounts order by account_code")
            .query(String.class).list()).containsExactly("1110/-/-/false", "1430/suspense/file/true");
    }

    @Test
    void refusesToShrinkAMasterUnlessAskedToReplaceItAndRecordsEveryLoad() throws IOException {
        write("v1.csv", StandardCharsets.UTF_8, "vendor_code,vendor_name\nV1,A\nV2,B\nV3,C\n");
        write("v2.csv", StandardCharsets.UTF_8, "取引先コード,取引先名,関連当事者\nV2,B2,true\n");
        MasterLoadResult first = load(dir.resolve("v1.csv"));
        assertThat(first.rowsBefore()).isZero();
        assertThat(first.rowsAfter()).isEqualTo(3);

        MasterLoadResult shrink = load(dir.resolve("v2.csv"));
        assertThat(shrink.loaded()).isFalse();
        assertThat(shrink.problem()).contains("replace the 3 rows of vendors with 1", "nothing was changed",
                "--replace", "replace=true");
        assertThat(shrink.rowsAfter()).isEqualTo(3);
        assertThat(count("vendors")).isEqualTo(3);

        MasterLoadResult replaced = loader.load(List.of(MasterFile.of(dir.resolve("v2.csv"))), true, "cli").get(0);
        assertThat(replaced.loaded()).isTrue();
        assertThat(replaced.rowsBefore()).isEqualTo(3);
        assertThat(replaced.rowsAfter()).isEqualTo(1);
        assertThat(sql.sql("select vendor_code || vendor_name from vendors").query(String.class).list())
            .containsExactly("V2B2");
        assertThat(sql.sql("select concat_ws('/', file_name, outcome, rows_before, rows_after, loaded_by, "
                + "length(file_sha256)) from master_loads order by loaded_at, outcome").query(String.class).list())
            .containsExactly("v1.csv/loaded/0/3/test/64", "v2.csv/refused/3/3/test/64", "v2.csv/loaded/3/1/cli/64");
    }

    @Test
    void refusesAnUnrelatedCsvInTheMastersFolderByNameAndLoadsTheRealOnesWithoutShrinkingAny() throws IOException {
        new LedgerGenerator(3).writeMasters(dir.resolve("masters"));
        loader.loadDirectory(dir.resolve("masters"), false, "cli");
        Map<String, Long> before = counts();
        write("masters/catalogue.csv", StandardCharsets.UTF_8,
                "rule_id,user_id,category,score\nAPR_SELF_APPROVAL,admin,approval,60\nAMT_ROUND,admin,amount,20\n");

        List<MasterLoadResult> results = loader.loadDirectory(dir.resolve("masters"), false, "cli");

        MasterLoadResult catalogue = results.stream().filter(r -> r.fileName().equals("catalogue.csv")).findFirst()
            .orElseThrow();
        assertThat(catalogue.loaded()).isFalse();
        assertThat(catalogue.problem()).contains("cannot tell which master it is", "rule_id, user_id, category",
                "user_id + user_name (users)", "勘定科目コード");
        assertThat(results).filteredOn(MasterLoadResult::loaded).extracting(MasterLoadResult::table)
            .containsExactly("accounts", "departments", "users", "vendors");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesTwoFilesOfOneKindInOneLoad() throws IOException {
        write("a.csv", StandardCharsets.UTF_8, "user_id,user_name\nU1,A\nU2,B\n");
        write("b.csv", StandardCharsets.UTF_8, "ユーザーID,氏名\nU9,Z\n");
        List<MasterLoadResult> results = loader.load(List.of(MasterFile.of(dir.resolve("a.csv")),
                MasterFile.of(dir.resolve("b.csv"))), true, "cli");
        assertThat(results).allSatisfy(result -> assertThat(result.problem()).contains("a.csv, b.csv", "users"));
        assertThat(count("users")).isZero();
    }

    private Map<String, Long> counts() {
        return Map.of("accounts", count("accounts"), "users", count("users"), "departments", count("departments"),
                "vendors", count("vendors"));
    }

    private MasterLoadResult load(Path file) {
        return loader.load(List.of(MasterFile.of(file)), false, "test").get(0);
    }

    @Test
    void readsAWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("d.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("部門");
            String[][] cells = { { "部門コード", "部門名", "上位部門コード" }, { "D100", "経営企画部", "" },
                    { "D200", "経理部", "D100" } };
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }
        MasterLoadResult result = load(dir.resolve("d.xlsx"));
        assertThat(result.table()).isEqualTo("departments");
        assertThat(sql.sql("select parent_dept_code from departments where dept_code = 'D200'").query(String.class)
            .single()).isEqualTo("D100");
    }

    @Test
    void commandLoadsADirectoryAndFailsWhenAFileCannotBeLoaded() throws IOException {
        new LedgerGenerator(3).writeMasters(dir.resolve("masters"));
        MastersCommand command = new MastersCommand(loader);
        assertThat(command.run(new String[] { dir.resolve("masters").toString() })).isZero();
        write("masters/notes.csv", StandardCharsets.UTF_8, "memo\nhello\n");
        assertThat(command.run(new String[] { dir.resolve("masters").toString() })).isEqualTo(1);
        assertThat(command.run(new String[0])).isEqualTo(2);
        assertThat(count("users")).isPositive();
    }

    @Test
    void saysInOneSentenceThatAFileOrFolderIsMissing() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(new MastersCommand(loader).run(new String[] { dir.resolve("absent").toString() }))
                .isEqualTo(1);
        }
        finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no file or folder")
            .doesNotContain("Exception", "at com.").hasLineCount(1);

        MasterLoadResult missing = loader.load(List.of(MasterFile.of(dir.resolve("users-gone.csv"))), false, "test")
            .get(0);
        assertThat(missing.loaded()).isFalse();
        assertThat(missing.problem()).contains("there is no file or folder", "users-gone.csv")
            .doesNotContain("Exception", "java.");
    }

    private long count(String table) {
        return sql.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Path write(String name, Charset charset, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

}
