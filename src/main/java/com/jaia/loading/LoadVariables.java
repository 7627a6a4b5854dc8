package com.jaia.loading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the load scripts read as {@code getvariable('name')}, taken from the request; they are bound as statement
 * parameters, never written into the SQL.
 */
final class LoadVariables {

    private LoadVariables() {
    }

    static Map<String, Object> of(LoadRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put("import_id", request.importId());
        values.put("job_execution_id", request.jobExecutionId());
        values.put("lines", absolute(request.stagedLines()));
        values.put("rejects", absolute(request.stagedRejects()));
        values.put("tolerance", request.tolerance());
        values.put("file_name", request.fileName());
        values.put("file_sha256", request.sha256());
        values.put("file_size", request.fileSize());
        values.put("file_format", request.format());
        values.put("file_encoding", request.encoding());
        values.put("business_unit", request.businessUnit());
        values.put("ignored_columns", request.ignoredColumns());
        values.put("replace", request.replace());
        values.put("amounts_normalised", request.amountsNormalised());
        values.put("started_at", request.startedAt());
        return values;
    }

    private static List<String> absolute(List<java.nio.file.Path> files) {
        return files.stream().map(file -> file.toAbsolutePath().toString()).toList();
    }

}
