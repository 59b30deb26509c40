package fr.ploucs.sharedkernel.territory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryTextTest {

    @Test
    void names_compare_without_accents_case_hyphens_or_apostrophes() {
        assertThat(TerritoryText.normalize("Mont-de-Marsan")).isEqualTo("mont de marsan");
        assertThat(TerritoryText.normalize("  mont  de marsan ")).isEqualTo("mont de marsan");
        assertThat(TerritoryText.normalize("L'Île-d'Yeu")).isEqualTo("l ile d yeu");
        assertThat(TerritoryText.normalize("Œuilly")).isEqualTo("ouilly");
        assertThat(TerritoryText.normalize(null)).isEmpty();
    }

    @Test
    void reads_back_what_a_picker_offered() {
        assertThat(TerritoryText.parseLabel("Morcenx-la-Nouvelle (40110)"))
                .contains(new TerritoryText.Labelled("Morcenx-la-Nouvelle", "40110"));
        assertThat(TerritoryText.parseLabel("CC du Pays Morcenais (244000691) "))
                .contains(new TerritoryText.Labelled("CC du Pays Morcenais", "244000691"));
        assertThat(TerritoryText.parseLabel("Morcenx")).isEmpty();
        assertThat(TerritoryText.isDigits("401")).isTrue();
        assertThat(TerritoryText.isDigits("40a")).isFalse();
    }

    @Test
    void a_commune_is_labelled_with_the_postcode_typed_or_its_first() {
        Commune dax = new Commune("40088", "Dax", List.of("40100", "40990"), "40", "200029599", 21000);

        assertThat(dax.label()).isEqualTo("Dax (40100)");
        assertThat(dax.label(dax.postcodeFor("409"))).isEqualTo("Dax (40990)");
        assertThat(dax.label(dax.postcodeFor("Dax"))).isEqualTo("Dax (40100)");
    }
}
