package fr.ploucs.awareness.testimonies.adapter.in.web;

import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;
import java.util.stream.Collectors;

/** « Témoins »: the structures born in the incubator that can come and tell their story at a session. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class SpeakersController {

    static final String PATH = "/awareness/testimonies";

    private final SpeakersUseCase speakers;
    private final FindTerritoryQuery territory;

    SpeakersController(SpeakersUseCase speakers, FindTerritoryQuery territory) {
        this.speakers = speakers;
        this.territory = territory;
    }

    @GetMapping(PATH)
    String speakers(Model model) {
        var pool = speakers.speakers();
        Map<String, String> communes = pool.stream().map(speaker -> speaker.communeCode())
                .filter(code -> code != null).distinct()
                .collect(Collectors.toMap(code -> code, code -> territory.commune(code).map(Commune::label)
                        .orElse(code)));
        model.addAttribute("speakers", pool);
        model.addAttribute("communes", communes);
        return "awareness/testimonies/list";
    }
}
