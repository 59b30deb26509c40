package fr.ploucs.sharedkernel.territory;


import java.util.List;
import java.util.Optional;

/**
 * Answers the screens of every pillar from the territory reference, and reads back what a coordinator typed in a
 * picker. Plain Java: the web parts make one for the application, on {@link ClasspathTerritoryReference#france()}.
 */
public class TerritoryDirectory implements FindTerritoryQuery {

    private final TerritoryReference reference;

    public TerritoryDirectory(TerritoryReference reference) {
        this.reference = reference;
    }

    @Override
    public List<Commune> suggestCommunes(String typed) {
        return TerritoryText.normalize(typed).isEmpty() ? List.of() : reference.findCommunes(typed, SUGGESTIONS);
    }

    @Override
    public List<Epci> suggestEpcis(String typed) {
        return TerritoryText.normalize(typed).isEmpty() ? List.of() : reference.findEpcis(typed, SUGGESTIONS);
    }

    @Override
    public Optional<Commune> commune(String inseeCode) {
        return inseeCode == null ? Optional.empty() : reference.commune(inseeCode);
    }

    @Override
    public Optional<Epci> epci(String siren) {
        return siren == null ? Optional.empty() : reference.epci(siren);
    }

    @Override
    public Optional<Departement> departement(String code) {
        return code == null ? Optional.empty() : reference.departement(code);
    }

    @Override
    public List<Commune> communesOf(String epciSiren) {
        return epciSiren == null ? List.of() : reference.communesOf(epciSiren);
    }

    @Override
    public Resolution<Commune> resolveCommune(String typed) {
        if (typed == null || typed.isBlank()) {
            return Resolution.nothing();
        }
        String text = typed.strip();
        Optional<TerritoryText.Labelled> label = TerritoryText.parseLabel(text);
        if (label.isPresent()) {
            String code = label.get().code();
            return single(reference.communesNamed(label.get().name()).stream()
                    .filter(c -> c.postcodes().contains(code) || c.code().equals(code)).toList(), "territory.commune");
        }
        if (TerritoryText.isDigits(text)) {
            return reference.commune(text).map(Resolution::of)
                    .orElseGet(() -> Resolution.problem("territory.commune.unknown"));
        }
        return single(reference.communesNamed(text), "territory.commune");
    }

    @Override
    public Resolution<Epci> resolveEpci(String typed) {
        if (typed == null || typed.isBlank()) {
            return Resolution.nothing();
        }
        String text = typed.strip();
        Optional<TerritoryText.Labelled> label = TerritoryText.parseLabel(text);
        if (label.isPresent()) {
            Optional<Epci> bySiren = reference.epci(label.get().code());
            if (bySiren.isPresent() && TerritoryText.normalize(bySiren.get().name())
                    .equals(TerritoryText.normalize(label.get().name()))) {
                return Resolution.of(bySiren.get());
            }
        }
        if (TerritoryText.isDigits(text)) {
            return reference.epci(text).map(Resolution::of).orElseGet(() -> Resolution.problem("territory.epci.unknown"));
        }
        return single(reference.epcisNamed(text), "territory.epci");
    }

    private static <T> Resolution<T> single(List<T> found, String keyPrefix) {
        return switch (found.size()) {
            case 0 -> Resolution.problem(keyPrefix + ".unknown");
            case 1 -> Resolution.of(found.get(0));
            default -> Resolution.problem(keyPrefix + ".ambiguous");
        };
    }
}
