package fr.ploucs.cooperation.territory.adapter.in.web;

import fr.ploucs.cooperation.partners.adapter.in.web.PartnerWebMapper;

import fr.ploucs.cooperation.territory.application.port.in.FindTerritoryQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The suggestions of the territory pickers ({@code templates/cooperation/territory/commune-field.html}), for any form of
 * any signed-in user: the {@code <option>}s htmx puts in the picker's {@code <datalist>}. The text typed comes as
 * {@code q}, or, since htmx sends a field under its own name, as the parameter named by {@code field}.
 */
@Controller
@RequestMapping("/cooperation/territory")
@PreAuthorize("isAuthenticated()")
public class TerritoryController {

    private final FindTerritoryQuery territory;
    private final PartnerWebMapper mapper;

    TerritoryController(FindTerritoryQuery territory, PartnerWebMapper mapper) {
        this.territory = territory;
        this.mapper = mapper;
    }

    @GetMapping("/communes")
    String communes(@RequestParam Map<String, String> parameters, Model model) {
        String typed = typed(parameters);
        model.addAttribute("suggestions", territory.suggestCommunes(typed).stream()
                .map(commune -> mapper.suggestion(commune, typed)).toList());
        return "cooperation/territory/commune-field :: options";
    }

    @GetMapping("/epcis")
    String epcis(@RequestParam Map<String, String> parameters, Model model) {
        model.addAttribute("suggestions", territory.suggestEpcis(typed(parameters)).stream()
                .map(mapper::suggestion).toList());
        return "cooperation/territory/commune-field :: options";
    }

    private static String typed(Map<String, String> parameters) {
        String q = parameters.get("q");
        if (q == null && parameters.get("field") != null) {
            q = parameters.get(parameters.get("field"));
        }
        return q == null ? "" : q;
    }
}
