package fr.ploucs.awareness.reach.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as Excel in French opens it: UTF-8 with a byte order mark, {@code ;} between cells, CRLF between lines.
 * A cell that a spreadsheet would read as a formula ({@code = + - @}, or a tab or carriage return first) is
 * prefixed with {@code '} so that it stays text; a cell holding {@code ;}, a quote or a line break is quoted.
 */
final class CsvFile {

    private static final char BOM = '\uFEFF';

    private CsvFile() {
    }

    static byte[] of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder().append(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
