package fr.ploucs.awareness.reach.adapter.in.web;

import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery;
import fr.ploucs.sharedkernel.NotFound;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The reach indicators: people reached per audience, commune, EPCI and tool in a chosen year, and per year, each as a
 * chart (ECharts, served from its webjar, drawn from the table next to it, which screen readers read instead) and a
 * table, with a CSV download. A year that is not one (or out of range) gets a French message, never an error page.
 */
@Controller
@RequestMapping(ReachController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class ReachController {

    static final String PATH = "/awareness/reach";
    static final int FIRST_YEAR = 2000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** The indicators, by the key the page and the CSV links use, with the CSV file's name in French. */
    enum Indicator {
        AUDIENCES("audiences", "publics"), COMMUNES("communes", "communes"), EPCIS("epcis", "epci"),
        TOOLS("tools", "outils"), YEARS("years", "annees");

        final String key;
        final String fileName;

        Indicator(String key, String fileName) {
            this.key = key;
            this.fileName = fileName;
        }

        static Optional<Indicator> byKey(String key) {
            return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
        }

        boolean hasCode() {
            return this == COMMUNES || this == EPCIS;
        }
    }

    private final ReachIndicatorsQuery reach;
    private final FindTerritoryQuery territory;
    private final MessageSource messages;
    private final Clock clock;

    ReachController(ReachIndicatorsQuery reach, FindTerritoryQuery territory, MessageSource messages, Clock clock) {
        this.reach = reach;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String indicators(@RequestParam(name = "year", required = false) String yearAsked, Model model, Locale locale) {
        List<Integer> years = reach.years();
        int year = defaultYear(years);
        if (yearAsked != null && !yearAsked.isBlank()) {
            Optional<Integer> asked = year(yearAsked);
            if (asked.isPresent()) {
                year = asked.get();
            } else {
                model.addAttribute("yearProblem", messages.getMessage("awareness.reach.year.invalid",
                        new Object[]{abbreviated(yearAsked.strip()), String.valueOf(FIRST_YEAR), String.valueOf(lastYear())}, locale));
            }
        }
        TreeSet<Integer> choices = new TreeSet<>(Comparator.reverseOrder());
        choices.addAll(years);
        choices.add(year);
        model.addAttribute("year", year);
        model.addAttribute("yearLabel", Integer.toString(year));
        model.addAttribute("yearChoices", List.copyOf(choices));
        model.addAttribute("hasData", !years.isEmpty());
        List<ReachTable> tables = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            tables.add(new ReachTable(indicator.key, lines(indicator, year, locale)));
        }
        model.addAttribute("tables", tables);
        return "awareness/reach/indicators";
    }

    /** One indicator as a CSV file; an unknown indicator or a year out of range is not found. */
    @GetMapping("/{indicator}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String indicator,
                               @RequestParam(name = "year", required = false) String yearAsked, Locale locale) {
        Indicator wanted = Indicator.byKey(indicator).orElseThrow(() -> new NotFound(indicator));
        int year = yearAsked == null || yearAsked.isBlank() ? defaultYear(reach.years())
                : year(yearAsked).orElseThrow(() -> new NotFound(yearAsked));
        List<String> header = new ArrayList<>();
        header.add(text("awareness.reach." + wanted.key + ".label", locale));
        if (wanted.hasCode()) {
            header.add(text("awareness.reach." + wanted.key + ".code", locale));
        }
        header.add(text("awareness.reach.sessions", locale));
        header.add(text("awareness.reach.people", locale));
        List<List<String>> rows = lines(wanted, year, locale).stream().map(line -> {
            List<String> row = new ArrayList<>();
            row.add(line.label());
            if (wanted.hasCode()) {
                row.add(line.code());
            }
            row.add(Long.toString(line.sessions()));
            row.add(Long.toString(line.people()));
            return row;
        }).toList();
        String fileName = "portee-" + wanted.fileName + (wanted == Indicator.YEARS ? "" : "-" + year) + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(CsvFile.of(header, rows));
    }

    private List<ReachLine> lines(Indicator indicator, int year, Locale locale) {
        return switch (indicator) {
            case AUDIENCES -> reach.perAudience(year).stream()
                    .map(line -> new ReachLine(messages.getMessage("awareness.session.audience." + line.audience(),
                            null, line.audience(), locale), null, line.sessions(), line.people()))
                    .toList();
            case COMMUNES -> reach.perCommune(year).stream()
                    .map(line -> new ReachLine(territory.commune(line.communeCode()).map(Commune::label)
                            .orElse(line.communeCode()), line.communeCode(), line.sessions(), line.people()))
                    .toList();
            case EPCIS -> reach.perEpci(year).stream()
                    .map(line -> new ReachLine(line.epciName() == null ? text("awareness.reach.epcis.none", locale)
                            : line.epciName(), line.epciCode(), line.sessions(), line.people()))
                    .toList();
            case TOOLS -> reach.perTool(year).stream()
                    .map(line -> new ReachLine(line.tool() == null ? text("awareness.reach.tools.none", locale)
                            : line.tool(), null, line.sessions(), line.people()))
                    .toList();
            case YEARS -> reach.perYear().stream()
                    .map(line -> new ReachLine(Integer.toString(line.year()), null, line.sessions(), line.people()))
                    .toList();
        };
    }

    /** The latest year with a delivered session, else this year. */
    private int defaultYear(List<Integer> years) {
        return years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
    }

    /** A year typed in the address, if it is one the indicators can be asked for (2000 to three years ahead). */
    private Optional<Integer> year(String typed) {
        String digits = typed.strip();
        if (!digits.matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(digits);
        return year < FIRST_YEAR || year > lastYear() ? Optional.empty() : Optional.of(year);
    }

    private int lastYear() {
        return LocalDate.now(clock).getYear() + 3;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String abbreviated(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }
}
