package fr.ploucs.cooperation.partners.adapter.in.web;


import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Departement;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerDetails;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Between the partner pages and the domain, by hand, with the names the territory reference gives to codes. */
@Component
public class PartnerWebMapper {

    private final FindTerritoryQuery territory;

    PartnerWebMapper(FindTerritoryQuery territory) {
        this.territory = territory;
    }

    PartnerView toView(Partner partner) {
        PartnerDetails details = partner.getDetails();
        Optional<Commune> commune = territory.commune(details.communeCode());
        Optional<Epci> epci = territory.epci(details.epciCode());
        return new PartnerView(partner.getId().value(), details.kind(), details.name(), details.communeCode(),
                commune.map(Commune::label).orElse(details.communeCode()),
                commune.map(c -> departementLabel(c.departementCode())).orElse(null),
                commune.flatMap(c -> territory.epci(c.epciCode())).map(Epci::name).orElse(null),
                details.epciCode(), epci.map(Epci::name).orElse(details.epciCode()),
                details.address(), details.website(), details.notes(), partner.getVersion());
    }

    PartnerForm toForm(Partner partner) {
        PartnerDetails details = partner.getDetails();
        PartnerForm form = new PartnerForm();
        form.setKind(details.kind());
        form.setName(details.name());
        form.setCommune(territory.commune(details.communeCode()).map(Commune::label).orElse(details.communeCode()));
        form.setEpci(territory.epci(details.epciCode()).map(Epci::label).orElse(details.epciCode()));
        form.setAddress(details.address());
        form.setWebsite(details.website());
        form.setNotes(details.notes());
        form.setVersion(partner.getVersion());
        return form;
    }

    private String departementLabel(String code) {
        return territory.departement(code).map(Departement::name).map(name -> name + " (" + code + ")").orElse(code);
    }
}
