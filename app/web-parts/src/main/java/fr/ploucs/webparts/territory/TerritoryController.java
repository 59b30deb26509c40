package fr.ploucs.webparts.territory;

import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Departement;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The suggestions of the territory pickers ({@code templates/territory/commune-field.html}), for any form of any
 * pillar and any signed-in user: the {@code <option>}s htmx puts in the
 * picker's {@code <datalist>}. The text typed comes as {@code q}, or, since htmx sends a field under its own name, as
 * the parameter named by {@code field}.
 */
@Controller
@RequestMapping(TerritoryController.PATH)
@PreAuthorize("isAuthenticated()")
public class TerritoryController {

    /** Where the pickers ask for suggestions: {@code /territory/communes} and {@code /territory/epcis}. */
    public static final String PATH = "/territory";

    private final FindTerritoryQuery territory;

    TerritoryController(FindTerritoryQuery territory) {
        this.territory = territory;
    }

    @GetMapping("/communes")
    String communes(@RequestParam Map<String, String> parameters, Model model) {
        String typed = typed(parameters);
        model.addAttribute("suggestions", territory.suggestCommunes(typed).stream()
                .map(commune -> suggestion(commune, typed)).toList());
        return "territory/commune-field :: options";
    }

    @GetMapping("/epcis")
    String epcis(@RequestParam Map<String, String> parameters, Model model) {
        model.addAttribute("suggestions", territory.suggestEpcis(typed(parameters)).stream()
                .map(epci -> new TerritorySuggestion(epci.label(), epci.kind())).toList());
        return "territory/commune-field :: options";
    }

    /** « Morcenx-la-Nouvelle (40110) » with « Landes (40) · CC du Pays Morcenais » to tell namesakes apart. */
    private TerritorySuggestion suggestion(Commune commune, String typed) {
        String epci = territory.epci(commune.epciCode()).map(Epci::name).orElse(null);
        String code = commune.departementCode();
        String departement = territory.departement(code).map(Departement::name).map(name -> name + " (" + code + ")")
                .orElse(code);
        return new TerritorySuggestion(commune.label(commune.postcodeFor(typed == null ? null : typed.strip())),
                epci == null ? departement : departement + " · " + epci);
    }

    private static String typed(Map<String, String> parameters) {
        String q = parameters.get("q");
        if (q == null && parameters.get("field") != null) {
            q = parameters.get(parameters.get("field"));
        }
        return q == null ? "" : q;
    }
}
