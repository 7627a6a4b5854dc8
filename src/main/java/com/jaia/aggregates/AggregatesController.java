package com.jaia.aggregates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The aggregates API: the catalogue of the 17 tables, and each table's rows filtered by fiscal year, business unit (none:
 * the totals over all business units) and period, paged, as JSON or CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}).
 */
@RestController
@RequestMapping("/api/v1/aggregates")
class AggregatesController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AggregateQuery query;

    private final AggregatesSettings settings;

    AggregatesController(AggregateQuery query, AggregatesSettings settings) {
        this.query = query;
        this.settings = settings;
    }

    @GetMapping
    List<AggregateSummary> aggregates() {
        return query.summaries();
    }

    /** A page of the table's rows; CSV without {@code size} gives every matching row. */
    @GetMapping("/{name}")
    ResponseEntity<Object> rows(@PathVariable String name, @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String businessUnit, @RequestParam(required = false) Integer period, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Aggregate aggregate = query.aggregate(name).orElseThrow(() -> new AggregateNotFound(name));
        if (page != null && page < 0) {
            throw new InvalidAggregateQuery("page must be 0 or more, not " + page);
        }
        if (size != null && (size < 1 || size > settings.maxPageSize())) {
            throw new InvalidAggregateQuery("size must be between 1 and " + settings.maxPageSize() + ", not " + size);
        }
        if (csv(format, accept)) {
            return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + aggregate.table() + ".csv\"")
                .body(csv(aggregate, fiscalYear, businessUnit, period, page, size));
        }
        int pageSize = size == null ? settings.defaultPageSize() : size;
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .body(query.page(aggregate, fiscalYear, businessUnit, period, page == null ? 0 : page, pageSize));
    }

    private static boolean csv(String format, String accept) {
        if (format != null) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw new InvalidAggregateQuery("format must be json or csv, not '" + format + "'");
        }
        return accept != null && MediaType.parseMediaTypes(accept).stream()
            .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("csv"));
    }

    private byte[] csv(Aggregate aggregate, Integer fiscalYear, String businessUnit, Integer period, Integer page,
            Integer size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.builder().build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            query.stream(aggregate, fiscalYear, businessUnit, period, page, size,
                    values -> writer.writeRecord(values.stream().map(CsvCells::of).toList()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
