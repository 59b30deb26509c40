package fr.ploucs.awareness.reach.adapter.in.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_stay_text() {
        assertThat(CsvFile.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvFile.cell("+33 6 12")).isEqualTo("'+33 6 12");
        assertThat(CsvFile.cell("-2")).isEqualTo("'-2");
        assertThat(CsvFile.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFile.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvFile.cell("Jeu = rôle")).isEqualTo("Jeu = rôle");
    }

    @Test
    void cells_with_a_separator_a_quote_or_a_line_break_are_quoted() {
        assertThat(CsvFile.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvFile.cell("dit \"non\"")).isEqualTo("\"dit \"\"non\"\"\"");
        assertThat(CsvFile.cell("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
        assertThat(CsvFile.cell(null)).isEmpty();
    }
}
