package com.jaia.validation;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The delimited file a partition reads: the imported file itself, or the CSV an XLSX workbook was converted to.
 * Kept in each partition's execution context so a restart reads exactly what the first attempt read.
 */
record SourceFile(Path path, Charset charset, char delimiter, String[] header) {

    private static final String PATH = "source.path";

    private static final String CHARSET = "source.charset";

    private static final String DELIMITER = "source.delimiter";

    private static final String HEADER = "source.header";

    private static final String SEPARATOR = "\u001F";

    SourceFile withPath(Path other) {
        return new SourceFile(other, charset, delimiter, header);
    }

    void writeTo(ExecutionContext context) {
        context.putString(PATH, path.toString());
        context.putString(CHARSET, charset.name());
        context.putString(DELIMITER, String.valueOf(delimiter));
        context.putString(HEADER, String.join(SEPARATOR, header));
    }

    static SourceFile readFrom(ExecutionContext context) {
        return new SourceFile(Path.of(context.getString(PATH)), Charset.forName(context.getString(CHARSET)),
                context.getString(DELIMITER).charAt(0), context.getString(HEADER).split(SEPARATOR, -1));
    }

}
