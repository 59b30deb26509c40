package fr.ploucs.sharedkernel.territory;

import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class TerritoryDirectoryTest {

    private static final Commune MORCENX = new Commune("40197", "Morcenx-la-Nouvelle", List.of("40110"), "40",
            "244000691", 5022);
    private static final Commune SAINT_PAUL_LES_DAX = new Commune("40279", "Saint-Paul-lès-Dax", List.of("40990"),
            "40", "200029599", 13000);
    private static final Commune SAINT_PAUL_974 = new Commune("97415", "Saint-Paul", List.of("97460"), "974", null, 100000);
    private static final Commune SAINT_PAUL_06 = new Commune("06128", "Saint-Paul", List.of("06570"), "06", null, 3500);

    @Mock
    private TerritoryReference reference;
    @InjectMocks
    private TerritoryDirectory directory;

    @Test
    void reads_back_a_commune_as_the_picker_offered_it_or_by_its_name_alone_when_it_is_the_only_one() {
        when(reference.communesNamed("Morcenx-la-Nouvelle")).thenReturn(List.of(MORCENX));

        assertThat(directory.resolveCommune("Morcenx-la-Nouvelle (40110)").value()).contains(MORCENX);
        assertThat(directory.resolveCommune(" Morcenx-la-Nouvelle ").value()).contains(MORCENX);
        assertThat(directory.resolveCommune("Morcenx-la-Nouvelle (40000)").problem())
                .isEqualTo("territory.commune.unknown");
    }

    @Test
    void a_name_several_communes_share_needs_the_postcode() {
        when(reference.communesNamed("Saint-Paul")).thenReturn(List.of(SAINT_PAUL_06, SAINT_PAUL_974));

        assertThat(directory.resolveCommune("Saint-Paul").problem()).isEqualTo("territory.commune.ambiguous");
        assertThat(directory.resolveCommune("Saint-Paul (97460)").value()).contains(SAINT_PAUL_974);
    }

    @Test
    void nothing_typed_is_no_problem_and_a_name_matching_nothing_is_one() {
        when(reference.communesNamed("Morcenks")).thenReturn(List.of());

        Resolution<Commune> nothing = directory.resolveCommune("  ");
        assertThat(nothing.refused()).isFalse();
        assertThat(nothing.value()).isEmpty();
        assertThat(directory.resolveCommune("Morcenks").problem()).isEqualTo("territory.commune.unknown");
        when(reference.commune("40279")).thenReturn(Optional.of(SAINT_PAUL_LES_DAX));
        assertThat(directory.resolveCommune("40279").value()).contains(SAINT_PAUL_LES_DAX);
    }

    @Test
    void reads_back_an_epci_by_its_label_or_its_name() {
        Epci paysMorcenais = new Epci("244000691", "CC du Pays Morcenais", "CC");
        when(reference.epci("244000691")).thenReturn(Optional.of(paysMorcenais));
        when(reference.epcisNamed("cc du pays morcenais")).thenReturn(List.of(paysMorcenais));

        assertThat(directory.resolveEpci("CC du Pays Morcenais (244000691)").value()).contains(paysMorcenais);
        assertThat(directory.resolveEpci("cc du pays morcenais").value()).contains(paysMorcenais);
    }

    @Test
    void no_suggestion_for_nothing_typed() {
        assertThat(directory.suggestCommunes(" - ")).isEmpty();
        verifyNoInteractions(reference);
    }
}
