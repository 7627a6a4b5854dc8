package com.jaia.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills the {@code ${name}} placeholders of the load scripts with SQL literals and splits them into statements.
 */
final class SqlTemplate {

    private SqlTemplate() {
    }

    static Map<String, String> values(LoadRequest request, String lineColumns, String rejectColumns, List<Path> lines,
            List<Path> rejects) {
        Map<String, String> values = new HashMap<>();
        values.put("import_id", Long.toString(request.importId()));
        values.put("job_execution_id", Long.toString(request.jobExecutionId()));
        values.put("lines", fileList(lines));
        values.put("rejects", fileList(rejects));
        values.put("line_columns", lineColumns);
        values.put("reject_columns", rejectColumns);
        values.put("tolerance", request.tolerance().toPlainString());
        values.put("file_name", literal(request.fileName()));
        values.put("file_sha256", literal(request.sha256()));
        values.put("file_size", Long.toString(request.fileSize()));
        values.put("file_format", literal(request.format()));
        values.put("file_encoding", literal(request.encoding()));
        values.put("business_unit", literal(request.businessUnit()));
        values.put("ignored_columns", literal(request.ignoredColumns()));
        values.put("replace", Boolean.toString(request.replace()));
        values.put("amounts_normalised", Long.toString(request.amountsNormalised()));
        values.put("started_at", request.startedAt() == null ? "NULL"
                : "TIMESTAMP " + literal(request.startedAt().toString().replace('T', ' ')));
        return values;
    }

    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /** A DuckDB list of file names; an empty list reads as a query with no rows. */
    private static String fileList(List<Path> files) {
        return files.stream().map(file -> literal(file.toAbsolutePath().toString()))
            .collect(Collectors.joining(", ", "[", "]"));
    }

    static List<String> statements(String script, Map<String, String> values) {
        String filled = script.lines().filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining("\n"));
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (filled.contains("${")) {
            throw new IllegalStateException("unfilled placeholder in load script: "
                    + filled.substring(filled.indexOf("${"), Math.min(filled.length(), filled.indexOf("${") + 30)));
        }
        List<String> statements = new ArrayList<>();
        for (String statement : filled.split("(?m)^;\\s*$")) {
            String sql = statement.strip();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }

}
