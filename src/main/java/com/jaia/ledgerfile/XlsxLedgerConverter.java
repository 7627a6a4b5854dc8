package com.jaia.ledgerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook into a UTF-8 CSV (RFC 4180) with POI's SAX event API, so a workbook of
 * any size is read in flat memory. Dates become ISO text, numbers plain text; POI's zip-bomb limits stay on.
 */
public final class XlsxLedgerConverter {

    private XlsxLedgerConverter() {
    }

    /** Writes the first sheet of {@code xlsx} to {@code csvOut}; fails with {@link BadLedgerFile} on a bad workbook. */
    public static void toCsv(Path xlsx, Path csvOut) {
        try (OPCPackage workbook = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            LedgerCellFormatter formatter = new LedgerCellFormatter(uses1904Dates(reader));
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new BadLedgerFile("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next();
                    Writer out = Files.newBufferedWriter(csvOut, StandardCharsets.UTF_8)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new CsvSheetWriter(out), formatter, false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            if (isPoiLimit(e)) {
                throw new BadLedgerFile("the workbook cannot be read safely: " + e.getMessage(), e);
            }
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof BadLedgerFile bad) {
                throw bad;
            }
            throw new BadLedgerFile("the file is not a readable Excel workbook: " + e.getMessage(), e);
        }
    }

    private static boolean isPoiLimit(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Zip bomb") || message.contains("max") || message.contains("exceed");
    }

    private static boolean uses1904Dates(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return head.contains("date1904=\"1\"") || head.contains("date1904=\"true\"");
        }
    }

}
